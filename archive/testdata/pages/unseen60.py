# The sixtieth held-out batch: written after unseen59's fix, read once for
# the unseen score, ordinary kinds: a think tank's event summary with its
# speakers' line, a student paper with its issue line and "Staff Writer",
# a regional paper's story with "Photo courtesy of" under a paragraph, a
# wire story with "(Writing by ...; Editing by ...)" and a "Our
# Standards" line, HTML with a byline link and a "Published" label in one
# <p>. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def event(a, i):
    text = blocks("Institute for Regional Affairs", "Event summary", a["title"], f"{long_dmy(a)} | Geneva",
                  "Speakers: Minister Irene Castell; Ambassador Sofia Lindqvist", f"Summary by {a['by']}",
                  "\n\n".join(a["paras"]), "Watch the recording", "Upcoming events")
    return text, {}

def student(a, i):
    x = d(a)
    text = blocks(f"The Campus Ledger · Vol. {12 + i}, Issue {3 + i}", a["title"], f"{a['by']}", "Staff Writer",
                  long_mdy(a), "\n\n".join(a["paras"]), "Contact the editor at editor@campus.example")
    return text, {}

def courtesy(a, i):
    p = a["paras"]
    text = blocks("Hill Country Herald", a["title"], f"By {a['by']}", long_dmy(a), p[0], "Photo courtesy of the ministry",
                  *p[1:], "Letters to the editor: letters@hillcountry.example")
    return text, {}

def wirestandards(a, i):
    first = f"{a['place']} (Wire) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(a["title"], f"By {a['by']}", f"{long_dmy(a)} 10:15 AM", "\n\n".join(paras),
                  "(Writing by Dora Lutz; Editing by Mark Hale)", "Our Standards: The Wire Trust Principles.")
    return text, dict(paras=paras)

def html_publishedlabel(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Lakeshore News</title></head>
<body>
<h1>{a['title']}</h1>
<p>By <a href="/staff/x">{a['by']}</a> &nbsp;|&nbsp; Published {long_mdy(a)}</p>
{ps}
</body></html>
"""
    return html, {}

UNSEEN60 = [("event", event, "txt"), ("student", student, "txt"), ("courtesy", courtesy, "txt"),
            ("wirestandards", wirestandards, "txt"), ("html-publishedlabel", html_publishedlabel, "html")]

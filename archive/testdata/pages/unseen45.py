# The forty-fifth held-out batch: written after unseen44's fixes, read
# once for the unseen score, ordinary kinds: a syndicated commentary with
# the writer's line of roles under it, a British paper's date line without
# commas and a time in "12.01am", a press briefing turned from PDF with
# its running head and page numbers, HTML whose date is only a data-
# attribute, a reading service's clean copy with its own lines. All text
# invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def projectforum(a, i):
    first = f"{a['place'].title()} – " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    role = ["a former foreign minister", "a former ambassador to the United Nations",
            "a senior fellow at the Institute for Peace", "a professor of international law"][i % 4]
    text = blocks("Project Forum", "Commentary", a["title"], a["by"], "\n\n".join(paras),
                  f"{a['by']}, {role}, is the author of three books on mediation.",
                  f"© Project Forum, {d(a).year}", "www.project-forum.example")
    # The page shows no day, only the year of its copyright: no date.
    return text, dict(paras=paras, date="")

def timesstyle(a, i):
    x = d(a)
    text = blocks("THE LEDGER", a["title"], f"{a['by']}, Diplomatic Correspondent",
                  f"{x.strftime('%A')} {x.strftime('%B')} {x.day} {x.year}, 12.01am, The Ledger",
                  "\n\n".join(a["paras"]), "Share", "Save", "Comments (12)")
    return text, {}

def pdfbriefing(a, i):
    p = a["paras"]
    head = "MINISTRY OF FOREIGN AFFAIRS – PRESS BRIEFING"
    text = blocks(head, f"Page 1 of 2", a["title"], long_dmy(a), p[0], p[1], head, "Page 2 of 2", *p[2:],
                  "For media enquiries: press@mfa.example")
    return text, dict(byline="")

def html_dataattr(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} – Pacific Observer</title></head>
<body>
<div class="site-header"><a href="/">Pacific Observer</a></div>
<div class="article" data-published="{a['date']}T10:15:00Z" data-section="world">
<h1>{a['title']}</h1>
<div class="article-author">{a['by']}</div>
{ps}
</div>
</body></html>
"""
    return html, {}

def outline(a, i):
    text = blocks(f"outline.example/{a['key'][:3]}{1200 + i}", "Annotate", a["title"],
                  f"ledger.example · by {a['by']} · {long_dmy(a)}", "\n\n".join(a["paras"]),
                  "Outline is a free service for reading and annotating news articles.")
    return text, {}

UNSEEN45 = [("projectforum", projectforum, "txt"), ("timesstyle", timesstyle, "txt"), ("pdfbriefing", pdfbriefing, "txt"),
            ("html-dataattr", html_dataattr, "html"), ("outline", outline, "txt")]

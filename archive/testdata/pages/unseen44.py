# The forty-fourth held-out batch: written after unseen43's fixes, read
# once for the unseen score, chosen to be hard: teasers of other stories
# under the text with no heading, each a headline and a sentence; a text
# wrapped at 72 columns with no blank line or indent between paragraphs;
# HTML whose byline runs into the first paragraph; a text save whose only
# headline is the browser's page title with the site's name; photo
# captions between the paragraphs credited in brackets. All text invented.
import textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks, OTHER, ARTICLES

def teasers(a, i):
    rel = [b for b in ARTICLES if b["key"] != a["key"]][i * 2:i * 2 + 2]
    tz = [f"{b['title']}\n{b['paras'][0]}" for b in rel]
    text = blocks("The Courier", a["title"], f"By {a['by']}", long_dmy(a), "\n\n".join(a["paras"]), *tz)
    return text, {}

def nobreaks(a, i):
    body = "\n".join("\n".join(textwrap.wrap(p, 72)) for p in a["paras"])
    text = blocks(a["title"], f"By {a['by']}", long_mdy(a), body, "-- end --")
    return text, {}

def html_runin(a, i):
    p = a["paras"]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - Lakeside Gazette</title>
<meta name="date" content="{a['date']}"></head>
<body>
<div id="main">
<h1>{a['title']}</h1>
<p><b>By {a['by']}</b> {p[0]}</p>
{"".join(f"<p>{q}</p>" for q in p[1:])}
</div>
</body></html>
"""
    return html, {}

def titlefirst(a, i):
    text = blocks(f"{a['title']} | World | The Ledger", "The Ledger", "Home   World   Business   Opinion",
                  long_dmy(a), f"By {a['by']}", "\n\n".join(a["paras"]), "© The Ledger")
    return text, {}

def captions(a, i):
    p = a["paras"]
    caps = ["Delegates arrive at the lakeside hotel. (Ana Ruiz/Agency)", "The meeting room before the talks. (Ivo Marek/Agency)"]
    text = blocks("Picture Post", a["title"], f"{a['by']} | {long_dmy(a)}", p[0], caps[0], p[1], caps[1], *p[2:])
    return text, {}

UNSEEN44 = [("teasers", teasers, "txt"), ("nobreaks", nobreaks, "txt"), ("html-runin", html_runin, "html"),
            ("titlefirst", titlefirst, "txt"), ("captions", captions, "txt")]

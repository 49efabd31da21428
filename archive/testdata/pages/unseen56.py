# The fifty-sixth held-out batch: written after unseen55's fixes, read
# once for the unseen score, chosen to be hard: the writer's name and the
# date alone under the text with no dash, a text file that kept HTML
# comments of its ad slots, an advertisement line between every two
# paragraphs with a "continue reading" line, a page with each paragraph's
# number before it ("1.", "2.", ...) as some printed releases do, HTML
# with the byline and date in a table over the text. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def namedateend(a, i):
    text = blocks("The Quarterly Letter", a["title"], "\n\n".join(a["paras"]), f"{a['by']}\n{long_dmy(a)}")
    return text, {}

def htmlcomments(a, i):
    p = a["paras"]
    text = blocks(a["title"], f"By {a['by']}", long_mdy(a), p[0], "<!-- ad slot 1 -->", p[1], "<!-- ad slot 2 -->", *p[2:],
                  "<!-- end article -->")
    return text, {}

def adsbetween(a, i):
    parts = []
    for k, q in enumerate(a["paras"]):
        parts.append(q)
        if k < len(a["paras"]) - 1:
            parts += ["ADVERTISEMENT", "Continue reading below"]
    text = blocks("Metro Daily", a["title"], f"By {a['by']} | {long_dmy(a)}", *parts)
    return text, {}

def numberedparas(a, i):
    paras = [f"{k + 1}. {q}" for k, q in enumerate(a["paras"])]
    text = blocks("MINISTRY OF FOREIGN AFFAIRS", "PRESS RELEASE", a["title"], long_dmy(a), "\n\n".join(paras), "* * *")
    return text, dict(paras=paras, byline="")

def html_tablebyline(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - Valley Courier</title></head>
<body>
<h1>{a['title']}</h1>
<table class="info"><tr><td>By {a['by']}</td><td>{long_dmy(a)}</td></tr></table>
{ps}
</body></html>
"""
    return html, {}

UNSEEN56 = [("namedateend", namedateend, "txt"), ("htmlcomments", htmlcomments, "txt"), ("adsbetween", adsbetween, "txt"),
            ("numberedparas", numberedparas, "txt"), ("html-tablebyline", html_tablebyline, "html")]

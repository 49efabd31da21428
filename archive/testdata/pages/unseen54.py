# The fifty-fourth held-out batch: written after unseen53, read once for
# the unseen score, chosen to be hard: a clip with no headline at all
# (expects none), an article flattened into one line, a byline of name,
# paper and place, a masthead that reads like a headline over a headline
# in sentence case, HTML whose <h1> is the section's name and whose
# headline is an <h2>. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def noheadline(a, i):
    text = blocks(f"By {a['by']}", long_dmy(a), "\n\n".join(a["paras"]))
    return text, dict(title="")

def oneline(a, i):
    text = blocks(a["title"], f"By {a['by']}", long_dmy(a), " ".join(a["paras"]))
    return text, dict(paras=[" ".join(a["paras"])])

def namepaperplace(a, i):
    text = blocks("The Ledger", a["title"], f"{a['by']}, The Ledger, {a['place'].title()}", long_mdy(a),
                  "\n\n".join(a["paras"]))
    return text, {}

def mastheadlike(a, i):
    t = a["title"][0] + a["title"][1:].lower()
    text = blocks("The Geneva Ledger Weekly Diplomatic Review", t, f"By {a['by']}", long_dmy(a), "\n\n".join(a["paras"]))
    return text, dict(title=t)

def html_sectionh1(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>World</title>
<meta name="date" content="{a['date']}"></head>
<body>
<h1 class="section-title">World</h1>
<div class="story">
<h2 class="headline">{a['title']}</h2>
<p class="byline">By {a['by']}</p>
{ps}
</div>
</body></html>
"""
    return html, {}

UNSEEN54 = [("noheadline", noheadline, "txt"), ("oneline", oneline, "txt"), ("namepaperplace", namepaperplace, "txt"),
            ("mastheadlike", mastheadlike, "txt"), ("html-sectionh1", html_sectionh1, "html")]

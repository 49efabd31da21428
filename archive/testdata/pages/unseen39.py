# The thirty-ninth held-out batch: written after the byline-shape rule,
# read once for the unseen score. Kinds in no other set: a portal's
# syndicated copy that shows only "3h" for its date, a wire story under
# the editors' advisory line, a browser's translated page with its
# banner, HTML with a pager under the text, a think tank's commentary with
# numbered notes and its notes list. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def msn(a, i):
    text = blocks("Portal | News | Weather | Money", "The Ledger", a["title"], f"Story by {a['by']} • {3 + i}h",
                  "\n\n".join(a["paras"]), "Continue reading", f"Related video: {others(a, 1)[0]} (Ledger Video)",
                  "Sponsored Content")
    return text, dict(date="")

def advisory(a, i):
    first = f"{a['place']} (AW) — " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(f"EDS: UPDATES with minister's comment, details. AW Photos XYZ{101 + i}.", a["title"],
                  f"By {a['by']}", "Associated Wire", long_mdy(a), "\n\n".join(paras), "___",
                  "Associated Wire writer Karim Saleh contributed to this report.")
    return text, dict(paras=paras)

def translatedpage(a, i):
    text = blocks("This page has been translated from French · Show original · Options", "Le Quotidien — International",
                  a["title"], f"By {a['by']}", f"Published on {long_dmy(a)} at 10:15", "\n\n".join(a["paras"]),
                  "Rate this translation", "Translated by your browser")
    return text, {}

def html_pager(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Harbour Herald</title>
<meta property="article:published_time" content="{a['date']}T06:00:00+00:00"></head>
<body>
<div class="top"><a href="/">Harbour Herald</a></div>
<div class="article">
<h1>{a['title']}</h1>
<div class="byline">By {a['by']}</div>
{ps}
<div class="pager">Page 1 of 2 <a href="?page=2">Next »</a></div>
</div>
</body></html>
"""
    return html, {}

def footnotes(a, i):
    p = list(a["paras"])
    p0 = p[0][:-1] + ".[1]" if p[0].endswith(".") else p[0]
    p2 = p[2][:-1] + ".[2]" if p[2].endswith(".") else p[2]
    text = blocks("Centre for Regional Studies", "Commentary", a["title"], f"{a['by']}, Senior Fellow", long_dmy(a),
                  p0, p[1], p2, *p[3:], "Notes",
                  f"[1] Ministry of Foreign Affairs, statement, {long_dmy(a)}.\n[2] Interview with the author.",
                  f"About the author: {a['by']} is a senior fellow at the Centre.")
    return text, {}

UNSEEN39 = [("msn", msn, "txt"), ("advisory", advisory, "txt"), ("translatedpage", translatedpage, "txt"),
            ("html-pager", html_pager, "html"), ("footnotes", footnotes, "txt")]

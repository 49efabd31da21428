# A sixth held-out batch, written after unseen5 had been tuned on: five more
# layouts, read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks, ARTICLES

def infinite(a, i):
    nxt = [b for b in ARTICLES if b["key"] != a["key"]][(i * 3) % 10]
    text = blocks("Home > World > " + ["Europe", "Africa", "Americas", "Asia"][i % 4],
                  a["title"], "By " + a["by"] + ", Europe editor",
                  "Updated: " + long_dmy(dict(a, date=a["date"])) .replace(str(d(a).day), str(d(a).day), 1) + " | Published: " + long_dmy(a),
                  "\n\n".join(a["paras"]),
                  "Up next", nxt["title"], nxt["paras"][0], "Read full article",
                  "The Ledger Group 2012")
    return text, {}

def usdateline(a, i):
    x = d(a)
    first = f"{a['place']}, {x.strftime('%B')} {x.day}, {x.year} — " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks("ASSOCIATED WIRE", a["title"], "By " + a["by"].upper() + " / Associated Wire",
                  "\n\n".join(paras),
                  "Associated Wire writer Ruth Calder contributed to this report.",
                  "Copyright 2012 Associated Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")
    return text, dict(paras=paras, byline=a["by"].upper())

def bottomcookie(a, i):
    x = d(a)
    date = f"{x.day:02d}.{x.month:02d}.{x.year}"
    text = blocks(a["title"], a["by"], date,
                  "\n\n".join(a["paras"]),
                  "Back to top ↑",
                  "This website uses cookies to ensure you get the best experience. Learn more",
                  "Got it!")
    exp = {}
    if x.day <= 12 and x.day != x.month:
        exp["ambiguous"] = True
    return text, exp

def html_min(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"][:2]) + "\n<p>Advertisement</p>\n<p><strong>Share this article</strong></p>\n" + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][2:]) + \
        "\n<div class=\"signup\"><p>Sign up for our newsletter and never miss a story.</p></div>"
    html = f"""<html>
<head><title>{a['title']}</title><meta name="pubdate" content="{a['date'].replace('-', '')}"></head>
<body>
<div id="top"><a href="/">The Evening Standard-Bearer</a> | <a href="/news">News</a> | <a href="/world">World</a></div>
<div id="story">
<h1>{a['title']}</h1>
<div class="author">By {a['by']}</div>
{ps}
</div>
</body></html>
"""
    return html, {}

def titlefirst(a, i):
    text = blocks(a["title"] + " | The Ledger",
                  "Navigation\nNews\nOpinion\nSport\nCulture",
                  a["title"],
                  f"{a['by']} · {long_dmy(a)} · {3 + i} min read",
                  "\n\n".join(a["paras"]),
                  "Explore more on these topics\nDiplomacy\nWorld news",
                  "Reuse this content")
    return text, {}

UNSEEN6 = [("infinite", infinite, "txt"), ("usdateline", usdateline, "txt"), ("bottomcookie", bottomcookie, "txt"),
           ("html-min", html_min, "html"), ("titlefirst", titlefirst, "txt")]

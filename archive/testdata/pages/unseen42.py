# The forty-second held-out batch: written after unseen41's fixes, read
# once for the unseen score, again chosen to be hard for the shape rules:
# a numbered list that is part of the text, a Markdown save with a
# blockquote in the text, a text export with a blank line after every
# wrapped line, HTML whose JSON-LD headline carries the site's name, a
# page under a news ticker and a trending line. All text invented.
import json, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def listintext(a, i):
    p = a["paras"]
    items = ["The agreement has three parts:", "1. A joint commission to meet every month.",
             "2. A shared fund for the families affected.", "3. A review of progress after one year."]
    paras = p[:2] + items + p[2:]
    text = blocks("Metro Journal", "News | World | Business", a["title"], f"By {a['by']}", long_dmy(a),
                  "\n\n".join(paras), "Related stories", "\n".join(others(a, 2)))
    return text, dict(paras=paras)

def mdquote(a, i):
    p = list(a["paras"])
    q = next((k for k, s in enumerate(p) if s.startswith('"')), 2)
    md = list(p)
    md[q] = "> " + p[q]
    text = blocks(f"# {a['title']}", f"**{a['by']}** | {long_mdy(a)}", "\n\n".join(md))
    return text, {}

def doublespaced(a, i):
    body = "\n\n\n".join("\n\n".join(textwrap.wrap(p, 70)) for p in a["paras"])
    text = blocks(a["title"], f"By {a['by']}", long_dmy(a), body)
    return text, {}

def html_seo(a, i):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": a["title"] + " | Latest World News | Coast Herald",
                     "datePublished": a["date"] + "T08:00:00Z", "author": {"@type": "Person", "name": a["by"]}})
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Coast Herald</title>
<script type="application/ld+json">{ld}</script></head>
<body>
<div class="masthead">Coast Herald</div>
<div class="content">
<h1 class="headline">{a['title']}</h1>
{ps}
</div>
</body></html>
"""
    return html, {}

def ticker(a, i):
    text = blocks("BREAKING: Storm closes ports · Markets fall · Election called", "Trending: Border talks, Ferry link, Census",
                  a["title"], f"By {a['by']} | {long_dmy(a)}", "\n\n".join(a["paras"]), "Trending: Border talks, Ferry link, Census")
    return text, {}

UNSEEN42 = [("listintext", listintext, "txt"), ("mdquote", mdquote, "txt"), ("doublespaced", doublespaced, "txt"),
            ("html-seo", html_seo, "html"), ("ticker", ticker, "txt")]

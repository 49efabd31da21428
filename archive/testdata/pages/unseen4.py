# A fourth held-out batch, written after unseen3 had been tuned on: five
# more layouts, read once for the unseen score. All text invented.
import json
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def noblank(a, i):
    # A save-as-text that keeps no blank lines at all.
    lines = ["Skip to content", "World", "UK", "Business", "Politics", "Tech",
             a["title"], "By " + a["by"], long_dmy(a)] + a["paras"] + \
            ["Share this page", "Copy link", "More on this story", others(a, 1)[0], "© 2012 Northern Broadcasting"]
    return "\n".join(lines) + "\n", {}

def firefox(a, i):
    url = f"https://www.meridian.example/world/{a['key']}"
    text = blocks(f"  * Home <https://www.meridian.example/>\n  * World <https://www.meridian.example/world>\n  * Opinion <https://www.meridian.example/opinion>",
                  a["title"],
                  f"{a['by']} <https://www.meridian.example/profile/{a['by'].split()[0].lower()}>",
                  wk_dmy(a) + " 17.35 BST",
                  "\n\n".join(a["paras"]),
                  f"Share on Facebook <https://facebook.com/share?u={url}>\nShare on Twitter <https://twitter.com/intent?u={url}>",
                  "Topics",
                  "  * Diplomacy <https://www.meridian.example/diplomacy>\n  * Europe <https://www.meridian.example/europe>")
    return text, {}

def docpaste(a, i):
    sub = ["What comes next", "Reaction at home", "The sticking points", "A long road"][i % 4]
    paras = a["paras"][:2] + [sub] + a["paras"][2:]
    text = blocks(a["title"], "By " + a["by"], ["Diplomatic Correspondent", "Foreign Editor", "Europe Correspondent", "Staff reporter"][i % 4],
                  wk_dmy(a).replace(",", "") + " 00:01 BST",
                  "\n\n".join(paras))
    return text, dict(paras=paras)

def html_news(a, i):
    half = 2
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"][:half]) + \
        '\n<div class="ad-slot"><iframe src="/ads/1"></iframe><p>Story continues below advertisement</p></div>\n' + \
        '<p class="continue">Continue reading the main story</p>\n' + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][half:])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Daily Compass</title></head>
<body>
<div class="cookie-consent"><p>We and our partners use cookies to personalise content and ads.</p><button>I agree</button><button>Manage settings</button></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<div class="page">
<h1 class="headline">{a['title']}</h1>
<p class="byline">By {a['by']}, diplomatic correspondent</p>
<span class="timestamp">Published {long_dmy(a)}</span>
<div class="article-body">
{ps}
</div>
<div class="tags">Topics: <a href="/t/diplomacy">Diplomacy</a></div>
</div>
<footer>© Daily Compass 2012</footer>
</body></html>
"""
    return html, {}

def html_wayback(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="date" content="{a['date']}"><title>{a['title']}</title></head>
<body>
<div id="wm-ipp-base"><div id="wm-ipp"><p>The Wayback Machine - https://web.archive.org/web/2012/http://gazette.example/{a['key']}</p><p>{20 + i} captures</p><p>{x.day + 1:02d} {x.strftime('%b')} {x.year} - 12 Dec 2012</p></div></div>
<table width="100%"><tr><td class="nav"><a href="/">Front page</a> | <a href="/world">World</a></td></tr>
<tr><td class="story">
<h2>{a['title']}</h2>
<p><b>By {a['by']}</b><br>Gazette Staff</p>
{ps}
<p><a href="/mail">E-mail this story</a> | <a href="/print">Printer-friendly version</a></p>
</td></tr></table>
</body></html>
"""
    return html, {}

UNSEEN4 = [("noblank", noblank, "txt"), ("firefox", firefox, "txt"), ("docpaste", docpaste, "txt"),
           ("html-news", html_news, "html"), ("html-wayback", html_wayback, "html")]

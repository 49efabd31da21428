# A second held-out batch, written after the reader had been adjusted on
# heldout/: four more layouts, read once for the unseen score. All text
# invented.
import textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def ngo(a, i):
    place = a["place"].title()
    text = blocks("Donate", "Our work | Countries | Publications | Get involved | About us",
                  "News release", a["title"], f"{place}, {long_dmy(a)}",
                  "\n\n".join(a["paras"]),
                  "Notes to editors",
                  "1. The Refugee Support Network works in 40 countries.\n2. Spokespeople are available for interview.",
                  "For more information contact the media team on +44 20 7946 0000.",
                  "Registered charity number 1234567")
    return text, dict(byline="")

def unpress(a, i):
    x = d(a)
    text = blocks("Meetings Coverage and Press Releases", f"SC/{8100 + i * 17}", long_dmy(a),
                  a["title"],
                  "\n\n".join(a["paras"]),
                  "* *** *",
                  "For information media. Not an official record.")
    return text, dict(byline="")

def lynx(a, i):
    body = "\n\n".join(textwrap.fill(p, 70, initial_indent="   ", subsequent_indent="   ") for p in a["paras"])
    refs = "\n".join(f"   {n}. http://www.courier.example/{w}" for n, w in enumerate(["", "world", "business", "opinion", a["key"]], 1))
    text = blocks("   [1]Home [2]World [3]Business [4]Opinion", "   " + a["title"],
                  "   By " + a["by"] + ", Staff Correspondent", "   " + long_mdy(a),
                  body,
                  "   [5]Print this story",
                  "References\n\n" + refs)
    return text, {}

def html_amp(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    half = 2
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"][:half]) + \
        '\n<div class="newsletter-box"><p>Get our daily briefing on world affairs, free in your inbox every morning.</p><a href="/signup">Sign up</a></div>\n' + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][half:])
    x = d(a)
    ts = f"{x.strftime('%b')} {x.day}, {x.year} {['10:15 AM', '3:40 PM', '8:05 AM', '6:30 PM'][i % 4]}"
    html = f"""<!doctype html>
<html amp lang="en">
<head><meta charset="utf-8"><title>{a['title']} - Globe Wire</title>
<link rel="canonical" href="https://globewire.example/news/{a['key']}"></head>
<body>
<header class="amp-header"><a href="/">Globe Wire</a><button>Menu</button></header>
<article>
<h1>{a['title']}</h1>
<div class="article-info"><span class="author-name">{a['by']}</span><div class="article-timestamp">{ts}</div></div>
<amp-img src="/img/{a['key']}.jpg" width="600" height="400"></amp-img>
{ps}
<section class="related-coverage"><h3>Related Coverage</h3><ul><li><a href="/r1">{others(a, 2)[0]}</a></li><li><a href="/r2">{others(a, 2)[1]}</a></li></ul></section>
</article>
<footer><a href="/">Back to Globe Wire</a> <span>© 2012 Globe Wire</span></footer>
</body></html>
"""
    return html, {}

UNSEEN = [("ngo", ngo, "txt"), ("unpress", unpress, "txt"), ("lynx", lynx, "txt"), ("html-amp", html_amp, "html")]

# The forty-eighth held-out batch: written after unseen47's fix, read once
# for the unseen score, ordinary kinds from news sites in English around
# the world: an agency's dateline with slashes, a Japanese site's
# "2004/07/24 10:15 JST", an Indian site's updated line and app prompts, an
# old British broadcaster's "Last Updated" line with two times, a
# WordPress site's share and like widgets in HTML. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def slashagency(a, i):
    x = d(a)
    first = f"{a['place']}, {x.strftime('%B')} {x.day}. /WIRE/. " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks("WIRE News Agency", "English service", a["title"], f"{x.day} {x.strftime('%B')} {x.year}, 10:15",
                  f"By {a['by']}", "\n\n".join(paras), "All rights reserved. Use of materials requires a link to the agency.")
    return text, dict(paras=paras)

def japansite(a, i):
    x = d(a)
    text = blocks("Japan Ledger", "National | World | Business", a["title"],
                  f"{x.year}/{x.month:02d}/{x.day:02d} 10:15 JST", f"By {a['by']} / Staff Writer",
                  "\n\n".join(a["paras"]), "The Japan Ledger")
    return text, {}

def indiasite(a, i):
    x = d(a)
    text = blocks("Ledger India", "Follow us on Google News", a["title"], f"By {a['by']}, TNN",
                  f"Updated: {x.strftime('%b')} {x.day}, {x.year}, 10:15 IST", "\n\n".join(a["paras"]),
                  "Download The Ledger India App", "Start a Conversation")
    return text, {}

def oldbroadcaster(a, i):
    x = d(a)
    text = blocks("BROADCAST NEWS", f"Last Updated: {x.strftime('%A')}, {x.day} {x.strftime('%B')}, {x.year}, 10:15 GMT 11:15 UK",
                  "E-mail this to a friend", "Printable version", a["title"], "\n\n".join(a["paras"]),
                  "E-mail this to a friend", "Printable version")
    return text, dict(byline="")

def html_jetpack(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en-NG">
<head><meta charset="utf-8"><title>{a['title']} &#8211; Lagos Ledger</title></head>
<body>
<div class="site-branding"><p class="site-title"><a href="/">Lagos Ledger</a></p></div>
<article class="post">
<header class="entry-header"><h1 class="entry-title">{a['title']}</h1>
<div class="post-date">{long_mdy(a)}</div><div class="post-author">{a['by']}</div></header>
<div class="entry-content">
{ps}
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Click to share on Twitter (Opens in new window)</a></li><li><a href="#">Click to share on Facebook (Opens in new window)</a></li></ul></div>
<div class="jp-relatedposts"><h3>Like this:</h3><p>Like Loading...</p></div>
</div>
</article>
</body></html>
"""
    return html, {}

UNSEEN48 = [("slashagency", slashagency, "txt"), ("japansite", japansite, "txt"), ("indiasite", indiasite, "txt"),
            ("oldbroadcaster", oldbroadcaster, "txt"), ("html-jetpack", html_jetpack, "html")]

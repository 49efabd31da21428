# The thirty-second held-out batch, a blind one: written without reading
# the reader, read once for the unseen score, not tuned on. Kinds in no
# other set: a news app's article selected and copied on a phone (tab bar
# and "Listen" lines, sometimes no blank lines), a 2020s paywalled site's
# HTML with an archive note, gift and listen buttons and a meter modal, a
# 1990s browser's plain-text save with [IMAGE] marks, rules and indented
# wrapped text, a European ministry's HTML press release with its number
# and a <dl> of fields, a press-release distribution service's page ("News
# provided by", "/Newswire/ --", "SOURCE"). All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

def appcopy(a, i):
    x = d(a)
    kicker = ["DIPLOMACY", "WORLD", "ANALYSIS", "EUROPE"][i % 4]
    meta = [f"{a['by']} · {short_dmy(a)}", f"By {a['by']}\n{x.strftime('%a')} {x.day} {x.strftime('%B')} {x.year} 06.12 BST",
            f"{long_mdy(a)} · 4 min read\n{a['by']}", f"{a['by']}\n{long_dmy(a)}"][i % 4]
    sep = "\n" if i % 2 else "\n\n"
    text = blocks("‹ World\nAa\nShare", kicker, a["title"], meta,
                  "Listen to this article · 4 min" if i % 2 == 0 else None,
                  sep.join(a["paras"]),
                  "More on this story\n" + "\n".join(others(a, 2)),
                  "Home\nLatest\nSaved\nSearch\nYou")
    return text, {}

def html_paywall2022(a, i):
    x = d(a)
    mon = x.strftime("%B")
    ap = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
          "November": "Nov.", "December": "Dec."}.get(mon, mon)
    by = [f"By {a['by']}", f"By {a['by']} and Paul Weir", f"By {a['by']}", f"By {a['by']}"][i % 4]
    ps = [f"<p>{esc(q)}</p>" for q in a["paras"]]
    ps.insert(2, '<div class="ad-slot" aria-hidden="true"><span>Advertisement</span></div>')
    arch = (f'<div class="archive-note">From the Archives: This article was originally published in {x.year}. '
            'Some language or references may be out of date.</div>') if x.year < 2020 else ""
    upd = x + datetime.timedelta(days=i % 2)
    uap = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
           "November": "Nov.", "December": "Dec."}.get(upd.strftime("%B"), upd.strftime("%B"))
    meta = f'<meta name="parsely-pub-date" content="{a["date"]}T10:02:00Z">' if i % 2 else ""
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Capital Standard</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{meta}
<link rel="stylesheet" href="/_next/static/css/app.css">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header"><button aria-label="Sections">Sections</button><a class="logo" href="/">The Capital Standard</a>
<div class="account"><a class="subscribe-btn" href="/subscribe">Subscribe $1 for 6 months</a> <a href="/login">Sign in</a></div>
<nav class="sections"><a href="/politics">Politics</a><a href="/world">World</a><a href="/business">Business</a><a href="/climate">Climate</a><a href="/opinions">Opinions</a></nav></header>
<main id="main"><article>
{arch}
<div class="kicker"><a href="/world">World</a></div>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="byline-block"><span class="author">{by}</span>
<div class="display-date">Published {ap} {x.day}, {x.year} at 6:02 a.m. EDT<span class="sep">|</span>Updated {uap} {upd.day}, {upd.year} at 9:41 a.m. EDT</div></div>
<div class="toolbar"><button class="gift">Gift Article</button><button class="share">Share</button><button class="comments">{120 + i * 37} comments</button><button class="listen">Listen <span>5 min</span></button></div>
<div class="article-body">
{chr(10).join(ps)}
</div>
<div class="article-end"><p class="subscribe-promo">Get the Capital Standard's world news newsletter, free in your inbox every weekday. <a href="/newsletters">Sign up</a></p></div>
</article>
<section class="more"><h2>More from World</h2><ul>{''.join(f'<li><a href="/w/{n}">{esc(t)}</a></li>' for n, t in enumerate(others(a, 3)))}</ul></section>
</main>
<div class="paywall-modal" role="dialog"><h2>You have 1 free article left this month</h2><p>Subscribe for unlimited access to the Capital Standard. Cancel anytime.</p><a href="/subscribe">Subscribe</a><p>Already a subscriber? <a href="/login">Sign in</a></p></div>
<footer><p>© 1996-2022 The Capital Standard</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/privacy#do-not-sell">Your Privacy Choices</a></footer>
</body>
</html>
"""
    exp = dict(byline=f"{a['by']} and Paul Weir") if i % 4 == 1 else {}
    return page, exp

def netscape(a, i):
    x = d(a)
    rule = "     " + "_" * 65
    wrapped = "\n\n".join(textwrap.fill(p, 70, initial_indent="   ", subsequent_indent="   ") for p in a["paras"])
    top = f"   {x.strftime('%A')}, {long_mdy(a)}" if i % 4 in (0, 1) else "   Updated every weekday morning"
    under = {1: f"   Published {long_mdy(a)}", 2: f"   {x.strftime('%A')}, {long_mdy(a)}"}.get(i % 4)
    last = f"   Last modified: {x.strftime('%a %b')} {x.day:2d} 22:14:03 {x.year}" if i % 4 == 3 else None
    text = blocks("   [IMAGE] [IMAGE]",
                  rule,
                  "                   THE HARBOUR LIGHT - Online Edition",
                  "   Home | Local | World | Business | Sports | Classifieds | Weather",
                  rule, top,
                  "   " + a["title"].upper() if i % 2 else "   " + a["title"],
                  f"   By {a['by']}\n   Harbour Light Staff Writer" if i % 4 != 2 else f"   By {a['by'].upper()}",
                  under,
                  wrapped,
                  last,
                  rule,
                  "   [IMAGE] Back to World | [IMAGE] Front Page | [IMAGE] Search the Archives",
                  f"   Copyright {x.year}, The Harbour Light. All rights reserved.\n   Send comments to webmaster@harbourlight.example")
    exp = {}
    if i % 2:
        exp["title"] = a["title"].upper()
    if i % 4 == 2:
        exp["byline"] = a["by"].upper()
    return text, exp

def html_ministry(a, i):
    x = d(a)
    n = 100 + (sum(map(ord, a["key"])) % 200)
    date = [f"{x.day:02d}.{x.month:02d}.{x.year}", long_dmy(a), f"{x.day:02d}.{x.month:02d}.{x.year}", long_dmy(a)][i % 4]
    upd = x + datetime.timedelta(days=1)
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Press release No. {n}/{x.year} - Ministry of Foreign and European Affairs</title></head>
<body>
<div class="top-bar"><a href="/">Republic of Valdoria</a> <ul class="lang"><li class="active">EN</li><li><a href="/fr">FR</a></li><li><a href="/de">DE</a></li></ul> <form class="search"><input type="search" placeholder="Search"><button>Search</button></form></div>
<header><div class="logo">Ministry of Foreign and European Affairs</div>
<nav><ul><li><a href="/ministry">The Ministry</a></li><li><a href="/policy">Foreign Policy</a></li><li><a href="/press">Press</a></li><li><a href="/consular">Consular Services</a></li><li><a href="/travel">Travel Advice</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/press">Press</a> › <a href="/press/releases">Press releases</a></div>
<main>
<div class="doc-type">Press release No. {n}/{x.year}</div>
<h1>{esc(a['title'])}</h1>
<dl class="doc-meta"><dt>Date:</dt><dd>{date}</dd><dt>Place:</dt><dd>{a['place'].title()}</dd><dt>Topic:</dt><dd>Foreign policy</dd></dl>
<div class="doc-body">
{ps}
</div>
<div class="doc-contact"><h2>Press contact</h2><p>Press and Information Department<br>Tel.: +00 2 555 01 20<br>press@mfa.example</p></div>
<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="javascript:window.print()">Print</a></div>
<p class="last-updated">Last updated: {upd.day:02d}.{upd.month:02d}.{upd.year}</p>
</main>
<footer><ul><li><a href="/legal">Legal notice</a></li><li><a href="/data">Data protection</a></li><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/sitemap">Sitemap</a></li></ul><p>© Ministry of Foreign and European Affairs</p></footer>
</body></html>
"""
    return page, dict(byline="")

def prwire(a, i):
    x = d(a)
    org = ["Alpine Mediation Forum", "Council for Regional Cooperation", "Institute for Peaceful Settlement", "Coastal States Secretariat"][i % 4]
    tm = ["10:15 ET", "08:00 ET", "14:30 ET", "06:45 ET"][i % 4]
    first = f"{a['place']}, {long_mdy(a)} /Newswire/ -- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks("Newswire", "News\nProducts\nContact\nSign In\nSend a Release",
                  "News in Focus | Business & Money | Policy & Public Interest | People & Culture",
                  "News provided by", org, f"{x.strftime('%b')} {x.day}, {x.year}, {tm}",
                  "Share this article",
                  a["title"],
                  "\n\n".join(paras),
                  f"About {org}",
                  f"The {org} is an independent body that supports dialogue between governments in the region. It was founded in 1994 and has offices in three capitals.",
                  "Media contact:\nLena Haas\n+41 555 0199\nmedia@forum.example",
                  f"SOURCE {org}",
                  "Related Links\nhttp://www.forum.example",
                  "Also from this source\n" + "\n".join(others(a, 2)),
                  "Contact Newswire\nCookie Settings\nTerms of Use\nPrivacy Policy",
                  f"Copyright © {x.year} Newswire Association LLC. All Rights Reserved.")
    return text, dict(paras=paras, byline="")

BLIND32 = [("appcopy", appcopy, "txt"), ("html-paywall2022", html_paywall2022, "html"), ("netscape", netscape, "txt"),
            ("html-ministry", html_ministry, "html"), ("prwire", prwire, "txt")]

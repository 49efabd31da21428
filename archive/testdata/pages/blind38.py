# The thirty-eighth held-out batch, a blind one: written without reading
# the reader, read once for the unseen score, not tuned on. Kinds in no
# other set: a West African news site on a blog theme (share buttons,
# "Published N years ago on", text ads, the reply form), a Next.js news
# page whose article also sits in its page-data JSON, a Ghost-style
# publication's text save (excerpt, "min read", sign-up box), a 2005 web
# portal's HTML ("Updated: 2:15 p.m. ET ...", "Print this | E-mail this"),
# a university news office's release page. All text invented.
import datetime, html, json
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

def ap_month(x):
    return {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
            "November": "Nov.", "December": "Dec."}.get(x.strftime("%B"), x.strftime("%B"))

def westafrica(a, i):
    x = d(a)
    ago = 2025 - x.year
    meta = [f"By {a['by']} -\n{long_mdy(a)}", f"Published {ago} years ago on {long_mdy(a)}\nBy {a['by']}",
            f"{a['by']}\n{long_mdy(a)}\n0", f"By {a['by']}\n{x.strftime('%B')} {x.day}, {x.year} {['10:15 am', '4:40 pm'][i % 2]}"][i % 4]
    text = blocks("Lagos Ledger",
                  "Breaking News\nPolitics\nBusiness\nMetro\nHealth\nEntertainment\nSports\nColumnists",
                  "Advertisement",
                  "NEWS", a["title"], meta,
                  "Share\nTweet\nShare\nShare\nEmail",
                  "\n\n".join(a["paras"]),
                  "Support the Lagos Ledger's journalism of integrity and credibility. Good journalism costs a lot of money, but only good journalism can ensure the possibility of a good society. Donate now.",
                  "TEXT AD: Looking for affordable housing in the city? Call 0800 555 0101 today.",
                  "Related Topics:diplomacyworld",
                  "Click to comment",
                  "Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\nEmail *\nWebsite\nSave my name, email, and website in this browser for the next time I comment.",
                  "You may also like\n" + "\n".join(others(a, 3)),
                  f"Copyright © {max(x.year, 2012)} Lagos Ledger. All Rights Reserved.")
    return text, {}

def html_nextjs(a, i):
    x = d(a)
    data = {"props": {"pageProps": {"article": {"id": f"a{1000 + i}", "headline": a["title"], "slug": a["key"],
            "datePublished": f"{a['date']}T07:{10 + i}:00.000Z", "authors": [{"name": a["by"]}],
            "section": "World", "body": [{"type": "paragraph", "text": q} for q in a["paras"]]},
            "related": [{"headline": t} for t in others(a, 3)]}}, "page": "/[section]/[slug]", "buildId": "x9Fq2"}
    nd = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    show = [long_mdy(a), f"{x.day} {x.strftime('%B')} {x.year}", f"{x.strftime('%b')} {x.day}, {x.year}", f"Published {long_dmy(a)}"][i % 4]
    ps = "\n".join(f'<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">{esc(q)}</p></div>' for q in a["paras"])
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{esc(a['title'])} - Meridian News</title>
<link rel="preload" href="/_next/static/css/1f2c.css" as="style"><link rel="stylesheet" href="/_next/static/css/1f2c.css"><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills.js"></script><script src="/_next/static/chunks/webpack.js" defer=""></script><script src="/_next/static/chunks/main.js" defer=""></script>
</head><body><div id="__next"><a class="sc-skip" href="#main-content">Skip to content</a>
<header data-testid="header"><nav data-testid="nav"><a href="/" aria-label="Meridian News home">Meridian News</a><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/innovation">Innovation</a></li><li><a href="/culture">Culture</a></li><li><a href="/live">Live</a></li></ul><button>Register</button><button>Sign In</button></nav></header>
<main id="main-content" data-testid="main-content"><article>
<div data-component="headline-block"><h1 class="sc-82e6a0ec-0">{esc(a['title'])}</h1></div>
<div data-component="byline-block"><div class="sc-2b5e3b35-1"><time datetime="{a['date']}T07:{10 + i}:00.000Z">{show}</time></div><div class="sc-2b5e3b35-1"><span data-testid="byline-name">{a['by']}</span><span data-testid="byline-role">{['Diplomatic correspondent', 'Reporting from ' + a['place'].title(), 'World affairs editor', 'Correspondent'][i % 4]}</span></div></div>
<div data-component="image-block"><figure><img src="/images/{a['key']}.webp" alt=""><figcaption>Getty Images</figcaption></figure></div>
{ps}
<div data-component="tags"><a href="/topics/diplomacy">Diplomacy</a><a href="/topics/{a['place'].lower()}">{a['place'].title()}</a></div>
</article>
<section data-testid="related"><h2>Related</h2>{''.join(f'<a href="#"><h3>{esc(t)}</h3></a>' for t in others(a, 3))}</section>
</main>
<footer data-testid="footer"><p>Copyright {max(x.year, 2023)} Meridian News. All rights reserved. Meridian News is not responsible for the content of external sites.</p><a href="/privacy">Privacy Policy</a><a href="/cookies">Cookies</a><button>Do not share or sell my info</button></footer>
</div><script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>
"""
    return page, {}

def ghost(a, i):
    x = d(a)
    pub = ["Field Letters", "The Quiet Desk", "Border Notes", "Field Letters"][i % 4]
    excerpt = ["A short report from the ground, and what I heard there.", "What happened, and what is likely to come next.",
               "Notes from a long day of waiting outside a meeting room.", "One story this week, told in full."][i % 4]
    date = [f"{x.strftime('%b')} {x.day}, {x.year}", f"{x.day} {x.strftime('%b')} {x.year}", f"{x.strftime('%b')} {x.day}, {x.year}", f"{long_mdy(a)}"][i % 4]
    text = blocks(pub, "Home\nAbout\nArchive\nSign in\nSubscribe",
                  ["DISPATCHES", "NEWS", "DISPATCHES", "REPORTING"][i % 4],
                  a["title"], excerpt,
                  f"{a['by']}\n{date}\n— {3 + i} min read" if i % 2 == 0 else f"{a['by']}\n{date} · {3 + i} min read",
                  "\n\n".join(a["paras"]),
                  "Sign up for more like this.\nEnter your email\nSubscribe",
                  "Read more", "\n".join(f"{t}\n{a['by']}" for t in others(a, 2)),
                  f"{pub} © 2025\nPowered by Ghost")
    return text, {}

def html_portal2005(a, i):
    x = d(a)
    upd = f"Updated: {['2:15', '9:48', '11:02', '6:30'][i % 4]} {['p.m.', 'a.m.', 'p.m.', 'a.m.'][i % 4]} ET {ap_month(x)} {x.day}, {x.year}"
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    by = [f"By {a['by']}<br>Associated Wire", f"By {a['by'].upper()}<br>The Associated Wire", f"{a['by']}<br>Correspondent", ""][i % 4]
    page = f"""<html>
<head>
<title>{esc(a['title'])} - World News - OrbitNBC.com</title>
<meta name="Description" content="{esc(a['paras'][0][:150])}">
<script language="JavaScript" src="/js/sniffer.js"></script>
<script language="JavaScript">var adTag = "world/{a['key']}"; document.write('<scr'+'ipt src="/ads/'+adTag+'.js"></scr'+'ipt>');</script>
<link rel="stylesheet" href="/css/story.css" type="text/css">
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="770" cellpadding="0" cellspacing="0" border="0"><tr>
<td colspan="3"><a href="/"><img src="/i/logo.gif" alt="OrbitNBC.com" border="0"></a> <a href="/news">News</a> | <a href="/weather">Weather</a> | <a href="/business">Business</a> | <a href="/sports">Sports</a> | <a href="/tech">Tech / Science</a> | <a href="/health">Health</a> | <a href="/travel">Travel</a> | <a href="/video">Video</a></td></tr>
<tr><td width="150" valign="top" class="leftnav"><a href="/world">World News</a><br><a href="/world/americas">Americas</a><br><a href="/world/europe">Europe</a><br><a href="/world/mideast">Mideast / N. Africa</a><br><a href="/world/asia">Asia-Pacific</a><br><br><b>Sponsored links</b><br><a href="#">Cheap flights to Europe</a><br><a href="#">Refinance today</a></td>
<td width="470" valign="top" class="story">
<div class="textSmallGrey">{upd}</div>
<h1 class="head">{esc(a['title'])}</h1>
{f'<div class="byline">{by}</div>' if by else ''}
<table align="right" width="160" class="tools"><tr><td><a href="#">Print this</a> | <a href="#">E-mail this</a> | <a href="#">IM this</a> | <a href="#">Blog this</a><br><b>Most Popular</b><br><a href="#">Most viewed</a> | <a href="#">Top rated</a></td></tr></table>
{ps}
<p class="copyright">© {x.year} The Associated Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
<p class="urlline">URL: http://www.orbitnbc.example/id/{7000000 + i * 313}/</p>
</td>
<td width="150" valign="top"><script language="JavaScript">showAd("sky");</script><noscript><a href="/ads/click"><img src="/ads/sky.gif" alt="Advertisement"></a></noscript></td>
</tr></table>
<div class="footer">Orbit Privacy . Legal<br>© {x.year} OrbitNBC Interactive</div>
</body>
</html>
"""
    exp = dict(byline=[a["by"], a["by"].upper(), a["by"], ""][i % 4])
    return page, exp

def html_university(a, i):
    x = d(a)
    if i % 4 == 1 and x.day > 12:
        date = f"FOR IMMEDIATE RELEASE: {x.month:02d}.{x.day:02d}.{x.year}"
    else:
        date = [long_mdy(a), f"FOR IMMEDIATE RELEASE: {long_mdy(a)}", f"{ap_month(x)} {x.day}, {x.year}", f"Released: {long_mdy(a)}"][i % 4]
    by = [f"By {a['by']}", "", f"Story by {a['by']}, University Communications", f"{a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} | News | University of Westmark</title></head>
<body>
<div class="global-bar"><a href="/">University of Westmark</a> <a href="/apply">Apply</a> <a href="/give">Give</a> <a href="/directory">Directory</a> <a href="/search">Search</a></div>
<header><div class="unit-title">News &amp; Events</div><nav><a href="/news">News</a> <a href="/news/releases">News releases</a> <a href="/news/experts">Find an expert</a> <a href="/news/media">For media</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/releases">News releases</a></div>
<main>
<article class="news-release">
<p class="release-date">{date}</p>
<h1>{esc(a['title'])}</h1>
{f'<p class="author">{by}</p>' if by else ''}
<div class="media-contact"><strong>Media contact:</strong> Laura Chen, University News Service, 555-0199, news@westmark.example</div>
<div class="release-body">
{ps}
</div>
<p class="boilerplate">The University of Westmark is a public research university with more than 30,000 students. Its Center for International Negotiation studies how agreements between states are made and kept.</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>
</article>
<aside><h2>Recent releases</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></aside>
</main>
<footer><p>University of Westmark · Office of Communications · 1 University Way</p><p>© {x.year} University of Westmark</p></footer>
</body></html>
"""
    return page, dict(byline=a["by"] if by else "")

BLIND38 = [("westafrica", westafrica, "txt"), ("html-nextjs", html_nextjs, "html"), ("ghost", ghost, "txt"),
            ("html-portal2005", html_portal2005, "html"), ("html-university", html_university, "html")]

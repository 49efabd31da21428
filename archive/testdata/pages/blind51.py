# The fifty-first held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b51.py. Its theme is news sites as a
# browser saves them. Kinds in no other set: a 2000s wire service's story
# page saved as HTML, with an og:title carrying the site's name, a
# site-wide stale date in its meta, the dateline glued to the first
# paragraph, a related box inside the text and the reporting credit under
# it; a foreign ministry's press-room page saved "complete" (files folder,
# language switcher, release number, a <title> that is only the section's
# name, the date over or under the text); a public broadcaster's story in
# HTML with image-source and caption lines between the paragraphs, a bold
# first paragraph and a role line under the writer; a US regional daily's
# HTML with its weather bar, "Posted:/Updated:" line, a reader poll and a
# story discussion with readers' dated comments; a weekly news magazine's
# page copied as text with its narration and gift lines, "Image may
# contain" alt texts, photo credits and the print-issue line naming another
# headline. All text invented.
import datetime, html
import articles_b51
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_wire, short_dmy, others, blocks

POOL = articles_b51.POOL

def esc(s):
    return html.escape(s, quote=False)

def attr(s):
    return html.escape(s, quote=True)

def html_wireog(a, i):
    x = d(a)
    place = a["place"]
    first = f"{place} (Globe Wire) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    stamp = short_wire(a) + [" 10:15am ET", " 4:02pm ET", " 9:48am ET", " 11:30pm ET"][i % 4]
    by = [f"By {a['by']}", f"By {a['by']}, Globe Wire", f"By {a['by']}", f"{a['by']}"][i % 4]
    credit = ["(Additional reporting by Tomas Ferreira; Editing by Clare Whitlock)",
              "(Editing by Robert Bassey)",
              "(Reporting by Globe Wire bureaus; Writing by Eleni Sotiriou; Editing by Dan Marsh)",
              "(Additional reporting by Jin Park in Seoul; Editing by Kate Lloyd)"][i % 4]
    ps = [f"<p>{esc(q)}</p>" for q in paras]
    rel = ('<div class="inlineRelated"><h4>Related News</h4><ul>'
           + "".join(f'<li><a href="/article/worldNews/idUS{n}">{esc(t)}</a><br><span class="time">{short_dmy(a)}</span></li>'
                     for n, t in enumerate(others(a, 2)))
           + "</ul></div>")
    ps.insert(min(2, len(ps)), rel)
    meta_line = f'<div class="timestampHeader">{stamp}</div>\n<div class="byline">{esc(by)}</div>'
    if i % 2 == 1:
        meta_line = f'<div class="byline">{esc(by)}</div>\n<div class="timestampHeader">{stamp}</div>'
    page = f"""<html>
<head>
<title>{esc(a['title'])} | Globe Wire</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="date" content="2001-09-10">
<meta name="keywords" content="news, world news, business news, Globe Wire">
<meta property="og:title" content="{attr(a['title'])} | Globe Wire">
<meta property="og:site_name" content="Globe Wire">
<meta name="description" content="Globe Wire: world news, business news and breaking news from around the globe.">
</head>
<body>
<div id="header"><a href="/"><img src="/resources/images/logo.gif" alt="Globe Wire"></a>
<form action="/search"><input name="q"> <input type="submit" value="Search"></form>
<div class="edition">Edition: U.S. | UK | India | Africa</div></div>
<table width="980" cellpadding="0" cellspacing="0"><tr>
<td id="leftcol" width="160" valign="top">
<ul class="nav"><li><a href="/news">Top News</a></li><li><a href="/news/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/politics">Politics</a></li><li><a href="/science">Science</a></li><li><a href="/oddly">Oddly Enough</a></li><li><a href="/pictures">Pictures</a></li><li><a href="/video">Video</a></li></ul>
<div class="marketsBox"><h5>Markets</h5><p>Dow 8,141.92 -0.9%</p><p>Nasdaq 1,337.52 -1.1%</p></div>
</td>
<td id="content" valign="top">
<div class="sectionName">World News</div>
<h1>{esc(a['title'])}</h1>
{meta_line}
<div class="articleTools"><a href="#">Email This Article</a> | <a href="#">Print This Article</a> | <a href="#">Reprints</a> | <a href="#">[-] Text [+]</a></div>
<div id="articleText">
{chr(10).join(ps)}
<p class="credit">{credit}</p>
</div>
<div class="copyright">&copy; Globe Wire {x.year}. All rights reserved. Republication or redistribution of Globe Wire content, including by framing or similar means, is expressly prohibited without the prior written consent of Globe Wire.</div>
<div class="mostPopular"><h3>Most Viewed Articles</h3><ol>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 5))}</ol></div>
</td>
<td id="rightcol" width="300" valign="top"><div class="ad300"><script>document.write('ad');</script><noscript>Advertisement</noscript></div>
<div class="newsletter"><h5>Globe Wire Newsletters</h5><p>Get the day's top stories delivered to your inbox.</p><a href="#">Sign up</a></div></td>
</tr></table>
<div id="footer"><a href="#">About Globe Wire</a> | <a href="#">Contact Us</a> | <a href="#">Advertise</a> | <a href="#">Privacy</a><br>Globe Wire is the news and information arm of Globe Media Group. Quotes delayed by at least 20 minutes.</div>
</body>
</html>
"""
    return page, dict(paras=paras, byline=a["by"])

def html_ministry(a, i):
    x = d(a)
    no = f"{40 + 13 * i:03d}/{x.year}"
    date = [f'<p class="date">{long_dmy(a)}</p>', f'<p class="date">Date: {a["date"]}</p>',
            f'<p class="date">{wk_dmy(a)}</p>', None][i % 4]
    bottom = f'<p class="issued">Issued on {long_dmy(a)} by the Press and Information Department.</p>' if i % 4 == 3 else ""
    files = f"./{a['key']}_files"
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    rel = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0074)https://www.mfa.valdoria.example/en/press/press-releases/{a['key']} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Press releases - Ministry of Foreign Affairs</title>
<link rel="stylesheet" href="{files}/main.css">
<script src="{files}/jquery.min.js"></script>
<script src="{files}/gtm.js"></script>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="page-press">
<a class="skip" href="#content">Skip to content</a>
<div class="govbar"><img src="{files}/coat-of-arms.png" alt="Coat of arms"> Official website of the Republic of Valdoria</div>
<header class="site-header">
<div class="site-name">Ministry of Foreign Affairs</div>
<ul class="lang"><li class="active">EN</li><li><a href="#">VA</a></li><li><a href="#">FR</a></li></ul>
<nav><ul><li><a href="#">The Ministry</a></li><li><a href="#">Foreign Policy</a></li><li><a href="#">Consular Services</a></li><li class="active"><a href="#">Press</a></li><li><a href="#">Embassies</a></li><li><a href="#">Contact</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="#">Home</a> › <a href="#">Press</a> › <a href="#">Press releases</a></div>
<div class="layout">
<aside class="subnav"><h3>Press</h3><ul><li class="active"><a href="#">Press releases</a></li><li><a href="#">Statements by the Minister</a></li><li><a href="#">Speeches</a></li><li><a href="#">Photo gallery</a></li><li><a href="#">Accreditation</a></li></ul></aside>
<main id="content">
<div class="release-no">Press release No. {no}</div>
<h1>{esc(a['title'])}</h1>
{date or ''}
<div class="share-icons"><a href="#" title="Print"><img src="{files}/print.svg" alt="Print"></a><a href="#"><img src="{files}/fb.svg" alt="Facebook"></a><a href="#"><img src="{files}/x.svg" alt="X"></a><a href="#"><img src="{files}/mail.svg" alt="E-mail"></a></div>
<div class="text">
{ps}
</div>
{bottom}
<div class="contact"><h4>Press contact</h4><p>Spokesperson's Office<br>Tel. +000 2 555 31 00<br>press@mfa.valdoria.example</p></div>
<div class="related"><h4>Related press releases</h4><ul>{rel}</ul></div>
</main>
</div>
<footer><ul><li><a href="#">Accessibility statement</a></li><li><a href="#">Personal data</a></li><li><a href="#">Sitemap</a></li></ul><p>© Ministry of Foreign Affairs of the Republic of Valdoria, {max(x.year, 2015)}</p></footer>
<script src="{files}/app.js"></script>
</body></html>
"""
    return page, dict(byline="")

def html_broadcaster(a, i):
    x = d(a)
    place = a["place"].title()
    role = ["Diplomatic correspondent", f"Reporting from {place}", "World affairs editor", "NBS World Service"][i % 4]
    if i % 4 == 2:
        byl = ""
        exp_by = ""
    else:
        nm = f"By {esc(a['by'])}" if i % 4 != 3 else esc(a["by"])
        byl = f'<div data-component="byline-block"><div class="name">{nm}</div><div class="role">{role}</div></div>'
        exp_by = a["by"]
    later = x + datetime.timedelta(days=1)
    if i % 4 == 3:
        when = (f'<div class="dates"><span>Published</span> <time datetime="{a["date"]}T06:12:31.000Z">{long_dmy(a)}</time> '
                f'<span>Updated</span> <time datetime="{later.isoformat()}T09:40:02.000Z">{later.day} {later.strftime("%B")} {later.year}</time></div>')
    else:
        when = f'<time datetime="{a["date"]}T{8 + i:02d}:30:11.000Z">{long_dmy(a)}</time>'
    p = a["paras"]
    body = [f'<div data-component="text-block"><p><b>{esc(p[0])}</b></p></div>'] + \
           [f'<div data-component="text-block"><p>{esc(q)}</p></div>' for q in p[1:]]
    fig = (f'<figure data-component="image-block"><img src="https://ichef.example/news/976/{a["key"]}.jpg" alt="">'
           f'<span class="source">Image source, {["Getty Images", "Reuters", "EPA", "NBS"][i % 4]}</span>'
           f'<figcaption><span class="visually-hidden">Image caption, </span>{place} has hosted several rounds of talks this year</figcaption></figure>')
    vid = (f'<div data-component="video-block"><div class="player">This video can not be played</div>'
           f'<figcaption><span class="visually-hidden">Media caption, </span>Watch: the scene in {place} on the day of the announcement</figcaption></div>')
    body.insert(0, fig)
    if len(body) > 3:
        body.insert(3, vid)
    topics = "".join(f'<li><a href="#">{t}</a></li>' for t in ["Diplomacy", place, "International relations"])
    page = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - NBS News</title>
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:type" content="article">
<meta name="twitter:site" content="@NBSWorld">
<link rel="canonical" href="https://www.nbs.example/news/world-{30000000 + 1234 * i}">
</head>
<body>
<div id="consent-banner"><p>Let us know you agree to cookies</p><p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p><button>Yes, I agree</button> <a href="#">No, take me to settings</a></div>
<header><a href="#main-content" class="skip">Skip to content</a>
<nav class="global"><a href="/">NBS</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/iplayer">Radio</a> <a href="/more">More</a></nav>
<nav class="news-nav"><a href="/news">Home</a> <a href="/news/world">World</a> <a href="/news/uk">UK</a> <a href="/news/business">Business</a> <a href="/news/politics">Politics</a> <a href="/news/tech">Tech</a> <a href="/news/science">Science</a> <a href="/news/health">Health</a></nav>
</header>
<main id="main-content">
<article>
<header><h1 id="main-heading">{esc(a['title'])}</h1>
<div class="meta">{when}</div>
{byl}
</header>
{chr(10).join(body)}
<section data-component="tag-list"><h2>Related Topics</h2><ul>{topics}</ul></section>
</article>
<section class="more-on"><h2>More on this story</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a><span class="date">{short_dmy(a)}</span></li>' for t in others(a, 2))}</ul></section>
<section class="top-stories"><h2>Top Stories</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 5)[2:])}</ul></section>
</main>
<footer><nav><a href="#">Terms of Use</a> <a href="#">About the NBS</a> <a href="#">Privacy Policy</a> <a href="#">Cookies</a> <a href="#">Accessibility Help</a></nav>
<p>Copyright {max(x.year, 2016) + 1} NBS. The NBS is not responsible for the content of external sites. <a href="#">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""
    return page, dict(byline=exp_by)

def html_regional(a, i):
    x = d(a)
    wd = x.strftime("%A")
    later = x + datetime.timedelta(days=1)
    posted = f"Posted: {wd}, {long_mdy(a)} {[11, 6, 4, 9][i % 4]}:{[42, 5, 18, 30][i % 4]:02d} {['pm', 'pm', 'am', 'am'][i % 4]}"
    upd = [f" | Updated: 12:05 am, {later.strftime('%a %b')} {later.day}, {later.year}.", " | Updated: 7:21 pm.", "",
           f" | Updated: 3:14 pm, {x.strftime('%a %b')} {x.day}, {x.year}."][i % 4]
    by = [f"By {a['by']}", f"By {a['by']} | Sentinel World Desk", f"{a['by']}<br>Special to the Sentinel", f"By {a['by']}, Sentinel Staff Writer"][i % 4]
    exp_by = a["by"]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    c1 = later
    c2 = x + datetime.timedelta(days=2)
    comments = (f'<div class="comment"><span class="user">plainsdrifter</span> <span class="when">posted at 8:14 am on {c1.strftime("%a")}, {c1.strftime("%b")} {c1.day}, {c1.year}.</span>'
                f'<p>Good to see some news from outside the county for once. Keep it coming.</p><a href="#">Report Abuse</a></div>'
                f'<div class="comment"><span class="user">Marge K.</span> <span class="when">posted at 10:02 pm on {c2.strftime("%a")}, {c2.strftime("%b")} {c2.day}, {c2.year}.</span>'
                f'<p>My nephew was stationed near there. It is good that they are finally talking, I just hope it lasts longer than the last time.</p><a href="#">Report Abuse</a></div>')
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Prairie Sentinel: World</title>
<meta name="description" content="{attr(a['paras'][0][:150])}">
</head>
<body class="asset-story">
<div id="topbar"><span class="wx">Prairie City, ND &middot; Currently {[34, 61, 18, 72][i % 4]}&deg;F &middot; {['Clear', 'Partly Cloudy', 'Snow', 'Sunny'][i % 4]}</span> <a href="#">Subscribe</a> | <a href="#">e-Edition</a> | <a href="#">Log In</a> | <a href="#">Sign Up</a></div>
<div id="masthead"><a href="/">The Prairie Sentinel</a><div class="today">{wd}, {long_mdy(a)}</div></div>
<ul id="mainnav"><li><a href="#">News</a></li><li><a href="#">Sports</a></li><li><a href="#">Obituaries</a></li><li><a href="#">Opinion</a></li><li><a href="#">Classifieds</a></li><li><a href="#">Jobs</a></li><li><a href="#">Homes</a></li><li><a href="#">Autos</a></li><li><a href="#">Calendar</a></li></ul>
<div id="subnav">News &raquo; <a href="#">Local</a> | <a href="#">State</a> | <a href="#">Nation</a> | <a href="#">World</a></div>
<div id="main">
<div class="story">
<h1 class="headline">{esc(a['title'])}</h1>
<p class="byline">{by}</p>
<p class="datetime"><span class="posted">{posted}</span>{upd}</p>
<div class="tools"><a href="#">Print</a> <a href="#">Email</a> <a href="#">Font Size: A A</a> <a href="#">Comments (2)</a> <a href="#">Share</a></div>
<div class="encoded">
{ps}
</div>
<p class="meta">Posted in <a href="#">World</a> on {wd}, {long_mdy(a)}. Tags: <a href="#">Diplomacy</a>, <a href="#">{esc(a['place'].title())}</a></p>
<div class="poll"><h4>Reader Poll</h4><p>How closely do you follow international news?</p><form><label><input type="radio"> Every day</label> <label><input type="radio"> A few times a week</label> <label><input type="radio"> Hardly ever</label> <input type="submit" value="Vote"></form><a href="#">View Results</a></div>
<div class="discussion"><h3>Story Discussion</h3><p class="rules">Comments are the opinions of their authors and not of The Prairie Sentinel. Keep it clean. Do not threaten. Be truthful. Be nice.</p>
{comments}
<p><a href="#">Log in</a> or <a href="#">sign up</a> to post a comment.</p></div>
</div>
<div id="rail"><div class="ad"><span>Advertisement</span></div>
<div class="popular"><h4>Most Popular</h4><ol>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ol></div>
<div class="obits"><h4>Recent Obituaries</h4><ul><li>Harold J. Lindstrom</li><li>Verna Mae Olson</li><li>Clifford Dahl</li></ul></div></div>
</div>
<div id="footer"><p>The Prairie Sentinel &middot; 210 Main St, Prairie City, ND &middot; (701) 555-0140</p><p>&copy; Copyright {max(x.year, 2008)}, The Prairie Sentinel, Prairie City, ND. Powered by TownCMS.</p></div>
</body>
</html>
"""
    return page, dict(byline=exp_by)

def magcopy(a, i):
    x = d(a)
    place = a["place"].title()
    issue = x + datetime.timedelta(days=[13, 9, 6, 11][i % 4])
    rubric = [f"Letter from {place}", "Dispatch", "The World", "Comment"][i % 4]
    when = [long_mdy(a), long_mdy(a), f"{x.strftime('%B')} {x.day}, {x.year}", long_mdy(a)][i % 4]
    print_head = ["A Deal at the Water's Edge", "Small Steps", "Across the Line", "Old Quarrels, New Terms"][i % 4]
    p = list(a["paras"])
    body = p[:1] + [f"Image may contain: Human, Person, Crowd, Outdoors\nPhotograph by {['Anna Kessler', 'Rui Matos', 'Olu Adeyemi', 'Mei Tanaka'][i % 4]} for The Atlas Weekly"] + p[1:]
    if len(p) > 3:
        body.insert(4, f"Image may contain: Building, Architecture\n{place}, where the talks were held.\nPhotograph by Frederik Holm / Agence Meridien")
    text = blocks("Skip to main content",
                  "The Atlas Weekly\nNewsletter\nSign In\nSubscribe",
                  "Search\nThe Latest\nNews\nBooks & Culture\nPolitics\nThe World\nPuzzles & Games\nPodcasts\nVideo\nThe Magazine",
                  rubric,
                  a["title"],
                  f"By {a['by']}",
                  when,
                  "Save this story\nSave this story\nGift this article",
                  "Listen to this article.\nNarrated by a voice-over artist. Enjoy more audio and podcasts on iOS or Android.",
                  "\n\n".join(body),
                  f"Published in the print edition of the {issue.strftime('%B')} {issue.day}, {issue.year}, issue, with the headline \u201c{print_head}.\u201d",
                  "The Atlas Weekly Favorites",
                  "\n".join(others(a, 4)),
                  "Sign up for The Daily. Receive the best of The Atlas Weekly, every day, in your in-box, plus occasional alerts.\nE-mail address\nSign up\nBy signing up, you agree to our User Agreement and Privacy Policy & Cookie Statement.",
                  "Read More",
                  "\n".join(others(a, 6)[4:]),
                  f"© {max(x.year, 2019)} Atlas Publications. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights.",
                  "Cookies Settings")
    return text, {}

BLIND51 = [("html-wire-ogtitle", html_wireog, "html"), ("html-ministry-press-room", html_ministry, "html"),
           ("html-broadcaster-captions", html_broadcaster, "html"), ("html-us-regional-discussion", html_regional, "html"),
           ("magazine-copy-narration", magcopy, "txt")]

# The fifty-third held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b51.py. Its theme is news sites
# as a browser saves them. Kinds in no other set: an international
# agency's news release in HTML with its six-language bar, the
# "PLACE, date –" dateline glued to the first paragraph, a photo credit
# and a media-contacts list under the text; a cable news network's HTML
# with "(NETWORK) —" opening the first paragraph, an "Updated 1015 GMT
# (1815 HKT)" line, a video block and the "contributed to this report"
# line; a daily's "Analysis by" page whose explainer sits in a <details>
# box between the paragraphs and whose date is "6:00 a.m. EST"; a
# bilingual government's news release in HTML with its language toggle,
# a dateline-only line, contacts, keywords and a later "Date modified";
# an exiled newsroom's English site copied as text, with its "Text:"
# byline, a photo line, a reader-funding appeal in the middle of the
# text and a notice on its legal status. All text invented.
import datetime, html
import articles_b51
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

POOL = articles_b51.POOL

def esc(s):
    return html.escape(s, quote=False)

def attr(s):
    return html.escape(s, quote=True)

def html_agency(a, i):
    x = d(a)
    place = a["place"].title()
    first = f"{a['place']}, {long_dmy(a)} – " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in paras)
    story = i % 4 == 1
    kind = "Story" if story else "News release"
    byl = f'<div class="field--author">Story by {esc(a["by"])}, IAMB Regional Office</div>' if story else ""
    date = [f'<div class="field--date"><time datetime="{a["date"]}T12:00:00Z">{long_dmy(a)}</time></div>',
            f'<div class="field--date">{long_dmy(a)}</div>',
            f'<div class="field--date"><span class="label">Date:</span> {wk_dmy(a)}</div>',
            f'<div class="field--date"><time datetime="{a["date"]}T00:00:00Z">{x.day:02d} {x.strftime("%B")} {x.year}</time></div>'][i % 4]
    contacts = [("Maryam Okonjo", "Geneva", "+41 22 555 01 12"), ("Pablo Arrieta", "New York", "+1 212 555 0178"),
                ("Hanne Bergvold", place, "+00 555 3300")]
    clist = "".join(f'<li><b>{n}</b>, IAMB {c}, Tel: {t}, Email: {n.split()[0][0].lower()}{n.split()[-1].lower()}@iamb.example</li>' for n, c, t in contacts[: 2 + i % 2])
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | International Agency for Migration and Borders</title>
<meta name="description" content="IAMB is the leading intergovernmental organization in the field of migration and borders.">
<meta property="og:title" content="{attr(a['title'])}">
</head>
<body class="path-node page-node-type-press-release">
<div class="un-bar"><a href="#">Welcome to the United Nations</a>
<ul class="language-switcher"><li><a href="#" hreflang="ar">العربية</a></li><li><a href="#" hreflang="zh">中文</a></li><li class="is-active"><a href="#" hreflang="en">English</a></li><li><a href="#" hreflang="fr">Français</a></li><li><a href="#" hreflang="ru">Русский</a></li><li><a href="#" hreflang="es">Español</a></li></ul></div>
<header class="site-header"><a class="logo" href="/">IAMB &middot; UN Migration and Borders</a>
<nav><a href="#">Who we are</a> <a href="#">Our work</a> <a href="#">Where we work</a> <a href="#">Data and research</a> <a href="#">News and stories</a> <a href="#" class="donate">Donate</a></nav></header>
<div class="breadcrumb"><a href="#">Home</a> / <a href="#">News</a> / {kind}</div>
<main>
<article>
<div class="field--type">{kind}</div>
<h1 class="page-title">{esc(a['title'])}</h1>
{date}
{byl}
<figure class="hero"><img src="/sites/default/files/styles/hero/{a['key']}.jpg" alt=""><figcaption>Staff of the agency at a border crossing near {place}. Photo: &copy; IAMB {x.year}/{['Nadia Ferro', 'Omar Baig', 'Lise Moreau', 'Tom Achebe'][i % 4]}</figcaption></figure>
<div class="field--body">
{ps}
</div>
<div class="media-contacts"><h3>For more information, please contact:</h3><ul>{clist}</ul></div>
<div class="field--tags"><span>Themes:</span> <a href="#">Border management</a> <a href="#">Regional cooperation</a></div>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</article>
<section class="related"><h2>Related content</h2>{''.join(f'<div class="card"><span class="card-type">News release</span><a href="#">{esc(t)}</a><span class="card-date">{short_dmy(a)}</span></div>' for t in others(a, 3))}</section>
</main>
<footer><div class="newsletter"><h3>Subscribe to our newsletter</h3><input type="email" placeholder="Your email"><button>Subscribe</button></div>
<ul><li><a href="#">Contact</a></li><li><a href="#">Careers</a></li><li><a href="#">Procurement</a></li><li><a href="#">Fraud alert</a></li><li><a href="#">Terms of use</a></li><li><a href="#">Privacy policy</a></li></ul>
<p>&copy; International Agency for Migration and Borders</p></footer>
</body>
</html>
"""
    return page, dict(paras=paras, byline=a["by"] if story else "")

def html_cablenews(a, i):
    x = d(a)
    first = "(GNN) — " + a["paras"][0] if i % 4 != 2 else f"{a['place'].title()} (GNN) — " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    gmt = [10, 14, 3, 8][i % 4]
    mins = [15, 40, 2, 55][i % 4]
    upd = [f"Updated {gmt:02d}{mins:02d} GMT ({(gmt + 8) % 24:02d}{mins:02d} HKT) {long_mdy(a)}",
           f"Updated {gmt - 5 if gmt > 5 else gmt + 7}:{mins:02d} AM ET, {x.strftime('%a')} {long_mdy(a)}",
           f"Updated {gmt:02d}{mins:02d} GMT ({(gmt + 8) % 24:02d}{mins:02d} HKT) {long_mdy(a)}",
           f"Published {gmt + 4}:{mins:02d} AM ET, {x.strftime('%a')} {long_mdy(a)}"][i % 4]
    by = [f'By <a href="#">{esc(a["by"])}</a>, GNN', f'<a href="#">{esc(a["by"])}</a>, GNN',
          f'By <a href="#">{esc(a["by"])}</a>, GNN', f'By <a href="#">{esc(a["by"])}</a>, for GNN'][i % 4]
    contrib = ["GNN's Maria Ostrova contributed to this report.", "GNN's Ben Adair and Sun-hee Lim contributed to this report.",
               "Journalist Karim Dahlan contributed to this report.", "GNN's Tova Brandt contributed to this report."][i % 4]
    body = [f'<div class="zn-body__paragraph">{esc(q)}</div>' for q in paras]
    body.insert(min(2, len(body)), f'<div class="el__embedded--standard"><div class="el__video"><span class="media__video--caption">Now playing</span><h3>{esc(others(a, 1)[0])}</h3><span class="duration">02:14</span></div></div>')
    page = f"""<!DOCTYPE html>
<html class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - GNN</title>
<meta name="author" content="{attr(a['by'])}, GNN">
<meta property="og:title" content="{attr(a['title'])} - GNN">
<meta name="section" content="world">
</head>
<body>
<div class="nav"><a class="nav__logo" href="/">GNN</a> <a href="#">U.S.</a> <a href="#">World</a> <a href="#">Politics</a> <a href="#">Money</a> <a href="#">Opinion</a> <a href="#">Health</a> <a href="#">Entertainment</a> <a href="#">Tech</a> <a href="#">Style</a> <a href="#">Travel</a> <a href="#">Video</a> <a href="#">Live TV</a> <span class="edition">Edition: International</span></div>
<div class="pg-wrapper">
<article class="pg-rail-tall">
<div class="l-container">
<h1 class="pg-headline">{esc(a['title'])}</h1>
<div class="metadata"><p class="metadata__byline"><span class="metadata__byline__author">{by}</span></p><p class="update-time">{upd}</p></div>
<div class="metadata__share"><a href="#">Share this</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</div>
<section id="body-text">
<div class="l-container">
<div class="el__leafmedia"><img src="/dam/assets/{a['key']}-exlarge-169.jpg" alt=""><div class="media__caption">Photos: The road to the agreement</div></div>
{chr(10).join(body)}
<p class="zn-body__footer"><em>{contrib}</em></p>
</div>
</section>
<section class="zn-paid"><h2>Paid Content</h2><ul><li><a href="#">Doctors stunned by this simple morning trick</a></li><li><a href="#">The most beautiful villages you have never heard of</a></li></ul></section>
<section class="zn-more"><h2>More from GNN</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ul></section>
</article>
</div>
<footer><p><a href="#">Terms of Use</a> | <a href="#">Privacy Policy</a> | <a href="#">Accessibility &amp; CC</a> | <a href="#">AdChoices</a> | <a href="#">About Us</a> | <a href="#">Newsletters</a> | <a href="#">Transcripts</a></p>
<p>&copy; {max(x.year, 2014)} Global News Network. All Rights Reserved. GNN Sans &trade; &amp; &copy; {max(x.year, 2014)} Global News Network.</p></footer>
</body>
</html>
"""
    return page, dict(paras=paras)

def html_analysis(a, i):
    x = d(a)
    hour = ["6:00 a.m.", "5:30 p.m.", "11:15 a.m.", "7:00 a.m."][i % 4]
    tz = "EDT" if 3 < x.month < 11 else "EST"
    mon = x.strftime("%B") if x.month in (3, 4, 5, 6, 7) else ("Sept" if x.month == 9 else x.strftime("%b")) + "."
    when = [f"{mon} {x.day}, {x.year} at {hour} {tz}",
            f"{long_mdy(a)} at {hour} {tz}",
            f"Published {long_mdy(a)} at {hour} {tz}",
            f"{long_mdy(a)} at {hour} {tz}"][i % 4]
    by = [f"Analysis by {esc(a['by'])}", f"Analysis by {esc(a['by'])}", f"Analysis by <a href=\"#\">{esc(a['by'])}</a>", f"Analysis by {esc(a['by'])}"][i % 4]
    role = ["Foreign affairs columnist", "Senior diplomatic correspondent", "", "Foreign policy reporter based in " + a["place"].title()][i % 4]
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    det = ('<details class="explainer"><summary>What is a memorandum of understanding?</summary>'
           '<p>A memorandum of understanding is a written agreement between two or more parties that sets out what each intends to do. '
           'It is usually not legally binding, and it can be changed more easily than a treaty.</p></details>')
    body.insert(min(2, len(body)), det)
    if len(body) > 5:
        body.insert(5, '<div class="gift"><button>Gift this article</button> Share with anyone. They can read it for free.</div>')
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Analysis | {esc(a['title'])} - The Eastern Post</title>
<meta property="og:title" content="Analysis | {attr(a['title'])}">
<meta name="twitter:title" content="Analysis | {attr(a['title'])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="subscribe-banner">Get one year for $29. <a href="#">Subscribe</a> <a href="#">Sign in</a></div>
<header><button>Sections</button> <a class="masthead" href="/">The Eastern Post</a> <span class="tagline">Light in dark places</span></header>
<main>
<div class="kicker"><a href="#">World</a> <span class="label">Analysis</span></div>
<h1 data-qa="headline">{esc(a['title'])}</h1>
<div class="byline-block">
<div class="author">{by}</div>
{f'<div class="author-role">{role}</div>' if role else ''}
<div class="display-date">{when}</div>
</div>
<div class="tools"><a href="#">Share</a> <a href="#">Comment on this story</a> <span class="comment-count">{112 + 31 * i}</span> <a href="#">Save</a> <a href="#">Listen · {3 + i} min</a></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="end-of-story">
<div class="analysis-note"><em>Analysis: interpretation of the news based on evidence, including data, as well as anticipating how events might unfold based on past events</em></div>
<div class="comments"><h3>Comments</h3><p>Comments are closed for this story. <a href="#">Our community rules</a></p></div>
<div class="most-read"><h3>Most Read World</h3><ol>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 5))}</ol></div>
</div>
</main>
<footer><p>Company: About The Post · Newsroom Policies &amp; Standards · Diversity and Inclusion · Careers</p><p>&copy; 1996-{max(x.year, 2020)} The Eastern Post</p></footer>
</body>
</html>
"""
    return page, {}

def html_bilingual(a, i):
    x = d(a)
    mod = x + datetime.timedelta(days=[1, 0, 47, 380][i % 4])
    place = ["Northgate, Capital Region", "Port Aubry, Lakeshore", "Northgate, Capital Region", "Riverbend, Prairie Province"][i % 4]
    dept = "Global Affairs Northland"
    dl = f"{long_mdy(a)} - {place} - {dept}"
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Northland.nl.example</title>
<meta name="dcterms.title" content="{attr(a['title'])}">
<meta name="dcterms.creator" content="Government of Northland, {dept}">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.modified" title="W3CDTF" content="{mod.isoformat()}">
<link rel="alternate" hreflang="fr" href="https://www.northland.nl.example/affaires-mondiales/nouvelles/{x.year}/{x.month:02d}/{a['key']}-fr.html">
</head>
<body vocab="http://schema.org/" typeof="WebPage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li><li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header>
<div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul><li><a lang="fr" hreflang="fr" href="#"><span class="hidden-xs">Français</span><abbr title="Français" class="visible-xs">FR</abbr></a></li></ul></section>
<div class="brand"><img src="/wet/gon-sig.svg" alt="Government of Northland / Gouvernement du Nordland"></div>
<section id="wb-srch"><form><label for="wb-srch-q">Search Northland.nl.example</label><input id="wb-srch-q" type="search"><button>Search</button></form></section></div>
<nav id="wb-cont-menu"><h2>Menu</h2><ul><li>Jobs</li><li>Immigration and citizenship</li><li>Travel and tourism</li><li>Business</li><li>Benefits</li><li>Health</li><li>Taxes</li><li>More services</li></ul></nav>
<nav id="wb-bc"><h2>You are here:</h2><ol class="breadcrumb"><li><a href="#">Northland.nl.example</a></li><li><a href="#">{dept}</a></li><li><a href="#">News</a></li></ol></nav>
</header>
<main property="mainContentOfPage" class="container">
<h1 id="wb-cont" property="name">{esc(a['title'])}</h1>
<div class="gc-byline"><p><strong>From: <a href="#">{dept}</a></strong></p></div>
<h2 class="wb-inv">News release</h2>
<p class="gc-nws-typ">News release</p>
<p>{esc(dl)}</p>
{ps}
<h2>Associated links</h2>
<ul><li><a href="#">Northland's foreign policy priorities</a></li><li><a href="#">Travel advice and advisories</a></li></ul>
<h2>Contacts</h2>
<p>Media Relations Office<br>{dept}<br>343-555-{1000 + 77 * i}<br>media@international.nl.example<br>Follow us on X: @NorthlandAbroad</p>
<h2>Search for related information by keyword</h2>
<p><a href="#">Foreign affairs</a> | <a href="#">{dept}</a> | <a href="#">Northland</a> | <a href="#">International relations</a> | <a href="#">general public</a> | <a href="#">news releases</a></p>
<div class="pagedetails"><div class="row"><a href="#" class="btn">Report a problem or mistake on this page</a> <a href="#" class="btn">Share this page</a></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">{mod.isoformat()}</time></dd></dl></div>
</main>
<footer id="wb-info"><h2 class="wb-inv">About government</h2><ul><li><a href="#">Contact us</a></li><li><a href="#">Departments and agencies</a></li><li><a href="#">Public service and military</a></li><li><a href="#">News</a></li><li><a href="#">Treaties, laws and regulations</a></li><li><a href="#">Government-wide reporting</a></li></ul>
<ul><li><a href="#">Social media</a></li><li><a href="#">Mobile applications</a></li><li><a href="#">About Northland.nl.example</a></li><li><a href="#">Terms and conditions</a></li><li><a href="#">Privacy</a></li></ul>
<div class="wtrmrk"><img src="/wet/wmms-blk.svg" alt="Symbol of the Government of Northland"></div></footer>
</body>
</html>
"""
    return page, dict(byline="")

def exile(a, i):
    x = d(a)
    hh = [18, 9, 21, 13][i % 4]
    when = [f"{long_dmy(a)}, {hh}:40", f"{x.day} {x.strftime('%B').lower()} {x.year}, {hh}:05", f"{long_dmy(a)} · {hh}:12", f"{hh}:30, {long_dmy(a)}"][i % 4]
    by = [f"Text: {a['by']}", f"Text by {a['by']}", f"Text: {a['by']}", f"Words: {a['by']}"][i % 4]
    photo = f"Photo: {['Anton Merz', 'Sasha Wolf', 'Ilya Bergen', 'Dina Kraus'][i % 4]} / {['Free Lens', 'Reuters Pool', 'Open Archive', 'our correspondent'][i % 4]}"
    appeal = ("We are an independent newsroom in exile. We have no owners, no advertisers and no state money: "
              "we exist because readers pay for our work.\nSupport us with 5 euros a month\nDonate\nOther ways to help")
    p = list(a["paras"])
    k = max(1, len(p) // 2)
    body = p[:k] + [appeal] + p[k:]
    text = blocks("The Free Meridian\nEnglish | Русский | Українська",
                  "News\nAnalysis\nFeatures\nPodcasts\nDonate",
                  "The authorities have declared The Free Meridian an \u201cundesirable organization\u201d. Sharing our articles may be prosecuted there. Use a VPN and take care.",
                  "World",
                  a["title"],
                  when,
                  by,
                  photo,
                  "\n\n".join(body),
                  "If you have found a mistake in this article, select it and press Ctrl+Enter.",
                  "Share\nTelegram\nX\nFacebook\nCopy link",
                  "Read also\n" + "\n".join(others(a, 3)),
                  "The Free Meridian is registered in Latvia. Reproduction of materials is allowed with an active link to the source.\n© 2014–" + str(max(x.year, 2022)) + " The Free Meridian")
    return text, {}

BLIND53 = [("html-agency-release-dateline", html_agency, "html"), ("html-cable-network-updated", html_cablenews, "html"),
           ("html-analysis-details-box", html_analysis, "html"), ("html-bilingual-gov-release", html_bilingual, "html"),
           ("exile-site-copy-appeal", exile, "txt")]

# The sixty-fourth held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b63.py. Its theme is the pages a
# diplomatic news archive holds from many countries and decades. Kinds in
# no other set: a regional intergovernmental organisation's press release
# in HTML (the h1 is the section's name, the headline a styled paragraph,
# the release's reference code "E-045/15" under the text, language
# versions and the press office's contacts); a wire service's story as its
# hosted page framed in a member newspaper's site (the paper's own menus,
# weather and ads, "By NAME / Continental Press Writer", a "PLACE (CP) --"
# dateline, the agency's redistribution notice); an Ethiopian weekly's
# English site in HTML with the Ethiopian calendar's date beside the
# Gregorian one ("Megabit 17, 2007 E.C."), its issue line and a reply form;
# an East Asian state daily's English site saved as text by a browser
# ("Updated: 2015-03-24 18:31 By Name (Paper)", a photo caption with
# "[Photo/Agencies]", the editor's line after the text, the long rights
# notice); a press-cuttings database document printed to text (labelled
# fields for source, issue date, page and author, the text, then the desk
# officer's comment and the distribution list). All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b63

POOL = articles_b63.POOL

def esc(s):
    return html.escape(s, quote=False)

def html_igo_release(a, i):
    x = d(a)
    n = 20 + (sum(map(ord, a["key"])) % 300)
    ref = f"E-{n:03d}/{x.strftime('%y')}"
    p = list(a["paras"])
    paras = list(p)
    if i % 4 == 1:
        paras[0] = f"{a['place'].title()}, {long_mdy(a)} - " + p[0]
    date_p = [f'<p class="prdate">{long_mdy(a)}</p>',
              "",
              f'<p class="prdate">{x.strftime("%A")}, {long_dmy(a)}</p>',
              f'<p class="prdate">{long_mdy(a)}</p>'][i % 4]
    body = "\n".join(f"<p>{esc(q)}</p>" for q in paras)
    rel = "".join(f'<li><a href="/en/media_center/press_release.asp?sCodigo=E-{n - k - 1:03d}/{x.strftime("%y")}">{esc(t)}</a></li>'
                  for k, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OCS - Organisation of Continental States: Press Releases</title>
<meta property="og:title" content="OCS :: Press Release :: {esc(a['title'])}">
<link rel="stylesheet" href="/css/ocs2012.css">
</head>
<body>
<div id="header">
<div class="logo"><a href="/en/default.asp"><img src="/images/ocs_logo_en.png" alt="OCS - Organisation of Continental States - More rights for more people"></a></div>
<div class="langs"><a href="/es/centro_noticias/comunicado_prensa.asp?sCodigo={ref.replace('E-', 'C-')}">Español</a> | <a href="/fr/centre_medias/communique_presse.asp?sCodigo={ref.replace('E-', 'F-')}">Français</a> | <a href="/pt/centro_midia/nota_imprensa.asp?sCodigo={ref.replace('E-', 'P-')}">Português</a></div>
<ul class="topnav"><li><a href="/en/about/">About the OCS</a></li><li><a href="/en/topics/">Topics</a></li><li><a href="/en/member_states/">Member States</a></li><li><a href="/en/media_center/">Media Center</a></li><li><a href="/en/documents/">Documents</a></li></ul>
</div>
<div id="wrap">
<div id="leftcol">
<h4>Media Center</h4>
<ul><li><a href="/en/media_center/press_releases.asp">Press Releases</a></li><li><a href="/en/media_center/speeches.asp">Speeches</a></li><li><a href="/en/media_center/photos.asp">Photos</a></li><li><a href="/en/media_center/videos.asp">Videos</a></li><li><a href="/en/media_center/calendar.asp">Calendar of events</a></li></ul>
</div>
<div id="maincol">
<h1>Press Releases</h1>
{date_p if i % 4 != 2 else ''}
<p class="prtitle"><strong>{esc(a['title'])}</strong></p>
{date_p if i % 4 == 2 else ''}
<div class="prbody">
{body}
</div>
<p class="prref">Reference: {ref}</p>
<div class="prtools"><a href="javascript:window.print()">Print</a> | <a href="/en/media_center/subscribe.asp">Subscribe to press releases</a> | <a href="/en/media_center/rss.asp">RSS</a></div>
<div class="prcontact">For more information, please visit the OCS website.<br>Press Department, OCS<br>Tel: +1 555 0147 | prensa@ocs.example</div>
<div class="prphotos">Photos of the event are available on <a href="/en/media_center/photos.asp">Flickr</a>.</div>
<div class="prrelated"><h4>Other press releases</h4><ul>{rel}</ul></div>
</div>
</div>
<div id="footer"><p>Organisation of Continental States - 1889 Avenida de las Naciones, Puerto Alegre</p><p>&copy; {max(x.year, 2001)} OCS. All rights reserved. | <a href="/en/privacy.asp">Privacy</a> | <a href="/en/site_map.asp">Site map</a></p></div>
</body>
</html>
"""
    return page, dict(paras=paras, byline="")

def html_wire_hosted(a, i):
    x = d(a)
    paper = ["The Prairie Ledger", "Valley Morning Star-Journal", "The Bay County Sentinel", "Tri-Cities Daily Press"][i % 4]
    when = [f"{x.strftime('%b')} {x.day}, {x.year} 6:31 AM EDT", f"{x.strftime('%b')} {x.day}, {x.year} 9:05 AM EST",
            f"{x.strftime('%b')} {x.day}, {x.year}, 10:47 AM ET", f"{x.strftime('%b')} {x.day}, {x.year} 7:12 AM EDT"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    paras[0] = f"{a['place']} (CP) -- " + p[0]
    byl = [f"By {a['by'].upper()}<br>Continental Press Writer", f"By {a['by'].upper()}<br>Continental Press Writer",
           None, f"By {a['by'].upper()}<br>Continental Press Diplomatic Writer"][i % 4]
    body = "\n".join(f"<p>{esc(q)}</p>" for q in paras[:2]) + \
        '\n<div class="ad300"><script type="text/javascript">cpAd("300x250","world");</script><noscript>Advertisement</noscript></div>\n' + \
        "\n".join(f"<p>{esc(q)}</p>" for q in paras[2:])
    top = "".join(f'<li><a href="/dynamic/stories/W/WORLD_{k}?SITE=LEDGR&amp;SECTION=HOME">{esc(t)}</a> <span class="t">{["6:02 AM", "5:48 AM", "5:15 AM", "4:40 AM"][k]}</span></li>'
                  for k, t in enumerate(others(a, 4)))
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(paper)}: World</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link rel="stylesheet" type="text/css" href="http://hosted.cpnews.example/stylesheets/ledgr.css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="770" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="paperhead"><a href="http://www.{paper.lower().replace(' ', '').replace('-', '')}.example/"><img src="http://hosted.cpnews.example/LEDGR/images/masthead.gif" alt="{esc(paper)}" border="0"></a></td></tr>
<tr><td colspan="2" class="papernav"><a href="/">Home</a> | <a href="/news">Local News</a> | <a href="/sports">Sports</a> | <a href="/obits">Obituaries</a> | <a href="/opinion">Opinion</a> | <a href="/classifieds">Classifieds</a> | <a href="/jobs">Jobs</a> | <a href="/contact">Contact Us</a></td></tr>
<tr><td valign="top" width="160" class="leftrail">
<p class="weather">Weather<br><b>54&deg;F</b> Partly cloudy</p>
<p><b>CP News</b><br><a href="/dynamic/fronts/HOME?SITE=LEDGR">Top Headlines</a><br><a href="/dynamic/fronts/WORLD?SITE=LEDGR">World</a><br><a href="/dynamic/fronts/WASHINGTON?SITE=LEDGR">Washington</a><br><a href="/dynamic/fronts/BUSINESS?SITE=LEDGR">Business</a><br><a href="/dynamic/fronts/SPORTS?SITE=LEDGR">Sports</a><br><a href="/dynamic/fronts/ENTERTAINMENT?SITE=LEDGR">Entertainment</a></p>
</td>
<td valign="top" class="storycol">
<span class="sectionhead">World News</span>
<div class="cpstory">
<span class="headline">{esc(a['title'])}</span><br>
{(f'<span class="byline">{byl}</span><br>') if byl else ''}
<span class="datestamp">{when}</span>
{body}
<p class="copyright">&copy; {x.year} Continental Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
<p class="privacy">Learn more about our <a href="http://www.cpnews.example/privacy">Privacy Policy</a> and <a href="http://www.cpnews.example/terms">Terms of Use</a>.</p>
</div>
<div class="tools"><a href="javascript:printStory()">Print</a> | <a href="/email?story=WORLD">E-mail this story</a></div>
<div class="topworld"><b>Top World News</b><ul>{top}</ul></div>
</td></tr>
<tr><td colspan="2" class="paperfoot">Copyright &copy; {x.year} {esc(paper)}. All rights reserved. | 400 Main Street | Subscribe to the print edition</td></tr>
</table>
</body>
</html>
"""
    return page, dict(paras=paras, byline="" if byl is None else a["by"].upper())

ET_MONTH = ["Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazya",
            "Ginbot", "Sene", "Hamle", "Nehase", "Pagume"]

def ethiopic(x):
    jdn = x.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    y = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return y, n // 30 + 1, n % 30 + 1

def html_et_weekly(a, i):
    x = d(a)
    ey, em, ed = ethiopic(x)
    emn = ET_MONTH[em - 1]
    when = [f"{emn} {ed}, {ey} E.C. ({long_mdy(a)})",
            f'<span class="ec">{ed} {emn} {ey}</span> <span class="sep">|</span> <span class="gc">{long_dmy(a)}</span>',
            f"{x.strftime('%A')}, {long_mdy(a)} / {emn} {ed}, {ey}",
            f"{a['date']} &middot; {emn} {ed}, {ey} ዓ.ም."][i % 4]
    byl = [f"By {esc(a['by'])}", esc(a["by"]), "Reporter Staff", f"BY {esc(a['by'].upper())}"][i % 4]
    saved = x + datetime.timedelta(days=2 + i)  # the top bar shows the day of saving
    vol = 10 + (x.year - 1998)
    issue = 500 + (x - datetime.date(1998, 1, 3)).days // 7
    p = a["paras"]
    half = max(1, len(p) // 2)
    body = "\n".join(f"<p>{esc(q)}</p>" for q in p[:half]) + \
        '\n<div class="td-a-rec td-a-rec-id-content_inline"><a href="/advertise"><img src="/wp-content/uploads/banner-bank.gif" alt="Advertisement"></a></div>\n' + \
        "\n".join(f"<p>{esc(q)}</p>" for q in p[half:])
    rel = "".join(f'<div class="td_module_related"><h3 class="entry-title"><a href="/politics/item/{9000 + 13 * k}">{esc(t)}</a></h3></div>' for k, t in enumerate(others(a, 3)))
    meta_line = f'<div class="td-post-author-name">{byl}</div> <div class="td-post-date">{when}</div>' if i % 2 == 0 else \
        f'<div class="td-post-date">{when}</div>\n<div class="td-post-author-name">{byl}</div>'
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} | The Entoto Reporter</title>
<meta name="generator" content="WordPress 4.2.2">
<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=6.1" type="text/css" media="all">
</head>
<body class="post-template-default single single-post td-full-layout">
<div class="td-header-top-menu"><div class="td_data_time">{saved.strftime('%A')}, {saved.strftime('%B')} {saved.day}, {saved.year}</div><div class="td-issue">Vol {vol} No {issue}</div><a href="/subscribe">Subscribe</a> <a href="/e-paper">E-Paper</a></div>
<div class="td-header-main"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/entoto-logo.png" alt="The Entoto Reporter"></a></div>
<div class="td-header-menu"><ul id="menu-main"><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/editorial">Editorial</a></li><li><a href="/viewpoint">Viewpoint</a></li><li><a href="/society">Society</a></li><li><a href="/art">Art</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div class="td-main-content-wrap">
<div class="td-crumb-container"><span><a href="/">Home</a></span> <i class="td-icon-right"></i> <span><a href="/politics">Politics</a></span></div>
<article class="post type-post status-publish format-standard">
<div class="td-post-header">
<ul class="td-category"><li><a class="td-post-category" href="/politics">Politics</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{esc(a['title'])}</h1>
<div class="td-module-meta-info">
{meta_line}
<div class="td-post-views"><i class="td-icon-views"></i><span>{1200 + 37 * i}</span></div>
</div>
</header>
</div>
<div class="td-post-sharing td-post-sharing-top"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>
<div class="td-post-content">
{body}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/diplomacy">Diplomacy</a></li><li><a href="/tag/{a['key']}">{esc(a['place'].title())}</a></li></ul></div>
<div class="td-post-sharing td-post-sharing-bottom"><span>Share</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a> <a href="#">Email</a></div>
<div class="td-post-next-prev"><div class="td-post-next-prev-content"><span>Previous article</span><a href="#">{esc(others(a, 5)[3])}</a></div><div class="td-post-next-prev-content"><span>Next article</span><a href="#">{esc(others(a, 5)[4])}</a></div></div>
</footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">RELATED ARTICLES</h4>{rel}</div>
<div id="comments" class="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><textarea placeholder="Comment:" name="comment"></textarea><input name="author" placeholder="Name:*"><input name="email" placeholder="Email:*"><input name="url" placeholder="Website:"><input name="submit" type="submit" value="Post Comment"></form></div></div>
</div>
<div class="td-footer-wrapper"><p>The Entoto Reporter is published every Saturday by Entoto Media and Communication Plc. Bole Sub City, Woreda 03, House No. 1270.</p><p>&copy; Copyright {max(x.year, 2009)} - The Entoto Reporter</p></div>
</body>
</html>
"""
    return page, dict(byline=[a["by"], a["by"], "", a["by"].upper()][i % 4])

def eastasia_daily(a, i):
    x = d(a)
    t = ["18:31", "07:28", "16:45", "10:02"][i % 4]
    paper = "The Pearl Daily"
    line = [f"Updated: {a['date']} {t} By {a['by']} ({paper})",
            f"By {a['by']} in {a['place'].title()} | {paper} | Updated: {a['date']} {t}",
            f"Updated: {a['date']} {t} (Xinwire)",
            f"{a['date']} {t} | Source: {paper} | Author: {a['by']}"][i % 4]
    cap = f"Delegates attend a ceremony in {a['place'].title()}, {long_mdy(a)}. [Photo/Agencies]"
    p = a["paras"]
    body = "\n\n".join([cap] + p) if i % 2 == 0 else "\n\n".join(p[:1] + [cap] + p[1:])
    ed = ["(Editor: Ma Jing)", "(Editor: Zhou Lan)", "(Editor: Ma Jing)", "(Editor: Guo Wen)"][i % 4]
    text = blocks("Home\nChina\nWorld\nBusiness\nLifestyle\nCulture\nTravel\nSports\nOpinion\nRegional\nForum\nNewspaper\nMobile",
                  "Global Edition\nASIA\n中文\n双语\nFrançais",
                  "Home / World / Asia-Pacific",
                  a["title"],
                  line,
                  "Print\nMail\nLarge\nMedium\nSmall\n分享按钮",
                  body,
                  ed,
                  "Related Stories\n" + "\n".join(others(a, 3)),
                  "Most Viewed in 24 Hours\n" + "\n".join(others(a, 7)[3:]),
                  "Top News\nEditor's picks",
                  "About The Pearl Daily\nAdvertise on Site\nContact Us\nJob Offer\nExpat Employment",
                  "Copyright 1995 - {}. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to The Pearl Daily Information Co (PDIC). Without written authorization from PDIC, such content shall not be republished or used in any form.".format(max(x.year, 2005)),
                  "Note: Browsers with 1024*768 or higher resolution are suggested for this site.",
                  "License for publishing multimedia online 0108263\nRegistration Number: 130349")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

def notes_digest(a, i):
    x = d(a)
    entered = x + datetime.timedelta(days=[2, 1, 6, 3][i % 4])
    src = ["The Lakeside Standard", "Le Courrier du Fleuve (English page)", "Asia Wire (daily file)", "The Coastal Observer"][i % 4]
    issue = [long_dmy(a), wk_dmy(a), long_mdy(a), f"{x.day} {x.strftime('%b').upper()} {x.year}"][i % 4]
    author = [a["by"], a["by"], "-", a["by"]][i % 4]
    place = a["place"].title()
    uid = "".join(f"{(ord(c) * 37 + k) % 256:02X}" for k, c in enumerate(a["key"]))[:16]
    fields = [
        f"Entered by:         Registry/{['Chancery', 'Political', 'Press', 'Chancery'][i % 4]}/MFA",
        f"Date entered:       {entered.day:02d}.{entered.month:02d}.{entered.year} 09:{12 + i:02d}:44",
        f"Category:           Bilateral relations \\ {place}",
        f"Source:             {src}",
        f"Date of issue:      {issue}",
        f"Page:               {[5, 12, 1, 3][i % 4]}",
        f"Author:             {author}",
        f"Headline:           {a['title']}",
    ]
    text_block = "\n\n".join(textwrap.fill(q, 76) for q in a["paras"])
    comment = [f"Useful background for the visit next month. The figures match what the {place} desk was told.",
               "Press line agreed with the department: no comment beyond welcoming the agreement.",
               "Agency copy; the local papers carried shorter versions on page 3.",
               "See also the embassy's report of the same week."][i % 4]
    text = blocks(f"Press Digest {x.year} - Cutting",
                  f"Document link: Notes://MFA-SRV02/C1256F3A0049B2E4/0/{uid}",
                  "\n".join(fields),
                  "Text:",
                  text_block,
                  "-" * 40,
                  "Desk officer's comment:\n" + comment,
                  "Distribution:       Head of Mission; Political; Economic; Press\nClassification:     UNCLASSIFIED",
                  "Page 1")
    return text, dict(byline="" if author == "-" else a["by"])

BLIND64 = [("html-igo-release", html_igo_release, "html"), ("html-wire-hosted", html_wire_hosted, "html"),
           ("html-et-weekly", html_et_weekly, "html"), ("eastasia-daily", eastasia_daily, "txt"),
           ("notes-digest", notes_digest, "txt")]

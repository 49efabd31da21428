# The seventy-first held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b69.py. Its theme is the other
# places diplomatic news is read and saved from. Kinds in no other set: an
# East Asian English-language daily saved as HTML ("10:31 JST, March 12,
# 2004" above the headline, "Name / Staff Writer", a premium note and a
# "Related Tags" row); a UN-style regional commission's meetings coverage
# saved as HTML (document symbol, session and meeting line, "For
# information media. Not an official record.", no writer); an embassy's
# news page seen through a web archive and saved complete as HTML (the
# archive's injected toolbar with capture dates that are not the article's,
# the embassy's menu, "Back to top"); a broadcaster's text-only "lite" site
# copied as text ("Updated ... EST, Fri March 12, 2004", "Source:" line,
# "Go to full site"); a diplomat's e-mail to colleagues with an article
# pasted in under a note (the mail's own date, signature and
# confidentiality notice). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b69

POOL = articles_b69.POOL

def esc(s):
    return html.escape(s, quote=False)

def eastasia_daily(a, i):
    x = d(a)
    t = ["10:31", "17:05", "06:00", "21:48"][i % 4]
    when = f"{t} JST, {long_mdy(a)}"
    byl = [f"{a['by']} / Harbor Shimbun Staff Writer", f"By {a['by']} / Harbor Shimbun Correspondent",
           "The Harbor Shimbun", f"{a['by']} / Staff Writer"][i % 4]
    p = a["paras"]
    parts = [f"<p>{esc(q)}</p>" for q in p]
    if i % 2 == 0:
        parts.insert(1, f'<figure class="photo"><img src="hs_files/{a["key"]}.jpg"><figcaption>Delegates leave the venue in {esc(a["place"].title())} on the day of the agreement.<span class="credit">The Harbor Shimbun</span></figcaption></figure>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{esc(a['title'])} - The Harbor Shimbun</title>
<link rel="stylesheet" href="hs_files/common.css"></head>
<body>
<header class="global"><a class="logo" href="/"><img src="hs_files/logo.svg" alt="The Harbor Shimbun"></a>
<div class="util"><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a> <a href="/ja/">日本語版</a></div>
<nav><a href="/politics/">Politics</a> <a href="/society/">Society</a> <a href="/business/">Business</a> <a class="current" href="/world/">World</a> <a href="/editorial/">Editorial &amp; Columns</a> <a href="/culture/">Culture</a> <a href="/sports/">Sports</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/world/">World</a> &gt; <a href="/world/asia-pacific/">Asia-Pacific</a></div>
<article>
<div class="article-header">
<p class="date">{when}</p>
<h1>{esc(a['title'])}</h1>
<p class="byline">{esc(byl)}</p>
<div class="sns"><a href="#">Facebook</a><a href="#">X</a><a href="#">LINE</a><a href="#">Print</a></div>
</div>
<div class="article-body">
{chr(10).join(parts)}
</div>
{'<p class="premium">This article is for subscribers. Thank you for reading The Harbor Shimbun.</p>' if i % 4 == 1 else ''}
<div class="tags"><h3>Related Tags</h3><a href="#">Diplomacy</a> <a href="#">{esc(a['place'].title())}</a></div>
</article>
<aside class="ranking"><h3>Popular articles</h3><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 5))}</ol></aside>
<footer><a href="/about/">About Us</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/copyright/">Copyright</a><p>Copyright &copy; The Harbor Shimbun Holdings Inc. No reproduction or republication without written permission.</p></footer>
</body></html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def un_meetings(a, i):
    x = d(a)
    sym = ["ECR/2214", "ECR/1987", "ECR/3301", "ECR/402"][i % 4]
    ordn = ["Fifty-Third", "Thirty-First", "Sixty-Eighth", "Twenty-Fifth"][i % 4]
    meet = ["4th Meeting (AM)", "12th & 13th Meetings (AM & PM)", "2nd Meeting (PM)", "7th Meeting (AM)"][i % 4]
    p = a["paras"]
    parts = [f"<p>{esc(q)}</p>" for q in p]
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{esc(a['title'])} | Meetings Coverage and Press Releases</title>
<link rel="stylesheet" href="press_files/css_un.css"></head>
<body>
<a href="#main-content" class="skip">Skip to main content</a>
<div class="toolbar">Welcome to the United Nations <ul class="languages"><li>العربية</li><li>中文</li><li>English</li><li>Français</li><li>Русский</li><li>Español</li></ul></div>
<header><div class="site-name"><a href="/en">Meetings Coverage and Press Releases</a></div>
<nav><ul><li><a href="/en/secretary-general">Secretary-General</a></li><li><a href="/en/general-assembly">General Assembly</a></li><li><a href="/en/security-council">Security Council</a></li><li><a href="/en/economic-and-social-council">Economic and Social Council</a></li><li class="active"><a href="/en/regional-commissions">Regional Commissions</a></li><li><a href="/en/press-conferences">Press Conferences</a></li></ul></nav></header>
<main id="main-content">
<div class="meeting-info">
<div class="field--name-field-symbol">{sym}</div>
<div class="field--name-field-dated"><time datetime="{a['date']}T12:00:00Z">{long_dmy(a)}</time></div>
</div>
<div class="field--name-field-meeting">Economic Commission for the Riverlands, {ordn} Session, {meet}</div>
<h1 class="page-header">{esc(a['title'])}</h1>
<div class="field--name-field-notice">For information media. Not an official record.</div>
<div class="field--name-body">
{chr(10).join(parts)}
<p>__________________</p>
<p><em>For information media. Not an official record.</em></p>
</div>
<div class="field--name-field-related">Related documents: <a href="#">E/ECR/{x.year}/L.{3 + i}</a></div>
</main>
<footer><ul><li><a href="#">Copyright</a></li><li><a href="#">FAQ</a></li><li><a href="#">Fraud Alert</a></li><li><a href="#">Privacy Notice</a></li><li><a href="#">Terms of Use</a></li></ul></footer>
</body></html>
"""
    return page, dict(byline="")

def wayback_embassy(a, i):
    x = d(a)
    cap = x + datetime.timedelta(days=[15, 200, 4, 731][i % 4])
    ts = cap.strftime("%Y%m%d") + "102233"
    date_s = [f"Date: {long_dmy(a)}", f"{wk_dmy(a)}", f"Posted on {long_mdy(a)}", f"Date: {long_dmy(a)}"][i % 4]
    byl = [None, f"By {a['by']}", None, "Press Section"][i % 4]
    p = a["paras"]
    parts = [f"<p>{esc(q)}</p>" for q in p]
    page = f"""<!DOCTYPE html>
<html><head>
<script type="text/javascript" src="{ts}_files/bundle-playback.js"></script>
<link rel="stylesheet" type="text/css" href="{ts}_files/banner-styles.css">
<!-- End Wayback Rewrite JS Include -->
<meta charset="utf-8"><title>Embassy of the Republic of Vesteria in Lindmark - News</title>
<link rel="stylesheet" href="{ts}_files/embassy.css"></head>
<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
<div id="wm-logo"><a href="/web/">Wayback Archive</a></div>
<form target="_top" method="get" action="/web/submit" id="wm-ipp-form"><input type="text" name="url" value="http://vesteria-embassy.example/news/{a['key']}.html"><input type="submit" value="Go"></form>
<div id="wm-capinfo"><a href="/web/*/vesteria-embassy.example/news/{a['key']}.html">{[12, 3, 58, 1][i % 4]} captures</a><br>{cap.day} {cap.strftime('%b')} {cap.year} - {cap.day} {cap.strftime('%b')} {cap.year + 4}</div>
<table id="wm-nav"><tr><td class="m">{(cap - datetime.timedelta(days=30)).strftime('%b').upper()}</td><td class="c">{cap.strftime('%b').upper()}</td><td class="m">{(cap + datetime.timedelta(days=31)).strftime('%b').upper()}</td></tr>
<tr><td></td><td class="c"><a href="/web/{ts}/http://vesteria-embassy.example/news/{a['key']}.html">{cap.day:02d}</a></td><td></td></tr>
<tr><td>{cap.year - 1}</td><td class="c">{cap.year}</td><td>{cap.year + 1}</td></tr></table>
<div id="wm-btns"><a href="#">About this capture</a> <a href="#">Close</a> <a href="#">Help</a></div>
</div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<table width="780" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="{ts}_files/banner.jpg" alt="Embassy of the Republic of Vesteria"><br><span class="lang"><a href="/vs/">Vesterian</a> | <a href="/ln/">Lindmark</a> | English</span></td></tr>
<tr><td width="170" valign="top" class="menu">
<a href="/index.html">Home</a><br><a href="/ambassador.html">The Ambassador</a><br><a href="/news/">News</a><br><a href="/consular.html">Consular Section</a><br><a href="/visas.html">Visas</a><br><a href="/trade.html">Trade and Investment</a><br><a href="/culture.html">Culture</a><br><a href="/contact.html">Contact</a>
<p class="hours">Consular hours:<br>Mon-Fri 9:00-12:00</p></td>
<td valign="top" class="content">
<p class="section">News from Vesteria</p>
<h2>{esc(a['title'])}</h2>
<p class="date">{date_s}</p>
{f'<p class="author">{esc(byl)}</p>' if byl else ''}
{chr(10).join(parts)}
<p class="back"><a href="#top">Back to top</a> | <a href="/news/">Back to news</a> | <a href="javascript:window.print()">Print</a></p>
</td></tr>
<tr><td colspan="2" class="foot">Embassy of the Republic of Vesteria, 14 Harbour Road, Lindholm. Tel. +00 31 555 0100 | Last updated: {cap.day:02d}.{cap.month:02d}.{cap.year}</td></tr>
</table>
</body></html>
"""
    return page, dict(byline=a["by"] if i % 4 == 1 else "")

def lite_text(a, i):
    x = d(a)
    h = [4, 10, 7, 1][i % 4]
    upd = f"Updated: {h}:{20 + i:02d} {'PM' if i % 2 == 0 else 'AM'} EST, {x.strftime('%a')} {x.strftime('%B')} {x.day}, {x.year}"
    src = ["Source: Meridian", f"By {a['by']}, GNB", f"By {a['by']}", "Source: GNB"][i % 4]
    p = a["paras"]
    text = blocks("GNB | Lite",
                  "Go to the full GNB experience",
                  a["title"],
                  src,
                  upd,
                  "\n\n".join(p),
                  "← Back to GNB Lite Home",
                  "Go to full article",
                  "© 2026 Global News Broadcasting. All Rights Reserved.\nTerms of Use | Privacy Policy")
    return text, dict(byline="" if i % 4 in (0, 3) else a["by"])

def diplomat_mail(a, i):
    x = d(a)
    sent = x + datetime.timedelta(days=[1, 0, 3, 1][i % 4])
    paper = ["Levant Daily", "Caspian Times", "Baltic Brief", "Danube Courier"][i % 4]
    note = ["Colleagues,\n\nFYI, the piece below from today's " + paper + ". Worth a look before Thursday's meeting.\n\nBest,\nK.",
            "All - pasting this since the site is paywalled. Note the last paragraph.\n\nR.",
            "For the file.",
            "Dear colleagues,\n\nPlease see the article below, reproduced for internal information only.\n\nKind regards,\nMarta"][i % 4]
    head = [f"{paper}, {long_dmy(a)}\n{a['title']}\nBy {a['by']}",
            f"{a['title']}\n{a['by']}\n{paper} | {long_mdy(a)}",
            f"{a['title']}\n{paper}, {short_dmy(a)}",
            f"*** {paper} - {wk_dmy(a)} ***\n\n{a['title'].upper()}\n\nBy {a['by'].upper()}"][i % 4]
    sig = ("--\nPolitical Section\nEmbassy of the Republic of Vesteria\nTel. +00 31 555 0123\n\n"
           "CONFIDENTIALITY: This e-mail and any attachments are intended only for the addressee and may contain "
           "privileged information. If you have received it in error, please notify the sender and delete it.")
    text = blocks(f"From: Political Section <pol@vesteria-embassy.example>",
                  f"Sent: {sent.strftime('%A')}, {sent.strftime('%B')} {sent.day}, {sent.year} 8:47 AM",
                  "To: Mission staff <staff-list@vesteria-embassy.example>",
                  f"Subject: {['FW: ', 'Article: ', '', 'Press: '][i % 4]}{a['title']}",
                  note,
                  "-----",
                  head,
                  "\n\n".join(a["paras"]),
                  f"(c) {x.year} {paper}" if i % 2 == 0 else None,
                  sig)
    over = dict(byline="" if i % 4 == 2 else a["by"])
    if i % 4 == 3:
        over.update(title=a["title"].upper(), byline=a["by"].upper())
    return text, over

BLIND71 = [("eastasia-daily", eastasia_daily, "html"), ("un-meetings", un_meetings, "html"),
           ("wayback-embassy", wayback_embassy, "html"), ("lite-text", lite_text, "txt"),
           ("diplomat-mail", diplomat_mail, "txt")]

# The seventy-fourth held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b72.py. Kinds: an African daily's
# English site in a 2015-2026 shape (<time datetime>, "Published ... ago"
# beside the date, the masthead's day of saving, captions and readers'
# comments with their own dates); a foreign ministry's press release saved
# as HTML (release number, no writer, "ENDS" and a media contact); a
# newsletter's web archive ("View this email in your browser", the issue
# date, other items of the issue); a Gulf daily of 1998-2008 saved as HTML
# (tables, <font> tags, "Last updated" beside the story's date, a script
# clock with the day of saving); a South Asian e-paper clipping copied as
# text (edition and page line, headline in capitals, "By ... | Chronicle
# News Service" credit). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b72

POOL = articles_b72.POOL
SAVED = datetime.date(2026, 12, 5)

def esc(s):
    return html.escape(s, quote=False)

def africa_daily(a, i):
    x = d(a)
    role = ["Foreign Affairs Editor", "Senior Reporter", "Regional Correspondent", "Political Writer"][i % 4]
    cdate = x + datetime.timedelta(days=[1, 2, 1, 3][i % 4])
    p = [f"<p>{esc(q)}</p>" for q in a["paras"]]
    p.insert(2, '<aside class="inline-ad"><p>Advertisement</p></aside>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} - The Savanna Times</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['paras'][0][:90])}...">
<meta name="twitter:card" content="summary_large_image">
</head><body>
<div class="strip"><span>{SAVED.strftime('%a')}, {SAVED.strftime('%b')} {SAVED.day}, {SAVED.year}</span> <span>Accra 31&deg;C</span> <a href="/epaper">E-paper</a></div>
<header><a href="/" class="logo">The Savanna Times</a><nav><a href="/news">News</a> <a href="/africa">Africa</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/features">Features</a> <a href="/opinion">Opinion</a></nav></header>
<p class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/africa">Africa</a> &raquo; {esc(a['title'])}</p>
<article>
<h1>{esc(a['title'])}</h1>
<div class="info"><img class="avatar" src="st_files/avatar.png" alt=""><span class="by">{esc(a['by'])}</span> <span class="role">&middot; {role}</span><br>
<time datetime="{x.isoformat()}T08:00:00Z">{x.strftime('%b')} {x.day}, {x.year}</time> <span class="ago">&middot; {SAVED.year - x.year - (1 if (SAVED.month, SAVED.day) < (x.month, x.day) else 0)} years ago</span></div>
<figure><img src="st_files/{a['key']}.jpg" alt=""><figcaption>Officials at the ceremony in {esc(a['place'].title())}. (Photo: Savanna Times)</figcaption></figure>
{chr(10).join(p)}
<div class="tags"><a href="#">#diplomacy</a> <a href="#">#{a['key']}</a></div>
</article>
<section class="also"><h3>You may also like</h3>{''.join(f'<article class="card"><h4><a href="#">{esc(t)}</a></h4></article>' for t in others(a, 3))}</section>
<section id="comments"><h3>3 Comments</h3>
<div class="c"><b>Kofi A.</b> <small>{cdate.day}/{cdate.month:02d}/{cdate.year} at 7:14 pm</small><p>This is what regional cooperation should look like.</p><a href="#">Reply</a></div>
<div class="c"><b>Grace N</b> <small>{cdate.day}/{cdate.month:02d}/{cdate.year} at 9:02 pm</small><p>Let us wait and see if the promises are kept.</p><a href="#">Reply</a></div>
<div class="c"><b>Observer</b> <small>{['2 days ago', '1 week ago', '4 hours ago', '3 days ago'][i % 4]}</small><p>Who will pay for it in the end?</p><a href="#">Reply</a></div>
<form><textarea placeholder="Leave a comment"></textarea><button>Post Comment</button></form></section>
<footer>&copy; {SAVED.year} Savanna Times Media Group. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</body></html>
"""
    return page, {}

def gov_release(a, i):
    x = d(a)
    num = f"{[112, 47, 203, 88][i % 4]}/{x.year}"
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press Releases - Ministry of Foreign Affairs and International Cooperation</title></head>
<body>
<div class="gov-banner">An official website of the Republic</div>
<header><img src="mfa_files/coat.png" alt="Coat of arms"> <b>Ministry of Foreign Affairs and International Cooperation</b>
<nav><a href="/">Home</a> <a href="/ministry">The Ministry</a> <a href="/missions">Missions Abroad</a> <a href="/consular">Consular Services</a> <a class="active" href="/media">Media Centre</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/media">Media Centre</a> &gt; <a href="/media/press-releases">Press Releases</a></div>
<div class="release">
<table class="release-head"><tr><td>Press Release No.</td><td>{num}</td></tr><tr><td>Date</td><td>{long_dmy(a)}</td></tr><tr><td>For immediate release</td><td></td></tr></table>
<h2 class="release-title">{esc(a['title'].upper())}</h2>
{chr(10).join(f'<p>{esc(q)}</p>' for q in a['paras'])}
<p class="ends">ENDS</p>
<p class="contact">Media enquiries: Directorate of Public Diplomacy, tel. +000 20 555 0199, press@mfa.example</p>
<p class="issued">Issued by the Directorate of Public Diplomacy, {shift(x, 0)}</p>
</div>
<div class="side"><h4>Recent releases</h4><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ul></div>
<footer><p>Last reviewed: {SAVED.day} {SAVED.strftime('%B')} {SAVED.year}</p><a href="/accessibility">Accessibility</a> <a href="/foi">Access to information</a></footer>
</body></html>
"""
    return page, dict(byline="", title=a["title"].upper())

def shift(x, n):
    y = x + datetime.timedelta(days=n)
    return f"{y.day:02d}.{y.month:02d}.{y.year}"

def newsletter(a, i):
    x = d(a)
    issue = [214, 87, 356, 12][i % 4]
    byl = [f"By {a['by']}", f"{a['by']}, our correspondent", f"Words: {a['by']}", None][i % 4]
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Embassy Row Brief #{issue}: {esc(a['title'])}</title></head>
<body style="background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff">
<tr><td style="font-size:11px;color:#888"><a href="#">View this email in your browser</a></td></tr>
<tr><td><h1 style="font-family:Georgia">The Embassy Row Brief</h1><p>Issue {issue} &middot; {wk_dmy(a)}</p></td></tr>
<tr><td><p>Good morning. This week's lead story comes from {esc(a['place'].title())}.</p></td></tr>
<tr><td>
<h2>{esc(a['title'])}</h2>
{f'<p><em>{esc(byl)}</em></p>' if byl else ''}
{chr(10).join(f'<p>{esc(q)}</p>' for q in a['paras'])}
</td></tr>
<tr><td style="border-top:1px solid #ddd"><h3>Also this week</h3><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 3))}</ul></td></tr>
<tr><td><p>Forwarded this email? <a href="#">Subscribe here</a>.</p></td></tr>
<tr><td style="font-size:11px;color:#888">You are receiving this because you signed up at embassyrow.example.<br><a href="#">Update your preferences</a> or <a href="#">unsubscribe from this list</a>.<br>Copyright &copy; {x.year} Embassy Row Brief, All rights reserved.</td></tr>
</table></td></tr></table>
<div class="archive-nav"><a href="/archive">&laquo; Past issues</a></div>
</body></html>
"""
    return page, dict(byline="" if byl is None else a["by"])

def gulf_old(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=[0, 1, 0, 2][i % 4])
    byl = [f"By {a['by']}, Staff Reporter", f"{a['by']}<br>Gulf Herald Correspondent", "By a Staff Reporter", f"By {a['by']}"][i % 4]
    paras = "\n".join(f'<font face="Arial" size="2">{esc(q)}</font><br><br>' for q in a["paras"])
    page = f"""<HTML><HEAD><TITLE>Gulf Herald Online - {esc(a['title'])}</TITLE>
<SCRIPT LANGUAGE="JavaScript">/* clock */</SCRIPT></HEAD>
<BODY BGCOLOR="#FFFFFF" LINK="#003399">
<TABLE WIDTH="760" BORDER="0" CELLSPACING="0" CELLPADDING="2">
<TR><TD COLSPAN="2"><IMG SRC="gh_files/head.gif" ALT="GULF HERALD"></TD></TR>
<TR><TD COLSPAN="2" BGCOLOR="#990000"><FONT FACE="Arial" SIZE="1" COLOR="#FFFFFF">{SAVED.strftime('%A')}, {SAVED.strftime('%B')} {SAVED.day:02d}, {SAVED.year} | Rajab 14, 1448 | <A HREF="/archive">Archives</A> | <A HREF="/contact">Contact Us</A></FONT></TD></TR>
<TR><TD WIDTH="140" VALIGN="TOP" BGCOLOR="#F0E6D2"><FONT FACE="Arial" SIZE="1"><B>SECTIONS</B><BR><A HREF="/local">Local</A><BR><A HREF="/gulf">Gulf</A><BR><A HREF="/arab">Arab World</A><BR><A HREF="/intl">International</A><BR><A HREF="/biz">Business</A><BR><A HREF="/sport">Sport</A><BR><BR><B>Prayer Times</B><BR>Fajr 5:21</FONT></TD>
<TD WIDTH="620" VALIGN="TOP">
<FONT FACE="Arial" SIZE="1" COLOR="#990000">GULF</FONT><BR>
<FONT FACE="Times New Roman" SIZE="5"><B>{esc(a['title'])}</B></FONT><BR>
<FONT FACE="Arial" SIZE="2"><B>{byl}</B></FONT><BR>
<FONT FACE="Arial" SIZE="1">{wk_dmy(a)}</FONT><BR><BR>
{paras}
<FONT FACE="Arial" SIZE="1">Last updated: {upd.day:02d}/{upd.month:02d}/{upd.year} {['11:20', '02:15', '20:45', '08:05'][i % 4]} (UAE time)</FONT><BR>
<FONT FACE="Arial" SIZE="1"><A HREF="/print">Printer friendly</A> | <A HREF="/email">E-mail this story</A></FONT>
<HR>
<FONT FACE="Arial" SIZE="2"><B>Other stories</B></FONT><BR>{'<BR>'.join(f'<FONT FACE="Arial" SIZE="1"><A HREF="#">{esc(t)}</A></FONT>' for t in others(a, 4))}
</TD></TR>
<TR><TD COLSPAN="2" ALIGN="CENTER"><FONT FACE="Arial" SIZE="1">Copyright &copy; 1998-{x.year} Gulf Herald Publishing. Best viewed at 800x600.</FONT></TD></TR>
</TABLE></BODY></HTML>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def epaper_clip(a, i):
    x = d(a)
    city = ["Chennai", "Kochi", "Hyderabad", "Bengaluru"][i % 4]
    credit = [f"By {a['by']} | Chronicle News Service", f"{a['by'].upper()} @ {a['place'].title()}", f"By {a['by']}", "Our Correspondent"][i % 4]
    text = blocks(f"The Southern Chronicle e-Paper | Edition: {city} | Page {[1, 9, 11, 6][i % 4]} | {x.day:02d} {x.strftime('%b')} {x.year}",
                  "< Prev page    Next page >    Zoom    Clip    Share",
                  a["title"].upper(),
                  credit,
                  f"{a['place']}: " + a["paras"][0],
                  "\n\n".join(a["paras"][1:]) if len(a["paras"]) > 1 else None,
                  "Clipped at " + f"{SAVED.day:02d}/{SAVED.month:02d}/{SAVED.year} 10:02 IST")
    paras = [f"{a['place']}: " + a["paras"][0]] + a["paras"][1:]
    over = dict(title=a["title"].upper(), paras=paras)
    over["byline"] = "" if i % 4 == 3 else (a["by"].upper() if i % 4 == 1 else a["by"])
    return text, over

BLIND74 = [("africa-daily", africa_daily, "html"), ("gov-release", gov_release, "html"),
           ("newsletter-archive", newsletter, "html"), ("gulf-old", gulf_old, "html"),
           ("epaper-clip", epaper_clip, "txt")]

# The fifty-seventh held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b57.py. Its theme is ordinary news
# sites as a browser saves them. Kinds in no other set: a late-1990s
# regional daily saved by Internet Explorer 5 as "Web Page, HTML only" (the
# "saved from url" comment, tags rewritten in capitals with bare attribute
# values, a masthead showing the day the page was saved, the headline in a
# <FONT>, a "Posted at 6:12 a.m. EDT" line, a related-links table set
# inside the story); an embassy's press-release page made with FrontPage
# (navigation webbots, a scrolling marquee, a release number, the place and
# date above or below the text, a site-wide "last updated" stamp, a visitor
# counter); a 2020s site rendered by React with hashed class names and
# data-testid hooks (og:title with the site's suffix, a stale template
# date in meta, AP-style dates, a "Recommended" box and a newsletter form
# inside the body); a Joomla 1.5 daily ("Written by", the created date,
# PDF/Print/E-mail icons, "Last Updated ( ... )" after the text, a
# Prev/Next pager and a comments form); a British weekly's site copied
# whole (numeric day-first "Published:" lines, a "Reporter" line or a
# handle under the name, reader-comment rules). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b57

POOL = articles_b57.POOL

def esc(s):
    return html.escape(s, quote=False)

def ap_date(x):  # AP style: Feb. 25, 2016; March 5, 1999; Sept. 11, 2014
    m = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}.get(x.month, x.strftime("%B"))
    return f"{m} {x.day}, {x.year}"

def slug(a):
    return "".join(c for c in a["title"].lower().replace(" ", "-") if c.isalnum() or c == "-")

def ie5_regional(a, i):
    x = d(a)
    saved = x + datetime.timedelta(days=[1, 2, 1, 3][i % 4])
    url = f"http://www.tricountyclarion.example/news/world/{x.strftime('%m%d')}wld{i + 2}.htm"
    title = [f"Clarion Online: World", f"{a['title']} -- Tri-County Clarion", "Clarion Online: World", f"Tri-County Clarion -- {a['title']}"][i % 4]
    byl = [f'<B>By {esc(a["by"].upper())}</B><BR><I>Clarion Foreign Desk</I>',
           f'<B>By {esc(a["by"])}, Clarion Staff Writer</B>',
           '<B>From Clarion wire services</B>',
           f'<B>By {esc(a["by"])}</B><BR><I>Special to the Clarion</I>'][i % 4]
    hh, mm = [(6, 12), (11, 40), (23, 5), (17, 55)][i % 4]
    ampm = f"{(hh - 1) % 12 + 1}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"
    zone = "EDT" if 4 <= x.month <= 10 else "EST"
    posted = f"Posted at {ampm} {zone} {x.strftime('%A')}, {long_mdy(a)}"
    rel = "<BR>".join(f'<A href="http://www.tricountyclarion.example/news/world/{x.strftime("%m")}{10 + n}wld{n}.htm">{esc(t)}</A>'
                      for n, t in enumerate(others(a, 2)))
    box = (f'<TABLE cellSpacing=0 cellPadding=4 width=180 align=right border=1>\n<TBODY>\n<TR>\n<TD bgColor=#eeeeee><FONT face=Arial size=2><B>RELATED LINKS</B><BR>{rel}<BR>'
           f'<A href="http://www.tricountyclarion.example/archives/">Search the archives</A></FONT></TD></TR></TBODY></TABLE>')
    photo = ""
    if i % 2 == 1:
        photo = (f'<TABLE cellSpacing=0 cellPadding=2 width=250 align=left border=0>\n<TBODY>\n<TR>\n<TD><IMG height=170 alt="" src="{x.strftime("%m%d")}photo.jpg" width=250 border=0><BR>'
                 f'<FONT face=Arial size=1><I>Officials meet in {esc(a["place"].title())} on {x.strftime("%A")}. (Clarion wire photo)</I></FONT></TD></TR></TBODY></TABLE>')
    p = [esc(q) for q in a["paras"]]
    k = 1 if len(p) > 2 else 0
    body = "\n".join(f"<P>{q}" for q in p[:k]) + ("\n" if k else "") + box + "\n" + "\n".join(f"<P>{q}" for q in p[k:])
    nav = "<BR>\n".join(f'<A href="http://www.tricountyclarion.example/{s.lower().replace(" ", "")}/"><IMG height=18 alt="{s}" src="nav_{s.lower().replace(" ", "")}.gif" width=120 border=0></A>'
                        for s in ["Front Page", "Local News", "World", "Business", "Sports", "Obituaries", "Classifieds", "Weather", "Archives", "Subscribe"])
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<!-- saved from url=({len(url):04d}){url} -->
<HTML><HEAD><TITLE>{esc(title)}</TITLE>
<META http-equiv=Content-Type content="text/html; charset=windows-1252">
<META content="MSHTML 5.00.2614.3500" name=GENERATOR></HEAD>
<BODY text=#000000 vLink=#663366 link=#003399 bgColor=#ffffff leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<TABLE cellSpacing=0 cellPadding=0 width=760 border=0>
  <TBODY>
  <TR>
    <TD colSpan=3><A href="http://www.tricountyclarion.example/"><IMG height=60 alt="Tri-County Clarion Online" src="clarion_logo.gif" width=468 border=0></A><A href="http://ads.tricountyclarion.example/click?id=4411"><IMG height=60 alt="Click here for Valley Motors fall savings" src="banner4411.gif" width=234 border=0></A></TD></TR>
  <TR>
    <TD colSpan=3 bgColor=#003366><FONT face=Arial color=#ffffff size=1>&nbsp;{saved.strftime('%A')}, {saved.strftime('%B')} {saved.day}, {saved.year} &nbsp;|&nbsp; Serving Harlan, Merritt and Dune counties since 1887</FONT></TD></TR>
  <TR>
    <TD vAlign=top width=130 bgColor=#dde4ee>
{nav}
      <P><FONT face=Arial size=1>Search the Clarion:<BR>
      <FORM action=http://www.tricountyclarion.example/cgi-bin/search.pl method=get><INPUT size=12 name=q> <INPUT type=submit value=Go></FORM></FONT></P></TD>
    <TD width=10>&nbsp;</TD>
    <TD vAlign=top width=620><FONT face=Arial color=#666666 size=2>WORLD</FONT><BR><FONT face="Arial, Helvetica" size=5><B>{esc(a['title'])}</B></FONT><BR><FONT face=Arial size=2>{byl}</FONT><BR><FONT face=Arial color=#666666 size=1>{posted}</FONT>
      {photo}<FONT face="Times New Roman" size=3>
{body}
      </FONT>
      <P><FONT face=Arial size=2>[ <A href="http://www.tricountyclarion.example/news/world/">Back to World</A> | <A href="http://www.tricountyclarion.example/">Front Page</A> | <A href="mailto:newsroom@tricountyclarion.example">E-mail the newsroom</A> ]</FONT>
      <HR>
      <FONT face=Arial size=1>Copyright &copy; {x.year} Tri-County Clarion. All rights reserved. Republication or redistribution of Clarion content is expressly prohibited without prior written consent.</FONT></TD></TR></TBODY></TABLE></BODY></HTML>
"""
    return page, dict(byline=[a["by"].upper(), a["by"], "", a["by"]][i % 4])

def frontpage_embassy(a, i):
    x = d(a)
    country = "Republic of Valdoria"
    city = ["Canberra", "Ottawa", "Wellington", "Pretoria"][i % 4]
    no = f"No. {(x.month * 3 + i) % 40 + 1}/{x.year}"
    stamp = x + datetime.timedelta(days=[19, 64, 7, 230][i % 4])
    p = [esc(q) for q in a["paras"]]
    paras = list(a["paras"])
    head_date = foot_date = ""
    if i % 4 == 0:
        head_date = f'<p align="right"><font face="Verdana" size="2">{long_dmy(a)}</font></p>\n'
    elif i % 4 == 1:
        foot_date = f'<p><font face="Verdana" size="2">Embassy of the {country}<br>\n{city}, {long_dmy(a)}</font></p>\n'
    elif i % 4 == 2:
        foot_date = f'<p><font face="Verdana" size="2"><i>Issued on: {long_mdy(a)}</i></font></p>\n'
    else:
        paras[0] = f"{city}, {long_dmy(a)} – " + paras[0]
        p[0] = esc(paras[0])
    title = a["title"].upper() if i % 4 == 2 else a["title"]
    ps = "\n".join(f'<p align="justify"><font face="Verdana" size="2">{q}</font></p>' for q in p)
    nav = "\n".join(f'<p><a href="{s.lower().replace(" ", "_").replace("&amp;", "and")}.htm"><font face="Verdana" size="2" color="#FFFFFF"><b>{s}</b></font></a></p>'
                    for s in ["Home", "The Ambassador", "Consular Services", "Visas", "Press Releases", "Trade &amp; Investment", "Tourism", "Links", "Contact Us"])
    page = f"""<html>

<head>
<meta http-equiv="Content-Language" content="en-us">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Embassy of the {country} - Press Releases</title>
<meta name="Microsoft Theme" content="none, default">
<meta name="Microsoft Border" content="tl, default">
</head>

<body bgcolor="#FFFFFF" background="images/bg_paper.jpg"><!--msnavigation--><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>

<p align="center"><img border="0" src="images/coat_of_arms.gif" width="72" height="80"><br>
<font face="Times New Roman" size="6" color="#003366"><b>Embassy of the {country}</b></font><br>
<font face="Times New Roman" size="4" color="#003366">{city}</font></p>
<marquee scrollamount="3" bgcolor="#FFFFCC"><font face="Verdana" size="2" color="#990000">The Consular Section will be closed on national holidays. &nbsp;&nbsp;*** &nbsp;&nbsp;New passport application forms are available for download. &nbsp;&nbsp;*** &nbsp;&nbsp;Visit Valdoria - the land of a thousand lakes!</font></marquee>

</td></tr><!--msnavigation--></table><!--msnavigation--><table dir="ltr" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" width="1%" bgcolor="#003366">

<!--webbot bot="Navigation" S-Type="siblings" S-Orientation="vertical" S-Rendering="html" B-Include-Home="TRUE" B-Include-Up="FALSE" U-Page S-Target startspan -->
{nav}
<!--webbot bot="Navigation" i-checksum="38562" endspan -->

</td><td valign="top" width="24"></td><!--msnavigation--><td valign="top">

<p align="center"><font face="Verdana" size="2"><b>PRESS RELEASE {no}</b></font></p>
{head_date}<p align="center"><font face="Verdana" size="4" color="#003366"><b>{esc(title)}</b></font></p>
{ps}
{foot_date}<p align="center"><font face="Verdana" size="2">* * *</font></p>
<p><font face="Verdana" size="1">For further information please contact the Press and Information Section of the Embassy, tel. (02) 6555 0140, fax (02) 6555 0141.</font></p>
<p align="center"><font face="Verdana" size="2">[ <a href="press_releases.htm">Back to Press Releases</a> ] [ <a href="index.htm">Home</a> ]</font></p>
<hr size="1" color="#003366">
<p align="center"><font face="Verdana" size="1">This page was last updated on <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d %B %Y" startspan -->{stamp.day:02d} {stamp.strftime('%B')} {stamp.year}<!--webbot bot="Timestamp" i-checksum="28903" endspan -->.<br>
You are visitor number <img src="_vti_bin/fpcount.exe/?Page=press.htm|Image=4|Digits=6" alt="00{4000 + 37 * i}"> since 1 January {x.year}.<br>
&copy; Embassy of the {country}. Best viewed with Internet Explorer 5.0 at 800x600.</font></p>
<!--msnavigation--></td></tr><!--msnavigation--></table></body>

</html>
"""
    return page, dict(paras=paras, byline="", title=title)

def react_hashed(a, i):
    x = d(a)
    h = lambda n: "css-" + format((sum(map(ord, a["key"])) * 7919 + n * 104729) % (36 ** 6), "x")[:6]
    when = [f'<time datetime="{a["date"]}T09:12:00.000Z" class="{h(1)}">{ap_date(x)}</time>',
            f'<time datetime="{a["date"]}T14:30:00.000Z" class="{h(1)}">{ap_date(x)}, 10:30 a.m. ET</time><span class="{h(2)}">Updated {ap_date(x + datetime.timedelta(days=1))}</span>',
            f'<span class="{h(2)}">Published</span> <time datetime="{a["date"]}T06:00:00.000Z" class="{h(1)}">{long_mdy(a)}</time>',
            f'<time datetime="{a["date"]}T21:45:00.000Z" class="{h(1)}">{x.strftime("%a")} {ap_date(x)}</time>'][i % 4]
    au = slug(dict(title=a["by"]))
    byl = [f'<span class="{h(3)}">By </span><a class="{h(4)}" href="/by/{au}">{esc(a["by"])}</a>',
           f'<a class="{h(4)}" href="/by/{au}">{esc(a["by"])}</a><span class="{h(5)}">Foreign correspondent</span>',
           f'<span class="{h(3)}">By </span><a class="{h(4)}" href="/by/{au}">{esc(a["by"])}</a><span class="{h(5)}"> | The Signal</span>',
           f'<span class="{h(3)}">From </span><span class="{h(4)}">Agence Mondiale</span>'][i % 4]
    stale = ["2019-03-01T00:00:00Z", None, "2019-03-01T00:00:00Z", None][i % 4]
    p = a["paras"]
    blocks_ = []
    for n, q in enumerate(p):
        blocks_.append(f'<p class="{h(10)} evys1bk0">{esc(q)}</p>')
        if n == 1 and len(p) > 3:
            rec = "".join(f'<li class="{h(12)}"><a class="{h(13)}" href="/world/{slug(dict(title=t))}"><span class="{h(14)}">{esc(t)}</span></a></li>' for t in others(a, 2))
            blocks_.append(f'<aside class="{h(11)}" data-testid="inline-recirc"><h2 class="{h(15)}">Recommended</h2><ul class="{h(16)}">{rec}</ul></aside>')
        if n == 3 and len(p) > 5:
            blocks_.append(f'<div class="{h(17)}" data-testid="newsletter-inline"><h3 class="{h(18)}">The World Brief</h3><p class="{h(19)}">Our foreign desk\'s essential stories, every weekday morning.</p>'
                           f'<form class="{h(20)}"><input type="email" placeholder="Email address" aria-label="Email address"/><button type="submit" class="{h(21)}">Sign up</button></form>'
                           f'<p class="{h(22)}">By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.</p></div>')
    more = "".join(f'<li class="{h(30)}"><a href="/world/{slug(dict(title=t))}" class="{h(31)}"><h3 class="{h(32)}">{esc(t)}</h3></a><time class="{h(33)}">{n + 2} hours ago</time></li>'
                   for n, t in enumerate(others(a, 4)[1:]))
    cap = f'<figure class="{h(40)}"><div data-testid="image" class="{h(41)}"><img alt="" src="https://images.signal.example/{a["key"]}/1200x800.jpg" class="{h(42)}" loading="lazy"/></div>' \
          f'<figcaption class="{h(43)}"><span class="{h(44)}">A view of the harbour in {esc(a["place"].title())}.</span> <span class="{h(45)}">Credit: Lena Ortiz for The Signal</span></figcaption></figure>'
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(a['title'])} | The Signal</title><meta property="og:title" content="{esc(a['title'])} | The Signal"/><meta property="og:site_name" content="The Signal"/><meta property="og:type" content="article"/><meta name="description" content="{esc(p[0][:120])}"/>{f'<meta name="date" content="{stale}"/>' if stale else ''}<link rel="preload" as="script" href="/_next/static/chunks/main-3f1a2c9e.js"/><style data-emotion="css {h(1)[4:]} {h(10)[4:]}">.{h(10)}{{font-family:Georgia,serif;font-size:1.125rem;line-height:1.6;margin:0 0 1.25rem;}}.{h(1)}{{color:#5a5a5a;font-size:.875rem;}}</style></head><body><div id="__next"><div class="{h(50)} e1y5ky3j0"><a href="#main-content" class="{h(51)}">Skip to content</a><header class="{h(52)}"><a href="/" aria-label="The Signal home" class="{h(53)}"><svg viewBox="0 0 120 24" aria-hidden="true"><title>The Signal</title><path d="M0 0h120v24H0z"></path></svg></a><nav class="{h(54)}" aria-label="Sections"><ul class="{h(55)}"><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/climate">Climate</a></li><li><a href="/culture">Culture</a></li><li><a href="/podcasts">Podcasts</a></li></ul></nav><div class="{h(56)}"><a href="/subscribe" class="{h(57)}">Subscribe</a><a href="/login" class="{h(58)}">Log in</a></div></header><main id="main-content" class="{h(60)}"><article class="{h(61)}" data-testid="article"><div class="{h(62)}" data-testid="section-label"><a href="/world">World</a></div><h1 class="{h(63)} e1h9rw200" data-testid="headline">{esc(a['title'])}</h1><div class="{h(64)}" data-testid="byline">{byl}</div><div class="{h(65)}" data-testid="timestamp">{when}</div>{cap if i % 2 == 0 else ''}<div class="{h(66)}" data-testid="article-body">{''.join(blocks_)}</div><div class="{h(67)}" data-testid="share-tools"><button aria-label="Share on Facebook" class="{h(68)}">Facebook</button><button aria-label="Share on X" class="{h(68)}">X</button><button aria-label="Copy link" class="{h(68)}">Copy link</button><button aria-label="Save article" class="{h(68)}">Save</button></div></article><section class="{h(70)}" data-testid="more-in-section"><h2 class="{h(71)}">More in World</h2><ul class="{h(72)}">{more}</ul></section></main><footer class="{h(80)}"><div class="{h(81)}"><a href="/about">About us</a><a href="/careers">Careers</a><a href="/ethics">Ethics policy</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a><button class="{h(82)}">Cookie settings</button></div><p class="{h(83)}">&copy; {max(x.year, 2023)} The Signal Media Inc. All rights reserved.</p></footer></div></div><script src="/_next/static/chunks/webpack-71ea83b1.js" async=""></script><script src="/_next/static/chunks/main-3f1a2c9e.js" async=""></script></body></html>
"""
    return page, dict(byline="" if i % 4 == 3 else a["by"])

def joomla_daily(a, i):
    x = d(a)
    hh = [14, 9, 17, 11][i % 4]
    created = f"{x.strftime('%A')}, {x.day:02d} {x.strftime('%B')} {x.year} {hh:02d}:{[20, 5, 41, 30][i % 4]:02d}"
    upd = x + datetime.timedelta(days=1)
    modified = f'<tr>\n<td colspan="2" class="modifydate">\nLast Updated ( {upd.strftime("%A")}, {upd.day:02d} {upd.strftime("%B")} {upd.year} 09:01 )\n</td>\n</tr>\n' if i % 4 != 1 else ""
    writer = [a["by"], "Post Reporter", "Administrator", a["by"]][i % 4]
    paras = list(a["paras"])
    ps = [f"<p>{esc(q)}</p>" for q in paras]
    if i % 4 == 2:
        ps.insert(0, f"<p><strong>By {esc(a['by'])}</strong></p>")
    if i % 4 == 3:
        paras[0] = f"{a['place']} - " + paras[0]
        ps[0] = f"<p><strong>{esc(a['place'])}</strong> - {esc(a['paras'][0])}</p>"
    if len(ps) > 4:
        ps.insert(3, '<p style="text-align: center;"><a href="/index.php?option=com_banners&amp;task=click&amp;bid=31" target="_blank"><img src="/images/banners/savanna_bank_468.gif" alt="Savanna Bank - banking for everyone" width="468" height="60" /></a></p>')
    latest = "".join(f'<li class="latestnews"><a href="/index.php?option=com_content&amp;view=article&amp;id={2200 + n}&amp;Itemid={n + 4}" class="latestnews">{esc(t)}</a></li>' for n, t in enumerate(others(a, 5)))
    comments = ""
    if i % 2 == 0:
        c1 = (x + datetime.timedelta(days=1)).isoformat()
        comments = f"""<div class="comments-list"><div class="even" id="comment-item-{301 + i}"><div class="rbox"><div class="comment-box">
<span class="comment-author">Mwamba K.</span> <span class="comment-date">{c1} 08:15</span>
<div class="comment-body" id="comment-body-{301 + i}">This is good news but we have heard promises before. Let us see the results.</div>
</div></div></div><div class="odd" id="comment-item-{302 + i}"><div class="rbox"><div class="comment-box">
<span class="comment-author">concerned citizen</span> <span class="comment-date">{c1} 13:47</span>
<div class="comment-body" id="comment-body-{302 + i}">Who will pay for all this? Ask the minister.</div>
</div></div></div></div>
"""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-gb" lang="en-gb" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="news, politics, business, sport, regional, world" />
  <meta name="title" content="{esc(a['title'])}" />
  <meta name="author" content="Administrator" />
  <meta name="description" content="The Savanna Post - independent daily newspaper" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(a['title'])}</title>
  <link href="/templates/savpost/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
  <link rel="stylesheet" href="/templates/savpost/css/template.css" type="text/css" />
</head>
<body id="page_bg">
<div id="wrapper">
<div id="header"><div id="logo"><a href="/">The Savanna Post</a></div>
<div id="banner"><a href="/index.php?option=com_banners&amp;task=click&amp;bid=12" target="_blank"><img src="/images/banners/airtime_728.gif" alt="Top up anywhere, any time" /></a></div></div>
<div id="topmenu"><ul class="menu"><li class="item1"><a href="/"><span>Home</span></a></li><li class="item2"><a href="/index.php?option=com_content&amp;view=section&amp;id=1&amp;Itemid=2"><span>News</span></a></li><li class="item3"><a href="/index.php?option=com_content&amp;view=section&amp;id=2&amp;Itemid=3"><span>Politics</span></a></li><li class="item4"><a href="/index.php?option=com_content&amp;view=section&amp;id=4&amp;Itemid=5"><span>Business</span></a></li><li id="current" class="active item5"><a href="/index.php?option=com_content&amp;view=section&amp;id=3&amp;Itemid=4"><span>World</span></a></li><li class="item6"><a href="/index.php?option=com_content&amp;view=section&amp;id=5&amp;Itemid=6"><span>Sport</span></a></li><li class="item7"><a href="/index.php?option=com_content&amp;view=section&amp;id=6&amp;Itemid=7"><span>Letters</span></a></li><li class="item8"><a href="/index.php?option=com_contact&amp;Itemid=8"><span>Contact Us</span></a></li></ul></div>
<div id="breadcrumbs"><span class="breadcrumbs pathway">
<a href="/" class="pathway">Home</a> <img src="/templates/savpost/images/arrow.png" alt=""  /> <a href="/index.php?option=com_content&amp;view=section&amp;id=3&amp;Itemid=4" class="pathway">World</a> <img src="/templates/savpost/images/arrow.png" alt=""  /> {esc(a['title'])}</span>
</div>
<div id="leftcolumn">
<div class="moduletable"><h3>Latest News</h3><ul class="latestnews">{latest}</ul></div>
<div class="moduletable"><h3>Poll</h3><form action="index.php" method="post" name="form2"><table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll"><thead><tr><td style="font-weight: bold;">Should parliament sit on Saturdays?</td></tr></thead>
<tr><td><input type="radio" name="voteid" id="voteid1" value="1" alt="1" /><label for="voteid1">Yes</label></td></tr><tr><td><input type="radio" name="voteid" id="voteid2" value="2" alt="2" /><label for="voteid2">No</label></td></tr><tr><td><input type="radio" name="voteid" id="voteid3" value="3" alt="3" /><label for="voteid3">Don't know</label></td></tr>
<tr><td><input type="submit" name="task_button" class="button" value="Vote" /> <input type="button" name="option" class="button" value="Results" /></td></tr></table></form></div>
</div>
<div id="maincolumn">
<table class="contentpaneopen">
<tr>
<td class="contentheading" width="100%">
{esc(a['title'])}</td>
<td align="right" width="100%" class="buttonheading">
<a href="/index.php?view=article&amp;catid=3%3Aworld&amp;id={3100 + i}&amp;format=pdf" title="PDF" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF"  /></a></td>
<td align="right" width="100%" class="buttonheading">
<a href="/index.php?view=article&amp;catid=3%3Aworld&amp;id={3100 + i}&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=" title="Print" rel="nofollow"><img src="/images/M_images/printButton.png" alt="Print"  /></a></td>
<td align="right" width="100%" class="buttonheading">
<a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=aHR0cDovL3d3dy5zYXZhbm5hcG9zdC5leGFtcGxl" title="E-mail" rel="nofollow"><img src="/images/M_images/emailButton.png" alt="E-mail"  /></a></td>
</tr>
</table>

<table class="contentpaneopen">
<tr>
<td valign="top">
<span class="small">
Written by {esc(writer)}</span>
&nbsp;&nbsp;
</td>
</tr>
<tr>
<td valign="top" class="createdate">
{created}</td>
</tr>
<tr>
<td valign="top">
{chr(10).join(ps)}
</td>
</tr>
{modified}</table>
<span class="article_separator">&nbsp;</span>
<table align="center" class="pagenav">
<tr>
<th class="pagenav_prev">
<a href="/index.php?option=com_content&amp;view=article&amp;id={3099 + i}&amp;Itemid=4">&lt; Prev</a>
</th>
<td width="50">&nbsp;</td>
<th class="pagenav_next">
<a href="/index.php?option=com_content&amp;view=article&amp;id={3101 + i}&amp;Itemid=4">Next &gt;</a>
</th>
</tr>
</table>
<div id="jc">
<h4>Comments{f" (2)" if comments else ""}</h4>
{comments}<h4>Add comment</h4>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<p><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /> <label for="comments-form-name">Name (required)</label></p>
<p><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /> <label for="comments-form-email">E-mail (required, but will not display)</label></p>
<p><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></p>
<p><input id="comments-form-subscribe" type="checkbox" name="subscribe" value="1" tabindex="6" /> <label for="comments-form-subscribe">Notify me of follow-up comments</label></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Send (Ctrl+Enter)">Send</a></div></div>
</form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.example" title="JComments" target="_blank">JComments</a></div>
</div>
</div>
<div id="footer">
<p>Copyright &copy; {max(x.year, 2008)} The Savanna Post. All Rights Reserved.</p>
<p><a href="http://www.joomla.org">Joomla!</a> is Free Software released under the <a href="http://www.gnu.org/licenses/gpl-2.0.html">GNU/GPL License.</a></p>
</div>
</div>
</body>
</html>
"""
    return page, dict(paras=paras, byline=[a["by"], "", a["by"], a["by"]][i % 4])

def uk_weekly(a, i):
    x = d(a)
    hm = ["09:00", "16:31", "07:45", "12:31"][i % 4]
    when = f"Published: {x.day:02d}/{x.month:02d}/{x.year} {hm}"
    if i % 4 == 1:
        u = x + datetime.timedelta(days=1)
        when = f"Published: {x.day:02d}/{x.month:02d}/{x.year} {hm}\nUpdated: {u.day:02d}/{u.month:02d}/{u.year} 10:04"
    first = a["by"].split()[0]
    byl = [f"By {a['by']}\nReporter", f"{a['by']}\nChief Reporter", "By Newsdesk", f"By {a['by']}\n@{first}{'Observer'}"][i % 4]
    p = list(a["paras"])
    body = list(p)
    if len(body) > 3:
        body.insert(2, "Advertisement")
    if len(body) > 6:
        body.insert(5, "Advertisement")
    comments = ["Comments", "Have your say",
                "Comments on this story are the responsibility of the person who posts them, not the Eastmere Observer. We do not check comments before they appear; if you see one that breaks our rules, please report it.",
                "Log in to comment. Not registered? Register here, it only takes a minute.",
                f"{[3, 0, 1, 7][i % 4]} comments"]
    text = blocks("Skip to content",
                  "Eastmere Observer\nSubscribe | Digital Edition | Sign in",
                  "News\nSport\nWhat's On\nJobs\nProperty\nMotors\nFamily Notices\nContact",
                  "You are here: News > World news",
                  a["title"],
                  byl,
                  when,
                  "Share this article\nFacebook\nTwitter\nEmail\nWhatsApp",
                  "\n\n".join(body),
                  "\n".join(comments),
                  "More stories from the Observer\n" + "\n".join(others(a, 4)),
                  "Eastmere weather: light showers, 11°C",
                  "Back to the top of the page",
                  f"Eastmere Observer, 12 Market Street, Eastmere EM1 4QT. Registered in England No. 0418822.\n© {max(x.year, 2010)} Eastmere Newspapers Ltd. All rights reserved.")
    return text, dict(byline="" if i % 4 == 2 else a["by"], ambiguous=x.day <= 12)

BLIND57 = [("ie5-regional", ie5_regional, "html"), ("frontpage-embassy", frontpage_embassy, "html"),
           ("react-hashed", react_hashed, "html"), ("joomla-daily", joomla_daily, "html"),
           ("uk-weekly-copy", uk_weekly, "txt")]

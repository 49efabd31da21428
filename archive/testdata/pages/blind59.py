# The fifty-ninth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b57.py. Its theme is ordinary news
# sites as a browser saves them. Kinds in no other set: a foreign
# ministry's press statements on a Lotus Domino server (the _DominoForm and
# its __Click field, "?OpenDocument" addresses, a table of "Date:" and
# "No.:" fields with a day-first dotted date, the text split by <br><br>,
# the press department's name after it, no byline); a mid-2000s web
# magazine (the writer's name in <title>, a headline in a div, a column's
# rubric over it, "Posted Friday, Feb. 17, 2006, at 4:12 PM ET", a
# Digg/del.icio.us share bar, text ads inside the text, the writer's note in
# italics at the end); a 2010s daily with a sponsored-links widget of
# clickbait under the text and a comments thread left as an iframe and a
# noscript line; a European broadcaster's English service (the dotted date
# in <title>, a bold intro paragraph, a picture box after it, the agencies'
# initials line, and the date, author, subjects and permalink in a list
# under the text); a regional daily's agency story copied from an early
# browser window (the dateline with "(AW) --", "On the Net:" addresses and
# the agency's copyright at the end). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b57

POOL = articles_b57.POOL

def esc(s):
    return html.escape(s, quote=False)

def slug(s):
    return "".join(c for c in s.lower().replace(" ", "-") if c.isalnum() or c == "-")

def ap_date(x):
    m = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}.get(x.month, x.strftime("%B"))
    return f"{m} {x.day}, {x.year}"

def dotted(x):
    return f"{x.day:02d}.{x.month:02d}.{x.year}"

def domino_ministry(a, i):
    x = d(a)
    unid = "".join("0123456789ABCDEF"[(ord(c) * 7 + n) % 16] for n, c in enumerate((a["key"] * 4)[:32]))
    num = f"{(x.timetuple().tm_yday * 2 + i) % 300 + 1}/{x.year}"
    title_html = f'<br><font size="3" face="Tahoma" color="#003366"><b>{esc(a["title"])}</b></font><br><br>'
    rows = [("Date:", dotted(x)), ("No.:", num)]
    if i % 4 == 2:
        rows.append(("Title:", f"<b>{esc(a['title'])}</b>"))
        title_html = "<br>"
    fields = "\n".join(f'<tr valign="top"><td width="80"><font size="2" face="Tahoma" color="#003366"><b>{k}</b></font></td><td><font size="2" face="Tahoma">{v}</font></td></tr>' for k, v in rows)
    sign = ["Press Department", "Press and Information Department<br>Ministry of Foreign Affairs", "Press Department", "Office of the Spokesperson"][i % 4]
    body = "<br>\n<br>\n".join(esc(q) for q in a["paras"])
    nav = "<br>\n".join(f'<a href="/web/mfa.nsf/{v}?OpenView">{n}</a>' for n, v in
                        [("The Minister", "vwMinister"), ("Press Statements", "vwPressStatements"), ("Speeches and Articles", "vwSpeeches"),
                         ("Foreign Policy", "vwPolicy"), ("Consular Information", "vwConsular"), ("Visas", "vwVisas"),
                         ("Embassies Abroad", "vwEmbassies"), ("Foreign Missions", "vwMissions"), ("Treaties", "vwTreaties"), ("Contact", "vwContact")])
    page = f"""<html>
<head>
<title>Ministry of Foreign Affairs of the Republic of Estmark - Press Statements</title>
<meta name="robots" content="index,follow">
<script language="JavaScript" type="text/javascript">
<!-- 
document._domino_target = "_self";
function _doClick(v, o, t) {{
  var url="/web/mfa.nsf/0/{unid}?OpenDocument&Click=" + v;
  if (o.href != null)
    o.href = url;
  else {{
    if (t != null)
      document._domino_target = t;
    document.forms[0].action = url;
    document.forms[0].submit();
  }}
  return false;
}}
// -->
</script>
<link rel="stylesheet" type="text/css" href="/web/mfa.nsf/mfa.css?OpenFileResource">
</head>
<body text="#000000" bgcolor="#FFFFFF">

<form method="post" action="/web/mfa.nsf/0/{unid}?OpenDocument&amp;Click=" name="_DominoForm">
<input type="hidden" name="__Click" value="0">
<table width="780" border="0" cellspacing="0" cellpadding="0">
<tr valign="top"><td width="780" colspan="2"><img src="/web/mfa.nsf/header_en.gif?OpenImageResource" width="780" height="90" border="0" alt="Ministry of Foreign Affairs of the Republic of Estmark"></td></tr>
<tr valign="top"><td width="170" bgcolor="#E6ECF2"><font size="2" face="Tahoma">
{nav}<br>
<br>
<a href="/web/mfa.nsf/vwSearch?SearchView">Search</a><br>
<a href="/web/mfa_est.nsf">Eesmarki keeles</a></font></td>
<td width="610"><font size="1" face="Tahoma" color="#666666">Home &gt; Press Statements</font><br>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="2">
{fields}
</table>
{title_html}
<font size="2" face="Tahoma">{body}<br>
<br>
<i>{sign}</i></font><br>
<br>
<font size="1" face="Tahoma"><a href="" onclick="return _doClick('C1256E4F003A1B2C/$Body/0.2A4', this, null)">Print version</a> | <a href="/web/mfa.nsf/vwPressStatements?OpenView">Back to Press Statements</a></font><br>
<hr size="1" noshade>
<font size="1" face="Tahoma">&copy; Ministry of Foreign Affairs of the Republic of Estmark, Rahu väljak 4, Vaskna. Tel. (0)2 555 0100. E-mail: press@mfa.example</font></td></tr>
</table>
</form>
</body>
</html>
"""
    return page, dict(byline="", ambiguous=x.day <= 12)

def webmag2006(a, i):
    x = d(a)
    sid = 2136701 + 13 * i
    hh, mm = [(16, 12), (18, 5), (7, 40), (12, 30)][i % 4]
    tm = f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'} ET"
    when = [f"Posted {x.strftime('%A')}, {ap_date(x)}, at {tm}",
            f"Posted {x.strftime('%A')}, {ap_date(x)}, at {tm}",
            f"Posted {x.strftime('%A')}, {ap_date(x)}, at {tm}",
            f"Updated {x.strftime('%A')}, {ap_date(x)}, at {tm}"][i % 4]
    who = [f'By <a href="/author/{slug(a["by"])}/">{esc(a["by"])}</a>', f'By <a href="/author/{slug(a["by"])}/">{esc(a["by"])}</a>',
           "By Commons Review staff", f'By <a href="/author/{slug(a["by"])}/">{esc(a["by"])}</a>'][i % 4]
    ttl = [f"{a['title']} - By {a['by']} - The Commons Review", f"{a['title']} - By {a['by']} - The Commons Review",
           f"{a['title']} - The Commons Review", f"{a['title']} - By {a['by']} - The Commons Review"][i % 4]
    rubric = ["foreign dispatches", "international papers", "dispatches", "the world"][i % 4]
    ps = [f"<p>{esc(q)}</p>" for q in a["paras"]]
    ad = ('<div class="inline-ad"><div class="adlabel">Ads by Google</div>'
          f'<div class="adunit"><a href="http://pagead.example/aclk?sa=l&amp;ai=B{sid}">Cheap Flights to {esc(a["place"].title())}</a><br />Compare fares from 120 airlines and save up to 60%.<br /><span class="adurl">www.flyfare.example</span></div>'
          '<div class="adunit"><a href="http://pagead.example/aclk?sa=l&amp;ai=C2">Learn a Language in 10 Days</a><br />Proven method used by diplomats. Free trial lesson.<br /><span class="adurl">www.speakfast.example</span></div></div>')
    if len(ps) > 3:
        ps.insert(2, ad)
    else:
        ps.append(ad)
    if i % 2 == 1:
        ps.append(f'<p class="sig"><i>{esc(a["by"])} writes about diplomacy for The Commons Review from {esc(a["place"].title())}.</i></p>')
    stale = '<meta name="date" content="2005-11-30" />\n' if i % 2 == 0 else ""
    rel = "".join(f'<li><a href="/id/{2100000 + 371 * n}/">{esc(t)}</a></li>' for n, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(ttl)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<meta name="description" content="{esc(a['paras'][0][:140])}" />
<meta name="keywords" content="diplomacy, foreign affairs, {esc(a['place'].title())}" />
{stale}<link rel="stylesheet" type="text/css" href="/css/cr_main.css" />
<link rel="alternate" type="application/rss+xml" title="The Commons Review - All Articles" href="http://www.commonsreview.example/rss/" />
<script type="text/javascript" src="/js/prototype.js"></script>
</head>
<body>
<div id="container">
<div id="header">
<div id="logo"><a href="/"><img src="/img/cr_logo.gif" alt="The Commons Review" width="220" height="48" border="0" /></a></div>
<div id="searchbox"><form action="/search/" method="get"><label for="q">Search The Commons Review</label> <input type="text" name="q" id="q" size="18" /> <input type="submit" value="Go" /></form></div>
<div id="topnav"><a href="/id/1000/">News &amp; Politics</a> | <a href="/id/1001/">Arts &amp; Life</a> | <a href="/id/1002/">Business &amp; Tech</a> | <a href="/id/1003/">Health &amp; Science</a> | <a href="/id/1004/">Travel &amp; Food</a> | <a href="/id/1005/">Sports</a> | <a href="/id/1006/">Podcasts</a> | <a href="/id/1007/">Today's Papers</a></div>
</div>
<div id="leaderboard"><script type="text/javascript">document.write('<scr'+'ipt src="http://ad.doubleclick.example/adj/cr.world/;sz=728x90;ord=' + Math.random() + '?"></scr'+'ipt>');</script><noscript><a href="http://ad.doubleclick.example/jump/cr.world/"><img src="http://ad.doubleclick.example/ad/cr.world/;sz=728x90" width="728" height="90" border="0" alt="" /></a></noscript></div>
<div id="content">
<div id="article">
<div class="rubric"><a href="/id/2093/">{rubric}</a></div>
<div class="headline">{esc(a['title'])}</div>
<div class="byline">{who}</div>
<div class="dateline">{when}</div>
<div class="toolbar"><a href="/toolbar.aspx?action=print&amp;id={sid}">Print</a> | <a href="/toolbar.aspx?action=email&amp;id={sid}">E-mail</a> | <a href="/forums/{sid}/">Discuss</a> | <a href="/newsletters/">Newsletters</a> | <a href="/rss/">RSS</a></div>
<div class="sharebar">Share: <a href="http://digg.example/submit?url=http%3A//www.commonsreview.example/id/{sid}/">Digg</a> <a href="http://del.icio.us.example/post?url=http%3A//www.commonsreview.example/id/{sid}/">del.icio.us</a> <a href="http://www.newsvine.example/_tools/seed?u={sid}">Newsvine</a> <a href="http://reddit.example/submit?url={sid}">Reddit</a> <a href="http://www.facebook.example/share.php?u={sid}">Facebook</a></div>
<div class="body">
{chr(10).join(ps)}
</div>
<div class="related"><b>Related in The Commons Review</b><ul>{rel}</ul></div>
<div class="discuss"><a href="/forums/{sid}/">Join the discussion: {[14, 3, 27, 8][i % 4]} posts in the Dispatches forum</a></div>
</div>
<div id="rightcol">
<div class="box"><h3>Most Read</h3><ol>{''.join(f'<li><a href="/id/{2200000 + n}/">{esc(t)}</a></li>' for n, t in enumerate(others(a, 5)[::-1]))}</ol></div>
<div class="box"><h3>Today's Papers</h3><p>Our daily digest of the front pages, in your inbox by 7 a.m.</p><form><input type="text" name="email" /><input type="submit" value="Sign up" /></form></div>
</div>
</div>
<div id="footer"><a href="/id/about/">About Us</a> | <a href="/id/help/">Help</a> | <a href="/id/advertise/">Advertise</a> | <a href="/id/feedback/">Feedback</a> | <a href="/id/terms/">User Agreement and Privacy Policy</a><br />
Copyright {max(x.year, 2006)} The Commons Review Media LLC</div>
</div>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def sponsored_daily(a, i):
    x = d(a)
    sid = 7719000 + 53 * i
    today = x + datetime.timedelta(days=[0, 1, 2, 0][i % 4])
    iso = f"{a['date']}T06:14:00-05:00"
    when = [f'<abbr class="published" title="{iso}">{long_mdy(a)} 6:14 am</abbr>',
            f'<abbr class="published" title="{iso}">{x.strftime("%b")} {x.day}, {x.year} at 6:14 AM</abbr>',
            f'<abbr class="published" title="{iso}">{x.strftime("%A")}, {long_mdy(a)}</abbr>',
            f'Published <abbr class="published" title="{iso}">{long_mdy(a)}</abbr> | Updated <abbr class="updated" title="{(x + datetime.timedelta(days=1)).isoformat()}T09:02:00-05:00">{long_mdy(dict(date=(x + datetime.timedelta(days=1)).isoformat()))}</abbr>'][i % 4]
    who = [f'by <a class="fn url" href="/staff/{slug(a["by"])}/">{esc(a["by"])}</a>',
           f'by <a class="fn url" href="/staff/{slug(a["by"])}/">{esc(a["by"])}</a>, Courier Staff',
           'by <span class="fn">Courier Staff</span>',
           f'by <a class="fn url" href="/staff/{slug(a["by"])}/">{esc(a["by"])}</a> and Courier wire services'][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    bait = [("Doctors Stunned: This Simple Kitchen Trick Melts Away Fat", "HealthyLivingTips"),
            ("Homeowners Are in for a Big Surprise This Year", "Finance Daily Digest"),
            ("Remember Her? Try Not to Smile When You See Her Now", "Trendscatch"),
            ("The 20 Most Expensive Hotels in the World, Ranked", "TravelPedia"),
            ("New Rule for Drivers Over 50 Takes Effect", "Insurance Quotes Now"),
            ("Why Everyone Is Suddenly Buying These Shoes", "StyleGrid")]
    k = sum(map(ord, a["key"])) % 3
    ob = "".join(f'<li class="ob-dynamic-rec-container ob-p"><a class="ob-dynamic-rec-link" href="https://paid.outbrain.example/network/redir?p={sid}{n}" target="_blank" rel="nofollow"><span class="ob-rec-image-container"><img class="ob-rec-image" src="https://images.outbrain.example/{sid}{n}.jpg" alt="" /></span><span class="ob-rec-text">{esc(t)}</span><span class="ob-rec-source">{esc(s)}</span></a></li>'
                 for n, (t, s) in enumerate(bait[k:k + 4]))
    ours = "".join(f'<li class="ob-dynamic-rec-container ob-o"><a class="ob-dynamic-rec-link" href="/news/world/{slug(t)}-{sid + n}"><span class="ob-rec-text">{esc(t)}</span></a></li>' for n, t in enumerate(others(a, 2)))
    most = "".join(f'<li><a href="/news/{slug(t)}-{sid - n}">{esc(t)}</a></li>' for n, t in enumerate(others(a, 5)[1:]))
    page = f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | World News | The Bayside Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Bayside Courier">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@BaysideCourier">
<meta name="sailthru.date" content="{a['date']} 06:14:00">
<meta name="sailthru.tags" content="world,diplomacy">
<link rel="stylesheet" href="/static/css/courier.min.css?v=2013.4">
<script>var disqus_shortname = 'baysidecourier'; var disqus_identifier = 'story-{sid}';</script>
<script src="//widgets.outbrain.example/outbrain.js" async></script>
</head>
<body class="article world">
<div class="leaderboard ad"><!-- /6011/baysidecourier/world --><div id="div-gpt-ad-1380-0" style="width:728px; height:90px;"></div></div>
<header class="masthead">
<div class="date-weather"><span class="today">{today.strftime('%A')}, {today.strftime('%B')} {today.day}, {today.year}</span> <span class="weather">Bayside 48&deg; Partly cloudy</span></div>
<a class="logo" href="/"><img src="/static/img/courier-logo.png" alt="The Bayside Courier"></a>
<nav class="main-nav"><ul><li><a href="/news/local/">Local</a></li><li class="active"><a href="/news/world/">World</a></li><li><a href="/news/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav>
</header>
<div class="breaking-bar"><strong>BREAKING:</strong> <a href="/news/local/storm-warning">Storm warning issued for the coast through Friday</a></div>
<div id="main" class="clearfix">
<div class="article-wrap hentry">
<h1 class="entry-title">{esc(a['title'])}</h1>
<div class="article-meta"><span class="author vcard">{who}</span> <span class="sep">&middot;</span> {when}</div>
<div class="social-counts"><span class="share-count">{[1.2, 0.4, 3.8, 0.9][i % 4]}k shares</span> <a class="tweet" href="#">Tweet</a> <a class="like" href="#">Like <span>214</span></a> <a class="pin" href="#">Pin it</a> <a class="email" href="#">Email</a></div>
<div class="entry-content">
{ps}
</div>
<div class="article-footer"><p class="filed">Filed under: <a href="/news/world/">World</a>, <a href="/tag/diplomacy/">Diplomacy</a></p>{f'<p class="contact">Contact the writer: <a href="mailto:{slug(a["by"]).replace("-", ".")}@baysidecourier.example">{slug(a["by"]).replace("-", ".")}@baysidecourier.example</a></p>' if i % 4 != 2 else ''}</div>
<div class="OUTBRAIN" data-src="http://www.baysidecourier.example/news/world/{slug(a['title'])}-{sid}" data-widget-id="AR_1" data-ob-template="BaysideCourier">
<div class="ob-widget ob-feed-layout AR_1"><div class="ob-widget-header"><span class="ob-widget-header-text">You May Like</span> <a class="ob_what" href="https://www.outbrain.example/what-is/" rel="nofollow">Sponsored Links by Outbrain</a></div><ul class="ob-widget-items-container">{ob}</ul></div>
<div class="ob-widget AR_2"><div class="ob-widget-header"><span class="ob-widget-header-text">More From The Bayside Courier</span></div><ul class="ob-widget-items-container">{ours}</ul></div>
</div>
<div id="comments"><h3>Comments</h3><p class="policy">We welcome comments that stay on topic. Read our <a href="/comment-policy/">comment policy</a>.</p>
<div id="disqus_thread"><iframe id="dsq-app1" name="dsq-app1" allowtransparency="true" frameborder="0" scrolling="no" tabindex="0" title="Disqus" width="100%" src="https://disqus.example/embed/comments/?base=default&amp;f=baysidecourier&amp;t_i=story-{sid}&amp;s_o=default" style="width: 100% !important; border: none !important; overflow: hidden !important; height: 2200px !important;" horizontalscrolling="no" verticalscrolling="no"></iframe></div>
<noscript>Please enable JavaScript to view the <a href="https://disqus.example/?ref_noscript">comments powered by Disqus.</a></noscript>
<a href="https://disqus.example" class="dsq-brlink">comments powered by <span class="logo-disqus">Disqus</span></a></div>
</div>
<aside class="sidebar"><div class="ad rail"><div id="div-gpt-ad-1380-1" style="width:300px; height:250px;"></div></div>
<section class="most"><h3>Most Viewed</h3><ol>{most}</ol></section>
<section class="newsletter"><h3>Get the Courier in your inbox</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section></aside>
</div>
<footer class="site-footer"><p><a href="/about/">About Us</a> | <a href="/contact/">Contact</a> | <a href="/advertise/">Advertise</a> | <a href="/subscribe/">Subscribe</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/terms/">Terms of Service</a></p>
<p>&copy; {max(x.year, 2012)} The Bayside Courier. All rights reserved.</p></footer>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def eu_broadcaster(a, i):
    x = d(a)
    code = "".join("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[(ord(c) * 13 + n) % 56] for n, c in enumerate(a["key"][:5]))
    initials = ["", "", "mk/jr (AM, EPW)", ""][i % 4]
    author = [a["by"], f"{a['by']} (with agencies)", initials, a["by"]][i % 4]
    p = a["paras"]
    intro = f'<p class="intro"><strong>{esc(p[0])}</strong></p>'
    pic = (f'<div class="picBox full"><img src="/image/0,,{17000000 + 331 * i},00.jpg" alt="" title="" />'
           f'<p>The harbour in {esc(a["place"].title())} (file photo)</p></div>')
    rest = [f"<p>{esc(q)}</p>" for q in p[1:]]
    if len(rest) > 3:
        rest.insert(2, '<div class="linkList intern"><span class="title">Related content</span><ul>'
                    + "".join(f'<li><a href="/en/{slug(t)}/a-{17000000 + 7 * n}"><h2>{esc(t)}</h2></a></li>' for n, t in enumerate(others(a, 2)))
                    + "</ul></div>")
    if initials:
        rest.append(f"<p>{initials}</p>")
    tail = "".join(f'<div class="news"><a href="/en/{slug(t)}/a-{17100000 + n}"><h2>{esc(t)}</h2><p>{dotted(x - datetime.timedelta(days=3 * (n + 1)))}</p></a></div>' for n, t in enumerate(others(a, 5)[2:]))
    langs = "".join(f'<option value="{c}">{n}</option>' for c, n in [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("ru", "Русский"), ("ar", "العربية"), ("zh", "中文"), ("tr", "Türkçe"), ("pl", "Polski")])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>{esc(a['title'])} | World | EW | {dotted(x)}</title>
<meta name="description" content="{esc(p[0][:150])}" />
<meta property="og:title" content="{esc(a['title'])} | EW | {dotted(x)}" />
<meta property="og:site_name" content="EW.COM" />
<link rel="stylesheet" type="text/css" href="/css/ew_{x.year}.css" />
</head>
<body class="en">
<div id="header">
<a id="logo" href="/en/"><img src="/images/ew_logo.gif" alt="EW - Europa Wave" /></a>
<div id="claim">News from the heart of Europe</div>
<form id="langSelect"><label for="lang">Language</label><select id="lang" name="lang">{langs}</select></form>
<ul id="navigation"><li><a href="/en/top-stories/s-9097">Top Stories</a></li><li><a href="/en/europe/s-1433">Europe</a></li><li class="active"><a href="/en/world/s-1429">World</a></li><li><a href="/en/business/s-1431">Business</a></li><li><a href="/en/science/s-12526">Science</a></li><li><a href="/en/environment/s-11798">Environment</a></li><li><a href="/en/culture/s-1441">Culture</a></li><li><a href="/en/sports/s-8162">Sports</a></li><li><a href="/en/live-tv/s-100825">Live TV</a></li></ul>
</div>
<div id="bodyContent">
<div class="col3">
<div class="news">
<h1>{esc(a['title'])}</h1>
{intro}
{pic}
<div class="longText">
{chr(10).join(rest)}
</div>
<div class="group">
<ul class="smallList">
<li><strong>Date</strong> {dotted(x)}</li>
{f'<li><strong>Author</strong> {esc(author)}</li>' if author else ''}
<li><strong>Related Subjects</strong> <a href="/en/{slug(a['place'])}/t-{1800 + i}">{esc(a['place'].title())}</a>, <a href="/en/diplomacy/t-1811">Diplomacy</a></li>
<li><strong>Keywords</strong> <a href="/search/?item=treaty">treaty</a>, <a href="/search/?item=border">border</a>, <a href="/search/?item=talks">talks</a></li>
<li><strong>Feedback:</strong> <a href="/en/contact/s-{30000 + i}">Send us your feedback.</a></li>
<li><strong>Print</strong> <a href="javascript:window.print()">Print this page</a></li>
<li><strong>Permalink</strong> <a href="https://p.ew.example/p/{code}">https://p.ew.example/p/{code}</a></li>
</ul>
</div>
</div>
</div>
<div class="col1 dim">
<h3>More from World</h3>
{tail}
<div class="teaser"><h3>Audios and videos on the topic</h3><p><a href="/en/av/s-{4000 + i}">World in Progress: the ferry men of the great lake</a></p></div>
</div>
</div>
<div id="footer"><p>&copy; {max(x.year, 2010)} Europa Wave</p><p><a href="/en/legal-notice/a-1">Legal notice</a> | <a href="/en/privacy-policy/a-2">Privacy Policy</a> | <a href="/en/accessibility/a-3">Accessibility Statement</a> | <a href="/en/contact/a-4">Contact</a> | <a href="/en/mobile/a-5">Mobile version</a></p></div>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"], ambiguous=x.day <= 12)

def netscape_wire(a, i):
    x = d(a)
    today = f"{x.strftime('%A')}, {long_mdy(a)}"
    tstr = ["3:14 pm", "11:02 am", "6:48 pm", "9:30 am"][i % 4]
    when = [today, f"Published: {x.strftime('%b')} {x.day}, {x.year} {tstr}", f"Posted on {x.strftime('%a')}, {ap_date(x)}", None][i % 4]
    top_date = f"Edition: {today}" if i % 4 == 3 else "Subscribe today and save 40%!"
    byl = [f"By {a['by']}\nAssociated Wire Writer", f"By {a['by']}\nThe Associated Wire", "The Associated Wire", f"By {a['by']}, Associated Wire Writer"][i % 4]
    paras = list(a["paras"])
    paras[0] = f"{a['place']} (AW) -- " + paras[0]
    links = [("Lake Commission", "http://www.lakecommission.example.org"), ("Ministry of Foreign Affairs", "http://www.mfa.example.gov"),
             ("Regional Transport Authority", "http://www.transport-authority.example.int")]
    net = "On the Net:\n\n" + "\n\n".join(f"{n}: {u}" for n, u in links[: 1 + i % 3])
    text = blocks("The Sandhill Dispatch Online",
                  top_date,
                  "Home | News | Sports | Business | Opinion | Features | Classifieds | Search | Contact Us",
                  "Local News\nState\nNation/World\nObituaries\nWeather\nLottery\nArchives",
                  "Nation/World",
                  a["title"],
                  byl,
                  when,
                  "\n\n".join(paras),
                  "---",
                  net,
                  f"Copyright {x.year} The Associated Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
                  "E-mail this story | Printer-friendly version",
                  "Advertisement\nClick here for Sandhill Motors' year-end clearance",
                  "More Nation/World headlines\n" + "\n".join("  - " + t for t in others(a, 4)),
                  f"Home | News | Sports | Business | Opinion | Features | Classifieds | Search | Contact Us\nAll content copyright © {x.year} The Sandhill Dispatch and may not be republished without permission.\nSend comments to webmaster@sandhilldispatch.example")
    return text, dict(paras=paras, byline="" if i % 4 == 2 else a["by"])

BLIND59 = [("domino-ministry", domino_ministry, "html"), ("webmag-2006", webmag2006, "html"),
           ("sponsored-daily", sponsored_daily, "html"), ("eu-broadcaster", eu_broadcaster, "html"),
           ("netscape-wire", netscape_wire, "txt")]

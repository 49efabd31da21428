# The fifty-second held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b51.py. Its theme is news sites
# as a browser saves them. Kinds in no other set: a newspaper
# correspondent's blog on a 2000s blogging engine (date header over the
# entry, "Posted by ... at" footer with permalink, comments and TrackBack
# counts, a TrackBack block and comments under it); a news magazine's site
# of the early 2000s with the print issue's date over the headline, a dek,
# "Posted" date and a "Page 1 of 1" line; a national daily's HTML of the
# 2010s whose JSON-LD describes the website (with the site's launch date)
# and whose og:updated_time is the time the page was rendered, with
# "READ:" links and a newsletter box inside the text; a British regional
# paper's 2005 page saved by an old browser as "Web Page, complete" (the
# browser rewrote the markup: upper-case tags, unquoted attributes,
# GENERATOR meta); a financial terminal's news story exported as text with
# its story header, wrapped and indented paragraphs, editors' line and
# contact lines. All text invented.
import datetime, html, json, textwrap
import articles_b51
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

POOL = articles_b51.POOL

def esc(s):
    return html.escape(s, quote=False)

def attr(s):
    return html.escape(s, quote=True)

def html_mtblog(a, i):
    x = d(a)
    place = a["place"].title()
    blog = ["Dispatches from the Frontier", "Notebook: " + place, "The Far Side of the Desk", "Abroad"][i % 4]
    hdr = [f"{x.strftime('%B')} {x.day:02d}, {x.year}", f"{x.strftime('%A')}, {x.strftime('%B')} {x.day:02d}, {x.year}",
           f"{x.strftime('%B')} {x.day:02d}, {x.year}", f"{x.strftime('%A')}, {x.strftime('%B')} {x.day:02d}, {x.year}"][i % 4]
    tm = ["10:42 AM", "06:15 PM", "11:58 PM", "08:03 AM"][i % 4]
    cat = ["Europe", "Diplomacy", "Notes", "World"][i % 4]
    if i % 4 == 2:
        sub = f"A notebook by {esc(a['by'])}, The Morning Chronicle's correspondent in {place}"
        foot = f'<span class="post-footers">Posted at {tm} in <a href="#">{cat}</a></span>'
    else:
        sub = "Our correspondent's notebook &mdash; The Morning Chronicle"
        foot = f'<span class="post-footers">Posted by {esc(a["by"])} at {tm} in <a href="#">{cat}</a></span>'
    n = 1200 + 37 * i
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    c = x + datetime.timedelta(days=1)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Movable Type 3.35" />
<link rel="stylesheet" href="http://blogs.chronicle.example/styles-site.css" type="text/css" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="http://blogs.chronicle.example/atom.xml" />
<title>{esc(blog)}: {esc(a['title'])}</title>
<link rel="start" href="http://blogs.chronicle.example/" title="Home" />
</head>
<body class="layout-two-column-right">
<div id="container"><div id="container-inner" class="pkg">
<div id="banner"><div id="banner-inner" class="pkg">
<h1 id="banner-header"><a href="http://blogs.chronicle.example/" accesskey="1">{esc(blog)}</a></h1>
<h2 id="banner-description">{sub}</h2>
</div></div>
<div id="pagebody"><div id="pagebody-inner" class="pkg">
<div id="alpha"><div id="alpha-inner" class="pkg">
<p class="content-nav"><a href="#">&laquo; Previous entry</a> | <a href="http://blogs.chronicle.example/">Main</a> | <a href="#">Next entry &raquo;</a></p>
<h2 class="date-header">{hdr}</h2>
<a id="a00{n}"></a>
<div class="entry" id="entry-{n}">
<h3 class="entry-header">{esc(a['title'])}</h3>
<div class="entry-content">
<div class="entry-body">
{ps}
</div>
</div>
<p class="entry-footer">{foot} <span class="separator">|</span> <a class="permalink" href="#">Permalink</a></p>
</div>
<div class="trackbacks"><h3 class="trackbacks-header">TrackBack</h3>
<div class="trackbacks-info"><p>TrackBack URL for this entry:<br />http://blogs.chronicle.example/mt/mt-tb.cgi/{n}</p>
<p>Listed below are links to weblogs that reference <a href="#">{esc(a['title'])}</a>:</p></div></div>
<div class="comments"><h3 class="comments-header">Comments</h3>
<div class="comments-content">
<div class="comment"><div class="comment-content"><p>Thanks for this. Nobody else is covering it. Is there any sign the other side will sign up to the same terms?</p></div>
<p class="comment-footer">Posted by: <a href="#">Gerald</a> | <a href="#">{c.strftime('%B')} {c.day:02d}, {c.year} at 08:11 AM</a></p></div>
<div class="comment"><div class="comment-content"><p>Good piece. I was there in the nineties and it was the same argument then.</p></div>
<p class="comment-footer">Posted by: anna_k | <a href="#">{c.strftime('%B')} {c.day:02d}, {c.year} at 01:37 PM</a></p></div>
</div></div>
<form method="post" action="#" id="comments-form"><h2 class="comments-open-header">Post a comment</h2>
<p>Comments are moderated, and will not appear on this weblog until the author has approved them.</p>
<p><label>Name:</label><br /><input id="comment-author" name="author" /></p><p><label>Email Address:</label><br /><input name="email" /></p>
<p><label>URL:</label><br /><input name="url" /></p><p><label>Remember personal info?</label><input type="checkbox" /></p>
<p><label>Comments:</label><br /><textarea name="text" rows="10" cols="50"></textarea></p>
<input type="submit" value="Preview" /> <input type="submit" value="Post" /></form>
</div></div>
<div id="beta"><div id="beta-inner" class="pkg">
<div class="module-about module"><h2 class="module-header">About this blog</h2><div class="module-content">Reports, notes and things that did not fit in the paper, from The Morning Chronicle's foreign correspondents.</div></div>
<div class="module-recent module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{''.join(f'<li class="module-list-item"><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ul></div></div>
<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list"><li><a href="#">{x.strftime('%B')} {x.year}</a></li><li><a href="#">{(x - datetime.timedelta(days=31)).strftime('%B %Y')}</a></li></ul></div></div>
<div class="module-powered module"><div class="module-content">Powered by<br /><a href="#">Movable Type 3.35</a></div></div>
</div></div>
</div></div>
</div></div>
</body>
</html>
"""
    return page, {}

DEKS = ["Behind the handshake, a long quarrel and a short list of promises",
        "Why a small agreement matters more than it looks",
        "The deal is modest. The people who waited for it are not",
        "What changed, who gave way, and what comes next"]

def html_newsmag(a, i):
    x = d(a)
    issue = x + datetime.timedelta(days=[6, 8, 13, 7][i % 4])
    mo = issue.strftime("%b") + ("." if issue.month != 5 else "")
    issue_line = [f"From the magazine issue dated {mo} {issue.day}, {issue.year}",
                  f"{issue.strftime('%B')} {issue.day}, {issue.year} issue",
                  f"Atlas Newsweekly &middot; {mo} {issue.day}, {issue.year} &middot; World Affairs",
                  f"From the {issue.strftime('%B')} {issue.day}, {issue.year} issue"][i % 4]
    posted = [f"Posted {x.strftime('%A')}, {long_mdy(a)}", f"Posted {long_mdy(a)} 5:12 PM",
              f"{x.strftime('%A')}, {long_mdy(a)}", f"Web exclusive &middot; {long_mdy(a)}"][i % 4]
    by = [f"By {esc(a['by'])}", f"By {esc(a['by'])} | {esc(a['place'].title())}", f"By {esc(a['by'])}", f"{esc(a['by'])}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<html>
<head>
<title>{esc(a['title'])} - Atlas Newsweekly - World Affairs</title>
<meta name="description" content="{attr(DEKS[i % 4])}">
<script language="JavaScript" src="/js/ads.js"></script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="770" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><a href="/"><img src="/img/atlas_logo.gif" alt="Atlas Newsweekly" border="0"></a>
<span class="topnav"><a href="/">Home</a> | <a href="/nation">Nation</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/health">Health</a> | <a href="/arts">Arts</a> | <a href="/subscribe">Subscribe</a></span></td></tr>
<tr><td width="150" valign="top" class="leftnav">
<p><b>In This Issue</b></p><ul><li><a href="#">Cover Story</a></li><li><a href="#">Nation</a></li><li><a href="#">World</a></li><li><a href="#">Letters</a></li><li><a href="#">Periscope</a></li></ul>
<p><a href="#">Subscribe to the magazine</a><br><a href="#">Give a gift</a><br><a href="#">Customer service</a></p>
</td>
<td width="620" valign="top" class="content">
<div class="issue">{issue_line}</div>
<div class="section">World Affairs</div>
<h1>{esc(a['title'])}</h1>
<h2 class="dek">{esc(DEKS[i % 4])}</h2>
<div class="byline">{by}</div>
<div class="posted">{posted}</div>
<div class="pagetools"><a href="#">Print this article</a> | <a href="#">E-mail this article</a> | <a href="#">Most e-mailed</a> | Page 1 of 1</div>
<div class="body">
{ps}
</div>
<p class="copyright"><i>&copy; {x.year} Atlas Newsweekly, Inc.</i></p>
<div class="sponsored"><b>SPONSORED LINKS</b><br><a href="#">Cheap flights to {esc(a['place'].title())}</a> - Compare fares from 200 airlines<br><a href="#">Learn a language in 10 days</a> - Free trial lesson</div>
<div class="more"><b>MORE FROM WORLD AFFAIRS</b><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div>
</td></tr>
<tr><td colspan="2" class="footer"><font size="1">Copyright &copy; {x.year} Atlas Newsweekly, Inc. All rights reserved. <a href="#">Privacy Policy</a> | <a href="#">Terms of Use</a> | <a href="#">Advertise</a></font></td></tr>
</table>
</body>
</html>
"""
    return page, {}

def html_ldwrong(a, i):
    x = d(a)
    site = "The Harbour Chronicle"
    ld = [{"@context": "https://schema.org", "@type": "WebSite", "name": site, "url": "https://www.harbourchronicle.example/",
           "datePublished": "2009-01-15", "potentialAction": {"@type": "SearchAction", "target": "https://www.harbourchronicle.example/search?q={q}", "query-input": "required name=q"}},
          {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": site, "foundingDate": "1952-06-01",
           "logo": "https://www.harbourchronicle.example/logo.png"}]
    lds = "\n".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in ld)
    rendered = f"2024-0{5 + i % 4}-1{i}T0{3 + i}:00:12+08:00"
    later = x + datetime.timedelta(days=1)
    when = [f"Published {long_mdy(a)}, 10:15 PM", f"Published {long_mdy(a)} 7:02 AM | Updated {later.strftime('%B')} {later.day}, {later.year} 9:30 AM",
            f"{x.strftime('%B')} {x.day}, {x.year} - 11:24 AM", f"Published {x.strftime('%b')} {x.day:02d}, {x.year} 03:45 PM"][i % 4]
    by = [f"By {esc(a['by'])}", f"{esc(a['by'])} - Correspondent", f"By: {esc(a['by'])}", f"{esc(a['by'])}<br>Reporter"][i % 4]
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    reads = others(a, 2)
    body.insert(min(1, len(body)), f'<p><strong>READ:</strong> <a href="#">{esc(reads[0])}</a></p>')
    if len(body) > 4:
        body.insert(4, f'<p><strong>READ:</strong> <a href="#">{esc(reads[1])}</a></p>')
    body.insert(len(body) - 1 if len(body) > 3 else len(body),
                '<div class="nl-inline"><h4>Subscribe to our daily newsletter</h4><p>Get the top stories delivered to your inbox every morning.</p><input placeholder="Email address"><button>Sign up</button><small>By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.</small></div>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | {site}</title>
<meta property="og:title" content="{attr(a['title'])} | {site}">
<meta property="og:site_name" content="{site}">
<meta property="og:updated_time" content="{rendered}">
<meta name="description" content="{attr(p[0][:140])}">
{lds}
</head>
<body>
<div class="ticker"><span>LATEST</span> <a href="#">{esc(others(a, 3)[2])}</a></div>
<header><div class="logo">{site}</div><nav><a href="#">News</a> <a href="#">Nation</a> <a href="#">World</a> <a href="#">Business</a> <a href="#">Opinion</a> <a href="#">Lifestyle</a> <a href="#">Sports</a> <a href="#">Newsletters</a> <a href="#">Subscribe</a></nav></header>
<div class="wrap">
<article class="article">
<div class="kicker"><a href="#">World</a></div>
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-meta"><div class="author">{by}</div><div class="date">{when}</div></div>
<div class="share-top"><a>Facebook</a> <a>X</a> <a>Viber</a> <a>Copy link</a></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="tags">Tags: <a>Diplomacy</a> <a>{esc(a['place'].title())}</a></div>
<div class="disclaimer"><em>Comments are moderated. Opinions expressed by readers are their own.</em></div>
</article>
<aside class="sidebar"><h3>Trending</h3><ol>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 6)[3:])}</ol><div class="ad-box">ADVERTISEMENT</div></aside>
</div>
<footer><p>{site} &middot; About &middot; Contact &middot; Advertise &middot; Careers &middot; Privacy Policy</p><p>&copy; {max(x.year, 2019)} {site}. All rights reserved.</p></footer>
</body>
</html>
"""
    return page, {}

def html_iesaved(a, i):
    x = d(a)
    url = f"http://www.westcountryherald.example/news/world/display.var.{700000 + 311 * i}.0.{a['key']}.php"
    upd = [f"Last updated: {x.day:02d} {x.strftime('%B')} {x.year} 15:12", f"{x.day:02d} {x.strftime('%B')} {x.year}",
           f"Published: {x.strftime('%a')} {x.day:02d} {x.strftime('%b')} {x.year}", f"Last updated: {x.day:02d} {x.strftime('%B')} {x.year} 08:47"][i % 4]
    by = [f"By {esc(a['by'])}", f"{esc(a['by'])}, Chief Reporter", f"By {esc(a['by'])}<BR>Foreign Desk", f"{esc(a['by'])}"][i % 4]
    ps = "\n".join(f"<P>{esc(q)}</P>" for q in a["paras"])
    head_at_top = i % 2 == 0
    headline = f"<H1 class=headline>{esc(a['title'])}</H1>" if head_at_top else f'<SPAN class=headline style="FONT-SIZE: 22px; FONT-WEIGHT: bold">{esc(a["title"])}</SPAN><BR>'
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<!-- saved from url=({len(url):04d}){url} -->
<HTML><HEAD><TITLE>The West Country Herald - World: {esc(a['title'])}</TITLE>
<META http-equiv=Content-Type content="text/html; charset=iso-8859-1">
<LINK href="{a['key']}_files/herald.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript src="{a['key']}_files/ads.js"></SCRIPT>
<META content="MSHTML 6.00.2900.2627" name=GENERATOR></HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<TABLE cellSpacing=0 cellPadding=0 width=760 border=0>
<TBODY>
<TR>
<TD colSpan=2><A href="http://www.westcountryherald.example/"><IMG alt="The West Country Herald" src="{a['key']}_files/logo.gif" border=0></A>
<DIV class=datebar>{x.strftime('%A')} {x.day} {x.strftime('%B')} {x.year}</DIV></TD></TR>
<TR>
<TD class=leftnav vAlign=top width=140>
<DIV class=navhead>News</DIV><A href="#">Local News</A><BR><A href="#">County</A><BR><A href="#">UK</A><BR><A href="#">World</A><BR><A href="#">Business</A><BR>
<DIV class=navhead>Sport</DIV><A href="#">Football</A><BR><A href="#">Rugby</A><BR><A href="#">Cricket</A><BR>
<DIV class=navhead>Your Herald</DIV><A href="#">Letters</A><BR><A href="#">Weddings</A><BR><A href="#">Announcements</A><BR>
<DIV class=navhead>Classified</DIV><A href="#">Jobs</A><BR><A href="#">Motors</A><BR><A href="#">Property</A><BR></TD>
<TD vAlign=top width=620>
<DIV class=crumb><A href="#">Home</A> &gt; <A href="#">News</A> &gt; World</DIV>
{headline}
<DIV class=byline><B>{by}</B></DIV>
<DIV class=updated>{upd}</DIV>
<DIV class=storytext>
{ps}
</DIV>
<DIV class=storytools><A href="#">Print this story</A> | <A href="#">Email to a friend</A> | <A href="#">Comments (3)</A> | <A href="#">Add your comment</A></DIV>
<DIV class=othernews><B>Other stories in this section</B><UL>{''.join(f'<LI><A href="#">{esc(t)}</A></LI>' for t in others(a, 4))}</UL></DIV>
<DIV class=advert><IMG height=60 alt=Advertisement src="{a['key']}_files/banner.gif" width=468></DIV>
</TD></TR>
<TR>
<TD class=footer colSpan=2>&copy; Copyright 2001-{max(x.year, 2005)} Newsquarter Group. All rights reserved.<BR>This site is part of Newsquarter's audited local newspaper network. <A href="#">Contact us</A> | <A href="#">Terms</A> | <A href="#">Privacy</A></TD></TR></TBODY></TABLE></BODY></HTML>
"""
    return page, {}

def terminal(a, i):
    x = d(a)
    place = a["place"].title()
    ts = f"{a['date']} {[10, 14, 7, 21][i % 4]:02d}:{[15, 2, 48, 30][i % 4]:02d}:{[22, 5, 41, 9][i % 4]:02d}.{431 + i:03d} GMT"
    mon = x.strftime("%B") if x.month in (3, 4, 5, 6, 7) else ("Sept" if x.month == 9 else x.strftime("%b")) + "."
    first = f"{mon} {x.day} (Globe Markets) -- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    def wrap(p):
        return textwrap.fill(p, 72, initial_indent="     ", subsequent_indent="")
    user = f"{a['by'].split()[0][0].lower()}{a['by'].split()[-1].lower()}"
    codes = ["NI DIPLOMACY NI EU NI GOV", "NI TRADE NI AFRICA NI GOV", "NI ASIA NI DEF NI DIPLOMACY", "NI WORLD NI ENERGY NI GOV"][i % 4]
    text = blocks(f"GLOBE MARKETS TERMINAL  {codes:<40}  Page 1/1",
                  f"{a['title']}\n{ts}",
                  f"     By {a['by']}",
                  "\n\n".join(wrap(p) for p in paras),
                  f"--Editors: {['Clare Whitlock', 'Dan Marsh, Ruth Okafor', 'Jin Park', 'Kate Lloyd, Sam Ibe'][i % 4]}",
                  f"To contact the reporter on this story:\n{a['by']} in {place} at +1-212-555-{1000 + 37 * i} or\n{user}@globemarkets.example",
                  f"To contact the editor responsible for this story:\n{['Clare Whitlock', 'Dan Marsh', 'Jin Park', 'Kate Lloyd'][i % 4]} at +44-20-5550-{2000 + 11 * i}",
                  f"[TOP] Related news: {others(a, 1)[0]}",
                  "<Help> for explanation.                                       <Menu> to return.",
                  f"Copyright {x.year} Globe Markets L.P. All rights reserved. Any copying, republication or redistribution is prohibited.")
    return text, dict(paras=paras)

BLIND52 = [("html-correspondent-blog-trackback", html_mtblog, "html"), ("html-newsmagazine-issue-line", html_newsmag, "html"),
           ("html-jsonld-website-only", html_ldwrong, "html"), ("html-ie-webpage-complete", html_iesaved, "html"),
           ("terminal-story-export", terminal, "txt")]

# The thirty-fifth held-out batch, a blind one: written without reading
# the reader, read once for the unseen score, not tuned on. Kinds in no
# other set: a 2010s responsive site's HTML with an off-canvas section menu
# and a trending bar above the headline, an NGO press release with an
# embargo line, "ENDS" and notes to editors, an English page in a Chinese
# portal's chrome (来源, 作者, 责任编辑), a campus information service's
# 1990s text file with a labelled header, a US local TV station's HTML with
# a video player's text. All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

def html_offcanvas(a, i):
    x = d(a)
    secs = ["News", "Local", "State", "Nation", "World", "Politics", "Business", "Sports", "High School Sports", "Entertainment",
            "Food", "Travel", "Opinion", "Letters", "Obituaries", "Weather", "Traffic", "Jobs", "Cars", "Real Estate", "Classifieds"]
    menu = "\n".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in secs)
    when = [f"{x.strftime('%b')} {x.day}, {x.year} - 2:05 PM", f"Posted {x.strftime('%b')} {x.day}, {x.year}",
            f"{x.strftime('%B')} {x.day}, {x.year} at 11:20 AM", f"Updated {x.strftime('%b')} {x.day}, {x.year} 6:10 PM"][i % 4]
    by = [f"By {a['by']}", f"{a['by']}", f"By {a['by']} Staff Writer", f"By {a['by']}"][i % 4]
    by_html = f'<span class="author-name">{a["by"]}</span> Staff Writer' if i % 4 == 2 else f'<span class="author-name">{by}</span>'
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    body.insert(2, f'<aside class="inline-related"><span class="label">Related:</span> <a href="/world/x">{esc(others(a, 1)[0])}</a></aside>')
    page = f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Bayside Register</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="Bayside Register">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="off-canvas-wrap"><div class="inner-wrap">
<nav class="tab-bar"><a class="left-off-canvas-toggle menu-icon" href="#"><span>Menu</span></a><h1 class="title"><a href="/">Bayside Register</a></h1><a class="subscribe" href="/subscribe">Subscribe</a></nav>
<aside class="left-off-canvas-menu"><ul class="off-canvas-list"><li><label>Sections</label></li>
{menu}
</ul></aside>
<div class="trending-bar"><span>Trending:</span> <a href="#">{esc(others(a, 3)[1])}</a> <a href="#">Road closures this weekend</a> <a href="#">High school scores</a></div>
<section class="main-section">
<div class="row"><div class="large-8 columns">
<article class="story">
<h1 class="headline">{esc(a['title'])}</h1>
<div class="meta">{by_html} <span class="date">{when}</span></div>
<ul class="share-tools"><li><a href="#">Share</a></li><li><a href="#">Tweet</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li></ul>
<figure><picture><source srcset="/img/{a['key']}-800.jpg 800w, /img/{a['key']}-1600.jpg 1600w"><img src="/img/{a['key']}-800.jpg" alt=""></picture>
<figcaption>Officials leave the meeting in {a['place'].title()}. <span class="credit">Paul Weir / Bayside Register</span></figcaption></figure>
<div class="story-body">
{chr(10).join(body)}
</div>
</article>
<div class="outbrain"><h3>Recommended for you</h3><a href="#">You won't believe what these retirees did next</a> <span>Sponsored</span></div>
<div id="disqus_thread"><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>
</div>
<div class="large-4 columns"><div class="ad">Advertisement</div><h3>Most Read</h3><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 4))}</ol></div></div>
</section>
<footer class="site-footer"><p>Bayside Register, 400 Harbor Blvd.</p><p>© {max(x.year, 2014)} Bayside Media Group. All rights reserved.</p></footer>
</div></div>
</body>
</html>
"""
    return page, {}

def embargo(a, i):
    x = d(a)
    ngo = ["Refugee Relief International", "Open Borders Watch", "Children First Alliance", "Water for All Network"][i % 4]
    emb = [f"EMBARGOED UNTIL 00:01 GMT, {x.strftime('%A').upper()} {x.day} {x.strftime('%B').upper()} {x.year}",
           f"Embargoed until 06:00 CET {long_dmy(a)}",
           f"EMBARGO: {x.day} {x.strftime('%B')} {x.year}, 09:00 local time",
           f"Under embargo until {wk_dmy(a)}, 00:01 BST"][i % 4]
    p = list(a["paras"])
    if i % 2:
        p[0] = f"{a['place'].title()}, {long_dmy(a)} – " + p[0]
    text = blocks(ngo, "Home > Media centre > Press releases",
                  "Donate\nGet involved\nWhat we do\nWhere we work\nMedia centre",
                  "PRESS RELEASE", emb, a["title"],
                  "\n\n".join(p), "ENDS",
                  "Notes to editors:\n1. Spokespeople are available for interview in English, French and Arabic.\n"
                  "2. Photographs from the field can be downloaded from our media library.\n"
                  f"3. {ngo} is an independent, non-governmental organisation registered as a charity.",
                  "For more information or to arrange an interview, contact:\nMedia Office\n+44 20 5550 0147 (24 hours)\nmedia@ngo.example",
                  "Share this page\nFacebook\nX\nLinkedIn",
                  f"© {x.year} {ngo}. Registered charity no. 1000{i}47. Privacy policy | Cookies")
    return text, dict(paras=p, byline="")

def html_chinese(a, i):
    x = d(a)
    date = [f"{a['date']} 14:05:12", f"{x.year}年{x.month:02d}月{x.day:02d}日 14:05", f"发布时间：{x.year}/{x.month:02d}/{x.day:02d} 09:30", a["date"]][i % 4]
    by = [f"<span>作者：{a['by']}</span>", f"<span>作者：{a['by']}</span>", "", f"<span>记者：{a['by']}</span>"][i % 4]
    ps = "\n".join(f"<p>　　{esc(q)}</p>" if i % 2 else f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a['title'])}_英文频道_东方网</title>
<meta name="keywords" content="English, World">
</head>
<body>
<div class="topbar"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/world">国际</a> | <a href="/finance">财经</a> | <a href="/sports">体育</a> | <a href="/english">English</a> <span class="login">登录 注册</span></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/english">English</a> &gt; World</div>
<div class="main">
<h1>{esc(a['title'])}</h1>
<div class="info"><span>{date}</span> <span>来源：东方网</span> {by}</div>
<div class="content" id="content">
{ps}
</div>
<div class="editor">【责任编辑：王磊】</div>
<div class="share">分享到：<a>微博</a> <a>微信</a> <a>QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p><p>版权所有 © {x.year} 东方网 京ICP备00000000号</p></div>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def gopher(a, i):
    x = d(a)
    mon = x.strftime("%b")
    vms = f"{x.day:02d}-{mon}-{x.year}"
    rule = "-" * 68
    wrapped = "\n\n".join(textwrap.fill(p, 65) for p in a["paras"])
    text = blocks(rule + "\n" + "             CAMPUS INFORMATION SERVICE - WORLD NEWS FILE\n" + rule,
                  f"Document : world/{x.strftime('%y%m%d')}.{i + 1:02d}\n"
                  f"Title    : {a['title']}\n"
                  f"Date     : {vms}\n"
                  f"Source   : Associated Wire (via campus news feed)\n"
                  + (f"Author   : {a['by']}\n" if i % 2 == 0 else "")
                  + rule,
                  f"   By {a['by']}" if i % 2 else None,
                  wrapped,
                  "                                 ###",
                  rule + "\nThis file is provided for the private use of students and staff.\nRedistribution outside the university is not permitted.\n"
                  "Questions about this service: infodesk@campus.example\n" + rule)
    return text, {}

def html_localtv(a, i):
    x = d(a)
    zone = "EST" if x.month in (1, 2, 11, 12) else "EDT"
    upd = x + datetime.timedelta(days=[0, 0, 1, 0][i % 4])
    by = [f"By: {a['by']}", f"by: {a['by']}", f"By: {a['by']}, WRBT", f"Posted by: {a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>{esc(a['title'])} | WRBT News 4</title></head>
<body>
<div class="alerts-bar"><a href="/weather">72° Clear</a> <a href="/closings">Closings &amp; Delays (3)</a> <a href="/live" class="live">Watch Live</a></div>
<header class="site-header"><a class="logo" href="/">WRBT News 4</a>
<nav><a href="/news">News</a> <a href="/weather">Weather</a> <a href="/sports">Sports</a> <a href="/investigations">4 Investigates</a> <a href="/community">Community</a> <a href="/contests">Contests</a></nav></header>
<main>
<article class="article">
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-meta"><p class="article-author">{by}</p>
<p class="article-date">Posted: {x.strftime('%b')} {x.day}, {x.year} / 0{2 + i}:15 PM {zone}</p>
<p class="article-date">Updated: {upd.strftime('%b')} {upd.day}, {upd.year} / 0{6 + i % 3}:40 PM {zone}</p></div>
<div class="share-bar"><a href="#">Share</a></div>
<div class="video-player"><div class="video-title">{esc(a['title'])}</div><div class="player-ui"><span>Now Playing</span> <span>00:00 / 02:{14 + i}</span> <button>Closed Captioning</button> <button>Full Screen</button></div><div class="up-next">Up Next: Your Weekend Forecast</div></div>
<div class="article-content">
{ps}
</div>
<p class="copyright">Copyright {x.year} Riverbend Broadcasting, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
<div class="tips">Have a news tip? Email tips@wrbt.example or call 555-0144.</div>
</article>
<aside><h2>Top Stories</h2><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 3))}</ul><div class="app-promo">Don't miss the latest: download the WRBT News 4 app</div></aside>
</main>
<footer>WRBT News 4 | FCC Public File | EEO Report | Closed Captioning Contact | Privacy Policy | Terms of Use</footer>
</body></html>
"""
    return page, {}

BLIND35 = [("html-offcanvas", html_offcanvas, "html"), ("embargo", embargo, "txt"), ("html-chinese", html_chinese, "html"),
            ("gopher", gopher, "txt"), ("html-localtv", html_localtv, "html")]

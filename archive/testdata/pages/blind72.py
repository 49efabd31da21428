# The seventy-second held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b72.py. Kinds: a South Asian
# regional daily's English site saved as HTML in a 2015-2026 shape (the
# masthead shows the day of saving, JSON-LD and og:tags, "Published" beside
# "Updated", the headline again in the breadcrumb, a byline with a role,
# captions, "Advertisement" slots, related headlines and readers' comments);
# a Gulf daily's AMP page ("3 days ago" beside an absolute date); a
# parliament's news page (no writer); a page saved from Firefox's Reader
# view as text; a newspaper PDF copied and pasted as text (running heads,
# hard-wrapped lines). All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b72

POOL = articles_b72.POOL
SAVED = datetime.date(2026, 12, 5)

def esc(s):
    return html.escape(s, quote=False)

def south_asia_daily(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=[1, 0, 2, 0][i % 4])
    role = ["Senior Correspondent", "Diplomatic Correspondent", "Staff Reporter", "Special Correspondent"][i % 4]
    p = [f"<p>{esc(q)}</p>" for q in a["paras"]]
    p.insert(1, '<div class="ad-slot"><span>Advertisement</span></div>')
    if len(p) > 3:
        p.insert(3, f'<p class="also"><strong>Also Read:</strong> <a href="/news/x">{esc(others(a, 1)[0])}</a></p>')
    upd_line = f' | Updated: {upd.day} {upd.strftime("%B")} {upd.year}, 11:20 pm IST' if upd != x else ""
    page = f"""<!DOCTYPE html>
<html lang="en-IN"><head><meta charset="utf-8">
<title>{esc(a['title'])} | The Deccan Sentinel</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="The Deccan Sentinel">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{x.isoformat()}T06:45:00+05:30">
<meta property="article:modified_time" content="{upd.isoformat()}T23:20:00+05:30">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{a['title']}","datePublished":"{x.isoformat()}T06:45:00+05:30","dateModified":"{upd.isoformat()}T23:20:00+05:30","author":[{{"@type":"Person","name":"{a['by']}"}}],"publisher":{{"@type":"Organization","name":"The Deccan Sentinel"}}}}</script>
</head><body>
<div class="topbar"><span class="today">{SAVED.strftime('%A')}, {SAVED.day} {SAVED.strftime('%B')} {SAVED.year}</span> <a href="/epaper">e-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header><a href="/" class="masthead"><img src="ds_files/logo.png" alt="The Deccan Sentinel"></a>
<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/state">State</a> <a href="/national">National</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav></header>
<div class="ad-top"><span>Advertisement</span></div>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/world/south-asia">South Asia</a></li><li>{esc(a['title'])}</li></ol>
<main><article>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="meta"><span class="author">By <a href="/author/{a['key']}">{esc(a['by'])}</a>, {role}</span>
<span class="dt">Published: <time datetime="{x.isoformat()}T06:45:00+05:30">{x.day} {x.strftime('%B')} {x.year}, 06:45 am IST</time>{upd_line}</span></div>
<figure><img src="ds_files/{a['key']}.jpg" alt=""><figcaption>Officials at the signing in {esc(a['place'].title())}. Photo: Sentinel Photo Desk</figcaption></figure>
<div class="story">
{chr(10).join(p)}
</div>
<div class="tags">Tags: <a href="#">Diplomacy</a> <a href="#">South Asia</a></div>
</article>
<section class="related"><h2>Related Stories</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ul></section>
<section class="comments"><h2>Comments (2)</h2>
<div class="comment"><b>R. Srinivasan</b> <span>{SAVED.day - 2} hours ago</span><p>Good step, but implementation is the real test.</p></div>
<div class="comment"><b>Ayesha K</b> <span>1 day ago</span><p>Why did this take so long?</p></div>
<p class="policy">Comments are moderated and will appear after approval.</p></section>
</main>
<footer><p>&copy; {SAVED.year} The Deccan Sentinel. All rights reserved.</p><a href="/about">About us</a> <a href="/contact">Contact</a></footer>
</body></html>
"""
    return page, {}

def gulf_amp(a, i):
    x = d(a)
    role = ["Diplomatic Editor", "Senior Reporter", "Staff Writer", "Chief Correspondent"][i % 4]
    p = [f"<p>{esc(q)}</p>" for q in a["paras"]]
    p.insert(2, '<div class="amp-ad"><p class="ad-label">Advertisement</p><amp-ad width="300" height="250" type="doubleclick"></amp-ad></div>')
    hour = ["9:12 AM", "4:40 PM", "11:05 AM", "7:30 PM"][i % 4]
    page = f"""<!doctype html>
<html amp lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} - Gulf Tribune</title>
<link rel="canonical" href="https://gulftribune.example/world/{a['key']}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:sans-serif}}</style>
</head><body>
<header class="amp-header"><button on="tap:sidebar.toggle">&#9776;</button><a href="/amp/"><amp-img src="gt_files/logo.png" width="160" height="32" alt="Gulf Tribune"></amp-img></a></header>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/amp/uae">UAE</a></li><li><a href="/amp/gulf">Gulf</a></li><li><a href="/amp/world">World</a></li><li><a href="/amp/business">Business</a></li></ul></amp-sidebar>
<main>
<p class="section"><a href="/amp/gulf">Gulf</a></p>
<h1>{esc(a['title'])}</h1>
<div class="byline"><span>{esc(a['by'])}</span>, <span class="role">{role}</span></div>
<div class="dates"><span class="rel">Updated 3 days ago</span> &middot; <span>Published: {x.strftime('%b')} {x.day}, {x.year}, {hour}</span></div>
<amp-img src="gt_files/{a['key']}.jpg" width="600" height="400" layout="responsive" alt=""></amp-img>
<p class="caption">A view of the coast near {esc(a['place'].title())}. &mdash; File photo</p>
{chr(10).join(p)}
<div class="share"><a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="more"><h3>More from Gulf</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div>
</main>
<footer>&copy; Gulf Tribune Media. <a href="https://gulftribune.example/world/{a['key']}">View full site</a></footer>
</body></html>
"""
    return page, {}

def parliament_news(a, i):
    x = d(a)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(a['title'])} - News - National Assembly</title></head>
<body>
<div class="langs"><a href="/hu/">Magyar</a> | <b>English</b></div>
<header><img src="na_files/crest.svg" alt="National Assembly"> <span>NATIONAL ASSEMBLY</span>
<nav><a href="/en/">Home</a> <a href="/en/members">Members</a> <a href="/en/committees">Committees</a> <a href="/en/legislation">Legislation</a> <a class="on" href="/en/news">News</a> <a href="/en/visit">Visit Parliament</a></nav></header>
<div class="crumbs"><a href="/en/">Home</a> / <a href="/en/news">News</a> / <a href="/en/news/plenary">Plenary sitting</a></div>
<div class="content">
<div class="news-item">
<p class="news-date">{wk_dmy(a)}</p>
<h2>{esc(a['title'])}</h2>
<div class="lead-photo"><img src="na_files/plenary.jpg" alt=""><p>The plenary chamber during the sitting. Photo: Parliamentary Photo Service</p></div>
{chr(10).join(f'<p>{esc(q)}</p>' for q in a['paras'])}
<p class="src">Press and Public Relations Office</p>
<p class="docs">Related documents: <a href="#">Bill T/{1200 + i * 37}</a> | <a href="#">Committee report</a></p>
</div>
<div class="latest"><h3>Latest news</h3>{''.join(f'<p><a href="#">{esc(t)}</a></p>' for t in others(a, 3))}</div>
</div>
<footer>National Assembly &middot; Assembly Square 1 &middot; <a href="/en/accessibility">Accessibility</a> &middot; <a href="/en/privacy">Data protection</a></footer>
</body></html>
"""
    return page, dict(byline="")

def reader_view(a, i):
    x = d(a)
    site = ["thecoastalherald.example", "www.islandpost.example", "dailymirrorlk.example", "newsday-asia.example"][i % 4]
    mins = 2 + len(a["paras"])
    datel = [f"Published on {long_dmy(a)}", f"{x.strftime('%b')} {x.day}, {x.year}", f"Posted {long_dmy(a)} 08:15", f"{x.isoformat()}"][i % 4]
    byl = [f"{a['by']}", f"By {a['by']}", f"{a['by']} | Correspondent", None][i % 4]
    text = blocks(site,
                  a["title"],
                  byl,
                  f"{mins}–{mins + 1} minutes",
                  datel,
                  "\n\n".join(a["paras"]))
    return text, dict(byline="" if byl is None else a["by"])

def pdf_paste(a, i):
    x = d(a)
    paper = "THE COLOMBO COURIER"
    page_no = [7, 12, 3, 9][i % 4]
    head = f"{paper.title()}  {x.strftime('%A').upper()}, {x.strftime('%B').upper()} {x.day}, {x.year}  {page_no}"
    if i % 2:
        head = f"{page_no}  WORLD  {paper}  {x.strftime('%a').upper()} {x.day} {x.strftime('%b').upper()} {x.year}"
    body = "\n\n".join(textwrap.fill(q, 54) for q in a["paras"])
    cap = f"PHOTO: Delegates at the talks in {a['place'].title()} on the opening day."
    text = blocks(head,
                  "WORLD" if i % 2 == 0 else None,
                  textwrap.fill(a["title"], 40),
                  f"By {a['by']}",
                  cap,
                  body,
                  f"{a['by']} is a staff writer for the Courier." if i % 4 == 1 else None,
                  "Turn to Page 14 for Business",
                  )
    return text, {}

BLIND72 = [("south-asia-daily", south_asia_daily, "html"), ("gulf-amp", gulf_amp, "html"),
           ("parliament-news", parliament_news, "html"), ("reader-view", reader_view, "txt"),
           ("pdf-paste", pdf_paste, "txt")]

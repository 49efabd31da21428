# The sixty-eighth held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b66.py. Its theme is ordinary
# English-language news sites as people save them today and did ten and
# twenty years ago. Kinds in no other set: a South African news site's HTML
# (the writer's name and job title, "Listen to this article", "READ |"
# links between paragraphs, "Compiled by" bylines, the subscribers'
# comment note and related links after the text); a Kenyan TV station's
# news page in HTML (a video box with "WATCH:" over the text, "Published
# on: Tuesday, 3rd November 2009 at 18:31 EAT", a YouTube line and the
# newsroom's tip line after it); a British regional paper's HTML on a
# national group's platform ("18:31, 24 Mar 2015" and "Updated" with the
# time first, the writer's photo and title, "(Image: ...)" captions, a
# newsletter box and a "Read More" list inside the text); a British
# broadsheet's site of about 2000 saved as text by an old browser ("Name
# in Place", "Tuesday March 24, 2001" over the paper's name, a "Special
# report" line, dated related articles, "Printable version | Send it to a
# friend"); an Irish regional weekly's site copied whole ("Reporter:" and
# "Email:" fields, "Pictured:" captions, death notices and property rails
# after the text). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b66

POOL = articles_b66.POOL

def esc(s):
    return html.escape(s, quote=False)

def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")[:70]

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def html_za_news(a, i):
    x = d(a)
    t = ["18:31", "06:45", "12:10", "20:02"][i % 4]
    when = [f"{x.day} {x.strftime('%b')} {x.year}", f"{wk_dmy(a)}, {t}", f"{x.day} {x.strftime('%b')} {x.year} {t}", f"Published {x.day} {x.strftime('%b')} {x.year}"][i % 4]
    who = [f'<span class="article__author-name"><a href="/authors/{slug(a["by"])}">{esc(a["by"])}</a></span><span class="article__author-title">Journalist</span>',
           f'<span class="article__author-name">Compiled by {esc(a["by"])}</span>',
           '<span class="article__author-name">AFP</span>',
           f'<span class="article__author-name"><a href="/authors/{slug(a["by"])}">{esc(a["by"])}</a></span><span class="article__author-title">Foreign Desk</span>'][i % 4]
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    rel = others(a, 4)
    if len(p) > 2:
        body.insert(2, f'<p><strong>READ | <a href="/world/news/{slug(rel[0])}-{20150000 + i}">{esc(rel[0])}</a></strong></p>')
    if len(p) > 5:
        body.insert(5, f'<p><strong>READ | <a href="/world/news/{slug(rel[1])}-{20150100 + i}">{esc(rel[1])}</a></strong></p>')
    mins = max(1, len(" ".join(p).split()) // 150)
    page = f"""<!DOCTYPE html>
<html lang="en-ZA">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Cape Ledger</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta name="publisher" content="Cape Ledger">
</head>
<body>
<div class="header"><a class="logo" href="/">Cape Ledger</a>
<nav><a href="/southafrica">South Africa</a> <a href="/world">World</a> <a href="/africa">Africa</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/life">Life</a></nav>
<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>
<div class="load-shedding-widget">Load shedding: Stage 0 <a href="/loadshedding">Schedule</a></div>
<main>
<article class="article">
<div class="article__header">
<div class="article__section"><a href="/world">World</a></div>
<h1 class="article__title">{esc(a['title'])}</h1>
<div class="article__author">{who}</div>
<p class="article__date">{when}</p>
<div class="article__listen"><button>Listen to this article</button> <span>0{mins}:{(17 * i + 11) % 60:02d}</span></div>
</div>
<div class="article__share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Save</a></div>
<div class="article__body">
{chr(10).join(body)}
</div>
<div class="article__subscribe-note"><p>Did you know that subscribers can comment on this article? <a href="/subscribe">Subscribe to Cape Ledger</a> and add your voice to the conversation.</p></div>
<div class="article__related"><h3>Related Links</h3><ul>{"".join(f'<li><a href="/world/news/{slug(t)}">{esc(t)}</a></li>' for t in rel[2:])}</ul></div>
</article>
<aside><h3>Top Stories</h3><ol>{"".join(f"<li>{esc(t)}</li>" for t in others(a, 7)[4:])}</ol>
<div class="newsletter"><h3>Daily Newsletter</h3><p>The day's biggest stories, delivered to your inbox at 5pm.</p><input type="email"><button>Sign up</button></div></aside>
</main>
<footer><p>&copy; 2026 Cape Ledger. All rights reserved.</p><p>Cape Ledger is a member of the Press Council and adheres to its code of ethics.</p></footer>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def html_ke_tv(a, i):
    x = d(a)
    t = ["18:31", "07:05", "13:40", "21:15"][i % 4]
    when = [f"Published on: {x.strftime('%A')}, {ordinal(x.day)} {x.strftime('%B')} {x.year} at {t} EAT",
            f"Published on: {x.day} {x.strftime('%b')} {x.year} {t}",
            f"Published on: {x.strftime('%A')}, {ordinal(x.day)} {x.strftime('%B')} {x.year} at {t} EAT",
            f"Published on: {long_mdy(a)} {t}"][i % 4]
    who = [f'By <a href="/author/{slug(a["by"])}">{esc(a["by"])}</a><span class="role">Digital Journalist</span>',
           f'By <a href="/author/{slug(a["by"])}">{esc(a["by"])}</a>',
           'Lakeside TV Reporter',
           f'<a href="/author/{slug(a["by"])}">{esc(a["by"])}</a><span class="role">Reporter, {esc(a["place"].title())}</span>'][i % 4]
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    if len(body) > 3:
        body.insert(3, '<div class="ad-slot"><span>Advertisement</span><div id="div-gpt-ad-inarticle"></div></div>')
    vid = f'<div class="video-box"><iframe src="https://www.youtube.example/embed/lk{sum(map(ord, a["key"]))}" width="640" height="360"></iframe><p class="video-title">WATCH: {esc(a["title"])}</p></div>' if i != 1 else ""
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Lakeside TV News</title>
<meta property="og:site_name" content="Lakeside TV">
</head>
<body>
<div class="top-header"><a href="/"><img src="/themes/ltv/logo.png" alt="Lakeside TV"></a> <a class="live" href="/live">LIVE TV</a> <a href="/radio">Lakeside FM</a></div>
<nav class="menu"><a href="/news">News</a> <a href="/news/kenya">Kenya</a> <a href="/news/africa">Africa</a> <a href="/news/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/videos">Videos</a></nav>
<div class="container">
<div class="category"><a href="/news/world">World</a></div>
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-meta">
<div class="author">{who}</div>
<div class="date">{when}</div>
</div>
{vid}
<div class="article-body">
{chr(10).join(body)}
</div>
<p class="yt-cta"><a href="https://www.youtube.example/lakesidetv">Subscribe to our YouTube channel for more news and videos</a></p>
<p class="tips">Have a story or a tip? Send it to our newsroom on WhatsApp +254 700 555 010 or email news@lakesidetv.example</p>
<div class="tags"><span>Tags:</span> <a href="/tags/diplomacy">Diplomacy</a> <a href="/tags/{slug(a['place'])}">{esc(a['place'].title())}</a></div>
<div class="related"><h3>Related Stories</h3>{"".join(f'<div class="card"><a href="/news/{slug(t)}">{esc(t)}</a></div>' for t in others(a, 3))}</div>
</div>
<footer><p>&copy; {max(x.year, 2009)} Lakeside Media Group. All Rights Reserved.</p></footer>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def html_uk_regional(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=[1, 0, 0, 2][i % 4])
    t = ["18:31", "06:00", "14:12", "22:47"][i % 4]
    pub = f"{t}, {x.day} {x.strftime('%b')} {x.year}"
    upd_s = f"{['09:05', '16:20', '15:03', '08:00'][i % 4]}, {upd.day} {upd.strftime('%b')} {upd.year}"
    role = ["Senior Reporter", "News Reporter", None, "Politics Editor"][i % 4]
    if role:
        who = f'<div class="author"><img src="https://i.lakelandecho.example/authors/{slug(a["by"])}.jpg" alt="{esc(a["by"])}"><a class="author-link" href="/authors/{slug(a["by"])}/">{esc(a["by"])}</a><span class="author-role">{role}</span></div>'
    else:
        who = '<div class="author"><span class="author-link">Press Association</span></div>'
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    body.insert(1, f'<figure><img src="https://i.lakelandecho.example/incoming/article{70000 + i}.ece/ALTERNATES/s615/0_{a["key"]}.jpg" alt=""><figcaption>Officials at the meeting in {esc(a["place"].title())} (Image: {["Getty Images", "AFP via Getty Images", "PA", "Reuters"][i % 4]})</figcaption></figure>')
    rm = others(a, 3)
    if len(body) > 3:
        body.insert(3, f'<aside class="read-more-links"><h3>Read More</h3><ul><li><a href="/news/world-news/{slug(rm[0])}-{2470000 + i}">{esc(rm[0])}</a></li><li><a href="/news/world-news/{slug(rm[1])}-{2470100 + i}">{esc(rm[1])}</a></li></ul></aside>')
    body.insert(min(5, len(body)), '<div class="newsletter-signup"><p>Get the biggest stories from the Lakeland Echo sent straight to your inbox. Sign up to our free newsletter.</p><input type="email" placeholder="Enter email"><button>Subscribe</button><p class="legal">We use your sign-up to provide content in ways you have consented to and to improve our understanding of you. <a href="/privacy-notice/">Privacy notice</a></p></div>')
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Lakeland Echo</title>
<meta property="og:title" content="{esc(a['title'])}">
</head>
<body>
<div id="cmp-banner"><p>We and our partners use cookies and similar technologies to store and access information on your device.</p><button>I Accept</button><button>Show Purposes</button></div>
<header><a class="publication-logo" href="/">Lakeland Echo</a>
<nav class="primary"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/whats-on/">What's On</a> <a href="/news/local-news/">Local News</a> <a href="/news/world-news/">World</a> <a href="/all-about/weather">Weather</a> <a href="/all-about/obituaries">Obituaries</a></nav></header>
<main>
<article class="article-main">
<h1 class="section-theme-highlight">{esc(a['title'])}</h1>
<div class="article-information">
{who}
<ul class="time-info"><li><span class="date-published">{pub}</span></li>{f'<li>Updated<span class="date-updated">{upd_s}</span></li>' if i % 2 == 0 else ''}</ul>
</div>
<div class="social-share"><a href="#">Share</a> <a href="#">Comments</a> <a href="#">News</a></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="article-footer"><p>Follow the Lakeland Echo: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Instagram</a></p>
<p class="comments-link"><a href="#comments">Comments</a></p></div>
</article>
<aside class="most-read"><h2>Most Read</h2><ol>{"".join(f"<li>{esc(t)}</li>" for t in others(a, 6)[3:])}</ol></aside>
</main>
<footer><p>Lakeland Echo is part of the Northern Press Group. &copy; 2026 Northern Press Group Ltd</p></footer>
</body>
</html>
"""
    return page, dict(byline="" if role is None else a["by"])

def uk_2000_text(a, i):
    x = d(a)
    byl = [f"{a['by']} in {a['place'].title()}", f"{a['by']}, diplomatic editor", "Staff and agencies", a["by"]][i % 4]
    paper = "The Sunday Ledger" if x.weekday() == 6 else ["The Ledger", "The Ledger", "Ledger Online", "The Ledger"][i % 4]
    when = f"{x.strftime('%A')} {x.strftime('%B')} {x.day}, {x.year}"
    rel = others(a, 3)
    reld = "\n".join(f"{(x - datetime.timedelta(days=3 + 11 * k)).strftime('%d.%m.%Y')}: {t}" for k, t in enumerate(rel))
    text = blocks("[Ledger Online] Home   UK   Business   Online   World dispatch   Sport   Arts   Jobs",
                  "Search this site [                    ] Go",
                  "Ledger Online > World > " + ["Special reports", "Dispatch", "Special reports", "World latest"][i % 4],
                  "Special report: " + ["diplomacy", "the aid effort", "regional talks", "world trade"][i % 4],
                  a["title"],
                  byl,
                  when + "\n" + paper,
                  "\n\n".join(a["paras"]),
                  "Related articles\n" + reld,
                  "Useful links\nForeign Office\nUnited Nations\nAmnesty International",
                  "Printable version | Send it to a friend | Save story",
                  f"Copyright Ledger Newspapers Limited {max(x.year, 1999)}")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

def ie_weekly_ctrla(a, i):
    x = d(a)
    mail = ".".join(a["by"].lower().split()[::len(a["by"].split()) - 1]) + "@shannonchampion.example"
    who = [f"Reporter:\n{a['by']}\nEmail:\n{mail}",
           f"Reporter:\n{a['by']}",
           "Reporter:\nNewsdesk\nEmail:\nnews@shannonchampion.example",
           f"Reporter:\n{a['by']}\nEmail:\n{mail}"][i % 4]
    when = [f"{x.day} {x.strftime('%b')} {x.year}", f"{wk_dmy(a)} 18:31", f"{x.day} {x.strftime('%b')} {x.year}", f"{x.day} {x.strftime('%b')} {x.year}"][i % 4]
    p = a["paras"]
    body = list(p)
    body.insert(1, f"Pictured: officials at the signing in {a['place'].title()}")
    if len(p) > 4:
        body.insert(4, "Pictured: " + ["local councillors at the launch", "the delegation arriving", "members of the joint committee", "the minister with officials"][i % 4])
    dn = ["Mary Kelly (née Ryan), Ennis", "John Joe McMahon, Kilrush", "Bridget O'Dea, Lahinch", "Patrick (Paddy) Moloney, Shannon"]
    text = blocks("Skip to main content",
                  "The Shannon Champion",
                  "News\nSport\nGAA\nFarming\nCommunity Notes\nDeath Notices\nProperty\nJobs\nE-Edition\nSubscribe",
                  "Home > News > World",
                  a["title"],
                  who,
                  when,
                  "Share",
                  "\n\n".join(body),
                  "Like the Champion on Facebook and follow us on X for all the latest news and sport from around the county.",
                  "Read Next\n" + "\n".join(others(a, 3)),
                  "Death Notices\n" + "\n".join(dn[i % 4:] + dn[:i % 4]),
                  "Property\n3 bed semi-detached house, Ennis  €185,000\nSite with planning, Kilkee  €60,000",
                  "Most Read\n" + "\n".join(others(a, 6)[3:]),
                  "Contact Us | Advertise | Terms & Conditions | Privacy Policy | Cookie Policy",
                  "© 2026 The Shannon Champion. Member of the Press Council of Ireland.")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

BLIND68 = [("html-za-news", html_za_news, "html"), ("html-ke-tv", html_ke_tv, "html"),
           ("html-uk-regional", html_uk_regional, "html"), ("uk-2000-text", uk_2000_text, "txt"),
           ("ie-weekly-ctrla", ie_weekly_ctrla, "txt")]

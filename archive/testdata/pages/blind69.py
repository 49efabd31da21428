# The sixty-ninth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b69.py. Its theme is the other places
# diplomatic news is read and saved from. Kinds in no other set: a Central
# Asian outlet's English page seen through a web archive and copied with
# Ctrl-A (the archive's calendar bar with its capture count and capture
# date, the site's own language switch); a news story reposted on a
# discussion forum and copied as text (thread title, poster's line, the
# "Source:" line, a reply quoting it, signatures); a foreign-affairs
# newsletter issue pasted into an e-mail ("View in browser", subtitle,
# "Upgrade to paid", "Unsubscribe"); a foreign ministry's English press
# release page saved as HTML (release number, "dd.mm.yyyy", language
# switcher, "Back to top", no writer); a Gulf outlet's "lite" page saved as
# HTML (caption figure between paragraphs, "Published: Tue 12 Mar 2004,
# 4:20 PM"). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b69

POOL = articles_b69.POOL

def esc(s):
    return html.escape(s, quote=False)

def archive_ctrla(a, i):
    x = d(a)
    cap = x + datetime.timedelta(days=[3, 41, 380, 9][i % 4])
    stamp = cap.strftime("%Y%m%d") + "071522"
    months = " ".join((cap.replace(day=1) + datetime.timedelta(days=31 * k - 31)).strftime("%b").upper() for k in range(3))
    when = [f"{x.day:02d}.{x.month:02d}.{x.year} 14:07", f"{long_dmy(a)}, 14:07", f"{x.day:02d}.{x.month:02d}.{x.year}", f"{short_dmy(a)} | 09:55"][i % 4]
    byl = [f"Author: {a['by']}", None, f"{a['by']}", f"By {a['by']}, Steppe Herald"][i % 4]
    text = blocks("The Wayback Archive",
                  f"http://steppeherald.example/en/news/{a['key']}.html",
                  "Go",
                  f"{[47, 3, 112, 18][i % 4]} captures\n{cap.day} {cap.strftime('%b')} {cap.year} - {cap.day} {cap.strftime('%b')} {cap.year + 6}",
                  months,
                  f"{cap.year - 1}\n{cap.year}\n{cap.year + 1}",
                  "success\nfail",
                  "About this capture",
                  "COLLECTED BY",
                  "Organization: Open Web Crawl\nCollections: News sites of Central Asia",
                  f"TIMESTAMPS\n{stamp}",
                  "STEPPE HERALD\nҚаз | Рус | Eng",
                  "News  Politics  Economy  Region  Society  Opinion  Photo",
                  "Home / News / Politics",
                  a["title"],
                  when,
                  byl,
                  "\n\n".join(a["paras"]),
                  "Share: Facebook | VK | Telegram | WhatsApp",
                  "Read also:\n" + "\n".join(others(a, 3)),
                  f"© 2001-{max(x.year, 2002)} Steppe Herald. When using materials, a hyperlink to steppeherald.example is required.")
    return text, dict(byline="" if i % 4 == 1 else a["by"])

def forum_repost(a, i):
    x = d(a)
    post = x + datetime.timedelta(days=[0, 2, 1, 5][i % 4])
    user = ["geopol_watcher", "Kestrel", "old_consul", "mapmaker77"][i % 4]
    src = [f"Source: Meridian Wire, {long_mdy(a)}",
           f"Source: Meridian Wire ({long_dmy(a)})",
           f"from Meridian Wire, {short_dmy(a)}",
           f"Meridian Wire - {wk_dmy(a)}"][i % 4]
    byl = [f"By {a['by']}", f"by {a['by']}", f"{a['by']}, Meridian Wire", None][i % 4]
    p = a["paras"]
    text = blocks("World Affairs Forum",
                  "Home  Help  Search  Calendar  Login  Register",
                  "World Affairs Forum » Current Events » Diplomacy and Treaties",
                  f"Topic: {a['title']}  (Read {120 + 37 * i} times)",
                  "0 Members and 1 Guest are viewing this topic.",
                  f"{user}\nSenior Member\n*****\nPosts: {800 + 111 * i}",
                  f"{a['title']}\n« on: {post.strftime('%B')} {post.day:02d}, {post.year}, 08:{10 + i:02d}:44 AM »",
                  src,
                  a["title"],
                  byl,
                  "\n\n".join(p),
                  f"http://meridianwire.example/world/{a['key']}",
                  "Interesting that this got so little coverage at home.",
                  "----\n\"Maps are arguments.\"",
                  "Report to moderator   Logged",
                  f"Kestrel\nMember\n***\nPosts: 341",
                  f"Re: {a['title']}\n« Reply #1 on: {post.strftime('%B')} {post.day:02d}, {post.year}, 11:02:18 AM »",
                  f"Quote from: {user} on {post.strftime('%B')} {post.day:02d}, {post.year}, 08:{10 + i:02d}:44 AM\n{p[-1]}",
                  "About time. Let's see whether it lasts past the next election.",
                  "Report to moderator   Logged",
                  "Pages: [1]   Go Up",
                  "« previous next »",
                  "Powered by SMF 1.1.21 | SMF © 2006, Simple Machines")
    return text, dict(byline="" if i % 4 == 3 else a["by"])

def newsletter_email(a, i):
    x = d(a)
    sub = ["What the communiqué does not say", "Notes from the corridor", "A dispatch from the region", "Why this matters more than it looks"][i % 4]
    when = [long_mdy(a), f"{x.strftime('%b')} {x.day}, {x.year}", f"{x.strftime('%b')} {x.day}", long_mdy(a)][i % 4]
    p = a["paras"]
    body = list(p)
    if len(body) > 2:
        body.insert(2, "Subscribe now")
    text = blocks(f"From: The Envoy's Notebook <envoysnotebook@newsletters.example>",
                  f"Sent: {x.strftime('%A')}, {long_mdy(a)} 6:02 AM",
                  "To: desk@embassylibrary.example",
                  f"Subject: {a['title']}",
                  "View in browser",
                  a["title"],
                  sub,
                  f"{a['by']}\n{when}",
                  "Like  Comment  Restack",
                  "\n\n".join(body),
                  "Thanks for reading The Envoy's Notebook! Subscribe for free to receive new posts and support my work.",
                  "Upgrade to paid",
                  "Share",
                  "You're currently a free subscriber to The Envoy's Notebook. For the full experience, upgrade your subscription.",
                  "© " + str(x.year) + " " + a["by"] + "\n548 Market Street PMB 00000, San Francisco, CA 94104\nUnsubscribe",
                  "Start writing")
    return text, dict(paras=list(p))

def mfa_release(a, i):
    x = d(a)
    no = [214, 87, 1032, 5][i % 4]
    date_s = [f"{x.day:02d}.{x.month:02d}.{x.year}", f"{x.day:02d}.{x.month:02d}.{x.year}", long_dmy(a), f"{x.day:02d}.{x.month:02d}.{x.year}"][i % 4]
    paras_html = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    rel = "\n".join(f'<li><span class="d">{x.day:02d}.{x.month:02d}.{x.year}</span> <a href="/en/press/{no - k - 1}">{esc(t)}</a></li>' for k, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Press release No. {no}/{x.year} - Ministry of Foreign Affairs of the Republic of Aldoria</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="mfa_files/main.css">
</head>
<body id="top">
<div class="topbar"><a href="/" class="coat"><img src="mfa_files/coat.png" alt="Coat of arms"></a>
<span class="ministry">Ministry of Foreign Affairs<br>of the Republic of Aldoria</span>
<ul class="lang"><li><a href="/al/">ALD</a></li><li class="active"><a href="/en/">ENG</a></li><li><a href="/fr/">FRA</a></li><li><a href="/ar/">عربي</a></li></ul>
<form class="search" action="/en/search"><input type="text" name="q" placeholder="Search"><button>Search</button></form></div>
<nav class="main"><ul><li><a href="/en/minister">Minister</a></li><li><a href="/en/ministry">Ministry</a></li><li><a href="/en/policy">Foreign Policy</a></li><li class="active"><a href="/en/press">Press Service</a></li><li><a href="/en/consular">Consular Services</a></li><li><a href="/en/missions">Embassies and Consulates</a></li><li><a href="/en/contacts">Contacts</a></li></ul></nav>
<div class="crumbs"><a href="/en/">Main</a> &gt; <a href="/en/press">Press Service</a> &gt; <a href="/en/press/releases">Press releases</a></div>
<div class="wrap">
<aside class="left"><h3>Press Service</h3><ul><li><a href="/en/press/releases">Press releases</a></li><li><a href="/en/press/briefings">Briefings</a></li><li><a href="/en/press/interviews">Interviews</a></li><li><a href="/en/press/accreditation">Accreditation</a></li></ul></aside>
<main>
<div class="release-head"><span class="release-no">No. {no}/{x.year}</span> <span class="release-date">{date_s}</span></div>
<h2 class="release-title">{esc(a['title'])}</h2>
<div class="release-text">
{paras_html}
</div>
<div class="release-tools"><a href="?print=1">Print version</a> | <a href="#">Send by e-mail</a> | <a href="/en/press/releases">All press releases</a></div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div>
<h4>Other press releases</h4>
<ul class="others">
{rel}
</ul>
</main>
</div>
<footer><p><a href="#top">Back to top</a></p>
<p>Ministry of Foreign Affairs of the Republic of Aldoria, 3 Liberty Square, Aldor. Duty officer: +000 12 345 678</p>
<p>&copy; {max(x.year, 2009)} Ministry of Foreign Affairs. All materials may be used with reference to the source.</p></footer>
</body>
</html>
"""
    return page, dict(byline="")

def gulf_lite(a, i):
    x = d(a)
    h = [4, 11, 9, 7][i % 4]
    pub = [f"Published: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, {h}:20 PM",
           f"Published: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, {h}:20 AM\nLast updated: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, {h + 1}:05 PM",
           f"Published: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, {h}:20 PM",
           f"Published: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, {h}:45 AM"][i % 4]
    byl = [f"by <a href=\"/authors/{a['key']}\">{esc(a['by'])}</a>", f"by {esc(a['by'])}<br><span class=\"role\">Senior Reporter</span>", "from Wires", f"by {esc(a['by'])}"][i % 4]
    p = a["paras"]
    parts = [f"<p>{esc(q)}</p>" for q in p]
    fig = (f'<figure><img src="lite_files/{a["key"]}.jpg" alt="">'
           f'<figcaption>Officials at the signing ceremony in {esc(a["place"].title())}. — Photo: Supplied</figcaption></figure>')
    parts.insert(1, fig)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(a['title'])} | Gulf Daily Courier Lite</title>
<meta name="viewport" content="width=device-width"><link rel="canonical" href="https://gulfcourier.example/world/{a['key']}">
<style>body{{font-family:sans-serif;max-width:40em;margin:auto}}.meta{{color:#666}}</style></head>
<body>
<header><a href="/lite/"><b>Gulf Daily Courier</b> Lite</a> · <a href="https://gulfcourier.example/world/{a['key']}">Full site</a> · <a href="/lite/ar/">العربية</a></header>
<nav><a href="/lite/uae">UAE</a> | <a href="/lite/world">World</a> | <a href="/lite/business">Business</a> | <a href="/lite/sport">Sport</a></nav>
<article>
<div class="kicker">World</div>
<h1>{esc(a['title'])}</h1>
<div class="meta">{byl}</div>
<div class="meta">{pub}</div>
{chr(10).join(parts)}
</article>
<p class="more"><b>Also read:</b> <a href="/lite/world/1">{esc(others(a, 1)[0])}</a></p>
<footer><a href="/lite/">Lite home</a> · <a href="#top">Back to top</a> · Switch to <a href="https://gulfcourier.example/">full version</a><br>© {max(x.year, 2004)} Gulf Daily Courier. All rights reserved.</footer>
</body></html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

BLIND69 = [("archive-ctrla", archive_ctrla, "txt"), ("forum-repost", forum_repost, "txt"),
           ("newsletter-email", newsletter_email, "txt"), ("mfa-release", mfa_release, "html"),
           ("gulf-lite", gulf_lite, "html")]

# The thirty-ninth held-out batch, a blind one: written without reading
# the reader, on the set's own invented articles. Kinds in no other set: a
# West African daily's HTML with "From X, Place" bylines and a WhatsApp
# channel box inside the text, a South Asian paper's e-paper text view with
# its page strip and "Other stories on this page", an East African
# broadcaster's HTML with "Listen to this article" and ordinal dates, a
# South Asian daily's page copied with Ctrl-A and Ctrl-C (menus, rates and
# weather lines, comment form), a South Asian wire's regional page with the
# "City, Mon DD (AGENCY)" dateline, desk codes and a syndicated-feed note.
# All text invented.
import html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b39

POOL = articles_b39.POOL

def esc(s):
    return html.escape(s, quote=False)

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def html_ngdaily(a, i):
    x = d(a)
    place = a["place"].title()
    by = [f"By {a['by']}", f"From {a['by']}, {place}", f"By {a['by']}", f"From {a['by']}, {place}"][i % 4]
    when = [f"Published {long_mdy(a)} 10:15 am", f"On {long_mdy(a)} 6:42 pm", f"{ordinal(x.day)} {x.strftime('%B')} {x.year}",
            f"Published on {x.strftime('%A')}, {long_mdy(a)}"][i % 4]
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    body.insert(min(2, len(body)), '<div class="wa-box"><strong>Join our WhatsApp channel</strong> for breaking news and exclusive stories. <a href="#">Click here to join</a></div>')
    body.insert(1, '<div class="ad-slot"><span>Advertisement</span></div>')
    page = f"""<!DOCTYPE html>
<html lang="en-NG">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} - The Lagoon Herald</title>
<meta name="description" content="{esc(p[0][:120])}">
</head>
<body class="single-post">
<div class="top-strip"><span class="today">{x.strftime('%A')}, {long_mdy(a)}</span> <a href="/epaper">E-Paper</a> <a href="/advertise">Advertise With Us</a></div>
<header><a class="brand" href="/">The Lagoon Herald</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/metro">Metro</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/world">World</a></li></ul></nav></header>
<div class="breaking"><b>BREAKING:</b> <a href="#">{esc(others(a, 1)[0])}</a></div>
<main>
<article>
<div class="cat"><a href="/world">World</a></div>
<h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta"><span class="author">{esc(by)}</span> <span class="sep">|</span> <span class="posted-on">{when}</span> <span class="comments-link"><a href="#respond">Leave a comment</a></span></div>
<figure><img src="/uploads/{x.year}/{x.month:02d}/{a['key']}.jpg" alt=""><figcaption>File photo</figcaption></figure>
<div class="entry-content">
{chr(10).join(body)}
</div>
<div class="share">Share this: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a></div>
<div class="related"><h3>Related News</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form><textarea></textarea><input value="Post Comment" type="submit"></form></div>
</article>
</main>
<footer><p>The Lagoon Herald is published by Lagoon Media Ltd.</p><p>Copyright © {x.year + 1} The Lagoon Herald. All rights reserved.</p></footer>
</body>
</html>
"""
    return page, {}

def epaper(a, i):
    x = d(a)
    pg = [1, 5, 12, 3][i % 4]
    edition = [f"Print Edition | Dhaka, {x.strftime('%A')}, {long_mdy(a)}", f"{long_dmy(a)}, {x.strftime('%A')} | Print Edition",
               f"Dhaka Edition — {x.strftime('%A')} {long_mdy(a)}", f"Print Edition | {wk_dmy(a)}"][i % 4]
    byl = [a["by"], "Diplomatic Correspondent", f"{a['by']}, back from {a['place'].title()}", f"{a['by']}\nStaff Correspondent"][i % 4]
    strip = "  ".join(str(n) for n in range(1, 17))
    text = blocks("The Delta Star  ePaper",
                  "Text view | Page view | Download PDF | Archive",
                  edition,
                  f"Pages:  {strip}",
                  f"Page {pg} > Article {i + 2} of 7",
                  a["title"], byl,
                  "\n\n".join(a["paras"]),
                  "< Previous article | Next article >",
                  "Other stories on this page\n" + "\n".join(others(a, 4)),
                  "Subscribe to the ePaper | Help | Contact",
                  f"© {x.year} The Delta Star. All rights reserved. Reproduction without permission is prohibited.")
    return text, dict(byline="" if i % 4 == 1 else a["by"])

def html_kebroadcast(a, i):
    x = d(a)
    when = [f"{x.strftime('%A')}, {ordinal(x.day)} {x.strftime('%B')} {x.year} | 10:15 am EAT",
            f"{ordinal(x.day)} {x.strftime('%B')}, {x.year}",
            f"Published on: {ordinal(x.day)} {x.strftime('%b')} {x.year} 07:30 PM",
            f"{x.strftime('%a')}, {ordinal(x.day)} {x.strftime('%b')} {x.year}"][i % 4]
    by = [f"By {a['by']}", f"{a['by']}", f"By {a['by']} | Savanna TV", f"Written By: {a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} - Savanna News</title></head>
<body>
<div class="live-strip"><a href="/live/tv">WATCH LIVE: Savanna TV</a> <a href="/live/radio">LISTEN: Savanna FM 98.4</a></div>
<header><a href="/" class="logo">Savanna News</a>
<nav><a href="/news">News</a> <a href="/counties">Counties</a> <a href="/africa">Africa</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/lifestyle">Lifestyle</a> <a href="/videos">Videos</a> <a href="/podcasts">Podcasts</a></nav></header>
<section class="article-page">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/world">World</a></div>
<h1>{esc(a['title'])}</h1>
<div class="article-info"><div class="writer">{esc(by)}</div><div class="pub-date">{when}</div></div>
<div class="tts"><button>Listen to this article</button> <span class="tts-time">00:00 / 0{2 + i}:1{i}</span> <span>Powered by VoiceLine</span></div>
<div class="main-img"><img src="/images/{a['key']}.jpg" alt="{esc(a['title'])}"><span class="img-credit">Photo | Courtesy</span></div>
<div class="article-body">
{ps}
</div>
<div class="tags">Tags: <a>Diplomacy</a> <a>{esc(a['place'].title())}</a> <a>Africa</a></div>
<div class="follow">Follow Savanna News on <a>Facebook</a>, <a>X</a> and <a>Instagram</a>. Subscribe to our YouTube channel for the latest videos.</div>
<div class="more"><h4>More from Savanna News</h4>{''.join(f'<a href="#">{esc(t)}</a>' for t in others(a, 4))}</div>
</section>
<footer>Savanna Media Group &copy; {x.year}. All rights reserved. | Privacy Policy | Terms</footer>
</body>
</html>
"""
    return page, {}

def ctrla(a, i):
    x = d(a)
    menu = "\n".join(["Home", "News", "Business", "Features", "Opinion", "Sports", "World", "Print Edition", "E-Paper", "Archives"])
    when = [f"{long_mdy(a)} 12:00 am", f"Published on {long_dmy(a)}", f"{x.strftime('%A')}, {long_dmy(a)}",
            f"Date: {long_mdy(a)}"][i % 4]
    by = ["by " + a["by"], a["by"], "By " + a["by"], f"By {a['by']} in {a['place'].title()}"][i % 4]
    sep = "\n\n" if i % 2 == 0 else "\n"
    text = blocks("Skip to main content\nThe Island Courier\n" + menu,
                  f"Breaking News:\n{others(a, 2)[0]}\n{others(a, 2)[1]}",
                  "USD 183.45\nGBP 292.10\nEUR 251.70\nColombo 31°C Partly cloudy",
                  "Font size:\nA+\nA-",
                  a["title"], by + "\n" + when,
                  sep.join(a["paras"]),
                  "Share\nTweet\nWhatsApp\nPrint",
                  "Comments (0)\nAdd new comment\nName *\nEmail *\nComment *\nSubmit",
                  "Most Viewed\n" + "\n".join(others(a, 5)),
                  "About Us\nContact Us\nAdvertising\nTerms of Use",
                  f"Copyright © {max(x.year, 2012)} The Island Courier. All Rights Reserved.")
    return text, {}

def sawire(a, i):
    x = d(a)
    place = a["place"].title()
    mon = x.strftime("%b")
    first = f"{place}, {mon} {x.day} (AWN) " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    codes = ["AWN AR KM", "AWN RS ZH", "AWN NK DV", "AWN PB SKL"][i % 4]
    upd = [f"Updated: {mon} {x.day}, {x.year} 18:45 IST", f"Last Updated : {x.day:02d} {mon} {x.year} 09:12:40 PM IST",
           f"Published: {mon} {x.day}, {x.year}, 11:05 IST", f"{mon} {x.day}, {x.year} 14:30 IST"][i % 4]
    text = blocks("Asia Wire Network | South Asia Desk",
                  "Home | National | States | South Asia | World | Business | Sports | Photos | Videos",
                  "Trending: Monsoon | Cricket | Budget | Elections",
                  a["title"], f"By {a['by']}" if i % 2 else None, upd,
                  "\n\n".join(paras), codes,
                  "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
                  "Follow us on Google News | Download the AWN app",
                  "Also in South Asia\n" + "\n".join(others(a, 3)),
                  f"Copyright {x.year} Asia Wire Network. All rights reserved.")
    return text, dict(paras=paras, byline=a["by"] if i % 2 else "")

BLIND39 = [("html-ngdaily", html_ngdaily, "html"), ("epaper", epaper, "txt"), ("html-kebroadcast", html_kebroadcast, "html"),
           ("ctrla", ctrla, "txt"), ("sawire", sawire, "txt")]

# The sixty-sixth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b66.py. Its theme is ordinary
# English-language news sites as people save them today and did ten and
# twenty years ago. Kinds in no other set: a Pakistani English daily saved
# "complete" as HTML (the headline an h2, "Published" and "Updated" labels,
# an agency or "Our Correspondent" byline, "CITY:" datelines, photo
# captions, the print edition's "Published in ..., March 25th, 2015" note
# and dated readers' comments, the day of saving in the top bar); a
# Canadian chain daily copied whole ("Author of the article:", "Published
# ... • Last updated ... • N minute read", "Article content" and
# advertisement lines between paragraphs, the comments policy); an
# Australian daily copied from the browser's reader view (the site's
# domain first, "5-6 minutes", "Credit:" captions, a kept "Related Article"
# box, the date sometimes missing); an Irish public broadcaster's HTML
# ("Updated / Tuesday, 24 Mar 2015 18:31", the writer's photo and title,
# a listen button, the external-sites notice); a New Zealand article pasted
# into an office e-mail and saved as text (Outlook's header fields with a
# later "Sent" date, the sender's note, an image placeholder, the
# signature and confidentiality notice). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b66

POOL = articles_b66.POOL

def esc(s):
    return html.escape(s, quote=False)

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")[:70]

def html_pk_daily(a, i):
    x = d(a)
    nxt = x + datetime.timedelta(days=1)
    place = a["place"]
    p = list(a["paras"])
    paras = list(p)
    if i % 2 == 1:
        paras[0] = f"{place}: " + p[0]
    aid = 1170000 + sum(map(ord, a["key"])) * 3
    url = f"https://www.indusherald.example/news/{aid}/{slug(a['title'])}"
    files = f"./{esc(a['title'])} - The Indus Herald_files"
    byl = [f'<a href="/authors/{400 + i}/{slug(a["by"])}">{esc(a["by"])}</a>',
           "Our Correspondent",
           f'<a href="/authors/{400 + i}/{slug(a["by"])}">{esc(a["by"])}</a> | AFP',
           "APP"][i % 4]
    stamp = f'<span class="timestamp--label">Published</span> <span class="timestamp--date">{long_mdy(a)}</span>'
    if i % 2 == 1:
        stamp += f'\n<span class="timestamp--label">Updated</span> <span class="timestamp--time timeago" title="{nxt.isoformat()}T10:05:17+05:00">{long_mdy(dict(date=nxt.isoformat()))} 10:05am</span>'
    body = [f"<p>{esc(q)}</p>" for q in paras]
    if i % 2 == 0:
        body.insert(1, f'<figure class="media"><img src="{files}/{a["key"]}_670.jpg" alt=""><figcaption class="media__caption">Officials at the talks in {esc(place.title())}. — Photo: File</figcaption></figure>')
    else:
        body.insert(1, f'<figure class="media"><img src="{files}/{a["key"]}_670.jpg" alt=""><figcaption class="media__caption">— AFP/File</figcaption></figure>')
    note = f'<p class="story__note"><em>Published in The Indus Herald, {nxt.strftime("%B")} {ordinal(nxt.day)}, {nxt.year}</em></p>' if i % 2 == 0 else ""
    rel = "".join(f'<article class="story"><h2 class="story__title"><a href="/news/{aid - 311 * (k + 1)}">{esc(t)}</a></h2></article>' for k, t in enumerate(others(a, 3)))
    comments = f"""<div class="comments" id="comments">
<h4 class="comments__title">Comments (3) <span>Closed</span></h4>
<div class="comment"><span class="comment__author">Asad K.</span> <span class="comment__date">{x.strftime('%b')} {x.day:02d}, {x.year} 07:14pm</span><p>Good step. Let us see if it survives the next change of government.</p><span class="comment__votes">Recommend 14</span></div>
<div class="comment"><span class="comment__author">Neighbour</span> <span class="comment__date">{x.strftime('%b')} {x.day:02d}, {x.year} 08:02pm</span><p>These agreements look very good on paper.</p><span class="comment__votes">Recommend 6</span></div>
<div class="comment"><span class="comment__author">Tariq from Lahore</span> <span class="comment__date">{nxt.strftime('%b')} {nxt.day:02d}, {nxt.year} 06:40am</span><p>Finally some sense from both sides.</p><span class="comment__votes">Recommend 2</span></div>
<p class="comments__note">Comments are closed on this story.</p>
</div>""" if i != 3 else '<div class="comments"><p class="comments__note">Comments are closed on this story.</p></div>'
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0{len(url)}){url} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a['title'])} - The Indus Herald</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Indus Herald">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="{files}/main.min.css">
<script src="{files}/analytics.js" async=""></script>
</head>
<body class="story-page">
<div class="topbar"><span>Karachi</span> <span class="topbar__date">Today's Paper | December 05, 2026</span> <a href="https://epaper.indusherald.example/">E-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<header class="masthead"><a href="https://www.indusherald.example/"><img src="{files}/logo.svg" alt="The Indus Herald" width="260"></a>
<nav class="nav"><a href="/latest-news">Latest</a> <a href="/pakistan">Pakistan</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/magazines">Magazines</a> <a href="/multimedia">Multimedia</a> <a href="/trending">Trending</a></nav></header>
<div class="ad ad--leaderboard"><iframe src="{files}/ad_728x90.html" width="728" height="90"></iframe><span>Advertisement</span></div>
<main class="container">
<article class="story story--single" data-id="{aid}">
<div class="story__section"><a href="/world">World</a></div>
<h2 class="story__title"><a class="story__link" href="{url}">{esc(a['title'])}</a></h2>
<div class="story__byline">{byl}</div>
<div class="story__time">{stamp}</div>
<div class="story__share"><a class="share--fb" href="#">Facebook</a> <a class="share--x" href="#">X</a> <a class="share--wa" href="#">WhatsApp</a> <a class="share--email" href="#">Email</a> <span class="comment-count">{0 if i == 3 else 3}</span></div>
<div class="story__content">
{chr(10).join(body)}
{note}
</div>
<div class="story__tags"><a href="/tag/diplomacy">Diplomacy</a> <a href="/tag/{a['key']}">{esc(place.title())}</a></div>
</article>
{comments}
<section class="related"><h3>Related Stories</h3>{rel}</section>
<aside class="sidebar"><h3>Most Popular</h3><ol><li>{esc(others(a, 5)[3])}</li><li>{esc(others(a, 5)[4])}</li></ol></aside>
</main>
<footer class="footer"><p>Copyright &copy; 2026, The Indus Herald</p><p><a href="/about">About</a> | <a href="/privacy">Privacy Policy</a> | <a href="/advertise">Advertise</a> | <a href="/contact">Contact</a></p></footer>
</body></html>
"""
    return page, dict(paras=paras, byline=[a["by"], "", a["by"], ""][i % 4])

AD = "This advertisement has not loaded yet, but your article continues below."

def ca_chain_ctrla(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=[0, 1, 3, 0][i % 4])
    mon = lambda y: f"{y.strftime('%b')} {y.day:02d}, {y.year}"
    reads = max(1, len(" ".join(a["paras"]).split()) // 200 + 1)
    when = [f"Published {mon(x)}  •  Last updated {mon(upd)}  •  {reads} minute read",
            f"Published {mon(x)}  •  Last updated {mon(upd)}  •  {reads} minute read",
            f"Published {mon(x)}  •  Last updated {mon(upd)}  •  {reads} minute read",
            f"Published {mon(x)}  •  {reads} minute read"][i % 4]
    author = [f"Author of the article:\n{a['by']}",
              f"Author of the article:\n{a['by']}\nThe Canadian Wire",
              "Author of the article:\nMaplewood News",
              f"Author of the article:\n{a['by']}\n{['Foreign affairs reporter', 'Ottawa bureau chief'][i % 2]}"][i % 4]
    p = a["paras"]
    pieces = []
    for k, q in enumerate(p):
        pieces.append(q)
        if k == 0:
            pieces.append("Advertisement 2\n" + AD)
            pieces.append("Article content")
        elif k == 1 and len(p) > 2:
            pieces.append(f"Delegates at the signing in {a['place'].title()}. Photo by Lena Horvath /Reuters")
            pieces.append("Article content")
        elif k < len(p) - 1 and k % 2 == 1:
            pieces.append("Advertisement " + str(k + 2) + "\n" + AD + "\nArticle content")
        elif k < len(p) - 1:
            pieces.append("Article content")
    comments = 0 if i % 4 == 2 else 7 + i
    text = blocks("Skip to Content\nSkip to Footer",
                  "The Prairie Star\nLocal News\nCanada\nWorld\nPolitics\nOpinion\nSports\nBusiness\nLife\nObituaries\nE-Paper\nSubscribe\nSign In",
                  "Advertisement 1\n" + AD,
                  "World",
                  a["title"],
                  author,
                  when,
                  f"Join the conversation\n{comments} Comments" if comments else "Join the conversation",
                  f"Share this Story: {a['title']}\nCopy Link\nEmail\nX (Twitter)\nReddit\nLinkedIn\nTumblr",
                  "Article content",
                  "\n\n".join(pieces),
                  "Share this article in your social network",
                  "Read Next\n" + others(a, 1)[0],
                  "Trending\n" + "\n".join(others(a, 5)[1:]),
                  "Comments\nThe Prairie Star welcomes comments that keep to the subject and treat other readers with respect. Comments are checked before they appear and may take up to an hour to show. We will e-mail you when someone replies to you or when a thread you follow is updated. Please read our community rules first.\nJoin the Conversation",
                  "This Week in Flyers",
                  "365 Bloor Street East, Toronto, Ontario, M4W 3L4\n© 2026 The Prairie Star, a division of Maplewood Media Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.\nThis website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

def au_reader_view(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    host = ["www.harbourherald.com.au", "www.theridgeage.com.au", "www.harbourherald.com.au", "www.theridgeage.com.au"][i % 4]
    words = len(" ".join(a["paras"]).split())
    mins = max(1, words // 230)
    byl = [a["by"], f"By {a['by']}", f"{a['by']}\nEurope correspondent", "AAP"][i % 4]
    top = [f"{long_mdy(a)} — 6.31pm",
           None,
           f"Updated {long_mdy(dict(date=upd.isoformat()))} — 9.02am, first published {long_mdy(a)} — 6.31pm",
           None][i % 4]
    p = a["paras"]
    body = list(p)
    if i % 2 == 0:
        body.insert(1, f"Ministers at the signing ceremony in {a['place'].title()} on {x.strftime('%A')}. Credit: AAP")
    elif len(p) > 3:
        body.insert(2, "Related Article\n" + others(a, 1)[0])
    tail = ["Get a note from our correspondents abroad on what is making headlines around the world. Sign up for the weekly Dispatch newsletter.",
            None,
            "Get a note from our correspondents abroad on what is making headlines around the world. Sign up for the weekly Dispatch newsletter.",
            None][i % 4]
    text = blocks(host,
                  a["title"],
                  byl,
                  f"{mins}-{mins + 1} minutes",
                  top,
                  "\n\n".join(body),
                  tail)
    return text, dict(byline="" if i % 4 == 3 else a["by"], date=a["date"] if top else "")

def html_ie_broadcaster(a, i):
    x = d(a)
    t = ["18:31", "07:12", "13:48", "21:05"][i % 4]
    upd = x + datetime.timedelta(days=1)
    when = [f"Updated / {x.strftime('%A')}, {x.day} {x.strftime('%b')} {x.year} {t}",
            f"{x.strftime('%A')}, {x.day} {x.strftime('%b')} {x.year} {t}",
            f"{x.strftime('%A')}, {x.day} {x.strftime('%b')} {x.year} {t}<br><span class=\"updated\">Updated / {upd.strftime('%A')}, {upd.day} {upd.strftime('%b')} {upd.year} 08:40</span>",
            f"Updated / {x.day} {x.strftime('%b')} {x.year} {t}"][i % 4]
    role = ["Europe Editor", "Foreign Affairs Correspondent", "Political Correspondent", None][i % 4]
    if role:
        byl = f'<div class="article-meta-author"><img class="author-photo" src="/images/authors/{slug(a["by"])}-120.jpg" alt="{esc(a["by"])}"><span class="name"><a href="/news/author/{slug(a["by"])}/">{esc(a["by"])}</a></span><span class="role">{role}</span></div>'
    else:
        byl = ""
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    if i % 2 == 0:
        body[0] = f'<p class="article-intro"><strong>{esc(p[0])}</strong></p>'
    if len(p) > 2:
        body.insert(2, f'<figure class="article-image"><img src="/images/{a["key"]}-1600.jpg" alt=""><figcaption>The agreement was signed in {esc(a["place"].title())} (File image)</figcaption></figure>')
    rel = "".join(f'<li><a href="/news/world/{x.year}/{slug(t)}/">{esc(t)}</a></li>' for t in others(a, 3))
    page = f"""<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<meta property="og:site_name" content="LBS News">
<meta property="og:title" content="{esc(a['title'])}">
<meta name="description" content="{esc(p[0][:150])}">
</head>
<body>
<div id="consent"><p>We use cookies and similar technologies to run this site and, with your consent, to measure audiences and show you content you might like.</p><button>Accept</button><button>Manage</button></div>
<header class="site-header"><a class="logo" href="/">LBS</a>
<ul class="services"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/player/">Player</a></li><li><a href="/radio/">Radio</a></li><li><a href="/nuacht/">Nuacht</a></li></ul>
<ul class="sections"><li><a href="/news/ireland/">Ireland</a></li><li><a href="/news/world/">World</a></li><li><a href="/news/business/">Business</a></li><li><a href="/news/politics/">Politics</a></li><li><a href="/news/courts/">Courts</a></li></ul>
</header>
<main>
<article class="article">
<nav class="breadcrumb"><a href="/news/">News</a> &gt; <a href="/news/world/">World</a></nav>
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-meta">
<span class="article-meta-date">{when}</span>
{byl}
<button class="listen">Listen</button>
</div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="article-share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div class="article-tags"><a href="/news/tags/diplomacy/">Diplomacy</a></div>
</article>
<aside><section><h2>Related Stories</h2><ul>{rel}</ul></section>
<section><h2>Most Read</h2><ol><li>{esc(others(a, 6)[4])}</li><li>{esc(others(a, 6)[5])}</li></ol></section></aside>
</main>
<footer><p>LBS is not responsible for the content of external websites.</p><p>&copy; Liffey Broadcasting Service 2026</p><p><a href="/about/">About LBS</a> | <a href="/privacy/">Privacy</a> | <a href="/accessibility/">Accessibility</a></p></footer>
</body>
</html>
"""
    return page, dict(byline="" if role is None else a["by"])

def nz_outlook_paste(a, i):
    x = d(a)
    sent = x + datetime.timedelta(days=[1, 0, 2, 6][i % 4])
    hr = ["9:12 a.m.", "4:47 p.m.", "11:03 a.m.", "8:30 a.m."][i % 4]
    sender = ["Aroha Ngata", "Tom Baker", "Mele Tupou", "Aroha Ngata"][i % 4]
    to = ["Tom Baker", "Pacific Branch Team", "Aroha Ngata; Tom Baker", "Briefing Unit"][i % 4]
    subj = ["article for Thursday's briefing", f"{a['place'].title()} story", "RE: media items", "FW: one for the file"][i % 4]
    greet = ["Hi Tom,\n\nThought this was worth a look before Thursday. Pasted below as the link needs a subscription.\n\nAroha",
             "Team - see below, from this afternoon. Might come up at the weekly.\n\nT",
             "Kia ora both,\n\nThe story I mentioned on the phone. No need to reply.\n\nNgā mihi,\nMele",
             "For the file please.\n\nA"][i % 4]
    byl = [f"By {a['by']}", a["by"], f"{a['by']}, Pacific Affairs Reporter", "NZPA"][i % 4]
    when = [f"18:31, {x.strftime('%b')} {x.day} {x.year}",
            f"Published: 6:31PM {x.strftime('%A')} {long_mdy(a)}",
            f"18:31, {x.strftime('%b')} {x.day} {x.year}",
            f"{x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year}"][i % 4]
    p = a["paras"]
    body = list(p)
    body.insert(min(2, len(p) - 1), f"[cid:image00{i + 1}.jpg@01D06628.5F3A1B2{i}]\nOfficials after the signing in {a['place'].title()}. Photo / Supplied")
    sig = [f"{sender} | Senior Policy Adviser | Pacific Branch\nDDI +64 4 555 0123 | Mob +64 21 555 0456",
           f"{sender}\nAdviser, Pacific Branch",
           f"{sender} | Policy Analyst\nDDI +64 4 555 0190",
           f"{sender} | Senior Policy Adviser | Pacific Branch\nDDI +64 4 555 0123 | Mob +64 21 555 0456"][i % 4]
    text = blocks(f"From:\t{sender}\nSent:\t{sent.strftime('%A')}, {sent.day} {sent.strftime('%B')} {sent.year} {hr}\nTo:\t{to}\nSubject:\t{subj}",
                  greet,
                  "World" if i % 2 == 0 else None,
                  a["title"],
                  byl,
                  when,
                  "\n\n".join(body),
                  "Share on Facebook  Share on X  Email" if i % 2 == 1 else None,
                  sig,
                  "CAUTION: This e-mail and any attachments may be confidential and subject to legal privilege. If you are not the intended recipient, do not read, use, copy or pass on this e-mail; tell the sender and delete it. Thank you.")
    return text, dict(byline="" if i % 4 == 3 else a["by"])

BLIND66 = [("html-pk-daily", html_pk_daily, "html"), ("ca-chain-ctrla", ca_chain_ctrla, "txt"),
           ("au-reader-view", au_reader_view, "txt"), ("html-ie-broadcaster", html_ie_broadcaster, "html"),
           ("nz-outlook-paste", nz_outlook_paste, "txt")]

# The sixty-seventh held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b66.py. Its theme is ordinary
# English-language news sites as people save them today and did ten and
# twenty years ago. Kinds in no other set: a Singapore daily's HTML (the
# writer's card with photo, title and "In Place" line, "Published Mar 24,
# 2015, 6:31 pm SGT" and "Updated" lines, a newsletter sign-up box inside
# the text, "PHOTO:" captions, a messaging-channel line and topics after
# it); a Philippine broadsheet's HTML ("By: Name - Reporter / @handle",
# "Paper / 06:31 PM March 24, 2015", a "PLACE, Country —" dateline,
# "RELATED STORIES" paragraphs inside the text, the subscription and
# comments disclaimer after it); a 2000s Nigerian daily saved as text by an
# old browser (the visit day in the top bar, the left column's dated
# "Other News" list before the article, "Print This Story", readers'
# comments with day-first dates); a US public radio network's story copied
# whole ("Heard on ...", "Enlarge this image" / "hide caption" / "toggle
# caption" lines with the credit twice, "Sponsor Message", the date and
# time run together in one page); an Indian news portal's HTML
# ("Reported by Name, Edited by Name | Updated: March 24, 2015 6:31 pm
# IST", an "Also See" video box and a channel box inside the text, a
# "Track Latest News Live" line and promoted links). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b66

POOL = articles_b66.POOL

def esc(s):
    return html.escape(s, quote=False)

def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")[:70]

def ampm(h, m):
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"

def html_sg_daily(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    hh, mm = [(18, 31), (6, 5), (13, 48), (21, 10)][i % 4]
    pub = f"{x.strftime('%b')} {x.day}, {x.year}, {ampm(hh, mm)}"
    upd_s = f"{upd.strftime('%b')} {upd.day}, {upd.year}, 9:02 am"
    if i % 2 == 0:
        dates = f'<div class="story-postdate">Published {pub} SGT</div>\n<div class="story-updatedate">Updated {upd_s}</div>'
    else:
        dates = f'<div class="story-postdate">PUBLISHED {pub.upper()} SGT</div>'
    role = ["Regional Correspondent", "Senior Correspondent", None, "Foreign Editor"][i % 4]
    where = [f"In {a['place'].title()}", None, None, None][i % 4]
    if role:
        card = (f'<div class="author-field"><img class="author-img" src="/sites/default/files/styles/author/public/authors/{slug(a["by"])}.png" alt="">'
                f'<a class="author-name" href="/authors/{slug(a["by"])}">{esc(a["by"])}</a>'
                f'<div class="author-designation">{role}</div>'
                + (f'<div class="author-location">{esc(where)}</div>' if where else "") + "</div>")
    else:
        card = '<div class="author-field"><span class="author-name">Reuters</span></div>'
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    body.insert(0, f'<figure class="image"><img src="/sites/default/files/articles/{x.year}/{x.month:02d}/{a["key"]}.jpg" alt=""><figcaption><span class="caption-text">Officials at the meeting in {esc(a["place"].title())}.</span> <span class="caption-credit">PHOTO: {["REUTERS", "ST FILE", "AFP", "EPA-EFE"][i % 4]}</span></figcaption></figure>')
    nl = ('<div class="newsletter-embed"><h4>Sign up for the Asia Briefing newsletter</h4>'
          '<p>Our correspondents across the region, in your inbox every weekday.</p>'
          '<form><input type="email" placeholder="Enter your e-mail"><button>Sign up</button></form>'
          '<p class="small">By signing up, you agree to our Privacy Policy and Terms and Conditions.</p></div>')
    body.insert(min(3, len(body)), nl)
    topics = "".join(f'<li><a href="/topics/{t}">{t.replace("-", " ").title()}</a></li>' for t in ["diplomacy", "asia", slug(a["place"])])
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | The Strait Ledger</title>
<meta property="og:title" content="{esc(a['title'])} | The Strait Ledger">
<meta name="twitter:site" content="@straitledger">
</head>
<body class="node-type-article">
<div class="header-top"><a href="/">The Strait Ledger</a> <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/epaper">E-paper</a> <a href="/login">Log in</a></div>
<nav class="main-menu"><a href="/singapore">Singapore</a> <a href="/asia">Asia</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/life">Life</a> <a href="/business">Business</a> <a href="/tech">Tech</a> <a href="/sport">Sport</a> <a href="/videos">Videos</a> <a href="/podcasts">Podcasts</a></nav>
<div class="breaking-ticker">Breaking: <a href="/singapore/weather">Thundery showers expected over the next two weeks</a></div>
<main>
<div class="breadcrumb"><a href="/asia">Asia</a> &gt; <a href="/asia/se-asia">SE Asia</a></div>
<article>
<h1 class="headline node-title">{esc(a['title'])}</h1>
<div class="story-meta">
{card}
{dates}
</div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a> <a href="#">Gift this article</a></div>
<div class="story-body">
{chr(10).join(body)}
</div>
<p class="join-channel"><a href="https://t.me/straitledger">Join the Strait Ledger's Telegram channel and get the latest breaking news delivered to you.</a></p>
<div class="story-topics"><h3>Topics:</h3><ul>{topics}</ul></div>
</article>
<section class="more-stories"><h2>More on this Topic</h2><ul>{"".join(f'<li><a href="/asia/{slug(t)}">{esc(t)}</a></li>' for t in others(a, 3))}</ul></section>
<section class="most-popular"><h2>Most Popular</h2><ol>{"".join(f"<li>{esc(t)}</li>" for t in others(a, 6)[3:])}</ol></section>
</main>
<footer><p>Terms &amp; Conditions | Data Protection Policy | Need help? Reach us here. | Advertise with us</p><p>MCI (P) 031/10/2026. Published by The Strait Ledger, Strait Press Holdings Ltd. Co. Regn. No. 198402868E. Copyright &copy; 2026. All rights reserved.</p></footer>
</body>
</html>
"""
    return page, dict(byline="" if role is None else a["by"])

def html_ph_broadsheet(a, i):
    x = d(a)
    hh, mm = [(18, 31), (5, 2), (12, 40), (21, 15)][i % 4]
    stamp = f"{(hh - 1) % 12 + 1:02d}:{mm:02d} {'AM' if hh < 12 else 'PM'} {x.strftime('%B')} {x.day:02d}, {x.year}"
    handle = "@" + a["by"].split()[0].lower() + "INQ"
    who = [f'By: <a href="/byline/{slug(a["by"])}">{esc(a["by"])}</a> - <span>Reporter</span> / <a href="https://x.com/{handle[1:]}">{handle}</a>',
           f'By: <a href="/byline/{slug(a["by"])}">{esc(a["by"])}</a> - <span>Correspondent</span>',
           'By: <a href="/byline/agence-france-presse">Agence France-Presse</a>',
           f'By: <a href="/byline/{slug(a["by"])}">{esc(a["by"])}</a>'][i % 4]
    plat = ["Philippine Daily Courier", "Courier Global", "Agence France-Presse", "Philippine Daily Courier"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    if i % 2 == 0:
        dl = "MANILA, Philippines" if a["place"] == "MANILA" else f"{a['place']}"
        paras[0] = f"{dl} — " + p[0]
    body = [f"<p>{esc(q)}</p>" for q in paras]
    body.insert(1, f'<div id="attachment_{9000 + i}" class="wp-caption aligncenter"><img src="https://newsinfo.courier.example/files/{x.year}/{x.month:02d}/{a["key"]}.jpg" alt=""><p class="wp-caption-text">FILE PHOTO: Delegates in {esc(a["place"].title())}. COURIER FILES</p></div>')
    if len(paras) > 3:
        rel = others(a, 2)
        body.insert(3, f'<p><strong>RELATED STORIES</strong></p>\n<p><a href="/{900000 + 3 * i}/{slug(rel[0])}">{esc(rel[0])}</a></p>\n<p><a href="/{900001 + 3 * i}/{slug(rel[1])}">{esc(rel[1])}</a></p>')
    tail = [f'<p><em>Subscribe to COURIER PLUS to get access to The Philippine Daily Courier and other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am &amp; share articles on social media. Call 896 6000.</em></p>',
            "",
            "<p>For feedback, complaints, or inquiries, contact us.</p>",
            f'<p><em>Subscribe to COURIER PLUS to get access to The Philippine Daily Courier and other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am &amp; share articles on social media. Call 896 6000.</em></p>\n<p>For feedback, complaints, or inquiries, contact us.</p>'][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} | Courier News</title>
<link rel="stylesheet" href="https://newsinfo.courier.example/wp-content/themes/courier/style.css">
</head>
<body class="single single-post">
<div id="top-bar"><a href="/">Courier.net</a> <span>Philippine News for Filipinos</span> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<div id="nav"><a href="/">News</a> <a href="/nation">Nation</a> <a href="/metro">Metro</a> <a href="/regions">Regions</a> <a href="/global">Global Nation</a> <a href="/business">Business</a> <a href="/lifestyle">Lifestyle</a> <a href="/entertainment">Entertainment</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></div>
<div id="inq_section">Global Nation</div>
<div id="landing-headline"><h1 class="entry-title">{esc(a['title'])}</h1></div>
<div id="art_bar">
<div id="art_author">{who}</div>
<div id="art_plat">{plat} / {stamp}</div>
</div>
<div id="art_share"><span class="shr-cnt">0</span> SHARES <a href="#">Share it</a> <a href="#">Tweet it</a> <a href="#">Share it</a> <a href="#">Email it</a></div>
<div id="article_content">
{chr(10).join(body)}
{tail}
</div>
<div id="art_tags">Read Next<br><a href="/{900500 + i}/{slug(others(a, 3)[2])}">{esc(others(a, 3)[2])}</a></div>
<div id="art-disclaimer">Disclaimer: Comments do not represent the views of The Philippine Daily Courier or Courier.net. We reserve the right to exclude comments which are inconsistent with our editorial standards.</div>
<div id="fb-comments">FOLLOW US ON FACEBOOK</div>
<div id="footer"><p>&copy; Copyright 1997-2026 Courier.net | All Rights Reserved</p><p><a href="/about">About Us</a> <a href="/privacy">Privacy Policy</a> <a href="/advertise">Advertise</a></p></div>
</body>
</html>
"""
    return page, dict(paras=paras, byline="" if i % 4 == 2 else a["by"])

def ng_oldbrowser_text(a, i):
    x = d(a)
    visit = x + datetime.timedelta(days=[2, 0, 5, 1][i % 4])
    side = others(a, 5)
    side_lines = "\n".join(f"{t}\n{(x - datetime.timedelta(days=k % 3)).strftime('%b')} {(x - datetime.timedelta(days=k % 3)).day}, {(x - datetime.timedelta(days=k % 3)).year}" for k, t in enumerate(side))
    byl = [f"By {a['by']}", f"From {a['by']} in {a['place'].title()}", f"By {a['by']}, Deputy Political Editor", "By Our Reporter"][i % 4]
    when = [wk_dmy(a).replace(",", ",", 1), f"{x.strftime('%A')}, {long_mdy(a)}", f"{x.day}-{x.strftime('%b')}-{x.year}", f"{x.strftime('%A')}, {long_mdy(a)}"][i % 4]
    c1 = x + datetime.timedelta(days=1)
    comments = [f"Comment by: Emeka O. (Posted: {c1.day:02d}/{c1.month:02d}/{c1.year})\nThis is long overdue. Our traders have suffered too much at those borders.",
                f"Comment by: Bola, London (Posted: {c1.day:02d}/{c1.month:02d}/{c1.year})\nWe shall see. Implementation is always the problem in this country.",
                "Post your comment\nName:\nE-mail:\nComment:\nSubmit"]
    text = blocks(f"{visit.strftime('%A')}, {long_mdy(dict(date=visit.isoformat()))}     Home | About Us | Advertise | Contact Us",
                  "THE LAGOON GUARDIAN\nNigeria's Independent Newspaper",
                  "News | Politics | Business | Sports | Editorial | Columns | Features | Letters | Archive",
                  "OTHER NEWS\n" + side_lines,
                  "Search the archive\nGo",
                  "ADVERTISE WITH US\nCall 01-555-0100",
                  a["title"],
                  byl,
                  when,
                  "\n\n".join(a["paras"]),
                  "Print This Story   |   Email This Story   |   Back to Top",
                  "READERS' COMMENTS",
                  "\n\n".join(comments[:2] if i % 2 == 0 else comments[2:]),
                  f"Copyright © 2003 - {max(x.year, 2004)} The Lagoon Guardian Newspapers Ltd. All rights reserved.\nSite designed and hosted by NetLagos Ltd.")
    return text, dict(byline="" if i % 4 == 3 else a["by"])

def us_radio_ctrla(a, i):
    x = d(a)
    hh, mm = [(18, 31), (5, 4), (15, 22), (10, 40)][i % 4]
    tm = f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'} ET"
    when = [f"{long_mdy(a)} · {tm}", f"{long_mdy(a)}{tm}", f"Updated {long_mdy(a)} at {tm}", f"{long_mdy(a)}{tm}"][i % 4]
    byl = [f"By {a['by']}", a["by"], f"{a['by']}\n\n{a['by']}", "The Associated Wire"][i % 4]
    heard = "Heard on Morning Edition\n\n" + a["by"] + "\n\n4-Minute Listen\nPlaylist\nDownload\nEmbed\nTranscript" if i % 2 == 0 else None
    credit = ["Lena Horvath/Reuters", "Anton Weiss/AFP via Getty Images", "Mina Park/AP", "Lena Horvath/Reuters"][i % 4]
    img = f"Enlarge this image\n\nOfficials gather before the talks in {a['place'].title()}.\n\n{credit}\nhide caption\n\ntoggle caption\n{credit}"
    p = a["paras"]
    body = list(p)
    if len(p) > 3:
        body.insert(3, "Sponsor Message")
    if i % 2 == 1 and len(body) > 2:
        body.insert(2, img)
    text = blocks("Skip to main content",
                  "Keep public radio strong. Donate today.",
                  "PRN\nNews\nCulture\nMusic\nPodcasts & Shows\nSearch\nNewsletters\nPRN Shop\nDonate",
                  "World",
                  a["title"],
                  heard,
                  when,
                  byl if i % 2 == 1 or i % 4 == 0 else None,
                  "Facebook\nFlipboard\nEmail",
                  img if i % 2 == 0 else None,
                  "\n\n".join(body),
                  "Sponsor Message",
                  "Become a PRN sponsor",
                  "More Stories From PRN\n" + "\n".join(others(a, 3)),
                  "Read & Listen\nHome\nNews\nCulture\nMusic\nPodcasts & Shows\n\nConnect\nNewsletters\nFacebook\nInstagram\nPress\nPublic Editor\nCorrections\nContact & Help",
                  "© 2026 Public Radio Network")
    return text, dict(byline="" if i % 4 == 3 else a["by"])

def html_in_portal(a, i):
    x = d(a)
    hh, mm = [(18, 31), (9, 7), (23, 55), (14, 2)][i % 4]
    iso = f"{a['date']}T{hh:02d}:{mm:02d}:27+05:30"
    shown = f"{long_mdy(a)} {(hh - 1) % 12 + 1}:{mm:02d} {'am' if hh < 12 else 'pm'} IST"
    who = [f'Reported by <a href="/author/{slug(a["by"])}">{esc(a["by"])}</a>, Edited by <a href="/author/rohit-kapoor">Rohit Kapoor</a>',
           f'Written by <a href="/author/{slug(a["by"])}">{esc(a["by"])}</a>',
           'Indo-Asian Wire',
           f'Reported by <a href="/author/{slug(a["by"])}">{esc(a["by"])}</a>, Edited by <a href="/author/neha-joshi">Neha Joshi</a>'][i % 4]
    p = list(a["paras"])
    paras = list(p)
    if i % 2 == 1:
        paras[0] = f"{a['place'].title()}: " + p[0]
    body = [f"<p>{esc(q)}</p>" for q in paras]
    body.insert(min(2, len(body)), f'<div class="vid-box"><span class="vid-ttl">Also See</span><a href="/video/{slug(others(a, 4)[3])}"><img src="/thumbs/{x.year}/{a["key"]}.jpg" alt="">Video: {esc(others(a, 4)[3])}</a></div>')
    if len(body) > 5:
        body.insert(5, '<div class="ins_instory_dv"><a href="https://whatsapp.example/channel/portal">Follow our WhatsApp channel for the latest world news</a></div>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<meta name="description" content="{esc(p[0][:160])}">
<meta property="og:site_name" content="Bharat Now">
<link rel="canonical" href="https://www.bharatnow.example/world-news/{slug(a['title'])}-{3000000 + i}">
</head>
<body>
<div class="top-nav"><a href="/">Bharat Now</a> <a href="/hindi">हिंदी</a> <a href="/live-tv">Live TV</a> <a href="/latest">Latest</a> <a href="/india">India</a> <a href="/world-news">World</a> <a href="/business">Business</a> <a href="/cricket">Cricket</a> <a href="/entertainment">Entertainment</a> <a href="/web-stories">Web Stories</a></div>
<div class="notif">Get notified about the latest news <button>Allow</button> <button>Later</button></div>
<div class="content">
<nav class="brdcrmb"><a href="/">Home</a> | <a href="/world-news">World News</a> | {esc(a['title'])}</nav>
<h1 class="sp-ttl" itemprop="headline">{esc(a['title'])}</h1>
<div class="pst-by">
<span class="pst-by_lnk">{who}</span> | <span itemprop="dateModified" content="{iso}">Updated: {shown}</span>
</div>
<div class="sp-cn ins_storybody" itemprop="articleBody">
{chr(10).join(body)}
<p class="ins_instory_lnk"><em>Track Latest News Live on Bharat Now and get news updates from India and around the world.</em></p>
</div>
<div class="tags">Tags: <a href="/topic/diplomacy">Diplomacy</a>, <a href="/topic/{slug(a['place'])}">{esc(a['place'].title())}</a></div>
<div class="comments"><a href="#">Comments</a></div>
<div class="promoted"><h3>Promoted</h3><p>Listen to the latest songs, only on SaregaMusic.example</p><p>Shopping deals you should not miss this week</p></div>
<div class="trending"><h3>Trending</h3><ul>{"".join(f"<li>{esc(t)}</li>" for t in others(a, 3))}</ul></div>
</div>
<footer><p>Copyright &copy; Bharat Now Convergence Limited 2026. All rights reserved.</p></footer>
</body>
</html>
"""
    return page, dict(paras=paras, byline="" if i % 4 == 2 else a["by"])

BLIND67 = [("html-sg-daily", html_sg_daily, "html"), ("html-ph-broadsheet", html_ph_broadsheet, "html"),
           ("ng-oldbrowser-text", ng_oldbrowser_text, "txt"), ("us-radio-ctrla", us_radio_ctrla, "txt"),
           ("html-in-portal", html_in_portal, "html")]

# The thirty-fourth held-out batch, a blind one: written without reading
# the reader, read once for the unseen score, not tuned on. Kinds in no
# other set: a 2000s web portal's wire story saved as text (writer's name
# in capitals, "Email Story", ratings, the portal's date with or without
# the year), a browser's "Webpage, Complete" HTML save with its
# saved-from comment, scripts, state JSON and a consent dialog, an
# "e-mail this story" message sent by a friend, a news agency's HTML with
# Dublin Core meta and the dateline in the first paragraph, a Nordic
# broadcaster's English service with local chrome and dotted dates. All
# text invented.
import datetime, html, json
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

def portal(a, i):
    x = d(a)
    src = ["AP", "AFP", "Reuters", "AP"][i % 4]
    srcname = {"AP": "Associated Wire", "AFP": "Agence Presse Globale", "Reuters": "Global Wire"}[src]
    tm = ["2:15 PM ET", "9:48 AM ET", "11:02 PM ET", "6:30 AM ET"][i % 4]
    stamp = f"{x.strftime('%a %b')} {x.day}, {tm}" if i % 4 == 1 else f"{x.strftime('%a %b')} {x.day}, {x.year} {tm}"
    by = f"By {a['by'].upper()}, {srcname} Writer" if src == "AP" else f"By {a['by']}"
    first = f"{a['place']} ({src}) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks("Orbit! My Orbit! Mail    Search:                          [Web Search]",
                  "Welcome, Guest [Sign In]                    Orbit! News Home - Help",
                  "Home   U.S.   Business   World   Entertainment   Sports   Tech   Politics   Science   Health   Most Popular",
                  f"World - {src}",
                  a["title"],
                  f"{stamp}",
                  by,
                  "\n\n".join(paras),
                  "Email Story\nIM Story\nPrintable View",
                  f"Recommend It:        Average (rated {3 + i % 2}.{i} by {18 + i * 5} users)",
                  f"Related News Stories\n" + "\n".join(f"{t} - {src} ({x.strftime('%a %b')} {x.day})" for t in others(a, 2)),
                  f"Copyright © {x.year} {srcname}. All rights reserved. The information contained in the {src} News report may not be published, broadcast, rewritten or redistributed without the prior written authority of {srcname}.",
                  f"Copyright © {x.year} Orbit! Inc. All rights reserved. Privacy Policy - Terms of Service - Copyright/IP Policy - Send Us Feedback")
    return text, dict(paras=paras, byline=a["by"].upper() if src == "AP" else a["by"])

def html_savedcomplete(a, i):
    x = d(a)
    slug = a["title"].replace(" ", "-").replace("'", "")[:60]
    url = f"https://www.lakesidedaily.example/news/world/{a['key']}-{x.year}{x.month:02d}{x.day:02d}"
    urlc = f"{len(url):04d}"
    state = json.dumps({"page": {"type": "article", "section": "world", "id": 40000 + i},
                        "related": [{"headline": t} for t in others(a, 2)]})
    ps = "\n".join(f'<p class="story-text">{esc(q)}</p>' for q in a["paras"])
    when = [f"{long_mdy(a)} | 2:15 PM", f"Published: {long_mdy(a)}, 6:42 am", f"{x.strftime('%b')} {x.day}, {x.year}", f"Posted {long_mdy(a)}"][i % 4]
    by = [f"By {a['by']}", f"{a['by']}\nThe Lakeside Daily", f"By {a['by']} | The Lakeside Daily", f"By {a['by']}"][i % 4]
    page = f"""<!DOCTYPE html>
<!-- saved from url=({urlc}){url} -->
<html lang="en-US" class="js flexbox"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | The Lakeside Daily</title>
<link rel="stylesheet" href="./{slug}_files/main.min.css">
<script async="" src="./{slug}_files/gtm.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','UA-000000-1');</script>
<script>window.__PAGE_STATE__ = {state};</script>
<style>.sticky-nav{{position:fixed;top:0}} .ad-container{{min-height:250px}}</style>
</head>
<body class="article-page">
<noscript><iframe src="./{slug}_files/ns.html" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="sticky-nav"><a class="brand" href="https://www.lakesidedaily.example/">The Lakeside Daily</a>
<ul class="menu"><li><a href="https://www.lakesidedaily.example/news">News</a></li><li><a href="https://www.lakesidedaily.example/news/local">Local</a></li><li><a href="https://www.lakesidedaily.example/news/world">World</a></li><li><a href="https://www.lakesidedaily.example/sports">Sports</a></li><li><a href="https://www.lakesidedaily.example/obituaries">Obituaries</a></li><li><a href="https://www.lakesidedaily.example/eedition">e-Edition</a></li></ul>
<a class="subscribe" href="https://www.lakesidedaily.example/subscribe">Subscribe</a></div>
<div class="ad-container leaderboard"><div id="div-gpt-ad-top"><iframe src="./{slug}_files/container.html" title="3rd party ad content"></iframe></div></div>
<div class="container"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="https://www.lakesidedaily.example/">Home</a></li><li><a href="https://www.lakesidedaily.example/news">News</a></li><li><a href="https://www.lakesidedaily.example/news/world">World</a></li></ol>
<h1 class="story-title">{esc(a['title'])}</h1>
<div class="story-meta"><div class="byline">{by.replace(chr(10), '<br>')}</div><div class="timestamp">{when}</div></div>
<div class="social-share"><a class="fb" href="#">Facebook</a><a class="tw" href="#">Twitter</a><a class="em" href="#">Email</a><a class="pr" href="#">Print</a></div>
<div class="story-body">
{ps}
</div>
<div class="tags">Tags: <a href="#">World</a>, <a href="#">Diplomacy</a></div>
<div class="taboola"><h3>You May Like</h3><a href="#">Doctors Stunned: This Simple Trick Cuts Your Energy Bill</a> <a href="#">Sponsored Links</a></div>
</div><div class="col-md-4 sidebar"><div class="ad-container"><iframe src="./{slug}_files/ad2.html"></iframe></div><h3>Most Popular</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div></div></div>
<footer><p>© {max(x.year, 2012)} The Lakeside Daily. All rights reserved.</p><p><a href="#">Terms of Service</a> | <a href="#">Privacy Policy</a> | <a href="#">Contact Us</a></p></footer>
<div id="consent-sdk" role="dialog" aria-label="Privacy"><div class="consent-policy">By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</div><button id="consent-reject">Reject All</button><button id="consent-accept">Accept All Cookies</button><button id="consent-settings">Cookies Settings</button></div>
<script src="./{slug}_files/main.min.js"></script>
</body></html>
"""
    return page, dict(byline=a["by"])

def emailfriend(a, i):
    x = d(a)
    sent = x + datetime.timedelta(days=[0, 1, 3, 0][i % 4])
    sender = ["j.moreau@example.net", "tom.haig@example.org", "lisa.k@example.com", "b.okoro@example.net"][i % 4]
    date_line = [long_mdy(a), f"Published {long_dmy(a)}", wk_dmy(a), f"{long_mdy(a)}"][i % 4]
    text = blocks(f"From: The Daily Courier <noreply@dailycourier.example>\nTo: you@example.com\n"
                  f"Subject: {sender} has sent you an article from The Daily Courier\n"
                  f"Date: {sent.strftime('%a')}, {sent.day} {sent.strftime('%b')} {sent.year} 18:22:10 +0000",
                  f"{sender} thought you would be interested in this article from The Daily Courier.",
                  "Personal message:\n" + ["Have a look at this, it is what we were talking about on Friday.", "FYI",
                                           "Saw this and thought of you.", "See paragraph three."][i % 4],
                  "-" * 40,
                  a["title"], f"By {a['by']}" if i % 2 == 0 else f"{a['by']}, Courier correspondent",
                  date_line,
                  "\n\n".join(a["paras"]),
                  "-" * 40,
                  f"Find this article at:\nhttp://www.dailycourier.example/world/{x.year}/{x.month:02d}/{a['key']}.html",
                  "Check the box to include the list of links referenced in the article.",
                  f"Copyright {x.year} The Daily Courier. This e-mail was sent at the request of the sender. The Daily Courier has not verified the sender's address and does not keep it.")
    return text, {}

def html_agency(a, i):
    x = d(a)
    ag = "APG"
    first = f"{a['place']}, {x.strftime('%b')} {x.day}, {x.year} ({ag}) - " + a["paras"][0] if i % 2 == 0 else f"{a['place']} ({ag}) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in paras)
    dc = f'<meta name="DC.date.issued" content="{a["date"]}">\n<meta name="DC.creator" content="{a["by"]}">' if i % 4 in (0, 1) else ""
    vis = ["", f'<p class="time">{x.day:02d}/{x.month:02d}/{x.year} {13 + i}:{10 + i * 7:02d} GMT</p>', f'<p class="time">{long_dmy(a)} - {13 + i}:05 GMT</p>', f'<p class="time">{wk_dmy(a)} {13 + i}:40 GMT</p>'][i % 4]
    if i % 4 == 1 and x.day <= 12:
        vis = f'<p class="time">{long_dmy(a)} {13 + i}:10 GMT</p>'
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - APG English</title>
{dc}
<meta name="keywords" content="diplomacy, {a['place'].lower()}">
</head>
<body>
<div id="header"><div class="brand">Agence Presse Globale</div><ul class="langs"><li>Français</li><li class="on">English</li><li>Español</li><li>Deutsch</li><li>العربية</li></ul>
<ul class="nav"><li>World</li><li>Africa</li><li>Americas</li><li>Asia-Pacific</li><li>Europe</li><li>Middle East</li><li>Sport</li></ul></div>
<div id="content">
<div class="article">
<h1>{esc(a['title'])}</h1>
{vis}
<div class="media"><img src="/photo/{a['key']}.jpg" alt=""><p class="caption">File picture of the city centre. &copy; APG/Paul Weir</p></div>
<div class="text">
{ps}
<p class="sig">{a['by'].split()[0][0].lower()}{a['by'].split()[-1][:2].lower()}/ab</p>
</div>
<div class="author-box">by {a['by']}</div>
</div>
<div class="more"><h3>Latest news</h3><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 4))}</ul></div>
</div>
<div id="footer">© {x.year} APG. All rights reserved. None of the information contained on this web site may be reproduced, redistributed or retransmitted without APG's prior written consent.</div>
</body></html>
"""
    return page, dict(paras=paras)

def nordic(a, i):
    x = d(a)
    dd = f"{x.day:02d}.{x.month:02d}.{x.year}"
    upd = x + datetime.timedelta(days=[0, 0, 1, 0][i % 4])
    ud = f"{upd.day:02d}.{upd.month:02d}.{upd.year}"
    date = [f"Published {dd} 14:32", f"{dd} kl. 09:15\nUpdated {ud} kl. 11:40", f"Published {dd} 07:05 | Updated {ud} 10:20", f"{dd} 18:50"][i % 4]
    by = [a["by"], f"{a['by']}\nNRN News", "NRN News", f"{a['by']}, NRN"][i % 4]
    text = blocks("Hopp til innhold", "Nyheter\nSport\nKultur\nDistrikt\nTV\nRadio\nIn English",
                  "NRN News in English", a["title"], by, date,
                  "\n\n".join(a["paras"]),
                  "Del artikkelen\nFacebook\nX\nE-post\nKopier lenke",
                  "Les også\n" + "\n".join(others(a, 3)),
                  "NRN News in English · news@nrn.example",
                  "Ansvarlig redaktør: Kari Holm\nNyhetsredaktør: Per Vik",
                  "© NRN. Norsk Radio- og Nyhetsnett. Om NRN | Personvern | Informasjonskapsler")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

BLIND34 = [("portal", portal, "txt"), ("html-savedcomplete", html_savedcomplete, "html"), ("emailfriend", emailfriend, "txt"),
            ("html-agency", html_agency, "html"), ("nordic", nordic, "txt")]

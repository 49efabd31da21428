# The fifty-fourth held-out batch, a blind one: written without reading the
# reader, on articles of its own (articles_b54.py). Its theme is news sites
# saved as text. Kinds in no other set: a dial-up online service's news
# window saved as text (its toolbar, keyword line and wire story with a
# dateline); a WAP news service saved from a phone emulator, the story cut
# into numbered cards that repeat the headline; a w3m dump of a small-town
# paper with its rendered form fields, box-drawing rules and a photo
# caption; a page sent by a browser's "Send page by e-mail" in plain text,
# with each link's address in angle brackets and the mail's own date; an
# AMP web story in HTML, one paragraph a page. All text invented.
import datetime, html, json, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b54

POOL = articles_b54.POOL

def esc(s):
    return html.escape(s, quote=False)

def onlineservice(a, i):
    x = d(a)
    place = a["place"]
    first = f"{place} (GP) -- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    when = [f"{x.strftime('%A')}, {long_mdy(a)} 10:42 AM EDT",
            f"{x.strftime('%b')} {x.day}, {x.year} - 04:17 PM ET",
            f"{x.day:02d}-{x.strftime('%b')}-{x.year} 09:05 EST",
            f"Posted 11:20 a.m. EDT, {x.strftime('%A')}, {long_mdy(a)}"][i % 4]
    byl = [f"By {a['by']}\nGlobal Press Writer", f"By {a['by']}\nGlobal Press Writer",
           f"By {a['by'].upper()}\nGlobal Press Diplomatic Writer", None][i % 4]
    crumb = ["News Channel > World > Europe", "News Channel > World", "News > International > Top Stories", "News Channel > World > Diplomacy"][i % 4]
    text = blocks("NetLine Online - News",
                  "File  Edit  Window  Sign Off  Help",
                  "Read | Write | Mail Center | Print | My Files | My NetLine | Favorites | Internet | Channels | People | Quotes | Weather",
                  "Keyword: WORLD NEWS                                [ Go ]   [ Search ]",
                  "Channels\nWelcome\nNews\nSports\nFinance\nEntertainment\nTravel\nKids Only",
                  crumb,
                  when,
                  a["title"],
                  byl,
                  "\n\n".join(paras),
                  f"Copyright {x.year} Global Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
                  "<< Previous Story | Top World News | Next Story >>",
                  "Send to a Friend    Print    Save to Personal Filing Cabinet",
                  "Message Boards: Talk about the news with other members\nChat: World Affairs Room (23 members)",
                  "Top World News\n" + "\n".join("  " + t for t in others(a, 4)),
                  f"NetLine Online members: 1,2{i}4,330 signed on now")
    return text, dict(paras=paras, byline=[a["by"], a["by"], a["by"].upper(), ""][i % 4])

def wapdeck(a, i):
    x = d(a)
    p = a["paras"]
    cards = [p[k:k + 2] for k in range(0, len(p), 2)]
    n = len(cards)
    when = [f"{x.day:02d}-{x.strftime('%b')}-{x.strftime('%y')} 09:30 GMT", f"{short_dmy(a)}, 09:30",
            f"{x.strftime('%a')} {short_dmy(a)}", f"Updated 14:02 {short_dmy(a)}"][i % 4]
    head = "MobiNews > World"
    out = [f"=== MobiNews ===\n1 Top stories\n2 World\n3 Business\n4 Sport\n5 Weather\n0 Home",
           "----------"]
    for k, c in enumerate(cards):
        out.append(head)
        if k == 0:
            out.append(a["title"].upper() if i % 2 else a["title"])
            out.append(when)
            if i % 2 == 0:
                out.append("By " + a["by"])
        else:
            out.append(f"{a['title']} ({k + 1}/{n})")
        out.append("\n\n".join(c))
        nav = f"[{k + 1}/{n}]" + (" <Back" if k else "") + (" More>" if k < n - 1 else "")
        out.append(nav)
        if k == n - 1 and i % 2 == 1:
            out.append("Reporter: " + a["by"])
        out.append("----------")
    out.append("Related:\n" + "\n".join(f"{m + 1} {t}" for m, t in enumerate(others(a, 3))))
    out.append("----------")
    out.append(f"0 Home  * Menu  # Top\n(c) MobiNews {x.year}. Network charges may apply.")
    return blocks(*out), dict(title=a["title"].upper() if i % 2 else a["title"])

def w3mdump(a, i):
    x = d(a)
    rule = "━" * 78
    when = [f"Published: {x.strftime('%A')}, {long_mdy(a)} 9:30 AM CDT", f"Posted {x.strftime('%b')} {x.day}, {x.year} at 6:12 p.m.",
            f"{long_mdy(a)} - 10:05 am", f"Published: {long_dmy(a)}"][i % 4]
    byl = [f"By {a['by']}\nSentinel Staff Writer", f"By {a['by']}\nFor the Sentinel", f"{a['by']}\nStaff Writer",
           f"By {a['by']} / Sentinel Correspondent"][i % 4]
    wrapped = [textwrap.fill(q, 79) for q in a["paras"]]
    if i % 2 == 0:
        cap = textwrap.fill(f"[photo] Delegates gather before the talks in {a['place'].title()}. (Sentinel file photo)", 79)
        wrapped = wrapped[:1] + [cap] + wrapped[1:]
    else:
        wrapped = [f"[photo] (Courtesy photo)"] + wrapped
    text = blocks("                           The Valley Sentinel\n                  Serving the Three Rivers Valley since 1887",
                  "Home | News | World | Sports | Business | Obituaries | Classifieds | Contact Us",
                  "Search: [                    ] [Go]     Section: [World            ]",
                  rule,
                  "World\n━━━━━",
                  textwrap.fill(a["title"], 79),
                  byl,
                  when,
                  "\n\n".join(wrapped),
                  "  • Email this story\n  • Print this story\n  • Comments (" + str(3 + i) + ")",
                  rule,
                  "Related stories\n" + "\n".join("  • " + t for t in others(a, 3)),
                  "Get the Sentinel in your inbox: [Email address        ] [Sign up]",
                  rule,
                  f"Copyright © {x.year} The Valley Sentinel. All rights reserved.\nPrivacy Policy | Terms of Use | Advertise",)
    return text, dict(byline=a["by"])

def sendpage(a, i):
    x = d(a)
    site = "http://www.continental-times.example"
    sent = x + datetime.timedelta(days=1 + i)
    hdr = (f"From: \"Jan Novak\" <jan.novak@example.net>\n"
           f"To: <press.desk@example.org>\n"
           f"Subject: {'The Continental Times - ' if i % 2 else ''}{a['title']}\n"
           f"Date: {sent.strftime('%a')}, {sent.day} {sent.strftime('%b')} {sent.year} 08:{12 + i:02d}:44 +0200\n"
           f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"iso-8859-1\"\nX-Mailer: Mail Express 5.00.2314")
    when = [long_mdy(a), f"{x.strftime('%A')}, {x.day} {x.strftime('%B')}, {x.year}, 14:05 GMT",
            f"{x.strftime('%a')} {short_dmy(a)}", f"Published {long_dmy(a)}"][i % 4]
    slug = a["by"].lower().replace(" ", "-")
    byl = [f"By {a['by']} <mailto:{slug}@continental-times.example>", f"{a['by']} <{site}/authors/{slug}/>",
           f"By {a['by']}, Correspondent", f"From our correspondent in {a['place'].title()}"][i % 4]
    text = blocks(hdr,
                  f"The Continental Times <{site}/>",
                  f"Home <{site}/> | World <{site}/world/> | Europe <{site}/europe/> | Business <{site}/business/> | Opinion <{site}/opinion/>",
                  f"World <{site}/world/>",
                  a["title"],
                  byl,
                  when,
                  "\n\n".join(a["paras"]),
                  f"Email this story <{site}/cgi-bin/mail?id={a['key']}> | Printer-friendly version <{site}/print/{a['key']}.html>",
                  "Related stories:\n" + "\n".join(f"* {t} <{site}/world/{n}.html>" for n, t in enumerate(others(a, 3))),
                  f"(c) {x.year} The Continental Times <{site}/legal/> | Contact us <{site}/contact/>")
    return text, dict(byline=a["by"] if i % 4 != 3 else "")

def html_webstory(a, i):
    x = d(a)
    when = [long_mdy(a), f"{x.strftime('%b')} {x.day}, {x.year}", long_dmy(a), f"Published {short_dmy(a)}"][i % 4]
    byl = [f"By {a['by']}", f"Story by {a['by']}", f"Words: {a['by']} · Photos: Pulse Visuals", f"{a['by']}"][i % 4]
    ld = ""
    if i % 2 == 1:
        ld = '<script type="application/ld+json">' + json.dumps(
            {"@context": "https://schema.org", "@type": "Article", "headline": a["title"],
             "datePublished": a["date"] + "T07:00:00+00:00", "publisher": {"@type": "Organization", "name": "The Daily Pulse"}}) + "</script>"
    pages = []
    for k, q in enumerate(a["paras"]):
        pages.append(f"""<amp-story-page id="page-{k + 1}">
<amp-story-grid-layer template="fill"><amp-img src="/stories/{a['key']}/{k + 1}.jpg" width="720" height="1280" layout="responsive" alt="Photo {k + 1}"></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical" class="bottom">
<p class="text">{esc(q)}</p>
<p class="credit">Photo: Pulse/{'File' if k % 2 else 'Handout'}</p>
</amp-story-grid-layer>
</amp-story-page>""")
    more = "".join(f'<li><a href="/stories/{n}/">{esc(t)}</a></li>' for n, t in enumerate(others(a, 3)))
    page = f"""<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Pulse Stories</title>
<link rel="canonical" href="https://www.dailypulse.example/stories/{a['key']}/">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style>
{ld}
</head>
<body>
<amp-story standalone title="{esc(a['title'])}" publisher="The Daily Pulse" publisher-logo-src="/logo-96.png" poster-portrait-src="/stories/{a['key']}/cover.jpg">
<amp-story-page id="cover">
<amp-story-grid-layer template="fill"><amp-img src="/stories/{a['key']}/cover.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical" class="cover">
<p class="kicker">World · Web Story</p>
<h1>{esc(a['title'])}</h1>
<p class="byline">{esc(byl)}</p>
<p class="date">{when}</p>
</amp-story-grid-layer>
</amp-story-page>
{chr(10).join(pages)}
<amp-story-page id="more">
<amp-story-grid-layer template="vertical">
<h2>More Web Stories</h2>
<ul>{more}</ul>
<p class="cta">Swipe up to read the full story on The Daily Pulse</p>
</amp-story-grid-layer>
<amp-story-page-outlink layout="nodisplay"><a href="https://www.dailypulse.example/world/{a['key']}/">Read more</a></amp-story-page-outlink>
</amp-story-page>
<amp-story-social-share layout="nodisplay"></amp-story-social-share>
</amp-story>
</body>
</html>
"""
    return page, {}

BLIND54 = [("onlineservice", onlineservice, "txt"), ("wapdeck", wapdeck, "txt"), ("w3mdump", w3mdump, "txt"),
           ("sendpage", sendpage, "txt"), ("html-webstory", html_webstory, "html")]

# The sixty-second held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b60.py. Its theme is news sites saved
# as text. Kinds in no other set: an old Internet Explorer "Save as text" of
# a South African portal (every cell on its own line, "June 14 2000 at
# 06:42PM", a "Johannesburg -" dateline, the agency's "- Sapa-AFP" sign-off);
# a links dump of a South American English-language news service with its
# bordered header tables, ordinal dates ("June 14th 2011 - 18:31 UTC") and
# dated readers' comments; a New Zealand daily copied whole ("14 Jun, 2011
# 06:42 PM", "3 mins to read", "Photo / AP", an agency's "- AP" sign-off); a
# German news magazine's English print page ("06/14/2011 06:42 PM", a
# kicker over the headline, photo-gallery markers between the paragraphs,
# writer's initials and "with wire reports"); a page as a transcoding proxy
# served it to a slow phone (its banner, the site's menu moved under the
# text, "Published: 10:15 AM, June 14, 2011 / Last modified:"). All text
# invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b60

POOL = articles_b60.POOL

def esc(s):
    return html.escape(s, quote=False)

def ampm(h, m):
    return f"{(h - 1) % 12 + 1:02d}:{m:02d}{'AM' if h < 12 else 'PM'}"

def ie_sa(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    mon = x.strftime("%B")
    when = [f"{mon} {x.day} {x.year} at {ampm(18, 42)}",
            f"{mon} {x.day} {x.year} at {ampm(10, 15)}\nUpdated: {upd.strftime('%B')} {upd.day} {upd.year} at {ampm(7, 5)}",
            f"{mon} {x.day} {x.year} at {ampm(21, 3)}",
            f"{mon} {x.day} {x.year} at {ampm(13, 30)}"][i % 4]
    byl = [f"By {a['by']}", None, f"By {a['by']}, Foreign Service", None][i % 4]
    sign = [None, "- Sapa-AFP", "- The Morning Star", "- Sapa"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    paras[0] = f"{a['place'].title()} - " + p[0]
    menu = "\n\n".join(["Home", "News", "South Africa", "Africa", "World", "Business", "Sport", "Motoring",
                        "Entertainment", "Travel", "Property", "Classifieds", "Dating"])
    text = blocks("  ", "SA Online", " ", menu, "Search", " ",
                  "Special Reports:", "Elections | Africa Summit | Rugby World Cup",
                  " ", "World", " ",
                  a["title"],
                  byl,
                  when,
                  " ",
                  "\n\n".join(paras),
                  sign,
                  " ",
                  "Email story\n\nPrint story\n\nComment on this story",
                  "Related Articles",
                  "\n".join("·  " + t for t in others(a, 3)),
                  " ",
                  "Advertisement",
                  " ",
                  f"© Independent Online {x.year}. All rights reserved. SA Online publishes this article in good faith and is not responsible for any errors or omissions.",
                  "Terms & Conditions | Privacy Policy | Contact Us")
    return text, dict(paras=paras, byline="" if byl is None else a["by"])

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def links_latam(a, i):
    x = d(a)
    c1 = x + datetime.timedelta(days=1)
    when = [f"{x.strftime('%A')}, {x.strftime('%B')} {ordinal(x.day)} {x.year} - 18:31 UTC",
            f"{x.strftime('%A')}, {x.strftime('%B')} {ordinal(x.day)} {x.year} - 09:04 UTC",
            f"{x.strftime('%B')} {ordinal(x.day)} {x.year} - 21:15 UTC",
            f"{x.strftime('%A')}, {x.strftime('%B')} {ordinal(x.day)} {x.year} - 06:50 UTC"][i % 4]
    byl = [None, f"By {a['by']}, in {a['place'].title()}", None, f"By {a['by']}"][i % 4]
    w = 90
    bar = "   +" + "-" * w + "+"
    def row(s):
        return "   | " + s.ljust(w - 2) + " |"
    header = "\n".join([bar, row("SOUTHERN CONE PRESS                 Español | Português | Newsletter"), bar,
                        row("Home | Argentina | Brazil | Chile | Uruguay | Paraguay | South Atlantic | Antarctica"),
                        bar])
    ps = "\n\n".join(textwrap.fill(q, 76, initial_indent="   ", subsequent_indent="   ") for q in a["paras"])
    comments = [f"   1 Gaucho_del_Sur (#)\n   {c1.strftime('%b')} {ordinal(c1.day)}, {c1.year} - 02:14 am +2\n   Another agreement on paper. Let us see what happens next year.",
                f"   2 Islander (#)\n   {c1.strftime('%b')} {ordinal(c1.day)}, {c1.year} - 08:40 am 0\n   Good news for once, even if it took too long."]
    text = blocks(header,
                  "   [ Search ]   Login | Register",
                  "   " + when,
                  "   " + a["title"],
                  ("   " + byl) if byl else None,
                  ps,
                  "   Categories: Politics, International.",
                  "   Top Comments\n\n   Disclaimer & comment rules\n\n" + "\n\n".join(comments[: 1 + i % 2]),
                  "   Commenting for this story is now closed.\n   If you have a social media account, follow us and comment on our page!",
                  "   Related news\n" + "\n".join(f"     * {t}" for t in others(a, 3)),
                  bar + "\n" + row(f"Southern Cone Press (c) 1993-{max(x.year, 2004)}  All rights reserved") + "\n" + bar)
    return text, dict(byline="" if byl is None else a["by"])

def nz_copy(a, i):
    x = d(a)
    when = [f"{x.day} {x.strftime('%b')}, {x.year} 06:42 PM", f"{x.day} {x.strftime('%b')}, {x.year} 10:15 AM",
            f"{x.day} {x.strftime('%b')}, {x.year} 05:30 AM", f"{x.day} {x.strftime('%b')}, {x.year} 11:58 PM"][i % 4]
    mins = 1 + len(" ".join(a["paras"]).split()) // 200
    byl = [f"By {a['by']}", "AP", f"By {a['by']}", "Reuters"][i % 4]
    sign = [None, "- AP", None, "- Reuters"][i % 4]
    prem = "Premium" if i % 4 == 2 else None
    cap = f"Officials at the meeting in {a['place'].title()}. Photo / AP"
    p = list(a["paras"])
    body = p[:1] + [cap] + p[1:] if i % 2 == 0 else [cap] + p
    text = blocks("Skip to main content\nSkip to footer",
                  "Subscribe\nSign in",
                  "The Harbour Herald",
                  "Latest news\nNZ\nWorld\nBusiness\nSport\nOpinion\nEntertainment\nLifestyle\nWeather\nPodcasts",
                  "World", prem,
                  a["title"],
                  byl + "\n" + when,
                  f"{mins} mins to read" if mins > 1 else "1 min to read",
                  "Save\nShare",
                  "\n\n".join(body),
                  sign,
                  "Latest from World\n" + "\n".join(others(a, 4)),
                  "Sponsored\nRecommended for you",
                  "Subscribe to Premium",
                  "About us\nContact us\nHelp & support\nTerms of use\nPrivacy policy\nYour Privacy Choices",
                  f"© Copyright {max(x.year, 2012)} The Harbour Herald. All rights reserved.")
    return text, dict(byline=a["by"] if i % 2 == 0 else "")

def de_print(a, i):
    x = d(a)
    place = a["place"].title()
    stamp = f"{x.month:02d}/{x.day:02d}/{x.year} {['06:42 PM', '10:15 AM', '04:30 PM', '08:12 PM'][i % 4]}"
    kicker = [f"Treaty Talks", f"Letter from {place}", "World News", f"Diplomacy in {place}"][i % 4]
    byl = [f"By {a['by']} in {place}", f"By {a['by']}", None, f"By {a['by']} in {place}"][i % 4]
    p = list(a["paras"])
    body = list(p)
    gal = f"Photo Gallery: {5 + i} Photos\nAFP\nDelegates at the talks in {place}."
    body.insert(min(2, len(body)), gal)
    end = "kpa -- with wire reports" if byl is None else None
    art = 760000 + 113 * i + len(a["key"])
    text = blocks("DER KOMPASS ONLINE - INTERNATIONAL",
                  stamp,
                  kicker,
                  a["title"],
                  byl,
                  "\n\n".join(body),
                  end,
                  f"URL:\nhttp://www.kompass.example/international/world/0,1518,{art},00.html",
                  "RELATED KOMPASS ONLINE LINKS\n" + "\n".join("* " + t for t in others(a, 3)),
                  f"© KOMPASS ONLINE {x.year}\nAll Rights Reserved\nReproduction only allowed with the permission of KOMPASSnet GmbH")
    return text, dict(byline="" if byl is None else a["by"], ambiguous=x.day <= 12)

def html_weblight(a, i):
    x = d(a)
    mon = x.strftime("%B")
    when = [f"Published: 10:15 AM, {mon} {x.day:02d}, {x.year} / Last modified: 06:42 PM, {mon} {x.day:02d}, {x.year}",
            f"Published: 09:00 AM, {mon} {x.day:02d}, {x.year}",
            f"Published: 12:00 AM, {mon} {x.day:02d}, {x.year} / Last modified: 01:30 AM, {mon} {x.day:02d}, {x.year}",
            f"Published: 07:45 PM, {mon} {x.day:02d}, {x.year}"][i % 4]
    byl = [f"{a['by']}", "Sun Online Desk", f"{a['by']}, back from {a['place'].title()}", f"{a['by']}"][i % 4]
    ps = "\n".join(f'<p class="wl-p">{esc(q)}</p>' for q in a["paras"])
    orig = f"http://www.dailysun.example/news/world/{a['key']}-{1700000 + i * 41}"
    menu = "".join(f'<li><a href="http://googleweblight.example/i?u=http://www.dailysun.example/{m.lower()}">{m}</a></li>'
                   for m in ["Home", "Bangladesh", "International", "Business", "Sports", "Opinion", "Entertainment", "Tech"])
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1">
<title>{esc(a['title'])} | The Daily Sun</title>
<style>body{{margin:0;font-family:sans-serif}}.wl-banner{{background:#f1f1f1;font-size:12px;padding:4px}}.wl-p{{margin:8px}}</style>
</head>
<body>
<div class="wl-banner">Showing a faster version of this page to save data. <a href="{orig}">View original</a></div>
<div class="wl-top"><a href="#wl-menu">Menu</a> &middot; <span class="wl-site">The Daily Sun</span></div>
<div class="wl-main">
<div class="wl-crumb">Home &rsaquo; International</div>
<h1>{esc(a['title'])}</h1>
<div class="wl-author">{esc(byl)}</div>
<div class="wl-date">{when}</div>
<div class="wl-img"><img src="http://googleweblight.example/i?img={a['key']}.jpg" width="320"><div class="wl-cap">Photo: Collected</div></div>
{ps}
<div class="wl-share">Share on Facebook &middot; Share on Twitter</div>
<div class="wl-more"><div>More from International</div><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div>
</div>
<div id="wl-menu" class="wl-menu"><ul>{menu}</ul></div>
<div class="wl-footer">&copy; {max(x.year, 2010)} thedailysun.example &middot; Editor: Motiur Alam &middot; Published by the Sun Group<br>
This page has been transcoded for faster loading. Some content may be missing. <a href="{orig}">View original</a> &middot; <a href="#">Turn off faster pages</a> &middot; <a href="#">Feedback</a></div>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 1 else a["by"])

BLIND62 = [("ie-sa", ie_sa, "txt"), ("links-latam", links_latam, "txt"), ("nz-copy", nz_copy, "txt"),
           ("de-print", de_print, "txt"), ("html-weblight", html_weblight, "html")]

# The seventy-third held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b72.py. Kinds: a Central European
# daily's English service in a 2000s shape (tables for layout, <font> tags,
# dotted day-first dates, a clock written by script with the day of
# saving); a Latin American paper's English edition saved from its mobile
# site ("3 days ago" beside the date, "Read also" headlines inside the
# text, "Advertisement" lines); a press agency's client page copied as text
# (slug, priority and ISO time, dateline in the first paragraph, reporting
# credit at the end); a think-tank commentary saved as HTML (author with
# role, bio, disclaimer); a page saved by Chrome and turned to text (every
# menu item on its own line). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b72

POOL = articles_b72.POOL
SAVED = datetime.date(2026, 12, 5)

def esc(s):
    return html.escape(s, quote=False)

def ce_tables(a, i):
    x = d(a)
    dotted = f"{x.day}.{x.month}.{x.year}"
    when = f"{dotted} {['14:22', '09:05', '17:48', '11:30'][i % 4]}"
    byl = [f"{a['by']}, Prague", f"Author: {a['by']}", f"{a['by']} (Correspondent)", None][i % 4]
    paras = "\n".join(f'<p><font face="Verdana, Arial" size="2">{esc(q)}</font></p>' for q in a["paras"])
    page = f"""<html><head><title>Danube Daily English - {esc(a['title'])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="780" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3" bgcolor="#003366"><img src="dd_files/logo.gif" width="300" height="60" alt="Danube Daily - English Service"></td></tr>
<tr><td colspan="3" bgcolor="#cccccc"><font face="Verdana" size="1">Today is {SAVED.strftime('%A')}, {SAVED.day}. {SAVED.strftime('%B')} {SAVED.year} | <a href="/en/">Home</a> | <a href="/cz/">Česky</a> | <a href="/en/archive/">Archive</a></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#eeeeee"><font face="Verdana" size="1">
<a href="/en/domestic/">Domestic</a><br><a href="/en/foreign/">Foreign</a><br><a href="/en/economy/">Economy</a><br><a href="/en/region/">Region</a><br><a href="/en/culture/">Culture</a><br><br>
<b>Weather</b><br>Prague 4&deg;C</font></td>
<td width="480" valign="top">
<font face="Verdana" size="1" color="#666666">{when}</font><br>
<font face="Georgia, Times" size="5"><b>{esc(a['title'])}</b></font><br>
{f'<font face="Verdana" size="1"><i>{esc(byl)}</i></font><br>' if byl else ''}
<br>
{paras}
<p><font face="Verdana" size="1">&copy; Danube Daily. Reproduction only with written permission.</font></p>
<p><font face="Verdana" size="1"><a href="javascript:window.print()">Print</a> | <a href="/en/send">Send to a friend</a></font></p>
</td>
<td width="150" valign="top"><font face="Verdana" size="1"><b>Latest</b><br>{'<br>'.join(esc(t) for t in others(a, 4))}<br><br><b>Advertisement</b><br><img src="dd_files/banner.gif" width="120" height="240"></font></td></tr>
</table></body></html>
"""
    over = dict(byline="" if byl is None else a["by"])
    # "18.9.2008": day-first dotted numbers; a day of 12 or less is read only through the site's order.
    if x.day <= 12:
        over["ambiguous"] = True
    return page, over

def latam_mobile(a, i):
    x = d(a)
    p = [f"<p>{esc(q)}</p>" for q in a["paras"]]
    p.insert(1, f'<p class="lea"><b>Read also:</b> <a href="#">{esc(others(a, 1)[0])}</a></p>')
    p.insert(3, '<div class="pub"><small>Advertisement</small></div>')
    mon = x.strftime("%B")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | El Heraldo del Sur English</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:url" content="https://m.heraldodelsur.example/english/{a['key']}">
<meta name="author" content="{esc(a['by'])}">
</head><body>
<div class="m-header"><a class="burger" href="#menu">Menu</a> <a href="/english/" class="brand">El Heraldo del Sur <small>English</small></a> <a href="/buscar">Search</a></div>
<div class="m-ad"><small>Advertisement</small></div>
<div class="m-section"><a href="/english/">English</a> &rsaquo; <a href="/english/region/">Region</a></div>
<h1 class="m-title">{esc(a['title'])}</h1>
<p class="m-kicker">{esc(a['place'].title())}</p>
<div class="m-meta"><span class="m-author">By {esc(a['by'])}</span><br>
<span class="m-date">{mon} {x.day}, {x.year} - 10:45</span> <span class="m-ago">(Updated {[3, 5, 2, 4][i % 4]} days ago)</span></div>
<div class="m-photo"><img src="hs_files/{a['key']}.jpg" alt=""><span class="m-cap">The harbour front in {esc(a['place'].title())}. (Heraldo del Sur/Archive)</span></div>
<div class="m-body">
{chr(10).join(p)}
</div>
<div class="m-share">Share: <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Copy link</a></div>
<div class="m-more"><h3>Most read</h3><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 5))}</ol></div>
<div class="m-foot"><a href="https://www.heraldodelsur.example/english/{a['key']}">Desktop version</a> | <a href="/es/">Versión en español</a> | &copy; {SAVED.year} Heraldo del Sur</div>
</body></html>
"""
    return page, {}

def agency_client(a, i):
    x = d(a)
    agency = "Andes Press"
    mon = {1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}[x.month]
    paras = list(a["paras"])
    paras[0] = f"{a['place']}, {mon} {x.day} ({agency}) - " + paras[0]
    editor = ["Carmen Ibáñez", "Hugo Salvatierra", "Rosa Quispe", "Ignacio Ferrer"][i % 4]
    slug = a["key"].upper()
    text = blocks("ANDES PRESS CLIENT SERVICES | Logged in as: newsdesk@client-paper.example | Log out",
                  "Search | Wires | Photos | Saved items | Settings",
                  f"{['URGENT', 'PRIORITY 2', 'PRIORITY 3', 'PRIORITY 3'][i % 4]}   SLUG: DIPLO-{slug}   WORDS: {sum(len(q.split()) for q in paras)}   {x.isoformat()}T{['14:05', '09:40', '18:12', '06:55'][i % 4]}:00Z",
                  a["title"].upper() if i % 4 == 0 else a["title"],
                  "\n\n".join(paras),
                  f"(Reporting by {a['by']}; Editing by {editor})",
                  f"Copyright {x.year} {agency}. Licensed for use by subscriber only.",
                  "[Download] [Add to basket] [Print]",
                  "Related items:\n" + "\n".join(others(a, 3)))
    over = dict(paras=paras)
    if i % 4 == 0:
        over["title"] = a["title"].upper()
    return text, over

def think_tank(a, i):
    x = d(a)
    role = ["Senior Fellow, Regional Security Programme", "Associate Fellow, Trade and Development",
            "Director, Maritime Affairs Programme", "Research Fellow, Africa Programme"][i % 4]
    surname = a["by"].split()[-1]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} | Commentary | Meridian Institute for International Affairs</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"{a['title']}","datePublished":"{x.isoformat()}","author":{{"@type":"Person","name":"{a['by']}","jobTitle":"{role}"}}}}</script>
</head><body>
<header class="site"><a href="/" class="logo">Meridian Institute</a>
<nav><a href="/research">Research</a> <a href="/experts">Experts</a> <a href="/events">Events</a> <a href="/commentary" class="active">Commentary</a> <a href="/about">About</a> <a class="donate" href="/support">Support us</a></nav></header>
<main><article class="commentary">
<p class="type">Commentary</p>
<h1>{esc(a['title'])}</h1>
<div class="authors"><img src="mi_files/{a['key']}_author.jpg" alt=""><a href="/experts/{a['key']}">{esc(a['by'])}</a><br><span class="role">{role}</span></div>
<p class="date"><time datetime="{x.isoformat()}">{long_dmy(a)}</time> &middot; {3 + len(a['paras'])} minute read</p>
<div class="body">
{chr(10).join(f'<p>{esc(q)}</p>' for q in a['paras'])}
</div>
<div class="bio"><h3>About the author</h3><p>{esc(a['by'])} is {role.split(',')[0].lower()} at the Meridian Institute. {esc(surname)} previously worked as a journalist in the region.</p></div>
<p class="disclaimer">The Meridian Institute is an independent body that does not take institutional positions. The views expressed here are the author's own.</p>
<div class="topics">Topics: <a href="#">Diplomacy</a> <a href="#">Regional cooperation</a></div>
</article>
<aside><h2>Related content</h2>{''.join(f'<div class="card"><span>Commentary</span><a href="#">{esc(t)}</a></div>' for t in others(a, 3))}</aside>
</main>
<footer><form><label>Sign up for our newsletter</label><input type="email"><button>Sign up</button></form><p>Meridian Institute is a registered charity.</p></footer>
</body></html>
"""
    return page, {}

def chrome_text(a, i):
    x = d(a)
    menu = "\n".join(["Skip to content", "The Warsaw Weekly English", "Subscribe", "Log in", "Poland", "Europe", "World", "Business", "Opinion", "Search"])
    datel = [f"{long_dmy(a)}, 09:15", f"Published {short_dmy(a)} · Updated {x.day + 1 if x.day < 28 else x.day} {x.strftime('%b')} {x.year}",
             f"{wk_dmy(a)}", f"{x.day:02d}/{x.month:02d}/{x.year} 16:00 | {long_dmy(a)}"][i % 4]
    byl = [f"By {a['by']}", f"{a['by']}\nForeign Desk", f"{a['by']}, Warsaw", None][i % 4]
    text = blocks(menu,
                  "Home\n›\nWorld\n›\n" + a["title"],
                  "World",
                  a["title"],
                  byl,
                  datel,
                  "Listen to this article\n0:00",
                  "\n\n".join(a["paras"]),
                  "Share\nFacebook\nX\nLinkedIn\nCopy link",
                  "You might also like\n" + "\n".join(others(a, 4)),
                  "Advertisement",
                  "About us\nContact\nTerms of use\nCookie settings\n© " + str(SAVED.year) + " The Warsaw Weekly")
    return text, dict(byline="" if byl is None else a["by"])

BLIND73 = [("ce-tables", ce_tables, "html"), ("latam-mobile", latam_mobile, "html"),
           ("agency-client", agency_client, "txt"), ("think-tank", think_tank, "html"),
           ("chrome-text", chrome_text, "txt")]

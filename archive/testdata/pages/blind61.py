# The sixty-first held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b60.py. Its theme is news sites saved
# as text. Kinds in no other set: a late-1990s web portal's wire story saved
# by an old browser as plain text (a "Tuesday March 9 5:14 PM ET" stamp that
# names no year on half the pages, the year only in the agency's copyright
# line; "Earlier Stories" with short dates); a Gulf daily's print view
# ("Dubai:" dateline, "Published:" and "Updated:" on one line, "With inputs
# from agencies", the source address and a later printing date); an East
# African daily copied whole (a date without commas, "In Summary" bullets
# over the text, "More by this Author", advertisements between the
# paragraphs); a lynx dump of a public broadcaster's early-2000s story page
# ("Last Updated: Wednesday, 14 June, 2003, 18:31 GMT 19:31 UK", the
# writer's line under the picture caption, its references list); HTML whose
# only h1 is the section's name, the headline an h2 among other h2 boxes.
# All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b60

POOL = articles_b60.POOL

def esc(s):
    return html.escape(s, quote=False)

def slug(a):
    return a["title"].lower().replace("'", "").replace(",", "").replace(" ", "-")

def portal1999(a, i):
    x = d(a)
    day = x.strftime("%A")
    mon = x.strftime("%B")
    stamp = [f"{day} {mon} {x.day} 5:14 PM ET", f"{day} {mon} {x.day}, {x.year} 5:14 PM ET",
             f"{day} {mon} {x.day} 11:02 AM ET", f"{day}, {mon} {x.day}, {x.year} 08:47 PM ET"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    paras[0] = f"{a['place']} (GWS) - " + p[0]
    byl = [f"By {a['by']}", None, f"By {a['by']}", f"By {a['by']}"][i % 4]
    prev = x - datetime.timedelta(days=1)
    earlier = "\n".join(f"     * {t} - ({(prev - datetime.timedelta(days=n)).strftime('%b')} {(prev - datetime.timedelta(days=n)).day})"
                        for n, t in enumerate(others(a, 3)))
    text = blocks("                                                  Home - Help - Check Email",
                  "   Meridian!  News",
                  "                      Search News:  ____________________  Search   Advanced",
                  "   Top Stories | Business | Tech | Politics | World | Local | Entertainment | Sports | Health | Full Coverage",
                  "   World - Global Wire Service (GWS)",
                  "   " + stamp,
                  "   " + a["title"],
                  ("   " + byl) if byl else None,
                  "\n\n".join(textwrap.fill(q, 70, initial_indent="   ", subsequent_indent="   ") for q in paras),
                  "   Email this story - View most popular | Printer-friendly format",
                  "   Earlier Stories\n" + earlier,
                  "   Related News Categories: World",
                  "                      Search News:  ____________________  Search",
                  f"   Copyright © {x.year} Global Wire Service. All rights reserved. Republication or redistribution of\n"
                  "   GWS content is expressly prohibited without the prior written consent of Global Wire Service.",
                  f"   Copyright © {x.year} Meridian! Inc. All rights reserved.\n   Questions or Comments\n   Privacy Policy - Terms of Service")
    return text, dict(paras=paras, byline="" if i % 4 == 1 else a["by"])

def gulf_print(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    place = a["place"].title()
    when = [f"Published: {long_mdy(a)} 18:31  Updated: {upd.strftime('%B')} {upd.day}, {upd.year} 01:10",
            f"Published: 14:20 {long_mdy(a)}",
            f"Published: {long_mdy(a)} 09:05",
            f"Published: 21:48 {long_mdy(a)}  Updated: 23:15 {long_mdy(a)}"][i % 4]
    byl = [f"By {a['by']}, Senior Reporter", f"{a['by']}, Foreign Correspondent", "Staff Report",
           f"By {a['by']}, Special to Gulf Chronicle"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    paras[0] = f"{place}: " + p[0]
    printed = x + datetime.timedelta(days=400 + 31 * i)
    text = blocks("Print | Close",
                  "Gulf Chronicle",
                  a["title"],
                  byl,
                  when,
                  "\n\n".join(paras),
                  "— With inputs from agencies" if i % 2 == 0 else None,
                  f"Source URL: https://gulfchronicle.example/world/{slug(a)}-1.{1203400 + 97 * i}",
                  f"Printed from Gulf Chronicle on {printed.strftime('%A')}, {printed.strftime('%B')} {printed.day:02d}, {printed.year} 10:05 AM",
                  f"Copyright © {x.year} Al Nahda Publishing & Printing LLC. All rights reserved.")
    return text, dict(paras=paras, byline="" if i % 4 == 2 else a["by"])

def ke_insummary(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    place = a["place"].title()
    when = [f"{x.strftime('%A')} {x.strftime('%B')} {x.day} {x.year}",
            f"{x.strftime('%A')} {x.strftime('%B')} {x.day} {x.year}\nUpdated on {upd.strftime('%B')} {upd.day} {upd.year}",
            f"Published on {x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} 10:15 EAT",
            f"{x.strftime('%B')} {x.day} {x.year}"][i % 4]
    summ = ["In Summary",
            f"• Officials met in {place} this week.",
            "• The deal needs the approval of each country's parliament.",
            "• Critics say more must be done."]
    p = list(a["paras"])
    body = []
    for n, q in enumerate(p):
        body.append(q)
        if n in (1, 4) and n < len(p) - 1:
            body.append("Advertisement")
    byl = [f"By {a['by']}\nMore by this Author", f"By {a['by'].upper()}\nMore by this Author",
           "By AGENCIES", f"By {a['by']}\nCorrespondent\nMore by this Author"][i % 4]
    cap = f"A view of {place}. PHOTO | FILE"
    text = blocks("Skip to main content",
                  "The Lake Standard",
                  "E-Paper\nSubscribe\nSign in",
                  "Home\nNews\nCounties\nBusiness\nOpinion\nSport\nAfrica\nWorld\nLifestyle\nPodcasts",
                  "Advertisement",
                  "World",
                  a["title"],
                  when if i % 2 == 0 else None,
                  cap,
                  "\n".join(summ),
                  byl,
                  when if i % 2 == 1 else None,
                  "\n\n".join(body),
                  "Topics\n" + "\n".join(["Diplomacy", place, "World"]),
                  "You might also like\n" + "\n".join(others(a, 3)),
                  "0 Comments\nSign in to comment",
                  "About Us\nContact Us\nTerms and Conditions\nPrivacy Policy\nAdvertise With Us",
                  f"© {max(x.year, 2005)} Lake Standard Media Ltd. All rights reserved.")
    return text, dict(byline=[a["by"], a["by"].upper(), "", a["by"]][i % 4])

def lynx_broadcaster(a, i):
    x = d(a)
    place = a["place"].title()
    when = [f"Last Updated: {x.strftime('%A')}, {x.day} {x.strftime('%B')}, {x.year}, 18:31 GMT 19:31 UK",
            f"Last Updated: {x.strftime('%A')}, {x.day} {x.strftime('%B')}, {x.year}, 09:14 GMT",
            f"Published: {x.year}/{x.month:02d}/{x.day:02d} 17:14:05 GMT",
            f"Last Updated: {x.strftime('%A')}, {x.day} {x.strftime('%B')}, {x.year}, 23:02 GMT 00:02 UK"][i % 4]
    byl = [f"By {a['by']}\n   Global News, {place}", f"By {a['by']}\n   Global News Online", None,
           f"From {a['by']}\n   Global Service, {place}"][i % 4]
    cap = f"[11]Image caption: The talks took place in {place}"
    ps = "\n\n".join(textwrap.fill(q, 74, initial_indent="   ", subsequent_indent="   ") for q in a["paras"])
    url = f"http://news.globalservice.example/1/hi/world/{x.year % 100:02d}{x.month:02d}{x.day:02d}{i}.stm"
    refs = ["http://news.globalservice.example/1/hi/world/default.stm#startcontent",
            "http://www.globalservice.example/", "http://www.globalservice.example/worldservice/",
            "http://www.globalservice.example/weather/", "http://www.globalservice.example/languages/",
            "http://news.globalservice.example/",
            "http://news.globalservice.example/1/hi/world/default.stm",
            "http://news.globalservice.example/1/hi/world/africa/default.stm",
            "http://newsvote.globalservice.example/mpapps/pagetools/email/" + url[7:],
            "http://newsvote.globalservice.example/mpapps/pagetools/print/" + url[7:],
            "http://news.globalservice.example/media/images/" + a["key"] + ".jpg",
            "http://news.globalservice.example/1/hi/world/2002.stm",
            "http://news.globalservice.example/1/hi/world/2003.stm",
            "http://news.globalservice.example/1/hi/world/2004.stm",
            "http://www.foreignaffairs.example/",
            url + "#top"]
    rel = others(a, 3)
    text = blocks("   [1]Skip to main content",
                  "   [2]Global Service Online | [3]World Service | [4]Weather | [5]Languages",
                  "   [6]GLOBAL NEWS\n   You are in: [7]World: [8]Africa",
                  "   " + when,
                  "   [9]E-mail this story to a friend     [10]Printable version",
                  "   " + a["title"],
                  "   " + cap,
                  ("   " + byl) if byl else None,
                  ps,
                  "   [9]E-mail this story to a friend",
                  "   Links to more World stories are at the foot of the page.",
                  "   SEE ALSO:\n" + "\n".join(f"   [{12 + n}]{t}\n   {x.day} {x.strftime('%b')} {x.year - 1 if n else x.year} | World" for n, t in enumerate(rel)),
                  "   INTERNET LINKS:\n   [15]Ministry of Foreign Affairs\n   The Global Service is not responsible for the content of external internet sites",
                  "   [16]^^ Back to top",
                  "   News Front Page | Africa | Americas | Asia-Pacific | Europe | Middle East | South Asia",
                  "References\n\n" + "\n".join(f"   {n + 1}. {r}" for n, r in enumerate(refs)))
    return text, dict(byline="" if i % 4 == 2 else a["by"])

def html_h2(a, i):
    x = d(a)
    when = [f'<span class="date">{long_mdy(a)}</span>', f'<time class="date">{long_mdy(a)} at 6:42 pm</time>',
            f'<span class="date">{x.strftime("%B")} {x.day}, {x.year}</span> <span class="time">10:15 am</span>',
            f'<span class="date">{long_dmy(a)}</span>'][i % 4]
    meta = [f'Posted by <a rel="author" href="/author/{a["by"].lower().replace(" ", "-")}">{esc(a["by"])}</a> on {when}',
            f'By <a rel="author" href="/author/{a["by"].lower().replace(" ", "-")}">{esc(a["by"])}</a> | {when}',
            f'{when} | Filed under <a href="/world">World</a>',
            f'{when} &mdash; <a rel="author" href="/author/x">{esc(a["by"])}</a>'][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    pop = "".join(f'<li><a href="/p/{n}">{esc(t)}</a></li>' for n, t in enumerate(others(a, 4)))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>World | The Frontier Post</title>
<meta property="og:title" content="{esc(a['title'])} - The Frontier Post">
<meta property="og:site_name" content="The Frontier Post">
<link rel="stylesheet" href="/css/bootstrap.min.css">
</head>
<body>
<div class="navbar navbar-fixed-top"><div class="navbar-inner"><div class="container">
<a class="brand" href="/">The Frontier Post</a>
<ul class="nav"><li><a href="/">Home</a></li><li class="active"><a href="/world">World</a></li><li><a href="/region">Region</a></li><li><a href="/economy">Economy</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/about">About</a></li></ul>
</div></div></div>
<div class="container">
<div class="page-header"><h1>World <small>news and analysis from around the globe</small></h1></div>
<div class="row">
<div class="span8">
<article class="post">
<h2 class="entry-title">{esc(a['title'])}</h2>
<p class="meta">{meta}</p>
<div class="entry">
{ps}
</div>
<p class="tags">Tags: <a href="/tag/diplomacy">diplomacy</a>, <a href="/tag/{a['key']}">{esc(a['place'].title())}</a></p>
</article>
<div class="comments"><h2>Comments are closed.</h2></div>
</div>
<div class="span4">
<div class="well"><h2>Popular this week</h2><ul>{pop}</ul></div>
<div class="well"><h2>Newsletter</h2><p>Get the day's world news in your inbox every morning.</p><form><input type="email" placeholder="you@example.com"><button class="btn">Subscribe</button></form></div>
</div>
</div>
</div>
<footer class="container"><p>&copy; {max(x.year, 2010)} The Frontier Post &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

BLIND61 = [("portal1999", portal1999, "txt"), ("gulf-print", gulf_print, "txt"), ("ke-insummary", ke_insummary, "txt"),
           ("lynx-broadcaster", lynx_broadcaster, "txt"), ("html-h2", html_h2, "html")]

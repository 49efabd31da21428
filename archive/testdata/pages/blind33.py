# The thirty-third held-out batch, a blind one: written without reading
# the reader, read once for the unseen score, not tuned on. Kinds in no
# other set: a magazine's long-read HTML (rubric, standfirst, "Words by",
# drop cap, pull quote, section breaks, date at the end), a 2010s
# newspaper's text save with an "This article is more than N years old"
# label, standfirst and a support appeal, a SingleFile HTML save (the save
# date in a comment, inline styles and data images), an English edition in
# a Polish portal's chrome, an early-2000s mobile XHTML page with access
# keys. All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

DEKS = ["Officials say the decision could set a pattern for the rest of the region",
        "The move follows months of pressure from neighbours and aid groups",
        "Critics say the plan leaves the hardest questions unanswered",
        "The news was welcomed, but much of the detail is still to be settled"]

def html_longread(a, i):
    x = d(a)
    p = a["paras"]
    quote = next((q for q in p if q.startswith('"')), p[1])
    pq = quote.split('," ')[0].strip('"') if '," ' in quote else quote.split(", ")[0].split(". ")[0].rstrip(".")
    first = p[0]
    body = [f'<p class="has-dropcap"><span class="dropcap">{esc(first[0])}</span>{esc(first[1:])}</p>']
    for k, q in enumerate(p[1:], 1):
        if k == 2:
            body.append(f'<aside class="pullquote"><blockquote>“{esc(pq)}”</blockquote></aside>')
        if k == len(p) - 1 and len(p) > 3:
            body.append('<hr class="section-break"><p class="section-break-mark">◆</p>')
        body.append(f"<p>{esc(q)}</p>")
    top_date = f'<p class="dateline">{x.strftime("%a")} {x.day} {x.strftime("%b")} {x.year} 06.00 BST</p>' if i % 2 else ""
    end_date = (f'<p class="pubdate">Published <time datetime="{a["date"]}">{long_dmy(a)}</time></p>' if i % 4 == 0 else
                f'<p class="pubdate">This article appeared online on {long_dmy(a)}.</p>' if i % 4 == 2 else "")
    photo = ["Dora Lutz", "Karim Saleh", "Anna Brody", "Simon Park"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | The Long Read | The Quarterly</title>
<meta name="description" content="{esc(DEKS[i % 4])}">
</head>
<body class="longform">
<header class="masthead"><a href="/">The Quarterly</a><nav><a href="/longreads">The Long Read</a> <a href="/essays">Essays</a> <a href="/podcasts">Podcasts</a> <a href="/shop">Shop</a> <a class="cta" href="/subscribe">Subscribe</a></nav></header>
<article>
<div class="rubric">The Long Read</div>
<h1 class="headline">{esc(a['title'])}</h1>
<p class="standfirst">{esc(DEKS[i % 4])}</p>
<div class="credits"><p>Words by <a rel="author" href="/contributors/{a['key']}">{a['by']}</a></p><p>Photographs by {photo}</p></div>
{top_date}
<figure class="hero"><img src="/img/{a['key']}-hero.jpg" alt="A street in {a['place'].title()}" width="1600" height="900"><figcaption>A street in {a['place'].title()} on the day of the announcement. Photograph: {photo} for The Quarterly</figcaption></figure>
<div class="article-body">
{chr(10).join(body)}
</div>
<footer class="article-footer">
{end_date}
<p class="endnote">This piece is from our long-read series. Sign up to the long read email here, and listen to our podcasts here.</p>
<div class="share"><a href="#">Share</a> <a href="#">Copy link</a></div>
</footer>
</article>
<section class="onward"><h2>More long reads</h2><ul>{''.join(f'<li><a href="/l/{n}">{esc(t)}</a></li>' for n, t in enumerate(others(a, 3)))}</ul></section>
<footer class="site"><p>© {max(x.year, 2015)} The Quarterly Ltd. All rights reserved.</p></footer>
</body></html>
"""
    return page, {}

def agewarning(a, i):
    x = d(a)
    age = 2025 - x.year
    by = [f"{a['by']} in {a['place'].title()}", f"{a['by']}, diplomatic editor", a["by"], f"{a['by']} and agencies"][i % 4]
    t1 = f"{x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year} 10.42 BST"
    lm = x + datetime.timedelta(days=[0, 1, 0, 3][i % 4])
    t2 = f"Last modified on {lm.strftime('%a')} {lm.day} {lm.strftime('%b')} {lm.year} 18.05 BST"
    text = blocks("Skip to main content\nSkip to navigation",
                  "Support us\nPrint subscriptions\nSign in\nSearch jobs\nSearch",
                  "The Northern Post",
                  "News\nOpinion\nSport\nCulture\nLifestyle",
                  "World\nEurope\nUS\nAmericas\nAsia\nAustralia\nMiddle East\nAfrica\nGlobal development",
                  f"This article is more than {age} years old" if age >= 1 else None,
                  a["title"], DEKS[(i + 1) % 4],
                  by, t1 + ("\n" + t2 if i % 2 == 0 else ""),
                  "Share on Facebook\nShare on Twitter\nShare via Email",
                  "\n\n".join(a["paras"]),
                  "Explore more on these topics\nWorld news\nDiplomacy\n" + a["place"].title(),
                  "Share on Facebook\nShare on Twitter\nShare via Email\nShare on LinkedIn\nShare on WhatsApp",
                  "Reuse this content",
                  "Most popular", "\n".join(others(a, 4)),
                  "I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting our journalism. Every reader contribution, however big or small, is so valuable.",
                  "Support the Northern Post",
                  "About us\nContact us\nComplaints & corrections\nTerms & conditions\nPrivacy policy\nCookie policy",
                  f"© {2025} Northern Post News & Media Limited or its affiliated companies. All rights reserved.")
    return text, {}

def html_singlefile(a, i):
    x = d(a)
    saved = ["Tue Mar 12 2024 21:14:05 GMT+0100 (Central European Standard Time)",
             "Fri Oct 04 2019 09:02:44 GMT-0400 (Eastern Daylight Time)",
             "Sun Jan 07 2024 16:40:11 GMT+0000 (Greenwich Mean Time)",
             "Wed Jun 15 2022 11:27:30 GMT+0200 (Central European Summer Time)"][i % 4]
    if x.year >= 2019:
        saved = "Sat Feb 01 2025 10:05:19 GMT+0100 (Central European Standard Time)"
    url = f"https://www.harbourtimes.example/world/{x.year}/{x.month:02d}/{x.day:02d}/{a['key']}-{a['place'].lower().replace(' ', '-')}"
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    date = [long_mdy(a), f"{x.strftime('%B')} {x.day}, {x.year} at 7:15 a.m.", f"{x.strftime('%b')}. {x.day}, {x.year}", long_mdy(a)][i % 4]
    img = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    page = f"""<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile 
 url: {url} 
 saved date: {saved}
--><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a['title'])} - Harbour Times</title>
<style>:root{{--brand:#0a3d62;--text:#1b1b1b}}body{{margin:0;font-family:Georgia,serif;color:var(--text)}}.site-header{{display:flex;align-items:center;justify-content:space-between;padding:12px 20px;border-bottom:1px solid #ddd}}.headline{{font-size:2.4rem;line-height:1.1}}.byline{{font:600 .9rem/1.4 Arial,sans-serif}}.story p{{font-size:1.1rem;line-height:1.6}}.newsletter-box{{background:#f4f4f4;padding:16px}}</style>
<meta name="description" content="{esc(a['paras'][0][:120])}">
<link rel="canonical" href="{url}">
<body>
<header class="site-header"><a href="/" class="logo"><img src="{img}" alt="Harbour Times"></a>
<nav aria-label="Main"><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a></nav>
<a href="/subscribe" class="btn">Subscribe</a> <button aria-label="Search"><svg viewBox="0 0 24 24" width="20" height="20"><path d="M10 2a8 8 0 105.3 14l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0010 2z"></path></svg></button></header>
<main>
<article>
<p class="section-label"><a href="/world">World</a></p>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="byline">By <a href="/staff/{a['key']}">{a['by']}</a> <span class="sep">|</span> <span class="date">{date}</span></div>
<figure><img src="{img}" alt="" width="1200" height="675"><figcaption>File photo. (Harbour Times)</figcaption></figure>
<div class="story">
{ps}
</div>
<div class="newsletter-box"><h2>Get the morning briefing</h2><p>The day's top stories, delivered before 7 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</article>
<aside><h2>Trending</h2><ol>{''.join(f'<li><a href="/t/{n}">{esc(t)}</a></li>' for n, t in enumerate(others(a, 4)))}</ol></aside>
</main>
<footer><p>Harbour Times, 12 Quay Street</p><p>© {x.year} Harbour Times Media. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""
    return page, {}

PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]

def polish(a, i):
    x = d(a)
    date = [f"{x.day:02d}.{x.month:02d}.{x.year}, 14:32", f"Opublikowano: {x.day} {PL_MONTHS[x.month - 1]} {x.year}, 09:15",
            f"{x.day} {PL_MONTHS[x.month - 1]} {x.year}", f"Data publikacji: {x.day:02d}.{x.month:02d}.{x.year} 07:50\naktualizacja: {x.day:02d}.{x.month:02d}.{x.year} 11:20"][i % 4]
    by = [a["by"], f"Autor: {a['by']}", f"{a['by']} / KN", a["by"]][i % 4]
    first = [date, by] if i % 2 else [by, date]
    text = blocks("Przejdź do treści", "Zaloguj się\nSubskrybuj",
                  "KURIER NADWIŚLAŃSKI", "Wiadomości\nKraj\nŚwiat\nBiznes\nSport\nKultura\nEnglish",
                  "English Edition",
                  a["title"], "\n".join(first),
                  "\n\n".join(a["paras"]),
                  "Udostępnij:\nFacebook\nX\nE-mail",
                  "Czytaj także:\n" + "\n".join(others(a, 3)),
                  f"Komentarze ({i + 2})", "Dodaj komentarz",
                  "Polityka prywatności | Regulamin | Kontakt | Reklama",
                  f"© {x.year} Kurier Nadwiślański Sp. z o.o. Wszelkie prawa zastrzeżone.")
    return text, {}

def html_wap(a, i):
    x = d(a)
    stamp = [f"{short_dmy(a)} {14 + i}:32 GMT", f"{x.strftime('%a')} {short_dmy(a)}, {9 + i}:05", f"Updated {short_dmy(a)} {11 + i}:20 GMT", f"{short_dmy(a)}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    by = f"<p>By {a['by']}</p>\n" if i % 4 != 3 else f"<p><small>{a['by']}, WireMobile</small></p>\n"
    page = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>WireMobile: World</title></head>
<body>
<p><img src="/m/logo.gif" alt="WireMobile" width="96" height="20"/><br/>
<small>{stamp}</small></p>
<p><b>{esc(a['title'])}</b></p>
{by}{ps}
<hr/>
<p><a href="/m/world" accesskey="1">[1] More World</a><br/>
<a href="/m/top" accesskey="2">[2] Top Stories</a><br/>
<a href="/m/send?id={a['key']}" accesskey="3">[3] Send to a friend</a><br/>
<a href="/m/" accesskey="0">[0] Home</a></p>
<p><small>(c) WireMobile {x.year}</small></p>
</body>
</html>
"""
    return page, {}

BLIND33 = [("html-longread", html_longread, "html"), ("agewarning", agewarning, "txt"), ("html-singlefile", html_singlefile, "html"),
            ("polish", polish, "txt"), ("html-wap", html_wap, "html")]

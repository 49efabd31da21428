# The thirty-sixth held-out batch, a blind one: written without reading
# the reader, read once for the unseen score, not tuned on. Kinds in no
# other set: an archive.today capture saved as text (its bar with the
# capture date above the page), an English article in a Dutch site's HTML
# chrome ("Door", Dutch dates, cookie wall), a city government's news
# flash page ("Posted on:", "Return to full list"), a mailing service's web
# archive of a one-story newsletter, a 2020s paper's page opened from a
# gift link and copied with Ctrl+A ("Credit..." photo lines, "Reporting
# from", the print-edition note). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

def archivetoday(a, i):
    x = d(a)
    cap = x + datetime.timedelta(days=400 + 90 * i)
    if cap.year < 2013:
        cap = datetime.date(2013 + i, [3, 7, 10, 1][i % 4], 12 + i)
    url = f"https://www.easternledger.example/world/{x.year}/{x.month:02d}/{a['key']}"
    by = [f"By {a['by']}", f"{a['by']} | {long_dmy(a)}", f"By {a['by']}, Ledger correspondent", f"By {a['by']}"][i % 4]
    date = [long_dmy(a), None, wk_dmy(a), f"Published {short_dmy(a)}"][i % 4]
    text = blocks("archive.today\nwebpage capture",
                  f"Saved from\t{url}\nsearch\t\nno other snapshots from this url",
                  f"{cap.day} {cap.strftime('%b')} {cap.year} {9 + i:02d}:15:12 UTC",
                  "All snapshots\tfrom host www.easternledger.example",
                  "Webpage\tScreenshot",
                  "share\tdownload .zip\treport bug or abuse",
                  "The Eastern Ledger",
                  "Home  World  Business  Opinion  Culture  Sport",
                  a["title"], by, date,
                  "\n\n".join(a["paras"]),
                  "Share: Facebook | Twitter | Email",
                  "More from World\n" + "\n".join(others(a, 3)),
                  f"© {x.year} The Eastern Ledger")
    return text, {}

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]

def html_dutch(a, i):
    x = d(a)
    date = [f"{NL_DAYS[x.weekday()]} {x.day} {NL_MONTHS[x.month - 1][:3]} {x.year}, 14:32",
            f"{x.day} {NL_MONTHS[x.month - 1]} {x.year}",
            f"Gepubliceerd: {x.day:02d}-{x.month:02d}-{x.year} 09:10",
            f"{x.day} {NL_MONTHS[x.month - 1]} {x.year} 18:45 · Bijgewerkt {x.day} {NL_MONTHS[x.month - 1]} {x.year} 21:05"][i % 4]
    by = [f"Door {a['by']}", f"Door onze correspondent {a['by']}", f"{a['by']}", f"Door {a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    cookie = ('<div class="cookiewall"><p>Wij gebruiken cookies en vergelijkbare technieken om je ervaring te verbeteren en '
              'om advertenties te tonen die aansluiten bij je interesses.</p><button>Akkoord</button> <button>Instellingen aanpassen</button></div>')
    page = f"""<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>{esc(a['title'])} | Noorderkrant</title></head>
<body>
{cookie}
<header><a class="logo" href="/">Noorderkrant</a>
<nav><ul><li><a href="/nieuws">Nieuws</a></li><li><a href="/binnenland">Binnenland</a></li><li><a href="/buitenland">Buitenland</a></li><li><a href="/economie">Economie</a></li><li><a href="/sport">Sport</a></li><li><a href="/cultuur">Cultuur</a></li><li><a href="/english">English</a></li></ul></nav>
<a href="/abonneren" class="btn">Abonneer</a> <a href="/inloggen">Inloggen</a></header>
<main>
<div class="kruimelpad"><a href="/">Home</a> / <a href="/english">English</a></div>
<article>
<h1>{esc(a['title'])}</h1>
<div class="artikel-meta"><span class="auteur">{by}</span> <span class="datum">{date}</span></div>
<div class="artikel-tekst">
{ps}
</div>
<div class="delen"><span>Deel dit artikel:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></div>
</article>
<section class="lees-ook"><h2>Lees ook</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></section>
</main>
<footer><p>Over ons | Contact | Adverteren | Privacyverklaring | Cookieverklaring</p><p>© {x.year} Noorderkrant B.V. Alle rechten voorbehouden.</p></footer>
</body></html>
"""
    return page, {}

def council(a, i):
    x = d(a)
    cat = ["Office of International Relations", "Mayor's Office", "Sister Cities Program", "Office of International Relations"][i % 4]
    posted = [f"Posted on: {long_mdy(a)}", f"Posted on: {long_mdy(a)} | Last Modified on: {long_mdy(a)}",
              f"Posted on: {long_mdy(a)}", f"Posted on: {long_mdy(a)}"][i % 4]
    text = blocks("Skip to Main Content",
                  "Create a Website Account - Manage notification subscriptions, save form progress and more.",
                  "Website Sign In", "Search",
                  "Government\nDepartments\nResidents\nBusiness\nVisitors\nHow Do I...",
                  "Home\nNews Flash",
                  "News Flash", cat,
                  a["title"], posted,
                  "\n\n".join(a["paras"]),
                  "Facebook\nTwitter\nEmail",
                  "Return to full list >>",
                  "Tools\nRSS\nNotify Me®\nAgendas & Minutes\nArchive Center",
                  "City of Riverton\n100 Civic Center Drive\nRiverton, OR 97000\nPhone: 555-0100",
                  "Quick Links\nContact Us\nSite Map\nAccessibility\nCopyright Notices",
                  "Government Websites by CivicSite®")
    return text, dict(byline="")

def html_mailchimp(a, i):
    x = d(a)
    issue = 40 + i * 3
    pre = ["This week: one story we think you should read in full.", "Our lead story this week, in full.",
           "A single-story edition.", "Read the full report below."][i % 4]
    by = [f"<p class=\"byline\">By {a['by']}</p>", f"<p class=\"byline\"><em>{a['by']}, Brief correspondent</em></p>", "", f"<p class=\"byline\">Written by {a['by']}</p>"][i % 4]
    issue_line = [f"Issue {issue} · {long_mdy(a)}", f"Issue {issue} | {wk_dmy(a)}", f"No. {issue} — {long_dmy(a)}", f"{x.strftime('%B')} {x.day}, {x.year} · Issue {issue}"][i % 4]
    ps = "\n".join(f'<p style="margin:0 0 16px 0;font-size:16px;line-height:150%">{esc(q)}</p>' for q in a["paras"])
    page = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Diplomatic Brief: {esc(a['title'])}</title>
<style type="text/css">p{{margin:10px 0;padding:0;}}table{{border-collapse:collapse;}}#bodyTable{{width:100%;}}</style>
</head>
<body>
<div id="awesomewrap"><div id="awesomebar"><a href="/subscribe">Subscribe</a> <a href="/archive">Past Issues</a> <a href="#">Translate</a> <a href="/rss">RSS</a></div></div>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock"><tr><td class="mcnTextContent"><span class="preheader">{esc(pre)}</span></td><td class="mcnTextContent" style="text-align:right"><a href="*|ARCHIVE|*">View this email in your browser</a></td></tr></table></td></tr>
<tr><td valign="top" id="templateHeader"><img align="center" alt="The Diplomatic Brief" src="https://mcusercontent.example/logo.png" width="564"></td></tr>
<tr><td valign="top" id="templateBody"><table class="mcnTextBlock"><tr><td class="mcnTextContent">
<p style="font-size:12px;color:#777">{issue_line}</p>
<h1>{esc(a['title'])}</h1>
{by}
{ps}
<p style="text-align:center"><a class="mcnButton" href="#">Read on our website</a></p>
</td></tr></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock"><tr><td><a href="#">Twitter</a> <a href="#">Website</a> <a href="#">Email</a></td></tr></table>
<table class="mcnTextBlock"><tr><td class="mcnTextContent">
<em>Copyright © {x.year} The Diplomatic Brief, All rights reserved.</em><br>
You are receiving this email because you opted in via our website.<br><br>
<strong>Our mailing address is:</strong><br>The Diplomatic Brief<br>PO Box 112<br>Geneva 1211<br>Switzerland<br><br>
Want to change how you receive these emails?<br>You can <a href="#">update your preferences</a> or <a href="#">unsubscribe from this list</a>.<br><br>
<a href="#">Forward to a friend</a>
</td></tr></table></td></tr>
</table>
</td></tr>
</table>
</center>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def giftarticle(a, i):
    x = d(a)
    nxt = x + datetime.timedelta(days=1)
    gifter = ["Alex Moreau", "Sam Whitfield", "Nora Bell", "Chris Adeyemi"][i % 4]
    dates = [long_mdy(a), f"Published {long_mdy(a)}Updated {nxt.strftime('%B')} {nxt.day}, {nxt.year}, 9:12 a.m. ET",
             f"{long_mdy(a)}", f"Published {long_mdy(a)}"][i % 4]
    text = blocks("Skip to content\nSkip to site index",
                  "World\nToday’s Paper",
                  f"{gifter} sent you this gift article. You can read it without a subscription.",
                  "World\nAfrica\nAmericas\nAsia\nAustralia\nCanada\nEurope\nMiddle East",
                  a["title"],
                  ["Officials described the outcome as a first step.", "The decision came after weeks of uncertainty.",
                   "Supporters and critics alike said more work lay ahead.", "It was the first such agreement in years."][i % 4],
                  "Listen to this article · 5:48 min Learn more",
                  "Share full article",
                  f"A view of {a['place'].title()} on the day of the announcement.Credit...Paul Weir for The Metropolitan Times",
                  f"By {a['by']}",
                  f"Reporting from {a['place'].title()}",
                  dates,
                  "\n\n".join(a["paras"]),
                  f"{a['by']} is a correspondent covering diplomacy and regional affairs.",
                  f"A version of this article appears in print on {nxt.strftime('%B')} {nxt.day}, {nxt.year}, Section A, Page {6 + i} of the National edition with the headline: {a['title'].split()[0]} {a['title'].split()[1]}. Order Reprints | Today’s Paper | Subscribe",
                  "Related Content\n" + "\n".join(others(a, 2)),
                  "Site Index\nSite Information Navigation",
                  f"© {2025} The Metropolitan Times Company\nNYMT\nContact Us\nAccessibility\nWork with us\nAdvertise\nPrivacy Policy\nTerms of Service")
    return text, {}

BLIND36 = [("archivetoday", archivetoday, "txt"), ("html-dutch", html_dutch, "html"), ("council", council, "txt"),
            ("html-mailchimp", html_mailchimp, "html"), ("giftarticle", giftarticle, "txt")]

# Held-out page layouts, written after the reader was done: other sites,
# other wording. The reader was not tuned on them; their score is reported
# apart. All text invented.
import datetime, json
from articles import ARTICLES
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

MORE = [
 dict(key="ferry", title="Ferry Link Between the Two Islands Restored After Storm", date="2007-03-08",
      by="Nadia Ferreira", place="VALLETTA",
      paras=[
 "The ferry service between the two islands resumed on Thursday, a week after a winter storm damaged the main pier and stranded hundreds of travellers.",
 "Port officials said the repairs had been finished ahead of schedule thanks to crews working through the night.",
 "\"People here depend on that boat for everything, from hospital visits to school,\" said Mayor Carmel Vella.",
 "The operator will run two extra crossings a day until the backlog clears.",
 ]),
 dict(key="census", title="Census Delayed Amid Dispute Over Language Questions", date="2010-04-19",
      by="Jonas Weber", place="BRUSSELS",
      paras=[
 "The national census has been put off by at least six months after the parties in the governing coalition failed to agree on how to ask about the languages people speak at home.",
 "One side wants a single question with fixed answers; the other says that would undercount families that use two or three languages every day.",
 "Statistics chief Marianne Dubois warned that every month of delay makes the final figures less reliable.",
 "A new draft of the questionnaire is due in June.",
 ]),
 dict(key="vaccine", title="Health Ministers Agree to Pool Vaccine Purchases", date="2009-11-26",
      by="Ana Petrova", place="SOFIA",
      paras=[
 "Health ministers from eight countries agreed on Thursday to buy vaccines together, hoping that larger orders will bring lower prices and faster deliveries.",
 "The scheme will start with flu vaccines next autumn and could later cover medicines for rare diseases.",
 "Smaller states had complained that they were last in line when supplies ran short during the past winter.",
 "Officials said a joint purchasing office would open in the spring.",
 ]),
 dict(key="rail", title="Cross-Border Rail Line Opens After Twenty Years of Planning", date="2004-12-02",
      by="Piotr Nowak", place="WARSAW",
      paras=[
 "The first passenger train on a new cross-border line left the station on Thursday morning, twenty years after the route was first proposed.",
 "The journey between the two capitals now takes under five hours, half the time it took on the old line.",
 "Transport Minister Ewa Lis rode in the driver's cab for the first part of the trip and called the line a bridge between neighbours.",
 "Tickets for the first month sold out within a day.",
 ]),
]
POOL = ARTICLES + MORE

def magazine(a, i):
    x = d(a)
    mon = x.strftime("%b") + ("." if x.strftime("%b") not in ("May",) else "")
    date = [f"{mon} {x.day}, {x.year}", f"{x.strftime('%B')} {x.day}, {x.year}", f"{x.day} {x.strftime('%B')}, {x.year}", f"{mon} {x.day} {x.year}"][i % 4]
    text = blocks("WORLD AFFAIRS QUARTERLY", "Subscribe    Give a gift    Sign in",
                  ["ANALYSIS", "DISPATCH", "REPORT", "LETTER FROM " + a["place"]][i % 4],
                  a["title"], "Words by " + a["by"], date,
                  "\n\n".join(a["paras"]),
                  "This article appeared in the print edition under the headline \"" + a["title"].split()[0] + " and after\".",
                  "More in Dispatches", "\n".join(others(a, 3)),
                  "Subscribe now and save 40 percent on the cover price",
                  "World Affairs Quarterly · Terms & Conditions · Privacy Policy · Contact")
    return text, {}

def tv(a, i):
    x = d(a)
    posted = f"Posted: {['2:15 PM', '9:03 AM', '6:40 PM', '11:12 AM'][i % 4]}, {x.strftime('%b')} {x.day}, {x.year}"
    upd = f"Updated: 4:30 PM, {x.strftime('%b')} {x.day}, {x.year}"
    text = blocks("LIVE TV", "Watch Now", "Weather 21°", "NEWS 9",
                  "Local\nNation & World\nWeather\nSports\nVideo",
                  a["title"], posted + "\n" + upd, "By: " + a["by"] if i % 2 == 0 else a["by"] + ", News 9",
                  "\n\n".join(a["paras"]),
                  "Copyright 2012 News 9. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
                  "Report a typo", "Trending Now", "\n".join(others(a, 3)),
                  "Download the News 9 app")
    return text, {}

def regional(a, i):
    x = d(a) + datetime.timedelta(days=2)
    masthead = f"{x.strftime('%A')}, {x.strftime('%B')} {x.day}, {x.year}"
    y = d(a)
    posted = [f"Posted {y.strftime('%b')} {y.day}, {y.year}", f"Last modified {y.strftime('%b')} {y.day}, {y.year}",
              f"Published on {long_dmy(a)}", f"Originally published {long_mdy(a)}"][i % 4]
    text = blocks("Jump to navigation", "Subscribe | Log in | e-Edition", masthead, "The Valley Tribune",
                  "News » World", a["title"], a["by"].upper() + "\nTribune staff", posted,
                  "\n\n".join(a["paras"]),
                  "Want more news like this? Get our free morning briefing.",
                  "Comments", "Please log in to comment.",
                  "Tribune Media Company | 100 River Road | All content © 2012")
    return text, dict(byline=a["by"].upper())

def wire2(a, i):
    x = d(a)
    first = f"{a['place']}, {x.strftime('%b')} {x.day} (WireCo) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(a["title"].upper(), a["date"] + "T14:05:00Z" if i % 2 == 0 else f"{x.day} {x.strftime('%B')} {x.year} 14:05 GMT",
                  "\n\n".join(paras),
                  "Reporting by " + a["by"] + "; Editing by Chris Moor",
                  "Our Standards: The Trust Principles.",
                  "Reuse content | Newsroom contacts")
    return text, dict(title=a["title"].upper(), paras=paras, byline="")

def html_wordpress(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    x = d(a)
    share = '<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>'
    like = '<div class="jp-relatedposts"><h3>Related</h3><p><a href="/x">' + others(a, 1)[0] + '</a></p></div>'
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>{a['title']} &#8211; Field Notes</title></head>
<body class="single">
<div id="masthead"><p class="site-title"><a href="/">Field Notes</a></p><p class="site-description">Reporting from the edges of diplomacy</p></div>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li></ul></nav>
<div id="primary"><main id="main">
<article class="post">
<header class="entry-header"><h1 class="entry-title">{a['title']}</h1>
<div class="entry-meta"><span class="posted-on">{long_mdy(a)}</span> <span class="byline">by <span class="author vcard">{a['by']}</span></span></div>
</header>
<div class="entry-content">
{ps}
{share}
{like}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in World</span></footer>
</article>
<div id="comments"><h2>2 thoughts on &ldquo;{a['title']}&rdquo;</h2><ol><li><p>Thanks for writing this up, it is the clearest account I have read.</p></li></ol>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div>
</main></div>
<footer id="colophon"><p>Proudly powered by WordPress</p></footer>
</body></html>
"""
    return html, {}

HELDOUT = [("magazine", magazine, "txt"), ("tv", tv, "txt"), ("regional", regional, "txt"),
           ("wire2", wire2, "txt"), ("html-wordpress", html_wordpress, "html")]

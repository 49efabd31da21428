# The thirty-second held-out batch: written with unseen31, before any
# change of its round, read once for the unseen score. Kinds in no other
# set: a feed's e-mail digest of one post, a teletext page wrapped at forty
# columns, an article with crossheads between its paragraphs, HTML whose
# only date is in its canonical address, an old printer-friendly page with
# its address and article number. All text invented.
import textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def feedmail(a, i):
    x = d(a)
    text = blocks(f"Subject: [The Ledger] {a['title']}\nFrom: The Ledger <noreply@ledger.example>",
                  f"Posted: {x.day:02d} {x.strftime('%b')} {x.year} 03:15 AM PDT",
                  a["title"], "\n\n".join(a["paras"]),
                  "You are subscribed to email updates from The Ledger.\nTo stop receiving these emails, you may unsubscribe now.",
                  "Email delivery powered by FeedMailer")
    return text, dict(byline="")

def teletext(a, i):
    x = d(a)
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 39)) for p in a["paras"])
    text = blocks(f"P{104 + i} NEWSTEXT {104 + i} {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year} 10:15/32",
                  a["title"], wrapped, f"Next news {105 + i}  Index 100")
    return text, dict(byline="")

def crossheads(a, i):
    x = d(a)
    p = a["paras"]
    heads = ["What comes next", "A long road", "Reaction", "The background"]
    body = [p[0], p[1], heads[i % 4], *p[2:]]
    text = blocks("Weekly Review", "Politics · World · Economy", a["title"], f"By {a['by']}", long_mdy(a),
                  "\n\n".join(body), "Related: " + others(a, 1)[0], "Weekly Review is published by Review Media.")
    return text, {}

def html_urldate(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - Capital Wire</title>
<link rel="canonical" href="https://capitalwire.example/{x.year}/{x.month:02d}/{x.day:02d}/{a['key']}-story/"></head>
<body>
<div id="top"><a href="/">Capital Wire</a> · <a href="/world">World</a> · <a href="/about">About</a></div>
<main>
<h1 class="entry-title">{a['title']}</h1>
<div class="entry-author">by <a href="/author/x">{a['by']}</a></div>
<div class="entry-content">
{ps}
</div>
<div class="entry-tags">Filed under: <a href="/t/diplomacy">Diplomacy</a>, <a href="/t/world">World</a></div>
</main>
</body></html>
"""
    return html, {}

def printfriendly(a, i):
    x = d(a)
    text = blocks(f"Printer friendly version of: http://www.dailyglobe.example/article.asp?id={4711 + i}",
                  f"Article ID: {4711 + i}", a["title"], f"Posted on: {x.strftime('%a')}, {x.strftime('%b')} {x.day} {x.year}",
                  f"Author: {a['by']}", "\n\n".join(a["paras"]),
                  "Close this window", "Copyright 2000-2012 Daily Globe Online")
    return text, {}

UNSEEN32 = [("feedmail", feedmail, "txt"), ("teletext", teletext, "txt"), ("crossheads", crossheads, "txt"),
            ("html-urldate", html_urldate, "html"), ("printfriendly", printfriendly, "txt")]

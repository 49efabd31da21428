# The forty-third held-out batch: written after unseen42's fixes, read
# once for the unseen score, ordinary kinds again: a mailing list's digest
# message with its group footer, an English article on a messaging app's
# official account, a news site in simple English with its level line and
# word list, an NGO's field report with its fields and appeal, HTML whose
# article holds an aside of key facts and a figure. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def yahoogroups(a, i):
    x = d(a)
    text = blocks(f"Message {3 + i} of 12", f"From: newsdesk@ledger.example\nDate: {x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} 10:15:00 -0000\nSubject: [worldnews] {a['title']}",
                  a["title"], f"By {a['by']}", "\n\n".join(a["paras"]),
                  "Yahoo! Groups Links", "<*> To visit your group on the web, go to:\n    http://groups.example/group/worldnews/",
                  "<*> To unsubscribe from this group, send an email to:\n    worldnews-unsubscribe@groups.example")
    return text, {}

def wechat(a, i):
    x = d(a)
    text = blocks(a["title"], f"Original  The Ledger  {a['date']} 10:15", "\n\n".join(a["paras"]),
                  f"Read {3 + i}.{i}k", "Like  Wow  Share", "Scan the QR code to follow us")
    return text, dict(byline="")

def simplenews(a, i):
    words = ["mediator — a person who helps two sides agree", "corridor — a safe way through",
             "pledge — a promise", "turnout — the number of people who vote"][i % 4]
    text = blocks("News in Levels", f"Level 2 | Words: {110 + 10 * i}", a["title"], long_dmy(a), "\n\n".join(a["paras"]),
                  "Difficult words:", words, "Listen to the news")
    return text, dict(byline="")

def ngo(a, i):
    text = blocks("Friends of the Border Villages", "Field report", a["title"],
                  f"Location: {a['place'].title()} | Date: {long_dmy(a)}", f"Author: {a['by']}, Programme Officer",
                  "\n\n".join(a["paras"]), "Donate now to support our work in the region.", "Registered charity no. 1098765")
    return text, {}

def html_aside(a, i):
    p = a["paras"]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | The Globe Post</title>
<meta property="og:title" content="{a['title']}">
<meta property="article:published_time" content="{a['date']}T09:00:00Z"></head>
<body>
<article>
<h1>{a['title']}</h1>
<p class="byline">By {a['by']}</p>
<p>{p[0]}</p>
<aside class="key-facts"><h3>Key facts</h3><ul><li>Talks began in 2001</li><li>Three rounds have failed</li><li>Mediators come from three countries</li></ul></aside>
<p>{p[1]}</p>
<figure><img src="/x.jpg" alt=""><figcaption>Delegates arrive for the meeting.</figcaption></figure>
{"".join(f"<p>{q}</p>" for q in p[2:])}
</article>
</body></html>
"""
    return html, {}

UNSEEN43 = [("yahoogroups", yahoogroups, "txt"), ("wechat", wechat, "txt"), ("simplenews", simplenews, "txt"),
            ("ngo", ngo, "txt"), ("html-aside", html_aside, "html")]

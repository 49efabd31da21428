# The fiftieth held-out batch: written after unseen49's fixes, read once
# for the unseen score, ordinary kinds: a page with its reading time and
# word count in words, an old site's month-first numeric "Date Posted"
# (expects a date only when the day is over 12), a wire story ending on its
# editors' initials and a filing code, a byline with the writer's e-mail
# address, HTML with an embedded social post between paragraphs. All text
# invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def readingtime(a, i):
    text = blocks("The Atlas", a["title"], f"By {a['by']}", long_dmy(a), f"Reading time: {3 + i} minutes",
                  f"Word count: {480 + 20 * i}", "\n\n".join(a["paras"]))
    return text, {}

def aspnumeric(a, i):
    x = d(a)
    text = blocks("County Courier Online", a["title"], f"Date Posted: {x.month}/{x.day}/{x.year} 10:15:00 AM",
                  f"Posted By: {a['by']}", "\n\n".join(a["paras"]), "Back")
    return text, dict(ambiguous=x.day <= 12)

def wireend(a, i):
    x = d(a)
    first = f"{a['place']} (WIRE) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(a["title"], f"By {a['by']}", long_dmy(a), "\n\n".join(paras), ["jd/mk", "ph/rs", "ak/lt", "dm/jb"][i % 4],
                  f"WIRE {x.day:02d}1015 GMT {x.strftime('%b').upper()} {x.strftime('%y')}")
    return text, dict(paras=paras)

def bylineemail(a, i):
    mail = a["by"].lower().replace(" ", ".") + "@ledger.example"
    text = blocks("The Ledger", a["title"], f"By {a['by']} {mail}", long_mdy(a), "\n\n".join(a["paras"]))
    return text, {}

def html_tweet(a, i):
    x = d(a)
    p = a["paras"]
    tweet = (f'<blockquote class="twitter-tweet"><p>Talks resume today. More soon.</p>&mdash; Ledger World (@ledgerworld) '
             f'<a href="#">{long_mdy(a)}</a></blockquote>')
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Ledger World</title>
<meta property="article:published_time" content="{a['date']}T11:00:00Z"></head>
<body>
<article>
<h1>{a['title']}</h1>
<p class="byline">By {a['by']}</p>
<p>{p[0]}</p>
{tweet}
{"".join(f"<p>{q}</p>" for q in p[1:])}
</article>
</body></html>
"""
    return html, {}

UNSEEN50 = [("readingtime", readingtime, "txt"), ("aspnumeric", aspnumeric, "txt"), ("wireend", wireend, "txt"),
            ("bylineemail", bylineemail, "txt"), ("html-tweet", html_tweet, "html")]

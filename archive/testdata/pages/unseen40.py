# The fortieth held-out batch: written after unseen39's fix, read once for
# the unseen score. Kinds in no other set: HTML with photo credits in
# their own paragraphs between the text's, HTML with a cookie banner and a
# noscript note before the article, a Canadian agency's story with its
# sign-off and first-published line, a press gallery's news service with
# its release fields and "-- 30 --", a social network's instant article
# with its reactions. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def html_credits(a, i):
    p = a["paras"]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - Valley Times</title>
<meta name="pubdate" content="{a['date'].replace('-', '')}"></head>
<body>
<div class="nav"><a href="/">Valley Times</a> <a href="/news">News</a></div>
<div class="story">
<h1>{a['title']}</h1>
<p class="by">By {a['by']}</p>
<p>{p[0]}</p>
<img src="/a.jpg" alt="">
<p class="credit">Photo: Ana Ruiz / Valley Times</p>
<p>{p[1]}</p>
<img src="/b.jpg" alt="">
<p class="credit">File photo</p>
{"".join(f"<p>{q}</p>" for q in p[2:])}
</div>
</body></html>
"""
    return html, {}

def html_cookiefirst(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']}</title></head>
<body>
<div id="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you agree to our use of cookies.</p><button>Accept</button> <button>Settings</button></div>
<noscript><p>Please enable JavaScript to view the comments.</p></noscript>
<div id="page">
<h1>{a['title']}</h1>
<p class="date">{d(a).strftime('%A')}, {long_mdy(a)}</p>
<p class="author">{a['by']}</p>
{ps}
</div>
</body></html>
"""
    return html, {}

def canadian(a, i):
    text = blocks("National Daily", "News | Canada | World", a["title"], f"By {a['by']}, The Canadian Wire",
                  "\n\n".join(a["paras"]), "— The Canadian Wire",
                  f"This report by The Canadian Wire was first published {long_mdy(a)}.")
    return text, {}

def pressgallery(a, i):
    x = d(a)
    text = blocks("PRESS GALLERY NEWS SERVICE", f"Release time: 10:15\nDate: {wk_dmy(a).replace(',', '')}\nSlug: {a['key'].upper()}",
                  a["title"], f"By {a['by']}", "\n\n".join(a["paras"]), "-- 30 --")
    return text, {}

def fbinstant(a, i):
    x = d(a)
    text = blocks("The Ledger", f"{long_mdy(a)} at 10:15 AM ·", a["title"], "\n\n".join(a["paras"]),
                  f"{142 + i} Reactions  {31 + i} Comments  {12 + i} Shares", "Like · Comment · Share")
    return text, dict(byline="")

UNSEEN40 = [("html-credits", html_credits, "html"), ("html-cookiefirst", html_cookiefirst, "html"),
            ("canadian", canadian, "txt"), ("pressgallery", pressgallery, "txt"), ("fbinstant", fbinstant, "txt")]

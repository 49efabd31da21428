# An eighth held-out batch, written after unseen7 had been tuned on: six
# layouts built the way a person hand-makes test pages from the issue's
# list, with new wording. Read once for the unseen score. All text invented.
import json
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def hand_a(a, i):
    body = a["paras"][:2] + ["Story continues below advertisement", "Advertisement"] + a["paras"][2:]
    text = blocks("World News\nUK Politics\nBusiness & Economy\nScience & Environment\nArts & Culture",
                  a["title"],
                  f"Published: {long_dmy(a)} · Updated: {long_dmy(a)}",
                  f"By {a['by']}, Europe correspondent",
                  "\n\n".join(body),
                  "Share this article", "Related stories", "\n".join(others(a, 3)),
                  "Sign up for our weekly newsletter",
                  f"© {d(a).year} The Western Daily")
    return text, {}

def hand_b(a, i):
    x = d(a)
    body = a["paras"][:2] + ["Continue reading the main story"] + a["paras"][2:]
    text = blocks("Home › World › Middle East", a["title"],
                  f"By {a['by']} | {x.strftime('%A')}, {x.day} {x.strftime('%B')} {x.year}, 09:15 GMT",
                  "Updated 3 hours ago", "5 min read",
                  "\n\n".join(body),
                  "(Additional reporting by Omar Farouk in Cairo; Editing by Lena Brandt)",
                  "Topics:\nMiddle East\nDiplomacy",
                  "Comments (4)", "jmcallister · 2h ago\nNothing will come of this, mark my words.",
                  "sara_k · 1h ago\nLet them talk. It is better than the alternative.",
                  "© 2004 Levant Post")
    return text, {}

def hand_c(a, i):
    text = blocks("Print this page | Close window", "Printable version",
                  a["title"], f"Posted by {a['by']} on {long_mdy(a)}",
                  "\n\n".join(a["paras"]),
                  "E-mail this to a friend", "Read more", "\n".join(others(a, 2)),
                  "Terms | Privacy | Contact")
    return text, {}

def hand_d(a, i):
    x = d(a)
    text = blocks("We value your privacy", "We and our partners use cookies and similar technologies to store and access information on your device.",
                  "Accept All\nReject All\nCustomise",
                  "Skip to main content", "News / World / Asia",
                  a["title"], f"{x.day} {x.strftime('%b')} {x.year} | 09:15", a["by"],
                  "\n\n".join(a["paras"]),
                  "More on this story", "\n".join(others(a, 2)),
                  "Follow us: Facebook · X · Instagram")
    return text, {}

def html_hand_a(a, i):
    half = 2
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"][:half]) + \
        '\n<div class="advert"><span>Advertisement</span></div>\n' + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][half:]) + \
        f'\n<p><a href="/more">Read more</a></p>\n<h3>Related</h3>\n<ul><li><a href="/1">{others(a, 2)[0]}</a></li><li><a href="/2">{others(a, 2)[1]}</a></li></ul>'
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']}</title></head>
<body>
<div class="cookies"><p>This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies.</p><a href="#">Accept all</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<article>
<h1>{a['title']}</h1>
<div class="article-byline">By {a['by']} · {long_dmy(a)}</div>
{ps}
</article>
<footer>Copyright 2004 Harbour Media</footer>
</body></html>
"""
    return html, {}

def html_hand_b(a, i):
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": a["title"],
                     "datePublished": a["date"], "author": {"@type": "Person", "name": a["by"]}})
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"][:3]) + \
        '\n<form class="newsletter"><p>Get the morning briefing delivered to your inbox.</p><input type="email"><button>Sign up</button></form>\n' + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][3:]) + \
        f'\n<section class="most-read"><h2>Most read</h2><ol><li>{others(a, 3)[0]}</li><li>{others(a, 3)[1]}</li><li>{others(a, 3)[2]}</li></ol></section>'
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - The Observer Post</title>
<meta property="article:published_time" content="2012-01-01T00:00:00Z">
<script type="application/ld+json">{ld}</script></head>
<body>
<header>The Observer Post</header>
<article>
<h1>{a['title']}</h1>
<p class="byline">{a['by']}</p>
{ps}
</article>
</body></html>
"""
    return html, {}

UNSEEN8 = [("hand-a", hand_a, "txt"), ("hand-b", hand_b, "txt"), ("hand-c", hand_c, "txt"), ("hand-d", hand_d, "txt"),
           ("html-hand-a", html_hand_a, "html"), ("html-hand-b", html_hand_b, "html")]

# The thirty-fourth held-out batch: written with unseen33's rules in, read
# once for the unseen score, with kinds chosen for what sets before it
# missed at first sight (closing lines of new wording, new date forms).
# Kinds in no other set: a WordPress text save with a two-digit year, a
# story with an update note and the writer's handle under it, an
# Australian print view with its fields, US HTML whose only date is a
# shown month-first numeric date, a newsletter platform's post with its
# subtitle and footer. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def wordpress(a, i):
    x = d(a)
    text = blocks("Ledger Blog", "Just another news site", "Menu", a["title"],
                  f"Posted on {x.day} {x.strftime('%b')} {x.strftime('%y')} by {a['by']}",
                  "\n\n".join(a["paras"]),
                  f"Posted in World | Tagged {a['key']}, diplomacy | Leave a comment",
                  "Proudly powered by WordPress")
    # A two-digit year is not guessed (the date rules): no date.
    return text, dict(date="")

def updatenote(a, i):
    x = d(a)
    first = a["by"].split()[0]
    handle = a["by"].lower().replace(" ", "")
    text = blocks("The Meridian", "World  Politics  Business  Opinion", a["title"],
                  f"{a['by']} | {long_mdy(a)}", "\n\n".join(a["paras"]),
                  "This story has been updated to include comments from the ministry.",
                  f"Follow {first} on X: @{handle}")
    return text, {}

def auprint(a, i):
    x = d(a)
    text = blocks("Print Article | Close Window", "The Harbour Morning Ledger", a["title"],
                  f"Date: {x.strftime('%B')} {x.day} {x.year}\nPage: {4 + i}\nSection: World News\nWords: {480 + 20 * i}",
                  f"By {a['by']}", "\n\n".join(a["paras"]),
                  f"Copyright © {x.year}. The Harbour Morning Ledger.")
    return text, {}

def html_usdate(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="utf-8"><title>{a['title']} - Prairie Tribune</title></head>
<body>
<div id="nav"><a href="/">Prairie Tribune</a> | <a href="/news">News</a> | <a href="/sports">Sports</a></div>
<div id="content">
<h2 class="headline">{a['title']}</h2>
<p class="byline">By {a['by']}<br>Published: {x.month:02d}/{x.day:02d}/{x.year}</p>
{ps}
<p class="tagline">Prairie Tribune staff and wire reports.</p>
</div>
</body></html>
"""
    return html, {}

def newsletter_post(a, i):
    x = d(a)
    sub = ["Notes from a long week of talks", "What the deal means, and what it leaves out",
           "A quiet success, for now", "Why this matters beyond the region"][i % 4]
    text = blocks("The Diplomatic Pouch", "Subscribe", "Sign in", a["title"], sub,
                  a["by"], f"{x.strftime('%b')} {x.day}, {x.year}", "Share",
                  "\n\n".join(a["paras"]),
                  "Thanks for reading The Diplomatic Pouch! Subscribe for free to receive new posts and support my work.",
                  f"{3 + i} Likes · {i} Comments", "Share")
    return text, {}

UNSEEN34 = [("wordpress", wordpress, "txt"), ("updatenote", updatenote, "txt"), ("auprint", auprint, "txt"),
            ("html-usdate", html_usdate, "html"), ("newsletter-post", newsletter_post, "txt")]

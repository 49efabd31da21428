# The fifty-third held-out batch: written after unseen52, read once for
# the unseen score, ordinary kinds from common publishing systems: an
# article's print view from one CMS with its "Written by" line, hits and
# last update; a node from another with "Submitted by ... on
# Sat, 07/24/2004 - 10:15" (a date expected only when the day is over
# 12); a blog platform's post with its reading time and sign-up lines; a
# blog's mobile view with the date over the headline; HTML with
# microformats and the newer and older posts under the text. All text
# invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def joomla(a, i):
    x = d(a)
    text = blocks(a["title"], f"Written by {a['by']}    {x.strftime('%A')}, {x.day:02d} {x.strftime('%B')} {x.year} 10:15",
                  "\n\n".join(a["paras"]), f"Hits: {1234 + i}",
                  f"Last Updated on {x.strftime('%A')}, {x.day:02d} {x.strftime('%B')} {x.year} 18:00")
    return text, {}

def drupal(a, i):
    x = d(a)
    text = blocks("Border Watch", a["title"], f"Submitted by {a['by']} on {x.strftime('%a')}, {x.month:02d}/{x.day:02d}/{x.year} - 10:15",
                  "\n\n".join(a["paras"]), "Tags: diplomacy border talks", "Add new comment")
    return text, dict(ambiguous=x.day <= 12)

def ghost(a, i):
    x = d(a)
    text = blocks("The Ledger Notes", a["title"], f"{a['by']} · {x.day} {x.strftime('%b')} {x.year} · {3 + i} min read",
                  "\n\n".join(a["paras"]), "Subscribe to The Ledger Notes", "Sign up now", "Already have an account? Sign in")
    return text, {}

def bloggermobile(a, i):
    x = d(a)
    text = blocks("Notes From Geneva", wk_dmy(a), a["title"], "\n\n".join(a["paras"]),
                  f"Posted by {a['by']} at 10:15 AM", "No comments:", "Post a Comment", "Home", "View web version")
    return text, {}

def html_microformats(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    nxt, prv = others(a, 2)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} — Dispatches</title></head>
<body>
<article class="h-entry blog-item">
<h1 class="p-name entry-title">{a['title']}</h1>
<p class="meta"><span class="p-author author">{a['by']}</span> · <time class="dt-published" datetime="{a['date']}">{long_mdy(a)}</time></p>
<div class="e-content">
{ps}
</div>
</article>
<nav class="pagination"><a href="/n">Newer Post<br>{nxt}</a> <a href="/o">Older Post<br>{prv}</a></nav>
</body></html>
"""
    return html, {}

UNSEEN53 = [("joomla", joomla, "txt"), ("drupal", drupal, "txt"), ("ghost", ghost, "txt"),
            ("bloggermobile", bloggermobile, "txt"), ("html-microformats", html_microformats, "html")]

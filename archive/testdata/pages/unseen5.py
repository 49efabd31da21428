# A fifth held-out batch, written after unseen4 had been tuned on: five more
# layouts, read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def eedition(a, i):
    x = d(a)
    cut = 2
    paras = a["paras"]
    text = blocks("THE COASTAL HERALD · E-EDITION", f"Page A{4 + i}", "WORLD",
                  a["title"], "BY " + a["by"].upper(), "Herald Staff Writer",
                  f"{x.strftime('%A').upper()}, {x.strftime('%B').upper()} {x.day}, {x.year}",
                  "\n\n".join(paras[:cut]), f"Continued on Page A{9 + i}", "\n\n".join(paras[cut:]),
                  "Copyright © 2012 The Coastal Herald. Reproduced with permission of the publisher.")
    return text, dict(byline=a["by"].upper())

def medium(a, i):
    x = d(a)
    dek = ["Notes on a long week of talks", "What the deal does and does not do", "A view from the ground", "Why this matters more than it looks"][i % 4]
    text = blocks("Open in app", "Sign up\nSign in", "Write",
                  a["title"], dek, a["by"], "Follow",
                  f"{4 + i} min read · {x.strftime('%b')} {x.day}, {x.year}", "Listen\nShare",
                  "\n\n".join(a["paras"]),
                  "Diplomacy\nWorld\nPolitics", f"{120 + i}", "Written by " + a["by"],
                  f"{300 + i} Followers", "More from " + a["by"], "\n".join(others(a, 2)),
                  "Recommended from the site", "Help\nStatus\nAbout\nCareers")
    return text, dict(paras=a["paras"])

def html_paper(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{a['title']} | World news | The Chronicle</title>
<meta property="og:title" content="{a['title']}"></head>
<body>
<div class="banner">This article is more than {2012 - x.year} years old</div>
<header><a href="/">The Chronicle</a><nav><a href="/uk">UK</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main>
<div class="content__meta"><p class="byline"><a rel="author" href="/profile/x">{a['by']}</a> in {a['place'].title()}</p>
<details class="content__dateline"><summary>{x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year} 14.32 BST</summary></details></div>
<div class="content__article-body">
{ps}
</div>
<aside class="most-viewed"><h2>Most viewed</h2><ol><li>{others(a, 3)[0]}</li><li>{others(a, 3)[1]}</li><li>{others(a, 3)[2]}</li></ol></aside>
</main>
<footer><p>© 2012 The Chronicle</p></footer>
</body></html>
"""
    return html, {}

def radio(a, i):
    x = d(a)
    text = blocks("World Radio", "Programmes | Schedule | Podcasts | Listen live",
                  a["title"], f"{long_mdy(a)} · {['4:32', '3:15', '5:01', '2:48'][i % 4]}",
                  "Listen", "Download MP3", "Transcript",
                  "\n\n".join(a["paras"]),
                  "Copyright © 2012 World Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.",
                  "World Radio transcripts are created on a rush deadline, and accuracy and availability may vary.")
    return text, dict(byline="")

def wiremulti(a, i):
    second = ["Ruth Calder", "Paul Weir", "Dora Lutz", "Karim Saleh"][i % 4]
    x = d(a)
    text = blocks("WORLD NEWS", a["title"],
                  f"By {a['by']} and {second}",
                  f"{a['place'].title()} | {x.strftime('%a')} {x.strftime('%b')} {x.day}, {x.year} 7:42pm EDT",
                  "\n\n".join(a["paras"]),
                  f"Reporting by {a['by']} and {second}; Editing by Jon Pike",
                  "Our Standards: How we report.",
                  "Sponsored content\nFrom our partners")
    return text, dict(byline=f"{a['by']} and {second}")

UNSEEN5 = [("eedition", eedition, "txt"), ("medium", medium, "txt"), ("html-paper", html_paper, "html"),
           ("radio", radio, "txt"), ("wiremulti", wiremulti, "txt")]

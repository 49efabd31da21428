# The thirty-sixth held-out batch: written after unseen35's fixes, read
# once for the unseen score. Kinds in no other set: a scraped text dump
# that kept HTML entities, a Markdown save with a bold dateline and a
# related list, a feed item saved with its raw field names (pubDate,
# dc:creator), HTML with a kicker over the headline, "Words by" and the
# writer's note in italics, a long read with its contents box and its
# topics one a line. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def entities(a, i):
    esc = lambda s: s.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#39;")
    text = blocks(esc(a["title"]), f"By {a['by']}", long_dmy(a), "\n\n".join(esc(p) for p in a["paras"]),
                  "&copy; The Ledger")
    return text, {}

def mdbold(a, i):
    p = list(a["paras"])
    first = f"**{a['place']}** — " + p[0]
    text = blocks(f"# {a['title']}", f"_By {a['by']}_", f"_{long_dmy(a)}_", first, *p[1:],
                  "### Related", "\n".join(f"- [{t}](https://ledger.example/{k})" for k, t in enumerate(others(a, 2))))
    return text, dict(paras=[f"{a['place']} — " + p[0]] + p[1:])

def rssitem(a, i):
    x = d(a)
    text = blocks(f"title: {a['title']}\nlink: https://ledger.example/{a['key']}\n"
                  f"pubDate: {x.strftime('%a')}, {x.day:02d} {x.strftime('%b')} {x.year} 10:15:00 +0000\n"
                  f"dc:creator: {a['by']}\ncategory: World", "content:encoded:", "\n\n".join(a["paras"]))
    return text, {}

def html_kicker(a, i):
    x = d(a)
    kick = ["ANALYSIS", "EXCLUSIVE", "WORLD", "DIPLOMACY"][i % 4]
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | The Courier</title></head>
<body>
<nav><a href="/">The Courier</a></nav>
<article>
<p class="kicker">{kick}</p>
<h1>{a['title']}</h1>
<p class="credit">Words by <a href="/p/x">{a['by']}</a></p>
<p class="dateline">{a['place'].title()}, {long_dmy(a)}</p>
{ps}
<p><em>{a['by']} is our {a['place'].title()} correspondent.</em></p>
</article>
</body></html>
"""
    return html, {}

def longread(a, i):
    x = d(a)
    text = blocks("The Long Read", a["title"], f"{a['by']}, Diplomatic Editor",
                  f"{x.day} {x.strftime('%b')} {x.year}, 10:15 BST",
                  "In this article\nBackground\nThe talks\nWhat comes next",
                  "\n\n".join(a["paras"]), "Topics", "Diplomacy\nEurope\nBorders")
    return text, {}

UNSEEN36 = [("entities", entities, "txt"), ("mdbold", mdbold, "txt"), ("rssitem", rssitem, "txt"),
            ("html-kicker", html_kicker, "html"), ("longread", longread, "txt")]

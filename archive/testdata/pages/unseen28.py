# The twenty-eighth held-out batch, the blind one: written after unseen27
# had been tuned on, read once for the unseen score, and not tuned on
# afterwards. Kinds in no other set: a syndicated column with its
# syndicate's lines, one item of a numbered news digest, HTML whose text is
# in <div> blocks and whose date is only shown ("Created on"), an article
# translated from another language with its translator's and original's
# lines, a newsgroup post carrying an article. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def syndicated(a, i):
    x = d(a)
    text = blocks("The Evening Courier", "News | Columns | Letters", "COLUMNISTS",
                  a["title"], f"{a['by']}\nSpecial to the Courier", long_mdy(a),
                  "\n\n".join(a["paras"]),
                  f"{a['by']}'s column appears on Saturdays.",
                  f"Distributed by Globe Features Syndicate. © {x.year} Globe Features.",
                  "More columns")
    return text, {}

def digest(a, i):
    x = d(a)
    text = blocks(f"DIPLOMACY DIGEST — No. {412 + i}", f"{wk_dmy(a)}", f"ITEM {2 + i} OF 7",
                  "=" * 40, a["title"], f"by {a['by']}", "\n\n".join(a["paras"]), "=" * 40,
                  "← Previous item | Next item →", "To unsubscribe, reply with REMOVE in the subject line.")
    return text, {}

def html_divs(a, i):
    x = d(a)
    ps = "\n".join(f'<div class="paragraph">{p}</div>' for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - Island Post</title></head>
<body>
<div class="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></div>
<div class="story">
<div class="story-title">{a['title']}</div>
<div class="story-info">Created on {x.day:02d} {x.strftime('%B')} {x.year} · Written by {a['by']}</div>
{ps}
<div class="hits">Hits: {300 + 17 * i}</div>
</div>
</body></html>
"""
    return html, {}

def translated(a, i):
    x = d(a)
    tr = ["Lena Hoff", "Marc Duval", "Iris Bloom", "Pavel Sokol"][i % 4]
    text = blocks("World Press Review", "Translations | Regions | About", a["title"],
                  f"By {a['by']}", f"Translated from the French by {tr}",
                  f"Originally published in Le Courrier, {long_dmy(a)}",
                  "\n\n".join(a["paras"]), "Read the original article (in French)", "World Press Review translates the world's press.")
    return text, {}

def usenet(a, i):
    x = d(a)
    user = ["jdoe", "k.mills", "r.ortega", "tsato"][i % 4]
    text = blocks(f"From: {user}@mail.example ({user})\nNewsgroups: soc.politics.world\nSubject: {a['title']}\nDate: {x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} 10:15:00 GMT",
                  "Saw this in today's Ledger:",
                  a["title"], f"By {a['by']}", "\n\n".join(a["paras"]),
                  "--\n" + user + "\n\"Opinions are my own.\"")
    return text, {}

UNSEEN28 = [("syndicated", syndicated, "txt"), ("digest", digest, "txt"), ("html-divs", html_divs, "html"),
            ("translated", translated, "txt"), ("usenet", usenet, "txt")]

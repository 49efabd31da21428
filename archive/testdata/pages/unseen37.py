# The thirty-seventh held-out batch: written after unseen36's fixes, read
# once for the unseen score. Kinds in no other set: an editor's note on
# the first publication under the byline, a mail forward whose article is
# quoted with "> ", a poll widget under the text, a print view whose
# headline wraps over two lines, HTML with text blocks, a sign-up box
# between paragraphs and a most-read list in the main element. All text
# invented.
import textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def editorsnote(a, i):
    text = blocks("The Ledger", "World | Politics | Business", a["title"], f"By {a['by']}",
                  f"Editor's note: This article was first published on {long_mdy(a)} and has been updated.",
                  "\n\n".join(a["paras"]), "More from The Ledger")
    return text, {}

def quotedmail(a, i):
    x = d(a)
    q = "\n>\n".join("> " + p for p in a["paras"])
    text = blocks(f"-----Original Message-----\nFrom: Desk <desk@ledger.example>\nSent: {x.strftime('%A')}, {long_mdy(a)} 10:15 AM\nTo: Clippings\nSubject: FW: {a['title']}",
                  "See below.", f"> {a['title']}\n>\n> By {a['by']}\n>\n" + q)
    return text, {}

def poll(a, i):
    x = d(a)
    qn = ["Should the talks resume?", "Will the deal hold?", "Was the summit a success?", "Should the vote be rerun?"][i % 4]
    text = blocks("Valley Gazette", "News | Sport | Community", a["title"], f"By {a['by']}", long_dmy(a),
                  "\n\n".join(a["paras"]), "POLL", f"{qn}\nYes {55 + i}%\nNo {45 - i}%\nTotal votes: {1204 + 37 * i}")
    return text, {}

def wraphead(a, i):
    x = d(a)
    head = "\n".join(textwrap.wrap(a["title"], 34))
    body = "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in a["paras"])
    text = blocks("THE LEDGER — PRINT EDITION", head, f"By {a['by']}", long_dmy(a), body, "Page 4")
    return text, {}

def html_blocks(a, i):
    x = d(a)
    p = a["paras"]
    blk = lambda q: f'<div class="text-block"><p>{q}</p></div>'
    most = "".join(f"<li><a href='/m{k}'>{t}</a></li>" for k, t in enumerate(others(a, 3)))
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Metro Times</title>
<meta itemprop="datePublished" content="{a['date']}T07:00:00Z"></head>
<body>
<header><a href="/">Metro Times</a></header>
<main>
<h1>{a['title']}</h1>
<div class="byline">By {a['by']}</div>
{blk(p[0])}
{blk(p[1])}
<div class="signup"><h3>Get the morning briefing</h3><p>Sign up for our daily email.</p><form><input type="email"><button>Sign up</button></form></div>
{"".join(blk(q) for q in p[2:])}
<section class="most-read"><h2>Most read</h2><ol>{most}</ol></section>
</main>
</body></html>
"""
    return html, {}

UNSEEN37 = [("editorsnote", editorsnote, "txt"), ("quotedmail", quotedmail, "txt"), ("poll", poll, "txt"),
            ("wraphead", wraphead, "txt"), ("html-blocks", html_blocks, "html")]

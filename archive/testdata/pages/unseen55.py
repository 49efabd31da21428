# The fifty-fifth held-out batch: written after unseen54's fixes, read
# once for the unseen score, ordinary kinds: an article shared from a news
# app with the app's line, a curation app's card with its "Read the full
# story" line, a press-release wire's story with its dateline, source and
# contact lines, a crawled copy with the site's navigation in brackets,
# HTML from a writing platform with a section per paragraph and its
# listen and share buttons. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def appshare(a, i):
    text = blocks(f"{a['title']} — The Ledger", f"{a['by']} · {long_mdy(a)}", "\n\n".join(a["paras"]),
                  "Shared from News+ on my phone")
    return text, {}

def flipcard(a, i):
    text = blocks(f"Flipped into World Affairs by mkovac", a["title"], f"ledger.example · {long_dmy(a)} · {a['by']}",
                  "\n\n".join(a["paras"]), "Read the full story at ledger.example", f"{20 + i} likes · {i} comments")
    return text, {}

def prwire(a, i):
    x = d(a)
    first = f"{a['place']}, {long_mdy(a)} /PRWire/ -- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(a["title"], "\n\n".join(paras), "SOURCE Ministry of Foreign Affairs",
                  "CONTACT: Press Office, +41 22 000 00 00, press@mfa.example")
    return text, dict(paras=paras, byline="")

def crawled(a, i):
    text = blocks("[Home] [World] [Business] [Opinion] [Contact]", a["title"], f"By {a['by']}", long_dmy(a),
                  "\n\n".join(a["paras"]), "[Back to top] [Privacy] [Terms]")
    return text, {}

def html_sections(a, i):
    secs = "\n".join(f"<section><p>{q}</p></section>" for q in a["paras"])
    x = d(a)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | by {a['by']} | Dispatches</title></head>
<body>
<header><h1>{a['title']}</h1>
<div class="meta"><a href="/@x">{a['by']}</a> <span>{x.strftime('%b')} {x.day}, {x.year}</span> <button>Listen</button> <button>Share</button></div></header>
{secs}
<footer><button>Follow</button> <p>Written by {a['by']}</p></footer>
</body></html>
"""
    return html, {}

UNSEEN55 = [("appshare", appshare, "txt"), ("flipcard", flipcard, "txt"), ("prwire", prwire, "txt"),
            ("crawled", crawled, "txt"), ("html-sections", html_sections, "html")]

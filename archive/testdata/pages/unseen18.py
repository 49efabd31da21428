# An eighteenth held-out batch, written after unseen17 had been tuned on:
# a search engine's cached copy with its banner, a text-only site version
# with image placeholders, the date and the writer's note after the text, a
# social site's post quoting an article, HTML with boxes set inside the
# text. Read once for the unseen score. All text invented.
import datetime
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def cache(a, i):
    x = d(a)
    snap = x + datetime.timedelta(days=3 + i)
    text = blocks(f"This is the cached copy of http://www.ledger.example/world/{a['key']}.html. It is a snapshot of the page as it appeared on {snap.day} {snap.strftime('%b')} {snap.year} 10:15:22 GMT.",
                  "The current page could have changed in the meantime. Learn more",
                  "Full version   Text-only version   View source",
                  "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
                  "THE LEDGER", "World", a["title"], f"{long_dmy(a)} | {a['by']}",
                  "\n\n".join(a["paras"]), "Back to World", "© The Ledger")
    return text, {}

def textonly(a, i):
    p = a["paras"]
    img = ["[Image: Delegates arrive at the talks]", "[Image: The building seen from the square]",
           "[Image: Officials at a news conference]", "[Image: A crowd waits outside]"][i % 4]
    body = p[:1] + [img] + p[1:]
    text = blocks("[Skip to content]", "Text-only version | Switch to graphics", "[Link: Home] [Link: World] [Link: Politics]",
                  a["title"], f"{wk_dmy(a)}", f"By {a['by']}",
                  "\n\n".join(body), "[Link: Back to top]", "[Link: Accessibility help]")
    return text, {}

def footerdate(a, i):
    text = blocks("Dispatch Review", "Essays   Reports   Interviews   Archive", a["title"],
                  "\n\n".join(a["paras"]),
                  f"{a['by']} is a contributing writer for Dispatch Review.",
                  f"This article was published on {long_mdy(a)}.",
                  "Dispatch Review is supported by its readers. Donate today.")
    return text, {}

def socialpost(a, i):
    user = ["kestrel", "redfox71", "oldhand", "pilgrim"][i % 4]
    text = blocks("r/worldaffairs", f"Posted by u/{user}", f"{['5', '9', '14', '22'][i % 4]} hours ago",
                  a["title"], "ledger.example/world/" + a["key"],
                  f"Text of the article for those who hit the paywall:",
                  f"{a['title']}\nBy {a['by']} | {short_dmy(a)}",
                  "\n\n".join(a["paras"]),
                  f"{40 + i * 13} comments", "Share", "Save", "Hide", "Report",
                  "89% Upvoted", "Sort by: best",
                  "Level 1\nnorthwind · 4 hr. ago\nFinally some good news from there.")
    return text, {}

def html_midbox(a, i):
    p = a["paras"]
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{a['title']} | The Ledger</title></head>
<body>
<div id="masthead"><a href="/">The Ledger</a> <a href="/world">World</a> <a href="/politics">Politics</a></div>
<div id="story">
<h1>{a['title']}</h1>
<div class="meta"><span class="author">{a['by']}</span> <span class="dateline">{wk_dmy(a)}</span></div>
<p>{p[0]}</p>
<div class="inline-newsletter"><p>Get the Ledger's world briefing in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
<p>{p[1]}</p>
<div class="related-inline"><p>Related: <a href="/x">{others(a, 1)[0]}</a></p></div>
{"".join(f"<p>{q}</p>" for q in p[2:])}
</div>
<div id="footer">© The Ledger. All rights reserved.</div>
</body></html>
"""
    return html, {}

UNSEEN18 = [("cache", cache, "txt"), ("textonly", textonly, "txt"), ("footerdate", footerdate, "txt"),
            ("socialpost", socialpost, "txt"), ("html-midbox", html_midbox, "html")]

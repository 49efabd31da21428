# A fourteenth held-out batch, written after unseen13 had been tuned on:
# key-point summaries, two bare bylines, quotation headlines. Read once for
# the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def keypoints(a, i):
    pts = ["Talks to resume within weeks", "Both sides claim progress", "Hard questions left for later"]
    text = blocks("The Evening Ledger", "World | Politics | Business", a["title"],
                  "Key points:\n" + "\n".join("• " + p for p in pts),
                  long_dmy(a), "\n\n".join(a["paras"]), "Share this article", "© The Evening Ledger")
    return text, dict(byline="")

def twobylines(a, i):
    second = ["Ruth Calder", "Paul Weir", "Dora Lutz", "Karim Saleh"][i % 4]
    text = blocks("Home\nWorld\nBusiness", a["title"], f"{a['by']} and {second}", long_mdy(a),
                  "\n\n".join(a["paras"]), "Related", "\n".join(others(a, 2)))
    return text, dict(byline=f"{a['by']} and {second}")

def quotehead(a, i):
    q = ["\"We chose to talk,\" envoy says as talks resume", "\"This is not the end,\" minister warns",
         "'A bridge between neighbours': rail line opens", "\"Nothing is agreed yet,\" officials insist"][i % 4]
    text = blocks("NEWS WIRE", q, f"By {a['by']}", f"{short_dmy(a)} {['09:00', '12:30', '16:15', '20:45'][i % 4]} GMT",
                  "\n\n".join(a["paras"]), "Copyright 2012 News Wire")
    return text, dict(title=q)

def html_keypoints(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']}</title>
<meta property="article:published_time" content="{a['date']}T09:00:00Z"></head>
<body>
<main><article>
<h1>{a['title']}</h1>
<div class="summary"><h2>Key points</h2><ul><li>Talks to resume within weeks</li><li>Both sides claim progress</li></ul></div>
<p class="byline">By {a['by']}</p>
{ps}
<p><em>Follow our world coverage on our app.</em></p>
</article></main>
</body></html>
"""
    return html, {}

UNSEEN14 = [("keypoints", keypoints, "txt"), ("twobylines", twobylines, "txt"), ("quotehead", quotehead, "txt"),
            ("html-keypoints", html_keypoints, "html")]

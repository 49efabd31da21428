# A tenth held-out batch, written after unseen9: photo credits and gallery
# lines, a web clipper's front matter, a markdown save, an HTML page that
# keeps its comments inside the article. Read once for the unseen score.
# All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def gallery(a, i):
    body = a["paras"][:1] + ["Enlarge this image", "Delegates arrive for the talks.", "Ivo Marek/Global Pictures", "hide caption", "toggle caption"] + a["paras"][1:]
    text = blocks("Public Radio News", "World", a["title"], long_mdy(a) + " · 5:00 AM ET", "Heard on Morning Edition", a["by"],
                  "\n\n".join(body), "Sponsor Message", "More Stories From World")
    return text, {}

def clipper(a, i):
    text = "---\n" + f"title: \"{a['title']}\"\nsource: https://www.ledger.example/world/{a['key']}\nauthor: {a['by']}\npublished: {a['date']}\ncreated: 2012-12-12\ntags: [clippings]\n---\n\n" + \
        blocks("# " + a["title"], "\n\n".join(a["paras"]))
    return text, {}

def markdown(a, i):
    x = d(a)
    text = blocks("[Home](/) | [World](/world) | [Politics](/politics)",
                  "# " + a["title"], f"*By {a['by']} — {long_dmy(a)}*",
                  "\n\n".join(a["paras"]),
                  "---", "**Related:** [" + others(a, 1)[0] + "](/related)")
    return text, {}

def html_comments(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']}</title>
<meta name="dcterms.date" content="{a['date']}"></head>
<body>
<div id="main">
<h1>{a['title']}</h1>
<div class="byline">By {a['by']}</div>
<div class="text">
{ps}
</div>
<div class="comments">
<h3>3 Comments</h3>
<div class="comment"><p class="who">bluewater</p><p>I was there last year and nothing has changed since, believe me.</p></div>
<div class="comment"><p class="who">k.lind</p><p>Good to see some movement at last on this long-running question.</p></div>
</div>
</div>
</body></html>
"""
    return html, {}

UNSEEN10 = [("gallery", gallery, "txt"), ("clipper", clipper, "txt"), ("markdown", markdown, "txt"), ("html-comments", html_comments, "html")]

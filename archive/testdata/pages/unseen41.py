# The forty-first held-out batch: written after unseen40, read once for
# the unseen score, with kinds chosen to be hard for the shape rules:
# every sentence its own paragraph, paragraphs marked only by an indent
# with no blank lines, HTML whose text is a <pre> block wrapped at 68
# columns, a headline and a standfirst both in sentence case, a text file
# that kept the HTML tags of its paragraphs. All text invented.
import re, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def sentences(p):
    return [s for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=["“A-Z])', p) if s]

def shortparas(a, i):
    ss = [s for p in a["paras"] for s in sentences(p)]
    text = blocks("THE DAILY STAR", "NEWS", a["title"], f"By {a['by']}", long_dmy(a), "\n\n".join(ss), "MORE NEWS")
    return text, dict(paras=ss)

def indented(a, i):
    body = "\n".join("    " + "\n".join(textwrap.wrap(p, 68)) for p in a["paras"])
    text = blocks(a["title"].upper(), f"By {a['by']}", long_mdy(a), body)
    return text, dict(title=a["title"].upper())

def html_pre(a, i):
    body = "\n\n".join("\n".join(textwrap.wrap(p, 68)) for p in a["paras"])
    html = f"""<html><head><title>{a['title']}</title></head>
<body>
<h2>{a['title']}</h2>
<p>By {a['by']}<br>{long_dmy(a)}</p>
<pre>
{body}
</pre>
<hr><a href="/">Back to the wire</a>
</body></html>
"""
    return html, {}

def sentencedek(a, i):
    t = a["title"][0] + a["title"][1:].lower()
    dek = ["The talks had been on hold since the spring", "Officials say the plan still needs money",
           "Both sides claim a partial victory", "Critics say the deal leaves key questions open"][i % 4]
    text = blocks("World", t, dek, f"{a['by']} · {long_dmy(a)}", "\n\n".join(a["paras"]))
    return text, dict(title=t)

def rawtags(a, i):
    body = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    text = blocks(a["title"], f"<em>By {a['by']}</em>", f"<time>{long_mdy(a)}</time>", body)
    return text, {}

UNSEEN41 = [("shortparas", shortparas, "txt"), ("indented", indented, "txt"), ("html-pre", html_pre, "html"),
            ("sentencedek", sentencedek, "txt"), ("rawtags", rawtags, "txt")]

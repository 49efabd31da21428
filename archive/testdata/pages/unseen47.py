# The forty-seventh held-out batch: written after unseen46's fixes, read
# once for the unseen score, chosen to be hard: a page with the next story
# in full under the first, text with zero-width spaces and soft hyphens
# from a copy and paste, an interview whose answers open with the
# speaker's name in capitals, HTML with two <h1> (the site's and the
# story's), a date and byline written with no-break spaces. All text
# invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks, ARTICLES

def twostories(a, i):
    b = [x for x in ARTICLES if x["key"] != a["key"]][i]
    text = blocks("The Morning Post", a["title"], f"By {a['by']}", long_dmy(a), "\n\n".join(a["paras"]),
                  b["title"], f"By {b['by']}", long_dmy(b), "\n\n".join(b["paras"]))
    return text, {}

def zerowidth(a, i):
    zw = lambda p: p.replace(" the ", " the\u200b ").replace("ment", "ment\u00ad", 1)
    text = blocks(a["title"], f"By {a['by']}", long_dmy(a), "\n\n".join(zw(p) for p in a["paras"]))
    return text, {}

def interviewcaps(a, i):
    p = a["paras"]
    paras = [p[0]] + [f"LEDGER: What happens next?", f"{a['by'].split()[-1].upper()}: " + p[1]] + p[2:]
    text = blocks("INTERVIEW", a["title"], f"Interview by {a['by']}", long_mdy(a), "\n\n".join(paras))
    return text, dict(paras=paras)

def html_twoh1(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>The Island Voice</title>
<meta name="date" content="{a['date']}"></head>
<body>
<header><h1 class="site-title"><a href="/">The Island Voice</a></h1></header>
<main><h1 class="entry-title">{a['title']}</h1>
<p class="byline">By {a['by']}</p>
{ps}
</main>
</body></html>
"""
    return html, {}

def nbspdate(a, i):
    x = d(a)
    nb = "\u00a0"
    text = blocks("Regional Review", a["title"], f"By{nb}{a['by'].replace(' ', nb)}",
                  f"{x.day}{nb}{x.strftime('%B')}{nb}{x.year},{nb}10:15", "\n\n".join(a["paras"]))
    return text, {}

UNSEEN47 = [("twostories", twostories, "txt"), ("zerowidth", zerowidth, "txt"), ("interviewcaps", interviewcaps, "txt"),
            ("html-twoh1", html_twoh1, "html"), ("nbspdate", nbspdate, "txt")]

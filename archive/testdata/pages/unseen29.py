# A twenty-ninth held-out batch, written after unseen28 (blind, not tuned
# on) had been read: a minister's speech page with its fields, a fact
# check with claim and verdict boxes, a gallery article with photo
# counters, a print page with a pull quote repeated from the text, HTML
# with the next story's opening under the article. Read once for the
# unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def speech(a, i):
    text = blocks("Ministry of Foreign Affairs", "Home > Newsroom > Speeches", "Speech", a["title"],
                  f"Delivered on: {long_dmy(a)}", f"Location: {a['place'].title()}", "Speaker: Minister Irene Castell",
                  "\n\n".join(a["paras"]), "Check against delivery.", "Share this page")
    return text, dict(byline="")

def factcheck(a, i):
    claim = ["Claim: The talks were cancelled last week.", "Claim: No ships will use the corridor.",
             "Claim: The summit agreed a fund of 200 million dollars.", "Claim: The census has been cancelled."][i % 4]
    text = blocks("FACT CHECK DESK", a["title"], f"By {a['by']} · {long_mdy(a)}",
                  claim, "Verdict: False", "\n\n".join(a["paras"]),
                  "How we rate claims: True, Mostly true, Misleading, False.", "Send us a claim to check: check@desk.example")
    return text, {}

def gallery(a, i):
    p = a["paras"]
    n = len(p)
    body = []
    for k, q in enumerate(p):
        body.append(f"Photo {k + 1} of {n}")
        body.append(q)
    text = blocks("Picture Desk", "Galleries   Video   World", a["title"], f"{a['by']} | {long_dmy(a)}",
                  "\n\n".join(body), "View all galleries")
    return text, {}

def pullquote(a, i):
    x = d(a)
    p = a["paras"]
    quote = next((q for q in p if q.startswith('"')), p[1])
    pq = quote.split('," ')[0].strip('"') if '," ' in quote else quote.split(". ")[0]
    text = blocks(f"A{3 + i} | THE LEDGER | {wk_dmy(a).upper()}", "WORLD", a["title"], f"BY {a['by'].upper()}",
                  "\n\n".join(p[:2]), f"“{pq}”", "\n\n".join(p[2:]), f"Continued from A1")
    return text, dict(byline=a["by"].upper())

def html_nextstory(a, i):
    x = d(a)
    nxt = others(a, 1)[0]
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Metro Herald</title>
<meta name="date" content="{a['date']}"></head>
<body>
<nav><a href="/">Metro Herald</a></nav>
<article>
<h1>{a['title']}</h1>
<p class="byline">By {a['by']}</p>
{ps}
</article>
<section class="next-story"><h2>Next story: {nxt}</h2><p>Officials met again on Monday to review the plan, which has drawn criticism from several opposition parties in recent weeks.</p><a href="/next">Continue reading</a></section>
</body></html>
"""
    return html, {}

UNSEEN29 = [("speech", speech, "txt"), ("factcheck", factcheck, "txt"), ("gallery", gallery, "txt"),
            ("pullquote", pullquote, "txt"), ("html-nextstory", html_nextstory, "html")]

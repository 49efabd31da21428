# The fifty-ninth held-out batch: written after unseen58's fixes, read
# once for the unseen score, ordinary kinds: a newspaper archive's clipping
# with its clipper's lines, a government news release whose first
# paragraph opens with the date and place between dashes, a daily's
# "Published: 10:15, 24 July 2004 / Last modified" line, a wire copy whose
# byline and dateline are in capitals, HTML with the story's <article> and
# three teaser <article>s beside it. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def clipping(a, i):
    x = d(a)
    text = blocks(f"Clipped By: reader{100 + i}", f"{x.strftime('%a')}, {x.strftime('%b')} {x.day}, {x.year}",
                  f"The Ledger (Geneva) · Page {4 + i}", a["title"], f"By {a['by']}", "\n\n".join(a["paras"]),
                  "Newspaper archive · Clipping is for personal use")
    return text, {}

def govrelease(a, i):
    first = f"{long_mdy(a)} – {a['place'].title()} – Ministry of Foreign Affairs: " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks("News release", "From: Ministry of Foreign Affairs", a["title"], "\n\n".join(paras),
                  "Contacts", "Media Relations Office, 613-000-0000")
    return text, dict(paras=paras, byline="")

def publishedmod(a, i):
    text = blocks("The Daily Star", a["title"], f"{a['by']}", f"Published: 10:15, {long_dmy(a)} / Last modified: 18:00, {long_dmy(a)}",
                  "\n\n".join(a["paras"]))
    return text, {}

def capswire(a, i):
    first = f"{a['place']} (WIRE) -- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(a["title"].upper(), f"BY {a['by'].upper()}", f"WIRE CORRESPONDENT", long_dmy(a).upper(), "\n\n".join(paras))
    return text, dict(paras=paras, title=a["title"].upper(), byline=a["by"].upper())

def html_teasers(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    tz = "".join(f"<article class='teaser'><h3>{t}</h3><p>Officials met again on Monday to review the plan.</p></article>" for t in others(a, 3))
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Harbour Times</title>
<meta property="article:published_time" content="{a['date']}T08:00:00Z"></head>
<body>
<main>
<article class="story"><h1>{a['title']}</h1><p class="byline">By {a['by']}</p>
{ps}
</article>
<aside>{tz}</aside>
</main>
</body></html>
"""
    return html, {}

UNSEEN59 = [("clipping", clipping, "txt"), ("govrelease", govrelease, "txt"), ("publishedmod", publishedmod, "txt"),
            ("capswire", capswire, "txt"), ("html-teasers", html_teasers, "html")]

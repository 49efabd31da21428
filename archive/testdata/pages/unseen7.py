# A seventh held-out batch, written after unseen6 had been tuned on: six
# more layouts, read once for the final unseen score. All text invented.
import json, os, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def apstyle(a, i):
    x = d(a)
    first = f"{a['place']} (AW) — " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks("AW", a["title"], "By " + a["by"].upper() + " Associated Wire",
                  f"{x.strftime('%b')} {x.day}, {x.year} {['10:15 AM', '2:50 PM', '7:05 PM', '11:40 AM'][i % 4]} EDT",
                  "\n\n".join(paras), "___",
                  f"Associated Wire writer {['Ruth Calder', 'Paul Weir', 'Dora Lutz', 'Karim Saleh'][i % 4]} in London contributed.",
                  "Copyright 2012 Associated Wire. All rights reserved.")
    return text, dict(paras=paras, byline=a["by"].upper())

def localnews(a, i):
    x = d(a)
    text = blocks("Partly cloudy 18°C", "Traffic | Weather | Closings",
                  "Most Popular", "\n".join(others(a, 3)),
                  a["title"], f"Posted: {x.strftime('%A')}, {x.strftime('%B')} {x.day}, {x.year} 5:00 am",
                  "\n\n".join(a["paras"]),
                  "Related Links", "\n".join(others(a, 2)[::-1]),
                  "Follow us on Facebook", "Site map | Contact us | Advertise with us")
    return text, dict(byline="")

def thinktank(a, i):
    text = blocks("Institute for Regional Affairs", "Research | Experts | Events | About",
                  a["title"], "Commentary", long_mdy(a), a["by"],
                  ["Senior Fellow, Europe Program", "Director, Africa Program", "Visiting Scholar", "Research Associate, Energy Security"][i % 4],
                  "\n\n".join(a["paras"]),
                  "Download PDF", "Share", "Related Experts", a["by"],
                  "© 2012 Institute for Regional Affairs")
    return text, {}

def dayfirst(a, i):
    x = d(a)
    text = blocks("Office of the Foreign Minister", "Statements", a["title"],
                  f"Statement {x.day:02d}/{x.month:02d}/{x.year}",
                  "\n\n".join(a["paras"]),
                  "Last reviewed: 01/02/2012", "Print | Email")
    return text, dict(byline="")

def html_graph(a, i):
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Northern Ledger"},
        {"@type": "NewsArticle", "headline": a["title"], "datePublished": a["date"] + "T07:00:00+01:00",
         "dateModified": "2012-01-01T00:00:00Z", "author": [{"@type": "Person", "name": a["by"]}]}]})
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"][:1]) + \
        f'\n<figure><img src="/i.jpg"><figcaption>Delegates at the talks. Photograph: Ivo Marek/Agency</figcaption></figure>\n' + \
        f'<p><strong>Related: </strong><a href="/r">{others(a, 1)[0]}</a></p>\n' + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][1:])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Northern Ledger</title>
<script type="application/ld+json">{ld}</script></head>
<body>
<div role="dialog" class="privacy"><h2>Your privacy</h2><p>We and our partners store and access information on your device to show you personalised content.</p><button>Yes, I'm happy</button></div>
<header><a href="/">Northern Ledger</a></header>
<article>
<h1>{a['title']}</h1>
<p class="meta">{a['by']}</p>
{ps}
</article>
</body></html>
"""
    return html, {}

def printold(a, i):
    body = "\n\n".join(textwrap.fill(p, 60) for p in a["paras"])
    text = blocks("<< Back", a["title"], f"{wk_dmy(a).replace(',', '')} — Issue {1200 + i}",
                  "By " + a["by"], body, "Close this window",
                  f"Printed from www.ledger.example on 12/12/2012")
    return text, {}

UNSEEN7 = [("apstyle", apstyle, "txt"), ("localnews", localnews, "txt"), ("thinktank", thinktank, "txt"),
           ("dayfirst", dayfirst, "txt"), ("html-graph", html_graph, "html"), ("printold", printold, "txt")]

def settings():
    # The day-first site says so in its folder's settings file.
    with open("unseen7/dayfirst/.chancery-source", "w") as f:
        f.write("# statements from the Office of the Foreign Minister\nsource: Office of the Foreign Minister\ndates: day-first\n")

# The fifty-second held-out batch: written after unseen51's fixes, read
# once for the unseen score, ordinary kinds after great papers' pages: a
# notice on sharing above the headline, a weekly's line of date, place and
# edition with no byline, a "First published on" line and topics under the
# text, a print-edition note that names the next day, an agency's HTML with
# its credit line and standards line. All text invented.
import datetime
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def sharenotice(a, i):
    text = blocks("Please use the sharing tools found via the share button at the top or side of articles. Copying articles to share with others is a breach of our terms and conditions.",
                  a["title"], f"{a['by']} in {a['place'].title()}", long_dmy(a), "\n\n".join(a["paras"]))
    return text, {}

def weekly(a, i):
    x = d(a)
    ordn = lambda n: f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    text = blocks("The Weekly World", a["title"], f"{x.strftime('%b')} {ordn(x.day)} {x.year} | {a['place'].upper()} | From the print edition",
                  "\n\n".join(a["paras"]), "This article appeared in the International section of the print edition.")
    return text, dict(byline="")

def firstpublished(a, i):
    x = d(a)
    text = blocks("The Observer-Ledger", a["title"], a["by"], "\n\n".join(a["paras"]),
                  f"First published on {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year} 10.15 BST",
                  "Topics", "Diplomacy\nEurope\nBorders")
    return text, {}

def printnote(a, i):
    x = d(a)
    nxt = x + datetime.timedelta(days=1)
    text = blocks("The Metropolitan", a["title"], f"By {a['by']}", long_mdy(a), "\n\n".join(a["paras"]),
                  f"A version of this article appears in print on {nxt.strftime('%B')} {nxt.day}, {nxt.year}, Section A, Page {4 + i} of the national edition with the headline: {a['title']}.",
                  f"Write to {a['by']} at {a['by'].lower().replace(' ', '.')}@metropolitan.example")
    return text, {}

def html_agency(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Global Wire</title></head>
<body>
<div class="article-header"><h1>{a['title']}</h1>
<p class="byline">By {a['by']}</p><time datetime="{a['date']}T10:15:00Z">{long_mdy(a)}</time></div>
<div class="article-body">
{ps}
<p class="attribution">Reporting by {a['by']}; Editing by Simon Park</p>
<p class="standards">Our Standards: The Global Wire Trust Principles.</p>
</div>
</body></html>
"""
    return html, {}

UNSEEN52 = [("sharenotice", sharenotice, "txt"), ("weekly", weekly, "txt"), ("firstpublished", firstpublished, "txt"),
            ("printnote", printnote, "txt"), ("html-agency", html_agency, "html")]

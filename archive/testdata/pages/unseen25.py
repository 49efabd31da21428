# A twenty-fifth held-out batch, written after unseen24 had been tuned
# on: an article reposted on a professional network with the writer's
# profile block, a scanned page's OCR text with stray marks, a page with
# sponsored blocks between the paragraphs, British HTML whose only date is
# a visible day-first numeric date, a wire story whose byline line carries
# the dateline. Read once for the unseen score. All text invented.
import textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def network(a, i):
    x = d(a)
    text = blocks("Jobs   Messaging   Notifications   Me", a["title"],
                  f"{a['by']}\nDiplomatic correspondent at The Ledger\n{12 + i} articles   Follow",
                  f"Published {x.strftime('%b')} {x.day}, {x.year}",
                  "\n\n".join(a["paras"]),
                  f"{40 + i} reactions   {3 + i} comments", "Like   Comment   Share",
                  f"More articles by {a['by']}")
    return text, {}

def ocr(a, i):
    x = d(a)
    paras = []
    for p in a["paras"]:
        paras.append("\n".join(textwrap.wrap(p, 64)))
    text = blocks(f"THE LEDGER, {x.strftime('%A').upper()}, {x.strftime('%B').upper()} {x.day}, {x.year}   |   {['A3', 'A5', 'B2', 'A7'][i % 4]}",
                  a["title"].upper(), f"By {a['by']}", "Ledger Staff Writer",
                  "\n\n".join(paras[:2]) + "\n\n|  ■\n\n" + "\n\n".join(paras[2:]),
                  "(See TALKS, Page A9)")
    return text, dict(title=a["title"].upper())

def sponsored(a, i):
    p = a["paras"]
    promo = ["Sponsored: Five ways to plan a stress-free trip abroad", "Sponsored: The savings account that pays you more",
             "Sponsored: Why travellers are switching to this card", "Sponsored: Discover the coast this summer"][i % 4]
    text = blocks("Harbour Daily", "News | Sport | Money | Travel", a["title"], f"{a['by']}, {['Foreign Desk', 'Chief Reporter', 'World Editor', 'Correspondent'][i % 4]}",
                  long_dmy(a), p[0], "ADVERTISEMENT", p[1], promo + "\nPaid content by Travel Partners", "\n\n".join(p[2:]),
                  "Comments are closed for this article.")
    return text, {}

def html_gbdate(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{a['title']} | Borough Chronicle</title></head>
<body>
<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="article">
<h1>{a['title']}</h1>
<p class="info">Published: {x.day:02d}/{x.month:02d}/{x.year} by {a['by']}</p>
{ps}
</div>
</body></html>
"""
    return html, {}

def wiredateline(a, i):
    x = d(a)
    text = blocks("WORLD WIRE", a["title"],
                  f"By {a['by']} | {a['place'].title()} | {x.strftime('%a %b')} {x.day}, {x.year} {['10:15', '14:02', '09:48', '23:30'][i % 4]} UTC",
                  "\n\n".join(a["paras"]), "Reporting by " + a["by"] + "; Editing by Simon Park",
                  "Our Standards: The Trust Principles.")
    return text, {}

UNSEEN25 = [("network", network, "txt"), ("ocr", ocr, "txt"), ("sponsored", sponsored, "txt"),
            ("html-gbdate", html_gbdate, "html"), ("wiredateline", wiredateline, "txt")]

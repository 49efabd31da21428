# The thirty-first held-out batch: written before any change of its round,
# read once for the unseen score. Kinds in no other set: a paywalled page
# with the meter's lines after the text, an article with a timeline box
# after it, an English article in an Italian site's chrome, HTML with
# figures and captions between the paragraphs and a Guardian-style shown
# date, an opinion page with the writer's disclaimer. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def paywall(a, i):
    x = d(a)
    text = blocks("The Ledger", "Subscriber exclusive", a["title"],
                  f"By {a['by']}", f"Updated {['14:05', '09:30', '18:45', '07:10'][i % 4]} GMT, {long_dmy(a)}",
                  "\n\n".join(a["paras"]),
                  f"You have read {2 + i % 3} of 5 free articles this month.",
                  "Subscribe for unlimited access", "Already a subscriber? Log in")
    return text, {}

def timeline(a, i):
    x = d(a)
    text = blocks("Regional Times", "World  |  Region  |  Business  |  Opinion", a["title"],
                  f"{a['by']}, Regional Times", long_mdy(a), "\n\n".join(a["paras"]),
                  "TIMELINE",
                  f"{x.year - 3} — First round of talks opens\n{x.year - 2} — Talks break down\n{x.year - 1} — Mediators appointed",
                  "Copyright Regional Times")
    return text, {}

def italian(a, i):
    x = d(a)
    mesi = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"]
    text = blocks("Il Corriere Internazionale", "Ultime notizie | Mondo | Politica | Economia",
                  "English edition", a["title"], f"di {a['by']}",
                  f"{x.day} {mesi[x.month - 1]} {x.year}", "\n\n".join(a["paras"]),
                  "Condividi", "Leggi anche", "\n".join(others(a, 2)),
                  "Riproduzione riservata")
    return text, {}

def html_figures(a, i):
    x = d(a)
    p = a["paras"]
    fig = (f'<figure><img src="/img/{a["key"]}.jpg" alt=""><figcaption>Delegates arrive for the meeting. '
           f'Photograph: Ana Ruiz/Agency</figcaption></figure>')
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{a['title']} | World news | The Chronicle</title></head>
<body>
<nav><a href="/">The Chronicle</a> <a href="/world">World</a> <a href="/uk">UK</a></nav>
<div class="content">
<h1>{a['title']}</h1>
<div class="meta"><a rel="author" href="/profile/x">{a['by']}</a> in {a['place'].title()}
<div class="published">{x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year} {['09.15', '14.02', '18.40', '11.55'][i % 4]} BST</div></div>
<p>{p[0]}</p>
{fig}
{"".join(f"<p>{q}</p>" for q in p[1:])}
<div class="last-mod">Last modified on {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year} 20.10 BST</div>
</div>
</body></html>
"""
    return html, {}

def opinion(a, i):
    x = d(a)
    text = blocks("OPINION", a["title"], f"Opinion by {a['by']}", wk_dmy(a),
                  "\n\n".join(a["paras"]),
                  "The views expressed in this piece are those of the author.",
                  "Have your say: letters@ledger.example")
    return text, {}

UNSEEN31 = [("paywall", paywall, "txt"), ("timeline", timeline, "txt"), ("italian", italian, "txt"),
            ("html-figures", html_figures, "html"), ("opinion", opinion, "txt")]

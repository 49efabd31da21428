# A ninth held-out batch, written after unseen8: sentence-case headlines,
# dates above the headline, bylines at the bottom, page titles with the
# site's name. Read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

SENTENCE = {
    "border": "Envoys agree to resume border talks in Geneva",
    "grain": "Ministers sign grain corridor deal after late-night session",
    "summit": "Summit ends with pledge on refugee camps but no funding plan",
    "embassy": "Embassy reopens three years after diplomatic rift",
    "sanctions": "Council extends arms embargo for another year",
    "election": "Observers report long queues but calm vote",
    "debt": "Creditors offer debt relief in exchange for budget reforms",
    "hostage": "Aid workers freed after eleven days in captivity",
    "climate": "Island states press for faster cuts at climate talks",
    "pipeline": "Gas pipeline talks stall over transit fees",
    "treaty": "Parliament ratifies fisheries treaty by narrow margin",
    "visit": "Foreign minister begins tour of Gulf capitals",
    "ferry": "Ferry link between the two islands restored after storm",
    "census": "Census delayed amid dispute over language questions",
    "vaccine": "Health ministers agree to pool vaccine purchases",
    "rail": "Cross-border rail line opens after twenty years of planning",
}

def dateabove(a, i):
    t = SENTENCE[a["key"]]
    text = blocks("The Morning Ledger", f"{wk_dmy(a).replace(',', '')}", "Home\nNews\nWorld\nSport",
                  t, "\n\n".join(a["paras"]), "By " + a["by"],
                  "Related stories", "\n".join(others(a, 2)), "© The Morning Ledger")
    return text, dict(title=t)

def pagetitle(a, i):
    t = SENTENCE[a["key"]]
    text = blocks(f"{t} | World | The Ledger", "Home | World | Business | Sport",
                  t, f"By {a['by']}, diplomatic correspondent", long_dmy(a),
                  "\n\n".join(a["paras"]),
                  "Share this story", "© 2012 The Ledger")
    return text, dict(title=t)

def colon(a, i):
    t = a["place"].title() + ": " + SENTENCE[a["key"]][0].lower() + SENTENCE[a["key"]][1:]
    text = blocks("World | Europe | Asia | Africa", t,
                  f"{short_dmy(a)} · {a['by']}",
                  "\n\n".join(a["paras"]),
                  "Most popular", "\n".join(others(a, 3)))
    return text, dict(title=t)

def html_sentence(a, i):
    t = SENTENCE[a["key"]]
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{t} | Ledger</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="story">
<h1>{t}</h1>
<p>By {a['by']}</p>
{ps}
<p class="date">{long_dmy(a)}</p>
</div>
<footer>© Ledger</footer>
</body></html>
"""
    return html, dict(title=t)

def wireold(a, i):
    x = d(a)
    first = f"{a['place']}, {x.strftime('%B')} {x.day} (Wire) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(a["title"], f"{x.strftime('%a %b')} {x.day}, {x.year} {['10:15am', '4:02pm', '9:48am', '11:30pm'][i % 4]} EDT",
                  "\n\n".join(paras),
                  "Reporting by " + a["by"] + "; editing by Anna Brody",
                  "© Wire 2004. All rights reserved.")
    return text, dict(paras=paras, byline="")

UNSEEN9 = [("dateabove", dateabove, "txt"), ("pagetitle", pagetitle, "txt"), ("colon", colon, "txt"),
           ("html-sentence", html_sentence, "html"), ("wireold", wireold, "txt")]

# A seventeenth held-out batch, written after unseen16 had been tuned on:
# more kinds not yet in any set: one entry of a live blog, related links
# set inside the text, a kicker line with the date under the headline, a
# newsletter forwarded by e-mail, an HTML page in a French site's chrome.
# Read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def liveentry(a, i):
    x = d(a)
    t = ["09:42", "13:05", "16:30", "21:12"][i % 4]
    text = blocks("LIVE", f"{a['place'].title()} talks: latest updates", "Key events",
                  "\n".join(f"{h} {k}" for h, k in zip(["2h ago", "4h ago", "6h ago"], others(a, 3))),
                  f"{t} {['GMT', 'BST', 'CET', 'EST'][i % 4]} {short_dmy(a)}",
                  a["title"], a["by"], "\n\n".join(a["paras"]),
                  "Share", "Updated at " + t, "Show key events only", "Please turn on JavaScript to use this feature")
    return text, {}

def inlinelinks(a, i):
    rel = others(a, 2)
    mark = ["READ MORE: ", "RELATED: ", "Also read | ", "► "][i % 4]
    paras = a["paras"]
    body = paras[:1] + [mark + rel[0]] + paras[1:3] + [mark + rel[1]] + paras[3:]
    text = blocks("The Morning Herald", "News  Opinion  Business  Sport  Life", a["title"],
                  f"{a['by']} | {long_dmy(a)}", "\n\n".join(body),
                  "Topics: diplomacy, talks", "© The Morning Herald")
    return text, {}

def kicker(a, i):
    kick = ["DIPLOMACY", "WORLD", "POLITICS", "EUROPE"][i % 4]
    text = blocks("Harbour Times", "☰ Sections", a["title"],
                  f"{kick} — {long_mdy(a).upper()} — {3 + i} MIN READ",
                  "\n\n".join(a["paras"]), f"— {a['by']}",
                  "More stories", "\n".join(others(a, 3)))
    return text, {}

def newsletter(a, i):
    x = d(a)
    text = blocks("---------- Forwarded message ---------",
                  f"From: Ledger Briefing <briefing@ledger.example>\nDate: {x.strftime('%a')}, {short_dmy(a)} at 07:00\nSubject: {a['title']}\nTo: <reader@mail.example>",
                  "View this email in your browser",
                  "THE LEDGER DAILY BRIEFING",
                  a["title"], f"By {a['by']}",
                  "\n\n".join(a["paras"]),
                  "Forward this email to a friend who might enjoy it.",
                  "You are receiving this email because you signed up for the Ledger Daily Briefing.",
                  "Unsubscribe | Update your preferences | View in browser",
                  "The Ledger, 12 Quay Street, Harbour City")
    return text, {}

def html_french(a, i):
    x = d(a)
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{a['title']} – Le Courrier</title></head>
<body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/en">English</a></nav>
<div id="consent"><p>Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser</p></div>
<article>
<h1>{a['title']}</h1>
<p class="auteur">Par <a href="/auteurs/{a['key']}">{a['by']}</a> · Publié le {x.day} {mois[x.month - 1]} {x.year}</p>
{ps}
<aside><h3>À lire aussi</h3><ul><li><a href="/a">{others(a, 1)[0]}</a></li></ul></aside>
</article>
<footer>© Le Courrier {x.year}</footer>
</body></html>
"""
    return html, {}

UNSEEN17 = [("liveentry", liveentry, "txt"), ("inlinelinks", inlinelinks, "txt"), ("kicker", kicker, "txt"),
            ("newsletter", newsletter, "txt"), ("html-french", html_french, "html")]

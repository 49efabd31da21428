# A sixteenth held-out batch, written after unseen15 had been tuned on:
# kinds not yet in any set: a wiki news page, a forum repost of an article,
# a PDF turned into text, a browser's reader view, an English article in a
# French or German site's chrome. Read once for the unseen score. All text
# invented.
import textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def wiki(a, i):
    x = d(a)
    rel = others(a, 2)
    text = blocks(a["title"],
                  "From Wikinews, the free news source you can write!\nJump to navigation Jump to search",
                  f"{x.strftime('%A')}, {long_mdy(a)}",
                  "\n\n".join(a["paras"]),
                  "Related news",
                  "\n".join(f"* \"{t}\" — Wikinews, {short_dmy(a)}" for t in rel),
                  "Sources",
                  f"* {a['by']}. \"{a['title']}\" — The Ledger, {long_mdy(a)}",
                  "Categories: " + " | ".join([str(x.year), "Diplomacy", a["place"].title(), "Published"]),
                  f"This page was last edited on {x.day + 3 if x.day < 25 else 1} {x.strftime('%B')} {x.year}, at 10:15.",
                  "Text is available under the Creative Commons Attribution 2.5 License; additional terms may apply.")
    return text, dict(byline="")

def forum(a, i):
    x = d(a)
    user = ["redfox71", "oldhand", "Balkan_watcher", "kestrel"][i % 4]
    text = blocks("Diplomacy Forum", "Board index ‹ World affairs ‹ Europe",
                  a["title"],
                  "Post Reply   Search this topic…   12 posts • Page 1 of 2",
                  a["title"],
                  f"Unread post by {user} » {x.strftime('%a %b')} {x.day:02d}, {x.year} 10:15 am",
                  a["title"] + "\nBy " + a["by"],
                  "\n\n".join(a["paras"]),
                  f"Source: http://www.ledger.example/world/{a['key']}",
                  f"{user}\nPosts: {1400 + i * 37}\nJoined: Mon Mar 03, 2003 8:12 pm",
                  "Top",
                  "Re: " + a["title"],
                  f"Unread post by pilgrim » {x.strftime('%a %b')} {x.day:02d}, {x.year} 11:02 am",
                  "About time they talked. The hard part will come later though.",
                  "pilgrim\nPosts: 88\nJoined: Tue Sep 14, 2004 9:30 am",
                  "Top")
    return text, {}

def pdftext(a, i):
    x = d(a)
    head = f"THE LEDGER                                        {x.strftime('%A')} {long_dmy(a)}"
    paras = ["\n".join(textwrap.wrap(p, 72)) for p in a["paras"]]
    body = "\n\n".join(paras[:2]) + f"\n\n{3 + i}\n\f{head}\nWORLD                                                        Page {4 + i}\n\n" + "\n\n".join(paras[2:])
    text = blocks(head, f"WORLD                                                        Page {3 + i}",
                  a["title"], "By " + a["by"].upper(), body, f"{4 + i}")
    return text, dict(byline=a["by"].upper())

def readerview(a, i):
    text = blocks(f"{['ledger.example.com', 'www.harbourtimes.example', 'news.example.org', 'courier.example.net'][i % 4]}",
                  a["title"], a["by"], ["5–6 minutes", "3–4 minutes", "4–5 minutes", "6–8 minutes"][i % 4],
                  "\n\n".join(a["paras"]))
    return text, dict(date="")

def foreign(a, i):
    x = d(a)
    fr_months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    de_months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
    if i % 2 == 0:
        text = blocks("Le Courrier international", "Accueil | Monde | Europe | Économie | Culture", "English edition",
                      a["title"], "Par " + a["by"], f"Publié le {x.day} {fr_months[x.month - 1]} {x.year} à 10h15",
                      "\n\n".join(a["paras"]), "Partager cet article\nFacebook\nTwitter\nE-mail",
                      "À lire aussi\n" + "\n".join(others(a, 3)),
                      f"© Le Courrier {x.year} – Tous droits réservés")
    else:
        text = blocks("Rundschau Online", "Startseite\nPolitik\nWelt\nWirtschaft\nKultur", "In English",
                      a["title"], "Von " + a["by"], f"Veröffentlicht am {x.day}. {de_months[x.month - 1]} {x.year}, 10:15 Uhr",
                      "\n\n".join(a["paras"]), "Artikel teilen", "Mehr zum Thema\n" + "\n".join(others(a, 3)),
                      "Impressum | Datenschutz | Kontakt")
    return text, {}

UNSEEN16 = [("wiki", wiki, "txt"), ("forum", forum, "txt"), ("pdftext", pdftext, "txt"),
            ("readerview", readerview, "txt"), ("foreign", foreign, "txt")]

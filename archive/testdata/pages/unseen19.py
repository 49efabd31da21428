# A nineteenth held-out batch, written after unseen18 had been tuned on:
# second variants of kinds the reader has seen once: a MediaWiki page with
# section edit links, a bulletin-board quote of an article, a PDF whose
# lines break words with hyphens, a read-later service's save, a Spanish
# site's chrome. Read once for the unseen score. All text invented.
import textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def mediawiki(a, i):
    x = d(a)
    text = blocks(a["title"], "From the Diplomacy Wiki", f"[{a['place'].title()}, {long_mdy(a)}]",
                  "\n\n".join(a["paras"]),
                  "See also[edit]", "\n".join("* " + t for t in others(a, 2)),
                  "References[edit]", f"1. ^ {a['by']} ({x.year}). \"{a['title']}\". The Ledger.",
                  "Retrieved from \"https://wiki.example/index.php?title=" + a["key"] + "\"",
                  f"Categories: {x.year} in diplomacy | News",
                  "Navigation menu", "Personal tools", "Not logged in Talk Contributions Create account Log in")
    return text, dict(byline="")

def bbquote(a, i):
    x = d(a)
    user = ["kestrel", "redfox71", "oldhand", "pilgrim"][i % 4]
    text = blocks("World Affairs Board > General Discussion > Europe", a["title"],
                  "#1", f"{x.strftime('%m-%d-%Y')}, 10:15 AM", user, "Senior Member\nJoin Date: Mar 2003\nPosts: 1,423",
                  f"Originally Posted by The Ledger",
                  a["title"], f"{a['by']}, {long_mdy(a)}",
                  "\n\n".join(a["paras"]),
                  "Link: http://www.ledger.example/" + a["key"],
                  "Reply With Quote",
                  "#2", f"{x.strftime('%m-%d-%Y')}, 11:40 AM", "pilgrim", "Member\nJoin Date: Sep 2004\nPosts: 88",
                  "Good to see them back at the table.", "Reply With Quote")
    return text, {}

def pdfhyphen(a, i):
    x = d(a)
    def wrap(p):
        # Break long words across lines with a hyphen, as a typeset column does.
        out, line = [], ""
        for w in p.split():
            if line and len(line) + 1 + len(w) > 58:
                room = 58 - len(line) - 2
                if len(w) >= 8 and w.rstrip(",.;").isalpha() and room >= 3 and len(w) - room >= 3:
                    out.append(line + " " + w[:room] + "-")
                    line = w[room:]
                    continue
                out.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        out.append(line)
        return "\n".join(out)
    text = blocks(f"{x.strftime('%d/%m/%Y')}                     The Ledger                     Page {2 + i}",
                  a["title"].upper(), f"{a['by']}  ·  {long_dmy(a)}",
                  "\n\n".join(wrap(p) for p in a["paras"]),
                  f"The Ledger  ·  {long_dmy(a)}  ·  Page {2 + i}")
    return text, dict(title=a["title"].upper())

def readlater(a, i):
    text = blocks("Saved to your list", a["title"], f"ledger.example · by {a['by']} · {short_dmy(a)}",
                  f"{['4', '6', '3', '5'][i % 4]} min read", "View Original",
                  "\n\n".join(a["paras"]),
                  "Tags: world, diplomacy", "Archive   Favorite   Share   Delete")
    return text, {}

def spanish(a, i):
    x = d(a)
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    text = blocks("El Diario Global", "Inicio  Mundo  Política  Economía  Opinión", "EN ESPAÑOL | IN ENGLISH",
                  a["title"], f"Por {a['by']}", f"{x.day} de {meses[x.month - 1]} de {x.year} - 10:15 h",
                  "\n\n".join(a["paras"]), "Compartir en Facebook | Compartir en Twitter",
                  "Noticias relacionadas", "\n".join(others(a, 3)),
                  f"© {x.year} El Diario Global. Todos los derechos reservados.")
    return text, {}

UNSEEN19 = [("mediawiki", mediawiki, "txt"), ("bbquote", bbquote, "txt"), ("pdfhyphen", pdfhyphen, "txt"),
            ("readlater", readlater, "txt"), ("spanish", spanish, "txt")]

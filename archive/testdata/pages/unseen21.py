# A twenty-first held-out batch, written after unseen20 had been tuned on:
# the exports librarians get from news databases (a full-text service's
# record with labelled fields, a two-letter-coded export), a UN-style
# document header, a mobile save with icons before its fields, a browser's
# print preview with its header and footer lines. Read once for the unseen
# score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def lexis(a, i):
    x = d(a)
    text = blocks(f"{i + 1} of {12 + i} DOCUMENTS", "The Ledger (Harbour City)",
                  f"{long_mdy(a)} {x.strftime('%A')}\nFinal Edition",
                  f"SECTION: WORLD; Pg. A{3 + i}", f"LENGTH: {380 + 20 * i} words",
                  f"HEADLINE: {a['title']}", f"BYLINE: {a['by']}",
                  "BODY:", "\n\n".join(a["paras"]),
                  f"LOAD-DATE: {x.strftime('%B')} {x.day + 1 if x.day < 28 else 1}, {x.year}",
                  "LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Newspaper",
                  f"Copyright {x.year} The Ledger Ltd.\nAll Rights Reserved")
    return text, {}

def factiva(a, i):
    x = d(a)
    p = a["paras"]
    text = blocks(f"HD {a['title']}\nBY {a['by']}\nWC {380 + 20 * i} words\nPD {long_dmy(a)}\nSN The Ledger\nSC LDG\nLA English\nCY (c) {x.year} The Ledger. All rights reserved.",
                  "LP", "\n\n".join(p[:2]), "TD", "\n\n".join(p[2:]),
                  f"RF {x.year}0{i}",
                  f"AN Document LDG00000{x.year}{x.month:02d}{x.day:02d}e{i}7o0000x")
    return text, {}

def undoc(a, i):
    x = d(a)
    text = blocks("United Nations", f"S/PV.{5000 + 37 * i}", "Security Council",
                  f"Distr.: General\n{long_dmy(a)}\nOriginal: English",
                  a["title"], "\n\n".join(a["paras"]),
                  f"{x.strftime('%y')}-{41000 + i * 311} (E)",
                  "*0541012*")
    return text, dict(byline="")

def emoji(a, i):
    text = blocks("☰  LEDGER NEWS  🔍", a["title"], f"🕒 {long_dmy(a)}", f"✍️ {a['by']}",
                  f"💬 {12 + i}   🔗 Share", "\n\n".join(a["paras"]),
                  "👍 Like   💬 Comment   🔗 Share", "⬆️ Back to top")
    return text, {}

def printpreview(a, i):
    x = d(a)
    t = ["10:15 AM", "2:42 PM", "9:03 AM", "6:30 PM"][i % 4]
    head = f"{x.month}/{x.day}/{x.strftime('%y')}, {t}    {a['title']} - The Ledger"
    foot = f"https://www.ledger.example/world/{a['key']}    1/2"
    text = blocks(head, "The Ledger", a["title"], f"By {a['by']} | {long_mdy(a)}",
                  "\n\n".join(a["paras"][:2]), foot + "\n" + head,
                  "\n\n".join(a["paras"][2:]),
                  "Share this article", f"https://www.ledger.example/world/{a['key']}    2/2")
    return text, {}

UNSEEN21 = [("lexis", lexis, "txt"), ("factiva", factiva, "txt"), ("undoc", undoc, "txt"),
            ("emoji", emoji, "txt"), ("printpreview", printpreview, "txt")]

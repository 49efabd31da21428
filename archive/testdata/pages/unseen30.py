# The thirtieth held-out batch, the second blind one: written after every
# change, read once for the unseen score, and not tuned on afterwards.
# Kinds in no other set: an e-reader's clippings file, an embassy
# newsletter's page with the reporter's line after the text, an English
# article with a French summary above it, HTML with a share row between
# paragraphs and the date in a footer <time>, a feed reader's article view.
# All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def ereader(a, i):
    x = d(a)
    text = (f"{a['title']} (The Ledger)\n"
            f"- Your Highlight on Location {120 + i * 40}-{131 + i * 40} | Added on {x.strftime('%A')}, {long_mdy(a)} 10:15:00 AM\n\n"
            + "\n\n".join(a["paras"]) + "\n==========\n")
    return text, dict(byline="")

def embassynews(a, i):
    x = d(a)
    text = blocks(f"EMBASSY NEWSLETTER — Issue {12 + i} — {x.strftime('%B')} {x.year}", "IN THIS ISSUE",
                  "1. " + a["title"] + "\n2. Consular hours over the holidays\n3. Cultural evening",
                  a["title"], long_dmy(a), "\n\n".join(a["paras"]), f"— Reported by {a['by']}",
                  "Consular hours over the holidays", "The consular section will be closed on public holidays.")
    return text, {}

def bilingual(a, i):
    resume = ["Résumé : Les deux pays reprennent les négociations sur leur frontière.",
              "Résumé : Un accord a été signé après une longue nuit de discussions.",
              "Résumé : Le sommet s'achève sans plan de financement.",
              "Résumé : Les observateurs saluent un scrutin calme."][i % 4]
    text = blocks("Le Journal International — English edition", a["title"], f"By {a['by']} | {long_dmy(a)}",
                  resume, "\n\n".join(a["paras"]), "Lire en français", "© Le Journal International")
    return text, {}

def html_sharerow(a, i):
    p = a["paras"]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} — Northern Star</title></head>
<body>
<header><a href="/">Northern Star</a> <a href="/world">World</a></header>
<article>
<h1>{a['title']}</h1>
<p class="author">{a['by']}</p>
<p>{p[0]}</p>
<div class="share-row"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
{"".join(f"<p>{q}</p>" for q in p[1:])}
<footer class="article-footer">Published <time datetime="{a['date']}T08:30:00Z">{long_dmy(a)}</time></footer>
</article>
</body></html>
"""
    return html, {}

def feedreader(a, i):
    x = d(a)
    text = blocks("Feed: The Ledger — World", a["title"],
                  f"{x.strftime('%b')} {x.day}, {x.year}, {['10:15 AM', '2:40 PM', '9:05 AM', '6:30 PM'][i % 4]} · ledger.example · {a['by']} · {3 + i} min",
                  "\n\n".join(a["paras"]), "Open in browser · Mark as unread · Star")
    return text, {}

UNSEEN30 = [("ereader", ereader, "txt"), ("embassynews", embassynews, "txt"), ("bilingual", bilingual, "txt"),
            ("html-sharerow", html_sharerow, "html"), ("feedreader", feedreader, "txt")]

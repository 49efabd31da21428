# The forty-ninth held-out batch: written after unseen48's fix, read once
# for the unseen score, ordinary kinds: a site whose "Posted by" names the
# account and the text's first line the writer, an English edition with
# the Hijri and the Gregorian date, a church news agency's dateline with a
# time and the agency, a German site's "Stand: 24.07.2004 10:15 Uhr" (day
# first, not said: read only when the day is over 12), HTML whose author
# meta names the staff and whose byline names the writer. All text
# invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def postedby(a, i):
    text = blocks("Sahel Times", a["title"], f"Posted by: admin | {long_mdy(a)}", f"By {a['by']}",
                  "\n\n".join(a["paras"]), "Share this: Facebook Twitter WhatsApp")
    return text, {}

def hijri(a, i):
    hij = ["8 Jumada II 1425", "3 Safar 1426", "10 Muharram 1434", "7 Jumada I 1430"][i % 4]
    text = blocks("Gulf Ledger — English", a["title"], f"{d(a).strftime('%A')} {hij} - {long_dmy(a)}",
                  f"By {a['by']}", "\n\n".join(a["paras"]), "© Gulf Ledger")
    return text, {}

def cna(a, i):
    x = d(a)
    first = f"{a['place'].title()}, {x.strftime('%b')} {x.day}, {x.year} / 10:15 am (LNA).- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks("Ledger News Agency", a["title"], f"By {a['by']}", "\n\n".join(paras), "Tags: Diplomacy, Peace")
    return text, dict(paras=paras)

def stand(a, i):
    x = d(a)
    text = blocks("Nordkurier International", a["title"], f"Stand: {x.day:02d}.{x.month:02d}.{x.year} 10:15 Uhr",
                  f"Von {a['by']}", "\n\n".join(a["paras"]), "Mehr zum Thema")
    return text, dict(ambiguous=x.day <= 12)

def html_staffmeta(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | Harbour Daily</title>
<meta name="author" content="Harbour Daily Staff">
<meta property="article:published_time" content="{a['date']}T07:00:00Z"></head>
<body>
<h1>{a['title']}</h1>
<p class="byline">By {a['by']}</p>
{ps}
</body></html>
"""
    return html, {}

UNSEEN49 = [("postedby", postedby, "txt"), ("hijri", hijri, "txt"), ("cna", cna, "txt"),
            ("stand", stand, "txt"), ("html-staffmeta", html_staffmeta, "html")]

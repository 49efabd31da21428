# The thirty-third held-out batch: written after the round of general
# rules that followed unseen31 and unseen32, read once for the unseen
# score. Kinds in no other set: a wire story in the style of an American
# agency (abbreviated months with a full stop, "contributed to this
# report", the agency's long copyright), a British regional site with
# ordinal dates ("Friday 24th July 2004"), a Markdown save with
# reference-style links, HTML whose author meta is an address and whose
# shown date is ordinal, an embassy's daily press summary. All text
# invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def apstyle(a, i):
    x = d(a)
    first = f"{a['place']} (AW) — " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    helper = ["Karim Saleh in Cairo", "Ruth Calder in London", "Paul Weir in Brussels", "Dora Lutz in Vienna"][i % 4]
    text = blocks("AW", "WORLD NEWS", a["title"], f"By {a['by']}, Associated Wire",
                  f"{AP_MONTHS[x.month - 1]} {x.day}, {x.year}", "\n\n".join(paras),
                  f"Associated Wire writer {helper} contributed to this report.",
                  f"Copyright {x.year} The Associated Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")
    return text, dict(paras=paras)

def ordinal_uk(a, i):
    x = d(a)
    text = blocks("Westshire Echo", "News  Sport  What's On  Jobs  Motors", a["title"],
                  f"By {a['by']}", f"{x.strftime('%A')} {ordinal(x.day)} {x.strftime('%B')} {x.year}",
                  "\n\n".join(a["paras"]), "Comments are closed.", "Back to News",
                  "Westshire Echo, Unit 4, Dock Road, Westshire. Registered in England No. 123456.")
    return text, {}

def mdrefs(a, i):
    x = d(a)
    p = list(a["paras"])
    words = p[1].split(" ")
    p1_md = " ".join(words[:3]) + " [" + words[3] + "][1] " + " ".join(words[4:])
    text = blocks(f"# {a['title']}", f"*{a['by']} — {long_mdy(a)}*", p[0], p1_md, *p[2:],
                  f"[1]: https://ledger.example/archive/{a['key']}-background",
                  f"[2]: https://ledger.example/world")
    return text, {}

def html_ordinal(a, i):
    x = d(a)
    p = a["paras"]
    rel = others(a, 1)[0]
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{a['title']} | Coastal Mercury</title>
<meta property="article:author" content="https://social.example/coastalmercury"></head>
<body>
<div class="masthead"><a href="/">Coastal Mercury</a></div>
<div class="story">
<h1>{a['title']}</h1>
<div class="story-meta"><span class="author-name">{a['by']}</span> <span class="date">{x.strftime('%A')} {ordinal(x.day)} {x.strftime('%B')} {x.year}</span></div>
<div itemprop="articleBody">
<p>{p[0]}</p>
<p>{p[1]}</p>
<p><strong>Related:</strong> <a href="/r">{rel}</a></p>
{"".join(f"<p>{q}</p>" for q in p[2:])}
</div>
</div>
<div class="footer">Coastal Mercury is part of Shore Media Group.</div>
</body></html>
"""
    return html, {}

def presssummary(a, i):
    x = d(a)
    text = blocks("EMBASSY OF THE REPUBLIC — PRESS SECTION", "DAILY PRESS SUMMARY", wk_dmy(a),
                  f"Item {2 + i}/8", "SOURCE: The Ledger (page 4)", a["title"], f"By {a['by']}",
                  "\n\n".join(a["paras"]), "* * *",
                  "Summary prepared by the Press Section. Not an official translation.", "Back to index")
    return text, {}

UNSEEN33 = [("apstyle", apstyle, "txt"), ("ordinal-uk", ordinal_uk, "txt"), ("mdrefs", mdrefs, "txt"),
            ("html-ordinal", html_ordinal, "html"), ("presssummary", presssummary, "txt")]

# The fifty-eighth held-out batch: written after unseen57's fixes, read
# once for the unseen score, ordinary kinds from official sources: a UN
# news page with its field line and photo credit, a council's press
# release with its press office's address, a foreign ministry's media note
# in capitals, a presidency's page with the date, time and place on one
# line, HTML of an alliance's news page with its last-updated line and
# related list. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def unnews(a, i):
    text = blocks("UN News", f"{long_dmy(a)} | Peace and Security", a["title"], "\n\n".join(a["paras"]),
                  "Photo: UN/Ana Ruiz", "Stay informed: sign up for our daily news")
    return text, dict(byline="")

def councilpr(a, i):
    x = d(a)
    text = blocks("Council of the Union", f"Press release {long_dmy(a)} 10:15", a["title"], "\n\n".join(a["paras"]),
                  "Press office - General Secretariat of the Council", "Rue de la Loi 175 - B-1048 BRUSSELS",
                  "Tel.: +32 (0)2 281 00 00 - press.office@council.example")
    return text, dict(byline="")

def medianote(a, i):
    text = blocks("MEDIA NOTE", "OFFICE OF THE SPOKESPERSON", long_mdy(a).upper(), a["title"], "\n\n".join(a["paras"]),
                  "For further information, please contact the Office of Press Relations.", "###")
    return text, dict(byline="")

def presidency(a, i):
    text = blocks("President of the Republic", "News", a["title"], f"{long_mdy(a)}, 10:15, The Palace, {a['place'].title()}",
                  "\n\n".join(a["paras"]), "Publication status: Published in sections: News, Diplomacy")
    return text, dict(byline="")

def html_alliance(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    rel = "".join(f"<li><a href='/r{k}'>{t}</a></li>" for k, t in enumerate(others(a, 3)))
    mon = x.strftime('%b') + ('.' if x.month != 5 else '')
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Alliance - News: {a['title']}, {x.day:02d}-{x.strftime('%b')}.-{x.year}</title></head>
<body>
<div class="header">Alliance</div>
<div class="content">
<div class="date">{x.day} {mon} {x.year}</div>
<h1>{a['title']}</h1>
{ps}
<p class="updated">Last updated: {x.day} {mon} {x.year} 18:00</p>
<div class="related"><h3>Related</h3><ul>{rel}</ul></div>
</div>
</body></html>
"""
    return html, dict(byline="")

UNSEEN58 = [("unnews", unnews, "txt"), ("councilpr", councilpr, "txt"), ("medianote", medianote, "txt"),
            ("presidency", presidency, "txt"), ("html-alliance", html_alliance, "html")]

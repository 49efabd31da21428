# The forty-sixth held-out batch: written after the speed work that
# followed unseen45, read once for the unseen score, ordinary kinds: a
# wire story on a markets site with its quote box, an "at a glance" box of
# who, what, when and where over the text, a blog with its sidebar's
# archive under the text, a page with its text-size bar, HTML with a most
# popular sidebar and a Dublin Core date. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def stocksite(a, i):
    text = blocks("MarketWatcher", "Markets | Stocks | Economy | World", a["title"], f"{a['by']} | {long_mdy(a)}",
                  "\n\n".join(a["paras"]), "Market data", f"GLD  1,204.50  +0.{i}%\nOIL  78.12  -1.{i}%\nEUR  1.1{i}  +0.2%",
                  "Data delayed 15 minutes.")
    return text, {}

def ataglance(a, i):
    x = d(a)
    text = blocks("Daily Record", a["title"], f"By {a['by']}", "At a glance",
                  f"Who: delegates and ministers\nWhat: {a['title'].lower()}\nWhen: {wk_dmy(a)}\nWhere: {a['place'].title()}",
                  "\n\n".join(a["paras"]))
    return text, {}

def blogsidebar(a, i):
    x = d(a)
    text = blocks("Notes from the Border", a["title"], f"Posted {long_dmy(a)} by {a['by']}", "\n\n".join(a["paras"]),
                  "About me", "A reporter who covers the region's diplomacy.", "Archive",
                  f"{x.strftime('%B')} {x.year} (12)\nJune {x.year} (8)\nMay {x.year} (9)")
    return text, {}

def fontbar(a, i):
    text = blocks("The Herald", "Print | Email | Font size: A A A", a["title"], f"By {a['by']}", long_dmy(a),
                  "\n\n".join(a["paras"]), "Print | Email | Font size: A A A")
    return text, {}

def html_sidebar(a, i):
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    pop = "".join(f"<li><a href='/p{k}'>{t}</a> <span>{12 + k} comments</span></li>" for k, t in enumerate(others(a, 4)))
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} :: The Capital Times</title>
<meta name="DC.date.issued" content="{a['date']}"></head>
<body>
<div id="wrap"><div id="left">
<div class="story"><h1>{a['title']}</h1><div class="author">By {a['by']}</div>
{ps}
</div></div>
<div id="right"><aside><h2>Most popular</h2><ol>{pop}</ol></aside></div></div>
</body></html>
"""
    return html, {}

UNSEEN46 = [("stocksite", stocksite, "txt"), ("ataglance", ataglance, "txt"), ("blogsidebar", blogsidebar, "txt"),
            ("fontbar", fontbar, "txt"), ("html-sidebar", html_sidebar, "html")]

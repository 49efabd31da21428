# A fifteenth held-out batch, written after unseen14 had been tuned on:
# an old browser's text save with column gaps, a wire writer's role line,
# HTML whose <title> is only the site's name, a time-first update line.
# Read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def iesave(a, i):
    text = blocks("Home      World      UK      Business      Sport", "   " + a["title"],
                  "   " + long_mdy(a).replace(",", ""),
                  "\n\n".join("   " + p for p in a["paras"]),
                  "   Back to top      Print      Email this story",
                  "   Copyright 2004 Ledger Online")
    return text, dict(byline="")

def wirewriter(a, i):
    x = d(a)
    text = blocks(a["title"], "By " + a["by"], ["Associated Wire Writer", "Wire Staff Writer", "Associated Wire Correspondent", "Wire Diplomatic Writer"][i % 4],
                  f"{x.day}-{x.strftime('%b')}-{x.year}",
                  "\n\n".join(a["paras"]),
                  "On the Net:", "Ministry: http://www.ministry.example")
    return text, {}

def html_twoh1(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>The Ledger</title></head>
<body>
<header><h1 class="logo"><a href="/">The Ledger</a></h1></header>
<div class="content">
<h1 class="title">{a['title']}</h1>
<div class="submitted">Submitted by {a['by']} on {wk_dmy(a)} - 10:42</div>
{ps}
</div>
</body></html>
"""
    return html, {}

def timefirst(a, i):
    x = d(a)
    text = blocks("The Valley Courier", "Local | State | Nation | World", a["title"],
                  f"Last Updated: {['7:32 PM', '10:05 AM', '3:18 PM', '11:50 PM'][i % 4]}, {x.strftime('%B')} {x.day}, {x.year}",
                  "By " + a["by"], "The Valley Courier",
                  "\n\n".join(a["paras"]),
                  "Contact the writer: newsroom@courier.example")
    return text, {}

UNSEEN15 = [("iesave", iesave, "txt"), ("wirewriter", wirewriter, "txt"), ("html-twoh1", html_twoh1, "html"), ("timefirst", timefirst, "txt")]

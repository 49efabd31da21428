# The fifty-seventh held-out batch: written after unseen56's fixes, read
# once for the unseen score, ordinary kinds from English-language sites of
# the Commonwealth: posted and updated lines with "10:15am", one line of
# writer, outlet, posted and last-updated fields, a date then "Updated"
# then a date, a date and time before "By" on one line, HTML with an
# "Also Read:" link set inside the text. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def ausposted(a, i):
    x = d(a)
    dd = f"{x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}"
    text = blocks("Ledger News", a["title"], f"By {a['by']}", f"Posted {dd}, 10:15am", f"Updated {dd}, 6:00pm",
                  "\n\n".join(a["paras"]), "Share", "Topics: world-politics, diplomacy, government")
    return text, {}

def cbcline(a, i):
    x = d(a)
    text = blocks("Ledger News", a["title"],
                  f"{a['by']} · Ledger News · Posted: {x.strftime('%b')} {x.day}, {x.year} 10:15 AM ET | Last Updated: {x.strftime('%B')} {x.day + 1 if x.day < 28 else x.day}, {x.year}",
                  "\n\n".join(a["paras"]), "Report Typo or Error")
    return text, {}

def irish(a, i):
    x = d(a)
    text = blocks("The Irish Ledger", a["title"], f"{a['by']}, Political Correspondent",
                  f"{wk_dmy(a)} 10:15", "Updated", f"{wk_dmy(a)} 18:00", "\n\n".join(a["paras"]))
    return text, {}

def sadate(a, i):
    text = blocks("Ledger Africa", a["title"], f"{long_dmy(a)} - 10:15 By {a['by']}", "\n\n".join(a["paras"]),
                  "Subscribe to our newsletter for the latest news")
    return text, {}

def html_alsoread(a, i):
    x = d(a)
    p = a["paras"]
    also = others(a, 1)[0]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - Nairobi Ledger</title></head>
<body>
<div class="article">
<h1>{a['title']}</h1>
<div class="article-date">{x.strftime('%A')} {x.strftime('%B')} {x.day} {x.year}</div>
<span class="author-name">By {a['by']}</span>
<p>{p[0]}</p>
<p>{p[1]}</p>
<p><strong>Also Read:</strong> <a href="/x">{also}</a></p>
{"".join(f"<p>{q}</p>" for q in p[2:])}
</div>
</body></html>
"""
    return html, {}

UNSEEN57 = [("ausposted", ausposted, "txt"), ("cbcline", cbcline, "txt"), ("irish", irish, "txt"),
            ("sadate", sadate, "txt"), ("html-alsoread", html_alsoread, "html")]

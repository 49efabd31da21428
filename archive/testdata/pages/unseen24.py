# A twenty-fourth held-out batch, written after unseen23 had been tuned
# on: a mail client's text save of a news alert, a press-clipping
# service's record with its fields on one line, an audio player's chrome
# over the text, a messaging channel's repost, HTML with a visible <time>
# that has no datetime attribute. Read once for the unseen score. All text
# invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def mailsave(a, i):
    x = d(a)
    text = blocks(f"From: Ledger Alerts <alerts@ledger.example>\nSent: {x.strftime('%A')}, {long_mdy(a)} {['10:15', '11:02', '6:45', '8:30'][i % 4]} AM\nTo: Press Office\nSubject: BREAKING: {a['title']}",
                  a["title"], f"By {a['by']}", "\n\n".join(a["paras"]),
                  "You received this alert because you follow World News. Manage your alerts.",
                  "The Ledger, 12 Quay Street, Harbour City")
    return text, {}

def clipping(a, i):
    x = d(a)
    text = blocks("MEDIA MONITOR - PRESS CLIPPING",
                  f"Client: Ministry of Trade | Media: The Ledger | Date: {x.day:02d}.{x.month:02d}.{x.year} | Page: {3 + i} | Circulation: 120,000",
                  a["title"], a["by"], "\n\n".join(a["paras"]),
                  "This clipping is provided for internal use only.", f"Clip ID {x.year}-{4410 + i}")
    exp = {}
    if x.day <= 12 and x.day != x.month:
        exp["ambiguous"] = True  # 03.04.2004 cannot be read without the site's order
    return text, exp

def audio(a, i):
    text = blocks("The Morning Ledger", "☰ Menu   Search", a["title"], f"{a['by']} · {long_dmy(a)}",
                  f"Listen to this article · {4 + i}:{['32', '05', '48', '17'][i % 4]} min",
                  "Audio is generated automatically and may contain errors.",
                  "\n\n".join(a["paras"]), "Was this article helpful?", "Yes  No")
    return text, {}

def channel(a, i):
    x = d(a)
    text = blocks("Ledger News", "📰 " + a["title"].upper(), "\n\n".join(a["paras"]),
                  f"✍️ {a['by']}", f"👁 {12 + i}.{i}K   {x.day:02d}.{x.month:02d}.{x.year} 10:15",
                  "🔗 ledger.example/" + a["key"])
    exp = dict(title=a["title"].upper())
    if x.day <= 12 and x.day != x.month:
        exp["ambiguous"] = True
    return text, exp

def html_visibletime(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']}</title></head>
<body>
<div class="site-header"><a href="/">Daily Courier</a></div>
<article>
<header><h1>{a['title']}</h1>
<p><span>Written by {a['by']}</span> — <time>{x.strftime('%d %B %Y').lstrip('0')}</time></p></header>
{ps}
<footer><p>Filed in <a href="/world">World</a></p></footer>
</article>
</body></html>
"""
    return html, {}

UNSEEN24 = [("mailsave", mailsave, "txt"), ("clipping", clipping, "txt"), ("audio", audio, "txt"),
            ("channel", channel, "txt"), ("html-visibletime", html_visibletime, "html")]

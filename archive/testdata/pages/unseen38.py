# The thirty-eighth held-out batch: written after unseen37's fixes and the
# date fallback, read once for the unseen score. Kinds in no other set: a
# press notice under an embargo line, a fact box set between the
# paragraphs, an English article in a Chinese site's chrome with a date in
# Chinese, a text browser's save with numbered links and its references,
# HTML whose <time> is the update and whose publication is shown in words.
# All text invented.
import datetime
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def embargo(a, i):
    x = d(a)
    text = blocks(f"EMBARGOED UNTIL 00:01 GMT {wk_dmy(a).upper().replace(',', '')}", "PRESS NOTICE", a["title"],
                  "\n\n".join(a["paras"]), "ENDS", "Notes to editors",
                  "1. The ministry publishes its notices at 00:01 on the day of release.\n2. Photographs are available on request.",
                  "Press office: 020 7946 0000")
    return text, dict(byline="")

def factbox(a, i):
    p = a["paras"]
    box = "FACTBOX\n• Talks began in 2001\n• Two rounds have failed\n• Mediators come from three countries"
    text = blocks("Northern Daily", "News · World · Opinion", a["title"], f"By {a['by']}", long_dmy(a),
                  p[0], p[1], box, *p[2:], "Share this article")
    return text, {}

def chinese(a, i):
    x = d(a)
    text = blocks("首页 | 新闻 | 国际 | 财经", "English Channel", a["title"],
                  f"{x.year}年{x.month}月{x.day}日 10:15  来源：The Ledger", f"By {a['by']}",
                  "\n\n".join(a["paras"]), "【责任编辑：王明】", "分享到：", "相关新闻", "\n".join(others(a, 2)))
    return text, {}

def lynxrefs(a, i):
    p = list(a["paras"])
    w = p[0].split(" ")
    w[4] = w[4] + "[4]"
    p0 = " ".join(w)
    text = blocks("[1]Home [2]World [3]Business", a["title"], f"By {a['by']}", long_mdy(a),
                  p0, *p[1:], "References",
                  "1. https://ledger.example/\n2. https://ledger.example/world\n3. https://ledger.example/business\n4. https://ledger.example/background")
    return text, {}

def html_update(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=2)
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - The Sentinel</title></head>
<body>
<nav><a href="/">The Sentinel</a></nav>
<article>
<h1>{a['title']}</h1>
<p class="meta">By {a['by']} · Published {long_dmy(a)} · Updated <time datetime="{upd.isoformat()}T09:00:00Z">{upd.day} {upd.strftime('%B')} {upd.year}</time></p>
{ps}
</article>
</body></html>
"""
    return html, {}

UNSEEN38 = [("embargo", embargo, "txt"), ("factbox", factbox, "txt"), ("chinese", chinese, "txt"),
            ("lynxrefs", lynxrefs, "txt"), ("html-update", html_update, "html")]

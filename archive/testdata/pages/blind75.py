# The seventy-fifth held-out batch, a blind one: written without reading
# the reader, on the set's own invented articles (articles_b75.py). Kinds:
# a 1990s wire service's text-only feed item (slug line, caps byline,
# "(CP) --" dateline, transmission trailer), a Korean English daily's
# mobile page (Korean chrome words, "Posted : 2012-10-30 17:20", reporter
# line and e-mail at the foot), an Eastern European ministry's press
# release saved as text (language switch, no byline), a Lynx text dump
# with numbered links, three-space margins and a References list, and an
# Instapaper-like export (origin line, "Saved on" a later date). All text
# invented.
import html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b75

POOL = articles_b75.POOL

def esc(s):
    return html.escape(s, quote=False)

def wire90s(a, i):
    x = d(a)
    slug = ["AM-Diplomacy", "PM-World-Talks", "BC-Intl-Accord", "AM-Foreign-Agreement"][i % 4]
    first = f"{a['place']} (CP) -- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    body = "\n".join("   " + p for p in paras)
    stamp = f"{x.strftime('%A')}, {long_mdy(a)}"
    by = a["by"].upper()
    text = blocks(f"{slug}, {120 + 40 * i}",
                  f"^{a['title']}^" if i % 2 == 0 else a["title"],
                  f"Copyright {x.year} The Continental Press. All rights reserved.",
                  stamp if i % 2 == 0 else f"Dateline: {stamp}",
                  f"By {by}\nContinental Press Writer" if i != 3 else f"By {by}=\nAssociated Writer=",
                  body,
                  "END ADV" if i % 2 else "(ck/jm)",
                  f"CP-NY-{x.strftime('%m-%d-%y')} {['0412', '1230', '1745', '2210'][i % 4]}EST",
                  "[Return to index of stories]  [Search]  [Help]")
    return text, dict(paras=paras, byline=by)

KO_CHROME = "홈 | 전체기사 | National | Politics | North Korea | Foreign Affairs | Business | Opinion"

def html_koreamobile(a, i):
    x = d(a)
    posted = [f"Posted : {a['date']} 17:20 | Updated : {a['date']} 21:05",
              f"입력 {a['date']} 09:12",
              f"Published : {x.strftime('%b')}. {x.day}, {x.year} - 14:41",
              f"Posted : {a['date']} 11:03"][i % 4]
    mail = a["by"].split()[-1].lower() + "@dailyherald.example"
    writer = [f"By {esc(a['by'])}", f"{esc(a['by'])} ({mail})", f"By {esc(a['by'])} ({mail})", f"{esc(a['by'])} 기자"][i % 4]
    top = i % 2 == 1
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} - The Seoul Daily Herald</title>
</head>
<body>
<div class="m-top"><a href="/m/">The Seoul Daily Herald</a> <a class="menu">메뉴</a> <a class="search">검색</a> <a href="/kr">한국어</a></div>
<nav class="m-gnb">{KO_CHROME}</nav>
<div class="m-view">
<div class="section-name">Foreign Affairs</div>
<h2 class="view-title">{esc(a['title'])}</h2>
<div class="view-info">{f'<span class="writer">{writer}</span> ' if top else ''}<span class="date">{posted}</span></div>
<div class="font-size">가 가 가 <a>공유</a> <a>스크랩</a></div>
<div class="view-con">
{ps}
</div>
{'' if top else f'<div class="writer-bottom">{writer}</div>'}
<div class="tags">#diplomacy #{esc(a['place'].title().replace(' ', ''))}</div>
<div class="most-viewed"><h3>많이 본 뉴스 Most Viewed</h3><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 4))}</ol></div>
</div>
<footer><a>PC버전</a> <a>이용약관</a> <a>개인정보처리방침</a><p>Copyright © The Seoul Daily Herald. All rights reserved. 무단전재 및 재배포 금지</p></footer>
</body>
</html>
"""
    return page, {}

def ministry(a, i):
    x = d(a)
    if x.day > 12:
        date = [f"{x.day:02d}.{x.month:02d}.{x.year}", f"{x.day}. {x.month}. {x.year} 14:20", f"{x.day:02d}.{x.month:02d}.{x.year}", f"Published {x.day:02d}.{x.month:02d}.{x.year}"][i % 4]
    else:
        date = [long_dmy(a), f"{long_dmy(a)} 14:20", wk_dmy(a), "Published " + long_dmy(a)][i % 4]
    text = blocks("Ministerstvo zahraničních věcí\nMinistry of Foreign Affairs of the Republic",
                  "CZ | EN | DE | FR",
                  "Home > Ministry > Press Centre > Press Releases",
                  "Search the site  [ OK ]",
                  a["title"], date,
                  "\n\n".join(a["paras"]),
                  "Print  |  Send  |  Back",
                  "Related documents:\nJoint Statement (PDF, 84 kB)\nPhoto gallery",
                  "Other press releases\n" + "\n".join(others(a, 3)),
                  "Loretánské náměstí 5, 118 00 Praha 1 | Tel.: +420 000 000 000\n© Ministry of Foreign Affairs | Accessibility | Cookies")
    return text, dict(byline="")

def lynx(a, i):
    x = d(a)
    def wrap(p):
        return textwrap.fill(p, 76, initial_indent="   ", subsequent_indent="   ")
    date = [long_mdy(a), wk_dmy(a), short_dmy(a), long_dmy(a)][i % 4]
    byl = [f"   By [23]{a['by']}", f"   By [23]{a['by']}, staff correspondent", f"   [23]{a['by']}", f"   Written by [23]{a['by']}"][i % 4]
    refs = ["http://www.tribune.example/", "http://www.tribune.example/world/", "http://www.tribune.example/business/",
            "http://www.tribune.example/login"]
    rel = others(a, 2)
    text = blocks("   [1]Skip to content\n   [2]The Valley Tribune\n   [3]Home [4]World [5]Nation [6]Business [7]Sport [8]Opinion [9]Subscribe",
                  "   [10]Search: ____________________ [11]Go",
                  "   [12]World > [13]Diplomacy",
                  "                    " + a["title"],
                  byl + "\n   " + date,
                  "   [24]Share [25]Tweet [26]Email",
                  "\n\n".join(wrap(p) for p in a["paras"]),
                  f"   Related:\n     * [27]{rel[0]}\n     * [28]{rel[1]}",
                  "   [29]Contact us | [30]Terms | [31]Privacy\n   (c) The Valley Tribune",
                  "References\n\n" + "\n".join(f"   {n + 1}. {u}" for n, u in enumerate(refs)) +
                  f"\n  23. http://www.tribune.example/authors/{a['by'].lower().replace(' ', '-')}\n  27. http://www.tribune.example/world/{a['key']}-related")
    return text, {}

def html_instapaper(a, i):
    x = d(a)
    site = ["harbourtimes.example", "www.globalledger.example", "news.northwind.example", "theplainsreporter.example"][i % 4]
    saved = x.replace(year=x.year + 1 + i)
    meta = [f'{site} · by {esc(a["by"])} · {long_mdy(a)}',
            f'{esc(a["by"])} · {site} · {long_dmy(a)}',
            f'{site} · {long_mdy(a)} · {4 + i} min',
            f'by {esc(a["by"])} · {site}<br>{wk_dmy(a)}'][i % 4]
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    page = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{esc(a['title'])}</title>
<style>body{{font-family:Georgia;max-width:36em;margin:auto}} .origin{{color:#888}}</style></head>
<body>
<div id="controlbar"><a href="/u">Home</a> <a>Archive</a> <a>Like</a> <a>Share</a> <a>Aa</a></div>
<div id="titlebar">
<h1>{esc(a['title'])}</h1>
<div class="origin">{meta}</div>
</div>
<div id="story">
{ps}
</div>
<div id="footer">
{'<p class="author-credit">Article by ' + esc(a['by']) + '</p>' if i % 4 == 2 else ''}
<p>Saved on {long_mdy(dict(date=saved.isoformat()))} · <a href="https://{site}/{a['key']}">View original</a></p>
<p>Highlights (0) · Notes (0) · <a>Move to Archive</a> · <a>Delete</a></p>
</div>
</body>
</html>
"""
    return page, {}

BLIND75 = [("wire90s", wire90s, "txt"), ("html-koreamobile", html_koreamobile, "html"), ("ministry", ministry, "txt"),
           ("lynx", lynx, "txt"), ("html-instapaper", html_instapaper, "html")]

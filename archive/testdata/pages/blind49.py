# The forty-ninth held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b47.py. Its theme is the ways
# articles are saved and passed on. Kinds in no other set: the text a
# phone's image-to-text tool read from a run of screenshots (status bars
# and browser bars between the screens, one paragraph cut by a screen
# edge); a media-monitoring agency's daily report item with its client,
# tone and advertising-value fields; a PDF press review turned into HTML
# by a converter (absolutely placed blocks, lines split by <br/>, running
# heads); a print-and-PDF cleaning service's page with its toolbar; a
# read-aloud app's article page with a span per sentence and its player.
# All text invented.
import datetime, html, re, textwrap
import articles_b47
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

POOL = articles_b47.POOL

def esc(s):
    return html.escape(s, quote=False)

def screenshots(a, i):
    x = d(a)
    shot = max(x, datetime.date(2019, 1, 1)) + datetime.timedelta(days=3 + 17 * i)
    site = ["courier.example", "chronicle.example", "observer.example", "ledger.example"][i % 4]
    name = ["THE COURIER", "Morning Chronicle", "OBSERVER", "Harbour Ledger"][i % 4]
    def bar(n):
        return (f"--- Image {n} (Screenshot_{shot.strftime('%Y%m%d')}-{19 + i}{10 + n:02d}.png) ---\n"
                f"{19 + i}:{10 + n:02d} {'◀ Messages' if i % 2 else ''}  ▂▄▆ 4G  {88 - 3 * n}%\n"
                f"AA   🔒 {site}   ⟳")
    date = [long_dmy(a), long_mdy(a), wk_dmy(a), short_dmy(a) + " · 4 min read"][i % 4]
    p = list(a["paras"])
    screens = [[f"≡   {name}   🔍", "Subscribe", a["title"], "By " + a["by"], date, "🎧 Listen to this article"] + p[:1]]
    rest = p[1:]
    if i % 4 == 1 and rest:
        # the screen's edge cuts the second paragraph in the middle
        words = rest[0].split(" ")
        k = max(1, len(words) // 2)
        screens[0].append(" ".join(words[:k]))
        rest = [" ".join(words[k:])] + rest[1:]
    while rest:
        screens.append(rest[:2])
        rest = rest[2:]
    screens[-1] = screens[-1] + ["Share   Save   Gift", "MORE FROM WORLD", others(a, 1)[0]]
    parts = ["Text from images — 1 selection, copied " + f"{shot.day} {shot.strftime('%b')} {shot.year}"]
    for n, s in enumerate(screens, 1):
        parts.append(bar(n))
        parts.append("\n\n".join(s))
        if n < len(screens):
            parts.append("Sign in to keep reading free articles  ›")
    return blocks(*parts), {}

def monitoring(a, i):
    x = d(a)
    rep = x + datetime.timedelta(days=1)
    paper = ["The Baltic Courier", "Morning Chronicle", "The Coastal Observer", "Daily Dispatch"][i % 4]
    client = ["Ministry of Foreign Affairs, Press Department", "Office of the Prime Minister", "Delegation of the Union", "Regional Development Bank, Communications"][i % 4]
    n = 3 + i
    tot = 14 + 3 * i
    rule = "-" * 64
    date = [wk_dmy(a), long_dmy(a), long_mdy(a), f"{x.day} {x.strftime('%b')} {x.year} (print edition)"][i % 4]
    fields = (f"ITEM {n} of {tot}\n"
              f"Media:        {paper} (daily newspaper, national)\n"
              f"Date:         {date}\n"
              f"Page:         {4 + i}\n"
              f"Section:      World\n"
              f"Author:       {a['by']}\n"
              f"Circulation:  {48200 + 1130 * i:,}\n"
              f"Tone:         {['Neutral', 'Positive', 'Neutral', 'Mixed'][i % 4]}\n"
              f"Ad value:     EUR {3150 + 410 * i:,}\n"
              f"Headline:     {a['title']}")
    text = blocks("MEDIAWATCH DAILY REPORT",
                  f"Client:       {client}\nReport date:  {rep.day} {rep.strftime('%B')} {rep.year}\nItems:        {tot}\nKeywords:     agreement; border; {a['place'].title()}",
                  rule + "\n" + fields + "\n" + rule,
                  "Full text:",
                  "\n\n".join(a["paras"]),
                  rule,
                  "Copyright material. Reproduced under licence from the Press Licensing Agency for the internal use of the client only. Further copying or forwarding outside the organisation is forbidden.",
                  f"ITEM {n + 1} of {tot}: {others(a, 1)[0]} ({['Morning Chronicle', 'Daily Dispatch', 'The Baltic Courier', 'Harbour Ledger'][i % 4]}, p. 2) - continued on the next page",
                  f"MediaWatch Ltd · monitoring@mediawatch.example · Report generated {rep.isoformat()} 06:00")
    return text, {}

def html_pdfconv(a, i):
    x = d(a)
    rev = ["Daily Press Review", "Presseschau / Press Review", "Morning Media Summary", "Foreign Press Digest"][i % 4]
    fname = f"press_review_{x.strftime('%Y%m%d')}.pdf"
    date = [long_dmy(a), wk_dmy(a), long_mdy(a), long_dmy(a)][i % 4]
    paper = ["The Baltic Courier", "Morning Chronicle", "Harbour Ledger", "Daily Dispatch"][i % 4]
    top = [60]
    blocks_ = []
    def add(cls, lines, left=72, gap=8):
        t = top[0]
        blocks_.append(f'<p style="position:absolute;top:{t}px;left:{left}px;white-space:nowrap" class="{cls}">' + "<br/>\n".join(esc(l) for l in lines) + "</p>")
        top[0] = t + 17 * len(lines) + gap
    add("ft10", [f"{rev} — {date}"], left=320)
    add("ft11", [f"Item {2 + i}: {paper}"], gap=14)
    add("ft12", textwrap.wrap(a["title"], 48, break_on_hyphens=False), gap=10)
    add("ft13", [f"By {a['by']}, {paper}, {date}"], gap=14)
    page_break = 2 if len(a["paras"]) > 3 else None
    out_pages = [[]]
    for n, q in enumerate(a["paras"]):
        if n == page_break:
            add("ft10", ["— 1 —"], left=300)
            out_pages[-1] = blocks_[:]
            blocks_.clear()
            top[0] = 60
            add("ft10", [f"{rev} — {date}"], left=320)
        add("ft14", textwrap.wrap(q, 84, break_on_hyphens=False), left=72 if n else 72)
    add("ft10", [f"— {len(out_pages) + (1 if page_break is not None else 0)} —"], left=300)
    if page_break is not None:
        out_pages.append(blocks_[:])
    else:
        out_pages[-1] = blocks_[:]
    pages = "\n".join(f'<div id="page{k}-div" style="position:relative;width:892px;height:1263px;">\n<img width="892" height="1263" src="{fname[:-4]}{k:03d}.png" alt="background image"/>\n' + "\n".join(pg) + "\n</div>"
                      for k, pg in enumerate(out_pages, 1))
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">
<head>
<title>{fname}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="pdftohtml 0.86.1"/>
<meta name="author" content="Press Office"/>
<meta name="date" content="{(x + datetime.timedelta(days=1)).isoformat()}T07:02:11+00:00"/>
<style type="text/css">
p {{margin: 0; padding: 0;}}
.ft10{{font-size:11px;font-family:Times;color:#666666;}}
.ft11{{font-size:12px;font-family:Helvetica;color:#000000;}}
.ft12{{font-size:22px;font-family:Times;color:#000000;}}
.ft13{{font-size:12px;font-family:Times;color:#333333;}}
.ft14{{font-size:14px;font-family:Times;color:#000000;}}
</style>
</head>
<body bgcolor="#A0A0A0" vlink="blue" link="blue">
{pages}
</body>
</html>
"""
    return page, {}

def html_printclean(a, i):
    x = d(a)
    src = ["www.courier.example", "news.chronicle.example", "www.observer.example", "ledger.example"][i % 4]
    site = ["The Courier", "Morning Chronicle", "The Observer", "Harbour Ledger"][i % 4]
    date = [long_mdy(a), long_dmy(a), wk_dmy(a), short_dmy(a) + " 10:15"][i % 4]
    by = [f"By {esc(a['by'])}", f"{esc(a['by'])}", f"By {esc(a['by'])}, correspondent", f"Words: {esc(a['by'])}"][i % 4]
    ps = "\n".join(f'<p class="pc-deletable">{esc(q)}</p>' for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>PrintClean - {esc(a['title'])}</title></head>
<body class="pc-body">
<div id="pc-toolbar">
<button>🖨 Print</button> <button>PDF</button> <button>Email</button>
<span class="pc-size">Text size: <a href="#">−</a> 100% <a href="#">+</a></span>
<label><input type="checkbox" checked> Remove images</label>
<span class="pc-hint">Click on any part of the page to delete it · <a href="#">Undo</a></span>
</div>
<div id="pc-content">
<div class="pc-source pc-deletable">{src}</div>
<h1 class="pc-deletable">{esc(a['title'])}</h1>
<div class="pc-deletable pc-meta">{by}<br>{date}</div>
{ps}
</div>
<div id="pc-footer">
<p>This page was cleaned for printing by PrintClean. Original: https://{src}/world/{x.year}/{a['key']}</p>
<p>PrintClean is free because of ads shown on our site. <a href="#">Get the browser button</a> · <a href="#">Terms</a> · <a href="#">Privacy</a></p>
</div>
</body>
</html>
"""
    return page, {}

def html_readaloud(a, i):
    x = d(a)
    saved = max(x, datetime.date(2020, 6, 1)) + datetime.timedelta(days=12 * (i + 1))
    voice = ["Emma (UK)", "Liam (US)", "Aditi (IN)", "Olivia (AU)"][i % 4]
    src = ["The Courier", "Morning Chronicle", "Harbour Ledger", "The Frontier Review"][i % 4]
    t = 0.0
    paras = []
    for n, q in enumerate(a["paras"]):
        sents = re.split(r'(?:(?<=[.!?])|(?<=[.!?]")) (?=["A-Z])', q)
        spans = []
        for s in sents:
            spans.append(f'<span class="s" data-t="{t:.1f}">{esc(s)}</span>')
            t += 0.07 * len(s)
        paras.append(f'<p data-p="{n}">' + " ".join(spans) + "</p>")
    secs = int(t)
    meta = [f"{esc(a['by'])} · {src} · {long_dmy(a)}", f"{src}<br>{esc(a['by'])}<br>{long_mdy(a)}",
            f"By {esc(a['by'])} — {wk_dmy(a)}", f"{long_dmy(a)} · {esc(a['by'])}"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{esc(a['title'])} — Listenly</title></head>
<body>
<nav class="app-nav"><a href="/library">← Library</a> <span class="queue">Up next (3)</span> <a href="/settings">Settings</a></nav>
<div class="player"><button class="play">▶</button> <span class="speed">1.0×</span> <span class="time">0:00 / {secs // 60}:{secs % 60:02d}</span> <span class="voice">Voice: {voice}</span> <button>⏮ 15s</button> <button>15s ⏭</button></div>
<article class="reader">
<h1><span class="s" data-t="0.0">{esc(a['title'])}</span></h1>
<p class="meta">{meta}</p>
{chr(10).join(paras)}
</article>
<div class="saved">Saved to your library on {saved.strftime('%B')} {saved.day}, {saved.year} from the share menu · <a href="#">Open original</a> · <a href="#">Report a pronunciation</a></div>
<footer>Listenly turns articles into audio. Text belongs to its publisher. <a href="#">Upgrade to Premium voices</a></footer>
</body>
</html>
"""
    return page, {}

BLIND49 = [("screenshot-text", screenshots, "txt"), ("monitoring-report", monitoring, "txt"), ("html-pdf-converted", html_pdfconv, "html"),
           ("html-print-cleaner", html_printclean, "html"), ("html-read-aloud", html_readaloud, "html")]

# The forty-seventh held-out batch, a blind one: written without reading
# the reader, on articles of its own (articles_b47.py). Its theme is the
# ways articles are saved and passed on. Kinds in no other set: a press
# cutting sent by fax, with the fax machine's line over each page and a
# cover sheet; a news site's mirror in a small-internet text format
# (gemtext, "=>" link lines, "#" headings); a feed reader's export of
# starred items in HTML; a nonprofit site's republished copy under a
# Creative Commons licence with its "originally appeared" lines; a national
# library's web archive capture with its legal-deposit banner. All text
# invented.
import datetime, html
import articles_b47
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

POOL = articles_b47.POOL

def esc(s):
    return html.escape(s, quote=False)

def fax(a, i):
    x = d(a)
    sent = x + datetime.timedelta(days=[0, 1, 1, 3][i % 4])
    stamp = f"{sent.strftime('%b').upper()}-{sent.day:02d}-{sent.year} {16 + i}:{12 + 7 * i:02d}"
    sender = ["EMBASSY PRESS SECTION", "MIN FOREIGN AFF PRESS", "CONSULATE GEN MEDIA", "DELEGATION INFO OFFICE"][i % 4]
    paper = ["The Baltic Courier", "Morning Chronicle", "The Coastal Observer", "Daily Dispatch"][i % 4]
    p = a["paras"]
    pages = 3 if len(p) > 3 else 2
    def head(n):
        return f"{stamp}  FROM: {sender}  +44 20 5550 01{40 + i}  TO: 00 32 2 555 0188  P.{n:02d}/{pages:02d}"
    date = [wk_dmy(a), long_dmy(a), long_mdy(a), f"{x.strftime('%A')} {long_dmy(a)}"][i % 4]
    cut = (len(p) + 1) // 2
    article = [paper.upper() + ", " + date.upper() + (", PAGE 7" if i % 2 == 0 else ", p. 12"),
               a["title"], "By " + a["by"]] + list(p[:cut])
    if pages == 3:
        article += [head(3)]
    article += list(p[cut:])
    text = blocks(head(1),
                  "F A C S I M I L E   T R A N S M I S S I O N",
                  f"To:      Press Office, Ministry of Foreign Affairs\n"
                  f"Attn:    Desk officer, {a['place'].title()}\n"
                  f"From:    {sender.title()}\n"
                  f"Date:    {sent.day} {sent.strftime('%B')} {sent.year}\n"
                  f"Pages:   {pages} (including this cover sheet)\n"
                  f"Re:      Press cutting for your file",
                  "Message:\nPlease find below the article from " + paper + " mentioned on the phone this morning. "
                  "Original cutting follows by diplomatic bag.",
                  "If you do not receive all pages, please call +44 20 5550 0199 as soon as possible.",
                  "CONFIDENTIALITY NOTICE: This facsimile is intended only for the addressee. If you have received it in error, please notify the sender and destroy it.",
                  head(2),
                  "\n\n".join(article),
                  "-- END OF TRANSMISSION --")
    return text, {}

def gemtext(a, i):
    x = d(a)
    site = ["Nordic Herald", "The Lantern", "Harbour Ledger", "Morning Chronicle"][i % 4]
    host = site.lower().replace(" ", "")
    mirrored = max(x, datetime.date(2021, 3, 1)) + datetime.timedelta(days=2 + 40 * i)
    meta = [f"### By {a['by']} · {long_dmy(a)}", f"### {long_mdy(a)}\n### {a['by']}",
            f"{wk_dmy(a)} — {a['by']}", f"### {a['by']}, {a['place'].title()}\n### Published {long_dmy(a)}"][i % 4]
    text = blocks(f"# {site} — text edition",
                  f"=> gemini://{host}.example/ Front page\n=> gemini://{host}.example/world/ World\n=> gemini://{host}.example/search Search",
                  f"## {a['title']}",
                  meta,
                  "\n\n".join(a["paras"]),
                  f"=> https://www.{host}.example/world/{x.year}/{a['key']}.html Read this story on the web\n=> gemini://{host}.example/world/ ← Back to World",
                  "## More from World\n" + "\n".join(f"=> gemini://{host}.example/world/{n} {t}" for n, t in enumerate(others(a, 3))),
                  f"```\nMirrored from the web by a small proxy on {mirrored.isoformat()}. Images and comments are left out.\n```")
    return text, {}

def html_starred(a, i):
    x = d(a)
    feed = ["Baltic Courier — World", "Morning Chronicle: Diplomacy", "Coastal Observer » Foreign news", "Daily Dispatch - Top Stories"][i % 4]
    rfc = f"{x.strftime('%a')}, {x.day:02d} {x.strftime('%b')} {x.year} {9 + i}:30:00 +0000"
    exported = datetime.date(2025, 1, 5) + datetime.timedelta(days=i)
    subs = ["Baltic Courier — World (214)", "Morning Chronicle: Diplomacy (38)", "Coastal Observer » Foreign news (120)",
            "Daily Dispatch - Top Stories (999+)", "Notes from the Corridor (3)", "Embassy Row podcast (12)"]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    meta = [f'from <a class="feed" href="#">{esc(feed)}</a> · by {esc(a["by"])} · <span class="published">{rfc}</span>',
            f'<span class="published">{rfc}</span> · <a class="feed" href="#">{esc(feed)}</a> · <span class="author">{esc(a["by"])}</span>',
            f'<a class="feed" href="#">{esc(feed)}</a><br>Published {rfc} by {esc(a["by"])}',
            f'by <span class="author">{esc(a["by"])}</span> on <span class="published">{rfc}</span> in <a class="feed" href="#">{esc(feed)}</a>'][i % 4]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Feedkeeper: starred items</title>
<style>body{{font-family:sans-serif}} .entry{{border-top:1px solid #ccc}}</style>
</head>
<body>
<div id="top"><h1>Starred items</h1><p class="export-note">Exported from Feedkeeper on {exported.isoformat()} for reader{i}@mail.example. 1 of {41 + i} starred items.</p></div>
<div id="sidebar"><h3>Subscriptions</h3><ul>{''.join(f'<li>{esc(s)}</li>' for s in subs)}</ul>
<h3>Tags</h3><ul><li>to-read</li><li>diplomacy</li><li>for-the-newsletter</li></ul></div>
<div id="entries">
<div class="entry" id="entry-{1000 + i}">
<h2 class="entry-title"><a href="https://feeds.example/{a['key']}">{esc(a['title'])}</a></h2>
<div class="entry-meta">{meta}</div>
<div class="entry-tags">Tags: to-read, diplomacy</div>
<div class="entry-body">
{ps}
</div>
<div class="entry-footer">Starred {exported.strftime('%b')} {max(1, exported.day - 3)}, {exported.year} · <a href="#">Original</a> · <a href="#">Share</a> · <a href="#">Email</a> · <a href="#">Keep unread</a> · <a href="#">Edit tags</a></div>
</div>
</div>
<div id="more"><h3>More starred items</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ul></div>
<div id="footer">Feedkeeper · Export format v2 · <a href="#">Import into another reader</a></div>
</body>
</html>
"""
    return page, {}

def html_republish(a, i):
    orig = ["Baltic Courier", "Harbour Ledger", "The Frontier Review", "Coastal Observer"][i % 4]
    site = ["The Commons Desk", "Open World Report", "Civic Wire", "Public Square News"][i % 4]
    by = [f"By {esc(a['by'])}, {orig}", f"{esc(a['by'])} | {orig}", f"By {esc(a['by'])}", f"Written by {esc(a['by'])} for {orig}"][i % 4]
    date = [long_mdy(a), long_dmy(a), "Originally published " + long_mdy(a), wk_dmy(a)][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    top = f'<p class="partner-note"><em>This article originally appeared in <a href="#">{orig}</a> and is republished here under a Creative Commons licence.</em></p>'
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} – {site}</title>
<link rel="canonical" href="https://www.{orig.lower().replace(' ', '')}.example/{a['key']}">
</head>
<body>
<header><a class="brand" href="/">{site}</a><nav><a href="/">Home</a> <a href="/partners">Partner stories</a> <a href="/about">About</a> <a href="/donate" class="donate">Donate</a></nav></header>
<main>
<article>
<div class="kicker">Partner story</div>
<h1>{esc(a['title'])}</h1>
<p class="byline">{by}</p>
<p class="dateline">{date}</p>
{top if i % 2 == 0 else ''}
<div class="body">
{ps}
</div>
<p class="origin"><em>This story was originally published by {orig} on {long_dmy(a)}. <a href="#">Read the original article</a>.</em></p>
<div class="republish-box"><h3>Republish this article</h3><p>You may republish this story for free under a Creative Commons Attribution-NoDerivatives licence, as long as you credit the author and {orig}, and do not edit the text.</p><button>Copy HTML</button></div>
</article>
<aside class="support"><h3>We rely on readers like you</h3><p>{site} is a nonprofit newsroom. Every gift, large or small, keeps our reporting free for all.</p><a href="/donate">Give today</a></aside>
<section class="more"><h3>More partner stories</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></section>
</main>
<footer><p>Text licensed CC BY-ND 4.0 unless noted. Photos are not covered by this licence.</p><p>© {site}</p></footer>
</body>
</html>
"""
    return page, {}

def html_legaldeposit(a, i):
    x = d(a)
    cap = x + datetime.timedelta(days=30 + 11 * i)
    stamp = cap.strftime("%Y%m%d") + f"{9 + i:02d}3012"
    url = f"http://www.nordicherald.example/news/{x.year}/{x.month:02d}/{a['key']}.html"
    lib = ["National Library Web Archive", "Legal Deposit Web Archive", "National Web Archive", "Web Archive of the Royal Library"][i % 4]
    date = [wk_dmy(a), long_dmy(a), long_mdy(a), "Published " + long_dmy(a)][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Nordic Herald [archived {cap.isoformat()}]</title>
</head>
<body>
<div id="archive-banner" style="position:fixed;top:0;width:100%">
<div class="ab-logo">{lib}</div>
<div class="ab-info">You are viewing an archived web page, collected on <strong>{cap.day} {cap.strftime('%B')} {cap.year}, {9 + i}:30 UTC</strong> under legal deposit. Original address: <a href="{url}">{url}</a></div>
<div class="ab-nav"><a href="#">◀ Previous capture</a> | <a href="#">Calendar</a> | <a href="#">Next capture ▶</a> | {3 + i} captures between {x.year} and {x.year + 6}</div>
<div class="ab-rights">This page may only be viewed on library premises or by registered researchers. Reproduction is not permitted. <a href="#">Report a problem</a> | <a href="#">Hide banner</a></div>
</div>
<div id="archived-content">
<table width="760" border="0"><tr><td>
<div class="masthead"><a href="/wayback/{stamp}/http://www.nordicherald.example/">Nordic Herald</a></div>
<div class="menu"><a href="#">Front page</a> | <a href="#">News</a> | <a href="#">World</a> | <a href="#">Business</a> | <a href="#">Culture</a> | <a href="#">Weather</a></div>
</td></tr>
<tr><td>
<div class="story">
<h1>{esc(a['title'])}</h1>
<div class="storymeta"><b>{esc(a['by'])}</b><br>{date}</div>
{ps}
<p class="tools"><a href="#">Print</a> | <a href="#">Send to a friend</a></p>
</div>
</td></tr>
<tr><td class="footer">Nordic Herald © {x.year}. All rights reserved.</td></tr>
</table>
</div>
<div id="archive-footer">{lib} · Collection: News websites {cap.year} · Captured with a web crawler; some images, scripts and pages may be missing.</div>
</body>
</html>
"""
    return page, {}

BLIND47 = [("fax-cutting", fax, "txt"), ("gemtext-mirror", gemtext, "txt"), ("html-starred-export", html_starred, "html"),
           ("html-cc-republish", html_republish, "html"), ("html-legal-deposit", html_legaldeposit, "html")]

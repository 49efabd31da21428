# The forty-fifth held-out batch, a blind one: written without reading the
# reader, on the invented articles of articles_b43.py. Kinds in no other
# set, all about how an article is saved and passed on: a change tracker's
# page of an article's latest version with its version list, old headline
# and a diff, a clipboard manager's history export with the article as one
# entry, a screen reader's speech-viewer log of the page (one utterance a
# line, roles and landmarks spoken), a social bookmarking site's page with the saver's own title,
# notes and the text snapshot, and an intranet's morning press review post.
# All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, shifted, others, blocks
import articles_b43

POOL = articles_b43.POOL

def esc(s):
    return html.escape(s, quote=False)

SITES = ["The Evening Ledger", "Harbour Times", "The Continental Post", "Meridian Daily"]

def host(site):
    return site.lower().replace("the ", "").replace(" ", "") + ".example"

def version_tracker(a, i):
    x = d(a)
    site = SITES[i % 4]
    n = 2 + i % 3
    base = datetime.datetime(x.year, x.month, x.day)
    changes = ["first seen", "2 paragraphs changed", "headline changed", "1 paragraph added"]
    rows = []
    for k in range(n):
        cls = ' class="current"' if k == n - 1 else ""
        when = (base + datetime.timedelta(hours=7 + 5 * k)).strftime("%Y-%m-%d %H:%M")
        rows.append(f"<tr{cls}><td>v{k + 1}</td><td>{when} UTC</td><td>{changes[k % 4]}</td></tr>")
    rows = "\n".join(rows)
    old_title = " ".join(a["title"].split()[:4]) + " — Early Report"
    pub = [f"Published {long_dmy(a)}", f"{long_mdy(a)}", f"First published {wk_dmy(a)}", f"{short_dmy(a)}"][i % 4]
    by = [f"By {a['by']}", f"By {a['by']}", "", f"{a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    last = a["paras"][-1]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(a['title'])} · Pagetrail</title></head>
<body>
<header class="pt-header"><a href="/">Pagetrail</a> <span class="tagline">Watching what the news changes after it is published</span>
<nav><a href="/browse">Browse</a> <a href="/sources">Sources</a> <a href="/about">About</a> <a href="/donate">Donate</a></nav></header>
<div class="pt-source">Tracking <a href="https://www.{host(site)}/world/{a['key']}">{site}</a> · article #{3100 + i * 17}</div>
<section class="pt-versions"><h2>Versions</h2>
<table><tr><th>Version</th><th>Captured</th><th>Change</th></tr>
{rows}
</table>
<p class="pt-note">You are reading version {n} of {n} (latest). Earlier headline: “{esc(old_title)}”</p></section>
<article class="pt-article">
<h1>{esc(a['title'])}</h1>
<p class="pt-meta">{esc(by)}{' · ' if by else ''}{site} · {pub}</p>
{ps}
</article>
<section class="pt-diff"><h2>Changes from version {n - 1}</h2>
<p><del>Officials declined to comment on the report.</del></p>
<p><ins>{esc(last)}</ins></p>
</section>
<footer class="pt-footer">Pagetrail keeps copies of public pages for research and criticism. Text © its publisher. <a href="/takedown">Takedown requests</a></footer>
</body></html>
"""
    return page, dict(byline=a["by"] if by else "")

def clipboard_history(a, i):
    x = d(a)
    site = SITES[(i + 1) % 4]
    day = ["2 May 2023", "30 Nov 2021", "17 Jan 2024", "8 Jul 2019"][i % 4]
    rule = "─" * 60
    head = [f"{a['title']}\nBy {a['by']}\n{long_dmy(a)}",
            f"{site}\n{a['title']}\n{long_mdy(a)}",
            f"{a['title']}\n{wk_dmy(a)} | {a['by']}",
            f"{a['title']}\n{short_dmy(a)}"][i % 4]
    entries = [
        f"#{7 + i}  ·  Text  ·  {day}, 21:14  ·  from Firefox\n\n{head}\n\n" + "\n\n".join(a["paras"]),
        f"#{6 + i}  ·  Link  ·  {day}, 21:13  ·  from Firefox\n\nhttps://www.{host(site)}/world/{a['key']}",
        f"#{5 + i}  ·  Text  ·  {day}, 20:58  ·  from Mail\n\nThanks, see you Thursday at ten.",
        f"#{4 + i}  ·  Image  ·  {day}, 20:41  ·  from Screenshot (1280×720)\n\n[image not exported]",
        f"#{3 + i}  ·  Text  ·  {day}, 19:05  ·  from Notes\n\n{others(a, 1)[0]}",
    ]
    text = blocks(f"Clipster — clipboard history\nExported {day}, 21:30 · {len(entries)} items · newest first · pinned items not included",
                  f"\n{rule}\n\n".join(entries),
                  rule + "\nClipster 2.8 · History is kept for 30 days. Sensitive items (passwords) are never stored.")
    return text, dict(byline="" if i % 4 in (1, 3) else a["by"])

def speech_viewer(a, i):
    x = d(a)
    site = SITES[(i + 2) % 4]
    nav = ["World", "Politics", "Business", "Culture", "Opinion", "Sport"]
    date = [long_dmy(a), f"Published {long_mdy(a)}", wk_dmy(a), short_dmy(a)][i % 4]
    by = [f"By {a['by']}", f"{a['by']}", None, f"By {a['by']}"][i % 4]
    lines = [f"{a['title']} | {site} - Mozilla Firefox",
             "document",
             "banner landmark  link  " + site,
             f"navigation landmark  list  with {len(nav)} items  " + "  ".join(f"link  {n}" for n in nav),
             "out of list",
             "button  Subscribe",
             "main landmark",
             "link  World",
             f"heading  level 1  {a['title']}"]
    if by:
        lines.append(f"link  {by}" if i % 2 else by)
    lines.append(date)
    lines.append("graphic  Delegates at the talks")
    lines += a["paras"]
    lines += ["list  with 3 items  button  Share on Facebook  button  Share on X  button  Copy link", "out of list",
              "out of main landmark",
              "complementary landmark  heading  level 2  Read next",
              f"list  with 3 items  " + "  ".join(f"link  {t}" for t in others(a, 3)), "out of list",
              f"content info landmark  © {max(x.year, 2017)} {site}  link  Privacy  link  Cookies"]
    head = f"NVDA Speech Viewer log, saved {['2 May 2023 21:14', '30 Nov 2021 08:02', '17 Jan 2024 12:45', '8 Jul 2019 19:30'][i % 4]}"
    return head + "\n\n" + "\n".join(lines) + "\n", dict(byline=a["by"] if by else "")

def bookmark_site(a, i):
    x = d(a)
    site = SITES[(i + 3) % 4]
    user = ["mkessler", "ana_r", "diplowatch", "t.okafor"][i % 4]
    mine = [f"good background on {a['place'].title()}", f"{a['title'].split()[0].lower()} — read later", "for the seminar", f"cite this ({x.year})"][i % 4]
    pub = [f"{long_dmy(a)}", f"Published {long_mdy(a)}", f"{wk_dmy(a)}", f"{short_dmy(a)}"][i % 4]
    by = "" if i % 4 == 1 else f'<p class="snap-by">By {esc(a["by"])}</p>'
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(mine)} — {user} on Linkpile</title></head>
<body>
<div class="top"><a href="/">Linkpile</a> <form><input type="search" placeholder="Search bookmarks"></form> <a href="/u/{user}">{user}</a> <a href="/popular">Popular</a> <a href="/recent">Recent</a> <a href="/logout">log out</a></div>
<div class="bookmark">
<h2 class="bm-title"><a href="https://www.{host(site)}/world/{a['key']}">{esc(mine)}</a></h2>
<div class="bm-url">{host(site)}</div>
<div class="bm-desc">Saved by {user} · {['2 May 2023', '30 Nov 2021', '17 Jan 2024', '8 Jul 2019'][i % 4]} · also saved by {12 + i * 5} people</div>
<div class="bm-tags">tags: <a>diplomacy</a> <a>{a['place'].lower().replace(' ', '-')}</a> <a>toread</a></div>
<div class="bm-notes"><b>Notes:</b> Second half is the useful part. Compare with “{esc(others(a, 1)[0])}”.</div>
<div class="bm-actions"><a>edit</a> <a>delete</a> <a>copy to mine</a> <a>archive</a></div>
</div>
<div class="snapshot"><div class="snap-banner">Archived copy · text only · captured when saved</div>
<h1 class="snap-title">{esc(a['title'])}</h1>
{by}
<p class="snap-date">{site} · {pub}</p>
{ps}
</div>
<div class="others"><h3>Other people's notes</h3>
<div class="note"><b>ana_r</b>: the quote in para 4 is the one everybody used</div>
<div class="note"><b>jlee</b>: paywalled now, this copy still works</div></div>
<div class="foot">Linkpile · about · blog · help · privacy · terms</div>
</body></html>
"""
    return page, dict(byline="" if i % 4 == 1 else a["by"])

def intranet_review(a, i):
    x = d(a)
    site = SITES[i % 4]
    day = ["Tuesday 2 May", "Tuesday 30 November", "Wednesday 17 January", "Monday 8 July"][i % 4]
    posted = ["2 May 2023", "30 Nov 2021", "17 Jan 2024", "8 Jul 2019"][i % 4]
    art = [f"{a['title']}\n{site} | {long_dmy(a)}\n{a['by']}",
           f"{site} | {long_mdy(a)}\n\n{a['title']}\n\nBy {a['by']}",
           f"{a['title']}\n{site}, {wk_dmy(a)}",
           f"{a['title']}\nBy {a['by']} ({site}, {short_dmy(a)})"][i % 4]
    text = blocks("Staff Portal\nHome | News | HR | IT help | Directory | Canteen menu | Search",
                  f"Press review › Morning press review, {day}",
                  f"Posted by Communications Team · {posted} · {14 + i * 9} views",
                  "Today's top story, shared with the publisher's permission for internal use only.",
                  art,
                  "\n\n".join(a["paras"]),
                  "Also in today's review:\n" + "\n".join(f"• {t}" for t in others(a, 3)),
                  f"Like ({3 + i}) · Comment · Follow this page",
                  f"Comments (1)\nJ. Weber · {posted}\nThanks, useful before the regional meeting.",
                  "INTERNAL USE ONLY. Do not forward outside the ministry.\nPage owner: Communications Team · Last reviewed: " + posted)
    return text, dict(byline="" if i % 4 == 2 else a["by"])

BLIND45 = [("html-version-tracker", version_tracker, "html"), ("clipboard-history", clipboard_history, "txt"), ("speech-viewer", speech_viewer, "txt"),
           ("html-bookmark-site", bookmark_site, "html"), ("intranet-review", intranet_review, "txt")]

# The fiftieth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b47.py. Its theme is the ways
# articles are saved and passed on. Kinds in no other set: a paste site's
# page holding an article (the paste's own date and counters, line numbers
# in half of them); a scraper's run log around the item it wrote; an
# article printed from a browser and filed as a court exhibit (the court's
# running head, the browser's print header and footer, a Bates number); a
# course site's reading page with the teacher's note and discussion
# questions; a reference manager's web library item with its info table,
# note and the saved snapshot. All text invented.
import datetime, html
import articles_b47
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

POOL = articles_b47.POOL

def esc(s):
    return html.escape(s, quote=False)

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def paste(a, i):
    x = d(a)
    pd = max(x, datetime.date(2016, 1, 1)) + datetime.timedelta(days=9 + 23 * i)
    name = ["Untitled", "courier article full text", a["title"][:30].lower(), "for the group - article"][i % 4]
    date = [long_dmy(a), long_mdy(a), wk_dmy(a), "Published " + long_mdy(a)][i % 4]
    lines = [a["title"], "", ("By " if i % 2 == 0 else "") + a["by"], date, ""]
    for q in a["paras"]:
        lines += [q, ""]
    lines.pop()
    if i % 2 == 0:
        lines = [f"{n}. {l}".rstrip() for n, l in enumerate(lines, 1)]
    size = sum(len(l) + 1 for l in lines) / 1024
    text = blocks("Pastebox",
                  "+ new paste\nAPI\ntools\nfaq\nLogin\nSign up",
                  name,
                  f"a guest\n{pd.strftime('%b')} {ordinal(pd.day)}, {pd.year}\n{1204 + 377 * i:,}\n0\nNever",
                  "Add comment",
                  "Not a member of Pastebox yet? Sign Up, it unlocks many cool features!",
                  f"text {size:.2f} KB | None | 0 0\nraw download clone embed print report",
                  "\n".join(lines),
                  "Add Comment\nPlease, Sign In to add comment",
                  "Public Pastes\n" + "\n".join(f"{t}\n{n + 2} min ago | {['Python', 'text', 'JSON'][n % 3]} | 0.{n + 3}1 KB" for n, t in enumerate(["Untitled", "config backup", "Untitled"])),
                  "create new paste / syntax languages / archive / faq / tools / night mode / api / scraping api / news / pro\n"
                  "privacy statement / cookies policy / terms of service / security disclosure / dmca / report abuse / contact",
                  "By using Pastebox.example you agree to our cookies policy to enhance your experience.\nSite design & logo © 2024 Pastebox")
    return text, {}

def scraperlog(a, i):
    x = d(a)
    run = max(x, datetime.date(2018, 1, 1)) + datetime.timedelta(days=40 + 3 * i)
    ts = lambda s, ms: f"{run.isoformat()} 03:12:{s:02d},{ms:03d}"
    host = ["www.courier.example", "chronicle.example", "www.observer.example", "news.ledger.example"][i % 4]
    url = f"https://{host}/world/{x.year}/{x.month:02d}/{a['key']}"
    item = f"{187 + 61 * i:04d}"
    pub = [f"{x.strftime('%a')}, {x.day:02d} {x.strftime('%b')} {x.year} 09:30:00 GMT", long_dmy(a), long_mdy(a), wk_dmy(a)][i % 4]
    text = blocks(
        "\n".join([f"{ts(5, 12)} INFO  newsgrab: run {run.strftime('%Y%m%d')}-{i + 1} started (config: world.yaml, 214 seeds)",
                   f"{ts(6, 881)} INFO  newsgrab.fetch: GET {url} -> 200 ({40211 + 733 * i} bytes, 0.{84 - i}s)",
                   f"{ts(7, 390)} INFO  newsgrab.parse: extracted {len(a['paras'])} paragraphs",
                   f"{ts(7, 391)} WARNING newsgrab.parse: no og:image, no lead photo stored"]),
        f"==== BEGIN ITEM {item} ====",
        f"url:       {url}\ntitle:     {a['title']}\nauthor:    {a['by']}\npublished: {pub}\nsection:   World\nwords:     {sum(len(q.split()) for q in a['paras'])}",
        "---- text ----",
        "\n\n".join(a["paras"]),
        f"==== END ITEM {item} ====",
        "\n".join([f"{ts(8, 2)} INFO  newsgrab.store: wrote item {item} to out/{run.strftime('%Y%m%d')}/{item}.txt",
                   f"{ts(8, 517)} INFO  newsgrab.fetch: GET https://{host}/world/ -> 304 (not modified)",
                   f"{ts(9, 40)} ERROR newsgrab.fetch: GET https://{host}/live/ -> 403 (blocked by robots.txt)",
                   f"{ts(9, 41)} INFO  newsgrab: run finished: 1 item written, 1 skipped, 1 error"]))
    return text, {}

def exhibit(a, i):
    x = d(a)
    printed = max(x, datetime.date(2019, 1, 1)) + datetime.timedelta(days=50 + 13 * i)
    filed = printed + datetime.timedelta(days=1 + i)
    case = f"{[1, 2, 3, 1][i % 4]}:{printed.year % 100 - 1:02d}-cv-{[4410, 1187, 912, 6655][i % 4]:05d}-{['JMF', 'RSL', 'VC', 'LGS'][i % 4]}"
    doc = f"{38 + i}-{14 + i}"
    ex = 14 + i
    site = ["The Baltic Courier", "Morning Chronicle", "The Coastal Observer", "Harbour Ledger"][i % 4]
    host = site.lower().replace("the ", "").replace(" ", "") + ".example"
    p = a["paras"]
    cut = (len(p) + 1) // 2
    pages = 3
    def head(n):
        return f"Case {case}   Document {doc}   Filed {filed.month:02d}/{filed.day:02d}/{filed.year % 100:02d}   Page {n} of {pages}"
    phead = f"{printed.month}/{printed.day}/{printed.year % 100:02d}, {3 + i}:{15 + i:02d} PM    {a['title']} - {site}"
    pfoot = lambda n: f"https://www.{host}/world/{a['key']}" + " " * 20 + f"{n}/2"
    bates = lambda n: f"DEF-{4512 + 2 * i + n:06d}"
    date = [long_mdy(a), long_dmy(a), wk_dmy(a), "Updated " + long_mdy(a)][i % 4]
    text = blocks(head(1),
                  " " * 30 + f"EXHIBIT {ex}",
                  "\f" + head(2),
                  phead,
                  f"{site}\nWorld  Politics  Business  Opinion  Subscribe",
                  a["title"],
                  f"By {a['by']}\n{date}",
                  "\n\n".join(p[:cut]),
                  pfoot(1) + "\n" + " " * 50 + bates(0),
                  "\f" + head(3),
                  phead,
                  "\n\n".join(p[cut:]) if p[cut:] else None,
                  "More from World\n" + "\n".join(others(a, 2)),
                  f"© {max(x.year, 2019)} {site}. All rights reserved.",
                  pfoot(2) + "\n" + " " * 50 + bates(1))
    return text, {}

def html_course(a, i):
    x = d(a)
    course = ["POLS 214: International Cooperation", "HIST 330: Borders and Memory", "IR 102: Introduction to Diplomacy", "JOUR 250: Reporting the World"][i % 4]
    week = 3 + i
    mod = max(x, datetime.date(2020, 8, 20)) + datetime.timedelta(days=30 + 7 * i)
    paper = ["The Baltic Courier", "Morning Chronicle", "The Coastal Observer", "Harbour Ledger"][i % 4]
    src = [f"{esc(a['by'])}, <em>{paper}</em>, {long_dmy(a)}.", f"By {esc(a['by'])} | {paper} | {long_mdy(a)}",
           f"{paper}, {wk_dmy(a)}. Written by {esc(a['by'])}.", f"Source: {paper} ({long_dmy(a)}), by {esc(a['by'])}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>{course.split(':')[0]}: Week {week} reading | Campus Learn</title></head>
<body id="page-mod-page-view">
<nav class="navbar"><a class="brand" href="#">Campus Learn</a> <a href="#">Dashboard</a> <a href="#">My courses</a> <span class="notif">🔔 3</span> <span class="user">Student</span></nav>
<ol class="breadcrumb"><li><a href="#">Dashboard</a></li><li><a href="#">{course.split(':')[0]}</a></li><li><a href="#">Week {week}</a></li><li>Week {week} reading</li></ol>
<div id="page-header"><h1>{course}</h1></div>
<div class="drawer"><h5>Course index</h5><ul>{''.join(f'<li>Week {w}</li>' for w in range(1, 11))}</ul></div>
<div role="main">
<h2>Week {week} — required reading</h2>
<div class="activity-information"><span class="todo">To do: View</span> <button>Mark as done</button></div>
<div class="box generalbox">
<div class="no-overflow">
<p class="teacher-note"><em>Please read the article below before Thursday's seminar. Think about who pays, who benefits, and who was left out of the talks. The text is reproduced for teaching under our educational copying licence; do not share it outside the course.</em></p>
<hr>
<h3>{esc(a['title'])}</h3>
<p class="source">{src}</p>
{ps}
<hr>
<h4>Questions for discussion</h4>
<ol><li>What did each side give up to reach this agreement?</li><li>Whose voices are missing from the article?</li><li>Find one later report on the same story and compare the two.</li></ol>
</div>
</div>
<div class="modified">Last modified: {mod.strftime('%A')}, {mod.day} {mod.strftime('%B')} {mod.year}, 9:12 AM</div>
<div class="activity-navigation"><a href="#">◄ Week {week} slides</a> <a href="#">Week {week} forum ►</a></div>
</div>
<footer><p>You are logged in as Student (<a href="#">Log out</a>)</p><p>Data retention summary · Get the mobile app · Accessibility statement</p></footer>
</body>
</html>
"""
    return page, {}

def html_refmanager(a, i):
    x = d(a)
    acc = max(x, datetime.date(2017, 3, 1)) + datetime.timedelta(days=11 + 29 * i)
    paper = ["The Baltic Courier", "Morning Chronicle", "The Coastal Observer", "Harbour Ledger"][i % 4]
    last, first = a["by"].split()[-1], " ".join(a["by"].split()[:-1])
    when = [long_dmy(a), long_mdy(a), wk_dmy(a), short_dmy(a)][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    rows = [("Item Type", "Newspaper Article"), ("Title", esc(a["title"])), ("Author", f"{esc(last)}, {esc(first)}"),
            ("Publication", paper), ("Date", [a["date"], long_mdy(a), long_dmy(a), a["date"]][i % 4]), ("Section", "World"),
            ("URL", f"https://www.{paper.lower().replace('the ', '').replace(' ', '')}.example/{a['key']}"),
            ("Accessed", f"{acc.month}/{acc.day}/{acc.year}, 10:15:0{i} AM"), ("Library Catalog", "Citebox snapshot"),
            ("Date Added", f"{acc.month}/{acc.day}/{acc.year}, 10:15:0{i + 2} AM"), ("Modified", f"{acc.month}/{acc.day + 1 if acc.day < 28 else 1}/{acc.year}, 4:02:11 PM")]
    table = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    page = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{esc(a['title'])} | Citebox web library</title></head>
<body>
<div class="topbar"><a href="#">Citebox</a> <a href="#">My Library</a> <a href="#">Groups</a> <a href="#">Documentation</a> <span>Settings · Log out</span></div>
<div class="libtree"><ul><li>My Library</li><li>Thesis — chapter 3</li><li>Border agreements</li><li>Unfiled Items</li><li>Trash</li></ul></div>
<div class="item-pane">
<h2 class="item-title">{esc(a['title'])}</h2>
<table class="item-info">
{table}
</table>
<div class="tags"><h3>Tags</h3><span>agreements</span> <span>chapter 3</span> <span>press</span></div>
<div class="notes"><h3>Notes</h3><div class="note"><p>Good for the argument about shared costs. Cite the quote, not the figures: check them against the official statement first.</p></div></div>
<div class="attachments"><h3>Attachments</h3><p>Snapshot ({acc.isoformat()})</p></div>
</div>
<div class="snapshot" data-saved="{acc.isoformat()}">
<div class="snap-banner">Snapshot of {paper}, saved {acc.strftime('%b')} {acc.day}, {acc.year}. <a href="#">View original</a></div>
<div class="snap-page">
<div class="masthead">{paper}</div>
<h1>{esc(a['title'])}</h1>
<div class="byline">By {esc(a['by'])} · {when}</div>
{ps}
<div class="share">Share this article · Print · Email</div>
</div>
</div>
<div class="footer">Citebox · Cite, save and share research · <a href="#">Privacy</a></div>
</body>
</html>
"""
    return page, {}

BLIND50 = [("paste-site", paste, "txt"), ("scraper-log", scraperlog, "txt"), ("court-exhibit", exhibit, "txt"),
           ("html-course-reading", html_course, "html"), ("html-citation-library", html_refmanager, "html")]

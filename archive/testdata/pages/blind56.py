# The fifty-sixth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b54.py. Its theme is news sites saved
# as text. Kinds in no other set: a campus gopher's news wire saved from a
# gopher client, the menu it was picked from above the item and the item's
# closing dot; a syndication feed of one story opened in a browser as an
# XML tree and copied (the browser's "no style information" line, the
# paragraphs' tags inside CDATA or escaped, a later build date); a story
# spread over three web pages saved one after another into one file, the
# site's header, headline and pager repeated on each; a news agency's
# subscriber portal in HTML with its queue of stories beside the open one;
# a printer-friendly HTML page that lists its links' addresses as numbered
# notes and the day it was printed. All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b54

POOL = articles_b54.POOL

def esc(s):
    return html.escape(s, quote=False)

def gopher(a, i):
    x = d(a)
    host = ["gopher.campus-news.example", "gopher.wirenews.example", "gopher.uni-library.example", "gopher.campus-news.example"][i % 4]
    stamp = x.strftime("%y%m%d")
    menu_items = [(stamp, a["title"])] + [((x - datetime.timedelta(days=n + 1)).strftime("%y%m%d"), t) for n, t in enumerate(others(a, 4))]
    menu = "\n".join([" (DIR)  <- Back to News and Weather", " (FILE) About this service (READ ME)"] +
                     [f" (FILE) {s} {t}" for s, t in menu_items] +
                     [" (?)    Search the news wire by keyword", " (DIR)  Older stories (by month)"])
    when = [f"{x.strftime('%A')}, {long_mdy(a)}", f"{x.day} {x.strftime('%b').upper()} {x.strftime('%y')} 10:42 GMT",
            f"{long_mdy(a)} 4:05 PM EDT", f"Date: {x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} 09:15:22 -0500"][i % 4]
    byl = [f"By {a['by']}", f"By {a['by'].upper()}\nWorld News Service", None, f"From: {a['by']} <world-desk@wirenews.example>"][i % 4]
    first = f"{a['place']} (WNS) -- " + a["paras"][0] if i % 2 == 0 else a["paras"][0]
    paras = [first] + a["paras"][1:]
    item = "\n\n".join(textwrap.fill(q, 70) for q in paras)
    text = blocks(f"gopher://{host}:70/1/news/world",
                  "                 Campus Information Gopher -- World News Wire",
                  menu,
                  "-" * 70,
                  f"gopher://{host}:70/0/news/world/{stamp}-{a['key']}",
                  a["title"] if i % 4 != 1 else a["title"].upper(),
                  byl,
                  when,
                  item,
                  "(Copyright " + str(x.year) + " World News Service. For personal use of campus members only. Do not redistribute.)",
                  ".")
    exp = dict(paras=paras, byline=[a["by"], a["by"].upper(), "", a["by"]][i % 4])
    if i % 4 == 1:
        exp["title"] = a["title"].upper()
    return text, exp

def rfc822(x, hh):
    return f"{x.strftime('%a')}, {x.day:02d} {x.strftime('%b')} {x.year} {hh}:30:00 +0000"

def indent(tree):
    """Indents the tree two spaces a level, as the browser's tree view shows it."""
    out, depth = [], 0
    for line in tree.split("\n"):
        closing = line.startswith("</")
        if closing:
            depth -= 1
        out.append("  " * depth + line)
        opens = line.startswith("<") and not closing and not line.startswith("<![") and not line.startswith("<p>") \
            and not line.endswith("/>") and "</" not in line
        if opens:
            depth += 1
    return "\n".join(out)

def feedxml(a, i):
    x = d(a)
    built = x + datetime.timedelta(days=2 + i)
    site = ["The Harbour Times", "Meridian Post", "The Harbour Times", "Capital Courier"][i % 4]
    host = site.lower().replace("the ", "").replace(" ", "")
    link = f"https://www.{host}.example/world/{x.year}/{x.month:02d}/{a['key']}/"
    banner = "This XML file does not appear to have any style information associated with it. The document tree is shown below."
    if i % 4 == 3:
        content = "".join(f"<p>{q}</p>" for q in a["paras"])  # the tree shows escaped markup decoded
        tree = f"""<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>{site} — Syndication</title>
<subtitle>Stories licensed to partner sites</subtitle>
<link href="https://www.{host}.example/syndication/{a['key']}.atom" rel="self"/>
<updated>{built.isoformat()}T06:00:00Z</updated>
<id>urn:{host}:syndication</id>
<entry>
<title>{esc(a['title'])}</title>
<link href="{link}"/>
<id>urn:{host}:story:{a['key']}</id>
<published>{a['date']}T09:30:00Z</published>
<updated>{built.isoformat()}T05:58:12Z</updated>
<author>
<name>{esc(a['by'])}</name>
</author>
<category term="World"/>
<summary>{esc(a['paras'][0][:90])}…</summary>
<content type="html">{content}</content>
</entry>
</feed>"""
        return blocks(banner, indent(tree)), {}
    cdata = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    author = [f"<dc:creator>{esc(a['by'])}</dc:creator>", f"<author>newsdesk@{host}.example ({esc(a['by'])})</author>",
              "<dc:creator>Staff and agencies</dc:creator>", ""][i % 4]
    tree = f"""<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">
<channel>
<title>{site} - World - Partner feed</title>
<link>https://www.{host}.example/world/</link>
<description>Full-text stories for syndication partners. Not for public display without a licence.</description>
<language>en-gb</language>
<lastBuildDate>{rfc822(built, '06')}</lastBuildDate>
<ttl>15</ttl>
<image>
<url>https://www.{host}.example/img/feed-logo.png</url>
<title>{site}</title>
<link>https://www.{host}.example/</link>
</image>
<item>
<title>{esc(a['title'])}</title>
<link>{link}</link>
<guid isPermaLink="false">{host}-{a['key']}-{x.year}</guid>
{author}
<pubDate>{rfc822(x, '09')}</pubDate>
<category>World</category>
<category>Diplomacy</category>
<description>{esc(a['paras'][0])}</description>
<content:encoded>
<![CDATA[
{cdata}
]]>
</content:encoded>
<media:content url="https://www.{host}.example/img/{a['key']}.jpg" medium="image">
<media:credit>{site} / File</media:credit>
</media:content>
</item>
</channel>
</rss>"""
    return blocks(banner, indent(tree)), dict(byline="" if i % 4 >= 2 else a["by"])

def multipage(a, i):
    x = d(a)
    p = a["paras"]
    n = 3 if len(p) >= 5 else 2
    size = (len(p) + n - 1) // n
    parts = [p[k:k + size] for k in range(0, len(p), size)]
    n = len(parts)
    when = [f"{x.strftime('%B')} {x.day}, {x.year} | 7:15 am", f"Published {wk_dmy(a)}", f"{short_dmy(a)} · {3 + i} min read", f"{long_mdy(a)}"][i % 4]
    byl = [f"by {a['by']}", f"By {a['by']}, Foreign Affairs Editor", f"{a['by']}", f"By {a['by']} | Special Correspondent"][i % 4]
    out = []
    for k, part in enumerate(parts):
        out.append(f"The Lakeshore Dispatch\nNews | World | Politics | Business | Opinion | Arts | Subscribe")
        out.append("Search\nSign in")
        out.append(a["title"] + ("" if k == 0 else f" (page {k + 1})" if i % 2 else ""))
        if k == 0 or i % 2 == 0:
            out.append(byl + "\n" + when)
        if k > 0:
            out.append(f"(Continued from page {k})")
        out.append("\n\n".join(part))
        pager = "Pages: " + " ".join(f"[{m + 1}]" if m == k else str(m + 1) for m in range(n))
        if k < n - 1:
            pager += "   Next page »"
        out.append(pager)
        if k < n - 1:
            out.append("Advertisement")
        else:
            out.append("Share: Facebook | X | Email | Print")
            out.append("Recommended for you\n" + "\n".join(others(a, 3)))
        out.append(f"© {x.year} The Lakeshore Dispatch · Terms · Privacy")
        if k < n - 1:
            out.append("=" * 60)
    return blocks(*out), {}

def html_agencyportal(a, i):
    x = d(a)
    prio = ["3 (Routine)", "2 (Urgent)", "3 (Routine)", "4 (Deferred)"][i % 4]
    slug = a["key"].upper()[:10] + ["/TALKS", "/DIPLOMACY", "/WRITETHRU", "/ANALYSIS"][i % 4]
    filed = [f"{x.day:02d} {x.strftime('%b')} {x.year} 09:30 UTC", f"{x.year}-{x.month:02d}-{x.day:02d} 14:12 GMT",
             f"{x.strftime('%a')} {short_dmy(a)} 17:45 UTC", f"{long_dmy(a)}, 08:05 GMT"][i % 4]
    words = len(" ".join(a["paras"]).split())
    first = f"{a['place']}, {x.strftime('%B')} {x.day} (GPN) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    queue = [(f"{9 + n}:{(13 * n + 7) % 60:02d}", t) for n, t in enumerate(others(a, 3))]
    rows = "".join(f'<tr><td class="t">{t}</td><td class="p">3</td><td class="h"><a href="/story/{n}">{esc(h)}</a></td></tr>' for n, (t, h) in enumerate(queue))
    rows = f'<tr class="sel"><td class="t">09:30</td><td class="p">{prio[0]}</td><td class="h"><a href="/story/{a["key"]}">{esc(a["title"])}</a></td></tr>' + rows
    byl = [f"By {a['by']}", f"By {a['by']}", f"Reporting by {a['by']}", None][i % 4]
    credit = ["(Editing by Anne Keller)", "(Additional reporting by Tomas Reuven; editing by Mei Lin)", "(Editing by Peter Olowe)", "(Compiled by the world desk)"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in paras)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>GPN Client Portal — {esc(slug)}</title></head>
<body>
<div id="topbar">Global Press Network · Client Portal · Logged in as <b>harbourtimes-desk</b> · <a href="/logout">Log out</a></div>
<div id="filters"><form>Service: <select><option>World (English)</option><option>Business</option><option>Sports</option></select> Priority: <select><option>All</option></select> <input type="text" placeholder="Search stories"> <button>Go</button></form></div>
<table id="layout"><tr>
<td id="queue"><h3>Incoming — World (English)</h3>
<table class="queue"><tr><th>Time</th><th>P</th><th>Headline</th></tr>{rows}</table>
<p class="autorefresh">Auto-refresh every 60 s · <a href="#">Pause</a></p></td>
<td id="story">
<table class="storyhead">
<tr><th>Slug</th><td>{esc(slug)}</td></tr>
<tr><th>Priority</th><td>{prio}</td></tr>
<tr><th>Category</th><td>I (International)</td></tr>
<tr><th>Filed</th><td>{filed}</td></tr>
<tr><th>Words</th><td>{words}</td></tr>
<tr><th>Version</th><td>{['1', '1', '2 (writethru, adds quote in para 5)', '1'][i % 4]}</td></tr>
</table>
<div class="tools"><a href="#">Download NITF</a> | <a href="#">Download text</a> | <a href="#">Send to CMS</a> | <a href="#">Print</a></div>
<h1 class="headline">{esc(a['title'])}</h1>
{f'<p class="byline">{esc(byl)}</p>' if byl else ''}
<div class="body">
{ps}
<p class="credit">{credit}</p>
</div>
<p class="endmark">-- GPN --</p>
<p class="rights">© {x.year} Global Press Network. For use by subscribing clients under their licence only.</p>
</td></tr></table>
</body>
</html>
"""
    return page, dict(paras=paras, byline="" if i % 4 == 3 else a["by"])

def html_printnotes(a, i):
    x = d(a)
    host = "https://www.northernstar.example"
    aslug = a["by"].lower().replace(" ", "-")
    printed = x + datetime.timedelta(days=[3, 40, 1, 400][i % 4])
    when = [f"Published: {long_dmy(a)}", f"{wk_dmy(a)}, 10:15 BST", f"Posted {long_mdy(a)}", f"{long_dmy(a)} | Updated {long_dmy(a)} 18:20"][i % 4]
    byl = [f"By {a['by']}<br>Foreign Desk", f"{esc(a['by'])}, Diplomatic Correspondent", f"By <a href=\"{host}/authors/{aslug}\">{esc(a['by'])}</a><sup>[1]</sup>", f"By {esc(a['by'])}"][i % 4]
    notes = [f"{host}/authors/{aslug}", f"{host}/world/", f"{host}/topics/diplomacy"] + [f"{host}/world/{n}" for n in range(3)]
    if i % 4 != 2:
        notes = notes[1:]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    off = 2 if i % 4 == 2 else 1
    rel = "".join(f'<li><a href="{host}/world/{n}">{esc(t)}</a><sup>[{n + off + 2}]</sup></li>' for n, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Print: {esc(a['title'])}</title>
<style>@media print {{ .noprint {{ display: none }} }} sup {{ font-size: 70% }}</style>
</head>
<body onload="window.print()">
<div class="noprint"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div>
<div class="masthead"><img src="/img/print-logo.gif" alt="The Northern Star"></div>
<p class="source">This article is from The Northern Star: {host}/world/{x.year}/{a['key']}.html</p>
<p class="section"><a href="{host}/world/">World</a><sup>[{off}]</sup> &gt; <a href="{host}/topics/diplomacy">Diplomacy</a><sup>[{off + 1}]</sup></p>
<h1>{esc(a['title'])}</h1>
<p class="byline">{byl}</p>
<p class="date">{when}</p>
{ps}
<h4>Related articles</h4>
<ul>{rel}</ul>
<hr>
<h4>Links in this article</h4>
<ol class="footnotes">{''.join(f'<li>{u}</li>' for u in notes)}</ol>
<p class="printed">Printed from northernstar.example on {printed.day} {printed.strftime('%B')} {printed.year}. © {x.year} Northern Star Newspapers Ltd. This copy is for your personal, non-commercial use only.</p>
</body>
</html>
"""
    return page, {}

BLIND56 = [("gopher", gopher, "txt"), ("feedxml", feedxml, "txt"), ("multipage", multipage, "txt"),
           ("html-agencyportal", html_agencyportal, "html"), ("html-printnotes", html_printnotes, "html")]

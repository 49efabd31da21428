# The forty-sixth held-out batch, a blind one: written without reading the
# reader, on the invented articles of articles_b43.py. Kinds in no other
# set, all about how an article is saved and passed on: a press office's
# cuttings document saved as a web page by a word processor (Mso classes,
# conditional comments, the document's own title), a team wiki page whose
# pasted article sits in a quote block under the page's own title, a paste
# site's page that shows the pasted article twice (the paste and its raw
# data), a scraper repository's "git show" of a committed article (commit
# header, diff lines with "+"), and the article element alone, copied from
# a browser's inspector (no html, head or body). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b43

POOL = articles_b43.POOL

def esc(s):
    return html.escape(s, quote=False)

SITES = ["Meridian Daily", "The Evening Ledger", "Harbour Times", "The Continental Post"]

def host(site):
    return site.lower().replace("the ", "").replace(" ", "") + ".example"

def word_html(a, i):
    x = d(a)
    site = SITES[i % 4]
    src = [f"{site}, {long_dmy(a)}", f"{site} – {wk_dmy(a)}", f"{site}, {long_mdy(a)}, p. {3 + i}", f"Source: {site} ({short_dmy(a)})"][i % 4]
    by = "" if i % 4 == 3 else f"<p class=MsoNormal><i><span lang=EN-GB>By {esc(a['by'])}</span></i></p>\n"
    ps = "\n".join(f"<p class=MsoNormal style='text-align:justify'><span lang=EN-GB>{esc(q)}</span><o:p></o:p></p>" for q in a["paras"])
    page = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>Daily press cuttings</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Press Office</o:Author>
  <o:LastAuthor>M. Ferreira</o:LastAuthor>
  <o:Created>2023-05-02T06:10:00Z</o:Created>
  <o:Pages>1</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal {{margin:0cm; margin-bottom:6.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
p.MsoTitle {{font-size:16.0pt; font-weight:bold;}}
-->
</style>
</head>

<body lang=EN-GB style='tab-interval:36.0pt'>

<div class=WordSection1>

<p class=MsoHeader align=center style='text-align:center'><b><span style='font-size:9.0pt;color:#7F7F7F'>MINISTRY OF FOREIGN AFFAIRS · PRESS OFFICE · DAILY CUTTINGS</span></b></p>

<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>Item {3 + i} of 9 · Topic: {['Fisheries', 'Europe', 'Consular', 'Development'][i % 4]}</span></p>

<p class=MsoTitle><span lang=EN-GB>{esc(a['title'])}</span></p>

<p class=MsoSubtitle><span lang=EN-GB>{esc(src)}</span></p>

{by}
{ps}

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>Reproduced for internal use under the press office's licence. Not for onward distribution.</span></p>

<p class=MsoFooter align=right style='text-align:right'><span style='font-size:8.0pt'>Page 1</span></p>

</div>

</body>

</html>
"""
    return page, dict(byline="" if i % 4 == 3 else a["by"])

def wiki_page(a, i):
    x = d(a)
    site = SITES[(i + 1) % 4]
    who = ["Ana Ruiz", "Peter Lund", "Salma Idris", "Kofi Mensah"][i % 4]
    ptitle = [f"Background: {a['place'].title()}", f"Reading room – {a['title'].split()[0]} {a['title'].split()[1]}", "Press item for Thursday's brief", f"{a['place'].title()} ({x.year})"][i % 4]
    panel = [f"Pasted from {site}, {long_dmy(a)}. Written by {a['by']}.",
             f"Source: {site} · {long_mdy(a)} · {a['by']}",
             f"Source: {site}, {wk_dmy(a)}. No byline.",
             f"From {site} ({short_dmy(a)}), by {a['by']}. Internal reference only."][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{esc(ptitle)} - Policy Unit - Teamspace</title></head>
<body id="com-atlassian-confluence" class="theme-default">
<div id="header"><a class="logo" href="/">Teamspace</a> <nav><a href="/spaces">Spaces</a> <a href="/people">People</a> <a href="/create">+ Create</a></nav> <input type="search" placeholder="Search"></div>
<div id="sidebar"><h3>Policy Unit</h3><ul><li>Overview</li><li>Meeting notes</li><li>Reading room<ul><li>{esc(ptitle)}</li><li>{esc(others(a, 1)[0])}</li></ul></li><li>Contacts</li></ul></div>
<div id="main">
<ol id="breadcrumbs"><li><a href="/spaces">Spaces</a></li><li><a href="/spaces/PU">Policy Unit</a></li><li><a href="/spaces/PU/reading">Reading room</a></li></ol>
<h1 id="title-text">{esc(ptitle)}</h1>
<div class="page-metadata">Created by {who}, last updated on {['May 02, 2023', 'Nov 30, 2021', 'Jan 17, 2024', 'Jul 08, 2019'][i % 4]} • {1 + len(a['paras']) // 3} min read</div>
<div id="main-content" class="wiki-content">
<div class="confluence-information-macro information-macro-information"><div class="confluence-information-macro-body"><p>{esc(panel)}</p></div></div>
<blockquote>
<h2>{esc(a['title'])}</h2>
{ps}
</blockquote>
<p>Action: {who.split()[0]} to draft two lines for the minister by Wednesday.</p>
</div>
<div id="labels-section">Labels: <a>press</a> <a>{a['place'].lower().replace(' ', '-')}</a> <a>brief</a></div>
<div id="likes-section">Like · Be the first to like this</div>
<div id="comments-section"><h2>No comments yet</h2><a>Write a comment…</a></div>
</div>
<div id="footer">Powered by Teamspace · Report a bug · Teamspace news</div>
</body></html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def paste_site(a, i):
    x = d(a)
    site = SITES[(i + 2) % 4]
    head = [f"{a['title']}\nBy {a['by']}\n{site}, {long_dmy(a)}",
            f"{a['title']}\n{long_mdy(a)}\n{a['by']}",
            f"{site} / {wk_dmy(a)}\n{a['title']}",
            f"{a['title']}\n{a['by']} - {short_dmy(a)}"][i % 4]
    paste = head + "\n\n" + "\n\n".join(a["paras"])
    kb = len(paste.encode()) / 1024
    ptitle = [a["title"], "Untitled", "article text (paywall)", "Untitled"][i % 4]
    pday = ["MAY 2ND, 2023", "NOV 30TH, 2021", "JAN 17TH, 2024", "JUL 8TH, 2019"][i % 4]
    text = blocks("PASTEHUB\nNew paste | Trends | API | Tools | FAQ\nLogin  Sign up",
                  "SHARE\nTWEET",
                  ptitle,
                  f"A GUEST   {pday}   {1204 + i * 311:,}   0   NEVER",
                  "Not a member of Pastehub yet? Sign Up, it unlocks many cool features!",
                  f"text {kb:.2f} KB | None | 0 0\nraw download clone embed print report",
                  paste,
                  "Advertisement",
                  "Add Comment\nPlease, Sign In to add comment",
                  "RAW Paste Data",
                  paste,
                  "Public Pastes\nUntitled\nPython | 12 min ago | 0.41 KB\nconfig backup\nINI | 31 min ago | 2.10 KB",
                  "create new paste / dealsnew! / syntax languages / archive / faq / tools / night mode / api / scraping api / news / pro\nprivacy statement / cookies policy / terms of service / security disclosure / dmca / report abuse / contact")
    return text, dict(byline="" if i % 4 == 2 else a["by"], date=a["date"])

def git_show(a, i):
    x = d(a)
    site = SITES[(i + 3) % 4]
    sha = "".join("0123456789abcdef"[(ord(c) * (k + 3) + i) % 16] for k, c in enumerate((a["key"] * 5)[:40]))
    when = ["Tue May 2 21:14:07 2023 +0000", "Tue Nov 30 08:02:11 2021 +0100", "Wed Jan 17 12:45:03 2024 -0500", "Mon Jul 8 19:30:55 2019 +0100"][i % 4]
    fields = [f"Title: {a['title']}"]
    if i % 4 != 1:
        fields.append(f"Author: {a['by']}")
    fields += [f"Source: {site}", f"Published: {[long_dmy(a), long_mdy(a), wk_dmy(a), long_dmy(a)][i % 4]}",
               f"URL: https://www.{host(site)}/world/{a['key']}"]
    content = fields + [""]
    for k, q in enumerate(a["paras"]):
        content.append(q)
        if k < len(a["paras"]) - 1:
            content.append("")
    path = f"articles/{host(site).split('.')[0]}/{x.year}/{a['key']}.txt"
    diff = "\n".join("+" + l for l in content)
    text = f"""commit {sha}
Author: newsarchive-bot <bot@newsarchive.example>
Date:   {when}

    Add {host(site)}/world/{a['key']}
    
    Fetched by the nightly crawl; {len(a['paras'])} paragraphs, {len(' '.join(a['paras']).split())} words.

diff --git a/{path} b/{path}
new file mode 100644
index 0000000..{sha[:7]}
--- /dev/null
+++ b/{path}
@@ -0,0 +1,{len(content)} @@
{diff}
"""
    return text, dict(byline="" if i % 4 == 1 else a["by"])

def inspector_fragment(a, i):
    x = d(a)
    site = SITES[i % 4]
    aslug = a["by"].lower().replace(" ", "-")
    t = [f'<time datetime="{a["date"]}T08:00:00Z">{long_dmy(a)}</time>', f'<time>{long_mdy(a)}</time>',
         f'<span class="story__date">{wk_dmy(a)}</span>', f'<time datetime="{a["date"]}">{short_dmy(a)}</time>'][i % 4]
    ps = []
    for k, q in enumerate(a["paras"]):
        ps.append(f"      <p>{esc(q)}</p>")
        if k == 1:
            ps.append('      <div class="ad-slot ad-slot--mid" data-ad-unit="article_mid"><span class="ad-label">Advertisement</span></div>')
    frag = f"""<article class="story story--world" data-story-id="{40210 + i * 37}" itemscope="" itemtype="https://schema.org/NewsArticle">
  <header class="story__header">
    <div class="story__kicker"><a href="/world">World</a></div>
    <h1 class="story__title" itemprop="headline">{esc(a['title'])}</h1>
    <div class="story__meta">
      <span class="story__author">By <a href="/authors/{aslug}" rel="author">{esc(a['by'])}</a></span>
      {t}
    </div>
    <ul class="story__share"><li><button aria-label="Share on Facebook">Facebook</button></li><li><button aria-label="Share on X">X</button></li><li><button aria-label="Copy link">Copy link</button></li></ul>
  </header>
  <figure class="story__media">
    <img src="/img/{a['key']}.jpg" alt="" loading="lazy">
    <figcaption>Delegates arrive for the talks in {a['place'].title()}. <span class="credit">Photo: Ines Carvalho</span></figcaption>
  </figure>
  <div class="story__body" itemprop="articleBody">
{chr(10).join(ps)}
  </div>
  <footer class="story__footer">
    <ul class="story__tags"><li><a href="/tags/diplomacy">Diplomacy</a></li><li><a href="/tags/world">World</a></li></ul>
    <p class="story__copyright">© {max(x.year, 2016)} {site}</p>
  </footer>
</article>"""
    return frag, {}

BLIND46 = [("word-html", word_html, "html"), ("html-wiki-quote", wiki_page, "html"), ("paste-site", paste_site, "txt"),
           ("git-show", git_show, "txt"), ("html-inspector-fragment", inspector_fragment, "html")]

# The forty-third held-out batch, a blind one: written without reading the
# reader, on its own invented articles (articles_b43.py). Kinds in no other
# set, all about how an article is saved and passed on: an outliner's
# capture entry with its properties drawer and the reader's own notes, a
# browser's single-file MHTML save (MIME headers and parts around the page),
# the raw source of a read-later service's e-mail with the article in its
# text part, a read-later service's e-book chapter (EPUB XHTML), and a
# terminal session's typescript in which a command-line fetcher prints the
# article between shell prompts.
# All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b43

POOL = articles_b43.POOL

def esc(s):
    return html.escape(s, quote=False)

def slug(a):
    return a["key"]

def org_capture(a, i):
    x = d(a)
    saved = [f"[2023-05-02 Tue 21:14]", f"[2021-11-30 Tue 08:02]", f"[2024-01-17 Wed 12:45]", f"[2019-07-08 Mon 19:30]"][i % 4]
    pub = [f"<{a['date']} {x.strftime('%a')}>", long_dmy(a), f"<{a['date']} {x.strftime('%a')}>", None][i % 4]
    tags = [":world:diplomacy:", ":toread:", ":world:archive:", ":work:brief:"][i % 4]
    ind = "   "
    props = [f"{ind}:PROPERTIES:", f"{ind}:CAPTURED: {saved}",
             f"{ind}:SOURCE:   https://www.continental-post.example/world/{slug(a)}"]
    if pub:
        props.append(f"{ind}:PUBLISHED: {pub}")
    if i % 4 != 3:
        props.append(f"{ind}:AUTHOR:   {a['by']}")
    props.append(f"{ind}:END:")
    body = [ind + q for q in a["paras"]]
    head = []
    if i % 4 == 3:
        head = [f"{ind}By {a['by']}", f"{ind}{long_mdy(a)}"]
    if i % 2:
        body = [f"{ind}#+begin_quote"] + body + [f"{ind}#+end_quote"]
        text_body = "\n\n".join(head + body[:1]) + "\n" + "\n\n".join(body[1:-1]) + "\n" + body[-1]
    else:
        text_body = "\n\n".join(head + body)
    title_line = f"** {a['title']}"
    title_line = title_line + " " * max(1, 77 - len(title_line) - len(tags)) + tags
    text = blocks("#+TITLE: Inbox\n#+STARTUP: overview\n#+FILETAGS: :capture:",
                  "* Reading queue" + " " * 50 + ":queue:",
                  title_line + "\n" + "\n".join(props),
                  text_body,
                  f"*** My notes\n{ind}- check against the ministry's own statement\n{ind}- quote for Thursday's brief?\n{ind}- related: {others(a, 1)[0]}",
                  f"** DONE Renew library card\n{ind}CLOSED: {saved}")
    return text, dict(byline=a["by"], date=a["date"])

def mhtml(a, i):
    x = d(a)
    site = ["The Continental Post", "Harbour Times", "The Evening Ledger", "Meridian Daily"][i % 4]
    host = site.lower().replace(" ", "").replace("the", "") + ".example"
    url = f"https://www.{host}/news/world/{x.year}/{x.month:02d}/{slug(a)}"
    saved = ["Tue, 2 May 2023 21:14:07 -0000", "Sat, 9 Mar 2024 07:51:40 -0000", "Wed, 17 Jan 2024 12:45:03 -0000", "Mon, 8 Jul 2019 19:30:55 -0000"][i % 4]
    bnd = f"----MultipartBoundary--Qx{i}mB7ZkT3dLr9Wc{len(a['key'])}vH2nA----"
    shown = [f"Published {long_dmy(a)}", f"{wk_dmy(a)}", f"{long_mdy(a)} | Updated {long_mdy(a)}", f"{short_dmy(a)}"][i % 4]
    by = [f"By {a['by']}", f"{a['by']}", f"By {a['by']}, World Desk", f"By {a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(a['title'])} - {site}</title>
<link rel="stylesheet" type="text/css" href="cid:css-{i}a41-77f0@mhtml.blink" /><link rel="canonical" href="{url}"></head><body class="article-page">
<div class="masthead"><a href="/">{site}</a> <nav><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a></nav> <a class="signin" href="/login">Sign in</a></div>
<main><article>
<div class="kicker">World</div>
<h1>{esc(a['title'])}</h1>
<div class="byline">{esc(by)}</div>
<div class="dateline">{shown}</div>
<img src="cid:img-{i}c09-11ab@mhtml.blink" alt="">
<div class="body">
{ps}
</div>
<div class="tags">Topics: <a href="/t/world">World</a> <a href="/t/diplomacy">Diplomacy</a></div>
</article>
<aside class="more"><h2>More from World</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></aside></main>
<footer>© {max(x.year, 2019)} {site}. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>"""
    text = f"""From: <Saved by Blink>
Snapshot-Content-Location: {url}
Subject: {a['title']} - {site}
Date: {saved}
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="{bnd}"


--{bnd}
Content-Type: text/html
Content-ID: <frame-{i}F3A9C0D2E1B47788@mhtml.blink>
Content-Transfer-Encoding: 8bit
Content-Location: {url}

{page}

--{bnd}
Content-Type: text/css
Content-Transfer-Encoding: 8bit
Content-Location: cid:css-{i}a41-77f0@mhtml.blink

@charset "utf-8";
.masthead {{ display: flex; }}
.kicker {{ text-transform: uppercase; }}
article h1 {{ font-size: 2rem; }}

--{bnd}
Content-Type: image/jpeg
Content-Transfer-Encoding: base64
Content-Location: cid:img-{i}c09-11ab@mhtml.blink

/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a
HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAA

--{bnd}--
"""
    return text, {}

def mime_email(a, i):
    x = d(a)
    svc = ["PageKeeper", "Readwell", "Stash", "Later Box"][i % 4]
    dom = svc.lower().replace(" ", "") + ".example"
    saved = ["Tue, 2 May 2023 21:14:07 +0000", "Thu, 30 Nov 2021 08:02:11 +0000", "Wed, 17 Jan 2024 12:45:03 +0000", "Mon, 8 Jul 2019 19:30:55 +0000"][i % 4]
    saved_words = ["2 May 2023 at 21:14", "30 November 2021 at 08:02", "17 January 2024 at 12:45", "8 July 2019 at 19:30"][i % 4]
    site = ["The Continental Post", "Harbour Times", "The Evening Ledger", "Meridian Daily"][i % 4]
    meta = [f"{site} · {long_dmy(a)} · {a['by']}",
            f"By {a['by']}\n{site}, {long_mdy(a)}",
            f"{site}\n{wk_dmy(a)}",
            f"{a['by']} | {site} | {short_dmy(a)}"][i % 4]
    bnd = f"=_{dom.split('.')[0]}_{7731 + i}_{len(a['paras'])}"
    text = f"""Return-Path: <bounces+m.ferreira=example.org@mail.{dom}>
Received: from mail.{dom} (mail.{dom} [198.51.100.{20 + i}])
\tby mx.example.org with ESMTPS id 4QbX{i}k2Rz; {saved}
DKIM-Signature: v=1; a=rsa-sha256; d={dom}; s=k1; bh=Zm9vYmFyYmF6; b=QUJDREVGR0g=
From: {svc} <send@{dom}>
To: m.ferreira@example.org
Subject: =?UTF-8?Q?Your_saved_article?=
Date: {saved}
Message-ID: <{i}.{slug(a)}.{len(a['title'])}@{dom}>
List-Unsubscribe: <https://{dom}/unsubscribe>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bnd}"

This is a multi-part message in MIME format.

--{bnd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

You saved this article on {saved_words}. Here it is, ready to read offline.

{a['title']}
{meta}

""" + "\n\n".join(a["paras"]) + f"""

--
Open in {svc}: https://{dom}/read/{slug(a)}
Original: https://www.{site.lower().replace(' ', '')}.example/world/{slug(a)}
You receive this because "Send to inbox" is on. Turn it off in Settings > Delivery.
{svc} Ltd, 5 Quay Street, Dublin

--{bnd}
Content-Type: image/png; name="logo.png"
Content-Transfer-Encoding: base64
Content-Disposition: inline; filename="logo.png"

iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGNgGAWjYBSMglEwCkbB
KBgFowAAAAD//wMAyv4B8b1Uu4wAAAAASUVORK5CYII=
--{bnd}--
"""
    return text, dict(byline="" if i % 4 == 2 else a["by"])

def epub_chapter(a, i):
    x = d(a)
    site = ["The Continental Post", "Harbour Times", "The Evening Ledger", "Meridian Daily"][i % 4]
    src = [f"{site} — {long_dmy(a)}", f"{site}, {long_mdy(a)}", f"From {site} · {wk_dmy(a)}", f"{site} · {short_dmy(a)}"][i % 4]
    by = [f"by {a['by']}", f"By {a['by']}", f"{a['by']}", f"by {a['by']}"][i % 4]
    ps = []
    for k, q in enumerate(a["paras"]):
        ps.append(f"<p>{esc(q)}</p>")
        if k == 1:
            ps.append(f'<span epub:type="pagebreak" id="page{i + 3}" title="{i + 3}" role="doc-pagebreak"></span>')
    page = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
<head>
<meta charset="utf-8" />
<title>{esc(a['title'])}</title>
<link rel="stylesheet" type="text/css" href="../Styles/stylesheet.css" />
</head>
<body epub:type="bodymatter">
<div class="running-head" aria-hidden="true">Weekend Reads · Issue {i + 14}</div>
<section epub:type="chapter" id="ch{i + 3:02d}" role="doc-chapter">
<header>
<p class="chapter-no">Article {i + 3} of 12</p>
<h1 class="chapter-title">{esc(a['title'])}</h1>
<p class="source">{esc(src)}</p>
{f'<p class="byline">{esc(by)}</p>' if i % 4 != 3 else ''}
</header>
{chr(10).join(ps)}
<footer class="saved">
<p>Saved from {site.lower().replace(' ', '')}.example on {['2 May 2023', '30 November 2021', '17 January 2024', '8 July 2019'][i % 4]} · {len(' '.join(a['paras']).split())} words · about {max(1, len(' '.join(a['paras']).split()) // 230)} min</p>
<p>Next: {esc(others(a, 1)[0])}</p>
</footer>
</section>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 3 else a["by"])

def terminal_session(a, i):
    x = d(a)
    site = ["Harbour Times", "The Evening Ledger", "Meridian Daily", "The Continental Post"][i % 4]
    url = f"https://www.{site.lower().replace('the ', '').replace(' ', '')}.example/world/{slug(a)}"
    start = ["2023-05-02 21:14:07+00:00", "2021-11-30 08:02:11+01:00", "2024-01-17 12:45:03-05:00", "2019-07-08 19:30:55+01:00"][i % 4]
    prompt = ["mf@lab:~/clips$ ", "[jonas@desk news]$ ", "% ", "pi@reader:~ $ "][i % 4]
    head = [f"TITLE:   {a['title']}\nAUTHOR:  {a['by']}\nDATE:    {long_dmy(a)}\nSITE:    {site}",
            f"# {a['title']}\n\nBy {a['by']} | {long_mdy(a)}",
            f"{a['title']}\n{site} -- {wk_dmy(a)}",
            f"{a['title']}\n{'=' * len(a['title'])}\n{a['by']}, {short_dmy(a)}"][i % 4]
    words = len(" ".join(a["paras"]).split())
    text = "\n".join([
        f'Script started on {start} [TERM="xterm-256color" TTY="/dev/pts/{i + 2}" COLUMNS="120" LINES="40"]',
        f"{prompt}newsget --text {url}",
        f"newsget 0.9.3: GET {url} ... 200 OK ({14 + i}.{i + 2} KB)",
        "newsget 0.9.3: extracting main text ... done",
        "",
        head,
        "",
        "\n\n".join(a["paras"]),
        "",
        f"{prompt}newsget --text {url} | wc -w",
        f"    {words + 9}",
        f"{prompt}newsget --text {url} > {slug(a)}.txt && ls -l {slug(a)}.txt",
        f"-rw-r--r-- 1 user user {len(' '.join(a['paras']).encode()) + 120} {['May  2 21:15', 'Nov 30 08:03', 'Jan 17 12:46', 'Jul  8 19:31'][i % 4]} {slug(a)}.txt",
        f"{prompt}exit",
        "exit",
        "",
        f'Script done on {start[:11]}{start[11:13]}:{int(start[14:16]) + 1:02d}{start[16:]} [COMMAND_EXIT_CODE="0"]',
        ""])
    return text, dict(byline="" if i % 4 == 2 else a["by"])

BLIND43 = [("org-capture", org_capture, "txt"), ("mhtml", mhtml, "html"), ("mime-email", mime_email, "txt"),
           ("epub-chapter", epub_chapter, "html"), ("terminal-session", terminal_session, "txt")]

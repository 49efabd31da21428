# The forty-fourth held-out batch, a blind one: written without reading the
# reader, on the invented articles of articles_b43.py. Kinds in no other
# set, all about how an article is saved and passed on: a web archive's
# WARC record opened as a file (WARC and HTTP headers before the page), a
# reference manager's item with its fields and the snapshot's text, a
# media-monitoring service's clip page with reach, sentiment and keyword
# marks, a text-to-speech app's export with its voice settings and spoken
# intro, and a mailing list's web archive of a message forwarding an
# article in <pre>. All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b43

POOL = articles_b43.POOL

def esc(s):
    return html.escape(s, quote=False)

SITES = ["Harbour Times", "The Continental Post", "Meridian Daily", "The Evening Ledger"]

def host(site):
    return site.lower().replace("the ", "").replace(" ", "") + ".example"

def warc_record(a, i):
    x = d(a)
    site = SITES[i % 4]
    url = f"https://www.{host(site)}/world/{x.year}/{a['key']}"
    crawl = ["2023-05-02T21:14:07Z", "2021-11-30T08:02:11Z", "2024-01-17T12:45:03Z", "2019-07-08T19:30:55Z"][i % 4]
    http_date = ["Tue, 02 May 2023 21:14:07 GMT", "Tue, 30 Nov 2021 08:02:11 GMT", "Wed, 17 Jan 2024 12:45:03 GMT", "Mon, 08 Jul 2019 19:30:55 GMT"][i % 4]
    shown = [f"{long_dmy(a)}", f"Published: {long_mdy(a)}", f"{wk_dmy(a)}", f"{short_dmy(a)}, 09:30"][i % 4]
    by = [f"By {a['by']}", f"{a['by']}", f"By {a['by']}", f"Words: {a['by']}"][i % 4]
    meta = f'<meta property="article:published_time" content="{a["date"]}T09:30:00Z">\n' if i % 2 else ""
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(a['title'])} | {site}</title>
{meta}<script>window.dataLayer=window.dataLayer||[];</script></head>
<body>
<header><a href="/" class="logo">{site}</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav><a href="/subscribe">Subscribe</a></header>
<main><article>
<h1>{esc(a['title'])}</h1>
<p class="meta"><span class="by">{esc(by)}</span> · <span class="date">{shown}</span></p>
{ps}
<p class="share">Share: Facebook · X · Email</p>
</article>
<section class="more"><h2>Read next</h2><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></section></main>
<footer>© {max(x.year, 2018)} {site} Ltd. Registered in England. <a href="/cookies">Cookies</a></footer>
</body></html>
"""
    http = f"""HTTP/1.1 200 OK
Date: {http_date}
Server: nginx
Content-Type: text/html; charset=utf-8
Cache-Control: max-age=300
Set-Cookie: sid=9f2c{i}a; Path=/; Secure
X-Cache: HIT

"""
    payload = http + page
    info = ""
    if i % 2 == 0:
        ib = f"software: Heritrix/3.4.0\nformat: WARC File Format 1.1\noperator: Press Library Web Archive\nrobots: obey\nhttp-header-user-agent: Mozilla/5.0 (compatible; archive-bot/3.4)\n"
        info = f"""WARC/1.1
WARC-Type: warcinfo
WARC-Date: {crawl}
WARC-Filename: PRESS-{crawl[:10].replace('-', '')}-0000{i}.warc
WARC-Record-ID: <urn:uuid:0c9e{i}d2a-5b1f-4c7e-9a33-7e1d{i}0f4b2a1>
Content-Type: application/warc-fields
Content-Length: {len(ib.encode())}

{ib}

"""
    rec = f"""WARC/1.1
WARC-Type: response
WARC-Record-ID: <urn:uuid:7a41{i}c0e-2d3b-4f8a-b6c1-99e0{i}3a2d5c7>
WARC-Date: {crawl}
WARC-Target-URI: {url}
WARC-IP-Address: 203.0.113.{40 + i}
WARC-Payload-Digest: sha1:PL3ZQ7RVK2XWN4{i}MDT6HAYBE5CJU
Content-Type: application/http; msgtype=response
Content-Length: {len(payload.encode())}

{payload}

"""
    return info + rec, {}

def zotero(a, i):
    x = d(a)
    site = SITES[(i + 1) % 4]
    accessed = ["5/2/2023, 9:14:07 PM", "11/30/2021, 8:02:11 AM", "1/17/2024, 12:45:03 PM", "7/8/2019, 7:30:55 PM"][i % 4]
    date = [a["date"], long_mdy(a), a["date"], long_dmy(a)][i % 4]
    fields = ["Item Type: Newspaper Article", f"Title: {a['title']}"]
    if i % 4 != 3:
        fields.append(f"Author: {a['by']}")
    fields += [f"Publication: {site}", f"Date: {date}", "Section: World", f"Place: {a['place'].title()}",
               f"URL: https://www.{host(site)}/world/{a['key']}", f"Accessed: {accessed}",
               f"Library Catalog: {host(site)}", f"Date Added: {accessed}", f"Modified: {accessed}"]
    snap_head = [f"{site}\nSkip to main content\nWorld | Politics | Business | Culture | Opinion\nSubscribe  Sign in",
                 a["title"],
                 (f"By {a['by']}\n{long_dmy(a)}" if i % 4 != 3 else long_dmy(a))]
    text = blocks(f"{a['title']}", "\n".join(fields),
                  "Tags:\n    diplomacy\n    thesis-ch3\n    to cite",
                  f"Notes:\n    Useful for chapter 3: compare with {others(a, 1)[0]}",
                  "Attachments:\n    Snapshot",
                  "==== Snapshot ====",
                  *snap_head,
                  "\n\n".join(a["paras"]),
                  f"Share this article\nCopy link\nEmail\n\nMore from World\n" + "\n".join(others(a, 3)),
                  f"© {max(x.year, 2015)} {site}. All rights reserved.\nTerms | Privacy | Cookie settings")
    return text, dict(byline="" if i % 4 == 3 else a["by"])

def monitoring_clip(a, i):
    x = d(a)
    site = SITES[(i + 2) % 4]
    words = [w for w in a["title"].split() if len(w) > 5][:2] or [a["title"].split()[0]]
    ps = []
    for q in a["paras"]:
        t = esc(q)
        for w in words:
            w = w.strip(";,:'")
            t = t.replace(w.lower(), f'<mark class="hit">{w.lower()}</mark>')
        ps.append(f"<p>{t}</p>")
    pub = [f"{short_dmy(a)} 06:30", f"{long_mdy(a)}", f"{wk_dmy(a)}, 07:15", f"{long_dmy(a)}"][i % 4]
    by = "" if i % 4 == 1 else f'<div class="clip-author">Author: {esc(a["by"])}</div>'
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Clip {48210 + i * 13} · Clipwise Monitor</title></head>
<body class="app">
<header class="app-bar"><span class="brand">Clipwise Monitor</span>
<nav><a href="/dash">Dashboard</a> <a href="/feeds">Feeds</a> <a href="/reports">Reports</a> <a href="/alerts">Alerts</a> <a href="/settings">Settings</a></nav>
<span class="user">Press Office · Ministry of Foreign Affairs ▾</span></header>
<div class="layout">
<aside class="filters"><h3>Agents</h3><ul><li>Foreign policy (212)</li><li>Minister (48)</li><li>Region: {esc(a['place'].title())} (17)</li></ul>
<h3>Media type</h3><ul><li>Online news</li><li>Print</li><li>Broadcast</li></ul></aside>
<main class="clip">
<h1 class="panel-title">Clip detail</h1>
<table class="clip-fields">
<tr><th>Source</th><td>{site} (Online)</td></tr>
<tr><th>Published</th><td>{pub}</td></tr>
<tr><th>Retrieved</th><td>2023-05-02 21:14 UTC</td></tr>
<tr><th>Reach</th><td>1.{i + 2}M</td></tr>
<tr><th>Sentiment</th><td>Neutral</td></tr>
<tr><th>AVE</th><td>€{3400 + i * 250:,}</td></tr>
<tr><th>Matched</th><td>{', '.join(w.lower().strip(';,:') for w in words)}</td></tr>
</table>
<div class="clip-text">
<h2 class="clip-headline">{esc(a['title'])}</h2>
{by}
{chr(10).join(ps)}
</div>
<div class="clip-actions"><button>Add to report</button> <button>Tag</button> <button>Translate</button> <button>Mark as read</button></div>
<p class="clip-legal">Text supplied under licence for internal monitoring only. Do not forward outside your organisation.</p>
</main></div>
<footer class="app-footer">Clipwise Monitor v4.12 · Support · Status</footer>
</body></html>
"""
    return page, dict(byline="" if i % 4 == 1 else a["by"])

def tts_export(a, i):
    x = d(a)
    site = SITES[(i + 3) % 4]
    voice = ["Aria (English, UK)", "Noah (English, US)", "Maeve (English, Ireland)", "Aria (English, UK)"][i % 4]
    intro = [f"{a['title']}. Written by {a['by']}. Published on {long_dmy(a)}.",
             f"{a['title']}. By {a['by']}, for {site}, {long_mdy(a)}.",
             f"{a['title']}. From {site}.",
             f"{a['title']}. Published {wk_dmy(a)}. Written by {a['by']}."][i % 4]
    words = len(" ".join(a["paras"]).split())
    secs = int(words / 2.6)
    text = blocks(f"Narrate · Export\n{'=' * 17}",
                  f"Voice: {voice}\nSpeed: {[1.0, 1.2, 1.5, 0.9][i % 4]}×\nPitch: 0\nPause between paragraphs: 600 ms\nSkip: links, captions, image descriptions",
                  f"Source: https://www.{host(site)}/world/{a['key']}\nExported: {['2 May 2023, 21:14', '30 Nov 2021, 08:02', '17 Jan 2024, 12:45', '8 Jul 2019, 19:30'][i % 4]}",
                  "----- SCRIPT -----",
                  "[Intro]",
                  intro,
                  "[Article]",
                  "\n\n".join(a["paras"]),
                  f"[Outro]\nEnd of article. {words} words, about {secs // 60} minutes {secs % 60} seconds.",
                  "----- END SCRIPT -----",
                  f"Audio file: {a['key']}.mp3 ({secs // 60}:{secs % 60:02d}, 128 kbps)\nListen on your other devices: sign in to Narrate Plus.")
    return text, dict(byline="" if i % 4 == 2 else a["by"], date="" if i % 4 == 2 else a["date"])

def pipermail(a, i):
    x = d(a)
    site = SITES[i % 4]
    lst = ["Press-L", "mfa-clippings", "Balkan-News", "dipnotes"][i % 4]
    sender, addr = [("Jan Novak", "jnovak at example.org"), ("R. Mendes", "rmendes at example.net"), ("Katarina Ilic", "k.ilic at example.org"), ("Tom Asher", "tasher at example.com")][i % 4]
    posted = ["Tue May  2 21:14:07 UTC 2023", "Tue Nov 30 08:02:11 CET 2021", "Wed Jan 17 12:45:03 EST 2024", "Mon Jul  8 19:30:55 BST 2019"][i % 4]
    fwd_head = [f"{a['title']}\nBy {a['by']}\n{site}, {long_dmy(a)}",
                f"{site} - {long_mdy(a)}\n\n{a['title']}\n\n{a['by']}",
                f"{a['title']}\n{site}\n{wk_dmy(a)}",
                f"{a['title']}\nBy {a['by']} | {short_dmy(a)}"][i % 4]
    wrapped = "\n\n".join(textwrap.fill(q, 72) for q in a["paras"])
    body = esc(f"""Interesting for Thursday's meeting, in case you have not seen it.

{sender.split()[0]}

----- Forwarded article -----

{fwd_head}

{wrapped}

----- End of forwarded article -----

-- 
{sender}
Press and information
""")
    nav = f"""<p><ul>
<li>Previous message: <a href="0{i}1{i}42.html">[{lst}] {esc(others(a, 2)[0])}</a></li>
<li>Next message: <a href="0{i}1{i}44.html">[{lst}] Re: {esc(others(a, 2)[1])}</a></li>
<li> <b>Messages sorted by:</b> <a href="date.html#143">[ date ]</a> <a href="thread.html#143">[ thread ]</a> <a href="subject.html#143">[ subject ]</a> <a href="author.html#143">[ author ]</a></li>
</ul>"""
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> [{lst}] Fwd: {esc(a['title'])}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="mailto:{addr.replace(' at ', '@')}?Subject=Re%3A%20%5B{lst}%5D%20Fwd">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">pre {{ white-space: pre-wrap; }}</style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>[{lst}] Fwd: {esc(a['title'])}</H1>
    <B>{sender}</B>
    <A HREF="mailto:{addr.replace(' at ', '@')}" TITLE="[{lst}] Fwd">{addr}</A><BR>
    <I>{posted}</I>
    {nav}
    <HR>
<!--beginarticle-->
<PRE>{body}</PRE>

<!--endarticle-->
    <HR>
    {nav}

<hr>
<a href="https://lists.example.org/mailman/listinfo/{lst.lower()}">More information about the {lst}
mailing list</a><br>
</body></html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

BLIND44 = [("warc-record", warc_record, "html"), ("zotero-item", zotero, "txt"), ("html-monitoring-clip", monitoring_clip, "html"),
           ("tts-export", tts_export, "txt"), ("pipermail", pipermail, "html")]

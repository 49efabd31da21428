# The sixty-fifth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b63.py. Its theme is the pages a
# diplomatic news archive holds from many countries and decades. Kinds in
# no other set: a Turkish daily's English edition in HTML ("Name - ANKARA"
# and "ANKARA - Agency" lines, "March 24 2015 18:31:00" without a comma,
# keywords, comment count and related news); a Latin American
# multi-state broadcaster's English site in HTML ("Published 24 March 2015
# (3 hours 12 minutes ago)", a video box with a "| Photo:" credit, a
# "Source:" line and the staff's initials code after the text); a Central
# European weekly's English web edition in HTML (the writer named only in
# the standfirst, "..., writes Name from Place", a Roman-numeral month
# "24.III.2015"); a Nigerian daily on a WordPress news theme copied whole
# ("On March 24, 2015 6:31 pm In World by Name", "Kindly Share This
# Story:" twice, "PLACE—" datelines, dated related posts, the comments
# disclaimer); an English article in a Japanese site's chrome copied whole
# (dates with the Japanese era beside the Gregorian year, "2015年3月24日（火）",
# Japanese menus, share and ranking boxes). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b63

POOL = articles_b63.POOL

def esc(s):
    return html.escape(s, quote=False)

def html_tr_daily(a, i):
    x = d(a)
    city = ["ANKARA", "ISTANBUL", "ANKARA", "IZMIR"][i % 4]
    when = f"{x.strftime('%B')} {x.day:02d} {x.year} {['18:31:00', '09:12:00', '14:47:00', '21:05:00'][i % 4]}"
    src = [f'<a class="author" href="/author/{a["key"]}">{esc(a["by"])}</a> - {city}',
           f'{city} - Hilal News Agency',
           f'<a class="author" href="/author/{a["key"]}">{esc(a["by"])}</a> - {city}',
           f'{city} - Anka Wire / <a class="author" href="/author/{a["key"]}">{esc(a["by"])}</a>'][i % 4]
    p = a["paras"]
    spot = f'<h2 class="spot">{esc(p[0])}</h2>' if i % 2 == 0 else f"<p>{esc(p[0])}</p>"
    rest = "\n".join(f"<p>{esc(q)}</p>" for q in p[1:])
    rel = "".join(f'<li><a href="/{t.lower().replace(" ", "-").replace(",", "")[:60]}-{8000 + 31 * k}">{esc(t)}</a></li>' for k, t in enumerate(others(a, 4)))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Turkey News | Bosphorus Daily News</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="Bosphorus Daily News">
<link rel="stylesheet" href="/static/css/main.min.css">
</head>
<body>
<div class="topbar"><span class="fx">USD 2.58 | EUR 2.81 | BIST 80,214</span> <a href="https://www.bosphorus.example.tr/">Türkçe</a> <a href="/e-paper">E-Paper</a></div>
<header><a class="logo" href="/"><img src="/static/img/logo.svg" alt="Bosphorus Daily News"></a>
<nav><a href="/turkey">Turkey</a> <a href="/world">World</a> <a href="/economy">Economy</a> <a href="/opinion">Opinion</a> <a href="/arts-culture">Arts &amp; Culture</a> <a href="/sports">Sports</a> <a href="/travel">Travel</a></nav></header>
<div class="container">
<div class="content">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/world">World</a></div>
<div class="article-detail">
<div class="source">{src}</div>
<h1>{esc(a['title'])}</h1>
<div class="date"><span>{when}</span></div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Print</a></div>
{spot}
<div class="content-text">
{rest}
</div>
<div class="keywords">Keywords: <a href="/keyword/diplomacy">diplomacy</a>, <a href="/keyword/{a['key']}">{esc(a['place'].title())}</a>, <a href="/keyword/foreign-policy">foreign policy</a></div>
<div class="comment-count"><a href="#comments">{[0, 4, 12, 1][i % 4]} Comments</a></div>
</div>
<div class="related-news"><h3>Related News</h3><ul>{rel}</ul></div>
</div>
<aside><h3>Most Read</h3><ol><li>{esc(others(a, 6)[4])}</li><li>{esc(others(a, 6)[5])}</li></ol></aside>
</div>
<footer><p>Bosphorus Daily News &copy; {max(x.year, 2000)} - All rights reserved. Reproduction of any content without permission is prohibited.</p><p><a href="/about">About Us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 1 else a["by"])

def html_latam_tv(a, i):
    x = d(a)
    ago = ["(3 hours 12 minutes ago)", "(45 minutes ago)", "(1 day 2 hours ago)", ""][i % 4]
    when = f"Published {long_dmy(a)} {ago}".strip()
    byl = [f'<div class="author">By: {esc(a["by"])}</div>', "", f'<div class="author">By: {esc(a["by"])} | @{a["by"].split()[0].lower()}_{a["key"][:4]}</div>', ""][i % 4]
    src = ["Source: EFE - Prensa Sur", "Source: Sur Press - Agencia Andina", "Source: Sur Press", "Source: EFE"][i % 4]
    initials = ["", "TVAmericas/mr-JF", "", "TVAmericas/ag-LP"][i % 4]
    p = a["paras"]
    video = f'<div class="video-box"><iframe src="https://player.tvamericas.example/embed/{a["key"]}" width="640" height="360"></iframe><p class="caption">Delegates at the meeting in {esc(a["place"].title())}. | Photo: Sur Press</p></div>'
    body = f"<p>{esc(p[0])}</p>\n{video}\n" + "\n".join(f"<p>{esc(q)}</p>" for q in p[1:])
    tail = f'<p class="source">{src}</p>' + (f'\n<p class="initials">{initials}</p>' if initials else "")
    if i % 2 == 1:
        tail = (f'<p class="initials">{initials}</p>\n' if initials else "") + f'<p class="source">{src}</p>'
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | News | TV Américas</title>
<meta name="description" content="{esc(p[0][:150])}">
<link rel="stylesheet" href="/arte/css/english.css">
</head>
<body>
<div class="live-bar"><a href="/en/live">&#9679; LIVE</a> <a href="/">Español</a> <a href="/pt/">Português</a></div>
<header><a href="/en/"><img src="/arte/logo-en.png" alt="TV Américas English"></a>
<ul class="nav"><li><a href="/en/news">News</a></li><li><a href="/en/opinion">Opinion</a></li><li><a href="/en/analysis">Analysis</a></li><li><a href="/en/multimedia">Multimedia</a></li><li><a href="/en/programs">Programs</a></li></ul></header>
<main>
<div class="note-head">
<span class="region">Latin America and the Caribbean</span>
<h1 class="title">{esc(a['title'])}</h1>
<p class="summary">{esc(a['place'].title())}: news of the country's relations with its neighbours.</p>
{byl}
<div class="date">{when}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
</div>
<div class="note-body">
{body}
{tail}
</div>
<div class="tags"><a href="/en/tags/Diplomacy">Diplomacy</a> <a href="/en/tags/{esc(a['place'].title())}">{esc(a['place'].title())}</a></div>
<div class="comments"><h4>Comments</h4><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments.</noscript></div>
<div class="related"><h4>You may also be interested in</h4><ul>{''.join(f'<li><a href="/en/news/{k}">{esc(t)}</a></li>' for k, t in enumerate(others(a, 3)))}</ul></div>
</main>
<footer><p>TV Américas - The news channel of the South. Content licensed under Creative Commons Attribution 4.0.</p><p>&copy; TV Américas {max(x.year, 2005)}</p></footer>
</body>
</html>
"""
    return page, dict(byline=a["by"] if byl else "")

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

def html_ce_weekly(a, i):
    x = d(a)
    r = ROMAN[x.month - 1]
    when = [f"{x.day}.{r}.{x.year}", f"{x.day}. {r}. {x.year}, 18:31", f"Published: {x.day} {r} {x.year}", f"{x.strftime('%A')}, {x.day}.{r}.{x.year}"][i % 4]
    place = a["place"].title()
    stand = [f"What was decided, and what was left for later, writes {a['by']} from {place}.",
             f"{a['by']} reports from {place} on a day of quiet diplomacy.",
             f"A report from {place}.",
             "What the news means for the region, and for the neighbours."][i % 4]
    end = f'<p class="autor">{esc(a["by"])}</p>' if i % 4 == 2 else ""
    p = a["paras"]
    body = "\n".join(f"<p>{esc(q)}</p>" for q in p)
    quoted = [q.split('"')[1] for q in p if q.count('"') >= 2]
    if len(p) > 4 and quoted:  # a pull quote repeats a speaker's words
        body = "\n".join(f"<p>{esc(q)}</p>" for q in p[:3]) + \
            f'\n<blockquote class="pullquote">&ldquo;{esc(quoted[0].rstrip(","))}&rdquo;</blockquote>\n' + \
            "\n".join(f"<p>{esc(q)}</p>" for q in p[3:])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Týdeník Střed English</title>
<link rel="stylesheet" href="/css/tyden.css">
</head>
<body>
<div id="top"><a href="/">Týdeník Střed</a> <a href="/cz/">Česky</a> | <b>English</b> | <a href="/predplatne">Subscribe to the print weekly</a></div>
<div id="menu"><a href="/en/politics/">Politics</a> <a href="/en/europe/">Europe</a> <a href="/en/world/">World</a> <a href="/en/economy/">Economy</a> <a href="/en/culture/">Culture</a> <a href="/en/archive/">Archive</a></div>
<div id="article">
<div class="rubrika">World</div>
<h1>{esc(a['title'])}</h1>
<p class="perex"><em>{esc(stand)}</em></p>
<div class="datum">{when}</div>
<div class="text">
{body}
{end}
</div>
<div class="translate-note">This article was translated from the weekly's Czech edition.</div>
<div class="diskuse"><a href="/en/discussion/{a['key']}">Discussion (0)</a></div>
<div class="souvisejici"><h3>Related</h3><ul>{''.join(f'<li><a href="/en/world/{k}">{esc(t)}</a></li>' for k, t in enumerate(others(a, 3)))}</ul></div>
</div>
<div id="footer">&copy; {max(x.year, 1999)} Týdeník Střed, a. s. | ISSN 1210-0000 | Any reproduction of the content requires the publisher's written consent.</div>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 3 else a["by"])

def ng_wordpress(a, i):
    x = d(a)
    t = ["6:31 pm", "9:05 am", "11:47 am", "2:12 pm"][i % 4]
    meta_by = [a["by"], "Emeka Nwosu", a["by"], "Agency Report"][i % 4]
    meta = f"On {long_mdy(a)} {t}In World by {meta_by}"
    top = [None, f"By {a['by']}", f"By {a['by']}, {a['place'].title()}", None][i % 4]
    p = list(a["paras"])
    paras = list(p)
    if i % 2 == 1:
        paras[0] = f"{a['place']}—" + p[0]
    body = list(paras)
    if len(body) > 2:
        body.insert(2, "Sponsored Ad\nAdvertisement")
    signoff = "—AFN" if i % 4 == 3 else None
    rel = []
    for k, o in enumerate(others(a, 3)):
        dd = x - datetime.timedelta(days=3 + 5 * k)
        rel.append(f"{o}\n{dd.strftime('%B')} {dd.day}, {dd.year}\nIn \"World\"")
    text = blocks("Skip to content",
                  "NEWS\nPOLITICS\nBUSINESS\nSPORTS\nENTERTAINMENT\nOPINION\nVIDEOS\nE-PAPER",
                  "The Niger Courier",
                  "Home / World",
                  a["title"],
                  meta,
                  "Kindly Share This Story:",
                  top,
                  "\n\n".join(body),
                  signoff,
                  "Kindly Share This Story:\nFacebook\nTwitter\nWhatsApp\nLinkedIn",
                  "Related",
                  "\n\n".join(rel),
                  "Disclaimer\nComments expressed here do not reflect the opinions of The Niger Courier or any employee thereof.",
                  "0 Comments\nLeave a Reply\nYour email address will not be published. Required fields are marked *",
                  f"© {max(x.year, 2003)} The Niger Courier. All rights reserved.")
    return text, dict(paras=paras, byline="" if i % 4 == 3 else a["by"])

JP_WD = "月火水木金土日"

def jp_era(x):
    if x >= datetime.date(2019, 5, 1):
        n = x.year - 2018
        return "令和" + ("元" if n == 1 else str(n)) + "年"
    return "平成" + str(x.year - 1988) + "年"

def jp_chrome(a, i):
    x = d(a)
    wd = JP_WD[x.weekday()]
    when = [f"{x.year}年{x.month}月{x.day}日（{wd}）18時31分",
            f"{jp_era(x)}（{x.year}年）{x.month}月{x.day}日 更新",
            f"{x.year}年（{jp_era(x)}）{x.month}月{x.day}日",
            f"{long_mdy(a)} ({x.strftime('%a')}.)  |  {x.year}年{x.month}月{x.day}日"][i % 4]
    byl = [f"By {a['by']}", f"{a['by']} / Staff Writer", "東洋通信 (Toyo Wire)", f"By {a['by']}, {a['place'].title()} correspondent"][i % 4]
    rank = "\n".join(f"{n + 1}  {t}" for n, t in enumerate(others(a, 5)))
    text = blocks("メインコンテンツへスキップ",
                  "東洋新聞 THE TOYO SHIMBUN",
                  "ログイン　会員登録　購読のお申し込み",
                  "ホーム\n国内\n国際\n政治\n経済\nスポーツ\n文化\n社説\nEnglish",
                  "トップ > English > 国際 World",
                  a["title"],
                  when if i % 2 == 0 else byl,
                  byl if i % 2 == 0 else when,
                  "この記事をシェア\nX\nFacebook\nLINE\nはてなブックマーク",
                  "\n\n".join(a["paras"]),
                  "この記事をシェア\nX\nFacebook\nLINE",
                  "関連記事\n" + "\n".join(others(a, 3)),
                  "アクセスランキング\n" + rank,
                  "東洋新聞について　お問い合わせ　個人情報の取り扱い　著作権について",
                  f"Copyright © The Toyo Shimbun. All rights reserved.\n記事・写真の無断転載を禁じます。")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

BLIND65 = [("html-tr-daily", html_tr_daily, "html"), ("html-latam-tv", html_latam_tv, "html"),
           ("html-ce-weekly", html_ce_weekly, "html"), ("ng-wordpress", ng_wordpress, "txt"),
           ("jp-chrome", jp_chrome, "txt")]

# The sixty-third held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b63.py. Its theme is the pages a
# diplomatic news archive holds from many countries and decades. Kinds in
# no other set: a South-East Asian state news agency's English service in
# HTML (a bold lead paragraph in its own box, a day-first numeric
# "24/03/2015 18:31" stamp, the writer and the agency's code after the
# text, "Other news" links); a Persian-calendar English daily in HTML
# ("Tuesday 8 Farvardin 1394 - March 28, 2015", a news ID, a comment form
# with a security code); a Bangkok daily copied whole with Ctrl-A
# ("Published : 24 Mar 2015 at 18:31", "Newspaper section:", the
# "Writer:" and "Position:" lines after the text, a market ticker, "PLACE:"
# datelines); a note-taking program's page exported as text (the note's
# own title and the day it was clipped over the pasted selection, a
# "Pasted from <address>" line and the librarian's filing note); an
# English article in an East African site's Swahili chrome ("Na" bylines,
# dates in Swahili words, "Habari Zinazohusiana", Swahili comments). All
# text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b63

POOL = articles_b63.POOL

def esc(s):
    return html.escape(s, quote=False)

def html_mekong_agency(a, i):
    x = d(a)
    stamp = f"{x.day:02d}/{x.month:02d}/{x.year} {['18:31', '09:05', '21:47', '14:12'][i % 4]}"
    when = [stamp, "Updated: " + stamp + " GMT+7", stamp, stamp][i % 4]
    p = a["paras"]
    tail = [f'<p class="author"><strong>{esc(a["by"])}</strong></p>\n<p class="source">MNA</p>',
            f'<p class="author"><strong>{esc(a["by"])} - MNA</strong></p>',
            '<p class="author"><strong>MNA/MNS</strong></p>',
            f'<p class="author"><strong>{esc(a["by"])}</strong><br />MNA</p>'][i % 4]
    rest = "\n".join(f"<p>{esc(q)}</p>" for q in p[1:])
    if i % 2 == 1 and len(p) > 3:
        rest = "\n".join(f"<p>{esc(q)}</p>" for q in p[1:3]) + \
            f'\n<table class="image" align="center"><tr><td><img src="/Uploaded/2015/ngvbbt/mna_{a["key"]}.jpg" /></td></tr><tr><td class="caption">Officials attend the ceremony in {esc(a["place"].title())} (Photo: MNA)</td></tr></table>\n' + \
            "\n".join(f"<p>{esc(q)}</p>" for q in p[3:])
    other = "".join(f'<li><a href="/Politics/{200300 + 7 * n}.mna">{esc(t)}</a></li>' for n, t in enumerate(others(a, 4)))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a['title'])} - MNA English</title>
<meta name="keywords" content="MNA, Mekong News Agency, news, politics, diplomacy" />
<meta name="description" content="{esc(p[0][:140])}" />
<link rel="stylesheet" href="/Content/css/en.css" />
</head>
<body>
<div id="top">
<div class="langbar"><a href="//mna.example/">Tiếng Việt</a> | <a href="//fr.mna.example/">Français</a> | <a href="//es.mna.example/">Español</a> | <a href="//zh.mna.example/">中文</a> | <b>English</b></div>
<div class="logo"><a href="/"><img src="/Content/img/logo_en.png" alt="Mekong News Agency - English Service" /></a></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/Politics.mna">Politics</a></li><li><a href="/Business.mna">Business</a></li><li><a href="/Society.mna">Society</a></li><li><a href="/World.mna">World</a></li><li><a href="/Culture-Sports.mna">Culture - Sports</a></li><li><a href="/Travel.mna">Travel</a></li><li><a href="/Photo.mna">Photo</a></li></ul>
</div>
<div id="content">
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/Politics.mna">Politics</a></div>
<div class="detail">
<h1 class="title">{esc(a['title'])}</h1>
<div class="time">{when}</div>
<div class="toolbar"><a href="javascript:window.print()">Print</a> | <a href="/SendMail.mna">Email</a> | <a href="#">Like</a> | <a href="#">Tweet</a></div>
<div class="sapo"><strong>{esc(p[0])}</strong></div>
<div class="content">
{rest}
{tail}
</div>
<div class="keyword">Keywords: <a href="/tag/diplomacy.mna">diplomacy</a>, <a href="/tag/{a['key']}.mna">{esc(a['place'].title())}</a></div>
</div>
<div class="othernews"><h3>Other news</h3><ul>{other}</ul></div>
</div>
<div id="footer">
<p>MEKONG NEWS AGENCY - ENGLISH SERVICE</p>
<p>Editor-in-chief: Tran Minh Khoa | Licence No. 1153/GP-BTTTT</p>
<p>5 Ly Thuong Kiet street, Hoan Kiem district | Tel: (84-24) 3555 0100 | Email: english@mna.example</p>
<p>&copy; Copyright by MNA. Reproduction is prohibited without the permission of MNA.</p>
</div>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"], ambiguous=x.day <= 12)

FARSI = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
         "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"]
PDIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
PMON = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]

def jalali(x):
    gy, gm, gd = x.year, x.month, x.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30

def html_persian_daily(a, i):
    x = d(a)
    jy, jm, jd = jalali(x)
    when = [f"{x.strftime('%A')} {jd} {FARSI[jm - 1]} {jy} - {long_mdy(a)}",
            f"{jy}/{jm:02d}/{jd:02d} - 18:31<br />{long_dmy(a)}",
            f"{FARSI[jm - 1]} {jd:02d}, {jy} | {long_dmy(a)} | 14:05",
            f"{str(jd).translate(PDIG)} {PMON[jm - 1]} {str(jy).translate(PDIG)} &nbsp; {a['date']}"][i % 4]
    byl = [f'<div class="writer">By {esc(a["by"])}</div>', f'<div class="writer">{esc(a["by"])}<br /><span>Staff writer</span></div>',
           '<div class="writer">Staff and agencies</div>', f'<div class="writer">Interview and report by: {esc(a["by"])}</div>'][i % 4]
    nid = 180000 + sum(map(ord, a["key"])) * 7
    p = a["paras"]
    lead = f'<div class="lead">{esc(p[0])}</div>' if i % 2 == 0 else f"<p>{esc(p[0])}</p>"
    body = lead + "\n" + "\n".join(f"<p>{esc(q)}</p>" for q in p[1:])
    rel = "".join(f'<li><a href="/en/news/{nid - 97 * (n + 1)}/">{esc(t)}</a></li>' for n, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>The Alborz Times - {esc(a['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/client/themes/en/css/style.css">
</head>
<body class="lang-en">
<div class="top-strip"><span class="today">{FARSI[8]} 13, 1405</span> <a href="/fa/">فارسی</a> <a href="/ar/">العربية</a> <a href="/en/rss">RSS</a></div>
<header class="masthead"><a href="/en/"><img src="/client/themes/en/img/logo.png" alt="The Alborz Times"></a>
<nav><a href="/en/service/politics">Politics</a> <a href="/en/service/economy">Economy</a> <a href="/en/service/world">World</a> <a href="/en/service/society">Society</a> <a href="/en/service/culture">Culture</a> <a href="/en/service/sports">Sports</a> <a href="/en/photo">Photo</a></nav></header>
<div class="container">
<div class="col-main">
<div class="news-head">
<div class="service">World</div>
<div class="news-id">News ID: {nid}</div>
<div class="date">{when}</div>
<h1 class="title">{esc(a['title'])}</h1>
{byl}
</div>
<div class="body">
{body}
</div>
<div class="tools"><a href="/en/print/{nid}">Print</a> <a href="/en/send/{nid}">Send to friend</a> <span class="short">Short link: alb.example/x{nid % 9973}</span></div>
<div class="tags">Tags: <a href="/en/tag/diplomacy">Diplomacy</a> <a href="/en/tag/{a['key']}">{esc(a['place'].title())}</a></div>
<div class="comments">
<h3>Your Comment</h3>
<form method="post" action="/en/comment/{nid}"><label>Name</label><input name="name"><label>Email</label><input name="email"><label>Comment</label><textarea name="body"></textarea>
<label>Security code</label><img src="/captcha/{nid}.png" alt="code"><input name="code"><button>Send</button></form>
<p class="note">Comments are published after review. Comments that contain insults or that are not related to the news will not be published.</p>
</div>
<div class="related"><h3>Related News</h3><ul>{rel}</ul></div>
</div>
<div class="col-side"><h3>Most Visited</h3><ol><li>{esc(others(a, 5)[3])}</li><li>{esc(others(a, 5)[4])}</li></ol></div>
</div>
<footer><p>All rights reserved for The Alborz Times. Use of the content is permitted with a link to the source.</p><p>Address: No. 12, Vali Street | Tel: +98 21 5550 1000</p></footer>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def bkk_ctrla(a, i):
    x = d(a)
    when = [f"Published : {short_dmy(a)} at 18:31", f"Published : {x.day:02d} {x.strftime('%b')} {x.year} at 06:15",
            f"Published : {short_dmy(a)} at 11:04", f"Published : {short_dmy(a)} at 21:50"][i % 4]
    section = ["World", "News", "World", "Asia"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    if i % 2 == 1:
        paras[0] = f"{a['place']}: " + p[0]
    wr = [f"Writer: {a['by']}\nPosition: Reporter", f"Writer: {a['by']}\nPosition: Foreign News Reporter",
          "Writer: Asia Wire\nPosition: News agency", f"Writer: {a['by']}\nPosition: Special correspondent"][i % 4]
    text = blocks("Skip to main content",
                  "The Chao Phraya Post\nSET 1,502.33 +4.12\nUSD/THB 32.85\nSubscribe\nLogin / Register",
                  "THAILAND\nWORLD\nBUSINESS\nOPINION\nLIFE\nTRAVEL\nTECH\nAUTO\nPROPERTY\nMULTIMEDIA\nTHAI",
                  f"World > {section}",
                  a["title"],
                  when,
                  "Newspaper section: " + section,
                  "0\nshares\n\nFacebook\nTwitter\nLine\nEmail",
                  "\n\n".join(paras),
                  "Do you like the content of this article?\nCOMMENT (0)",
                  wr,
                  "RELATED SEARCH\n" + a["place"].title() + "\ndiplomacy\nagreement",
                  "Related\n" + "\n".join(others(a, 3)),
                  "Most Recent\n" + "\n".join(others(a, 6)[3:]),
                  "Get the news, delivered to your inbox\nSIGN UP",
                  "Terms of use | Privacy policy | Advertise with us | Contact us\n© Chao Phraya Post Public Company Limited. All rights reserved.")
    return text, dict(paras=paras, byline="" if i % 4 == 2 else a["by"])

def onenote_clip(a, i):
    x = d(a)
    clip = x + datetime.timedelta(days=[3, 40, 1, 365][i % 4])
    host = ["lakeherald.example", "daily-tribune.example", "worldreport.example", "continentalnews.example"][i % 4]
    url = f"http://www.{host}/{x.year}/{x.month:02d}/{x.day:02d}/world/{a['key']}.html" if i % 4 == 3 else \
          f"http://www.{host}/news/world/story.asp?id={40000 + sum(map(ord, a['key']))}"
    title = a["title"] if i % 2 == 0 else f"Cutting {clip.year}/{(sum(map(ord, a['key'])) % 900) + 100:04d} - {a['place'].title()}"
    note_stamp = f"{clip.strftime('%A')}, {clip.strftime('%B')} {clip.day}, {clip.year}\n{['2:22 PM', '9:05 AM', '4:48 PM', '11:17 AM'][i % 4]}"
    sel_top = [f"{a['title']}\n\nBy {a['by']}\n{wk_dmy(a)}",
               f"{a['title']}\n{long_mdy(a)} | {a['by']}",
               f"{a['title']}\n\n{a['by']}, Staff Correspondent\nPosted: {long_dmy(a)}",
               f"{a['title']}\n\nBy {a['by']}"][i % 4]
    sel_end = ["Email this article   Print this article", None, "Back to top", "Printer-friendly version | Send to a friend"][i % 4]
    filing = [f"Filed: {a['place'].title()} / bilateral. Checked against the print edition.",
              "Follow up: ask the desk whether the text of the agreement has been published.",
              "Filed under regional organisations.",
              f"Copy sent to the {a['place'].title()} desk."][i % 4]
    text = blocks(title, note_stamp,
                  sel_top,
                  "\n\n".join(a["paras"]),
                  sel_end,
                  f"Pasted from <{url}>",
                  filing)
    return text, {}

SW_MONTH = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"]
SW_DAY = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]

def swahili_chrome(a, i):
    x = d(a)
    sw = f"{x.day} {SW_MONTH[x.month - 1]} {x.year}"
    upd = x + datetime.timedelta(days=1)
    when = [f"Imechapishwa: {SW_DAY[x.weekday()]}, {sw}",
            f"{SW_MONTH[x.month - 1]} {x.day}, {x.year}",
            f"Imechapishwa: {sw}\nImesasishwa: {upd.day} {SW_MONTH[upd.month - 1]} {upd.year}",
            f"{SW_DAY[x.weekday()]} {sw}"][i % 4]
    byl = [f"Na {a['by']}", f"Mwandishi: {a['by']}", "Na Mwandishi Wetu", f"Na {a['by']}, {a['place'].title()}"][i % 4]
    comments = ["Maoni (2)",
                "Juma K.\nHii ni habari njema kwa wafanyabiashara wa mipakani. Tunasubiri utekelezaji.",
                "mama_zawadi\nTumesikia ahadi hizi mara nyingi. Tuone mwaka ujao.",
                "Andika maoni yako\nJina\nBarua pepe\nTuma"]
    text = blocks("Ruka hadi maudhui",
                  "SAUTI YA PWANI",
                  "Nyumbani\nHabari\nKitaifa\nKimataifa\nBiashara\nMichezo\nBurudani\nMaoni\nEnglish",
                  "Tafuta...",
                  "Kimataifa / International",
                  a["title"],
                  byl if i % 2 == 0 else when,
                  when if i % 2 == 0 else byl,
                  "Shiriki:\nFacebook\nTwitter\nWhatsApp",
                  "\n\n".join(a["paras"]),
                  "Shiriki habari hii:\nFacebook\nTwitter\nWhatsApp\nBarua pepe",
                  "Habari Zinazohusiana\n" + "\n".join(others(a, 3)),
                  "\n\n".join(comments),
                  "Zilizosomwa zaidi\n" + "\n".join(f"{n + 1}. {t}" for n, t in enumerate(others(a, 6)[3:])),
                  "Kuhusu sisi | Wasiliana nasi | Matangazo | Sera ya faragha",
                  f"© {max(x.year, 2005)} Sauti ya Pwani. Haki zote zimehifadhiwa.")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

BLIND63 = [("html-mekong-agency", html_mekong_agency, "html"), ("html-persian-daily", html_persian_daily, "html"),
           ("bkk-ctrla", bkk_ctrla, "txt"), ("onenote-clip", onenote_clip, "txt"),
           ("swahili-chrome", swahili_chrome, "txt")]

# The thirty-seventh held-out batch, a blind one: written without reading
# the reader, read once for the unseen score, not tuned on. Kinds in no
# other set: an NGO report's web page (report type, download box,
# contributors list, language links), a US metro paper's page with a
# correction note under the text, an English page in an Arabic site's
# chrome ("بقلم", Arabic dates), a parliament committee's news item, a
# word-processor document published to the web with its styled spans and
# "Published using" bar. All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

def html_ngoreport(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    kind = ["Report", "Briefing", "Report", "Policy paper"][i % 4]
    authors = [f'<li><a href="/people/{a["key"]}">{a["by"]}</a></li>',
               f'<li><a href="/people/{a["key"]}">{a["by"]}</a>, Senior Researcher</li>',
               f'<li><a href="/people/{a["key"]}">{a["by"]}</a></li><li><a href="/people/weir">Paul Weir</a></li>',
               ""][i % 4]
    contrib = f'<div class="contributors"><h3>Authors</h3><ul>{authors}</ul></div>' if authors else ""
    meta = [f"<span>{kind}</span> <span>{long_dmy(a)}</span>", f"<span>{kind}</span> | <span>{x.day} {x.strftime('%B')} {x.year}</span> | <span>{a['place'].title()}</span>",
            f"<span>{kind}</span> <time datetime=\"{a['date']}\">{short_dmy(a)}</time>", f"<span>{kind}</span> <span>Published {long_dmy(a)}</span>"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} | Crisis Monitor</title></head>
<body>
<div class="utility"><a href="/donate" class="donate">Donate</a> <a href="/newsletter">Newsletter</a> <span class="langs">English | <a href="/fr">Français</a> | <a href="/es">Español</a> | <a href="/ar">العربية</a></span></div>
<header><a href="/" class="logo">Crisis Monitor</a><nav><a href="/regions">Regions</a> <a href="/topics">Topics</a> <a href="/publications">Publications</a> <a href="/about">About</a></nav></header>
<main class="publication">
<div class="pub-meta">{meta}</div>
<h1>{esc(a['title'])}</h1>
<div class="pub-layout">
<div class="pub-text">
{ps}
<div class="download-box"><a href="/files/{a['key']}.pdf">Download the full report (PDF, 2.4 MB)</a><p>Also available in: Français | Español</p></div>
</div>
<aside class="pub-side">
{contrib}
<div class="tags"><h3>Countries</h3><ul><li>{a['place'].title()}</li></ul><h3>Topics</h3><ul><li>Conflict prevention</li><li>Diplomacy</li></ul></div>
<div class="related-pubs"><h3>Related publications</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 2))}</ul></div>
</aside>
</div>
</main>
<footer><p>Crisis Monitor is an independent, non-profit organisation. Registered charity no. 1100487.</p><p>© {x.year} Crisis Monitor. Privacy policy | Terms of use</p></footer>
</body></html>
"""
    by = [a["by"], a["by"], f"{a['by']} and Paul Weir", ""][i % 4]
    return page, dict(byline=by)

def correction(a, i):
    x = d(a)
    later = x + datetime.timedelta(days=2 + i)
    p = a["paras"]
    note = [f"Correction: An earlier version of this article misstated the day of the meeting. It was on {x.strftime('%A')}.",
            f"Clarification: This story has been updated to make clear that the figures come from officials, not from independent sources.",
            f"Correction, {long_mdy(a).replace(str(x.day), str(later.day), 1) if later.month == x.month else long_mdy(a)}: An earlier version of this story gave the wrong title for one of the officials quoted.",
            "Correction: A previous version of this article misspelled the name of the city in one reference."][i % 4]
    top = i % 4 == 3
    text = blocks("Metro Star-Ledger", "SUBSCRIBE NOW\n99¢ for 3 months",
                  "News\nLocal\nNation/World\nPolitics\nBusiness\nSports\nOpinion\nObituaries",
                  "NATION/WORLD",
                  a["title"],
                  f"{a['by'].upper()} | Star-Ledger" if i % 2 else f"By {a['by']}",
                  f"PUBLISHED: {x.strftime('%B')} {x.day}, {x.year} at {5 + i}:{12 + i * 9:02d} a.m. | UPDATED: {later.strftime('%B')} {later.day}, {later.year} at 1:0{i} p.m.",
                  note if top else None,
                  "\n\n".join(p),
                  None if top else note,
                  f"Originally Published: {long_mdy(a)} at {5 + i}:{12 + i * 9:02d} a.m." if i % 2 == 0 else None,
                  "Tags: World News, Diplomacy",
                  "More in Nation/World\n" + "\n".join(others(a, 3)),
                  f"Copyright © {max(x.year, 2016)} Metro Star-Ledger"
                  )
    return text, dict(byline=a["by"].upper() if i % 2 else a["by"])

AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

def html_arabic(a, i):
    x = d(a)
    date = [f"{AR_DAYS[x.weekday()]} {x.day} {AR_MONTHS[x.month - 1]} {x.year} - 14:05",
            f"{wk_dmy(a)} 14:05",
            f"نشر في: {x.year}/{x.month:02d}/{x.day:02d}",
            f"{x.day} {AR_MONTHS[x.month - 1]} {x.year}"][i % 4]
    by = [f"بقلم: {a['by']}", a["by"], f"بقلم {a['by']}", f"{a['by']} - {a['place'].title()}"][i % 4]
    ps = "\n".join(f'<p dir="ltr">{esc(q)}</p>' for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>{esc(a['title'])} - الخليج اليوم</title></head>
<body>
<header><div class="logo">الخليج اليوم</div>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/en">English</a></li></ul></nav></header>
<div class="breaking"><span>عاجل</span> <a href="#">{esc(others(a, 1)[0])}</a></div>
<main>
<article lang="en" dir="ltr">
<h1>{esc(a['title'])}</h1>
<div class="meta" dir="rtl"><span class="author">{by}</span> <span class="date">{date}</span></div>
<div class="body">
{ps}
</div>
<div class="share" dir="rtl">شارك: <a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a></div>
</article>
<section class="related" dir="rtl"><h3>اقرأ أيضا</h3><ul>{''.join(f'<li dir="ltr"><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></section>
</main>
<footer><p>جميع الحقوق محفوظة © {x.year} الخليج اليوم</p><p><a>من نحن</a> | <a>اتصل بنا</a> | <a>سياسة الخصوصية</a></p></footer>
</body></html>
"""
    return page, {}

def parliament(a, i):
    x = d(a)
    cte = ["Foreign Affairs Committee", "International Development Committee", "Committee on European Affairs", "Foreign Affairs Committee"][i % 4]
    date = [long_dmy(a), f"Published {long_dmy(a)}", f"{x.day} {x.strftime('%B')} {x.year}", f"Date: {x.day:02d}.{x.month:02d}.{x.year}"][i % 4]
    text = blocks("Skip to main content", "Parliament of Valdoria",
                  "MPs and Lords\nBusiness\nCommittees\nVisiting\nAbout Parliament\nGet involved",
                  f"Committees > {cte} > News",
                  cte, "Committee news" if i % 2 == 0 else "News article",
                  a["title"], date,
                  "\n\n".join(a["paras"]),
                  f"Further information\nCommittee membership\nInquiries\nPublications\nFormal minutes",
                  f"Contact the {cte}\nCommittee Office, House of Deputies, Capital City\nEmail: {cte.split()[0].lower()}@parliament.example",
                  "Follow the committee on X",
                  f"© Parliamentary copyright {x.year}\nCookie policy\nAccessibility\nFreedom of information")
    return text, dict(byline="")

def html_gdocs(a, i):
    x = d(a)
    title_line = a["title"]
    date = [long_dmy(a), long_mdy(a), f"{a['place'].title()}, {long_dmy(a)}", wk_dmy(a)][i % 4]
    by = [f"By {a['by']}", f"{a['by']}", f"Written by {a['by']}", f"By {a['by']}"][i % 4]
    ps = "\n".join(f'<p class="c2"><span class="c0">{esc(q)}</span></p>' for q in a["paras"])
    org = ["Regional Press Collective", "Independent Reporters' Network", "Field Desk Cooperative", "Regional Press Collective"][i % 4]
    page = f"""<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>{esc(title_line)}</title>
<style type="text/css">.c0{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}}.c1{{font-size:20pt;font-weight:700}}.c2{{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}}.c3{{font-style:italic}}</style>
</head>
<body>
<div id="header">{esc(title_line)}<div id="title-bar">Published using Docs<span>Report abuse</span><span>Learn more</span></div><div>Updated automatically every 5 minutes</div></div>
<div id="contents">
<p class="c2"><span class="c0 c3">{org}</span></p>
<p class="c2 c4"><span class="c0"></span></p>
<p class="c2"><span class="c1">{esc(a['title'])}</span></p>
<p class="c2"><span class="c0">{by}</span></p>
<p class="c2"><span class="c0">{date}</span></p>
<p class="c2 c4"><span class="c0"></span></p>
{ps}
<p class="c2 c4"><span class="c0"></span></p>
<p class="c2"><span class="c0 c3">Free to republish with credit to the {org}.</span></p>
</div>
<div id="footer">{esc(title_line)}<div>Published by Docs – Report abuse – Updated automatically every 5 minutes</div></div>
</body></html>
"""
    return page, {}

BLIND37 = [("html-ngoreport", html_ngoreport, "html"), ("correction", correction, "txt"), ("html-arabic", html_arabic, "html"),
            ("parliament", parliament, "txt"), ("html-gdocs", html_gdocs, "html")]

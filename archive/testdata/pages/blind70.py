# The seventieth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b69.py. Its theme is the other places
# diplomatic news is read and saved from. Kinds in no other set: a wire
# service's client page for subscribers saved as HTML (slug line, priority
# flag, word count, "CITY, Month D (Agency) -" glued to the lead,
# "Reporting by ...; Editing by ..." at the end); a blog platform post
# (Medium-like) saved complete as HTML ("Follow", "7 min read", claps,
# "Published in" a publication, responses); a Latin American outlet's
# English edition saved as HTML (ES | EN switch, "dd/mm/yyyy" date, photo
# credit in brackets after a caption); a browser's reader view copied and
# pasted as text (domain line, reading time, no site chrome but a
# leftover "Advertisement" and newsletter prompt); a print-friendly page
# printed to text (print date and URL in page headers, "Page 1 of 2",
# "Source URL:" and numbered link list at the end). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b69

POOL = articles_b69.POOL

def esc(s):
    return html.escape(s, quote=False)

def wire_client(a, i):
    x = d(a)
    place = a["place"]
    mon = x.strftime("%B") if len(x.strftime("%B")) <= 5 else x.strftime("%b") + "."
    p = list(a["paras"])
    paras = list(p)
    paras[0] = f"{place}, {mon} {x.day} (Meridian) - " + p[0]
    slug = f"BC-{a['key'][:8].title()}-Diplomacy,{sum(len(q.split()) for q in p):04d}"
    pri = ["URGENT", "", "UPDATE 1", ""][i % 4]
    endl = [f"(Reporting by {a['by']}; Editing by Peter Hale)",
            f"(Reporting by {a['by']}; additional reporting by Omar Said; Editing by Claire Dunn)",
            "(Editing by Peter Hale)",
            f"(Reporting by {a['by']}; Writing by Omar Said; Editing by Claire Dunn)"][i % 4]
    stamp = f"{x.strftime('%a')} {x.strftime('%b')} {x.day}, {x.year} {[14, 9, 18, 6][i % 4]:02d}:{17 + i:02d} GMT"
    body = "\n".join(f"<p>{esc(q)}</p>" for q in paras)
    rows = "".join(f"<tr><td>{t}</td><td>{esc(v)}</td></tr>" for t, v in
                   [("Slug", slug), ("Priority", pri or "Routine"), ("Category", "World / Diplomacy"),
                    ("Words", str(sum(len(q.split()) for q in p))), ("Transmitted", stamp)])
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Meridian Client Desk - {esc(slug)}</title>
<link rel="stylesheet" href="client_files/desk.css"></head>
<body>
<div id="hdr">Meridian Client Desk <span class="acct">Logged in as: hartwell_gazette_desk | <a href="/logout">Log out</a></span></div>
<div id="tabs"><a href="/wire/top">Top News</a> <a class="on" href="/wire/world">World</a> <a href="/wire/business">Business</a> <a href="/wire/photos">Photos</a> <a href="/wire/advisories">Advisories</a> <a href="/wire/search">Search</a></div>
<div id="story">
<table class="fields">{rows}</table>
<div class="toolbar"><a href="/wire/dl/{a['key']}.txt">Download TXT</a> | <a href="/wire/dl/{a['key']}.nitf">NITF/XML</a> | <a href="#">Send to editor</a> | <a href="#">Add to budget</a></div>
{f'<div class="pri">{pri}</div>' if pri else ''}
<h2 class="head">{esc(a['title'])}</h2>
<div class="text">
{body}
<p>{esc(endl)}</p>
<p>(c) Meridian News Service {x.year}. For client use only; redistribution outside licensed publications is prohibited.</p>
</div>
</div>
<div id="side"><h4>Earlier on the wire</h4><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 4))}</ul></div>
<div id="ftr">Meridian Client Desk v4.2 | Support: +44 20 0000 0000 | Terms of licence</div>
</body></html>
"""
    return page, dict(paras=paras, byline="" if i % 4 == 2 else a["by"])

def blog_platform(a, i):
    x = d(a)
    mins = 2 + len(a["paras"])
    when = [f"{x.strftime('%b')} {x.day}, {x.year}", f"{x.strftime('%b')} {x.day}, {x.year}", f"{x.strftime('%b')} {x.day}, {x.year}", f"{x.strftime('%b')} {x.day}, {x.year}"][i % 4]
    pubn = ["The Interlocutor", "Borderlines", None, "Small States Review"][i % 4]
    p = a["paras"]
    parts = [f'<p class="pw-post-body-paragraph">{esc(q)}</p>' if not q.startswith('"') else f'<blockquote><p class="pw-post-body-paragraph">{esc(q)}</p></blockquote>' for q in p]
    if len(parts) > 2:
        parts.insert(2, f'<figure><img src="post_files/1_{a["key"]}.jpeg" alt=""><figcaption>A view of {esc(a["place"].title())}. Photo by the author.</figcaption></figure>')
    pub_html = f'<div class="pub">Published in <a href="/{(pubn or "").lower().replace(" ", "-")}">{pubn}</a></div>' if pubn else ""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} | by {esc(a['by'])} | {esc(pubn or 'Medley')}</title>
<meta property="og:site_name" content="Medley">
<link rel="stylesheet" href="post_files/main.css"></head>
<body>
<div class="topnav"><a href="/" class="logo">Medley</a> <input placeholder="Search"> <a href="/new-story">Write</a> <a href="/m/signin">Sign in</a> <a class="btn" href="/m/signup">Get started</a></div>
<div class="banner">Member-only story</div>
<article>
<h1 class="pw-post-title">{esc(a['title'])}</h1>
<h2 class="pw-subtitle-paragraph">A note from the field on what changed, and what did not</h2>
<div class="author-row"><img src="post_files/avatar.jpeg" alt="{esc(a['by'])}"><a href="/@{a['key']}writer" class="pw-author-name">{esc(a['by'])}</a> · <a href="#">Follow</a>
{pub_html}
<div class="meta"><span data-testid="storyReadTime">{mins} min read</span> · <span data-testid="storyPublishDate">{when}</span></div></div>
<div class="claps">{[312, 48, 1200, 7][i % 4]} <span>·</span> {[4, 1, 23, 0][i % 4]} responses <a href="#">Listen</a> <a href="#">Share</a></div>
<section>
{chr(10).join(parts)}
</section>
<div class="tags"><a href="/tag/diplomacy">Diplomacy</a> <a href="/tag/international-relations">International Relations</a> <a href="/tag/politics">Politics</a></div>
<div class="claps">{[312, 48, 1200, 7][i % 4]} · {[4, 1, 23, 0][i % 4]} responses</div>
</article>
<div class="writer-box"><h2>Written by {esc(a['by'])}</h2><p>{[2100, 340, 15800, 90][i % 4]} Followers · Writes about borders, treaties and the people in between.</p><a href="#">Follow</a></div>
<div class="more"><h2>More from {esc(a['by'])}</h2><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 3))}</ul></div>
<div class="rec"><h2>Recommended from Medley</h2><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 5)[3:])}</ul></div>
<footer><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/blog">Blog</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""
    return page, dict()

def latam_english(a, i):
    x = d(a)
    date_s = f"{x.day:02d}/{x.month:02d}/{x.year}"
    hora = [f"{date_s} - 15:42", f"{date_s}", f"Actualizado {date_s} 22:10", f"{date_s} 08:03"][i % 4]
    byl = [f"By {a['by']}", f"{a['by']} | Andes Post", "Andes Post with agencies", f"By {a['by']}"][i % 4]
    p = a["paras"]
    parts = [f"<p>{esc(q)}</p>" for q in p]
    parts.insert(1 if len(parts) > 1 else 0,
                 f'<div class="foto"><img src="ap_files/{a["key"]}.jpg"><p class="pie">Ministers walk to the signing hall in {esc(a["place"].title())}. (Photo: Agencia Sur/Andes Post)</p></div>')
    if len(parts) > 4:
        parts.insert(4, f'<p class="lea"><strong>Lea también:</strong> <a href="#">{esc(others(a, 1)[0])}</a></p>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(a['title'])} - Andes Post English</title>
<meta name="description" content="{esc(p[0][:120])}">
<link rel="stylesheet" href="ap_files/estilo.css"></head>
<body>
<div class="pre"><span>{wk_dmy(a).split(',')[0]} — Lima 18°C</span> <span class="lang"><a href="https://andespost.example/">ES</a> | <b>EN</b></span></div>
<header><a href="/en/"><img src="ap_files/logo.png" alt="Andes Post"></a></header>
<nav><a href="/en/politics">Politics</a> <a href="/en/economy">Economy</a> <a href="/en/latin-america">Latin America</a> <a class="on" href="/en/world">World</a> <a href="/en/culture">Culture</a> <a href="/en/opinion">Opinion</a></nav>
<main>
<div class="seccion">World · Diplomacy</div>
<h1>{esc(a['title'])}</h1>
<div class="firma"><span class="autor">{esc(byl)}</span> <span class="fecha">{hora}</span></div>
<div class="compartir"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copy link</a></div>
<div class="cuerpo">
{chr(10).join(parts)}
</div>
<div class="etiquetas">Tags: <a href="#">diplomacy</a> <a href="#">{esc(a['place'].title())}</a></div>
<div class="newsletter"><h3>Get Andes Post English in your inbox</h3><form><input placeholder="Your e-mail"><button>Subscribe</button></form></div>
<section class="mas"><h3>More in World</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ul></section>
</main>
<footer>Andes Post S.A.C. — Av. Central 1020, Lima. All rights reserved © {max(x.year, 2000)}. <a href="#">Aviso legal</a> <a href="#">Privacidad</a></footer>
</body></html>
"""
    # The only date is numeric (dd/mm/yyyy): ambiguous when the day is 12 or less.
    return page, dict(byline="" if i % 4 == 2 else a["by"], ambiguous=x.day <= 12)

def reader_view(a, i):
    x = d(a)
    mins = f"{len(a['paras']) - 1 or 1}–{len(a['paras']) + 1} minutes"
    dom = ["caucasusmonitor.example", "eastasiaherald.example", "levantdaily.example", "balticbrief.example"][i % 4]
    when = [long_mdy(a), f"{x.day} {x.strftime('%B')} {x.year}", None, f"{x.year}-{x.month:02d}-{x.day:02d}"][i % 4]
    p = a["paras"]
    body = list(p)
    if len(body) > 3:
        body.insert(3, "Advertisement")
    if len(body) > 1:
        body.insert(len(body) - 1 if len(body) > 4 else len(body), "Sign up for our Diplomatic Pouch newsletter: the week's treaties, summits and envoys, every Friday.")
    text = blocks(dom,
                  a["title"],
                  f"{a['by']}" if i % 4 != 1 else f"{a['by']}, Correspondent",
                  mins,
                  when,
                  "\n\n".join(body))
    return text, dict(date="" if i % 4 == 2 else a["date"])

def print_friendly(a, i):
    x = d(a)
    url = f"https://nordicgazette.example/node/{40000 + sum(map(ord, a['key']))}"
    printed = "12/4/26, 9:41 PM"
    when = [f"Published on Nordic Gazette ({url.split('/node')[0]})", "", "", ""][i % 4]
    posted = [f"Posted: {long_dmy(a)}", f"{wk_dmy(a)}", f"Posted: {x.day:02d}.{x.month:02d}.{x.year} 12:00", f"{long_mdy(a)}"][i % 4]
    byl = [f"By {a['by']}", f"Written by {a['by']}", None, f"By {a['by']} in {a['place'].title()}"][i % 4]
    p = a["paras"]
    half = (len(p) + 1) // 2
    page1 = blocks(f"{printed}\t{a['title']} | Nordic Gazette",
                   "Nordic Gazette\nIndependent news from the North in English",
                   when or None,
                   a["title"],
                   byl,
                   posted,
                   "\n\n".join(p[:half]),
                   f"{url}\t1/2")
    page2 = blocks(f"{printed}\t{a['title']} | Nordic Gazette",
                   "\n\n".join(p[half:]) if p[half:] else None,
                   "Tags: Diplomacy [1]   " + a["place"].title() + " [2]",
                   f"Source URL: {url}",
                   f"Links\n[1] https://nordicgazette.example/tags/diplomacy\n[2] https://nordicgazette.example/tags/{a['key']}\n[3] https://nordicgazette.example/user/{a['key']}",
                   f"{url}\t2/2")
    text = page1 + "\n" + page2
    return text, dict(byline="" if i % 4 == 2 else a["by"])

BLIND70 = [("wire-client", wire_client, "html"), ("blog-platform", blog_platform, "html"),
           ("latam-english", latam_english, "html"), ("reader-view", reader_view, "txt"),
           ("print-friendly", print_friendly, "txt")]

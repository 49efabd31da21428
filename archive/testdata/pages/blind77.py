# The seventy-seventh held-out batch, a blind one: written without reading
# the reader, on the set's own invented articles (articles_b75.py). Kinds:
# a search engine's cached copy (the cache banner with its later snapshot
# date above the page), a paywalled page saved with only the free
# paragraphs before the "subscribe to continue" box (the body expected is
# what the page shows), a notes app's Markdown clipping (front matter with
# source, author, published and a later created date, then the clipped
# text and the owner's own notes below), a small-town paper's CMS page
# ("Filed under", weather box, obituaries and classifieds), and a French
# site's English edition with French chrome ("Par", "Publié le", "Lire
# aussi", "Abonnez-vous"). All text invented.
import html, datetime
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b75

POOL = articles_b75.POOL

FR_MONTH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

def esc(s):
    return html.escape(s, quote=False)

def html_cache(a, i):
    x = d(a)
    snap = x + datetime.timedelta(days=40 + 11 * i)
    url = f"http://www.northstarherald.example/news/world/{a['key']}.html"
    date = [wk_dmy(a), long_mdy(a), f"Posted: {short_dmy(a)} 08:30", f"Last updated {long_dmy(a)}"][i % 4]
    byl = [f"By {esc(a['by'])}", f"By {esc(a['by'])}<br>Herald correspondent", f"{esc(a['by'])}", f"BY {esc(a['by'])}"][i % 4]
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    page = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><base href="{url}"><title>{esc(a['title'])} - North Star Herald</title></head>
<body>
<div style="background:#fff;border:1px solid #999;margin:-1px -1px 0;padding:0;">
<div style="background:#ddd;border:1px solid #999;color:#000;font:13px arial,sans-serif;margin:12px;padding:8px;text-align:left">
This is Google's cache of <a href="{url}">{url}</a>. It is a snapshot of the page as it appeared on {snap.day} {snap.strftime('%b')} {snap.year} 09:14:22 GMT. The <a href="{url}">current page</a> could have changed in the meantime. <a href="#">Learn more</a><br>
<b>Full version</b> <a href="#">Text-only version</a> <a href="#">View source</a><br>
Tip: To quickly find your search term on this page, press <b>Ctrl+F</b> or <b>⌘-F</b> (Mac) and use the find bar.
</div></div>
<div style="position:relative">
<table width="100%"><tr><td><img src="/img/logo.gif" alt="North Star Herald"></td><td align="right">Subscribe | E-Edition | Contact</td></tr></table>
<table><tr><td class="leftnav"><a>Local</a><br><a>State</a><br><a>Nation/World</a><br><a>Sports</a><br><a>Obituaries</a><br><a>Opinion</a></td>
<td class="story">
<h1>{esc(a['title'])}</h1>
<p class="byline">{byl}</p>
<p class="dateline">{date}</p>
{ps}
<p class="tools"><a>Print</a> | <a>E-mail</a> | <a>Comments (0)</a></p>
</td></tr></table>
</div>
<p class="copy">Copyright © North Star Herald. All rights reserved.</p>
</body>
</html>
"""
    return page, dict(byline=a["by"])

def html_paywall(a, i):
    x = d(a)
    n = max(1, min(2 + i % 2, len(a["paras"]) - 1))
    shown = a["paras"][:n]
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in shown)
    date = [f"Published {long_dmy(a)}", f"{long_mdy(a)} 5:45 AM ET", wk_dmy(a), f"{short_dmy(a)} — Updated {short_dmy(dict(date=(x + datetime.timedelta(days=1)).isoformat()))}"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} | The Continental Ledger</title></head>
<body>
<header><a class="logo">The Continental Ledger</a><nav><a>World</a> <a>Economy</a> <a>Markets</a> <a>Opinion</a></nav><a class="btn">Subscribe</a> <a>Sign in</a></header>
<main>
<article>
<p class="kicker">Diplomacy</p>
<h1>{esc(a['title'])}</h1>
<div class="byline">By <a rel="author">{esc(a['by'])}</a></div>
<div class="timestamp">{date}</div>
<div class="article-body">
{ps}
</div>
<div class="paywall">
<h2>Continue reading your article with a Ledger subscription</h2>
<p>Subscribe now for €1 for your first month. Cancel anytime.</p>
<ul><li>Unlimited access to all articles</li><li>The daily briefing in your inbox</li><li>Our award-winning app</li></ul>
<a class="cta">Subscribe now</a>
<p>Already a subscriber? <a>Sign in</a></p>
</div>
</article>
<aside><h3>Trending</h3><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 4))}</ol></aside>
</main>
<footer>© {x.year} The Continental Ledger Ltd. All rights reserved. <a>Terms</a> <a>Privacy</a> <a>Cookie settings</a></footer>
</body>
</html>
"""
    return page, dict(paras=shown)

def mdnote(a, i):
    x = d(a)
    created = datetime.date(2024, 1, 3) + datetime.timedelta(days=17 * i)
    src = f"https://www.globalledger.example/world/{x.year}/{a['key']}"
    fm = [f"---\ntitle: \"{a['title']}\"\nsource: \"{src}\"\nauthor:\n  - \"[[{a['by']}]]\"\npublished: {a['date']}\ncreated: {created.isoformat()}\ndescription: \"\"\ntags:\n  - \"clippings\"\n---",
          f"---\ntitle: \"{a['title']}\"\nsource: \"{src}\"\ncreated: {created.isoformat()}\ntags: [clippings, diplomacy]\n---",
          None,
          f"---\ntags: reading\ncreated: {created.isoformat()} 20:41\n---"][i % 4]
    head = [None, f"*By {a['by']} · {long_mdy(a)}*",
            f"Source: [{src}]({src})\nAuthor: {a['by']}\nPublished: {long_dmy(a)}\nClipped: {created.isoformat()}",
            f"[Global Ledger]({src}) — {a['by']} — {long_dmy(a)}"][i % 4]
    notes = ["## My notes\n\n- compare with last year's draft text\n- ask Karin whether the committee minutes are public\n- [[Treaty tracker]]",
             "---\n\n**Notes:** useful for chapter 4. The quote is good.",
             "## Highlights\n\n> " + a["paras"][0][:60] + "...\n\n## Thoughts\n\nNot sure this will hold past the next election.",
             "## Follow up\n\n- [ ] find the official statement\n- [x] save PDF"][i % 4]
    text = blocks(fm, f"# {a['title']}", head,
                  "\n\n".join(a["paras"]), notes)
    return text, {}

def localcms(a, i):
    x = d(a)
    posted = [f"Posted Thursday, {long_mdy(a)} 11:42 am".replace("Thursday", x.strftime("%A")),
              f"Posted: {long_mdy(a)} - 6:00 am", f"{x.strftime('%A')}, {long_mdy(a)} 3:15 pm", f"Posted on {long_mdy(a)}"][i % 4]
    byl = [f"By {a['by']}\nStaff Writer", f"{a['by']} | Contributing Writer", f"By {a['by']}, Special to the Gazette", f"By {a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    bylh = esc(byl).replace("\n", "<br>")
    upd = x + datetime.timedelta(days=1)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="utf-8"><title>{esc(a['title'])} | Cedar Falls Gazette | cedarfallsgazette.example</title></head>
<body>
<div id="top-bar"><span class="weather">72°F Partly cloudy</span> <a>e-Edition</a> <a>Obituaries</a> <a>Classifieds</a> <a>Subscribe</a> <a>Log In</a></div>
<header><h2 class="masthead">Cedar Falls Gazette</h2><p class="tagline">Serving the valley since 1889</p>
<nav><a>News</a> <a>Sports</a> <a>Community</a> <a>Opinion</a> <a>Obituaries</a> <a>Legal Notices</a> <a>Calendar</a></nav></header>
<div id="main">
<div class="asset">
<h1 class="headline">{esc(a['title'])}</h1>
<div class="meta"><span class="byline">{bylh}</span> <span class="posted">{posted}</span>{f' <span class="updated">Updated {upd.strftime("%b")} {upd.day}, {upd.year}</span>' if i % 2 else ''}</div>
<div class="tools"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a> <a>Save</a></div>
<div class="asset-content">
{ps}
</div>
<div class="filed">Filed under: <a>World</a>, <a>Diplomacy</a>, <a>{esc(a['place'].title())}</a></div>
<div class="comments">Comments (0) <a>Log in to comment</a></div>
</div>
<div id="sidebar">
<div class="box"><h3>Obituaries</h3><ul><li>Harold J. Petersen, 87</li><li>Margaret (Peggy) Lund, 79</li></ul></div>
<div class="box"><h3>Classifieds</h3><p>FOR SALE: 2008 pickup, low miles, call after 5.</p><p>GARAGE SALE Sat 8-2, 414 Elm St.</p></div>
<div class="box"><h3>Most popular</h3><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 3))}</ol></div>
</div>
</div>
<footer>Cedar Falls Gazette, 210 Main St. | Powered by TownNews CMS | © {max(x.year, 2010)} Cedar Falls Gazette</footer>
</body>
</html>
"""
    return page, {}

def html_frenchen(a, i):
    x = d(a)
    if x.day > 12 and i % 2 == 1:
        pub = f"Publié le {x.day:02d}/{x.month:02d}/{x.year} à 10h15"
    else:
        pub = [f"Publié le {x.day} {FR_MONTH[x.month - 1]} {x.year} à 10h15", f"Publié le {x.day} {FR_MONTH[x.month - 1]} {x.year}",
               f"Publié le {x.day} {FR_MONTH[x.month - 1]} {x.year} à 18h40, modifié à 20h02", f"Le {x.day} {FR_MONTH[x.month - 1]} {x.year}"][i % 4]
    ps = [f"<p>{esc(p)}</p>" for p in a["paras"]]
    ps.insert(min(2, len(ps)), f'<p class="lire-aussi"><strong>Lire aussi :</strong> <a>{esc(others(a, 1)[0])}</a></p>')
    by = [f"Par {esc(a['by'])}", f"Par <a>{esc(a['by'])}</a> (Correspondant)", f"Par {esc(a['by'])}", f"{esc(a['by'])}"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{esc(a['title'])} - Le Courrier du Monde (English)</title></head>
<body>
<div class="bandeau">Abonnez-vous à partir de 1 € | <a>Se connecter</a> | <a>Français</a> · <a>English</a> · <a>Español</a></div>
<header><a class="logo">Le Courrier du Monde</a> <span class="edition">in English</span>
<nav><a>Accueil</a> <a>International</a> <a>Politique</a> <a>Économie</a> <a>Culture</a> <a>Idées</a></nav></header>
<main>
<article>
<p class="rubrique">International</p>
<h1>{esc(a['title'])}</h1>
<div class="meta"><span class="auteur">{by}</span> <span class="date">{pub}</span> <span class="lecture">Temps de lecture : {2 + i} min.</span></div>
<div class="partager">Partager : <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Envoyer par e-mail</a></div>
{chr(10).join(ps)}
<p class="signature">Translated from the French by the English desk.</p>
<div class="abonne">Article réservé aux abonnés ? Non : cet article est en accès libre. <a>Offrir cet article</a></div>
<section class="sur-le-meme-sujet"><h2>Sur le même sujet</h2><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 3))}</ul></section>
</article>
</main>
<footer>© Le Courrier du Monde {max(x.year, 2015)} | Mentions légales | Politique de confidentialité | Gestion des cookies | Nous contacter</footer>
</body>
</html>
"""
    return page, {}

BLIND77 = [("html-cache", html_cache, "html"), ("html-paywall", html_paywall, "html"), ("mdnote", mdnote, "txt"),
           ("html-localcms", localcms, "html"), ("html-frenchen", html_frenchen, "html")]

# The fortieth held-out batch, a blind one: written without reading the
# reader, on the set's own invented articles. Kinds in no other set: a
# Brazilian site's English edition in Portuguese chrome ("Por", "Publicado
# em 24 jul 2004 - 10h15", "Leia também"), an early-2000s Caribbean paper's
# page saved as text with its visitor counter and "Best viewed with" line, a
# 2020s live blog's summary page (key events list, "Live reporting by",
# feed not loaded), a weekly magazine's text save with "Jul 24th 2004", a
# standfirst, no byline and the print-edition note, a South Asian
# government information department's handout with number, "Dated" line and
# signature block. All text invented.
import html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b39

POOL = articles_b39.POOL

PT_MON = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
PT_MONTH = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]

def esc(s):
    return html.escape(s, quote=False)

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def html_brenglish(a, i):
    x = d(a)
    m = PT_MON[x.month - 1]
    when = [f"Publicado em {x.day} {m} {x.year} - 10h15 <span class=\"upd\">Atualizado em {x.day} {m} {x.year} - 18h02</span>",
            f"{x.day:02d}.{m}.{x.year} às 14h30",
            f"Publicado em {x.day} de {PT_MONTH[x.month - 1]} de {x.year}",
            f"{x.day} {m} {x.year} | 07h45"][i % 4]
    by = [f"Por {a['by']}", f"Por {a['by']}, de {a['place'].title()}", f"{a['by']}", f"Por {a['by']} — Correspondente"][i % 4]
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    body.insert(min(3, len(body)), f'<div class="leia">Leia também: <a href="#">{esc(others(a, 1)[0])}</a></div>')
    page = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Folha do Planalto - English</title>
</head>
<body>
<div class="barra"><a href="/">Últimas notícias</a> <a href="/assine">Assine</a> <a href="/entrar">Entrar</a> <a href="/en">English</a> <a href="/es">Español</a></div>
<header><a class="logo" href="/">Folha do Planalto</a> <span class="edicao">English edition</span>
<nav><a href="/poder">Poder</a> <a href="/mundo">Mundo</a> <a href="/mercado">Mercado</a> <a href="/cotidiano">Cotidiano</a> <a href="/esporte">Esporte</a> <a href="/ilustrada">Ilustrada</a></nav></header>
<main>
<article>
<div class="chapeu">World</div>
<h1>{esc(a['title'])}</h1>
<div class="autor">{esc(by)}</div>
<div class="data">{when}</div>
<div class="compartilhe">Compartilhe: <a>Facebook</a> <a>WhatsApp</a> <a>X</a> <a>Copiar link</a></div>
<div class="texto">
{chr(10).join(body)}
</div>
<p class="traducao">Translated by Daniel Costa</p>
<div class="relacionadas"><h3>Leia mais</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div>
</article>
</main>
<footer><p>Copyright Folha do Planalto. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita.</p></footer>
</body>
</html>
"""
    return page, {}

def oldcarib(a, i):
    x = d(a)
    date = [f"{x.strftime('%A')}, {x.strftime('%B')} {x.day:02d}, {x.year}", f"{x.strftime('%A')} | {long_mdy(a)}",
            f"Published: {x.strftime('%A')}, {long_dmy(a)}", f"{x.strftime('%B')} {x.day:02d}, {x.year}"][i % 4]
    by = [f"By {a['by']}\nStaff Reporter", f"By {a['by']}", f"{a['by']}, Observer Correspondent", f"BY {a['by']}"][i % 4]
    text = blocks("   Welcome to THE CARIB OBSERVER ONLINE   ",
                  "Home | Local News | Regional | International | Business | Sports | Letters | Classifieds | Archives",
                  date,
                  "   [ Advertisement: Island Air - Fly with the family this season! ]",
                  a["title"], by,
                  "\n\n".join(a["paras"]),
                  "   Click here to e-mail this story to a friend\n   Printer-friendly version\n   Back to top",
                  "   Other headlines:\n   " + "\n   ".join(others(a, 3)),
                  "   You are visitor number 0012" + str(345 + i) + " since March 1, 1999",
                  "   Best viewed with Internet Explorer 5.0 or Netscape Navigator 4.7 at 800x600",
                  f"   Copyright (c) 1997-{x.year} The Carib Observer Ltd. All rights reserved.\n   Send comments to webmaster@caribobserver.example")
    return text, dict(byline=a["by"].upper() if i % 4 == 3 else a["by"])

def html_livesummary(a, i):
    x = d(a)
    n = 14 + 3 * i
    key_events = [("17:40", "Officials say talks will continue"), ("15:12", "Statement read out to reporters"),
                  ("12:05", "Delegations arrive"), ("09:30", "What we know so far")]
    ke = "\n".join(f'<li><a href="#p{k}"><time>{t}</time> {s}</a></li>' for k, (t, s) in enumerate(key_events))
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    first = [f"First published on {wk_dmy(a)} 07.02 GMT", f"Started {long_dmy(a)}, 06:55",
             f"{x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year} 09.30 GMT", f"First published on {wk_dmy(a)} 08.14 GMT"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(a['title'])} – live | The Morning Record</title></head>
<body>
<a class="skip" href="#maincontent">Skip to main content</a>
<header><a href="/" class="logo">The Morning Record</a>
<nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifestyle">Lifestyle</a></nav>
<div class="support">Support us <a href="/contribute">Contribute</a> <a href="/subscribe">Subscribe</a></div></header>
<main id="maincontent">
<div class="live-badge"><span class="pulse"></span> Live</div>
<h1>{esc(a['title'])}</h1>
<div class="live-meta"><p>Live reporting by {esc(a['by'])}</p><p><time>{first}</time></p><p class="rel">Updated 3h ago</p></div>
<section class="summary">
<h2>Summary</h2>
{ps}
</section>
<section class="key-events"><h2>Key events</h2><ul>
{ke}
</ul><button>Show key events only</button><p class="hint">Please turn on JavaScript to use this feature</p></section>
<section class="feed"><button>Load the live feed ({n} updates)</button></section>
<div class="reader-revenue"><p>We have a small favour to ask. Millions turn to the Morning Record for open, independent journalism. Support us from as little as £1.</p><a>Continue</a> <a>Remind me later</a></div>
<aside><h3>Most viewed</h3><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 5))}</ol></aside>
</main>
<footer>© {x.year} Morning Record Media Ltd or its affiliated companies. All rights reserved.</footer>
</body>
</html>
"""
    return page, {}

def magazine(a, i):
    x = d(a)
    sec = ["The Americas", "Middle East & Africa", "Asia", "International"][i % 4]
    stamp = f"{x.strftime('%b')} {ordinal(x.day)} {x.year}"
    line = [f"{stamp} | {a['place']}", f"{stamp} | {a['place'].title()}", f"{a['place']}\n{stamp} edition", f"{stamp}"][i % 4]
    stand = ["Diplomacy is slow, and patience is not in fashion", "An old problem gets a new kind of answer",
             "Talks go on, and on", "A small step that took a long time"][i % 4]
    text = blocks("Skip to content", "The Meridian",
                  "Menu\nWeekly edition\nThe world in brief\nSearch\nSubscribe\nLog in",
                  sec, a["title"], stand, line,
                  "Listen to this story.\nEnjoy more audio and podcasts on iOS or Android.",
                  "\n\n".join(a["paras"]),
                  f"This article appeared in the {sec} section of the print edition under the headline \"{stand.split(',')[0]}\"",
                  f"More from {sec}\n" + "\n".join(others(a, 3)),
                  "Reuse this content\nThe Trust Project",
                  "Subscribe\nGroup subscriptions\nHelp\nKeep updated",
                  f"Published since 1886 to take part in \"a severe contest between intelligence, which presses forward, and an unworthy, timid ignorance obstructing our progress.\"\nCopyright © The Meridian Newspaper Limited {max(x.year, 2015)}. All rights reserved.")
    return text, dict(byline="")

def govhandout(a, i):
    x = d(a)
    dated = [f"Dated: {ordinal(x.day)} {x.strftime('%B')}, {x.year}", f"Dated {long_dmy(a)}",
             f"Dated: {ordinal(x.day)} {x.strftime('%B')} {x.year}", f"Dated the {ordinal(x.day)} of {x.strftime('%B')}, {x.year}"][i % 4]
    p = list(a["paras"])
    if i % 2 == 0:
        p[0] = f"{a['place']}, {x.strftime('%B')} {x.day}: " + p[0]
    rule = "-" * len(a["title"])
    text = blocks("GOVERNMENT OF THE REPUBLIC\nMINISTRY OF INFORMATION AND BROADCASTING\nPRESS INFORMATION DEPARTMENT",
                  "Home | Press Releases | Handouts | Photo Releases | Speeches | Contact PID",
                  f"HANDOUT No. {300 + 17 * i}/{x.strftime('%y')}\n{dated}",
                  a["title"] + "\n" + rule,
                  "\n\n".join(p),
                  "*****",
                  "(Signed)\nDeputy Principal Information Officer\nPress Information Department",
                  "For publication in all newspapers. Release time: 19:30 hrs.",
                  "Back | Print | Top",
                  "Site maintained by the Press Information Department. Best viewed in 1024x768.")
    return text, dict(paras=p, byline="")

BLIND40 = [("html-brenglish", html_brenglish, "html"), ("oldcarib", oldcarib, "txt"), ("html-livesummary", html_livesummary, "html"),
           ("magazine", magazine, "txt"), ("govhandout", govhandout, "txt")]

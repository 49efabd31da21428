# The forty-first held-out batch, a blind one: written without reading the
# reader, on the set's own invented articles. Kinds in no other set, all
# HTML: a wire service's Africa site with a language switcher and the
# "PLACE, Country, Month D (Agency) -" dateline (writer on top or in a
# "Reporting by" line at the end), a think tank's commentary page with an
# author box, a disclaimer and a "Cite this" block, an Indonesian portal's
# English edition ("Selasa, 14 Juni 2011 | 10:15 WIB", "Penulis", "Baca
# juga"), a Gulf daily's page with prayer-times, currency and weather
# widgets and "Staff Reporter" under the name, a regional paper network's
# shared story ("This story first appeared in", masthead list, paywall
# offer). All text invented.
import html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b39

POOL = articles_b39.POOL

COUNTRY = {"DHAKA": "Bangladesh", "KISUMU": "Kenya", "BOGOTA": "Colombia", "DAKAR": "Senegal", "LUSAKA": "Zambia",
           "KATHMANDU": "Nepal", "CARACAS": "Venezuela", "HONIARA": "Solomon Islands", "KHARTOUM": "Sudan",
           "MANAGUA": "Nicaragua", "ABUJA": "Nigeria", "SAO PAULO": "Brazil", "AMMAN": "Jordan", "COLOMBO": "Sri Lanka",
           "ISTANBUL": "Turkey", "THIMPHU": "Bhutan"}
ID_DAY = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MON = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]

def esc(s):
    return html.escape(s, quote=False)

def html_wireafrica(a, i):
    x = d(a)
    mon = x.strftime("%B")
    first = f"{a['place']}, {COUNTRY[a['place']]}, {mon} {x.day} (Pan-African Wire) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in paras)
    top = f'<div class="byline">By <a href="/authors/{a["key"]}">{esc(a["by"])}</a></div>' if i % 2 == 0 else ""
    tail = "" if i % 2 == 0 else f'<p class="credit">Reporting by {esc(a["by"])}; Editing by Sam Okafor and Lina Berg</p>'
    stamp = [f"{mon} {x.day}, {x.year} 10:15 AM GMT", f"{x.strftime('%b')} {x.day}, {x.year} · 4:02 PM UTC",
             f"{mon} {x.day}, {x.year}", f"Updated {x.strftime('%b')} {x.day}, {x.year} 11:48 PM GMT"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} | Pan-African Wire</title></head>
<body>
<div class="langs"><a class="on" href="/en">English</a> | <a href="/fr">Français</a> | <a href="/pt">Português</a> | <a href="/sw">Kiswahili</a> | <a href="/ar">العربية</a></div>
<header><a href="/" class="logo">Pan-African Wire</a> <span class="tag">Africa's news agency</span>
<nav><a href="/africa">Africa</a> <a href="/east">East Africa</a> <a href="/west">West Africa</a> <a href="/southern">Southern Africa</a> <a href="/markets">Markets</a> <a href="/world">World</a></nav></header>
<main>
<article>
<div class="section-tag">World</div>
<h1>{esc(a['title'])}</h1>
{top}
<div class="stamp"><time>{stamp}</time> <span class="read">{2 + len(paras) // 2} min read</span></div>
<div class="body">
{ps}
{tail}
</div>
<p class="trust">Our Standards: The Pan-African Wire Trust Principles.</p>
<div class="acquire"><a href="#">Purchase Licensing Rights</a></div>
</article>
<aside><h3>Read Next</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 4))}</ul></aside>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes.</p><p>© {x.year} Pan-African Wire. All rights reserved.</p></footer>
</body>
</html>
"""
    return page, dict(paras=paras)

def html_thinktank(a, i):
    x = d(a)
    surname, initial = a["by"].split()[-1], a["by"][0]
    role = ["Senior Fellow, Africa Programme", "Research Associate, Asia-Pacific Programme",
            "Director, Global Governance Programme", "Visiting Fellow"][i % 4]
    pub = [f"Published {long_dmy(a)}", f"{long_dmy(a)}", f"Commentary, {long_dmy(a)}", f"Published {wk_dmy(a)}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(a['title'])} | Commentary | Kingsmead Institute</title></head>
<body>
<header><a href="/" class="logo">Kingsmead Institute</a>
<nav><a href="/research">Research</a> <a href="/regions">Regions</a> <a href="/topics">Topics</a> <a href="/events">Events</a> <a href="/experts">Experts</a> <a href="/about">About us</a> <a href="/support">Support us</a></nav></header>
<main>
<div class="type-label">Commentary</div>
<h1>{esc(a['title'])}</h1>
<div class="pub-date">{pub}</div>
<div class="tools"><a href="#">Download PDF</a> <a href="#">Share</a> <a href="#">Print</a></div>
<div class="author-box"><img src="/people/{a['key']}.jpg" alt=""><div><a class="name" href="/experts/{a['key']}">{esc(a['by'])}</a><p class="role">{role}</p></div></div>
<div class="content">
{ps}
</div>
<p class="disclaimer">The views expressed in this commentary are those of the author and do not represent those of the Kingsmead Institute.</p>
<div class="cite"><h3>Cite this</h3><p>{esc(surname)}, {initial}. ({x.year}) '{esc(a['title'])}', Kingsmead Institute Commentary, {x.day} {x.strftime('%B')}.</p></div>
<div class="topics"><h3>Topics</h3><a>International law</a> <a>Regional integration</a> <a>Diplomacy</a></div>
<div class="related"><h3>Related content</h3>{''.join(f'<div class="card"><span class="kind">Research paper</span><a>{esc(t)}</a></div>' for t in others(a, 3))}</div>
<div class="newsletter"><h3>Stay informed</h3><p>Sign up for our weekly newsletter of analysis and events.</p><input placeholder="Email address"><button>Sign up</button></div>
</main>
<footer><p>Kingsmead Institute is an independent policy institute. Charity registration number 1009{i}10.</p><p>© Kingsmead Institute {max(x.year, 2010)}</p></footer>
</body>
</html>
"""
    return page, {}

def html_idportal(a, i):
    x = d(a)
    day = ID_DAY[x.weekday()]
    when = [f"{day}, {x.day} {ID_MON[x.month - 1]} {x.year} | 10:15 WIB", f"{day}, {x.day:02d} {ID_MON[x.month - 1]} {x.year} 14:30 WIB",
            f"{x.day} {ID_MON[x.month - 1]} {x.year}, 08:05 WIB", f"{day} {x.day} {ID_MON[x.month - 1]} {x.year} - 19:42"][i % 4]
    who = [f"Penulis: {a['by']} | Editor: Budi Santoso", f"Reporter: {a['by']}<br>Editor: Dewi Lestari",
           f"Penulis: {a['by']}", f"Oleh: {a['by']} | Editor: Agus Pratama"][i % 4]
    p = a["paras"]
    body = [f"<p>{esc(q)}</p>" for q in p]
    body.insert(min(2, len(body)), f'<p class="baca-juga"><strong>Baca juga:</strong> <a href="#">{esc(others(a, 2)[1])}</a></p>')
    page = f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>{esc(a['title'])} - Warta Nusantara English</title></head>
<body>
<div class="top"><a href="/">Beranda</a> <a href="/terpopuler">Terpopuler</a> <a href="/indeks">Indeks</a> <a href="/en">English</a> <a href="/masuk">Masuk</a></div>
<header><a class="logo" href="/">Warta Nusantara</a>
<nav><a href="/en/news">News</a> <a href="/en/business">Business</a> <a href="/en/world">World</a> <a href="/en/lifestyle">Lifestyle</a> <a href="/en/tech">Tech</a> <a href="/en/sports">Sports</a></nav></header>
<div class="container">
<div class="breadcrumb"><a href="/en">English</a> &raquo; <a href="/en/world">World</a></div>
<h1 class="detail-title">{esc(a['title'])}</h1>
<div class="detail-author">{who}</div>
<div class="detail-date">{when}</div>
<div class="share">Bagikan: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Line</a></div>
<div class="detail-text">
{chr(10).join(body)}
</div>
<div class="tag">Tag: <a>#diplomacy</a> <a>#{esc(a['place'].title().replace(' ', ''))}</a></div>
<div class="ikuti">Ikuti berita terkini dari Warta Nusantara di Google News, klik di sini</div>
<div class="terkait"><h3>Berita Terkait</h3><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in others(a, 3))}</ul></div>
<div class="komentar"><h3>Komentar</h3><p>Silakan login untuk berkomentar</p></div>
</div>
<footer><p>Redaksi | Pedoman Media Siber | Karir | Kontak | Info Iklan</p><p>Copyright © {x.year} Warta Nusantara. All Rights Reserved</p></footer>
</body>
</html>
"""
    return page, {}

def html_gulfdaily(a, i):
    x = d(a)
    pub = [f"Published: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, 12:15 AM",
           f"Filed on {long_mdy(a)} | Last updated on {long_mdy(a)} at 01.40 pm",
           f"{x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}",
           f"Published: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, 9:05 PM<br>Last updated: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}, 11:40 PM"][i % 4]
    by = [f"{a['by']}<br>Staff Reporter", f"{a['by']} / Staff Reporter", f"{a['by']}<br>Correspondent", f"By {a['by']}"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} - Gulf Morning</title></head>
<body>
<div class="topbar"><span class="city">Dubai</span> <span class="wx">41°C</span> <span class="date-today">{x.strftime('%A')}, {long_mdy(a)}</span> <a href="/ar">عربي</a></div>
<header><a class="logo" href="/">Gulf Morning</a>
<nav><a href="/uae">UAE</a> <a href="/gulf">Gulf</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/lifestyle">Lifestyle</a> <a href="/jobs">Jobs</a></nav></header>
<main>
<article class="story">
<span class="kicker">World</span>
<h1>{esc(a['title'])}</h1>
<div class="author">{by}</div>
<div class="time">{pub}</div>
<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Linkedin</a> <a>Whatsapp</a> <a>Email</a></div>
<figure><img src="/img/{a['key']}.jpg" alt=""><figcaption>Photo: Supplied</figcaption></figure>
<div class="story-body">
{ps}
</div>
<div class="apps">Get the latest news on the Gulf Morning app. Available on iOS and Android.</div>
</article>
<aside>
<div class="prayer"><h4>Prayer Times</h4><ul><li>Fajr 4:12</li><li>Dhuhr 12:21</li><li>Asr 3:46</li><li>Maghrib 7:10</li><li>Isha 8:38</li></ul></div>
<div class="fx"><h4>Currency</h4><ul><li>USD 3.673</li><li>EUR 4.012</li><li>GBP 4.651</li><li>INR 0.044</li></ul></div>
<div class="popular"><h4>Most Popular</h4><ol>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 4))}</ol></div>
</aside>
</main>
<footer><p>Copyright © {max(x.year, 2005)} Gulf Morning Publishing LLC. All rights reserved.</p></footer>
</body>
</html>
"""
    return page, {}

def html_mastheads(a, i):
    x = d(a)
    home = ["The Valley Advocate", "Northern Plains Times", "The Coast Examiner", "Riverina Weekly"][i % 4]
    stamp = [f"{long_mdy(a).replace(',', '')} - 10:15am", f"Updated {long_mdy(a).replace(',', '')} - 6:02pm, first published 4:30pm",
             f"{x.strftime('%B')} {x.day} {x.year} - 5:00am", f"{x.strftime('%B')} {x.day} {x.year} - 11:45am"][i % 4]
    net = ["The Valley Advocate", "Northern Plains Times", "The Coast Examiner", "Riverina Weekly", "Hilltop Star", "Bay Chronicle",
           "Western District Mail", "Lakes Gazette"]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en-AU">
<head><meta charset="utf-8"><title>{esc(a['title'])} | Bay Chronicle</title></head>
<body>
<div class="offer">Subscribe now for unlimited access. <strong>$1 for your first month</strong>, then $4.99 a week. <a>Subscribe</a> <a>Log in</a></div>
<header><a class="logo" href="/">Bay Chronicle</a>
<nav><a href="/news">News</a> <a href="/local-news">Local News</a> <a href="/sport">Sport</a> <a href="/national">National</a> <a href="/world">World</a> <a href="/property">Property</a> <a href="/notices">Notices</a> <a href="/puzzles">Puzzles</a></nav></header>
<main>
<article>
<h1>{esc(a['title'])}</h1>
<div class="byline"><div class="author"><a href="/profile/{a['key']}">{esc(a['by'])}</a><span class="role">Journalist</span></div> <a class="email" href="#">Email {esc(a['by'].split()[0])}</a></div>
<div class="timestamp">{stamp}</div>
<p class="origin">This story first appeared in {home}.</p>
<div class="article-body">
{ps}
</div>
<div class="gift">Your digital subscription includes access to content from over 80 websites across our network.</div>
<div class="recirc"><h3>More from the network</h3>{''.join(f'<a href="#">{esc(t)}</a>' for t in others(a, 3))}</div>
</article>
</main>
<footer><div class="network"><h4>Our Network</h4>{' '.join(f'<a>{n}</a>' for n in net)}</div>
<p>&copy; {max(x.year, 2016)} Regional Press Network. All rights reserved. Conditions of use | Privacy Policy | Advertising</p></footer>
</body>
</html>
"""
    return page, {}

BLIND41 = [("html-wireafrica", html_wireafrica, "html"), ("html-thinktank", html_thinktank, "html"),
           ("html-idportal", html_idportal, "html"), ("html-gulfdaily", html_gulfdaily, "html"),
           ("html-mastheads", html_mastheads, "html")]

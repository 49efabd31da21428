# A twelfth held-out batch, written after unseen11 had been tuned on: four
# HTML layouts. Read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def html_paper2(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"][:2]) + '\n<div class="ad"><p>Advertisement</p></div>\n<p class="css-continue">Continue reading the main story</p>\n' + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][2:]) + \
        f'\n<p class="print-info">A version of this article appears in print on {long_mdy(a)}, Section A, Page {6 + i} of the National edition with the headline: {a["title"]}.</p>'
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} - The Metropolitan Times</title>
<meta name="byl" content="By {a['by']}"><meta name="pdate" content="{a['date'].replace('-', '')}"></head>
<body>
<header><a href="/">The Metropolitan Times</a><nav><a href="/world">World</a> <a href="/us">U.S.</a></nav></header>
<article>
<h1>{a['title']}</h1>
<p class="byline">By {a['by']}</p>
<section name="articleBody">
{ps}
</section>
</article>
</body></html>
"""
    return html, {}

def html_broadcaster(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{a['title']} - World Service News</title></head>
<body>
<div id="orb-banner"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
<main>
<h1 id="main-heading">{a['title']}</h1>
<div class="date" data-seconds="1090660000">{long_dmy(a)}</div>
<ul class="share"><li>Share this page</li><li>Facebook</li><li>Messenger</li><li>Email</li></ul>
<div class="story-body">
{ps}
</div>
<div class="topics"><h2>Related Topics</h2><ul><li><a href="/t/1">Diplomacy</a></li><li><a href="/t/2">United Nations</a></li></ul></div>
<div class="more"><h2>More on this story</h2><ul><li><a href="/m/1">{others(a, 1)[0]}</a></li></ul></div>
</main>
</body></html>
"""
    return html, dict(byline="")

def html_microdata(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']}</title></head>
<body>
<div itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">{a['title']}</h1>
<span itemprop="author">{a['by']}</span> | <span itemprop="datePublished" content="{a['date']}">{short_dmy(a)}</span>
<div itemprop="articleBody">
{ps}
</div>
</div>
</body></html>
"""
    return html, {}

def html_oldxhtml(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>{a['title']} (capitalpost.example)</title></head>
<body>
<div id="nav"><a href="/">Home Page</a> | <a href="/nation">Nation</a> | <a href="/world">World</a></div>
<div id="article">
<h2>{a['title']}</h2>
<div id="byline">By {a['by'].upper()}<br/>Staff Writer</div>
<div id="dateline">{x.strftime('%A')}, {x.strftime('%B')} {x.day}, {x.year}; Page A{10 + i}</div>
{ps}
<p>&#169; {x.year} The Capital Post Company</p>
</div>
</body></html>
"""
    return html, dict(byline=a["by"].upper())

UNSEEN12 = [("html-paper2", html_paper2, "html"), ("html-broadcaster", html_broadcaster, "html"),
            ("html-microdata", html_microdata, "html"), ("html-oldxhtml", html_oldxhtml, "html")]

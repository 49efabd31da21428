# The forty-second held-out batch, a blind one: written without reading
# the reader, on the set's own invented articles. Kinds in no other set: a
# news agency's telex copy in capitals between ZCZC and NNNN with its slug,
# desk codes and day-time group, a selection copied from a site that adds
# its "Read more at" attribution to what is copied (one page in four keeps
# no date), a print-cleaning service's output with its own bar and the
# source address, a newspaper's e-edition text whose front-page story
# jumps to an inside page ("Turn to Page 4", "Continued from Page 1"), a
# Caribbean daily's HTML with the edition date over the menu and lottery
# and death-notice boxes. All text invented.
import html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b39

POOL = articles_b39.POOL

def esc(s):
    return html.escape(s, quote=False)

def telex(a, i):
    x = d(a)
    mon = x.strftime("%b").upper()
    slug = "-".join(a["title"].upper().split()[:3])
    first = f"{a['place']}, {x.strftime('%B').upper()} {x.day} (GLOBAL NEWS) - " + a["paras"][0].upper()
    paras = [first] + [p.upper() for p in a["paras"][1:]]
    body = "\n\n".join(textwrap.fill(p, 69) for p in paras)
    lead = ["", " 1ST LEAD", " 2ND LEAD", " CORRECTED"][i % 4]
    text = blocks(f"ZCZC LDN{540 + i * 13} WORLD\nRR YYYY\nBC-{slug}{lead} {len(' '.join(a['paras']).split())}",
                  f"{x.day:02d}-{mon}-{x.year} {10 + i}:{15 + i * 7:02d} GMT",
                  a["title"].upper(),
                  f"BY {a['by'].upper()}",
                  body,
                  f"GLOBAL NEWS {''.join(w[0] for w in a['by'].split()).upper()} SB RT",
                  f"{x.day:02d}{10 + i}{15 + i * 7:02d} GMT {mon} {x.strftime('%y')}",
                  "NNNN")
    return text, dict(title=a["title"].upper(), byline=a["by"].upper(), paras=paras)

def copyattrib(a, i):
    x = d(a)
    site = ["The Daily Sentinel", "Harbour Times", "The National Courier", "Metro Post"][i % 4]
    host = site.lower().replace("the ", "").replace(" ", "")
    url = f"https://www.{host}.example/world/{a['key']}-{4400 + i * 31}"
    date = [long_mdy(a), f"Published {long_dmy(a)}", f"{wk_dmy(a)}, 09:20", None][i % 4]
    by = [f"By {a['by']}, Correspondent", f"{a['by']}", f"By {a['by']}", f"By {a['by']}"][i % 4]
    tail = [f"Read more at: {url}\nCopyright © {site}",
            f"Source: {site} - Read the full story at {url}",
            f"Read more at {url}\n© {site}. All rights reserved. Do not copy without permission.",
            f"Read more at: {url}\nCopyright © {site}"][i % 4]
    text = blocks(a["title"], by, date, "\n\n".join(a["paras"]), tail)
    return text, dict(date="" if i % 4 == 3 else a["date"])

def printfriendly(a, i):
    x = d(a)
    site = ["Continental Herald", "The Delta Star", "Pacific Island News", "The Highland Monitor"][i % 4]
    host = site.lower().replace("the ", "").replace(" ", "")
    url = f"https://{host}.example/{x.year}/{x.month:02d}/{a['key']}/"
    date = [long_mdy(a), long_dmy(a), f"{x.strftime('%A')}, {long_mdy(a)}", f"{short_dmy(a)} 10:15"][i % 4]
    by = [f"By {a['by']}", f"Written by {a['by']}", f"By {a['by']}", f"{a['by']}"][i % 4]
    text = blocks("PrintFriendly\nPrint    PDF    Email\nRemove images    Text size 100%    Undo",
                  f"{site}\n{url}",
                  a["title"], by, date,
                  "\n\n".join(a["paras"]),
                  "Click to delete any text or image before printing.",
                  f"Source URL: {url}",
                  "Printed with PrintFriendly. Save paper and ink with the browser extension.")
    return text, {}

def epaperjump(a, i):
    x = d(a)
    p = a["paras"]
    k = 2 if len(p) > 2 else 1
    inner = [4, 6, 2, 8][i % 4]
    word = [w for w in a["title"].split() if len(w) > 3][0].upper()
    ed = [f"{wk_dmy(a)} | Page 1", f"{x.strftime('%A')}, {long_mdy(a)} — Front Page", f"Edition of {long_dmy(a)}, page 1",
          f"{wk_dmy(a)}\nPage 1"][i % 4]
    by = [f"By {a['by']}", f"{a['by'].upper()}", f"By {a['by']}\nPolitical Reporter", f"{a['by']}"][i % 4]
    text = blocks("THE CAPE MERCURY — E-EDITION TEXT VIEW",
                  "Zoom in | Zoom out | Page view | Text view | Share | Download",
                  ed, a["title"], by,
                  "\n\n".join(p[:k]),
                  f"Turn to Page {inner}",
                  f"--- Page {inner} ---",
                  f"{word}\nContinued from Page 1",
                  "\n\n".join(p[k:]) if p[k:] else None,
                  "Also on this page: " + others(a, 1)[0],
                  f"© {x.year} The Cape Mercury. E-edition for subscribers only.")
    return text, dict(byline=a["by"].upper() if i % 4 == 1 else a["by"])

def html_caribdaily(a, i):
    x = d(a)
    pub = [f"Published: {x.strftime('%A')} | {long_mdy(a)} | 12:09 AM", f"Published: {long_mdy(a)}",
           f"{x.strftime('%A')} | {long_mdy(a)}", f"Published: {x.strftime('%A')} | {long_mdy(a)} | 6:45 PM"][i % 4]
    by = [f"{a['by']}/Senior Staff Reporter", f"{a['by']}/Gleaner Writer", f"By {a['by']}", f"{a['by']}/Contributor"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} | News | The Island Gleaner</title></head>
<body>
<div class="masthead"><div class="edition-date">{x.strftime('%A')} | {long_mdy(a)}</div><a class="logo" href="/">The Island Gleaner</a><div class="weather">Kingston 31°C</div></div>
<nav><a href="/news">News</a> <a href="/lead-stories">Lead Stories</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/letters">Letters</a> <a href="/commentary">Commentary</a> <a href="/obituaries">Obituaries</a> <a href="/classifieds">Classifieds</a></nav>
<div class="content">
<article>
<h1 class="title">{esc(a['title'])}</h1>
<div class="byline">{esc(by)}</div>
<div class="pubdate">{pub}</div>
<div class="sharing"><a>Share</a> <a>Tweet</a> <a>WhatsApp</a> <a>Email</a></div>
<div class="body">
{ps}
</div>
<div class="letters-promo">Send us your feedback: letters@islandgleaner.example. Letters should be no more than 400 words.</div>
<div class="comments">Comments are moderated. <a>Add a comment</a></div>
</article>
<aside>
<div class="lotto"><h4>Lottery Results</h4><p>Super Lotto: 04 11 19 23 30 35</p><p>Cash Pot: 17</p></div>
<div class="notices"><h4>Death Notices</h4><ul><li>BROWN, Ethel May, 84, of Mandeville</li><li>CAMPBELL, Desmond, 71, of Port Maria</li></ul><a>View all notices</a></div>
<div class="latest"><h4>Latest News</h4><ul>{''.join(f'<li>{esc(t)}</li>' for t in others(a, 4))}</ul></div>
</aside>
</div>
<footer><p>All content copyright {x.year} The Island Gleaner Company (Media) Limited. Contact us | Advertise | Privacy</p></footer>
</body>
</html>
"""
    return page, {}

BLIND42 = [("telex", telex, "txt"), ("copyattrib", copyattrib, "txt"), ("printfriendly", printfriendly, "txt"),
           ("epaperjump", epaperjump, "txt"), ("html-caribdaily", html_caribdaily, "html")]

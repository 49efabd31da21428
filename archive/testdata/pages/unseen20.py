# A twentieth held-out batch, written after unseen19 had been tuned on: a
# blog whose date is a calendar block over three lines, a blogging
# platform's HTML with follow and clap buttons, HTML whose text is split by
# <br> tags, a newspaper archive's print-edition record, a wire story in
# capitals with its slug and word count. Read once for the unseen score.
# All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def calendar(a, i):
    x = d(a)
    text = blocks("Notes From the Border", "A blog about diplomacy and the people who do it",
                  "About   Archive   Contact",
                  f"{x.strftime('%b').upper()}\n{x.day:02d}\n{x.year}",
                  a["title"], f"Posted in Dispatches by {a['by']}",
                  "\n\n".join(a["paras"]),
                  f"{3 + i} Comments", "Leave a comment",
                  "« Previous post   Next post »")
    return text, {}

def html_medium(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} | by {a['by']} | Dispatches</title></head>
<body>
<div class="topbar"><a href="/">Dispatches</a> <a href="/m/signin">Sign in</a> <a href="/m/signup">Get started</a></div>
<article>
<h1>{a['title']}</h1>
<div class="author-row"><a href="/@{a['key']}">{a['by']}</a> <button>Follow</button> <span>{x.strftime('%b')} {x.day}, {x.year}</span> <span>·</span> <span>{4 + i} min read</span></div>
<div class="actions"><button>{120 + i * 7}</button> <button>{3 + i}</button> <button>Listen</button> <button>Share</button></div>
<section>{ps}</section>
<div class="actions"><button>{120 + i * 7}</button> <button>Share</button></div>
<div class="more">More from Dispatches</div>
</article>
</body></html>
"""
    return html, {}

def html_br(a, i):
    x = d(a)
    body = "<br><br>\n".join(a["paras"])
    html = f"""<html>
<head><title>The Harbour Times - {a['title']}</title></head>
<body bgcolor="#ffffff">
<table width="100%"><tr><td><font size="5"><b>The Harbour Times</b></font></td></tr></table>
<font face="Arial" size="4"><b>{a['title']}</b></font><br>
<font size="2">By {a['by']}<br>{wk_dmy(a)}</font><br><br>
<font face="Arial" size="3">
{body}
</font>
<br><br><center><font size="1">Copyright {x.year} The Harbour Times</font></center>
</body>
</html>
"""
    return html, {}

def printrecord(a, i):
    x = d(a)
    text = blocks("NEWSPAPER ARCHIVE - FULL TEXT", f"The Ledger (Harbour City)", f"{wk_dmy(a)}",
                  f"Section: World   Page: A{3 + i}   Edition: Final",
                  f"Length: {300 + 40 * i} words",
                  f"Byline: {a['by']}", f"Headline: {a['title']}",
                  "Body:", "\n\n".join(a["paras"]),
                  "Copyright (c) " + str(x.year) + " The Ledger. Reproduced with permission of the copyright owner.",
                  "Document ID: LDG" + f"{x.year}{x.month:02d}{x.day:02d}0{i}")
    return text, {}

def wirecaps(a, i):
    x = d(a)
    first = f"{a['place']}, {x.strftime('%b')}. {x.day} (Wire) -- " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    text = blocks(f"BC-{a['key'].upper()}-TALKS {x.month:02d}-{x.day:02d}", a["title"].upper(),
                  f"By {a['by'].upper()}", "Wire Writer", "\n\n".join(paras),
                  f"{len(' '.join(a['paras']).split())} words", "END")
    # The page gives the day and month but no year: it stays undated.
    return text, dict(title=a["title"].upper(), byline=a["by"].upper(), paras=paras, date="")

UNSEEN20 = [("calendar", calendar, "txt"), ("html-medium", html_medium, "html"), ("html-br", html_br, "html"),
            ("printrecord", printrecord, "txt"), ("wirecaps", wirecaps, "txt")]

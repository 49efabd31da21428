# A twenty-seventh held-out batch, written after unseen26 had been tuned
# on: a CMS preview with the editor's fields, a webmail print of a
# newsletter, a note-taking app's clip with its properties, a lite text
# site, HTML whose headline is a styled paragraph and whose date is an
# <abbr title>. Read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def cmspreview(a, i):
    text = blocks("Edit post | Preview | Publish", "Status: Published", "Visibility: Public",
                  f"Publish date: {a['date']} 10:15", f"Author: {a['by']}", "Categories: World, Diplomacy",
                  a["title"], "\n\n".join(a["paras"]), "Word count: " + str(len(" ".join(a["paras"]).split())),
                  "Last edited by the desk")
    return text, {}

def webmailprint(a, i):
    x = d(a)
    text = blocks(f"Webmail - {a['title']}", f"Ledger Briefing <briefing@ledger.example>\t{x.strftime('%a')}, {x.strftime('%b')} {x.day}, {x.year} at 7:00 AM\nTo: me",
                  a["title"], f"By {a['by']}", "\n\n".join(a["paras"]),
                  "Unsubscribe from these emails", "https://mail.example/mail/u/0/?ik=abc&view=pt")
    return text, {}

def noteclip(a, i):
    x = d(a)
    text = blocks(a["title"], f"Created: {long_mdy(a)} 10:15 AM\nTags: world, talks\nURL: https://www.ledger.example/world/{a['key']}",
                  f"By {a['by']}", "\n\n".join(a["paras"]))
    return text, {}

def lite(a, i):
    x = d(a)
    text = blocks("lite.ledger.example", a["title"],
                  f"Updated: {['10:15 AM EDT', '2:40 PM EDT', '9:05 AM EDT', '6:30 PM EDT'][i % 4]}, {x.strftime('%a')} {x.strftime('%B')} {x.day}, {x.year}",
                  f"By {a['by']}, The Ledger", "\n\n".join(a["paras"]), "Go to the full site →", "Terms | Privacy")
    return text, {}

def html_abbr(a, i):
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>World | The Harbour Ledger</title></head>
<body>
<div class="masthead">The Harbour Ledger</div>
<div class="hentry">
<p class="entry-title" style="font-size:28px"><b>{a['title']}</b></p>
<p class="byline">by <span class="author vcard">{a['by']}</span>, <abbr class="published" title="{a['date']}T10:15:00">{long_mdy(a)}</abbr></p>
<div class="entry-content">{ps}</div>
</div>
</body></html>
"""
    return html, {}

UNSEEN27 = [("cmspreview", cmspreview, "txt"), ("webmailprint", webmailprint, "txt"), ("noteclip", noteclip, "txt"),
            ("lite", lite, "txt"), ("html-abbr", html_abbr, "html")]

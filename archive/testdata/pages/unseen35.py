# The thirty-fifth held-out batch: written after unseen34's fixes, read
# once for the unseen score. Kinds in no other set: an English article in
# an Arabic site's chrome, a press cutting exported from a shared document
# with its comment marks and comments, HTML whose only date is in a title
# attribute over "3 hours ago", a local council's news page with its
# feedback widget, an old browser's text save with rules and a byline
# with a slash. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def arabic(a, i):
    x = d(a)
    text = blocks("الرئيسية | أخبار | اقتصاد | رياضة", "النسخة الإنجليزية — English Edition", a["title"],
                  f"{a['by']} — {long_dmy(a)}", "\n\n".join(a["paras"]), "شارك", "اقرأ أيضا",
                  "\n".join(others(a, 2)), f"جميع الحقوق محفوظة © {x.year}")
    return text, {}

def gdocs(a, i):
    x = d(a)
    p = list(a["paras"])
    clean = list(p)
    w = p[1].split(" ")
    w[5] = w[5] + "[a]"
    p[1] = " ".join(w)
    notes = ["Check this figure with the desk", "Confirm the spelling of the name", "Is this the latest?", "Source?"][i % 4]
    text = blocks("Press cuttings — internal", a["title"], f"Source: The Ledger, {long_dmy(a)}", f"By {a['by']}",
                  "\n\n".join(p), f"[a]{notes}")
    return text, dict(paras=clean)

def html_titleattr(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{q}</p>" for q in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']} — Daily Compass</title></head>
<body>
<header><a href="/">Daily Compass</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></header>
<main>
<h1>{a['title']}</h1>
<div class="meta">By <span class="author">{a['by']}</span> · <span class="published" title="{a['date']}T10:15:00Z">3 hours ago</span></div>
{ps}
</main>
<footer>© Daily Compass</footer>
</body></html>
"""
    return html, {}

def council(a, i):
    x = d(a)
    text = blocks("Westshire Council", "Skip to content", f"Home › News › {x.year}", a["title"],
                  f"Posted: {x.strftime('%a')} {x.day} {x.strftime('%b')} {x.year}", "\n\n".join(a["paras"]),
                  "Share this page: Facebook Twitter Email", "Was this page helpful? Yes No",
                  "Report a problem with this page")
    return text, dict(byline="")

def netscape(a, i):
    x = d(a)
    rule = "_" * 60
    text = blocks("Home | News | Search", rule, a["title"], f"By {a['by']} / The Ledger",
                  f"{long_mdy(a)} / 10:15 AM EDT", "\n\n".join(a["paras"]), rule, "Top of page",
                  "Home | News | Search")
    return text, {}

UNSEEN35 = [("arabic", arabic, "txt"), ("gdocs", gdocs, "txt"), ("html-titleattr", html_titleattr, "html"),
            ("council", council, "txt"), ("netscape", netscape, "txt")]

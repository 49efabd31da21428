# A twenty-sixth held-out batch, written after unseen25 had been tuned
# on: an interview in questions and answers, a list article with numbered
# paragraphs, a story split over pages with its pager, a question for a
# headline in sentence case, HTML whose byline and date sit in a table
# under the text. Read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def interview(a, i):
    q = ["What did the two sides agree?", "Why did it take so long?", "What happens next?", "Who pays for it?"][i % 4]
    paras = [a["paras"][0], "Q: " + q, "A: " + a["paras"][1]] + a["paras"][2:]
    text = blocks("Foreign Affairs Weekly", "Interviews | Analysis | Podcasts", a["title"],
                  f"Interview by {a['by']}", long_dmy(a), "\n\n".join(paras),
                  "This interview has been edited for length and clarity.", "Subscribe for weekly interviews")
    return text, dict(paras=paras)

def listicle(a, i):
    paras = [a["paras"][0]] + [f"{n}. {p}" for n, p in enumerate(a["paras"][1:], 1)]
    text = blocks("Explainer Hub", "Explainers   Quizzes   Newsletters", a["title"],
                  f"By {a['by']} · {long_mdy(a)}", "\n\n".join(paras), "Share", "More explainers",
                  "\n".join(others(a, 2)))
    return text, dict(paras=paras)

def pager(a, i):
    text = blocks("CAPITAL DAILY", "Home › World", a["title"], f"{a['by']} — {wk_dmy(a)}",
                  "\n\n".join(a["paras"]), "Page 1 of 2   Next page »", "1  2  Next »",
                  "Print | Email | Reprints")
    return text, {}

def questionhead(a, i):
    qh = ["Will the border talks finally succeed?", "Can the grain corridor hold?", "Is the summit pledge enough?",
          "What does the new census delay mean?"][i % 4]
    text = blocks("The Analyst", "Menu", qh, a["by"], long_dmy(a), "\n\n".join(a["paras"]),
                  "Related analysis", "\n".join(others(a, 2)))
    return text, dict(title=qh)

def html_tablebyline(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{a['title']}</title></head>
<body>
<div id="top"><a href="/">The Continental</a></div>
<div id="content">
<h2>{a['title']}</h2>
{ps}
<table class="details"><tr><td>Author:</td><td>{a['by']}</td></tr><tr><td>Date:</td><td>{long_mdy(a)}</td></tr></table>
</div>
</body></html>
"""
    return html, {}

UNSEEN26 = [("interview", interview, "txt"), ("listicle", listicle, "txt"), ("pager", pager, "txt"),
            ("questionhead", questionhead, "txt"), ("html-tablebyline", html_tablebyline, "html")]

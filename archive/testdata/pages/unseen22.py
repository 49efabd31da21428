# A twenty-second held-out batch, written after unseen21 had been tuned
# on: ordinary news sites in new wording (a regional paper's staff report,
# a national site with story and photo credits, a magazine with a dek and
# credits, an opinion column with the writer's address, HTML with a
# timestamp span and advertisement slots). Read once for the unseen score.
# All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def regional(a, i):
    x = d(a)
    text = blocks("The Valley Sentinel", "Local News · Sports · Obituaries · Classifieds · e-Edition",
                  a["title"], f"Posted: {x.strftime('%a')}, {x.strftime('%b')} {x.day}, {x.year}",
                  f"By {a['by']}\nSentinel Staff",
                  "\n\n".join(a["paras"]),
                  "Have a news tip? Email newsroom@sentinel.example or call 555-0134.",
                  "Tags\nWorld\nDiplomacy", f"© {x.year} The Valley Sentinel")
    return text, {}

def national(a, i):
    x = d(a)
    photo = ["Ruth Calder", "Paul Weir", "Dora Lutz", "Karim Saleh"][i % 4]
    text = blocks("NATIONAL NEWS NETWORK", "Top Stories   World   U.S.   Politics   Video",
                  a["title"], f"Story by {a['by']} • Photos by {photo}",
                  f"Updated {long_mdy(a)} at {['9:15', '11:40', '4:05', '7:20'][i % 4]} a.m.",
                  "\n\n".join(a["paras"][:2]), "ADVERTISEMENT", "\n\n".join(a["paras"][2:]),
                  f"{a['title']}", "Have a tip? Send it to us securely.",
                  f"Copyright {x.year} National News Network")
    return text, {}

def magazine(a, i):
    x = d(a)
    dek = ["After months of silence, the two sides are talking again.", "A late-night deal with a long way still to go.",
           "What was promised, and what was left out.", "Inside a week that changed the talks."][i % 4]
    text = blocks("THE QUARTERLY REVIEW", "Current Issue | Archive | Subscribe",
                  a["title"], dek, f"Words: {a['by']}", f"Illustration: {['Mia Holt', 'Ben Adler', 'Sara Quinn', 'Tom Ekberg'][i % 4]}",
                  long_dmy(a), "\n\n".join(a["paras"]),
                  "This article appears in the print edition under the headline “" + a["title"].split()[0] + " ...”.",
                  "Subscribe to The Quarterly Review")
    # A standfirst under the headline opens the text (as the reader's
    # rules say: TestTextStandfirst).
    return text, dict(paras=[dek] + a["paras"])

def opinion(a, i):
    x = d(a)
    local = a["by"].split()[0][0].lower() + a["by"].split()[-1].lower()
    text = blocks("The Ledger", "OPINION", a["title"], f"{a['by']} | Columnist", long_mdy(a),
                  "\n\n".join(a["paras"]),
                  f"{a['by']} is a columnist for the Ledger. Reach {['her', 'him'][i % 2]} at {local}@ledger.example.",
                  "The views expressed are the writer's own.", "Letters to the editor: letters@ledger.example")
    return text, {}

def html_timestamp(a, i):
    x = d(a)
    p = a["paras"]
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="utf-8"><title>{a['title']} - Capital Times</title></head>
<body>
<header><nav><a href="/">Capital Times</a> <a href="/news">News</a> <a href="/world">World</a></nav></header>
<main>
<h1 class="headline">{a['title']}</h1>
<div class="story-meta"><span class="author">By {a['by']}</span> <span class="timestamp">{x.strftime('%b')}. {x.day}, {x.year} {['10:15', '1:30', '8:45', '5:05'][i % 4]} a.m. ET</span></div>
<div class="story">
<p>{p[0]}</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>{p[1]}</p>
<figure><img src="x.jpg"><figcaption>Delegates arrive for the talks. (Photo: Ruth Calder/Capital Times)</figcaption></figure>
{"".join(f"<p>{q}</p>" for q in p[2:])}
</div>
</main>
<footer>Capital Times · Terms · Privacy</footer>
</body></html>
"""
    return html, {}

UNSEEN22 = [("regional", regional, "txt"), ("national", national, "txt"), ("magazine", magazine, "txt"),
            ("opinion", opinion, "txt"), ("html-timestamp", html_timestamp, "html")]

# The forty-eighth held-out batch, a blind one: written without reading
# the reader, on the articles of articles_b47.py. Its theme is the ways
# articles are saved and passed on. Kinds in no other set: a bulletin-board
# network's echomail message with an article typed in between cut lines
# (message header, tear line, origin and SEEN-BY lines); a telex news feed
# with ZCZC and NNNN, the slug line and the headline in transmission marks;
# a discussion site's link thread whose first comment pastes the article
# for those behind a paywall; a web annotation tool's export with
# highlights and note cards between the paragraphs; a diplomatic cable that
# quotes the article between BEGIN TEXT and END TEXT. All text invented.
import datetime, html, textwrap
import articles_b47
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

POOL = articles_b47.POOL

def esc(s):
    return html.escape(s, quote=False)

def echomail(a, i):
    x = d(a)
    sent = x + datetime.timedelta(days=[1, 0, 2, 1][i % 4])
    yy = f"{sent.year % 100:02d}"
    who = ["Jaan Tamm", "Rui Carvalho", "Mike Ostrowski", "Liisa Koskinen"][i % 4]
    node = ["2:490/12.3", "2:362/7", "1:229/415", "2:220/31.1"][i % 4]
    bbs = ["The Old Harbour BBS", "Moonlight Express BBS", "North Shore Online", "Aurora Point"][i % 4]
    paper = ["The Baltic Courier", "Morning Chronicle", "The Coastal Observer", "Harbour Ledger"][i % 4]
    src = [f"{paper}, {wk_dmy(a)}", f"{paper} - {long_mdy(a)}", f"Source: {paper}, {long_dmy(a)}", f"{paper} ({short_dmy(a)})"][i % 4]
    head = (f" Msg  : {1200 + 37 * i} of {1301 + 40 * i}\n"
            f" From : {who:<32}{node:<14}{sent.day:02d} {sent.strftime('%b')} {yy}  {8 + i:02d}:14:22\n"
            f" To   : All\n"
            f" Subj : {a['title'][:38]}\n"
            + "─" * 72 + "\n"
            " AREA:WORLD.NEWS")
    text = blocks(head,
                  "Hello All!",
                  ["Typed in from this morning's paper, for those of you who can't get it up north:",
                   "Thought this would interest the echo. Retyped by hand, excuse any typos.",
                   "Here's the piece I mentioned in the other thread:",
                   "From the paper today. Moderator, move it if it's off topic."][i % 4],
                  "--- cut here ---",
                  a["title"],
                  "By " + a["by"] + "\n" + src,
                  "\n\n".join(a["paras"]),
                  "--- cut here ---",
                  ["What do you think, will it hold?", "Make of it what you will.", "Comments welcome, as ever.", "Back to lurking."][i % 4],
                  f"Best regards,\n{who.split()[0]}",
                  f"--- GoldED 2.50+\n * Origin: {bbs}, {a['place'].title()} ({node.split('.')[0]})\nSEEN-BY: 490/1 12 20 362/7 229/415\nPATH: {node.split('/')[0].split(':')[1]}/12 490/1")
    return text, {}

def telex(a, i):
    x = d(a)
    ag = ["NPA", "CNS", "IPW", "BNA"][i % 4]
    slug = "BC-" + "-".join(w.upper() for w in a["title"].split()[:3] if w.isalpha()) + f" {x.month:02d}-{x.day:02d} {380 + 41 * i:04d}"
    dl = f"{a['place']}, {x.strftime('%B')} {x.day} ({ag}) - "
    p = list(a["paras"])
    p[0] = dl + p[0]
    body = "\n\n".join(textwrap.fill(q, 69, initial_indent="  ", break_on_hyphens=False) for q in p)
    top = ["ZCZC", f"ZCZC {ag}{417 + i}", "ZCZC", f"ZCZC GWA{123 + i:04d}"][i % 4]
    stamp = [f"{ag} {a['by'].split()[0][0]}{a['by'].split()[-1][0]}/KT {x.day:02d}1215 GMT {x.strftime('%b').upper()} {x.year}",
             f"{ag}-{a['by'].split()[-1].upper()}-{x.strftime('%d%b%Y').upper()}-1215",
             f"{x.day:02d}1215 GMT {x.strftime('%b').upper()} {x.year % 100:02d}",
             f"{ag} 1215 {x.day:02d}/{x.strftime('%b').upper()}"][i % 4]
    header = "" if i % 2 == 0 else f"{x.strftime('%a').upper()} {x.strftime('%b').upper()} {x.day} {x.year}\n"
    text = blocks(top + "\n" + f"{ag}{417 + i} 4 FX {380 + 41 * i:04d}\n" + slug,
                  header + f"^{a['title']}<\n^By {a['by']}<\n^{ {'NPA': 'Nordic Press Agency', 'CNS': 'Coastal News Service', 'IPW': 'International Press Wire', 'BNA': 'Baltic News Agency'}[ag]}<",
                  body,
                  f"  (Editing by {['Kari Toivonen', 'Sam Obi', 'Ruth Calder', 'Ilse Brandt'][i % 4]})",
                  stamp + "\nNNNN")
    return text, dict(paras=p)

def html_thread(a, i):
    x = d(a)
    site = ["linkboard", "the forum", "newsbin", "agora"][i % 4]
    title = a["title"] + (f" ({x.year})" if i % 4 == 3 and x.year < 2015 else "")
    poster = ["u/harbourgull", "u/quietwatcher", "u/northern_lad", "u/mapsandtea"][i % 4]
    bot = ["u/paywall-helper", "u/textsaver_bot", "u/sandwich_for_all", "u/grey_owl"][i % 4]
    src = ["courier.example", "chronicle.example", "observer.example", "ledger.example"][i % 4]
    meta = [f"<p><strong>{esc(a['title'])}</strong></p><p>By {esc(a['by'])} | {long_dmy(a)}</p>",
            f"<p><strong>{esc(a['title'])}</strong><br>{esc(a['by'])}<br>{long_mdy(a)}</p>",
            f"<p>{esc(a['title'])}</p><p><em>{wk_dmy(a)}, by {esc(a['by'])}</em></p>",
            f"<h3>{esc(a['title'])}</h3><p>{esc(a['by'])} — {long_dmy(a)}</p>"][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    intro = ["Here is the text of the article, for those who hit the paywall:", "Article text:",
             "Full text, since the site wants a subscription:", "For anyone who can't open it:"][i % 4]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(title)} : worldnews</title></head>
<body>
<div id="header"><a href="/">{site}</a> <span class="sub">worldnews</span> <a href="#">hot</a> <a href="#">new</a> <a href="#">rising</a> <a href="#">top</a> <span class="user">Want to join? <a href="#">Log in or sign up</a> in seconds.</span></div>
<div class="side"><div class="sub-info"><h2>worldnews</h2><p>A place for major news from around the world.</p><p>31.2m readers · 4,210 here now</p><h3>Rules</h3><ol><li>No paywalled posts without a text comment</li><li>No editorialised titles</li><li>English-language articles only</li></ol></div></div>
<div class="content">
<div class="thing link">
<div class="score">{4100 + 513 * i}</div>
<p class="title"><a class="title" href="https://www.{src}/{a['key']}">{esc(title)}</a> <span class="domain">({src})</span></p>
<p class="tagline">submitted {3 + i} hours ago by <a href="#">{poster}</a> to <a href="#">worldnews</a></p>
<ul class="buttons"><li>{120 + 31 * i} comments</li><li>share</li><li>save</li><li>hide</li><li>report</li></ul>
</div>
<div class="commentarea">
<div class="sort">sorted by: best</div>
<div class="comment" id="c1"><p class="tagline"><a href="#">{bot}</a> {88 + i} points {3 + i} hours ago <span class="stickied">stickied comment</span></p>
<div class="md">
<p>{intro}</p>
<blockquote>
{meta}
{ps}
</blockquote>
<p><sup>I am a volunteer, not a bot. Report errors by replying.</sup></p>
</div>
<ul class="flat-list"><li>permalink</li><li>embed</li><li>save</li><li>report</li><li>reply</li></ul></div>
<div class="comment" id="c2"><p class="tagline"><a href="#">u/overthinker_{i}</a> 412 points {2 + i} hours ago</p><div class="md"><p>This is the most sensible thing I have read all week. Let's see if it survives the next election.</p></div></div>
<div class="comment child" id="c3"><p class="tagline"><a href="#">u/seabird</a> 97 points</p><div class="md"><p>It won't, but nice to dream.</p></div></div>
<div class="comment" id="c4"><p class="tagline"><a href="#">u/throwaway8812</a> 35 points</p><div class="md"><p>Anyone have a source that isn't behind a paywall?</p></div></div>
<div class="comment child" id="c5"><p class="tagline"><a href="#">u/grumpy_cartographer</a> 12 points</p><div class="md"><p>Literally the stickied comment.</p></div></div>
</div>
</div>
<div class="footer">about · help · apps · <a href="#">User Agreement</a> and <a href="#">Privacy Policy</a>. © {max(x.year, 2016) + 1} {site} inc. All rights reserved.</div>
</body>
</html>
"""
    return page, {}

def html_annotated(a, i):
    x = d(a)
    who = ["@mkoval", "@readerjo", "@t.lindgren", "@archivist_ruth"][i % 4]
    exp = max(x, datetime.date(2016, 5, 1)) + datetime.timedelta(days=30 * (i + 1))
    notes = ["check this against the ministry's own statement", "same figure as in the 2009 report?",
             "quote — ask for the full interview", "follow up in six months"]
    paper = ["Baltic Courier", "Morning Chronicle", "Harbour Ledger", "The Frontier Review"][i % 4]
    out = []
    for n, q in enumerate(a["paras"]):
        t = esc(q)
        if n == 0:
            words = t.split(" ")
            t = "<mark class=\"hl\" data-id=\"a1\">" + " ".join(words[:6]) + "</mark> " + " ".join(words[6:])
        out.append(f"<p>{t}</p>")
        if n in (0, 2) and n < len(a["paras"]) - 1:
            out.append(f'<div class="note-card" data-for="a{n + 1}"><span class="note-user">{who}</span> <span class="note-date">{exp.strftime("%b")} {exp.day}, {exp.year}</span><p class="note-text">{notes[(n + i) % 4]}</p><span class="note-tags">#diplomacy #followup</span></div>')
    date = [long_dmy(a), long_mdy(a), wk_dmy(a), "Published " + short_dmy(a)][i % 4]
    page = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Annotated: {esc(a['title'])}</title></head>
<body>
<div class="export-header"><p>Annotated copy exported from <b>Marginalia</b> by {who} on {exp.isoformat()}</p>
<p>Source: <a href="https://{paper.lower().replace(' ', '')}.example/{a['key']}">{paper}</a> · {len([o for o in out if 'note-card' in o])} notes · 1 highlight · Group: Press desk</p></div>
<div class="doc">
<h1>{esc(a['title'])}</h1>
<p class="meta">{esc(a['by'])}, {paper} · {date}</p>
{chr(10).join(out)}
</div>
<div class="export-footer"><p>Annotations are © their authors and shared with the group "Press desk". The article text belongs to {paper}.</p><p>Exported with Marginalia 3.2 · <a href="#">Open in Marginalia</a></p></div>
</body>
</html>
"""
    return page, {}

def cable(a, i):
    x = d(a)
    sent = x + datetime.timedelta(days=[0, 1, 1, 2][i % 4])
    post = a["place"]
    dtg = f"{sent.day:02d}{14 + i}32Z {sent.strftime('%b').upper()} {sent.year % 100:02d}"
    paper = ["THE BALTIC COURIER", "MORNING CHRONICLE", "THE COASTAL OBSERVER", "DAILY DISPATCH"][i % 4]
    src = [f"The Baltic Courier, {wk_dmy(a)}", f"Morning Chronicle, {long_mdy(a)}", f"The Coastal Observer, {long_dmy(a)}", f"Daily Dispatch, {long_dmy(a)}"][i % 4]
    text = blocks("UNCLASSIFIED",
                  f"PAGE 01        {post[:6]} 0{1234 + 7 * i}  {dtg.split()[0]}",
                  f"ACTION EUR-00\n\nINFO  LOG-00   PA-01    INR-00   SS-00    /002W",
                  f"R {dtg}\nFM AMEMBASSY {post}\nTO SECSTATE WASHDC {4567 + i}\nINFO EU MEMBER STATES COLLECTIVE",
                  f"UNCLAS {post} 0{1234 + 7 * i}",
                  "E.O. 12958: N/A\nTAGS: PREL, KPAO, OPRC\nSUBJECT: MEDIA REACTION: " + a["title"].upper(),
                  f"1. THE FOLLOWING ARTICLE APPEARED IN {paper}, THE LARGEST DAILY IN {post}. POST'S TRANSLATION/TEXT FOLLOWS. BEGIN TEXT:",
                  a["title"],
                  "By " + a["by"] + "\n" + src,
                  "\n\n".join(a["paras"]),
                  "END TEXT.",
                  "2. COMMENT: THE ARTICLE REFLECTS THE GOVERNMENT'S LINE CLOSELY. POST WILL REPORT ON FOLLOW-UP COVERAGE. END COMMENT.",
                  ["HARRINGTON", "OKAFOR", "BELLWEATHER", "MARSH"][i % 4],
                  "UNCLASSIFIED")
    return text, {}

BLIND48 = [("echomail", echomail, "txt"), ("telex-feed", telex, "txt"), ("html-thread-paste", html_thread, "html"),
           ("html-annotated", html_annotated, "html"), ("cable-quote", cable, "txt")]

# The seventy-sixth held-out batch, a blind one: written without reading
# the reader, on the set's own invented articles (articles_b75.py). Kinds:
# a Substack-like newsletter post (subtitle, author and "Sep 15, 2020",
# subscribe boxes, likes and comments), an article e-mailed to oneself
# (mail headers with a later Date:, "Fwd:" subject, a note above, "Sent
# from" below), a Word document saved as HTML (mso styles, o:p tags, the
# document's Author property naming the clerk who saved it, not the
# writer), a forum repost (thread title, poster's lines around a "Quote:"
# block holding the article), and a page printed to text (print headers
# with the print date, "Page 1 of 2", the URL at each page foot, a
# paragraph broken by the page break). All text invented.
import html, datetime
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b75

POOL = articles_b75.POOL

def esc(s):
    return html.escape(s, quote=False)

def html_newsletter(a, i):
    x = d(a)
    name = ["The Long Table", "Border Notes", "Quiet Channels", "The Treaty Room"][i % 4]
    sub = ["What the communiqué left out", "Notes from a week of talks", "A deal, and what comes next", "Why this one matters"][i % 4]
    date = [f"{x.strftime('%b')} {x.day}, {x.year}", f"{x.strftime('%b')} {x.day}, {x.year}", long_mdy(a), f"{x.strftime('%b')} {x.day}, {x.year}"][i % 4]
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    mid = '<div class="subscription-widget"><p>' + name + ' is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><input placeholder="Type your email..."><button>Subscribe</button></div>'
    paras = [f"<p>{esc(p)}</p>" for p in a["paras"]]
    paras.insert(min(2, len(paras)), mid)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(a['title'])} - by {esc(a['by'])}</title></head>
<body>
<div class="topbar"><a class="pub">{name}</a> <button>Subscribe</button> <a>Sign in</a></div>
<article class="post">
<h1 class="post-title">{esc(a['title'])}</h1>
<h3 class="subtitle">{sub}</h3>
<div class="post-meta"><img alt="" src="avatar.png"><div><a class="author">{esc(a['by'])}</a><div class="date">{date}</div></div></div>
<div class="post-ufi"><a>{11 + 5 * i}</a> <a>{2 + i}</a> <a>Share</a></div>
<div class="body markup">
{chr(10).join(paras)}
</div>
<div class="post-footer"><p>Thanks for reading {name}! Subscribe for free to receive new posts.</p><button>Subscribe</button></div>
<div class="ufi"><a>{11 + 5 * i} Likes</a> · <a>{2 + i} Restacks</a></div>
<div class="comments"><h4>Discussion about this post</h4>
<div class="comment"><b>Harriet Oyelaran</b> <span>{x.strftime('%b')} {x.day}</span><p>Best account I've read of this. Who chaired the second session?</p></div>
<div class="comment"><b>M. Quist</b><p>Thanks, sharing with my students.</p></div></div>
</article>
<footer>© {x.year} {esc(a['by'])} · <a>Privacy</a> ∙ <a>Terms</a> ∙ <a>Collection notice</a><br><a>Start writing</a> <a>Get the app</a><br>Substack is the home for great culture</footer>
</body>
</html>
"""
    return page, {}

def emailself(a, i):
    x = d(a)
    sent = datetime.datetime(x.year, x.month, x.day, 21, 14) + datetime.timedelta(days=2 + 3 * i)
    hdr = sent.strftime("%a, %d %b %Y %H:%M:%S +0000")
    me = ["Daniel Okafor <d.okafor@mailbox.example>", "Ruth Peralta <rperalta@post.example>",
          "J. Lindqvist <jl@fastmail.example>", "Amal Haddad <amal.h@webmail.example>"][i % 4]
    paper = ["The Harbour Times", "The Evening Standard-Post", "Global Ledger", "The Plains Reporter"][i % 4]
    date = [long_mdy(a), wk_dmy(a), long_dmy(a), short_dmy(a)][i % 4]
    byl = [f"By {a['by']}", f"{a['by']}, Foreign Desk", f"By {a['by']}", f"Story by {a['by']}"][i % 4]
    note = ["for the Tuesday reading group - see para 3", "Keep this one", None, "remember to cite this in the chapter"][i % 4]
    fwd = i % 2 == 1
    headers = (f"From: {me}\nTo: {me}\nDate: {hdr}\nSubject: {'Fwd: ' if fwd else ''}{a['title']}\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"")
    intro = ("---------- Forwarded message ---------\nFrom: " + paper + " <newsletter@" + paper.lower().replace(' ', '').replace('-', '') +
             ".example>\nDate: " + long_mdy(a) + "\nSubject: " + a["title"]) if fwd else \
            f"This article was sent to you from {paper}.\nhttp://www.{paper.lower().replace(' ', '')}.example/world/{a['key']}"
    text = blocks(headers, note, intro, a["title"], byl, date,
                  "\n\n".join(a["paras"]),
                  f"(c) {x.year} {paper}. To unsubscribe from article e-mails, visit your account settings.",
                  "--\nSent from my phone" if i % 2 == 0 else "Sent from Mail for Windows")
    return text, {}

def html_word(a, i):
    x = d(a)
    clerk = ["Registry Clerk", "jpemberton", "Press Cuttings Unit", "Nadia Ferreira"][i % 4]
    saved = x + datetime.timedelta(days=1 + i)
    src = ["The Harbour Times", "Global Ledger", "The Plains Reporter", "The Evening Post"][i % 4]
    dateline = [f"{src}, {long_dmy(a)}, p. {3 + i}", f"{src} – {wk_dmy(a)}", f"Source: {src}<br>Date: {long_mdy(a)}", f"{long_dmy(a)} | {src}"][i % 4]
    ps = "\n".join(f"<p class=MsoNormal style='text-align:justify;line-height:115%'><span lang=EN-GB style='font-size:11.0pt;font-family:\"Times New Roman\",serif'>{esc(p)}<o:p></o:p></span></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for p in a["paras"])
    page = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>Press cuttings {saved.strftime('%Y')} no {40 + i}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{clerk}</o:Author>
  <o:LastAuthor>{clerk}</o:LastAuthor>
  <o:Revision>{2 + i}</o:Revision>
  <o:Created>{saved.isoformat()}T08:12:00Z</o:Created>
  <o:LastSaved>{saved.isoformat()}T08:40:00Z</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Words>{40 * len(a['paras'])}</o:Words>
  <o:Company>Documentation Centre</o:Company>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;mso-style-qformat:yes;margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:"Times New Roman",serif;}}
p.MsoTitle {{mso-style-priority:10;font-size:20.0pt;font-family:"Calibri Light",sans-serif;}}
@page WordSection1 {{size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
-->
</style>
</head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<div class=WordSection1>
<p class=MsoNormal align=right style='text-align:right'><span style='font-size:9.0pt;color:gray'>RESTRICTED – FOR INTERNAL CIRCULATION<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoTitle><span lang=EN-GB>{esc(a['title'])}<o:p></o:p></span></p>
<p class=MsoNormal><i><span style='font-size:10.0pt'>{dateline}<o:p></o:p></span></i></p>
<p class=MsoNormal><b><span style='font-size:10.0pt'>By {esc(a['by'])}<o:p></o:p></span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{ps}
<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>Filed by the Documentation Centre, {long_dmy(dict(date=saved.isoformat()))}. Ref. DC/{saved.year}/{100 + 7 * i}<o:p></o:p></span></p>
</div>
</body>
</html>
"""
    return page, {}

def forum(a, i):
    x = d(a)
    post = datetime.datetime(x.year, x.month, x.day, 9, 14) + datetime.timedelta(days=1 + i)
    user = ["old_attache", "Borderlands", "kestrel_22", "Consul Emeritus"][i % 4]
    thread = ["about time too", "anyone following this?", "good news for once", "thoughts?"][i % 4]
    src = ["Harbour Times", "Global Ledger", "Plains Reporter", "Evening Post"][i % 4]
    body = "\n\n".join(a["paras"])
    quote = blocks(a["title"], f"{src}, {long_mdy(a) if i % 2 == 0 else long_dmy(a)}", f"By {a['by']}", body).rstrip("\n")
    text = blocks("International Affairs Forum :: View topic - " + thread,
                  "FAQ  Search  Memberlist  Usergroups  Register\nProfile  Log in to check your private messages  Log in",
                  "International Affairs Forum Forum Index -> World News & Diplomacy",
                  f"{thread}\nGoto page 1, 2  Next",
                  "Author\tMessage",
                  f"{user}\nJoined: 14 Mar {post.year - 2}\nPosts: {812 + 97 * i}\nLocation: somewhere quiet",
                  f"PostPosted: {post.strftime('%a %b %d, %Y %I:%M %p').replace(' 0', ' ')}    Post subject: {thread}",
                  "Saw this in the paper, copying it here for those who can't get past the site:",
                  "Quote:\n" + quote,
                  "My two cents: they've announced this sort of thing before. We'll see.",
                  "_________________\nThe map is not the territory.",
                  "Back to top\nProfile  PM  Email",
                  f"Borderlands\nJoined: 02 Jan {post.year - 1}\nPosts: 344",
                  f"PostPosted: {(post + datetime.timedelta(hours=3)).strftime('%a %b %d, %Y %I:%M %p').replace(' 0', ' ')}    Post subject: Re: {thread}",
                  "Thanks for posting. Does anyone have the text of the agreement itself?",
                  "Back to top",
                  "Display posts from previous: All Posts  Oldest First",
                  "All times are GMT\nPage 1 of 2\nPowered by phpBB © 2001, 2005 phpBB Group")
    return text, {}

def printed(a, i):
    x = d(a)
    pd = datetime.date(2024, 3, 18) + datetime.timedelta(days=9 * i)
    site = ["The Harbour Times", "Global Ledger", "The Plains Reporter", "The Evening Post"][i % 4]
    url = f"https://www.{site.lower().replace(' ', '').replace('the', '', 1)}.example/world/{x.year}/{x.month:02d}/{a['key']}"
    short = a["title"] if len(a["title"]) < 50 else a["title"][:47] + "..."
    head = f"{pd.month}/{pd.day}/{pd.strftime('%y')}, {3 + i}:{15 + i:02d} PM" + " " * 10 + f"{short} | {site}"
    foot = lambda n: url + " " * 12 + f"{n}/2"
    date = [long_mdy(a), wk_dmy(a), f"Published {long_dmy(a)}", long_mdy(a) + " at 7:02 a.m."][i % 4]
    byl = [f"By {a['by']}", f"By {a['by']} | Staff writer", a["by"], f"By {a['by']}"][i % 4]
    p = list(a["paras"])
    # break the page in the middle of the paragraph before last
    k = max(0, len(p) - 2)
    words = p[k].split(" ")
    h = len(words) // 2
    broken = " ".join(words[:h]) + "\n\n" + foot(1) + "\n\f" + head + "\n\n" + " ".join(words[h:])
    body = "\n\n".join(p[:k] + [broken] + p[k + 1:])
    text = blocks(head, f"{site}\nSubscribe  Sign in", "World", a["title"], byl, date,
                  "Listen · 4 min" if i % 2 else None,
                  body,
                  "More in World\n" + "\n".join(others(a, 3)),
                  f"© {max(x.year, 2020)} {site}. Terms of use · Privacy",
                  foot(2))
    return text, {}

BLIND76 = [("html-newsletter", html_newsletter, "html"), ("emailself", emailself, "txt"), ("html-word", html_word, "html"),
           ("forum", forum, "txt"), ("printed", printed, "txt")]

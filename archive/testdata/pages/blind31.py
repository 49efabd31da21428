# The thirty-first held-out batch, a blind one: written without reading the
# reader, read once for the unseen score, not tuned on. Kinds in no other
# set: an Indian English daily's text save (dateline in the first line,
# "ALSO READ" inside the text, "Published -" after it), a 1990s table-layout
# newspaper's HTML with <FONT> tags and unclosed <P>, an Australian
# broadcaster's page ("By Europe correspondent ...", "First posted" at the
# foot), a newsletter platform's HTML post with likes, subscribe box and
# discussion, a LiveJournal-style entry with mood lines and comments. All
# text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def esc(s):
    return html.escape(s, quote=False)

def ampm(h, m):
    return f"{(h - 1) % 12 + 1:02d}:{m:02d} {'am' if h < 12 else 'pm'}"

def india(a, i):
    x = d(a)
    p = list(a["paras"])
    if i % 2:
        # Times-style: the city opens the first paragraph
        p[0] = a["place"] + ": " + p[0]
        top = [a["by"] + ", TNN", f"Last Updated: {short_dmy(a)}, {ampm(14 + i, 15)} IST"]
        foot = None
    else:
        top = [f"{a['place'].title()}", a["by"], f"Updated - {long_mdy(a)} {ampm(16, 2 + i)} IST"]
        foot = f"Published - {long_mdy(a)} {ampm(10, 40)} IST"
    body = p[:2] + ["ALSO READ: " + others(a, 1)[0]] + p[2:]
    text = blocks("Skip to main content", "e-Paper | Subscribe | Sign In",
                  "THE SOUTHERN MAIL", "HOME\nNEWS\nINDIA\nWORLD\nBUSINESS\nSPORT\nOPINION\nENTERTAINMENT",
                  "News / World", a["title"], "\n".join(top),
                  "\n\n".join(body), foot,
                  "Related Topics\nworld politics\ninternational relations",
                  "COMMENTS", "Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.",
                  "Read Comments", "Printable version | " + short_dmy(a) + " " + ampm(21, 5) + " IST",
                  f"Copyright© {x.year}, THE SOUTHERN MAIL")
    return text, dict(paras=p)

def html_table1998(a, i):
    x = d(a)
    mdy = f"{x.strftime('%A')}, {long_mdy(a)}"
    ps = "\n".join(f"<P>{esc(q)}" for q in a["paras"])
    dateline = ["", f"<FONT SIZE=2>{long_mdy(a)}</FONT><BR>\n", "", ""][i % 4]
    top = f'<FONT FACE="Arial" SIZE=1>{mdy}</FONT>' if i % 4 in (0, 2) else '<FONT FACE="Arial" SIZE=1>Updated daily at 6 a.m.</FONT>'
    after = {3: f"<P><FONT SIZE=1><I>Posted at 10:12 p.m. {x.strftime('%A')}, {long_mdy(a)}</I></FONT>\n", 1: ""}.get(i % 4, "")
    page = f"""<HTML>
<HEAD>
<TITLE>The Valley Sentinel - World</TITLE>
<META NAME="keywords" CONTENT="news, world, valley, sentinel">
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003366" VLINK="#663366">
<CENTER>
<TABLE WIDTH=600 BORDER=0 CELLPADDING=2 CELLSPACING=0>
<TR><TD COLSPAN=2><IMG SRC="/images/masthead.gif" ALT="The Valley Sentinel Online" WIDTH=600 HEIGHT=80 BORDER=0></TD></TR>
<TR><TD COLSPAN=2 BGCOLOR="#003366" ALIGN=RIGHT>{top}</TD></TR>
<TR>
<TD WIDTH=120 VALIGN=TOP BGCOLOR="#DDDDDD">
<FONT FACE="Arial" SIZE=2>
<A HREF="/">Front Page</A><BR>
<A HREF="/local/">Local News</A><BR>
<A HREF="/world/">World</A><BR>
<A HREF="/sports/">Sports</A><BR>
<A HREF="/obits/">Obituaries</A><BR>
<A HREF="/classified/">Classifieds</A><BR>
<A HREF="/weather/">Weather</A><BR>
<BR>
<A HREF="/subscribe/">Subscribe!</A><BR>
<A HREF="/archive/">Archives</A>
</FONT>
</TD>
<TD WIDTH=480 VALIGN=TOP>
<FONT FACE="Times New Roman,Times" SIZE=3>
<FONT SIZE=5><B>{esc(a['title'])}</B></FONT><BR>
{dateline}<FONT SIZE=2><I>By {a['by']}<BR>Sentinel Wire Services</I></FONT>
{ps}
{after}<P><CENTER><FONT SIZE=1>[ <A HREF="/">Front Page</A> | <A HREF="/world/">World</A> | <A HREF="mailto:editor@sentinel.example">E-mail the Editor</A> ]</FONT></CENTER>
</FONT>
</TD>
</TR>
<TR><TD COLSPAN=2 ALIGN=CENTER><FONT SIZE=1>Copyright &copy; {x.year} The Valley Sentinel. All rights reserved.<BR>Best viewed with Netscape Navigator 4.0 at 800x600.</FONT></TD></TR>
</TABLE>
<P><IMG SRC="/cgi-bin/counter.cgi?page=world" ALT="counter"> visitors since March 1997
</CENTER>
</BODY>
</HTML>
"""
    return page, {}

def abcau(a, i):
    x = d(a)
    region = {"GENEVA": "Europe", "ANKARA": "Europe", "NAIROBI": "Africa", "LIMA": "South America", "NEW YORK": "North America",
              "TBILISI": "Europe", "PARIS": "Europe", "KHARTOUM": "Africa", "CANCUN": "North America", "BAKU": "Europe",
              "OSLO": "Europe", "DOHA": "Middle East", "VALLETTA": "Europe", "BRUSSELS": "Europe", "SOFIA": "Europe",
              "WARSAW": "Europe", "KAMPALA": "Africa", "TRIESTE": "Europe", "ACCRA": "Africa", "SUVA": "Pacific",
              "NICOSIA": "Europe", "LISBON": "Europe", "KABUL": "South Asia", "GRENADA": "Latin America",
              "SKOPJE": "Europe", "MUZAFFARABAD": "South Asia"}.get(a["place"], "Foreign")
    by = [f"By {region} correspondent {a['by']}", f"By {a['by']}", f"By foreign affairs reporter {a['by']}, wires",
          f"By {region} correspondent {a['by']} in {a['place'].title()}"][i % 4]
    t = lambda h, m: f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"
    upd_day = x + datetime.timedelta(days=1 if i % 2 else 0)
    updated = f"Updated {upd_day.day} {upd_day.strftime('%b')} {upd_day.year}, {t(14, 32)}"
    p = a["paras"]
    cap = f"Photo: Delegates arrive for the meeting in {a['place'].title()}. (Reuters: Paul Weir)"
    body = p[:1] + [cap] + p[1:] if i % 2 == 0 else list(p)
    first = f"First posted {long_mdy(a)} 11:{5 + i:02d}:3{i}"
    text = blocks("ANB News", "Just In\nAustralia\nWorld\nBusiness\nAnalysis\nSport\nScience\nHealth\nArts",
                  "Print\nEmail\nFacebook\nTwitter\nMore",
                  a["title"], by, updated,
                  "\n\n".join(body),
                  "Topics: world-politics, foreign-affairs, " + a["place"].lower().replace(" ", "-"),
                  first,
                  "Contact ANB News", "More stories from World", "\n".join(others(a, 3)),
                  "Top Stories", "\n".join(others(a, 5)[3:]),
                  "ANB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.",
                  "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.")
    return text, {}

def html_substack(a, i):
    x = d(a)
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    dek = [f"What happened in {a['place'].title()} this week, and why it matters",
           "A short dispatch, and a note on what to watch next",
           f"Notes from {a['place'].title()}",
           "This week's letter is a single story"][i % 4]
    date = f"{x.strftime('%b')} {x.day}, {x.year}"
    likes, restacks, comments = 14 + i * 3, 2 + i, 3 + i
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} - by {a['by']} - The Corridor Letter</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(dek)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">The Corridor Letter</a>
<div class="navbar-buttons"><button class="button primary">Subscribe</button><a class="button" href="/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header">
<h1 class="post-title published">{esc(a['title'])}</h1>
<h3 class="subtitle">{esc(dek)}</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="profile-hover-card-target"><a href="/profile/{a['key']}">{a['by']}</a></div>
<div class="post-date" title="{x.strftime('%b')} {x.day}, {x.year}, 9:30 AM">{date}</div></div>
<div class="post-ufi"><a class="like-button"><span class="label">{likes}</span></a><a class="comment-button"><span class="label">{comments}</span></a><a class="share-button">Share</a></div></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
{ps}
<div class="subscription-widget-wrap"><p class="cta-caption">Thanks for reading The Corridor Letter! Subscribe for free to receive new posts and support my work.</p>
<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div>
</div></div>
<div class="post-footer"><a class="like-button">{likes} Likes</a> <a class="restack-button">{restacks} Restacks</a> <a class="share-button">Share</a></div>
</article>
<div class="comments-section"><h4>Discussion about this post</h4>
<div class="comment"><div class="comment-meta"><a>Peter Lund</a> <span>{x.strftime('%b')} {x.day + 1 if x.day < 28 else x.day}</span></div><div class="comment-body"><p>Clear and useful as always. Will you follow this up when the next round starts?</p></div></div>
<div class="comment"><div class="comment-meta"><a>{a['by']}</a> <span>Author</span></div><div class="comment-body"><p>Yes, I plan to.</p></div></div>
</div></div>
<div class="footer-wrap"><div class="footer">© {x.year} {a['by']} · <a>Privacy</a> ∙ <a>Terms</a> ∙ <a>Collection notice</a></div>
<div class="footer-slogan"><a>Start writing</a> <a>Get the app</a></div>
<p>Letterstack is the home for great writing</p></div>
</body></html>
"""
    return page, {}

def livejournal(a, i):
    x = d(a)
    user = ["corridor_notes", "wandering_desk", "marginalia_01", "border_lines"][i % 4]
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(x.day, "th")
    stamp = f"{x.strftime('%b')}. {x.day}{suf}, {x.year} at {['10:42 pm', '08:15 am', '11:59 pm', '03:20 pm'][i % 4]}"
    mood = ["tired", "hopeful", "busy", "thoughtful"][i % 4]
    text = blocks(f"{a['by']}'s Journal", f"{user}",
                  "Recent Entries\nArchive\nFriends\nProfile\nMemories",
                  f"{user} wrote,\n{stamp}",
                  a["title"],
                  "\n\n".join(a["paras"]),
                  f"Current Location: {a['place'].title()}\nCurrent Mood: {mood}\nCurrent Music: radio in the hotel lobby",
                  "Tags: news, work, " + a["place"].lower(),
                  f"( {2 + i} comments — Leave a comment )",
                  "Previous Entry | Add to Memories | Share | Next Entry",
                  f"lantern_keeper\n{x.strftime('%b')}. {x.day}{suf}, {x.year} 11:58 pm (UTC)\nThanks for posting this, the papers here had almost nothing on it.\n(Reply) (Thread)",
                  f"{user}\n{x.strftime('%b')}. {x.day}{suf}, {x.year} 11:59 pm (UTC)\nThere will be more once the next meeting happens.\n(Reply) (Parent) (Thread)",
                  "Powered by LiveJournal.com")
    return text, {}

BLIND31 = [("india", india, "txt"), ("html-table1998", html_table1998, "html"), ("abcau", abcau, "txt"),
            ("html-substack", html_substack, "html"), ("livejournal", livejournal, "txt")]

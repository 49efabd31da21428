# The fifty-fifth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b54.py. Its theme is news sites saved
# as text. Kinds in no other set: a feed item saved as text from a desktop
# mail program's feed folder (its From, Sent and Subject lines, the feed's
# "The post ... appeared first on" line); a regional paper copied with
# Ctrl-A whose translation widget lists its languages one a line beside an
# accessibility bar; a handheld's offline channel saved as text, with the
# channel's last-synchronised date; a 24-hour news channel's page copied
# whole, its scrolling ticker caught twice and image source and caption
# lines between the paragraphs; a feed reader's public page of one shared
# item in HTML, with the sharer's note and the date it was shared. All
# text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b54

POOL = articles_b54.POOL

def esc(s):
    return html.escape(s, quote=False)

def feedfolder(a, i):
    x = d(a)
    feed = ["The Harbour Times - World", "Harbour Times » World News", "World | The Harbour Times", "The Harbour Times: Diplomacy"][i % 4]
    sent = [f"{x.strftime('%A')}, {long_mdy(a)} 9:30 AM", f"{long_dmy(a)} 09:30",
            f"{x.strftime('%A')}, {x.day} {x.strftime('%B')} {x.year} 17:04", f"{x.strftime('%a')} {long_mdy(a)} 6:15 PM"][i % 4]
    lab = ["Sent:", "Posted At:", "Sent:", "Received:"][i % 4]
    hdr = f"From:\t{feed}\n{lab}\t{sent}\n"
    if i % 4 == 1:
        hdr += f"Posted To:\tRSS Feeds\\{feed}\nConversation:\t{a['title']}\n"
    else:
        hdr += "To:\tRSS Feeds\n"
    hdr += f"Subject:\t{a['title']}"
    if i % 4 == 3:
        hdr += f"\nAuthor:\t{a['by']}"
    top = [f"By {a['by']}", None, None, None][i % 4]
    if i % 4 == 1:
        top = f"by {a['by']}"
    text = blocks(hdr,
                  top,
                  "\n\n".join(a["paras"]),
                  f"The post {a['title']} appeared first on The Harbour Times.",
                  "View article...",
                  None if i % 2 else "Attachments:\t" + a["key"] + "-1024x683.jpg")
    return text, dict(byline="" if i % 4 == 2 else a["by"])

LANGS = ["Afrikaans", "Albanian", "Arabic", "Armenian", "Basque", "Bengali", "Bulgarian", "Catalan",
         "Chinese (Simplified)", "Croatian", "Czech", "Danish", "Dutch", "Estonian", "Filipino", "Finnish",
         "French", "Georgian", "German", "Greek", "Hebrew", "Hindi", "Hungarian", "Icelandic", "Indonesian",
         "Irish", "Italian", "Japanese", "Korean", "Latvian", "Lithuanian", "Malay", "Norwegian", "Persian",
         "Polish", "Portuguese", "Romanian", "Russian", "Serbian", "Slovak", "Slovenian", "Spanish", "Swahili",
         "Swedish", "Thai", "Turkish", "Ukrainian", "Urdu", "Vietnamese", "Welsh", "Yiddish", "Zulu"]

def translatewidget(a, i):
    x = d(a)
    widget = "Select Language\n" + "\n".join(LANGS) + "\nPowered by Translate"
    access = "Accessibility\nA-\nA\nA+\nHigh contrast\nReset"
    upd = x + datetime.timedelta(days=[0, 1, 0, 3][i % 4])
    when = [f"Published on {wk_dmy(a)} 09:30\nLast Updated on {wk_dmy(a)} 17:45",
            f"Published: {long_dmy(a)}\nUpdated: {upd.day} {upd.strftime('%B')} {upd.year}",
            f"{x.strftime('%A')}, {long_mdy(a)}",
            f"Created: {long_dmy(a)}\nHits: {1000 + 37 * i}"][i % 4]
    byl = [f"Written by {a['by']}", f"By {a['by']}", f"{a['by']} | News Reporter", f"Written by {a['by']}"][i % 4]
    p = list(a["paras"])
    cap = f"Image: The signing in {a['place'].title()}. Photo: Dales Courier / Supplied"
    body = p[:1] + [cap] + p[1:] if len(p) > 2 else p + []
    weather = f"{['Light rain', 'Sunny', 'Overcast', 'Showers'][i % 4]} {9 + 3 * i}°C"
    parts = ["Skip to main content", "The Dales Courier", weather,
             f"{wk_dmy(a)}" if i % 2 == 0 else None,
             access, widget if i % 2 == 0 else None,
             "Home\nNews\nWorld\nSport\nWhat's On\nFamily Notices\nJobs\nSubscribe",
             "Log in | Register",
             "World", a["title"], byl, when,
             "\n\n".join(body),
             "Tags: World, Diplomacy, " + a["place"].title(),
             "Share on Facebook\nShare on X\nShare by Email",
             "Comments\nPlease log in to comment. Comments are moderated and may take up to 24 hours to appear.",
             "Most Popular\n" + "\n".join(others(a, 4)),
             widget if i % 2 == 1 else None,
             f"© {x.year} The Dales Courier. All rights reserved.\nContact Us | Advertise | Privacy | Cookie Settings",
             "Back to top"]
    return blocks(*parts), dict(byline=a["by"])

def offlinechannel(a, i):
    x = d(a)
    sync = x + datetime.timedelta(days=2 + i)
    when = [f"Posted: {long_mdy(a)}", f"Updated {x.strftime('%a %b')} {x.day} {x.year} 10:15 AM PDT",
            f"{x.strftime('%b')}. {x.day}, {x.year}", f"Posted {long_mdy(a)} at 6:40 p.m."][i % 4]
    byl = [f"By {a['by']}", f"{a['by'].upper()}\nLedger Foreign Staff", f"By {a['by']}\nSpecial to the Ledger", None][i % 4]
    text = blocks("PocketChannel",
                  "My Channels | Channel Manager | Sync Now | Help",
                  f"Last synchronized: {sync.strftime('%b')} {sync.day}, {sync.year} 6:05 AM",
                  "The Pacific Ledger\nPacific Ledger: World",
                  "<< Back to Headlines",
                  a["title"],
                  when,
                  byl,
                  "\n\n".join(a["paras"]),
                  "[Image not included in this channel]" if i % 2 else None,
                  "<< Back to Headlines | Next Story >>",
                  "More World Headlines\n" + "\n".join("- " + t for t in others(a, 3)),
                  "Top | World | Nation | Business | Sports | Home",
                  f"Channel size: 9{i}K of 100K\nCopyright {x.year} The Pacific Ledger\nPowered by PocketChannel")
    return text, dict(byline=[a["by"], a["by"].upper(), a["by"], ""][i % 4])

def tickercopy(a, i):
    x = d(a)
    items = others(a, 3)
    tick = "BREAKING  " + "  •  ".join(items + items)
    when = [f"{long_dmy(a)}, 09:30 GMT", f"Published {long_dmy(a)}\n2 days ago",
            f"Updated {x.day} {x.strftime('%B')} {x.year}, 17:04 GMT", f"{x.day} {x.strftime('%b')} {x.year}\nWorldNow 24"][i % 4]
    byl = [f"By {a['by']}\nInternational correspondent", f"{a['by']}\nDiplomatic correspondent, {a['place'].title()}",
           f"By {a['by']}, WorldNow 24 News", None][i % 4]
    p = list(a["paras"])
    img = f"Image source, {['WorldNow 24', 'Getty Images', 'Handout', 'WorldNow 24'][i % 4]}\nImage caption,\nOfficials arrive for the meeting in {a['place'].title()}"
    vid = f"Media caption,\nWatch: What the agreement means, in 90 seconds"
    body = p[:1] + [img] + p[1:3] + ([vid] if len(p) > 3 else []) + p[3:]
    text = blocks("Skip to content", "WorldNow 24",
                  "LIVE TV\nWatch\nListen\nSign in\nMenu",
                  tick,
                  "Home\nWorld\nAfrica\nAsia\nEurope\nMiddle East\nAmericas\nBusiness\nClimate\nVideo",
                  "World", a["title"],
                  byl, when,
                  "Share\nSave",
                  "\n\n".join(body),
                  "Related Topics\nDiplomacy\n" + a["place"].title(),
                  "More on this story\n" + "\n".join(others(a, 5)[3:]),
                  "Top Stories\n" + "\n".join(items) + "\n" + "Live: Markets react to central bank decision",
                  "Watch live\nWorldNow 24 — around the clock, around the world",
                  f"Terms of Use\nAbout WorldNow 24\nPrivacy Policy\nCookies\nContact\n© {x.year} WorldNow 24. WorldNow 24 is not responsible for the content of external sites.")
    return text, dict(byline="" if i % 4 == 3 else a["by"])

def html_sharedreader(a, i):
    x = d(a)
    sharer = ["Bob Tanaka", "Marguerite L.", "ines.f", "Kofi Asante"][i % 4]
    shared = x + datetime.timedelta(days=[1, 2, 5, 0][i % 4])
    note = ["Finally some movement on this. Thanks to Ruth for the link.", "Worth reading the last paragraph twice.",
            "", "For the seminar on Thursday — see the part about the commission."][i % 4]
    src = ["The Harbour Times - World", "Baltic Observer » News", "Coastal Gazette: International", "The Harbour Times - World"][i % 4]
    pub = [f"{x.strftime('%b')} {x.day}, {x.year} 9:30 AM", f"{long_dmy(a)}", f"{x.strftime('%a')}, {short_dmy(a)} 09:30:00 GMT", f"{long_mdy(a)}"][i % 4]
    who = [f'by <span class="author">{esc(a["by"])}</span>', f'by <span class="author">{esc(a["by"])}</span>', "",
           f'<span class="author">{esc(a["by"])}</span>'][i % 4]
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    older = "".join(f'<li><a href="/shared/item/{5000 + n}">{esc(t)}</a> <span class="when">{n + 2} days ago</span></li>' for n, t in enumerate(others(a, 4)))
    notebox = f'<div class="share-note"><span class="who">{esc(sharer)}</span>\'s note: <q>{esc(note)}</q></div>' if note else ""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(sharer)}'s shared items - {esc(a['title'])}</title>
<link rel="alternate" type="application/atom+xml" title="{esc(sharer)}'s shared items" href="/shared/{i}/feed">
</head>
<body>
<div id="gbar"><a href="/">FeedSpool</a> <a href="/reader">Reader</a> <a href="/shared">Shared</a> <a href="/signin">Sign in</a></div>
<div id="header"><h1 class="shared-title">{esc(sharer)}'s shared items</h1>
<p class="sub">Items {esc(sharer)} found interesting. <a href="/shared/{i}/feed">Atom feed</a></p></div>
<div id="items">
<div class="item">
{notebox}
<h2 class="item-title"><a href="https://www.example.com/world/{a['key']}">{esc(a['title'])}</a></h2>
<div class="item-source">from <a href="/feed/{i}">{esc(src)}</a> {who}</div>
<div class="item-dates">Published {pub} · Shared by {esc(sharer)} on {shared.strftime('%b')} {shared.day}, {shared.year}</div>
<div class="item-body">
{ps}
</div>
<div class="item-actions"><a>Share</a> · <a>Like</a> ({i + 2} people liked this) · <a>Email</a> · <a>Add star</a></div>
</div>
<div class="older"><h3>Older items</h3><ul>{older}</ul></div>
</div>
<div id="footer">©{max(x.year, 2009)} FeedSpool - <a href="/terms">Terms of Service</a> - <a href="/privacy">Privacy Policy</a> - <a href="/help">Help</a></div>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

BLIND55 = [("feedfolder", feedfolder, "txt"), ("translatewidget", translatewidget, "txt"), ("offlinechannel", offlinechannel, "txt"),
           ("tickercopy", tickercopy, "txt"), ("html-sharedreader", html_sharedreader, "html")]

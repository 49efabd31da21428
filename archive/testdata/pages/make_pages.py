#!/usr/bin/env python3
"""Writes the page fixtures and expect.json from articles.py.

Each layout below imitates how one kind of site (or browser) saves an
article: the chrome around the text is invented, as are the articles. The
expected fields come from the article itself, never from a reader's output.
Run from this folder: python3 make_pages.py SET, SET one of dev, heldout,
unseen, unseen3 .. unseen60, blindNN (each set after dev was written after the
reader had been adjusted on the ones before it; see docs/QUALITY.md).
"""
import datetime, json, os, sys, textwrap
from articles import ARTICLES

def d(a):
    return datetime.date.fromisoformat(a["date"])

def long_mdy(a):   # December 23, 2012
    x = d(a); return f"{x.strftime('%B')} {x.day}, {x.year}"
def long_dmy(a):   # 23 December 2012
    x = d(a); return f"{x.day} {x.strftime('%B')} {x.year}"
def wk_dmy(a):     # Sunday, 23 December 2012
    x = d(a); return f"{x.strftime('%A')}, {x.day} {x.strftime('%B')} {x.year}"
def short_wire(a): # Sun Dec 23, 2012
    x = d(a); return f"{x.strftime('%a %b')} {x.day}, {x.year}"
def short_dmy(a):  # 23 Dec 2012
    x = d(a); return f"{x.day} {x.strftime('%b')} {x.year}"
def slash_dmy(a):  # 23/12/2012
    x = d(a); return f"{x.day:02d}/{x.month:02d}/{x.year}"
def shifted(a, days):
    x = d(a) + datetime.timedelta(days=days); return f"{x.day} {x.strftime('%B')} {x.year}"

OTHER = {a["key"]: a for a in ARTICLES}
def others(a, n):
    """Headlines of other articles, for related and most-read lists."""
    out = [b["title"] for b in ARTICLES if b["key"] != a["key"]]
    k = sum(map(ord, a["key"])) % len(out)
    return (out[k:] + out[:k])[:n]

def blocks(*parts):
    return "\n\n".join(p for p in parts if p is not None) + "\n"

# --- layouts: each returns (file name, text, expected) ----------------------
# expected: dict of fields that differ from the article (date "", paras).

def wire(a, i):
    first = f"{a['place']} (Wire) - " + a["paras"][0]
    paras = [first] + a["paras"][1:]
    dl = [short_wire(a) + " 10:15 AM ET", short_wire(a) + " 4:02 PM ET", short_wire(a) + " 9:48 AM ET", short_wire(a) + " 11:30 PM ET"][i % 4]
    credit = ["(Additional reporting by Ruth Calder; Editing by Simon Park)",
              "(Reporting by Paul Weir; Editing by Anna Brody)",
              "(Additional reporting by Karim Saleh in Cairo; Writing by Dora Lutz; Editing by Mark Hale)",
              "(Editing by Jon Pike)"][i % 4]
    text = blocks("Wire News", "Home\nWorld\nBusiness\nMarkets\nPolitics\nTechnology",
                  a["title"], dl, "By " + a["by"],
                  "\n\n".join(paras), credit,
                  "E-mail this to a friend\nPrintable version\nReprints",
                  "© Wire News 2004. All rights reserved. Users may download and print extracts of content from this website for their own personal and non-commercial use only.",
                  "Wire News, the news and media division of Wire Group, is the world's largest international multimedia news agency.")
    return text, dict(paras=paras)

def broadsheet(a, i):
    crumbs = ["Home > World > Europe", "Home > World > Africa", "Home > News > Diplomacy", "Home > World > Asia"][i % 4]
    byline = ["By {} , diplomatic correspondent", "By {}, Diplomatic Editor", "By {} in " + a["place"].title(), "By {}, foreign affairs writer"][i % 4].format(a["by"]).replace(" ,", ",")
    date = ["Published: " + long_dmy(a), "Published " + long_dmy(a) + " · Updated " + shifted(a, 2),
            "Updated " + a["date"] + " 14:05 GMT", "First published on " + wk_dmy(a) + " 09.12 BST"][i % 4]
    body = list(a["paras"])
    body_text = "\n\n".join(body[:2] + ["Continue reading the main story"] + body[2:])
    rel = others(a, 3)
    text = blocks("The Daily Ledger", "Home\nNews\nWorld\nPolitics\nBusiness\nOpinion\nCulture\nSport",
                  crumbs, a["title"], byline, date, body_text,
                  "Share this article\nFacebook\nTwitter\nEmail",
                  "Related stories\n" + "\n".join(rel),
                  "Most read\n" + "\n".join(f"{n+1}. {t}" for n, t in enumerate(others(a, 5)[::-1])),
                  "Sign up for our newsletter to get the best of the week's world news in your inbox every Friday.",
                  "Copyright 2012 The Daily Ledger Ltd. Registered in England and Wales.")
    return text, {}

def tabloid(a, i):
    byline = f"By {a['by']} | {wk_dmy(a)}, 14:32 GMT"
    body = list(a["paras"])
    body_text = "\n\n".join(body[:1] + ["Advertisement"] + body[1:3] + ["Story continues below advertisement"] + body[3:])
    comments = ["Comments (12)", "Have your say",
                "redfox71 wrote: Typical. They talk and talk and nothing changes for ordinary people.",
                "marion_b wrote: At least they are talking, which is more than last year.",
                "Load more comments"]
    text = blocks("News", "World", "Sport", "Showbiz", "Money",
                  a["title"].upper() if i % 2 else a["title"],
                  byline, "Updated 3 hours ago" if i % 2 == 0 else None,
                  body_text, "Share this story", "\n\n".join(comments),
                  "MORE FROM THE SUN-STAR", "\n".join(others(a, 4)),
                  "© 2012 Sun-Star Media Group. All rights reserved.")
    return text, dict(title=a["title"].upper() if i % 2 else a["title"])

def blog(a, i):
    posted = [f"Posted by {a['by']} on {long_mdy(a)}", f"Posted on {long_mdy(a)} by {a['by']}",
              f"Posted by {a['by']} on {long_mdy(a)} at 10:42 AM", f"{long_mdy(a)} · by {a['by']}"][i % 4]
    top = i % 2 == 0
    text = blocks("Notes from the Corridor", "A blog about diplomacy and the people who do it",
                  "About\nArchive\nContact",
                  a["title"], posted if top else None,
                  "\n\n".join(a["paras"]),
                  None if top else posted,
                  "Tags: diplomacy, talks, " + a["place"].title(),
                  "3 comments:",
                  "Anonymous said...\nGood summary, thanks. I had not seen the point about the second round anywhere else.\nJuly 25, 2004 at 8:01 AM",
                  "Peter W said...\nWhere do you get your figures? They seem high to me.\nJuly 25, 2004 at 9:17 AM",
                  "Post a Comment", "Newer Post Older Post Home",
                  "Subscribe to: Post Comments (Atom)")
    return text, {}

def govpress(a, i):
    date = [long_mdy(a), "Date: " + long_dmy(a), "For Immediate Release\n" + long_mdy(a), wk_dmy(a)][i % 4]
    text = blocks("Ministry of Foreign Affairs", "Home | About the Ministry | Press Room | Travel Advice | Contact",
                  "Press Release", "Office of the Spokesperson", date, a["title"],
                  "\n\n".join(a["paras"]), "###",
                  "Media contact: Press Office, +1 555 0100, press@example.org",
                  "Printer-friendly version", "Back to top",
                  "Privacy notice | Accessibility | Freedom of information")
    return text, dict(byline="")

def saveastext(a, i):
    read = ["5 min read", "3 min read", "4 min read", "6 min read"][i % 4]
    cookie = "We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse you agree to our use of cookies.\nAccept all\nManage preferences"
    date = [long_mdy(a), short_dmy(a) + ", 14:05", wk_dmy(a), a["date"]][i % 4]
    body = list(a["paras"])
    body_text = "\n\n".join(body[:2] + ["Read more: " + others(a, 1)[0]] + body[2:])
    text = blocks("Skip to main content", cookie, "Menu", "Search", "The Continental Review",
                  "World", a["title"], a["by"], date, read,
                  body_text, "Topics:\nDiplomacy\nEurope\nSecurity",
                  "Read more", "\n".join(others(a, 3)),
                  "About us\nContact\nTerms of service\nPrivacy",
                  "© 2010 The Continental Review")
    return text, {}

def printview(a, i):
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in a["paras"])
    date = [slash_dmy(a), long_dmy(a), slash_dmy(a), short_dmy(a)][i % 4]
    lang = "Language: en-GB\n" if i % 4 == 0 else ""
    expect = {}
    if i % 4 == 2:  # a numeric date with no locale hint: only unambiguous ones are read
        x = d(a)
        if x.day <= 12:
            expect["date"] = ""
    text = blocks("Print this page | Close window", "The Northern Courier",
                  "https://www.northern-courier.example/world/" + a["key"],
                  lang + a["title"], "By " + a["by"] + ", " + date,
                  wrapped,
                  "Printable version of: " + a["title"],
                  "© Northern Courier Newspapers 2004")
    return text, expect

def amp(a, i):
    date = [short_dmy(a), long_mdy(a), "Published " + short_dmy(a), long_dmy(a) + " 07:45"][i % 4]
    text = blocks("☰", "Search", "Sign in", "THE MORNING POST",
                  a["title"], a["by"], date, "Share\nTweet\nEmail",
                  "\n\n".join(a["paras"]),
                  "Read more", "Back to top", "View full site",
                  "© The Morning Post. Privacy | Terms | Cookies")
    return text, {}

def aggregator(a, i):
    src = ["Lakeside Herald", "The Evening Wire", "Harbour Times", "Capital Bulletin"][i % 4]
    date = [long_dmy(a), long_mdy(a), short_dmy(a), a["date"]][i % 4]
    text = blocks("NewsDigest", "Top stories\nWorld\nLocal\nFor you",
                  "via " + src, a["title"], f"{src} · {date}" + (" · " + a["by"] if i % 2 else ""),
                  "\n\n".join(a["paras"]),
                  f"Read the full story at {src}",
                  "More from " + src, "\n".join(others(a, 3)),
                  "Not interested in this story? Tell us.")
    return text, dict(byline=a["by"] if i % 2 else "")

def wayback(a, i):
    cap = d(a) + datetime.timedelta(days=30 + 7 * i)
    stamp = cap.strftime("%Y%m%d") + "091512"
    text = blocks("The Wayback Machine - https://web.archive.org/web/" + stamp + "/http://www.gazette.example/world/" + a["key"] + ".html",
                  f"{14 + i} captures",
                  f"{cap.day:02d} {cap.strftime('%b')} {cap.year} - 12 Dec 2012",
                  "The Harbour Gazette",
                  "Front page | World | Nation | Business | Letters",
                  a["title"], "By " + a["by"], "Staff Writer", long_mdy(a),
                  "\n\n".join(a["paras"]),
                  "Send this story to a friend", "Back to World",
                  "Copyright © 2004 The Harbour Gazette")
    return text, {}

def html_page(a, i, kind):
    ps = "\n".join(f"<p>{p.replace('&', '&amp;')}</p>" for p in a["paras"])
    half = len(a["paras"]) // 2
    ps_split = "\n".join(f"<p>{p}</p>" for p in a["paras"][:half]) + \
        '\n<div class="ad"><p>Advertisement</p></div>\n<p class="read-more"><a href="/world/other">Read more: ' + others(a, 1)[0] + '</a></p>\n' + \
        "\n".join(f"<p>{p}</p>" for p in a["paras"][half:])
    cookie = '<div id="cookie-banner"><p>We use cookies to give you the best experience on our website. You can change your settings at any time.</p><button>Accept all</button><button>Reject</button></div>'
    nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>'
    x = d(a)
    if kind == "jsonld":
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": a["date"] + "T08:30:00Z", "author": {"@type": "Person", "name": a["by"]}})
        head = f'<script type="application/ld+json">{ld}</script>'
        byl = f'<p class="byline">By {a["by"]}</p>'
    elif kind == "visible":
        head = ""
        byl = f'<div class="byline"><span class="author">By {a["by"]}</span> <span class="date">{["Published", "Posted", "Updated", "Published"][i % 4]} {long_dmy(a)}</span></div>'
    elif kind == "time":
        head = ""
        byl = f'<div class="meta"><span class="author">{a["by"]}</span> <time datetime="{a["date"]}T10:00:00+02:00">{short_dmy(a)}</time></div>'
    elif kind == "meta":
        head = f'<meta property="article:published_time" content="{a["date"]}T06:00:00Z"><meta name="author" content="{a["by"]}">'
        byl = f'<p class="byline">{a["by"]}</p>'
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{a['title']} | The Meridian</title>
{head}
</head>
<body>
{cookie if i % 2 == 0 else ''}
<header><div class="logo">The Meridian</div>{nav}</header>
<main>
<article>
<h1>{a['title']}</h1>
{byl}
{ps_split if i % 2 == 0 else ps}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">{others(a, 2)[0]}</a></li><li><a href="/b">{others(a, 2)[1]}</a></li></ul></aside>
</main>
<footer><p>Sign up for our newsletter</p><p>© 2012 The Meridian. All rights reserved.</p></footer>
</body>
</html>
"""
    return html, {}

def html_jsonld(a, i): return html_page(a, i, "jsonld")
def html_visible(a, i): return html_page(a, i, "visible")
def html_time(a, i): return html_page(a, i, ["time", "meta"][i % 2])

DEV = [("wire", wire, "txt"), ("broadsheet", broadsheet, "txt"), ("tabloid", tabloid, "txt"),
       ("blog", blog, "txt"), ("govpress", govpress, "txt"), ("saveastext", saveastext, "txt"),
       ("printview", printview, "txt"), ("amp", amp, "txt"), ("aggregator", aggregator, "txt"),
       ("wayback", wayback, "txt"), ("html-jsonld", html_jsonld, "html"), ("html-byline", html_visible, "html"),
       ("html-time", html_time, "html")]

def write(set_name, layouts, start):
    expect = {}
    n = 0
    for li, (name, fn, ext) in enumerate(layouts):
        os.makedirs(os.path.join(set_name, name), exist_ok=True)
        folder = [ARTICLES[(start + li * 5 + i * 7) % len(ARTICLES)] for i in range(4)]
        # A page whose only date is numeric with a day of 12 or less
        # ("ambiguous") is dated when a page of its folder (one site) shows
        # a day over 12, which proves the site's order; else it expects none.
        proven = any(d(b).day > 12 for b in folder)
        for i in range(4):
            a = folder[i]
            text, over = fn(a, i)
            if over.pop("ambiguous", False):
                over["date" if not proven else "date_alone"] = ""
            path = f"{set_name}/{name}/{a['key']}.{ext}"
            with open(path, "w") as f:
                f.write(text)
            paras = over.get("paras", a["paras"])
            expect[path] = dict(title=over.get("title", a["title"]), date=over.get("date", a["date"]),
                                byline=over.get("byline", a["by"]), body=paras)
            if "date_alone" in over:  # read alone, without the folder's order
                expect[path]["date_alone"] = over["date_alone"]
            n += 1
    with open(set_name + "/expect.json", "w") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print(set_name, n, "pages")

if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if which == "dev":
        write("dev", DEV, 0)
    else:
        import heldout  # written after the reader; its own articles join the pool
        ARTICLES[:] = heldout.POOL
        if which == "heldout":
            write("heldout", heldout.HELDOUT, 3)
        elif which == "unseen":
            import unseen
            write("unseen", unseen.UNSEEN, 6)
        elif which == "unseen3":
            import unseen3
            write("unseen3", unseen3.UNSEEN3, 9)
        elif which == "unseen4":
            import unseen4
            write("unseen4", unseen4.UNSEEN4, 12)
        elif which == "unseen5":
            import unseen5
            write("unseen5", unseen5.UNSEEN5, 15)
        elif which == "unseen6":
            import unseen6
            write("unseen6", unseen6.UNSEEN6, 18)
        elif which == "unseen7":
            import unseen7
            write("unseen7", unseen7.UNSEEN7, 21)
            unseen7.settings()
        elif which == "unseen8":
            import unseen8
            write("unseen8", unseen8.UNSEEN8, 24)
        elif which == "unseen9":
            import unseen9
            write("unseen9", unseen9.UNSEEN9, 27)
        elif which == "unseen10":
            import unseen10
            write("unseen10", unseen10.UNSEEN10, 30)
        elif which == "unseen11":
            import unseen11
            write("unseen11", unseen11.UNSEEN11, 33)
        elif which == "unseen12":
            import unseen12
            write("unseen12", unseen12.UNSEEN12, 36)
        elif which == "unseen13":
            import unseen13
            write("unseen13", unseen13.UNSEEN13, 39)
        elif which == "unseen14":
            import unseen14
            write("unseen14", unseen14.UNSEEN14, 42)
        elif which == "unseen15":
            import unseen15
            write("unseen15", unseen15.UNSEEN15, 45)
        elif which == "unseen16":
            import unseen16
            write("unseen16", unseen16.UNSEEN16, 48)
        elif which == "unseen17":
            import unseen17
            write("unseen17", unseen17.UNSEEN17, 51)
        elif which == "unseen18":
            import unseen18
            write("unseen18", unseen18.UNSEEN18, 54)
        elif which == "unseen19":
            import unseen19
            write("unseen19", unseen19.UNSEEN19, 57)
        elif which == "unseen20":
            import unseen20
            write("unseen20", unseen20.UNSEEN20, 60)
        elif which == "unseen21":
            import unseen21
            write("unseen21", unseen21.UNSEEN21, 63)
        elif which == "unseen22":
            import unseen22
            write("unseen22", unseen22.UNSEEN22, 66)
        elif which == "unseen23":
            import unseen23
            write("unseen23", unseen23.UNSEEN23, 69)
        elif which == "unseen24":
            import unseen24
            write("unseen24", unseen24.UNSEEN24, 72)
        elif which == "unseen25":
            import unseen25
            write("unseen25", unseen25.UNSEEN25, 75)
        elif which == "unseen26":
            import unseen26
            write("unseen26", unseen26.UNSEEN26, 78)
        elif which == "unseen27":
            import unseen27
            write("unseen27", unseen27.UNSEEN27, 81)
        elif which == "unseen28":
            import unseen28
            write("unseen28", unseen28.UNSEEN28, 84)
        elif which == "unseen29":
            import unseen29
            write("unseen29", unseen29.UNSEEN29, 87)
        elif which == "unseen30":
            import unseen30
            write("unseen30", unseen30.UNSEEN30, 90)
        elif which == "unseen31":
            import unseen31
            write("unseen31", unseen31.UNSEEN31, 93)
        elif which == "unseen32":
            import unseen32
            write("unseen32", unseen32.UNSEEN32, 96)
        elif which == "unseen33":
            import unseen33
            write("unseen33", unseen33.UNSEEN33, 99)
        elif which == "unseen34":
            import unseen34
            write("unseen34", unseen34.UNSEEN34, 102)
        elif which == "unseen35":
            import unseen35
            write("unseen35", unseen35.UNSEEN35, 105)
        elif which == "unseen36":
            import unseen36
            write("unseen36", unseen36.UNSEEN36, 108)
        elif which == "unseen37":
            import unseen37
            write("unseen37", unseen37.UNSEEN37, 111)
        elif which == "unseen38":
            import unseen38
            write("unseen38", unseen38.UNSEEN38, 114)
        elif which == "unseen39":
            import unseen39
            write("unseen39", unseen39.UNSEEN39, 117)
        elif which == "unseen40":
            import unseen40
            write("unseen40", unseen40.UNSEEN40, 120)
        elif which == "unseen41":
            import unseen41
            write("unseen41", unseen41.UNSEEN41, 123)
        elif which == "unseen42":
            import unseen42
            write("unseen42", unseen42.UNSEEN42, 126)
        elif which == "unseen43":
            import unseen43
            write("unseen43", unseen43.UNSEEN43, 129)
        elif which == "unseen44":
            import unseen44
            write("unseen44", unseen44.UNSEEN44, 132)
        elif which == "unseen45":
            import unseen45
            write("unseen45", unseen45.UNSEEN45, 135)
        elif which == "unseen46":
            import unseen46
            write("unseen46", unseen46.UNSEEN46, 138)
        elif which == "unseen47":
            import unseen47
            write("unseen47", unseen47.UNSEEN47, 141)
        elif which == "unseen48":
            import unseen48
            write("unseen48", unseen48.UNSEEN48, 144)
        elif which == "unseen49":
            import unseen49
            write("unseen49", unseen49.UNSEEN49, 147)
        elif which == "unseen50":
            import unseen50
            write("unseen50", unseen50.UNSEEN50, 150)
        elif which == "unseen51":
            import unseen51
            write("unseen51", unseen51.UNSEEN51, 153)
        elif which == "unseen52":
            import unseen52
            write("unseen52", unseen52.UNSEEN52, 156)
        elif which == "unseen53":
            import unseen53
            write("unseen53", unseen53.UNSEEN53, 159)
        elif which == "unseen54":
            import unseen54
            write("unseen54", unseen54.UNSEEN54, 162)
        elif which == "unseen55":
            import unseen55
            write("unseen55", unseen55.UNSEEN55, 165)
        elif which == "unseen56":
            import unseen56
            write("unseen56", unseen56.UNSEEN56, 168)
        elif which == "unseen57":
            import unseen57
            write("unseen57", unseen57.UNSEEN57, 171)
        elif which == "unseen58":
            import unseen58
            write("unseen58", unseen58.UNSEEN58, 174)
        elif which == "unseen59":
            import unseen59
            write("unseen59", unseen59.UNSEEN59, 177)
        elif which == "unseen60":
            import unseen60
            write("unseen60", unseen60.UNSEEN60, 180)
        elif which.startswith("blind") and which[5:].isdigit() and os.path.exists(which + ".py"):
            # Written by a hand that had not read the reader, on the pool
            # and the second set of invented articles (or the set's own
            # articles, when its module has a POOL); read once at first.
            import articles2, importlib
            n = int(which[5:])
            mod = importlib.import_module(which)
            ARTICLES[:] = getattr(mod, "POOL", None) or heldout.POOL + articles2.MORE2
            write(which, getattr(mod, f"BLIND{n}"), 3 * n)
        else:
            sys.exit(f"make_pages.py: unknown set {which!r}; give dev, heldout, unseen, unseen3 .. unseen60 or blindNN (a blindNN.py here)")

# An eleventh held-out batch, written after unseen10 had been tuned on:
# syndication, archive reposts, wire slugs, a page saved twice. Read once
# for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def syndication(a, i):
    x = d(a)
    body = a["paras"][:2] + ["Story continues"] + a["paras"][2:]
    text = blocks("Portal News", "Finance\nSports\nMore", a["title"],
                  f"{a['by']} · Reporter · {x.strftime('%a')}, {x.strftime('%B')} {x.day}, {x.year}, 10:15 AM · {3 + i} min read",
                  "\n\n".join(body),
                  "Terms and Privacy Policy", "Privacy Dashboard", "Recommended Stories", "\n".join(others(a, 2)))
    return text, {}

def archiverepost(a, i):
    text = blocks("The Ledger", "From the archive", a["title"],
                  f"Originally published in the Ledger on {long_dmy(a)}.",
                  "By " + a["by"],
                  "\n\n".join(a["paras"]),
                  "From the archive: more stories from our pages", "\n".join(others(a, 2)))
    return text, {}

def wireslug(a, i):
    x = d(a)
    slug = a["key"].upper() + "/"
    text = blocks(f"{slug} (UPDATE {i + 1})", a["title"],
                  f"{x.day} {x.strftime('%b')} {x.year} {['09:12', '14:40', '17:05', '21:30'][i % 4]} UTC",
                  "\n\n".join(a["paras"]),
                  f"(Writing by {a['by']}; Editing by Jon Pike)",
                  "Keywords: " + a["place"].upper() + "/DIPLOMACY",
                  "(c) Copyright Wire Group 2012. All rights reserved.")
    return text, dict(byline="")

def html_plain(a, i):
    # An old page without classes: a table layout, the date in bold.
    ps = "<br><br>\n".join(a["paras"])
    html = f"""<html><head><title>The Courier - {a['title']}</title></head>
<body bgcolor="#ffffff">
<table width="760"><tr><td colspan="2"><img src="/logo.gif" alt="The Courier"></td></tr>
<tr><td width="140" valign="top"><a href="/">Home</a><br><a href="/world">World</a><br><a href="/letters">Letters</a><br><a href="/archive">Archive</a></td>
<td valign="top">
<font size="5"><b>{a['title']}</b></font><br>
<font size="2">By {a['by']}<br><b>{long_mdy(a)}</b></font><br><br>
{ps}
<br><br><font size="1">Copyright 2004 The Courier. All rights reserved.</font>
</td></tr></table>
</body></html>
"""
    return html, {}

UNSEEN11 = [("syndication", syndication, "txt"), ("archiverepost", archiverepost, "txt"), ("wireslug", wireslug, "txt"),
            ("html-plain", html_plain, "html")]

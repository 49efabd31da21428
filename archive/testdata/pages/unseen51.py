# The fifty-first held-out batch: written after unseen50, read once for
# the unseen score, chosen to be hard: an old Mac text file whose lines
# end in a carriage return alone, a menu separated by tabs, a headline
# with the date before it ("19/04/2010 - ...", read only when the day is
# over 12), a headline in capitals over a standfirst in sentence case,
# HTML of the table-and-font years with the headline in a <font> and the
# paragraphs split by <br><br>. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def maccr(a, i):
    text = blocks(a["title"], f"By {a['by']}", long_dmy(a), "\n\n".join(a["paras"]), "Copyright The Ledger")
    return text.replace("\n", "\r"), {}

def tabmenu(a, i):
    text = blocks("Home\tWorld\tBusiness\tSport\tOpinion", a["title"], f"By {a['by']}\t{long_dmy(a)}",
                  "\n\n".join(a["paras"]), "Home\tWorld\tBusiness\tSport\tOpinion")
    return text, {}

def dateprefix(a, i):
    x = d(a)
    text = blocks("Border Region News", f"{x.day:02d}/{x.month:02d}/{x.year} - {a['title']}", f"By {a['by']}",
                  "\n\n".join(a["paras"]))
    return text, dict(ambiguous=x.day <= 12)

def capsdek(a, i):
    dek = ["The talks had been on hold since the spring", "Officials say the plan still needs money",
           "Both sides claim a partial victory", "Critics say the deal leaves key questions open"][i % 4]
    text = blocks("WORLD", a["title"].upper(), dek, f"By {a['by']} | {long_mdy(a)}", "\n\n".join(a["paras"]))
    return text, dict(title=a["title"].upper())

def html_font(a, i):
    body = "<br><br>\n".join(a["paras"])
    html = f"""<html><head><title>Ledger Online</title></head>
<body bgcolor="#ffffff">
<table width="760"><tr><td width="160"><font size="1"><a href="/">Home</a><br><a href="/w">World</a><br><a href="/b">Business</a></font></td>
<td><font size="+2"><b>{a['title']}</b></font><br>
<font size="1">By {a['by']} - {long_mdy(a)}</font><br><br>
<font size="2">{body}</font></td></tr></table>
</body></html>
"""
    return html, {}

UNSEEN51 = [("maccr", maccr, "txt"), ("tabmenu", tabmenu, "txt"), ("dateprefix", dateprefix, "txt"),
            ("capsdek", capsdek, "txt"), ("html-font", html_font, "html")]

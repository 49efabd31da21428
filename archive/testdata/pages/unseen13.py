# A thirteenth held-out batch, written after unseen12 had been tuned on:
# official sources (a transcript, an EU-style press release, an embassy news
# page, a UN-style meeting summary). Read once for the unseen score. All
# text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def transcript(a, i):
    x = d(a)
    paras = [f"MINISTER CASTELL: {a['paras'][0]}", "QUESTION: " + ["Will the talks resume before the end of the year?", "Who will pay for this?", "What did the other side offer?", "How soon can this start?"][i % 4],
             f"MINISTER CASTELL: {a['paras'][1]}"] + a["paras"][2:]
    text = blocks("Ministry of Foreign Affairs", "Home | Press | Speeches | Transcripts",
                  "Remarks", a["title"], "Minister Irene Castell", f"{a['place'].title()}",
                  long_mdy(a), "\n\n".join(paras), "# # #", f"PRN: {x.year}/{700 + i}")
    return text, dict(paras=paras, byline="")

def eupress(a, i):
    x = d(a)
    text = blocks("European Council", "Press release", f"{x.day} {x.strftime('%B')} {x.year} {['10:30', '12:00', '15:45', '18:20'][i % 4]}",
                  a["title"], "\n\n".join(a["paras"]),
                  "Press office - General Secretariat of the Council", "Rue de la Loi 175 - B-1048 BRUSSELS",
                  "Tel.: +32 (0)2 281 00 00 - press.office@example.eu")
    return text, dict(byline="")

def embassy(a, i):
    x = d(a)
    text = blocks("Embassy of the Republic in the Kingdom", "About the Embassy\nConsular Services\nNews\nContact",
                  "News", f"{x.day:02d}.{x.month:02d}.{x.year}", a["title"],
                  "\n\n".join(a["paras"]), "« Back to the list", "Print", "Share")
    exp = {}
    if x.day <= 12 and x.day != x.month:
        exp["ambiguous"] = True
    return text, dict(exp, byline="")

def unmeeting(a, i):
    x = d(a)
    text = blocks("Meetings Coverage and Press Releases", f"{x.day} {x.strftime('%B')} {x.year}",
                  f"GA/{11000 + i}", a["title"],
                  "\n\n".join(a["paras"]),
                  "* *** *",
                  "For information media. Not an official record.")
    return text, dict(byline="")

UNSEEN13 = [("transcript", transcript, "txt"), ("eupress", eupress, "txt"), ("embassy", embassy, "txt"), ("unmeeting", unmeeting, "txt")]

# A third held-out batch, written after the shape rules of the list
# were in: four more layouts, read once for the unseen score. All text
# invented.
import os
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def oldbroadcaster(a, i):
    x = d(a)
    stamp = f"Page last updated at {['14:32', '09:05', '18:47', '11:20'][i % 4]} GMT, {x.strftime('%A')}, {x.day} {x.strftime('%B')} {x.year} {['15:32', '10:05', '19:47', '12:20'][i % 4]} UK"
    text = blocks("Low graphics version | Change edition | About the site",
                  "News Front Page\nAfrica\nAmericas\nAsia-Pacific\nEurope\nMiddle East",
                  stamp, "E-mail this to a friend\tPrintable version",
                  a["title"],
                  "\n\n".join(a["paras"]),
                  "SEE ALSO:", "\n".join(others(a, 2)),
                  "RELATED INTERNET LINKS:", "Ministry of Foreign Affairs",
                  "The station is not responsible for the content of external internet sites",
                  "TOP WORLD STORIES", "\n".join(others(a, 3)[::-1]))
    return text, dict(byline="")

def captions(a, i):
    body = list(a["paras"])
    cap = ["Image caption The talks took place behind closed doors", "Photo: Lena Sorel / Harbour Images",
           "(Photo by Ivo Marek/Global Pictures)", "Image copyright Reuters Pictures"][i % 4]
    body_text = "\n\n".join(body[:1] + [cap] + body[1:])
    text = blocks("The Lakeland Post", "News | Sport | Business | Opinion | Life",
                  a["title"], f"{a['by']}, Foreign Desk", long_dmy(a) + " 18:00",
                  body_text,
                  "Have your say on this story", "Share on Facebook\nShare on X",
                  "© Lakeland Post Ltd")
    return text, dict(byline=a["by"])

def govuk(a, i):
    x = d(a)
    date = f"{x.day:02d}/{x.month:02d}/{x.year}"
    text = blocks("Cookies on this site", "We'd like to set additional cookies to understand how you use the site.",
                  "Accept additional cookies\nReject additional cookies\nView cookies",
                  "Skip to main content", "Home > International > Foreign affairs",
                  "Press release", a["title"],
                  "The minister's office issued the following statement on " + long_dmy(a) + ".",
                  f"From:\nMinistry of External Relations\nPublished\n{date}",
                  "\n\n".join(a["paras"]),
                  "Published " + date,
                  "Is this page useful?\nYes\nNo",
                  "Help us improve this site")
    exp = dict(byline="", paras=["The minister's office issued the following statement on " + long_dmy(a) + "."] + a["paras"])
    if x.day <= 12 and x.day != x.month:  # 06/12/2010 could be either: not guessed
        exp["ambiguous"] = True
    return text, exp

def html_blogspot(a, i):
    x = d(a)
    ps = "<br /><br />\n".join(a["paras"])
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Corridor Notes: {a['title']}</title></head>
<body>
<div class="header"><h1><a href="/">Corridor Notes</a></h1><p class="description">Small notes on big talks</p></div>
<div class="main">
<h2 class="date-header"><span>{x.strftime('%A')}, {x.day:02d} {x.strftime('%B')} {x.year}</span></h2>
<div class="post hentry">
<h3 class="post-title entry-title">{a['title']}</h3>
<div class="post-body entry-content">
{ps}
</div>
<div class="post-footer">Posted by <span class="fn">{a['by']}</span> at <a class="timestamp-link" href="#"><abbr class="published">{['10:42', '16:05', '08:30', '21:15'][i % 4]}</abbr></a>
<span class="post-labels">Labels: diplomacy, talks</span></div>
</div>
<div class="comments"><h4>2 comments:</h4><dl><dt>Anonymous said...</dt><dd><p>Thank you for this, very useful summary of the day.</p></dd></dl></div>
<a class="blog-pager-older-link" href="/older">Older Post</a> <a href="/">Home</a>
</div>
<div class="sidebar"><h2>Blog Archive</h2><ul><li>2004 (12)</li></ul><h2>About Me</h2><p>A retired envoy writing about the trade.</p></div>
</body></html>
"""
    return html, {}

UNSEEN3 = [("oldbroadcaster", oldbroadcaster, "txt"), ("captions", captions, "txt"), ("govuk", govuk, "txt"),
           ("html-blogspot", html_blogspot, "html")]

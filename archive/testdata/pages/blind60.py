# The sixtieth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b60.py. Its theme is news sites saved
# as text. Kinds in no other set: a w3m dump of a Korean English-language
# daily ("Posted : 2013-05-08 17:20 | Updated : ...", the reporter's e-mail
# at the end, a photo credit in brackets); a Philippine broadcaster's page
# copied whole ("Posted at Jun 14 2011 06:42 PM | Updated as of ...",
# "READ:" lines inside the text, a "PLACE -" dateline); a library's
# digitised-newspaper text view (OCR notice, the paper's page line, a
# headline in capitals, text in narrow columns, a citation line); an ELinks
# dump of a river-basin news agency's English service (form fields, rules
# drawn with box characters, the writer's "Author:" line after the text); an
# ASP.NET WebForms page whose fields are labelled spans with no heading
# element, with its view state and postback links. All text invented.
import datetime, html, textwrap
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b60

POOL = articles_b60.POOL

def esc(s):
    return html.escape(s, quote=False)

def mail(name, host):
    return ".".join(name.lower().replace("'", "").split()) + "@" + host

def w3m_krdaily(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    when = [f"Posted : {a['date']} 17:20 | Updated : {upd.isoformat()} 09:01",
            f"Published : {x.strftime('%b')} {x.day}, {x.year} - 17:20       Updated : {x.strftime('%b')} {x.day}, {x.year} - 21:47",
            f"Posted : {a['date']} 11:05",
            f"{a['date']} 17:20 | Updated : {a['date']} 18:02"][i % 4]
    em = mail(a["by"], "seoulledger.example")
    top = [f"By {a['by']}", None, None, f"{a['by']}\nStaff reporter"][i % 4]
    end = [None, f"By {a['by']} ({em})", f"BY {a['by'].upper()} [{em}]", f"{em}"][i % 4]
    cap = f"[photo] Delegates pose for a photo after the signing in {a['place'].title()}. [AP/SEOUL LEDGER]"
    p = a["paras"]
    body = "\n\n".join(p[:1] + [cap] + p[1:]) if i % 2 else cap + "\n\n" + "\n\n".join(p)
    text = blocks("Seoul Ledger                                   [                    ] Search",
                  "Login  Sign up  Subscribe  한국어  日本語  中文",
                  "National  Politics  North Korea  Business  Finance  World  Opinion  Culture  Sports  Photos  Video",
                  "World > Diplomacy",
                  a["title"],
                  when,
                  "Facebook  Twitter  KakaoTalk  Print  A+  A-",
                  top,
                  body,
                  end,
                  "Tags : diplomacy, " + a["place"].title().replace("'", ""),
                  "Related Articles\n  • " + "\n  • ".join(others(a, 3)),
                  "Most Viewed\n" + "\n".join(f"  {n + 1}  {t}" for n, t in enumerate(others(a, 5)[::-1])),
                  "About Us  Contact Us  Advertise  Ethics Code  Youth Protection Policy  RSS",
                  f"Seoul Ledger Co., 17 Jongno-gu, Seoul  Tel. +82-2-555-0100  Registration No. Seoul-A 00941\n[ⓒ Seoul Ledger, All rights reserved. Unauthorized reproduction and redistribution prohibited]")
    return text, dict(byline=[a["by"], a["by"], a["by"].upper(), a["by"]][i % 4])

def ph_ctrla(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    mon = x.strftime("%b")
    when = [f"Posted at {mon} {x.day:02d} {x.year} 06:42 PM | Updated as of {upd.strftime('%b')} {upd.day:02d} {upd.year} 01:10 AM",
            f"Posted at {mon} {x.day:02d} {x.year} 10:15 AM",
            f"Posted at {mon} {x.day:02d} {x.year} 09:30 PM | Updated as of {mon} {x.day:02d} {x.year} 11:58 PM",
            f"Posted at {mon} {x.day:02d} {x.year} 02:05 PM"][i % 4]
    byl = [f"{a['by']}, ISLA News", f"{a['by']}, ISLA News Foreign Desk", "Agence Mondiale", f"{a['by']}"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    if i % 2 == 1:
        paras[0] = f"{a['place']} - " + p[0]
    body = list(paras)
    body.insert(1, f"Residents of {a['place'].title()} watch the ceremony on a television screen. Handout\nHandout")
    if len(body) > 3:
        body.insert(3, "READ: " + others(a, 1)[0])
    if len(body) > 6:
        body.insert(6, "READ: " + others(a, 2)[1])
    text = blocks("Skip to content",
                  "ISLA NEWS\nWatch Live\nNews\nBusiness\nEntertainment\nLife\nSports\nOverseas\nWeather\nRegions\nSign In",
                  "ISLA News\nNews\n|\nWorld",
                  a["title"],
                  byl,
                  when,
                  "Share\nShare\nShare\nShare",
                  "\n\n".join(body),
                  "– With a report from Agence Mondiale" if i % 4 == 0 else None,
                  "Tags:\nworld\ndiplomacy\n" + a["place"].lower().replace("'", "") + "\nforeign affairs",
                  "Watch more on ISLA Play, the home of ISLA News and ISLA Entertainment shows",
                  "Advertisement",
                  "Related Video\n" + others(a, 4)[2] + "\n2:41",
                  "Download the ISLA News app\nApp Store\nGoogle Play",
                  f"Copyright © {max(x.year, 2008)} ISLA Broadcasting Corporation. All Rights Reserved.\nPrivacy Policy | Terms of Use | Contact Us")
    return text, dict(paras=paras, byline="" if i % 4 == 2 else a["by"])

def ocr_archive(a, i):
    x = d(a)
    pg = [9, 3, 14, 1][i % 4]
    head = [f"THE COASTAL MERCURY, {x.strftime('%A').upper()}, {x.day} {x.strftime('%B').upper()} {x.year}, Page {pg}",
            f"The Coastal Mercury (Port Elwin)  {x.strftime('%a')} {short_dmy(a)}  Page {pg}  Edition: City Final",
            f"The Coastal Mercury  ·  {wk_dmy(a)}  ·  page {pg}",
            f"THE COASTAL MERCURY  {long_dmy(a).upper()}  PAGE {pg}"][i % 4]
    byl = [f"From {a['by']} in {a['place'].title()}", "From Our Correspondent", f"By {a['by']}", f"{a['by'].upper()}\nin {a['place'].title()}"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    if i % 2 == 0:
        paras[0] = f"{a['place'].title()}, {x.strftime('%A')}. — " + p[0]
    cols = "\n\n".join(textwrap.fill(q, 38) for q in paras)
    corr = [12, 0, 3, 41][i % 4]
    crumb = f"You are here: Browse > The Coastal Mercury > {x.year} > {x.strftime('%B')} > {long_dmy(a)} > Page {pg}"
    text = blocks("Coastal Heritage Library · Digitised Newspapers",
                  "Search | Browse titles | Help | My lists | Log in",
                  crumb,
                  head,
                  f"Article text ({corr} corrections)" if corr else "Article text",
                  "This text was produced by optical character recognition (OCR) and may contain errors. You can help by correcting it.",
                  a["title"].upper(),
                  byl,
                  cols,
                  "Tags: none yet | Add a tag",
                  f"Cite this article: \"{a['title'].upper()}\", The Coastal Mercury, {long_dmy(a)}, p. {pg}. Retrieved 4 December 2026.",
                  "Other articles on this page\n" + "\n".join(t.upper() for t in others(a, 3)),
                  "< Previous article    Next article >",
                  "The Coastal Heritage Library digitises newspapers with the help of its friends and volunteers.\nCopyright in the original newspaper remains with its publisher.")
    return text, dict(paras=paras, title=a["title"].upper(),
                      byline=[a["by"], "", a["by"], a["by"].upper()][i % 4])

def elinks_agency(a, i):
    x = d(a)
    place = a["place"].title()
    when = [f"{short_dmy(a)}, 18:31", f"{wk_dmy(a)} | 18:31", f"{a['date']} 18:31", f"{long_dmy(a)} 09:12"][i % 4]
    p = list(a["paras"])
    paras = list(p)
    paras[0] = f"{place}, {x.strftime('%B')} {x.day} (RNA) - " + p[0]
    top = f"By {a['by']}" if i % 4 == 2 else None
    end = [f"Author: {a['by']}", f"Journalist: {a['by']}", None, None][i % 4]
    rule = "─" * 60
    body = "\n\n".join(paras)
    inner = blocks("[IMG]  RIVERLAND NEWS AGENCY",
                   "English | Deutsch | Français | Русский",
                   "[______________________] [ Search ]",
                   "Home   Politics   Economy   Region   World   Culture   Sport   Photo   Video",
                   rule,
                   "World",
                   when,
                   a["title"],
                   top,
                   body,
                   end,
                   rule,
                   "Tags: " + place + ", diplomacy, treaties",
                   "[ Print ]  [ E-mail ]  [ Share ]",
                   "Related news\n\n  * " + "\n  * ".join(others(a, 3)),
                   "Latest news\n\n  * 18:02 " + others(a, 5)[3] + "\n  * 17:40 " + others(a, 5)[4],
                   rule,
                   f"© 2002-{max(x.year, 2003)} Riverland News Agency. All rights reserved. Use of the agency's material requires a hyperlink to the source.")
    text = "\n".join(("   " + ln) if ln else "" for ln in inner.split("\n")) + "\n"
    return text, dict(paras=paras, byline=[a["by"], a["by"], a["by"], ""][i % 4])

def html_aspnet(a, i):
    x = d(a)
    upd = x + datetime.timedelta(days=1)
    sec = "ctl00_ContentPlaceHolder1_"
    date_span = f'<span id="{sec}lblDate" class="artdate">{x.strftime("%A")}, {long_mdy(a)}</span>'
    if i % 2 == 1:
        date_span += f'<br />\n<span id="{sec}lblUpdated" class="artupdated">Last updated: {upd.month}/{upd.day}/{upd.year} 1:10:00 AM</span>'
    byl = [f"By {a['by']}", f"{a['by']}, Plains Gazette", f"By {a['by']}", "Gazette Staff"][i % 4]
    if i % 2 == 0:
        body = "<br /><br />\n".join(esc(q) for q in a["paras"])
    else:
        body = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    rel = "".join(f'<tr><td><a id="{sec}rptRelated_ctl0{n}_hlRelated" href="ArticleView.aspx?id={48100 + 17 * n}">{esc(t)}</a></td></tr>'
                  for n, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	The Plains Gazette :: World :: {esc(a['title'])}
</title><link href="App_Themes/Gazette/gazette.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="ArticleView.aspx?id={48213 + i}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFBVdvcmxkZAIDD2QWBg{a['key']}ZGQ=" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<table id="ctl00_tblHeader" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="masthead"><a id="ctl00_hlLogo" href="Default.aspx"><img src="images/gazette_logo.gif" alt="The Plains Gazette" border="0" /></a></td>
<td class="login"><a id="ctl00_lnkLogin" href="javascript:__doPostBack('ctl00$lnkLogin','')">Log in</a> | <a id="ctl00_hlRegister" href="Register.aspx">Register</a></td></tr>
<tr><td colspan="2" class="nav"><a id="ctl00_hlHome" href="Default.aspx">Home</a> | <a id="ctl00_hlLocal" href="Section.aspx?s=1">Local</a> | <a id="ctl00_hlState" href="Section.aspx?s=2">State</a> | <a id="ctl00_hlWorld" href="Section.aspx?s=4">World</a> | <a id="ctl00_hlFarm" href="Section.aspx?s=6">Farm &amp; Ranch</a> | <a id="ctl00_hlSports" href="Section.aspx?s=7">Sports</a> | <a id="ctl00_hlObits" href="Obituaries.aspx">Obituaries</a> | <a id="ctl00_hlClass" href="Classifieds.aspx">Classifieds</a></td></tr>
</table>
<table width="100%"><tr>
<td valign="top" class="maincol">
<div id="{sec}pnlArticle">
<span id="{sec}lblSection" class="section">World</span><br />
<span id="{sec}lblHeadline" class="headline">{esc(a['title'])}</span><br />
<span id="{sec}lblByline" class="byline">{esc(byl)}</span><br />
{date_span}
<div id="{sec}divBody" class="articlebody">
{body}
</div>
<div class="tools"><a id="{sec}lnkPrint" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPrint','')">Print this story</a> | <a id="{sec}lnkEmail" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkEmail','')">E-mail this story</a> | <a id="{sec}lnkComment" href="Comments.aspx?id={48213 + i}">Comment (0)</a></div>
</div>
</td>
<td valign="top" class="sidecol" width="220">
<span id="{sec}lblRelatedHead" class="sidehead">Also in World</span>
<table id="{sec}tblRelated">{rel}</table>
<span id="ctl00_lblWeather" class="weather">Plainsville: 71&deg;F Clear</span>
</td>
</tr></table>
<div class="footer"><span id="ctl00_lblCopyright">Copyright &copy; {max(x.year, 2004)} The Plains Gazette. All rights reserved.</span> <a id="ctl00_hlPrivacy" href="Privacy.aspx">Privacy Policy</a></div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBgLT8pDZBgKM54rGBgK7q7GGCALU7bzTDQL4{i}mXoEALi" />
</div></form>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 3 else a["by"])

BLIND60 = [("w3m-krdaily", w3m_krdaily, "txt"), ("ph-ctrla", ph_ctrla, "txt"), ("ocr-archive", ocr_archive, "txt"),
           ("elinks-agency", elinks_agency, "txt"), ("html-aspnet", html_aspnet, "html")]

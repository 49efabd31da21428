# A twenty-third held-out batch, written after unseen22 had been tuned
# on: a portal's copy of a partner's story ("Provided by"), a video page
# with its transcript, an English article in a Russian site's chrome, a
# page with the date and byline above the headline, a government page with
# its update history. Read once for the unseen score. All text invented.
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks

def portal(a, i):
    x = d(a)
    p = a["paras"]
    text = blocks("Portal News", "Mail   News   Finance   Sports   Weather", "The Ledger",
                  a["title"], f"{a['by']}\n{x.strftime('%a')}, {x.strftime('%B')} {x.day}, {x.year}, {['9:15', '11:40', '4:05', '7:20'][i % 4]} AM",
                  f"{3 + i} min read", "\n\n".join(p[:2]), "Story continues", "\n\n".join(p[2:]),
                  "Provided by The Ledger", f"View comments ({20 + i})", "Recommended Stories", "\n".join(others(a, 3)))
    return text, {}

def videopage(a, i):
    x = d(a)
    text = blocks("NEWS CHANNEL 8", "Live TV   Shows   Video   Weather", f"Video {['2:31', '3:05', '1:48', '4:12'][i % 4]}",
                  a["title"], f"Aired {x.strftime('%B')} {x.day}, {x.year}", "Transcript",
                  "\n\n".join(a["paras"]), "Up Next", "\n".join(others(a, 2)), "Autoplay: On")
    return text, dict(byline="")

def russian(a, i):
    x = d(a)
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
    text = blocks("Вестник", "Главная | Мир | Политика | Экономика", "English",
                  a["title"], f"{x.day} {months[x.month - 1]} {x.year}, 10:15", a["by"],
                  "\n\n".join(a["paras"]), "Поделиться", "Читайте также", "\n".join(others(a, 2)),
                  f"© {x.year} Вестник")
    return text, {}

def datefirst(a, i):
    x = d(a)
    text = blocks("GLOBE DISPATCH", "World  Europe  Africa  Asia  Americas",
                  f"{wk_dmy(a).upper()} · {a['by'].upper()}", a["title"],
                  "\n\n".join(a["paras"]), "Filed under: World, Diplomacy", "Next: " + others(a, 1)[0])
    return text, dict(byline=a["by"].upper())

def govupdate(a, i):
    x = d(a)
    text = blocks("GOV.EXAMPLE", "Home > Foreign affairs > News", "News story",
                  a["title"], "From: Ministry of Foreign Affairs", f"Published {long_dmy(a)}",
                  "\n\n".join(a["paras"]),
                  f"Published {long_dmy(a)}\nLast updated {long_dmy(a)} + show all updates",
                  "Explore the topic", "Diplomacy", "Is this page useful? Yes No")
    return text, dict(byline="")

UNSEEN23 = [("portal", portal, "txt"), ("videopage", videopage, "txt"), ("russian", russian, "txt"),
            ("datefirst", datefirst, "txt"), ("govupdate", govupdate, "txt")]

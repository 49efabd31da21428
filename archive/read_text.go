package archive

import (
	"errors"
	"html"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The plain-text page format: one article per file, as a browser saves a
// news page as text (read_page.go has the shape rules in detail).
//
//   - Header lines (under 150 bytes) "Title:"/"Headline:", "Source:", "Date:",
//     "Published:", "Updated:", "URL:", "By:"/"Byline:"/"Author:"/
//     "Reporter:", "Language:" (also with a feed's prefix and names:
//     "pubDate:", "dc:creator:", and a mail's "Sent:") give those fields
//     and are dropped; so do
//     the two-letter fields of a news database's export ("HD", "BY", "PD",
//     "SN", "LA"; uncodeFields). Icons before a field are dropped ("🕒 24
//     July 2004"; a pen before a name makes it a byline).
//   - Invisible marks (zero-width spaces, soft hyphens, direction marks)
//     are dropped, and HTML entities a scraped text kept are decoded.
//   - A screen reader's log of the page (three lines or more that its
//     roles open: "heading  level 1  Headline", "link  World", "main
//     landmark") keeps what the roles announce: a heading's and a lone
//     link's words, a landmark's text; a graphic's or a button's name, a
//     list of links and the roles alone are dropped (unspeakLines).
//   - A mail's quoting marks ("> " opening three lines or more) and a
//     Markdown quotation's are taken off (unquoteMail); HTML tags a text page kept ("<p>", "<em>", three
//     or more) are taken off, a paragraph's tags making blank lines
//     (untagLines); in a page that opens its paragraphs with an indent and
//     no blank line, each indent starts a paragraph (breakAtIndents); a
//     page exported double-spaced has its single blank lines dropped
//     (undoubleSpace).
//   - The rest is cut into units (a line; a paragraph wrapped at a fixed
//     width is one) and each is judged by its shape: chrome (textBoilerplate,
//     textChromeExtra, textChromePrefixes, menus, breadcrumbs, link bars,
//     captions, credits, cookie notices, promotions, and lines two or more
//     pages of the folder repeat, or fill in alike (lineTemplate: "Omar
//     Haddad's column appears on Saturdays." in one page, "Helen Strand's
//     ..." in the others; such a sentence only where it ends the text); running heads and page numbers a print
//     page repeats within itself, a pull quote repeating a paragraph, links
//     to other stories between the paragraphs, counters, placeholders,
//     sentences in another language on a page in English, told by their
//     stop words: markOtherLanguage),
//     metadata (dates, bylines, labels and labelled fields), prose (a
//     sentence) or short (headlines, names, lists). A word broken by a
//     hyphen at a wrapped line's end is joined again; a note's mark on a
//     word ("monitors[a]", "April.[12]") is dropped, and a line a mark
//     opens ("[a]Check this figure") is a note, chrome.
//   - The text runs from the first prose unit followed by more prose to a
//     closing line (textEndMarkers, a copyright line, a credit line, a
//     writer's note; after two paragraphs a date, a time or "x wrote:") or
//     the end; a first run of at most three sentences gives way to a longer
//     run under a headline of its own (a cached copy's banner). Less chrome
//     and metadata, less short lines after its last sentence. Each unit is
//     a paragraph; paragraphs are separated by one blank line.
//   - The title is the nearest headline-shaped unit above the text (a "#"
//     is dropped); a date after " - ", " | ", " – " or " — " at its end
//     ("... Talks Resume in Geneva - 2005-03-14") is a date. Without any
//     prose, the first line that is not chrome is the title and the rest
//     the text, as before.
//   - The date is, in order: the title's date suffix; a "Published:" or
//     "Date:" line; a date in the lines between the title and the text, just
//     above the title, or in a "Posted by ..." line right after the text
//     (one not labelled "Updated" first); an "Updated:" line; a dateline
//     starting the first paragraph ("MOSCOW, July 24, 2004 -"), which also
//     gives Article.Dateline (as written; it stays in the body too). Dates
//     elsewhere in the body are never used. Numeric dates whose order is
//     ambiguous are read only when the page's language or its folder's
//     settings file says the order. Month names of French, German, Spanish,
//     Italian, Portuguese, Dutch, the Scandinavian languages, Russian,
//     Polish and Turkish are read (englishDate); a date on a short line
//     right under the text is used only when the page has no other; then
//     the date of the short line nearest above the text anywhere in the
//     page's head (a field, a note, a masthead over the menu), else of one
//     of the ten lines under the text; then a date that opens the first
//     paragraph before a dash ("July 24, 2004 – Ottawa – ..."), or the
//     dateline's; last, a date in the path of the page's "URL:"
//     ("/2004/07/24/", urlDate).
//   - The byline is the name in a byline line ("By Jane Doe, diplomatic
//     correspondent", "Posted by Jane Doe on ...", "Jane Doe · 24 July
//     2004", "Par Jane Doe", "Words: Jane Doe", a sign-off "— Jane Doe",
//     a writer's note "Jane Doe is a contributing writer for ...") or a
//     name alone under the title; it is not kept in the body.
//   - The source is the "Source:" line (less a date in it, which is then
//     the "Published:" date: "Source: The Ledger, 4 November 2007"), else ReadOptions.Source (the
//     --source flag or the folder's settings file), else the file name's
//     prefix when the name is PREFIX-DATE or PREFIX_DATE with a prefix of 2
//     to 12 letters ("voa-2004-07-24.txt"): upper case when it has at most 4
//     letters (VOA, BBC, AFP), else capitalised ("reuters-..." gives
//     "Reuters").
//   - A file with no body left is a *RecordError.

// textBoilerplate lists whole lines dropped from plain-text pages, lower
// case. They are navigation and sharing widgets that browsers save with the
// article.
var textBoilerplate = map[string]bool{
	"accessibility links": true, "breaking news": true, "skip to main content": true,
	"skip to content": true, "skip navigation": true, "skip to navigation": true,
	"jump to content": true, "menu": true, "main menu": true, "open menu": true,
	"close menu": true, "toggle navigation": true, "navigation": true, "search": true,
	"home": true, "sections": true, "share": true, "share this": true,
	"share this article": true, "share this story": true, "share this page": true,
	"print": true, "print this page": true, "print this article": true, "email": true,
	"e-mail": true, "email this article": true, "e-mail this article": true,
	"follow us": true, "facebook": true, "twitter": true, "x": true, "linkedin": true,
	"whatsapp": true, "telegram": true, "youtube": true, "instagram": true, "rss": true,
	"comments": true, "comment": true, "related": true, "related stories": true,
	"related articles": true, "related content": true, "more stories": true,
	"most popular": true, "most read": true, "read more": true, "see all": true,
	"see more": true, "back to top": true, "top": true, "next": true, "previous": true,
	"next article": true, "previous article": true, "advertisement": true, "advertising": true,
	// (the word in the languages of sites with English editions)
	"reklama": true, "anzeige": true, "werbung": true, "publicidad": true, "publicité": true, "pubblicità": true,
	"advertentie": true, "annons": true, "mainos": true, "iklan": true, "реклама": true,
	"sponsored": true, "subscribe": true, "newsletter": true, "sign in": true,
	"log in": true, "login": true, "register": true, "sign up": true, "close": true,
	"languages": true, "print version": true, "listen": true, "listen to this article": true,
	"cookie settings": true, "accept cookies": true, "watch live": true, "live": true,
	"latest news": true, "top stories": true, "tags": true, "topics": true,
	// a modern page's buttons under the headline
	"share full article": true, "gift this article": true, "give this article": true, "gift article": true,
	"save article": true, "save for later": true, "save story": true, "reader view": true, "reader mode": true,
}

// textBoilerplatePrefixes lists line starts (lower case) of short lines
// (under 80 characters) dropped from plain-text pages.
var textBoilerplatePrefixes = []string{
	"follow us on ", "share on ", "share via ", "sign up for ", "subscribe to ",
	"click here", "we use cookies", "this site uses cookies", "all rights reserved",
	"terms of use", "privacy policy", "skip to ", "download our app", "listen to ",
}

var (
	rxCopyright    = lazyRE(`(?i)^(©|(?:\(c\)\s*)?copyright\b|\(c\)\s*\d{4}|\(c\)(\s+[A-Z][\w.&'-]*){1,4},?\s+\d{4}(?:\.?$|\.\s+all rights reserved\b)|all rights reserved)|all rights reserved\.?$|^[^.!?]{0,80}[.!?]\s+©\s*\d{4}\b|^(?:all\s+)?(?:content|contents|material|articles?|text|photos?|images?)\s+(?:is\s+|are\s+)?(?:©|\(c\)|copyright(?:ed)?)\s[^.!?]{2,80}\.?$`)
	rxHeaderLine   = lazyRE(`(?i)^(?:[a-z]{2,8}:)?(title|headline|source|date|sent|pubdate|published|publication date|date of publication|date published|date of issue|issue date|updated|last updated|url|link|by|byline|author|creator|reporter|language|created|date created|clipped|date clipped|saved|date saved)\s*:\s*(.*)$`)
	rxByLine       = lazyRE(`^(?:By|BY)\s+(\p{Lu}[\p{L}.'\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'\-]*){0,5})$`)
	rxMarkdownLink = lazyRE(`\[([^\]]*)\]\([^)\s]*\)`)
	rxMarkdownRef  = lazyRE(`\[([^\]]+)\]\[[^\]]*\]`)
	// rxDumpLink matches a dump's link number run into the link's text:
	// "[3]Nadia" (not a reference after a word: "talks [3] ended").
	rxDumpLink = lazyRE(`(^|[\s(«"“‘'#|•·])\[\d{1,4}\]([^\s\]\[])`)
	// rxDumpMark matches a dump's marks of an image or an inline frame
	// at a line's start: "[IMG]", "[INLINE]", "[LINK]".
	rxDumpMark   = lazyRE(`^(?:\[(?i:img|image|inline|iframe|link|ismap|usemap|embed|button|spacer|logo|frame|object)\]\s*)+`)
	rxHTMLEntity = lazyRE(`&(?:[a-zA-Z]{2,8}|#\d{2,5}|#[xX][0-9a-fA-F]{2,4});`)
	rxNoteMark   = lazyRE(`(\p{L}[.,;:]?)\[(?:[a-z]{1,2}|\d{1,3})\]`)
	rxEmphasis   = lazyRE(`(?:\*\*|__|\*|_)([^*_]+)(?:\*\*|__|\*|_)`)
	// rxPropertyLine matches an outline's property: ":AUTHOR: Jane Doe".
	rxPropertyLine = lazyRE(`^:([\p{L}_]{2,20}):\s+(\S.*)$`)
	// rxOutlineHeading matches an outline's heading, its level in stars
	// and its tags after it: "** Fire Damages Consulate   :world:".
	// One star and no tags is a list item's mark, kept.
	rxOutlineHeading = lazyRE(`^(\*{1,6})\s+([^*].*?)(\s+:[\p{L}\d_@:-]+:)?$`)
	rxLinkTarget     = lazyRE(`\s*<https?://[^>\s]*>`)
	rxFilePrefix     = lazyRE(`^([A-Za-z]{2,12})[-_]\d`)
)

// NewTextReader reads one plain-text page from r, the content of the file
// named path, by the rules above. The caller closes r.
func NewTextReader(r io.Reader, path string, opts ReadOptions) Reader {
	opts.SetDefaults()
	return &textReader{r: r, path: path, opts: opts}
}

type textReader struct {
	r    io.Reader
	path string
	opts ReadOptions
	done bool
}

func (t *textReader) Next() (*Article, error) {
	if t.done {
		return nil, io.EOF
	}
	t.done = true
	b, err := readWhole(t.r, t.path, t.opts.MaxRecordBytes)
	if err != nil {
		return nil, err
	}
	text, note := decodeText(b)
	a, err := parseTextPage(text, t.path, t.opts.Source, t.opts.Now, folderHints(t.path))
	if err != nil {
		return nil, &RecordError{Path: t.path, Err: err, Raw: clipBytes(b, maxRaw)}
	}
	if note != "" {
		a.Notes = append([]string{note}, a.Notes...)
	}
	return a, nil
}

// errNoText is returned when a page has no article text.
var errNoText = errors.New("no article text (only a title, site boilerplate or nothing)")

// parseTextPage turns a plain-text page into an article. h is what is
// known of the page's site (the chrome its folder repeats, its date order).
//
// source is the source to give when the page names none (else the file
// name's prefix is used).
func parseTextPage(text, path, source string, now time.Time, h pageHints) (*Article, error) {
	a := &Article{Origin: path}
	var published, updated string
	// Lines end in "\r\n" (Windows), "\n", or "\r" alone (an old Mac).
	lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n")
	lines = uncodeFields(lines)
	lines = unspeakLines(lines)
	lines = unquoteMail(lines)
	lines = undiffLines(lines)
	lines = untagLines(lines)
	lines = breakAtIndents(lines)
	lines = undoubleSpace(lines)
	lines, captured := cutCaptureBanner(lines)
	if captured == "" {
		lines, captured = cutNoteStamp(lines)
	}
	// A mail's header ("From:" and "To:" or "Subject:" in its first
	// lines): its "Date:" is when the mail was sent, a date only when the
	// page shows none of its own.
	mail, sent := mailHeader(lines), ""
	// A web clipper's fields ("source: https://...", "created:
	// 2018-09-27T11:45:03"): its "created" is the day of the clip, not of
	// the article.
	clip := clipFields(lines)
	subject := "" // the mail's "Subject:", its headline where the text shows none
	kept := lines[:0]
	for _, l := range lines {
		// A browser's text keeps link targets: "Jane Doe <https://...>".
		if strings.Contains(l, "<http") {
			l = rxLinkTarget.ReplaceAllString(l, "")
		}
		l = strings.TrimFunc(l, unicode.IsSpace)
		// Icons before a field ("🕒 24 July 2004", "✍️ Jane Doe").
		if r, _ := utf8.DecodeRuneInString(l); r >= 0x2000 && isIcon(r) {
			rest := strings.TrimLeftFunc(l, func(r rune) bool { return isIcon(r) || unicode.IsSpace(r) })
			// A pen before a name is a byline: "✍️ Jane Doe".
			if strings.ContainsAny(l[:len(l)-len(rest)], "✍✏🖊🖋") && rest != "" {
				rest = "By " + rest
			}
			l = rest
		}
		// Markdown, as a web clipper saves a page: links (inline or by
		// reference) keep their text, a line in emphasis loses its marks.
		if strings.Contains(l, "](") {
			l = rxMarkdownLink.ReplaceAllString(l, "$1")
		}
		// Invisible marks a copy and paste keeps: zero-width spaces and
		// joiners' kin, soft hyphens, direction marks, a byte-order mark.
		if strings.IndexFunc(l, isInvisible) >= 0 {
			l = strings.Map(func(r rune) rune {
				if isInvisible(r) {
					return -1
				}
				return r
			}, l)
		}
		// HTML entities a scraped text kept: "&quot;", "&#39;".
		if strings.IndexByte(l, '&') >= 0 && rxHTMLEntity.MatchString(l) {
			l = html.UnescapeString(l)
		}
		if strings.Contains(l, "][") { // a reference link: "[text][1]"
			l = rxMarkdownRef.ReplaceAllString(l, "$1")
		}
		// A text-mode browser's dump numbers each link before its text
		// ("By [3]Nadia Haddad", "[12]Home [13]World") and marks images
		// and inline frames ("[IMG] By Jane Doe", "[INLINE] Click here to
		// view the map"): the numbers and marks go, the text stays.
		if strings.IndexByte(l, '[') >= 0 {
			l = rxDumpLink.ReplaceAllString(l, "$1$2")
			if m := rxDumpMark.FindStringIndex(l); m != nil {
				l = l[m[1]:]
			}
		}
		// A note's mark set on a word ("monitors[a]", "talks.[12]"), as
		// a shared document or a wiki exports its comments and notes.
		if strings.Contains(l, "[") {
			l = rxNoteMark.ReplaceAllString(l, "$1")
		}
		// An outline's property ":PUBLISHED: <1995-08-19 Sat>" is a
		// field line: "PUBLISHED: 1995-08-19 Sat".
		if l != "" && l[0] == ':' {
			if m := rxPropertyLine.FindStringSubmatch(l); m != nil {
				l = m[1] + ": " + strings.Trim(m[2], "<>[]")
			}
		}
		// A line's field marks: an outline's heading ("** Headline
		// :world:"), a wire's field between "^" and "<".
		if l != "" && len(l) < 200 && (l[0] == '*' || l[0] == '^') {
			if m := rxOutlineHeading.FindStringSubmatch(l); m != nil && (len(m[1]) > 1 || m[3] != "") {
				l = m[2]
			} else if l[0] == '^' && strings.HasSuffix(l, "<") {
				l = strings.TrimSpace(l[1 : len(l)-1])
			}
		}
		if len(l) < 200 && (strings.HasPrefix(l, "*") || strings.HasPrefix(l, "_") || strings.Contains(l, "**")) && strings.IndexFunc(l, unicode.IsLetter) >= 0 {
			// (In a line too: "Words by Jane Doe | **17 January 2025**".)
			l = strings.TrimSpace(rxEmphasis.ReplaceAllString(l, "$1"))
		}
		// A dash before a byline: "-- By Jane Doe, Caucasus Bureau".
		if len(l) > 5 && (l[0] == '-' || strings.HasPrefix(l, "—") || strings.HasPrefix(l, "–")) {
			if t := strings.TrimLeft(l, "-—– "); len(t) > 3 && (strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ")) {
				l = t
			}
		}
		if l == "" {
			kept = append(kept, "")
			continue
		}
		if mail && subject == "" && len(l) > 8 && strings.EqualFold(l[:8], "subject:") {
			subject = strings.TrimSpace(l[8:])
		}
		if c := strings.IndexByte(l, ':'); c < 0 || c > 20 || len(l) >= 150 {
			// not a header line
		} else if m := rxHeaderLine.FindStringSubmatch(l); m != nil && !(headerDateKeys[strings.ToLower(m[1])] && noDateWords(m[2])) {
			// (A date's label over words without a date is a kicker:
			// "UPDATED: Ferry subsidy talks collapse", "UPDATED: Typhoon
			// death toll rises to 41 as towns remain cut off".)
			v := strings.TrimSpace(m[2])
			if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
				v = v[1 : len(v)-1] // a quoted YAML value
			}
			switch key := strings.ToLower(m[1]); {
			case key == "title" || key == "headline":
				if a.Title == "" {
					a.Title = v
				}
			case key == "source":
				if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
					if a.URL == "" {
						a.URL = v // a web clipper's "source:" is the page's address
					}
				} else if d, _ := findDateIn(v, now, h.order); d != "" && strings.Contains(v, d) {
					// "Source: The Ledger, 4 November 2007": the source
					// and its date.
					a.Source = strings.TrimRight(strings.TrimSpace(v[:strings.Index(v, d)]), ",;|-–— ")
					if published == "" {
						published = d
					}
				} else {
					a.Source = v
				}
			case headerDateKeys[key]:
				// "Updated: 25 July 2004 | Published: 24 July 2004"
				// "Updated: Dec 14, 2021 08:55 WAT (First published: Dec
				// 13, 2021)": two dates, each under its own label.
				// "Last updated: 12.05.2020 – First published: 11.05.2020":
				// the value labels a date of its own.
				if _, err := ParseDate(v, now); err != nil && errors.Is(err, ErrBadDate) || rxFieldSep.MatchString(v) || twoYears(v) || rxPublishWord.MatchString(v) {
					if d, upd := findDateIn(l, now, h.order); d != "" {
						if upd {
							updated = d
						} else {
							published = d
						}
						continue
					}
				}
				// A value whose day and month could be swapped is read in
				// the order its line implies ("Date: 02.11.2001", day
				// first between dots), as a date in the page's lines is.
				if _, err := ParseDate(v, now); errors.Is(err, ErrAmbiguousDate) {
					if d, _ := findDateIn(v, now, h.order); d != "" {
						if _, err := ParseDate(d, now); err == nil {
							v = d
						}
					}
				}
				if k := strings.ToLower(m[1]); k == "updated" || k == "last updated" {
					updated = v
				} else if mail && (k == "date" || k == "sent") && sent == "" {
					sent = v
				} else {
					published = v
				}
			case key == "clipped" || key == "date clipped" || key == "saved" || key == "date saved":
				// The day a tool kept the page: never the article's.
			case key == "created" || key == "date created":
				if !clip {
					kept = append(kept, l) // a site's own "Created:" line, read with the page
				}
			case key == "url" || key == "link":
				a.URL = v
			case key == "by" || key == "byline" || key == "author" || key == "creator" || key == "reporter":
				// A note app's link to the writer's page: "[[Jane Doe]]".
				if strings.Contains(v, "[[") {
					v = strings.Trim(strings.NewReplacer("[[", "", "]]", "").Replace(v), `"' `)
				}
				// "Author: Jane Doe, Programme Officer": the name; "Author:
				// Jane Doe | 15 Jan 2025": the name and the date.
				if d, upd := findDateIn(v, now, h.order); d != "" && rxFieldSep.MatchString(v) {
					// (or when it was updated: "Reporter: Jane Doe | Last
					// Updated: Friday, 17 October, 2003")
					if !upd && published == "" {
						published = d
					} else if upd && updated == "" {
						updated = d
					}
				}
				if n := nameLine(v, len(strings.Fields(v))); n != "" {
					v = n
				}
				a.Byline = writerName(nameOfByline(v))
			case key == "language":
				a.Language = v
			}
			continue
		}
		kept = append(kept, l)
	}
	if h.order == orderUnknown {
		h.order = languageOrder(a.Language)
	}

	units := mendPageBreaks(splitUnits(kept))
	classify(units, h)
	if unitsSeen != nil {
		unitsSeen(units, h, false)
	}
	reading := modelReading(units, h, false, now)
	sh := readShape(units, h, now)
	var dates []string // candidates in rule order, "" for none
	var paras []string
	if sh.start < 0 {
		// No sentence anywhere: the first line that is not chrome is the
		// title, the rest the text.
		var rest []string
		prev := -1
		for _, u := range units {
			if u.chrome || u.learned {
				continue
			}
			if prev == u.block && len(rest) > 0 {
				rest[len(rest)-1] += "\n" + u.text
			} else {
				rest = append(rest, u.text)
			}
			prev = u.block
		}
		if a.Title == "" && len(rest) > 0 && !strings.Contains(rest[0], "\n") && utf8.RuneCountInString(rest[0]) <= 300 {
			a.Title = strings.TrimSpace(strings.TrimLeft(rest[0], "#"))
			rest = rest[1:]
		}
		if i, j := titleDateSuffix(a.Title); i >= 0 {
			cand := a.Title[j:]
			if _, err := ParseDate(cand, now); err == nil || !errors.Is(err, ErrBadDate) {
				sh.titleDate = cand
				a.Title = strings.TrimSpace(a.Title[:i])
			}
		}
		// A byline or a date-only line right after the title.
		for len(rest) > 0 && !strings.Contains(rest[0], "\n") {
			p := rest[0]
			if m := rxByLine.FindStringSubmatch(p); m != nil && a.Byline == "" {
				a.Byline = m[1]
			} else if _, err := parseDateOrder(p, now, h.order); err == nil || !errors.Is(err, ErrBadDate) {
				sh.dates = append(sh.dates, dateCandidate{text: p})
			} else {
				break
			}
			rest = rest[1:]
		}
		paras = rest
	} else {
		if a.Title == "" {
			a.Title = sh.title
		} else if sh.titleDate != "" {
			sh.titleDate = "" // the title line gave the title, not the headline
		}
		if a.Byline == "" && !siteNameAbove(units, sh.byline) {
			a.Byline = writerName(nameOfByline(sh.byline))
		}
		// Each unit is a paragraph: a page saved without blank lines puts
		// one paragraph on each line; a wrapped paragraph is one unit.
		for _, u := range units[sh.start:sh.end] {
			if !u.chrome && !u.learned {
				paras = append(paras, u.text)
			}
		}
	}
	if len(paras) == 0 {
		return nil, errNoText
	}
	a.Body = strings.Join(paras, "\n\n")

	// A date over the headline (a masthead's day of the edition) comes
	// after an "Updated:" field: the only date the article gives of its
	// own.
	dates = append(dates, sh.titleDate, published)
	for _, c := range sh.dates {
		if !c.updated && !c.above {
			dates = append(dates, c.text)
		}
	}
	dates = append(dates, updated)
	for _, c := range sh.dates {
		if !c.updated && c.above {
			dates = append(dates, c.text)
		}
	}
	dates = append(dates, sent)
	for _, c := range sh.dates {
		if c.updated {
			dates = append(dates, c.text)
		}
	}
	dates = append(dates, sh.footDate)
	tried := map[string]bool{}
	for _, c := range dates {
		if c == "" || tried[c] {
			continue
		}
		tried[c] = true
		d, err := parseDateOrder(c, now, h.order)
		if err != nil {
			a.Notes = append(a.Notes, err.Error())
			continue
		}
		a.Date = d
		break
	}
	if a.Date.IsZero() && sh.start >= 0 && !sh.openDate {
		if c := nearestDate(units, sh, now, h.order); c != "" && !tried[c] {
			if d, err := parseDateOrder(c, now, h.order); err == nil {
				a.Date = d
			}
		}
	}
	// A day shown with its weekday but no year ("Sun Nov 4, 9:48 AM ET")
	// takes the year of the page's copyright line when the weekday fits it.
	if a.Date.IsZero() && sh.start > 0 {
		for _, u := range units[:sh.start] {
			if d, ok := weekdayNoYear(u.flat, text); ok {
				a.Date = d
				break
			}
		}
	}
	// A first paragraph that opens with its date before a dash: "July 24,
	// 2004 – Ottawa, Ontario – Ministry of Foreign Affairs: ...".
	if a.Date.IsZero() {
		if k := firstDash(paras[0]); k > 0 && k <= 40 {
			if c, _ := findDateIn(paras[0][:k], now, h.order); c != "" && strings.HasPrefix(paras[0], c) {
				if d, err := parseDateOrder(c, now, h.order); err == nil {
					a.Date = d
				}
			}
		}
	}
	if dl, d, note := findDateline(paras[0], now); dl != "" {
		a.Dateline = dl
		if note != "" {
			a.Notes = append(a.Notes, note)
		} else if a.Date.IsZero() {
			a.Date = d
		}
	}
	if a.Date.IsZero() {
		a.Date = urlDate(a.URL, now) // "URL: https://example.org/2004/07/24/..."
	}
	if a.URL == "" {
		// The address an archive's banner gives, after the dates: the
		// capture may be of a section's page or a redirect's, so its
		// path's date is not taken for the article's.
		a.URL = captured
	}
	if a.Date.IsZero() && len(a.Notes) == 0 {
		a.Notes = append(a.Notes, ErrNoDate.Error())
	}
	if a.Source == "" {
		a.Source = source
	}
	if a.Source == "" {
		a.Source = sourceFromName(path)
	}
	// A mail with no headline over its text (a feed reader's item sent
	// as mail): its subject of three words or more is the headline.
	if a.Title == "" && len(strings.Fields(subject)) >= 3 {
		a.Title = subject
		a.Body = cutCitingTail(a.Body, unmarkSubject(subject))
	}
	a.Title = unmarkSubject(a.Title)
	a.Body = finishBody(reading, a)
	a.ID = DeriveID(a.Source, a.Title, a.Date, a.Body)
	return a, nil
}

// clipFields reports whether a page opens with a clipper's front matter
// between "---" lines ("source: https://...", "created: 2018-09-27T11:45:03",
// "tags: ..."): its "created" is the day of the clip, as such clippers
// write it beside a "published" of the article's own. (A note app's
// "Created:" over a clip is left a date: it may be the day the article
// appeared.)
func clipFields(lines []string) bool {
	return len(lines) > 0 && strings.TrimSpace(lines[0]) == "---"
}

// isIcon reports whether r is a pictograph (an emoji, a dingbat, a
// miscellaneous symbol) or one of the marks that join or colour them; not
// arrows or shapes ("►"), which mark links.
func isIcon(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x2B00 && r <= 0x2BFF && r != 0x2B9E ||
		r == 0xFE0F || r == 0x200D || r >= 0x2300 && r <= 0x23FF
}

// codedFields maps the two-letter field codes of a news database's export
// ("HD" headline, "BY" byline, "PD" publication date, "SN" source name,
// "LA" language) to header lines; the codes in dropCodes are dropped.
var codedFields = map[string]string{"HD": "Title", "BY": "By", "PD": "Date", "SN": "Source", "LA": "Language"}

var dropCodes = map[string]bool{
	"WC": true, "SC": true, "CY": true, "RF": true, "AN": true, "CO": true, "IN": true, "NS": true,
	"RE": true, "IPD": true, "IPC": true, "PUB": true, "ED": true, "PG": true, "ET": true, "SE": true,
	"CLM": true, "ART": true, "CR": true, "LP": true, "TD": true, "PD": true,
}

// uncodeFields rewrites an export whose fields are opened by two-letter
// codes (a page starting "HD Envoys agree ..." with "PD" or "SN" lines
// under it) into header lines: "Title: Envoys agree ...". The codes that
// mark the lead and the text ("LP", "TD") and the record's other codes
// ("WC 412 words", "AN Document ...") are dropped. Other pages are
// returned as they are.
func uncodeFields(lines []string) []string {
	first := -1
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			first = i
			break
		}
	}
	if first < 0 || !strings.HasPrefix(strings.TrimSpace(lines[first]), "HD ") {
		return lines
	}
	coded := 0
	for _, l := range lines[first:min(len(lines), first+12)] {
		if c, _, _ := strings.Cut(strings.TrimSpace(l), " "); codedFields[c] != "" || dropCodes[c] {
			coded++
		}
	}
	if coded < 3 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		t := strings.TrimSpace(l)
		c, v, _ := strings.Cut(t, " ")
		switch {
		case codedFields[c] != "" && v != "":
			out = append(out, codedFields[c]+": "+strings.TrimSpace(v))
		case dropCodes[c]:
			out = append(out, "")
		default:
			out = append(out, l)
		}
	}
	return out
}

// unspeakLines turns a screen reader's log of a page back into the page's
// lines: when three lines or more open with a role the reader announces
// ("heading  level 1  ", "link  ", "graphic  ", "button  ", a landmark,
// "list  with 3 items", "out of list"), each loses its roles; a heading,
// a lone link and a landmark's text keep their words, and a graphic's or
// a button's name, a line of several links and a role alone become a
// blank line. Other pages are returned as they are.
func unspeakLines(lines []string) []string {
	n := 0
	for _, l := range lines {
		if rxSpokenRole.MatchString(l) {
			n++
		}
	}
	if n < 3 {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if !rxSpokenRole.MatchString(l) {
			out[i] = l
			continue
		}
		t := strings.TrimSpace(rxSpokenLandmark.ReplaceAllString(l, ""))
		t = strings.TrimSpace(rxSpokenList.ReplaceAllString(t, ""))
		switch {
		case rxSpokenHeading.MatchString(t):
			t = rxSpokenHeading.ReplaceAllString(t, "")
		case strings.HasPrefix(t, "link  ") && strings.Count(t, "link  ") == 1:
			t = strings.TrimPrefix(t, "link  ")
		case strings.HasPrefix(t, "link  ") || strings.HasPrefix(t, "graphic  ") || strings.HasPrefix(t, "button  ") ||
			t == "document" || strings.HasPrefix(t, "out of "):
			t = ""
		}
		out[i] = strings.TrimSpace(t)
	}
	return out
}

// rxSpokenRole matches a line a screen reader's role opens.
var rxSpokenRole = lazyRE(`^(?:heading +level \d|link  |graphic  |button  |list +with \d+ items?|out of (?:list|table|\w+ landmark)$|document$|(?:banner|navigation|main|complementary|content ?info|region|search|form) landmark)`)

// rxSpokenLandmark matches the landmarks that open a screen reader's
// line ("main landmark  ").
var rxSpokenLandmark = lazyRE(`^(?:(?:banner|navigation|main|complementary|content ?info|region|search|form) landmark\s*)+`)

// rxSpokenList matches a list's announcement ("list  with 6 items  ").
var rxSpokenList = lazyRE(`^list +with \d+ items?\s*`)

// rxSpokenHeading matches a heading's announcement ("heading  level 1  ").
var rxSpokenHeading = lazyRE(`^heading +level \d\s+`)

// unquoteMail takes the quoting marks off a mail's quoted text: when
// three lines or more open with ">", each such line loses its marks ("> >
// text" gives "text", ">" alone a blank line); under three, a Markdown
// quotation loses its "> ". Other pages are returned as they are.
func unquoteMail(lines []string) []string {
	quoted := 0
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), ">") {
			quoted++
		}
	}
	if quoted == 0 {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		// Under three, only a quotation a Markdown save marks so ("> We
		// have chosen to talk ..."): a mark, a space, then a letter or a
		// quotation mark.
		if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(t, "> ")); !strings.HasPrefix(t, ">") ||
			quoted < 3 && (!strings.HasPrefix(t, "> ") || !unicode.IsLetter(r) && !strings.ContainsRune("\"“‘'", r)) {
			out[i] = l
			continue
		}
		for strings.HasPrefix(t, ">") {
			t = strings.TrimLeft(t[1:], " ")
		}
		out[i] = t
	}
	return out
}

// rxHunk matches the header of a unified diff's hunk: "@@ -0,0 +1,15 @@".
var rxHunk = lazyRE(`^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@`)

// undiffLines returns the file a unified diff shows, as a commit's page
// does ("git show" of an archive's repository: the commit's header, then
// "+" before each line of the file it added): the lines its hunks add or
// keep, without their marks, and none of the header. Other pages, and a
// diff whose hunks hold other lines, are returned as they are.
func undiffLines(lines []string) []string {
	first := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "@@ ") && rxHunk.MatchString(l) })
	if first < 0 {
		return lines
	}
	var out []string
	for _, l := range lines[first+1:] {
		switch {
		case l == "":
			out = append(out, "") // (an editor's blank context line)
		case strings.HasPrefix(l, "diff --git ") || strings.HasPrefix(l, "index ") || strings.HasPrefix(l, "new file mode") || strings.HasPrefix(l, "+++ ") || strings.HasPrefix(l, "--- "):
			// the next file's header
		case l[0] == '+':
			out = append(out, l[1:])
		case l[0] == ' ':
			out = append(out, l[1:])
		case l[0] == '-' || strings.HasPrefix(l, `\ No newline`) || strings.HasPrefix(l, "@@ ") && rxHunk.MatchString(l):
			// a removed line, a note, the next hunk
		default:
			return lines // not a diff's line
		}
	}
	return out
}

// rxTextTag matches the HTML tags a text page may have kept from the
// page it was taken from: paragraphs, line breaks, emphasis, links, times.
var rxTextTag = lazyRE(`(?i)</?(?:p|br|div|span|em|strong|b|i|a|time|h[1-6]|li|ul|ol|blockquote|small)\b[^<>]{0,200}>`)

// firstDash returns where the first " – ", " — " or " - " in s starts,
// -1 for none.
func firstDash(s string) int {
	best := -1
	for _, sep := range []string{" – ", " — ", " - "} {
		if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// isInvisible reports whether r is a mark that shows nothing in a line of
// text: a zero-width space or non-joiner, a soft hyphen, a left-to-right
// or right-to-left mark, a byte-order mark or word joiner (not the
// zero-width joiner, which holds emoji together).
func isInvisible(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x00AD || r == 0x200E || r == 0x200F || r == 0xFEFF || r == 0x2060
}

// untagLines takes the HTML tags off a text page that kept them (three or
// more): "<p>" and "</p>" become the blank lines between paragraphs,
// other tags nothing. Other pages are returned as they are.
func untagLines(lines []string) []string {
	n := 0
	for _, l := range lines {
		if strings.IndexByte(l, '<') >= 0 {
			n += len(rxTextTag.FindAllStringIndex(l, 3))
			if n >= 3 {
				break
			}
		}
	}
	if n < 3 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if strings.IndexByte(l, '<') < 0 {
			out = append(out, l)
			continue
		}
		l = rxTextTag.ReplaceAllStringFunc(l, func(tag string) string {
			t := strings.ToLower(strings.TrimLeft(tag, "</"))
			if strings.HasPrefix(t, "p") || strings.HasPrefix(t, "div") || strings.HasPrefix(t, "br") || strings.HasPrefix(t, "h") || strings.HasPrefix(t, "li") {
				return "\n\n"
			}
			return ""
		})
		out = append(out, strings.Split(l, "\n")...)
	}
	return out
}

// breakAtIndents puts a blank line before each line that opens a
// paragraph by its indent, in a page that marks paragraphs so and has no
// blank line between them (three indented lines or more under a line
// that is not blank): "    Envoys from ..." under "... mediators.".
func breakAtIndents(lines []string) []string {
	indented := 0
	for i := 1; i < len(lines); i++ {
		if isIndented(lines[i]) && strings.TrimSpace(lines[i-1]) != "" && !isIndented(lines[i-1]) {
			indented++
		}
	}
	if indented < 3 {
		return lines
	}
	out := make([]string, 0, len(lines)+indented)
	for i, l := range lines {
		if i > 0 && isIndented(l) && strings.TrimSpace(lines[i-1]) != "" && !isIndented(lines[i-1]) {
			out = append(out, "")
		}
		out = append(out, l)
	}
	return out
}

// undoubleSpace reads a page exported double-spaced, a blank line after
// every line and two or more between paragraphs: when three lines or
// more, one blank line apart, end inside a sentence and the next goes on
// in lower case, the blank line after a full line (a wrapped one) is
// dropped, and two blank lines or more become one. Other pages are
// returned as they are.
func undoubleSpace(lines []string) []string {
	goesOn := 0
	for i := 0; i+2 < len(lines); i++ {
		a, gap, b := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1]), strings.TrimSpace(lines[i+2])
		if a == "" || gap != "" || b == "" {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(a)
		n, _ := utf8.DecodeRuneInString(b)
		if !strings.ContainsRune(".!?:\"”", r) && unicode.IsLower(n) {
			goesOn++
		}
	}
	if goesOn < 3 {
		return lines
	}
	// A line as long as the page's lines nearly (three quarters of the
	// longest) was wrapped: the text goes on after one blank line. A
	// shorter one (a headline, a date, a paragraph's last line) ends its
	// paragraph.
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	out := make([]string, 0, len(lines))
	blank, full := 0, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			blank++
			continue
		}
		if len(out) > 0 && (blank >= 2 || blank == 1 && !full) {
			out = append(out, "")
		}
		blank, full = 0, utf8.RuneCountInString(t)*4 >= width*3
		out = append(out, l)
	}
	return out
}

// isIndented reports whether l opens with two spaces or more, or a tab,
// before a letter, a digit or a quotation mark.
func isIndented(l string) bool {
	t := strings.TrimLeft(l, " \t")
	if len(l)-len(t) < 2 && !strings.HasPrefix(l, "\t") || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r)
}

// rxWeekdayNoYear matches a short date line with a weekday, a month and a
// day but no year: "Sun Nov 4, 9:48 AM ET", "Sunday, November 4".
var rxWeekdayNoYear = lazyRE(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+` + monthRx + `\s+(\d{1,2})\b(?:,?\s+\d{1,2}[:.]\d{2}.*)?$`)

// rxCopyrightYear matches the year of a copyright line.
var rxCopyrightYear = lazyRE(`(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})\b`)

// weekdayNoYear reads line, a date without its year, in the year of the
// page's (text's) first copyright line, when the weekday is that day's.
func weekdayNoYear(line, text string) (time.Time, bool) {
	if len(line) > 40 {
		return time.Time{}, false
	}
	m := rxWeekdayNoYear.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, false
	}
	y := rxCopyrightYear.FindStringSubmatch(text)
	if y == nil {
		return time.Time{}, false
	}
	t, err := ParseDate(m[2]+" "+m[3]+", "+y[1], time.Time{})
	if err != nil || !strings.HasPrefix(strings.ToLower(t.Weekday().String()), strings.ToLower(m[1])) {
		return time.Time{}, false
	}
	return t, true
}

// siteNameAbove reports whether byline is a publication's name ("NRN
// News") that the page's masthead also shows ("NRN News in English") in
// its first lines: the site's name, not a writer.
func siteNameAbove(units []pageUnit, byline string) bool {
	if byline == "" || !rxMediaWord.MatchString(byline) {
		return false
	}
	for _, u := range units[:min(len(units), 12)] {
		if u.flat != byline && strings.HasPrefix(u.flat, byline+" ") {
			return true
		}
	}
	return false
}

// mailHeader reports whether lines open with a mail's header: a "From:"
// line and a "To:" or "Subject:" line among the first eight.
func mailHeader(lines []string) bool {
	from, other := false, false
	for _, l := range lines[:min(len(lines), 8)] {
		low := strings.ToLower(l)
		from = from || strings.HasPrefix(low, "from:")
		other = other || strings.HasPrefix(low, "to:") || strings.HasPrefix(low, "subject:")
	}
	return from && other
}

// dayFirstLanguage reports whether pages in language lang (a "Language:"
// line or <html lang>) write numeric dates day first: those listed in
// dayFirstLangs; not English without a region, nor US or Canadian English.
func dayFirstLanguage(lang string) bool {
	l := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(lang)), "_", "-")
	if strings.HasPrefix(l, "en-") {
		return dayFirstLangs[l[:min(len(l), 5)]]
	}
	base, _, _ := strings.Cut(l, "-")
	return dayFirstLangs[base]
}

// languageOrder returns the order of numeric dates in pages in language
// lang: day first for those of dayFirstLanguage, month first for US
// English ("en-US": 11/04/2007 is 4 November), else not known.
func languageOrder(lang string) dateOrder {
	switch l := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(lang)), "_", "-"); {
	case dayFirstLanguage(l):
		return dayFirst
	case l == "en-us" || strings.HasPrefix(l, "en-us-"):
		return monthFirst
	}
	return orderUnknown
}

// dayFirstLangs are the languages (and English variants) whose numeric
// dates are written day first.
var dayFirstLangs = map[string]bool{
	"en-gb": true, "en-ie": true, "en-au": true, "en-nz": true, "en-in": true, "en-za": true,
	"fr": true, "de": true, "es": true, "it": true, "pt": true, "nl": true, "ru": true, "uk": true,
	"pl": true, "cs": true, "sk": true, "ro": true, "bg": true, "hr": true, "sr": true, "sl": true,
	"el": true, "tr": true, "da": true, "sv": true, "nb": true, "nn": true, "no": true, "fi": true,
	"ar": true, "he": true, "id": true, "ms": true, "vi": true, "ca": true, "pt-br": true,
}

// headerDateKeys are the header fields that give the page's date.
var headerDateKeys = map[string]bool{
	"date": true, "sent": true, "pubdate": true, "published": true, "publication date": true, "date of publication": true,
	"date published": true, "date of issue": true, "issue date": true, "updated": true, "last updated": true,
}

// titleDateSuffix finds the last " - " (or " – ", " — ", " | ") in title
// and returns where it starts and where the text after it starts; -1, -1
// when there is none.
func titleDateSuffix(title string) (int, int) {
	best, end := -1, -1
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if i := strings.LastIndex(title, sep); i > best {
			best, end = i, i+len(sep)
		}
	}
	if best <= 0 || len(title)-end > 40 {
		return -1, -1
	}
	return best, end
}

// isBoilerplateLine reports whether l (trimmed, not empty) is site
// boilerplate.
func isBoilerplateLine(l string) bool {
	low := strings.ToLower(l)
	if textBoilerplate[strings.TrimRight(low, ":.")] {
		return true
	}
	if len(l) < 80 {
		for _, p := range textBoilerplatePrefixes {
			if strings.HasPrefix(low, p) {
				return true
			}
		}
	}
	// (A long one when it opens the line: "Copyright Harmattan Post 2020.
	// All rights reserved. This material ... may not be reproduced ...")
	if (len(l) < 200 || len(l) < 500 && (strings.HasPrefix(low, "copyright") || strings.HasPrefix(low, "©") || strings.HasPrefix(low, "(c)"))) && (strings.Contains(low, "copyright") || strings.Contains(low, "©") || strings.Contains(low, "(c)") ||
		strings.Contains(low, "rights reserved")) && rxCopyright.MatchString(l) {
		return true
	}
	return isMenuLine(l)
}

// isMenuLine reports whether l is three or more short items separated by
// "|", "•", "·" or "::" ("Home | World | Politics", "Home :: News ::
// Sport").
func isMenuLine(l string) bool {
	for _, sep := range []string{"|", "•", "·", "::"} {
		items := strings.Split(l, sep)
		if len(items) < 3 {
			continue
		}
		short := true
		for _, it := range items {
			if len(strings.Fields(it)) > 3 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	// Dashes part a menu's items too, four or more of one or two
	// capitalised words ("Home - National - Maghreb - International"),
	// where a headline has fewer parts or longer ones.
	for _, sep := range []string{" - ", " – "} {
		items := strings.Split(l, sep)
		if len(items) < 4 {
			continue
		}
		menu := true
		for _, it := range items {
			f := strings.Fields(it)
			if r, _ := utf8.DecodeRuneInString(it); len(f) == 0 || len(f) > 2 || !unicode.IsUpper(r) {
				menu = false
				break
			}
		}
		if menu {
			return true
		}
	}
	return false
}

// splitParagraphs groups lines into paragraphs at blank lines.
func splitParagraphs(lines []string) []string {
	var paras []string
	var cur []string
	for _, l := range lines {
		if l == "" {
			if len(cur) > 0 {
				paras = append(paras, strings.Join(cur, "\n"))
				cur = cur[:0]
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		paras = append(paras, strings.Join(cur, "\n"))
	}
	return paras
}

// sourceFromName derives a source from a file name such as
// "voa-2004-07-24.txt" ("VOA"); "" when the name has no such prefix.
func sourceFromName(path string) string {
	if path == "-" || path == "" {
		return ""
	}
	m := rxFilePrefix.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return ""
	}
	p := m[1]
	if len(p) <= 4 {
		return strings.ToUpper(p)
	}
	return strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
}

// cutCitingTail drops from body a short last paragraph that cites the
// headline, with the links of four words or fewer under it, as a feed
// item ends: "The post <headline> appeared first on <site>." over "View
// article...". The text keeps one paragraph at least.
func cutCitingTail(body, title string) string {
	paras := strings.Split(body, "\n\n")
	for k := len(paras) - 1; k >= 1 && k >= len(paras)-3; k-- {
		p := paras[k]
		if n := len(strings.Fields(p)); n > 4 && (n > 30 || !strings.Contains(p, title)) {
			return body
		}
		if strings.Contains(p, title) {
			return strings.Join(paras[:k], "\n\n")
		}
	}
	return body
}

// twoYears reports whether s holds two years (two dates, or a date and
// a year), not a zone's offset ("Fri, 6 Nov 2015 18:22:10 +0000").
func twoYears(s string) bool {
	return len(rxYearWord.FindAllStringIndex(s, 3)) >= 2
}

// rxYearWord matches a year standing as a word of a date: "2021",
// "2021)", "2021-12-13".
var rxYearWord = lazyRE(`(?:^|[\s(,])(?:19|20)\d\d\b`)

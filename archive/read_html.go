package archive

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// The HTML article page format: one article per file.
//
//   - The article text is what go-readability finds as the page's main
//     content less its figures' captions, rendered as text, paragraphs
//     separated by one blank line,
//     without a first paragraph that repeats the headline or byline, and
//     cleaned by the page shape rules (cleanHTMLBody): chrome paragraphs
//     ("Advertisement", "Read more: ...", cookie notices, captions, lines
//     the folder's other pages repeat), byline
//     and date lines before the text, and everything from a closing line
//     on unless two paragraphs follow it. A page where it finds none, or
//     fewer than 10 words, or text that is mostly links (menus and
//     footers), is a *RecordError.
//   - Title: og:title, else go-readability's title (the JSON-LD headline or
//     the <title> cleaned of the site name), else the first <h1>; a
//     <title> of three words or fewer on a page with no heading gives way
//     to the first bold line in title case.
//   - Date (the date rules apply): datePublished in JSON-LD (as
//     go-readability and Mozilla's Readability prefer it; some sites put
//     the modification time in the meta tags); else a date shown on the
//     page: in go-readability's byline, in an element whose class or id
//     says byline, date, posted, published or timestamp (or its title
//     attribute, under a shown "3 hours ago"), or in the lines before the
//     text (before the meta tags, which may give when a tool made the
//     file); else meta article:published_time (also with an og: prefix),
//     og:published_time,
//     name=date/pubdate/publishdate/dc.date/dcterms.date/dcterms.created,
//     itemprop=datePublished; else the first <time datetime> (one marked
//     pubdate or datePublished first; not one labelled as the update,
//     "Updated <time>", used last); else a data-published (or data-...date) attribute; else a
//     <time> labelled as the update; else a dateline starting the text;
//     else a date in the path
//     of the page's address ("/2004/07/24/", urlDate); else the date of a
//     short line right under the shown headline (headlineDate).
//   - Source: og:site_name, else the JSON-LD publisher go-readability reads,
//     else ReadOptions.Source.
//     URL: <link rel=canonical>, else og:url. Byline: meta author (one
//     naming a person: "Harbour Daily Staff" comes last), else
//     the name in go-readability's byline ("By Jane Doe Published ..."
//     gives "Jane Doe") or in a byline element or line, else a byline in
//     bold opening the first paragraph (taken out of the text), else a
//     name alone in an element whose class or id says author. Language: <html
//     lang>, which also says whether numeric dates are day first
//     (en-GB, fr, de ...) or month first (en-US).
//   - Bytes that are not UTF-8 are decoded by the page's declared charset,
//     else as Windows-1252, with a note.

// NewHTMLReader reads one HTML article page from r, the content of the file
// named path. The caller closes r.
func NewHTMLReader(r io.Reader, path string, opts ReadOptions) Reader {
	opts.SetDefaults()
	return &htmlReader{r: r, path: path, opts: opts}
}

type htmlReader struct {
	r    io.Reader
	path string
	opts ReadOptions
	done bool
}

func (h *htmlReader) Next() (*Article, error) {
	if h.done {
		return nil, io.EOF
	}
	h.done = true
	b, err := readWhole(h.r, h.path, h.opts.MaxRecordBytes)
	if err != nil {
		return nil, err
	}
	a, err := h.parse(b)
	if err != nil {
		return nil, &RecordError{Path: h.path, Err: err, Raw: clipBytes(b, maxRaw)}
	}
	return a, nil
}

func (h *htmlReader) parse(b []byte) (*Article, error) {
	a := &Article{Origin: h.path}
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	b, a.URL = unwrapCapture(b)
	if !utf8.Valid(b) {
		enc, name, _ := charset.DetermineEncoding(b, "text/html")
		if dec, err := enc.NewDecoder().Bytes(b); err == nil && name != "utf-8" {
			b = dec
			a.Notes = append(a.Notes, "not valid UTF-8: decoded as "+name)
		} else {
			s, note := decodeText(b)
			b = []byte(s)
			a.Notes = append(a.Notes, note)
		}
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	meta := scanHTMLMeta(doc)

	runIn := "" // a byline in bold opening the first paragraph
	p := readability.NewParser()
	ra, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return nil, fmt.Errorf("find the article text: %w", err)
	}
	if ra.Node != nil {
		// A figure's caption is not text, and the text render would run
		// it into the paragraph before it.
		removeElements(ra.Node, "figcaption")
		removeClassed(ra.Node, rxChromeClass)
		removeItalicLead(ra.Node)
		setCentersApart(ra.Node)
		runIn = runInByline(ra.Node)
		a.Body = textParagraphs(render.InnerText(ra.Node))
	}
	if a.Body == "" {
		return nil, errNoText
	}
	if words := len(strings.Fields(a.Body)); words < minHTMLWords || linkWords(ra.Node)*2 > words {
		unit := "words"
		if words == 1 {
			unit = "word"
		}
		return nil, fmt.Errorf("%w: what is left is %d %s, mostly links", errNoText, words, unit)
	}

	a.Title = firstNonEmpty(meta.ogTitle, ra.Title(), meta.h1)
	// Without og:title or <h1>, the element marked as the headline wins
	// over a <title> that does not hold it ("World | The Harbour Ledger").
	if meta.ogTitle == "" && meta.h1 == "" && meta.classTitle != "" && !strings.Contains(a.Title, meta.classTitle) {
		a.Title = meta.classTitle
	} else if meta.ogTitle == "" && meta.h1 == "" && meta.h2 == "" && meta.boldTitle != "" && len(strings.Fields(a.Title)) <= 3 {
		// A <title> of three words or fewer (the site's name) and no
		// heading: the first bold line in title case is the headline.
		a.Title = meta.boldTitle
	}
	// A <title> with the site after the headline: the page's own heading
	// when the title starts with it, and no "(capitalpost.example)".
	if meta.h1 == "" && meta.h2 != "" && len(meta.h2) < len(a.Title) && strings.HasPrefix(a.Title, meta.h2) {
		a.Title = meta.h2
	}
	// A title that holds the page's <h1> with more around it ("News:
	// Envoys Agree ..., 24-Jul.-2004") is the <h1>.
	// (Not the site's logo: "Talks stall - The Harbour Ledger" under
	// <h1 class="logo">.)
	if meta.h1 != "" && meta.ogTitle == "" && a.Title != meta.h1 && len(strings.Fields(meta.h1)) >= 3 && strings.Contains(a.Title, collapseSpace(meta.h1)) && !slices.Contains(meta.logos, meta.h1) {
		a.Title = collapseSpace(meta.h1)
	}
	if !slices.Contains(meta.logos, meta.h1) {
		a.Title = headlineInTitle(a.Title, meta.h1)
	}
	a.Title = cutSiteName(rxDomainSuffix.ReplaceAllString(a.Title, ""))
	// A cut that took part of the headline ("Talks stall — and a date
	// for it" cut at its dash): a heading or bold line the <title> holds
	// in full, longer than the cut and holding it, is the headline.
	// So is one that holds the kicker the cut took off ("Opinion | Talks
	// stall", cut to "Talks stall"), and one the cut left the site's part
	// for ("The Ledger - Opinion" of "The Ledger - Opinion | Talks
	// stall"): the page's heading shows the headline as printed.
	if full := collapseSpace(meta.title); meta.ogTitle == "" && cutAtSeparator(full, a.Title) {
		for _, t := range []string{meta.h1, meta.h2, meta.classTitle, meta.boldLine} {
			if t = collapseSpace(t); len(t) > len(a.Title) && (strings.HasPrefix(t, a.Title) || strings.HasSuffix(t, a.Title) ||
				len(strings.Fields(t)) >= 4 && !strings.Contains(t, a.Title) && !slices.Contains(meta.logos, t)) && strings.Contains(full, t) {
				a.Title = t
				break
			}
		}
	}
	// A title of one or two words is a section's or a site's name ("World")
	// when the page has a longer heading marked as the headline, or an
	// <h2> of four words or more.
	if len(strings.Fields(a.Title)) <= 2 {
		if len(strings.Fields(meta.classTitle)) >= 4 {
			a.Title = meta.classTitle
		} else if len(strings.Fields(meta.h2)) >= 4 {
			a.Title = meta.h2
		}
	}
	// Once the site's name is cut, a title of three words or fewer and no
	// heading: the first bold line in title case is the headline (a
	// table-layout page's "<FONT SIZE=5><B>").
	if meta.ogTitle == "" && meta.h1 == "" && meta.h2 == "" && meta.boldTitle != "" && len(strings.Fields(a.Title)) <= 3 {
		a.Title = meta.boldTitle
	}
	// A title that shares no word with the page's one <h1> of four words
	// or more names the page, not the story ("Press release No. 269/2022"):
	// the <h1> is the headline.
	if meta.ogTitle == "" && len(meta.h1s) == 1 && len(strings.Fields(meta.h1)) >= 4 && !slices.Contains(meta.logos, meta.h1) && !sharesWord(a.Title, meta.h1) {
		a.Title = collapseSpace(meta.h1)
	}
	// A title that is the site's name (a <title> of the site alone, the
	// logo's <h1>) gives way to the page's own <h1>.
	if len(meta.h1s) > 0 && meta.h1s[0] != a.Title && (slices.Contains(meta.logos, a.Title) || a.Title == meta.siteName) {
		a.Title = meta.h1s[0]
	}
	a.Title = folderTitle(a.Title, meta, folderHints(h.path))
	a.Source = firstNonEmpty(meta.siteName, ra.SiteName(), h.opts.Source)
	a.URL = firstNonEmpty(webAddress(meta.canonical), webAddress(meta.ogURL), a.URL)
	a.Language = firstNonEmpty(meta.lang, ra.Language())
	order := folderHints(h.path).order
	if order == orderUnknown {
		order = languageOrder(a.Language)
	}
	// Dates shown on the page: the byline block, elements whose class says
	// date, the metadata lines that open the text.
	body, lead, reading := cleanHTMLBody(a.Body, h.opts.Now, order, folderHints(h.path))
	if body != "" {
		a.Body = body
	}
	visible := append([]string{ra.Byline()}, meta.shown...)
	visible = append(visible, lead...)
	visibleDate := ""
	for _, v := range visible {
		if d, _ := findDateIn(collapseSpace(v), h.opts.Now, order); d != "" {
			visibleDate = d
			break
		}
	}
	// The byline: a "By ..." line the page shows (spaced as shown:
	// go-readability joins the lines of a byline block), else
	// go-readability's, else a "Posted by Jane Doe at 10:42".
	byline := ""
	for _, v := range append(meta.shown, lead...) {
		if v = collapseSpace(v); isBylineUnit(v) {
			if byline = bylineIn(v, visibleDateIn(v, h.opts.Now, order)); byline != "" && !rxAccountName.MatchString(byline) {
				if rxStaffByline.MatchString(v) {
					byline = "" // "by Courier Staff"
				}
				break
			}
		}
	}
	if byline == "" {
		byline = firstNonEmpty(ra.Byline())
		// go-readability joins a byline block's lines without a space
		// ("Ingrid Solberg<br>The Lakeside Daily"): the page's own text
		// of it, spaced, when it shows one.
		for _, v := range meta.shown {
			if v = collapseSpace(v); byline != "" && v != byline && strings.ReplaceAll(v, " ", "") == strings.ReplaceAll(byline, " ", "") {
				byline = v
				break
			}
		}
		if name := bylineIn(byline, visibleDateIn(byline, h.opts.Now, order)); name != "" {
			byline = name
		} else if name := leadingName(byline); name != "" && strings.Contains(name, " ") {
			byline = name // "Jane Doe in Geneva"
		}
	}
	// A <title> that names the writer: "Talks Resume | by Jane Doe | Site".
	for _, part := range rxTitleSep.Split(meta.title, -1) {
		if byline != "" {
			break
		}
		if p := strings.TrimSpace(part); isBylineUnit(p) {
			byline = bylineIn(p, "")
		}
	}
	for _, v := range append(meta.shown, lead...) { // "Posted by Jane Doe at 10:42"
		if byline != "" {
			break
		}
		byline = bylineIn(collapseSpace(v), visibleDateIn(v, h.opts.Now, order))
	}
	// A name and the site's own name over the text: "Ingrid Solberg,
	// WireMobile" on a page whose <title> or logo names WireMobile.
	for _, v := range lead {
		if byline != "" {
			break
		}
		name, rest, ok := strings.Cut(collapseSpace(v), ", ")
		if n := len(strings.Fields(name)); !ok || n < 2 || n > 3 || !rxName.MatchString(name) || len(strings.Fields(rest)) > 4 {
			continue
		}
		if strings.Contains(meta.title, rest) || slices.Contains(meta.logos, rest) || rest == meta.siteName || rest == ra.SiteName() {
			byline = name
		}
	}
	// The lines the page shows, made once for the rules below that read
	// them, and only when one does.
	var shownCache []string
	shown := func() []string {
		if shownCache == nil {
			shownCache = shownLines(b)
		}
		return shownCache
	}
	// A title with the site's name before or after the headline, where
	// the page's copyright line or logo names the site: "Tri-County
	// Clarion -- Lake Neighbours Settle Row" under "Copyright 1998
	// Tri-County Clarion".
	// The site's names its copyright lines give, found once when a rule
	// below asks.
	var holdersCache []string
	holdersRead := false
	holders := func() []string {
		if !holdersRead {
			holdersCache, holdersRead = copyrightHolders(shown()), true
		}
		return holdersCache
	}
	if rxSiteTitleSep.MatchString(a.Title) {
		a.Title = cutNamedSite(a.Title, append(slices.Clone(meta.logos), holders()...))
	}
	// A title that is the site's name alone, as its copyright line gives
	// it ("Ministry of Foreign Affairs of the Republic of Estmark"), gives
	// way to the first bold headline, or the page's <h2>.
	if alt := firstNonEmpty(meta.boldTitle, meta.h2); alt != "" && alt != a.Title && len(strings.Fields(alt)) >= 4 && strings.Contains(a.Title, " ") {
		for _, name := range holders() {
			if strings.EqualFold(name, a.Title) {
				a.Title = collapseSpace(alt)
				break
			}
		}
	}
	// A forum's "Headline : forumname".
	if head, forum, ok := strings.Cut(a.Title, " : "); ok && len(strings.Fields(head)) >= 3 && !strings.Contains(forum, " ") && forum == strings.ToLower(forum) {
		a.Title = head
	}
	// An author meta that names no person ("Harbour Daily Staff", "The
	// Ledger") gives way to a byline the page shows.
	author := meta.author
	if rxMediaWord.MatchString(author) || rxStaffWord.MatchString(author) || rxAccountName.MatchString(author) {
		author = ""
	}
	// A content system's account ("Written by Administrator") is no
	// writer: a byline the text shows wins over it.
	if rxAccountName.MatchString(byline) {
		byline = ""
	}
	a.Byline = writerOf(firstNonEmpty(author, byline, runIn, meta.authorName, meta.author, meta.shownName))
	if a.Byline == "" {
		// Last, a byline shown right under the headline ("Por Hanan
		// Abdelrahman", "作者：Kofi Asante").
		a.Byline = writerOf(headlineByline(shown(), a.Title))
	}
	if a.Byline == "" {
		a.Byline = writerOf(shownByline(shown()))
	}
	// A last short sentence that opens with the site's name (as
	// og:site_name or the <title> after the headline gives it) is the
	// site's: "Prairie Tribune staff and wire reports."
	sites := []string{meta.siteName, ra.SiteName()}
	if strings.HasPrefix(meta.title, a.Title) {
		sites = append(sites, strings.Trim(meta.title[len(a.Title):], " -|–—:·"))
	}
	if paras := strings.Split(a.Body, "\n\n"); len(paras) > 2 {
		last := paras[len(paras)-1]
		if citesHeadline(last, a.Title) {
			a.Body = strings.Join(paras[:len(paras)-1], "\n\n")
		}
		for _, site := range sites {
			if len(strings.Fields(site)) >= 2 && strings.HasPrefix(last, site+" ") && len(strings.Fields(last)) <= 20 {
				a.Body = strings.Join(paras[:len(paras)-1], "\n\n")
				break
			}
		}
	}
	// A headline the folder's pages all show names the site or the kind
	// of page ("MINISTRY OF FOREIGN AFFAIRS · DAILY CUTTINGS") when no
	// heading of the page's own could replace it: the headline is the line
	// shown nearest above the text.
	// So is a file's name ("press_review_20150119.pdf"), as a converter
	// writes it for the <title>.
	// A headline that the page's og:title and its one <h1> both give is
	// its own, however many of the folder's pages list it among their
	// related stories.
	ownHeadline := meta.ogTitle != "" && strings.Contains(meta.ogTitle, a.Title) && len(meta.h1s) == 1 && collapseSpace(meta.h1) == a.Title
	if fh := folderHints(h.path); fh.files >= 2 && fh.sitewide(a.Title) && !ownHeadline || rxFileTitle.MatchString(a.Title) {
		first, _, _ := strings.Cut(a.Body, "\n\n")
		if t := shownHeadline(shown(), first, fh, h.opts.Now, order); t != "" {
			a.Title = t
		}
	}
	// A heading of the page's shown right over its text, where the title
	// chosen (no og:title) stands nowhere near it, is the headline (a
	// course page's "<h3>" under its "<title>" and "<h1>" of the course).
	if first, _, _ := strings.Cut(a.Body, "\n\n"); a.Title != "" && meta.ogTitle == "" {
		if t := headingOverText(shown(), first, a.Title, meta.headings); t != "" {
			a.Title = t
		}
	}
	// The headline and the byline often open the extracted text: drop them.
	for range 2 {
		first, rest, ok := strings.Cut(a.Body, "\n\n")
		if !ok || !(first == a.Title || first == meta.h1 || first == a.Byline || first == ra.Byline()) {
			break
		}
		a.Body = rest
	}

	// The date the page shows by its byline or over its text comes before
	// a <meta> date, which may be when a tool made the file (a converted
	// PDF's "date" a day after its "Monday, 19 January 2015").
	for _, c := range []string{meta.jsonLDDate, visibleDate, meta.metaDate, meta.timeDate, meta.dataDate, meta.updTime} {
		if c == "" {
			continue
		}
		d, err := parseDateOrder(c, h.opts.Now, order)
		if err != nil {
			a.Notes = append(a.Notes, err.Error())
			continue
		}
		a.Date = d
		break
	}
	first, _, _ := strings.Cut(a.Body, "\n\n")
	if dl, d, note := findDateline(first, h.opts.Now); dl != "" {
		a.Dateline = dl
		if note != "" {
			a.Notes = append(a.Notes, note)
		} else if a.Date.IsZero() {
			a.Date = d
		}
	}
	if a.Date.IsZero() {
		// Last, the day the page's address files it under.
		a.Date = urlDate(a.URL, h.opts.Now)
	}
	for _, c := range meta.loneDates {
		if !a.Date.IsZero() || hasDateNote(a.Notes) {
			break
		}
		if d, err := parseDateOrder(c, h.opts.Now, order); err == nil {
			a.Date = d
		}
	}
	if a.Date.IsZero() && !hasDateNote(a.Notes) {
		// Last of all, the date of a short line nearest under the
		// headline as the page shows it ("Publicado em 15 jul 2020 -
		// 10h15", "发布时间：2005/10/11 09:30"), else right above it.
		if c := headlineDate(shown(), a.Title, h.opts.Now, order); c != "" {
			if d, err := parseDateOrder(c, h.opts.Now, order); err == nil {
				a.Date = d
			}
		}
	}
	if a.Date.IsZero() && !hasDateNote(a.Notes) {
		a.Notes = append(a.Notes, ErrNoDate.Error())
	}
	a.Title = unmarkSubject(a.Title)
	a.Body = finishBody(reading, a)
	a.ID = DeriveID(a.Source, a.Title, a.Date, a.Body)
	return a, nil
}

// rxHiddenElements matches the elements of an HTML page whose text is
// not shown: its head, scripts and styles.
var rxHiddenElements = lazyRE(`(?is)<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>`)

// headlineDate returns the date, as written, of the short line nearest
// under the headline title among the lines a page shows (at most six lines
// under it, before a long line of text), else of one of the three lines
// right above it; "" for none.
func headlineDate(lines []string, title string, now time.Time, order dateOrder) string {
	if title == "" {
		return ""
	}
	at := slices.Index(lines, title)
	if at < 0 {
		return ""
	}
	for i := at + 1; i < len(lines) && i <= at+6; i++ {
		if len(strings.Fields(lines[i])) > 25 {
			break
		}
		if d, _ := findDateIn(lines[i], now, order); d != "" {
			return d
		}
		if len(strings.Fields(lines[i])) <= 16 && openDate(lines[i], now, order) {
			return "" // the article's date, in a form no date is read from (see readShape)
		}
	}
	for i := at - 1; i >= 0 && i >= at-3; i-- {
		if d, _ := findDateIn(lines[i], now, order); d != "" && len(strings.Fields(lines[i])) <= 25 && !captureLine(lines[i]) {
			return d
		}
	}
	return ""
}

// headlineByline returns the writer's name in a byline line among the
// four lines shown (lines) right under the headline title, "" for none.
func headlineByline(lines []string, title string) string {
	if title == "" {
		return ""
	}
	at := slices.Index(lines, title)
	for i := at + 1; at >= 0 && i < len(lines) && i <= at+4; i++ {
		l := strings.ReplaceAll(lines[i], "：", ": ")
		if len(strings.Fields(l)) > 12 {
			break
		}
		if isBylineUnit(l) {
			if name := bylineIn(l, ""); name != "" {
				return name
			}
		}
		// A label in any language and a name alone: "作者: Kofi Asante".
		if m := rxBylineLabel.FindStringIndex(l); m != nil {
			if rest := l[m[1]:]; nameLine(rest, len(strings.Fields(rest))) == rest {
				return rest
			}
		}
	}
	return ""
}

// learnedPieces reports whether s is made of two or more lines the
// folder's pages repeat, run together (with spaces, "·" or "|" between).
func learnedPieces(s string, h pageHints) bool {
	if len(h.chrome) == 0 {
		return false
	}
	pieces := 0
	for s != "" {
		k := len(s)
		for k > 0 && h.chrome[s[:k]] < 2 {
			k = strings.LastIndexByte(s[:k], ' ')
			if k <= 0 {
				return false
			}
		}
		s = strings.TrimLeft(s[k:], " ·|")
		pieces++
	}
	return pieces >= 2
}

// rxCreditBy matches a wire's credit line that names the writer first:
// "Reporting by Carlos Mendoza; Editing by Sam Okafor".
var rxCreditBy = lazyRE(`^(?:Reporting|Reported|Written|Text) by (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?:[;,.]|$)`)

// shownByline returns the writer's name the page shows outside any rule
// for bylines: a label alone on its line over a name ("Authors" over
// "Samuel Mensah"), or a wire's credit line; "" for none.
func shownByline(lines []string) string {
	for i, l := range lines {
		if m := rxCreditBy.FindStringSubmatch(l); m != nil {
			return m[1]
		}
		if i+1 < len(lines) && labelWords[strings.ToLower(strings.TrimRight(l, ":"))] && strings.HasPrefix(strings.ToLower(l), "author") {
			if n := lines[i+1]; nameLine(n, len(strings.Fields(n))) == n {
				return n
			}
		}
	}
	return ""
}

// headingOverText returns the page's heading (one of headings) shown
// nearest above the text that opens with paragraph first, within eight
// lines, when title is none of those lines; "" otherwise.
func headingOverText(lines []string, first, title string, headings []string) string {
	if len(first) < 40 || len(headings) == 0 {
		return ""
	}
	at := textStart(lines, first)
	found := ""
	for i := at - 1; at > 0 && i >= 0 && i >= at-8; i-- {
		l := lines[i]
		if l == title || strings.Contains(l, title) {
			return ""
		}
		if found == "" && len(strings.Fields(l)) >= 3 && titleCase(l) && slices.Contains(headings, l) && !strings.Contains(title, l) {
			found = l
		}
	}
	return found
}

// sourceLine reports whether u, a sentence over the text, names where the
// text comes from: at most 16 words, a date, and an outlet's word or a
// writer's "by" ("Jane Doe, The Baltic Courier, 6 November 2019.").
func sourceLine(u pageUnit, now time.Time, order dateOrder) bool {
	if u.words > 16 || !hasYear(u.flat) {
		return false
	}
	if !rxMediaWord.MatchString(u.flat) && !strings.Contains(strings.ToLower(u.flat), "by ") {
		return false
	}
	return visibleDateIn(u.flat, now, order) != ""
}

// rxFileTitle matches a title that is a file's name: no space, an
// extension.
var rxFileTitle = lazyRE(`^[^\s/]+\.[A-Za-z0-9]{2,5}$`)

// textStart returns the index of the shown line where the text that opens
// with paragraph first (40 bytes or more) begins, -1 for none.
func textStart(lines []string, first string) int {
	return slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(first, l) || strings.HasPrefix(l, first[:40]) })
}

// shownLines returns the lines of text an HTML page shows, spaces
// collapsed, without its head, scripts and styles.
func shownLines(page []byte) []string {
	text := html.UnescapeString(rxTag.ReplaceAllString(rxHiddenElements.ReplaceAllString(string(page), ""), "\n"))
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// shownHeadline returns the headline shown over the text that opens with
// paragraph first: the nearest line above it, within six, of three words
// or more in title case that has no date, no label, is no byline or
// breadcrumb trail, does not end a sentence and is not one the folder's
// pages share; "" for none.
func shownHeadline(lines []string, first string, h pageHints, now time.Time, order dateOrder) string {
	if len(first) < 40 {
		return ""
	}
	at := textStart(lines, first)
	for i := at - 1; at > 0 && i >= 0 && i >= at-6; i-- {
		l := lines[i]
		n := len(strings.Fields(l))
		if n < 3 || n > 25 || h.shared(l) >= 2 || !titleCase(l) || isBylineUnit(l) || strings.Contains(l, " by ") || strings.Contains(l, ": ") ||
			isCrumbs(l) || strings.ContainsAny(l[len(l)-1:], ".:") {
			continue
		}
		if d, _ := findDateIn(l, now, order); d != "" {
			continue
		}
		// A headline wrapped over two lines (a converted PDF's
		// positioned lines): "Host Towns Open Schools to Refugee
		// Children in" over "Their Own Language".
		if i > 0 && h.shared(lines[i-1]) < 2 && wrapsHeadline(newUnit(lines[i-1], 0), newUnit(l, 0), true) {
			return lines[i-1] + " " + l
		}
		return l
	}
	return ""
}

// folderTitle returns title, the headline the page's own rules chose, as
// the pages of its folder correct it. What the folder's pages share is the
// site's: a <title> or heading they all show ("Starred items", "Clip 48210
// · Monitor" with other numbers) in three pages of four names the site or the kind of page, and
// the headline is the page's first heading of three words or more that
// at most half of them show as a heading (another page's list of teasers
// may show it as a link); an end of the <title> that other pages' titles end or
// open with ("... : worldnews") is cut, and a heading of the page that the
// rest holds is the headline.
func folderTitle(title string, meta htmlMeta, h pageHints) string {
	if h.files < 2 {
		return title
	}
	own := func(t string) bool {
		return len(strings.Fields(t)) >= 3 && h.headingShared(t)*2 <= h.files && !slices.Contains(meta.logos, t)
	}
	if h.sitewide(title) || h.sitewide(meta.title) && strings.Contains(meta.title, title) {
		for _, t := range meta.headings {
			if own(t) {
				return t
			}
		}
		// No heading of its own: the first bold line that reads as a
		// headline, if the folder's pages do not share it.
		if own(meta.boldTitle) {
			return meta.boldTitle
		}
		return title
	}
	if meta.ogTitle != "" {
		return title
	}
	ends := titleEnds(meta.title)
	if len(ends) != 2 {
		return title
	}
	cut := title
	if last := ends[1]; h.titleEndRepeats(last) && strings.HasSuffix(cut, last) {
		cut = strings.TrimSpace(cut[:len(cut)-len(last)])
	}
	if first := ends[0]; h.titleEndRepeats(first) && strings.HasPrefix(cut, first) && len(first) < len(cut) {
		cut = strings.TrimSpace(cut[len(first):])
	}
	cut = strings.TrimSpace(strings.TrimRight(cut, "|:·»~/-–—"))
	cut = strings.TrimSpace(strings.TrimLeft(cut, "|:·»~/-–—"))
	if cut == title || len(strings.Fields(cut)) < 3 {
		return title
	}
	for _, t := range meta.headings {
		if own(t) && len(t) < len(cut) && strings.Contains(cut, t) {
			return t
		}
	}
	return cut
}

// cutAtSeparator reports whether title, in the page's <title> full, is
// followed or preceded there by a separator: a cut was made beside it.
func cutAtSeparator(full, title string) bool {
	i := strings.Index(full, title)
	if i < 0 || title == "" {
		return false
	}
	rest, before := full[i+len(title):], full[:i]
	for _, sep := range []string{" — ", " – ", " - ", " | ", ": ", " :: ", " -- "} {
		if strings.HasPrefix(rest, sep) || strings.HasSuffix(before, sep) {
			return true
		}
	}
	return false
}

// visibleDateIn returns the date findDateIn finds in s, "" for none.
func visibleDateIn(s string, now time.Time, order dateOrder) string {
	d, _ := findDateIn(collapseSpace(s), now, order)
	return d
}

// cleanHTMLBody drops from the text go-readability found what the page
// shape says is not article text (see read_page.go): chrome paragraphs
// ("Advertisement", "Read more: ...", cookie notices), a byline or date
// line before the first paragraph, and everything from a closing marker
// ("Related stories", "Most read", a copyright line) on. It returns the new
// text, "" when nothing would be left, and the byline and date lines it
// dropped. h holds the lines the folder's pages repeat.
func cleanHTMLBody(body string, now time.Time, order dateOrder, h pageHints) (string, []string, *pageModelBody) {
	var sources []string // source lines over the text (sourceLine)
	units := splitUnits(strings.Split(body, "\n"))
	classify(units, h)
	// At the text's edges, a paragraph go-readability ran together from
	// elements the folder's pages all show (a tool's bar: "Text size: −
	// 100% +", "Remove images", "Undo") is the site's too.
	for i := range units {
		if i >= 3 && i < len(units)-3 {
			continue
		}
		if u := &units[i]; !u.learned && !u.chrome && u.words <= 40 && learnedPieces(u.flat, h) {
			u.learned = true
		}
	}
	// What the folder's other pages repeat is the site's (a tagline under
	// each story), unless it would take half the text: copies of one story.
	prose, learned := 0, 0
	for _, u := range units {
		if u.prose && !u.chrome {
			prose++
			if u.learned {
				learned++
			}
		}
	}
	for i := range units {
		if u := &units[i]; u.learned && learned*2 <= prose {
			u.chrome = true
		}
	}
	// Sentences in another language on an English page (a site abroad's
	// notes, prompts and consent lines) are the site's, as in text pages.
	markOtherLanguage(units)
	if unitsSeen != nil {
		unitsSeen(units, h, true)
	}
	reading := modelReading(units, h, true, now)
	// A sentence the folder's pages fill in each their own way (three
	// pages: "This article originally appeared in X and is republished
	// here ...") is the site's where it opens or closes the text.
	for _, step := range []int{1, -1} {
		i := 0
		if step < 0 {
			i = len(units) - 1
		}
		for ; i >= 0 && i < len(units); i += step {
			u := &units[i]
			if !u.prose || u.chrome {
				continue
			}
			if !u.template || learned*2 > prose {
				break
			}
			u.chrome = true
		}
	}
	start := -1
	for i := range units {
		if u := &units[i]; u.prose && !u.chrome {
			// A note on the page's publication over the text is the
			// site's, not the text's first paragraph.
			// (Also after the bar that stood between it and a byline
			// go-readability took out: "| First published on 17 January
			// 2023. Last modified on 19 January 2023.")
			bare := strings.TrimLeft(u.flat, "|·•–— ")
			if publicationNote(*u) || u.words <= 20 && rxPublishedLine.MatchString(bare) && visibleDateIn(bare, now, order) != "" || bare != u.flat && u.words <= 30 && datesOnlyLine(bare) || u.words <= 12 && datesOnlyLine(u.flat) {
				u.chrome = true
				continue
			}
			// So is a short line naming where the text comes from, with its
			// date ("Priya Raghunathan, The Baltic Courier, 6 November
			// 2019.", "Pasted from The Evening Ledger, 16 February 2011.
			// Written by Jane Doe."): its date dates the page.
			// And a byline with its date ("by Jane Doe and wire services ·
			// Published September 14, 1998").
			if sourceLine(*u, now, order) || u.words <= 25 && opensBy(u.flat) && visibleDateIn(u.flat, now, order) != "" {
				u.chrome = true
				sources = append(sources, u.flat)
				continue
			}
			start = i
			break
		}
	}
	if start < 0 {
		return "", nil, reading
	}
	var lead, paras []string
	prev := -1
	for i, u := range units {
		// A closing line ends the text, unless two paragraphs follow it
		// (a share bar inside the article, which go-readability has
		// already told from the page around it).
		// (The count of readers' comments ends it whatever follows: the
		// comments, "Comments (3)".)
		if i > start && u.end && (!proseFollows(units[i+1:], 2) || rxCountLine.MatchString(u.flat) && strings.Contains(strings.ToLower(u.flat), "comment")) {
			break
		}
		if i < start {
			if d, _ := findDateIn(u.flat, now, order); d != "" || u.chrome || isBylineUnit(u.flat) || nameLine(u.flat, u.words) != "" {
				lead = append(lead, u.flat)
				continue
			}
			if u.words <= 12 { // a summary box, a kicker: not the text
				continue
			}
		}
		if u.chrome {
			continue
		}
		// A date or byline line on its own after the first paragraph
		// ("6 December 2010" under the text) is shown metadata.
		if i > start && !u.prose && u.words <= 12 && (u.block != units[i-1].block || rxFieldLabel.MatchString(u.flat)) {
			if d, _ := findDateIn(u.flat, now, order); d != "" || isBylineUnit(u.flat) {
				lead = append(lead, u.flat)
				continue
			}
		}
		if prev == u.block && len(paras) > 0 {
			paras[len(paras)-1] += "\n" + u.text
		} else {
			paras = append(paras, u.text)
		}
		prev = u.block
	}
	// A copyright notice run into the last paragraph ("... in June.
	// Copyright 2010 The Harbour Times") is the site's.
	if n := len(paras); n > 1 {
		if m := rxCopyrightTail.FindStringSubmatchIndex(paras[n-1]); m != nil && m[2] > 0 {
			paras[n-1] = strings.TrimSpace(paras[n-1][:m[2]])
		}
		// So is the page's own update stamp: "... officials said. Last
		// Updated ( Tuesday, 17 May 2011 09:01 )".
		if m := rxUpdatedTail.FindStringSubmatchIndex(paras[n-1]); m != nil && m[2] > 0 && visibleDateIn(paras[n-1][m[2]:], now, order) != "" {
			paras[n-1] = strings.TrimSpace(paras[n-1][:m[2]])
		}
	}
	// A bracketed menu run into the last paragraph by an unclosed <P>
	// ("... on Friday. [ Front Page | World | E-mail the Editor ]") is the
	// site's; a date line it leaves alone under the text is shown
	// metadata ("Posted at 10:12 p.m. Thursday, December 2, 2004").
	if n := len(paras); n > 1 {
		if m := rxMenuTail.FindStringIndex(paras[n-1]); m != nil {
			last := strings.TrimSpace(paras[n-1][:m[0]])
			if u := newUnit(last, 0); last == "" || u.words <= 12 && visibleDateIn(last, now, order) != "" {
				if last != "" {
					lead = append(lead, last)
				}
				paras = paras[:n-1]
			} else {
				paras[n-1] = last
			}
		}
	}
	// A last short line speaking to the reader ("Follow our coverage on
	// our app.") is a promotion; a writer's note under two paragraphs or
	// more ("Marta Kovalenko is our Geneva correspondent.") is not text.
	for len(paras) > 1 {
		last := paras[len(paras)-1]
		if u := newUnit(last, 0); !speaksToReader(u) && !closingNote(u) && !(len(paras) > 2 && authorNote(u) != "") {
			break
		}
		paras = paras[:len(paras)-1]
	}
	return strings.Join(paras, "\n\n"), append(lead, sources...), reading
}

// sharesWord reports whether a and b have a word of four letters or more
// in common, case aside.
func sharesWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(a), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 {
			words[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(b), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if words[w] {
			return true
		}
	}
	return false
}

// rxMenuTail matches a bracketed menu of three items or more at the end of
// a paragraph: "[ Front Page | World | E-mail the Editor ]".
var rxMenuTail = lazyRE(`\s*\[[^\[\]|]{1,40}(?:\|[^\[\]|]{1,40}){2,}\]\s*$`)

// rxTitleSep matches what separates a <title>'s parts: "Talks Resume |
// by Jane Doe | Site", "Talks Resume - by Jane Doe - Site".
var rxTitleSep = lazyRE(` [|\-–—] `)

// rxPublishedLine matches a line that opens by saying when the page was
// published: "Published Oct. 18, 2011 at 6:02 a.m. EDT|Updated ...".
var rxPublishedLine = lazyRE(`(?i)^(?:published|posted|updated|first published)\b`)

// rxFieldLabel matches a line that opens with a field's label ("Author:
// Jane Doe Date: July 24, 2004", a table of details under the text).
var rxFieldLabel = lazyRE(`(?i)^(?:author|date|published|posted|by|byline|source|updated)\s*:`)

// rxUpdatedTail matches a page's update stamp after the last sentence of a
// paragraph: "Last Updated ( Tuesday, 17 May 2011 09:01 )", "Updated:
// 12/03/2009".
var rxUpdatedTail = lazyRE(`(?i)(?:[.!?]["”’]?)(\s+(?:last\s+)?(?:updated|modified)\s*(?:on\s+)?[:(]?\s*[^.!?()]{4,60}\)?\.?)$`)

// rxCopyrightTail matches a copyright notice after the last sentence of a
// paragraph.
var rxCopyrightTail = lazyRE(`(?i)(?:^|[.!?]["”’]?)(\s+(?:©|copyright\b|\(c\)\s*\d{4})[^.!?]{0,100}\.?)$`)

// proseFollows reports whether n prose units of ten words or more come in
// units before the next closing line.
func proseFollows(units []pageUnit, n int) bool {
	for _, u := range units {
		if u.end {
			return false
		}
		// (A paragraph of ten words or more: a site's short lines under
		// its share bar, "Havana Dispatch. Digital newspaper." and "All
		// material may be reproduced citing the source.", are none.)
		if u.prose && !u.chrome && u.words >= 10 {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// minHTMLWords is the fewest words an HTML page's article text may have:
// go-readability falls back to the whole page when it finds no article, and
// what it returns then is menus and footers.
const minHTMLWords = 10

// linkWords counts the words inside links under n.
func linkWords(n *html.Node) int {
	count := 0
	var walk func(*html.Node, bool, int)
	walk = func(n *html.Node, inLink bool, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			inLink = true
		}
		if n.Type == html.TextNode && inLink {
			count += len(strings.Fields(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink, depth+1)
		}
	}
	walk(n, false, 0)
	return count
}

// rxUpdatedWord matches the word that labels a time as an update.
var rxUpdatedWord = lazyRE(`(?i)\b(?:updated|modified|edited|amended)\b[\s:]*(?:on|at)?[\s:]*$`)

// updatedTime reports whether the <time> element n is labelled as the
// update: by its class or itemprop, or by the text just before it
// ("Updated <time>").
func updatedTime(n *html.Node) bool {
	if rxUpdatedWord.MatchString(attr(n, "class")+" "+attr(n, "itemprop")+" ") || strings.EqualFold(attr(n, "itemprop"), "dateModified") {
		return true
	}
	if p := n.PrevSibling; p != nil && p.Type == html.TextNode {
		return rxUpdatedWord.MatchString(p.Data)
	}
	return false
}

// runInByline takes a byline in bold that opens the first paragraph
// under n out of it ("<p><b>By Jane Doe</b> Envoys from ...") and returns
// the name; "" when the first paragraph opens otherwise.
func runInByline(n *html.Node) string {
	var first *html.Node
	var find func(*html.Node)
	find = func(c *html.Node) {
		for ; c != nil && first == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "p" {
				first = c
				return
			}
			find(c.FirstChild)
		}
	}
	find(n.FirstChild)
	if first == nil {
		return ""
	}
	b := first.FirstChild
	for b != nil && b.Type == html.TextNode && strings.TrimSpace(b.Data) == "" {
		b = b.NextSibling
	}
	if b == nil || b.Type != html.ElementNode || b.Data != "b" && b.Data != "strong" || b.NextSibling == nil {
		return ""
	}
	t := collapseSpace(nodeText(b))
	if !isBylineUnit(t) {
		return ""
	}
	name := bylineIn(t, "")
	if name != "" {
		first.RemoveChild(b)
	}
	return name
}

// removeElements takes the elements named name out of the tree under n.
func removeElements(n *html.Node, name string) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.Data == name {
			n.RemoveChild(c)
		} else {
			removeElements(c, name)
		}
		c = next
	}
}

// setCentersApart sets each <center> of n apart with a line break
// before and after it: an old page's centred line between two paragraphs
// (a poll, a sign-up prompt) is a line of its own, which the text render
// would otherwise run into the paragraph after it when only one <br>
// follows.
func setCentersApart(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "center" {
			n.InsertBefore(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}, c)
			n.InsertBefore(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}, c.NextSibling)
			c = c.NextSibling
			continue
		}
		setCentersApart(c)
	}
}

// rxChromeClass matches the class of an element inside an article that
// holds a site's text rather than the article's: the publisher's
// description of itself, a disclaimer, a promotion.
var rxChromeClass = lazyRE(`(?i)(?:^|\s)(?:boilerplate|disclaimer|promo|newsletter(?:-signup)?|ad|advert|advertisement|sponsored)(?:\s|$)`)

// removeClassed removes from n the elements whose class matches rx.
func removeClassed(n *html.Node, rx *lazyRegexp) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && rx.MatchString(attr(c, "class")) {
			n.RemoveChild(c)
		} else {
			removeClassed(c, rx)
		}
		c = next
	}
}

// unwrapCapture returns the page a web archive's record or a saved HTTP
// response holds, without the capture's headers (a WARC record's
// "WARC-Date" and a response's "Date" are when the page was fetched, not
// when the article was written), and the address the record gives
// (WARC-Target-URI), "" for none. Other bytes are returned as they are.
func unwrapCapture(b []byte) ([]byte, string) {
	if !bytes.HasPrefix(b, []byte("WARC/1.")) && !bytes.HasPrefix(b, []byte("HTTP/1.")) && !bytes.HasPrefix(b, []byte("HTTP/2")) {
		return b, ""
	}
	url := ""
	rest := b
	for len(rest) > 0 {
		line, tail, _ := bytes.Cut(rest, []byte("\n"))
		l := string(bytes.TrimRight(line, "\r"))
		if v, ok := strings.CutPrefix(l, "WARC-Target-URI:"); ok && url == "" {
			url = webAddress(strings.Trim(strings.TrimSpace(v), "<>"))
		}
		if strings.HasPrefix(l, "HTTP/1.") || strings.HasPrefix(l, "HTTP/2") {
			// The response's headers end at the first blank line; the
			// page follows, up to a next record.
			for len(tail) > 0 {
				h, t, _ := bytes.Cut(tail, []byte("\n"))
				tail = t
				if len(bytes.TrimSpace(h)) == 0 {
					break
				}
			}
			if i := bytes.Index(tail, []byte("\nWARC/1.")); i >= 0 {
				tail = tail[:i+1]
			}
			return tail, url
		}
		rest = tail
	}
	return b, url
}

// removeItalicLead removes from the article node n a short first paragraph
// set wholly in italics before the text's first plain paragraph: a
// standfirst ("<p><em>A report from Gaborone.</em></p>"), not text.
func removeItalicLead(n *html.Node) {
	var ps []*html.Node
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && len(ps) < 2; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "p" {
				if t := collapseSpace(nodeText(c)); t != "" {
					ps = append(ps, c)
				}
				continue
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	if len(ps) < 2 || !wholeItalic(ps[0]) || wholeItalic(ps[1]) {
		return
	}
	if w := len(strings.Fields(nodeText(ps[0]))); w == 0 || w > 25 {
		return
	}
	ps[0].Parent.RemoveChild(ps[0])
}

// wholeItalic reports whether all the text of p is inside <em> or <i>.
func wholeItalic(p *html.Node) bool {
	plain := false
	var walk func(*html.Node, bool)
	walk = func(c *html.Node, italic bool) {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && !italic && strings.TrimSpace(c.Data) != "":
				plain = true
			case c.Type == html.ElementNode:
				walk(c.FirstChild, italic || c.Data == "em" || c.Data == "i")
			}
		}
	}
	walk(p.FirstChild, false)
	return !plain
}

// hasDateNote reports whether notes already explain a missing date.
func hasDateNote(notes []string) bool {
	for _, n := range notes {
		if strings.HasPrefix(n, "date ") || n == ErrNoDate.Error() {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return ""
}

// textParagraphs trims the lines of rendered text and leaves exactly one
// blank line between paragraphs.
func textParagraphs(s string) string {
	var lines []string
	for l := range strings.SplitSeq(s, "\n") {
		lines = append(lines, strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " ")))
	}
	return strings.Join(splitParagraphs(lines), "\n\n")
}

// htmlMeta is what scanHTMLMeta finds in a page.
type htmlMeta struct {
	ogTitle, h1, h2, siteName, canonical, ogURL, author, lang string
	title                                                     string   // the <title>
	h1s, logos                                                []string // <h1> headings, and those marked as the site's logo
	headings                                                  []string // the first <h1>, <h2> and <h3> texts, in order
	// classTitle is the text of the first element whose class says it is
	// the headline ("entry-title", "headline", "article-title").
	classTitle                     string
	metaDate, timeDate, jsonLDDate string
	updTime                        string // a <time> labelled as the update
	dataDate                       string // a data-published (or data-...date) attribute
	authorName                     string // a name alone in an element whose class says author
	shownName                      string // a name opening a byline or date element that shows a date
	boldTitle                      string // the first bold line in title case
	boldLine                       string // the first bold line of 4 to 25 words, in any case
	// loneDates holds the first short texts that hold a year and stand
	// alone in their element, in order: a masthead's date.
	loneDates []string
	// shown holds the text of elements whose class or id says byline or
	// date ("byline", "dateline", "published", "timestamp"), in order.
	shown []string
	// shownUpdated holds the text of date elements whose class says
	// update ("modifydate", "updated"); appended to shown at the end.
	shownUpdated []string
}

// rxLogo matches the class or id of a heading that holds the site's logo.
var rxLogo = lazyRE(`(?i)logo|brand|masthead|site-?(?:name|title)`)

// rxTitleClass matches the class of an element that holds the headline.
var rxTitleClass = lazyRE(`(?i)\b(?:entry-title|post-title|article-title|story-title|headline|story-headline|article-headline)\b`)

// rxDomainSuffix matches a site's address after a title: " (site.example)".
var rxDomainSuffix = lazyRE(`\s*\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\)$`)

// rxStaffWord matches the words of an author that is no person.
var rxStaffWord = lazyRE(`(?i)\b(?:staff|desk|team|newsroom|editors?|reporters|correspondents|agencies|wires?)\b`)

// writerOf is the name a byline gives, or "" when it names a content
// system's account rather than a writer.
func writerOf(byline string) string {
	name := writerName(nameOfByline(byline))
	if rxAccountName.MatchString(name) || rxStaffByline.MatchString(strings.TrimSpace(byline)) || !strings.Contains(name, " ") && rxMediaWord.MatchString(name) {
		return ""
	}
	return name
}

// rxStaffByline matches a byline that names a desk, not a writer: "by
// Courier Staff", "Foreign Desk", "The Ledger's reporters".
var rxStaffByline = lazyRE(`(?i)^(?:by\s+)?[\pL\s.&'’-]{0,40}\b(?:staff|desk|team|newsroom|reporters|correspondents|agencies|wires?)$`)

// rxTodayClass matches the class of a masthead's day and weather: the day
// the page was seen, not the article's date.
var rxTodayClass = lazyRE(`(?i)today|current-?date|weather|clock`)

// rxModifiedClass matches the class of an element that shows when the
// article was updated rather than written.
var rxModifiedClass = lazyRE(`(?i)modif|updated|last-?edit`)

// webAddress returns u when it is an absolute http or https address, else
// "" (a canonical "javascript:..." or "/world/story" is nothing to cite).
func webAddress(u string) string {
	u = strings.TrimSpace(u)
	if l := strings.ToLower(u); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return u
	}
	return ""
}

// rxSiteTitleSep matches the separators between a headline and a site's
// name in a title.
var rxSiteTitleSep = lazyRE(` (?:[|\-–—:]|--|::) `)

// cutNamedSite cuts from title a first or last part, between separators,
// that one of names holds (the site as its copyright line or logo gives
// it), when what is left reads as a headline (three words or more).
func cutNamedSite(title string, names []string) string {
	locs := rxSiteTitleSep.FindAllStringIndex(title, -1)
	if len(locs) == 0 {
		return title
	}
	named := func(part string) bool {
		part = strings.ToLower(strings.TrimSpace(part))
		if part == "" || len(strings.Fields(part)) > 6 {
			return false
		}
		for _, n := range names {
			n = strings.ToLower(n)
			if n == part || len(strings.Fields(part)) >= 2 && strings.Contains(n, part) || len(n) > 3 && strings.Contains(part, n) {
				return true
			}
		}
		return false
	}
	// The headline left keeps three words, or two where the part cut is
	// the site's name itself ("The Ledger - Ambassador summoned").
	exact := func(part string) bool {
		part = strings.TrimSpace(part)
		return slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(strings.TrimSpace(n), part) })
	}
	need := func(part string) int {
		if exact(part) {
			return 2
		}
		return 3
	}
	first, last := locs[0], locs[len(locs)-1]
	if head := title[last[1]:]; named(title[:first[0]]) && len(strings.Fields(title[first[1]:])) >= need(title[:first[0]]) && !named(head) {
		return strings.TrimSpace(title[first[1]:])
	}
	if named(title[last[1]:]) && len(strings.Fields(title[:last[0]])) >= need(title[last[1]:]) {
		return strings.TrimSpace(title[:last[0]])
	}
	return title
}

// copyrightHolders returns the names after "©" or "Copyright" and a year
// in the lines a page shows: "Copyright © 1998 Tri-County Clarion. All
// rights reserved." gives "Tri-County Clarion".
func copyrightHolders(lines []string) []string {
	var out []string
	for _, l := range lines {
		if m := rxCopyrightHolder.FindStringSubmatch(l); m != nil {
			out = append(out, strings.TrimSpace(m[1]))
		}
	}
	return out
}

// rxCopyrightHolder matches a copyright line's holder.
var rxCopyrightHolder = lazyRE(`(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?([\pL][\pL\s.&'’-]{2,80}?)(?:[.,]|\s+all rights|$)`)

// rxAccountName matches a byline that is a content system's account
// rather than a person: "Administrator", "admin", "Super User", "webmaster".
var rxAccountName = lazyRE(`(?i)^(?:(?:written|posted)\s+by\s+)?(?:administrator|admin|super\s*user|webmaster|site\s*admin|editor|moderator|guest|anonymous|user\d*)$`)

// rxAuthorClass matches the class or id of an element that holds the
// writer's name.
var rxAuthorClass = lazyRE(`(?i)author|byline|writer`)

// rxShownClass matches the class or id of an element that shows a byline
// or a date.
var rxShownClass = lazyRE(`(?i)byline|dateline|date|posted|published|timestamp|article-meta|post-meta|entry-meta|post-footer|entry-footer|author|meta\b`)

// metaDateKeys are the meta property/name values that give a publication
// date, lower case.
var metaDateKeys = map[string]bool{
	"article:published_time": true, "og:article:published_time": true,
	"og:published_time": true, "published_time": true, "date": true, "pubdate": true,
	"publishdate": true, "publish-date": true, "publication_date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.date": true,
	"dcterms.created": true, "dcterms.issued": true, "datepublished": true,
	"sailthru.date": true, "parsely-pub-date": true, "pdate": true, "ptime": true,
	"publish_date": true, "article.published": true, "original-publish-date": true,
}

// scanHTMLMeta walks the document for the metadata the rules above use.
func scanHTMLMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	timeMarked := ""
	inComment := 0 // depth of readers' comment blocks around n
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		// A date standing alone in its own text, as a masthead shows the
		// day's date ("Monday, December 6, 2010"): kept for when nothing
		// else dates the page.
		if n.Type == html.TextNode && inComment == 0 && len(m.loneDates) < 3 && len(n.Data) < 48 && hasYear(n.Data) && (n.Parent == nil || n.Parent.Data != "script" && n.Parent.Data != "style") {
			if t := collapseSpace(n.Data); t != "" && len(strings.Fields(t)) <= 6 {
				m.loneDates = append(m.loneDates, t)
			}
		}
		if n.Type == html.ElementNode && commentBlock(n) {
			// Readers' comments: their authors and dates are not the
			// article's (their headings may still be: a thread that
			// pastes the article).
			inComment++
			defer func() { inComment-- }()
		}
		if n.Type == html.ElementNode {
			// Microdata on any element: <span itemprop="datePublished"
			// content="2004-07-24">.
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && n.Data != "meta" && m.metaDate == "" {
				m.metaDate = firstNonEmpty(attr(n, "content"), attr(n, "datetime"), nodeText(n))
			}
			if (n.Data == "h1" || n.Data == "h2" || n.Data == "h3") && len(m.headings) < 16 {
				m.headings = append(m.headings, collapseSpace(nodeText(n)))
			}
			tag := n.Data
			if tag == "p" && strings.EqualFold(attr(n, "class"), "MsoTitle") {
				// A word processor's page: its paragraph in the Title
				// style is the document's headline, as an h1 is.
				tag = "h1"
			}
			switch tag {
			case "html":
				m.lang = attr(n, "lang")
			case "meta":
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := attr(n, "content")
				switch {
				case key == "og:title" && m.ogTitle == "":
					m.ogTitle = content
				case key == "og:site_name" && m.siteName == "":
					m.siteName = content
				case key == "og:url" && m.ogURL == "":
					m.ogURL = content
				case key == "author" && m.author == "":
					m.author = content
				case key == "byl" && m.author == "": // "By Jane Doe"
					m.author = strings.TrimSpace(rxByPrefix.ReplaceAllString(content, ""))
				case metaDateKeys[key] && m.metaDate == "":
					m.metaDate = firstNonEmpty(content, attr(n, "datetime"))
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case "time":
				if t := nodeText(n); inComment == 0 && attr(n, "datetime") == "" && t != "" && len(t) < 200 && len(m.shown) < 8 {
					m.shown = append(m.shown, t)
				}
				if dt := attr(n, "datetime"); dt != "" && inComment == 0 {
					// A time the page labels as the update ("Updated
					// <time ...>", class "updated" or "modified") is used
					// only when no other date is found.
					if updatedTime(n) {
						if m.updTime == "" {
							m.updTime = dt
						}
					} else if m.timeDate == "" {
						m.timeDate = dt
					}
					if timeMarked == "" && (hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
						timeMarked = dt
					}
				}
			case "div", "span", "p", "small", "address", "section", "h3", "h4", "h5", "h6", "abbr", "li", "footer", "header", "td",
				"details", "summary", "a", "em", "strong", "b", "i", "ul", "dl", "dd", "dt", "figcaption", "article", "main":
				// A date kept in a data- attribute: <div class="article"
				// data-published="2010-04-19T10:15:00Z">.
				if m.dataDate == "" {
					for _, at := range n.Attr {
						if k := strings.ToLower(at.Key); strings.HasPrefix(k, "data-") && (strings.Contains(k, "publish") || strings.HasSuffix(k, "date")) {
							m.dataDate = at.Val
							break
						}
					}
				}
				// The first bold line that reads as a headline, for a page
				// of the table-and-font years with no heading element.
				if (m.boldTitle == "" || m.boldLine == "") && (n.Data == "b" || n.Data == "strong") {
					if t := collapseSpace(nodeText(n)); len(t) < 200 {
						if w := len(strings.Fields(t)); w >= 4 && w <= 25 {
							if m.boldTitle == "" && titleCase(t) {
								m.boldTitle = t
							}
							if m.boldLine == "" {
								m.boldLine = t
							}
						}
					}
				}
				if m.classTitle == "" && n.Data != "a" && rxTitleClass.MatchString(attr(n, "class")) {
					if t := collapseSpace(nodeText(n)); len(strings.Fields(t)) >= 3 && len(t) < 300 {
						m.classTitle = t
					}
				}
				if m.authorName == "" && inComment == 0 && rxAuthorClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
					// A name alone in an element that says it is the
					// author: <div class="post-author">Omar Haddad</div>.
					if t := collapseSpace(nodeText(n)); len(t) < 80 {
						m.authorName = nameLine(t, len(strings.Fields(t)))
					}
				}
				switch {
				case inComment > 0 || rxTodayClass.MatchString(attr(n, "class")+" "+attr(n, "id")):
					// Readers' comments, the masthead's "Friday, December
					// 6, 2013": not the article's.
				case rxModifiedClass.MatchString(attr(n, "class")) && rxShownClass.MatchString(roleNames(n)):
					if t := nodeText(n); t != "" && len(t) < 200 && len(m.shownUpdated) < 4 {
						m.shownUpdated = append(m.shownUpdated, t)
					}
				case len(m.shown) < 8 && rxShownClass.MatchString(roleNames(n)):
					// A date element may show "3 hours ago" and keep the
					// date in its title: <span class="published"
					// title="2010-12-06T10:15:00Z">.
					if t := attr(n, "title"); t != "" && len(t) < 60 && strings.ContainsAny(t, "0123456789") {
						m.shown = append(m.shown, t)
					}
					if t := nodeText(n); t != "" && len(t) < 200 {
						m.shown = append(m.shown, t)
						if m.shownName == "" && hasYear(t) {
							m.shownName = openingName(n)
						}
					}
				}
			case "title":
				if m.title == "" {
					m.title = collapseSpace(nodeText(n))
				}
			case "h1":
				if m.h1 == "" {
					m.h1 = nodeText(n)
				}
				if rxLogo.MatchString(attr(n, "class") + " " + attr(n, "id")) {
					m.logos = append(m.logos, nodeText(n))
				} else {
					m.h1s = append(m.h1s, nodeText(n))
				}
			case "h2":
				if m.h2 == "" {
					m.h2 = nodeText(n)
				}
				if m.authorName == "" && rxAuthorClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
					// A name alone in an element that says it is the
					// author: <div class="post-author">Omar Haddad</div>.
					if t := collapseSpace(nodeText(n)); len(t) < 80 {
						m.authorName = nameLine(t, len(strings.Fields(t)))
					}
				}
				if len(m.shown) < 8 && rxShownClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
					// A date element may show "3 hours ago" and keep the
					// date in its title: <span class="published"
					// title="2010-12-06T10:15:00Z">.
					if t := attr(n, "title"); t != "" && len(t) < 60 && strings.ContainsAny(t, "0123456789") {
						m.shown = append(m.shown, t)
					}
					if t := nodeText(n); t != "" && len(t) < 200 {
						m.shown = append(m.shown, t)
					}
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && m.jsonLDDate == "" && n.FirstChild != nil {
					var v any
					src := strings.TrimSpace(n.FirstChild.Data)
					src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
					if json.Unmarshal([]byte(src), &v) == nil {
						m.jsonLDDate = findJSONKey(v, "datePublished", 0)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	if timeMarked != "" {
		m.timeDate = timeMarked
	}
	// Dates labelled as the update come after every other shown line, so
	// that "Last Updated ( Tuesday ... )" never dates the article when the
	// page shows when it was written.
	m.shown = append(m.shown, m.shownUpdated...)
	return m
}

// commentBlock reports whether the element holds readers' comments: a
// class or id word that starts with "comment" or names a comment service.
func commentBlock(n *html.Node) bool {
	for _, w := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if strings.HasPrefix(w, "comment") || strings.HasPrefix(w, "disqus") {
			return true
		}
	}
	return false
}

// openingName returns the name that opens n, an element of a page's
// byline or date block that shows a date: a child element holding a name
// alone ("<b>Jane Doe</b><br>June 24, 2014", "<span class="auteur">Jane
// Doe</span> <span>28-05-1999</span>"), or the block's first text before
// ", " or " · " when an outlet or a role, not the date, follows it ("Jane
// Doe, The Ledger · 24 June 2014"; "New York, May 2, 2009" gives none).
// "" when no name opens it.
func openingName(n *html.Node) string {
	isName := func(t string) bool {
		w := len(strings.Fields(t))
		return w >= 2 && w <= 4 && !strings.ContainsAny(t, "0123456789") && rxName.MatchString(t) && !rxMediaWord.MatchString(t)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t := collapseSpace(nodeText(c))
		if t == "" {
			continue
		}
		if c.Type == html.ElementNode && c.Data != "time" {
			if isName(t) {
				return t
			}
			if hasYear(t) {
				continue
			}
			if c.FirstChild != nil && c.FirstChild.Type == html.ElementNode {
				// a box of the name and the writer's role
				if name := openingName(c); name != "" {
					return name
				}
			}
		}
		if c.Type == html.TextNode || c.Type == html.ElementNode {
			for _, sep := range []string{", ", " · "} {
				name, rest, ok := strings.Cut(t, sep)
				if !ok || !isName(name) {
					continue
				}
				first, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
				first = strings.ToLower(strings.Trim(first, ".,"))
				if first == "" || strings.ContainsAny(first, "0123456789") || monthNames[first] != 0 || rxWeekdayWord.MatchString(first) {
					continue
				}
				return name
			}
		}
		return ""
	}
	return ""
}

// roleNames returns what names n's role: its class and id, and the values
// of its data- attributes, which scripted sites use for the same
// (data-component="byline-block").
func roleNames(n *html.Node) string {
	s := attr(n, "class") + " " + attr(n, "id")
	for _, a := range n.Attr {
		if strings.HasPrefix(a.Key, "data-") && len(a.Val) < 40 && !strings.ContainsAny(a.Val, "0123456789") {
			s += " " + a.Val
		}
	}
	return s
}

// findJSONKey returns the first string value of key in v, depth first.
func findJSONKey(v any, key string, depth int) string {
	if depth > 32 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok {
			return s
		}
		for _, k := range slices.Sorted(maps.Keys(x)) { // sorted: the same answer every time
			if s := findJSONKey(x[k], key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range x {
			if s := findJSONKey(c, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// nodeText returns the text inside n, spaces collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 256 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return strings.Join(strings.Fields(b.String()), " ")
}

// headlineInTitle returns the page's <h1> when the title (og:title or
// <title>) is that heading with short labels around it, set off by
// separators: "Analysis | Talks Resume in Geneva - The Eastern Post",
// "Talks Resume in Geneva - GNN". A site's kind of page and its name go
// around the headline that way on any site; the <h1> of three words or
// more is the headline itself. Labels of more than six words, or text
// glued to the heading without a separator, leave the title as it is.
func headlineInTitle(title, h1 string) string {
	h1 = collapseSpace(h1)
	title = collapseSpace(title)
	if len(strings.Fields(h1)) < 3 || title == h1 {
		return title
	}
	i := strings.Index(title, h1)
	if i < 0 {
		return title
	}
	label := func(s string, before bool) bool {
		if s == "" {
			return true
		}
		loc := rxTitleEnd.FindAllStringIndex(s, -1)
		if len(loc) == 0 {
			return false
		}
		var rest string
		if before {
			last := loc[len(loc)-1]
			if last[1] != len(s) {
				return false
			}
			rest = s[:last[0]]
		} else {
			if loc[0][0] != 0 {
				return false
			}
			rest = s[loc[0][1]:]
		}
		return len(strings.Fields(rest)) <= 6
	}
	if !label(title[:i], true) || !label(title[i+len(h1):], false) {
		return title
	}
	return h1
}

package archive

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Pages of one site share their chrome, and librarians keep a site's pages
// in one folder. The text reader learns, once per folder, the lines that
// several of the folder's text pages repeat (menus, footers, share and
// newsletter lines) and drops them from every page of the folder, and the
// order of its numeric dates when the pages prove one (a day over 12 in
// "24.07.2004" makes "09.02.2016" on a sibling page 9 February). A page
// read alone (standard input, a folder of one page) is read by its shape
// only.
//
// A folder may also hold a settings file, FolderSettingsFile, of "key:
// value" lines:
//
//	source: Lakeside Herald     the source of its pages that do not name one
//	dates: day-first            numeric dates are day first (03/04/2004 is 3 April),
//	                            whatever the pages' own dates prove
//	dates: month-first          numeric dates are month first (03/04/2004 is 4 March)
//
// Lines starting with "#" are comments. The file's name starts with a dot,
// so it is never read as an article.

// FolderSettingsFile is the name of a folder's settings file.
const FolderSettingsFile = ".chancery-source"

// FolderSettings is what a folder's settings file says.
type FolderSettings struct {
	Source    string // default source for pages that do not name theirs
	DateOrder string // "day-first", "month-first" or "" (not said)
}

// ReadFolderSettings reads the settings file of folder dir; the zero value
// when there is none. An unknown key or value is a *RecordError naming the
// file and line.
func ReadFolderSettings(dir string) (FolderSettings, error) {
	var s FolderSettings
	f, err := os.Open(filepath.Join(dir, FolderSettingsFile))
	if err != nil {
		if os.IsNotExist(err) {
			return s, nil
		}
		return s, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		switch {
		case ok && k == "source" && v != "":
			s.Source = v
		case ok && k == "dates" && (v == "day-first" || v == "month-first"):
			s.DateOrder = v
		default:
			return s, &RecordError{Path: f.Name(), Line: n, Err: fmt.Errorf("%q is not a setting: write \"source: NAME\", \"dates: day-first\" or \"dates: month-first\"", clip(l, 60))}
		}
	}
	return s, sc.Err()
}

// folderChromeFiles is the most sibling pages read to learn a folder's
// chrome: enough to see what a site repeats, bounded for huge folders.
const folderChromeFiles = 200

// folderCache holds what was learned of each folder in this process.
var folderCache sync.Map // dir -> *folderInfo

type folderInfo struct {
	settingsOnce, chromeOnce sync.Once
	settings                 FolderSettings
	chrome                   map[string]int
	files                    int       // pages the chrome was learned from
	order                    dateOrder // the order the pages' numeric dates prove
}

func folderOf(path string) *folderInfo {
	v, _ := folderCache.LoadOrStore(filepath.Dir(path), &folderInfo{})
	return v.(*folderInfo)
}

// folderSettings returns the settings of path's folder, read once.
func folderSettings(path string) FolderSettings {
	if path == "" || path == "-" {
		return FolderSettings{}
	}
	fi := folderOf(path)
	fi.settingsOnce.Do(func() {
		fi.settings, _ = ReadFolderSettings(filepath.Dir(path)) // ingest reports a bad file
	})
	return fi.settings
}

// folderHints returns the hints for the page at path: the chrome lines its
// folder's text pages repeat, and the folder's date order.
func folderHints(path string) pageHints {
	if path == "" || path == "-" {
		return pageHints{}
	}
	fi := folderOf(path)
	fi.chromeOnce.Do(func() { fi.chrome, fi.files, fi.order = learnChrome(filepath.Dir(path)) })
	h := pageHints{chrome: fi.chrome, files: fi.files, order: fi.order}
	switch folderSettings(path).DateOrder {
	case "day-first":
		h.order = dayFirst
	case "month-first":
		h.order = monthFirst
	}
	return h
}

var (
	rxTextName = lazyRE(`(?i)(\.txt|\.text)(\.gz)?$|^[^.]+$`)
	rxHTMLName = lazyRE(`(?i)\.html?$`)
	rxTag      = lazyRE(`<[^>]*>`)
	// rxInlineTag matches the tags that stay inside a line of text: a
	// block's links and emphasis ("<strong>Join our channel</strong> for
	// news. <a>Click here</a>").
	rxInlineTag = lazyRE(`(?i)</?(?:a|abbr|b|big|bdi|cite|em|font|i|mark|q|small|span|strong|sub|sup|time|u)\b[^>]*>`)
)

// learnChrome counts, for each short line of the text and HTML pages in
// dir (an HTML page's text split at its tags), the
// number of pages that have it; only lines found in two pages or more are
// kept. It also returns the number of pages read, and the order of the
// numeric dates of the folder's pages where they prove one (see
// numericOrder).
func learnChrome(dir string) (map[string]int, int, dateOrder) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, 0, orderUnknown
	}
	var names []string
	for _, e := range ents {
		n := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(n, ".") || !rxTextName.MatchString(n) && !rxHTMLName.MatchString(n) || NotArticle(n) != "" {
			continue
		}
		names = append(names, n)
	}
	if len(names) < 2 {
		return nil, len(names), orderUnknown
	}
	slices.Sort(names)
	if len(names) > folderChromeFiles {
		names = names[:folderChromeFiles]
	}
	counts := map[string]int{}
	read, dayFirstPages, monthFirstPages := 0, 0, 0
	for _, n := range names {
		b, err := readHead(filepath.Join(dir, n), 256<<10)
		if err != nil {
			continue
		}
		read++
		text, _ := decodeText(b)
		switch numericOrder(text) {
		case dayFirst:
			dayFirstPages++
		case monthFirst:
			monthFirstPages++
		}
		var titles []string // an HTML page's <title> and headings
		if rxHTMLName.MatchString(n) {
			if m := rxTitleElement.FindStringSubmatch(text); m != nil {
				titles = append(titles, m[1])
			}
			for _, m := range rxHeadingElement.FindAllStringSubmatch(text, 16) {
				titles = append(titles, "\x04"+collapseSpace(html.UnescapeString(rxTag.ReplaceAllString(m[1], ""))))
			}
			// An HTML page's text, element by element: "<p
			// class="tagline">Prairie Tribune staff and wire
			// reports.</p>" gives the sentence a line of its own;
			// and block by block, its links and emphasis kept inside
			// the line, as the reader sees the block: "<div><strong>Join
			// our channel</strong> for news. <a>Click here</a></div>".
			pieces := html.UnescapeString(rxTag.ReplaceAllString(text, "\n"))
			blocks := html.UnescapeString(rxTag.ReplaceAllString(rxInlineTag.ReplaceAllString(text, ""), "\n"))
			text = pieces + "\n" + blocks
		}
		seen := map[string]bool{}
		for l := range strings.SplitSeq(strings.ReplaceAll(text, "\r", "\n"), "\n") {
			l = collapseSpace(l)
			if l == "" || len(l) > 400 || seen[l] {
				continue
			}
			seen[l] = true
			counts[l]++
			if t, ok := lineTemplate(l); ok && !seen[t] {
				seen[t] = true
				counts[t]++
			}
			if t, ok := digitShape(l); ok && !seen[t] {
				seen[t] = true
				counts[t]++
			}
		}
		// The ends of an HTML page's <title> ("Story | Site", "Clip
		// 48210 · Monitor"), counted to find those other pages' titles
		// share, and its headings ("\x04" before each).
		for i, t := range titles {
			keys := []string{t}
			if i == 0 && !strings.HasPrefix(t, "\x04") {
				keys = nil
				for _, part := range titleEnds(collapseSpace(html.UnescapeString(t))) {
					keys = append(keys, titlePartKey(part))
				}
			}
			for _, k := range keys {
				if !seen[k] {
					seen[k] = true
					counts[k]++
				}
			}
		}
	}
	for l, c := range counts {
		if c < 2 {
			delete(counts, l)
		}
	}
	order := orderUnknown
	switch {
	case dayFirstPages > 0 && monthFirstPages == 0:
		order = dayFirst
	case monthFirstPages > 0 && dayFirstPages == 0:
		order = monthFirst
	}
	return counts, read, order
}

// rxNumericDate matches a numeric date with a four-digit year, day and
// month in either order, one separator: "24.07.2004", "7/24/2004".
var rxNumericDate = lazyRE(`(?:^|[^\d./-])(\d{1,2})([./-])(\d{1,2})([./-])((?:19|20)\d\d)(?:[^\d./-]|$)`)

// numericOrder returns the order a page's numeric dates prove: day first
// when one of them has a first number over 12 ("24.07.2004") and none a
// second one over 12, month first the other way round, orderUnknown when
// they prove none or both. A folder's pages come from one site, which
// writes its dates one way: "09.02.2016" on a page whose sibling shows
// "24.07.2004" is 9 February.
func numericOrder(text string) dateOrder {
	day, month := false, false
	for _, m := range rxNumericDate.FindAllStringSubmatch(text, 64) {
		if m[2] != m[4] {
			continue
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			day = true
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			month = true
		}
	}
	switch {
	case day && !month:
		return dayFirst
	case month && !day:
		return monthFirst
	}
	return orderUnknown
}

// templateWords is the most words of a line learned as a template: a
// site's licence or republishing note runs to thirty words and more.
const templateWords = 40

// lineTemplate returns the shape of a short line that the pages of one
// site fill in each their own way: numbers become "#" and capitalised
// words (names, months, titles) "X", after a "\x00" that keeps templates
// apart from lines. "Omar Haddad's column appears on Saturdays." and
// "Helen Strand's column appears on Saturdays." give one template, and so
// do "You have read 2 of 5 free articles" and "You have read 3 of 5 free
// articles"; a run of such words is one "X", so that "Baltic Courier" and
// "The Frontier Review" fill one template (punctuation after a word ends
// its run: "Jane Doe, Ledger Staff" is "X, X"). ok is false for a line of more than templateWords words, one that is its
// own template, or one with fewer than two words in lower case (one of
// four letters or more): names, dates and headlines in title case are
// never learned this way.
func lineTemplate(l string) (string, bool) {
	f := strings.Fields(l)
	if len(f) > templateWords {
		return "", false
	}
	var b strings.Builder
	b.WriteByte(0)
	lower, long, masked := 0, false, false
	open := false // an "X" was just written with no punctuation after it
	for i, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsDigit(r) || unicode.IsUpper(r)
		if i > 0 && !(upper && open) {
			b.WriteByte(' ')
		}
		switch {
		case upper:
			// A run of such words is one "X": "Baltic Courier" and "The
			// Frontier Review" fill one template.
			if !open {
				b.WriteString("X")
			}
			masked, open = true, true
			// keep the punctuation that closes the word: "Saturdays."
			if t := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); len(t) < len(w) {
				b.WriteString(w[len(t):])
				open = false
			}
		default:
			open = false
			b.WriteString(w)
			if unicode.IsLower(r) {
				lower++
				long = long || utf8.RuneCountInString(w) >= 4
			}
		}
	}
	if !masked || lower < 2 || !long {
		return "", false
	}
	return b.String(), true
}

// rxTitleElement matches an HTML page's <title> and its text.
var rxTitleElement = lazyRE(`(?is)<title[^>]*>(.*?)</title>`)

// rxHeadingElement matches an HTML page's <h1>, <h2> or <h3> and its
// content.
var rxHeadingElement = lazyRE(`(?is)<h[1-3][^>]*>(.*?)</h[1-3]>`)

// rxTitleEnd matches the separators between a title's headline and the
// site's or the page's name.
var rxTitleEnd = lazyRE(` (?:[|:·»~]|::|//|--|[-–—]) `)

// titleEnds returns the first and the last part of a title split at
// rxTitleEnd ("World", "The Ledger" of "World | Talks Resume | The
// Ledger"), none when it has no separator.
func titleEnds(title string) []string {
	loc := rxTitleEnd.FindAllStringIndex(title, -1)
	if len(loc) == 0 {
		return nil
	}
	return []string{title[:loc[0][0]], title[loc[len(loc)-1][1]:]}
}

// titlePartKey is the key under which learnChrome counts a title's end.
func titlePartKey(part string) string {
	if t, ok := digitShape(part); ok {
		return "\x03" + t
	}
	return "\x03" + part
}

// digitShape returns a short line with its runs of digits as "#", after a
// "\x02" that keeps shapes apart from lines: "Clip 48210 · Monitor" and
// "Clip 48236 · Monitor" have one shape. ok is false for a line without
// digits or of more than 12 words.
func digitShape(l string) (string, bool) {
	if strings.IndexFunc(l, unicode.IsDigit) < 0 || len(l) > 120 || len(strings.Fields(l)) > 12 {
		return "", false
	}
	var b strings.Builder
	b.WriteByte(2)
	digit := false
	for _, r := range l {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return b.String(), true
}

// readHead reads at most n bytes of the file at path.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	k, err := f.Read(b)
	if k > 0 {
		err = nil
	}
	return b[:k], err
}

// notArticleNames are file names (lower case, without extension) that are
// notes about a collection, never articles.
var notArticleNames = map[string]bool{
	"readme": true, "read_me": true, "read-me": true, "license": true, "licence": true,
	"copying": true, "changes": true, "changelog": true, "history": true, "news": false,
	"source": true, "sources": true, "notice": true, "authors": true, "contributors": true,
	"index": false, "manifest": true, "about": true, "credits": true, "todo": true,
}

// NotArticle says why a file named name is plainly not an article
// ("README", "LICENSE", "SOURCE.md", any Markdown note, a checksum list),
// or "" when it may be one.
func NotArticle(name string) string {
	base := strings.ToLower(filepath.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	switch {
	case notArticleNames[stem] || notArticleNames[base]:
		return "a collection note (" + filepath.Base(name) + "), not an article"
	case (ext == ".md" || ext == ".markdown") && markdownClip(name):
		// A web clipper's save of an article: read as a text page.
	case ext == ".md" || ext == ".markdown" || ext == ".rst":
		return "a Markdown or reStructuredText note, not an article (a clipped article opens with front matter between \"---\" lines giving its title or source)"
	case ext == ".sha256" || ext == ".md5" || stem == "sha256sums" || stem == "md5sums":
		return "a checksum list, not an article"
	case resourceExts[ext]:
		return "a web page's style sheet, script, image, font or media file, not an article"
	case ext == ".pdf" || ext == ".doc" || ext == ".docx" || ext == ".odt" || ext == ".rtf":
		return "a " + strings.ToUpper(ext[1:]) + " document: not read (save the article as text or HTML to ingest it)"
	}
	if page := savedWith(name); page != "" {
		return "part of the page saved as " + page + " (its images, scripts and frames), not an article"
	}
	return ""
}

// rxClipField matches a front-matter field a web clipper writes over an
// article it saved as Markdown: "source: https://...", "title: ...".
var rxClipField = lazyRE(`(?i)^(?:title|source|url|link|author|published|date)\s*:\s*\S`)

// markdownClip reports whether the Markdown file at path opens with a
// clipper's front matter (between "---" lines, with a title, source,
// address, author or date field): an article kept by a web clipper, not
// a note about the collection.
func markdownClip(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, 4096)
	n, _ := io.ReadFull(f, b)
	lines := strings.Split(strings.ReplaceAll(string(b[:n]), "\r\n", "\n"), "\n")
	if len(lines) < 3 || strings.TrimSpace(strings.TrimPrefix(lines[0], "\ufeff")) != "---" {
		return false
	}
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "---" {
			return false
		}
		if rxClipField.MatchString(l) {
			return true
		}
	}
	return false
}

// resourceExts are the extensions of the files a page uses (its style
// sheets, scripts, images, fonts, sound and video), never articles.
var resourceExts = map[string]bool{
	".css": true, ".js": true, ".mjs": true, ".map": true, ".png": true, ".jpg": true, ".jpeg": true,
	".gif": true, ".webp": true, ".avif": true, ".svg": true, ".ico": true, ".bmp": true, ".tif": true,
	".tiff": true, ".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true, ".mp3": true,
	".mp4": true, ".m4a": true, ".webm": true, ".ogg": true, ".wav": true, ".swf": true,
}

// savedFolderSuffixes end the name of the folder a browser saves a page's
// resources in, beside the page ("Talks resume_files" beside "Talks
// resume.html"), in the languages browsers name it.
var savedFolderSuffixes = []string{"_files", "-files", "_archivos", "-dateien", "_fichiers", "_arquivos", "_bestanden", "_file", "_filer", "_pliki", "_soubory"}

// savedWith returns the name of the page whose resource folder holds the
// file at path (the folder's name is the page's and a browser's suffix,
// and the page is beside the folder), or "" when it is in no such folder.
func savedWith(path string) string {
	dir := filepath.Dir(path)
	folder := filepath.Base(dir)
	for _, suf := range savedFolderSuffixes {
		if len(folder) <= len(suf) || !strings.EqualFold(folder[len(folder)-len(suf):], suf) {
			continue
		}
		stem := folder[:len(folder)-len(suf)]
		for _, ext := range []string{".html", ".htm", ".xhtml", ".shtml"} {
			if st, err := os.Stat(filepath.Join(filepath.Dir(dir), stem+ext)); err == nil && st.Mode().IsRegular() {
				return stem + ext
			}
		}
	}
	return ""
}

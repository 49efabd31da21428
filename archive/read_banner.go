package archive

import "strings"

// A page saved from a web archive or a search engine's cache opens with the
// archive's banner over the site's own page (and one read through a
// translation tool with the tool's): the archive's name, the
// address it captured, the day of the capture, its calendar and buttons
// ("Wayback Machine", "243 captures", "This is Google's cache of ...",
// "This page was captured on 2 March 2012 ...", "Date archived:
// 2010-11-02"). None of it is the site's, and its dates are the capture's,
// not the article's: the banner is cut before the page is read, and the
// address it gives is kept as the article's.

// rxCaptureLine matches a line of an archive's or a cache's banner.
var rxCaptureLine = lazyRE(`(?i)^(?:internet\s+archive|(?:the\s+)?wayback\s+machine(?:\s+home)?|web\.archive\.org|archive\.(?:today|ph|is|li|org)|archive-it|webcite®?(?:\s+(?:query\s+result|archive\s+format))?|webpage\s+capture|saved\s+from|cached|archived\s+(?:page|copy|version))$` +
	// a web archive's name: "UK Web Archive", "Australia's Web Archive",
	// "National Library Web Archive — Archived Content"
	`|^(?:[\p{L}'’®-]+\s+){0,4}web\s+archive\b[^.!?]{0,40}$|^(?:the\s+)?wayback\s+machine\b` +
	// "This is Google's cache of ...", "This is the cached copy of ...",
	// "This is an archived copy of a website."
	`|^this\s+is\s+(?:the\s+|an?\s+)?(?:[\pL\s]{1,24}['’]s\s+)?(?:cache|cached|archived|snapshot)\b` +
	// "This page was captured on ...", "This website was archived on ..."
	`|^(?:this|the)\s+(?:web\s*)?(?:page|website|site|copy|snapshot)\s+(?:was|is|has\s+been)\s+(?:archived|captured|cached|collected|saved|crawled)\b` +
	`|^you\s+are\s+viewing\s+an?\s+(?:archived|cached|stored)\b` +
	// a cache's and an archive's notes and buttons
	`|\bcache\s+is\s+the\s+snapshot\b|\bthis\s+cached\s+page\b|\b(?:not|nor)\s+responsible\s+for\s+its\s+content\b|\bsearch\s+terms\s+have\s+been\s+highlighted\b` +
	`|^the\s+(?:current\s+)?page\s+(?:may|could)\s+have\s+changed\b|\bto\s+link\s+to\s+or\s+bookmark\s+this\s+page\b|\bidentified\s+as\s+archived\b` +
	`|\bthis\s+archived\s+(?:material|page|version|copy|content)\b|\bin\s+this\s+archived\s+version\b|^all\s+snapshots\s+from\s+host\b|\bother\s+snapshots\s+from\s+this\s+url\b` +
	`|^(?:date\s+)?(?:archived|captured|crawled|collected)(?:\s+on)?\s*:|^snapshot\s+id\s*:|^original(?:\s+url)?\s*:\s*https?://|^\d[\d,]*\s+captures?$` +
	`|^exit\s+archive$|^back\s+to\s+archive\s+home$|\b(?:previous|next)\s+snapshot\b`)

// rxTranslateLine matches a line of a translation tool's banner or note:
// "Google Translate", "Translation: French » English", "Translated from
// Arabic · View original", "This page was translated from Turkish into
// English", "Vietnamese ▸ English | Show original", "Original article in
// Chinese", "Machine translation provided for reference only."
var rxTranslateLine = lazyRE(`(?i)^(?:google\s+translate|bing\s+translator|microsoft\s+translator|yandex\s+translate|translation\s*:\s|translated\s+(?:from|by|with|automatically)\b|(?:this|the)\s+(?:page|article|text|story)\s+(?:was|has\s+been|is)\s+(?:automatically\s+|machine[\s-])?translated\b|view\s*:\s*original\b|(?:show|view|see)\s+(?:the\s+)?original\b|\p{L}+\s*[▸»→>]\s*english\b|original\s+(?:article|text|version)\s+in\s+\p{L}+\.?$|machine[\s-]translat(?:ion|ed)\b|rate\s+this\s+translation\b|original\s*[|·]?\s*translation\b)`)

// maxBannerLines is the most lines a banner's blocks hold together: a
// block longer than that holds the site's page too.
const maxBannerLines = 20

// cutCaptureBanner returns lines without an archive's or a cache's banner
// at their top, and the address the banner gives (the page captured); lines
// unchanged and "" when the page has none. The banner is the blocks
// (between blank lines) from the first line of the page on that each hold a
// line of rxCaptureLine, their other lines short (an archive's calendar,
// its buttons, the captured site's title); in a block with a longer line,
// only the banner's own lines go.
func cutCaptureBanner(lines []string) ([]string, string) {
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first == len(lines) {
		return lines, ""
	}
	// The banner opens the page: a line of its own, or an archive's name
	// over one ("PANDORA Archive" over "Australia's Web Archive").
	if top := strings.TrimSpace(lines[first]); !captureLine(top) && !(archiveName(top) && first+1 < len(lines) && captureLine(strings.TrimSpace(lines[first+1]))) {
		return lines, ""
	}
	url := ""
	end := first // lines[:end] is cut
	for i := first; i < len(lines) && i-first < maxBannerLines; {
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		block := lines[i:j]
		banner, short := false, true
		for _, l := range block {
			l = strings.TrimSpace(l)
			if captureLine(l) {
				banner = true
			} else if len(strings.Fields(l)) > 12 {
				short = false
			}
		}
		if !banner {
			break
		}
		if !short || j-first > maxBannerLines {
			// Only the banner's own lines: the block goes on with the
			// site's page.
			out := append([]string(nil), lines[end:i]...)
			for _, l := range block {
				if !captureLine(strings.TrimSpace(l)) {
					out = append(out, l)
				} else if url == "" {
					url = firstURL(l)
				}
			}
			return append(out, lines[j:]...), url
		}
		for _, l := range block {
			if url == "" {
				url = firstURL(l)
			}
		}
		end = j
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		i = j
	}
	if end == first {
		return lines, ""
	}
	return lines[end:], url
}

// captureLine reports whether l (trimmed) is a line of a banner, an
// archive's, a cache's (rxCaptureLine) or a translation tool's
// (rxTranslateLine), with a cheap test first for a word every pattern
// holds.
func captureLine(l string) bool {
	return len(l) <= 400 && captureLineLow(l, strings.ToLower(l))
}

// captureLineLow is captureLine with l in lower case given (low), as a
// caller that has it saves making it again.
func captureLineLow(l, low string) bool {
	if l == "" || len(l) > 400 {
		return false
	}
	if strings.Contains(low, "translat") || strings.Contains(low, "original") || strings.Contains(low, "english") {
		if rxTranslateLine.MatchString(l) {
			return true
		}
	}
	if !strings.Contains(low, "archiv") && !strings.Contains(low, "cache") && !strings.Contains(low, "captur") && !strings.Contains(low, "snapshot") &&
		!strings.Contains(low, "wayback") && !strings.Contains(low, "webcite") && !strings.Contains(low, "saved from") && !strings.Contains(low, "crawled") &&
		!strings.Contains(low, "collected") && !strings.Contains(low, "original") && !strings.Contains(low, "changed") && !strings.Contains(low, "responsible") &&
		!strings.Contains(low, "highlighted") && !strings.Contains(low, "bookmark") {
		return false
	}
	return rxCaptureLine.MatchString(l)
}

// archiveName reports whether l is short and names an archive, a cache
// or a snapshot: "PANDORA Archive", "PageMemory snapshot".
func archiveName(l string) bool {
	low := strings.ToLower(l)
	return len(strings.Fields(l)) <= 4 && (strings.Contains(low, "archive") || strings.Contains(low, "cache") || strings.Contains(low, "snapshot") || strings.Contains(low, "capture"))
}

// firstURL returns the first web address in l, "" for none.
func firstURL(l string) string {
	k := strings.Index(l, "http://")
	if k2 := strings.Index(l, "https://"); k < 0 || k2 >= 0 && k2 < k {
		k = k2
	}
	if k < 0 {
		return ""
	}
	u := l[k:]
	if e := strings.IndexAny(u, " \t\"<>"); e >= 0 {
		u = u[:e]
	}
	// A web archive's address holds the captured one after its stamp:
	// "https://web.archive.org/web/20190514093012/https://...".
	if k := strings.Index(u[1:], "/http"); k >= 0 && strings.Contains(u[:k+1], "/web/") {
		u = u[k+2:]
	}
	return strings.TrimRight(u, ".,;)")
}

// rxPastedFrom matches the line a note app puts over a clip, under the day
// and time of the clip: "Pasted from <https://...>", "Clipped from:
// https://...".
var rxPastedFrom = lazyRE(`(?i)^(?:pasted|clipped|copied)\s+from\s*:?\s*<?(https?://[^\s>]+)>?$`)

// cutNoteStamp returns lines without a note app's stamp at their top (the
// day and time the clip was made, over "Pasted from <https://...>"), and
// the address it gives; lines unchanged and "" when there is none. The
// stamp's day is the clip's, never the article's.
func cutNoteStamp(lines []string) ([]string, string) {
	seen := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if m := rxPastedFrom.FindStringSubmatch(l); m != nil {
			var out []string
			for _, k := range lines[:i] {
				if k = strings.TrimSpace(k); k != "" && (datesOnlyLine(k) || rxTimeOnly.MatchString(k)) {
					continue
				}
				out = append(out, k)
			}
			return append(out, lines[i+1:]...), m[1]
		}
		if seen++; seen > 4 {
			break
		}
	}
	return lines, ""
}

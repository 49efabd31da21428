package archive

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An interruption is a line a site puts between two paragraphs of the
// text that is not the text: a prompt ("Sign up to our free politics
// newsletter"), a caption and its credit ("Delegates pose outside the
// venue. Photo / Supplied"), a note on the page ("(Continued on page 2)",
// "[Chart: Bond yields, percent. Source: central banks]"), a label ("Also
// on our site: How the budget works"). The rules know many such lines by
// their words; a site's new wording is known by its shape instead. The
// text's paragraphs end their sentences; an interruption stands wholly in
// brackets, or ends no sentence and bears a mark of the site (siteMark).
// Real pages hold lines without a sentence's end that are text: a
// subheading, list items, a team sheet's referee, a figure, a sentence cut
// where a link was, a reader's comment without its last stop. They bear
// no such mark, or open in lower case or with a digit, or run on after a
// sentence, and are kept.

// finishBody returns a's text as both page readers end it: the page
// model's where it is sure the rules' text is wrong (reading.judge),
// without interruptions, without the lines the line model is sure are the
// site's (dropSiteLines) and without a last note on the writer.
func finishBody(reading *pageModelBody, a *Article) string {
	return cutWriterNote(dropSiteLines(dropInterruptions(reading.judge(a.Body, a.Title))), a.Byline)
}

// maxInterruptionWords is the most words an interruption has: a longer
// unit without a sentence's end is text the page ran together.
const maxInterruptionWords = 25

// minNeighbourWords is the fewest words of the paragraphs on each side of
// an interruption: a short line beside it may be one more of the site's.
const minNeighbourWords = 5

// dropInterruptions returns body (paragraphs between blank lines) without
// its interruptions: a run of one or two units that do not end a sentence
// (interruption) between two paragraphs that do. Most paragraphs end a
// sentence and cost one look at their last letter.
func dropInterruptions(body string) string {
	if strings.Count(body, "\n\n") < 2 {
		return body
	}
	paras := strings.Split(body, "\n\n")
	var drop []bool
	for i := 1; i < len(paras)-1; i++ {
		if p := strings.TrimSpace(paras[i]); sentenceEnd(p) && !bracketed(p) {
			continue
		}
		// paras[i:j] is a run of interruptions; paras[i-1] and paras[j]
		// are its neighbours.
		j := i
		for j < len(paras)-1 && interruption(collapseSpace(paras[j])) {
			j++
		}
		if j > i && j-i <= 2 && textParagraph(paras[i-1]) && textParagraph(paras[j]) {
			if drop == nil {
				drop = make([]bool, len(paras))
			}
			for k := i; k < j; k++ {
				drop[k] = true
			}
		}
		i = max(i, j)
	}
	if drop == nil {
		return body
	}
	kept := make([]string, 0, len(paras))
	for i, p := range paras {
		if !drop[i] {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

// textParagraph reports whether s reads as a paragraph of the text: it
// ends a sentence and has minNeighbourWords words or more.
func textParagraph(s string) bool {
	return sentenceEnd(strings.TrimSpace(s)) && len(strings.Fields(s)) >= minNeighbourWords
}

// sentenceEnd reports whether s ends with a sentence's mark (in any
// script), maybe inside quotation marks or brackets; a colon or a
// semicolon (a list's opening or its items) counts.
func sentenceEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"”’'»)]`))
	return strings.ContainsRune(`.!?:;…。！？؟۔`, r)
}

// interruption reports whether the unit s, between two paragraphs, is no
// text of theirs.
func interruption(s string) bool {
	words := len(strings.Fields(s))
	if words == 0 || words > maxInterruptionWords {
		return false
	}
	if bracketed(s) || words <= 8 && rxChapterLabel.MatchString(s) {
		return true
	}
	if sentenceEnd(s) || openedItem(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) || unicode.IsDigit(r) {
		return false // "and", "8,661": the text's, cut or set out
	}
	if tail := afterLastStop(s); tail != s {
		// After a sentence: a caption's credit ("... venue. Photo /
		// Supplied", "... talks. (File photo)", "... signing. PHOTO |
		// FILE", "... talks. Photo: Supplied"), or a sentence running on
		// (a comment without its last stop).
		return strings.HasPrefix(tail, "(") || strings.ContainsAny(tail, "/|") || len(strings.Fields(tail)) <= 4 && (strings.Contains(tail, ": ") || siteMark(s))
	}
	return siteMark(s)
}

// rxChapterLabel matches a long read's label of its parts set between
// paragraphs: "CHAPTER 2", "Part three", "PART THREE · THE RECKONING" (a
// label of the layout that says nothing of its own; a crosshead with words
// of the story stays).
var rxChapterLabel = lazyRE(`(?i)^(?:chapter|part)\s+(?:\d{1,2}|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s*(?:of\s+(?:\d{1,2}|[a-z]+))?(?:\s*[·:—–|-]\s*[^.!?]{1,60})?)?$`)

// afterLastStop returns what follows the last sentence's end inside s
// (". ", "? ", "! " before a capital or a bracket), or s.
func afterLastStop(s string) string {
	for i := len(s) - 2; i > 0; i-- {
		if s[i] != ' ' || !strings.ContainsRune(".?!", rune(s[i-1])) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(r) || r == '(' || r == '[' {
			return s[i+1:]
		}
	}
	return s
}

// siteMark reports whether s bears a mark of the site's voice or layout: a
// word to the reader or of the site ("our", "you"), a handle, a label
// ("Image caption:", "Also read |") in its first four words, or a symbol
// or a dash first.
func siteMark(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'«([", r) {
		return true
	}
	if i := strings.IndexAny(s, ":|"); i > 0 && len(strings.Fields(s[:i])) <= 4 && i+1 < len(s) && s[i+1] == ' ' {
		return true
	}
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if strings.HasPrefix(w, "@") && len(w) > 1 {
			return true
		}
		switch strings.Trim(w, `"'“”‘’,.!?()`) {
		case "our", "ours", "us", "we", "you", "your", "yours":
			return true
		}
	}
	return false
}

// openedItem reports whether s opens with a list's mark and does not close
// with it: "• Talks resume on Monday" is an item, "— Subscribe to our
// briefing —" a line set apart, and so is a link after an arrow ("►
// Watch Late Edition weeknights at 10.30pm").
func openedItem(s string) bool {
	if !listItem(s) && !rxBullet.MatchString(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if first == '►' {
		return false // an arrow marks a link: "► Watch Late Edition weeknights at 10.30pm"
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return first != last
}

// bracketed reports whether s stands wholly in one pair of round or
// square brackets: "(Continued below)", "[Photo: Jane Doe]".
func bracketed(s string) bool {
	if len(s) < 3 {
		return false
	}
	open, close := s[0], s[len(s)-1]
	if !(open == '(' && close == ')' || open == '[' && close == ']') {
		return false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 && i < len(s)-1 {
				return false // "(a) one thing (b) another"
			}
		}
	}
	return depth == 0
}

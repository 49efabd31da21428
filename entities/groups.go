package entities

import (
	"slices"
	"strings"

	"chancery/archive"
)

// Bands and other performing groups are often named like a person ("Franz
// Ferdinand", "Simply Red"). An article that writes the name as a group's
// says what it is; the name is then an organization of that article, and
// the registry learns it as a group for the articles that only list it
// ("beat Franz Ferdinand, Keane and Muse").

// groupMembers after a name make it a group's: "Franz Ferdinand frontman
// Alex Kapranos".
var groupMembers = map[string]bool{
	"frontman": true, "frontwoman": true, "guitarist": true, "drummer": true, "bassist": true,
	"keyboardist": true, "singer": true, "vocalist": true,
}

// groupKinds before "group" make the noun a band's: "rock group" ("the
// group X", "the Moulinex group President X" are a company's).
var groupKinds = map[string]bool{
	"rock": true, "pop": true, "indie": true, "punk": true, "folk": true, "boy": true, "girl": true,
	"dance": true, "rap": true, "metal": true, "soul": true, "jazz": true, "music": true, "vocal": true,
}

// groupCue reports whether text writes name, a name of two words or more,
// as a performing group's anywhere: a band's noun right before it ("the
// band X", "rock group X"), a member's noun right after
// it ("X frontman"), or a plural verb in a clause about it when it opens
// its sentence ("X, who were shortlisted, ..."), which no one person takes. A bare "X were" is no cue: X
// may end the subject's phrase ("the cuts proposed by X were").
func groupCue(text, name string) bool {
	if !strings.Contains(name, " ") {
		return false
	}
	for start, end := range mentions(text, name) {
		if start > 0 && isNameByte(text[start-1]) {
			continue
		}
		before := strings.Fields(text[max(0, start-40):start])
		var prev, prev2 string
		if n := len(before); n > 0 {
			prev = before[n-1]
			if n > 1 {
				prev2 = before[n-2]
			}
		}
		switch prev {
		case "band", "bands":
			return true
		case "group":
			if groupKinds[strings.ToLower(prev2)] {
				return true
			}
		}
		after := strings.Fields(text[end:min(len(text), end+40)])
		if len(after) == 0 {
			continue
		}
		if groupMembers[strings.TrimRight(after[0], ",.;:")] || after[0] == "lead" && len(after) > 1 && strings.TrimRight(after[1], ",.") == "singer" {
			return true
		}
		// a plural verb in a clause about the name, when the name opens
		// its sentence: in "... and defender X, who were all named" the
		// clause is about a list
		opens := prev == "" || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "\"")
		if opens && after[0] == "," && len(after) > 2 && after[1] == "who" && after[2] == "were" {
			return true
		}
	}
	return false
}

// groupCueWords are the words of groupCue's shapes, each found in text by
// its own search: a band's noun before a name, a member's noun or ", who
// were" after it.
var (
	groupBefore = []string{" band ", " bands ", " group "}
	groupAfter  = []string{" frontman", " frontwoman", " guitarist", " drummer", " bassist", " keyboardist",
		" singer", " vocalist", " lead singer", ", who were "}
)

// groupNames returns the names text writes as a performing group's
// (groupCue), found from the text itself: the extractor may have left them
// out of its persons already. Each is a run of two to four capitalised
// words next to a cue.
func groupNames(text string) []string {
	var out []string
	add := func(words []string) {
		if len(words) < 2 {
			return
		}
		name := strings.Join(words, " ")
		if !slices.Contains(out, name) && groupCue(text, name) {
			out = append(out, name)
		}
	}
	namesAtCues(text, groupBefore, groupAfter, add)
	return out
}

// namesAtCues calls add with the capitalised words right after each cue of
// before and right before each cue of after, wherever text has the cue.
func namesAtCues(text string, before, after []string, add func(words []string)) {
	for _, cue := range before {
		for from := 0; ; {
			i := strings.Index(text[from:], cue)
			if i < 0 {
				break
			}
			from += i + len(cue)
			add(capsAfter(text[from:]))
		}
	}
	for _, cue := range after {
		for from := 0; ; {
			i := strings.Index(text[from:], cue)
			if i < 0 {
				break
			}
			add(capsBefore(text[:from+i]))
			from += i + len(cue)
		}
	}
}

// capsAfter returns the up to four capitalised words that open text, up to
// a punctuation mark.
func capsAfter(text string) []string {
	var words []string
	for _, w := range strings.Fields(text[:min(len(text), 80)]) {
		clean := strings.TrimRight(w, ",.;:!?\")")
		if len(words) == 4 || !capital(clean) {
			break
		}
		words = append(words, clean)
		if clean != w {
			break
		}
	}
	return words
}

// capsBefore returns the up to four capitalised words that end text, back
// to a punctuation mark.
func capsBefore(text string) []string {
	f := strings.Fields(text[max(0, len(text)-80):])
	var words []string
	for k := len(f) - 1; k >= 0 && len(words) < 4; k-- {
		w := f[k]
		if !capital(w) || strings.TrimRight(w, ",.;:!?\")") != w {
			break
		}
		words = append(words, w)
	}
	slices.Reverse(words)
	return words
}

// capital reports whether w begins with a capital letter and is a word, not
// a possessive ("Metallica's").
func capital(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// groupsOf returns the keys (archive.Key) of the names a's title or body
// writes as a group's (groupNames).
func groupsOf(a *archive.Article) []string {
	var keys []string
	for _, g := range append(groupNames(a.Title), groupNames(a.Body)...) {
		if k := archive.Key(g); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// groupsAsOrgs moves the persons a writes as a group's (groupsOf) to its
// organizations. The runs of capitals groupNames finds may hold a word
// before the name ("Former Stone Roses frontman"); only those that are the
// whole of a person found become organizations.
func groupsAsOrgs(a *archive.Article, persons, orgs []string) ([]string, []string) {
	groups := groupsOf(a)
	if len(groups) == 0 {
		return persons, orgs
	}
	kept := persons[:0]
	for _, p := range persons {
		if !slices.Contains(groups, archive.Key(p)) {
			kept = append(kept, p)
		} else if !slices.Contains(orgs, p) {
			orgs = append(orgs, p)
		}
	}
	return kept, orgs
}

// workCueBefore and workCueAfter are the words right before or after a
// name of two words or more that say it is a work's, for the registry:
// "abortion drama Vera Drake", "Vera Drake star Imelda Staunton", "Harry
// Potter sequel". Narrower than the extractor's workBefore and workAfter:
// a person's name comes before "films", "books" or "author" ("Tom Hanks
// films"), which must not make the person a work in other articles.
var (
	workCueBefore = []string{" film ", " movie ", " drama ", " biopic ", " sitcom ", " musical ", " novel ", " documentary ", " blockbuster ", " album "}
	workCueAfter  = []string{" star ", " stars ", " premiere", " sequel", " adaptation", " screenplay", " soundtrack", " trilogy", " franchise"}
)

// worksOf returns the keys (archive.Key) of the names of two words or more
// a's title or body writes as a work's (workCueBefore, workCueAfter). The
// registry counts them with the groups: a name two articles write so is
// no person in the articles that only list it ("Vera Drake", "Bridget
// Jones").
func worksOf(a *archive.Article) []string {
	var keys []string
	add := func(words []string) {
		if len(words) < 2 || len(words) > 4 {
			return
		}
		if k := archive.Key(strings.Join(words, " ")); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	namesAtCues(a.Title, workCueBefore, workCueAfter, add)
	namesAtCues(a.Body, workCueBefore, workCueAfter, add)
	return keys
}

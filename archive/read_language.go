package archive

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The chrome of a site in another language around an English article
// ("Der Artikel wird unter der Anzeige fortgesetzt", "Lire aussi :",
// "Ative as notificações e receba as principais notícias do dia",
// "関連記事") is told by its language, not by a list of each site's
// words: on a page whose text is English, a short line in another
// language is the site's. Dates and bylines in that language stay what
// they are ("Veröffentlicht am 5. März 2019", "Von Katrin Hollmann").

// englishWords are English function words, which the other languages'
// lists below do not hold.
var englishWords = wordSet(`the and of to for with from that this these those was were are has have had been will would
should could can not but also its their his her our your you they we he she it which who what when where after before
over under into about than then there here more most read new all any each one two said says`)

// foreignWords are function words and chrome words of the languages whose
// sites carry English articles, which are no English words (German,
// French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish,
// Indonesian and Malay).
var foreignWords = wordSet(`der das und mit für von zu den dem des ist wird sie auch nicht ein eine einen einem unter zum zur
jetzt alle über nach bei aus im am artikel lesen weiter mehr teilen jeden morgen wichtigsten nachrichten abonnieren
le les des du et est pour dans sur une avec aussi lire ce cette vous nous qui que au aux leur partager même rubrique
el los las del por para con una más también lea noticias esta este su sus comparte puede interesar
il lo gli della delle dello che per sono anche leggi sotto continua questo questa alla alle nel sito
os da do das dos em uma também mais leia receba notícias seu sua não compartilhe ative notificações
het een van op voor niet ook lees meer deze
się nie że jest od przez czytaj także oraz
ve bir bu için ile haberi haberleri olun günün paylaş paylaşın
dan yang di ke dari untuk dengan ini itu juga baca kami anda berita`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// wordCounts returns how many of s's words are English function words and
// how many another language's. A particle before a capitalised word is a
// name's ("van der Walt", "de Gaulle", "da Silva"). It allocates only for
// a word with capitals outside ASCII.
func wordCounts(s string) (english, foreign int) {
	var buf [24]byte
	pending := false // the last word was another language's, in lower case: a particle if a capital follows
	start := -1
	flush := func(end int) {
		w := s[start:end]
		r0, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r0)
		if pending && upper {
			foreign-- // "van der Walt": the particle was a name's
		}
		pending = false
		low := w
		if len(w) <= len(buf) && isASCII(w) {
			low = string(lowerASCII(buf[:len(w)], w)) // the compiler does not allocate for a map key
		} else {
			low = strings.ToLower(w)
		}
		switch {
		case englishWords[low]:
			english++
		case foreignWords[low]:
			foreign++
			pending = !upper
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
			start = -1
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	return english, foreign
}

// isASCII reports whether s has no byte outside ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// otherScript reports whether s has letters and none of them Latin: a line
// in Japanese, Chinese, Korean, Cyrillic, Arabic or Greek.
func otherScript(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.Is(unicode.Latin, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// markForeignChrome marks as chrome the short lines in another language on
// a page whose text is English: two of their words or more are another
// language's function words and outnumber the English ones, or all their
// letters are of another script. A date or a byline is left as it is.
func markForeignChrome(units []pageUnit) {
	english, foreign, read := 0, 0, 0
	for _, u := range units {
		if u.prose && u.words >= 12 && !u.chrome {
			e, f := wordCounts(u.flat)
			english, foreign = english+e, foreign+f
			if read++; read == 8 {
				break // eight paragraphs tell the page's language
			}
		}
	}
	if english < 8 || english < 4*foreign {
		return // no English text, or not only English
	}
	for i := range units {
		u := &units[i]
		if u.chrome || u.meta || u.words > 30 || u.prose && u.words >= 20 {
			continue
		}
		if !foreignLine(u.flat) || hasDate(u.flat) || isBylineUnit(u.flat) || shortByline(u.flat) != "" {
			continue
		}
		u.chrome = true
	}
}

// foreignLine reports whether s reads as another language's: two of its
// words or more are another language's function words and outnumber the
// English ones, or all its letters are of another script.
func foreignLine(s string) bool {
	e, f := wordCounts(s)
	return f >= 2 && f > e || otherScript(s)
}

// rxForeignByline matches a byline in another language: a label of up to
// two words, "by" in that language written in lower case, and one or two
// names ("Ein Gastbeitrag von Friedrich Albers", "di ALESSANDRO BERTI,
// inviato a New York", "Publicado por Ana Ruiz"); or "by" capitalised
// before two names joined by that language's "and" ("Di Giulia Santoro e
// Marco Ferretti": a headline has no "e" between names).
var rxForeignByline = lazyRE(`^(?:(?:\p{L}+\s+){0,2}(?:von|di|da|par|por|door|av|af|przez|oleh)\s+(` + rxForeignName + `(?:\s+(?:e|y|et|und|en|i|ve|dan|&)\s+` + rxForeignName + `)?)|(?:Von|Di|Da|Par|Por|Door|Av|Af|Przez|Oleh)\s+(` + rxForeignName + `\s+(?:e|y|et|und|en|i|ve|dan)\s+` + rxForeignName + `))(?:\s*[,|/(·].{0,60})?$`)

// rxForeignName is a name of two to four capitalised words, a particle
// allowed between them ("Pieter van der Linden").
const rxForeignName = `\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|dos|das|le|la)\s+)*\p{Lu}[\p{L}'’.-]+){1,3}`

// foreignByline returns the writers a byline in another language names
// (rxForeignByline), "" for none.
func foreignByline(s string) string {
	if len(s) > 120 || !mayBeForeignByline(s) {
		return ""
	}
	m := rxForeignByline.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	name := m[1] + m[2]
	for _, and := range []string{" e ", " y ", " et ", " und ", " en ", " i ", " ve ", " dan ", " & "} {
		if a, b, ok := strings.Cut(name, and); ok {
			return a + " and " + b
		}
	}
	return name
}

// foreignBy are the words for "by" rxForeignByline needs, in lower case.
var foreignBy = wordSet("von di da par por door av af przez oleh")

// mayBeForeignByline reports whether one of the first three words of s is
// one of foreignBy: the cheap test before the expression.
func mayBeForeignByline(s string) bool {
	var buf [8]byte
	for k := 0; k < 3 && s != ""; k++ {
		w, rest, _ := strings.Cut(s, " ")
		if len(w) >= 2 && len(w) <= len(buf) && foreignBy[string(lowerASCII(buf[:len(w)], w))] {
			return true
		}
		s = rest
	}
	return false
}

// rxAgencyCodes matches a wire's credit of agencies and an editor's
// initials between slashes: "dpa/AFP/woe", "AFP/ANSA".
var rxAgencyCodes = lazyRE(`^(?i:dpa|afp|ap|ansa|efe|epa|kna|apa|sda|ats|ddp|rtr|reuters|aa|anp|belga|pap|ctk|mti|tt|ntb|lusa)(?:\s*/\s*\p{L}{2,8}){1,4}$`)

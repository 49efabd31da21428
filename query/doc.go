// Package query parses Chancery's search language and builds Bleve queries
// from it.
//
// The language is the one search boxes have taught people: words, "exact
// phrases", AND, OR, NOT, parentheses, +required and -excluded, plus field
// prefixes and dates:
//
//	Lavrov Zebari                      both words (implicit AND)
//	(Russia OR Iraq) debt -Kuwait      grouping, exclusion
//	"no fly zone"                      exact phrase, stop words included
//	"Lavrov Zebari"~10                 all words within 10 other words, any order
//	diplomat*                          prefix
//	Volcker~  cofee~1                  fuzzy: up to N edits (word~ is 1 up to five letters, else 2)
//	“oil prices”  «prix du pétrole»    typographic quotes quote phrases too
//	US  U.S.  USA  "United States"     the country: "U.S." OR "United States" OR country:US
//	person:"Sergei Lavrov" country:Iraq topic:diplomacy org:UN source:VOA
//	title:peacekeeping body:"state of the union" title:(peace OR war)
//	date:2004-07-24  date:2004-07..2004-12  date:2003..2005  date:>=2003  date:<2004-07-01
//
// Parse turns a query into a Node (an AST whose String is a canonical form,
// for tests and logs); Schema.Query builds the Bleve query for a Node; Terms
// lists its positive free-text words and phrases for highlighting. Package
// querytest evaluates a Node on a document by brute force, as a reference
// for what an index must return.
//
// # Grammar
//
//	query   = [ or ] .
//	or      = and { "OR" and } .
//	and     = unary { [ "AND" ] unary } .            (side by side is AND)
//	unary   = "NOT" unary | sign unary | primary .
//	sign    = "-" | "+" .                            (directly before a term)
//	primary = "(" or ")" | field ":" value | phrase | word .
//	value   = word | phrase | "(" or ")" .           (no space after the colon)
//	phrase  = '"' { any rune but '"' } '"' [ "~" digits ] .
//	word    = runes up to a space, "(", ")" or '"'; a trailing "*" makes it a prefix,
//	          a trailing "~" or "~N" (N 0 to 2) a fuzzy word .
//	field   = "title" | "body" | "person" | "country" | "org" | "topic" | "source" | "note" | "date" .
//	date    = point | [ point ] ".." [ point ] | ( ">=" | ">" | "<=" | "<" ) point .
//	point   = YYYY | YYYY-MM | YYYY-MM-DD .
//
// Decisions, and what they follow:
//
//   - Words side by side must all match (implicit AND), as in web search
//     engines: researchers expect "Lavrov Zebari" to need both names. Lucene
//     and Bleve make them optional instead. A leading "+" is accepted for
//     people used to Lucene and changes nothing.
//   - AND binds tighter than OR, and NOT (or "-") tighter than both, as in
//     boolean logic: "a b OR c" is "(a b) OR c". Parentheses say otherwise.
//   - Only upper-case AND, OR and NOT are operators. Lower-case "and", "or",
//     "not", "no" and "us" are words, searched like any other: the index has
//     no stop words. After a sign an operator word is a word too: -NOT
//     excludes the word "not". Hints says so when a lower-case and, or, not
//     stands between two terms ("iran or iraq"), so that the answer can
//     tell the person that OR in capitals is the operator.
//   - Typographic quotes quote phrases as '"' does (quotes.go): “ ” „ ‟
//     « » and the like always, single ‘ ’ ‚ ‛ ‹ › only in pairs around words,
//     so that the apostrophes of Reagan’s and d’Ivoire stay in their words.
//   - US, U.S., USA, U.S.A. (as written, in capitals) and United States
//     (two words or a phrase, any case) name the country, and search
//     "U.S." OR "United States" OR country:US (meaning.go): the index has
//     no one term for the country, "US" in text is the term "us", which
//     is the pronoun too, and the extractor tags "US" as the country only
//     in capitals. Lower-case "us" is the pronoun and searches the word.
//   - word~N matches words within N edits (insertions, deletions,
//     substitutions; N at most 2, Bleve's limit) of the word lower-cased
//     or of its stem; word~ is word~1 for words of up to five letters and
//     word~2 beyond, since two edits of a short word match common words
//     (cofee~2 matches "of"). Fuzzy matching is for text fields; a keyword
//     field's values are listed by `search values`.
//   - A query that only excludes (NOT oil, -oil) matches every document
//     without the excluded terms. A blank query, or "*", matches every
//     document.
//   - A word without letters or digits ("-", "&") is ignored, as the index
//     ignores it; so is a "+" or "-" followed by a space: "Iran - Iraq" is
//     "Iran Iraq".
//   - A bare word searches every text field of the Schema (title and body),
//     each with its boost. A word that the tokenizer splits, such as
//     "al-Sadr", "U.S.-led" or Chinese "中国外交", must match as a phrase of
//     its pieces.
//   - Field names are case-insensitive. title: and body: search one text
//     field the same way. person:, country:, org:, topic: and source: match
//     whole keyword values folded with archive.Key (case, accents and
//     punctuation do not matter): person:"Sergei Lavrov" matches the value
//     "Sergéi Lavrov"; person:Lavrov matches only a value that is just
//     "Lavrov"; person:lav* matches values starting with "lav". A field
//     applies to a group: title:(peace OR war).
//   - A phrase matches its words in order and side by side, stop words
//     included ("state of the union").
//   - "Lavrov Zebari"~N matches when all the words occur in one text field,
//     in any order, in a stretch of text with at most N other words in it:
//     "Lavrov met Zebari" matches ~1 and ~10 but not ~0. Repeated words
//     must occur as often as written. N is at most MaxWithin.
//   - A prefix on a text field matches terms that start with the prefix
//     lower-cased or with the prefix as the field's analyzer makes it, so
//     "peacekeeping*" still finds a stemmed index's "peacekeep".
//   - Dates name whole days, months or years, and ranges include both ends
//     in full: date:2004-07..2004-12 is 1 July 2004 up to the end of 31
//     December 2004, date:<=2011-01-31 includes that day, date:>2004 starts
//     in 2005. Both ends may not be open; a range may not end before it
//     starts. Dates are UTC. The index holds each date as three keywords
//     (Days: year, month, day), and a range is the few term ranges that
//     cover it; Days.Filter checks a range against each match's day in the
//     doc values instead when the other words match fewer documents.
//   - Errors are *SyntaxError with a 1-based rune column; Caret draws it.
//     Lucene syntax that Chancery does not offer (unknown fields such as
//     http:, a "~" inside a word) is an error rather than a silently
//     different search: put such text in quotes to search for it.
//
// # Caveats
//
//   - Fuzzy words are not highlighted in snippets: the highlighter marks
//     the terms written, not the terms a fuzzy word matched.
//   - Bleve v2.6.3 has no sloppy phrase query (its phrase searcher has a
//     slop parameter that no query sets), so proximity is NearQuery, a
//     Bleve query of this package: a conjunction of the words with term
//     vectors, filtered on their positions. It costs like a phrase query:
//     on 2,000 Reuters articles "oil prices"~3 took 0.16 ms where "oil
//     prices" as a phrase took 0.19 ms and the two words 0.05 ms
//     (BenchmarkSearchReuters). Bleve's JSON query parser does not know it.
//   - A text prefix is a PrefixQuery of this package that analyses the
//     prefix when it runs; a short prefix on a large index expands to many
//     terms (Bleve sets no limit), so "a*" is slow.
//   - Keyword values match whole: person:Lavrov does not find "Sergei
//     Lavrov". Use the full name, or a prefix on it (person:sergei*).
//   - A word of which the analyzer keeps nothing matches nothing, as
//     Bleve's MatchQuery does. Bleve's Unicode tokenizer keeps nothing of
//     Thai, Lao, Khmer or Burmese text, so such words are not searchable.
//   - Whether a word splits is decided from its characters (punctuation
//     inside it, Han or Hiragana), not by running the analyzer; a script
//     the tokenizer splits otherwise would have its pieces matched anywhere
//     in the field rather than side by side.
//   - Dates before 1678 or after 2261 cannot be expressed (MinYear,
//     MaxYear): the limits of Bleve's datetimes, kept although Days does
//     not need them, so that date: and the date filters of the commands
//     (both read by Period) accept the same years.
package query

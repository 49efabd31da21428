// Package wordrule is the engine's one idea of a word: which runes make up
// words, which words keep the period that follows them ("Mr.", "Corp.",
// "Jan."), which of those are titles that never end a sentence, and the
// honorifics that stand before a person's name. Index analysis, the query
// parser's fast paths, entity extraction and quote extraction all read
// these rules from here, so a word is the same thing everywhere.
//
// How words are joined into tokens is left to each reader on purpose,
// since each needs a different grain:
//
//   - index analysis must make exactly the terms of Bleve's Unicode
//     analyzer (the index settings hash depends on it): a word is a run of
//     word runes, nothing joins.
//   - entity extraction keeps "U.S." and "AT&T" whole but splits
//     lower-case hyphenations ("secretary-general") and the possessive
//     "'s", as the CoNLL tokens its persons model was trained on do.
//   - quote extraction joins a word across ' - . & before another word
//     rune ("Iraq's", "secretary-general", "3.5", "AT&T"), as a reader
//     would: it matches names, titles and speech verbs, not trained
//     features. That scanner is End.
//
// # Caveats
//
//   - Latin-script English rules: the abbreviation list is English (and
//     US state abbreviations of wire datelines); "No." and "Miss." may
//     swallow a period that ends a sentence.
//   - A word rune is a letter, a decimal digit (Nd) or a nonspacing mark
//     (Mn); other numbers (Roman numerals, superscripts) split words, as
//     in Bleve's analysis.
package wordrule

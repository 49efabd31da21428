// Package querytest is a reference evaluator for the query language: it
// decides by brute force whether one document matches a parsed query, from
// the document's analysed terms, so that tests can check that an index
// returns exactly the documents the language says it should.
//
// A document is a Doc: for each index field, its terms in order. Text fields
// hold what the index's analyzer makes of the text (see Analyzer); keyword
// fields hold archive.Key-folded values; the date field holds one
// YYYY-MM-DD day.
//
// The evaluator follows the language as package query documents it, written
// again without Bleve: a word is all of its tokens in a field (side by side
// when the tokenizer splits it), a phrase is its tokens side by side, a
// proximity is a window of positions, a prefix is a term that starts with
// the prefix lower-cased or analysed.
//
// # Caveats
//
//   - Term positions are the indexes in a Doc's slices, which is what Bleve
//     records for analyzers that neither drop tokens nor stack them at one
//     position (the unicode tokenizer with lower-casing, folding and
//     stemming). An analyzer with stop words or synonyms needs gaps.
//   - It is meant for tests: every query is evaluated on every document.
package querytest

package index

import (
	bdocument "github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// textField is a title or body field as the index writer analyses it: the
// analysis of TextAnalyzer (words, Porter stems, positions without byte
// offsets) in one pass over the words, straight into term frequencies,
// with each term's locations side by side in memory (indexTerms). A test
// compares the terms, frequencies and locations with Bleve's analysis of
// the same text by TextAnalyzer.
type textField struct {
	*bdocument.TextField
	length int
	freqs  bindex.TokenFrequencies
}

func (f *textField) Analyze() { f.length, f.freqs = indexTerms(f.Value(), f.ArrayPositions()) }

func (f *textField) AnalyzedLength() int { return f.length }

func (f *textField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// indexTerms returns the number of words of text and their term
// frequencies with locations, as analysis.TokenFrequency makes them from
// TextAnalyzer's tokens, with two differences in how they are made:
//
//   - No token stream: each word's term is looked up in the stem cache
//     from a buffer the next word overwrites. Bleve's tokens, one struct
//     and often one lower-cased copy of the word each, were a fifth of
//     the bytes an ingest allocated.
//   - A term's locations are side by side in one slab. Bleve's are in
//     the order of the text, so the segment builder, which walks a
//     document term by term, jumped across the slab for every location
//     it read: that first read was the costliest line of the builder.
func indexTerms(text []byte, arrayPositions []uint64) (int, bindex.TokenFrequencies) {
	est := len(text)/6 + 1 // words, at about six bytes each
	// Distinct terms are about 0.57 of est in a 3 KB synthetic article and
	// 0.70 in a Reuters story (medians); a map sized for est held twice
	// what it needed.
	rv := make(bindex.TokenFrequencies, est*3/4+1)
	of := make([]*bindex.TokenFreq, 0, est) // each word's term
	// Terms are allocated in chunks, which never grow, so that pointers
	// into them stay valid.
	var chunk []bindex.TokenFreq
	for _, term := range wordsOf(text, true) {
		if !isDigits(term) {
			term = stems.stem(term) // a cached stem: it outlives the buffer
		} // digits are never changed: term is a part of text
		tf := rv[string(term)]
		if tf == nil {
			if len(chunk) == cap(chunk) {
				chunk = make([]bindex.TokenFreq, 0, max(16, est/2))
			}
			chunk = append(chunk, bindex.TokenFreq{Term: term})
			tf = &chunk[len(chunk)-1]
			rv[string(term)] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
		of = append(of, tf)
	}
	// Give each term its run of the location slab...
	n := len(of)
	locs := make([]bindex.TokenLocation, n)
	ptrs := make([]*bindex.TokenLocation, n)
	off := 0
	for _, tf := range rv {
		c := tf.Frequency()
		for j := off; j < off+c; j++ {
			ptrs[j] = &locs[j]
		}
		tf.Locations = ptrs[off : off : off+c]
		off += c
	}
	// ...and fill the runs in the order of the text. Positions count
	// words from 1; byte offsets are 0, as positionsOnly leaves them.
	for i, tf := range of {
		tf.Locations = tf.Locations[:len(tf.Locations)+1]
		// The slab is new, so zero: only the position (and array
		// positions, when there are any) need writing.
		loc := tf.Locations[len(tf.Locations)-1]
		loc.Position = i + 1
		if arrayPositions != nil {
			loc.ArrayPositions = arrayPositions
		}
	}
	return n, rv
}

package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	bdocument "github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// groupedTextField is a Bleve text field with term vectors whose analysis
// lays out each term's locations side by side in memory. Bleve's own
// (analysis.TokenFrequency) keeps them in the order of the text, so the
// segment builder, which walks the field term by term, jumps across the
// whole slab for every location it reads: in an ingest's CPU profile that
// first read of each location was the costliest line of the builder. The
// terms, frequencies and locations are the same as Bleve's (a test
// compares them).
type groupedTextField struct {
	*bdocument.TextField
	length int
	freqs  bindex.TokenFrequencies
}

func (f *groupedTextField) Analyze() {
	text := f.Value()
	if f.Options().IsStored() {
		// Tokens may point into the text, which the stored field keeps.
		text = append([]byte(nil), text...)
	}
	tokens := f.Analyzer().Analyze(text)
	f.length = len(tokens)
	f.freqs = groupedFrequencies(tokens, f.ArrayPositions())
}

func (f *groupedTextField) AnalyzedLength() int { return f.length }

func (f *groupedTextField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// groupedFrequencies is analysis.TokenFrequency for a field with term
// vectors and frequencies, with the locations of each term contiguous, in
// the order of their positions.
func groupedFrequencies(tokens analysis.TokenStream, arrayPositions []uint64) bindex.TokenFrequencies {
	n := len(tokens)
	rv := make(bindex.TokenFrequencies, n)
	freqs := make([]bindex.TokenFreq, 0, n) // never grows: pointers into it stay valid
	of := make([]*bindex.TokenFreq, n)
	// Count each term's occurrences.
	for i, t := range tokens {
		tf := rv[string(t.Term)]
		if tf == nil {
			freqs = append(freqs, bindex.TokenFreq{Term: t.Term})
			tf = &freqs[len(freqs)-1]
			rv[string(t.Term)] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
		of[i] = tf
	}
	// Give each term its run of the location slab...
	locs := make([]bindex.TokenLocation, n)
	ptrs := make([]*bindex.TokenLocation, n)
	off := 0
	for k := range freqs {
		c := freqs[k].Frequency()
		for j := off; j < off+c; j++ {
			ptrs[j] = &locs[j]
		}
		freqs[k].Locations = ptrs[off : off : off+c]
		off += c
	}
	// ...and fill the runs in the order of the text.
	for i, t := range tokens {
		tf := of[i]
		tf.Locations = tf.Locations[:len(tf.Locations)+1]
		*tf.Locations[len(tf.Locations)-1] = bindex.TokenLocation{
			ArrayPositions: arrayPositions,
			Start:          t.Start,
			End:            t.End,
			Position:       t.Position,
		}
	}
	return rv
}

package entities

import (
	"errors"
	"math/rand/v2"

	"chancery/archive"
)

// Span marks a person's name in a training article: the field (0 title,
// 1 dateline, 2 body) and the byte range of the name in that field's text.
type Span struct {
	Field      int
	Start, End int
}

// TrainingDoc is one annotated article for TrainPersons.
type TrainingDoc struct {
	Article archive.Article
	Persons []Span
}

// TrainOptions configure TrainPersons.
type TrainOptions struct {
	Epochs int    // passes over the data; default 8
	Seed   uint64 // shuffling seed; the same seed gives the same model
	// WordDropout is the share of candidate tokens trained without the
	// features of their own word (the word, and the word with its
	// neighbour), so that the model learns the shape and context of
	// names as well as the names it has seen; 0 keeps every feature
	WordDropout float64
	// Runs is the number of models trained, each on its own orders of
	// the documents (seeds Seed, Seed+1, ...), whose weights are averaged
	// into the one written; default 1
	Runs int
}

// PersonsTrainOptions are the options data/persons.model is trained with
// (cmd/evaluate --train): 20 runs of 8 epochs, each over its own orders of
// the documents, a tenth of the tokens without their word's features. One
// run's weights depend on the order enough to flip names the model has
// not seen (a made-up name in one sentence); the average of 20 moves by
// at most 4 names on each development half from one seed to another.
var PersonsTrainOptions = TrainOptions{Seed: 1, Runs: 20, WordDropout: 0.1}

// TrainPersons trains the persons model on annotated articles (an averaged
// perceptron over the same features Extract uses) and returns the encoded
// model, to be written to entities/data/persons.model. The model holds
// hashed feature weights only.
func (x *Extractor) TrainPersons(docs []TrainingDoc, opts TrainOptions) ([]byte, error) {
	if len(docs) == 0 {
		return nil, errors.New("train persons: no documents")
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 8
	}
	prep := make([]prepared, len(docs))
	for d := range docs {
		a := &docs[d].Article
		var s scratch
		x.tokens(&s, a)
		gold := make([]uint8, len(s.toks))
		for i, t := range s.toks {
			for _, sp := range docs[d].Persons {
				if int(t.field) == sp.Field && t.start >= sp.Start && t.start < sp.End {
					if t.start == sp.Start {
						gold[i] = labB
					} else {
						gold[i] = labI
					}
				}
			}
		}
		prep[d] = prepared{toks: s.toks, gold: gold, dc: s.dc.clone()}
	}
	runs := max(opts.Runs, 1)
	n := (1 << modelBits) * numLabels
	avg := &personModel{w: make([]float32, n)}
	for r := 0; r < runs; r++ {
		w := x.trainOnce(prep, opts, opts.Seed+uint64(r))
		for i := range w {
			avg.w[i] += w[i] / float32(runs)
		}
	}
	return avg.encode()
}

type prepared struct {
	toks []token
	gold []uint8
	dc   docContext
}

// trainOnce runs the averaged perceptron over docs in the orders drawn
// from seed and returns its averaged weights.
func (x *Extractor) trainOnce(prep []prepared, opts TrainOptions, seed uint64) []float32 {
	n := (1 << modelBits) * numLabels
	w := make([]float32, n)
	u := make([]float32, n) // sum of update*time, for averaging
	c := float32(1)
	m := &personModel{w: w}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(prep))
	for i := range order {
		order[i] = i
	}
	var f featureSet
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			p := &prep[d]
			prev := labO
			for i := range p.toks {
				if !x.candidate(p.toks, i) {
					prev = labO
					continue
				}
				f.dropWord = opts.WordDropout > 0 && rng.Float64() < opts.WordDropout
				x.features(&f, p.toks, i, prev, &p.dc)
				s := m.scores(&f)
				best := labO
				if s[labB] > s[best] {
					best = labB
				}
				if s[labI] > s[best] {
					best = labI
				}
				g := int(p.gold[i])
				if best != g {
					for k := 0; k < f.n; k++ {
						base := int(f.idx[k]) * numLabels
						w[base+g]++
						w[base+best]--
						u[base+g] += c
						u[base+best] -= c
					}
				}
				c++
				prev = g // train on gold history
			}
		}
	}
	for i := range w {
		w[i] -= u[i] / c
	}
	return w
}

// newUntrained returns an extractor without a persons model, for training.
func newUntrained() (*Extractor, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	tx, err := loadTaxonomy()
	if err != nil {
		return nil, err
	}
	x := &Extractor{gaz: g, topics: tx}
	x.pool.New = func() any { return new(scratch) }
	return x, nil
}

// NewTrainer returns an Extractor that can train a persons model but not
// extract: it needs no model file.
func NewTrainer() (*Extractor, error) { return newUntrained() }

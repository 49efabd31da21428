package entities

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// The persons model is an averaged perceptron over hashed features, trained
// on CoNLL-2003 eng.train (see TrainPersons and cmd/evaluate --train). It
// labels each candidate token (a capitalised word outside a headline, or a
// name particle) as the beginning of a person's name, inside one, or not.
// The file holds only weights: no text of the corpus.

const (
	labO = iota
	labB
	labI
	numLabels
)

// modelBits sets the size of the hashed weight table: 2^18 buckets times 3
// labels. With 2^18 the check-split F1 was the same as with 2^20 and the
// embedded file is 4 times smaller.
const modelBits = 18

const modelMagic = "chancery-persons-v1"

type personModel struct {
	w []float32 // [bucket*numLabels + label]
}

// Feature prefixes. Each feature is a prefix byte hashed with one or two strings.
const (
	fBias = iota + 1
	fWord
	fSuf3
	fPre3
	fShape
	fPrev
	fPrev2
	fNext
	fNext2
	fPrevLab
	fPrevLabShape
	fFirstName
	fPrevFirstName
	fSentStart
	fGaz
	fPrevCap
	fNextCap
	fLowSeen
	fPrevTitle
	fWordNext
	fPrevWord
	fLen
	fPoss
	fPrevPoss
	fGivenName
)

func hashFeat(prefix byte, a, b string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(prefix)) * 16777619
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * 16777619
	}
	if b != "" {
		h = (h ^ 0xff) * 16777619
		for i := 0; i < len(b); i++ {
			h = (h ^ uint32(b[i])) * 16777619
		}
	}
	return h & (1<<modelBits - 1)
}

// shape maps a word to a coarse pattern: "Xx", "X", "XX", "X.X.", "Xx-Xx", "x".
// It writes the pattern into b (at most 8 bytes) and returns it, so that it
// need not be allocated.
func shape(s string, b *[8]byte) []byte {
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r >= 0x80:
			c = 'x'
			if isLetter(r) && strings.ToUpper(string(r)) == string(r) {
				c = 'X'
			}
		default:
			c = byte(r)
			if c != '.' && c != '-' && c != '\'' && c != '&' {
				c = '?'
			}
		}
		if c == last {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return b[:n]
}

var labelNames = [numLabels]string{"O", "B", "I"}

// featureSet holds the features of one token.
type featureSet struct {
	idx [32]uint32
	n   int
	// dropWord leaves out the features of the word's own identity
	// (training only: see TrainOptions.WordDropout)
	dropWord bool
}

func (f *featureSet) add(prefix byte, a, b string) {
	f.idx[f.n] = hashFeat(prefix, a, b)
	f.n++
}

// docContext is what the features may know about the whole document.
type docContext struct {
	gazKind []byte // per token: gazetteer class, 0 when none
	buf     []byte // scratch for phrase matches
	// capitalised words (outside headlines) and whether each is also seen
	// in lower case somewhere in the document: lowSeen maps the word to its
	// index in seen, tokSeen maps each token to the index of its word (-1
	// when the word is not among them), and filter (a Bloom filter of the
	// words, one bit per word) spares most lower-case words the map lookup
	lowSeen map[string]int32
	seen    []bool
	tokSeen []int32
	filter  [filterWords]uint64
}

const filterWords = 64 // 4096 bits

// filterBit returns the word and bit of w in docContext.filter.
func filterBit(w string) (int, uint64) {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	h %= filterWords * 64
	return int(h / 64), 1 << (h % 64)
}

// lowSeenAt reports whether token i is a capitalised word of the document
// that is also written in lower case in it (or is such a lower-case word).
func (dc *docContext) lowSeenAt(i int) bool {
	id := dc.tokSeen[i]
	return id >= 0 && dc.seen[id]
}

// clone returns a copy of dc that features can read after dc is reused.
func (dc *docContext) clone() docContext {
	return docContext{
		gazKind: append([]byte(nil), dc.gazKind...),
		seen:    append([]bool(nil), dc.seen...),
		tokSeen: append([]int32(nil), dc.tokSeen...),
	}
}

func (x *Extractor) features(f *featureSet, toks []token, i int, prevLab int, dc *docContext) {
	f.n = 0
	t := &toks[i]
	f.add(fBias, "", "")
	if !f.dropWord {
		f.add(fWord, t.low, "")
	}
	if len(t.low) > 3 {
		f.add(fSuf3, t.low[len(t.low)-3:], "")
		f.add(fPre3, t.low[:3], "")
	}
	var shb [8]byte
	sh := string(shape(t.text, &shb))
	f.add(fShape, sh, "")
	prev, prev2, next, next2 := "<s>", "<s>", "</s>", "</s>"
	prevCap, nextCap := false, false
	if i > 0 && !t.is(flagSentStart) {
		prev = toks[i-1].low
		prevCap = toks[i-1].is(flagCap)
		if i > 1 && !toks[i-1].is(flagSentStart) {
			prev2 = toks[i-2].low
		}
	}
	if i+1 < len(toks) && !toks[i+1].is(flagSentStart) {
		next = toks[i+1].low
		nextCap = toks[i+1].is(flagCap)
		if i+2 < len(toks) && !toks[i+2].is(flagSentStart) {
			next2 = toks[i+2].low
		}
	}
	f.add(fPrev, prev, "")
	f.add(fPrev2, prev2, "")
	f.add(fNext, next, "")
	f.add(fNext2, next2, "")
	f.add(fPrevLab, labelNames[prevLab], "")
	f.add(fPrevLabShape, labelNames[prevLab], sh)
	if !f.dropWord {
		f.add(fWordNext, t.low, next)
		f.add(fPrevWord, prev, t.low)
	}
	if x.word(t).is(wFirstName) {
		f.add(fFirstName, "", "")
	}
	if prev != "<s>" && x.word(&toks[i-1]).is(wFirstName) {
		f.add(fPrevFirstName, "", "")
	}
	if x.word(t).is(wGivenName) {
		f.add(fGivenName, "", "") // the broad list of givennames.txt
	}
	if t.is(flagSentStart) {
		f.add(fSentStart, "", "")
	}
	if k := dc.gazKind[i]; k != 0 {
		f.add(fGaz, string(rune('a'+k)), "")
	}
	if prevCap {
		f.add(fPrevCap, "", "")
	}
	if nextCap {
		f.add(fNextCap, "", "")
	}
	if dc.lowSeenAt(i) {
		f.add(fLowSeen, "", "")
	}
	if i > 0 && !t.is(flagSentStart) {
		if x.word(&toks[i-1]).is(wTitleTrimmed) {
			f.add(fPrevTitle, "", "")
		}
	}
	l := len(t.low)
	if l > 6 {
		l = 6
	}
	f.add(fLen, string(rune('0'+l)), "")
	// the 's a token drops ("Maxwell's British Printing"): a name ends
	// there, and the word after it begins another or none
	if t.is(flagPossessive) {
		f.add(fPoss, "", "")
	}
	if prev != "<s>" && toks[i-1].is(flagPossessive) {
		f.add(fPrevPoss, labelNames[prevLab], "")
	}
}

func (m *personModel) scores(f *featureSet) (s [numLabels]float32) {
	for k := 0; k < f.n; k++ {
		base := int(f.idx[k]) * numLabels
		s[0] += m.w[base]
		s[1] += m.w[base+1]
		s[2] += m.w[base+2]
	}
	return s
}

// candidate reports whether token i is classified by the model at all.
func (x *Extractor) candidate(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != kindWord || t.is(flagHeadline) {
		return false
	}
	if t.is(flagCap) {
		return true
	}
	// a particle between capitalised words: "Ludwig van Beethoven"
	return x.word(t).is(wParticle) && i > 0 && i+1 < len(toks) && toks[i-1].is(flagCap) && toks[i+1].is(flagCap)
}

// docContextFor computes the document-level feature inputs.
func (x *Extractor) docContextFor(toks []token, dc *docContext) {
	if dc.lowSeen == nil {
		dc.lowSeen = map[string]int32{}
	}
	clear(dc.lowSeen)
	dc.seen = dc.seen[:0]
	dc.tokSeen = dc.tokSeen[:0]
	clear(dc.filter[:])
	dc.gazKind = dc.gazKind[:0]
	buf := dc.buf
	skip := 0
	for i := range toks {
		t := &toks[i]
		if t.kind == kindWord && t.is(flagCap) && !t.is(flagHeadline) {
			// a capitalised word; seen in lower case below?
			id, ok := dc.lowSeen[t.low]
			if !ok {
				id = int32(len(dc.seen))
				dc.lowSeen[t.low] = id
				dc.seen = append(dc.seen, false)
				w, bit := filterBit(t.low)
				dc.filter[w] |= bit
			}
			dc.tokSeen = append(dc.tokSeen, id)
		} else {
			dc.tokSeen = append(dc.tokSeen, -1)
		}
		k := byte(0)
		if skip > 0 {
			skip--
			k = dc.gazKind[i-1]
		} else if t.is(flagCap) {
			if ref, n := x.matchCountry(toks, i, &buf); n > 0 {
				k = 1 + ref.kind
				if ref.kind == ckDatelineCapital {
					k = 1 + ckCapital // the feature the model was trained on
				}
				skip = n - 1
			} else if _, n := x.matchOrg(toks, i, &buf); n > 0 {
				k = 10
				skip = n - 1
			} else if _, ok := x.orgExact(t); ok {
				k = 10
			} else if x.word(t).is(wOrgSuffix) {
				k = 11
			}
		}
		dc.gazKind = append(dc.gazKind, k)
	}
	dc.buf = buf
	for i := range toks {
		t := &toks[i]
		if t.kind == kindWord && !t.is(flagCap) && !t.is(flagHeadline) {
			if w, bit := filterBit(t.low); dc.filter[w]&bit == 0 {
				continue // not a capitalised word of the document
			}
			if id, ok := dc.lowSeen[t.low]; ok {
				dc.seen[id] = true
				dc.tokSeen[i] = id
			}
		}
	}
}

// tagPersons labels tokens greedily left to right.
func (x *Extractor) tagPersons(toks []token, dc *docContext, labels []uint8) {
	var f featureSet
	prev := labO
	for i := range toks {
		labels[i] = labO
		if !x.candidate(toks, i) {
			prev = labO
			continue
		}
		x.features(&f, toks, i, prev, dc)
		s := x.model.scores(&f)
		best := labO
		if s[labB] > s[best] {
			best = labB
		}
		if s[labI] > s[best] {
			best = labI
		}
		if best == labI && prev == labO {
			best = labB
		}
		labels[i] = uint8(best)
		prev = best
	}
}

func loadModel(data []byte) (*personModel, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("read persons model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read persons model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(modelMagic)) {
		return nil, errors.New("read persons model: not a " + modelMagic + " file (data/persons.model is trained by cmd/evaluate)")
	}
	raw = raw[len(modelMagic):]
	if len(raw) < 5 {
		return nil, errors.New("read persons model: truncated")
	}
	bits := int(raw[0])
	if bits != modelBits {
		return nil, fmt.Errorf("read persons model: %d hash bits, this binary uses %d (retrain)", bits, modelBits)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(raw[1:5]))
	raw = raw[5:]
	n := (1 << modelBits) * numLabels
	if len(raw) != 2*n {
		return nil, fmt.Errorf("read persons model: %d weight bytes, want %d", len(raw), 2*n)
	}
	m := &personModel{w: make([]float32, n)}
	for i := 0; i < n; i++ {
		m.w[i] = float32(int16(binary.LittleEndian.Uint16(raw[2*i:]))) * scale
	}
	return m, nil
}

func (m *personModel) encode() ([]byte, error) {
	var maxAbs float32
	for _, v := range m.w {
		if a := float32(math.Abs(float64(v))); a > maxAbs {
			maxAbs = a
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	raw.WriteByte(modelBits)
	var b4 [4]byte
	binary.LittleEndian.PutUint32(b4[:], math.Float32bits(scale))
	raw.Write(b4[:])
	var b2 [2]byte
	for _, v := range m.w {
		binary.LittleEndian.PutUint16(b2[:], uint16(int16(math.Round(float64(v/scale)))))
		raw.Write(b2[:])
	}
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

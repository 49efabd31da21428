package archive

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/zstd"
)

// This file holds the codecs of the records in the articles bucket; the
// layout they follow is stated in format.go.

// EncodeRecord encodes an article as a store record with the current codec,
// recordZstdBinary. It is safe for concurrent use.
func EncodeRecord(a *Article) ([]byte, error) {
	enc, err := recordEncoder()
	if err != nil {
		return nil, err
	}
	bp := payloadBuffers.Get().(*[]byte)
	defer putPayloadBuffer(bp)
	payload, err := appendPayload((*bp)[:0], a)
	if err != nil {
		return nil, err
	}
	*bp = payload
	if len(payload) > maxRecordPayload {
		return nil, fmt.Errorf("article is %d bytes encoded, more than the %d a record holds: split it or leave it out", len(payload), maxRecordPayload)
	}
	cp := payloadBuffers.Get().(*[]byte)
	defer putPayloadBuffer(cp)
	out := enc.EncodeAll(payload, append((*cp)[:0], recordZstdBinary))
	*cp = out
	// Records wait in memory until their batch is written: copy to the
	// exact size.
	return append([]byte(nil), out...), nil
}

// decodeRecord decodes a store record written with any codec this binary
// knows. Every error wraps ErrFormat: the record was written by a newer
// binary, or it is corrupt.
func decodeRecord(v []byte) (*Article, error) {
	if len(v) == 0 {
		return nil, fmt.Errorf("empty record in store: %w (%w)", ErrFormat, ErrCorrupt)
	}
	switch v[0] {
	case recordZstdBinary:
		return decodeZstdBinary(v[1:])
	case recordFlateJSON, recordFlateDictJSON:
		return decodeFlateJSON(v)
	default:
		return nil, fmt.Errorf("unknown record codec %d in store: %w (a newer binary wrote it)", v[0], ErrFormat)
	}
}

// Codec recordZstdBinary: fields in a binary payload, compressed with zstd.

// maxRecordPayload bounds a record's payload: EncodeRecord refuses a larger
// article and the decoder refuses a frame that says it holds more, so a
// corrupt size cannot make a reader allocate gigabytes. It is 16 times
// DefaultMaxRecordBytes, the largest input record the readers take unless
// told otherwise.
const maxRecordPayload = 128 << 20

// recordDictID names recorddict.txt in the zstd frames of recordZstdBinary
// (one byte in each frame header). Frames that name another dictionary are
// refused.
const recordDictID = 1

// zstdLevel trades ingest speed for archive size. Measured per record on
// one core of a shared 2-core EPYC (zstd EncodeAll alone, with the options
// below), on the first 5,000 articles of the 100k synthetic benchmark
// corpus as an archive stores them (3.4 KB of fields with entities) and on
// the 1,000 of Reuters reut2-000 as the reader gives them (0.9 KB):
//
//	                synthetic           Reuters
//	codec 2         1,651 B   86 us     528 B   38 us  (JSON + DEFLATE, whole EncodeRecord)
//	fastest         1,743 B   24 us     565 B   12 us
//	default         1,744 B   51 us     566 B   27 us
//	better          1,717 B   82 us     551 B   31 us
//	best            1,688 B  ~760 us    542 B  ~560 us
//
// Decoding takes the same time whatever the level (11 and 5 us a record
// with parsing, where codec 2 took 46 and 16-30 us). No level makes
// records as small as codec 2's: on single articles zstd with this 2 KB raw
// dictionary loses to DEFLATE with the same preset dictionary (the
// reference zstd CLI did too, at -19), and entropy tables built into the
// dictionary did not help. Fastest is chosen: it encodes at a third of
// better's cost (most of which is restoring better's 4 MB match table from
// the dictionary for every record) for records 1.5-2.5% larger, and record
// encoding is about a tenth of an ingest's CPU time.
const zstdLevel = zstd.SpeedFastest

// zstdWindow is the encoder's window: records are a few KB, and the
// default (8 MB) made each encoder hold 17 MB where this holds 10 MB.
const zstdWindow = 1 << 20

// zstdConcurrency bounds the encoders and decoders the codec keeps, and so
// the EncodeAll and DecodeAll calls that run at once: one per core, at most
// 4. An encoder holds about 10 MB once used, a decoder a few KB; at 31-82 us
// a record, 4 encoders outrun ingest by far.
func zstdConcurrency() int { return min(runtime.GOMAXPROCS(0), 4) }

// The codec's zstd encoder and decoder, created on first use and never
// changed after: EncodeAll and DecodeAll are safe for concurrent use and
// reuse their tables, which cost far more to build than a record to
// compress.
var (
	zstdEncOnce sync.Once
	zstdEnc     *zstd.Encoder
	zstdEncErr  error

	zstdDecOnce sync.Once
	zstdDec     *zstd.Decoder
	zstdDecErr  error
)

func recordEncoder() (*zstd.Encoder, error) {
	zstdEncOnce.Do(func() {
		zstdEnc, zstdEncErr = zstd.NewWriter(nil,
			zstd.WithEncoderLevel(zstdLevel),
			zstd.WithEncoderDictRaw(recordDictID, recordDict),
			zstd.WithEncoderConcurrency(zstdConcurrency()),
			zstd.WithWindowSize(zstdWindow),
			zstd.WithLowerEncoderMem(true),
			zstd.WithEncoderCRC(true), // 4 bytes a record: corruption is an error, not a wrong article
		)
		if zstdEncErr != nil {
			zstdEncErr = fmt.Errorf("set up the record compressor: %w", zstdEncErr)
		}
	})
	return zstdEnc, zstdEncErr
}

func recordDecoder() (*zstd.Decoder, error) {
	zstdDecOnce.Do(func() {
		zstdDec, zstdDecErr = zstd.NewReader(nil,
			zstd.WithDecoderDictRaw(recordDictID, recordDict),
			zstd.WithDecoderConcurrency(zstdConcurrency()),
			zstd.WithDecoderLowmem(true),
			zstd.WithDecoderMaxMemory(maxRecordPayload),
			zstd.WithDecoderMaxWindow(maxRecordPayload),
		)
		if zstdDecErr != nil {
			zstdDecErr = fmt.Errorf("set up the record decompressor: %w", zstdDecErr)
		}
	})
	return zstdDec, zstdDecErr
}

// payloadBuffers holds scratch buffers for uncompressed payloads.
var payloadBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// putPayloadBuffer puts a scratch buffer back in the pool unless it grew
// past 1 MB: a rare huge article should not keep its buffer alive.
func putPayloadBuffer(bp *[]byte) {
	if cap(*bp) <= 1<<20 {
		payloadBuffers.Put(bp)
	}
}

func decodeZstdBinary(frame []byte) (*Article, error) {
	dec, err := recordDecoder()
	if err != nil {
		return nil, err
	}
	bp := payloadBuffers.Get().(*[]byte)
	defer putPayloadBuffer(bp)
	payload, err := dec.DecodeAll(frame, (*bp)[:0])
	*bp = payload
	if err != nil {
		return nil, fmt.Errorf("decompress record (codec %d): %w: %w (%w)", recordZstdBinary, err, ErrFormat, ErrCorrupt)
	}
	return parsePayload(payload)
}

// tagNames names the tags in error messages.
var tagNames = [...]string{
	tagID: "id", tagTitle: "title", tagDate: "date", tagBody: "body", tagSource: "source",
	tagURL: "url", tagByline: "byline", tagLanguage: "language", tagDateline: "dateline",
	tagPerson: "person", tagCountry: "country", tagOrg: "org", tagTopic: "topic",
	tagOrigin: "origin", tagNote: "note", tagInferred: "inferred",
}

// Dates a record holds: years 0 to 9999, the range of DateLayout (so
// every date a codec-2 record holds).
var (
	minRecordDay = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDay
	maxRecordDay = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDay
)

const secondsPerDay = 24 * 60 * 60

// appendPayload appends the fields of a to dst: each one a tag byte, the
// value's length as a uvarint, and the value. Empty single fields are left
// out; list entries are all written, empty or not.
func appendPayload(dst []byte, a *Article) ([]byte, error) {
	str := func(tag byte, s string) {
		if s != "" {
			dst = append(dst, tag)
			dst = binary.AppendUvarint(dst, uint64(len(s)))
			dst = append(dst, s...)
		}
	}
	list := func(tag byte, l []string) {
		for _, s := range l {
			dst = append(dst, tag)
			dst = binary.AppendUvarint(dst, uint64(len(s)))
			dst = append(dst, s...)
		}
	}
	str(tagID, a.ID)
	str(tagTitle, a.Title)
	if !a.Date.IsZero() {
		y, m, d := a.Date.Date()
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDay
		if day < minRecordDay || day > maxRecordDay {
			return nil, fmt.Errorf("date %v out of range: a record holds years 0 to 9999", a.Date)
		}
		var v [binary.MaxVarintLen64]byte
		n := binary.PutVarint(v[:], day)
		dst = append(dst, tagDate, byte(n))
		dst = append(dst, v[:n]...)
	}
	str(tagSource, a.Source)
	str(tagURL, a.URL)
	str(tagByline, a.Byline)
	str(tagLanguage, a.Language)
	str(tagDateline, a.Dateline)
	// The body after the short fields and before the entities: names in
	// the entity lists then compress as references to the body.
	str(tagBody, a.Body)
	list(tagPerson, a.Persons)
	for _, c := range a.Countries {
		dst = append(dst, tagCountry)
		dst = binary.AppendUvarint(dst, uint64(uvarintLen(uint64(len(c.Name)))+len(c.Name)+len(c.Code)))
		dst = binary.AppendUvarint(dst, uint64(len(c.Name)))
		dst = append(dst, c.Name...)
		dst = append(dst, c.Code...)
	}
	list(tagOrg, a.Orgs)
	list(tagTopic, a.Topics)
	str(tagOrigin, a.Origin)
	list(tagNote, a.Notes)
	for _, in := range a.Inferred {
		if strings.ContainsRune(in.Person, 0) || strings.ContainsRune(in.From, 0) || strings.ContainsRune(in.Evidence, 0) {
			return nil, fmt.Errorf("inferred person %q: a NUL byte in a name or its evidence", in.Person)
		}
		dst = append(dst, tagInferred)
		dst = binary.AppendUvarint(dst, uint64(len(in.Person)+len(in.From)+len(in.Evidence)+2))
		dst = append(dst, in.Person...)
		dst = append(dst, 0)
		dst = append(dst, in.From...)
		dst = append(dst, 0)
		dst = append(dst, in.Evidence...)
	}
	return dst, nil
}

// uvarintLen is the length of x as a uvarint.
func uvarintLen(x uint64) int {
	n := 1
	for ; x >= 0x80; x >>= 7 {
		n++
	}
	return n
}

// parsePayload reads the fields appendPayload writes, in any order. The
// article's strings share one copy of the payload.
func parsePayload(p []byte) (*Article, error) {
	s := string(p)
	a := &Article{}
	var seen [tagLast + 1]bool
	for i := 0; i < len(s); {
		start := i
		tag := s[i]
		i++
		if tag == 0 {
			return nil, fmt.Errorf("record field 0 at byte %d: no such tag: %w (%w)", start, ErrFormat, ErrCorrupt)
		}
		if tag > tagLast {
			return nil, fmt.Errorf("record field %d at byte %d: unknown tag: %w (a newer binary wrote it)", tag, start, ErrFormat)
		}
		n, w := binary.Uvarint(p[i:])
		if w <= 0 {
			return nil, fmt.Errorf("record field %s at byte %d: bad length: %w (%w)", tagNames[tag], start, ErrFormat, ErrCorrupt)
		}
		i += w
		if n > uint64(len(s)-i) {
			return nil, fmt.Errorf("record field %s at byte %d: %d bytes, only %d left: %w (%w)", tagNames[tag], start, n, len(s)-i, ErrFormat, ErrCorrupt)
		}
		vs, ve := i, i+int(n)
		v := s[vs:ve]
		i = ve
		switch tag {
		case tagPerson:
			a.Persons = append(a.Persons, v)
			continue
		case tagOrg:
			a.Orgs = append(a.Orgs, v)
			continue
		case tagTopic:
			a.Topics = append(a.Topics, v)
			continue
		case tagNote:
			a.Notes = append(a.Notes, v)
			continue
		case tagInferred:
			f := strings.Split(v, "\x00")
			if len(f) != 3 { // a NUL inside a part would not write back
				return nil, fmt.Errorf("record field inferred at byte %d: want person, from and evidence: %w (%w)", start, ErrFormat, ErrCorrupt)
			}
			a.Inferred = append(a.Inferred, Inference{Person: f[0], From: f[1], Evidence: f[2]})
			continue
		case tagCountry:
			ln, w := binary.Uvarint(p[vs:ve])
			if w <= 0 || ln > uint64(len(v)-w) {
				return nil, fmt.Errorf("record field country at byte %d: bad name length: %w (%w)", start, ErrFormat, ErrCorrupt)
			}
			a.Countries = append(a.Countries, Country{Name: v[w : w+int(ln)], Code: v[w+int(ln):]})
			continue
		}
		if seen[tag] {
			return nil, fmt.Errorf("record field %s at byte %d: given twice: %w (%w)", tagNames[tag], start, ErrFormat, ErrCorrupt)
		}
		seen[tag] = true
		switch tag {
		case tagID:
			a.ID = v
		case tagTitle:
			a.Title = v
		case tagBody:
			a.Body = v
		case tagSource:
			a.Source = v
		case tagURL:
			a.URL = v
		case tagByline:
			a.Byline = v
		case tagLanguage:
			a.Language = v
		case tagDateline:
			a.Dateline = v
		case tagOrigin:
			a.Origin = v
		case tagDate:
			day, w := binary.Varint(p[vs:ve])
			if w <= 0 || w != len(v) || day < minRecordDay || day > maxRecordDay {
				return nil, fmt.Errorf("record field date at byte %d: not a day of years 0 to 9999: %w (%w)", start, ErrFormat, ErrCorrupt)
			}
			a.Date = time.Unix(day*secondsPerDay, 0).UTC()
		}
	}
	return a, nil
}

// Codecs recordFlateJSON and recordFlateDictJSON: the article as JSON,
// compressed with DEFLATE. This binary reads them and no longer writes them.

// storedArticle is the JSON shape of a record: Article plus its date.
type storedArticle struct {
	*Article
	Date string `json:"date,omitempty"`
}

// recordDict is the dictionary of recordFlateDictJSON (as a DEFLATE preset
// dictionary) and recordZstdBinary (as zstd raw content, id recordDictID):
// the JSON keys of a record and common words of news text, written for
// Chancery. Records are single articles of a few KB, too short for a
// compressor to learn much from; the dictionary made Reuters-21578 bodies 7%
// smaller with DEFLATE. Changing it changes both codecs: add a new codec
// byte instead.
//
//go:embed recorddict.txt
var recordDict []byte

var flateReaders = sync.Pool{New: func() any {
	return flate.NewReaderDict(bytes.NewReader(nil), recordDict)
}}

func decodeFlateJSON(v []byte) (*Article, error) {
	var data []byte
	var err error
	if v[0] == recordFlateJSON {
		zr := flate.NewReader(bytes.NewReader(v[1:]))
		data, err = io.ReadAll(zr)
		zr.Close()
	} else {
		zr := flateReaders.Get().(io.ReadCloser)
		zr.(flate.Resetter).Reset(bytes.NewReader(v[1:]), recordDict)
		data, err = io.ReadAll(zr)
		flateReaders.Put(zr)
	}
	if err != nil {
		return nil, fmt.Errorf("decompress record (codec %d): %w: %w (%w)", v[0], err, ErrFormat, ErrCorrupt)
	}
	sa := storedArticle{Article: &Article{}}
	if err := json.Unmarshal(data, &sa); err != nil {
		return nil, fmt.Errorf("decode record (codec %d): %w: %w (%w)", v[0], err, ErrFormat, ErrCorrupt)
	}
	if sa.Date != "" {
		d, err := time.Parse(DateLayout, sa.Date)
		if err != nil {
			return nil, fmt.Errorf("decode record date %q: %w: %w (%w)", sa.Date, err, ErrFormat, ErrCorrupt)
		}
		sa.Article.Date = d
	}
	return sa.Article, nil
}

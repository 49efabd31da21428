package archive

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
)

// encodeRecordV2 is the encoder of codec recordFlateDictJSON as format v2
// binaries ran it (JSON, DEFLATE level 5 with recorddict.txt): the records
// of archives they wrote, which this binary must keep reading.
func encodeRecordV2(a *Article) ([]byte, error) {
	return encodeFlateJSON(a, recordFlateDictJSON)
}

// encodeFlateJSON writes a record of codec recordFlateJSON or
// recordFlateDictJSON.
func encodeFlateJSON(a *Article, codec byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte(codec)
	var zw *flate.Writer
	if codec == recordFlateDictJSON {
		zw = flateWritersV2.Get().(*flate.Writer)
		defer flateWritersV2.Put(zw)
		zw.Reset(&buf)
	} else {
		var err error
		if zw, err = flate.NewWriter(&buf, 5); err != nil {
			return nil, err
		}
	}
	if err := json.NewEncoder(zw).Encode(storedArticle{Article: a, Date: a.DateString()}); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// flateWritersV2 reuses DEFLATE writers as the v2 encoder did: each holds
// about 1 MB of tables.
var flateWritersV2 = sync.Pool{New: func() any {
	w, err := flate.NewWriterDict(nil, 5, recordDict)
	if err != nil {
		panic(err)
	}
	return w
}}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fullArticle has every field of Article set.
func fullArticle() *Article {
	return &Article{
		ID:        "gazette-0042",
		Title:     "Freedonia and Sylvania Agree on River Border",
		Date:      day(2004, time.July, 24),
		Body:      benchBody(42),
		Source:    "Gazette",
		URL:       "https://gazette.example/2004/07/24/river-border",
		Byline:    "By Ann Example",
		Language:  "en",
		Dateline:  "FREEDONIA CITY, July 24 -",
		Persons:   []string{"Rufus T. Firefly", "Ambassador Trentino"},
		Countries: []Country{{Name: "Freedonia", Code: "FD"}, {Name: "Sylvania", Code: "SY"}, {Name: "Soviet Union", Code: "SUHH"}},
		Orgs:      []string{"Paris Club", "United Nations"},
		Topics:    []string{"diplomacy", "international relations"},
		Origin:    "gazette.jsonl:42",
		Notes:     []string{"decoded as Windows-1252", "no byline"},
	}
}

// recordCases are articles the codecs must round-trip exactly.
func recordCases() []struct {
	name string
	a    *Article
} {
	many := &Article{ID: "many", Title: "Many Entities", Body: "A long list."}
	for i := range 300 {
		many.Persons = append(many.Persons, fmt.Sprintf("Person %d", i))
		many.Countries = append(many.Countries, Country{Name: fmt.Sprintf("Country %d", i), Code: fmt.Sprintf("C%d", i)})
		many.Orgs = append(many.Orgs, fmt.Sprintf("Org %d", i))
		many.Topics = append(many.Topics, fmt.Sprintf("topic/%d", i))
		many.Notes = append(many.Notes, fmt.Sprintf("note %d", i))
	}
	long := fullArticle()
	long.ID = "long"
	long.Body = strings.Repeat(benchBody(7)+"\n\n", 400) // about 1.2 MB: several zstd blocks
	return []struct {
		name string
		a    *Article
	}{
		{"every field", fullArticle()},
		{"empty", &Article{}},
		{"id only", &Article{ID: "only-an-id"}},
		{"no date", &Article{ID: "n", Title: "Undated", Body: "Text.", Notes: []string{"no date found"}}},
		{"unicode", &Article{ID: "uni-ü", Title: "Ministers Meet in Brasília and Lomé", Date: day(1987, time.March, 31),
			Body: "«Peace» — said the envoy in 北京 and Москва; 🕊️ and a zero-width\u200bjoiner.", Byline: "Zoë Ångström",
			Persons: []string{"José Müller"}, Countries: []Country{{Name: "Côte d'Ivoire", Code: "CI"}}}},
		{"empty list entries", &Article{ID: "e", Persons: []string{"", "Jane Doe", ""}, Countries: []Country{{}, {Name: "Sylvania"}, {Code: "FD"}},
			Orgs: []string{""}, Topics: []string{"", ""}, Notes: []string{""}}},
		{"inferred persons", &Article{ID: "inf", Persons: []string{"James Baker", "Ann Lee"},
			Inferred: []Inference{{Person: "James Baker", From: "Baker", Evidence: "3 Reuters articles of 1986-1988 name James Baker"}, {Person: "Ann Lee", From: "Lee"}}}},
		{"first day", &Article{ID: "d1", Date: day(0, time.January, 1)}},
		{"last day", &Article{ID: "d2", Date: day(9999, time.December, 31)}},
		{"before 1970", &Article{ID: "d3", Date: day(1801, time.February, 28)}},
		{"long body", long},
		{"many list entries", many},
	}
}

func TestRecordRoundTrip(t *testing.T) {
	for _, tc := range recordCases() {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := EncodeRecord(tc.a)
			if err != nil {
				t.Fatal(err)
			}
			if rec[0] != recordZstdBinary {
				t.Fatalf("codec %d, want %d", rec[0], recordZstdBinary)
			}
			got, err := decodeRecord(rec)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.a) {
				t.Errorf("round trip changed the article:\n got %+v\nwant %+v", got, tc.a)
			}
			if got.Fingerprint() != tc.a.Fingerprint() {
				t.Error("fingerprint changed")
			}
			again, err := EncodeRecord(got)
			if err != nil || !bytes.Equal(again, rec) {
				t.Errorf("encoding the decoded article gave other bytes (err %v): Put would rewrite unchanged articles", err)
			}
		})
	}
}

// TestRecordDateZone: a date in another zone is stored as the day it
// names there, as codec 2 stored DateString, and read back as that day at
// midnight UTC.
func TestRecordDateZone(t *testing.T) {
	zone := time.FixedZone("UTC+10", 10*60*60)
	a := &Article{ID: "z", Date: time.Date(2004, time.July, 24, 5, 30, 0, 0, zone)}
	for _, enc := range []func(*Article) ([]byte, error){EncodeRecord, encodeRecordV2} {
		rec, err := enc(a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeRecord(rec)
		if err != nil {
			t.Fatal(err)
		}
		if want := day(2004, time.July, 24); got.Date != want {
			t.Errorf("codec %d: date %v, want %v", rec[0], got.Date, want)
		}
	}
}

// TestRecordDateOutOfRange: a date no codec could read back is refused when
// writing, not when reading.
func TestRecordDateOutOfRange(t *testing.T) {
	for _, d := range []time.Time{day(-1, time.December, 31), day(10000, time.January, 1), time.Date(-5000, 1, 1, 0, 0, 0, 0, time.UTC)} {
		if _, err := EncodeRecord(&Article{ID: "x", Date: d}); err == nil || !strings.Contains(err.Error(), "out of range") {
			t.Errorf("EncodeRecord with date %v: %v, want out of range", d, err)
		}
	}
}

// TestRecordOldCodecs: records of codecs 1 and 2, as binaries of formats 1
// and 2 wrote them, decode to the article that was written, and the same
// article written with codec 3 decodes to the same thing.
func TestRecordOldCodecs(t *testing.T) {
	for _, tc := range recordCases() {
		t.Run(tc.name, func(t *testing.T) {
			for _, codec := range []byte{recordFlateJSON, recordFlateDictJSON} {
				rec, err := encodeFlateJSON(tc.a, codec)
				if err != nil {
					t.Fatal(err)
				}
				got, err := decodeRecord(rec)
				if err != nil {
					t.Fatalf("codec %d: %v", codec, err)
				}
				if !reflect.DeepEqual(got, tc.a) {
					t.Errorf("codec %d:\n got %+v\nwant %+v", codec, got, tc.a)
				}
			}
		})
	}
}

// zstdRecord wraps a payload, valid or not, in a codec-3 record as
// EncodeRecord would.
func zstdRecord(t testing.TB, payload []byte) []byte {
	t.Helper()
	enc, err := recordEncoder()
	if err != nil {
		t.Fatal(err)
	}
	return enc.EncodeAll(payload, []byte{recordZstdBinary})
}

// field is one payload field as appendPayload writes it.
func field(tag byte, v string) []byte {
	return append(binary.AppendUvarint([]byte{tag}, uint64(len(v))), v...)
}

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestRecordCorrupt(t *testing.T) {
	good, err := EncodeRecord(fullArticle())
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x10
	otherDict, err := zstd.NewWriter(nil, zstd.WithEncoderDictRaw(recordDictID+1, recordDict))
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := appendPayload(nil, fullArticle())
	// A frame whose header says it holds one byte more than a record may,
	// then one raw byte.
	tooLarge := []byte{recordZstdBinary, 0x28, 0xb5, 0x2f, 0xfd, 0xe0}
	tooLarge = binary.LittleEndian.AppendUint64(tooLarge, maxRecordPayload+1)
	tooLarge = append(tooLarge, 0x09, 0x00, 0x00, 'x')
	for _, tc := range []struct {
		name string
		rec  []byte
		want string
	}{
		{"empty", nil, "empty record"},
		{"unknown codec", []byte{9, 1, 2, 3}, "unknown record codec 9 in store: unsupported archive format (a newer binary wrote it"},
		{"codec 0", []byte{0}, "unknown record codec 0"},
		{"not zstd", []byte{recordZstdBinary, 'h', 'e', 'l', 'l', 'o'}, "decompress record (codec 3)"},
		{"truncated frame", good[:len(good)-7], "decompress record (codec 3)"},
		{"flipped bit", flipped, "decompress record (codec 3)"},
		{"trailing bytes", append(bytes.Clone(good), 0xde, 0xad), "decompress record (codec 3)"},
		{"other dictionary", otherDict.EncodeAll(payload, []byte{recordZstdBinary}), "decompress record (codec 3)"},
		{"codec 2 body", append([]byte{recordZstdBinary}, mustV2(t)[1:]...), "decompress record (codec 3)"},
		{"tag 0", zstdRecord(t, join(field(tagID, "a"), field(0, "x"))), "record field 0 at byte 3: no such tag: unsupported archive format (the record is corrupt"},
		{"newer tag", zstdRecord(t, join(field(tagLast+1, "x"))), "record field 17 at byte 0: unknown tag"},
		{"inferred without parts", zstdRecord(t, join(field(tagInferred, "James Baker"))), "record field inferred at byte 0: want person, from and evidence"},
		{"inferred with a NUL inside a part", zstdRecord(t, join(field(tagInferred, "0\x00\x00\x00"))), "record field inferred at byte 0: want person, from and evidence"},
		{"high tag", zstdRecord(t, []byte{0xff, 0}), "record field 255 at byte 0: unknown tag"},
		{"no length", zstdRecord(t, []byte{tagTitle}), "record field title at byte 0: bad length"},
		{"length overflows", zstdRecord(t, []byte{tagTitle, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}), "record field title at byte 0: bad length"},
		{"length past end", zstdRecord(t, join(field(tagID, "a"), []byte{tagBody, 50, 'x'})), "record field body at byte 3: 50 bytes, only 1 left"},
		{"huge length", zstdRecord(t, []byte{tagBody, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}), "record field body at byte 0: 9223372036854775807 bytes, only 0 left"},
		{"title twice", zstdRecord(t, join(field(tagTitle, "a"), field(tagTitle, "b"))), "record field title at byte 3: given twice"},
		{"date twice", zstdRecord(t, join(field(tagDate, "\x02"), field(tagDate, "\x02"))), "record field date at byte 3: given twice"},
		{"empty date", zstdRecord(t, field(tagDate, "")), "record field date at byte 0: not a day"},
		{"date with extra byte", zstdRecord(t, field(tagDate, "\x02\x00")), "record field date at byte 0: not a day"},
		{"date far future", zstdRecord(t, field(tagDate, string(binary.AppendVarint(nil, maxRecordDay+1)))), "not a day of years 0 to 9999"},
		{"date far past", zstdRecord(t, field(tagDate, string(binary.AppendVarint(nil, minRecordDay-1)))), "not a day of years 0 to 9999"},
		{"country without name length", zstdRecord(t, field(tagCountry, "")), "record field country at byte 0: bad name length"},
		{"country name past end", zstdRecord(t, field(tagCountry, "\x09Sylv")), "record field country at byte 0: bad name length"},
		{"codec 2 bad deflate", []byte{recordFlateDictJSON, 0xff, 0xff}, "decompress record (codec 2)"},
		{"codec 2 bad JSON", mustFlate(t, "{not json"), "decode record (codec 2)"},
		{"codec 2 bad date", mustFlate(t, `{"id":"a","date":"24/07/2004"}`), `decode record date "24/07/2004"`},
		{"codec 1 bad deflate", []byte{recordFlateJSON, 0xff, 0xff}, "decompress record (codec 1)"},
		{"frame says too large", tooLarge, "decompress record (codec 3): decompressed size exceeds"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := decodeRecord(tc.rec)
			if err == nil {
				t.Fatalf("decoded %+v, want an error", a)
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error %q does not wrap ErrFormat", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to say %q", err, tc.want)
			}
			if a != nil {
				t.Errorf("article %+v with the error", a)
			}
		})
	}
}

func mustV2(t testing.TB) []byte {
	rec, err := encodeRecordV2(fullArticle())
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// mustFlate compresses JSON text as a codec-2 record.
func mustFlate(t testing.TB, text string) []byte {
	var buf bytes.Buffer
	buf.WriteByte(recordFlateDictJSON)
	zw, err := flate.NewWriterDict(&buf, 5, recordDict)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write([]byte(text))
	zw.Close()
	return buf.Bytes()
}

// TestRecordFieldOrder: a payload's fields may come in any order, as the
// format says; list entries keep theirs.
func TestRecordFieldOrder(t *testing.T) {
	rec := zstdRecord(t, join(field(tagNote, "n1"), field(tagBody, "B"), field(tagPerson, "P1"), field(tagID, "x"),
		field(tagNote, "n2"), field(tagPerson, "P2"), field(tagCountry, "\x04NameNN"), field(tagDate, "\x02")))
	got, err := decodeRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	want := &Article{ID: "x", Body: "B", Date: day(1970, time.January, 2), Persons: []string{"P1", "P2"},
		Countries: []Country{{Name: "Name", Code: "NN"}}, Notes: []string{"n1", "n2"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// TestRecordTooLarge: an article whose record no reader would accept is
// refused when writing.
func TestRecordTooLarge(t *testing.T) {
	a := &Article{ID: "big", Body: strings.Repeat("x", maxRecordPayload)}
	if _, err := EncodeRecord(a); err == nil || !strings.Contains(err.Error(), "more than the") {
		t.Errorf("EncodeRecord of %d bytes: %v, want a refusal", len(a.Body), err)
	}
}

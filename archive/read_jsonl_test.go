package archive

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestJSONLReader(t *testing.T) {
	type out struct {
		line            int
		id, title, date string
		reject          string // substring of the RecordError for this line
	}
	for _, tc := range []struct {
		name string
		in   string
		want []out
	}{
		{
			name: "fields, kept id, derived id, blank lines",
			in: `{"id":"lakeside-1","title":"Envoys Meet","date":"2005-03-01","body":"They met.","source":"Lakeside Herald"}` + "\n\n" +
				`{"title":"Talks Resume","date":"2 March 2005","body":"They resumed."}` + "\r\n",
			want: []out{
				{line: 1, id: "lakeside-1", title: "Envoys Meet", date: "2005-03-01"},
				{line: 3, id: DeriveID("", "Talks Resume", mustDate("2005-03-02"), "They resumed."), title: "Talks Resume", date: "2005-03-02"},
			},
		},
		{
			name: "broken and wrong-typed lines are rejected, the rest read",
			in: `{"title":"One","body":"a"}` + "\n" +
				`{"title":"Two","body":` + "\n" +
				`{"title":3,"body":"c"}` + "\n" +
				`["not","an","object"]` + "\n" +
				`{"title":"Five","body":"e","persons":"not a list"}` + "\n" +
				`{"title":"Six","body":"f"} trailing` + "\n" +
				`{}` + "\n" +
				`{"id":"x\u0001y","title":"Eight","body":"h"}` + "\n" +
				`{"title":"Nine","body":"i","countries":[7]}` + "\n" +
				`{"title":"Ten","body":"j"}`,
			want: []out{
				{line: 1, title: "One"},
				{line: 2, reject: "broken JSON"},
				{line: 3, reject: `field "title" is number, want a string`},
				{line: 4, reject: "not a JSON object but array"},
				{line: 5, reject: `field "persons" is string`},
				{line: 6, reject: "broken JSON"},
				{line: 7, reject: "no title and no body"},
				{line: 8, reject: "control character"},
				{line: 9, reject: "a country is a name or an object"},
				{line: 10, title: "Ten"},
			},
		},
		{
			name: "same id twice: both returned",
			in:   `{"id":"d1","title":"First","body":"a"}` + "\n" + `{"id":"d1","title":"Second","body":"b"}` + "\n",
			want: []out{{line: 1, id: "d1", title: "First"}, {line: 2, id: "d1", title: "Second"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewJSONLReader(strings.NewReader(tc.in), "in.jsonl", ReadOptions{Now: testNow})
			var got []out
			for {
				a, err := r.Next()
				if err == io.EOF {
					break
				}
				if re, ok := err.(*RecordError); ok {
					got = append(got, out{line: re.Line, reject: re.Error()})
					if re.Path != "in.jsonl" || !strings.HasPrefix(re.Error(), fmt.Sprintf("in.jsonl:%d: ", re.Line)) {
						t.Errorf("record error without path and line: %v", re)
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				var line int
				fmt.Sscanf(strings.TrimPrefix(a.Origin, "in.jsonl:"), "%d", &line)
				got = append(got, out{line: line, id: a.ID, title: a.Title, date: a.DateString()})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d results %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.line != w.line || (w.reject == "") != (g.reject == "") || !strings.Contains(g.reject, w.reject) ||
					(w.id != "" && g.id != w.id) || g.title != w.title || (w.date != "" && g.date != w.date) {
					t.Errorf("result %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestJSONLExportRoundTrip(t *testing.T) {
	in := `{"id":"voa-1","title":"T","date":"2004-07-24","body":"B","source":"VOA","url":"https://example.org/1",` +
		`"byline":"Jane Doe","language":"en","dateline":"MOSCOW","persons":["Sergei Lavrov"],` +
		`"countries":["Russia",{"name":"Iraq","code":"IQ"}],"orgs":["United Nations"],"topics":["diplomacy"],` +
		`"origin":"old.txt","notes":["old note"]}`
	a, re := readOne(t, NewJSONLReader(strings.NewReader(in), "-", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	want := Article{ID: "voa-1", Title: "T", Body: "B", Source: "VOA", URL: "https://example.org/1", Byline: "Jane Doe",
		Language: "en", Dateline: "MOSCOW", Persons: []string{"Sergei Lavrov"},
		Countries: []Country{{Name: "Russia"}, {Name: "Iraq", Code: "IQ"}}, Orgs: []string{"United Nations"},
		Topics: []string{"diplomacy"}, Origin: "-:1", Notes: []string{"old note"}}
	if a.DateString() != "2004-07-24" {
		t.Errorf("date %q", a.DateString())
	}
	a.Date = want.Date
	// An export line (it has an origin) keeps what the exporting archive
	// held, for the ingest to compare.
	wantExported := &Exported{Origin: "old.txt", Persons: want.Persons, Countries: want.Countries, Orgs: want.Orgs, Topics: want.Topics}
	if !reflect.DeepEqual(a.Exported, wantExported) {
		t.Errorf("exported %+v, want %+v", a.Exported, wantExported)
	}
	a.Exported = nil
	if fmt.Sprintf("%+v", *a) != fmt.Sprintf("%+v", want) {
		t.Errorf("got  %+v\nwant %+v", *a, want)
	}
}

func TestJSONLHugeLine(t *testing.T) {
	// A line of 3 MiB with a limit of 1 MiB: rejected, the lines around it read.
	var b bytes.Buffer
	b.WriteString(`{"title":"Before","body":"a"}` + "\n")
	b.WriteString(`{"title":"Huge","body":"`)
	b.Write(bytes.Repeat([]byte("x"), 3<<20))
	b.WriteString(`"}` + "\n")
	b.WriteString(`{"title":"After","body":"c"}` + "\n")
	arts, rejects := readAll(t, NewJSONLReader(&b, "huge.jsonl", ReadOptions{MaxRecordBytes: 1 << 20}))
	if len(arts) != 2 || arts[0].Title != "Before" || arts[1].Title != "After" || arts[1].Origin != "huge.jsonl:3" {
		t.Errorf("articles %v", arts)
	}
	if len(rejects) != 1 || rejects[0].Line != 2 || !strings.Contains(rejects[0].Error(), "line too long") || len(rejects[0].Raw) > 512 {
		t.Errorf("rejects %v", rejects)
	}
}

func TestJSONLLineAtLimit(t *testing.T) {
	line := `{"title":"T","body":"` + strings.Repeat("y", 100) + `"}`
	for _, tc := range []struct {
		limit  int
		reject bool
	}{{len(line), false}, {len(line) - 1, true}} {
		arts, rejects := readAll(t, NewJSONLReader(strings.NewReader(line+"\n"), "x", ReadOptions{MaxRecordBytes: tc.limit}))
		if (len(rejects) == 1) != tc.reject || len(arts)+len(rejects) != 1 {
			t.Errorf("limit %d: %d articles, %d rejects", tc.limit, len(arts), len(rejects))
		}
	}
}

func TestJSONLWindows1252Line(t *testing.T) {
	in := []byte("{\"title\":\"\x93Peace\x94 Talks in Bras\xedlia\",\"body\":\"b\"}\n")
	a, re := readOne(t, NewJSONLReader(bytes.NewReader(in), "x", ReadOptions{}))
	if re != nil {
		t.Fatal(re)
	}
	if a.Title != "“Peace” Talks in Brasília" || len(a.Notes) < 1 || a.Notes[0] != noteCP1252 {
		t.Errorf("title %q notes %q", a.Title, a.Notes)
	}
}

func mustDate(s string) (d time.Time) {
	d, err := ParseDate(s, testNow)
	if err != nil {
		panic(err)
	}
	return d
}

// TestJSONLExportNotesOnce: an undated article exported and read back keeps
// one "no date found", however many times the round trip is made.
func TestJSONLExportNotesOnce(t *testing.T) {
	for _, tc := range []struct {
		name, notes string
		want        []string
	}{
		{"first read", ``, []string{"no date found"}},
		{"read back once", `,"notes":["no date found"]`, []string{"no date found"}},
		{"other notes kept", `,"notes":["old note","no date found"]`, []string{"old note", "no date found"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := `{"id":"x-1","title":"T","body":"B","origin":"old.txt"` + tc.notes + `}`
			a, re := readOne(t, NewJSONLReader(strings.NewReader(in), "-", ReadOptions{Now: testNow}))
			if re != nil {
				t.Fatal(re)
			}
			if !reflect.DeepEqual(a.Notes, tc.want) {
				t.Errorf("notes %q, want %q", a.Notes, tc.want)
			}
		})
	}
}

// TestJSONLNoBody checks that a record with a title and no body is read,
// with a note that says so, and that a record with a body gets none.
func TestJSONLNoBody(t *testing.T) {
	in := `{"id":"j4","title":"No body","date":"2004-05-03"}` + "\n" + `{"id":"j5","title":"Body","date":"2004-05-03","body":"Text."}` + "\n"
	r := NewJSONLReader(strings.NewReader(in), "in.jsonl", ReadOptions{Now: testNow})
	for _, want := range []bool{true, false} {
		a, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(a.Notes, NoteNoBody); got != want {
			t.Errorf("%s: notes %q, want the no-body note %v", a.ID, a.Notes, want)
		}
	}
}

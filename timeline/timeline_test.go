package timeline

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		first, last string
		unit        Unit
		want        []string
		wantStart   string
	}{
		{"2003-11-04", "2005-09-19", Year, []string{"2003", "2004", "2005"}, "2003-01-01"},
		{"2004-11-21", "2005-02-01", Month, []string{"2004-11", "2004-12", "2005-01", "2005-02"}, "2004-11-01"},
		{"2004-12-24", "2005-01-05", Week, []string{"2004-W52", "2004-W53", "2005-W01"}, "2004-12-20"},
		{"2005-01-05", "2004-12-24", Week, []string{"2004-W52", "2004-W53", "2005-W01"}, "2004-12-20"},
		{"1987-03-01", "1987-03-01", Month, []string{"1987-03"}, "1987-03-01"},
	}
	for _, tt := range tests {
		ps, err := Periods(date(tt.first), date(tt.last), tt.unit)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for i, p := range ps {
			got = append(got, p.Label)
			if i > 0 && !p.Start.Equal(ps[i-1].End) {
				t.Errorf("%v: period %s does not start where %s ends", tt, p.Label, ps[i-1].Label)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Periods(%s, %s, %s) = %v, want %v", tt.first, tt.last, tt.unit, got, tt.want)
		}
		if s := ps[0].Start.Format("2006-01-02"); s != tt.wantStart {
			t.Errorf("Periods(%s, %s, %s) starts %s, want %s", tt.first, tt.last, tt.unit, s, tt.wantStart)
		}
		if last := ps[len(ps)-1]; !last.End.After(date(max(tt.first, tt.last))) {
			t.Errorf("last period %s ends %s, before the last day", last.Label, last.End)
		}
	}
	if _, err := Periods(date("1900-01-01"), date("2000-01-01"), Week); err == nil {
		t.Error("5,000 weeks: want an error")
	}
	if ps, err := Periods(time.Time{}, date("2000-01-01"), Year); err != nil || ps != nil {
		t.Errorf("no first date: got %v, %v", ps, err)
	}
	if _, err := ParseUnit("fortnight"); err == nil {
		t.Error("ParseUnit(fortnight): want an error")
	}
}

func sample() *Chart {
	return &Chart{
		Title: "Lavrov & Zebari <2004>", Unit: Month,
		Periods: []string{"2004-06", "2004-07", "2004-08"},
		Series:  []Series{{Name: "Lavrov", Counts: []int{1, 4, 0}}, {Name: "Zebari", Counts: []int{0, 2, 3}}},
	}
}

func TestWriteSVG(t *testing.T) {
	{
		c := sample()
		var b bytes.Buffer
		if err := c.WriteSVG(&b); err != nil {
			t.Fatal(err)
		}
		// well-formed XML
		dec := xml.NewDecoder(bytes.NewReader(b.Bytes()))
		var texts []string
		rects := 0
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("not well-formed SVG: %v\n%s", err, b.String())
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				if tok.Name.Local == "rect" {
					rects++
				}
			case xml.CharData:
				if s := strings.TrimSpace(string(tok)); s != "" {
					texts = append(texts, s)
				}
			}
		}
		all := strings.Join(texts, "|")
		for _, want := range []string{"Lavrov & Zebari <2004>", "2004-06", "2004-07", "2004-08", "Lavrov", "Zebari", "articles", "month", "2004-07 Lavrov: 4"} {
			if !strings.Contains(all, want) {
				t.Errorf("SVG lacks text %q: %s", want, all)
			}
		}
		// background + 2 legend swatches + 4 non-zero bars
		if rects != 7 {
			t.Errorf("%d rects, want 7", rects)
		}
	}
}

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	c := sample()
	c.Series = c.Series[:1]
	// 10 is the minimum width: 1 of 4 is 2.5 cells, rounded
	if err := c.WriteText(&b, 4); err != nil {
		t.Fatal(err)
	}
	want := "Lavrov & Zebari <2004>\n" +
		"2004-06 │███ 1\n" +
		"2004-07 │██████████ 4\n" +
		"2004-08 │ 0\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	sample().WriteText(&b, 10)
	if !strings.Contains(b.String(), "█ Lavrov   ▓ Zebari") || !strings.Contains(b.String(), "        │▓▓▓▓▓ 2") {
		t.Errorf("compare chart:\n%s", b.String())
	}
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	if err := sample().WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	want := "period,Lavrov,Zebari\r\n2004-06,1,0\r\n2004-07,4,2\r\n2004-08,0,3\r\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestNiceStep(t *testing.T) {
	for _, tt := range []struct{ max, want int }{{0, 1}, {3, 1}, {10, 2}, {47, 10}, {130, 50}, {1000, 200}} {
		if got := niceStep(tt.max, 5); got != tt.want {
			t.Errorf("niceStep(%d) = %d, want %d", tt.max, got, tt.want)
		}
	}
}

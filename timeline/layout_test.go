package timeline

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
)

// svgText is a <text> element of a chart, with what layout tests need.
type svgText struct {
	X, Y     float64
	Anchor   string
	Size     float64
	Contents string
}

// texts parses the <text> elements with x and y attributes of an SVG
// (turned labels, which use transform, are left out).
func texts(t *testing.T, data []byte) (width float64, out []svgText) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var cur *svgText
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range e.Attr {
				attr[a.Name.Local] = a.Value
			}
			if e.Name.Local == "svg" {
				width, _ = strconv.ParseFloat(attr["width"], 64)
			}
			if e.Name.Local == "text" && attr["x"] != "" {
				x, _ := strconv.ParseFloat(attr["x"], 64)
				y, _ := strconv.ParseFloat(attr["y"], 64)
				size := 12.0
				if s := attr["font-size"]; s != "" {
					size, _ = strconv.ParseFloat(s, 64)
				}
				cur = &svgText{X: x, Y: y, Anchor: attr["text-anchor"], Size: size}
				depth = 0
			} else if cur != nil {
				depth++
			}
		case xml.CharData:
			if cur != nil && depth == 0 {
				cur.Contents += string(e)
			}
		case xml.EndElement:
			if cur == nil {
				continue
			}
			if depth > 0 {
				depth--
				continue
			}
			if e.Name.Local == "text" {
				out = append(out, *cur)
				cur = nil
			}
		}
	}
	return width, out
}

// span is the horizontal extent of a text, by the chart's own estimate of
// text width (which errs wide).
func (s svgText) span() (float64, float64) {
	w := textWidth(s.Contents, s.Size)
	switch s.Anchor {
	case "middle":
		return s.X - w/2, s.X + w/2
	case "end":
		return s.X - w, s.X
	}
	return s.X, s.X + w
}

// TestSVGLayoutFits: a compared chart with long series names keeps its
// title inside the picture and its legend entries apart.
func TestSVGLayoutFits(t *testing.T) {
	for _, names := range [][]string{
		{"Iraq", "Iran"},
		{"oil prices OR crude prices OR petroleum", "coffee exports market quotas Brazil Colombia", "Federal Reserve interest rates policy Volcker"},
		{"trade (country United States)", "trade (country Japan)", "trade (country United Kingdom)", "a", "b", "c"},
		{strings.Repeat("verylongword ", 20)},
	} {
		c := &Chart{Unit: Year, Periods: []string{"2003", "2004", "2005"}}
		for _, n := range names {
			c.Series = append(c.Series, Series{Name: n, Counts: []int{1, 5, 2}})
		}
		c.Series = append(c.Series, Series{Name: "x", Counts: []int{0, 1, 0}})
		c.Title = "Articles per year: " + strings.Join(names, " vs ")
		var b bytes.Buffer
		if err := c.WriteSVG(&b); err != nil {
			t.Fatal(err)
		}
		width, ts := texts(t, b.Bytes())
		byLine := map[float64][]svgText{}
		for _, tx := range ts {
			lo, hi := tx.span()
			if tx.Size == 16 && (lo < 0 || hi > width) {
				t.Errorf("%d series: title line %q spans %.0f..%.0f of %.0f", len(names), tx.Contents, lo, hi, width)
			}
			if tx.Size == 12 && tx.Anchor == "" {
				byLine[tx.Y] = append(byLine[tx.Y], tx)
			}
		}
		for y, line := range byLine {
			for i := 1; i < len(line); i++ {
				_, prevHi := line[i-1].span()
				if lo, _ := line[i].span(); lo-18 < prevHi {
					t.Errorf("%d series: legend entries %q and %q overlap on y=%.0f", len(names), line[i-1].Contents, line[i].Contents, y)
				}
			}
			if _, hi := line[len(line)-1].span(); hi > width {
				t.Errorf("legend entry %q ends at %.0f, past the width %.0f", line[len(line)-1].Contents, hi, width)
			}
		}
	}
}

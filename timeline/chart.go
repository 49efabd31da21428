package timeline

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Chart is counts per period for one or more series (one per query
// compared, or one per facet value).
type Chart struct {
	// Title is drawn above the chart.
	Title string
	// Unit names the periods on the x axis.
	Unit Unit
	// YLabel names the counts on the y axis; default "articles".
	YLabel string
	// Periods are the x axis labels, in order.
	Periods []string
	// Series have one count per period each.
	Series []Series
	// Notes, when set, has one note per period, printed after its bar in
	// the terminal ("Baker 12 · Volcker 8").
	Notes []string
}

// Series is one line of counts.
type Series struct {
	Name   string
	Counts []int
}

func (c *Chart) yLabel() string {
	if c.YLabel == "" {
		return "articles"
	}
	return c.YLabel
}

// max returns the largest count.
func (c *Chart) max() int {
	m := 0
	for _, s := range c.Series {
		for _, n := range s.Counts {
			m = max(m, n)
		}
	}
	return m
}

// glyphs draw the series of a terminal chart, one each.
var glyphs = []string{"█", "▓", "▒", "░", "■", "●", "◆", "▲"}

// WriteText draws the chart as horizontal bars, one line per period and
// series, at most width cells wide for the longest bar.
func (c *Chart) WriteText(w io.Writer, width int) error {
	if width < 10 {
		width = 10
	}
	if c.Title != "" {
		fmt.Fprintln(w, c.Title)
	}
	m := c.max()
	labelW := 0
	for _, p := range c.Periods {
		labelW = max(labelW, utf8.RuneCountInString(p))
	}
	if len(c.Series) > 1 {
		var legend []string
		for i, s := range c.Series {
			legend = append(legend, glyphs[i%len(glyphs)]+" "+s.Name)
		}
		fmt.Fprintln(w, strings.Join(legend, "   "))
	}
	bar := func(n int) int {
		if m == 0 || n == 0 {
			return 0
		}
		return max(1, int(math.Round(float64(n)*float64(width)/float64(m))))
	}
	for p, label := range c.Periods {
		note := ""
		if p < len(c.Notes) && c.Notes[p] != "" {
			note = "  " + c.Notes[p]
		}
		for i, s := range c.Series {
			l := label
			if i > 0 {
				l = ""
			}
			n := s.Counts[p]
			if _, err := fmt.Fprintf(w, "%-*s │%s %d%s\n", labelW, l, strings.Repeat(glyphs[i%len(glyphs)], bar(n)), n, note); err != nil {
				return err
			}
			note = ""
		}
	}
	return nil
}

// WriteCSV writes one row per period: the period, then one column per
// series (RFC 4180, CRLF line ends).
func (c *Chart) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := []string{"period"}
	for _, s := range c.Series {
		header = append(header, s.Name)
	}
	if len(c.Series) == 1 {
		header[1] = "count"
	}
	cw.Write(header)
	for p, label := range c.Periods {
		row := []string{label}
		for _, s := range c.Series {
			row = append(row, strconv.Itoa(s.Counts[p]))
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// palette is Okabe and Ito's colour-blind safe set.
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

// niceStep returns a round step (1, 2 or 5 times a power of ten) that
// divides 0..max into about n ticks.
func niceStep(maxV, n int) int {
	if maxV <= 0 {
		return 1
	}
	raw := float64(maxV) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*mag >= raw {
			return max(1, int(f*mag))
		}
	}
	return max(1, int(10*mag))
}

// WriteSVG draws the chart as an SVG column chart: a title, a y axis with
// round ticks and grid lines, period labels under the bars (thinned out
// when they would overlap, turned when long), a legend when there are
// several series, and a tooltip on each bar.
func (c *Chart) WriteSVG(w io.Writer) error {
	n := len(c.Periods)
	const (
		left, right, top0 = 70.0, 24.0, 56.0
		height            = 420.0
		titleSize         = 16.0
		titleLead         = 20.0
	)
	maxLabel := 0
	for _, p := range c.Periods {
		maxLabel = max(maxLabel, utf8.RuneCountInString(p))
	}
	plotW := math.Max(560, math.Min(float64(n)*36, 1400))
	if n > 1400/3 {
		plotW = float64(n) * 3
	}
	slot := plotW / math.Max(1, float64(n))
	// label every k-th period so that labels do not overlap
	labelW := float64(maxLabel) * 7.0
	turned := labelW > slot*0.95
	every := 1
	if turned {
		if slot < 14 {
			every = int(math.Ceil(14 / slot))
		}
	}
	bottom := 48.0
	if turned {
		bottom = 44 + labelW*0.75
	}
	W := left + plotW + right
	// The title wraps to the chart's width; the legend flows in rows,
	// each entry as wide as its name.
	titleLines := wrapText(c.Title, int((W-24)/textWidth("n", titleSize)), 3)
	top := top0 + float64(max(len(titleLines)-1, 0))*titleLead
	var legend []legendEntry
	legendH := 0.0
	if len(c.Series) > 1 {
		legend = layoutLegend(c.Series, plotW)
		legendH = 22 * float64(legend[len(legend)-1].row+1)
	}
	plotH := height - top - bottom - legendH
	if plotH < 200 {
		plotH = 200
	}
	H := top + legendH + plotH + bottom
	y0 := top + legendH + plotH // the x axis
	m := c.max()
	step := niceStep(m, 5)
	yMax := step * int(math.Ceil(float64(max(m, 1))/float64(step)))
	scale := plotH / float64(yMax)

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="Helvetica, Arial, sans-serif" font-size="12">`+"\n", W, H, W, H)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="#ffffff"/>`+"\n")
	for i, line := range titleLines {
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="%.0f" font-weight="bold">%s</text>`+"\n",
			W/2, 28+float64(i)*titleLead, titleSize, esc(line))
	}
	// legend
	for i, e := range legend {
		x := left + e.x
		y := top + float64(e.row)*22 - 6
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="12" height="12" fill="%s"/><text x="%.1f" y="%.1f">%s<title>%s</title></text>`+"\n",
			x, y-10, palette[i%len(palette)], x+18, y, esc(e.name), esc(c.Series[i].Name))
	}
	// y axis: grid lines and ticks
	for v := 0; v <= yMax; v += step {
		y := y0 - float64(v)*scale
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#dddddd"/>`, left, y, left+plotW, y)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end">%d</text>`+"\n", left-6, y+4, v)
	}
	fmt.Fprintf(&b, `<text transform="translate(18 %.1f) rotate(-90)" text-anchor="middle">%s</text>`+"\n", top+legendH+plotH/2, esc(c.yLabel()))
	// bars, side by side within a period
	inner := slot * 0.8
	for p, label := range c.Periods {
		x := left + float64(p)*slot + (slot-inner)/2
		for i, s := range c.Series {
			v := s.Counts[p]
			h := float64(v) * scale
			bw := inner / float64(len(c.Series))
			bx, by := x+float64(i)*bw, y0-h
			if v == 0 {
				continue
			}
			fmt.Fprintf(&b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"><title>%s %s: %d</title></rect>`+"\n",
				bx, by, math.Max(bw, 0.5), h, palette[i%len(palette)], esc(label), esc(s.Name), v)
		}
		if p%every == 0 {
			cx := left + float64(p)*slot + slot/2
			if turned {
				fmt.Fprintf(&b, `<text transform="translate(%.1f %.1f) rotate(-45)" text-anchor="end">%s</text>`+"\n", cx+4, y0+14, esc(label))
			} else {
				fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", cx, y0+18, esc(label))
			}
		}
	}
	// axes
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333333"/>`+"\n", left, y0, left+plotW, y0)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333333"/>`+"\n", left, y0, left, top+legendH)
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", left+plotW/2, H-8, esc(string(c.Unit)))
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// textWidth estimates the width in pixels of s in Helvetica or Arial at
// size: 0.6 em a character, a little more than their average, so that
// estimates err wide.
func textWidth(s string, size float64) float64 {
	return float64(utf8.RuneCountInString(s)) * size * 0.6
}

// wrapText breaks s into lines of at most width characters at spaces, at
// most lines lines (the last clipped with an ellipsis).
func wrapText(s string, width, lines int) []string {
	if s == "" {
		return nil
	}
	width = max(width, 10)
	var out []string
	cur := ""
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			out = append(out, cur)
			cur = w
		}
	}
	out = append(out, cur)
	for i := range out {
		out[i] = clip(out[i], width)
	}
	if len(out) > lines {
		out = out[:lines]
		out[lines-1] = clip(out[lines-1]+" …", width)
		if !strings.HasSuffix(out[lines-1], "…") {
			out[lines-1] += " …"
		}
	}
	return out
}

// legendEntry is where a series' legend entry goes: its row, its x from
// the plot's left edge, and its name, clipped to fit.
type legendEntry struct {
	row  int
	x    float64
	name string
}

// layoutLegend flows the legend entries (a 12 px swatch, a gap, the name)
// left to right within width, starting a new row when the next entry
// does not fit; a name wider than a row is clipped.
func layoutLegend(series []Series, width float64) []legendEntry {
	const swatch, gap, size = 18.0, 24.0, 12.0
	maxChars := max(8, int((width-swatch)/textWidth("n", size)))
	out := make([]legendEntry, len(series))
	row, x := 0, 0.0
	for i, s := range series {
		name := clip(s.Name, maxChars)
		w := swatch + textWidth(name, size)
		if x > 0 && x+w > width {
			row, x = row+1, 0
		}
		out[i] = legendEntry{row: row, x: x, name: name}
		x += w + gap
	}
	return out
}

// esc escapes text for SVG.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			if r < 0x20 && r != '\t' {
				continue // not allowed in XML 1.0
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

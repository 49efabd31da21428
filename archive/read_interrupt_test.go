package archive

import (
	"strings"
	"testing"
)

func TestDropInterruptions(t *testing.T) {
	const (
		p1 = "The two ministers met for three hours in the capital on Tuesday."
		p2 = "Officials said a draft text would go to both cabinets next week."
		p3 = "Neither side would say when the talks might resume."
	)
	for _, tc := range []struct {
		name, mid string
		drop      bool
	}{
		{"prompt", "Register for our weekly trade digest from the desk", true},
		{"caption and credit", "Delegates leave the ministry after the talks. Photo / Handout", true},
		{"credit in brackets", "Delegates leave the ministry. (Photo: Ana Ruiz / Coast Images)", true},
		{"note in brackets", "(The story continues after the next box.)", true},
		{"chart in square brackets", "[Graph: trade balance, 2001-2004. Source: statistics office]", true},
		{"set apart by dashes", "— Get our evening email —", true},
		{"a link after an arrow", "► Watch Late Edition weeknights at 10.30pm on Channel Meridian", true},
		{"an item after a bullet", "• Talks resume on Monday in the capital", false},
		{"label and headline", "More from the region: Port strike enters second week", true},
		{"site's voice", "Follow us for more", true},
		{"handle", "Post by @PortAuthority", true},
		{"subheading", "What happens next", false},
		// A prompt without a mark of the site's reads as a subheading,
		// and stays: the rules' lists must know it.
		{"prompt without a mark", "Register for the weekly trade digest from the desk", false},
		{"referee", "Pat Doyle (Cork)", false},
		{"figure", "12,480", false},
		{"cut where a link was", "and", false},
		{"comment without its stop", "Why not? Talks should be held in public, and the minutes should be published for all", false},
		{"subheading in capitals", "THE STICKING POINTS", false},
		{"list item", "• A ceasefire from midnight", false},
		{"numbered item", "2. A joint commission on quotas", false},
		{"announces a list", "The agreement has three parts:", false},
		{"sentence", "He declined to comment.", false},
		{"question", "What comes next?", false},
		{"quotation", "\"We will not be rushed,\" she said.", false},
		{"long unit without a stop", "Long " + strings.Repeat("word ", 30), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := strings.Join([]string{p1, p2, tc.mid, p3}, "\n\n")
			got := dropInterruptions(body)
			want := body
			if tc.drop {
				want = strings.Join([]string{p1, p2, p3}, "\n\n")
			}
			if got != want {
				t.Errorf("dropInterruptions with %q:\n got %q\nwant %q", tc.mid, got, want)
			}
		})
	}
}

// TestDropInterruptionsNeighbours: a line is dropped only between two
// paragraphs of the text, and only a run of one or two.
func TestDropInterruptionsNeighbours(t *testing.T) {
	const (
		p   = "The two ministers met for three hours in the capital on Tuesday."
		q   = "Neither side would say when the talks might resume."
		mid = "Register for our weekly trade digest"
	)
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"first", []string{mid, p, q}, []string{mid, p, q}},
		{"last", []string{p, q, mid}, []string{p, q, mid}},
		{"short neighbour", []string{p, "Talks end.", mid, q}, []string{p, "Talks end.", mid, q}},
		{"run of two", []string{p, mid, "Picture: Handout", q}, []string{p, q}},
		{"run of three", []string{p, mid, "Picture: Handout", "Share this", q}, []string{p, mid, "Picture: Handout", "Share this", q}},
		{"two apart", []string{p, mid, q, "Picture: Handout", p}, []string{p, q, p}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := dropInterruptions(strings.Join(tc.in, "\n\n"))
			if want := strings.Join(tc.want, "\n\n"); got != want {
				t.Errorf("got %q\nwant %q", got, want)
			}
		})
	}
}

// TestPageInterruption reads pages whose line between paragraphs no rule
// knows by its words.
func TestPageInterruption(t *testing.T) {
	for _, mid := range []string{
		"(Story continues after the box)",
		"— Get our evening email —",
		"Post by @PortAuthority",
	} {
		page := `Harbour Times

Envoys agree to resume fisheries talks

By Ana Ruiz
12 March 2009

The two ministers met for three hours in the capital on Tuesday.

Officials said a draft text would go to both cabinets next week.

` + mid + `

Neither side would say when the talks might resume.
`
		for _, a := range readBothWays(t, "Envoys agree to resume fisheries talks", page) {
			if strings.Contains(a.Body, mid) || !strings.HasSuffix(a.Body, "might resume.") {
				t.Errorf("%q: body %q: want the three paragraphs without it", mid, a.Body)
			}
		}
	}
}

// readBothWays reads page as a text page read alone, and rendered by
// pageAsHTML with title as an HTML page.
func readBothWays(t *testing.T, title, page string) []*Article {
	t.Helper()
	now := ReadOptions{Now: testNow}
	var got []*Article
	for _, r := range []Reader{
		NewReader(strings.NewReader(page), "-", now),
		NewHTMLReader(strings.NewReader(pageAsHTML(title, page)), "page.html", now),
	} {
		a, re := readOne(t, r)
		if re != nil {
			t.Fatal(re)
		}
		got = append(got, a)
	}
	return got
}

// pageAsHTML renders a text page's blocks as paragraphs of an HTML page
// titled title.
func pageAsHTML(title, page string) string {
	var b strings.Builder
	b.WriteString("<html><head><title>" + title + "</title></head><body><article>\n")
	for block := range strings.SplitSeq(strings.TrimSpace(page), "\n\n") {
		b.WriteString("<p>" + strings.ReplaceAll(block, "\n", "<br>") + "</p>\n")
	}
	b.WriteString("</article></body></html>\n")
	return b.String()
}

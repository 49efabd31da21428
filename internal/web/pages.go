package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"chancery/index"
	"chancery/internal/cli"
	"chancery/internal/service"
)

// The answers the pages show are the engine's (internal/service), decoded
// from the JSON the API answers.
type facetValue = index.FacetValue

// pages are the parsed templates, one set per page.
type pages struct {
	t map[string]*template.Template
}

var funcs = template.FuncMap{
	"highlight": highlight,
	"safeURL":   safeURL,
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	},
	"add": func(a, b int) int { return a + b },
}

func loadPages() (*pages, error) {
	p := &pages{t: map[string]*template.Template{}}
	for _, name := range []string{"search", "article", "quotes", "timeline", "similar", "error"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/hits.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse templates: %w", err)
		}
		p.t[name] = t
	}
	return p, nil
}

// page is what every page shows: the search form and the tabs.
type page struct {
	Title string
	Tab   string
	P     params
	// Error is a message shown above the content (a bad query).
	Error string
	// Notes say how the request was read, as the CLI's "search: note:"
	// lines and the API's "notes" do: what a filter value stood for, a
	// lower-case operator searched as a word, a suggested spelling.
	Notes []string
	// Tabs link the current search's views.
	ResultsURL, QuotesURL, TimelineURL string
	SortOptions                        []option
	SizeOptions                        []option
	Hidden                             []hidden
	Chips                              []chip
	Data                               any
}

type option struct {
	Value, Label string
	Selected     bool
}

type hidden struct{ Name, Value string }

type chip struct {
	Label, RemoveURL string
}

func (s *Server) newPage(title, tab string, p params) *page {
	pg := &page{Title: title, Tab: tab, P: p}
	base := p.clone()
	base.Page = 1
	pg.ResultsURL = base.url("/")
	q := base.clone()
	q.Size, q.Sort = 10, ""
	pg.QuotesURL = q.url("/quotes")
	pg.TimelineURL = q.url("/timeline")
	for _, o := range []option{{"", "relevance (or date with no words)", false}, {"-date", "newest first", false}, {"date", "oldest first", false}} {
		o.Selected = o.Value == p.Sort
		pg.SortOptions = append(pg.SortOptions, o)
	}
	for _, n := range []int{10, 20, 50} {
		pg.SizeOptions = append(pg.SizeOptions, option{Value: strconv.Itoa(n), Label: strconv.Itoa(n), Selected: n == p.Size})
	}
	for _, k := range filterKinds {
		for _, v := range p.Filters[k] {
			pg.Hidden = append(pg.Hidden, hidden{k, v})
			r := base.clone()
			r.Filters[k] = remove(r.Filters[k], v)
			pg.Chips = append(pg.Chips, chip{Label: k + ": " + v, RemoveURL: r.url(tabPath(tab))})
		}
	}
	if p.From != "" || p.To != "" {
		r := base.clone()
		r.From, r.To = "", ""
		label := "date: " + orDots(p.From) + " to " + orDots(p.To)
		if p.From == p.To {
			label = "date: " + p.From
		}
		pg.Chips = append(pg.Chips, chip{Label: label, RemoveURL: r.url(tabPath(tab))})
	}
	return pg
}

func tabPath(tab string) string {
	switch tab {
	case "quotes":
		return "/quotes"
	case "timeline":
		return "/timeline"
	}
	return "/"
}

func orDots(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

func remove(vs []string, v string) []string {
	var out []string
	for _, s := range vs {
		if !strings.EqualFold(s, v) {
			out = append(out, s)
		}
	}
	return out
}

func (s *Server) render(w http.ResponseWriter, status int, name string, pg *page) {
	buf := getBuffer()
	defer putBuffer(buf)
	if err := s.pages.t[name].Execute(buf, pg); err != nil {
		http.Error(w, "render: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	pg := s.newPage(http.StatusText(status), "", params{Filters: map[string][]string{}, Page: 1, Size: index.DefaultSize})
	pg.Error = msg
	s.render(w, status, "error", pg)
}

// refused renders a failed request of the page name: a bad query or
// parameter as the page itself, empty (data) under the message, so that
// the form can be corrected; anything else as the error page.
func (s *Server) refused(w http.ResponseWriter, r *http.Request, o outcome, pg *page, name string, data any) {
	if o.code != cli.ExitUsage {
		s.failed(w, r, o)
		return
	}
	pg.Error = o.message()
	pg.Data = data
	s.render(w, http.StatusBadRequest, name, pg)
}

// failed renders a failed run as the error page.
func (s *Server) failed(w http.ResponseWriter, r *http.Request, o outcome) {
	s.pageError(w, r, o.status(), o.message())
}

// badParams renders the search page with the error of its parameters.
func (s *Server) badParams(w http.ResponseWriter, r *http.Request, err error) {
	s.pageError(w, r, http.StatusBadRequest, err.Error())
}

// hitView is a service.Hit as the page lists it.
// facetAria is the aria-label of facet value l: "Iraq, 3 stories, add
// filter". It is made here rather than in the template, where its
// conditions took a fifth of the search page's rendering.
func facetAria(l link, allVersions bool) string {
	noun := "stories"
	switch {
	case allVersions && l.Count == 1:
		noun = "article"
	case allVersions:
		noun = "articles"
	case l.Count == 1:
		noun = "story"
	}
	click := "add filter"
	if l.Active {
		click = "remove filter"
	}
	return l.Label + ", " + strconv.Itoa(l.Count) + " " + noun + ", " + click
}

type hitView struct {
	N                   int
	ID, Title, Date     string
	Source, URL         string
	Snippet             template.HTML
	Versions            int
	VersionLinks        []link
	Persons, Countries  []link
	Orgs, Topics        []link
	ArticleURL, LikeURL string
	// The entity links as HTML (tagLinks).
	PersonTags, CountryTags, OrgTags, TopicTags template.HTML
}

type link struct {
	Label, URL string
	Count      int
	Active     bool
	// Aria is a facet value's label for a screen reader: value, count
	// and what a click does.
	Aria string
}

// filterLink is the search page of base with one more filter of kind k.
func filterLink(base params, k, v string) string {
	p := base.clone()
	p.Page = 1
	if !p.hasFilter(k, v) {
		p.Filters[k] = append(p.Filters[k], v)
	}
	return p.url("/")
}

func hitViews(hits []service.Hit, first int, base params) []hitView {
	out := make([]hitView, len(hits))
	for i, h := range hits {
		hv := hitView{N: first + i + 1, ID: h.ID, Title: h.Title, Date: h.Date, Source: h.Source, URL: h.URL,
			Snippet: highlight(h.Snippet), Versions: h.Versions,
			ArticleURL: "/article/" + url.PathEscape(h.ID), LikeURL: "/similar/" + url.PathEscape(h.ID)}
		for _, v := range h.VersionIDs {
			hv.VersionLinks = append(hv.VersionLinks, link{Label: v, URL: "/article/" + url.PathEscape(v)})
		}
		for _, v := range h.Persons {
			hv.Persons = append(hv.Persons, link{Label: v, URL: filterLink(base, "person", v)})
		}
		for _, v := range h.Countries {
			hv.Countries = append(hv.Countries, link{Label: v, URL: filterLink(base, "country", v)})
		}
		for _, v := range h.Orgs {
			hv.Orgs = append(hv.Orgs, link{Label: v, URL: filterLink(base, "org", v)})
		}
		for _, v := range h.Topics {
			hv.Topics = append(hv.Topics, link{Label: v, URL: filterLink(base, "topic", v)})
		}
		hv.PersonTags, hv.CountryTags = tagLinks("person", hv.Persons), tagLinks("country", hv.Countries)
		hv.OrgTags, hv.TopicTags = tagLinks("org", hv.Orgs), tagLinks("topic", hv.Topics)
		out[i] = hv
	}
	return out
}

// searchData is the search page's content.
type searchData struct {
	Total       uint64
	TookMS      float64
	First, Last int
	Hits        []hitView
	Facets      []facetGroup
	// Counted says what the facet counts count.
	Counted     string
	Pager       pager
	ExportCSV   string
	ExportJSON  string
	VersionsURL string
	AllVersions bool
}

type facetGroup struct {
	Name, Label string
	Values      []link
	// Items are the Values' list items (facetItems).
	Items template.HTML
}

var facetLabels = map[string]string{"person": "Persons", "country": "Countries", "org": "Organizations", "topic": "Topics", "source": "Sources", "year": "Years"}

type pager struct {
	Prev, Next string
	Pages      []link
}

func makePager(p params, total uint64, path string) pager {
	var pg pager
	last := int((total + uint64(p.Size) - 1) / uint64(p.Size))
	last = min(last, MaxPage)
	if last <= 1 {
		return pg
	}
	at := func(n int) string {
		q := p.clone()
		q.Page = n
		return q.url(path)
	}
	if p.Page > 1 {
		pg.Prev = at(p.Page - 1)
	}
	if p.Page < last {
		pg.Next = at(p.Page + 1)
	}
	for n := max(1, p.Page-3); n <= min(last, p.Page+3); n++ {
		pg.Pages = append(pg.Pages, link{Label: strconv.Itoa(n), URL: at(n), Active: n == p.Page})
	}
	return pg
}

// tidy redirects a page address that holds empty parameters (what the
// search form submits for its blank fields) to the same state without
// them, so that addresses stay short to share. It reports whether it did.
func tidy(w http.ResponseWriter, r *http.Request) bool {
	v := r.URL.Query()
	empty := false
	for k, vs := range v {
		kept := vs[:0]
		for _, x := range vs {
			if strings.TrimSpace(x) != "" {
				kept = append(kept, x)
			}
		}
		if len(kept) < len(vs) {
			empty = true
		}
		if len(kept) == 0 {
			delete(v, k)
		} else {
			v[k] = kept
		}
	}
	if !empty {
		return false
	}
	u := r.URL.Path
	if e := v.Encode(); e != "" {
		u += "?" + e
	}
	http.Redirect(w, r, u, http.StatusSeeOther)
	return true
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	if tidy(w, r) {
		return
	}
	p, err := parseParams(r.URL.Query(), index.DefaultSize)
	if err != nil {
		s.badParams(w, r, err)
		return
	}
	pg := s.newPage("Search", "results", p)
	if p.Q != "" {
		pg.Title = p.Q + " – Search"
	}
	res, o := s.b.searchResult(r.Context(), p, allFacets, index.DefaultFacetSize, jsonMarks, false)
	if o.code != cli.ExitOK {
		s.refused(w, r, o, pg, "search", searchData{})
		return
	}
	pg.Notes = res.Notes
	first := (p.Page - 1) * p.Size
	d := searchData{Total: res.Total, TookMS: res.TookMS, First: first + 1, Last: first + len(res.Hits),
		Hits: hitViews(res.Hits, first, p), Pager: makePager(p, res.Total, "/"), AllVersions: p.AllVersions}
	switch {
	case res.FacetsCount == "articles":
		d.Counted = "Counts are of articles: every stored copy of a story counts."
	case res.FacetCopies > 0:
		d.Counted = fmt.Sprintf("Counts are of stories: each group of near-duplicate copies counts once (%d copies not counted).", res.FacetCopies)
	default:
		d.Counted = "Counts are of stories: each group of near-duplicate copies counts once."
	}
	for _, name := range allFacets {
		g := facetGroup{Name: name, Label: facetLabels[name]}
		for _, fv := range res.Facets[name] {
			l := link{Label: fv.Value, Count: fv.Count}
			q := p.clone()
			q.Page = 1
			if name == "year" {
				l.Active = p.From == fv.Value && p.To == fv.Value
				if l.Active {
					q.From, q.To = "", ""
				} else {
					q.From, q.To = fv.Value, fv.Value
				}
			} else {
				// The value is selected when a filter names it, or stands
				// for it alone ("Straw" read as "Jack Straw"): clicking it
				// then removes that filter rather than adding the same.
				given := fv.Value
				if !p.hasFilter(name, given) {
					given = selectedBy(res.Resolved, p, name, fv.Value)
				}
				l.Active = given != ""
				if l.Active {
					q.Filters[name] = remove(q.Filters[name], given)
				} else {
					q.Filters[name] = append(q.Filters[name], fv.Value)
				}
			}
			l.URL = q.url("/")
			l.Aria = facetAria(l, p.AllVersions)
			g.Values = append(g.Values, l)
		}
		g.Items = facetItems(g.Values)
		d.Facets = append(d.Facets, g)
	}
	e := p.clone()
	d.ExportJSON = "/api/search?" + withValue(e.values(), "format", "json")
	d.ExportCSV = "/api/search?" + withValue(e.values(), "format", "csv")
	av := p.clone()
	av.AllVersions = !p.AllVersions
	av.Page = 1
	d.VersionsURL = av.url("/")
	pg.Data = d
	s.render(w, http.StatusOK, "search", pg)
}

func withValue(v url.Values, k, val string) string {
	v.Set(k, val)
	return v.Encode()
}

// articleData is the service.Article page's content.
type articleData struct {
	A                  service.Article
	Body               []template.HTML
	URL                string
	Persons, Countries []link
	Orgs, Topics       []link
	Similar            []hitView
	SimilarURL, API    string
	// Citation is the article's citation line, as search show --cite
	// writes it; Corrected the fields a librarian corrected.
	Citation  string
	Corrected string
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, o := s.b.article(r.Context(), id)
	if o.code != cli.ExitOK {
		s.failed(w, r, o)
		return
	}
	base := params{Filters: map[string][]string{}, Page: 1, Size: index.DefaultSize}
	d := articleData{A: *a, URL: safeURL(a.URL), SimilarURL: "/similar/" + url.PathEscape(id), API: "/api/articles/" + url.PathEscape(id),
		Citation: a.Cite(), Corrected: strings.Join(a.Corrected, ", ")}
	var names []entity
	for _, v := range a.Persons {
		u := filterLink(base, "person", v)
		d.Persons = append(d.Persons, link{Label: v, URL: u})
		names = append(names, entity{v, "person", u})
	}
	for _, c := range a.Countries {
		u := filterLink(base, "country", c.Name)
		d.Countries = append(d.Countries, link{Label: c.Name, URL: u})
		names = append(names, entity{c.Name, "country", u})
	}
	for _, v := range a.Orgs {
		u := filterLink(base, "org", v)
		d.Orgs = append(d.Orgs, link{Label: v, URL: u})
		names = append(names, entity{v, "org", u})
	}
	for _, v := range a.Topics {
		d.Topics = append(d.Topics, link{Label: v, URL: filterLink(base, "topic", v)})
	}
	for _, para := range paragraphs(a.Body) {
		d.Body = append(d.Body, markEntities(para, names))
	}
	if res, so := s.b.similar(r.Context(), params{Page: 1, Size: 5}, id); so.code == cli.ExitOK {
		d.Similar = hitViews(res.Hits, 0, base)
	}
	title := a.Title
	if title == "" {
		title = id
	}
	pg := s.newPage(title, "article", base)
	pg.Data = d
	s.render(w, http.StatusOK, "article", pg)
}

// paragraphs splits a body at blank lines (or lines, when it has none).
func paragraphs(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	sep := "\n\n"
	if !strings.Contains(body, sep) {
		sep = "\n"
	}
	var out []string
	for _, p := range strings.Split(body, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// quotesData is the quotes page's content.
type quotesData struct {
	R      service.Quotes
	First  int
	Quotes []quoteView
	Pager  pager
	API    string
}

type quoteView struct {
	service.Quote
	N                     int
	PersonURL, ArticleURL string
	URL                   string
	Citation              string
}

func (s *Server) pageQuotes(w http.ResponseWriter, r *http.Request) {
	if tidy(w, r) {
		return
	}
	p, err := parseParams(r.URL.Query(), 20)
	if err != nil {
		s.badParams(w, r, err)
		return
	}
	p.Size = min(p.Size, 100)
	pg := s.newPage("Quotes", "quotes", p)
	q, o := s.b.quotes(r.Context(), p, true)
	if o.code != cli.ExitOK {
		s.refused(w, r, o, pg, "quotes", quotesData{})
		return
	}
	pg.Notes = q.Notes
	first := (p.Page - 1) * p.Size
	d := quotesData{R: *q, First: first + 1, Pager: makePager(p, uint64(q.Total), "/quotes"), API: p.url("/api/quotes")}
	for i, qu := range q.Quotes {
		qp := p.clone()
		qp.Page = 1
		qp.Filters["person"] = []string{qu.Person}
		d.Quotes = append(d.Quotes, quoteView{Quote: qu, N: first + i + 1, PersonURL: qp.url("/quotes"),
			ArticleURL: "/article/" + url.PathEscape(qu.ID), URL: safeURL(qu.URL), Citation: quoteCitation(qu)})
	}
	pg.Data = d
	s.render(w, http.StatusOK, "quotes", pg)
}

// quoteCitation is a statement with what to cite it by: the person, then
// the article's citation as the command line's --cite writes it
// (service.Cite: source or "source unknown", date or "n.d.", headline, an
// http(s) address else the archive id, and the original):
//
//	“We will not send troops” (Sergei Lavrov). Chancery Wire, 2004-07-26, "Russia rules out troops". https://….
func quoteCitation(q service.Quote) string {
	text := q.Text
	if q.Kind == "direct" {
		text = "“" + text + "”"
	}
	return fmt.Sprintf("%s (%s). %s", text, q.Person, q.Citation)
}

// selectedBy returns the filter value of kind field in p that stands for
// value alone (resolved: what each filter value stood for), else "".
func selectedBy(resolved []index.Resolution, p params, field, value string) string {
	for _, r := range resolved {
		if r.Field == field && len(r.Values) == 1 && strings.EqualFold(r.Values[0].Value, value) && p.hasFilter(field, r.Input) {
			return r.Input
		}
	}
	return ""
}

// timelineData is the timeline page's content.
type timelineData struct {
	S     service.Series
	Chart chart
	// By and Facets link the same timeline by another period and with
	// another facet's top values ("" for none).
	By, Facets []option
	// Facet is the facet whose top values each period lists; with compare
	// queries, Main names the page's own series and Others the compared
	// ones, counted beside it.
	Facet  string
	Main   string
	Others []string
	// Rows are the periods that count anything, for the table.
	Rows   []timelineRow
	API    string
	Hidden []hidden
}

// timelineRow is a period of the timeline page's table: its count (a link
// to its articles), the compared series' counts and the top facet values
// (each a link to the period's articles with that value).
type timelineRow struct {
	Label, URL string
	Count      int
	Others     []int
	Top        []link
}

// timelineFacets are the facets whose top values a timeline can list.
var timelineFacets = []string{"person", "country", "org", "topic", "source"}

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	if tidy(w, r) {
		return
	}
	v := r.URL.Query()
	p, err := parseParams(v, index.DefaultSize)
	if err != nil {
		s.badParams(w, r, err)
		return
	}
	pg := s.newPage("Timeline", "timeline", p)
	// by, facet, top and compare shape the timeline as they do the API's
	// (and the command line's --by, --facet, --top, --compare); they stay
	// in the page's links and form.
	tv := map[string][]string{}
	keep := url.Values{}
	for _, k := range []string{"by", "facet", "top", "compare"} {
		for _, val := range v[k] {
			if val = strings.TrimSpace(val); val == "" {
				continue
			}
			if k == "compare" && len(val) > MaxQuery {
				s.badParams(w, r, badf("compare query too long: %d bytes, at most %d", len(val), MaxQuery))
				return
			}
			tv[k] = append(tv[k], val)
			keep.Add(k, val)
			pg.Hidden = append(pg.Hidden, hidden{k, val})
		}
	}
	if len(tv["compare"]) > 5 {
		s.badParams(w, r, badf("at most 5 compare queries"))
		return
	}
	t, o := s.b.timeline(r.Context(), p, tv)
	if o.code != cli.ExitOK {
		s.refused(w, r, o, pg, "timeline", timelineData{})
		return
	}
	pg.Notes = t.Notes
	for i, c := range pg.Chips { // removing a filter keeps the timeline's shape
		if u, err := url.Parse(c.RemoveURL); err == nil {
			q := u.Query()
			for k, vs := range keep {
				q[k] = vs
			}
			u.RawQuery = q.Encode()
			pg.Chips[i].RemoveURL = u.String()
		}
	}
	one := t.Series[0]
	// addr is the timeline's query string with k set to val ("" drops it).
	addr := func(k, val string) string {
		lv := p.values()
		for kk, vs := range keep {
			lv[kk] = vs
		}
		lv.Del(k)
		if val != "" {
			lv.Set(k, val)
		}
		return lv.Encode()
	}
	d := timelineData{S: one, Chart: makeChart(one, p), Facet: one.Facet, API: "/api/timeline?" + addr("by", one.By)}
	for _, u := range []string{"year", "month", "week"} {
		d.By = append(d.By, option{Value: "/timeline?" + addr("by", u), Label: u, Selected: u == one.By})
	}
	for _, f := range append([]string{""}, timelineFacets...) {
		label := f
		if f == "" {
			label = "none"
		}
		d.Facets = append(d.Facets, option{Value: "/timeline?" + addr("facet", f), Label: label, Selected: f == one.Facet})
	}
	if len(t.Series) > 1 {
		d.Main, d.Others = t.Names[0], t.Names[1:]
	}
	for i, b := range one.Buckets {
		row := timelineRow{Label: b.Period, URL: d.Chart.Bars[i].URL, Count: b.Count}
		counts := b.Count > 0
		for _, o := range t.Series[1:] {
			n := 0
			if i < len(o.Buckets) && o.Buckets[i].Period == b.Period {
				n = o.Buckets[i].Count
			}
			row.Others = append(row.Others, n)
			counts = counts || n > 0
		}
		for _, top := range b.Top {
			q := p.clone()
			q.Page = 1
			q.From, q.To = periodDays(b.Period)
			q.Filters[one.Facet] = append(q.Filters[one.Facet], top.Value)
			row.Top = append(row.Top, link{Label: top.Value, Count: top.Count, URL: q.url("/")})
		}
		if counts {
			d.Rows = append(d.Rows, row)
		}
	}
	pg.Data = d
	s.render(w, http.StatusOK, "timeline", pg)
}

// chart is a bar chart in SVG coordinates.
type chart struct {
	Width, Height, Base int
	Bars                []bar
	Ticks               []tick
	Max                 int
}

type bar struct {
	X, Y, W, H int
	Label      string
	Count      int
	URL        string
}

type tick struct {
	X     int
	Label string
}

// makeChart lays out a service.Series as bars, each linking to the search of its
// period.
func makeChart(s service.Series, p params) chart {
	c := chart{Width: 800, Height: 240, Base: 210}
	n := len(s.Buckets)
	if n == 0 {
		return c
	}
	for _, b := range s.Buckets {
		c.Max = max(c.Max, b.Count)
	}
	step := float64(c.Width-20) / float64(n)
	w := max(1, int(step*0.8))
	every := max(1, (n+7)/8)
	for i, b := range s.Buckets {
		x := 10 + int(float64(i)*step)
		h := 0
		if c.Max > 0 {
			h = b.Count * (c.Base - 20) / c.Max
		}
		if b.Count > 0 && h < 2 {
			h = 2
		}
		q := p.clone()
		q.Page = 1
		q.From, q.To = periodDays(b.Period)
		c.Bars = append(c.Bars, bar{X: x, Y: c.Base - h, W: w, H: h, Label: b.Period, Count: b.Count, URL: q.url("/")})
		if i%every == 0 {
			c.Ticks = append(c.Ticks, tick{X: x + w/2, Label: b.Period})
		}
	}
	return c
}

// periodDays turns a period label (2004, 2004-07, 2004-W30) into the
// first and last day for --from and --to.
func periodDays(label string) (string, string) {
	var y, wk int
	if n, _ := fmt.Sscanf(label, "%d-W%d", &y, &wk); n == 2 {
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(wk-1)*7)
		return mon.Format("2006-01-02"), mon.AddDate(0, 0, 6).Format("2006-01-02")
	}
	return label, label
}

// similarData is the similar page's content.
type similarData struct {
	ID, Title, ArticleURL string
	Total                 uint64
	Hits                  []hitView
	API                   string
}

func (s *Server) pageSimilar(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	p, err := parseParams(r.URL.Query(), index.DefaultSize)
	if err != nil {
		s.badParams(w, r, err)
		return
	}
	res, o := s.b.similar(r.Context(), p, id)
	if o.code != cli.ExitOK {
		s.failed(w, r, o)
		return
	}
	d := similarData{ID: id, ArticleURL: "/article/" + url.PathEscape(id), Total: res.Total, API: "/api/similar/" + url.PathEscape(id)}
	if a, ao := s.b.article(r.Context(), id); ao.code == cli.ExitOK {
		d.Title = a.Title
	}
	d.Hits = hitViews(res.Hits, (p.Page-1)*p.Size, params{Filters: map[string][]string{}, Page: 1, Size: index.DefaultSize})
	pg := s.newPage("Like "+id, "similar", params{Filters: map[string][]string{}, Page: 1, Size: index.DefaultSize})
	pg.Notes = res.Notes
	pg.Data = d
	s.render(w, http.StatusOK, "similar", pg)
}

package archive

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// The RSS 2.0 / Atom feed format: each <item> (RSS) or <entry> (Atom) is
// one article, streamed.
//
//   - Title <title>; body the text of content:encoded, <content>,
//     <description> or <summary> (the longest), HTML rendered as text;
//     URL <link>; byline dc:creator, <author> or Atom author/name.
//   - Date by the date rules from <pubDate>, dc:date, <published>, else
//     <updated>.
//   - Source: the feed's own <title>.
//   - ID: derived from the item's <guid> or Atom <id> when it has one (so an
//     edited item keeps its id), else DeriveID from its content.
//   - An item with neither title nor text is a *RecordError; broken XML
//     ends the feed with one *RecordError for the rest of it.

// NewRSSReader reads an RSS or Atom feed from r, the content of the file
// named path. The caller closes r.
func NewRSSReader(r io.Reader, path string, opts ReadOptions) Reader {
	opts.SetDefaults()
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	d := xml.NewDecoder(br)
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	d.Entity = xml.HTMLEntity
	return &rssReader{d: d, path: path, opts: opts}
}

type rssReader struct {
	d      *xml.Decoder
	path   string
	opts   ReadOptions
	source string
	items  int
	done   bool
}

// rssItem is an RSS <item> or an Atom <entry>; the decoder matches local
// names, so dc:creator and content:encoded land here too.
type rssItem struct {
	Title       string    `xml:"title"`
	Links       []rssLink `xml:"link"`
	GUID        string    `xml:"guid"`
	ID          string    `xml:"id"`
	PubDate     string    `xml:"pubDate"`
	Date        string    `xml:"date"`
	Published   string    `xml:"published"`
	Updated     string    `xml:"updated"`
	Description string    `xml:"description"`
	Encoded     string    `xml:"encoded"`
	Content     string    `xml:"content"`
	Summary     string    `xml:"summary"`
	Creator     string    `xml:"creator"`
	Author      rssAuthor `xml:"author"`
}

type rssLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

type rssAuthor struct {
	Name string `xml:"name"`
	Text string `xml:",chardata"`
}

func (x *rssReader) Next() (*Article, error) {
	for !x.done {
		line, _ := x.d.InputPos()
		tok, err := x.d.Token()
		if err != nil {
			x.done = true
			if err == io.EOF {
				if x.items == 0 {
					return nil, &RecordError{Path: x.path, Err: fmt.Errorf("no <item> or <entry> found: not an RSS or Atom feed (%w)", ErrWrongFormat)}
				}
				return nil, io.EOF
			}
			return nil, x.broken(line, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "channel", "feed":
			// The feed's title comes before its items.
			continue
		case "title":
			if x.source == "" && x.items == 0 {
				var t string
				if err := x.d.DecodeElement(&t, &se); err != nil {
					x.done = true
					return nil, x.broken(line, err)
				}
				x.source = collapseSpace(t)
			}
			continue
		case "item", "entry":
		default:
			continue
		}
		x.items++
		line, _ = x.d.InputPos()
		var it rssItem
		if err := x.d.DecodeElement(&it, &se); err != nil {
			x.done = true
			return nil, x.broken(line, err)
		}
		a, err := x.article(&it, line)
		if err != nil {
			return nil, &RecordError{Path: x.path, Line: line, Record: fmt.Sprintf("item %d", x.items), Err: err}
		}
		return a, nil
	}
	return nil, io.EOF
}

func (x *rssReader) broken(line int, err error) error {
	if fe := readFailure(x.path, line, err); IsRecordError(fe) {
		return fe
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) || strings.Contains(err.Error(), "XML") || strings.Contains(err.Error(), "xml") {
		return &RecordError{Path: x.path, Line: line, Record: "rest of feed", Err: fmt.Errorf("broken XML, the rest of the feed is not read: %w", err)}
	}
	return fmt.Errorf("read %s: %w", x.path, err)
}

func (x *rssReader) article(it *rssItem, line int) (*Article, error) {
	a := &Article{
		Title:  collapseSpace(htmlToText(it.Title)),
		Source: x.source,
		Byline: firstNonEmpty(it.Creator, it.Author.Name, it.Author.Text),
		Origin: fmt.Sprintf("%s:%d", x.path, line),
	}
	for _, l := range it.Links {
		if u := firstNonEmpty(l.Href, l.Text); u != "" && (l.Rel == "" || l.Rel == "alternate") {
			a.URL = u
			break
		}
	}
	body := ""
	for _, c := range []string{it.Encoded, it.Content, it.Description, it.Summary} {
		if len(c) > len(body) {
			body = c
		}
	}
	a.Body = htmlToText(body)
	if a.Title == "" && a.Body == "" {
		return nil, errors.New("item has no title and no text")
	}
	for _, c := range []string{it.PubDate, it.Date, it.Published, it.Updated} {
		if strings.TrimSpace(c) == "" {
			continue
		}
		d, err := ParseDate(c, x.opts.Now)
		if err != nil {
			a.Notes = append(a.Notes, err.Error())
			continue
		}
		a.Date = d
		break
	}
	if a.Date.IsZero() && !hasDateNote(a.Notes) {
		a.Notes = append(a.Notes, ErrNoDate.Error())
	}
	if g := firstNonEmpty(it.GUID, it.ID); g != "" {
		a.ID = DeriveID(a.Source, g, time.Time{}, "")
	} else {
		a.ID = DeriveID(a.Source, a.Title, a.Date, a.Body)
	}
	return a, nil
}

// htmlToText renders an HTML fragment (or plain text) as text with
// paragraphs separated by blank lines.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return textParagraphs(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return textParagraphs(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return textParagraphs(render.InnerText(root))
}

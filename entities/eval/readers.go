package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"chancery/archive"
	"chancery/entities"
)

// ConllDoc is one CoNLL-2003 document rebuilt as an article, with the
// annotated persons (I-PER spans) as byte spans and as names.
type ConllDoc struct {
	Train  entities.TrainingDoc
	Gold   [][]string // each person mention as its words
	GoldNm []string   // each person mention as written
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ReadConll reads a CoNLL-2003 file: one token per line (word POS chunk
// NER), blank lines between sentences, -DOCSTART- between documents. The
// first sentence is the title, the second the dateline when it holds an ISO
// date, the rest the body (sentences separated by blank lines).
func ReadConll(path string) ([]ConllDoc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read CoNLL file: %w", err)
	}
	type tok struct{ w, tag string }
	var docs []ConllDoc
	var sents [][]tok
	var cur []tok
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	emit := func() {
		flush()
		if len(sents) == 0 {
			return
		}
		var d ConllDoc
		a := &d.Train.Article
		var fields [3]strings.Builder
		si := 0
		field := 0
		for si < len(sents) {
			s := sents[si]
			switch {
			case si == 0:
				field = 0
			case si == 1 && len(s) > 0 && isoDate.MatchString(s[len(s)-1].w):
				field = 1
				if t, err := time.Parse("2006-01-02", s[len(s)-1].w); err == nil {
					a.Date = t
				}
			default:
				field = 2
			}
			b := &fields[field]
			if b.Len() > 0 {
				if field == 2 {
					b.WriteString("\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			inPer := false
			var words []string
			var written []string
			start := 0
			for ti, t := range s {
				if ti > 0 && spaceBefore(s[ti-1].w, t.w) {
					b.WriteByte(' ')
				}
				per := strings.HasSuffix(t.tag, "-PER")
				if per && (!inPer || strings.HasPrefix(t.tag, "B-")) {
					if inPer {
						d.addGold(field, start, b.Len(), words, written)
					}
					start = b.Len()
					words, written = nil, nil
				} else if !per && inPer {
					d.addGold(field, start, trimRightLen(b), words, written)
				}
				inPer = per
				b.WriteString(t.w)
				if per {
					words = append(words, archive.Key(t.w))
					written = append(written, t.w)
				}
			}
			if inPer {
				d.addGold(field, start, b.Len(), words, written)
			}
			si++
		}
		a.Title, a.Dateline, a.Body = fields[0].String(), fields[1].String(), fields[2].String()
		a.ID = fmt.Sprintf("conll-%d", len(docs)+1)
		docs = append(docs, d)
		sents = nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			emit()
			continue
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("%s: malformed line %q", path, line)
		}
		cur = append(cur, tok{f[0], f[3]})
	}
	emit()
	return docs, sc.Err()
}

func trimRightLen(b *strings.Builder) int {
	s := b.String()
	return len(strings.TrimRight(s, " "))
}

func (d *ConllDoc) addGold(field, start, end int, words, written []string) {
	d.Train.Persons = append(d.Train.Persons, entities.Span{Field: field, Start: start, End: end})
	d.Gold = append(d.Gold, words)
	d.GoldNm = append(d.GoldNm, strings.Join(written, " "))
}

// spaceBefore decides whether rebuilt text puts a space between two tokens.
func spaceBefore(prev, w string) bool {
	switch w {
	case ",", ".", ":", ";", "?", "!", ")", "'s", "'", "n't", "%", "'S":
		return false
	}
	switch prev {
	case "(", "$":
		return false
	}
	return true
}

// ReutersDoc is one Reuters-21578 record with its code lists.
type ReutersDoc struct {
	Article archive.Article
	Topics  []string
	Places  []string
	People  []string
}

var (
	reTag    = regexp.MustCompile(`(?s)<(TITLE|DATELINE|BODY|DATE|TOPICS|PLACES|PEOPLE)>(.*?)</(?:TITLE|DATELINE|BODY|DATE|TOPICS|PLACES|PEOPLE)>`)
	reD      = regexp.MustCompile(`<D>(.*?)</D>`)
	reNewID  = regexp.MustCompile(`NEWID="(\d+)"`)
	reEntity = regexp.MustCompile(`&(#\d+|lt|gt|amp|quot|apos);`)
	reTime   = regexp.MustCompile(`^\s*(\d{1,2}-[A-Z]{3}-\d{4})`)
)

// ReadReuters reads one Reuters-21578 SGML file. It is a minimal reader for
// evaluation: records without a body keep an empty one.
func ReadReuters(path string) ([]ReutersDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read Reuters file: %w", err)
	}
	if !utf8.Valid(raw) {
		raw = latin1ToUTF8(raw)
	}
	var docs []ReutersDoc
	for _, rec := range bytes.Split(raw, []byte("<REUTERS"))[1:] {
		var d ReutersDoc
		if m := reNewID.FindSubmatch(rec); m != nil {
			d.Article.ID = "reuters-" + string(m[1])
		}
		for _, m := range reTag.FindAllSubmatch(rec, -1) {
			val := string(m[2])
			switch string(m[1]) {
			case "TITLE":
				d.Article.Title = unescape(val)
			case "DATELINE":
				d.Article.Dateline = strings.TrimSpace(unescape(val))
			case "BODY":
				d.Article.Body = unescape(val)
			case "DATE":
				if mm := reTime.FindStringSubmatch(val); mm != nil {
					if t, err := time.Parse("2-Jan-2006", titleMonth(mm[1])); err == nil {
						d.Article.Date = t
					}
				}
			case "TOPICS":
				d.Topics = codes(val)
			case "PLACES":
				d.Places = codes(val)
			case "PEOPLE":
				d.People = codes(val)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func titleMonth(s string) string {
	// "26-FEB-1987" -> "26-Feb-1987"
	parts := strings.Split(s, "-")
	if len(parts) == 3 && len(parts[1]) == 3 {
		parts[1] = parts[1][:1] + strings.ToLower(parts[1][1:])
	}
	return strings.Join(parts, "-")
}

func codes(s string) []string {
	var out []string
	for _, m := range reD.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

func unescape(s string) string {
	return reEntity.ReplaceAllStringFunc(s, func(e string) string {
		switch e {
		case "&lt;":
			return "<"
		case "&gt;":
			return ">"
		case "&amp;":
			return "&"
		case "&quot;":
			return `"`
		case "&apos;":
			return "'"
		}
		n, err := strconv.Atoi(e[2 : len(e)-1])
		if err != nil || n < 32 {
			return " "
		}
		return string(rune(n))
	})
}

func latin1ToUTF8(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out.WriteRune(rune(b[0]))
		} else {
			out.Write(b[:size])
		}
		b = b[size:]
	}
	return out.Bytes()
}

// BBCDoc is one BBC News article with its category (the folder name).
type BBCDoc struct {
	Article  archive.Article
	Category string
	Number   int
}

// ReadBBC reads every article of the BBC corpus under dir: title on the
// first line, body after it.
func ReadBBC(dir string) ([]BBCDoc, error) {
	cats, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read BBC corpus: %w", err)
	}
	var docs []BBCDoc
	for _, c := range cats {
		if !c.IsDir() {
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, c.Name(), "*.txt"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("read BBC article: %w", err)
			}
			if !utf8.Valid(data) {
				data = latin1ToUTF8(data)
			}
			text := string(data)
			title, body, _ := strings.Cut(text, "\n")
			num, _ := strconv.Atoi(strings.TrimSuffix(filepath.Base(f), ".txt"))
			docs = append(docs, BBCDoc{
				Article:  archive.Article{ID: "bbc-" + c.Name() + "-" + filepath.Base(f), Title: strings.TrimSpace(title), Body: strings.TrimSpace(body)},
				Category: c.Name(),
				Number:   num,
			})
		}
	}
	return docs, nil
}

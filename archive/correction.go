package archive

import (
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Correction is the librarian's layer over what ingest read and extracted
// for one article: fields set by hand and tags added or removed. It is
// kept apart from the article (bucket "corrections") and applied again
// after every ingest of the article's input and every retag, so a
// correction sticks until the librarian changes it.
type Correction struct {
	// Fields are the corrected input fields (EditableFields), each with
	// the value the input had when it was corrected.
	Fields map[string]FieldEdit `json:"fields,omitempty"`
	// Add and Remove are tags by kind ("person", "org", "topic",
	// "country"; countries by name or code).
	Add          map[string][]string `json:"add,omitempty"`
	AddCountries []Country           `json:"add_countries,omitempty"`
	Remove       map[string][]string `json:"remove,omitempty"`
	// Base is the ContentHash of the input as it was when the article was
	// corrected (or when a conflict was last reported): an ingest of
	// different input is a conflict with the correction.
	Base string `json:"base,omitempty"`
}

// FieldEdit is one corrected field: the value the input had, and the
// librarian's.
type FieldEdit struct {
	Was string `json:"was"`
	Now string `json:"now"`
}

// EditableFields are the input fields a Correction may set.
var EditableFields = []string{"title", "date", "source", "url", "byline"}

// TagKinds are the kinds of tag a Correction may add or remove.
var TagKinds = []string{"person", "country", "org", "topic"}

// Field returns a's value of an editable field (the date as YYYY-MM-DD).
func (a *Article) Field(name string) string {
	switch name {
	case "title":
		return a.Title
	case "date":
		return a.DateString()
	case "source":
		return a.Source
	case "url":
		return a.URL
	case "byline":
		return a.Byline
	}
	return ""
}

// SetField sets an editable field; a date must be YYYY-MM-DD or "" (no
// date).
func (a *Article) SetField(name, v string) error {
	switch name {
	case "title":
		a.Title = v
	case "date":
		if v == "" {
			a.Date = time.Time{}
			return nil
		}
		d, err := time.Parse(DateLayout, v)
		if err != nil {
			return fmt.Errorf("date %q is not a valid date: use YYYY-MM-DD, such as 2004-07-24", v)
		}
		// The range ingest keeps (a typo such as 2999 would stretch every
		// timeline over a thousand empty years).
		if d.Year() < minYear || d.After(time.Now().Add(24*time.Hour)) {
			return fmt.Errorf("date %q: %w", v, ErrDateOutOfRange)
		}
		a.Date = d
	case "source":
		a.Source = v
	case "url":
		a.URL = v
	case "byline":
		a.Byline = v
	default:
		return fmt.Errorf("field %q cannot be edited (use one of %s)", name, strings.Join(EditableFields, ", "))
	}
	return nil
}

// Empty reports whether c changes nothing.
func (c *Correction) Empty() bool {
	if c == nil {
		return true
	}
	n := len(c.Fields) + len(c.AddCountries)
	for _, l := range c.Add {
		n += len(l)
	}
	for _, l := range c.Remove {
		n += len(l)
	}
	return n == 0
}

// Corrected returns the names of the fields and tag kinds c changes, in a
// stable order ("title", "person", ...).
func (c *Correction) Corrected() []string {
	if c == nil {
		return nil
	}
	var out []string
	for _, f := range EditableFields {
		if _, ok := c.Fields[f]; ok {
			out = append(out, f)
		}
	}
	for _, k := range TagKinds {
		if len(c.Add[k])+len(c.Remove[k]) > 0 || k == "country" && len(c.AddCountries) > 0 {
			out = append(out, k)
		}
	}
	return out
}

// Apply sets a's corrected fields and adds and removes its corrected tags.
func (c *Correction) Apply(a *Article) {
	c.ApplyFields(a)
	c.ApplyTags(a)
}

// ApplyFields sets a's corrected fields.
func (c *Correction) ApplyFields(a *Article) {
	if c == nil {
		return
	}
	for _, f := range EditableFields {
		if e, ok := c.Fields[f]; ok {
			a.SetField(f, e.Now) // checked when the correction was made
		}
	}
}

// ApplyTags adds and removes a's corrected tags.
func (c *Correction) ApplyTags(a *Article) {
	if c == nil {
		return
	}
	edit := func(list []string, kind string) []string {
		list = slices.DeleteFunc(slices.Clone(list), func(s string) bool { return slices.Contains(c.Remove[kind], s) })
		for _, s := range c.Add[kind] {
			if !slices.Contains(list, s) {
				list = append(list, s)
			}
		}
		return list
	}
	a.Persons = edit(a.Persons, "person")
	a.Orgs = edit(a.Orgs, "org")
	a.Topics = edit(a.Topics, "topic")
	rm := c.Remove["country"]
	cs := slices.DeleteFunc(slices.Clone(a.Countries), func(k Country) bool {
		return slices.Contains(rm, k.Name) || slices.Contains(rm, k.Code)
	})
	for _, k := range c.AddCountries {
		if !slices.ContainsFunc(cs, func(x Country) bool { return x.Code == k.Code }) {
			cs = append(cs, k)
		}
	}
	a.Countries = cs
	for _, p := range []*[]string{&a.Persons, &a.Orgs, &a.Topics} {
		if len(*p) == 0 {
			*p = nil
		}
	}
	if len(a.Countries) == 0 {
		a.Countries = nil
	}
}

// Input returns a copy of a as its input had it: the corrected fields set
// back to the values they had before they were corrected.
func (c *Correction) Input(a *Article) *Article {
	b := *a
	if c != nil {
		for f, e := range c.Fields {
			b.SetField(f, e.Was)
		}
	}
	return &b
}

// Reconcile compares the input in, as an ingest just read it (before c is
// applied), with the input c was made against. When they differ it returns
// the corrected fields whose input value changed (possibly none: the body
// changed), and updates c to the new input, so the conflict is reported
// once; c itself is kept and applied as before.
func (c *Correction) Reconcile(in *Article) (conflict bool, fields []string) {
	h := in.ContentHash()
	if c == nil || c.Base == h {
		return false, nil
	}
	for _, f := range EditableFields {
		e, ok := c.Fields[f]
		if !ok {
			continue
		}
		if v := in.Field(f); v != e.Was {
			fields = append(fields, f)
			e.Was = v
			c.Fields[f] = e
		}
	}
	c.Base = h
	return true, fields
}

// Overrides are the corrections and tombstones of some articles.
type Overrides struct {
	Corrections map[string]*Correction
	Tombstones  map[string]*Tombstone
}

// Overrides returns the corrections and tombstones of ids, in one read
// transaction. An archive of a format before 4 has none.
func (s *Store) Overrides(ids []string) (Overrides, error) {
	o := Overrides{Corrections: map[string]*Correction{}, Tombstones: map[string]*Tombstone{}}
	err := s.db.View(func(tx *bolt.Tx) error {
		cb, tb := tx.Bucket(bucketCorrections), tx.Bucket(bucketTombstones)
		for _, id := range ids {
			if cb != nil {
				if v := cb.Get([]byte(id)); v != nil {
					c := &Correction{}
					if err := json.Unmarshal(v, c); err != nil {
						return fmt.Errorf("correction of %q: %w: %v", id, ErrFormat, err)
					}
					o.Corrections[id] = c
				}
			}
			if tb != nil {
				if v := tb.Get([]byte(id)); v != nil {
					t := &Tombstone{}
					if err := json.Unmarshal(v, t); err != nil {
						return fmt.Errorf("tombstone of %q: %w: %v", id, ErrFormat, err)
					}
					o.Tombstones[id] = t
				}
			}
		}
		return nil
	})
	return o, err
}

// Correction returns the correction of id, nil when it has none.
func (s *Store) Correction(id string) (*Correction, error) {
	o, err := s.Overrides([]string{id})
	if err != nil {
		return nil, err
	}
	return o.Corrections[id], nil
}

// Correct stores a, already corrected, with its correction c (removed when
// empty) and the audit entry e, in one transaction, and journals a for
// the index.
func (s *Store) Correct(a *Article, c *Correction, e AuditEntry) error {
	rec, err := EncodeRecord(a)
	if err != nil {
		return fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		ab, jb := tx.Bucket(bucketArticles), tx.Bucket(bucketJournal)
		if ab.Get([]byte(a.ID)) == nil {
			return fmt.Errorf("article %q: %w", a.ID, ErrNotFound)
		}
		if err := upgradeFormat(tx); err != nil {
			return err
		}
		if err := putCorrection(tx, a.ID, c); err != nil {
			return err
		}
		if err := ab.Put([]byte(a.ID), rec); err != nil {
			return err
		}
		if err := jb.Put([]byte(a.ID), []byte(OpPut)); err != nil {
			return err
		}
		if err := appendAudit(tx, e); err != nil {
			return err
		}
		Pause(PauseCorrectTx)
		return nil
	})
	if err != nil {
		return fmt.Errorf("correct article %s in %s: %w", a.ID, s.dir, err)
	}
	return nil
}

// SaveCorrections stores corrections (an empty one removes it) and audit
// entries in one transaction: the conflicts an ingest reported.
func (s *Store) SaveCorrections(cs map[string]*Correction, entries []AuditEntry) error {
	ids := make([]string, 0, len(cs))
	for id := range cs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return s.db.Update(func(tx *bolt.Tx) error {
		for _, id := range ids {
			if err := putCorrection(tx, id, cs[id]); err != nil {
				return err
			}
		}
		for _, e := range entries {
			if err := appendAudit(tx, e); err != nil {
				return err
			}
		}
		return nil
	})
}

func putCorrection(tx *bolt.Tx, id string, c *Correction) error {
	cb, err := tx.CreateBucketIfNotExists(bucketCorrections)
	if err != nil {
		return err
	}
	if c.Empty() {
		return cb.Delete([]byte(id))
	}
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return cb.Put([]byte(id), v)
}

// AllCorrections iterates over every correction in id order.
func (s *Store) AllCorrections() iter.Seq2[string, *Correction] {
	return func(yield func(string, *Correction) bool) {
		s.db.View(func(tx *bolt.Tx) error {
			cb := tx.Bucket(bucketCorrections)
			if cb == nil {
				return nil
			}
			c := cb.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				corr := &Correction{}
				if json.Unmarshal(v, corr) != nil {
					continue
				}
				if !yield(string(k), corr) {
					return nil
				}
			}
			return nil
		})
	}
}

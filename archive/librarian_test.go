package archive

import (
	"errors"
	"reflect"
	"strconv"
	"testing"
	"time"
)

// TestLibrarianLayerOnV3: an archive written by a v3 binary (no
// corrections, tombstones, quarantine or audit buckets) reads as having
// none; the first correction creates its bucket and records format 4, so
// a v3 binary (which would undo it) then refuses the archive.
func TestLibrarianLayerOnV3(t *testing.T) {
	a := &Article{ID: "a-1", Title: "Talks", Date: day(2004, time.July, 24), Body: "Envoys met.", Source: "VOA", Persons: []string{"Alex Brown"}}
	rec, err := EncodeRecord(a)
	if err != nil {
		t.Fatal(err)
	}
	dir := oldArchive(t, "3", map[string][]byte{a.ID: rec})
	ro := mustOpen(t, dir, StoreOptions{ReadOnly: true})
	o, err := ro.Overrides([]string{a.ID})
	if err != nil || len(o.Corrections)+len(o.Tombstones) != 0 {
		t.Fatalf("Overrides of a v3 archive = %+v, %v", o, err)
	}
	for range ro.AuditLog() {
		t.Fatal("a v3 archive has an audit log")
	}
	ro.Close()

	s := mustOpen(t, dir, StoreOptions{})
	c := &Correction{Fields: map[string]FieldEdit{"title": {Was: "Talks", Now: "Talks resume"}}, Remove: map[string][]string{"person": {"Alex Brown"}}, Add: map[string][]string{"org": {"Brown and Sons Inc"}}}
	c.Base = c.Input(a).ContentHash()
	b := *a
	c.Apply(&b)
	if b.Title != "Talks resume" || b.Persons != nil || !reflect.DeepEqual(b.Orgs, []string{"Brown and Sons Inc"}) {
		t.Fatalf("Apply = %+v", b)
	}
	if err := s.Correct(&b, c, AuditEntry{Command: "test", Action: ActionEdit, IDs: []string{a.ID}}); err != nil {
		t.Fatal(err)
	}
	if got := format(t, s); got != strconv.Itoa(FormatVersion) {
		t.Errorf("format after a correction = %s, want %d", got, FormatVersion)
	}
	got, err := s.Correction(a.ID)
	if err != nil || !reflect.DeepEqual(got, c) {
		t.Errorf("Correction = %+v, %v; want %+v", got, err, c)
	}
	// The input as read again: no conflict; with a changed title: one,
	// reported once.
	if conflict, _ := got.Reconcile(a); conflict {
		t.Error("the same input is a conflict")
	}
	changed := *a
	changed.Title = "Talks again"
	if conflict, fields := got.Reconcile(&changed); !conflict || !reflect.DeepEqual(fields, []string{"title"}) {
		t.Errorf("Reconcile of a changed title = %v, %v", conflict, fields)
	}
	if conflict, _ := got.Reconcile(&changed); conflict {
		t.Error("a conflict is reported twice")
	}

	removed, missing, err := s.Remove([]string{a.ID, "nope"}, "court order", AuditEntry{Command: "test"})
	if err != nil || !reflect.DeepEqual(removed, []string{a.ID}) || !reflect.DeepEqual(missing, []string{"nope"}) {
		t.Fatalf("Remove = %v, %v, %v", removed, missing, err)
	}
	if _, err := s.Get(a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Remove = %v", err)
	}
	if j, _ := s.Journal(); j[a.ID] != OpDelete {
		t.Errorf("journal after Remove = %v", j)
	}
	restored, _, err := s.Unremove([]string{a.ID}, AuditEntry{Command: "test"})
	if err != nil || len(restored) != 1 {
		t.Fatalf("Unremove = %v, %v", restored, err)
	}
	if back, err := s.Get(a.ID); err != nil || !reflect.DeepEqual(back, &b) {
		t.Errorf("Get after Unremove = %+v, %v", back, err)
	}
	var actions []string
	for e, err := range s.AuditLog() {
		if err != nil || e.User == "" || e.Time.IsZero() {
			t.Errorf("audit entry %+v, %v", e, err)
		}
		actions = append(actions, e.Action)
	}
	if want := []string{ActionEdit, ActionRemove, ActionUnremove}; !reflect.DeepEqual(actions, want) {
		t.Errorf("audit actions = %v, want %v", actions, want)
	}
}

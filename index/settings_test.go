package index

import (
	"errors"
	"testing"
	"time"

	"chancery/archive"
)

func TestSettingsUsable(t *testing.T) {
	for _, tc := range []struct {
		name          string
		hash          string
		usable, older bool
	}{
		{"current", SettingsHash(), true, false},
		{"earlier, offsets and stored band fields", "3f75d0b24077ad31", true, true},
		{"unknown", "0123456789abcdef", false, false},
		{"none recorded", "", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if usable, older := SettingsUsable(tc.hash); usable != tc.usable || older != tc.older {
				t.Errorf("SettingsUsable(%q) = %v, %v; want %v, %v", tc.hash, usable, older, tc.usable, tc.older)
			}
		})
	}
}

// TestOpenWithRecordedSettings opens an archive whose recorded settings are
// earlier compatible ones (used as they are, reported by Verify) or
// unknown ones (refused with ErrSettings).
func TestOpenWithRecordedSettings(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := &archive.Article{ID: "talks", Title: "Talks resume", Date: time.Date(2004, 7, 24, 0, 0, 0, 0, time.UTC), Body: "The ministers met in Geneva and agreed to resume the talks."}
	if _, err := ix.Store.Put([]*archive.Article{a}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put([]*archive.Article{a}); err != nil {
		t.Fatal(err)
	}
	record := func(h string) {
		t.Helper()
		if err := ix.Store.SetMeta(archive.MetaSettings, h); err != nil {
			t.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}

	record("3f75d0b24077ad31")
	ix, err = Open(dir, Options{})
	if err != nil {
		t.Fatalf("earlier settings refused: %v", err)
	}
	res, err := ix.Search(t.Context(), Request{Query: `"resume the talks"`, Size: 10})
	if err != nil || res.Total != 1 {
		t.Fatalf("search with earlier settings: %v, %+v", err, res)
	}
	r, err := ix.Verify(false)
	if err != nil {
		t.Fatal(err)
	}
	if !r.SettingsOK || !r.SettingsOlder || !r.OK() {
		t.Errorf("verify with earlier settings: %+v", r)
	}

	record("0123456789abcdef")
	if ix, err = Open(dir, Options{}); !errors.Is(err, ErrSettings) {
		if err == nil {
			ix.Close()
		}
		t.Fatalf("unknown settings: err %v, want ErrSettings", err)
	}
}

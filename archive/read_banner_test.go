package archive

import (
	"strings"
	"testing"
)

// TestCutCaptureBanner checks which lines of an archive's or a cache's
// banner go, and the captured address kept.
func TestCutCaptureBanner(t *testing.T) {
	for _, tc := range []struct {
		name, in, first, url string
	}{
		{"wayback toolbar", "INTERNET ARCHIVE\nWayback Machine\nhttp://ledger.example/world/2004/11/story.html\nGo\n243 captures\n12 Dec 2004 - 08 Mar 2016\nNOV DEC JAN\n14\n2003 2004 2005\n\nThe Harbour Ledger",
			"The Harbour Ledger", "http://ledger.example/world/2004/11/story.html"},
		{"wayback stamp", "The Wayback Machine - https://web.archive.org/web/20190514093012/https://ledger.example/world/asia/3010293\n\nThe Harbour Ledger",
			"The Harbour Ledger", "https://ledger.example/world/asia/3010293"},
		{"search cache, two blocks", "This is G o o g l e's cache of http://ledger.example/news/intl_talks.html as retrieved on Dec 13, 2005 07:22:14 GMT.\nG o o g l e's cache is the snapshot that we took of the page as we crawled the web.\n\nGoogle is neither affiliated with the authors of this page nor responsible for its content.\nThese search terms have been highlighted: envoy talks\n\n\nThe Harbour Ledger",
			"The Harbour Ledger", "http://ledger.example/news/intl_talks.html"},
		{"library archive", "National Library Web Archive — Archived Content\nInformation identified as archived is provided for reference, research or recordkeeping purposes.\nDate archived: 2010-11-02\n\nThe Harbour Ledger",
			"The Harbour Ledger", ""},
		{"banner run into the page", "This page was captured on 2 March 2012 and may not reflect the current version of the site.\nThe Harbour Ledger\nEnvoys sign border accord\nThe two governments signed the agreement in the capital on Monday after three years of talks, officials said, and the accord takes effect in January.",
			"The Harbour Ledger", ""},
		{"no banner", "The Harbour Ledger\nThis page was captured on 2 March 2012.", "The Harbour Ledger", ""},
		{"a story on an archive", "Envoys sign border accord\n\nThe national library's web archive was captured on Monday by a crawler, officials said.", "Envoys sign border accord", ""},
	} {
		lines, url := cutCaptureBanner(strings.Split(tc.in, "\n"))
		first := ""
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				first = strings.TrimSpace(l)
				break
			}
		}
		if first != tc.first || url != tc.url {
			t.Errorf("%s: first line %q, address %q; want %q, %q", tc.name, first, url, tc.first, tc.url)
		}
	}
}

// TestCaptureBannerPage reads a page saved from a web archive: the banner's
// name is no headline, its capture day is no date, and the captured
// address is the article's.
func TestCaptureBannerPage(t *testing.T) {
	page := "PANDORA Archive\nAustralia's Web Archive\nThis is an archived copy of a website. Archived: 7 September 2007. Links may not work.\nTitle: The Harbour Ledger\nOriginal URL: http://ledger.example/world/accord.html\n\n" +
		"The Harbour Ledger — Online Edition\nFRONT PAGE  NATIONAL  WORLD\n\nEnvoys sign border accord\nBy Ana Ruiz\n\n" +
		"The two governments signed the agreement in the capital on Monday after three years of talks, officials said.\n\n" +
		"\"This is a beginning,\" the foreign minister told reporters after the ceremony.\n"
	a, re := readOne(t, NewTextReader(strings.NewReader(page), "page.txt", ReadOptions{Now: testNow}))
	if re != nil {
		t.Fatal(re)
	}
	if a.Title != "Envoys sign border accord" || !a.Date.IsZero() || a.URL != "http://ledger.example/world/accord.html" {
		t.Errorf("title %q, date %q, address %q; want the headline, no date, the captured address", a.Title, a.DateString(), a.URL)
	}
}

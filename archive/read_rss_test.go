package archive

import (
	"strings"
	"testing"
	"time"
)

func TestRSSReader(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lakeside Herald</title><link>https://herald.example/</link>
<item><title>Envoys Meet in Geneva</title><link>https://herald.example/1</link>
<guid>https://herald.example/1</guid><pubDate>Tue, 01 Mar 2005 18:30:00 +0100</pubDate>
<dc:creator>Jane Doe</dc:creator>
<description>&lt;p&gt;The envoys met.&lt;/p&gt;&lt;p&gt;They will meet again.&lt;/p&gt;</description></item>
<item><title>Talks Resume</title><description>Delegates returned.</description><pubDate>03/04/2005</pubDate></item>
<item><description></description></item>
<item><title>Summit &amp; Dinner</title><content:encoded><![CDATA[<p>Leaders dined.</p>]]></content:encoded></item>
</channel></rss>`
	arts, rejects := readAll(t, NewRSSReader(strings.NewReader(rss), "feed.xml", ReadOptions{Now: testNow}))
	if len(arts) != 3 || len(rejects) != 1 {
		t.Fatalf("%d articles, %d rejects %v", len(arts), len(rejects), rejects)
	}
	a := arts[0]
	if a.Title != "Envoys Meet in Geneva" || a.Source != "Lakeside Herald" || a.DateString() != "2005-03-01" ||
		a.URL != "https://herald.example/1" || a.Byline != "Jane Doe" || a.Body != "The envoys met.\n\nThey will meet again." ||
		a.ID != DeriveID("Lakeside Herald", "https://herald.example/1", time.Time{}, "") {
		t.Errorf("item 1: %+v", a)
	}
	if a := arts[1]; !a.Date.IsZero() || len(a.Notes) != 1 || !strings.Contains(a.Notes[0], "ambiguous") {
		t.Errorf("item 2: %+v", a)
	}
	if a := arts[2]; a.Title != "Summit & Dinner" || a.Body != "Leaders dined." {
		t.Errorf("item 4: %+v", a)
	}
	if re := rejects[0]; re.Record != "item 3" || re.Line == 0 || !strings.Contains(re.Error(), "no title and no text") {
		t.Errorf("reject: %v", re)
	}
}

func TestAtomReader(t *testing.T) {
	atom := `<?xml version="1.0" encoding="ISO-8859-1"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title>
<entry><title>Ministers Meet in Bras` + "\xed" + `lia</title><id>tag:valley.example,2005:1</id>
<link rel="alternate" href="https://valley.example/1"/><published>2005-03-01T10:00:00Z</published>
<author><name>Ann Lee</name></author><summary>The ministers met.</summary></entry>
<entry><title>Broken`
	arts, rejects := readAll(t, NewRSSReader(strings.NewReader(atom), "feed.atom", ReadOptions{Now: testNow}))
	if len(arts) != 1 || arts[0].Title != "Ministers Meet in Brasília" || arts[0].Source != "Valley Post" ||
		arts[0].URL != "https://valley.example/1" || arts[0].Byline != "Ann Lee" || arts[0].DateString() != "2005-03-01" {
		t.Errorf("articles %+v", arts)
	}
	if len(rejects) != 1 || rejects[0].Record != "rest of feed" {
		t.Errorf("rejects %v", rejects)
	}
}

package archive

import (
	"strings"
	"testing"
)

// sgmRecord builds an invented Reuters-21578 style record.
func sgmRecord(newID, date, text string) string {
	return `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="` + newID + `">
<DATE>` + date + `</DATE>
<TOPICS><D>trade</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN> 
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0001&#31;reute
u f BC-TEST   02-26 0100</UNKNOWN>
` + text + `
</REUTERS>
`
}

func TestReutersReader(t *testing.T) {
	normal := `<TEXT>&#2;
<TITLE>ENVOYS MEET ON GRAIN &lt;TRADE&gt; PACT</TITLE>
<DATELINE>    GENEVA, Feb 26 - </DATELINE><BODY>Envoys of two grain exporters met
on Thursday to discuss a trade pact, officials said.
    The talks will resume in March, &amp; a draft is ready.
 Reuter
&#3;</BODY></TEXT>`
	unproc := `<TEXT TYPE="UNPROC">&#2;
GRAIN STOCKS REPORT - FEB 26
    Wheat..........1,234 vs 1,100
 Reuter
&#3;

</TEXT>`
	brief := `<TEXT TYPE="BRIEF">&#2;
******<TITLE>ENVOYS SAY GRAIN PACT IS NEAR
</TITLE>Blah blah blah.
&#3;

</TEXT>`
	in := `<!DOCTYPE lewis SYSTEM "lewis.dtd">` + "\n" +
		sgmRecord("101", "26-FEB-1987 15:01:01.79", normal) +
		sgmRecord("102", " 9-APR-1987 13:32:06.7&#5;&#5;&#5;F", unproc) +
		sgmRecord("103", "31-MAR-1987 605:12:19.12", brief) +
		sgmRecord("104", "30-FEB-1987 10:00:00.00", normal) +
		sgmRecord("105", "", normal) +
		"<REUTERS NEWID=\"106\">\n<DATE>1-MAR-1987 10:00:00.00</DATE>\n<TEXT>&#2;\n<TITLE>CUT OFF"

	arts, rejects := readAll(t, NewReutersReader(strings.NewReader(in), "r.sgm", ReadOptions{Now: testNow}))
	if len(arts) != 5 {
		t.Fatalf("%d articles, want 5", len(arts))
	}
	a := arts[0]
	if a.ID != "reuters-101" || a.Title != "ENVOYS MEET ON GRAIN <TRADE> PACT" || a.DateString() != "1987-02-26" ||
		a.Dateline != "GENEVA, Feb 26 -" || a.Source != "Reuters" || a.Origin != "r.sgm:2" || len(a.Notes) != 0 {
		t.Errorf("normal record: %+v", a)
	}
	if want := "Envoys of two grain exporters met\non Thursday to discuss a trade pact, officials said.\n\nThe talks will resume in March, & a draft is ready."; a.Body != want {
		t.Errorf("body %q\nwant %q", a.Body, want)
	}
	if a := arts[1]; a.Title != "" || a.DateString() != "1987-04-09" || a.Body != "GRAIN STOCKS REPORT - FEB 26\n\nWheat..........1,234 vs 1,100" {
		t.Errorf("UNPROC record: %+v", a)
	}
	if a := arts[2]; a.Title != "ENVOYS SAY GRAIN PACT IS NEAR" || a.Body != "" || a.DateString() != "1987-03-31" {
		t.Errorf("BRIEF record: %+v", a)
	}
	if a := arts[3]; !a.Date.IsZero() || len(a.Notes) != 1 || !strings.Contains(a.Notes[0], "no such day") {
		t.Errorf("impossible date: %+v", a)
	}
	if a := arts[4]; !a.Date.IsZero() || len(a.Notes) != 1 || a.Notes[0] != "no date found" {
		t.Errorf("empty date: %+v", a)
	}
	if len(rejects) != 1 || rejects[0].Record != "NEWID=106" || !strings.Contains(rejects[0].Error(), "not closed") ||
		!strings.HasPrefix(rejects[0].Error(), "r.sgm:") {
		t.Errorf("rejects %v", rejects)
	}
}

func TestReutersLatin1(t *testing.T) {
	in := sgmRecord("7", "2-JUN-1987 10:00:00.00", "<TEXT>&#2;\n<TITLE>M\xdcNCHEN TALKS</TITLE>\n<BODY>Talks in M\xfcnchen.\n Reuter\n&#3;</BODY></TEXT>")
	a, re := readOne(t, NewReutersReader(strings.NewReader(in), "r.sgm", ReadOptions{}))
	if re != nil {
		t.Fatal(re)
	}
	if a.Title != "MÜNCHEN TALKS" || a.Body != "Talks in München." || len(a.Notes) != 1 || !strings.Contains(a.Notes[0], "Latin-1") {
		t.Errorf("%+v", a)
	}
}

func TestReutersNoRecord(t *testing.T) {
	_, re := readOne(t, NewReutersReader(strings.NewReader("just text\n"), "r.sgm", ReadOptions{}))
	if re == nil || !strings.Contains(re.Error(), "no <REUTERS> record") {
		t.Errorf("got %v", re)
	}
}

func TestReutersRecordTooBig(t *testing.T) {
	big := sgmRecord("1", "2-JUN-1987", "<TEXT><TITLE>BIG</TITLE><BODY>"+strings.Repeat("word word word\n", 10000)+"</BODY></TEXT>")
	small := sgmRecord("2", "2-JUN-1987", "<TEXT><TITLE>SMALL</TITLE><BODY>Small.</BODY></TEXT>")
	arts, rejects := readAll(t, NewReutersReader(strings.NewReader(big+small), "r.sgm", ReadOptions{MaxRecordBytes: 4096}))
	if len(arts) != 1 || arts[0].ID != "reuters-2" || len(rejects) != 1 || rejects[0].Record != "NEWID=1" || rejects[0].Line != 1 {
		t.Errorf("articles %v rejects %v", arts, rejects)
	}
	if len(arts) == 1 && arts[0].Origin != "r.sgm:10015" {
		t.Errorf("origin %q", arts[0].Origin)
	}
}

func TestReutersTwoRecordsOnALine(t *testing.T) {
	in := `<REUTERS NEWID="1"><DATE>2-JUN-1987</DATE><TEXT><TITLE>A</TITLE></TEXT></REUTERS><REUTERS NEWID="2"><TEXT><TITLE>B</TITLE></TEXT></REUTERS>` + "\n"
	arts, rejects := readAll(t, NewReutersReader(strings.NewReader(in), "r.sgm", ReadOptions{}))
	if len(arts) != 2 || len(rejects) != 0 || arts[1].ID != "reuters-2" || arts[1].Origin != "r.sgm:1" {
		t.Errorf("articles %v rejects %v", arts, rejects)
	}
}

func TestTrimSignOff(t *testing.T) {
	checkEach(t, "trimSignOff", trimSignOff, map[string]string{
		"Text.\n Reuter\n":          "Text.",
		"Text.\nREUTER...":          "Text.",
		"Text. REUTER":              "Text.",
		"Text said.\nReuters":       "Text said.",
		"The report, said Reuters.": "The report, said Reuters.",
		"Text. REUTERS":             "Text.",
		"Reuter":                    "",
		"No sign-off here.":         "No sign-off here.",
		"Ends with shareuter":       "Ends with shareuter",
	})
}

package main

import (
	"errors"
	"io"
	"reflect"
	"testing"
)

// An invented record in the Reuters-21578 SGML layout.
const sgmlRecord = `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="42">
<DATE> 3-MAR-1987 09:15:00.10</DATE>
<TOPICS><D>grain</D><D>trade</D></TOPICS>
<PLACES><D>usa</D><D>ussr</D></PLACES>
<PEOPLE><D>invented-person</D></PEOPLE>
<UNKNOWN>&#5;&#5;&#5;junk</UNKNOWN>
<TEXT>&#2;
<TITLE>ENVOYS MEET ON GRAIN &amp; WHEAT</TITLE>
<DATELINE>    GENEVA, March 3 - </DATELINE><BODY>Envoys of two countries met to talk about &lt;wheat&gt; sales.
 Reuter
&#3;</BODY></TEXT>
`

func TestParseReuters(t *testing.T) {
	d := parseReuters(sgmlRecord)
	if d == nil {
		t.Fatal("no doc")
	}
	want := &doc{
		ID: "reuters-42", Title: "ENVOYS MEET ON GRAIN & WHEAT", Date: "1987-03-03",
		Body:      "GENEVA, March 3 - Envoys of two countries met to talk about <wheat> sales.\n Reuter",
		Source:    "Reuters",
		Persons:   []string{"invented-person"},
		Countries: []string{"usa", "ussr"},
		Topics:    []string{"grain", "trade"},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got  %+v\nwant %+v", d, want)
	}
	if parseReuters(`<REUTERS NEWID="7"><TEXT>&#2;</TEXT>`) != nil {
		t.Errorf("a record without text gave a doc")
	}
	unproc := parseReuters(`<REUTERS NEWID="8"><DATE>bad</DATE><TEXT TYPE="UNPROC">&#2; raw wire text</TEXT>`)
	if unproc == nil || unproc.Body != "raw wire text" || unproc.Date != "" {
		t.Errorf("unprocessed record: %+v", unproc)
	}
}

func TestReutersShared(t *testing.T) {
	dir, ok := findShared("corpora/reuters21578")
	if !ok {
		t.Skip("../shared/corpora/reuters21578 is absent: the Reuters reader is tested on the invented record only")
	}
	rr, err := newReutersReader(dir)
	if err != nil {
		t.Skip(err)
	}
	n, dated := 0, 0
	for {
		d, err := rr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
		if d.Date != "" {
			dated++
		}
	}
	// reut2-000..013 hold 14,000 records, a few without any text.
	if n < 13500 || n > 14000 || dated < n-10 {
		t.Errorf("read %d docs, %d dated, want about 14,000, nearly all dated", n, dated)
	}
}

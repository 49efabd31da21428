package main

import (
	"bytes"
	"os"
	"testing"
)

func TestTracer(t *testing.T) {
	var pass bytes.Buffer
	tc := newTracer(&pass)
	tc.Write([]byte("first li"))
	tc.Write([]byte("ne\nprogress 1\rprogress 2\nlast"))
	for i := 0; i < 2*maxTraceSamples+3; i++ {
		tc.sample(float64(i))
	}
	tr := tc.stop()
	if pass.String() != "first line\nprogress 1\rprogress 2\nlast" {
		t.Errorf("passed on %q", pass.String())
	}
	if len(tr.Lines) != 2 || tr.Lines[0].Line != "first line" || tr.Lines[1].Line != "progress 2" {
		t.Errorf("lines %+v", tr.Lines)
	}
	if n := len(tr.RSS); n == 0 || n >= maxTraceSamples {
		t.Fatalf("%d samples kept, want between 1 and %d", n, maxTraceSamples)
	}
	if last := tr.RSS[len(tr.RSS)-1][1]; last < float64(2*maxTraceSamples)-4 {
		t.Errorf("last kept sample %v, want one of the latest", last)
	}
	if mib, ok := procRSS(os.Getpid()); !ok || mib <= 0 {
		t.Errorf("procRSS(self) = %v, %v", mib, ok)
	}
}

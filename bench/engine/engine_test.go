package engine

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ds := func(ms ...int) []time.Duration {
		out := make([]time.Duration, len(ms))
		for i, m := range ms {
			out[i] = time.Duration(m) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	for _, tc := range []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one", ds(7), 99, 7 * time.Millisecond},
		{"median of odd", ds(1, 2, 3, 4, 5), 50, 3 * time.Millisecond},
		{"median of even is the lower", ds(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"p99 of 100", ds(hundred...), 99, 99 * time.Millisecond},
		{"p100", ds(1, 2, 3), 100, 3 * time.Millisecond},
	} {
		if got := Percentile(tc.sorted, tc.p); got != tc.want {
			t.Errorf("%s: Percentile(p%v) = %v, want %v", tc.name, tc.p, got, tc.want)
		}
	}
}

func TestSummarise(t *testing.T) {
	l := Summarise([]time.Duration{3 * time.Millisecond, time.Millisecond, 2 * time.Millisecond})
	want := Latency{N: 3, P50ms: 2, P99ms: 3, MeanMs: 2}
	if l != want {
		t.Errorf("Summarise = %+v, want %+v", l, want)
	}
}

// fake answers every query with the number of its terms and counts calls.
type fake struct{ calls map[string]int }

func (f *fake) Search(_ context.Context, q Query) (Result, error) {
	f.calls[q.Class]++
	if q.Terms[0] == "fail" {
		return Result{}, errors.New("boom")
	}
	return Result{Total: len(q.Terms)}, nil
}
func (f *fake) Close() error { return nil }

func TestTime(t *testing.T) {
	qs := []Query{
		{Class: ClassTerm, Terms: []string{"a"}},
		{Class: ClassTerm, Terms: []string{"b"}},
		{Class: ClassAnd, Terms: []string{"a", "b"}},
	}
	f := &fake{calls: map[string]int{}}
	rep, err := Time(context.Background(), f, qs, 10, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := []int{rep.Results[0].Total, rep.Results[1].Total, rep.Results[2].Total}; !reflect.DeepEqual(got, []int{1, 1, 2}) {
		t.Errorf("results %v, want one per query in order", got)
	}
	if f.calls[ClassTerm] != 2*3+10 || f.calls[ClassAnd] != 3+10 {
		t.Errorf("calls %v, want warm-up 3 per query plus 10 timed per class", f.calls)
	}
	if rep.Classes[ClassTerm].N != 10 || rep.Classes[ClassAnd].N != 10 {
		t.Errorf("classes %+v, want 10 timed runs each", rep.Classes)
	}
	if _, ok := rep.Classes[ClassPhrase]; ok {
		t.Errorf("a class with no queries was timed")
	}
	if _, err := Time(context.Background(), f, []Query{{Class: ClassTerm, Terms: []string{"fail"}}}, 1, 1); err == nil {
		t.Errorf("a failing search did not fail the run")
	}
}

func TestQuerySetRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.json")
	in := QuerySet{Years: []int{2000, 2001}, Queries: []Query{{Class: ClassPhrase, Terms: []string{"prime", "minister"}, DF: 0.1}}}
	if err := WriteQuerySet(path, in); err != nil {
		t.Fatal(err)
	}
	out, err := ReadQuerySet(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("read back %+v, want %+v", out, in)
	}
	if s := in.Queries[0].String(); s != `"prime minister"` {
		t.Errorf("phrase prints as %s", s)
	}
}

package index

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestDefaultSort: a search with words ranks by relevance; one with only
// filters and dates, which have nothing to rank by, lists the articles
// oldest first unless a sort is asked for.
func TestDefaultSort(t *testing.T) {
	ix := filledReadOnly(t, 400, 7)
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name string
		req  Request
		want string // "date", "-date" or "relevance"
	}{
		{"everything", Request{}, "date"},
		{"country filter", Request{Countries: []string{"Iraq"}}, "date"},
		{"dates alone", Request{From: day("2001-01-01"), To: day("2003-12-31")}, "date"},
		{"field query", Request{Query: `country:Iraq person:"Sergei Lavrov"`}, "date"},
		{"filter, newest first", Request{Countries: []string{"Iraq"}, Sort: "-date"}, "-date"},
		{"words", Request{Query: "talks OR treaty", From: day("2001-01-01")}, "relevance"},
		{"words and filter", Request{Query: "oil", Countries: []string{"Iraq"}}, "relevance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.Size, tt.req.AllVersions = 30, true
			res, err := ix.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) < 10 {
				t.Fatalf("%d hits: too few to see an order", len(res.Hits))
			}
			var dates []string
			var scores []float64
			for _, h := range res.Hits {
				dates, scores = append(dates, h.Date), append(scores, -h.Score)
			}
			switch tt.want {
			case "date":
				if !slices.IsSorted(dates) || dates[0] == dates[len(dates)-1] {
					t.Errorf("dates %v, want oldest first", dates)
				}
			case "-date":
				slices.Reverse(dates)
				if !slices.IsSorted(dates) || dates[0] == dates[len(dates)-1] {
					t.Errorf("dates %v, want newest first", dates)
				}
			case "relevance":
				if !slices.IsSorted(scores) || scores[0] == scores[len(scores)-1] || slices.IsSorted(dates) {
					t.Errorf("scores %v, dates %v: want ranked by score, not by date", scores, dates)
				}
			}
		})
	}
}

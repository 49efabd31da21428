package query

import "testing"

var benchQueries = []struct{ name, q string }{
	{"words", "Lavrov Zebari"},
	{"boolean", `(Russia OR Iraq) (debt OR "oil and gas") -Kuwait NOT date:<2003`},
	{"fields", `person:"Sergei Lavrov" country:Iraq topic:diplomacy title:peace* date:2004-07..2004-12`},
	{"proximity", `"Lavrov Zebari"~10 "no fly zone"`},
}

// BenchmarkParseQuery measures what a search pays before Bleve runs:
// Parse and Schema.Query.
func BenchmarkParseQuery(b *testing.B) {
	for _, bq := range benchQueries {
		b.Run(bq.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n, err := Parse(bq.q)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := testSchema.Query(n); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

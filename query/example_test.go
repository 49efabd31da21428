package query_test

import (
	"errors"
	"fmt"

	"chancery/query"
)

func ExampleParse() {
	for _, q := range []string{
		`Lavrov Zebari OR Annan`,
		`(Russia OR Iraq) debt NOT Kuwait`,
		`"no fly zone" person:"Sergei Lavrov" date:2004-07..2004-12`,
		`"Lavrov Zebari"~10 diplomat* -title:oil`,
	} {
		n, err := query.Parse(q)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(n)
	}
	// Output:
	// (Lavrov Zebari) OR Annan
	// (Russia OR Iraq) debt -Kuwait
	// "no fly zone" person:"Sergei Lavrov" date:2004-07..2004-12
	// "Lavrov Zebari"~10 diplomat* -title:oil
}

func ExampleSyntaxError_Caret() {
	q := `peacekeeping AND (Lavrov OR Zebari`
	_, err := query.Parse(q)
	var se *query.SyntaxError
	if errors.As(err, &se) {
		fmt.Println(se)
		fmt.Println(se.Caret(q))
	}
	// Output:
	// column 18: unbalanced parenthesis: ( is never closed
	// peacekeeping AND (Lavrov OR Zebari
	//                  ^
}

func ExampleTerms() {
	n, _ := query.Parse(`"no fly zone" (Iraq OR Kuwait) -oil diplomat* country:Iraq`)
	fmt.Printf("%q\n", query.Terms(n))
	// Output:
	// ["no fly zone" "Iraq" "Kuwait" "diplomat*"]
}

package entities

import (
	"slices"
	"testing"

	"chancery/archive"
)

// TestTopicEvidence checks the rules that keep a topic off an article
// whose only cue is a name or one keyword. The articles are invented.
func TestTopicEvidence(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		title, body string
		want, not   []string
	}{
		{
			name:  "a person's surname is no commodity",
			title: "Straw and Rice discuss Iran at London talks",
			body: "LONDON - Foreign Secretary Jack Straw and US Secretary of State Condoleezza Rice discussed Iran's nuclear plans in London on Monday.\n\n" +
				"Rice said Washington and its European partners stood together on Iran. \"Iran must return to negotiations,\" Straw said after the meeting.",
			want: []string{"diplomacy"},
			not:  []string{"commodities market", economyLabel},
		},
		{
			name:  "a company's name is no science",
			title: "QUILLBRIDGE TECHNOLOGIES <QBTX> WINS CONTRACT",
			body: "Quillbridge Technologies Inc said it has received a contract " +
				"worth 4.2 mln dlrs to supply office furniture to a county school district.\n\n" +
				"Quillbridge Technologies said deliveries begin in June.",
			want: []string{economyLabel, "business information"},
			not:  []string{"science and technology", "technology and engineering"},
		},
		{
			name:  "company news still carries its subject with evidence",
			title: "ORMSBY DATA <ORMD> LAUNCHES NEW COMPUTER",
			body: "Ormsby Data Corp said it launched a desktop computer with a faster " +
				"processor and new software for engineering offices.\n\n" +
				"The computer will sell for 3,000 dlrs, the company said.",
			want: []string{economyLabel, "computing and information technology"},
			not:  []string{"science and technology"},
		},
		{
			name:  "a trade dispute over chips is trade, not science",
			title: "TOKYO AND WASHINGTON CLASH OVER CHIP EXPORTS",
			body: "Japan rejected U.S. charges that its semiconductor makers sold chips " +
				"below cost, and said the microchip trade pact was working.\n\n" +
				"U.S. officials said tariffs on Japanese computers remained likely.",
			want: []string{economyLabel, "international trade"},
			not:  []string{"science and technology"},
		},
		{
			name:  "research is science, whoever pays for it",
			title: "LAB REPORTS ADVANCE IN SUPERCONDUCTOR RESEARCH",
			body: "Scientists at a government laboratory said they had found a " +
				"ceramic that carries current without loss at higher temperatures.\n\n" +
				"The research could lead to faster computers, the scientists said.",
			want: []string{"science and technology"},
		},
		{
			name:  "one keyword in the headline is no topic",
			title: "HARROWGATE BUYS FENWICK SEEDS",
			body: "Harrowgate Holdings said it agreed to buy Fenwick Seeds Co, a " +
				"maker of garden supplies, for 18 mln dlrs in cash.",
			not: []string{"sport"},
		},
		{
			name:  "one word twice is no topic",
			title: "AGENCY PROPOSES NEW RULE FOR TRUCKS",
			body: "The transport agency proposed that trucks carry a warning device " +
				"on the rear bumper. The device would cost about 40 dlrs, it said.",
			not: []string{"science and technology"},
		},
		{
			name:  "two distinct keywords make a topic",
			title: "Rival leagues agree a cup final date",
			body: "The two football leagues agreed on Monday to hold the cup final in May, " +
				"after the season's last match, the league's chairman said.",
			want: []string{"sport"},
		},
		{
			name:  "a headline opening with a company's name is company news",
			title: "HARWELL SYSTEMS WINS STATE CONTRACT",
			body: "Harwell Systems Inc said it won a 1.4 mln dlr contract to install " +
				"digital telephone exchanges, computer software and data networks for the state.\n\n" +
				"Harwell Systems said the network would be finished next year.",
			want: []string{economyLabel},
			not:  []string{"science and technology"},
		},
		{
			name:  "a headline alone names a field only by a strong cue",
			title: "SENATOR SIGNS CAP ON FEES",
			not:   []string{"sport"},
		},
		{
			name:  "a company's licence or pact is the deal, whatever it makes",
			title: "MARLOW DATA <MRLD> LICENSES SOFTWARE PRODUCT",
			body: "Marlow Data Corp said it licensed its software for numerical analysis " +
				"on personal computers to a textbook publisher, which will market it to universities.",
			want: []string{economyLabel},
			not:  []string{"science and technology"},
		},
		{
			name:  "a country opening the headline is no company",
			title: "U.S. APPROVES SALE OF SUPERCOMPUTER TO INDIA",
			body: "Washington approved the sale of a supercomputer to India for scientific " +
				"research on weather forecasting, U.S. Steel Corp's chairman told scientists " +
				"at a technology conference.",
			want: []string{"science and technology"},
		},
		{
			name:  "offshore banking is no oil",
			title: "OFFSHORE BANKING ASSETS RISE IN JANUARY",
			body: "Assets of the island's offshore banking units rose to 9.2 billion dlrs " +
				"in January from 8.7 billion in December, the central bank said.",
			want: []string{economyLabel},
			not:  []string{"oil and gas"},
		},
		{
			name:  "a crop's crude oil is no petroleum",
			title: "TARVANIA BUYS 40,000 TONNES OF SUNFLOWERSEED OIL",
			body: "Tarvania bought 40,000 tonnes of crude sunflowerseed oil at its import tender " +
				"for May arrival, traders said, and 5,000 tonnes of refined oil in drums.",
			want: []string{"commodities market"},
			not:  []string{"oil and gas"},
		},
		{
			name:  "a table of crude and refined soybean oils is no petroleum",
			title: "FACTORY STOCKS OF FATS AND OILS",
			body: "Factory and warehouse stocks at the end of the month, in mln lbs --\n\n" +
				" Soybean Oils --\n   Crude  1,663.3  1,542.6\n Refined  300.5  294.7\n" +
				" Corn Oils --\n   Crude  32.5  32.3\n Refined  65.8  54.4\n",
			not: []string{"oil and gas"},
		},
		{
			name:  "crude alone in a petroleum story is still oil",
			title: "REFINER RAISES CRUDE POSTINGS",
			body: "Marrow Refining Corp said it raised the prices it pays for crude by 50 cts " +
				"a barrel, effective today, bringing its posting for West Texas crude to 18 dlrs.",
			want: []string{"oil and gas"},
		},
		{
			name:  "a list of commodities is no vegetable oil",
			title: "PRICES OF WHEAT, OIL AND GOLD FALL",
			body: "Prices of wheat, oil and gold fell on Monday as the dollar rose. Crude oil " +
				"lost 40 cts a barrel, and wheat futures slipped.",
			want: []string{"oil and gas"},
		},
		{
			name:  "aid is not AIDS",
			title: "SENATE VOTES TO RELEASE AID TO FARMERS",
			body: "The Senate voted to release 40 mln dlrs of emergency aid to farmers " +
				"hit by drought, and a second aid package for exporters.",
			not: []string{"health"},
		},
		{
			name:  "the business climate is no environment",
			title: "WEST GERMAN BUSINESS CLIMATE WORSENS",
			body: "The business climate in West German industry worsened in March, an " +
				"economic institute said, as companies expected lower exports and weaker growth.",
			want: []string{economyLabel},
			not:  []string{"environment"},
		},
		{
			name:  "a nomination to an office is politics, not the arts",
			title: "PRESIDENT NOMINATES AGENCY DIRECTOR",
			body: "The president nominated the director of the federal agency to head the " +
				"treasury department, a day after withdrawing the nomination of his deputy, " +
				"who faced opposition in the Senate.",
			want: []string{"politics and government"},
			not:  []string{"arts, culture, entertainment and media"},
		},
		{
			name:  "players and matches in markets are no sport",
			title: "EXCHANGES JOIN IN TRADE MATCH SYSTEM",
			body: "Three clearing houses said they would match trades between market " +
				"players through one system, and the major players would join by June.",
			not: []string{"sport"},
		},
		{
			name:  "a carmaker's sports cars are no sport",
			title: "QUORVAL MOTOR HAS NO PLAN FOR SPORTS CARS ABROAD",
			body: "Quorval Motor Corp will not build its sports cars abroad, a spokesman said.\n\n" +
				"A newspaper had said the maker would move production of its two-seat sports car " +
				"to cut losses from the currency's rise.",
			not: []string{"sport"},
		},
		{
			name:  "a canal open for the season is no sport",
			title: "UPPER CANAL OPENS FOR SEASON",
			body: "The upper canal is now open to barge traffic after repairs to a lock were " +
				"completed, a spokesman for the waterway authority said.\n\n" +
				"Ice had closed two sections in the winter, and loading went on at terminals downstream.",
			not: []string{"sport"},
		},
		{
			name:  "a team's season is still sport",
			title: "WEXLEY ROVERS OPEN SEASON WITH WIN",
			body: "Wexley Rovers opened the season with a 2-0 win over Brackley, their striker " +
				"scoring twice before half-time as the league leaders kept a clean sheet.",
			want: []string{"sport"},
		},
		{
			name:  "engineers on strike are labour, not engineering",
			title: "RAIL ENGINEERS PLAN STRIKE",
			body: "Rail engineers will hold a one-day strike next week over pay, " +
				"their union said, after talks with employers broke down.",
			want: []string{"labour"},
			not:  []string{"science and technology", "technology and engineering"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := archive.Article{Title: tc.title, Body: tc.body}
			x.Extract(&a)
			for _, w := range tc.want {
				if !slices.Contains(a.Topics, w) {
					t.Errorf("topics = %q, want %q among them", a.Topics, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(a.Topics, n) {
					t.Errorf("topics = %q, want no %q", a.Topics, n)
				}
			}
		})
	}
}

func TestMarkNames(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		title, body string
		named       []string // words marked as part of a name
		free        []string // words not marked
	}{
		{"ACME SOFTWARE <ACMS> SETS PACT WITH DELTA <DLT>", "Acme Software Inc said it signed a pact.",
			[]string{"ACME", "SOFTWARE", "ACMS", "DELTA", "DLT", "Acme"}, []string{"SETS", "PACT", "WITH", "pact"}},
		// the body writes "software" as a word too, so the headline's is free
		{"SOFTWARE SALES RISE", "Pellworth Software Corp said software sales rose. Pellworth Software expects more.",
			[]string{"Pellworth", "Software"}, []string{"SOFTWARE", "software", "sales"}},
		{"PELLWORTH SOFTWARE EXPECTS MORE", "Pellworth Software Corp said sales rose.",
			[]string{"PELLWORTH", "SOFTWARE", "Pellworth", "Software"}, []string{"EXPECTS", "sales"}},
		{"FINANCE MINISTRY SEES GROWTH", "The Finance Ministry said growth would pick up.",
			nil, []string{"FINANCE", "Finance", "growth"}},
	}
	for _, tc := range tests {
		s := new(scratch)
		a := &archive.Article{Title: tc.title, Body: tc.body}
		x.tokens(s, a)
		named := markNames(x.lex, s.toks, s)
		is := map[string]bool{}
		for i, tk := range s.toks {
			if named[i] {
				is[tk.text] = true
			}
		}
		for _, w := range tc.named {
			if !is[w] {
				t.Errorf("%q: %q not marked as a name", tc.title, w)
			}
		}
		for _, w := range tc.free {
			if is[w] {
				t.Errorf("%q: %q marked as a name", tc.title, w)
			}
		}
	}
}

// TestKeywordOncePerStem checks that two forms of one keyword ("player"
// and "players", "director" and "director's") give a topic one hit, not
// two that add up.
func TestKeywordOncePerStem(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"players", "director's", "caps", "ministers"} {
		s := new(scratch)
		x.tokens(s, &archive.Article{Title: w})
		var words []int32
		for i := range s.toks {
			if s.toks[i].kind == kindWord {
				words = append(words, int32(i))
			}
		}
		if len(words) == 0 {
			t.Fatalf("%q: no word token", w)
		}
		hits, n := x.topics.matchKeyword(x.lex, s.toks, words, 0, x.lex.info(&s.toks[words[0]]).topic, &s.buf)
		if n == 0 {
			t.Fatalf("%q: no keyword", w)
		}
		seen := map[int]bool{}
		for _, h := range hits {
			if seen[h.topic] {
				t.Errorf("%q: topic %q hit twice", w, x.topics.topics[h.topic].Label)
			}
			seen[h.topic] = true
		}
	}
}

package entities

import (
	"fmt"
	"slices"
	"strings"

	"chancery/archive"
)

// Topic is one entry of the topic taxonomy: an IPTC Media Topic.
type Topic struct {
	Code   string // IPTC qcode, "medtop:20000639"
	Label  string // English label, "diplomacy"
	Parent string // the parent's code, "" for a top-level topic
	Top    string // the label of the top-level ancestor (itself for a top-level topic)
}

// Scoring constants, chosen on the dev split (BBC odd-numbered files,
// Reuters reut2-000..013): see docs/QUALITY.md.
const (
	topicTitleBoost = 2.5  // a keyword in the title counts this many times
	topicMinTop     = 3.0  // a top-level topic needs this score
	topicRelTop     = 0.2  // ... and this share of the best top-level score
	topicMinSub     = 3.0  // a specific topic needs this score
	topicRelSub     = 0.08 // ... and this share of the best specific score
	topicMaxSub     = 6    // at most this many specific topics per article
	topicMaxTop     = 3    // at most this many top-level topics per article
	learnedWeight   = 1.0  // scale of the learned top-level word weights (data/toplevel.tsv)

	// Evidence about the article's subject (chosen on the Reuters and BBC
	// dev splits, see docs/QUALITY.md): the lead is the body's first
	// topicLeadWords words; a keyword there counts topicLeadBoost times (1:
	// 1.5 and 2 lowered "oil and gas" precision and BBC accuracy, the
	// headline's boost is enough). A top-level topic other
	// than the best needs topicMinCues distinct keyword phrases, one of
	// them in the headline or lead; a
	// specific topic needs topicMinSubCues distinct keyword phrases or one
	// in the headline or lead.
	topicLeadWords  = 60
	topicLeadBoost  = 1.0
	topicMinCues    = 2
	topicCueWeight  = 2   // a keyword weighing less is no evidence
	topicFaintCue   = 0.5 // a keyword weighing less is no distinct phrase either
	topicMinSubCues = 2
	// A short financial notice (body under noticeMaxBytes with
	// noticeMinMarks earnings-table words: "Qtly div 25 cts", "Shr 1.10
	// dlrs vs 95 cts") gets the economy's topics only.
	noticeMaxBytes = 700
	noticeMinMarks = 2
)

type topicHit struct {
	topic  int
	weight float64
}

type taxonomy struct {
	topics []Topic
	top    []int // per topic: index of its top-level ancestor
	parent []int // per topic: index of its parent, -1 for a top-level topic
	kw     *phrases[[]topicHit]
	// learned: per stemmed word, weights for top-level topics (data/toplevel.tsv)
	learned map[string][]topicHit
	// commodities is the topic of vegetable oils ("palm oil", "oils and
	// fats"): an article naming one uses "oil" for them, not for oil and
	// gas. noticeDrop marks the topics a financial notice does not get:
	// the industries (products and services but financial service) and
	// the commodities.
	commodities int
	noticeDrop  []bool
	// industry marks the topics under products and services: a keyword
	// they share at weight 1 or more with a field ("computer", "chip",
	// "semiconductor") names the industry's goods, evidence for the
	// economy but not for the field (science and technology)
	industry []bool
	// traded marks the fields whose things are bought and sold (software,
	// films, sports goods): a company's news about one is business news,
	// while a strike, a court case or a drug trial stays news of its own;
	// their words are everyday words elsewhere, so a headline alone
	// names them only by a strong cue
	traded []bool
	// economy and business are the topics of company news (classify)
	economy, business int
}

func loadTaxonomy() (*taxonomy, error) {
	tx := &taxonomy{kw: newPhrases[[]topicHit]()}
	byCode := map[string]int{}
	var keywords [][]string
	err := readLines("topics.tsv", func(line string, _ int) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return fmt.Errorf("want 4 tab-separated columns (code, label, parent, keywords), got %d", len(cols))
		}
		if !strings.HasPrefix(cols[0], "medtop:") {
			return fmt.Errorf("code %q is not an IPTC medtop qcode", cols[0])
		}
		if _, dup := byCode[cols[0]]; dup {
			return fmt.Errorf("duplicate code %s", cols[0])
		}
		if cols[2] != "" {
			if _, ok := byCode[cols[2]]; !ok {
				return fmt.Errorf("parent %s must be listed before %s", cols[2], cols[0])
			}
		}
		byCode[cols[0]] = len(tx.topics)
		tx.topics = append(tx.topics, Topic{Code: cols[0], Label: cols[1], Parent: cols[2]})
		keywords = append(keywords, splitList(cols[3]))
		return nil
	})
	if err != nil {
		return nil, err
	}
	tx.top = make([]int, len(tx.topics))
	tx.parent = make([]int, len(tx.topics))
	for i := range tx.topics {
		tx.parent[i] = -1
		if p := tx.topics[i].Parent; p != "" {
			tx.parent[i] = byCode[p]
		}
		t := i
		for tx.topics[t].Parent != "" {
			t = byCode[tx.topics[t].Parent]
		}
		tx.top[i] = t
		tx.topics[i].Top = tx.topics[t].Label
	}
	// keywords: stem each word, merge hits of the same phrase
	merged := map[string][]topicHit{}
	var order []string
	for i, kws := range keywords {
		for _, kw := range kws {
			word, w, err := parseWeight(kw)
			if err != nil {
				return nil, fmt.Errorf("data/topics.tsv: %s: %w", tx.topics[i].Code, err)
			}
			key := stemPhrase(word)
			if _, ok := merged[key]; !ok {
				order = append(order, key)
			}
			// one hit per topic and stem: "player" and "players",
			// "director" and "director's" are one keyword, at the
			// higher weight, not two that add up
			dup := false
			for k, h := range merged[key] {
				if h.topic == i {
					merged[key][k].weight = max(h.weight, w)
					dup = true
				}
			}
			if !dup {
				merged[key] = append(merged[key], topicHit{i, w})
			}
		}
	}
	tx.learned = map[string][]topicHit{}
	byLabel := map[string]int{}
	for i, t := range tx.topics {
		byLabel[t.Label] = i
	}
	err = readLines("toplevel.tsv", func(line string, _ int) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 2 {
			return fmt.Errorf("want 2 tab-separated columns (label, words), got %d", len(cols))
		}
		ti, ok := byLabel[cols[0]]
		if !ok || tx.topics[ti].Parent != "" {
			return fmt.Errorf("%q is not a top-level topic of topics.tsv", cols[0])
		}
		for _, kw := range splitList(cols[1]) {
			w, wt, err := parseWeight(kw)
			if err != nil {
				return err
			}
			tx.learned[w] = append(tx.learned[w], topicHit{ti, wt})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, k := range order {
		tx.kw.set(strings.Split(k, " "), merged[k])
	}
	tx.commodities = byLabel["commodities market"]
	tx.economy = byLabel[economyLabel]
	tx.business = byLabel["business information"]
	tx.traded = make([]bool, len(tx.topics))
	for _, l := range []string{"science and technology", "arts, culture, entertainment and media", "sport", "lifestyle and leisure"} {
		if t, ok := byLabel[l]; ok {
			tx.traded[t] = true
		}
	}
	tx.industry = make([]bool, len(tx.topics))
	for i := range tx.topics {
		for t := i; t >= 0; t = tx.parent[t] {
			if tx.topics[t].Label == "products and services" {
				tx.industry[i] = true
			}
		}
	}
	tx.noticeDrop = make([]bool, len(tx.topics))
	for i := range tx.topics {
		for t := i; t >= 0; t = tx.parent[t] {
			switch tx.topics[t].Label {
			case "financial service":
				t = -1
			case "products and services", "commodities market":
				tx.noticeDrop[i] = true
				t = -1
			}
			if t < 0 {
				break
			}
		}
	}
	return tx, nil
}

func stemPhrase(p string) string {
	toks := tokenize(nil, strings.ToLower(p), fieldBody)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, stem(t.low))
	}
	return strings.Join(parts, " ")
}

// stem removes common English inflections: plural -s/-es/-ies, -ing, -ed.
// It is deliberately light: keyword lists name the forms that matter.
func stem(w string) string {
	base, y := stemParts(w)
	if y {
		return base + "y"
	}
	return base
}

// appendStem appends stem(w) to b without allocating.
func appendStem(b []byte, w string) []byte {
	base, y := stemParts(w)
	b = append(b, base...)
	if y {
		b = append(b, 'y')
	}
	return b
}

// stemParts returns stem(w) as a prefix of w and whether a "y" follows it.
func stemParts(w string) (base string, y bool) {
	if unstemmed[w] {
		return w, false
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3], true
	case n > 5 && strings.HasSuffix(w, "sses"):
		return w[:n-2], false
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1], false
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3], false
	case n > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return w[:n-2], false
	}
	return w, false
}

// unstemmed are plurals that are other words than their singular:
// "AIDS" is not "aid" (contra aid was health), "arms" not "arm" (a
// company's arm).
var unstemmed = map[string]bool{"aids": true, "arms": true}

// matchKeyword returns the longest keyword phrase of tx.kw starting at the
// word toks[words[i]], matching the stems of the words toks[words[i:]],
// and its length in words; 0 when none. nd is the node of the first word's
// stem (from the lexicon).
func (tx *taxonomy) matchKeyword(lx *lexicon, toks []token, words []int32, i int, nd phraseNode[[]topicHit], buf *[]byte) ([]topicHit, int) {
	var b []byte
	if nd.more {
		b = appendStem((*buf)[:0], toks[words[i]].low)
	}
	best, n, b := tx.kw.extend(nd, b, func(n int) (*token, bool) {
		if i+n > len(words) {
			return nil, false
		}
		t := &toks[words[i+n-1]]
		return t, lx.info(t).is(wTopicInner)
	}, appendStem)
	if b != nil {
		*buf = b
	}
	return best, n
}

// classify scores every topic from keyword hits and returns the labels of the
// chosen ones: for each chosen top-level topic, most salient first, its
// chosen specific topics and then itself.
func (tx *taxonomy) classify(lx *lexicon, toks []token, s *scratch, persons []string) []string {
	score := zeroed(&s.score, len(tx.topics))
	// the word tokens, whose stems are matched as phrases
	words := s.words[:0]
	for i := range toks {
		if toks[i].kind == kindWord || toks[i].kind == kindNumber {
			words = append(words, int32(i))
		}
	}
	s.words = words
	// cues counts the distinct keyword phrases of each topic (a top-level
	// topic counts its descendants'), lead whether one is in the headline
	// or the lead; learned words weigh in the score but are no evidence on
	// their own (they are learned from one corpus: "capt", "silver" and
	// "seed" are sport there)
	cues := zeroed(&s.cues, len(tx.topics))
	lead := zeroed(&s.lead, len(tx.topics))
	evid := zeroed(&s.evid, len(tx.topics)) // top-level: evidHeadline, evidBody
	if s.seenPhrase == nil {
		s.seenPhrase = map[*topicHit]bool{}
	}
	clear(s.seenPhrase)
	named := markNames(lx, toks, s)
	bodyWords := 0
	inLead := func(t *token) bool { return t.field != fieldBody || bodyWords <= topicLeadWords }
	notice := noticeMarks(toks) >= noticeMinMarks
	// add scores the hits of a phrase of n words starting at token t
	add := func(hits []topicHit, boost float64, t *token, n int, atLead, name bool) {
		// a company's name ("United Technologies Corp", "SURVIVAL
		// TECHNOLOGY <SURV>") says the article is business news, nothing
		// more of its subject: it scores for the economy only, and is no
		// evidence
		if name {
			for _, h := range hits {
				if tx.topics[tx.top[h.topic]].Label == economyLabel {
					score[h.topic] += h.weight * boost
				}
			}
			return
		}
		// one capitalised word inside a body sentence is a name ("Swedish
		// Match", "Champion Products"): it scores, but is no evidence
		// ("Foreign Minister" is)
		if n == 1 && t.field == fieldBody && t.is(flagCap) && !t.is(flagSentStart) && !t.is(flagHeadline) {
			for _, h := range hits {
				score[h.topic] += h.weight * boost
			}
			return
		}
		first := !s.seenPhrase[&hits[0]]
		s.seenPhrase[&hits[0]] = true
		lastTop, lastAny := -1, -1
		goods := false // the phrase names an industry's goods
		for _, h := range hits {
			// "strike" (0.3) or "drug" (0.5) only touch an industry
			goods = goods || tx.industry[h.topic] && h.weight >= 1
		}
		for _, h := range hits {
			score[h.topic] += h.weight * boost
			if goods && tx.top[h.topic] != tx.economy {
				continue // "chip", "computer": the industry's, no field's evidence
			}
			// a top-level topic takes only strong cues as evidence:
			// "open", "record", "final" say nothing of sport alone
			top := tx.top[h.topic]
			if top != h.topic {
				if first {
					cues[h.topic]++
				}
				if atLead {
					lead[h.topic] = true
				}
			}
			// nor do the faintest cues ("open", "international", a
			// country's name) count among its distinct keyword phrases:
			// "OPENS FOR SEASON" is a river's, not a team's
			if h.weight < topicFaintCue {
				continue
			}
			if evid[top]&evidKeyword != 0 && first && top != lastAny {
				evid[top] |= evidKeywords
			}
			evid[top] |= evidKeyword
			if t.field == fieldTitle {
				evid[top] |= evidTitleKeyword
			}
			lastAny = top
			if h.weight < topicCueWeight {
				continue
			}
			if first && top != lastTop {
				cues[top]++
				lastTop = top
			}
			if atLead {
				lead[top] = true
			}
			if t.field == fieldTitle {
				evid[top] |= evidHeadline
			} else {
				evid[top] |= evidBody
			}
		}
	}
	// a bare "oil" counts once the article shows it is not about
	// vegetable oils
	type deferred struct {
		hits         []topicHit
		boost        float64
		t            *token
		atLead, name bool
	}
	var bareOil []deferred
	vegOil := false
	for i := 0; i < len(words); i++ {
		t := &toks[words[i]]
		if t.field == fieldBody {
			bodyWords++
		}
		hits, n := tx.matchKeyword(lx, toks, words, i, lx.info(t).topic, &s.buf)
		if n == 0 {
			continue
		}
		boost := 1.0
		switch {
		case t.field == fieldTitle:
			boost = topicTitleBoost
		case inLead(t):
			boost = topicLeadBoost
		}
		if !vegOil && hitsTopic(hits, tx.commodities) {
			// "palm oil", "oils and fats", or a crop's word right
			// before "oil", no punctuation between ("sunflowerseed
			// oil", "Soybean Oils"; not "wheat, oil"), read before the
			// person rule below since "Corn Oils" may be taken for a name
			from, to := i, i+n
			if n == 1 {
				from, to = i+1, i+1
				if i+1 < len(words) && words[i+1] == words[i]+1 {
					to = i + 2
				}
			}
			for _, wi := range words[from:to] {
				if w := stem(toks[wi].low); w == "oil" || w == "fat" {
					vegOil = true
				}
			}
		}
		name, person := false, false
		for _, w := range words[i : i+n] {
			name = name || named[w]
			person = person || personWord(&toks[w], persons)
		}
		if person {
			// A word of a person's name the article gives is no cue:
			// "Rice said ..." of Condoleezza Rice is no commodity.
			i += n - 1
			continue
		}
		switch {
		case n == 1 && (stem(t.low) == "oil" || t.low == "crude" || stem(t.low) == "refin"):
			// a bare "crude", "refined" or "refining" too: "crude palm
			// oil", "Soybean Oils -- Crude 1,663.3 Refined 300.5" are
			// vegetable oils before and after refining
			bareOil = append(bareOil, deferred{hits, boost, t, inLead(t), name})
		default:
			add(hits, boost, t, n, inLead(t), name)
		}
		i += n - 1
	}
	if !vegOil {
		for _, d := range bareOil {
			add(d.hits, d.boost, d.t, 1, d.atLead, d.name)
		}
	}
	agg := zeroed(&s.agg, len(tx.topics)) // top-level: own score plus descendants'
	for i, s := range score {
		agg[tx.top[i]] += s
	}
	// learned word weights, once per distinct word
	if len(lx.learned) > 0 {
		if cap(s.learnedSeen) < len(lx.learned) {
			s.learnedSeen = make([]bool, len(lx.learned))
		}
		seen := s.learnedSeen[:len(lx.learned)]
		clear(seen)
		for _, wi := range words {
			li := lx.info(&toks[wi]).learned
			if li < 0 || seen[li] {
				continue
			}
			seen[li] = true
			for _, h := range lx.learned[li] {
				agg[h.topic] += learnedWeight * h.weight
			}
		}
	}
	if notice {
		// a financial notice is about money, whatever its words
		for i := range agg {
			if tx.topics[i].Parent == "" && tx.topics[i].Label != economyLabel {
				agg[i] = 0
			}
		}
		for i := range score {
			if tx.topics[tx.top[i]].Label != economyLabel || tx.noticeDrop[i] {
				score[i] = 0
			}
		}
	}
	var topsBuf [16]int
	tops := topsBuf[:0]
	bestTop := 0.0
	for i := range tx.topics {
		if tx.topics[i].Parent == "" && agg[i] > bestTop {
			bestTop = agg[i]
		}
	}
	ticker := companyNews(toks)
	company := ticker || opensWithCompany(lx, toks, named)
	if company {
		// a headline naming a company by its stock ticker, or opening
		// with its name, is company news: business first, and another
		// topic needs evidence beside it
		bestTop = max(bestTop, topicMinTop)
		agg[tx.economy] = bestTop
		score[tx.business] = max(score[tx.business], topicMinSub)
		lead[tx.business] = true
	}
	for i := range tx.topics {
		if tx.topics[i].Parent != "" || agg[i] < topicMinTop || agg[i] < topicRelTop*bestTop {
			continue
		}
		// beside the article's main topic, another needs evidence about
		// the subject: several distinct cues, one in the headline or
		// lead, or one that the headline and the body both use
		// the main topic too needs evidence: two distinct keyword phrases
		// outside names or a strong one that the headline and the body
		// both use, not one keyword ("SEEDS", "SPRINT", "device" twice),
		// learned words or a company's name (the economy excepted: the
		// wire's news about money)
		both := evid[i]&(evidHeadline|evidBody) == evidHeadline|evidBody
		if i != tx.economy && evid[i]&evidKeywords == 0 && !both {
			continue
		}
		if agg[i] < bestTop && !(cues[i] >= topicMinCues && lead[i] || !ticker && both) {
			continue
		}
		// company news is about the company: the field of what it makes
		// or sells is its subject only when the headline says so ("TEXAS
		// INSTRUMENTS <TXN> DEVELOPS NEW CHIP"), not when the body
		// describes its products ("IBM <IBM> NAMES NEW PRESIDENT FOR
		// DIVISION") or the headline is a deal over them; a strike, a
		// court case or a government's decision stays news of its own
		if company && tx.traded[i] && (evid[i]&evidHeadline == 0 || dealHeadline(toks)) {
			continue
		}
		// a headline with no body ("REAGAN SIGNS GINNIE MAE BILL,
		// VOICES CONCERN ON FEES CAP") names one of those fields, whose
		// words are everyday words elsewhere (cap, director, star), only
		// by a strong cue; a headline alone still says politics ("WHITE
		// HOUSE SPOKESMAN REITERATES ...")
		if bodyWords == 0 && tx.traded[i] && evid[i]&evidHeadline == 0 {
			continue
		}
		tops = append(tops, i)
	}
	slices.SortStableFunc(tops, func(a, b int) int { return cmpDesc(agg[a], agg[b]) })
	if len(tops) > topicMaxTop {
		tops = tops[:topicMaxTop]
	}
	// the relative bar is set by the best specific topic's own keywords
	bestSub := 0.0
	for i := range tx.topics {
		if tx.topics[i].Parent != "" && score[i] > bestSub {
			bestSub = score[i]
		}
	}
	// a specific topic scores its own keywords and its descendants': the
	// words of "merger or acquisition" also say "business information", so
	// splitting a topic into narrower ones does not starve the broader one
	sub := zeroed(&s.sub, len(tx.topics))
	for i, s := range score {
		if s == 0 {
			continue
		}
		for t := i; t >= 0 && tx.topics[t].Parent != ""; t = tx.parent[t] {
			sub[t] += s
		}
	}
	score = sub
	var subsBuf [32]int
	subs := subsBuf[:0]
	for i := range tx.topics {
		if tx.topics[i].Parent != "" && score[i] >= topicMinSub && score[i] >= topicRelSub*bestSub && (cues[i] >= topicMinSubCues || lead[i] || subCues(tx, cues, i)) {
			subs = append(subs, i)
		}
	}
	// a chosen topic hides its chosen ancestors: "diplomacy" says more than
	// "international relations"
	hidden := zeroed(&s.hidden, len(tx.topics))
	for _, t := range subs {
		for p := tx.parent[t]; p >= 0; p = tx.parent[p] {
			hidden[p] = true
		}
	}
	kept := subs[:0]
	for _, t := range subs {
		if !hidden[t] {
			kept = append(kept, t)
		}
	}
	subs = kept
	slices.SortStableFunc(subs, func(a, b int) int { return cmpDesc(score[a], score[b]) })
	var out []string
	nsub := 0
	for _, t := range tops {
		for _, s := range subs {
			if tx.top[s] == t && nsub < topicMaxSub {
				out = append(out, tx.topics[s].Label)
				nsub++
			}
		}
		out = append(out, tx.topics[t].Label)
	}
	return out
}

func hitsTopic(hits []topicHit, topic int) bool {
	for _, h := range hits {
		if h.topic == topic {
			return true
		}
	}
	return false
}

// Evidence a top-level topic has (classify): a strong cue in the
// headline, in the body.
const (
	evidHeadline uint8 = 1 << iota
	evidBody
	evidKeyword      // a keyword of any weight, outside names
	evidKeywords     // two distinct keyword phrases of any weight
	evidTitleKeyword // a keyword of any weight in the headline
)

// economyLabel is the top-level topic of financial notices.
const economyLabel = "economy, business and finance"

// subCues reports whether the descendants of specific topic t have
// distinct cues enough between them.
func subCues(tx *taxonomy, cues []int32, t int) bool {
	n := int32(0)
	for i := range tx.topics {
		for p := tx.parent[i]; p >= 0; p = tx.parent[p] {
			if p == t {
				n += cues[i]
				break
			}
		}
	}
	return n >= topicMinSubCues
}

// noticeMarks counts the earnings-table words of a short body ("shr",
// "qtly", "div", "cts", "revs", "net" next to a number ...): a dividend or
// earnings notice. A long body counts 0.
func noticeMarks(toks []token) int {
	// The body's length is where its last token ends: a long body is
	// ruled out before any word is looked up.
	for i := len(toks) - 1; i >= 0; i-- {
		if t := &toks[i]; t.field == fieldBody {
			if t.start+len(t.text) > noticeMaxBytes {
				return 0
			}
			break
		}
	}
	marks := 0
	for i := range toks {
		t := &toks[i]
		if t.field == fieldBody && t.kind == kindWord && noticeWords[t.low] {
			marks++
		}
	}
	return marks
}

var noticeWords = map[string]bool{
	"shr": true, "shrs": true, "qtly": true, "qtr": true, "div": true, "cts": true, "revs": true,
	"dividend": true, "dividends": true, "payable": true, "prior": true, "mths": true, "oper": true, "avg": true,
	"pay": true, "record": true, "loss": true, "profit": true, "net": true, "sales": true, "earnings": true,
	"split": true, "shareholders": true, "stockholders": true, "stake": true, "merger": true,
	"acquisition": true, "acquire": true, "acquired": true, "tender": true, "distribution": true,
	"distributions": true, "subsidiary": true, "unit": true, "shares": true,
}

// cmpDesc orders scores from the highest.
func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}

// zeroed returns (*b)[:n] cleared, growing *b when needed.
func zeroed[T any](b *[]T, n int) []T {
	if cap(*b) < n {
		*b = make([]T, n)
	}
	*b = (*b)[:n]
	clear(*b)
	return *b
}

// Taxonomy returns the topic taxonomy, parents before children. It is read
// from the embedded data/topics.tsv; the slice is a copy.
func Taxonomy() []Topic {
	tx, err := loadTaxonomy()
	if err != nil {
		return nil // the embedded file is checked by the package tests
	}
	return append([]Topic(nil), tx.topics...)
}

// TopicWords returns the distinct stemmed words of an article as topic
// scoring sees them. It is used to learn data/toplevel.tsv.
func (x *Extractor) TopicWords(a *archive.Article) []string {
	s := x.pool.Get().(*scratch)
	defer x.pool.Put(s)
	s.toks = tokenize(s.toks[:0], a.Title, fieldTitle)
	s.toks = tokenize(s.toks, a.Body, fieldBody)
	seen := map[string]bool{}
	var out []string
	for i := range s.toks {
		if s.toks[i].kind != kindWord {
			continue
		}
		w := stem(s.toks[i].low)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// How the body uses a word (markNames): inside a company's name, or as a
// common word (lower case).
const (
	useCompany uint8 = 1 << iota
	useWord
)

// tickerStop ends a company's name read back from its stock ticker in a
// wire headline ("SETS PACT WITH IBM <IBM>": the company is IBM).
var tickerStop = map[string]bool{
	"with": true, "to": true, "from": true, "by": true, "and": true, "for": true, "of": true,
	"in": true, "on": true, "at": true, "the": true, "a": true, "an": true, "vs": true, "unit": true,
}

// markNames marks the tokens that are part of a company's name, so that
// "Survival Technology Inc" or "COMPUTER TERMINAL SYSTEMS <CPML>" says
// nothing of science: in the body, a run of capitalised words ending in a
// legal form (Inc, Corp, Co, Ltd, Group ...) and the same capitalised
// words elsewhere; in the headline, the words before a stock ticker back
// to a preposition, the ticker itself, and a word the body writes only
// inside a company's name.
// personWord reports whether t, capitalised, is a word of one of the
// article's persons' names of two words or more.
func personWord(t *token, persons []string) bool {
	if t.kind != kindWord || !t.is(flagCap) || len(persons) == 0 {
		return false
	}
	for _, p := range persons {
		if !strings.Contains(p, " ") {
			continue
		}
		for w := range strings.FieldsSeq(p) {
			if strings.EqualFold(w, t.text) {
				return true
			}
		}
	}
	return false
}

func markNames(lx *lexicon, toks []token, s *scratch) []bool {
	name := zeroed(&s.nameTok, len(toks))
	if s.nameUse == nil {
		s.nameUse = map[string]uint8{}
	}
	use := s.nameUse
	clear(use)
	body := func(t *token) bool { return t.field == fieldBody && !t.is(flagHeadline) }
	// runs of capitalised words ending in a legal form
	for i := 0; i < len(toks); i++ {
		if !body(&toks[i]) || toks[i].kind != kindWord || !toks[i].is(flagCap) {
			continue
		}
		j := i
		for j+1 < len(toks) && body(&toks[j+1]) && !toks[j+1].is(flagSentStart) {
			n := &toks[j+1]
			if n.kind == kindWord && n.is(flagCap) {
				j++
				continue
			}
			if (n.text == "&" || n.low == "and" || n.low == "of") && j+2 < len(toks) && toks[j+2].kind == kindWord && toks[j+2].is(flagCap) && !toks[j+2].is(flagSentStart) {
				j++
				continue
			}
			break
		}
		end := -1 // the last legal form of the run
		for k := i + 1; k <= j; k++ {
			if c := lx.info(&toks[k]).company; c != "" && c != "Ministry" && c != "Party" {
				end = k
			}
		}
		if end > 0 {
			for k := i; k < end; k++ {
				name[k] = true
				use[stem(toks[k].low)] |= useCompany
			}
		}
		i = j
	}
	// Only stems that a company's name uses are asked about below: a
	// plain word's mark matters when its stem is also one of those (it
	// is then not a company-only word). Most articles name no company
	// with a legal form, and then nothing is marked or asked.
	for i := 0; len(use) > 0 && i < len(toks); i++ {
		t := &toks[i]
		if t.kind != kindWord {
			continue
		}
		if body(t) {
			if !t.is(flagCap) {
				if st := stem(t.low); use[st] != 0 {
					use[st] |= useWord
				}
			} else if !name[i] && !t.is(flagSentStart) && use[stem(t.low)]&useCompany != 0 {
				name[i] = true // "Survival Technology said" after "Survival Technology Inc"
			}
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.field != fieldTitle {
			continue
		}
		if t.text == "<" {
			// the ticker and the company's name before it
			for k := i + 1; k < len(toks) && toks[k].field == fieldTitle && toks[k].text != ">"; k++ {
				name[k] = true
			}
			for k := i - 1; k >= 0 && toks[k].field == fieldTitle && toks[k].kind == kindWord && !tickerStop[toks[k].low]; k-- {
				name[k] = true
			}
			continue
		}
		if t.kind == kindWord && len(use) > 0 && use[stem(t.low)] == useCompany {
			name[i] = true
		}
	}
	return name
}

// dealWords in a company's headline make the news the deal: "LICENSES
// SOFTWARE PRODUCT", "SET SOFTWARE PACT", "WINS NASA CONTRACT" are
// business, whatever the company makes.
var dealWords = map[string]bool{
	"pact": true, "pacts": true, "agreement": true, "contract": true, "contracts": true,
	"order": true, "orders": true, "licence": true, "license": true, "licenses": true,
	"licences": true, "licensed": true, "licensing": true, "venture": true, "stake": true,
	"deal": true, "sell": true, "sells": true, "sale": true, "buy": true, "buys": true,
	"acquire": true, "acquires": true, "acquisition": true, "merger": true, "merge": true,
	"partnership": true, "distribution": true,
}

// dealHeadline reports whether the headline holds one of dealWords.
func dealHeadline(toks []token) bool {
	for i := 0; i < len(toks) && toks[i].field == fieldTitle; i++ {
		if toks[i].kind == kindWord && dealWords[toks[i].low] {
			return true
		}
	}
	return false
}

// opensWithCompany reports whether the headline opens with a company's
// name as the body writes it ("ERICSSON WINS ARKANSAS STATE CONTRACT"
// over "Ericsson Inc said ..."): news about the company.
func opensWithCompany(lx *lexicon, toks []token, named []bool) bool {
	if len(toks) == 0 || toks[0].field != fieldTitle || toks[0].kind != kindWord || !named[0] {
		return false
	}
	// "U.S. TELLS INDIA ...": a country opening "U.S. Steel Corp" is
	// still a country
	c := lx.info(&toks[0]).country
	return !c.ok && !c.more
}

// companyNews reports whether the headline names a company by its stock
// ticker ("ACME SYSTEMS <ACME> WINS CONTRACT"): news about a company.
func companyNews(toks []token) bool {
	for i := 0; i+2 < len(toks) && toks[i].field == fieldTitle; i++ {
		if toks[i].text == "<" && toks[i+1].kind == kindWord && toks[i+1].is(flagAllCaps) && toks[i+1].field == fieldTitle {
			return true
		}
	}
	return false
}

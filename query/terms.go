package query

// Terms returns the free-text words and phrases of n that a matching
// document may contain, for highlighting and keyword-in-context: every
// Word on a text field (with a trailing "*" when it is a prefix), Phrase
// and Near text that is not under a NOT. Keyword fields and dates are left
// out. Each is returned once, in the order of the query.
func Terms(n Node) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	var walk func(n Node, positive bool)
	walk = func(n Node, positive bool) {
		switch n := n.(type) {
		case *And:
			for _, c := range n.Nodes {
				walk(c, positive)
			}
		case *Or:
			for _, c := range n.Nodes {
				walk(c, positive)
			}
		case *Not:
			walk(n.Node, !positive)
		case *Word:
			if positive && IsUS(n) {
				add("U.S.")
				add("United States")
				return
			}
			if positive && IsText(n.Field) {
				if n.Prefix {
					add(n.Text + "*")
				} else {
					add(n.Text)
				}
			}
		case *Phrase:
			if positive && IsUS(n) {
				add("U.S.")
				add("United States")
				return
			}
			if positive && IsText(n.Field) {
				add(n.Text)
			}
		case *Near:
			if positive {
				add(n.Text)
			}
		}
	}
	walk(n, true)
	return out
}

// Walk calls fn for n and every node under it, parents first.
func Walk(n Node, fn func(Node)) {
	if n == nil {
		return
	}
	fn(n)
	switch n := n.(type) {
	case *And:
		for _, c := range n.Nodes {
			Walk(c, fn)
		}
	case *Or:
		for _, c := range n.Nodes {
			Walk(c, fn)
		}
	case *Not:
		Walk(n.Node, fn)
	}
}

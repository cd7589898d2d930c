package index

// DropTerms returns n without the free-text terms for which drop reports
// true. Backends pass the terms their analyzer reduces to no word at all
// (stop words such as "the", "of" or "and"; a lone "&" or "–"): such a
// term would become a clause that matches nothing and, ANDed with the rest,
// empty the whole result, so "bank of england" or "climate & trade" found
// nothing. An And or Or left without children disappears, as does a Not
// of nothing. When every term of n is dropped n is returned as it is: a
// query made only of stop words still matches nothing rather than
// everything.
func DropTerms(n Node, drop func(*Term) bool) Node {
	if n == nil {
		return nil
	}
	if p := dropTerms(n, drop); p != nil {
		return p
	}
	return n
}

func dropTerms(n Node, drop func(*Term) bool) Node {
	switch n := n.(type) {
	case *Term:
		if n.Field == "" && drop(n) {
			return nil
		}
		return n
	case *And:
		return group(dropKids(n.Children, drop), func(kids []Node) Node { return &And{Children: kids} })
	case *Or:
		return group(dropKids(n.Children, drop), func(kids []Node) Node { return &Or{Children: kids} })
	case *Not:
		c := dropTerms(n.Child, drop)
		if c == nil {
			return nil
		}
		return &Not{Child: c}
	}
	return n
}

// group joins what is left of an And or Or: nothing, the one child left,
// or a node of its kind.
func group(kids []Node, join func([]Node) Node) Node {
	switch len(kids) {
	case 0:
		return nil
	case 1:
		return kids[0]
	}
	return join(kids)
}

func dropKids(ns []Node, drop func(*Term) bool) []Node {
	var out []Node
	for _, c := range ns {
		if c = dropTerms(c, drop); c != nil {
			out = append(out, c)
		}
	}
	return out
}

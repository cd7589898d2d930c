package web

import (
	"context"

	"github.com/byline/byline/index"
)

// suggestionView is "did you mean" for one name filter that matched
// nothing: the nearest names with their counts, each a link that searches
// again with that name.
type suggestionView struct {
	Label string // "speaker"
	Value string // as the user typed it
	Names []suggestedName
}

// suggestedName is one suggested name.
type suggestedName struct {
	Value string
	Count uint64
	URL   string
}

// suggest finds the nearest names for every name filter of q that matches
// nothing on its own (index.SuggestForEmpty), each name a link that
// searches again with it in the filter's place. quotes counts quotes by a
// speaker rather than articles.
func (srv *server) suggest(ctx context.Context, p params, q index.Query, quotes bool) ([]suggestionView, error) {
	found, err := index.SuggestForEmpty(ctx, srv.s, q, quotes)
	if err != nil {
		return nil, err
	}
	var out []suggestionView
	for _, f := range found {
		sv := suggestionView{Label: f.Filter.Field, Value: f.Filter.Value}
		for _, n := range f.Nearest {
			sv.Names = append(sv.Names, suggestedName{Value: n.Value, Count: n.Count, URL: p.replaceName(f.Filter, n.Value)})
		}
		out = append(out, sv)
	}
	return out, nil
}

// replaceName returns the link that searches again with name in place of
// the name filter t, whether it came from a filter parameter or from a
// field:value term of the query text.
func (p params) replaceName(t *index.Term, name string) string {
	c := p.clone()
	if v, ok := c.Filters[t.Field]; ok && v == t.Value {
		c.Filters[t.Field] = name
		return c.url(c.values())
	}
	n, err := index.Parse(c.Q)
	if err != nil {
		return c.url(c.values())
	}
	var walk func(index.Node)
	walk = func(n index.Node) {
		switch n := n.(type) {
		case *index.Term:
			if n.Field == t.Field && n.Value == t.Value {
				n.Value = name
			}
		case *index.And:
			for _, k := range n.Children {
				walk(k)
			}
		case *index.Or:
			for _, k := range n.Children {
				walk(k)
			}
		}
	}
	walk(n)
	c.Q = index.NodeString(n)
	return c.url(c.values())
}

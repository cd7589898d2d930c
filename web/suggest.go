package web

import (
	"context"
	"fmt"

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
// nothing on its own (when the filter does match, the other terms are why
// the search found nothing, and other names would not help). quotes
// counts quotes by a speaker rather than articles. relink builds the link
// that replaces the filter's value.
func (srv *server) suggest(ctx context.Context, p params, q index.Query, quotes bool) ([]suggestionView, error) {
	var out []suggestionView
	for _, t := range q.NameFilters() {
		alone := index.Query{Limit: 1}
		switch t.Field {
		case index.FieldSite:
			alone.Site = t.Value
		case index.FieldAuthor:
			alone.Author = t.Value
		case index.FieldSpeaker:
			alone.Speaker = t.Value
		}
		byQuote := quotes && t.Field == index.FieldSpeaker
		var n uint64
		if byQuote {
			r, err := srv.s.SearchQuotes(ctx, alone)
			if err != nil {
				return nil, fmt.Errorf("suggest %s %q: %w", t.Field, t.Value, err)
			}
			n = r.Total
		} else {
			r, err := srv.s.Search(ctx, alone)
			if err != nil {
				return nil, fmt.Errorf("suggest %s %q: %w", t.Field, t.Value, err)
			}
			n = r.Total
		}
		if n > 0 {
			continue
		}
		near, err := srv.s.SuggestNames(ctx, index.NameQuery{Field: t.Field, Value: t.Value, Quotes: byQuote})
		if err != nil {
			return nil, fmt.Errorf("suggest %s %q: %w", t.Field, t.Value, err)
		}
		sv := suggestionView{Label: t.Field, Value: t.Value}
		for _, f := range near {
			sv.Names = append(sv.Names, suggestedName{Value: f.Value, Count: f.Count, URL: p.replaceName(t, f.Value)})
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

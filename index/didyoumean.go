package index

import (
	"context"
	"fmt"
)

// NameSuggestion is "did you mean" for one name filter of a search that
// found nothing: the filter and the indexed names nearest to its value.
type NameSuggestion struct {
	Filter  *Term
	Nearest []Facet
}

// SuggestForEmpty finds the nearest indexed names for each name filter
// (site, author, speaker) of q that matches nothing on its own. Call it
// when q found nothing. A filter that does match alone is skipped: the
// other terms are why nothing matched, and other names would not help.
// quotes says q searched quotes: a speaker filter is then tried, and its
// names counted, as quotes by the speaker rather than articles. The
// search page and `byline search` both ask here, so they suggest alike.
func SuggestForEmpty(ctx context.Context, s Searcher, q Query, quotes bool) ([]NameSuggestion, error) {
	var out []NameSuggestion
	for _, t := range q.NameFilters() {
		alone := Query{Limit: 1}
		switch t.Field {
		case FieldSite:
			alone.Site = t.Value
		case FieldAuthor:
			alone.Author = t.Value
		case FieldSpeaker:
			alone.Speaker = t.Value
		}
		byQuote := quotes && t.Field == FieldSpeaker
		var n uint64
		if byQuote {
			r, err := s.SearchQuotes(ctx, alone)
			if err != nil {
				return nil, fmt.Errorf("suggest %s %q: %w", t.Field, t.Value, err)
			}
			n = r.Total
		} else {
			r, err := s.Search(ctx, alone)
			if err != nil {
				return nil, fmt.Errorf("suggest %s %q: %w", t.Field, t.Value, err)
			}
			n = r.Total
		}
		if n > 0 {
			continue
		}
		near, err := s.SuggestNames(ctx, NameQuery{Field: t.Field, Value: t.Value, Quotes: byQuote})
		if err != nil {
			return nil, fmt.Errorf("suggest %s %q: %w", t.Field, t.Value, err)
		}
		out = append(out, NameSuggestion{Filter: t, Nearest: near})
	}
	return out, nil
}

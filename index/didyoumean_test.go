package index

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/byline/byline/article"
)

// nameSearcher is a Searcher whose searches match the names it knows,
// recording which kind of search each filter was tried with.
type nameSearcher struct {
	articles map[string]bool // "field=value" pairs that match articles
	quotes   map[string]bool // speakers that match quotes
	fail     error
	asked    []NameQuery
}

func (f *nameSearcher) Search(_ context.Context, q Query) (*Results, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	for _, t := range q.Filters() {
		if f.articles[t.Field+"="+t.Value] {
			return &Results{Total: 3}, nil
		}
	}
	return &Results{}, nil
}

func (f *nameSearcher) SearchQuotes(_ context.Context, q Query) (*QuoteResults, error) {
	if f.quotes[q.Speaker] {
		return &QuoteResults{Total: 2}, nil
	}
	return &QuoteResults{}, nil
}

func (f *nameSearcher) Get(context.Context, string) (*article.Article, error) { return nil, nil }

func (f *nameSearcher) SuggestNames(_ context.Context, q NameQuery) ([]Facet, error) {
	f.asked = append(f.asked, q)
	return []Facet{{Value: "near " + q.Value, Count: 1}}, nil
}

func TestSuggestForEmpty(t *testing.T) {
	s := &nameSearcher{
		articles: map[string]bool{"site=Daily Planet": true, "speaker=Lois Lane": true},
		quotes:   map[string]bool{"Clark Kent": true},
	}
	for _, tc := range []struct {
		name   string
		q      Query
		quotes bool
		want   []NameQuery // the names asked for, in order
	}{
		{"a filter that matches alone is no help", Query{Site: "Daily Planet", Text: "volcano"}, false, nil},
		{"each unmatched name filter", Query{Site: "Daily Planit", Author: "Jimmy Olsen"}, false,
			[]NameQuery{{Field: FieldSite, Value: "Daily Planit"}, {Field: FieldAuthor, Value: "Jimmy Olsen"}}},
		{"name terms of the query text count", Query{Text: `author:"Perry White" storm`}, false,
			[]NameQuery{{Field: FieldAuthor, Value: "Perry White"}}},
		{"non-name filters are not suggested for", Query{Section: "Metro", Language: "en"}, false, nil},
		// In a quote search the speaker is tried as quotes by the speaker:
		// Lois Lane matches articles, not quotes; Clark Kent quotes only.
		{"quote search: speaker by quotes", Query{Speaker: "Lois Lane"}, true,
			[]NameQuery{{Field: FieldSpeaker, Value: "Lois Lane", Quotes: true}}},
		{"quote search: speaker with quotes", Query{Speaker: "Clark Kent"}, true, nil},
		{"article search: speaker by articles", Query{Speaker: "Clark Kent"}, false,
			[]NameQuery{{Field: FieldSpeaker, Value: "Clark Kent"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.asked = nil
			got, err := SuggestForEmpty(context.Background(), s, tc.q, tc.quotes)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(s.asked, tc.want) {
				t.Fatalf("asked %+v, want %+v", s.asked, tc.want)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d suggestions, want %d", len(got), len(tc.want))
			}
			for i, g := range got {
				if g.Filter.Field != tc.want[i].Field || g.Filter.Value != tc.want[i].Value ||
					len(g.Nearest) != 1 || g.Nearest[0].Value != "near "+tc.want[i].Value {
					t.Errorf("suggestion %d = %+v %+v, want the nearest names of %+v", i, g.Filter, g.Nearest, tc.want[i])
				}
			}
		})
	}
}

func TestSuggestForEmptyError(t *testing.T) {
	bad := errors.New("index down")
	_, err := SuggestForEmpty(context.Background(), &nameSearcher{fail: bad}, Query{Author: "Jimmy Olsen"}, false)
	if !errors.Is(err, bad) || err.Error() != `suggest author "Jimmy Olsen": index down` {
		t.Fatalf("err = %v, want the search error wrapped with the filter", err)
	}
}

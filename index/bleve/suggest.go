package bleveindex

import (
	"context"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/byline/byline/index"
)

// SuggestNames returns the names of a name field nearest to q.Value, with
// the number of articles (quotes, with q.Quotes) that carry each. It
// collects the names sharing a word with the value, or a word within a
// small edit distance, or a word the value's words begin, ranks them with
// index.RankNames and counts the winners exactly.
func (x *Index) SuggestNames(ctx context.Context, q index.NameQuery) ([]index.Facet, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	toks := index.NameTokens(q.Value)
	if len(toks) == 0 {
		return []index.Facet{}, nil
	}
	typ := typeArticle
	if q.Quotes {
		typ = typeQuote
	}
	kw := nameField[q.Field]
	var near []query.Query
	for _, t := range toks {
		fq := bleve.NewFuzzyQuery(t)
		fq.SetField(words(kw))
		fq.SetFuzziness(index.Fuzziness(t))
		near = append(near, fq)
		if len([]rune(t)) >= 2 {
			pq := bleve.NewPrefixQuery(t)
			pq.SetField(words(kw))
			near = append(near, pq)
		}
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(typeQuery(typ), bleve.NewDisjunctionQuery(near...)), 0, 0, false)
	req.AddFacet("names", bleve.NewFacetRequest(kw, index.SuggestCandidates))
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, x.wrap("suggest "+q.Field+" "+q.Value, err)
	}
	var cands []index.Facet
	if fr := res.Facets["names"]; fr != nil && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			cands = append(cands, index.Facet{Value: t.Term, Count: uint64(t.Count)})
		}
	}
	// Counts among the fuzzy matches are exact for a name only when every
	// document carrying it matched; count each winner on its own.
	best := index.RankNames(q.Value, cands, q.Limit)
	for i, f := range best {
		tq := bleve.NewTermQuery(strings.ToLower(f.Value))
		tq.SetField(lc(kw))
		cr, err := x.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(typeQuery(typ), tq), 0, 0, false))
		if err != nil {
			return nil, x.wrap("suggest "+q.Field+" "+q.Value, err)
		}
		best[i].Count = cr.Total
	}
	// Re-rank: exact counts may reorder ties.
	return index.RankNames(q.Value, best, q.Limit), nil
}

package esindex

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/byline/byline/index"
)

// SuggestNames returns the names of a name field nearest to q.Value, with
// the number of articles (quotes, with q.Quotes) that carry each. A first
// search collects the names with a word that is a fuzzy match of one of
// the value's words, or begins with it (fuzzy and prefix queries on the
// byline_name subfield, a terms aggregation on the keyword field);
// index.RankNames picks the nearest, and a second search counts them
// exactly (a terms aggregation restricted to those names).
func (x *Index) SuggestNames(ctx context.Context, q index.NameQuery) ([]index.Facet, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	toks := index.NameTokens(q.Value)
	if len(toks) == 0 {
		return []index.Facet{}, nil
	}
	kw, words := filterFields[q.Field], nameFields[q.Field]
	if q.Quotes {
		kw, words = fQSpeaker, fQSpeakerName
	}
	var near []any
	for _, t := range toks {
		near = append(near, obj{"fuzzy": obj{words: obj{"value": t, "fuzziness": index.Fuzziness(t)}}})
		if len([]rune(t)) >= 2 {
			near = append(near, obj{"prefix": obj{words: obj{"value": t}}})
		}
	}
	nearQ := obj{"bool": obj{"should": near, "minimum_should_match": 1}}
	op := "suggest " + q.Field + " " + q.Value
	cands, err := x.nameBuckets(ctx, op, q.Quotes, nearQ, obj{"field": kw, "size": index.SuggestCandidates})
	if err != nil {
		return nil, err
	}
	best := index.RankNames(q.Value, cands, q.Limit)
	if len(best) == 0 {
		return []index.Facet{}, nil
	}
	names := make([]string, len(best))
	for i, f := range best {
		names[i] = f.Value
	}
	counted, err := x.nameBuckets(ctx, op, q.Quotes, obj{"match_all": obj{}}, obj{"field": kw, "size": len(names), "include": names})
	if err != nil {
		return nil, err
	}
	return index.RankNames(q.Value, counted, q.Limit), nil
}

// nameBuckets runs a terms aggregation over the documents (the quotes,
// with quotes set) that match query, and returns its buckets.
func (x *Index) nameBuckets(ctx context.Context, op string, quotes bool, query, terms obj) ([]index.Facet, error) {
	body := obj{"size": 0, "track_total_hits": false}
	if quotes {
		body["query"] = obj{"nested": obj{"path": fQuotes, "query": query}}
		body["aggs"] = obj{"quotes": obj{
			"nested": obj{"path": fQuotes},
			"aggs": obj{"matching": obj{
				"filter": query,
				"aggs":   obj{"names": obj{"terms": terms}},
			}},
		}}
	} else {
		body["query"] = query
		body["aggs"] = obj{"names": obj{"terms": terms}}
	}
	var res searchResponse
	if err := x.search(ctx, op, body, &res); err != nil {
		return nil, err
	}
	var b bucketAgg
	if quotes {
		var agg struct {
			Matching struct {
				Names bucketAgg `json:"names"`
			} `json:"matching"`
		}
		if raw, ok := res.Aggregations["quotes"]; ok {
			if err := json.Unmarshal(raw, &agg); err != nil {
				return nil, fmt.Errorf("%s: decode aggregation: %w", op, err)
			}
		}
		b = agg.Matching.Names
	} else if raw, ok := res.Aggregations["names"]; ok {
		if err := json.Unmarshal(raw, &b); err != nil {
			return nil, fmt.Errorf("%s: decode aggregation: %w", op, err)
		}
	}
	return b.facets(), nil
}

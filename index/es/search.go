package esindex

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/byline/byline/index"
)

// Field names in the Elasticsearch documents.
const (
	fSite      = "site_name"
	fSection   = "section"
	fLanguage  = "language"
	fAuthors   = "authors.keyword"
	fSpeakers  = "speakers"
	fPublished = "published_at"
	fQuotes    = "quotes"
	fQText     = "quotes.text"
	fQSpeaker  = "quotes.speaker"
	fStory     = "story"
	fRevision  = "revision"
)

// textFields are matched by free text in article search, with boosts.
var textFields = []string{"headline^3", "summary^2", "bullets^1.5", "body"}

// filterFields maps query filter fields to keyword fields (articles).
var filterFields = map[string]string{
	index.FieldSite:     fSite,
	index.FieldSection:  fSection,
	index.FieldAuthor:   fAuthors,
	index.FieldSpeaker:  fSpeakers,
	index.FieldLanguage: fLanguage,
}

// nameFields maps the name filters to their text subfields analysed by
// byline_name (standard tokenizer, lowercase, asciifolding): a name filter
// is a phrase of folded words inside one name.
var nameFields = map[string]string{
	index.FieldSite:    fSite + ".name",
	index.FieldAuthor:  "authors.name",
	index.FieldSpeaker: fSpeakers + ".name",
}

// fQSpeakerName is the analysed name subfield of quotes.speaker.
const fQSpeakerName = fQSpeaker + ".name"

// filter is the clause for one field filter: a phrase on the name
// subfield for a name filter (unless exact), else a case-insensitive term
// on the keyword field. In quote mode the speaker is the quote's speaker.
func filter(t *index.Term, quotes, exact bool) (obj, error) {
	name := !exact && index.IsNameField(t.Field) && len(index.NameTokens(t.Value)) > 0
	if quotes && t.Field == index.FieldSpeaker {
		if name {
			return obj{"match_phrase": obj{fQSpeakerName: obj{"query": strings.TrimSpace(t.Value)}}}, nil
		}
		return term(fQSpeaker, t.Value), nil
	}
	if name {
		return obj{"match_phrase": obj{nameFields[t.Field]: obj{"query": strings.TrimSpace(t.Value)}}}, nil
	}
	f, ok := filterFields[t.Field]
	if !ok {
		return nil, fmt.Errorf("%w: unknown field %q", index.ErrBadQuery, t.Field)
	}
	return term(f, t.Value), nil
}

// maxResultWindow is ES's default index.max_result_window: from+size of a
// search cannot exceed it.
const maxResultWindow = 10000

// facetSize is the number of buckets per keyword facet.
const facetSize = 10

type obj = map[string]any

func term(field, value string) obj {
	return obj{"term": obj{field: obj{"value": strings.TrimSpace(value), "case_insensitive": true}}}
}

// translate turns a parsed query into query DSL. In quote mode free text
// matches quotes.text and speaker filters quotes.speaker (the caller wraps
// the result in a nested query); other fields are rejected there because a
// nested query cannot see its parent (build lifts top-level ones out).
func translate(n index.Node, quotes, exact bool) (obj, error) {
	switch n := n.(type) {
	case nil:
		return obj{"match_all": obj{}}, nil
	case *index.Term:
		if n.Field != "" {
			if quotes && n.Field != index.FieldSpeaker {
				return nil, fmt.Errorf("%w: in quote search %s: can only be combined with AND at the top level", index.ErrBadQuery, n.Field)
			}
			return filter(n, quotes, exact)
		}
		fields := textFields
		if quotes {
			fields = []string{fQText}
		}
		mm := obj{"query": n.Value, "fields": fields, "operator": "and"}
		if n.Phrase && strings.Contains(n.Value, " ") {
			mm = obj{"query": n.Value, "fields": fields, "type": "phrase"}
		}
		return obj{"multi_match": mm}, nil
	case *index.And:
		var must, not []any
		for _, c := range n.Children {
			if neg, ok := c.(*index.Not); ok {
				q, err := translate(neg.Child, quotes, exact)
				if err != nil {
					return nil, err
				}
				not = append(not, q)
				continue
			}
			q, err := translate(c, quotes, exact)
			if err != nil {
				return nil, err
			}
			must = append(must, q)
		}
		b := obj{}
		if len(must) > 0 {
			b["must"] = must
		}
		if len(not) > 0 {
			b["must_not"] = not
		}
		return obj{"bool": b}, nil
	case *index.Or:
		var should []any
		for _, c := range n.Children {
			q, err := translate(c, quotes, exact)
			if err != nil {
				return nil, err
			}
			should = append(should, q)
		}
		return obj{"bool": obj{"should": should, "minimum_should_match": 1}}, nil
	case *index.Not:
		q, err := translate(n.Child, quotes, exact)
		if err != nil {
			return nil, err
		}
		return obj{"bool": obj{"must_not": []any{q}}}, nil
	}
	return nil, fmt.Errorf("%w: unsupported node %T", index.ErrBadQuery, n)
}

// luceneEnglishStop is the stop word set of Lucene's EnglishAnalyzer, the
// "english" analyzer of every text field in the template.
var luceneEnglishStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with") {
		luceneEnglishStop[w] = true
	}
}

// noWords reports whether the "english" analyzer leaves no token of a
// free-text term (only stop words and punctuation): a multi_match of it
// would match nothing (zero_terms_query none).
func noWords(t *index.Term) bool {
	words := strings.FieldsFunc(strings.ToLower(t.Value), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\''
	})
	for _, w := range words {
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		if w != "" && !luceneEnglishStop[w] {
			return false
		}
	}
	return true
}

// dateRange is the published_at range filter, or nil.
func dateRange(q index.Query) obj {
	if q.Since.IsZero() && q.Until.IsZero() {
		return nil
	}
	r := obj{}
	if !q.Since.IsZero() {
		r["gte"] = q.Since.UTC().Format(time.RFC3339)
	}
	if !q.Until.IsZero() {
		r["lt"] = q.Until.UTC().Format(time.RFC3339)
	}
	return obj{"range": obj{fPublished: r}}
}

func sortClause(q index.Query) []any {
	if q.Sort == index.SortNewest || q.Sort == index.SortOldest {
		order := "desc"
		if q.Sort == index.SortOldest {
			order = "asc"
		}
		return []any{
			obj{fPublished: obj{"order": order, "missing": "_last"}},
			obj{"_score": obj{"order": "desc"}},
			obj{"id": obj{"order": "asc"}},
		}
	}
	return []any{obj{"_score": obj{"order": "desc"}}, obj{"id": obj{"order": "asc"}}}
}

// articleRequest builds the search body for an article search.
func articleRequest(q index.Query) (obj, error) {
	n, err := index.Parse(q.Text)
	if err != nil {
		return nil, err
	}
	n = index.DropTerms(n, noWords)
	must, err := translate(n, false, q.ExactNames)
	if err != nil {
		return nil, err
	}
	var filters []any
	for _, f := range q.Filters() {
		c, err := filter(f, false, q.ExactNames)
		if err != nil {
			return nil, err
		}
		filters = append(filters, c)
	}
	if r := dateRange(q); r != nil {
		filters = append(filters, r)
	}
	if q.Revised {
		filters = append(filters, obj{"range": obj{fRevision: obj{"gte": 2}}})
	}
	b := obj{"must": []any{must}}
	if len(filters) > 0 {
		b["filter"] = filters
	}
	body := obj{
		"query":            obj{"bool": b},
		"from":             q.From,
		"size":             q.Limit,
		"track_total_hits": true,
		"sort":             sortClause(q),
		"_source":          []string{"id", "url", "headline", "site_name", "published_at", "summary", "authors", fStory, fRevision},
		"highlight": obj{
			"encoder":   "html",
			"pre_tags":  []string{"<mark>"},
			"post_tags": []string{"</mark>"},
			"fields": obj{
				"headline": obj{"number_of_fragments": 0},
				"summary":  obj{"number_of_fragments": 0},
				"body":     obj{"fragment_size": 160, "number_of_fragments": 3},
			},
		},
	}
	aggs := obj{}
	if q.Facets {
		aggs = obj{
			"site":    obj{"terms": obj{"field": fSite, "size": facetSize}},
			"section": obj{"terms": obj{"field": fSection, "size": facetSize}},
			"author":  obj{"terms": obj{"field": fAuthors, "size": facetSize}},
			"speaker": obj{"terms": obj{"field": fSpeakers, "size": facetSize}},
			"published": obj{"date_histogram": obj{
				"field": fPublished, "calendar_interval": "month", "format": "yyyy-MM", "min_doc_count": 1,
			}},
		}
		if q.FacetStories {
			// Each bucket counts its distinct stories too; the buckets
			// stay those with the most articles.
			for _, a := range aggs {
				a.(obj)["aggs"] = obj{"stories": obj{"cardinality": obj{"field": fStory}}}
			}
		}
	}
	if q.Timeline {
		aggs["timeline"] = timelineAgg(nil)
	}
	if !q.NoCollapse {
		// One hit per story: its best-ranked copy, with the other
		// matching copies as inner hits (their count and sites); the
		// stories are counted by a cardinality aggregation, exact up to
		// its precision threshold.
		body["collapse"] = obj{"field": fStory, "inner_hits": obj{
			"name": "copies", "size": index.MaxOtherSites + 1, "_source": []string{fSite}, "sort": sortClause(q),
		}}
		aggs["stories"] = obj{"cardinality": obj{"field": fStory, "precision_threshold": 40000}}
	}
	if len(aggs) > 0 {
		body["aggs"] = aggs
	}
	return body, nil
}

// timelineAgg is the per-day histogram of publication dates behind
// Results.Timeline; sub counts matching quotes per day in quote search.
func timelineAgg(sub obj) obj {
	a := obj{"date_histogram": obj{
		"field": fPublished, "calendar_interval": "day", "format": "yyyy-MM-dd", "min_doc_count": 1,
	}}
	if sub != nil {
		a["aggs"] = sub
	}
	return a
}

// quoteRequest builds the search body for a quote search: a nested query
// on quotes with inner_hits, article-level filters outside it, and a nested
// aggregation that counts matching quotes (the total) and their speakers.
// Articles are fetched up to From+Limit (each has at least one matching
// quote) and their inner hits are paged in Go.
func quoteRequest(q index.Query) (obj, error) {
	n, err := index.Parse(q.Text)
	if err != nil {
		return nil, err
	}
	n = index.DropTerms(n, noWords)
	// Lift top-level article filters out of the nested part.
	var outer []any
	var inner []index.Node
	kids := []index.Node{n}
	if a, ok := n.(*index.And); ok {
		kids = a.Children
	}
	for _, c := range kids {
		if t, ok := c.(*index.Term); ok && t.Field != "" && t.Field != index.FieldSpeaker {
			f, err := filter(t, false, q.ExactNames)
			if err != nil {
				return nil, err
			}
			outer = append(outer, f)
			continue
		}
		if c != nil {
			inner = append(inner, c)
		}
	}
	for _, f := range q.Filters() {
		if f.Field == index.FieldSpeaker {
			inner = append(inner, f)
			continue
		}
		c, err := filter(f, false, q.ExactNames)
		if err != nil {
			return nil, err
		}
		outer = append(outer, c)
	}
	if r := dateRange(q); r != nil {
		outer = append(outer, r)
	}
	var innerNode index.Node
	switch len(inner) {
	case 0:
	case 1:
		innerNode = inner[0]
	default:
		innerNode = &index.And{Children: inner}
	}
	innerQ, err := translate(innerNode, true, q.ExactNames)
	if err != nil {
		return nil, err
	}
	nested := obj{"nested": obj{
		"path":       fQuotes,
		"query":      innerQ,
		"score_mode": "max",
		"inner_hits": obj{
			"size": 100, "_source": []string{"quotes.text", "quotes.speaker", "quotes.cue"},
			// The whole quote with the matched words marked.
			"highlight": obj{
				"encoder": "html", "pre_tags": []string{"<mark>"}, "post_tags": []string{"</mark>"},
				"fields": obj{fQText: obj{"number_of_fragments": 0}},
			},
		},
	}}
	b := obj{"must": []any{nested}}
	if len(outer) > 0 {
		b["filter"] = outer
	}
	body := obj{
		"query":            obj{"bool": b},
		"from":             0,
		"size":             min(q.From+q.Limit, maxResultWindow),
		"track_total_hits": true,
		"sort":             sortClause(q),
		"_source":          []string{"id", "url", "headline", "site_name", "published_at"},
		"aggs": obj{"quotes": obj{
			"nested": obj{"path": fQuotes},
			"aggs": obj{"matching": obj{
				"filter": innerQ,
				"aggs":   obj{"speaker": obj{"terms": obj{"field": fQSpeaker, "size": facetSize}}},
			}},
		}},
	}
	if q.Timeline {
		body["aggs"].(obj)["timeline"] = timelineAgg(obj{"quotes": obj{
			"nested": obj{"path": fQuotes},
			"aggs":   obj{"matching": obj{"filter": innerQ}},
		}})
	}
	return body, nil
}

// searchResponse is the subset of an ES 8 search response Byline reads
// (types.HitsMetadata, types.Hit, inner hits and bucket aggregations).
type searchResponse struct {
	Took int64 `json:"took"`
	Hits struct {
		Total struct {
			Value    uint64 `json:"value"`
			Relation string `json:"relation"`
		} `json:"total"`
		Hits []searchHit `json:"hits"`
	} `json:"hits"`
	Aggregations map[string]json.RawMessage `json:"aggregations"`
}

type searchHit struct {
	Index     string              `json:"_index"`
	ID        string              `json:"_id"`
	Version   int64               `json:"_version"`
	Score     *float64            `json:"_score"`
	Source    json.RawMessage     `json:"_source"`
	Highlight map[string][]string `json:"highlight"`
	InnerHits map[string]struct {
		Hits struct {
			Total struct {
				Value uint64 `json:"value"`
			} `json:"total"`
			Hits []struct {
				Score     *float64            `json:"_score"`
				Highlight map[string][]string `json:"highlight"`
				Source    struct {
					Text     string  `json:"text"`
					Speaker  *string `json:"speaker"`
					Cue      string  `json:"cue"`
					SiteName string  `json:"site_name"` // collapsed copies
				} `json:"_source"`
			} `json:"hits"`
		} `json:"hits"`
	} `json:"inner_hits"`
}

type hitSource struct {
	ID          string   `json:"id"`
	URL         string   `json:"url"`
	Headline    string   `json:"headline"`
	SiteName    string   `json:"site_name"`
	PublishedAt string   `json:"published_at"`
	Summary     string   `json:"summary"`
	Authors     []string `json:"authors"`
	Story       string   `json:"story"`
	Revision    int      `json:"revision"`
}

type bucketAgg struct {
	DocCount uint64 `json:"doc_count"`
	Buckets  []struct {
		Key         any    `json:"key"`
		KeyAsString string `json:"key_as_string"`
		DocCount    uint64 `json:"doc_count"`
		Stories     *struct {
			Value uint64 `json:"value"`
		} `json:"stories"` // with Query.FacetStories
	} `json:"buckets"`
}

func (b bucketAgg) facets() []index.Facet {
	out := []index.Facet{}
	for _, k := range b.Buckets {
		v := k.KeyAsString
		if v == "" {
			v = fmt.Sprint(k.Key)
		}
		n := k.DocCount
		if k.Stories != nil {
			n = k.Stories.Value
		}
		out = append(out, index.Facet{Value: v, Count: n})
	}
	return out
}

// search posts body to the alias and decodes the response; a missing alias
// (no index yet) is an empty result.
func (x *Index) search(ctx context.Context, op string, body obj, out *searchResponse) error {
	b, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("%s: encode query: %w", op, err)
	}
	res, err := x.do(ctx, esapi.SearchRequest{Index: []string{x.cfg.IndexPrefix}, Body: bytes.NewReader(b)})
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if err := x.decode(res, op, out); err != nil {
		if isType(err, "index_not_found_exception") {
			*out = searchResponse{}
			return nil
		}
		return err
	}
	return nil
}

// Search runs an article search.
func (x *Index) Search(ctx context.Context, q index.Query) (*index.Results, error) {
	start := time.Now()
	q = q.Normalize()
	if err := q.Check(); err != nil {
		return nil, err
	}
	if q.From+q.Limit > maxResultWindow {
		return nil, fmt.Errorf("%w: from+limit %d exceeds %d; narrow the query", index.ErrBadQuery, q.From+q.Limit, maxResultWindow)
	}
	body, err := articleRequest(q)
	if err != nil {
		return nil, err
	}
	var res searchResponse
	if err := x.search(ctx, "search "+q.Text, body, &res); err != nil {
		return nil, err
	}
	out := &index.Results{Total: res.Hits.Total.Value, Hits: make([]index.Hit, 0, len(res.Hits.Hits))}
	for _, h := range res.Hits.Hits {
		var s hitSource
		if err := json.Unmarshal(h.Source, &s); err != nil {
			return nil, fmt.Errorf("search: decode hit %s: %w", h.ID, err)
		}
		hit := index.Hit{
			ID: h.ID, URL: s.URL, Headline: s.Headline, SiteName: s.SiteName, PublishedAt: s.PublishedAt,
			Summary: s.Summary, Authors: s.Authors, Highlights: map[string][]string{}, Story: s.Story, Revision: s.Revision,
		}
		if hit.Story == "" {
			hit.Story = h.ID
		}
		if c, ok := h.InnerHits["copies"]; ok && !q.NoCollapse {
			hit.Copies = int(max(c.Hits.Total.Value, 1) - 1)
			for _, ih := range c.Hits.Hits {
				if site := ih.Source.SiteName; site != "" && site != hit.SiteName && !slices.Contains(hit.OtherSites, site) && len(hit.OtherSites) < index.MaxOtherSites {
					hit.OtherSites = append(hit.OtherSites, site)
				}
			}
		}
		if h.Score != nil {
			hit.Score = *h.Score
		}
		for f, frags := range h.Highlight {
			if len(frags) > 0 {
				if f == "body" { // the other fields are highlighted whole
					for i := range frags {
						frags[i] = index.MarkCuts(frags[i])
					}
				}
				hit.Highlights[f] = frags
			}
		}
		out.Hits = append(out.Hits, hit)
	}
	if !q.NoCollapse {
		var card struct {
			Value uint64 `json:"value"`
		}
		if raw, ok := res.Aggregations["stories"]; ok {
			if err := json.Unmarshal(raw, &card); err != nil {
				return nil, fmt.Errorf("search: decode story count: %w", err)
			}
		}
		out.Total, out.Copies = card.Value, res.Hits.Total.Value
	}
	if q.Timeline {
		var b bucketAgg
		if raw, ok := res.Aggregations["timeline"]; ok {
			if err := json.Unmarshal(raw, &b); err != nil {
				return nil, fmt.Errorf("search: decode timeline: %w", err)
			}
		}
		out.Timeline = b.facets()
	}
	if q.Facets {
		out.Facets = map[string][]index.Facet{}
		for _, name := range []string{"site", "section", "author", "speaker", "published"} {
			var b bucketAgg
			if raw, ok := res.Aggregations[name]; ok {
				if err := json.Unmarshal(raw, &b); err != nil {
					return nil, fmt.Errorf("search: decode %s facet: %w", name, err)
				}
			}
			out.Facets[name] = b.facets()
		}
	}
	out.Took = time.Since(start)
	return out, nil
}

// SearchQuotes runs a quote search.
func (x *Index) SearchQuotes(ctx context.Context, q index.Query) (*index.QuoteResults, error) {
	q = q.Normalize()
	if err := q.Check(); err != nil {
		return nil, err
	}
	body, err := quoteRequest(q)
	if err != nil {
		return nil, err
	}
	var res searchResponse
	if err := x.search(ctx, "search quotes "+q.Text, body, &res); err != nil {
		return nil, err
	}
	var hits []index.QuoteHit
	for _, h := range res.Hits.Hits {
		var s hitSource
		if err := json.Unmarshal(h.Source, &s); err != nil {
			return nil, fmt.Errorf("search quotes: decode hit %s: %w", h.ID, err)
		}
		ih := h.InnerHits[fQuotes].Hits.Hits
		for _, qh := range ih {
			hit := index.QuoteHit{
				Text: qh.Source.Text, Cue: qh.Source.Cue, ID: h.ID, URL: s.URL, Headline: s.Headline,
				SiteName: s.SiteName, PublishedAt: s.PublishedAt,
			}
			if qh.Source.Speaker != nil {
				hit.Speaker = *qh.Source.Speaker
			}
			if qh.Score != nil {
				hit.Score = *qh.Score
			}
			if hl := qh.Highlight[fQText]; len(hl) > 0 {
				hit.Highlight = hl[0]
			}
			hits = append(hits, hit)
		}
	}
	if q.Sort == index.SortRelevance {
		slices.SortStableFunc(hits, func(a, b index.QuoteHit) int {
			switch {
			case a.Score > b.Score:
				return -1
			case a.Score < b.Score:
				return 1
			}
			return 0
		})
	}
	out := &index.QuoteResults{Hits: []index.QuoteHit{}}
	if q.From < len(hits) {
		out.Hits = hits[q.From:min(len(hits), q.From+q.Limit)]
	}
	var agg struct {
		Matching struct {
			DocCount uint64    `json:"doc_count"`
			Speaker  bucketAgg `json:"speaker"`
		} `json:"matching"`
	}
	if raw, ok := res.Aggregations["quotes"]; ok {
		if err := json.Unmarshal(raw, &agg); err != nil {
			return nil, fmt.Errorf("search quotes: decode aggregation: %w", err)
		}
	}
	out.Total = agg.Matching.DocCount
	if q.Facets {
		out.Facets = map[string][]index.Facet{"speaker": agg.Matching.Speaker.facets()}
	}
	if q.Timeline {
		var tl struct {
			Buckets []struct {
				KeyAsString string `json:"key_as_string"`
				Quotes      struct {
					Matching struct {
						DocCount uint64 `json:"doc_count"`
					} `json:"matching"`
				} `json:"quotes"`
			} `json:"buckets"`
		}
		if raw, ok := res.Aggregations["timeline"]; ok {
			if err := json.Unmarshal(raw, &tl); err != nil {
				return nil, fmt.Errorf("search quotes: decode timeline: %w", err)
			}
		}
		out.Timeline = []index.Facet{}
		for _, b := range tl.Buckets {
			if b.Quotes.Matching.DocCount > 0 {
				out.Timeline = append(out.Timeline, index.Facet{Value: b.KeyAsString, Count: b.Quotes.Matching.DocCount})
			}
		}
	}
	return out, nil
}

package bleveindex

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/byline/byline/index"
)

// textFields are the article fields free text is matched against, with
// their boosts.
var textFields = []struct {
	name  string
	boost float64
}{
	{fieldHeadline, 3}, {fieldSummary, 2}, {fieldBullets, 1.5}, {fieldBody, 1},
}

// facetSize is the number of buckets returned per keyword facet.
const facetSize = 10

func typeQuery(t string) query.Query {
	q := bleve.NewTermQuery(t)
	q.SetField(fieldType)
	return q
}

// translator turns parsed queries into bleve queries. quotes selects the
// quote-document text field; exact makes name filters whole-value matches.
type translator struct {
	quotes, exact bool
}

// filter is the query for one field filter.
func (tr translator) filter(t *index.Term) (query.Query, error) {
	v := strings.TrimSpace(t.Value)
	if f, ok := nameField[t.Field]; ok && !tr.exact && len(index.NameTokens(v)) > 0 {
		// The words of the value, in order, among the name's folded words;
		// the phrase stays inside one name of a multi-valued field.
		q := bleve.NewMatchPhraseQuery(v)
		q.SetField(words(f))
		return q, nil
	}
	f, ok := filterField[t.Field]
	if !ok {
		return nil, fmt.Errorf("%w: unknown field %q", index.ErrBadQuery, t.Field)
	}
	q := bleve.NewTermQuery(strings.ToLower(v))
	q.SetField(f)
	return q, nil
}

// translate turns a parsed query into a bleve query.
func (tr translator) translate(n index.Node) (query.Query, error) {
	switch n := n.(type) {
	case nil:
		return bleve.NewMatchAllQuery(), nil
	case *index.Term:
		if n.Field != "" {
			return tr.filter(n)
		}
		if tr.quotes {
			return textQuery(fieldQuoteText, n, 1), nil
		}
		var ds []query.Query
		for _, f := range textFields {
			ds = append(ds, textQuery(f.name, n, f.boost))
		}
		return bleve.NewDisjunctionQuery(ds...), nil
	case *index.And:
		var cs []query.Query
		for _, c := range n.Children {
			q, err := tr.translate(c)
			if err != nil {
				return nil, err
			}
			cs = append(cs, q)
		}
		return bleve.NewConjunctionQuery(cs...), nil
	case *index.Or:
		var ds []query.Query
		for _, c := range n.Children {
			q, err := tr.translate(c)
			if err != nil {
				return nil, err
			}
			ds = append(ds, q)
		}
		return bleve.NewDisjunctionQuery(ds...), nil
	case *index.Not:
		q, err := tr.translate(n.Child)
		if err != nil {
			return nil, err
		}
		b := bleve.NewBooleanQuery()
		b.AddMust(bleve.NewMatchAllQuery())
		b.AddMustNot(q)
		return b, nil
	}
	return nil, fmt.Errorf("%w: unsupported node %T", index.ErrBadQuery, n)
}

// textAnalyzer is the analyzer of the free-text fields (headline, summary,
// bullets, body, quote text).
var textAnalyzer = func() analysis.Analyzer {
	m, err := newMapping()
	if err != nil {
		panic("bleve mapping: " + err.Error())
	}
	return m.AnalyzerNamed(en.AnalyzerName)
}()

// noWords reports whether a free-text term analyses to no token at all (a
// stop word, punctuation): as a match query it would match nothing.
func noWords(t *index.Term) bool {
	return len(textAnalyzer.Analyze([]byte(t.Value))) == 0
}

func textQuery(field string, t *index.Term, boost float64) query.Query {
	if t.Phrase && strings.Contains(t.Value, " ") {
		q := bleve.NewMatchPhraseQuery(t.Value)
		q.SetField(field)
		q.SetBoost(boost)
		return q
	}
	q := bleve.NewMatchQuery(t.Value)
	q.SetField(field)
	q.SetBoost(boost)
	q.SetOperator(query.MatchQueryOperatorAnd)
	return q
}

// build makes the full bleve query for q: the parsed text ANDed with the
// document type, the structured filters and the date range.
func build(q index.Query, typ string, extra ...query.Query) (query.Query, error) {
	n, err := index.Parse(q.Text)
	if err != nil {
		return nil, err
	}
	n = index.DropTerms(n, noWords)
	tr := translator{quotes: typ == typeQuote, exact: q.ExactNames}
	text, err := tr.translate(n)
	if err != nil {
		return nil, err
	}
	parts := []query.Query{typeQuery(typ), text}
	for _, f := range q.Filters() {
		fq, err := tr.filter(f)
		if err != nil {
			return nil, err
		}
		parts = append(parts, fq)
	}
	if q.Revised && typ == typeArticle {
		r := bleve.NewTermQuery("yes")
		r.SetField(fieldRevised)
		parts = append(parts, r)
	}
	parts = append(parts, extra...)
	if !q.Since.IsZero() || !q.Until.IsZero() {
		incl, excl := true, false
		dr := bleve.NewDateRangeInclusiveQuery(q.Since.UTC(), q.Until.UTC(), &incl, &excl)
		dr.SetField(fieldPublished)
		parts = append(parts, dr)
	}
	return bleve.NewConjunctionQuery(parts...), nil
}

func newRequest(q index.Query, typ string, extra ...query.Query) (*bleve.SearchRequest, error) {
	bq, err := build(q, typ, extra...)
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bq, q.Limit, q.From, false)
	switch q.Sort {
	case index.SortNewest, index.SortOldest:
		req.SortByCustom(search.SortOrder{
			&search.SortField{Field: fieldPublished, Desc: q.Sort == index.SortNewest, Type: search.SortFieldAsDate, Missing: search.SortFieldMissingLast},
			&search.SortScore{Desc: true},
			&search.SortDocID{},
		})
	default:
		req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}, &search.SortDocID{}})
	}
	if q.Facets {
		for name, field := range facetFields {
			size := facetSize
			if name == "published" {
				size = 1200 // a century of months: every bucket
			}
			req.AddFacet(name, bleve.NewFacetRequest(field, size))
		}
	}
	if q.Timeline {
		req.AddFacet(timelineFacet, bleve.NewFacetRequest(fieldDay, maxTimelineDays))
	}
	return req, nil
}

// timelineFacet names the day facet behind Results.Timeline; it is kept
// out of Results.Facets.
const timelineFacet = "_timeline"

// maxTimelineDays bounds the day buckets of a timeline: 30 years of days.
const maxTimelineDays = 11000

// timeline turns the day facet into Results.Timeline, oldest day first.
func timeline(res *bleve.SearchResult) []index.Facet {
	fr, ok := res.Facets[timelineFacet]
	if !ok || fr.Terms == nil {
		return nil
	}
	out := []index.Facet{}
	for _, t := range fr.Terms.Terms() {
		if t.Term != "" && t.Count > 0 {
			out = append(out, index.Facet{Value: t.Term, Count: uint64(t.Count)})
		}
	}
	slices.SortFunc(out, func(a, b index.Facet) int { return strings.Compare(a.Value, b.Value) })
	return out
}

// Search runs an article search, collapsing the copies of a story into
// one hit unless q.NoCollapse (see searchStories).
func (x *Index) Search(ctx context.Context, q index.Query) (*index.Results, error) {
	start := time.Now()
	q = q.Normalize()
	if err := q.Check(); err != nil {
		return nil, err
	}
	var out *index.Results
	var err error
	if q.NoCollapse {
		out, err = x.searchPage(ctx, q)
	} else {
		out, err = x.searchStories(ctx, q)
	}
	if err != nil {
		return nil, err
	}
	if q.FacetStories && q.Facets {
		if out.Facets, err = x.storyFacets(ctx, q); err != nil {
			return nil, err
		}
	}
	out.Took = time.Since(start)
	return out, nil
}

// storyFacets counts the facets in stories: for each bucket, the distinct
// stories among the matching articles in it. It reads the story and facet
// fields of the first maxCollapseWindow matches in ranking order, so past
// that many matches the counts are those of the best-ranked ones.
func (x *Index) storyFacets(ctx context.Context, q index.Query) (map[string][]index.Facet, error) {
	wq := q
	wq.From, wq.Limit, wq.Facets, wq.Timeline = 0, maxCollapseWindow, false, false
	req, err := newRequest(wq, typeArticle)
	if err != nil {
		return nil, err
	}
	req.Fields = []string{fieldStory}
	for _, f := range facetFields {
		req.Fields = append(req.Fields, f)
	}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, x.wrap("search "+q.Text, err)
	}
	stories := map[string]map[string]map[string]bool{} // facet -> value -> stories
	articles := map[string]map[string]uint64{}         // facet -> value -> articles
	for name := range facetFields {
		stories[name] = map[string]map[string]bool{}
		articles[name] = map[string]uint64{}
	}
	for _, h := range res.Hits {
		key := str(h.Fields[fieldStory])
		if key == "" {
			key = h.ID
		}
		for name, field := range facetFields {
			for _, v := range strs(h.Fields[field]) {
				if v == "" {
					continue
				}
				if stories[name][v] == nil {
					stories[name][v] = map[string]bool{}
				}
				stories[name][v][key] = true
				articles[name][v]++
			}
		}
	}
	// The buckets are those with the most articles, in that order, as in
	// the article facets (and Elasticsearch's cardinality sub-aggregation):
	// counting stories changes the counts, not which values are listed.
	out := map[string][]index.Facet{}
	for name, byValue := range stories {
		fs := []index.Facet{}
		for v := range byValue {
			fs = append(fs, index.Facet{Value: v, Count: articles[name][v]})
		}
		sortFacets(name, fs)
		if name != "published" && len(fs) > facetSize {
			fs = fs[:facetSize]
		}
		for i := range fs {
			fs[i].Count = uint64(len(byValue[fs[i].Value]))
		}
		out[name] = fs
	}
	return out, nil
}

// articleFields are the stored fields a hit shows.
var articleFields = []string{fieldURL, fieldHeadline, fieldSite, fieldPublishedAt, fieldSummary, fieldAuthors, fieldStory, fieldRevision}

// searchPage runs q as it is: one hit per article.
func (x *Index) searchPage(ctx context.Context, q index.Query, extra ...query.Query) (*index.Results, error) {
	req, err := newRequest(q, typeArticle, extra...)
	if err != nil {
		return nil, err
	}
	req.Fields = articleFields
	req.Highlight = bleve.NewHighlightWithStyle(highlighterName)
	req.Highlight.Fields = []string{fieldHeadline, fieldSummary, fieldBody}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, x.wrap("search "+q.Text, err)
	}
	out := &index.Results{Total: res.Total, Hits: make([]index.Hit, 0, len(res.Hits)), Facets: facets(res), Timeline: timeline(res)}
	for _, h := range res.Hits {
		hit := index.Hit{
			ID:          h.ID,
			URL:         str(h.Fields[fieldURL]),
			Headline:    str(h.Fields[fieldHeadline]),
			SiteName:    str(h.Fields[fieldSite]),
			PublishedAt: str(h.Fields[fieldPublishedAt]),
			Score:       h.Score,
			Summary:     str(h.Fields[fieldSummary]),
			Authors:     strs(h.Fields[fieldAuthors]),
			Story:       str(h.Fields[fieldStory]),
			Highlights:  map[string][]string{},
		}
		if v, ok := h.Fields[fieldRevision].(float64); ok {
			hit.Revision = int(v)
		}
		for f, frags := range h.Fragments {
			if len(frags) > 0 {
				hit.Highlights[f] = frags
			}
		}
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}

// Collapsing bounds: the window of ranked matches grouped into stories
// grows from collapseWindow to maxCollapseWindow until it holds the
// requested page of stories; the story facet counts up to maxStories
// distinct stories exactly (beyond, Total is an upper bound).
const (
	collapseWindow    = 200
	maxCollapseWindow = 10000
	maxStories        = 50000
	storyFacet        = "_story"
)

// story is one collapsed story in ranking order.
type story struct {
	key   string
	lead  string // id of its best-ranked copy
	score float64
	seen  int // copies in the window
	sites []string
}

// searchStories answers a collapsed search in two requests. The first
// ranks the matches, reads the story and site of the first window of them
// (with the facets, the timeline and a facet counting the matches of each
// story); it groups them into stories in ranking order, each led by its
// best-ranked copy. The second fetches the leads of the requested page
// with their highlights. Bleve has no collapse of its own.
func (x *Index) searchStories(ctx context.Context, q index.Query) (*index.Results, error) {
	need := q.From + q.Limit
	win := min(max(4*need, collapseWindow), maxCollapseWindow)
	var (
		res     *bleve.SearchResult
		order   []*story
		byStory map[string]*story
	)
	for {
		wq := q
		wq.From, wq.Limit = 0, win
		req, err := newRequest(wq, typeArticle)
		if err != nil {
			return nil, err
		}
		req.Fields = []string{fieldStory, fieldSite}
		req.AddFacet(storyFacet, bleve.NewFacetRequest(fieldStory, maxStories))
		if res, err = x.idx.SearchInContext(ctx, req); err != nil {
			return nil, x.wrap("search "+q.Text, err)
		}
		order, byStory = nil, map[string]*story{}
		for _, h := range res.Hits {
			key := str(h.Fields[fieldStory])
			if key == "" {
				key = h.ID
			}
			st := byStory[key]
			if st == nil {
				st = &story{key: key, lead: h.ID, score: h.Score}
				byStory[key] = st
				order = append(order, st)
			} else if site := str(h.Fields[fieldSite]); site != "" && len(st.sites) < index.MaxOtherSites && !slices.Contains(st.sites, site) {
				st.sites = append(st.sites, site)
			}
			st.seen++
		}
		if len(order) >= need || uint64(len(res.Hits)) >= res.Total || win >= maxCollapseWindow {
			break
		}
		win = min(4*win, maxCollapseWindow)
	}
	counts := map[string]int{}
	total := uint64(0)
	if fr, ok := res.Facets[storyFacet]; ok && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			counts[t.Term] = t.Count
		}
		total = uint64(len(counts)) + uint64(fr.Other) + uint64(fr.Missing)
	}
	delete(res.Facets, storyFacet)
	out := &index.Results{Total: total, Copies: res.Total, Hits: []index.Hit{}, Facets: facets(res), Timeline: timeline(res)}
	if q.From >= len(order) {
		return out, nil
	}
	page := order[q.From:min(need, len(order))]
	ids := make([]string, len(page))
	for i, st := range page {
		ids[i] = st.lead
	}
	pq := q
	pq.From, pq.Limit, pq.Facets, pq.Timeline = 0, len(ids), false, false
	lead, err := x.searchPage(ctx, pq, bleve.NewDocIDQuery(ids))
	if err != nil {
		return nil, err
	}
	byID := map[string]index.Hit{}
	for _, h := range lead.Hits {
		byID[h.ID] = h
	}
	for _, st := range page {
		h, ok := byID[st.lead]
		if !ok {
			continue // deleted between the two requests
		}
		h.Score = st.score // the lead request's own id filter adds to it
		h.Copies = max(counts[st.key], st.seen) - 1
		for _, site := range st.sites {
			if site != h.SiteName {
				h.OtherSites = append(h.OtherSites, site)
			}
		}
		out.Hits = append(out.Hits, h)
	}
	return out, nil
}

// SearchQuotes runs a quote search: free text matches the quote text, the
// speaker filter the quote's speaker, the other filters its article.
func (x *Index) SearchQuotes(ctx context.Context, q index.Query) (*index.QuoteResults, error) {
	q = q.Normalize()
	if err := q.Check(); err != nil {
		return nil, err
	}
	req, err := newRequest(q, typeQuote)
	if err != nil {
		return nil, err
	}
	req.Fields = []string{fieldQuoteText, fieldSpeakers, fieldCue, fieldArticleID, fieldURL, fieldHeadline, fieldSite, fieldPublishedAt}
	// Term locations mark the matched words in the whole quote text (a
	// highlighter would cut long quotes into fragments).
	req.IncludeLocations = true
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, x.wrap("search quotes "+q.Text, err)
	}
	out := &index.QuoteResults{Total: res.Total, Hits: make([]index.QuoteHit, 0, len(res.Hits)), Facets: facets(res), Timeline: timeline(res)}
	for _, h := range res.Hits {
		sp := strs(h.Fields[fieldSpeakers])
		hit := index.QuoteHit{
			Text:        str(h.Fields[fieldQuoteText]),
			Cue:         str(h.Fields[fieldCue]),
			ID:          str(h.Fields[fieldArticleID]),
			URL:         str(h.Fields[fieldURL]),
			Headline:    str(h.Fields[fieldHeadline]),
			SiteName:    str(h.Fields[fieldSite]),
			PublishedAt: str(h.Fields[fieldPublishedAt]),
			Score:       h.Score,
		}
		if len(sp) > 0 {
			hit.Speaker = sp[0]
		}
		hit.Highlight = markLocations(hit.Text, h.Locations[fieldQuoteText])
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}

// facets converts bleve facet results; the month histogram is sorted by
// month, the others by count then value.
func facets(res *bleve.SearchResult) map[string][]index.Facet {
	if len(res.Facets) == 0 || len(res.Facets) == 1 && res.Facets[timelineFacet] != nil {
		return nil
	}
	out := make(map[string][]index.Facet, len(res.Facets))
	for name, fr := range res.Facets {
		if name == timelineFacet {
			continue
		}
		fs := []index.Facet{}
		if fr.Terms != nil {
			for _, t := range fr.Terms.Terms() {
				if t.Term == "" {
					continue
				}
				fs = append(fs, index.Facet{Value: t.Term, Count: uint64(t.Count)})
			}
		}
		sortFacets(name, fs)
		out[name] = fs
	}
	return out
}

// sortFacets orders a facet's buckets: months by date, the others by
// count, most first, then by value.
func sortFacets(name string, fs []index.Facet) {
	if name == "published" {
		slices.SortFunc(fs, func(a, b index.Facet) int { return strings.Compare(a.Value, b.Value) })
		return
	}
	slices.SortStableFunc(fs, func(a, b index.Facet) int {
		if a.Count != b.Count {
			if a.Count > b.Count {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Value, b.Value)
	})
}

func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		if len(v) > 0 {
			s, _ := v[0].(string)
			return s
		}
	}
	return ""
}

func strs(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

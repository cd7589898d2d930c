package web

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// fakeSearcher is an in-memory index.Searcher good enough to test the web
// layer: it evaluates the query syntax with index.Parse, applies the
// filters and date range, sorts, pages, counts facets over every match and
// highlights matches the way the backends do (text HTML-escaped, matches in
// <mark>). It records the queries it is asked and can be made to fail.
type fakeSearcher struct {
	mu       sync.Mutex
	articles []*article.Article
	queries  []index.Query // since the last firstQuery
	err      error         // returned by every call when set
	took     time.Duration // reported as Results.Took when set (golden files)
}

func loadFixtures(t testing.TB) *fakeSearcher {
	t.Helper()
	b, err := os.ReadFile("testdata/articles.json")
	if err != nil {
		t.Fatalf("read fixtures: %v", err)
	}
	var arts []*article.Article
	if err := json.Unmarshal(b, &arts); err != nil {
		t.Fatalf("parse testdata/articles.json: %v", err)
	}
	for _, a := range arts {
		a.Normalize()
	}
	return &fakeSearcher{articles: arts}
}

// byHeadline returns the fixture whose headline contains s.
func (f *fakeSearcher) byHeadline(t testing.TB, s string) *article.Article {
	t.Helper()
	for _, a := range f.articles {
		if strings.Contains(a.Headline, s) {
			return a
		}
	}
	t.Fatalf("no fixture headline contains %q", s)
	return nil
}

// firstQuery returns the first query since the previous call (a page's
// own search, before any suggestion lookups) and forgets them all.
func (f *fakeSearcher) firstQuery() index.Query {
	f.mu.Lock()
	defer f.mu.Unlock()
	var q index.Query
	if len(f.queries) > 0 {
		q = f.queries[0]
	}
	f.queries = nil
	return q
}

func (f *fakeSearcher) begin(ctx context.Context, q index.Query) (index.Node, error) {
	f.mu.Lock()
	f.queries = append(f.queries, q)
	err := f.err
	f.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return index.Parse(q.Text)
}

func (f *fakeSearcher) Get(ctx context.Context, id string) (*article.Article, error) {
	f.mu.Lock()
	err := f.err
	f.mu.Unlock()
	if err != nil {
		return nil, err
	}
	for _, a := range f.articles {
		if a.ID == id {
			c := *a
			return &c, nil
		}
	}
	return nil, fmt.Errorf("fake get %s: %w", id, index.ErrNotFound)
}

func (f *fakeSearcher) Search(ctx context.Context, q index.Query) (*index.Results, error) {
	start := time.Now()
	node, err := f.begin(ctx, q)
	if err != nil {
		return nil, err
	}
	type scored struct {
		a     *article.Article
		score float64
	}
	var matched []scored
	for _, a := range f.articles {
		if !filtersMatch(a, q, "") || (node != nil && !evalNode(node, a, "")) {
			continue
		}
		matched = append(matched, scored{a, score(node, articleText(a))})
	}
	order := q.Normalize().Sort
	slices.SortStableFunc(matched, func(x, y scored) int {
		if order == index.SortRelevance {
			return cmp.Compare(y.score, x.score)
		}
		return byDate(order, x.a, y.a)
	})
	if q.Revised {
		matched = slices.DeleteFunc(matched, func(m scored) bool { return m.a.Revision < 2 })
	}
	res := &index.Results{Total: uint64(len(matched)), Hits: []index.Hit{}}
	// Collapse copies of a story as the backends do: the best-ranked copy
	// leads, the others are counted and their sites named.
	copies := map[string][]*article.Article{}
	all := matched
	if !q.NoCollapse {
		var leads []scored
		for _, m := range matched {
			key := index.StoryOf(m.a)
			if len(copies[key]) == 0 {
				leads = append(leads, m)
			}
			copies[key] = append(copies[key], m.a)
		}
		if len(leads) < len(matched) {
			res.Total, res.Copies = uint64(len(leads)), uint64(len(matched))
		}
		matched = leads
	}
	if q.Timeline {
		arts := make([]*article.Article, len(all))
		for i, m := range all {
			arts[i] = m.a
		}
		res.Timeline = timelineOf(arts)
	}
	if q.Facets {
		src := all
		if q.FacetStories { // a story counts once (the fake takes its lead's values)
			src = nil
			seen := map[string]bool{}
			for _, m := range all {
				if k := index.StoryOf(m.a); !seen[k] {
					seen[k] = true
					src = append(src, m)
				}
			}
		}
		arts := make([]*article.Article, len(src))
		for i, m := range src {
			arts[i] = m.a
		}
		res.Facets = facetsOf(arts)
	}
	words := freeWords(node)
	for _, m := range pageOf(matched, q) {
		a := m.a
		h := index.Hit{
			ID: a.ID, URL: a.URL, Headline: a.Headline, SiteName: a.SiteName, PublishedAt: a.PublishedAt,
			Score: m.score, Summary: a.Summary, Authors: a.Authors, Highlights: map[string][]string{},
			Story: index.StoryOf(a), Revision: a.Revision,
		}
		if cs := copies[h.Story]; len(cs) > 1 {
			h.Copies = len(cs) - 1
			for _, c := range cs[1:] {
				if c.SiteName != a.SiteName && !slices.Contains(h.OtherSites, c.SiteName) {
					h.OtherSites = append(h.OtherSites, c.SiteName)
				}
			}
		}
		if frag, ok := highlight(a.Headline, words); ok {
			h.Highlights["headline"] = []string{frag}
		}
		for _, p := range a.Paragraphs {
			if frag, ok := highlight(p, words); ok {
				h.Highlights["body"] = append(h.Highlights["body"], frag)
			}
		}
		res.Hits = append(res.Hits, h)
	}
	res.Took = time.Since(start)
	if f.took != 0 {
		res.Took = f.took
	}
	return res, nil
}

func (f *fakeSearcher) SearchQuotes(ctx context.Context, q index.Query) (*index.QuoteResults, error) {
	node, err := f.begin(ctx, q)
	if err != nil {
		return nil, err
	}
	type hit struct {
		a *article.Article
		q article.Quote
	}
	var matched []hit
	var arts []*article.Article
	for _, a := range f.articles {
		for _, qt := range a.Quotes {
			speaker := ""
			if qt.Speaker != nil {
				speaker = *qt.Speaker
			}
			if q.Speaker != "" && !nameMatches(q, q.Speaker, speaker) {
				continue
			}
			qq := q
			qq.Speaker = ""
			if !filtersMatch(a, qq, "") {
				continue
			}
			if node != nil && !evalNode(node, a, qt.Text) {
				continue
			}
			matched = append(matched, hit{a, qt})
			arts = append(arts, a)
		}
	}
	order := q.Normalize().Sort
	if order != index.SortRelevance {
		slices.SortStableFunc(matched, func(x, y hit) int { return byDate(order, x.a, y.a) })
	}
	res := &index.QuoteResults{Total: uint64(len(matched)), Hits: []index.QuoteHit{}}
	if q.Timeline {
		res.Timeline = timelineOf(arts)
	}
	words := freeWords(node)
	if q.Facets {
		res.Facets = map[string][]index.Facet{}
		sp := map[string]uint64{}
		for _, m := range matched {
			if m.q.Speaker != nil {
				sp[*m.q.Speaker]++
			}
		}
		res.Facets["speaker"] = buckets(sp)
		all := facetsOf(arts)
		res.Facets["site"] = all["site"]
		res.Facets["published"] = all["published"]
	}
	from := min(q.From, len(matched))
	to := min(from+cmp.Or(q.Limit, 20), len(matched))
	for _, m := range matched[from:to] {
		qh := index.QuoteHit{
			Text: m.q.Text, Cue: m.q.Cue, ID: m.a.ID, URL: m.a.URL, Headline: m.a.Headline,
			SiteName: m.a.SiteName, PublishedAt: m.a.PublishedAt, Score: 1,
		}
		if m.q.Speaker != nil {
			qh.Speaker = *m.q.Speaker
		}
		if hl, ok := highlight(m.q.Text, words); ok {
			qh.Highlight = hl
		}
		res.Hits = append(res.Hits, qh)
	}
	return res, nil
}

func pageOf[T any](all []T, q index.Query) []T {
	from := min(q.From, len(all))
	to := min(from+cmp.Or(q.Limit, 20), len(all))
	return all[from:to]
}

// SuggestNames ranks every name of the field, with its count, by
// index.RankNames, as the backends do with the names they collect.
func (f *fakeSearcher) SuggestNames(ctx context.Context, q index.NameQuery) ([]index.Facet, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	if _, err := f.begin(ctx, index.Query{}); err != nil {
		return nil, err
	}
	counts := map[string]uint64{}
	for _, a := range f.articles {
		switch {
		case q.Quotes:
			for _, qt := range a.Quotes {
				if qt.Speaker != nil {
					counts[*qt.Speaker]++
				}
			}
		case q.Field == index.FieldSite:
			counts[a.SiteName]++
		case q.Field == index.FieldAuthor:
			for _, s := range a.Authors {
				counts[s]++
			}
		default:
			for _, s := range speakersOf(a) {
				counts[s]++
			}
		}
	}
	return index.RankNames(q.Value, buckets(counts), q.Limit), nil
}

// byDate orders two articles newest or oldest first, undated last.
func byDate(order index.Sort, x, y *article.Article) int {
	tx, ty := x.Published(), y.Published()
	switch {
	case tx.IsZero() || ty.IsZero():
		return cmp.Compare(b2i(tx.IsZero()), b2i(ty.IsZero()))
	case order == index.SortOldest:
		return tx.Compare(ty)
	}
	return ty.Compare(tx)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// timelineOf counts articles (one entry per match) per UTC day.
func timelineOf(arts []*article.Article) []index.Facet {
	days := map[string]uint64{}
	for _, a := range arts {
		if t := a.Published(); !t.IsZero() {
			days[t.UTC().Format(index.DayKey)]++
		}
	}
	out := []index.Facet{}
	for d, n := range days {
		out = append(out, index.Facet{Value: d, Count: n})
	}
	slices.SortFunc(out, func(x, y index.Facet) int { return cmp.Compare(x.Value, y.Value) })
	return out
}

// nameMatches is a name filter: index.NameMatches, or the whole name with
// q.ExactNames.
func nameMatches(q index.Query, value, name string) bool {
	if q.ExactNames {
		return strings.EqualFold(strings.TrimSpace(value), strings.TrimSpace(name))
	}
	return index.NameMatches(value, name)
}

func filtersMatch(a *article.Article, q index.Query, _ string) bool {
	eq := strings.EqualFold
	if q.Site != "" && !nameMatches(q, q.Site, a.SiteName) {
		return false
	}
	if q.Section != "" && !eq(a.Section, q.Section) {
		return false
	}
	if q.Language != "" && !eq(a.Language, q.Language) {
		return false
	}
	if q.Author != "" && !slices.ContainsFunc(a.Authors, func(s string) bool { return nameMatches(q, q.Author, s) }) {
		return false
	}
	if q.Speaker != "" && !slices.ContainsFunc(speakersOf(a), func(s string) bool { return nameMatches(q, q.Speaker, s) }) {
		return false
	}
	pub := a.Published()
	if !q.Since.IsZero() && pub.Before(q.Since) {
		return false
	}
	if !q.Until.IsZero() && !pub.Before(q.Until) {
		return false
	}
	return true
}

func speakersOf(a *article.Article) []string {
	var out []string
	for _, s := range a.Speakers {
		out = append(out, s.Name)
	}
	return out
}

// articleText is the free text of an article; quoteText overrides it in
// quote search.
func articleText(a *article.Article) string {
	return strings.Join(append([]string{a.Headline, a.Summary, a.Body}, a.Bullets...), "\n")
}

func evalNode(n index.Node, a *article.Article, quoteText string) bool {
	switch n := n.(type) {
	case *index.And:
		for _, c := range n.Children {
			if !evalNode(c, a, quoteText) {
				return false
			}
		}
		return true
	case *index.Or:
		for _, c := range n.Children {
			if evalNode(c, a, quoteText) {
				return true
			}
		}
		return false
	case *index.Not:
		return !evalNode(n.Child, a, quoteText)
	case *index.Term:
		q := index.Query{}
		switch n.Field {
		case "":
			text := quoteText
			if text == "" {
				text = articleText(a)
			}
			return containsWords(text, n.Value)
		case index.FieldSite:
			q.Site = n.Value
		case index.FieldSection:
			q.Section = n.Value
		case index.FieldAuthor:
			q.Author = n.Value
		case index.FieldSpeaker:
			q.Speaker = n.Value
		case index.FieldLanguage:
			q.Language = n.Value
		}
		return filtersMatch(a, q, "")
	}
	return false
}

func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsWords reports whether the token sequence of value occurs in text.
func containsWords(text, value string) bool {
	tt, vt := tokens(text), tokens(value)
	if len(vt) == 0 {
		return true
	}
	for i := 0; i+len(vt) <= len(tt); i++ {
		if slices.Equal(tt[i:i+len(vt)], vt) {
			return true
		}
	}
	return false
}

func freeWords(n index.Node) []string {
	var out []string
	var walk func(index.Node)
	walk = func(n index.Node) {
		switch n := n.(type) {
		case *index.And:
			for _, c := range n.Children {
				walk(c)
			}
		case *index.Or:
			for _, c := range n.Children {
				walk(c)
			}
		case *index.Term:
			if n.Field == "" {
				out = append(out, tokens(n.Value)...)
			}
		}
	}
	walk(n)
	return out
}

func score(n index.Node, text string) float64 {
	words := freeWords(n)
	var s float64
	for _, t := range tokens(text) {
		if slices.Contains(words, t) {
			s++
		}
	}
	return s
}

// highlight escapes text and wraps whole-word matches of words in <mark>,
// as the backends do.
func highlight(text string, words []string) (string, bool) {
	if len(words) == 0 {
		return "", false
	}
	var b strings.Builder
	found := false
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			b.WriteString(html.EscapeString(string(rs[i])))
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
			j++
		}
		w := string(rs[i:j])
		if slices.Contains(words, strings.ToLower(w)) {
			b.WriteString("<mark>" + html.EscapeString(w) + "</mark>")
			found = true
		} else {
			b.WriteString(html.EscapeString(w))
		}
		i = j
	}
	return b.String(), found
}

func facetsOf(arts []*article.Article) map[string][]index.Facet {
	counts := map[string]map[string]uint64{
		"site": {}, "section": {}, "author": {}, "speaker": {}, "published": {},
	}
	for _, a := range arts {
		if a.SiteName != "" {
			counts["site"][a.SiteName]++
		}
		if a.Section != "" {
			counts["section"][a.Section]++
		}
		for _, s := range a.Authors {
			counts["author"][s]++
		}
		for _, s := range speakersOf(a) {
			counts["speaker"][s]++
		}
		if len(a.PublishedAt) >= 7 {
			counts["published"][a.PublishedAt[:7]]++
		}
	}
	out := map[string][]index.Facet{}
	for k, m := range counts {
		out[k] = buckets(m)
	}
	return out
}

func buckets(m map[string]uint64) []index.Facet {
	out := []index.Facet{}
	for v, c := range m {
		out = append(out, index.Facet{Value: v, Count: c})
	}
	slices.SortFunc(out, func(x, y index.Facet) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Value, y.Value))
	})
	return out
}

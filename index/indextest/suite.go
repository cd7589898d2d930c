// Package indextest is the behavioural test suite every index.Index backend
// runs: the embedded Bleve index, the Elasticsearch backend against a fake
// ES 8 server, and the Elasticsearch backend against a live cluster.
//
// A backend test calls RunSuite with a constructor that returns a fresh,
// empty index; the suite closes it.
package indextest

import (
	"context"
	"errors"
	"fmt"
	"html"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// Corpus returns the fixture articles the suite indexes. They are fresh
// copies on each call.
func Corpus() []*article.Article {
	sp := func(s string) *string { return &s }
	mk := func(url, site, section, lang, headline, summary, published string, authors []string, paras []string, quotes []article.Quote) *article.Article {
		a := &article.Article{
			ID:          article.IDFor(url),
			URL:         url,
			SiteName:    site,
			Section:     section,
			Language:    lang,
			Headline:    headline,
			Summary:     summary,
			Authors:     authors,
			PublishedAt: published,
			ModifiedAt:  published,
			Paragraphs:  paras,
			Body:        strings.Join(paras, "\n\n"),
			Quotes:      quotes,
			Tags:        []string{section},
			Bullets:     []string{},
		}
		speakers := map[string]int{}
		var order []string
		for _, q := range quotes {
			if q.Speaker != nil {
				if speakers[*q.Speaker] == 0 {
					order = append(order, *q.Speaker)
				}
				speakers[*q.Speaker]++
			}
		}
		for _, s := range order {
			a.Speakers = append(a.Speakers, article.Speaker{Name: s, Quotes: speakers[s]})
		}
		a.ContentHash = article.HashContent([]byte(a.Body))
		a.WordCount = len(strings.Fields(a.Body))
		a.Normalize()
		return a
	}
	return []*article.Article{
		mk("https://news.example/climate-deal", "Example News", "World", "en",
			"Leaders agree climate change pact",
			"A summit ends with a deal on emissions.",
			"2025-06-14T09:00:00Z", []string{"Ann Writer"},
			[]string{
				"Leaders meeting in Geneva agreed a pact on climate change late on Friday.",
				`"This is a turning point for the planet," said Maria Lopez, the summit chair.`,
				`Critics were unconvinced. "The targets are too weak," said Tom Green.`,
			},
			[]article.Quote{
				{Text: "This is a turning point for the planet", Speaker: sp("Maria Lopez"), Cue: "said", Paragraph: 1, Start: 1, End: 39},
				{Text: "The targets are too weak", Speaker: sp("Tom Green"), Cue: "said", Paragraph: 2, Start: 20, End: 44},
			}),
		mk("https://news.example/markets-tariffs", "Example News", "Business", "en",
			"Markets fall as tariffs bite",
			"Shares slid after new tariffs on steel.",
			"2025-07-02T15:30:00Z", []string{"Bob Reporter", "Ann Writer"},
			[]string{
				"Stock markets fell sharply on Wednesday as new tariffs on steel took effect.",
				"Analysts said the change in trade policy could hit the climate of investment.",
				`"We expect further volatility," said Maria Lopez of the central bank.`,
			},
			[]article.Quote{
				{Text: "We expect further volatility", Speaker: sp("Maria Lopez"), Cue: "said", Paragraph: 2, Start: 1, End: 29},
			}),
		mk("https://daily.example/football-final", "The Daily", "Sport", "en",
			"Underdogs win the cup final",
			"A late goal settles it.",
			"2025-07-20T20:00:00Z", []string{"Cara Sports"},
			[]string{
				"The underdogs won the cup final with a goal in the last minute.",
				`"I can't believe it," said coach Tom Green after the whistle.`,
			},
			[]article.Quote{
				{Text: "I can't believe it", Speaker: sp("Tom Green"), Cue: "said", Paragraph: 1, Start: 1, End: 19},
			}),
		mk("https://daily.example/script-test", "The Daily", "Technology", "en",
			"Browser bug lets <script> tags through",
			"A flaw in a popular browser.",
			"2025-08-05T08:00:00Z", []string{"Dee Tech"},
			[]string{
				"Researchers found that a <script>alert(1)</script> payload could run in the browser.",
				"The vendor shipped a fix for the browser flaw on Tuesday.",
			},
			nil),
		mk("https://zeitung.example/wahl", "Die Zeitung", "Politik", "de",
			"Wahl in Berlin entschieden",
			"Die Koalition steht.",
			"", []string{"Eva Autorin"},
			[]string{"Die Wahl in Berlin ist entschieden, die Koalition steht."},
			[]article.Quote{
				{Text: "Wir haben es geschafft", Speaker: nil, Paragraph: 0},
			}),
		// Names with diacritics, and a body long enough that highlight
		// fragments are cut out of it.
		mk("https://zeitung.example/stadtrat", "Die Zeitung", "Politik", "de",
			"Stadtrat beschließt den Haushalt",
			"Nach langer Debatte steht der Haushalt.",
			"2025-05-03T07:00:00Z", []string{"Jürgen Weiß"},
			[]string{
				"Der Stadtrat hat am Freitagabend nach einer langen und zeitweise hitzigen Debatte den Haushalt für das kommende Jahr beschlossen, nachdem die Fraktionen sich in mehreren Sitzungen über Kürzungen bei Bibliotheken, Schwimmbädern und dem öffentlichen Nahverkehr gestritten hatten und die Verwaltung neue Zahlen vorgelegt hatte.",
				"Die Kämmerin sprach von einem Haushaltsloch, das nur mit schmerzhaften Einschnitten zu schließen sei, und warnte davor, die Rücklagen der Stadt weiter aufzubrauchen, weil steigende Zinsen und sinkende Einnahmen aus der Gewerbesteuer den Spielraum der kommenden Jahre deutlich einschränken würden, wie sie in ihrer Rede vor dem Rat ausführte.",
				`"Wir sparen nicht an der Zukunft", sagte Zoë Ólafsdóttir. "Die Bibliotheken bleiben offen", fügte Ólafsdóttir hinzu.`,
			},
			[]article.Quote{
				{Text: "Wir sparen nicht an der Zukunft", Speaker: sp("Zoë Ólafsdóttir"), Cue: "sagte", Paragraph: 2, Start: 1, End: 32},
				{Text: "Die Bibliotheken bleiben offen", Speaker: sp("Zoë Ólafsdóttir"), Cue: "fügte hinzu", Paragraph: 2, Start: 56, End: 86},
			}),
	}
}

// Fixture indices into Corpus().
const (
	climate = iota
	markets
	football
	script
	wahl
	stadtrat
)

// RunSuite runs the behavioural suite. newIndex must return a fresh, empty
// index each call; the suite closes it.
func RunSuite(t *testing.T, newIndex func(t *testing.T) index.Index) {
	t.Helper()
	ctx := context.Background()

	// Most cases share one loaded index; cases that change it make their own.
	t.Run("read", func(t *testing.T) {
		ix := newIndex(t)
		t.Cleanup(func() { _ = ix.Close(ctx) })
		corpus := Corpus()
		load(t, ix, corpus)
		runReadCases(t, ix, corpus)
	})
	t.Run("versioning", func(t *testing.T) { testVersioning(t, newIndex(t)) })
	t.Run("delete", func(t *testing.T) { testDelete(t, newIndex(t)) })
	t.Run("lifecycle", func(t *testing.T) { testLifecycle(t, newIndex(t)) })
	t.Run("concurrent adds", func(t *testing.T) { testConcurrent(t, newIndex(t)) })
	t.Run("quote paging", func(t *testing.T) { testQuotePaging(t, newIndex(t)) })
	t.Run("stories and revisions", func(t *testing.T) { testStories(t, newIndex(t)) })
	t.Run("story facets keep the article buckets", func(t *testing.T) { testStoryFacetBuckets(t, newIndex(t)) })
}

// testStories: the copies of one story (one cluster_id) on three sites
// are one hit by default, with the other two counted and their sites
// named; NoCollapse lists them all; Revised keeps the edited article.
func testStories(t *testing.T, ix index.Index) {
	ctx := context.Background()
	defer ix.Close(ctx)
	mk := func(url, site, headline, published, cluster string, revision int) *article.Article {
		a := &article.Article{URL: url, SiteName: site, Headline: headline, PublishedAt: published,
			Body:      "Ferry workers ratified a three-year contract on Sunday, ending an eleven-day strike.",
			FetchedAt: "2026-08-17T00:00:00Z", ClusterID: cluster, Revision: revision}
		a.Paragraphs = []string{a.Body}
		a.ID = a.DefaultID()
		a.Normalize()
		return a
	}
	wire := mk("https://wire.example/ferry", "Meridian Wire", "Ferry strike ends", "2026-08-16T19:00:00Z", "", 1)
	wire.ClusterID = wire.ID
	copies := []*article.Article{
		wire,
		mk("https://times.example/ferry", "The Harbor Times", "Ferries sail again", "2026-08-16T20:30:00Z", wire.ID, 1),
		mk("https://coast.example/ferry", "Coastline Mobile", "Ferry strike over", "2026-08-16T21:10:00Z", wire.ID, 1),
	}
	other := mk("https://times.example/budget", "The Harbor Times", "Ferry budget approved", "2026-08-10T08:00:00Z", "", 2)
	other.Body = "The council approved the ferry budget."
	other.Paragraphs = []string{other.Body}
	load(t, ix, append(append([]*article.Article{}, copies...), other))

	res, err := ix.Search(ctx, index.Query{Text: "ferry", Sort: index.SortNewest, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 || res.Copies != 4 || len(res.Hits) != 2 {
		t.Fatalf("collapsed: total %d stories, %d copies, %d hits; want 2, 4, 2", res.Total, res.Copies, len(res.Hits))
	}
	lead := res.Hits[0]
	if lead.ID != copies[2].ID || lead.Story != wire.ID || lead.Copies != 2 {
		t.Errorf("collapsed lead: %s (story %q) with %d copies; want the newest copy %s with 2", lead.Headline, lead.Story, lead.Copies, copies[2].Headline)
	}
	if got := strings.Join(sorted(lead.OtherSites), ", "); got != "Meridian Wire, The Harbor Times" {
		t.Errorf("other sites %q", got)
	}
	if res.Hits[1].ID != other.ID || res.Hits[1].Copies != 0 || res.Hits[1].Revision != 2 {
		t.Errorf("second hit %s: %d copies, revision %d", res.Hits[1].Headline, res.Hits[1].Copies, res.Hits[1].Revision)
	}
	var sites uint64
	for _, f := range res.Facets["site"] {
		sites += f.Count
	}
	if sites != 4 {
		t.Errorf("site facet counts %d articles, want 4 (facets count copies)", sites)
	}
	month := func(r *index.Results) uint64 {
		for _, f := range r.Facets["published"] {
			if f.Value == "2026-08" {
				return f.Count
			}
		}
		return 0
	}
	if n := month(res); n != 4 {
		t.Errorf("month facet counts %d articles, want 4", n)
	}
	for _, nc := range []bool{false, true} {
		st, err := ix.Search(ctx, index.Query{Text: "ferry", Facets: true, FacetStories: true, NoCollapse: nc})
		if err != nil {
			t.Fatal(err)
		}
		if n := month(st); n != 2 {
			t.Errorf("FacetStories (no collapse %v): month facet counts %d, want 2 stories", nc, n)
		}
		for _, f := range st.Facets["site"] {
			if want := map[string]uint64{"The Harbor Times": 2}[f.Value]; want != 0 && f.Count != want || want == 0 && f.Count != 1 {
				t.Errorf("FacetStories: site %s counts %d", f.Value, f.Count)
			}
		}
	}
	// Paging counts stories.
	if p2, err := ix.Search(ctx, index.Query{Text: "ferry", Sort: index.SortNewest, From: 1, Limit: 1}); err != nil || len(p2.Hits) != 1 || p2.Hits[0].ID != other.ID || p2.Total != 2 {
		t.Errorf("second page of stories: %+v, %v", p2, err)
	}
	all, err := ix.Search(ctx, index.Query{Text: "ferry", NoCollapse: true})
	if err != nil || all.Total != 4 || len(all.Hits) != 4 || all.Copies != 0 {
		t.Errorf("no collapse: %+v, %v", all, err)
	}
	rev, err := ix.Search(ctx, index.Query{Text: "ferry", Revised: true})
	if err != nil || rev.Total != 1 || len(rev.Hits) != 1 || rev.Hits[0].ID != other.ID {
		t.Errorf("revised: %+v, %v", rev, err)
	}
}

// testStoryFacetBuckets: counting stories changes a facet's counts, not
// its buckets (index.Query.FacetStories). A wire author whose one story ran
// on three sites has the most articles, so she is a bucket; counted in
// stories she has one, fewer than the ten authors with two stories each,
// and must still be there, as Elasticsearch's cardinality sub-aggregation
// of the article buckets has her.
func testStoryFacetBuckets(t *testing.T, ix index.Index) {
	ctx := context.Background()
	defer ix.Close(ctx)
	mk := func(url, site, author, cluster string) *article.Article {
		a := &article.Article{URL: url, SiteName: site, Headline: "Harbor news", PublishedAt: "2026-08-16T19:00:00Z",
			Body: "The harbor reopened.", Authors: []string{author}, FetchedAt: "2026-08-17T00:00:00Z", ClusterID: cluster}
		a.Paragraphs = []string{a.Body}
		a.ID = a.DefaultID()
		a.Normalize()
		return a
	}
	var as []*article.Article
	for i := range 3 {
		as = append(as, mk(fmt.Sprintf("https://site%d.example/wire", i), fmt.Sprintf("Site %d", i), "Wendy Wire", "wire-story"))
	}
	for i := range 10 {
		for j := range 2 {
			as = append(as, mk(fmt.Sprintf("https://local.example/%d/%d", i, j), "Local", fmt.Sprintf("Author %02d", i), ""))
		}
	}
	load(t, ix, as)
	values := func(fs []index.Facet) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Value)
		}
		return sorted(out)
	}
	articles, err := ix.Search(ctx, index.Query{Text: "harbor", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, nc := range []bool{false, true} {
		stories, err := ix.Search(ctx, index.Query{Text: "harbor", Facets: true, FacetStories: true, NoCollapse: nc})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := values(stories.Facets["author"]), values(articles.Facets["author"]); !slices.Equal(got, want) {
			t.Errorf("no collapse %v: author buckets counting stories %v, counting articles %v; want the same buckets", nc, got, want)
		}
		for _, f := range stories.Facets["author"] {
			if want := map[bool]uint64{true: 1, false: 2}[f.Value == "Wendy Wire"]; f.Count != want {
				t.Errorf("no collapse %v: author %s counts %d stories, want %d", nc, f.Value, f.Count, want)
			}
		}
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// load adds every article, flushes, and checks each done(nil).
func load(t *testing.T, ix index.Index, as []*article.Article) {
	t.Helper()
	ctx := context.Background()
	errs := make([]error, len(as))
	var calls atomic.Int64
	for i, a := range as {
		if err := ix.Add(ctx, a, func(err error) { errs[i] = err; calls.Add(1) }); err != nil {
			t.Fatalf("Add %s: %v", a.URL, err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if got := calls.Load(); got != int64(len(as)) {
		t.Fatalf("done called %d times after Flush, want %d", got, len(as))
	}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("done for %s: %v", as[i].URL, err)
		}
	}
}

func ids(as []*article.Article, idx ...int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = as[j].ID
	}
	slices.Sort(out)
	return out
}

func hitIDs(r *index.Results) []string {
	out := make([]string, len(r.Hits))
	for i, h := range r.Hits {
		out[i] = h.ID
	}
	slices.Sort(out)
	return out
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func runReadCases(t *testing.T, ix index.Index, corpus []*article.Article) {
	ctx := context.Background()

	t.Run("count", func(t *testing.T) {
		n, err := ix.Count(ctx)
		if err != nil || n != uint64(len(corpus)) {
			t.Fatalf("Count = %d, %v; want %d", n, err, len(corpus))
		}
	})

	t.Run("get round-trips the article", func(t *testing.T) {
		for _, want := range corpus {
			got, err := ix.Get(ctx, want.ID)
			if err != nil {
				t.Fatalf("Get %s: %v", want.URL, err)
			}
			got.Normalize()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Get %s:\n got %+v\nwant %+v", want.URL, got, want)
			}
		}
	})

	t.Run("get unknown id", func(t *testing.T) {
		_, err := ix.Get(ctx, "0000000000000000")
		if !errors.Is(err, index.ErrNotFound) {
			t.Fatalf("Get unknown: %v, want ErrNotFound", err)
		}
	})

	searches := []struct {
		name string
		q    index.Query
		want []int
	}{
		{"word", index.Query{Text: "tariffs"}, []int{markets}},
		{"word in body only", index.Query{Text: "Geneva"}, []int{climate}},
		{"case insensitive", index.Query{Text: "GENEVA"}, []int{climate}},
		{"two words anywhere", index.Query{Text: "climate change"}, []int{climate, markets}},
		{"phrase", index.Query{Text: `"climate change"`}, []int{climate}},
		{"or", index.Query{Text: "tariffs OR underdogs"}, []int{markets, football}},
		{"not", index.Query{Text: "browser NOT fix"}, nil},
		{"minus", index.Query{Text: "climate -tariffs"}, []int{climate}},
		{"only a negation", index.Query{Text: "-climate"}, []int{football, script, wahl, stadtrat}},
		{"parentheses", index.Query{Text: "(tariffs OR underdogs) goal"}, []int{football}},
		{"site filter in text", index.Query{Text: `site:"the daily"`}, []int{football, script}},
		{"section filter", index.Query{Text: "section:business"}, []int{markets}},
		{"author filter", index.Query{Text: `author:"Ann Writer"`}, []int{climate, markets}},
		{"speaker filter", index.Query{Text: `speaker:"tom green"`}, []int{climate, football}},
		{"language filter", index.Query{Text: "lang:de"}, []int{wahl, stadtrat}},
		{"structured filters", index.Query{Site: "Example News", Speaker: "Maria Lopez"}, []int{climate, markets}},
		{"structured author", index.Query{Author: "bob reporter"}, []int{markets}},
		{"filter and words", index.Query{Text: "said", Site: "The Daily"}, []int{football}},
		{"since", index.Query{Since: date("2025-07-01")}, []int{markets, football, script}},
		{"since until", index.Query{Since: date("2025-07-01"), Until: date("2025-08-01")}, []int{markets, football}},
		{"until excludes the end", index.Query{Until: date("2025-07-02")}, []int{stadtrat, climate}},
		// A word the analyzer drops whole (a stop word, a lone "&" or
		// "-") does not empty the result.
		{"stop word among words", index.Query{Text: "climate and change"}, []int{climate, markets}},
		{"stop words in a name", index.Query{Text: "leaders agree on the pact"}, []int{climate}},
		{"ampersand between words", index.Query{Text: "tariffs & steel"}, []int{markets}},
		{"lone dash between words", index.Query{Text: "climate - tariffs"}, []int{markets}},
		{"stop word in an or", index.Query{Text: "tariffs OR the"}, []int{markets}},
		{"quoted stop word", index.Query{Text: `"the" underdogs`}, []int{football}},
		{"only stop words match nothing", index.Query{Text: "the of"}, nil},
		{"no match", index.Query{Text: "zyzzyva"}, nil},
		{"everything", index.Query{}, []int{climate, markets, football, script, wahl, stadtrat}},

		// Name filters match whole words of a name, in order, ignoring
		// case and diacritics; exact names on request.
		{"speaker surname", index.Query{Speaker: "Lopez"}, []int{climate, markets}},
		{"speaker surname lower case", index.Query{Speaker: "lopez"}, []int{climate, markets}},
		{"speaker surname in text", index.Query{Text: "speaker:Green"}, []int{climate, football}},
		{"speaker without diacritics", index.Query{Speaker: "Olafsdottir"}, []int{stadtrat}},
		{"speaker full name folded", index.Query{Speaker: "ZOE OLAFSDOTTIR"}, []int{stadtrat}},
		{"speaker with diacritics", index.Query{Speaker: "Ólafsdóttir"}, []int{stadtrat}},
		{"speaker part of a word", index.Query{Speaker: "Lop"}, nil},
		{"speaker words out of order", index.Query{Speaker: "Lopez Maria"}, nil},
		{"author surname", index.Query{Author: "Writer"}, []int{climate, markets}},
		{"author surname in text", index.Query{Text: "author:writer"}, []int{climate, markets}},
		{"author sharp s folded", index.Query{Author: "juergen weiss"}, nil},
		{"author folded", index.Query{Author: "Jurgen Weiss"}, []int{stadtrat}},
		{"author as written", index.Query{Author: "Weiß"}, []int{stadtrat}},
		{"author phrase stays inside one name", index.Query{Author: "Reporter Ann"}, nil},
		{"site part of the name", index.Query{Site: "Daily"}, []int{football, script}},
		{"site part of the name in text", index.Query{Text: "site:zeitung"}, []int{wahl, stadtrat}},
		{"site whole name", index.Query{Site: "the daily"}, []int{football, script}},
		{"name filters and words", index.Query{Text: "said author:Writer", Speaker: "green"}, []int{climate}},
		{"exact names: a surname is not enough", index.Query{Speaker: "Lopez", ExactNames: true}, nil},
		{"exact names: whole name, any case", index.Query{Speaker: "maria lopez", ExactNames: true}, []int{climate, markets}},
		{"exact site", index.Query{Site: "Daily", ExactNames: true}, nil},
	}
	for _, tc := range searches {
		t.Run("search "+tc.name, func(t *testing.T) {
			r, err := ix.Search(ctx, tc.q)
			if err != nil {
				t.Fatalf("Search %+v: %v", tc.q, err)
			}
			want := ids(corpus, tc.want...)
			if got := hitIDs(r); !slices.Equal(got, want) {
				t.Errorf("Search %+v: got %v, want %v (%s)", tc.q, got, want, headlines(corpus, got))
			}
			if r.Total != uint64(len(tc.want)) {
				t.Errorf("Search %+v: Total = %d, want %d", tc.q, r.Total, len(tc.want))
			}
		})
	}

	t.Run("hit fields", func(t *testing.T) {
		r, err := ix.Search(ctx, index.Query{Text: "tariffs"})
		if err != nil || len(r.Hits) != 1 {
			t.Fatalf("Search: %v, %+v", err, r)
		}
		h, a := r.Hits[0], corpus[markets]
		if h.ID != a.ID || h.URL != a.URL || h.Headline != a.Headline || h.SiteName != a.SiteName || h.PublishedAt != a.PublishedAt || h.Score <= 0 {
			t.Errorf("hit = %+v", h)
		}
		if !slices.Equal(h.Authors, a.Authors) || h.Summary != a.Summary {
			t.Errorf("hit authors/summary = %v / %q", h.Authors, h.Summary)
		}
	})

	t.Run("relevance puts headline matches first", func(t *testing.T) {
		r, err := ix.Search(ctx, index.Query{Text: "climate"})
		if err != nil || len(r.Hits) != 2 {
			t.Fatalf("Search: %v, %+v", err, r)
		}
		if r.Hits[0].ID != corpus[climate].ID || r.Hits[0].Score < r.Hits[1].Score {
			t.Errorf("order = %s (scores %v, %v)", r.Hits[0].Headline, r.Hits[0].Score, r.Hits[1].Score)
		}
	})

	newest := []int{script, football, markets, climate, stadtrat, wahl}
	oldest := []int{stadtrat, climate, markets, football, script, wahl}
	sorts := []struct {
		name string
		q    index.Query
		want []int
	}{
		{"newest first, undated last", index.Query{Sort: index.SortNewest}, newest},
		{"date is newest first", index.Query{Sort: index.SortDate}, newest},
		{"oldest first, undated last", index.Query{Sort: index.SortOldest}, oldest},
		{"no words: newest first by default", index.Query{}, newest},
		{"only filters: newest first by default", index.Query{Text: "-zyzzyva site:example"}, []int{markets, climate}},
		{"oldest with a filter", index.Query{Speaker: "green", Sort: index.SortOldest}, []int{climate, football}},
		{"words: relevance by default", index.Query{Text: "climate"}, []int{climate, markets}},
	}
	for _, tc := range sorts {
		t.Run("sort "+tc.name, func(t *testing.T) {
			r, err := ix.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, h := range r.Hits {
				got = append(got, h.ID)
			}
			for _, i := range tc.want {
				want = append(want, corpus[i].ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("Search %+v order = %s\nwant %s", tc.q, headlines(corpus, got), headlines(corpus, want))
			}
		})
	}

	t.Run("pagination", func(t *testing.T) {
		var seen []string
		n := len(corpus)
		for _, order := range []index.Sort{index.SortNewest, index.SortOldest} {
			seen = seen[:0]
			for from := 0; from < n; from += 2 {
				r, err := ix.Search(ctx, index.Query{Sort: order, From: from, Limit: 2})
				if err != nil {
					t.Fatal(err)
				}
				if r.Total != uint64(n) {
					t.Errorf("%s page from %d: Total = %d, want %d", order, from, r.Total, n)
				}
				if want := min(2, n-from); len(r.Hits) != want {
					t.Fatalf("%s page from %d: %d hits, want %d", order, from, len(r.Hits), want)
				}
				for _, h := range r.Hits {
					seen = append(seen, h.ID)
				}
			}
			slices.Sort(seen)
			if !slices.Equal(seen, ids(corpus, climate, markets, football, script, wahl, stadtrat)) {
				t.Errorf("%s pages did not cover every article once: %v", order, seen)
			}
		}
	})

	t.Run("snippets are cut at word boundaries with one ellipsis", func(t *testing.T) {
		r, err := ix.Search(ctx, index.Query{Text: "Haushaltsloch"})
		if err != nil || len(r.Hits) != 1 {
			t.Fatalf("Search: %v %+v", err, r)
		}
		body := corpus[stadtrat].Body
		frags := r.Hits[0].Highlights["body"]
		if len(frags) == 0 {
			t.Fatalf("no body fragment: %+v", r.Hits[0].Highlights)
		}
		for _, f := range frags {
			checkFragment(t, f, body)
		}
		if !strings.Contains(strings.Join(frags, " "), "<mark>Haushaltsloch</mark>") {
			t.Errorf("the match is not marked: %q", frags)
		}
	})

	t.Run("highlights are escaped with marks", func(t *testing.T) {
		r, err := ix.Search(ctx, index.Query{Text: "payload"})
		if err != nil || len(r.Hits) != 1 {
			t.Fatalf("Search: %v %+v", err, r)
		}
		body := strings.Join(r.Hits[0].Highlights["body"], " … ")
		if !strings.Contains(body, "<mark>payload</mark>") {
			t.Errorf("body highlight lacks <mark>payload</mark>: %q", body)
		}
		if strings.Contains(body, "<script>") || !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("body highlight not HTML-escaped: %q", body)
		}
		r, err = ix.Search(ctx, index.Query{Text: "browser"})
		if err != nil || len(r.Hits) != 1 {
			t.Fatalf("Search browser: %v %+v", err, r)
		}
		hl := strings.Join(r.Hits[0].Highlights["headline"], "")
		if !strings.Contains(hl, "<mark>Browser</mark>") || strings.Contains(hl, "<script>") {
			t.Errorf("headline highlight = %q", hl)
		}
	})

	t.Run("facets", func(t *testing.T) {
		r, err := ix.Search(ctx, index.Query{Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		check := func(name string, want []index.Facet) {
			t.Helper()
			if got := r.Facets[name]; !reflect.DeepEqual(got, want) {
				t.Errorf("facet %s = %v, want %v", name, got, want)
			}
		}
		check("site", []index.Facet{{Value: "Die Zeitung", Count: 2}, {Value: "Example News", Count: 2}, {Value: "The Daily", Count: 2}})
		check("speaker", []index.Facet{{Value: "Maria Lopez", Count: 2}, {Value: "Tom Green", Count: 2}, {Value: "Zoë Ólafsdóttir", Count: 1}})
		check("author", []index.Facet{{Value: "Ann Writer", Count: 2}, {Value: "Bob Reporter", Count: 1}, {Value: "Cara Sports", Count: 1}, {Value: "Dee Tech", Count: 1}, {Value: "Eva Autorin", Count: 1}, {Value: "Jürgen Weiß", Count: 1}})
		check("published", []index.Facet{{Value: "2025-05", Count: 1}, {Value: "2025-06", Count: 1}, {Value: "2025-07", Count: 2}, {Value: "2025-08", Count: 1}})
		if len(r.Facets["section"]) != 5 {
			t.Errorf("facet section = %v", r.Facets["section"])
		}
		r, err = ix.Search(ctx, index.Query{Text: `speaker:"Tom Green"`, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		check("site", []index.Facet{{Value: "Example News", Count: 1}, {Value: "The Daily", Count: 1}})
	})

	quoteCases := []struct {
		name string
		q    index.Query
		want []string // quote texts
	}{
		{"speaker", index.Query{Speaker: "Maria Lopez"}, []string{"This is a turning point for the planet", "We expect further volatility"}},
		{"speaker and words", index.Query{Text: "speaker:\"tom green\" weak"}, []string{"The targets are too weak"}},
		{"words only match quote text", index.Query{Text: "Geneva"}, nil},
		{"phrase", index.Query{Text: `"turning point"`}, []string{"This is a turning point for the planet"}},
		{"article filter", index.Query{Text: "speaker:\"Tom Green\"", Site: "The Daily"}, []string{"I can't believe it"}},
		{"date filter", index.Query{Speaker: "Maria Lopez", Since: date("2025-07-01")}, []string{"We expect further volatility"}},
		{"unattributed quote", index.Query{Text: "geschafft"}, []string{"Wir haben es geschafft"}},
		{"speaker surname", index.Query{Speaker: "Green"}, []string{"The targets are too weak", "I can't believe it"}},
		{"speaker surname in text", index.Query{Text: "speaker:lopez volatility"}, []string{"We expect further volatility"}},
		{"speaker without diacritics", index.Query{Speaker: "olafsdottir"}, []string{"Wir sparen nicht an der Zukunft", "Die Bibliotheken bleiben offen"}},
		{"speaker and partial site", index.Query{Speaker: "Lopez", Site: "example"}, []string{"This is a turning point for the planet", "We expect further volatility"}},
		{"exact speaker", index.Query{Speaker: "Green", ExactNames: true}, nil},
		{"stop word among words", index.Query{Text: "the turning point"}, []string{"This is a turning point for the planet"}},
	}
	for _, tc := range quoteCases {
		t.Run("quotes "+tc.name, func(t *testing.T) {
			r, err := ix.SearchQuotes(ctx, tc.q)
			if err != nil {
				t.Fatalf("SearchQuotes %+v: %v", tc.q, err)
			}
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.Text)
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("SearchQuotes %+v = %q, want %q", tc.q, got, want)
			}
			if r.Total != uint64(len(tc.want)) {
				t.Errorf("SearchQuotes %+v: Total = %d, want %d", tc.q, r.Total, len(tc.want))
			}
		})
	}

	t.Run("quote hit carries its article", func(t *testing.T) {
		r, err := ix.SearchQuotes(ctx, index.Query{Text: "volatility"})
		if err != nil || len(r.Hits) != 1 {
			t.Fatalf("SearchQuotes: %v %+v", err, r)
		}
		h, a := r.Hits[0], corpus[markets]
		if h.Speaker != "Maria Lopez" || h.ID != a.ID || h.URL != a.URL || h.Headline != a.Headline || h.SiteName != a.SiteName || h.PublishedAt != a.PublishedAt {
			t.Errorf("quote hit = %+v", h)
		}
	})

	t.Run("quote order", func(t *testing.T) {
		for _, tc := range []struct {
			sort index.Sort
			want []string
		}{
			{index.SortOldest, []string{"The targets are too weak", "I can't believe it"}},
			{index.SortNewest, []string{"I can't believe it", "The targets are too weak"}},
			{"", []string{"I can't believe it", "The targets are too weak"}},
		} {
			r, err := ix.SearchQuotes(ctx, index.Query{Speaker: "Tom Green", Sort: tc.sort})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("quotes by Tom Green, sort %q: %q, want %q", tc.sort, got, tc.want)
			}
		}
	})

	t.Run("quote highlights", func(t *testing.T) {
		r, err := ix.SearchQuotes(ctx, index.Query{Text: "volatility"})
		if err != nil || len(r.Hits) != 1 {
			t.Fatalf("SearchQuotes: %v %+v", err, r)
		}
		if got, want := r.Hits[0].Highlight, "We expect further <mark>volatility</mark>"; got != want {
			t.Errorf("quote highlight = %q, want %q", got, want)
		}
		r, err = ix.SearchQuotes(ctx, index.Query{Text: `"turning point"`})
		if err != nil || len(r.Hits) != 1 {
			t.Fatalf("SearchQuotes: %v %+v", err, r)
		}
		// Elasticsearch marks the phrase as one span, Bleve each word.
		if got := r.Hits[0].Highlight; !(strings.Contains(got, "<mark>turning point</mark>") ||
			strings.Contains(got, "<mark>turning</mark>") && strings.Contains(got, "<mark>point</mark>")) || !strings.HasPrefix(got, "This is a ") {
			t.Errorf("phrase highlight = %q", got)
		}
		r, err = ix.SearchQuotes(ctx, index.Query{Speaker: "Maria Lopez"})
		if err != nil || len(r.Hits) != 2 {
			t.Fatalf("SearchQuotes: %v %+v", err, r)
		}
		for _, h := range r.Hits {
			if h.Highlight != "" {
				t.Errorf("no words, yet highlight %q", h.Highlight)
			}
		}
	})

	t.Run("timeline", func(t *testing.T) {
		r, err := ix.Search(ctx, index.Query{Timeline: true, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		want := []index.Facet{{Value: "2025-05-03", Count: 1}, {Value: "2025-06-14", Count: 1}, {Value: "2025-07-02", Count: 1}, {Value: "2025-07-20", Count: 1}, {Value: "2025-08-05", Count: 1}}
		if !reflect.DeepEqual(r.Timeline, want) {
			t.Errorf("article timeline = %v, want %v", r.Timeline, want)
		}
		if _, ok := r.Facets["published"]; ok {
			t.Errorf("facets without Facets: %v", r.Facets)
		}
		r, err = ix.Search(ctx, index.Query{Speaker: "green", Timeline: true})
		if err != nil {
			t.Fatal(err)
		}
		if want := []index.Facet{{Value: "2025-06-14", Count: 1}, {Value: "2025-07-20", Count: 1}}; !reflect.DeepEqual(r.Timeline, want) {
			t.Errorf("filtered timeline = %v, want %v", r.Timeline, want)
		}
		qr, err := ix.SearchQuotes(ctx, index.Query{Timeline: true, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		// Quotes, not articles, per day: the climate article has two.
		want = []index.Facet{{Value: "2025-05-03", Count: 2}, {Value: "2025-06-14", Count: 2}, {Value: "2025-07-02", Count: 1}, {Value: "2025-07-20", Count: 1}}
		if !reflect.DeepEqual(qr.Timeline, want) {
			t.Errorf("quote timeline = %v, want %v", qr.Timeline, want)
		}
		qr, err = ix.SearchQuotes(ctx, index.Query{Text: "weak OR believe", Timeline: true})
		if err != nil {
			t.Fatal(err)
		}
		if want := []index.Facet{{Value: "2025-06-14", Count: 1}, {Value: "2025-07-20", Count: 1}}; !reflect.DeepEqual(qr.Timeline, want) {
			t.Errorf("quote timeline for words = %v, want %v", qr.Timeline, want)
		}
	})

	suggestions := []struct {
		name string
		q    index.NameQuery
		want []index.Facet // the first suggestions, in order
	}{
		{"misspelt surname", index.NameQuery{Field: index.FieldSpeaker, Value: "Lopes"}, []index.Facet{{Value: "Maria Lopez", Count: 2}}},
		{"misspelt full name", index.NameQuery{Field: index.FieldSpeaker, Value: "Marie Lopes"}, []index.Facet{{Value: "Maria Lopez", Count: 2}}},
		{"quotes counted", index.NameQuery{Field: index.FieldSpeaker, Value: "Olafsdotir", Quotes: true}, []index.Facet{{Value: "Zoë Ólafsdóttir", Count: 2}}},
		{"articles counted", index.NameQuery{Field: index.FieldSpeaker, Value: "olafsdotir"}, []index.Facet{{Value: "Zoë Ólafsdóttir", Count: 1}}},
		{"prefix of a surname", index.NameQuery{Field: index.FieldSpeaker, Value: "Gre", Quotes: true}, []index.Facet{{Value: "Tom Green", Count: 2}}},
		{"author", index.NameQuery{Field: index.FieldAuthor, Value: "Writter"}, []index.Facet{{Value: "Ann Writer", Count: 2}}},
		{"author with a diacritic dropped", index.NameQuery{Field: index.FieldAuthor, Value: "Jurgen"}, []index.Facet{{Value: "Jürgen Weiß", Count: 1}}},
		{"site", index.NameQuery{Field: index.FieldSite, Value: "Dailly"}, []index.Facet{{Value: "The Daily", Count: 2}}},
		{"nothing near", index.NameQuery{Field: index.FieldSpeaker, Value: "Xyzzy"}, []index.Facet{}},
	}
	for _, tc := range suggestions {
		t.Run("suggest "+tc.name, func(t *testing.T) {
			got, err := ix.SuggestNames(ctx, tc.q)
			if err != nil {
				t.Fatalf("SuggestNames %+v: %v", tc.q, err)
			}
			if got == nil || len(got) < len(tc.want) || !reflect.DeepEqual(got[:len(tc.want)], tc.want) {
				t.Errorf("SuggestNames %+v = %v, want %v first", tc.q, got, tc.want)
			}
			if len(got) > index.DefaultSuggestions {
				t.Errorf("SuggestNames %+v: %d suggestions, want at most %d", tc.q, len(got), index.DefaultSuggestions)
			}
		})
	}

	t.Run("suggest bad requests", func(t *testing.T) {
		for _, q := range []index.NameQuery{
			{Field: index.FieldSection, Value: "World"},
			{Field: index.FieldAuthor, Value: "Ann", Quotes: true},
		} {
			if _, err := ix.SuggestNames(ctx, q); !errors.Is(err, index.ErrBadQuery) {
				t.Errorf("SuggestNames %+v: %v, want ErrBadQuery", q, err)
			}
		}
	})

	t.Run("bad query", func(t *testing.T) {
		if _, err := ix.Search(ctx, index.Query{Text: "a ) b"}); !errors.Is(err, index.ErrBadQuery) {
			t.Errorf("Search bad query: %v, want ErrBadQuery", err)
		}
		if _, err := ix.SearchQuotes(ctx, index.Query{Text: "site:"}); !errors.Is(err, index.ErrBadQuery) {
			t.Errorf("SearchQuotes bad query: %v, want ErrBadQuery", err)
		}
	})

	// Queries no index can answer are ErrBadQuery (a 400, a usage error),
	// never a panic or a backend failure (issue 13).
	t.Run("unanswerable queries", func(t *testing.T) {
		terms := make([]string, 400)
		for i := range terms {
			terms[i] = fmt.Sprintf("word%d", i)
		}
		for name, q := range map[string]index.Query{
			"from overflows from+limit": {From: 9223372036854775800},
			"from past the window":      {From: index.MaxWindow},
			"until before 1678":         {Until: time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC)},
			"since after 2262":          {Since: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)},
			"400 ORed terms":            {Text: strings.Join(terms, " OR ")},
		} {
			if _, err := ix.Search(ctx, q); !errors.Is(err, index.ErrBadQuery) {
				t.Errorf("Search %s: %v, want ErrBadQuery", name, err)
			}
			if _, err := ix.SearchQuotes(ctx, q); !errors.Is(err, index.ErrBadQuery) {
				t.Errorf("SearchQuotes %s: %v, want ErrBadQuery", name, err)
			}
		}
		if _, err := ix.Search(ctx, index.Query{Text: strings.Join(terms[:index.MaxTerms], " OR ")}); err != nil {
			t.Errorf("Search with MaxTerms terms: %v", err)
		}
	})
}

// checkFragment checks a highlight fragment of text: cut at word
// boundaries, at most one ellipsis at each cut, and an ellipsis where it
// starts or ends inside the text (unless it starts or ends a sentence).
func checkFragment(t *testing.T, frag, text string) {
	t.Helper()
	plain := html.UnescapeString(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(frag))
	if strings.Contains(plain, "……") || strings.Contains(plain, "… …") || strings.Contains(plain, "...…") {
		t.Errorf("doubled ellipsis in %q", frag)
	}
	lead := strings.HasPrefix(plain, index.Ellipsis)
	trail := strings.HasSuffix(plain, index.Ellipsis)
	inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(plain, index.Ellipsis), index.Ellipsis))
	at := strings.Index(text, inner)
	if at < 0 {
		t.Errorf("fragment %q is not a piece of the text", frag)
		return
	}
	end := at + len(inner)
	before, _ := utf8.DecodeLastRuneInString(text[:at])
	after, _ := utf8.DecodeRuneInString(text[end:])
	if at > 0 && unicode.IsLetter(before) {
		t.Errorf("fragment starts inside a word: …%s|%s", text[max(0, at-10):at], inner[:min(len(inner), 20)])
	}
	if end < len(text) && unicode.IsLetter(after) {
		t.Errorf("fragment ends inside a word: %s|%s…", inner[max(0, len(inner)-20):], text[end:min(len(text), end+10)])
	}
	first, _ := utf8.DecodeRuneInString(inner)
	last, _ := utf8.DecodeLastRuneInString(inner)
	if at > 0 && !lead && !unicode.IsUpper(first) && !strings.ContainsRune(`"“`, first) {
		t.Errorf("fragment cut at the start without an ellipsis: %q", frag)
	}
	if end < len(text) && !trail && !strings.ContainsRune(`.!?"”`, last) {
		t.Errorf("fragment cut at the end without an ellipsis: %q", frag)
	}
	if at == 0 && lead || end == len(text) && trail {
		t.Errorf("ellipsis where nothing was cut: %q", frag)
	}
}

func headlines(corpus []*article.Article, idList []string) string {
	var out []string
	for _, id := range idList {
		for _, a := range corpus {
			if a.ID == id {
				out = append(out, a.Headline)
			}
		}
	}
	return strings.Join(out, " | ")
}

// addOne adds a and flushes, returning the error given to done.
func addOne(t *testing.T, ix index.Index, a *article.Article) error {
	t.Helper()
	ctx := context.Background()
	var got error
	called := 0
	if err := ix.Add(ctx, a, func(err error) { got = err; called++ }); err != nil {
		t.Fatalf("Add: %v", err)
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if called != 1 {
		t.Fatalf("done called %d times, want 1", called)
	}
	return got
}

func testVersioning(t *testing.T, ix index.Index) {
	ctx := context.Background()
	defer ix.Close(ctx)
	base := Corpus()[climate]
	// Versions are ordered by fetch_seq, ours, never by the publisher's
	// dates: the older fetch below claims a later modification time.
	version := func(seq int64, modified, headline string, quotes int) *article.Article {
		a := *base
		a.FetchSeq = seq
		a.ModifiedAt = modified
		a.Headline = headline
		a.Quotes = slices.Clone(base.Quotes[:quotes])
		return &a
	}
	v2 := version(1751700000002, "2025-06-15T10:00:00Z", "Second version", 2)
	if err := addOne(t, ix, v2); err != nil {
		t.Fatalf("v2: %v", err)
	}
	skipped := ix.Stats().Skipped
	if err := addOne(t, ix, version(1751700000001, "2025-06-20T10:00:00Z", "Older version", 2)); err != nil {
		t.Fatalf("older version: done(%v), want nil", err)
	}
	if err := addOne(t, ix, v2); err != nil {
		t.Fatalf("redelivery: done(%v), want nil", err)
	}
	if got := ix.Stats().Skipped - skipped; got != 2 {
		t.Errorf("Skipped grew by %d, want 2 (older version and redelivery)", got)
	}
	get := func() *article.Article {
		t.Helper()
		a, err := ix.Get(ctx, base.ID)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		return a
	}
	if h := get().Headline; h != "Second version" {
		t.Errorf("after older write, headline = %q", h)
	}
	// A newer version with one quote fewer replaces it, with no duplicate
	// document and no stale quote left behind.
	if err := addOne(t, ix, version(1751700000003, "2025-06-15T10:00:00Z", "Third version", 1)); err != nil {
		t.Fatalf("v3: %v", err)
	}
	if h := get().Headline; h != "Third version" {
		t.Errorf("after newer write, headline = %q", h)
	}
	if n, err := ix.Count(ctx); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}
	r, err := ix.SearchQuotes(ctx, index.Query{Text: "weak"})
	if err != nil || r.Total != 0 {
		t.Errorf("stale quote still found: %v %+v", err, r)
	}
	r, err = ix.SearchQuotes(ctx, index.Query{Text: "planet"})
	if err != nil || r.Total != 1 || r.Hits[0].Headline != "Third version" {
		t.Errorf("current quote: %v %+v", err, r)
	}
	// Two versions in one batch: the newest wins whatever the order.
	errs := make([]error, 2)
	for i, a := range []*article.Article{version(1751700000005, "2025-06-15T10:00:00Z", "Fifth version", 2), version(1751700000004, "2025-06-15T10:00:00Z", "Fourth version", 2)} {
		if err := ix.Add(ctx, a, func(err error) { errs[i] = err }); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if errs[0] != nil || errs[1] != nil {
		t.Fatalf("same-batch versions: %v", errs)
	}
	if h := get().Headline; h != "Fifth version" {
		t.Errorf("after same-batch writes, headline = %q", h)
	}
}

func testDelete(t *testing.T, ix index.Index) {
	ctx := context.Background()
	defer ix.Close(ctx)
	corpus := Corpus()
	load(t, ix, corpus)
	if err := ix.Delete(ctx, corpus[climate].ID); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := ix.Get(ctx, corpus[climate].ID); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("Get after Delete: %v", err)
	}
	if n, err := ix.Count(ctx); err != nil || n != uint64(len(corpus)-1) {
		t.Errorf("Count after Delete = %d, %v", n, err)
	}
	r, err := ix.SearchQuotes(ctx, index.Query{Text: "planet"})
	if err != nil || r.Total != 0 {
		t.Errorf("quote of a deleted article still found: %v %+v", err, r)
	}
	if err := ix.Delete(ctx, "0000000000000000"); err != nil {
		t.Errorf("Delete unknown id: %v", err)
	}
}

func testLifecycle(t *testing.T, ix index.Index) {
	ctx := context.Background()
	a := Corpus()[football]
	var doneErr error
	called := 0
	if err := ix.Add(ctx, a, func(err error) { doneErr = err; called++ }); err != nil {
		t.Fatal(err)
	}
	// Close flushes what is queued.
	if err := ix.Close(ctx); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if called != 1 || doneErr != nil {
		t.Errorf("queued article at Close: called %d, err %v", called, doneErr)
	}
	if err := ix.Close(ctx); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := ix.Add(ctx, a, func(error) { t.Error("done called for a rejected Add") }); !errors.Is(err, index.ErrClosed) {
		t.Errorf("Add after Close: %v, want ErrClosed", err)
	}
	if s := ix.Stats(); s.Added != 1 || s.Indexed != 1 || s.Failed != 0 {
		t.Errorf("Stats = %+v", s)
	}
}

func testConcurrent(t *testing.T, ix index.Index) {
	ctx := context.Background()
	defer ix.Close(ctx)
	const workers, each = 4, 50
	var calls, failures atomic.Int64
	var wg sync.WaitGroup
	base := Corpus()[markets]
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				a := *base
				a.URL = fmt.Sprintf("https://bulk.example/%d/%d", w, i)
				a.ID = article.IDFor(a.URL)
				a.Headline = fmt.Sprintf("Bulk article %d of worker %d", i, w)
				if err := ix.Add(ctx, &a, func(err error) {
					calls.Add(1)
					if err != nil {
						failures.Add(1)
					}
				}); err != nil {
					t.Errorf("Add: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != workers*each || failures.Load() != 0 {
		t.Fatalf("done calls %d (failures %d), want %d", calls.Load(), failures.Load(), workers*each)
	}
	if n, err := ix.Count(ctx); err != nil || n != workers*each {
		t.Errorf("Count = %d, %v; want %d", n, err, workers*each)
	}
	r, err := ix.Search(ctx, index.Query{Text: `"worker 3"`, Limit: 100})
	if err != nil || r.Total != each {
		t.Errorf("phrase over bulk docs: %v, total %d", err, r.Total)
	}
}

// testQuotePaging: quote search pages by quote, not by article. Seven
// articles hold 1..7 quotes of one speaker (28 quotes); pages of 5 give
// 5, 5, 5, 5, 5 and 3 quotes, every quote once, in both sort orders, and a
// limit of 20 gives 20 quotes.
func testQuotePaging(t *testing.T, ix index.Index) {
	ctx := context.Background()
	defer ix.Close(ctx)
	const speaker = "Paula Pager"
	want := map[string]bool{}
	for i := range 7 {
		a := *Corpus()[markets]
		a.URL = fmt.Sprintf("https://paging.example/%d", i)
		a.ID = article.IDFor(a.URL)
		a.CanonicalURL = ""
		a.PublishedAt = fmt.Sprintf("2025-05-%02dT09:00:00Z", 1+i)
		a.ModifiedAt = ""
		a.Headline = fmt.Sprintf("Paging article %d", i)
		a.Quotes = nil
		a.Paragraphs = nil
		for j := range i + 1 {
			text := fmt.Sprintf("Paging quote %d of article %d about harbours", j, i)
			a.Paragraphs = append(a.Paragraphs, fmt.Sprintf("%q, said %s.", text, speaker))
			sp := speaker
			a.Quotes = append(a.Quotes, article.Quote{Text: text, Speaker: &sp, Cue: "said", Paragraph: j})
			want[text] = true
		}
		a.Body = strings.Join(a.Paragraphs, "\n\n")
		a.Speakers = []article.Speaker{{Name: speaker, Quotes: i + 1}}
		if err := addOne(t, ix, &a); err != nil {
			t.Fatal(err)
		}
	}
	for _, sort := range []index.Sort{index.SortRelevance, index.SortDate} {
		seen := map[string]bool{}
		var sizes []int
		for from := 0; from < 40; from += 5 {
			r, err := ix.SearchQuotes(ctx, index.Query{Speaker: speaker, Sort: sort, From: from, Limit: 5})
			if err != nil {
				t.Fatalf("SearchQuotes sort %s from %d: %v", sort, from, err)
			}
			if r.Total != uint64(len(want)) {
				t.Errorf("sort %s from %d: Total = %d, want %d", sort, from, r.Total, len(want))
			}
			if len(r.Hits) == 0 {
				break
			}
			sizes = append(sizes, len(r.Hits))
			for _, h := range r.Hits {
				if seen[h.Text] || !want[h.Text] {
					t.Errorf("sort %s from %d: quote %q repeated or unexpected", sort, from, h.Text)
				}
				seen[h.Text] = true
			}
		}
		if fmt.Sprint(sizes) != "[5 5 5 5 5 3]" || len(seen) != len(want) {
			t.Errorf("sort %s: page sizes %v, %d distinct quotes; want [5 5 5 5 5 3] and %d", sort, sizes, len(seen), len(want))
		}
		r, err := ix.SearchQuotes(ctx, index.Query{Speaker: speaker, Sort: sort, Limit: 20})
		if err != nil || len(r.Hits) != 20 {
			t.Errorf("sort %s limit 20: %d quotes, %v; want 20", sort, len(r.Hits), err)
		}
	}
}

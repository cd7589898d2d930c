package esindex

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/byline/byline/index"
	"github.com/byline/byline/index/es/esnode"
	"github.com/byline/byline/index/indextest"
)

// TestLiveFakeAgreesWithNode runs the same writes and searches through the
// backend against the fake and against a real node, and compares what the
// backend returns: totals, hits (in order where the order is defined by
// dates or ids, as sets where it is by score, which the fake does not
// compute as BM25), facets, quote hits, highlighted fields, Get and Count.
// A difference means the fake answers unlike Elasticsearch: the real node
// is right, and the fake is to be fixed.
func TestLiveFakeAgreesWithNode(t *testing.T) {
	t.Parallel() // each in indices of its own prefix (or on its own node)
	url := esnode.URL(t)
	ctx := context.Background()
	real := liveIndex(t, url, nil)
	fake, _ := newTestIndex(t)
	t.Cleanup(func() { fake.Close(ctx) })
	corpus := indextest.Corpus()
	for _, x := range []*Index{real, fake} {
		for _, err := range add(t, x, corpus...) {
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	date := func(s string) time.Time {
		d, _ := time.Parse("2006-01-02", s)
		return d
	}
	queries := []index.Query{
		{Facets: true},
		{Text: "climate", Facets: true},
		{Text: `"climate change"`},
		{Text: "tariff"},
		{Text: "tariffs steel"},
		{Text: "the"},
		{Text: "markets OR geneva"},
		{Text: "climate -geneva"},
		{Text: "NOT climate"},
		{Text: `speaker:"maria lopez"`},
		{Text: "author:\"ann writer\" climate"},
		{Text: "lang:de"},
		{Site: "example news", Sort: index.SortDate},
		{Sort: index.SortDate},
		{Sort: index.SortDate, From: 2, Limit: 2},
		{Since: date("2025-07-01"), Until: date("2025-08-01"), Sort: index.SortDate},
		{Text: "browser script", Facets: true},
		{Text: "believe"},
		{Text: "won"},
		{Text: "winning"},
	}
	for _, q := range queries {
		name := fmt.Sprintf("search %q site=%q sort=%s from=%d", q.Text, q.Site, q.Sort, q.From)
		t.Run(name, func(t *testing.T) {
			rr, rerr := real.Search(ctx, q)
			fr, ferr := fake.Search(ctx, q)
			if (rerr == nil) != (ferr == nil) {
				t.Fatalf("errors differ: node %v, fake %v", rerr, ferr)
			}
			if rerr != nil {
				return
			}
			if rr.Total != fr.Total {
				t.Errorf("total: node %d, fake %d", rr.Total, fr.Total)
			}
			rids, fids := hitKeys(rr.Hits), hitKeys(fr.Hits)
			if q.Sort != index.SortDate {
				slices.Sort(rids)
				slices.Sort(fids)
			}
			if !slices.Equal(rids, fids) {
				t.Errorf("hits:\n node %v\n fake %v", rids, fids)
			}
			if fmt.Sprint(rr.Facets) != fmt.Sprint(fr.Facets) {
				t.Errorf("facets:\n node %v\n fake %v", rr.Facets, fr.Facets)
			}
			for i := range min(len(rr.Hits), len(fr.Hits)) {
				if q.Sort != index.SortDate {
					break
				}
				if a, b := highlightFields(rr.Hits[i].Highlights), highlightFields(fr.Hits[i].Highlights); a != b {
					t.Errorf("hit %s highlighted fields: node %s, fake %s", rr.Hits[i].Headline, a, b)
				}
			}
		})
	}
	quoteQueries := []index.Query{
		{},
		{Text: "volatility"},
		{Speaker: "maria lopez"},
		{Text: `"turning point"`},
		{Text: "believe", Facets: true},
		{Text: "target"},
		{Text: "site:\"the daily\""},
		{Speaker: "Tom Green", Sort: index.SortDate},
		{Text: "geschafft"},
	}
	for _, q := range quoteQueries {
		t.Run(fmt.Sprintf("quotes %q speaker=%q", q.Text, q.Speaker), func(t *testing.T) {
			rr, rerr := real.SearchQuotes(ctx, q)
			fr, ferr := fake.SearchQuotes(ctx, q)
			if (rerr == nil) != (ferr == nil) {
				t.Fatalf("errors differ: node %v, fake %v", rerr, ferr)
			}
			if rerr != nil {
				return
			}
			if rr.Total != fr.Total {
				t.Errorf("total: node %d, fake %d", rr.Total, fr.Total)
			}
			rt, ft := quoteKeys(rr.Hits), quoteKeys(fr.Hits)
			if q.Sort != index.SortDate {
				slices.Sort(rt)
				slices.Sort(ft)
			}
			if !slices.Equal(rt, ft) {
				t.Errorf("quotes:\n node %q\n fake %q", rt, ft)
			}
			if fmt.Sprint(rr.Facets) != fmt.Sprint(fr.Facets) {
				t.Errorf("facets:\n node %v\n fake %v", rr.Facets, fr.Facets)
			}
		})
	}
	t.Run("get and count", func(t *testing.T) {
		for _, a := range corpus {
			ra, rerr := real.Get(ctx, a.ID)
			fa, ferr := fake.Get(ctx, a.ID)
			rj, _ := json.Marshal(ra)
			fj, _ := json.Marshal(fa)
			if rerr != nil || ferr != nil || string(rj) != string(fj) {
				t.Errorf("Get %s: node %v (%v), fake %v (%v)", a.ID, ra, rerr, fa, ferr)
			}
		}
		rn, _ := real.Count(ctx)
		fn, _ := fake.Count(ctx)
		if rn != fn {
			t.Errorf("Count: node %d, fake %d", rn, fn)
		}
	})
}

func hitKeys(hs []index.Hit) []string {
	out := []string{}
	for _, h := range hs {
		out = append(out, h.Headline)
	}
	return out
}

func quoteKeys(hs []index.QuoteHit) []string {
	out := []string{}
	for _, h := range hs {
		out = append(out, h.Speaker+": "+h.Text)
	}
	return out
}

func highlightFields(h map[string][]string) string {
	var fs []string
	for f := range h {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return strings.Join(fs, ",")
}

// TestLiveFakeResponseShapes sends the golden search bodies to the fake
// and the node
// and compares the shape of the answers: the set of JSON key paths, which
// must be the same.
func TestLiveFakeResponseShapes(t *testing.T) {
	t.Parallel() // each in indices of its own prefix (or on its own node)
	url := esnode.URL(t)
	ctx := context.Background()
	real := liveIndex(t, url, nil)
	f := newFakeES(t, DefaultIndexPrefix)
	fake, err := New(ctx, testConfig(f.URL()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fake.Close(ctx) })
	corpus := indextest.Corpus()
	for _, x := range []*Index{real, fake} {
		add(t, x, corpus...)
	}
	for _, name := range []string{"search.golden.json", "search_quotes.golden.json"} {
		body, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		shapes := map[string]map[string]bool{}
		for who, x := range map[string]*Index{"node": real, "fake": fake} {
			res, err := x.do(ctx, esapi.SearchRequest{Index: []string{x.cfg.IndexPrefix}, Body: bytes.NewReader(body)})
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := x.decode(res, name, &v); err != nil {
				t.Fatalf("%s: %s: %v", who, name, err)
			}
			shapes[who] = map[string]bool{}
			keyPaths("", v, shapes[who])
		}
		for p := range shapes["node"] {
			if !shapes["fake"][p] {
				t.Errorf("%s: the node answers %s, the fake does not", name, p)
			}
		}
		for p := range shapes["fake"] {
			if !shapes["node"][p] {
				t.Errorf("%s: the fake answers %s, the node does not", name, p)
			}
		}
	}
}

// keyPaths collects the dotted key paths of a decoded JSON value (array
// elements share their array's path).
func keyPaths(prefix string, v any, out map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			out[p] = true
			keyPaths(p, e, out)
		}
	case []any:
		for _, e := range v {
			keyPaths(prefix, e, out)
		}
	}
}

package web

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/index"
	bleveindex "github.com/byline/byline/index/bleve"
)

// TestWithBleve runs the pages over the real embedded backend (in memory)
// loaded with the fixtures, so the highlights, facets and errors are the
// backend's own, not the fake's. Only the test imports the backend; the
// package reads through index.Searcher.
func TestWithBleve(t *testing.T) {
	f := loadFixtures(t)
	h := New(loadBleve(t, f))
	xss := f.byHeadline(t, "Researchers publish")
	rates := f.byHeadline(t, "Central bank holds")

	live := regexp.MustCompile(`(?i)<script>window|<img src=x|<b>Eve|<i>Jones|<em>yesterday|javascript:`)
	tests := []struct {
		target string
		status int
		want   []string
	}{
		{"/", 200, []string{"8 articles"}},
		{"/?q=" + url.QueryEscape(`"interest rates"`), 200, []string{"3 articles match", "<mark>", `href="/?q=%22interest&#43;rates%22&amp;site=Capital&#43;Wire"`, `since=2025-06-01&amp;until=2025-06-30"`, "June 2025"}},
		{"/?q=inflation&site=Northern+Ledger", 200, []string{"1 article matches"}},
		{"/?q=exploit", 200, []string{"&lt;script&gt;window.__xss=1&lt;/script&gt;"}},
		{"/?q=variant", 200, []string{"onerror="}},
		{"/quotes?q=trust", 200, []string{"Never <mark>trust</mark> &lt;script&gt;window.__xss=3&lt;/script&gt;"}},
		{"/quotes?speaker=" + url.QueryEscape("Elena Varga"), 200, []string{"4 quotes"}},
		{"/article/" + xss.ID, 200, []string{"Researchers publish &lt;script&gt;window.__xss=1&lt;/script&gt; exploit details"}},
		{"/article/" + rates.ID, 200, []string{"Credit: J. Smith / Harbor Times", `<span class="count">2 quotes</span>`}},
		{"/article/0000000000000000ffffffffffffffff", 404, nil},
		{"/api/articles/0000000000000000ffffffffffffffff", 404, []string{`"status":404`}},
		{"/api/search?q=" + url.QueryEscape("rates )"), 400, []string{`"status":400`}},
		{"/api/search?q=rates&limit=1", 200, []string{`"highlights"`}},
	}
	for _, tc := range tests {
		t.Run(tc.target, func(t *testing.T) {
			res, body := get(t, h, "GET", tc.target)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d; body:\n%.800s", res.StatusCode, tc.status, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q; body:\n%.3000s", w, body)
				}
			}
			if !strings.HasPrefix(tc.target, "/api/") {
				if m := live.FindString(body); m != "" {
					t.Errorf("live markup %q in the page", m)
				}
			}
		})
	}
}

// loadBleve opens an in-memory Bleve index holding the fixtures.
func loadBleve(t *testing.T, f *fakeSearcher) index.Index {
	t.Helper()
	ix, err := bleveindex.OpenMem(bleveindex.Config{})
	if err != nil {
		t.Fatalf("open bleve: %v", err)
	}
	t.Cleanup(func() { _ = ix.Close(context.Background()) })
	loadFixtureArticles(t, ix, f)
	return ix
}

// loadFixtureArticles adds the fixtures to ix and waits until they are
// written.
func loadFixtureArticles(t *testing.T, ix index.Writer, f *fakeSearcher) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	errs := make(chan error, len(f.articles))
	for _, a := range f.articles {
		if err := ix.Add(ctx, a, func(err error) { errs <- err }); err != nil {
			t.Fatalf("add %s: %v", a.ID, err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatalf("flush: %v", err)
	}
	for range f.articles {
		if err := <-errs; err != nil {
			t.Fatalf("index fixture: %v", err)
		}
	}
}

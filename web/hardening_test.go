package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// gatedSearcher counts the searches in flight and can hold them until
// released.
type gatedSearcher struct {
	index.Searcher
	hold              chan struct{} // searches wait on it when not nil
	entered           chan struct{}
	inFlight, maxSeen atomic.Int64
}

func (g *gatedSearcher) enter(ctx context.Context) error {
	n := g.inFlight.Add(1)
	for {
		m := g.maxSeen.Load()
		if n <= m || g.maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	if g.entered != nil {
		g.entered <- struct{}{}
	}
	if g.hold != nil {
		select {
		case <-g.hold:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (g *gatedSearcher) Search(ctx context.Context, q index.Query) (*index.Results, error) {
	defer g.inFlight.Add(-1)
	if err := g.enter(ctx); err != nil {
		return nil, err
	}
	return g.Searcher.Search(ctx, q)
}

func (g *gatedSearcher) SearchQuotes(ctx context.Context, q index.Query) (*index.QuoteResults, error) {
	defer g.inFlight.Add(-1)
	if err := g.enter(ctx); err != nil {
		return nil, err
	}
	return g.Searcher.SearchQuotes(ctx, q)
}

func (g *gatedSearcher) Get(ctx context.Context, id string) (*article.Article, error) {
	return g.Searcher.Get(ctx, id)
}

// TestSearchGate: with every slot taken, a search waits the queue wait and
// then gets 503 with Retry-After (JSON on the API, the error page on the
// site); article pages and health checks are not gated; a freed slot
// serves again.
func TestSearchGate(t *testing.T) {
	f := loadFixtures(t)
	g := &gatedSearcher{Searcher: f, hold: make(chan struct{}), entered: make(chan struct{}, 8)}
	h := New(g, WithMaxSearches(2), WithQueueWait(20*time.Millisecond))
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if res, body := get(t, h, "GET", "/api/search?q=rates"); res.StatusCode != http.StatusOK {
				t.Errorf("held search: %d %s", res.StatusCode, body)
			}
		})
	}
	<-g.entered
	<-g.entered
	for _, target := range []string{"/api/search?q=rates", "/api/quotes?q=trust", "/?q=rates", "/quotes?q=trust"} {
		res, body := get(t, h, "GET", target)
		if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
			t.Errorf("%s with every slot taken: %d, Retry-After %q", target, res.StatusCode, res.Header.Get("Retry-After"))
		}
		if strings.HasPrefix(target, "/api/") && !strings.Contains(body, `"status":503`) {
			t.Errorf("%s: body %s", target, body)
		}
	}
	rates := f.byHeadline(t, "Central bank holds")
	for _, target := range []string{"/article/" + rates.ID, "/api/articles/" + rates.ID, "/healthz"} {
		if res, _ := get(t, h, "GET", target); res.StatusCode != http.StatusOK {
			t.Errorf("%s is gated: %d", target, res.StatusCode)
		}
	}
	close(g.hold)
	wg.Wait()
	if res, _ := get(t, h, "GET", "/api/search?q=rates"); res.StatusCode != http.StatusOK {
		t.Errorf("after the slots were freed: %d", res.StatusCode)
	}
}

// TestConcurrentHeavySearchesBounded fires 48 concurrent searches of
// MaxTerms ORed words and one of 400: never more than max_searches run at
// once, each answer is 200 or 503 with Retry-After, and the 400-term query
// is refused as a bad request.
func TestConcurrentHeavySearchesBounded(t *testing.T) {
	g := &gatedSearcher{Searcher: loadFixtures(t)}
	h := New(g, WithMaxSearches(3), WithQueueWait(time.Millisecond))
	words := make([]string, 400)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
	}
	heavy := "/api/search?q=" + url.QueryEscape(strings.Join(words[:index.MaxTerms], " OR "))
	var ok, busy atomic.Int64
	var wg sync.WaitGroup
	for range 48 {
		wg.Go(func() {
			res, _ := get(t, h, "GET", heavy)
			switch {
			case res.StatusCode == http.StatusOK:
				ok.Add(1)
			case res.StatusCode == http.StatusServiceUnavailable && res.Header.Get("Retry-After") != "":
				busy.Add(1)
			default:
				t.Errorf("status %d", res.StatusCode)
			}
		})
	}
	wg.Wait()
	if m := g.maxSeen.Load(); m > 3 {
		t.Errorf("%d searches ran at once, max_searches is 3", m)
	}
	t.Logf("48 heavy searches: %d served, %d told to retry; at most %d at once", ok.Load(), busy.Load(), g.maxSeen.Load())
	if res, body := get(t, h, "GET", "/api/search?q="+url.QueryEscape(strings.Join(words, " OR "))); res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "at most 64") {
		t.Errorf("400-term query: %d %s", res.StatusCode, body)
	}
}

// TestUnanswerableQueriesAre400: dates no index can filter on and
// offsets that overflow are the client's error, not the server's.
func TestUnanswerableQueriesAre400(t *testing.T) {
	_, h := newTestServer(t)
	for _, target := range []string{
		"/api/search?until=0001-01-01",
		"/api/search?since=9999-12-31",
		"/api/quotes?since=9999-12-31",
		"/api/search?from=9223372036854775800",
		"/?page=9223372036854775807",
		// (page-1)*20 wraps round to 0 and 20: page 1 and 2 shown as a
		// page far past the window.
		"/?page=4611686018427387905",
		"/?page=4611686018427387906",
		"/quotes?page=4611686018427387905",
		"/speakers/Elena%20Varga?page=4611686018427387905",
		"/?until=0001-01-01",
	} {
		res, body := get(t, h, "GET", target)
		if res.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400\n%.300s", target, res.StatusCode, body)
		}
	}
}

// TestBadParametersAre400: a parameter the server cannot read is refused
// with 400 and says which, on the API as JSON and on the pages, rather
// than being dropped (a dropped q searches everything), cut to its first
// value or read as its default.
func TestBadParametersAre400(t *testing.T) {
	_, h := newTestServer(t)
	long := strings.Repeat("x", 5000)
	for _, tc := range []struct {
		target, want string
	}{
		// url.Values drops a pair it cannot decode: q would vanish.
		{"/api/search?q=%zz", "query string"},
		{"/api/search?q=rates%", "query string"},
		{"/api/search?q=a;b", "query string"},
		{"/?q=rates%", "query string"},
		{"/quotes?q=a;b", "query string"},
		{"/search.csv?q=%zz", "query string"},
		// Too long or not UTF-8: refused like the filters, not defaulted.
		{"/api/search?sort=" + long, "sort"},
		{"/api/search?sort=%ff", "sort"},
		{"/api/search?exact=" + long, "exact"},
		{"/api/search?revised=%ff", "revised"},
		{"/api/quotes?collapse=%ff", "collapse"},
		{"/api/search?count=%ff", "count"},
		{"/?sort=%ff", "sort"},
		// One value each: site=a&site=b is not "a or b".
		{"/api/search?site=a&site=b", "site"},
		{"/api/search?q=a&q=b", "q"},
		{"/api/quotes?limit=5&limit=50", "limit"},
		{"/?speaker=a&speaker=b", "speaker"},
		// The API names what it does not know rather than ignore a
		// misspelt filter (language= for lang=).
		{"/api/search?language=fr", "language"},
		{"/api/quotes?q=x&size=5", "size"},
		// page and from both place the window.
		{"/api/search?page=2&from=20", "page"},
	} {
		res, body := get(t, h, "GET", tc.target)
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, tc.want) {
			t.Errorf("%.80s: %d, want 400 naming %s\n%.300s", tc.target, res.StatusCode, tc.want, body)
		}
		if strings.HasPrefix(tc.target, "/api/") && !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%.80s: Content-Type %q", tc.target, res.Header.Get("Content-Type"))
		}
	}
	// Pages take what links from elsewhere add.
	// The API takes a cache-buster (jQuery's cache: false adds _=<ms>).
	for _, target := range []string{"/?q=rates&utm_source=x", "/quotes?q=trust&fbclid=1", "/api/search?q=rates&_=1733480000000", "/api/quotes?q=trust&_=1"} {
		if res, body := get(t, h, "GET", target); res.StatusCode != http.StatusOK {
			t.Errorf("%s: %d\n%.300s", target, res.StatusCode, body)
		}
	}
}

// TestPageAndAPIAgree: the search page and the API list the same hits in
// the same order for the same parameters, page included (the API reads
// page as the page of limit hits, as the site does).
func TestPageAndAPIAgree(t *testing.T) {
	f := loadFixtures(t)
	for name, s := range map[string]index.Searcher{"fake": f, "bleve": loadBleve(t, f)} {
		t.Run(name, func(t *testing.T) { pageAndAPIAgree(t, New(s, WithPageSize(2))) })
	}
}

func pageAndAPIAgree(t *testing.T, h http.Handler) {
	hitLink := regexp.MustCompile(`<h2 class="hit-title"><a href="/article/([^"]+)"`)
	quoteLink := regexp.MustCompile(`<p class="meta">\s*<a href="/article/([^"]+)"`)
	for _, tc := range []struct{ page, api string }{
		{"/?q=rates", "/api/search?q=rates&limit=2"},
		{"/?q=rates&page=2", "/api/search?q=rates&limit=2&page=2"},
		{"/?sort=oldest&page=3", "/api/search?sort=oldest&limit=2&page=3"},
		{"/?sort=oldest&page=3", "/api/search?sort=oldest&limit=2&from=4"},
		{"/?site=Capital+Wire&collapse=0&page=2", "/api/search?site=Capital+Wire&collapse=0&limit=2&page=2"},
		{"/quotes?q=trust+OR+rates", "/api/quotes?q=trust+OR+rates&limit=2"},
		{"/quotes?sort=oldest&page=3", "/api/quotes?sort=oldest&limit=2&page=3"},
		{"/quotes?sort=newest&page=2", "/api/quotes?sort=newest&limit=2&page=2"},
	} {
		res, body := get(t, h, "GET", tc.page)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", tc.page, res.StatusCode)
		}
		re := hitLink
		if strings.HasPrefix(tc.page, "/quotes") {
			re = quoteLink
		}
		var onPage []string
		for _, m := range re.FindAllStringSubmatch(body, -1) {
			onPage = append(onPage, m[1])
		}
		res, body = get(t, h, "GET", tc.api)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %s", tc.api, res.StatusCode, body)
		}
		var api struct{ Hits []struct{ ID string } }
		if err := json.Unmarshal([]byte(body), &api); err != nil {
			t.Fatalf("%s: %v", tc.api, err)
		}
		var fromAPI []string
		for _, h := range api.Hits {
			fromAPI = append(fromAPI, h.ID)
		}
		if len(onPage) == 0 || !slices.Equal(onPage, fromAPI) {
			t.Errorf("%s lists %v, %s lists %v", tc.page, onPage, tc.api, fromAPI)
		}
	}
}

// TestFormsKeepTheSearch submits every search form of a page unchanged,
// as a browser would (fields only: a GET form's action loses its query),
// and checks it asks for the same search as the page: sorting or
// searching again must not drop a filter the page had.
func TestFormsKeepTheSearch(t *testing.T) {
	_, h := newTestServer(t)
	for _, target := range []string{
		"/?q=rates&site=Capital+Wire&exact=1&revised=1&collapse=0&count=stories&since=2025-01-01&until=2025-12-31&sort=oldest",
		"/?q=rates&collapse=0&page=2",
		"/quotes?q=trust&site=Capital+Wire&speaker=Mallory&since=2025-01-01&sort=oldest&collapse=0",
		"/speakers/Elena%20Varga?q=rates&site=Capital+Wire&since=2025-01-01&sort=oldest",
	} {
		res, body := get(t, h, "GET", target)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", target, res.StatusCode)
		}
		u, _ := url.Parse(target)
		want := searchOf(t, u.EscapedPath(), u.Query())
		doc, err := html.Parse(strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		forms := 0
		for n := range doc.Descendants() {
			if n.DataAtom != atom.Form || attr(n, "role") == "" && attr(n, "class") != "speaker-form" {
				continue
			}
			forms++
			action, _ := url.Parse(attr(n, "action"))
			if action.EscapedPath() != u.EscapedPath() {
				continue // the header's search box starts a new search
			}
			if got := searchOf(t, action.EscapedPath(), formValues(n)); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: form %q submits\n%+v\nwant\n%+v", target, attr(n, "class"), got, want)
			}
		}
		if forms == 0 {
			t.Errorf("%s: no search form", target)
		}
	}
}

// searchOf is the search a page at path with values v runs, on page 1.
func searchOf(t *testing.T, path string, v url.Values) params {
	t.Helper()
	v.Del("page")
	r := httptest.NewRequest("GET", path+"?"+v.Encode(), nil)
	p, err := parseParams(r, path)
	if err != nil {
		t.Fatalf("%s?%s: %v", path, v.Encode(), err)
	}
	p.Sort = p.EffectiveSort()
	return p
}

// formValues returns what a browser submits for form n: its named inputs
// and the selected option of each select, empty fields left out.
func formValues(n *html.Node) url.Values {
	v := url.Values{}
	for d := range n.Descendants() {
		name := attr(d, "name")
		if name == "" {
			continue
		}
		switch d.DataAtom {
		case atom.Input:
			if s := attr(d, "value"); s != "" {
				v.Add(name, s)
			}
		case atom.Select:
			var first, sel string
			for o := range d.Descendants() {
				if o.DataAtom != atom.Option {
					continue
				}
				if first == "" {
					first = attr(o, "value")
				}
				if _, ok := attrOK(o, "selected"); ok {
					sel = attr(o, "value")
				}
			}
			if sel == "" {
				sel = first
			}
			v.Add(name, sel)
		}
	}
	return v
}

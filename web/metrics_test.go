package web

import (
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/byline/byline/index"
)

// TestMetrics: every request is counted by route template and status
// class, timed, and a 503 is counted by its reason (overload: no search
// slot; outage: the index does not answer). Raw paths and queries never
// become labels: a hundred article ids make one route.
func TestMetrics(t *testing.T) {
	f := loadFixtures(t)
	id := f.byHeadline(t, "Central bank holds").ID
	for _, tc := range []struct {
		name, method, target string
		down                 bool // the index answers ErrUnavailable
		route, status        string
		reason               string // of a 503
	}{
		{"search", "GET", "/api/search?q=rates", false, "/api/search", "2xx", ""},
		{"search page", "GET", "/?q=rates&site=x", false, "/{$}", "2xx", ""},
		{"article", "GET", "/article/" + id, false, "/article/{id}", "2xx", ""},
		{"no such article", "GET", "/api/articles/nope", false, "/api/articles/{id}", "4xx", ""},
		{"no such page", "GET", "/no/such/page?q=1", false, "/", "4xx", ""},
		{"other method on the API", "POST", "/api/search", false, "/api/", "4xx", ""},
		{"index down", "GET", "/api/search?q=rates", true, "/api/search", "5xx", "outage"},
		// A probe's 503 is a request, not a reader turned away (byline
		// run answers its probes outside the search site: same counts).
		{"not ready", "GET", "/readyz", true, "/readyz", "5xx", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := NewMetrics()
			f.err = nil
			if tc.down {
				f.err = fmt.Errorf("es: %w", index.ErrUnavailable)
			}
			defer func() { f.err = nil }()
			h := New(f, WithMetrics(m))
			get(t, h, tc.method, tc.target)
			if got := testutil.ToFloat64(m.requests.WithLabelValues(tc.route, tc.status)); got != 1 {
				t.Errorf("byline_http_requests_total{route=%q,status=%q} = %g, want 1", tc.route, tc.status, got)
			}
			if n := testutil.CollectAndCount(m.requests); n != 1 {
				t.Errorf("%d request series, want 1", n)
			}
			if n := testutil.CollectAndCount(m.duration); n != 1 {
				t.Errorf("%d latency series, want 1", n)
			}
			want := 0
			if tc.reason != "" {
				want = 1
				if got := testutil.ToFloat64(m.unavailable.WithLabelValues(tc.route, tc.reason)); got != 1 {
					t.Errorf("byline_http_unavailable_total{route=%q,reason=%q} = %g, want 1", tc.route, tc.reason, got)
				}
			}
			if n := testutil.CollectAndCount(m.unavailable); n != want {
				t.Errorf("%d unavailable series, want %d", n, want)
			}
		})
	}
	t.Run("ids are not labels", func(t *testing.T) {
		m := NewMetrics()
		h := New(f, WithMetrics(m))
		for i := range 100 {
			get(t, h, "GET", fmt.Sprintf("/article/id-%d?x=%d", i, i))
		}
		if n := testutil.CollectAndCount(m.requests); n != 1 {
			t.Errorf("%d request series for 100 ids, want 1", n)
		}
	})
}

// TestMetricsOverload: a search that finds every slot taken is counted as
// an overload 503, apart from index outages.
func TestMetricsOverload(t *testing.T) {
	f := loadFixtures(t)
	g := &gatedSearcher{Searcher: f, hold: make(chan struct{}), entered: make(chan struct{}, 8)}
	m := NewMetrics()
	h := New(g, WithMaxSearches(1), WithQueueWait(0), WithMetrics(m))
	var wg sync.WaitGroup
	wg.Go(func() { get(t, h, "GET", "/api/search?q=rates") })
	<-g.entered
	if res, _ := get(t, h, "GET", "/api/quotes?q=trust"); res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("with the slot taken: %d, want 503", res.StatusCode)
	}
	close(g.hold)
	wg.Wait()
	if got := testutil.ToFloat64(m.unavailable.WithLabelValues("/api/quotes", "overload")); got != 1 {
		t.Errorf("overload 503s = %g, want 1", got)
	}
	if got := testutil.ToFloat64(m.requests.WithLabelValues("/api/search", "2xx")); got != 1 {
		t.Errorf("held search = %g 2xx, want 1", got)
	}
}

// TestRequestBuckets: the latency buckets reach from 1 ms to 30 s.
func TestRequestBuckets(t *testing.T) {
	if lo, hi := requestBuckets[0], requestBuckets[len(requestBuckets)-1]; lo > 0.001 || hi < 30 {
		t.Errorf("buckets %g .. %g, want 1 ms .. 30 s covered", lo, hi)
	}
}

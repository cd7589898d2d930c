package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// syntheticSite serves n small article pages, /a/<i>-some-story-slug, a
// sitemap index with sitemaps of up to 50,000 of them, and a home page
// linking to the first 100.
func syntheticSite(tb testing.TB, n int) *httptest.Server {
	tb.Helper()
	const perSitemap = 50_000
	para := strings.Repeat("Officials said the plan would go ahead despite objections from residents. ", 8)
	mux := http.NewServeMux()
	mux.HandleFunc("/sitemap_index.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<sitemapindex>`)
		for i := 0; i*perSitemap < n; i++ {
			fmt.Fprintf(w, "<sitemap><loc>http://%s/sitemap-%d.xml</loc></sitemap>", r.Host, i)
		}
		fmt.Fprint(w, `</sitemapindex>`)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		p := r.URL.Path
		switch {
		case strings.HasPrefix(p, "/sitemap-"):
			k, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(p, "/sitemap-"), ".xml"))
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<urlset>`)
			for i := k * perSitemap; i < min((k+1)*perSitemap, n); i++ {
				fmt.Fprintf(w, "<url><loc>http://%s/a/%d-some-story-slug-here</loc></url>", r.Host, i)
			}
			fmt.Fprint(w, `</urlset>`)
		case p == "/":
			fmt.Fprint(w, "<html><body>")
			for i := range min(n, 100) {
				fmt.Fprintf(w, `<article><a href="/a/%d-some-story-slug-here">s</a></article>`, i)
			}
			fmt.Fprint(w, "</body></html>")
		case strings.HasPrefix(p, "/a/"):
			fmt.Fprintf(w, `<!doctype html><html><head><title>%s</title><meta property="og:type" content="article"></head>
<body><article><h1>Story %s</h1><p>%s</p><p>%s</p><a href="/">home</a></article></body></html>`, p, p, para, para)
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

// impoliteConfig turns politeness off for a loopback site we own.
func impoliteConfig(tb testing.TB, srv *httptest.Server) Config {
	cfg := DefaultConfig()
	cfg.Name = "bench"
	cfg.Sitemaps = []string{srv.URL + "/sitemap_index.xml"}
	cfg.DataDir = tb.TempDir()
	cfg.AllowPrivate = true
	cfg.RespectRobots = false
	cfg.Delay = 0
	cfg.AutoThrottle.Enabled = false
	cfg.Parallelism = 8
	cfg.GlobalConcurrency = 8
	cfg.MaxPages = 1 << 30
	return cfg
}

// BenchmarkCrawlLoopback measures whole-crawl throughput (fetch, parse,
// classify, seen-set, sink) over 1,000 pages with politeness off.
func BenchmarkCrawlLoopback(b *testing.B) {
	const n = 1000
	srv := syntheticSite(b, n)
	var pages int64
	var elapsed time.Duration
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		cfg := impoliteConfig(b, srv)
		var got atomic.Int64
		c, err := New(cfg, SinkFunc(func(ctx context.Context, p *article.Page) error { got.Add(1); return nil }))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		sum, err := c.Run(context.Background())
		elapsed += time.Since(start)
		if err != nil || got.Load() != n {
			b.Fatalf("run: %v, published %d of %d (%s)", err, got.Load(), n, sum)
		}
		pages += sum.Fetched
	}
	b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
}

// TestCrawlMemoryFlat crawls 100,000 URLs and reports the live heap at
// 10k, 50k and 100k fetched pages: with the frontier and seen-set on disk
// it must stay flat. Set BYLINE_CRAWL_MEM=1 to run it (a few minutes).
func TestCrawlMemoryFlat(t *testing.T) {
	if os.Getenv("BYLINE_CRAWL_MEM") == "" {
		t.Skip("set BYLINE_CRAWL_MEM=1 to crawl 100,000 loopback URLs")
	}
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("BYLINE_CRAWL_MEM")); err == nil && v > 1 {
		n = v
	}
	srv := syntheticSite(t, n)
	cfg := impoliteConfig(t, srv)
	marks := []int64{int64(n) / 10, int64(n) / 2, int64(n)}
	heap := make([]uint64, len(marks))
	var next atomic.Int32
	start := time.Now()
	var published atomic.Int64
	sink := SinkFunc(func(ctx context.Context, p *article.Page) error { published.Add(1); return nil })
	c, err := New(cfg, sink, WithProgress(func(st Stats) {
		i := int(next.Load())
		if i < len(marks) && st.Fetched >= marks[i] && next.CompareAndSwap(int32(i), int32(i+1)) {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heap[i] = ms.HeapInuse
			t.Logf("fetched %7d after %6.1fs: heap in use %6.1f MiB, goroutines %d", st.Fetched,
				time.Since(start).Seconds(), float64(ms.HeapInuse)/(1<<20), runtime.NumGoroutine())
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := c.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", sum)
	if published.Load() != int64(n) {
		t.Errorf("published %d of %d", published.Load(), n)
	}
	if heap[2] > 2*heap[0]+16<<20 {
		t.Errorf("heap grew from %d to %d bytes between %d and %d pages", heap[0], heap[2], marks[0], marks[2])
	}
}

package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
)

// BenchmarkRunOnce measures the whole pipeline on this machine: a loopback
// site with politeness off -> real crawler -> embedded NATS -> real
// extractor -> embedded Bleve index. It reports articles/s end to end and
// the p50/p99 latency from the moment the site served a story to the moment
// the article was durable (searchable) in the index. Run it with
//
//	go test -run '^$' -bench RunOnce -benchtime 1x ./cmd/byline
//
// BYLINE_BENCH_ARTICLES sets the site size (default 300).
func BenchmarkRunOnce(b *testing.B) {
	n := 300
	if s := os.Getenv("BYLINE_BENCH_ARTICLES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("BYLINE_BENCH_ARTICLES=%q: %v", s, err)
		}
		n = v
	}
	for _, bc := range []struct {
		workers, concurrency int
		delay                time.Duration // crawl delay: 0 = flat out (a backlog builds), >0 = a trickle
	}{{1, 1, 0}, {2, 1, 0}, {1, 2, 0}, {2, 2, 0}, {1, 2, 20 * time.Millisecond}} {
		name := fmt.Sprintf("extract-workers=%d/concurrency=%d", bc.workers, bc.concurrency)
		if bc.delay > 0 {
			name += "/trickle=" + bc.delay.String()
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var lat []time.Duration
			var total time.Duration
			runs := 0
			for b.Loop() {
				b.StopTimer()
				site := newNewsSite(b, n, -1)
				served := sync.Map{} // URL -> time first served
				site.onServe = func(url string) { served.LoadOrStore(url, time.Now()) }
				dir := b.TempDir()
				ix, err := openIndex(dir)
				if err != nil {
					b.Fatal(err)
				}
				var mu sync.Mutex
				var runLat []time.Duration
				b.StartTimer()
				start := time.Now()
				cfg := config.Config{Data: dir}
				cfg.Pipeline.ExtractWorkers = bc.workers
				cfg.Pipeline.Extract.Concurrency = bc.concurrency
				job := loopbackJob(site, dir)
				if bc.delay > 0 {
					job.Delay, job.Parallelism = bc.delay, 1
				}
				res, err := runOnce(context.Background(), onceOptions{
					Jobs:   []crawler.Config{job},
					Index:  ix,
					Config: cfg,
					Logger: quietLogger(),
					OnIndexed: func(a *article.Article) {
						now := time.Now()
						if t, ok := served.Load(site.url(pathOf(a.URL))); ok {
							mu.Lock()
							runLat = append(runLat, now.Sub(t.(time.Time)))
							mu.Unlock()
						}
					},
				})
				elapsed := time.Since(start)
				b.StopTimer()
				if err != nil {
					b.Fatal(err)
				}
				if res.Index.Indexed != uint64(n) || !res.Reconciled {
					b.Fatalf("indexed %d of %d:\n%s", res.Index.Indexed, n, res)
				}
				_ = ix.Close(context.Background())
				lat = append(lat, runLat...)
				total += elapsed
				runs++
				b.StartTimer()
			}
			slices.Sort(lat)
			b.ReportMetric(float64(n*runs)/total.Seconds(), "articles/s")
			if len(lat) > 0 {
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			}
		})
	}
}

// pathOf returns the path of a URL on the test site.
func pathOf(u string) string {
	for i := len("http://"); i < len(u); i++ {
		if u[i] == '/' {
			return u[i:]
		}
	}
	return "/"
}

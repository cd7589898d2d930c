package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/crawler"
)

// nullSink takes every page.
type nullSink struct{}

func (nullSink) Put(context.Context, *article.Page) error { return nil }

// TestCrawlSourcesSharePoliteness: the sources of `byline run` and
// `run --once` (a job run once, a scheduled job) crawl one host with
// parallelism 1: over both jobs, never two requests in flight at once.
func TestCrawlSourcesSharePoliteness(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the cron clock (a few seconds)")
	}
	var mu sync.Mutex
	inflight, maxIn := 0, 0
	jobHits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inflight++
		maxIn = max(maxIn, inflight)
		jobHits[strings.Split(r.URL.Path, "/")[1]]++
		mu.Unlock()
		time.Sleep(150 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><body><p>%s</p></body></html>", r.URL.Path)
		mu.Lock()
		inflight--
		mu.Unlock()
	}))
	defer srv.Close()
	job := func(name, schedule string, n int) crawler.Config {
		j := crawler.DefaultConfig()
		j.Name, j.Schedule, j.DataDir = name, schedule, t.TempDir()
		for i := range n {
			j.Seeds = append(j.Seeds, fmt.Sprintf("%s/%s/%d", srv.URL, name, i))
		}
		j.AllowPrivate, j.RespectRobots, j.Delay, j.AutoThrottle.Enabled = true, false, 0, false
		j.Parallelism, j.GlobalConcurrency = 1, 4
		return j
	}
	// The once job is still crawling (up to 60 × 150ms) when the scheduled
	// one fires (within about two seconds); the run ends once the
	// scheduled job has made a few requests beside it.
	srcs := crawlSources([]crawler.Config{job("once", "", 60), job("sched", "@every 1s", 4)},
		[]crawler.Option{crawler.WithLogger(quietLogger())}, nil, quietLogger())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range srcs {
		wg.Go(func() { _ = s.Run(ctx, nullSink{}) })
	}
	go func() {
		for ctx.Err() == nil {
			mu.Lock()
			both := jobHits["sched"] >= 2 && jobHits["once"] > 0
			mu.Unlock()
			if both {
				cancel()
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if jobHits["once"] == 0 || jobHits["sched"] == 0 {
		t.Fatalf("requests per job %v: both jobs must have crawled", jobHits)
	}
	if maxIn != 1 {
		t.Errorf("%d requests in flight at once to the host over the process's jobs, want 1 (parallelism 1)", maxIn)
	}
}

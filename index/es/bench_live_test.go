package esindex

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/byline/byline/index"
	bleveindex "github.com/byline/byline/index/bleve"
	"github.com/byline/byline/index/es/esnode"
	"github.com/byline/byline/index/indextest"
)

// TestBenchESvsBleve indexes the same generated articles (the corpus of
// index/bleve's TestBenchLarge) into a real Elasticsearch node and into
// Bleve on disk, then runs the same queries on both: the indexing rate,
// search latency p50/p99, and CPU time (this process's rusage; the node's
// JVM from /proc) so that the machine's load, which inflates wall times,
// can be told apart. It runs only with BYLINE_BENCH_ES=1 (minutes):
//
//	BYLINE_BENCH_ES=1 BYLINE_REQUIRE_ES=1 go test ./index/es -run TestBenchESvsBleve -v -timeout 60m
//
// BYLINE_BENCH_N sets the article count (default 20,000), BYLINE_BENCH_HEAP
// the node's heap (default 1g).
func TestBenchESvsBleve(t *testing.T) {
	if os.Getenv("BYLINE_BENCH_ES") != "1" {
		t.Skip("set BYLINE_BENCH_ES=1 to compare Elasticsearch and Bleve on generated articles (minutes of CPU)")
	}
	n := 20_000
	if s := os.Getenv("BYLINE_BENCH_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("BYLINE_BENCH_N: %v", err)
		}
		n = v
	}
	heap := "1g"
	if h := os.Getenv("BYLINE_BENCH_HEAP"); h != "" {
		heap = h
	}
	ctx := context.Background()
	c := esnode.Launch(t, esnode.Options{Heap: heap})
	articles := indextest.GenArticles(n, 1, 0)

	es, err := New(ctx, Config{Addresses: c.URLs, IndexPrefix: "byline-bench", Replicas: 0})
	if err != nil {
		t.Fatal(err)
	}
	bl, err := bleveindex.Open(filepath.Join(t.TempDir(), "index"), bleveindex.Config{BatchSize: 1000})
	if err != nil {
		t.Fatal(err)
	}
	type backend struct {
		name string
		ix   index.Index
		jvm  int // pid of the node whose CPU time counts too, or 0
	}
	backends := []backend{{"elasticsearch " + c.Version, es, c.PIDs[0]}, {"bleve", bl, 0}}
	t.Logf("RESULT load before: %s", loadavg())
	for _, b := range backends {
		cpu0, jvm0 := selfCPU(), procCPU(b.jvm)
		start := time.Now()
		var failed int
		for _, a := range articles {
			if err := b.ix.Add(ctx, a, func(err error) {
				if err != nil {
					failed++
				}
			}); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.ix.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if x, ok := b.ix.(*Index); ok {
			// Make everything searchable before counting and querying.
			res, err := x.client.Indices.Refresh(x.client.Indices.Refresh.WithIndex(x.cfg.IndexPrefix))
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
		}
		elapsed := time.Since(start)
		cpu, jvm := selfCPU()-cpu0, procCPU(b.jvm)-jvm0
		if failed > 0 {
			t.Fatalf("%s: %d articles failed", b.name, failed)
		}
		if got, err := b.ix.Count(ctx); err != nil || got != uint64(n) {
			t.Fatalf("%s: Count = %d, %v", b.name, got, err)
		}
		t.Logf("RESULT %s indexing %d articles: %s wall = %.0f articles/s; CPU %.1f s in Go, %.1f s in the JVM = %.2f ms CPU/article; load %s",
			b.name, n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), cpu.Seconds(), jvm.Seconds(),
			float64((cpu+jvm).Milliseconds())/float64(n), loadavg())
	}
	for _, b := range backends {
		// The query mix of TestBenchLarge: phrase + two facet filters +
		// all facets + highlights, then quote searches by speaker.
		for range 20 { // warm up caches on both
			if _, err := b.ix.Search(ctx, index.Query{Text: `"` + indextest.BenchPhrases[0] + `"`, Facets: true}); err != nil {
				t.Fatal(err)
			}
		}
		cpu0, jvm0 := selfCPU(), procCPU(b.jvm)
		var lat []time.Duration
		var hits uint64
		for i := range 300 {
			q := index.Query{
				Text:    `"` + indextest.BenchPhrases[i%len(indextest.BenchPhrases)] + `"`,
				Site:    indextest.BenchSites[i%len(indextest.BenchSites)],
				Section: indextest.BenchSections[(i/3)%len(indextest.BenchSections)],
				Facets:  true,
			}
			t0 := time.Now()
			r, err := b.ix.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
			hits += r.Total
		}
		cpu, jvm := selfCPU()-cpu0, procCPU(b.jvm)-jvm0
		var qlat []time.Duration
		var quotes uint64
		for i := range 100 {
			t0 := time.Now()
			r, err := b.ix.SearchQuotes(ctx, index.Query{Speaker: fmt.Sprintf("Ann Speaker%d", (i*20)%1000), Facets: true})
			if err != nil {
				t.Fatal(err)
			}
			qlat = append(qlat, time.Since(t0))
			quotes += r.Total
		}
		t.Logf("RESULT %s phrase+2 filters+facets: p50 %s p99 %s (300 queries, mean %.1f hits; CPU %.1f ms/query incl. the JVM); quotes by speaker+facets: p50 %s p99 %s (mean %.1f quotes); load %s",
			b.name, pct(lat, 0.5), pct(lat, 0.99), float64(hits)/300, float64((cpu+jvm).Microseconds())/300/1000,
			pct(qlat, 0.5), pct(qlat, 0.99), float64(quotes)/100, loadavg())
	}
	for _, b := range backends {
		if err := b.ix.Close(ctx); err != nil {
			t.Errorf("close %s: %v", b.name, err)
		}
	}
}

func pct(d []time.Duration, p float64) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[int(float64(len(s)-1)*p)].Round(100 * time.Microsecond)
}

// selfCPU is this process's user+system CPU time.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procCPU is the user+system CPU time of process pid (0: none), from
// /proc/pid/stat in clock ticks of 10 ms.
func procCPU(pid int) time.Duration {
	if pid == 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

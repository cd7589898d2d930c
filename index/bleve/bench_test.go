package bleveindex

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/index"
	"github.com/byline/byline/index/indextest"
)

func dirSize(t testing.TB, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			n += info.Size()
		}
		return nil
	})
	if err != nil {
		t.Fatalf("size of %s: %v", dir, err)
	}
	return n
}

// peakRSS reads the process's peak resident set (VmHWM) in bytes, or 0.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}

// TestBenchLarge indexes BYLINE_BENCH_N (default 100,000) generated articles
// and measures indexing rate, phrase+facet search latency, disk and memory.
// It runs only when BYLINE_BENCH_100K=1, so CI never pays for it:
//
//	BYLINE_BENCH_100K=1 go test ./index/bleve -run TestBenchLarge -v -timeout 60m
func TestBenchLarge(t *testing.T) {
	if os.Getenv("BYLINE_BENCH_100K") != "1" {
		t.Skip("set BYLINE_BENCH_100K=1 to index 100,000 generated articles (minutes of CPU)")
	}
	n := 100_000
	if s := os.Getenv("BYLINE_BENCH_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("BYLINE_BENCH_N: %v", err)
		}
		n = v
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	if d := os.Getenv("BYLINE_BENCH_DIR"); d != "" {
		dir = d
	}
	ix, err := Open(dir, Config{BatchSize: 1000})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close(ctx)

	// Generate in chunks so the generated text does not inflate memory.
	if p := os.Getenv("BYLINE_BENCH_INDEXPROFILE"); p != "" {
		pf, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			t.Fatal(err)
		}
		defer pf.Close()
	}
	const chunk = 10_000
	var words int
	var genTime time.Duration
	var failed int
	start := time.Now()
	for off := 0; off < n; off += chunk {
		g := time.Now()
		as := indextest.GenArticles(min(chunk, n-off), uint64(off+1), off)
		genTime += time.Since(g)
		for _, a := range as {
			words += a.WordCount
			if err := ix.Add(ctx, a, func(err error) {
				if err != nil {
					failed++
				}
			}); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%d articles queued, %s", off+len(as), time.Since(start).Round(time.Second))
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start) - genTime
	if os.Getenv("BYLINE_BENCH_INDEXPROFILE") != "" {
		pprof.StopCPUProfile()
	}
	if failed > 0 {
		t.Fatalf("%d articles failed", failed)
	}
	count, err := ix.Count(ctx)
	if err != nil || count != uint64(n) {
		t.Fatalf("Count = %d, %v", count, err)
	}

	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heapAfterIndex := ms.HeapInuse

	if p := os.Getenv("BYLINE_BENCH_CPUPROFILE"); p != "" {
		pf, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			t.Fatal(err)
		}
		defer pf.Close()
		defer pprof.StopCPUProfile()
	}
	// Phrase query + two facet filters (site, section) + all facets.
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
		r, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
		hits += r.Total
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[int(float64(len(lat)-1)*p)] }

	// A quote search by speaker + word for comparison.
	var qlat []time.Duration
	for i := range 100 {
		t0 := time.Now()
		if _, err := ix.SearchQuotes(ctx, index.Query{Speaker: fmt.Sprintf("Ann Speaker%d", (i*20)%1000), Facets: true}); err != nil {
			t.Fatal(err)
		}
		qlat = append(qlat, time.Since(t0))
	}
	slices.Sort(qlat)

	if err := ix.Close(ctx); err != nil {
		t.Fatal(err)
	}
	disk := dirSize(t, dir)
	t.Logf("RESULT articles=%d words=%d cores=%d", n, words, runtime.NumCPU())
	t.Logf("RESULT indexing: %s, %.0f articles/s (generation time excluded)", elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())
	t.Logf("RESULT phrase+2 filters+facets: p50=%s p99=%s (300 queries, mean %.1f hits)", pct(0.50), pct(0.99), float64(hits)/300)
	t.Logf("RESULT quote search by speaker+facets: p50=%s p99=%s", qlat[len(qlat)/2], qlat[int(float64(len(qlat)-1)*0.99)])
	t.Logf("RESULT disk=%.1f MiB (%.0f bytes/article) heap-in-use after indexing=%.1f MiB peak RSS=%.1f MiB",
		float64(disk)/(1<<20), float64(disk)/float64(n), float64(heapAfterIndex)/(1<<20), float64(peakRSS())/(1<<20))
}

// BenchmarkIndex measures durable writes: each iteration adds 100
// generated articles (always a newer version) and flushes them to disk.
func BenchmarkIndex(b *testing.B) {
	ctx := context.Background()
	as := indextest.GenArticles(1000, 7, 0)
	ix, err := Open(filepath.Join(b.TempDir(), "index"), Config{BatchSize: 100})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close(ctx)
	b.ReportAllocs()
	v := 0
	for b.Loop() {
		for range 100 {
			a := *as[v%len(as)]
			a.ModifiedAt = time.Unix(int64(v), 0).UTC().Format(time.RFC3339)
			if err := ix.Add(ctx, &a, nil); err != nil {
				b.Fatal(err)
			}
			v++
		}
		if err := ix.Flush(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(v)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSearch measures a phrase query with two facet filters and
// facets over 5,000 generated articles: with the site filter as a whole
// name (exact, the keyword field) and as words of the name (the analysed
// field, the default since issue 14), and with the per-day timeline the
// search page asks for.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	ix := benchIndex(b)
	defer ix.Close(ctx)
	for _, v := range []struct {
		name                        string
		exact, timeline, noCollapse bool
	}{
		{"site=exact", true, false, false},
		{"site=words", false, false, false},
		{"site=words+timeline", false, true, false},
		{"site=words+no-collapse", false, false, true}, // one hit per copy: what collapsing costs
	} {
		b.Run(v.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				q := index.Query{Text: `"` + indextest.BenchPhrases[i%len(indextest.BenchPhrases)] + `"`, Site: indextest.BenchSites[i%len(indextest.BenchSites)], Section: indextest.BenchSections[i%len(indextest.BenchSections)],
					Facets: true, ExactNames: v.exact, Timeline: v.timeline, NoCollapse: v.noCollapse}
				if _, err := ix.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkSuggestNames measures "did you mean" for a misspelt speaker
// over the 5,000 generated articles (1,000 speakers), counting articles
// and quotes.
func BenchmarkSuggestNames(b *testing.B) {
	ctx := context.Background()
	ix := benchIndex(b)
	defer ix.Close(ctx)
	for _, quotes := range []bool{false, true} {
		b.Run(fmt.Sprintf("quotes=%v", quotes), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := ix.SuggestNames(ctx, index.NameQuery{Field: index.FieldSpeaker, Value: "Cara Speakr42", Quotes: quotes})
				if err != nil || len(r) == 0 {
					b.Fatalf("SuggestNames: %v, %v", r, err)
				}
			}
		})
	}
}

// benchIndex is 5,000 generated articles in memory.
func benchIndex(b *testing.B) *Index {
	b.Helper()
	ctx := context.Background()
	ix, err := OpenMem(Config{BatchSize: 1000})
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range indextest.GenArticles(5000, 11, 0) {
		if err := ix.Add(ctx, a, nil); err != nil {
			b.Fatal(err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	return ix
}

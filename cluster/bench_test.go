package cluster_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/cluster"
	"github.com/byline/byline/extract"
	"github.com/byline/byline/internal/cputime"
	"github.com/byline/byline/revision"
)

// aebPages reads the aeb corpus pages (skipping without ../shared, as
// extract's benchmark does).
func aebPages(b *testing.B) [][]byte {
	b.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "aeb", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		if os.Getenv("BYLINE_REQUIRE_SHARED") == "1" {
			b.Fatalf("no aeb pages in %s but BYLINE_REQUIRE_SHARED=1", dir)
		}
		b.Skipf("no aeb pages in %s", dir)
	}
	sort.Strings(files)
	var pages [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		p, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

var fetched = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// BenchmarkClusterAndRevise is issue 16's cost measurement: per aeb page,
// what the index stage adds to extraction (name=cluster+revise: sketch
// the body, find and join its cluster in an index already holding 20,000
// articles, and diff it against an edited earlier version, the worst
// case of the revision step) beside extraction itself (name=extract, with
// the quote layer, as the pipeline runs it). Both report cpu-ns/op from
// rusage; the ratio of the two is the cost.
func BenchmarkClusterAndRevise(b *testing.B) {
	pages := aebPages(b)
	arts := make([]*article.Article, len(pages))
	hist := make([]*revision.History, len(pages))
	for i, p := range pages {
		a, err := extract.Extract(extract.Input{HTML: p, URL: fmt.Sprintf("https://example.com/%d", i), FetchedAt: fetched}, extract.Options{})
		if err != nil {
			a = &article.Article{Paragraphs: []string{"empty"}}
		}
		arts[i] = a
		// The earlier version: headline changed, a paragraph dropped, one
		// edited, so Apply computes a full diff every time.
		old := *a
		old.FetchedAt = fetched.Add(-time.Hour).Format(time.RFC3339)
		old.Headline += " (earlier)"
		if n := len(a.Paragraphs); n > 2 {
			old.Paragraphs = append(append([]string{}, a.Paragraphs[:n-1]...), "A paragraph the editors cut later.")
			old.Paragraphs[1] += " And a sentence that went."
		}
		hist[i], _ = revision.Apply(nil, &old)
	}
	x, err := cluster.NewIndex(cluster.Config{})
	if err != nil {
		b.Fatal(err)
	}
	fill(x, 20000)
	run := func(name string, fn func(i int)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cputime.Process()
			i := 0
			for b.Loop() {
				fn(i % len(pages))
				i++
			}
			cputime.Report(b, cpu)
		})
	}
	run("name=extract", func(i int) {
		_, _ = extract.Extract(extract.Input{HTML: pages[i], URL: "https://example.com/", FetchedAt: fetched}, extract.Options{})
	})
	n := 0
	run("name=cluster+revise", func(i int) {
		a := *arts[i]
		n++
		a.ID = fmt.Sprint("bench-", n) // a new article each time: the index grows
		s := cluster.SketchArticle(&a)
		x.Add(a.ID, &s, cluster.MetaOf(&a))
		h := *hist[i]
		revision.Apply(&h, &a)
	})
	run("name=sketch", func(i int) {
		_ = cluster.SketchArticle(arts[i])
	})
	run("name=revise", func(i int) {
		a := *arts[i]
		h := *hist[i]
		revision.Apply(&h, &a)
	})
}

// fill adds n articles of random text to x.
func fill(x *cluster.Index, n int) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		var s cluster.Sketch
		for k := range s.Sig {
			s.Sig[k] = r.Uint32()
		}
		s.Shingles = 300 + uint32(r.IntN(900))
		x.Add(fmt.Sprint("fill-", i), &s, cluster.Meta{Site: "example.com"})
	}
}

// BenchmarkIndexMemory states the memory of the cluster index per
// article: the Go heap after adding b.N×1000 articles, divided by their
// number (B/article). Signatures are random, so every band key is new: the
// most a real article costs.
func BenchmarkIndexMemory(b *testing.B) {
	for _, n := range []int{100_000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			for b.Loop() {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				x, _ := cluster.NewIndex(cluster.Config{})
				fill(x, n)
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "B/article")
				runtime.KeepAlive(x)
			}
		})
	}
}

// BenchmarkLookup times finding the cluster of a new article in indexes
// of growing size: near-constant, as LSH promises. Every query is the
// same text, so from the second on it also walks the copies before it
// (at most MaxChain per band).
func BenchmarkLookup(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			x, _ := cluster.NewIndex(cluster.Config{})
			fill(x, n)
			r := rand.New(rand.NewPCG(3, 4))
			words := make([]string, 400)
			for k := range words {
				words[k] = fmt.Sprint("w", r.IntN(5000))
			}
			s := cluster.NewSketch([]string{strings.Join(words, " ")})
			i := 0
			for b.Loop() {
				i++
				x.Add(fmt.Sprint("q-", i), &s, cluster.Meta{})
			}
		})
	}
}

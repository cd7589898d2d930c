package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/byline/byline/internal/cputime"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// loadAEBPages reads and gunzips the aeb corpus pages once, in a fixed
// order; the benchmark skips when the corpus is absent.
func loadAEBPages(b testing.TB) [][]byte {
	b.Helper()
	dir := filepath.Join(needShared(b), "corpus", "aeb", "html")
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skipf("no aeb pages in %s", dir)
	}
	sort.Strings(files)
	pages := make([][]byte, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkExtract times one page per op over the aeb pages (round robin):
// Byline with and without the quote layer, go-trafilatura with fallback,
// and a bare html.Parse as the floor.
func BenchmarkExtract(b *testing.B) {
	pages := loadAEBPages(b)
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	avg := total / int64(len(pages))
	run := func(name string, fn func(page []byte)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(avg)
			cpu := cputime.Process()
			i := 0
			for b.Loop() {
				fn(pages[i%len(pages)])
				i++
			}
			cputime.Report(b, cpu)
		})
	}
	run("name=byline", func(page []byte) {
		_, _ = Extract(Input{HTML: page}, Options{NoQuotes: true})
	})
	run("name=byline-quotes", func(page []byte) {
		_, _ = Extract(Input{HTML: page}, Options{})
	})
	run("name=go-trafilatura", func(page []byte) {
		_, _ = trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{EnableFallback: true})
	})
	run("name=html.Parse", func(page []byte) {
		_, _ = html.Parse(bytes.NewReader(page))
	})
}

// BenchmarkClassify times the crawler's article verdict on one page per op
// (aeb pages, round robin), against a bare html.Parse: the verdict reads
// the token stream and must stay well below a parse.
func BenchmarkClassify(b *testing.B) {
	pages := loadAEBPages(b)
	b.Run("name=Classify", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_ = Classify(pages[i%len(pages)], nil, ClassifyHints{})
			i++
		}
	})
	b.Run("name=html.Parse", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_, _ = html.Parse(bytes.NewReader(pages[i%len(pages)]))
			i++
		}
	})
}

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
)

// The measurement corpus of issue 15: 181 real news pages from ../shared,
// namely all 121 pages of corpus/aeb and the first 60 pages of
// corpus/htmldate-news in the order of its gold.json. Each is served on
// 127.0.0.1 at /<original host><original path> (so the URL keeps the shape
// the classifier reads), listed in one sitemap.
const (
	corpusAEB      = "../../../shared/corpus/aeb"
	corpusHTMLDate = "../../../shared/corpus/htmldate-news"
	corpusNewsN    = 60
)

// corpusPage is one page of the measurement corpus.
type corpusPage struct {
	path string // served at this path
	body []byte // decompressed HTML
}

// loadCorpus181 reads the 181 pages, or skips when ../shared is missing.
func loadCorpus181(tb testing.TB) []corpusPage {
	tb.Helper()
	if _, err := os.Stat(corpusAEB); err != nil {
		if os.Getenv("BYLINE_REQUIRE_SHARED") != "" {
			tb.Fatalf("../shared corpus required: %v", err)
		}
		tb.Skipf("../shared corpus not found (%v)", err)
	}
	var pages []corpusPage
	seen := map[string]bool{}
	add := func(rawURL, gzPath string) {
		body := gunzipFile(tb, gzPath)
		u, err := url.Parse(rawURL)
		if err != nil {
			tb.Fatalf("%s: %v", rawURL, err)
		}
		p := "/" + u.Hostname() + u.EscapedPath()
		if strings.HasSuffix(p, "/") && len(p) > 1 {
			p = strings.TrimSuffix(p, "/")
		}
		for seen[p] {
			p += "-2"
		}
		seen[p] = true
		pages = append(pages, corpusPage{path: p, body: body})
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	readJSON(tb, filepath.Join(corpusAEB, "ground-truth.json"), &gt)
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		add(gt[id].URL, filepath.Join(corpusAEB, "html", id+".html.gz"))
	}
	var gold []struct {
		URL  string `json:"url"`
		HTML string `json:"html"`
	}
	readJSON(tb, filepath.Join(corpusHTMLDate, "gold.json"), &gold)
	for _, g := range gold[:corpusNewsN] {
		add(g.URL, filepath.Join(corpusHTMLDate, g.HTML))
	}
	if len(pages) != 181 {
		tb.Fatalf("corpus has %d pages, want 181", len(pages))
	}
	return pages
}

func readJSON(tb testing.TB, path string, v any) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

func gunzipFile(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return b
}

// corpusSite serves the corpus pages and a sitemap on loopback and records
// when each page was first served.
type corpusSite struct {
	srv    *httptest.Server
	pages  map[string][]byte
	order  []string
	served sync.Map // full URL -> time.Time
}

func newCorpusSite(tb testing.TB, pages []corpusPage) *corpusSite {
	s := &corpusSite{pages: map[string][]byte{}}
	for _, p := range pages {
		s.pages[p.path] = p.body
		s.order = append(s.order, p.path)
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.srv.Close)
	return s
}

func (s *corpusSite) serve(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nAllow: /\n")
		return
	case "/sitemap.xml":
		w.Header().Set("Content-Type", "application/xml")
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range s.order {
			fmt.Fprintf(&b, "<url><loc>%s%s</loc></url>", s.srv.URL, escapeXML(p))
		}
		b.WriteString("</urlset>")
		w.Write(b.Bytes())
		return
	}
	body, ok := s.pages[r.URL.EscapedPath()]
	if !ok {
		http.NotFound(w, r)
		return
	}
	s.served.LoadOrStore(s.srv.URL+r.URL.EscapedPath(), time.Now())
	w.Header().Set("Content-Type", "text/html")
	w.Write(body)
}

func escapeXML(s string) string {
	var b strings.Builder
	_ = xmlEscape(&b, s)
	return b.String()
}

func xmlEscape(w io.Writer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")
	_, err := io.WriteString(w, r.Replace(s))
	return err
}

// corpusJob crawls the corpus site's sitemap only, politeness off.
func corpusJob(s *corpusSite, dataDir string) crawler.Config {
	j := crawler.DefaultConfig()
	j.Name = "corpus"
	j.Sitemaps = []string{s.srv.URL + "/sitemap.xml"}
	j.MaxDepth = -1
	j.AllowPrivate = true
	j.Delay = 0
	j.AutoThrottle.Enabled = false
	j.Parallelism = 4
	j.DataDir = filepath.Join(dataDir, "crawl")
	return j
}

// cpuTime is the process's user+system time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkCorpus181 is the measurement of issue 15: in one process and
// one run, alternately, `byline extract --jsonl -j 2` over the 181 corpus
// pages (written to temporary .html files) and `byline run --once` over the
// same pages served on loopback (sitemap, no crawl delay, embedded NATS,
// embedded Bleve). It reports pages/s of each, their ratio, the CPU time
// per page of each, and the p50/p99 latency from the moment the site
// served a page to the moment its article was durably indexed.
//
//	go test -run '^$' -bench Corpus181 -benchtime 5x ./cmd/byline
//
// (make bench-pipeline). Each iteration is one extract run and one
// run --once on a fresh data directory; the ratio uses the sums.
func BenchmarkCorpus181(b *testing.B) {
	pages := loadCorpus181(b)
	tmp := b.TempDir()
	var files []string
	for i, p := range pages {
		f := filepath.Join(tmp, fmt.Sprintf("page%03d.html", i))
		if err := os.WriteFile(f, p.body, 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
	}
	site := newCorpusSite(b, pages)
	var exWall, exCPU, runWall, runCPU time.Duration
	var lat []time.Duration
	var indexed, published uint64
	var startup, crawlSpan, tail time.Duration // timeline of run --once, summed
	runs := 0
	for b.Loop() {
		// extract --jsonl -j 2 (BYLINE_BENCH_ONLY=run skips it, to profile
		// the pipeline alone)
		c0, t0 := cpuTime(), time.Now()
		if os.Getenv("BYLINE_BENCH_ONLY") != "run" {
			code := runCLI(context.Background(), append([]string{"extract", "--jsonl", "-j", "2"}, files...), io.Discard, io.Discard)
			if code != 0 && code != 1 {
				b.Fatalf("extract exit %d", code)
			}
		}
		exWall += time.Since(t0)
		exCPU += cpuTime() - c0
		// run --once
		site.served.Clear()
		dir := filepath.Join(tmp, fmt.Sprintf("run%d", runs))
		var mu sync.Mutex
		var runLat []time.Duration
		var lastIndexed time.Time
		c0, t0 = cpuTime(), time.Now()
		res, err := runOnce(context.Background(), onceOptions{
			Jobs:   []crawler.Config{corpusJob(site, dir)},
			Logger: quietLogger(),
			Config: benchConfig(dir),
			OnIndexed: func(a *article.Article) {
				now := time.Now()
				if t, ok := site.served.Load(a.URL); ok {
					mu.Lock()
					runLat = append(runLat, now.Sub(t.(time.Time)))
					mu.Unlock()
				}
				mu.Lock()
				lastIndexed = now
				mu.Unlock()
			},
		})
		end := time.Now()
		runWall += end.Sub(t0)
		runCPU += cpuTime() - c0
		if err != nil {
			b.Fatal(err)
		}
		if !res.Reconciled {
			b.Fatalf("counts do not reconcile:\n%s", res)
		}
		if len(runLat) != int(res.Index.Indexed) {
			b.Logf("latency for %d of %d indexed articles (URL mismatch?)", len(runLat), res.Index.Indexed)
		}
		first, last := site.servedSpan()
		startup += first.Sub(t0)
		crawlSpan += last.Sub(first)
		tail += end.Sub(lastIndexed)
		if runs == 0 {
			b.Logf("run --once:\n%s", res)
		}
		b.Logf("run --once timeline: first page served %v after start, last page served %v later, last article indexed %v after that, returned %v after the last article",
			first.Sub(t0).Round(time.Millisecond), last.Sub(first).Round(time.Millisecond),
			lastIndexed.Sub(last).Round(time.Millisecond), end.Sub(lastIndexed).Round(time.Millisecond))
		indexed += res.Index.Indexed
		published += res.Pages.Published
		lat = append(lat, runLat...)
		runs++
	}
	n := float64(len(pages) * runs)
	exRate, runRate := n/exWall.Seconds(), n/runWall.Seconds()
	b.ReportMetric(exRate, "extract-pages/s")
	b.ReportMetric(runRate, "run-pages/s")
	b.ReportMetric(runRate/exRate, "ratio")
	b.ReportMetric(float64(exCPU.Microseconds())/n/1000, "extract-cpu-ms/page")
	b.ReportMetric(float64(runCPU.Microseconds())/n/1000, "run-cpu-ms/page")
	b.ReportMetric(float64(published)/float64(runs), "published/run")
	b.ReportMetric(float64(indexed)/float64(runs), "indexed/run")
	b.ReportMetric(float64(startup.Microseconds())/float64(runs)/1000, "startup-ms")
	b.ReportMetric(float64(crawlSpan.Microseconds())/float64(runs)/1000, "serve-span-ms")
	b.ReportMetric(float64(tail.Microseconds())/float64(runs)/1000, "shutdown-ms")
	slices.Sort(lat)
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	}
}

// servedSpan returns when the first and the last page were served.
func (s *corpusSite) servedSpan() (first, last time.Time) {
	s.served.Range(func(_, v any) bool {
		t := v.(time.Time)
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
		return true
	})
	return first, last
}

// benchConfig is the default configuration with the data directory dir;
// BYLINE_BENCH_INDEX_FLUSH sets pipeline.index_flush.
func benchConfig(dir string) config.Config {
	c := config.Config{Data: dir}
	if s := os.Getenv("BYLINE_BENCH_INDEX_FLUSH"); s != "" {
		c.Pipeline.IndexFlush, _ = time.ParseDuration(s)
	}
	return c
}

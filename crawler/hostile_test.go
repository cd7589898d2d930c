package crawler

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The hostile site: compression bombs in every encoding, link floods and
// sitemap floods, on loopback. Memory is asserted through the counters a
// user sees (Summary.LargestBody, the too-large count, Dropped and Queued),
// never through timing.

// bombSize is how far each test bomb expands: 64 times the page cap of
// the tests, small enough to build in a blink, large enough that a body
// decoded without the cap shows in LargestBody.
const bombSize = 64 << 20

var (
	bombOnce sync.Once
	bombs    map[string][]byte // "gzip", "zlib", "flate": bombSize bytes of HTML, compressed; "sitemap": of a urlset, gzip
)

// bomb returns bombSize bytes of HTML compressed with format.
func bomb(t testing.TB, format string) []byte {
	t.Helper()
	bombOnce.Do(func() {
		bombs = map[string][]byte{}
		chunk := bytes.Repeat([]byte("<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n"), 1<<10)
		for _, f := range []string{"gzip", "zlib", "flate"} {
			var buf bytes.Buffer
			var w io.WriteCloser
			switch f {
			case "gzip":
				w, _ = gzip.NewWriterLevel(&buf, gzip.BestCompression)
			case "zlib":
				w, _ = zlib.NewWriterLevel(&buf, zlib.BestCompression)
			case "flate":
				w, _ = flate.NewWriter(&buf, flate.BestCompression)
			}
			_, _ = w.Write([]byte("<!doctype html><html><head><title>bomb</title></head><body>"))
			for n := 0; n < bombSize; n += len(chunk) {
				_, _ = w.Write(chunk)
			}
			_ = w.Close()
			bombs[f] = buf.Bytes()
		}
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = w.Write([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`))
		entry := []byte("<url><loc>https://elsewhere.invalid/a</loc></url>\n")
		blank := bytes.Repeat([]byte(" "), 64<<10)
		for n := 0; n < bombSize; n += len(blank) + len(entry) {
			_, _ = w.Write(entry)
			_, _ = w.Write(blank)
		}
		_ = w.Close()
		bombs["sitemap"] = buf.Bytes()
	})
	return bombs[format]
}

// TestCompressionBombs serves a bomb under every encoding a server may
// use and every way colly or net/http would otherwise gunzip past the
// cap: each must end too-large with no more than the cap plus one byte
// decoded.
func TestCompressionBombs(t *testing.T) {
	s := newNewsSite(t)
	gz, sm := bomb(t, "gzip"), bomb(t, "sitemap")
	gzgz, smgz := gzipBytes(t, string(gz)), gzipBytes(t, string(sm))
	cases := []struct {
		path     string
		kind     string // page or sitemap
		ctype    string
		encoding string
		body     []byte
	}{
		{"/gzip", "page", "text/html", "gzip", gz},
		{"/x-gzip", "page", "text/html", "x-gzip", gz},
		{"/gzip-identity", "page", "text/html", "gzip, identity", gz},
		{"/identity-gzip", "page", "text/html", "identity, gzip", gz},
		{"/upper", "page", "text/html", "GZIP", gz},
		{"/double", "page", "text/html", "gzip, gzip", gzgz},
		{"/deflate-zlib", "page", "text/html", "deflate", bomb(t, "zlib")},
		{"/deflate-raw", "page", "text/html", "deflate", bomb(t, "flate")},
		{"/no-encoding", "page", "text/html", "", gz},
		{"/sitemap.xml.gz", "sitemap", "application/octet-stream", "", sm},
		{"/gzip-type.xml", "sitemap", "application/x-gzip", "", sm},
		{"/identity/sitemap.xml.gz", "sitemap", "application/xml", "identity", sm},
		{"/deflate/sitemap.xml.gz", "sitemap", "application/xml", "deflate", zlibBytes(t, sm)},
		{"/gzip/sitemap.xml.gz", "sitemap", "application/xml", "gzip", smgz},
		{"/x-gzip/sitemap.xml.gz", "sitemap", "application/x-gzip", "x-gzip", smgz},
		{"/x-gzip-identity/sitemap.xml", "sitemap", "application/xml", "x-gzip, identity", sm},
	}
	cfg := testConfig(t, "bombs")
	cfg.Seeds = nil
	cfg.MaxBodyBytes = 1 << 20
	cfg.MaxSitemapBytes = 2 << 20
	for _, c := range cases {
		hdr := map[string]string{}
		if c.encoding != "" {
			hdr["Content-Encoding"] = c.encoding
		}
		s.set(c.path, &testPage{ctype: c.ctype, header: hdr, body: c.body})
		if c.kind == "sitemap" {
			cfg.Sitemaps = append(cfg.Sitemaps, s.URL(c.path))
		} else {
			cfg.Seeds = append(cfg.Seeds, s.URL(c.path))
		}
	}
	sum := runJob(t, cfg, &MemorySink{})
	if got := sum.Errors[KindTooLarge]; got != int64(len(cases)) {
		t.Errorf("too-large = %d, want %d (every bomb): %v", got, len(cases), sum.Errors)
	}
	if sum.LargestBody > cfg.MaxSitemapBytes+1 {
		t.Errorf("largest body decoded = %d bytes, want <= max_sitemap_bytes+1 = %d", sum.LargestBody, cfg.MaxSitemapBytes+1)
	}
	if sum.New != 0 {
		t.Errorf("new = %d: a bomb was published cut", sum.New)
	}
	if want := fmt.Sprintf("largest body read: %d bytes", sum.LargestBody); !strings.Contains(sum.String(), want) {
		t.Errorf("the summary does not show the largest body read:\n%s", sum)
	}

	// Pages alone: never more than max_body_bytes+1 decoded.
	cfg.Sitemaps, cfg.Name = nil, "bomb-pages"
	sum = runJob(t, cfg, &MemorySink{})
	if sum.LargestBody > cfg.MaxBodyBytes+1 || sum.LargestBody < cfg.MaxBodyBytes {
		t.Errorf("largest page body decoded = %d bytes, want max_body_bytes+1 = %d", sum.LargestBody, cfg.MaxBodyBytes+1)
	}
}

// TestUnsupportedEncoding: a coding Byline did not ask for is a parse
// error, not a garbled page.
func TestUnsupportedEncoding(t *testing.T) {
	s := newNewsSite(t)
	s.set("/br", &testPage{ctype: "text/html", header: map[string]string{"Content-Encoding": "br"}, body: []byte("\x8b\x02\x80hello\x03")})
	cfg := testConfig(t, "br", s.URL("/br"))
	sum := runJob(t, cfg, &MemorySink{})
	if sum.Errors[KindParse] != 1 || sum.New != 0 {
		t.Errorf("errors %v, new %d; want parse=1, new 0", sum.Errors, sum.New)
	}
}

// TestCompressedPagesStillWork: ordinary gzip and deflate pages decode.
func TestCompressedPagesStillWork(t *testing.T) {
	s := newNewsSite(t)
	page := articleHTML("Compressed story")
	s.set("/2025/06/01/gzip-story", &testPage{ctype: "text/html", header: map[string]string{"Content-Encoding": "gzip"}, body: gzipBytes(t, page)})
	s.set("/2025/06/01/xgzip-story", &testPage{ctype: "text/html", header: map[string]string{"Content-Encoding": "x-gzip, identity"}, body: gzipBytes(t, page+" ")})
	s.set("/2025/06/01/deflate-story", &testPage{ctype: "text/html", header: map[string]string{"Content-Encoding": "deflate"}, body: zlibBytes(t, []byte(page+"  "))})
	cfg := testConfig(t, "gz", s.URL("/2025/06/01/gzip-story"), s.URL("/2025/06/01/xgzip-story"), s.URL("/2025/06/01/deflate-story"))
	cfg.MaxDepth = -1
	sink := &MemorySink{}
	sum := runJob(t, cfg, sink)
	if sum.New != 3 || len(sum.Errors) != 0 {
		t.Fatalf("new %d, errors %v; want 3 articles", sum.New, sum.Errors)
	}
	for _, p := range sink.Pages() {
		if !bytes.Contains(p.Body, []byte("Compressed story")) {
			t.Errorf("%s: body not decoded: %.60q", p.URL, p.Body)
		}
	}
}

// TestLinkFlood: one page with 200,000 links queues max_links_per_page of
// them and says how many it dropped.
func TestLinkFlood(t *testing.T) {
	s := newNewsSite(t)
	const links = 200_000
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>flood</title></head><body>")
	for i := range links {
		fmt.Fprintf(&b, "<a href=/p/%d>x</a>", i)
	}
	b.WriteString("</body></html>")
	s.html("/", b.String())
	cfg := testConfig(t, "flood", s.URL("/"))
	cfg.MaxPages = 3
	sum := runJob(t, cfg, &MemorySink{})
	if sum.Discovered != int64(cfg.MaxLinksPerPage) {
		t.Errorf("discovered %d, want max_links_per_page = %d", sum.Discovered, cfg.MaxLinksPerPage)
	}
	if got, want := sum.Dropped[DropLinksPerPage], int64(links-cfg.MaxLinksPerPage); got != want {
		t.Errorf("dropped links-per-page = %d, want %d", got, want)
	}
	if sum.Queued > int64(cfg.MaxLinksPerPage) {
		t.Errorf("queued %d > %d", sum.Queued, cfg.MaxLinksPerPage)
	}
	if !strings.Contains(sum.String(), "dropped 199000 URLs (frontier caps, or no longer wanted by the config): links-per-page=199000") {
		t.Errorf("summary does not say what was dropped:\n%s", sum)
	}
}

// floodSitemaps serves a sitemap index of n sitemaps, each listing
// perSitemap URLs, generated on the fly.
func floodSitemaps(s *newsSite, n, perSitemap int) {
	s.set("/sitemap_index.xml", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range n {
			fmt.Fprintf(w, "<sitemap><loc>%s/sitemaps/%d.xml</loc></sitemap>\n", s.srv.URL, i)
		}
		fmt.Fprint(w, "</sitemapindex>")
	}})
	s.set("/sitemaps/", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/sitemaps/"), ".xml"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/xml")
		bw := &bytes.Buffer{}
		bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for j := range perSitemap {
			fmt.Fprintf(bw, "<url><loc>%s/%d/story-%d</loc></url>\n", s.srv.URL, i, j)
			if bw.Len() > 64<<10 {
				_, _ = w.Write(bw.Bytes())
				bw.Reset()
			}
		}
		bw.WriteString("</urlset>")
		_, _ = w.Write(bw.Bytes())
	}})
}

// TestSitemapFlood: a sitemap index of 2,000 sitemaps of 100,050 URLs
// each, crawled with --max-pages 4, stops at max_queue and at the
// per-sitemap entry cap, and says so. (The timeout is not under test: a
// sitemap must be read and queued within it, which -race slows.)
func TestSitemapFlood(t *testing.T) {
	s := newNewsSite(t)
	perSitemap, over := maxSitemapEntries+50, 50
	if raceEnabled {
		perSitemap, over = 30_000, 0 // the entry cap is checked without -race
	}
	floodSitemaps(s, 2000, perSitemap)
	cfg := testConfig(t, "smflood")
	cfg.Seeds, cfg.Sitemaps = nil, []string{s.URL("/sitemap_index.xml")}
	cfg.MaxPages = 4
	cfg.MaxQueue = 20_000
	cfg.Timeout = time.Minute
	sum := runHeavyJob(t, cfg, &MemorySink{})
	if sum.Queued > int64(cfg.MaxQueue) {
		t.Errorf("queued %d > max_queue %d", sum.Queued, cfg.MaxQueue)
	}
	// The index queues its 2,000 sitemaps; three of them are read (the
	// fourth fetch of the run), each offering 100,050 URLs.
	offered := int64(3 * (perSitemap - over))
	if got, want := sum.Discovered+sum.Dropped[DropQueueFull], int64(2000)+offered; got != want {
		t.Errorf("discovered %d + dropped for queue-full %d = %d, want every URL offered (%d)", sum.Discovered, sum.Dropped[DropQueueFull], got, want)
	}
	if got := sum.Dropped[DropSitemapURLs]; got != int64(3*over) {
		t.Errorf("dropped sitemap-entries = %d, want %d", got, 3*over)
	}
	if !strings.Contains(sum.String(), "dropped ") || !strings.Contains(sum.String(), "queue-full=") {
		t.Errorf("summary does not say what was dropped:\n%s", sum)
	}
	// Next run: the queue is full, nothing more is taken in.
	cfg.MaxPages = 2
	sum2 := runHeavyJob(t, cfg, &MemorySink{})
	if sum2.Queued > int64(cfg.MaxQueue) {
		t.Errorf("second run queued %d > max_queue %d", sum2.Queued, cfg.MaxQueue)
	}
}

// TestDiskBudget: past max_data_bytes no new URL is queued.
func TestDiskBudget(t *testing.T) {
	s := newNewsSite(t)
	floodSitemaps(s, 1, 60_000)
	cfg := testConfig(t, "budget")
	cfg.Seeds, cfg.Sitemaps = nil, []string{s.URL("/sitemaps/0.xml")}
	cfg.MaxPages = 1
	cfg.MaxDataBytes = 1 << 20
	cfg.Timeout = time.Minute
	sum := runHeavyJob(t, cfg, &MemorySink{})
	if sum.Dropped[DropDiskBudget] == 0 {
		t.Fatalf("nothing dropped for the disk budget: %s", sum)
	}
	if sum.Discovered+sum.Dropped[DropDiskBudget] != 60_000 {
		t.Errorf("discovered %d + dropped %d != 60000", sum.Discovered, sum.Dropped[DropDiskBudget])
	}
	fi, err := os.Stat(filepath.Join(cfg.DataDir, "budget.crawl.db"))
	if err != nil {
		t.Fatal(err)
	}
	// One transaction (batchChunk URLs) may cross the budget; bbolt grows
	// its file in steps.
	if fi.Size() > 8<<20 {
		t.Errorf("data file %d bytes with a 1 MiB budget", fi.Size())
	}
}

// TestLargeSitemapStreamed: a 12 MB sitemap (over max_body_bytes, under
// the protocol's 50 MB) served gzip-compressed is read whole; one over
// max_sitemap_bytes keeps the URLs before the cut.
func TestLargeSitemapStreamed(t *testing.T) {
	s := newNewsSite(t)
	n, over := int64(40_000), int64(10<<20) // a sitemap over the default 8 MiB page cap
	if raceEnabled {
		n, over = 4_000, 1<<20
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for i := range n {
		fmt.Fprintf(&b, "<url><loc>%s/2025/06/01/a-rather-long-headline-slug-for-story-number-%d-of-the-day</loc><lastmod>2025-06-01T10:00:00Z</lastmod>"+
			"<news:news><news:publication><news:name>Test Times</news:name><news:language>en</news:language></news:publication>"+
			"<news:publication_date>2025-06-01T08:00:00Z</news:publication_date><news:title>Story %d</news:title></news:news></url>\n", s.srv.URL, i, i)
	}
	b.WriteString("</urlset>")
	if int64(b.Len()) < over {
		t.Fatalf("sitemap only %d bytes", b.Len())
	}
	s.set("/big.xml", &testPage{ctype: "application/xml", header: map[string]string{"Content-Encoding": "gzip"}, body: gzipBytes(t, b.String())})
	cfg := testConfig(t, "bigsm")
	cfg.Seeds, cfg.Sitemaps = nil, []string{s.URL("/big.xml")}
	cfg.MaxPages = 1
	cfg.Timeout = time.Minute
	if raceEnabled {
		cfg.MaxBodyBytes = over / 2
	}
	sum := runHeavyJob(t, cfg, &MemorySink{})
	if len(sum.Errors) != 0 || sum.Discovered != n || sum.Sources != 1 {
		t.Errorf("errors %v, discovered %d, sources %d; want none, %d, 1", sum.Errors, sum.Discovered, sum.Sources, n)
	}
	if sum.LargestBody != int64(b.Len()) {
		t.Errorf("largest body %d, want the sitemap's %d bytes", sum.LargestBody, b.Len())
	}

	cfg.Name, cfg.MaxSitemapBytes = "cutsm", int64(b.Len()/3)
	sum = runHeavyJob(t, cfg, &MemorySink{})
	if sum.Errors[KindTooLarge] != 1 || sum.Discovered == 0 || sum.Discovered >= n {
		t.Errorf("errors %v, discovered %d; want too-large=1 and the URLs before the cut", sum.Errors, sum.Discovered)
	}
}

// runHeavyJob is runJob with room for -race, which runs the floods many
// times slower.
func runHeavyJob(t *testing.T, cfg Config, sink Sink) Summary {
	t.Helper()
	c, err := New(cfg, sink, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	sum, err := c.Run(ctx)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Logf("%s", sum)
	return sum
}

func zlibBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDeepNestingPage: a page nested past the HTML parser's 512 open
// elements is read through the extractor's parse path (flattened, text
// kept) and handed on, not rejected.
func TestDeepNestingPage(t *testing.T) {
	s := newNewsSite(t)
	deep := strings.Repeat("<div>", 700) + "<p>Deep inside</p>" + strings.Repeat("</div>", 700)
	s.html("/2025/06/01/deep-story", strings.Replace(articleHTML("Deep story"), "</article>", deep+"</article>", 1))
	cfg := testConfig(t, "deep", s.URL("/2025/06/01/deep-story"))
	cfg.MaxDepth = -1
	sum := runJob(t, cfg, &MemorySink{})
	if sum.New != 1 || len(sum.Errors) != 0 {
		t.Errorf("new %d, errors %v; want the page handed on", sum.New, sum.Errors)
	}
}

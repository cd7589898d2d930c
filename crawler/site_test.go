package crawler

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// testPage is one resource of the fake news site.
type testPage struct {
	status  int
	ctype   string
	body    []byte
	header  map[string]string
	noETag  bool
	handler http.HandlerFunc // overrides everything else
}

// hit is one request the site received.
type hit struct {
	Path string
	At   time.Time
	INM  string // If-None-Match
	IMS  string // If-Modified-Since
	UA   string
}

// newsSite is a small news site on 127.0.0.1 made of pages the test
// writes. It answers conditional GETs with 304 from body-hash ETags and
// records every request.
type newsSite struct {
	srv   *httptest.Server
	mu    sync.Mutex
	pages map[string]*testPage
	hits  []hit
}

func newNewsSite(t testing.TB) *newsSite {
	t.Helper()
	s := &newsSite{pages: map[string]*testPage{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

// URL returns the absolute URL of path.
func (s *newsSite) URL(path string) string { return s.srv.URL + path }

func (s *newsSite) set(path string, p *testPage) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = p
}

func (s *newsSite) html(path, body string) {
	s.set(path, &testPage{ctype: "text/html; charset=utf-8", body: []byte(body)})
}

func (s *newsSite) xml(path, body string) {
	s.set(path, &testPage{ctype: "application/xml", body: []byte(body)})
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits = append(s.hits, hit{Path: r.URL.RequestURI(), At: time.Now(), INM: r.Header.Get("If-None-Match"),
		IMS: r.Header.Get("If-Modified-Since"), UA: r.Header.Get("User-Agent")})
	p, ok := s.pages[r.URL.Path]
	if !ok {
		// A path ending in "/" also serves everything below it.
		for prefix, pp := range s.pages {
			if strings.HasSuffix(prefix, "/") && prefix != "/" && strings.HasPrefix(r.URL.Path, prefix) {
				p, ok = pp, true
			}
		}
	}
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	if p.handler != nil {
		p.handler(w, r)
		return
	}
	for k, v := range p.header {
		w.Header().Set(k, v)
	}
	if p.ctype != "" {
		w.Header().Set("Content-Type", p.ctype)
	}
	if !p.noETag && p.body != nil {
		sum := sha256.Sum256(p.body)
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Mon, 02 Jun 2025 10:00:00 GMT")
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	status := p.status
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	_, _ = w.Write(p.body)
}

// requests returns the recorded hits, optionally only those for path.
func (s *newsSite) requests(path string) []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []hit
	for _, h := range s.hits {
		if path == "" || h.Path == path {
			out = append(out, h)
		}
	}
	return out
}

func (s *newsSite) resetHits() {
	s.mu.Lock()
	s.hits = nil
	s.mu.Unlock()
}

// articleHTML is a news article page: og:type article, a JSON-LD
// NewsArticle, one <article> with prose, and a few chrome links.
func articleHTML(title string, links ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q}</script>
</head><body><nav><a href="/">Home</a> <a href="/section/world">World</a></nav><article><h1>%s</h1>`, title, title, title)
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d of %s. The council met on Tuesday and officials said the plan would go ahead despite objections from residents, who had gathered outside the hall since early morning to make their voices heard.</p>\n", i+1, title)
	}
	for _, l := range links {
		fmt.Fprintf(&b, `<p>Read more: <a href="%s">%s</a></p>`, l, l)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// listingHTML is a section or tag page: teaser blocks and many links.
func listingHTML(title string, extraHead string, links ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><title>%s</title>
<script type="application/ld+json">{"@type":"CollectionPage","name":%q}</script>%s</head><body><h1>%s</h1>`, title, title, extraHead, title)
	for _, l := range links {
		fmt.Fprintf(&b, `<article class="teaser"><h2><a href="%s">Story</a></h2></article>`, l)
	}
	b.WriteString("</body></html>")
	return b.String()
}

func gzipBytes(t testing.TB, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testConfig is a job against the site: private addresses allowed (the
// site is on loopback), no fixed delay or AutoThrottle so tests run fast.
func testConfig(t testing.TB, name string, seeds ...string) Config {
	cfg := DefaultConfig()
	cfg.Name = name
	cfg.Seeds = seeds
	cfg.DataDir = t.TempDir()
	cfg.AllowPrivate = true
	cfg.Delay = 0
	cfg.AutoThrottle.Enabled = false
	cfg.RetryBase = 20 * time.Millisecond
	cfg.Timeout = 5 * time.Second
	cfg.GlobalConcurrency = 4
	return cfg
}

// testClassify stands in for the extractor's classifier in the crawler's
// own tests: a page is an article when it says so (og:type article).
func testClassify(body []byte, _ *url.URL, _ ClassifyHints) bool {
	return ogArticleRE.Match(body)
}

var ogArticleRE = regexp.MustCompile(`<meta property="og:type" content="article`)

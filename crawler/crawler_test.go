package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/byline/byline/article"
	"golang.org/x/text/encoding/charmap"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testLogger logs through t when -v is given, so failures show the crawl.
func testLogger(t testing.TB) *slog.Logger {
	if !testing.Verbose() {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func runJob(t *testing.T, cfg Config, sink Sink, opts ...Option) Summary {
	t.Helper()
	c, err := New(cfg, sink, append([]Option{WithLogger(testLogger(t)), WithClassifier(testClassify)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sum, err := c.Run(ctx)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Logf("%s", sum)
	return sum
}

func pagePaths(s *newsSite, pages []*article.Page) map[string]*article.Page {
	out := map[string]*article.Page{}
	for _, p := range pages {
		out[strings.TrimPrefix(p.URL, s.srv.URL)] = p
	}
	return out
}

// buildNewsSite lays out the site of TestCrawlNewsSite.
func buildNewsSite(t *testing.T) *newsSite {
	s := newNewsSite(t)
	s.set("/robots.txt", &testPage{ctype: "text/plain", body: []byte(
		"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n\nUser-agent: OtherBot\nDisallow: /\n\nSitemap: " + s.URL("/sitemap_index.xml") + "\n")})
	s.xml("/sitemap_index.xml", sitemapIndex(s, "2025-06-02"))
	s.set("/sitemap-news.xml.gz", &testPage{ctype: "application/octet-stream", body: gzipBytes(t, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>`+s.URL("/2025/06/01/storm-hits-coast-town-again")+`</loc>
  <news:news><news:publication><news:name>Test Times</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2025-06-01T08:00:00Z</news:publication_date><news:title>Storm hits coast town again</news:title></news:news></url>
<url><loc>`+s.URL("/2025/06/02/council-votes-new-budget-plan")+`</loc>
  <news:news><news:publication><news:name>Test Times</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2025-06-02T09:30:00+02:00</news:publication_date><news:title>Council votes</news:title></news:news></url>
</urlset>`)})
	s.xml("/sitemap-pages.xml", pagesSitemap(s))
	s.html("/", listingHTML("Test Times", `<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">`,
		"/section/world", "/private/secret-2025-plan-for-the-city", "/files/annual-report.pdf", "/data/export",
		"/2025/06/01/storm-hits-coast-town-again?utm_source=home&utm_medium=web#top", "https://elsewhere.invalid/offsite-story-about-things"))
	s.html("/section/world", listingHTML("World", "", "/2025/06/04/world-leaders-meet-in-geneva-summit", "/tag/politics"))
	s.html("/tag/politics", listingHTML("Politics", "", "/2025/06/04/world-leaders-meet-in-geneva-summit"))
	s.html("/about", `<html><head><title>About us</title></head><body><p>We are a small paper.</p><a href="/">Home</a></body></html>`)
	s.set("/feed.xml", &testPage{ctype: "application/rss+xml", body: []byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Times</title><link>` + s.URL("/") + `</link><description>d</description>
<item><title>Rail strike</title><link>` + s.URL("/2025/06/05/feed-only-scoop-on-rail-strike") + `</link><pubDate>Thu, 05 Jun 2025 07:00:00 GMT</pubDate></item>
</channel></rss>`)})
	s.set("/data/export", &testPage{ctype: "application/json", body: []byte(`{"rows":[1,2,3]}`)})
	s.set("/files/annual-report.pdf", &testPage{ctype: "application/pdf", body: []byte("%PDF-1.4")})
	for _, p := range []string{"/2025/06/01/storm-hits-coast-town-again", "/2025/06/02/council-votes-new-budget-plan",
		"/2025/05/30/older-story-about-the-harbour", "/2025/06/04/world-leaders-meet-in-geneva-summit",
		"/2025/06/05/feed-only-scoop-on-rail-strike", "/private/secret-2025-plan-for-the-city"} {
		s.html(p, articleHTML("Story "+p))
	}
	return s
}

func sitemapIndex(s *newsSite, pagesLastmod string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>` + s.URL("/sitemap-news.xml.gz") + `</loc><lastmod>2025-06-02T10:00:00Z</lastmod></sitemap>
<sitemap><loc>` + s.URL("/sitemap-pages.xml") + `</loc><lastmod>` + pagesLastmod + `</lastmod></sitemap>
</sitemapindex>`
}

func pagesSitemap(s *newsSite, extra ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for _, p := range append([]string{"/about", "/2025/05/30/older-story-about-the-harbour"}, extra...) {
		fmt.Fprintf(&b, "<url><loc>%s</loc><lastmod>2025-06-01</lastmod></url>", s.URL(p))
	}
	b.WriteString("</urlset>")
	return b.String()
}

// TestCrawlNewsSite crawls the site twice. The first run must find every
// article through seeds, robots.txt sitemaps (index, gzip news sitemap)
// and a discovered feed, obey robots.txt and its Crawl-delay, skip non-HTML
// and publish no listing. The second run must fetch only what is new and
// revalidate the rest with conditional GETs.
func TestCrawlNewsSite(t *testing.T) {
	s := buildNewsSite(t)
	cfg := testConfig(t, "news", s.URL("/"))
	sink := &MemorySink{}
	sum := runJob(t, cfg, sink)

	got := pagePaths(s, sink.Pages())
	want := []string{"/2025/05/30/older-story-about-the-harbour", "/2025/06/01/storm-hits-coast-town-again",
		"/2025/06/02/council-votes-new-budget-plan", "/2025/06/04/world-leaders-meet-in-geneva-summit",
		"/2025/06/05/feed-only-scoop-on-rail-strike"}
	var gotPaths []string
	for p := range got {
		gotPaths = append(gotPaths, p)
	}
	sort.Strings(gotPaths)
	if !slices.Equal(gotPaths, want) {
		t.Fatalf("published %v\nwant %v", gotPaths, want)
	}
	for path, via := range map[string]string{
		"/2025/06/02/council-votes-new-budget-plan":       "sitemap",
		"/2025/05/30/older-story-about-the-harbour":       "sitemap",
		"/2025/06/05/feed-only-scoop-on-rail-strike":      "feed",
		"/2025/06/04/world-leaders-meet-in-geneva-summit": "link",
	} {
		if got[path].FoundVia != via {
			t.Errorf("%s found via %q, want %q", path, got[path].FoundVia, via)
		}
	}
	p := got["/2025/06/04/world-leaders-meet-in-geneva-summit"]
	if p.Status != 200 || p.Job != "news" || p.CrawlID != sum.CrawlID || p.Depth != 2 || p.ContentHash == "" ||
		p.Headers["ETag"] == "" || !strings.HasPrefix(p.ContentType, "text/html") || len(p.Body) == 0 || p.FetchedAt.IsZero() {
		t.Errorf("incomplete page record: %+v", p)
	}

	if n := len(s.requests("/private/secret-2025-plan-for-the-city")); n != 0 {
		t.Errorf("robots.txt disallowed path fetched %d times", n)
	}
	if sum.RobotsSkipped != 1 {
		t.Errorf("RobotsSkipped = %d, want 1", sum.RobotsSkipped)
	}
	if n := len(s.requests("/files/annual-report.pdf")); n != 0 {
		t.Errorf("PDF fetched %d times; want it skipped by extension", n)
	}
	if sum.Errors[KindNotHTML] != 2 { // the PDF, and /data/export (JSON, aborted after headers)
		t.Errorf("non-html = %d, want 2", sum.Errors[KindNotHTML])
	}
	if n := len(s.requests("/2025/06/01/storm-hits-coast-town-again")); n != 1 {
		t.Errorf("storm article fetched %d times, want 1 (utm/fragment variant is the same URL)", n)
	}
	if sum.NonArticles != 4 { // home, section, tag, about
		t.Errorf("NonArticles = %d, want 4", sum.NonArticles)
	}
	if sum.New != 5 {
		t.Errorf("New = %d, want 5", sum.New)
	}
	// Every fetched URL has exactly one outcome (this site's errors,
	// non-HTML by extension and by Content-Type, come before an answer).
	outcomes := sum.New + sum.Unchanged + sum.NonArticles + sum.Sources
	if sum.Fetched != outcomes {
		t.Errorf("Fetched = %d but outcomes add up to %d: %s", sum.Fetched, outcomes, sum)
	}
	// Crawl-delay 0.2 s: consecutive request starts at least 200 ms
	// apart, robots.txt and the first request after it included.
	hits := s.requests("")
	if len(hits) == 0 || hits[0].Path != "/robots.txt" {
		t.Fatalf("first request is not /robots.txt: %+v", hits)
	}
	for i := 1; i < len(hits); i++ {
		if gap := hits[i].At.Sub(hits[i-1].At); gap < 190*time.Millisecond {
			t.Errorf("requests %s and %s only %v apart, want >= 200ms (Crawl-delay)", hits[i-1].Path, hits[i].Path, gap)
		}
	}
	for _, h := range hits {
		if h.UA != DefaultUserAgent {
			t.Errorf("request %s with User-Agent %q", h.Path, h.UA)
		}
	}

	// Second run: a new article appears in the pages sitemap, whose
	// lastmod in the index changes.
	s.resetHits()
	sink.Reset()
	s.xml("/sitemap_index.xml", sitemapIndex(s, "2025-06-06"))
	s.xml("/sitemap-pages.xml", pagesSitemap(s, "/2025/06/06/new-story-after-the-first-run"))
	s.html("/2025/06/06/new-story-after-the-first-run", articleHTML("New story"))
	sum2 := runJob(t, cfg, sink)

	var paths []string
	for _, h := range s.requests("") {
		paths = append(paths, h.Path)
	}
	sort.Strings(paths)
	// The new article links to /section/world, a listing: listings are
	// revalidated whenever found again.
	wantPaths := []string{"/", "/2025/06/06/new-story-after-the-first-run", "/robots.txt", "/section/world",
		"/sitemap-pages.xml", "/sitemap_index.xml"}
	if !slices.Equal(paths, wantPaths) {
		t.Errorf("second run fetched %v\nwant %v", paths, wantPaths)
	}
	for _, path := range []string{"/", "/section/world", "/sitemap_index.xml"} {
		if h := s.requests(path); len(h) != 1 || h[0].INM == "" || h[0].IMS == "" {
			t.Errorf("second run: %s not fetched with a conditional GET: %+v", path, h)
		}
	}
	if sum2.New != 1 || sink.Len() != 1 {
		t.Errorf("second run New = %d (sink %d), want 1", sum2.New, sink.Len())
	}
	if sum2.Unchanged != 2 { // "/" and /section/world answered 304
		t.Errorf("second run Unchanged = %d, want 2", sum2.Unchanged)
	}
}

// TestCrawlFailures covers one failure mode per case; each must be
// counted under the right kind while the rest of the crawl goes on.
func TestCrawlFailures(t *testing.T) {
	tests := []struct {
		name  string
		setup func(s *newsSite, cfg *Config)
		check func(t *testing.T, s *newsSite, sum Summary)
	}{
		{
			name: "redirect loop",
			setup: func(s *newsSite, cfg *Config) {
				s.set("/loop-a", &testPage{handler: func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) }})
				s.set("/loop-b", &testPage{handler: func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) }})
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				// Both ends are linked: each is a loop of its own.
				if sum.Errors[KindRedirectLoop] != 2 {
					t.Errorf("redirect-loop = %d, want 2", sum.Errors[KindRedirectLoop])
				}
				// Each chain may come back once (a cookie check does):
				// a, b, a, b from /loop-a and b, a, b, a from /loop-b.
				if n := len(s.requests("/loop-a")); n != 4 {
					t.Errorf("/loop-a requested %d times, want 4 (twice in each chain)", n)
				}
			},
		},
		{
			name: "redirect to a cookie check and back is not a loop",
			setup: func(s *newsSite, cfg *Config) {
				s.set("/2025/06/01/story-behind-a-cookie-check", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
					if _, err := r.Cookie("checked"); err != nil {
						http.Redirect(w, r, "/cookie-check?back=/2025/06/01/story-behind-a-cookie-check", http.StatusFound)
						return
					}
					w.Header().Set("Content-Type", "text/html")
					_, _ = w.Write([]byte(articleHTML("Behind a cookie check")))
				}})
				s.set("/cookie-check", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
					http.SetCookie(w, &http.Cookie{Name: "checked", Value: "1", Path: "/"})
					http.Redirect(w, r, r.URL.Query().Get("back"), http.StatusFound)
				}})
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				if sum.Errors[KindRedirectLoop] != 0 || sum.New != 2 {
					t.Errorf("redirect-loop = %d, New = %d; want 0 and 2 (the story and the healthy article)", sum.Errors[KindRedirectLoop], sum.New)
				}
			},
		},
		{
			name: "slow server times out",
			setup: func(s *newsSite, cfg *Config) {
				// The timeout is the crawl's, so it also bounds the
				// healthy pages beside /slow: 1 s leaves them room on a
				// loaded machine under -race, and /slow (which answers
				// only after 3 s) still times out on both attempts.
				cfg.Timeout = time.Second
				cfg.Retries = 1
				s.set("/slow", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
					select {
					case <-time.After(3 * time.Second):
					case <-r.Context().Done():
					}
				}})
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				if sum.Errors[KindTimeout] != 1 {
					t.Errorf("timeout = %d, want 1", sum.Errors[KindTimeout])
				}
				if n := len(s.requests("/slow")); n != 2 {
					t.Errorf("/slow requested %d times, want 2 (one retry)", n)
				}
			},
		},
		{
			name: "huge page is cut at the cap and not published",
			setup: func(s *newsSite, cfg *Config) {
				cfg.MaxBodyBytes = 64 << 10
				big := articleHTML("Big") + strings.Repeat("<p>filler text</p>", 20000)
				// Chunked (no Content-Length): read up to the cap.
				s.set("/huge-chunked", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					for i := 0; i < len(big); i += 4096 {
						_, _ = w.Write([]byte(big[i:min(i+4096, len(big))]))
						w.(http.Flusher).Flush()
					}
				}})
				// With Content-Length: refused from the headers.
				s.html("/huge-declared", big)
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				if sum.Errors[KindTooLarge] != 2 {
					t.Errorf("too-large = %d, want 2", sum.Errors[KindTooLarge])
				}
			},
		},
		{
			name: "429 with Retry-After is honoured",
			setup: func(s *newsSite, cfg *Config) {
				n := 0
				s.set("/busy-article-about-the-harbour-works", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
					n++ // the handler runs once at a time: parallelism 1
					if n == 1 {
						w.Header().Set("Retry-After", "1")
						w.WriteHeader(http.StatusTooManyRequests)
						return
					}
					w.Header().Set("Content-Type", "text/html")
					_, _ = w.Write([]byte(articleHTML("Busy")))
				}})
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				h := s.requests("/busy-article-about-the-harbour-works")
				if len(h) != 2 {
					t.Fatalf("requested %d times, want 2", len(h))
				}
				if gap := h[1].At.Sub(h[0].At); gap < time.Second {
					t.Errorf("retry %v after the 429, want >= 1s (Retry-After: 1)", gap)
				}
				if sum.Retries != 1 || sum.New != 2 {
					t.Errorf("Retries = %d, New = %d; want 1 and 2", sum.Retries, sum.New)
				}
				// The host waits as a whole: nothing else in the pause.
				for _, x := range s.requests("") {
					if x.At.After(h[0].At) && x.At.Before(h[0].At.Add(time.Second)) {
						t.Errorf("%s requested during the Retry-After pause", x.Path)
					}
				}
			},
		},
		{
			name: "challenge page is counted as blocked",
			setup: func(s *newsSite, cfg *Config) {
				s.html("/challenged-story-about-the-port", `<!DOCTYPE html><html><head><title>Just a moment...</title></head>
<body><div id="challenge"><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script></div></body></html>`)
				s.set("/forbidden-story-about-the-port", &testPage{status: 403, ctype: "text/html", body: []byte("<html><title>Forbidden</title></html>")})
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				host := strings.TrimPrefix(s.srv.URL, "http://")
				if sum.Blocked[host] != 2 {
					t.Errorf("blocked[%s] = %d, want 2 (%v)", host, sum.Blocked[host], sum.Blocked)
				}
				if sum.Errors[KindParse] != 0 {
					t.Errorf("a challenge page was parsed: %v", sum.Errors)
				}
			},
		},
		{
			name: "redirects never reach a robots-disallowed or off-site URL",
			setup: func(s *newsSite, cfg *Config) {
				s.set("/robots.txt", &testPage{ctype: "text/plain", body: []byte("User-agent: *\nDisallow: /private/\n")})
				other := strings.Replace(s.srv.URL, "127.0.0.1", "localhost", 1)
				cfg.AllowedDomains = []string{"127.0.0.1", "localhost"}
				redirect := func(to string) *testPage {
					return &testPage{handler: func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusMovedPermanently) }}
				}
				// Same host, into a disallowed path.
				s.set("/2025/06/01/moved-story-same-host", redirect("/private/moved-story-same-host"))
				// Another allowed host: queued, then its robots.txt applies.
				s.set("/2025/06/01/moved-story-other-host", redirect(other+"/private/moved-story-other-host"))
				// Off the allowed domains.
				s.set("/2025/06/01/moved-story-off-site", redirect("http://127.0.0.2:1/offsite-story"))
				s.html("/private/moved-story-same-host", articleHTML("Private 1"))
				s.html("/private/moved-story-other-host", articleHTML("Private 2"))
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				for _, p := range []string{"/private/moved-story-same-host", "/private/moved-story-other-host"} {
					if h := s.requests(p); len(h) != 0 {
						t.Errorf("%s fetched %d times through a redirect: robots.txt disallows it", p, len(h))
					}
				}
				// Both private pages are also linked from the home page: 2 direct + 2 through redirects.
				if sum.RobotsSkipped != 4 || sum.Redirected != 1 || sum.Errors[KindOffSite] != 1 {
					t.Errorf("RobotsSkipped = %d, Redirected = %d, off-site = %d; want 4, 1, 1",
						sum.RobotsSkipped, sum.Redirected, sum.Errors[KindOffSite])
				}
			},
		},
		{
			name: "non-HTML answer is skipped after the headers",
			setup: func(s *newsSite, cfg *Config) {
				s.set("/download", &testPage{ctype: "application/zip", body: []byte("PK\x03\x04")})
			},
			check: func(t *testing.T, s *newsSite, sum Summary) {
				if sum.Errors[KindNotHTML] != 1 {
					t.Errorf("non-html = %d, want 1", sum.Errors[KindNotHTML])
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newNewsSite(t)
			cfg := testConfig(t, "failures", s.URL("/"))
			cfg.Parallelism = 1
			tt.setup(s, &cfg)
			var links []string
			s.mu.Lock()
			for p := range s.pages {
				links = append(links, p)
			}
			s.mu.Unlock()
			sort.Strings(links)
			// A healthy article next to the failing URLs: the crawl goes on.
			links = append(links, "/2025/06/01/a-healthy-article-next-door")
			s.html("/2025/06/01/a-healthy-article-next-door", articleHTML("Healthy"))
			s.html("/", listingHTML("Home", "", links...))
			sink := &MemorySink{}
			sum := runJob(t, cfg, sink)
			if !slices.ContainsFunc(sink.Pages(), func(p *article.Page) bool {
				return strings.HasSuffix(p.URL, "/2025/06/01/a-healthy-article-next-door")
			}) {
				t.Errorf("healthy article not published; pages: %d", sink.Len())
			}
			tt.check(t, s, sum)
		})
	}
}

// TestPrivateAddressRefusedByDefault: the dialer checks the resolved
// address, so a name that resolves to loopback is refused like an IP.
func TestPrivateAddressRefusedByDefault(t *testing.T) {
	s := newNewsSite(t)
	s.html("/", articleHTML("Home"))
	for _, host := range []string{"127.0.0.1", "localhost"} {
		t.Run(host, func(t *testing.T) {
			seed := strings.Replace(s.URL("/"), "127.0.0.1", host, 1)
			cfg := testConfig(t, "ssrf", seed)
			cfg.AllowPrivate = false
			cfg.Retries = 0
			sum := runJob(t, cfg, &MemorySink{})
			if sum.Errors[KindPrivateAddress] != 1 {
				t.Errorf("private-address = %d, want 1 (%v)", sum.Errors[KindPrivateAddress], sum.Errors)
			}
			if n := len(s.requests("")); n != 0 {
				t.Errorf("the loopback site got %d requests", n)
			}
		})
	}
}

func TestDataFileLocked(t *testing.T) {
	dir := t.TempDir()
	st, err := openStore(dir, "locked")
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	cfg := testConfig(t, "locked", "http://127.0.0.1:1/")
	cfg.DataDir = dir
	c, err := New(cfg, &MemorySink{}, WithClassifier(testClassify))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Run(context.Background()); !errors.Is(err, ErrLocked) {
		t.Errorf("Run on a locked data file = %v, want ErrLocked", err)
	}
}

func TestBlockedHostGivenUp(t *testing.T) {
	s := newNewsSite(t)
	var links []string
	for i := range 8 {
		p := fmt.Sprintf("/2025/06/0%d/walled-story-number-%d", i+1, i)
		links = append(links, p)
		s.set(p, &testPage{status: 403, ctype: "text/html", body: []byte("<title>Access denied</title>")})
	}
	s.html("/", listingHTML("Home", "", links...))
	cfg := testConfig(t, "wall", s.URL("/"))
	cfg.BlockThreshold = 3
	cfg.GlobalConcurrency = 1
	sum := runJob(t, cfg, &MemorySink{})
	if got := len(s.requests("")) - 2; got != 3 { // minus robots.txt and /
		t.Errorf("%d walled pages requested, want 3 (block threshold)", got)
	}
	if sum.BlockedTotal() != 8 {
		t.Errorf("blocked = %d, want 8 (3 answered, 5 skipped)", sum.BlockedTotal())
	}
}

func TestSinkErrorRefetchesNextRun(t *testing.T) {
	s := newNewsSite(t)
	s.html("/", listingHTML("Home", "", "/2025/06/01/story-that-fails-to-publish"))
	s.html("/2025/06/01/story-that-fails-to-publish", articleHTML("Fails"))
	cfg := testConfig(t, "sinkerr", s.URL("/"))
	failing := SinkFunc(func(ctx context.Context, p *article.Page) error { return errors.New("bus down") })
	sum := runJob(t, cfg, failing)
	if sum.Errors[KindSink] != 1 {
		t.Fatalf("sink errors = %d, want 1", sum.Errors[KindSink])
	}
	// The home page is unchanged (304), so the article must come back
	// from the seen-set's failed state, not from a link.
	sink := &MemorySink{}
	s.html("/", listingHTML("Home", "", "/2025/06/01/story-that-fails-to-publish", "/other"))
	sum = runJob(t, cfg, sink)
	if sink.Len() != 1 || sum.New != 1 {
		t.Errorf("second run published %d, want the failed page again", sink.Len())
	}
}

func TestRunReturnsOnCancel(t *testing.T) {
	s := newNewsSite(t)
	var links []string
	for i := range 50 {
		links = append(links, fmt.Sprintf("/2025/06/01/story-number-%d-of-many", i))
	}
	s.html("/", listingHTML("Home", "", links...))
	for _, l := range links {
		s.html(l, articleHTML(l))
	}
	cfg := testConfig(t, "cancel", s.URL("/"))
	cfg.Delay = 200 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	c, err := New(cfg, &MemorySink{}, WithClassifier(testClassify), WithProgress(func(st Stats) {
		if st.New >= 2 {
			cancel()
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := c.Run(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error = %v, want context.Canceled", err)
	}
	if sum.Stopped != "cancelled" || sum.Queued == 0 {
		t.Errorf("Stopped = %q, Queued = %d", sum.Stopped, sum.Queued)
	}
	// The rest is resumed by the next run.
	sink := &MemorySink{}
	cfg.Delay = 0
	c, err = New(cfg, sink, WithClassifier(testClassify))
	if err != nil {
		t.Fatal(err)
	}
	sum2, err := c.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if int(sum.New+sum2.New) != len(links) {
		t.Errorf("published %d + %d, want %d in all", sum.New, sum2.New, len(links))
	}
}

func TestMaxPagesLeavesRestQueued(t *testing.T) {
	s := newNewsSite(t)
	var links []string
	for i := range 10 {
		links = append(links, fmt.Sprintf("/2025/06/01/capped-story-number-%d", i))
	}
	s.html("/", listingHTML("Home", "", links...))
	for _, l := range links {
		s.html(l, articleHTML(l))
	}
	cfg := testConfig(t, "cap", s.URL("/"))
	cfg.MaxPages = 4
	cfg.MaxDepth = 1
	sum := runJob(t, cfg, &MemorySink{})
	if sum.Stopped != "max-pages" || sum.Fetched != 4 || sum.Queued != 7 {
		t.Errorf("Stopped %q, Fetched %d, Queued %d; want max-pages, 4, 7", sum.Stopped, sum.Fetched, sum.Queued)
	}
}

// TestDedupeByContent: without validators, an article whose text did not
// change is counted unchanged, not republished; an alias URL whose
// rel=canonical names a published page is unchanged too.
func TestDedupeByContent(t *testing.T) {
	s := newNewsSite(t)
	body := articleHTML("Same story")
	s.set("/2025/06/01/same-story-every-time", &testPage{ctype: "text/html", body: []byte(body), noETag: true})
	alias := strings.Replace(body, "<head>", `<head><link rel="canonical" href="/2025/06/01/same-story-every-time">`, 1)
	s.set("/amp/2025/06/01/same-story-every-time", &testPage{ctype: "text/html", body: []byte(alias), noETag: true})
	cfg := testConfig(t, "hash", s.URL("/2025/06/01/same-story-every-time"))
	cfg.MaxDepth = -1
	sink := &MemorySink{}
	if sum := runJob(t, cfg, sink); sum.New != 1 {
		t.Fatalf("first run New = %d, want 1", sum.New)
	}
	cfg.Seeds = append(cfg.Seeds, s.URL("/amp/2025/06/01/same-story-every-time"))
	sum := runJob(t, cfg, sink)
	if sum.New != 0 || sum.Unchanged != 2 || sink.Len() != 1 {
		t.Errorf("second run New = %d, Unchanged = %d, sink %d; want 0, 2, 1", sum.New, sum.Unchanged, sink.Len())
	}
}

// TestGzipSitemapBombIsCapped: a gzip sitemap that expands past the cap is
// too-large, not decoded without bound.
func TestGzipSitemapBombIsCapped(t *testing.T) {
	s := newNewsSite(t)
	s.set("/sitemap.xml.gz", &testPage{ctype: "application/x-gzip",
		body: gzipBytes(t, "<urlset>"+strings.Repeat("<url><loc>https://x.invalid/</loc></url>", 200_000)+"</urlset>")})
	cfg := testConfig(t, "bomb", s.URL("/"))
	cfg.Seeds = nil
	cfg.Sitemaps = []string{s.URL("/sitemap.xml.gz")}
	cfg.MaxSitemapBytes = 1 << 20
	sum := runJob(t, cfg, &MemorySink{})
	if sum.Errors[KindTooLarge] != 1 {
		t.Errorf("too-large = %d, want 1 (%v)", sum.Errors[KindTooLarge], sum.Errors)
	}
}

// cancellingSink cancels the run on its first Put and fails that Put with
// the context's error, as a NATS publish does when the process is stopped.
type cancellingSink struct {
	MemorySink
	cancel context.CancelFunc
	once   sync.Once
}

func (s *cancellingSink) Put(ctx context.Context, p *article.Page) error {
	first := false
	s.once.Do(func() { first = true })
	if first {
		s.cancel()
		<-ctx.Done()
		return fmt.Errorf("publish %s: %w", p.URL, ctx.Err())
	}
	return s.MemorySink.Put(ctx, p)
}

// TestCancelledPublishIsRetriedNextRun: a page whose publish failed
// because the run was stopped is done again by the next run, although
// the listing that led to it answers 304 then (so it is not found again).
func TestCancelledPublishIsRetriedNextRun(t *testing.T) {
	s := newNewsSite(t)
	s.html("/", listingHTML("Home", "", "/2025/06/01/story-published-during-shutdown"))
	s.html("/2025/06/01/story-published-during-shutdown", articleHTML("Shutdown"))
	cfg := testConfig(t, "shutdown", s.URL("/"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c, err := New(cfg, &cancellingSink{cancel: cancel}, WithClassifier(testClassify))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Run(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error = %v, want context.Canceled", err)
	}
	sink := &MemorySink{}
	sum := runJob(t, cfg, sink)
	if sink.Len() != 1 || sum.New != 1 {
		t.Errorf("second run published %d pages (New %d), want the page whose publish was cut short", sink.Len(), sum.New)
	}
}

// TestStoreRecoversInFlightItems: items popped by a run that died (no
// ack, no requeue) are back in the queue when the store is opened again.
func TestStoreRecoversInFlightItems(t *testing.T) {
	dir := t.TempDir()
	st, err := openStore(dir, "crash")
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"http://a.example/1", "http://a.example/2", "http://a.example/3"} {
		if _, err := st.enqueue(item{URL: u, Kind: kindPage, Via: "link", Depth: 1}, enqueueOpts{run: "r1"}); err != nil {
			t.Fatal(err)
		}
	}
	var popped []item
	for range 2 {
		it, ok, err := st.pop("r1")
		if err != nil || !ok {
			t.Fatalf("pop: %v %v", ok, err)
		}
		popped = append(popped, it)
	}
	if err := st.ack(popped[0].URL); err != nil { // finished; popped[1] is in flight at the crash
		t.Fatal(err)
	}
	if err := st.close(); err != nil {
		t.Fatal(err)
	}
	st, err = openStore(dir, "crash")
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	if st.recovered != 1 || st.queueLen() != 2 {
		t.Fatalf("recovered %d, queued %d; want 1 and 2", st.recovered, st.queueLen())
	}
	var got []string
	for _, it := range popAll(t, st, "r2") {
		got = append(got, it.URL)
		if it.URL == popped[1].URL && (it.Depth != 1 || it.Via != "link") {
			t.Errorf("recovered item lost its fields: %+v", it)
		}
	}
	if !slices.Equal(got, []string{"http://a.example/3", popped[1].URL}) {
		t.Errorf("queue after recovery = %v", got)
	}
}

// TestRobotsUnavailableDisallows: a robots.txt that answers 429 or cannot
// be fetched (timeout) means unknown rules, so none of the host's pages is
// fetched in this run (RFC 9309 §2.3.1.3-4); a 404 means no rules.
func TestRobotsUnavailableDisallows(t *testing.T) {
	tests := []struct {
		name      string
		robots    *testPage
		wantPages int
	}{
		{"429", &testPage{status: http.StatusTooManyRequests, ctype: "text/plain", body: []byte("slow down")}, 0},
		{"503", &testPage{status: http.StatusServiceUnavailable, ctype: "text/plain", body: []byte("down")}, 0},
		{"timeout", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(3 * time.Second):
			case <-r.Context().Done():
			}
		}}, 0},
		{"404", &testPage{status: http.StatusNotFound, ctype: "text/plain", body: []byte("no")}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newNewsSite(t)
			s.set("/robots.txt", tt.robots)
			s.html("/", listingHTML("Home", "", "/2025/06/01/story-behind-robots"))
			s.html("/2025/06/01/story-behind-robots", articleHTML("Behind robots"))
			cfg := testConfig(t, "robots-"+tt.name, s.URL("/"))
			cfg.Retries = 0
			if tt.name == "timeout" {
				// Short where the timeout is the case (the robots.txt
				// never answers, so the run takes this long); the other
				// rows fetch pages that must not time out on a loaded
				// machine and keep testConfig's timeout.
				cfg.Timeout = 300 * time.Millisecond
			}
			sum := runJob(t, cfg, &MemorySink{})
			pages := len(s.requests("")) - len(s.requests("/robots.txt"))
			if (tt.wantPages == 0) != (pages == 0) || pages < tt.wantPages {
				t.Errorf("%d page requests, want %d (the seed and its article; 0: none)", pages, tt.wantPages)
			}
			switch {
			case tt.name == "timeout":
				// A robots.txt that never answers: the seed fails as a
				// timeout, and the host is named unreachable.
				if sum.Errors[KindTimeout] != 1 || sum.RobotsSkipped != 0 || sum.Unreachable[strings.TrimPrefix(s.URL(""), "http://")] == "" {
					t.Errorf("errors %v, RobotsSkipped %d, unreachable %v; want timeout=1, 0, the host", sum.Errors, sum.RobotsSkipped, sum.Unreachable)
				}
			case tt.wantPages == 0 && sum.RobotsSkipped != 1:
				t.Errorf("RobotsSkipped = %d, want 1 (the seed)", sum.RobotsSkipped)
			}
		})
	}
}

// TestFailedURLRetriedNextRun: an article that failed (503) is tried again
// by the next run although the listing that led to it answers 304 then, so
// nothing leads to it any more; after maxRunRetries runs it is left alone.
func TestFailedURLRetriedNextRun(t *testing.T) {
	s := newNewsSite(t)
	var down atomic.Bool
	down.Store(true)
	s.html("/", listingHTML("Home", "", "/2025/06/01/story-on-a-flaky-server"))
	s.set("/2025/06/01/story-on-a-flaky-server", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "try later", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(articleHTML("Flaky")))
	}})
	cfg := testConfig(t, "flaky", s.URL("/"))
	cfg.Retries = 0
	cfg.RespectRobots = false
	if sum := runJob(t, cfg, &MemorySink{}); sum.New != 0 || sum.Errors[KindStatus] != 1 {
		t.Fatalf("first run: New %d, status errors %d; want 0 and 1", sum.New, sum.Errors[KindStatus])
	}
	// Still down for maxRunRetries-1 more runs, then up: the last retry
	// publishes it.
	for range maxRunRetries - 1 {
		runJob(t, cfg, &MemorySink{})
	}
	down.Store(false)
	s.resetHits()
	sink := &MemorySink{}
	sum := runJob(t, cfg, sink)
	if sink.Len() != 1 || sum.New != 1 {
		t.Errorf("run %d published %d pages, want the story that failed before", maxRunRetries+1, sink.Len())
	}
	if h := s.requests("/"); len(h) != 1 || h[0].INM == "" {
		t.Errorf("the listing was not revalidated with a conditional GET: %+v", h)
	}
	// A URL that keeps failing is tried in maxRunRetries more runs, then
	// left until something leads to it again.
	s.html("/", listingHTML("Home", "", "/2025/06/01/story-on-a-dead-server"))
	s.set("/2025/06/01/story-on-a-dead-server", &testPage{status: http.StatusBadGateway, ctype: "text/plain", body: []byte("down")})
	runJob(t, cfg, &MemorySink{})
	s.set("/", &testPage{ctype: "text/html", body: []byte(listingHTML("Home", ""))}) // no longer linked
	for range maxRunRetries + 2 {
		runJob(t, cfg, &MemorySink{})
	}
	if n := len(s.requests("/2025/06/01/story-on-a-dead-server")); n != 1+maxRunRetries {
		t.Errorf("dead story requested %d times, want %d (first run + %d retries)", n, 1+maxRunRetries, maxRunRetries)
	}
}

// TestSitemapRedirectToCDNHost: a sitemap that moved to a host off the
// job's domains (a CDN) is still read, through that host's robots.txt;
// the pages it lists stay under the domain filter.
func TestSitemapRedirectToCDNHost(t *testing.T) {
	s := newNewsSite(t)
	cdn := strings.Replace(s.srv.URL, "127.0.0.1", "localhost", 1)
	s.set("/sitemap.xml", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
		if r.Host == strings.TrimPrefix(cdn, "http://") {
			w.Header().Set("Content-Type", "application/xml")
			_, _ = w.Write([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
				`<url><loc>` + s.URL("/2025/06/01/story-listed-on-the-cdn") + `</loc></url>` +
				`<url><loc>` + cdn + `/2025/06/01/story-on-the-cdn-host-itself</loc></url></urlset>`))
			return
		}
		http.Redirect(w, r, cdn+"/sitemap.xml", http.StatusMovedPermanently)
	}})
	s.html("/2025/06/01/story-listed-on-the-cdn", articleHTML("Listed on the CDN"))
	s.html("/2025/06/01/story-on-the-cdn-host-itself", articleHTML("Off the domains"))
	cfg := testConfig(t, "cdn")
	cfg.Sitemaps = []string{s.URL("/sitemap.xml")}
	cfg.MaxDepth = -1
	sink := &MemorySink{}
	sum := runJob(t, cfg, sink)
	if sink.Len() != 1 || !strings.HasSuffix(sink.Pages()[0].URL, "/story-listed-on-the-cdn") {
		t.Errorf("published %d pages, want only the story on the job's domain; %s", sink.Len(), sum)
	}
	if sum.Redirected != 1 || sum.Sources != 1 {
		t.Errorf("Redirected = %d, Sources = %d; want 1 and 1", sum.Redirected, sum.Sources)
	}
}

// TestNoClassifierHandsOnEveryPage: without a classifier the crawler hands
// every indexable HTML page to the sink (listings included) and leaves the
// verdict to the reader; a noindex page is still kept back.
func TestNoClassifierHandsOnEveryPage(t *testing.T) {
	s := newNewsSite(t)
	s.html("/", listingHTML("Home", "", "/2025/06/01/a-story-about-the-harbour", "/hidden"))
	s.html("/2025/06/01/a-story-about-the-harbour", articleHTML("Harbour"))
	s.html("/hidden", `<html><head><meta name="robots" content="noindex"></head><body><p>Members only.</p></body></html>`)
	cfg := testConfig(t, "plain", s.URL("/"))
	sink := &MemorySink{}
	c, err := New(cfg, sink, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range sink.Pages() {
		got = append(got, p.URL)
	}
	if len(got) != 2 {
		t.Errorf("sink got %v, want the home page and the story (not the noindex page)", got)
	}
}

// TestCharsetOfTheBytesWins: a page is handed on in UTF-8 whatever its
// server declared. UTF-8 served under a legacy default (ISO-8859-1) keeps
// its bytes instead of becoming "MÃ¼nchen"; a real Latin-1 page is
// decoded from Latin-1.
func TestCharsetOfTheBytesWins(t *testing.T) {
	const title = "Grüße aus München"
	latin1, err := charmap.ISO8859_1.NewEncoder().String(articleHTML(title))
	if err != nil {
		t.Fatal(err)
	}
	s := newNewsSite(t)
	s.html("/", listingHTML("Home", "", "/2025/06/01/utf8-under-latin1-header", "/2025/06/01/real-latin1-page"))
	s.set("/2025/06/01/utf8-under-latin1-header", &testPage{ctype: "text/html; charset=ISO-8859-1", body: []byte(articleHTML(title))})
	s.set("/2025/06/01/real-latin1-page", &testPage{ctype: "text/html; charset=iso-8859-1", body: []byte(latin1)})
	sink := &MemorySink{}
	runJob(t, testConfig(t, "charsets", s.URL("/")), sink)
	pages := pagePaths(s, sink.Pages())
	for _, path := range []string{"/2025/06/01/utf8-under-latin1-header", "/2025/06/01/real-latin1-page"} {
		p := pages[path]
		if p == nil {
			t.Errorf("%s: not handed on", path)
			continue
		}
		if !strings.Contains(string(p.Body), "<h1>"+title+"</h1>") || !strings.Contains(p.ContentType, "utf-8") {
			t.Errorf("%s: content type %q, body has no <h1>%s</h1>:\n%.300s", path, p.ContentType, title, p.Body)
		}
	}
}

// TestUnansweringHostGivenUp: a host whose robots.txt answers but whose
// pages never do costs Timeout × (Retries+1) per URL, one after another;
// after BlockThreshold such URLs in a row the host is given up for the run
// (its URLs are tried again next run), as a host that blocks us is.
func TestUnansweringHostGivenUp(t *testing.T) {
	s := newNewsSite(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	var links []string
	for i := range 8 {
		p := fmt.Sprintf("/2025/06/0%d/silent-story-number-%d", i+1, i)
		links = append(links, p)
		s.set(p, &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
			select { // answers nothing until the client gives up
			case <-r.Context().Done():
			case <-release:
			}
		}})
	}
	s.html("/", listingHTML("Home", "", links...))
	cfg := testConfig(t, "silent", s.URL("/"))
	cfg.BlockThreshold = 3
	cfg.GlobalConcurrency = 1
	cfg.Timeout = 100 * time.Millisecond
	cfg.Retries = 0
	sum := runJob(t, cfg, &MemorySink{})
	if got := len(s.requests("")) - 2; got != 3 { // minus robots.txt and /
		t.Errorf("%d silent pages requested, want 3 (the threshold)", got)
	}
	if sum.Errors[KindTimeout] != 3 {
		t.Errorf("timeouts = %d, want 3", sum.Errors[KindTimeout])
	}
	if sum.BlockedTotal() != 5 {
		t.Errorf("skipped as given up = %d, want 5", sum.BlockedTotal())
	}
}

// TestSourcesFirstWithBacklog: a scheduled job whose max_pages leaves a
// backlog must still fetch its seeds, feeds and sitemaps first in the next
// run; behind the backlog, a job with more queued than one run's budget
// would never see the day's news again.
func TestSourcesFirstWithBacklog(t *testing.T) {
	s := newNewsSite(t)
	var links []string
	for i := range 10 {
		links = append(links, fmt.Sprintf("/2025/06/01/backlog-story-number-%d", i))
	}
	s.html("/", listingHTML("Home", "", links...))
	s.set("/2025/", &testPage{ctype: "text/html", body: []byte(articleHTML("Story"))})
	cfg := testConfig(t, "backlog", s.URL("/"))
	cfg.RespectRobots = false
	cfg.GlobalConcurrency = 1
	cfg.MaxDepth = 1
	cfg.MaxPages = 3
	if sum := runJob(t, cfg, &MemorySink{}); sum.Queued != 8 {
		t.Fatalf("first run left %d queued, want 8", sum.Queued)
	}
	for _, tt := range []struct {
		name   string
		run    func()
		wantOf string
	}{
		{"after max-pages", func() { runJob(t, cfg, &MemorySink{}) }, "/"},
		{"after a run cut short", func() {
			// Cancelled as soon as the seed's request starts: the seed
			// is requeued behind the backlog, and must still go first.
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			s.set("/", &testPage{handler: func(w http.ResponseWriter, r *http.Request) { cancel(); <-r.Context().Done() }})
			c, err := New(cfg, &MemorySink{}, WithLogger(testLogger(t)), WithClassifier(testClassify))
			if err != nil {
				t.Fatal(err)
			}
			_, _ = c.Run(ctx)
			s.html("/", listingHTML("Home", "", links...))
		}, "/"},
	} {
		s.resetHits()
		tt.run()
		s.resetHits()
		cfg.MaxPages = 1
		runJob(t, cfg, &MemorySink{})
		cfg.MaxPages = 3
		if h := s.requests(""); len(h) != 1 || h[0].Path != tt.wantOf {
			t.Errorf("%s: next run's one fetch was %v, want the seed %s", tt.name, h, tt.wantOf)
		}
	}
}

// TestChangedConfigDropsQueuedURLs: URLs an earlier run queued under the
// old config (a site since removed, a section since excluded) are not
// fetched by the next run: the backlog must follow the config, or a
// removed site is crawled until its backlog runs dry.
func TestChangedConfigDropsQueuedURLs(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Config)
		gone   string // no request may start with this after the change
	}{
		{"site removed", func(c *Config) { c.Seeds = c.Seeds[:1] }, "http://b.example/"},
		{"section excluded", func(c *Config) { c.Exclude = []string{`/sport/`} }, "http://a.example/sport/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var got []string
			rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
				mu.Lock()
				got = append(got, r.URL.String())
				mu.Unlock()
				body := articleHTML("Story " + r.URL.Path)
				if r.URL.Path == "/" {
					var links []string
					for i := range 4 {
						links = append(links, fmt.Sprintf("/news/2025/06/01/story-%d", i), fmt.Sprintf("/sport/2025/06/01/match-%d", i))
					}
					body = listingHTML("Home", "", links...)
				}
				return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"text/html"}},
					Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
			})
			cfg := testConfig(t, "changed", "http://a.example/", "http://b.example/")
			cfg.RespectRobots = false
			cfg.GlobalConcurrency = 1
			cfg.MaxDepth = 1
			cfg.MaxPages = 4
			if sum := runJob(t, cfg, &MemorySink{}, WithHTTPTransport(rt)); sum.Queued == 0 {
				t.Fatal("first run left no backlog")
			}
			tt.change(&cfg)
			cfg.MaxPages = 100
			mu.Lock()
			got = nil
			mu.Unlock()
			sum := runJob(t, cfg, &MemorySink{}, WithHTTPTransport(rt))
			for _, u := range got {
				if strings.HasPrefix(u, tt.gone) {
					t.Errorf("fetched %s after the config dropped it", u)
				}
			}
			if sum.Queued != 0 || sum.Dropped[DropConfigChanged] == 0 {
				t.Errorf("queued %d, dropped %v; want 0 queued and the backlog counted as %s", sum.Queued, sum.Dropped, DropConfigChanged)
			}
		})
	}
}

// TestConfigChangedDropIsUndone: a page dropped as config-changed was
// never fetched, so when the config wants it again (the site re-added,
// the exclude pattern removed) and a listing links to it, it must be
// fetched. Recorded as done, it would be skipped as already crawled for
// good, though no run ever fetched it.
func TestConfigChangedDropIsUndone(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Config)
		undo   func(*Config)
		path   string // a page queued by the first run and dropped by the second
	}{
		{"section excluded, then included again", func(c *Config) { c.Exclude = []string{`/sport/`} },
			func(c *Config) { c.Exclude = nil }, "/sport/2025/06/01/match-3"},
		{"include narrowed, then widened", func(c *Config) { c.Include = []string{`/news/`} },
			func(c *Config) { c.Include = nil }, "/sport/2025/06/01/match-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var got []string
			rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
				mu.Lock()
				got = append(got, r.URL.Path)
				mu.Unlock()
				body := articleHTML("Story " + r.URL.Path)
				if r.URL.Path == "/" {
					var links []string
					for i := range 4 {
						links = append(links, fmt.Sprintf("/news/2025/06/01/story-%d", i), fmt.Sprintf("/sport/2025/06/01/match-%d", i))
					}
					body = listingHTML("Home", "", links...)
				}
				return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"text/html"}},
					Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
			})
			cfg := testConfig(t, "undone", "http://a.example/")
			cfg.RespectRobots = false
			cfg.GlobalConcurrency = 1
			cfg.MaxDepth = 1
			cfg.MaxPages = 2
			runJob(t, cfg, &MemorySink{}, WithHTTPTransport(rt))
			tt.change(&cfg)
			cfg.MaxPages = 100
			if sum := runJob(t, cfg, &MemorySink{}, WithHTTPTransport(rt)); sum.Dropped[DropConfigChanged] == 0 {
				t.Fatalf("changed config dropped nothing (dropped %v)", sum.Dropped)
			}
			tt.undo(&cfg)
			mu.Lock()
			got = nil
			mu.Unlock()
			runJob(t, cfg, &MemorySink{}, WithHTTPTransport(rt))
			mu.Lock()
			defer mu.Unlock()
			if !slices.Contains(got, tt.path) {
				t.Errorf("after the config wanted it again, %s was not fetched; fetched %v", tt.path, got)
			}
		})
	}
}

// popAll pops run's items from st until the frontier has none for it.
func popAll(t *testing.T, st *store, run string) []item {
	t.Helper()
	var out []item
	for {
		it, ok, err := st.pop(run)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return out
		}
		out = append(out, it)
	}
}

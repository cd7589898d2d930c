package crawler

import (
	"net/http"
	"testing"
)

// TestRedirectToFetchedURLNotRefetched: old URLs and short links that
// redirect to a page this run already fetched do not fetch it again; the
// page is fetched once and published once.
func TestRedirectToFetchedURLNotRefetched(t *testing.T) {
	const story = "/2025/06/01/the-story-everyone-links-to"
	redirect := func(to string) *testPage {
		return &testPage{handler: func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusMovedPermanently) }}
	}
	tests := []struct {
		name  string
		links []string // on the home page, in crawl order
	}{
		{"linked, then two old URLs", []string{story, "/old-a", "/old-b"}},
		{"only through old URLs", []string{"/old-a", "/old-b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newNewsSite(t)
			s.html("/", listingHTML("Home", "", tt.links...))
			s.set("/old-a", redirect(story))
			s.set("/old-b", redirect("/old-a"))
			s.html(story, articleHTML("The story"))
			cfg := testConfig(t, "redirect-twice", s.URL("/"))
			cfg.GlobalConcurrency = 1 // crawl order is link order
			sink := &MemorySink{}
			sum := runJob(t, cfg, sink)
			if n := len(s.requests(story)); n != 1 {
				t.Errorf("%s fetched %d times in one run, want 1", story, n)
			}
			if sink.Len() != 1 || sum.New != 1 {
				t.Errorf("published %d (New %d), want 1", sink.Len(), sum.New)
			}
		})
	}
}

// TestFileZeroDepthAndRedirects runs a job loaded from a file with
// max_depth: 0 and max_redirects: 0: the seeds are fetched, none of their
// links, and a seed that redirects is not followed (too-many-redirects).
// robots.txt still gets the five redirects RFC 9309 asks for, so its rules
// are obeyed behind a redirect.
func TestFileZeroDepthAndRedirects(t *testing.T) {
	const story = "/2025/06/01/a-story-linked-from-home"
	s := newNewsSite(t)
	s.html("/", listingHTML("Home", "", story))
	s.html(story, articleHTML("A story"))
	s.set("/old", &testPage{handler: func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, story, http.StatusMovedPermanently) }})
	s.set("/robots.txt", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/real-robots.txt", http.StatusMovedPermanently)
	}})
	s.set("/real-robots.txt", &testPage{ctype: "text/plain", body: []byte("User-agent: *\nDisallow: /private\n")})
	s.html("/private", articleHTML("Private"))
	y := "crawl:\n  jobs:\n    - name: zero\n      seeds: [" + s.URL("/") + ", " + s.URL("/old") + ", " + s.URL("/private") + "]\n" +
		"      allow_private: true\n      delay: 0s\n      auto_throttle: {enabled: false}\n      discover_sitemaps: false\n" +
		"      data_dir: " + t.TempDir() + "\n      max_depth: 0\n      max_redirects: 0\n"
	fc, err := ParseConfig([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	sum := runJob(t, fc.Jobs[0], &MemorySink{})
	if n := len(s.requests(story)); n != 0 {
		t.Errorf("%s fetched %d times; want 0 (no links followed, no redirect followed)", story, n)
	}
	if sum.Errors[KindRedirects] != 1 {
		t.Errorf("errors %v; want one %s (/old)", sum.Errors, KindRedirects)
	}
	if n := len(s.requests("/private")); n != 0 {
		t.Errorf("/private fetched %d times; robots.txt behind a redirect disallows it", n)
	}
}

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

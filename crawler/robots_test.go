package crawler

import (
	"net/http"
	"strings"
	"testing"
)

// TestHugeRobotsIsCutNotIgnored: a robots.txt over the body cap is read up
// to maxRobotsBytes and obeyed, as RFC 9309 §2.5 asks of a parsing limit;
// it must not be taken for "no robots.txt", which allows everything.
func TestHugeRobotsIsCutNotIgnored(t *testing.T) {
	robots := "User-agent: *\nDisallow: /private/\n" + strings.Repeat("# a comment that pads the file\n", 40000) // ~1.2 MB
	tests := []struct {
		name   string
		robots *testPage
	}{
		{"declared length", &testPage{ctype: "text/plain", body: []byte(robots)}},
		{"chunked", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			for i := 0; i < len(robots); i += 8192 {
				_, _ = w.Write([]byte(robots[i:min(i+8192, len(robots))]))
				w.(http.Flusher).Flush()
			}
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newNewsSite(t)
			s.set("/robots.txt", tt.robots)
			s.html("/", listingHTML("Home", "", "/private/secret-story-2025", "/2025/06/01/public-story"))
			s.html("/private/secret-story-2025", articleHTML("Secret"))
			s.html("/2025/06/01/public-story", articleHTML("Public"))
			cfg := testConfig(t, "huge-robots", s.URL("/"))
			cfg.MaxBodyBytes = 64 << 10
			sink := &MemorySink{}
			sum := runJob(t, cfg, sink)
			if n := len(s.requests("/private/secret-story-2025")); n != 0 {
				t.Errorf("robots.txt disallows /private/ but it was fetched %d times", n)
			}
			if sum.RobotsSkipped != 1 || sink.Len() != 1 {
				t.Errorf("RobotsSkipped = %d, published %d; want 1 and 1 (the public story)", sum.RobotsSkipped, sink.Len())
			}
		})
	}
}

package crawler

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestParseSitemap(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantIndex bool
		want      []sitemapEntry
		wantErr   error
	}{
		{
			name: "urlset with lastmod",
			in: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc> https://a.example/1 </loc><lastmod>2025-06-01</lastmod></url><url><loc>https://a.example/2</loc></url></urlset>`,
			want: []sitemapEntry{{Loc: "https://a.example/1", Lastmod: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}, {Loc: "https://a.example/2"}},
		},
		{
			name:      "index",
			in:        `<sitemapindex><sitemap><loc>https://a.example/s1.xml.gz</loc><lastmod>2025-06-01T10:00:00+02:00</lastmod></sitemap></sitemapindex>`,
			wantIndex: true,
			want:      []sitemapEntry{{Loc: "https://a.example/s1.xml.gz", Lastmod: time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)}},
		},
		{
			name: "google news",
			in: `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://a.example/n</loc>
<news:news><news:publication><news:name>P</news:name></news:publication><news:publication_date>2025-06-02T09:30Z</news:publication_date>
<news:title>Title &amp; more</news:title></news:news></url></urlset>`,
			want: []sitemapEntry{{Loc: "https://a.example/n", News: true, NewsTitle: "Title & more",
				NewsPublished: time.Date(2025, 6, 2, 9, 30, 0, 0, time.UTC), Lastmod: time.Date(2025, 6, 2, 9, 30, 0, 0, time.UTC)}},
		},
		{
			name: "text sitemap",
			in:   "\ufeffhttps://a.example/1\n\nhttps://a.example/2\n",
			want: []sitemapEntry{{Loc: "https://a.example/1"}, {Loc: "https://a.example/2"}},
		},
		{name: "HTML challenge page", in: "<!DOCTYPE html><html><title>Just a moment...</title></html>", wantErr: ErrNotSitemap},
		{name: "empty", in: "  ", wantErr: ErrNotSitemap},
		{name: "text that is not URLs", in: "Access denied", wantErr: ErrNotSitemap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseSitemap([]byte(tt.in))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Index != tt.wantIndex || len(doc.Entries) != len(tt.want) {
				t.Fatalf("got index=%v %+v", doc.Index, doc.Entries)
			}
			for i, e := range doc.Entries {
				w := tt.want[i]
				if e.Loc != w.Loc || !e.Lastmod.Equal(w.Lastmod) || e.News != w.News || e.NewsTitle != w.NewsTitle || !e.NewsPublished.Equal(w.NewsPublished) {
					t.Errorf("entry %d = %+v, want %+v", i, e, w)
				}
			}
		})
	}
}

// FuzzParseSitemap: any input either parses or fails with an error, never
// panics, and never yields an entry without a location.
func FuzzParseSitemap(f *testing.F) {
	for _, s := range []string{
		`<urlset><url><loc>https://a/1</loc><lastmod>2025-01-01</lastmod></url></urlset>`,
		`<sitemapindex><sitemap><loc>x</loc></sitemap></sitemapindex>`,
		`<urlset xmlns:news="n"><url><loc>u</loc><news:news><news:title>t</news:title></news:news></url></urlset>`,
		"https://a/1\nhttps://a/2", `<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>é</loc></url></urlset>`,
		"<html><body>no</body></html>", "<urlset><url><loc><![CDATA[https://a/c]]></loc></url>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > 1<<16 {
			return
		}
		doc, err := parseSitemap(in)
		if err != nil {
			return
		}
		for _, e := range doc.Entries {
			if e.Loc == "" {
				t.Fatalf("entry without loc from %q", in)
			}
		}
	})
}

// FuzzParseRobots: robots.txt parsing never panics, and a URL test on the
// result never panics either.
func FuzzParseRobots(f *testing.F) {
	for _, s := range []string{"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.5\nSitemap: https://a/s.xml",
		"User-agent: BylineBot\nAllow: /a$\nDisallow: /*.pdf", "garbage\x00\xff", "Crawl-delay: x\nUser-agent: *"} {
		f.Add(200, []byte(s))
	}
	f.Add(503, []byte(""))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		if len(body) > 1<<16 || status < 100 || status > 599 {
			return
		}
		r := parseRobots(status, body, "BylineBot")
		for _, p := range []string{"/", "/private/x", "/a?b=c", "/%zz"} {
			if u, err := url.Parse(p); err == nil {
				_ = r.allowed(u)
			}
		}
	})
}

func TestRobotsAgent(t *testing.T) {
	tests := []struct{ ua, agent, want string }{
		{DefaultUserAgent, "", "BylineBot"},
		{"Mozilla/5.0 (compatible; BylineBot/1.0; +https://example.invalid/bot)", "", "BylineBot"},
		{"Mozilla/5.0 (X11; Linux x86_64) NewsCrawler/2", "", "NewsCrawler"},
		{"curl/8.0", "", "curl"},
		{"Mozilla/5.0 (compatible; BylineBot/1.0)", "Byline", "Byline"},
	}
	for _, tt := range tests {
		if got := robotsAgent(Config{UserAgent: tt.ua, RobotsAgent: tt.agent}); got != tt.want {
			t.Errorf("robotsAgent(%q, %q) = %q, want %q", tt.ua, tt.agent, got, tt.want)
		}
	}
	// The token selects the bot's group, not the browsers' one.
	rules := parseRobots(200, []byte("User-agent: Mozilla\nDisallow:\n\nUser-agent: BylineBot\nDisallow: /\n"),
		robotsAgent(Config{UserAgent: "Mozilla/5.0 (compatible; BylineBot/1.0)"}))
	if u, _ := url.Parse("https://n.example/story"); rules.allowed(u) {
		t.Error("BylineBot's Disallow: / was not applied to a Mozilla-style user agent naming BylineBot")
	}
}

// TestSitemapIndexNesting: sitemap indexes nested a few levels deep (by
// year, then month) are read to the bottom, but a chain of indexes that
// never ends (each lists the next one) stops after maxSitemapNesting
// levels instead of spending the run's max_pages on sitemaps.
func TestSitemapIndexNesting(t *testing.T) {
	tests := []struct {
		name      string
		levels    int // indexes above the urlset; -1: endless
		wantPage  bool
		wantDrops int64
	}{
		{"year and month indexes", 3, true, 0},
		{"endless chain of indexes", -1, false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newNewsSite(t)
			const story = "/2025/06/01/story-at-the-bottom-of-the-sitemaps"
			s.html(story, articleHTML("Bottom"))
			s.set("/sm/", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
				var n int
				if _, err := fmt.Sscanf(r.URL.Path, "/sm/%d.xml", &n); err != nil {
					http.NotFound(w, r)
					return
				}
				w.Header().Set("Content-Type", "application/xml")
				if n == tt.levels {
					fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s</loc></url></urlset>`, s.URL(story))
					return
				}
				fmt.Fprintf(w, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>`,
					s.URL(fmt.Sprintf("/sm/%d.xml", n+1)))
			}})
			cfg := testConfig(t, "nesting")
			cfg.Sitemaps = []string{s.URL("/sm/0.xml")}
			cfg.MaxPages = 100
			cfg.RespectRobots = false
			sink := &MemorySink{}
			sum := runJob(t, cfg, sink)
			if got := sink.Len() == 1; got != tt.wantPage {
				t.Errorf("story published = %v, want %v", got, tt.wantPage)
			}
			if sum.Stopped != "done" || sum.Sources > maxSitemapNesting+1 {
				t.Errorf("stopped %q after %d sitemaps; want done after at most %d", sum.Stopped, sum.Sources, maxSitemapNesting+1)
			}
			if got := sum.Dropped[DropSitemapNesting]; got != tt.wantDrops {
				t.Errorf("dropped for nesting = %d, want %d", got, tt.wantDrops)
			}
		})
	}
}

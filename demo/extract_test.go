package demo

import (
	"errors"

	"github.com/byline/byline/article"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/extract"
)

// TestExtractEveryArticle runs the extractor on every demo article page
// and checks the headline, the authors and that the body holds the text a
// reader sees.
func TestExtractEveryArticle(t *testing.T) {
	_, srv := server(t)
	norm := strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")
	fetched := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, a := range Articles() {
		t.Run(strings.TrimPrefix(a.Path, "/"), func(t *testing.T) {
			_, ct, body := get(t, srv, a.Path)
			got, err := extract.Extract(extract.Input{HTML: body, URL: a.URL(srv.URL), ContentType: ct, FetchedAt: fetched}, extract.Options{})
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			if norm.Replace(got.Headline) != a.Headline {
				t.Errorf("headline %q, want %q", got.Headline, a.Headline)
			}
			if len(got.Authors) != len(a.Authors) {
				t.Errorf("authors %q, want %q", got.Authors, a.Authors)
			} else {
				for i := range got.Authors {
					if !strings.EqualFold(got.Authors[i], a.Authors[i]) {
						t.Errorf("authors %q, want %q", got.Authors, a.Authors)
						break
					}
				}
			}
			if got.Body == "" {
				t.Fatal("empty body")
			}
			if b := norm.Replace(got.Body); !strings.Contains(b, a.Paragraphs[len(a.Paragraphs)-1]) {
				t.Errorf("body lacks the last paragraph %q", a.Paragraphs[len(a.Paragraphs)-1])
			}
			if got.Paywalled != a.Paywalled {
				t.Errorf("paywalled = %v, want %v", got.Paywalled, a.Paywalled)
			}
			if got.PublishedAt == "" {
				t.Error("no publication date")
			}
		})
	}
}

// BenchmarkExtractDemoArticles extracts every demo article page once per
// iteration (quotes included): the per-page cost behind the sizing table in
// deploy/GUIDE.md.
func BenchmarkExtractDemoArticles(b *testing.B) {
	h := NewHandler()
	type page struct {
		url  string
		body []byte
	}
	var pages []page
	for _, a := range Articles() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080"+a.Path, nil))
		pages = append(pages, page{"http://127.0.0.1:8080" + a.Path, rec.Body.Bytes()})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := extract.Extract(extract.Input{HTML: p.body, URL: p.url, ContentType: "text/html; charset=utf-8"}, extract.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages))/1e6, "ms/page")
}

// TestExtractSkipsListings checks that every HTML page of the site that is
// not an article (front pages, sections, author pages) is "no article found"
// for the extractor, so the pipeline counts it as a non-article.
func TestExtractSkipsListings(t *testing.T) {
	h, srv := server(t)
	articles := map[string]bool{}
	for _, a := range Articles() {
		articles[a.Path] = true
	}
	for _, d := range DisallowedPaths() {
		articles[d] = true // article-like pages behind robots.txt
	}
	// The network's portal is a short paragraph and a list of six outlets:
	// to the extractor that is a (tiny) text page, not a listing of
	// articles; the crawler's front-page signal keeps it out of the index.
	articles["/"] = true
	n := 0
	for _, p := range h.Paths() {
		if articles[p] {
			continue
		}
		_, ct, body := get(t, srv, p)
		if !strings.HasPrefix(ct, "text/html") {
			continue
		}
		n++
		t.Run(strings.TrimPrefix(p, "/"), func(t *testing.T) {
			a, err := extract.Extract(extract.Input{HTML: body, URL: srv.URL + p, ContentType: ct}, extract.Options{NoQuotes: true})
			if !errors.Is(err, extract.ErrNotArticle) {
				t.Errorf("Extract(%s) = %q, %v; want ErrNotArticle", p, headline(a), err)
			}
		})
	}
	if n == 0 {
		t.Fatal("the site has no listing pages")
	}
}

func headline(a *article.Article) string {
	if a == nil {
		return ""
	}
	return a.Headline
}

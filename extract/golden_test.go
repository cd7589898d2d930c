package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenFetched is the fixed fetch time of the golden cases.
var goldenFetched = time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)

// goldenResult is what a golden file holds: the article, or the error.
type goldenResult struct {
	Article any    `json:"article,omitempty"`
	Error   string `json:"error,omitempty"`
}

// TestGolden extracts every testdata/<case>.html and compares the result
// with testdata/<case>.golden.json; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no golden cases in testdata: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			html, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(Input{HTML: html, URL: "https://news.example/" + name, FetchedAt: goldenFetched}, Options{NoQuotes: true})
			var res goldenResult
			if err != nil {
				res.Error = err.Error()
			} else {
				res.Article = a
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", name, got)
			}
		})
	}
}

// TestCases checks the property each golden case is there for, so a
// wrong golden file cannot hide a regression.
func TestCases(t *testing.T) {
	tests := []struct {
		name  string
		check func(t *testing.T, a *articleView, err error)
	}{
		{"wire-dateline", func(t *testing.T, a *articleView, err error) {
			mustOK(t, err)
			if a.Dateline != "WASHINGTON" {
				t.Errorf("dateline = %q, want WASHINGTON", a.Dateline)
			}
			if strings.Join(a.Authors, "|") != "Maria Alvarez|Tom Becker" {
				t.Errorf("authors = %q, want Maria Alvarez and Tom Becker", a.Authors)
			}
			if len(a.Paragraphs) != 4 || strings.Contains(a.Body, "Share on") || strings.Contains(a.Body, "All rights") {
				t.Errorf("paragraphs = %q, want the 4 article paragraphs without chrome", a.Paragraphs)
			}
		}},
		{"figure-credit", func(t *testing.T, a *articleView, err error) {
			mustOK(t, err)
			if len(a.Images) != 2 {
				t.Fatalf("images = %+v, want 2", a.Images)
			}
			if a.Images[0].URL != "https://news.example/img/flood-1200.jpg" || a.Images[0].Credit != "Lee Park / Valley News" ||
				a.Images[0].Caption != "Residents clear mud from a street in Millbrook on Tuesday." {
				t.Errorf("image 0 = %+v", a.Images[0])
			}
			if a.Images[1].URL != "https://news.example/img/bridge.jpg" || a.Images[1].Credit != "AP Photo/Jordan Reyes" {
				t.Errorf("image 1 = %+v", a.Images[1])
			}
			if strings.Contains(a.Body, "Residents clear mud") || strings.Contains(a.Body, "Most read") {
				t.Errorf("caption or sidebar in body: %q", a.Body)
			}
		}},
		{"key-points", func(t *testing.T, a *articleView, err error) {
			mustOK(t, err)
			if len(a.Bullets) != 3 || a.Bullets[0] != "Three new bus lines by 2026." {
				t.Errorf("bullets = %q", a.Bullets)
			}
			if strings.Contains(a.Body, "Fares stay flat") || strings.Contains(a.Body, "Key points") || strings.Contains(a.Body, "Parking fees") {
				t.Errorf("bullets, their label or related links in body: %q", a.Body)
			}
			if !strings.Contains(a.Body, "What comes next") || !strings.Contains(a.Body, "Route maps will be posted") {
				t.Errorf("subhead or ordinary list missing from body: %q", a.Body)
			}
		}},
		{"cookie-banner", func(t *testing.T, a *articleView, err error) {
			mustOK(t, err)
			if strings.Contains(a.Body, "Cookies") || strings.Contains(a.Body, "Newsletter") {
				t.Errorf("cookie banner or newsletter in body: %q", a.Body)
			}
			if len(a.Paragraphs) != 3 {
				t.Errorf("got %d paragraphs, want 3: %q", len(a.Paragraphs), a.Paragraphs)
			}
		}},
		{"listing", func(t *testing.T, a *articleView, err error) {
			if !errors.Is(err, ErrNotArticle) {
				t.Errorf("err = %v, want ErrNotArticle", err)
			}
		}},
		{"paywalled", func(t *testing.T, a *articleView, err error) {
			mustOK(t, err)
			if !a.Paywalled {
				t.Errorf("paywalled = false, want true")
			}
			if strings.Contains(a.Body, "Subscribe") {
				t.Errorf("paywall prompt in body: %q", a.Body)
			}
			if !strings.Contains(a.Body, "In a lab outside Boston") {
				t.Errorf("teaser missing from body: %q", a.Body)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			html, err := os.ReadFile(filepath.Join("testdata", tc.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(Input{HTML: html, URL: "https://news.example/" + tc.name, FetchedAt: goldenFetched}, Options{NoQuotes: true})
			var v *articleView
			if a != nil {
				v = &articleView{a.Dateline, a.Authors, a.Paragraphs, a.Body, a.Bullets, a.Images, a.Paywalled}
			}
			tc.check(t, v, err)
		})
	}
}

// articleView is the slice of an article the case checks read.
type articleView struct {
	Dateline   string
	Authors    []string
	Paragraphs []string
	Body       string
	Bullets    []string
	Images     []imageView
	Paywalled  bool
}

type imageView = article.Image

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
}

package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// needShared returns the shared corpora folder beside the checkout, or
// skips the test when it is absent.
func needShared(t testing.TB) string {
	t.Helper()
	d := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(d); err != nil {
		if os.Getenv("BYLINE_REQUIRE_SHARED") == "1" {
			t.Fatalf("shared data not found at %s but BYLINE_REQUIRE_SHARED=1: %v", d, err)
		}
		t.Skipf("shared data not found at %s (it sits beside the checkout): %v", d, err)
	}
	return d
}

// seedGold is the part of the seed gold file this package answers for.
type seedGold struct {
	URL            string   `json:"url"`
	CanonicalURL   string   `json:"canonical_url"`
	SiteName       string   `json:"site_name"`
	Section        string   `json:"section"`
	Language       string   `json:"language"`
	Headline       string   `json:"headline"`
	Subheadline    string   `json:"subheadline"`
	Summary        string   `json:"summary"`
	Authors        []string `json:"authors"`
	Dateline       string   `json:"dateline"`
	Edition        string   `json:"edition"`
	PublishedAt    string   `json:"published_at"`
	ModifiedAt     string   `json:"modified_at"`
	Bullets        []string `json:"bullets"`
	BodyParagraphs []string `json:"body_paragraphs"`
	Tags           []string `json:"tags"`
	Images         []struct {
		Src     string `json:"src"`
		Caption string `json:"caption"`
		Credit  string `json:"credit"`
	} `json:"images"`
	ChromeStrings []string `json:"chrome_strings"`
}

// TestSeedGolden extracts the seed page and checks every field of its
// gold file that the extractor covers, exactly.
func TestSeedGolden(t *testing.T) {
	dir := filepath.Join(needShared(t), "seed")
	page, err := os.ReadFile(filepath.Join(dir, "newslooks-trump-putin.html"))
	if err != nil {
		t.Skipf("seed page missing: %v", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "newslooks-trump-putin.gold.json"))
	if err != nil {
		t.Fatalf("read seed gold: %v", err)
	}
	var gold seedGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("parse seed gold: %v", err)
	}
	fetched := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	a, err := Extract(Input{HTML: page, URL: gold.URL, FetchedAt: fetched}, Options{NoQuotes: true})
	if err != nil {
		t.Fatalf("Extract(seed): %v", err)
	}
	str := []struct{ name, got, want string }{
		{"headline", a.Headline, gold.Headline},
		{"subheadline", a.Subheadline, gold.Subheadline},
		{"summary", a.Summary, gold.Summary},
		{"site_name", a.SiteName, gold.SiteName},
		{"section", a.Section, gold.Section},
		{"language", a.Language, gold.Language},
		{"canonical_url", a.CanonicalURL, gold.CanonicalURL},
		{"dateline", a.Dateline, gold.Dateline},
		{"edition", a.Edition, gold.Edition},
		{"published_at", a.PublishedAt, gold.PublishedAt},
		{"modified_at", a.ModifiedAt, gold.ModifiedAt},
	}
	for _, c := range str {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	lists := []struct {
		name      string
		got, want []string
	}{
		{"authors", a.Authors, gold.Authors},
		{"bullets", a.Bullets, gold.Bullets},
		{"tags", a.Tags, gold.Tags},
	}
	for _, c := range lists {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if len(a.Paragraphs) != len(gold.BodyParagraphs) {
		t.Errorf("got %d body paragraphs, want %d", len(a.Paragraphs), len(gold.BodyParagraphs))
	}
	for i := range min(len(a.Paragraphs), len(gold.BodyParagraphs)) {
		if a.Paragraphs[i] != gold.BodyParagraphs[i] {
			t.Errorf("paragraph %d:\n got %q\nwant %q", i, a.Paragraphs[i], gold.BodyParagraphs[i])
		}
	}
	if want := strings.Join(gold.BodyParagraphs, "\n\n"); a.Body != want {
		t.Errorf("body is not the gold paragraphs joined by a blank line")
	}
	if len(a.Images) != len(gold.Images) {
		t.Fatalf("got %d images, want %d: %+v", len(a.Images), len(gold.Images), a.Images)
	}
	for i, im := range gold.Images {
		got := a.Images[i]
		if got.URL != im.Src || got.Caption != im.Caption || got.Credit != im.Credit {
			t.Errorf("image %d = %+v, want url %q caption %q credit %q", i, got, im.Src, im.Caption, im.Credit)
		}
	}
	for _, c := range gold.ChromeStrings {
		if strings.Contains(a.Body, c) {
			t.Errorf("chrome string %q is in the body", c)
		}
	}
	if a.ID == "" || a.ContentHash == "" || a.WordCount == 0 || a.ExtractorVersion != Version {
		t.Errorf("id %q, content_hash %q, word_count %d, extractor_version %q: want all set", a.ID, a.ContentHash, a.WordCount, a.ExtractorVersion)
	}
}

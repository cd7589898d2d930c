package extract

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// cmsPageSet is one file's rows of whole invented pages, with the time
// they were fetched at.
type cmsPageSet struct {
	name    string
	pages   []cmsPage
	fetched time.Time
}

// allCMSPageSets lists every row of whole invented pages, for the tests
// that check a property over all of them (the metamorphic tests: a page
// changed in a way that must not change a field still gives that field).
// A new cms file adds its rows here.
func allCMSPageSets() []cmsPageSet {
	first := make([]cmsPage, len(cmsCases))
	for i, c := range cmsCases {
		first[i] = cmsPage{cmsCase: c}
	}
	return []cmsPageSet{
		{"cms", first, cmsFetched},
		{"cms10a", cms10aCases, cmsFetched},
		{"cms10b", cms10bCases, cms10bFetched},
		{"cms11a", cms11aCases, cmsFetched},
		{"cms11b", cms11bCases, cmsFetched},
		{"cms11c", cms11cCases, cmsFetched},
		{"cms11d", cms11dCases, cmsFetched},
		{"cms11e", cms11eCases, cmsFetched},
		{"cms11f", cms11fCases, cms11fFetched},
		{"cms12a", cms12aCases, cmsFetched},
		{"cms12b", cms12bCases, cms12bFetched},
		{"cms12c", cms12cCases, cmsFetched},
		{"cms12d", cms12dCases, cmsFetched},
		{"cms13a", cms13aCases, cmsFetched},
		{"cms13b", cms13bCases, cmsFetched},
		{"cms13c", cms13cCases, cmsFetched},
		{"cms13d", cms13dCases, cmsFetched},
		{"cms14a", cms14aCases, cmsFetched},
		{"cms14b", cms14bCases, cmsFetched},
		{"cms15a", cms15aCases, cmsFetched},
		{"cms15b", cms15bCases, cmsFetched},
		{"cms15c", cms15cCases, cmsFetched},
		{"cms16a", cms16aCases, cmsFetched},
		{"cms16b", cms16bCases, cmsFetched},
		{"cms16c", cms16cCases, cmsFetched},
		{"cms16d", cms16dCases, cmsFetched},
		{"cms17a", cms17aCases, cmsFetched},
		{"cms27d28", cms27d28Cases, cmsFetched},
	}
}

// extractCMSHTML extracts a page given as bytes (a cms page changed by a
// test) as fetched at that time, without the quote layer.
func extractCMSHTML(t *testing.T, page []byte, fetched time.Time) *article.Article {
	t.Helper()
	a, err := Extract(Input{HTML: page, FetchedAt: fetched}, Options{NoQuotes: true})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	return a
}

// TestAllCMSPageSetsListsEveryFile keeps allCMSPageSets whole: every
// page under testdata/cms has a row in it.
func TestAllCMSPageSetsListsEveryFile(t *testing.T) {
	// The pages that are no article: their own tests check the verdict.
	rows := map[string]bool{"cms15c-shop-kategorie-de.html": true, "wordpress-category-archive.html": true}
	for _, s := range allCMSPageSets() {
		for _, p := range s.pages {
			rows[p.file] = true
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "cms", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f = filepath.Base(f); !rows[f] {
			t.Errorf("testdata/cms/%s has no row in allCMSPageSets", f)
		}
	}
}

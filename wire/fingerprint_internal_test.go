package wire

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/byline/byline/article"
)

// TestFingerprintOf: the fingerprint taken from an article's JSON is
// ArticleFingerprint's, with and without the fields it leaves out, with
// values JSON escapes, and it is taken from the JSON (no fallback to a
// second encoding).
func TestFingerprintOf(t *testing.T) {
	base := func() *article.Article {
		a := &article.Article{URL: "https://www.example.com/news/1", Headline: "Harbour plan approved",
			Body: "One.\n\nTwo.", Paragraphs: []string{"One.", "Two."}, WordCount: 2,
			FetchedAt: "2025-07-04T09:00:00Z", FetchSeq: 1751619600000, PageHash: "5eed"}
		a.ID = a.DefaultID()
		a.ContentHash = article.HashContent([]byte(a.Body))
		a.Normalize()
		return a
	}
	tests := []struct {
		name string
		edit func(*article.Article)
	}{
		{"all fields", func(*article.Article) {}},
		{"no fetch time", func(a *article.Article) { a.FetchedAt = "" }},
		{"no fetch sequence", func(a *article.Article) { a.FetchSeq = 0 }},
		{"neither", func(a *article.Article) { a.FetchedAt, a.FetchSeq = "", 0 }},
		{"no page hash", func(a *article.Article) { a.PageHash = "" }},
		{"none of the three", func(a *article.Article) { a.FetchedAt, a.FetchSeq, a.PageHash = "", 0, "" }},
		{"page hash escaped", func(a *article.Article) { a.PageHash = "<a>&\"\\\u2028\xff" }},
		{"no words", func(a *article.Article) { a.WordCount = 0 }},
		{"negative sequence", func(a *article.Article) { a.FetchSeq = -5 }},
		{"fetch time escaped", func(a *article.Article) { a.FetchedAt = "<2025>&\"\\\u2028\xff" }},
		{"the keys in the text", func(a *article.Article) {
			a.Body = `,"fetched_at":"x","word_count":2,"fetch_seq":1,"page_hash":"5eed"}`
			a.Headline = a.Body
		}},
		{"index fields", func(a *article.Article) {
			a.Revision, a.RevisedAt, a.ClusterID = 2, "2025-07-05T00:00:00Z", "c1"
			a.Revisions = []article.Revision{{Revision: 1, SeenAt: "2025-07-04T09:00:00Z", ContentHash: "ab"}}
		}},
	}
	for _, tt := range tests {
		a := base()
		tt.edit(a)
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := fingerprintOf(a, data)
		if want := ArticleFingerprint(a); !ok || got != want {
			t.Errorf("%s: fingerprintOf = %s, %v; ArticleFingerprint %s", tt.name, got, ok, want)
		}
	}
	// Random values of the three fields.
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		a := base()
		a.WordCount = r.IntN(5000) - 10
		a.FetchSeq = int64(r.IntN(3)) * r.Int64()
		if r.IntN(3) == 0 {
			a.FetchedAt = ""
		}
		if r.IntN(3) == 0 {
			a.PageHash = ""
		}
		data, _ := json.Marshal(a)
		if got, ok := fingerprintOf(a, data); !ok || got != ArticleFingerprint(a) {
			t.Fatalf("fingerprintOf(%s) = %s, %v; ArticleFingerprint %s", data, got, ok, ArticleFingerprint(a))
		}
	}
}

// TestFingerprintFieldsLast: fingerprintOf relies on FetchedAt, WordCount,
// FetchSeq and PageHash being the last fields of an Article. A field added
// after them is still fingerprinted right (EncodeArticle falls back to
// encoding the article again) but loses the saving: add it before them.
func TestFingerprintFieldsLast(t *testing.T) {
	typ := reflect.TypeFor[article.Article]()
	n := typ.NumField()
	var last []string
	for i := n - 4; i < n; i++ {
		last = append(last, typ.Field(i).Name)
	}
	if want := []string{"FetchedAt", "WordCount", "FetchSeq", "PageHash"}; !reflect.DeepEqual(last, want) {
		t.Errorf("the last fields of Article are %v, want %v", last, want)
	}
}

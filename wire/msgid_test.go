package wire_test

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
	"github.com/byline/byline/wire"
)

// TestArticleMsgID: the msg id changes with every field a consumer of the
// article sees, and only with those: a re-publication of the same
// article, whenever it was fetched, keeps it (JetStream drops it within
// the duplicates window). Its first parts stay "article:<id>:<content_hash>:".
func TestArticleMsgID(t *testing.T) {
	base := func() *article.Article {
		a := &article.Article{URL: "https://www.example.com/news/1", Headline: "Harbour plan approved",
			Summary: "The vote was close.", Authors: []string{"Maria Lopez"}, Tags: []string{"harbour"},
			PublishedAt: "2025-07-04T08:00:00Z", ModifiedAt: "2025-07-04T08:00:00Z",
			Paragraphs: []string{"One.", "Two."}, Body: "One.\n\nTwo.", ExtractorVersion: "1.0",
			FetchedAt: "2025-07-04T09:00:00Z", FetchSeq: 1751619600000, PageHash: "5eed"}
		a.ID = a.DefaultID()
		a.ContentHash = article.HashContent([]byte(a.Body))
		a.Normalize()
		return a
	}
	tests := []struct {
		name string
		edit func(*article.Article)
		same bool // the msg id stays
	}{
		{"identical", func(*article.Article) {}, true},
		{"fetched again", func(a *article.Article) { a.FetchedAt = "2025-07-04T09:01:00Z" }, true},
		{"fetch sequence", func(a *article.Article) { a.FetchSeq++ }, true},
		{"page hash (its furniture changed)", func(a *article.Article) { a.PageHash = "f00d" }, true},
		{"headline", func(a *article.Article) { a.Headline = "Harbour plan approved, 5 to 4" }, false},
		{"summary", func(a *article.Article) { a.Summary = "The vote was 5 to 4." }, false},
		{"byline", func(a *article.Article) { a.Authors = append(a.Authors, "Sam Okafor") }, false},
		{"tags", func(a *article.Article) { a.Tags = append(a.Tags, "climate") }, false},
		{"published", func(a *article.Article) { a.PublishedAt = "2025-07-04T07:30:00Z" }, false},
		{"modified", func(a *article.Article) { a.ModifiedAt = "2025-07-04T09:15:00Z" }, false},
		{"image", func(a *article.Article) { a.Images = append(a.Images, article.Image{URL: "https://example.com/1.jpg"}) }, false},
		{"section", func(a *article.Article) { a.Section = "Politics" }, false},
		{"extractor version", func(a *article.Article) { a.ExtractorVersion = "1.1" }, false},
		{"body", func(a *article.Article) {
			a.Paragraphs[1], a.Body = "Three.", "One.\n\nThree."
			a.ContentHash = article.HashContent([]byte(a.Body))
		}, false},
	}
	want := wire.ArticleMsgID(base())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := base()
			tt.edit(a)
			got := wire.ArticleMsgID(a)
			if (got == want) != tt.same {
				t.Errorf("msg id %s, first version %s: same %v, want %v", got, want, got == want, tt.same)
			}
			if prefix := "article:" + a.ID + ":" + a.ContentHash + ":"; !strings.HasPrefix(got, prefix) {
				t.Errorf("msg id %s does not start with %s", got, prefix)
			}
		})
	}
}

package wire_test

import (
	"context"
	"strings"
	"testing"

	"github.com/byline/byline/article"
	"github.com/byline/byline/wire"
)

// BenchmarkEncodeArticle: one article of a typical news page (twelve
// paragraphs, quotes, images) turned into an ARTICLES message, plain
// form: its JSON and its msg id.
func BenchmarkEncodeArticle(b *testing.B) {
	para := strings.Repeat("The council approved the harbour plan on Tuesday after a long debate. ", 8)
	a := testArticle(strings.TrimSpace(strings.Repeat(para+"\n\n", 12)))
	a.Paragraphs = strings.Split(a.Body, "\n\n")
	a.Authors, a.Tags = []string{"Maria Lopez", "Sam Okafor"}, []string{"harbour", "council", "vote"}
	a.PublishedAt, a.FetchedAt, a.FetchSeq = "2025-07-04T08:00:00Z", "2025-07-04T09:00:00Z", 1751619600000
	for i := range 4 {
		a.Images = append(a.Images, article.Image{URL: "https://www.example.com/img/" + string(rune('a'+i)) + ".jpg", Caption: "The harbour at dawn.", Credit: "Photo: Ana Ruiz"})
		speaker := "Maria Lopez"
		a.Quotes = append(a.Quotes, article.Quote{Text: "We will build it this year, and it will last a century.", Speaker: &speaker, Paragraph: i})
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := wire.EncodeArticle(ctx, a, 1<<20, nil); err != nil {
			b.Fatal(err)
		}
	}
}

package extract

import (
	"errors"
	"strings"
	"testing"
)

// TestListingSelfDescription: a page whose JSON-LD calls it a collection is
// a listing only when it also shows teasers; some themes mark every page,
// articles included, as a CollectionPage.
func TestListingSelfDescription(t *testing.T) {
	prose := strings.Repeat("<p>The council met on Tuesday to discuss the harbour plan, which has divided residents for months, and agreed to consult again before the summer.</p>", 4)
	page := func(ldType, main string) []byte {
		return []byte(`<!DOCTYPE html><html lang="en"><head><title>Harbour news</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"` + ldType + `","name":"Harbour"}</script>
</head><body><main>` + main + `</main></body></html>`)
	}
	teaser := `<div class="post"><h2><a href="/2026/06/harbour-plan">Council backs the harbour plan</a></h2>` + prose + `</div>`
	tests := []struct {
		name        string
		html        []byte
		wantListing bool
	}{
		{"collection with teasers", page("CollectionPage", teaser), true},
		{"collection type on an article page", page("CollectionPage", `<h1>Council backs the harbour plan</h1>`+prose), false},
		{"teasers on a plain web page", page("WebPage", `<h1>Council backs the harbour plan</h1>`+prose+`<h3><a href="/other">Another story on the harbour</a></h3>`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(Input{HTML: tt.html, URL: "https://news.example/harbour"}, Options{NoQuotes: true})
			if got := errors.Is(err, ErrNotArticle); got != tt.wantListing {
				t.Errorf("listing = %v (err %v), want %v", got, err, tt.wantListing)
			}
		})
	}
}

// TestNotArticleKeepsMetadata: a page without an article still reports
// what it says about itself, with no body.
func TestNotArticleKeepsMetadata(t *testing.T) {
	html := []byte(`<!DOCTYPE html><html lang="en"><head><title>Continue to site</title>
<meta property="article:published_time" content="2020-03-11T08:00:00-06:00">
<meta property="og:site_name" content="Harbour News"></head>
<body><p>Continue to site</p></body></html>`)
	_, err := Extract(Input{HTML: html, URL: "https://news.example/2020/03/11/loft"}, Options{})
	nae, ok := errors.AsType[*NotArticleError](err)
	if !ok || !errors.Is(err, ErrNotArticle) {
		t.Fatalf("err = %v, want a *NotArticleError wrapping ErrNotArticle", err)
	}
	p := nae.Page
	if p.PublishedAt != "2020-03-11T08:00:00-06:00" || p.SiteName != "Harbour News" || p.Body != "" || len(p.Paragraphs) != 0 || p.ID == "" {
		t.Errorf("page = %+v", p)
	}
}

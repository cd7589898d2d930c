package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	article := func(title string) string {
		return `<html><head><title>` + title + `</title><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + title + `"}</script>
</head><body><article><h1>` + title + `</h1><p>` + strings.Repeat("The council met on Monday and voted. ", 30) + `</p></article></body></html>`
	}
	listing := func(title string, links ...string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>` + title + `</title><script type="application/ld+json">{"@type":"CollectionPage"}</script></head><body>`)
		for _, l := range links {
			b.WriteString(`<article><h2><a href="` + l + `">A story about the harbour works</a></h2></article>`)
		}
		b.WriteString(`</body></html>`)
		return b.String()
	}
	tests := []struct {
		name, url, html string
		news            bool
		want            bool
	}{
		{"article with metadata", "https://n.example/2025/06/01/storm-hits-town", article("Storm"), false, true},
		{"home page", "https://n.example/", listing("Home", "/a", "/b", "/c"), false, false},
		{"tag page", "https://n.example/tag/politics", listing("Politics", "/a"), false, false},
		{"paginated section", "https://n.example/world/page/2", listing("World", "/a", "/b", "/c"), false, false},
		{"bare article, prose and slug", "https://n.example/world/leaders-meet-in-geneva-for-summit",
			"<html><body><article><h1>Leaders meet</h1><p>" + strings.Repeat("Leaders met on Monday to talk. ", 40) + "</p></article></body></html>", false, true},
		{"short page from a news sitemap", "https://n.example/live/12345678", "<html><body><p>Live updates follow.</p></body></html>", true, true},
		{"about page", "https://n.example/about", "<html><body><p>We are a small paper.</p></body></html>", false, false},
		{"graph with an article type", "https://n.example/x", `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"]}]}</script></head><body><article><p>Text.</p></article></body></html>`, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := url.Parse(tt.url)
			if got := Classify([]byte(tt.html), u, ClassifyHints{NewsSitemap: tt.news}); got.Article != tt.want {
				t.Errorf("Classify = %+v, want article=%v", got, tt.want)
			}
		})
	}
}

// TestClassifyCorpusRecall: every aeb page is a news article, and the
// crawler publishes only what Classify calls one, so a miss here is an
// article a crawl loses. (Listing pages are checked by TestClassify and
// the crawler's tests.)
func TestClassifyCorpusRecall(t *testing.T) {
	dir := filepath.Join(needShared(t), "corpus", "aeb")
	var gt map[string]struct {
		URL string `json:"url"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	for k, v := range gt {
		raw, err := os.ReadFile(filepath.Join(dir, "html", k+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(v.URL)
		if vd := Classify(page, u, ClassifyHints{}); !vd.Article {
			t.Errorf("%s: not an article (%d: %v)", v.URL, vd.Score, vd.Reasons)
		}
	}
}

// TestClassifyHostile: pages nested or broken past anything a parser
// keeps are read to the end (the scan's stack is capped, so no step grows
// with the nesting) and are not articles.
func TestClassifyHostile(t *testing.T) {
	for name, page := range map[string]string{
		"deep divs, stray end tags": strings.Repeat("<div>", 600) + strings.Repeat("</span>", 100000),
		"deep spans":                strings.Repeat("<span>", 100000) + "<p>x",
		"unclosed paragraphs":       strings.Repeat("<p><li>", 100000),
		"heads":                     strings.Repeat("<head>", 100000) + "<div>",
		"unclosed comment":          "<p>text<!-- " + strings.Repeat("<a href=x>", 1000),
	} {
		if v := Classify([]byte(page), nil, ClassifyHints{}); v.Article {
			t.Errorf("%s: an article (%v)", name, v.Reasons)
		}
	}
}

// TestClassifyNesting: the scan repairs nesting where a parser would and
// the verdict depends on it.
func TestClassifyNesting(t *testing.T) {
	prose := strings.Repeat("<p>The council met on Monday and voted on the harbour plan after a long debate.</p>", 12)
	nav := strings.Repeat(`<li><a href="/s">Section</a></li>`, 25)
	u, _ := url.Parse("https://n.example/2025/06/01/harbour-plan-approved-after-debate")
	tests := []struct {
		name, page string
		want       bool
	}{
		// A parser closes an open <a> when another starts: the article
		// text after a never-closed <a name=top> is not link text.
		{"unclosed anchor", `<body><a name="top"><ul>` + nav + `</ul>` + prose + `</body>`, true},
		// Text after an unclosed <svg> icon is HTML again at the next <p>.
		{"unclosed svg", `<body><ul>` + nav + `</ul><div>Icon <svg><path d="M0"><div>` + prose + `</div></div></body>`, true},
		// Teasers kept in a <template> are not shown and not counted.
		{"template teasers", `<body>` + strings.Repeat(`<template><article><a href="/x">Teaser</a></article></template>`, 3) +
			`<article>` + prose + `</article></body>`, true},
	}
	for _, tt := range tests {
		if v := Classify([]byte(tt.page), u, ClassifyHints{}); v.Article != tt.want {
			t.Errorf("%s: article=%v, want %v (%v)", tt.name, v.Article, tt.want, v.Reasons)
		}
	}
}

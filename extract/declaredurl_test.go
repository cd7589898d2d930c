package extract

import (
	"strings"
	"testing"
)

// TestDeclaredURL: a page read with no URL takes its own absolute URL from
// <link rel=canonical>, else og:url; nothing else, and nothing relative or
// of another scheme.
func TestDeclaredURL(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"canonical", `<link rel="canonical" href="https://news.example/2024/03/05/story">`, "https://news.example/2024/03/05/story"},
		{"canonical before og:url", `<meta property="og:url" content="https://m.news.example/x"><link rel="Canonical" href="https://news.example/x">`, "https://news.example/x"},
		{"relative canonical, og:url", `<link rel="canonical" href="/x"><meta property="og:url" content="https://news.example/x">`, "https://news.example/x"},
		{"javascript scheme", `<link rel="canonical" href="javascript:alert(1)">`, ""},
		{"none", `<title>No URL</title>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := ParseHTML([]byte("<html><head>" + tt.head + "</head><body><p>x</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if u := declaredURL(root); u != nil {
				got = u.String()
			}
			if got != tt.want {
				t.Errorf("declaredURL = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNoURLUsesDeclaredURL: extracted with no URL, a page with a canonical
// URL gets its site from that host and its images as absolute URLs, as it
// would from the crawler; the article's URL stays empty.
func TestNoURLUsesDeclaredURL(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Bridge vote</title>
<link rel="canonical" href="https://www.news.example/2024/03/05/bridge-vote"></head>
<body><article><h1>Bridge vote</h1>
<figure><img src="/media/bridge.jpg" alt="The bridge at dusk" width="1200" height="800"><figcaption>The bridge at dusk. Photo: Ana Ruiz</figcaption></figure>
<p>` + longPara + `</p><p>` + longPara + `</p><p>` + longPara + `</p></article></body></html>`
	a, err := Extract(Input{HTML: []byte(page)}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "" {
		t.Errorf("URL %q, want none given", a.URL)
	}
	if a.SiteName != "news.example" {
		t.Errorf("site %q, want news.example", a.SiteName)
	}
	if a.PublishedAt == "" || !strings.HasPrefix(a.PublishedAt, "2024-03-05") {
		t.Errorf("published %q, want the canonical URL's day", a.PublishedAt)
	}
	if len(a.Images) == 0 {
		t.Fatal("no image")
	}
	for _, im := range a.Images {
		if !strings.HasPrefix(im.URL, "https://www.news.example/") {
			t.Errorf("image %q not resolved against the declared URL", im.URL)
		}
	}
}

package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// hostileArticle is a crawled page written to break out of every place its
// text reaches: fake and stray <mark> tags around script (highlights are
// built around the page's own text), attribute breakers in names and
// image URLs, javascript: page, canonical and image URLs, and an id with
// the characters that end a URL path.
func hostileArticle() *article.Article {
	speaker := "</mark><script>alert('speaker')</script>"
	a := &article.Article{
		SchemaVersion: 1,
		ID:            "evil?x=1#frag",
		URL:           "javascript:alert('url')//https://evil.example/",
		CanonicalURL:  "javascript:alert('canonical')",
		SiteName:      "Evil</mark><script>alert('site')</script>",
		Section:       "<mark>sec</mark>",
		Language:      "en",
		Headline:      "Beacon <mark>lit</mark> </mark><script>alert('headline')</script> beacon",
		Summary:       "beacon summary </mark><img src=x onerror=alert('summary')>",
		Authors:       []string{`" onmouseover="alert('author')`},
		Dateline:      "<mark>",
		PublishedAt:   "2025-03-12T10:00:00Z",
		Paragraphs:    []string{"The beacon text has <mark>fake</mark> marks and </mark><script>alert('body')</script> beacon too."},
		Images: []article.Image{
			{URL: "javascript:alert('image')", Caption: "beacon </mark><script>alert('caption')</script>"},
			{URL: `https://evil.example/x.png" onerror="alert('src')`, Caption: "second", Credit: "<mark>credit</mark>"},
			{URL: "data:text/html,<script>alert('data')</script>", Caption: "third"},
		},
		Tags:           []string{"</mark><script>alert('tag')</script>"},
		Quotes:         []article.Quote{{Text: "beacon </mark><script>alert('quote')</script> said", Speaker: &speaker}},
		Speakers:       []article.Speaker{{Name: speaker, Quotes: 1}},
		DatesMentioned: []article.DateMention{{Text: "</mark><script>alert('date')</script>"}},
	}
	a.Body = strings.Join(a.Paragraphs, "\n\n")
	a.Normalize()
	return a
}

// TestHostileArticleContent serves the hostile article from the fake and
// from Bleve (whose highlighter marks the page's own text) through the real
// handlers and templates, and checks the parsed pages: the only script is
// app.js, no element has an event handler, every link and image is this
// site or http(s), <mark> holds only text, the payloads show as text, and
// links to the article reach its id. The API's JSON is served as JSON with
// nosniff.
func TestHostileArticleContent(t *testing.T) {
	a := hostileArticle()
	f := &fakeSearcher{articles: []*article.Article{a}}
	backends := map[string]index.Searcher{"fake": f, "bleve": loadBleve(t, f)}
	speaker := *a.Quotes[0].Speaker
	pages := []string{
		"/?q=beacon", "/?q=alert", "/?site=" + url.QueryEscape(a.SiteName),
		"/quotes?q=beacon", "/quotes?q=alert",
		"/article/" + url.PathEscape(a.ID),
		"/speakers/" + url.PathEscape(speaker),
	}
	for name, s := range backends {
		for _, remote := range []bool{false, true} {
			h := New(s, WithRemoteImages(remote))
			for _, target := range pages {
				res, body := get(t, h, "GET", target)
				if res.StatusCode != http.StatusOK {
					t.Fatalf("%s %s: status %d", name, target, res.StatusCode)
				}
				checkHostilePage(t, name+" "+target, a, body, remote)
				for _, hdr := range []string{"Content-Security-Policy", "X-Frame-Options", "Referrer-Policy", "X-Content-Type-Options"} {
					if res.Header.Get(hdr) == "" {
						t.Errorf("%s %s: no %s", name, target, hdr)
					}
				}
				if csp := res.Header.Get("Content-Security-Policy"); strings.Contains(csp, "https:") != remote {
					t.Errorf("%s %s: remote images %v, CSP %q", name, target, remote, csp)
				}
			}
			for _, target := range []string{"/api/search?q=beacon", "/api/quotes?q=beacon", "/api/articles/" + url.PathEscape(a.ID)} {
				res, body := get(t, h, "GET", target)
				if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") ||
					res.Header.Get("X-Content-Type-Options") != "nosniff" {
					t.Errorf("%s %s: %d, Content-Type %q, X-Content-Type-Options %q", name, target, res.StatusCode,
						res.Header.Get("Content-Type"), res.Header.Get("X-Content-Type-Options"))
				}
				if strings.ContainsAny(body, "<>") || !json.Valid([]byte(body)) {
					t.Errorf("%s %s: JSON with raw < or >, or not JSON:\n%s", name, target, body)
				}
			}
		}
	}
}

func checkHostilePage(t *testing.T, what string, a *article.Article, body string, remote bool) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("%s: parse: %v", what, err)
	}
	var main *html.Node
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Main {
			main = n
		}
		for _, at := range n.Attr {
			if strings.HasPrefix(strings.ToLower(at.Key), "on") {
				t.Errorf("%s: <%s %s=%q>: an event handler", what, n.Data, at.Key, at.Val)
			}
			switch at.Key {
			case "href", "src", "action":
			default:
				continue
			}
			v := strings.TrimSpace(at.Val)
			if !strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "#") && !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") ||
				strings.HasPrefix(v, "//") {
				t.Errorf("%s: <%s %s=%q>: not this site nor http(s)", what, n.Data, at.Key, v)
			}
			u, err := url.Parse(v)
			if err != nil {
				t.Errorf("%s: <%s %s=%q>: %v", what, n.Data, at.Key, v, err)
				continue
			}
			for _, prefix := range []string{"/article/", "/api/articles/"} {
				if rest, ok := strings.CutPrefix(u.Path, prefix); ok && (rest != a.ID || u.RawQuery != "") {
					t.Errorf("%s: <%s %s=%q> does not lead to article %q", what, n.Data, at.Key, v, a.ID)
				}
			}
		}
		switch n.DataAtom {
		case atom.Script:
			if attr(n, "src") != "/static/app.js" || n.Parent.DataAtom != atom.Head {
				t.Errorf("%s: a script besides app.js: %s", what, text(n))
			}
		case atom.Img:
			if !remote {
				t.Errorf("%s: <img src=%q> with remote images off", what, attr(n, "src"))
			} else if !strings.HasPrefix(attr(n, "src"), "https://") {
				t.Errorf("%s: <img src=%q>", what, attr(n, "src"))
			}
		case atom.Mark:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.TextNode {
					t.Errorf("%s: <mark> holds <%s>", what, c.Data)
				}
			}
		}
	}
	if main == nil {
		t.Fatalf("%s: no <main>", what)
	}
	if s := text(main); !strings.Contains(s, "</mark><script>alert(") {
		t.Errorf("%s: the payload is not shown as text:\n%s", what, s)
	}
}

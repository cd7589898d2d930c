package web

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestPagesAccessible parses every kind of page and checks the basics a
// keyboard or screen-reader user relies on: a language, a title, a
// viewport, one h1, unique ids, labels for every visible form control,
// alt text on images, a skip link to an existing target, and no empty
// links or buttons.
func TestPagesAccessible(t *testing.T) {
	f, h := newTestServer(t)
	rich := f.byHeadline(t, "Central bank holds")
	xss := f.byHeadline(t, "Researchers publish")
	pages := []string{
		"/", "/?q=interest+rates&site=Capital+Wire&since=2025-06-01", "/?q=nothingmatchesthis", "/?page=1&sort=date",
		"/article/" + rich.ID, "/article/" + xss.ID, "/quotes", "/quotes?speaker=Elena+Varga",
		"/article/ffffffffffffffffffffffffffffffff", "/?since=bad",
	}
	for _, target := range pages {
		t.Run(target, func(t *testing.T) {
			_, body := get(t, h, "GET", target)
			doc, err := html.Parse(strings.NewReader(body))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			ids := map[string]int{}
			labels := map[string]bool{}
			var controls []*html.Node
			var h1s, skipTargets int
			var skipHref string
			var hasLang, hasTitle, hasViewport bool
			for n := range doc.Descendants() {
				if n.Type != html.ElementNode {
					continue
				}
				if id := attr(n, "id"); id != "" {
					ids[id]++
				}
				switch n.DataAtom {
				case atom.Html:
					hasLang = attr(n, "lang") != ""
				case atom.Title:
					hasTitle = strings.TrimSpace(text(n)) != ""
				case atom.Meta:
					hasViewport = hasViewport || attr(n, "name") == "viewport"
				case atom.H1:
					h1s++
				case atom.Label:
					labels[attr(n, "for")] = true
				case atom.Input, atom.Select, atom.Textarea:
					if attr(n, "type") != "hidden" {
						controls = append(controls, n)
					}
				case atom.Img:
					if _, ok := attrOK(n, "alt"); !ok {
						t.Errorf("<img src=%q> has no alt attribute", attr(n, "src"))
					}
				case atom.A:
					if strings.TrimSpace(text(n)) == "" && attr(n, "aria-label") == "" {
						t.Errorf("link to %q has no text", attr(n, "href"))
					}
					if strings.Contains(attr(n, "class"), "skip-link") {
						skipHref = attr(n, "href")
					}
				case atom.Button:
					if strings.TrimSpace(text(n)) == "" {
						t.Errorf("a button has no text")
					}
				}
			}
			for id, n := range ids {
				if n > 1 {
					t.Errorf("id %q is used %d times", id, n)
				}
			}
			for _, c := range controls {
				id := attr(c, "id")
				if id == "" || !labels[id] {
					t.Errorf("<%s name=%q> has no <label for>", c.Data, attr(c, "name"))
				}
			}
			if strings.HasPrefix(skipHref, "#") && ids[skipHref[1:]] == 1 {
				skipTargets++
			}
			if !hasLang || !hasTitle || !hasViewport || h1s != 1 || skipTargets != 1 {
				t.Errorf("lang %v, title %v, viewport %v, %d h1 (want 1), skip link %q to an existing id: %v",
					hasLang, hasTitle, hasViewport, h1s, skipHref, skipTargets == 1)
			}
		})
	}
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// text returns the text inside n.
func text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

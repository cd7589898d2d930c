package htmlparse

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func depth(n *html.Node) int {
	best := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		best = max(best, depth(c))
	}
	if n.Type == html.ElementNode {
		best++
	}
	return best
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		nesting  int
		maxDepth int // of the parsed tree
	}{
		{"shallow", 10, 10 + 3},
		{"at the parser's limit", ParserDepth - 4, ParserDepth},
		{"past the parser's limit", ParserDepth + 100, MaxNesting + 3},
		{"hostile", 20_000, MaxNesting + 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "<html><body>" + strings.Repeat("<div>", tt.nesting) + "<p>the words</p>" + strings.Repeat("</div>", tt.nesting) + "<p>after</p></body></html>"
			if _, err := html.Parse(strings.NewReader(src)); (err != nil) != (tt.nesting+3 > ParserDepth) {
				t.Fatalf("x/net/html on %d levels: err = %v; ParserDepth is wrong", tt.nesting, err)
			}
			root, err := Parse([]byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if d := depth(root); d > tt.maxDepth {
				t.Errorf("tree depth %d, want <= %d", d, tt.maxDepth)
			}
			if got := text(root); got != "the wordsafter" {
				t.Errorf("text %q, want every word kept", got)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("<p>a</p>"))
	f.Add([]byte(strings.Repeat("<div><span>", 400) + "x"))
	f.Add([]byte(strings.Repeat("<table><tr><td>", 300)))
	f.Fuzz(func(t *testing.T, src []byte) {
		if _, err := Parse(src); err != nil {
			t.Fatalf("Parse: %v", err)
		}
	})
}

// Package htmlparse is the one way Byline parses an HTML page into a tree
// (the extractor's parse), under one nesting limit. Readers that need only
// a few facts of a page (the crawler's links, the article verdict) scan
// its tokens with internal/htmlscan instead.
package htmlparse

import (
	"bytes"

	"github.com/byline/byline/internal/htmlscan"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParserDepth is the most open elements golang.org/x/net/html accepts; a
// page nested deeper makes html.Parse fail.
const ParserDepth = 512

// MaxNesting is the element depth Parse keeps when a page is nested past
// ParserDepth: start and end tags deeper than this are dropped, their text
// kept. No real article is nested this deep; hostile or broken pages are.
const MaxNesting = 256

// Parse parses src (UTF-8) as HTML5. A page nested deeper than the parser
// allows is flattened below MaxNesting and parsed again, so it is read, not
// rejected. The error is non-nil only if even the flattened page does not
// parse.
func Parse(src []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(src))
	if err == nil {
		return root, nil
	}
	return html.Parse(bytes.NewReader(Flatten(src, MaxNesting)))
}

// Flatten rewrites src without the start and end tags nested deeper than
// limit, so the parser's depth cap is never hit; text is kept.
func Flatten(src []byte, limit int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	out := make([]byte, 0, len(src))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			if htmlscan.IsVoid(atom.Lookup(name)) {
				break
			}
			depth++
			if depth > limit {
				continue
			}
		case html.EndTagToken:
			depth--
			if depth >= limit {
				continue
			}
		}
		out = append(out, z.Raw()...)
	}
}

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNoteHintsAgree checks the one-pass hint bits against the tests
// they stand for (bylineHint, authorBoxHint, dateHint, the two names),
// over the class names of every element of the invented CMS pages and a
// few made-up strings.
func TestNoteHintsAgree(t *testing.T) {
	hints := []string{"", "a", "by", "author-bio", "post-date updated", "published updated", "entry-meta bypostauthor",
		"breadcrumbs", "author-card", "autor info", "x", "bylinebyline", "data-aggiornamento publish"}
	files, _ := filepath.Glob(filepath.Join("testdata", "cms", "*.html"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		root, err := html.Parse(strings.NewReader(string(raw)))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				hints = append(hints, classHint(n))
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
	}
	for _, h := range hints {
		m := noteHints.hits(h)
		got := [5]bool{m&(hintByline|hintNotByline) == hintByline, m&(hintBoxName|hintBoxKind) == hintBoxName|hintBoxKind,
			m&(hintUpdate|hintPublish) != hintUpdate && m&hintDate != 0, m&hintPostAuthor != 0, m&hintCrumb != 0}
		want := [5]bool{bylineHint(h), authorBoxHint(h), dateHint(h), strings.Contains(h, "bypostauthor"), strings.Contains(h, "breadcrumb")}
		if got != want {
			t.Errorf("%q: hits %v, tests %v", h, got, want)
		}
	}
	if len(hints) < 1000 {
		t.Errorf("only %d class names read", len(hints))
	}
}

// TestASCIIFoldAndBodyRunes checks three helpers of the speed pass against
// what they stand for.
func TestASCIIFoldAndBodyRunes(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		want   bool
	}{{"Site-FOOTER", "footer", true}, {"foote", "footer", false}, {"", "footer", false}, {"x-DateLine", "dateline", true}, {"date-line", "dateline", false}} {
		if got := hasASCIIFold(c.s, c.sub); got != c.want {
			t.Errorf("hasASCIIFold(%q, %q) = %v", c.s, c.sub, got)
		}
	}
	for _, s := range []string{"", "By Jane", "VON: X", "Ünter", "déjà Vu", strings.Repeat("A", 97), "a\x80B"} {
		var buf [96]byte
		if got, want := lowerOnStack(&buf, s), strings.ToLower(s); got != want {
			t.Errorf("lowerOnStack(%q) = %q, want %q", s, got, want)
		}
	}
	for _, ps := range [][]string{nil, {""}, {"a"}, {"héllo", "wörld", ""}} {
		if got, want := bodyRunes(ps), len([]rune(strings.Join(ps, "\n\n"))); got != want {
			t.Errorf("bodyRunes(%q) = %d, want %d", ps, got, want)
		}
	}
}

package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestTextFits checks the bounded length test against the whole text's
// length, on elements whose read stops just at the bound: a block's line
// break or a span's space written last is squashed away, and a read
// that stopped there would pass a longer element for a short one.
func TestTextFits(t *testing.T) {
	const max = 40
	cases := []struct {
		name, html string
	}{
		{"paragraph ends at the bound", "<div><p>" + strings.Repeat("a", max) + "</p><p>more text after</p></div>"},
		{"one under the bound", "<div><p>" + strings.Repeat("a", max-1) + "</p><p>more text after</p></div>"},
		{"spans", "<div>" + strings.Repeat("<span>abcd</span>", max/5+1) + "</div>"},
		{"two-byte letters", "<div><p>" + strings.Repeat("ж", max/2) + "</p><p>ещё текст</p></div>"},
		{"exactly the bound", "<div><p>" + strings.Repeat("a", max) + "</p></div>"},
		{"short", "<div><p>short</p><p>lines</p></div>"},
		{"spaces between blocks", "<div><p>" + strings.Repeat("ab ", max/3) + "</p>\n\n  <p>x</p></div>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(c.html))
			if err != nil {
				t.Fatal(err)
			}
			div := findFirst(root, atom.Div)
			whole := shortText(div, 0) // (no bound)
			want := len(whole) <= max
			if got := textFits(div, max); got != want {
				t.Errorf("textFits(%d) = %v, want %v (whole text %d bytes: %q)", max, got, want, len(whole), whole)
			}
			if c.name == "paragraph ends at the bound" && len(shortText(div, max+1)) > max {
				t.Errorf("the read stopped at the bound no longer comes out under it: the case tests nothing")
			}
		})
	}
}

package extract

import "testing"

// FuzzSubstrs checks substrs.in against a search for each substring.
func FuzzSubstrs(f *testing.F) {
	subs := []string{"author", "byline", "by-line", "posted-by", "date", "data", "dateline", "update", "mise-a-jour", "a"}
	set := newSubstrs(subs...)
	for _, s := range []string{"", "entry-meta byline", "post-author-box", "autho", "x-datelin", "mise-a-jou", "UPDATE", "b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := set.in(s), containsAnyOf(s, subs...); got != want {
			t.Errorf("in(%q) = %v, a search for each says %v", s, got, want)
		}
	})
}

package extract

// Fuzz tests that hold the fast forms of hot helpers (substrs.in,
// squash's ASCII path) to the plain forms they replaced.

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzSubstrs checks substrs.in against a search for each substring.
func FuzzSubstrs(f *testing.F) {
	subs := []string{"author", "byline", "by-line", "posted-by", "date", "data", "dateline", "update", "mise-a-jour", "a"}
	set := newSubstrs(subs...)
	for _, s := range []string{"", "entry-meta byline", "post-author-box", "autho", "x-datelin", "mise-a-jou", "UPDATE", "b", "xa", "dat"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := set.in(s), containsAnyOf(s, subs...); got != want {
			t.Errorf("in(%q) = %v, a search for each says %v", s, got, want)
		}
	})
}

// FuzzSquash checks squash against the rune-by-rune form it replaced.
func FuzzSquash(f *testing.F) {
	for _, s := range []string{"", "  a  b ", "a\u00a0\u00a0b\u200b", "\xff x\t\ny", "ä  ö\u2060ü ", "\u3000日本\u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := squash(s), squashRunes(s); got != want {
			t.Errorf("squash(%q) = %q, want %q", s, got, want)
		}
		// squashBytes reads its buffer in place: what it returns must
		// not change when the buffer is written again.
		buf := []byte(s)
		got := squashBytes(buf)
		want := strings.Clone(got)
		for i := range buf {
			buf[i] = 'x'
		}
		if got != want || got != squash(s) {
			t.Errorf("squashBytes(%q) = %q after the buffer was rewritten, want %q", s, got, squash(s))
		}
	})
}

func squashRunes(s string) string {
	if isSquashed(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case invisibleRune(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

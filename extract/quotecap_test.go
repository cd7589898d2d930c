package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestQuoteLayerCap: the quote layer reads the body only up to
// Options.MaxQuoteBytes, so a huge body cannot make it hold gigabytes; the
// article's text is not cut.
func TestQuoteLayerCap(t *testing.T) {
	first := `“We will open the new bridge in the spring,” said Jane Doe, the mayor.`
	last := `“The money for the second phase is not there yet,” said John Roe, the treasurer.`
	var paras []string
	paras = append(paras, first)
	for range 40 {
		paras = append(paras, longPara)
	}
	paras = append(paras, last)
	page := []byte(articleHTML("", paras...))
	tests := []struct {
		name     string
		max      int
		speakers []string
	}{
		{"default cap reads every paragraph", 0, []string{"Jane Doe", "John Roe"}},
		{"a cap inside the body stops before the last quote", 2000, []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: page}, Options{MaxQuoteBytes: tt.max})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range a.Quotes {
				if q.Speaker != nil {
					got = append(got, *q.Speaker)
				}
			}
			if !reflect.DeepEqual(got, tt.speakers) {
				t.Errorf("speakers %q, want %q", got, tt.speakers)
			}
			if len(a.Paragraphs) != len(paras) {
				t.Errorf("%d paragraphs, want %d: the cap must not cut the text", len(a.Paragraphs), len(paras))
			}
		})
	}
}

func TestQuoteParagraphs(t *testing.T) {
	tests := []struct {
		ps   []string
		max  int
		want []string
	}{
		{[]string{"abc", "def"}, 6, []string{"abc", "def"}},
		{[]string{"abc", "def"}, 5, []string{"abc"}},
		{[]string{"abcdef", "g"}, 4, []string{"abcd"}},
		{[]string{"aé", "b"}, 2, []string{"a"}}, // not half a rune
		{nil, 4, nil},
	}
	for _, tt := range tests {
		if got := quoteParagraphs(tt.ps, tt.max); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("quoteParagraphs(%q, %d) = %q, want %q", tt.ps, tt.max, got, tt.want)
		}
	}
	if got := quoteParagraphs([]string{strings.Repeat("x", DefaultMaxQuoteBytes+1)}, 0); len(got[0]) != DefaultMaxQuoteBytes {
		t.Errorf("default cap: %d bytes", len(got[0]))
	}
}

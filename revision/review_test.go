package revision

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A re-fetch whose bylines or quotes only come in another order says
// nothing new: the diff has nothing to show, so it must not be a revision
// (an event "no change" and revision 2 for the reader).
func TestReorderedBylinesNoRevision(t *testing.T) {
	v1 := base()
	v1.Authors = []string{"Jane Doe", "John Roe"}
	v1.Quotes = append(v1.Quotes, article.Quote{Text: "We will build it.", Speaker: strp("Ana Ruiz")})
	h, _ := Apply(nil, &v1)
	v2 := base()
	v2.Authors = []string{"John Roe", "Jane Doe"}
	v2.Quotes = []article.Quote{v1.Quotes[1], v1.Quotes[0]}
	v2.FetchedAt = "2025-07-04T11:00:00Z"
	_, res := Apply(h, &v2)
	if res != Unchanged || v2.Revision != 1 {
		var d *article.ArticleDiff
		if n := len(v2.Revisions); n > 0 {
			d = v2.Revisions[n-1].Diff
		}
		t.Errorf("bylines and quotes reordered: %v, revision %d, diff %+v", res, v2.Revision, d)
	}
}

// unalike makes n paragraphs of 30 words no other seed's text uses.
func unalike(seed, n int) []string {
	ps := make([]string, n)
	for i := range ps {
		w := make([]string, 30)
		for k := range w {
			w[k] = fmt.Sprintf("w%dx%d", seed, i*30+k)
		}
		ps[i] = strings.Join(w, " ")
	}
	return ps
}

// A page whose text is replaced (a live blog rolled over, a reused URL)
// past the pairing budget is reported as removals and additions, every
// paragraph of both versions once.
func TestDiffReplacedText(t *testing.T) {
	for _, n := range []int{500, 2000} {
		a, b := &Snapshot{Paragraphs: unalike(1, n)}, &Snapshot{Paragraphs: unalike(2, n)}
		if d := Diff(a, b); len(d.Paragraphs) != 2*n {
			t.Errorf("%d paragraphs replaced: %d changes, want %d", n, len(d.Paragraphs), 2*n)
		}
	}
}

// BenchmarkDiffReplacedText: diffing 4n replaced paragraphs takes about 4
// times as long as n (16.5 times, 20.7 s at 2,000, before the pairing was
// bounded and each paragraph's words counted once).
func BenchmarkDiffReplacedText(b *testing.B) {
	for _, n := range []int{500, 2000} {
		a, c := &Snapshot{Paragraphs: unalike(1, n)}, &Snapshot{Paragraphs: unalike(2, n)}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Diff(a, c)
			}
		})
	}
}

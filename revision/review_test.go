package revision

import (
	"fmt"
	"strings"
	"testing"
	"time"

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
	h, res := Apply(h, &v2)
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
// must not hold the index worker for the square of its length: diffing 4n
// paragraphs takes about 4 times as long as n.
func TestDiffReplacedTextLinear(t *testing.T) {
	run := func(n int) time.Duration {
		a, b := &Snapshot{Paragraphs: unalike(1, n)}, &Snapshot{Paragraphs: unalike(2, n)}
		start := time.Now()
		d := Diff(a, b)
		el := time.Since(start)
		if len(d.Paragraphs) != 2*n {
			t.Fatalf("%d paragraphs replaced: %d changes, want %d", n, len(d.Paragraphs), 2*n)
		}
		return el
	}
	run(100)
	small, large := run(500), run(2000)
	t.Logf("500 paragraphs replaced: %v; 2000: %v", small, large)
	if ratio := float64(large) / float64(small); ratio > 8 {
		t.Errorf("%.1fx the time for 4x the paragraphs", ratio)
	}
}

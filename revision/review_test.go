package revision

import (
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
	h, res := Apply(h, &v2)
	if res != Unchanged || v2.Revision != 1 {
		var d *article.ArticleDiff
		if n := len(v2.Revisions); n > 0 {
			d = v2.Revisions[n-1].Diff
		}
		t.Errorf("bylines and quotes reordered: %v, revision %d, diff %+v", res, v2.Revision, d)
	}
}

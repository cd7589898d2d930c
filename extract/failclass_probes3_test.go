package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A third round of probes (failclass_probes2_test.go has the second):
// invented pages in public conventions the earlier rounds found missed.
// As in failclass_test.go the pages and names are made up; no row copies
// a corpus page. TestFailureClasses runs them.

func fcProbe3Cases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcDivHeadlineCases()...)
	return cs
}

// fcDivHeadlineCases: an <h1> built of several <div>s (a kicker and the
// title, or a title in two lines) is the headline, and none of its parts
// is a paragraph of the body.
func fcDivHeadlineCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	return []fcCase{
		{class: "headline/h1-of-several-divs", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing | Holmby Courier</title>`,
				`<article><h1><div>Ferry to Grest</div><div>makes its first crossing</div></h1>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if !strings.Contains(a.Headline, "Ferry to Grest") || !strings.Contains(a.Headline, "first crossing") {
					t.Errorf("title = %q", a.Headline)
				}
				fcWantBody(t, a, []string{"forty passengers"}, []string{"makes its first crossing", "Ferry to Grest"})
			}},
	}
}

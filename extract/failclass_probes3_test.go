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
	cs = append(cs, fcTitleLabelCases()...)
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

// fcTitleLabelCases: a page with no <h1> whose <title> opens with a
// section label before " | " ("Opinion | Title"), the site being named
// elsewhere (og:site_name): the label, a lexicon headline label, is cut
// from the headline and the line is no paragraph.
func fcTitleLabelCases() []fcCase {
	u := "https://holmby-courier.example/opinion/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][3]string{
		{"en", "Opinion", "Ferry to Grest makes first crossing"},
		{"de", "Kommentar", "Die Fähre nach Grest fährt zum ersten Mal"},
	} {
		label, title := c[1], c[2]
		cs = append(cs, fcCase{class: "headline/section-label-in-title-no-h1/" + c[0], url: u,
			html: fcPage(c[0], `<title>`+label+` | `+title+`</title><meta property="og:site_name" content="Holmby Courier">`,
				`<header><a href="/">Holmby Courier</a></header><article><div class="headline">`+label+` | `+title+`</div><div class="story">`+fcProse(0, 5)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != title {
					t.Errorf("headline = %q, want %q", a.Headline, title)
				}
				fcWantBody(t, a, []string{"forty passengers"}, []string{label + " |", title})
			}})
	}
	// Not a label: a title's own words before " | " stay.
	cs = append(cs, fcCase{class: "headline/section-label-in-title-no-h1/not-a-label", url: u,
		html: fcPage("en", `<title>Grest | Ferry makes first crossing</title><meta property="og:site_name" content="Holmby Courier">`,
			`<article><div class="story">`+fcProse(0, 5)+`</div></article>`),
		check: func(t *testing.T, a *article.Article) {
			if !strings.HasPrefix(a.Headline, "Grest") {
				t.Errorf("headline = %q, want the title's own words kept", a.Headline)
			}
		}})
	return cs
}

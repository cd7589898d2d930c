package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcKeyPointLabelLinkListCases: a list of links to other stories under a
// label that also names a featured-stories box ("Destaques",
// "Highlights") is no key-point list: the article has no bullets.
func fcKeyPointLabelLinkListCases() []fcCase {
	links := `<ul><li><a href="/2024/01/01/bridge-closes">Bridge closes for three months of repairs</a></li><li><a href="/2024/01/01/new-hospital">New hospital opens its doors in March</a></li><li><a href="/2024/01/01/schools">Schools get new computers</a></li></ul>`
	// the same links as paragraphs of a box (see keyPointBox)
	box := `<div><p><a href="/2024/01/01/bridge-closes">Bridge closes for three months of repairs</a></p><p><a href="/2024/01/01/new-hospital">New hospital opens its doors in March</a></p><p><a href="/2024/01/01/schools">Schools get new computers</a></p></div>`
	var cs []fcCase
	for _, c := range [][3]string{{"pt", "Destaques", links}, {"en", "Highlights", links}, {"pt", "Destaques", box}} {
		lang, label := c[0], c[1]
		p := fcChromeProse[lang]
		body := "<p>" + p[0] + "</p><p>" + p[1] + "</p><p>" + p[2] + "</p><p>" + p[3] + "</p><h3>" + label + "</h3>" + c[2]
		cs = append(cs, fcCase{class: "bullets/key-point-label-over-links/" + lang + "/" + label + "/" + c[2][1:4], url: "https://holmby-courier.example/2024/01/02/council-budget",
			html: fcPage(lang, "<title>Budget</title>", "<article><h1>Budget</h1>"+body+"</article>"),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Bullets) != 0 {
					t.Errorf("bullets %q, want none (a list of links to other stories)", a.Bullets)
				}
				fcWantBody(t, a, []string{p[0], p[3]}, nil)
			}})
	}
	return cs
}

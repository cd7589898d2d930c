package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round 22 (misc): a box of other stories between two paragraphs whose
// link stands in a teaser card (a chrome element holding a thumbnail's
// caption and credit beside the link) is a link box, and the story goes
// on after it; a label over a box of contact lines (no link) or over
// promos followed by more boxes still opens the end matter. "key-findings"
// names a key-point list. A caption's closing "(Dokumentasi …)" or
// "(Archivio NAME)" is the picture's credit; "(Archivio)" and "(foto
// d'archivio)" alone are file-photo notes. Sites and text are invented.

func fcFix22MiscCases() []fcCase {
	var cs []fcCase
	story := func(lang string, n, k int, mark, more string) string { return fcR11BodyStory(lang, n, k, mark, more) }
	teaser := `<div class="c-block"><h3>Related</h3><div class="teaser"><img src="/t.jpg" alt=""><p class="teaser-caption">The old quay in 2019 | © Holmby Courier</p><a href="/harbour-dues">Harbour dues to rise in spring</a></div></div>`
	body := []struct {
		name, page string
		in, out    []string
	}{
		// the teaser box between paragraphs: the story goes on
		{"teaser-card-box-midstory", story("en", 6, 6, teaser, `<p>The harbour master said the new crane would arrive by ship from Rotterdam before the end of the month.</p>`),
			[]string{"The harbour master said the new crane"}, []string{"Harbour dues to rise", "The old quay in 2019"}},
		// the teaser box after the story, then a box of links: end matter
		// (a line of text after it, "Comments are closed on this
		// article.", stays, as after a box of bare links: known limit)
		{"teaser-card-box-then-links", story("en", 6, 6, teaser+`<div class="c-block"><h3>Top stories</h3><ul><li><a href="/x">Live: council sets out budget plans</a> <span>Updated 4 minutes ago</span></li><li><a href="/y">Ferry strike called off</a></li></ul></div>`, ``),
			[]string{fcSentences[0]}, []string{"Harbour dues to rise", "council sets out budget"}},
		// a label over a contact box (no link) at the end: end matter
		{"contact-box-then-lines", story("en", 6, 6, `<div class="c-block"><h3>Related</h3><div class="teaser"><p>Harbour office, Quay Street 4</p><p>Telephone 0123 456 789</p></div></div><p>Media contact: Ida Sund, press@holmbyports.example</p>`, ``),
			[]string{fcSentences[0]}, []string{"Telephone 0123", "Media contact"}},
	}
	for _, r := range body {
		r := r
		cs = append(cs, fcCase{class: "body/fix22/" + r.name, html: r.page,
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, r.in, r.out) }})
	}
	cs = append(cs, fcCase{class: "bullets/fix22/key-findings-class",
		html: fcPage("en", `<title>Bus routes</title>`, `<article><h1>Bus routes cut</h1><div class="text"><ul class="key-findings"><li>One in five rural routes withdrawn since 2019</li><li>Worst-hit counties lost a third of services</li></ul>`+fcProse(0, 5)+`</div></article>`),
		check: func(t *testing.T, a *article.Article) {
			if len(a.Bullets) != 2 || fcHas(strings.Split(a.Body, "\n"), "One in five rural routes") {
				t.Errorf("bullets = %q, body:\n%s", a.Bullets, a.Body)
			}
		}})
	credits := []struct{ name, lang, caption, wantCap, wantCredit string }{
		{"id-dokumentasi", "id", "Suasana pasar pada Minggu pagi. (Dokumentasi pribadi)", "Suasana pasar pada Minggu pagi.", "Dokumentasi pribadi"},
		{"id-dokumentasi-humas", "id", "Bupati meresmikan jembatan baru. (Dokumentasi Humas Pemkab)", "Bupati meresmikan jembatan baru.", "Dokumentasi Humas Pemkab"},
		{"it-archivio-name", "it", "Il corteo in piazza nel marzo del 1984 (Archivio Fotografico Comunale)", "Il corteo in piazza nel marzo del 1984", "Archivio Fotografico Comunale"},
		{"it-archivio-alone", "it", "Il corteo in piazza nel marzo del 1984 (Archivio)", "Il corteo in piazza nel marzo del 1984 (Archivio)", ""},
		{"it-foto-archivio", "it", "Il corteo in piazza nel marzo del 1984 (foto d'archivio)", "Il corteo in piazza nel marzo del 1984 (foto d'archivio)", ""},
	}
	for _, c := range credits {
		c := c
		cs = append(cs, fcCase{class: "credits/fix22/" + c.name,
			html: fcPage(c.lang, `<title>Pasar</title>`, `<article><h1>Pasar lama</h1><figure><img src="/foto/pasar.jpg" alt="" width="800"><figcaption>`+c.caption+`</figcaption></figure>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Caption != c.wantCap || a.Images[0].Credit != c.wantCredit {
					t.Errorf("images = %+v, want caption %q credit %q", a.Images, c.wantCap, c.wantCredit)
				}
			}})
	}
	return cs
}

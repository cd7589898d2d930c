package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round 24 (labels): the classes TestMetamorphicLabels found, where a
// label of the lexicon worked in one form or one position and not in
// another of the same kind. A publication or update label of the
// lexicon opens a timestamp line as "Published" does ("First
// published:", "Date:", "Mis en ligne le 05/03/2024", "Erschienen 26.
// Februar 2024"); a byline runs to no "Zuletzt" or "Last" of a
// timestamp prefix; "PHOTO COURTESY OF" keeps its "courtesy of" as
// "Photo courtesy of" does; a gallery's caption credits its pictures
// whatever its label's case and words ("Photo by", "Image credit:"),
// its pictures captioned each. And where the labels must not fire: a
// heading or a sentence opening with a label's word. Sites, names and text are invented.

func fcFix24LabelsCases() []fcCase {
	var cs []fcCase
	page := func(lang, meta, tail string) string {
		return fcPage(lang, `<title>New ferry starts service | Holmby Courier</title>`,
			`<article><h1>New ferry starts service</h1>`+meta+fcProse(0, 3)+tail+fcProse(6, 2)+`</article>`)
	}
	body := []struct {
		name, lang, meta, tail string
		in, out                []string
	}{
		// a label with a colon, a label of two words, a long label with
		// the dates measured alone
		{"first-published-colon", "en", `<p class="stamp">First published: 9:02 AM PST, Tue March 5, 2024</p>`, "", nil, []string{"First published"}},
		{"published-lower-colon", "en", `<p class="stamp">published: 9:02 AM PST, Tue March 5, 2024 Updated 3:41 PM PST, Tue March 5, 2024</p>`, "", nil, []string{"published:"}},
		{"date-colon", "en", `<div class="stamp">Date: March 5, 2024</div>`, "", nil, []string{"Date: March"}},
		{"fr-mis-en-ligne-le", "fr", `<p class="stamp">Mis en ligne le 05/03/2024 à 14:12</p>`, "", nil, []string{"Mis en ligne"}},
		{"fr-date-de-mise-en-ligne-colon", "fr", `<p class="stamp">Date de mise en ligne : 05/03/2024 à 14:12, mis à jour le 05/03/2024 à 17:02</p>`, "", nil, []string{"Date de mise en ligne"}},
		{"de-erschienen-date-line", "de", `<p class="stamp">Erschienen 5. März 2024</p>`, "", nil, []string{"Erschienen"}},
		// must not fire: one label word before a number that is no date
		// line, a label's word opening a heading or a sentence
		{"fr-jour-heading-stays", "fr", "", `<h2>Jour 3 du procès à Holmby</h2>`, []string{"Jour 3 du procès"}, nil},
		{"date-night-heading-stays", "en", "", `<h2>Date night ideas for 2024</h2>`, []string{"Date night ideas"}, nil},
		{"published-sentence-stays", "en", "", `<p>First published in 1998, the timetable has been revised 14 times since the old boat was withdrawn after a storm.</p>`, []string{"First published in 1998"}, nil},
	}
	for _, r := range body {
		cs = append(cs, fcCase{class: "fix24labels/" + r.name, html: page(r.lang, r.meta, r.tail),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, r.in, r.out) }})
	}
	// a byline block whose next line is a timestamp prefix of two words
	for _, r := range []struct{ name, lang, meta string }{
		{"de-zuletzt-aktualisiert", "de", `<div class="meta"><span class="authors">Von Sönke Petersen-Haack und Jule Brodersen</span>
<span class="date">Zuletzt aktualisiert: 06.03.2024, 21:48 Uhr</span></div>`},
		{"en-last-modified", "en", `<div class="meta"><span class="authors">By Sönke Petersen-Haack and Jule Brodersen</span>
<span class="date">LAST MODIFIED: March 6, 2024</span></div>`},
	} {
		cs = append(cs, fcCase{class: "fix24labels/byline-then-" + r.name, html: page(r.lang, r.meta, ""),
			check: fcCheckAuthors("Sönke Petersen-Haack", "Jule Brodersen")})
	}
	credit := func(want string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			var got []string
			for _, im := range a.Images {
				got = append(got, im.Credit)
			}
			if want == "" && strings.Join(got, "") != "" || want != "" && !fcHas(got, want) {
				t.Errorf("credits = %q, want %q", got, want)
			}
		}
	}
	fig := func(capt string) string {
		return `<figure><img src="/img/ferry.jpg" alt=""><figcaption>The ferry leaves Holmby harbour. ` + capt + `</figcaption></figure>`
	}
	for _, r := range []struct{ name, capt, want string }{
		{"courtesy-upper-kept", "PHOTO COURTESY OF Holmby Ferry Company", "PHOTO COURTESY OF Holmby Ferry Company"},
		{"courtesy-title-kept", "Photo courtesy of Holmby Ferry Company", "Photo courtesy of Holmby Ferry Company"},
		{"photo-colon-cut", "PHOTO: Nils Brandt", "Nils Brandt"},
	} {
		cs = append(cs, fcCase{class: "fix24labels/credit-" + r.name, html: page("en", fig(r.capt), ""), check: credit(r.want)})
	}
	gallery := func(label string) string {
		g := `<figure class="wp-block-gallery has-nested-images">`
		for i, f := range []string{"deck", "pier", "quay"} {
			g += `<figure class="wp-block-image"><img src="/img/` + f + `.jpg" alt=""><figcaption class="wp-element-caption">` + fcSentences[i] + `</figcaption></figure>`
		}
		return g + `<figcaption class="blocks-gallery-caption">Damage along the harbour road. ` + label + ` Lacey Bergmann-Collier</figcaption></figure>`
	}
	for _, r := range [][2]string{{"photos", "Photos:"}, {"photo-by", "Photo by"}, {"image-credit", "Image credit:"}, {"photos-lower", "photos:"}} {
		name, label := r[0], r[1]
		cs = append(cs, fcCase{class: "fix24labels/gallery-caption-credit-" + name,
			html: page("en", "", gallery(label)), check: credit("Lacey Bergmann-Collier")})
	}
	return cs
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcNonWriterCases: a byline's other credits. An editor's, a medical
// reviewer's, a fact checker's or a sponsor's "by" ("Edited by X",
// "Medically reviewed by X", "Sponsored by X") credits someone who did
// not write the story, as health publishers, fact-checking desks and
// branded content print beside or instead of the writer; a job title
// after a separator ("| Corresponsal en Oslo") is no name in any
// language. Invented names and pages, as in failclass_test.go.
func fcNonWriterCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		lang, line string
		want       []string
	}{
		{"en", "By Marta Olsen. Edited by Jonas Berg", []string{"Marta Olsen"}},
		{"en", "Written by Marta Olsen, edited by Jonas Berg", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen | Medically reviewed by Dr. Jonas Berg", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen | Fact-checked by Jonas Berg", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen and Ana Ruiz; edited by Jonas Berg", []string{"Marta Olsen", "Ana Ruiz"}},
		{"en", "By Marta Olsen. Medically reviewed by Dr. Jonas Berg", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen and Ana Ruiz. Fact checked by Jonas Berg", []string{"Marta Olsen", "Ana Ruiz"}},
		{"en", "Written by Marta Olsen; Reviewed by Jonas Berg", []string{"Marta Olsen"}},
		{"en", "Edited by Jonas Berg", nil},
		{"en", "Sponsored by Holmby Bank", nil},
		// Alone, a review's "Reviewed by" names its writer, and a
		// programme's "Presented by" its presenter.
		{"en", "Reviewed by Marta Olsen", []string{"Marta Olsen"}},
		{"en", "Presented by Marta Olsen", []string{"Marta Olsen"}},
		{"es", "Marta Olsen | Corresponsal en Oslo", []string{"Marta Olsen"}},
		{"fr", "Marta Olsen, correspondante à Oslo", []string{"Marta Olsen"}},
		{"it", "Marta Olsen, inviata a Oslo", []string{"Marta Olsen"}},
		{"pt", "Marta Olsen | Correspondente em Oslo", []string{"Marta Olsen"}},
		// Not an editor's "by": the writer's own.
		{"en", "Story by Marta Olsen", []string{"Marta Olsen"}},
		// Joined to a writer's credit, an editor's shares the writer's
		// "by"; joined to another non-writer's, it credits no writer;
		// after a name, the joiner ends the name.
		{"en", "Written and edited by Marta Olsen", []string{"Marta Olsen"}},
		{"en", "Reported and edited by Marta Olsen", []string{"Marta Olsen"}},
		{"en", "Designed and illustrated by Jonas Berg", nil},
		{"en", "By Marta Olsen and edited by Jonas Berg", []string{"Marta Olsen"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/non-writer-credit/" + c.lang + "/" + c.line, url: u,
			html:  fcBylinePage(c.lang, `<p class="byline">`+c.line+`</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}
	return cs
}

// fcDottedCapitalCases: Turkish names with the dotted capital "İ",
// whose lower case is a byte shorter in UTF-8 ("i"): the byline readers
// find labels, stop words and credits in lower-cased text and cut the
// line itself at those offsets, which cut the name's end off ("İlker
// Yılmaz" gave "İlker Yılma") or kept an editor for the writer.
func fcDottedCapitalCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		lang, byline string
		want         []string
	}{
		{"tr", `<p class="byline">Hülya İpek</p>`, []string{"Hülya İpek"}},
		{"tr", `<p class="byline">Yazan: İlker Yılmaz</p>`, []string{"İlker Yılmaz"}},
		{"en", `<p class="byline">By İlker Yılmaz in Istanbul</p>`, []string{"İlker Yılmaz"}},
		{"en", `<p class="byline">By İlker Yılmaz. Edited by Jonas Berg</p>`, []string{"İlker Yılmaz"}},
		{"en", `<p class="byline">By İlker Yılmaz. Photos by Jonas Berg</p>`, []string{"İlker Yılmaz"}},
		{"en", `<p>By İlker Yılmaz and Hülya İpek</p>`, []string{"İlker Yılmaz", "Hülya İpek"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/dotted-capital-i/" + c.lang + "/" + c.byline, url: u,
			html:  fcBylinePage(c.lang, c.byline, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}
	return cs
}

func TestLowerKeepOffsets(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"by marta olsen", "by marta olsen"},
		{"By Marta ÖLSEN", "by marta ölsen"},
		{"By İlker Yılmaz", "by İlker yılmaz"}, // "İ" stays: its lower case is shorter
		{"\xffBY", "\xffby"},                   // invalid UTF-8 kept byte for byte
	} {
		got := lowerKeepOffsets(c.in)
		if got != c.want || len(got) != len(c.in) {
			t.Errorf("lowerKeepOffsets(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

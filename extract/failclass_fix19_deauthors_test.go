package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix19DeAuthorsCases: authors on German-language pages (round 19). An
// author box's role line written as a compound ending on a role word
// ("Lokal-Redakteur", "dpa-Korrespondentin", "Stadtanzeiger-Reporterin
// Tirol") names no second writer; a broadcaster's desk in capitals before
// the slash ("Quelle: RSB BRANDENBURG/Jan Roth") is no person. And the
// lines the rules must leave alone: two writers joined by a slash, a
// byline set in capitals (one name or two), a hyphenated surname, two
// agencies.
func fcFix19DeAuthorsCases() []fcCase {
	head := `<title>Stadtrat beschließt neuen Radweg am Fluss | Stadtanzeiger</title><meta property="og:title" content="Stadtrat beschließt neuen Radweg am Fluss"><meta property="og:site_name" content="Stadtanzeiger">`
	page := func(name, lang, byline, footer string, want ...string) fcCase {
		body := `<main><article class="article"><h1>Stadtrat beschließt neuen Radweg am Fluss</h1>` + byline +
			`<div class="article-body">` + fcProse(3, 5) + `</div>` + footer + `</article></main><footer><p>Impressum · Datenschutz</p></footer>`
		return fcCase{class: "fix19/de-authors/" + name, url: "https://stadtanzeiger.example/lokales/radweg-am-fluss", html: fcPage(lang, head, body),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	box := func(name, role string) string {
		return `<div class="article-author-footer"><span class="article-author">` + name + `</span><span class="article-author__role">` + role + `</span></div>`
	}
	src := func(s string) string { return `<p class="article-source">` + s + `</p>` }
	by := func(s string) string { return `<p class="byline">` + s + `</p>` }
	return []fcCase{
		// the role line under the name, a compound ending on a role
		page("de-lokal-redakteur", "de", "", box("Lukas Wimmleitner", "Lokal-Redakteur"), "Lukas Wimmleitner"),
		page("de-dpa-korrespondentin", "de", "", box("Maria Huber", "dpa-Korrespondentin"), "Maria Huber"),
		page("de-outlet-reporterin-region", "de", "", box("Maria Huber", "Stadtanzeiger-Reporterin Tirol"), "Maria Huber"),
		page("de-outlet-reporter-region", "de", "", box("Lukas Wimmleitner", "Stadtanzeiger-Reporter Niederösterreich"), "Lukas Wimmleitner"),
		// a broadcaster's desk in capitals, then the writer
		page("de-quelle-desk-caps-slash", "de", "", src("Quelle: RSB BRANDENBURG/Jan Roth"), "Jan Roth"),
		page("de-quelle-desk-caps-slash-three", "de", "", src("Quelle: WSR STUDIO LEIPZIG/Katrin Vollmer"), "Katrin Vollmer"),
		// must NOT fire: co-authors, capitals bylines, surnames, agencies
		page("de-two-writers-slash-kept", "de", by("Von Anna Berg/Jan Roth"), "", "Anna Berg", "Jan Roth"),
		page("de-caps-byline-kept", "de", by("VON ANNA BERG"), "", "Anna Berg"),
		page("de-caps-two-writers-slash-kept", "de", by("VON ANNA BERG/JAN ROTH"), "", "Anna Berg", "Jan Roth"),
		page("de-hyphenated-surname-kept", "de", by("Von Anna Berg-Schmidt"), "", "Anna Berg-Schmidt"),
		page("de-plain-role-box-kept", "de", "", box("Maria Huber", "Redakteurin"), "Maria Huber"),
		page("en-hyphenated-surname-short-role-kept", "en", by("By Jane Smith-Read"), "", "Jane Smith-Read"),
	}
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix25MetaRemnantCases are the classes TestMetamorphicAbsent found
// with a byline's names or a date line's day cut from a page, and that
// real pages show when a script fills in the name or the date: the line's
// labels, separators and times left alone ("Posted on:", "By and | Staff
// writers | Published …", "Updated: Fri, 02:32 PM (IST)", "// 10:21
// 송고", "Par Publié le … à 12h04") are no paragraph (metaremnant.go),
// nor is a meta row that holds the byline's element and a time of day
// with its day gone ("Jana Dvořáková 11:27 Aktualizováno: 14:10":
// body.go's byline-block).
// The rows that must still fire keep a story's sentence or heading that
// opens with such a word ("By the end of …", "Updated figures show …",
// "By 2030"), an event's date and hour, and a label with words of
// prose after it ("Published works").
func fcFix25MetaRemnantCases() []fcCase {
	page := func(lang, top string, k int) string {
		return fcPage(lang, `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1>`+top+fcProse(k, 5)+`</article></main>`)
	}
	drops := func(line string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			fcWantBody(t, a, []string{"forty passengers"}, []string{line})
		}
	}
	keeps := func(line string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { t.Helper(); fcWantBody(t, a, []string{line}, nil) }
	}
	return []fcCase{
		{class: "fix25remnant/ a date label left alone above the text", html: page("en", `<p class="post-date">Posted on:</p>`, 0),
			check: drops("Posted on:")},
		{class: "fix25remnant/ a one-word publication label left alone", html: page("sv", `<p>Publicerad</p>`, 0),
			check: drops("Publicerad")},
		{class: "fix25remnant/ a byline's meta line without its names", html: page("en",
			`<p>By and | Staff writers | Published March 5, 2024 at 3:41 p.m. | Updated March 6, 2024 at 9:12 a.m.</p>`, 0),
			check: drops("Staff writers")},
		{class: "fix25remnant/ a French byline line without its name", html: page("fr",
			`<p>Par Publié le 05/03/2024 à 12h04, mis à jour le 05/03/2024 à 15h22</p>`, 0),
			check: drops("Publié le")},
		{class: "fix25remnant/ an update line with its weekday and time but no day", html: page("en", `<p>Updated: Fri, 02:32 PM (IST)</p>`, 0),
			check: drops("Updated:")},
		{class: "fix25remnant/ a Korean filing time without its day", html: page("ko", `<p>// 10:21 송고</p>`, 0),
			check: drops("송고")},
		{class: "fix25remnant/ a time and zone left of a date line", html: page("en", `<p>, , 06:30am EST</p>`, 0),
			check: drops("06:30am EST")},
		{class: "fix25remnant/ a labelled time far into the text", html: fcPage("es", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1>`+fcProse(0, 3)+`<p>// 14:32 Actualizado: // 17:02</p>`+fcProse(6, 2)+`</article></main>`),
			check: drops("Actualizado")},
		{class: "fix25remnant/ a meta row of the writer and a time without its day", html: page("cs",
			`<h2 class="article-subtitle">The new crossing links the island to the mainland in twenty minutes, and more boats may follow next year</h2>`+
				`<div class="article-details"><span class="author-name">Jana Dvořáková</span> <span class="article-date">11:27</span> <span class="article-updated">Aktualizováno: 14:10</span></div>`, 0),
			check: drops("Aktualizováno")},
		{class: "fix25remnant/ must still fire: a first paragraph with a time and no byline element", html: page("en",
			`<p>At 10:30 the ferry left the harbour with forty cars.</p>`, 0),
			check: keeps("At 10:30 the ferry")},
		{class: "fix25remnant/ an update label closing a service page's text", html: fcPage("de", `<title>Ferry fares rise</title>`,
			`<main><div class="detail"><h1>Ferry fares rise</h1>`+fcProse(0, 4)+`<div class="stand">Stand:</div></div></main>`),
			check: drops("Stand:")},
		{class: "fix25remnant/ an info list's label over a date left without its day", html: fcPage("de", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1><dl class="article-info"><dt>Details</dt><dd class="createdby">Geschrieben von: Sabine Degenhardt</dd>`+
				`<dd class="published"><time>Veröffentlicht: .</time></dd></dl>`+fcProse(0, 4)+`</article></main>`),
			check: drops("Details")},
		{class: "fix25remnant/ must still fire: an event's hour closing the text", html: fcPage("en", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1>`+fcProse(0, 4)+`<p>Friday, 7:30 p.m.</p></article></main>`),
			check: keeps("Friday, 7:30 p.m.")},
		{class: "fix25remnant/ a bio without its name closing the text", html: fcPage("en", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1><div class="story">`+fcProse(0, 5)+`<p><strong></strong> is a business reporter covering public finance.</p></div></article></main>`),
			check: drops("business reporter")},
		{class: "fix25remnant/ must still fire: a closing line in lower case with no job", html: fcPage("en", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1><div class="story">`+fcProse(0, 5)+`<p><strong></strong> is a question the council has yet to answer.</p></div></article></main>`),
			check: keeps("a question the council")},
		{class: "fix25remnant/ a place and a time left of a byline block's date line", html: page("es", `<p>Madrid - 13:40 CET</p>`, 0),
			check: drops("13:40 CET")},
		{class: "fix25remnant/ must still fire: a place and an event's day and hour", html: page("en", `<p>Madrid - Friday, 7:30 p.m.</p>`, 0),
			check: keeps("Friday, 7:30 p.m.")},
		{class: "fix25remnant/ must still fire: a sentence opening on By", html: page("en",
			`<p>By the end of the year the ferry will run hourly.</p>`, 0),
			check: keeps("By the end of the year")},
		{class: "fix25remnant/ must still fire: a sentence opening on Updated", html: page("en",
			`<p>Updated figures show a rise in passengers.</p>`, 0),
			check: keeps("Updated figures show")},
		{class: "fix25remnant/ must still fire: a short line of a label and a year", html: page("en", `<p>By 2030</p>`, 0),
			check: keeps("By 2030")},
		{class: "fix25remnant/ must still fire: an event's day and hour", html: page("en", `<p>Friday, 7:30 p.m.</p>`, 0),
			check: keeps("Friday, 7:30 p.m.")},
		{class: "fix25remnant/ must still fire: a label and prose words", html: page("de", `<p>Veröffentlicht der die</p>`, 0),
			check: keeps("Veröffentlicht der die")},
	}
}

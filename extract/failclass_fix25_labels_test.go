package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix25LabelsCases are the publication labels of one word without a
// colon that TestMetamorphicLabels found kept their line in the text: a
// CMS's "Date", "CREATED" or "PUBLIÉ" before a date with its year that
// dateLine rejects for its connector or its second stamp ("Mar. 5, 2024
// at 4:12 PM MST", "12 mars 2024 à 16 h 05 · Mis à jour à 18 h 30";
// timestamplabels.go's yearDateOpening). The must-still-fire rows keep
// a paragraph that opens with such a word before a number: a heading's
// "Jour 3" (no year) and a sentence about a year's figures.
func fcFix25LabelsCases() []fcCase {
	page := func(lang, line string) string {
		return fcPage(lang, `<title>Harbour ferry returns after ten years</title>`,
			`<main><article><h1>Harbour ferry returns after ten years</h1><p class="byline">By Odile Brannock</p><p>`+line+`</p>`+fcProse(0, 4)+`</article></main>`)
	}
	body := func(in, out []string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { t.Helper(); fcWantBody(t, a, in, out) }
	}
	return []fcCase{
		{class: "fix25labels/Date without a colon before a date with at", html: page("en", "Date Mar. 5, 2024 at 4:12 PM MST"),
			check: body([]string{fcSentences[0][:40]}, []string{"4:12 PM MST"})},
		{class: "fix25labels/CREATED before a date with at", html: page("en", "CREATED Mar. 5, 2024 at 4:12 PM MST"),
			check: body([]string{fcSentences[0][:40]}, []string{"4:12 PM MST"})},
		{class: "fix25labels/PUBLIÉ before a date and an update stamp", html: page("fr", "PUBLIÉ 12 mars 2024 à 16 h 05 · Mis à jour à 18 h 30"),
			check: body([]string{fcSentences[0][:40]}, []string{"16 h 05"})},
		{class: "fix25labels/must still fire: a sentence on a year's figures", html: page("en",
			"Updated 2024 figures from the harbour office show that more than forty thousand people crossed to the island last summer."),
			check: body([]string{"Updated 2024 figures", fcSentences[0][:40]}, nil)},
		{class: "fix25labels/must still fire: Jour before a number", html: page("fr", "Jour 3 du procès des armateurs de Grest"),
			check: body([]string{"Jour 3 du procès", fcSentences[0][:40]}, nil)},
	}
}

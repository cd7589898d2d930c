package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix25ChromeCases are the chrome of other templates that moved the
// body's root when TestMetamorphicChrome set it beside a short story:
// readers' comments in a box named by no class ("reader-voices", opening
// with a "Kommentare" heading) lifted the <main> around the story above
// the story's own container, so the comments were read as the text (scorestop.go: a block's score stops at such a box; commentBoxHead
// makes the box chrome for the body's filters too). The must-still-fire
// rows keep what the rule must not stop: a live blog's entries whose
// headings link to their own pages, and a picture's caption in the text.
func fcFix25ChromeCases() []fcCase {
	comments := func(n int) string {
		rem := []string{"Das hat lange gedauert.", "Wer soll das eigentlich alles bezahlen?",
			"Danke für den guten Bericht. In meiner Straße war es letzten Winter genauso und niemand kam.",
			"In meiner Straße war es letzten Winter genauso und niemand kam. Weiß jemand, bis wann die Anhörung läuft?"}
		names := []string{"Selma Dravik", "Jonas Oerlecke", "Nadia Kerrouani", "Lukas Fennemann"}
		var b strings.Builder
		b.WriteString(`<div class="reader-voices"><h4>Kommentare</h4>`)
		for k := range n {
			fmt.Fprintf(&b, `<div class="entry"><strong>%s</strong> schrieb, vor %d Stunden:<p>%s</p><a class="btn" href="#">Antworten</a></div>`,
				names[k%len(names)], k+2, rem[k%len(rem)])
		}
		return b.String() + `</div>`
	}
	job := fcPage("de", `<title>Sachbearbeiter (m/w/d) Hafenverwaltung</title>`,
		`<main class="job-main"><nav class="breadcrumbs"><a href="/">Start</a> › <a href="/stellen/">Stellen</a></nav><div class="job-ad"><div class="job-header">`+
			`<h1 class="job-title">Sachbearbeiter (m/w/d) Hafenverwaltung</h1><ul class="job-facts"><li>Holmby</li><li>Vollzeit, unbefristet</li><li>Veröffentlicht am 04.03.2024</li></ul>`+
			`<a class="btn" href="/bewerben/17">Jetzt bewerben</a></div><div class="job-body">`+
			`<p>Die Gemeinde Holmby ist mit rund 12.000 Einwohnerinnen und Einwohnern ein lebendiger Hafenort. Für unsere Hafenverwaltung suchen wir zum 1. Mai 2024, befristet oder unbefristet, eine engagierte, freundliche Verstärkung.</p>`+
			`<h2>Ihre Aufgaben</h2><ul><li>Sie bearbeiten Anträge auf Liegeplätze vom Eingang bis zum Bescheid.</li><li>Sie beraten Reedereien, Fischer und Segelvereine zu Gebühren und Unterlagen.</li></ul>`+
			`<h2>Ihr Profil</h2><ul><li>Abgeschlossene Ausbildung als Verwaltungsfachangestellte/r</li><li>Freundliches und sicheres Auftreten auch in schwierigen Gesprächen</li></ul>`+
			`<h2>Wir bieten</h2><ul><li>Eine unbefristete Stelle mit 39 Wochenstunden und flexibler Gleitzeit</li><li>Bis zu zwei Tage mobiles Arbeiten pro Woche</li></ul>`+
			`<p>Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Bitte bewerben Sie sich bis zum 31. März 2024 ausschließlich über unser Online-Portal.</p>`+
			`<div class="job-contact"><h3>Ihre Ansprechpartnerin</h3><p>Fragen beantwortet Ihnen gern Frau Sabine Köhler, Hafenamt, Telefon 0341 555-2210.</p></div></div></div>`+comments(4)+
			`<section class="similar-jobs"><h2>Ähnliche Stellen</h2><ul><li><a href="/stellen/12"><h3>Hafenmeister (m/w/d)</h3></a></li></ul></section></main>`)
	entries := ""
	for i := range 5 {
		entries += fmt.Sprintf(`<div class="live-entry"><h3><a href="/live/ferry-day/entry-%d">Update %d</a></h3>%s</div>`, i, i+1, fcProse(i, 1))
	}
	live := fcPage("en", `<title>Ferry day: live</title>`,
		`<main><article class="liveblog"><h1>Ferry day: live</h1><div class="live-entries">`+entries+`</div></article></main>`)
	captioned := fcPage("en", `<title>Harbour ferry returns after ten years</title>`,
		`<main><div class="story"><h1>Harbour ferry returns after ten years</h1>`+fcProse(0, 2)+
			`<div class="body-img"><img src="/ferry.jpg" alt=""><p class="caption">The ferry at the Grest pier on Monday morning.</p></div>`+fcProse(4, 2)+`</div></main>`)
	body := func(in, out []string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { t.Helper(); fcWantBody(t, a, in, out) }
	}
	return []fcCase{
		{class: "fix25chrome/a comment box named by no class keeps the root on the text", html: job,
			check: body([]string{"Die Gemeinde Holmby ist", "Bitte bewerben Sie sich"}, []string{"Wer soll das", "schrieb, vor"})},
		{class: "fix25chrome/must still fire: a live blog's entries with linked headings", html: live,
			check: body([]string{fcSentences[0][:40], fcSentences[3][:40], fcSentences[5][:40]}, nil)},
		{class: "fix25chrome/must still fire: a caption between the paragraphs", html: captioned,
			check: body([]string{fcSentences[0][:40], fcSentences[6][:40]}, nil)},
	}
}

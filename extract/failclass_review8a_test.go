package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Review rows for the eighth probe round's rules (namelines.go,
// medialabels.go, datelinelabels.go and their kin): ordinary pages each
// rule was not written for, where a rule too eager would lose a writer,
// cut a headline's own words or read a place that is none. As in
// failclass_test.go every page and name is made up. TestFailureClasses
// runs them.

func fcReview8aCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcR8aAuthorCases()...)
	cs = append(cs, fcR8aHeadlineCases()...)
	cs = append(cs, fcR8aDatelineCases()...)
	return cs
}

// fcR8aAuthorCases: bylines with a role, a place and lower-case words
// after the name (proseAfterLabel must not read them as prose), picture
// labels beside the writer's, capitals bylines, author boxes with a
// photo, editors' labels in other languages.
func fcR8aAuthorCases() []fcCase {
	avatar := `<img class="avatar" src="/authors/marta.jpg" alt="" width="48" height="48">`
	return fcAuthorRows("authors/r8a", []fcAuthorRow{
		// roles and places in lower case after the name
		{name: "en-special-correspondent-in-the-north", html: fcP8Line("en", "By Marta Olsen, special correspondent in the north of the country"), want: []string{"Marta Olsen"}},
		{name: "en-reporter-who-covers", html: fcP8Line("en", "By Marta Olsen, a reporter who covers the island for the Courier"), want: []string{"Marta Olsen"}},
		{name: "en-for-the-paper-plain-p", html: fcStoryIn("en", "", `<p>By Marta Olsen, special correspondent in the north of the country</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "es-enviada-especial-a-la-frontera", html: fcP8Line("es", "Por María López, enviada especial a la frontera con el país vecino"), want: []string{"María López"}},
		{name: "fr-envoye-special", html: fcP8Line("fr", "Par Jean Dupont, envoyé spécial à Kyiv pour le journal"), want: []string{"Jean Dupont"}},
		{name: "de-korrespondentin", html: fcP8Line("de", "Von Anna Berg, Korrespondentin in der Ukraine und in den Nachbarländern"), want: []string{"Anna Berg"}},
		{name: "pt-correspondente", html: fcP8Line("pt", "Por João Silva, correspondente em Lisboa para o jornal da ilha"), want: []string{"João Silva"}},
		{name: "it-inviato", html: fcP8Line("it", "di Marco Rossi, inviato speciale in Ucraina per il giornale"), want: []string{"Marco Rossi"}},
		{name: "fr-role-then-place-after-commas", html: fcP8Line("fr", "Par Jean Dupont, envoyé spécial, à Kyiv"), want: []string{"Jean Dupont"}},
		// prose opening with "By" is still no byline
		{name: "es-por-la-manana-prose", html: fcStoryIn("es", "", `<p>Por la mañana María López vendió todos los billetes del primer día de la nueva línea.</p>`, "", "")},
		{name: "en-by-prose-sentence", html: fcStoryIn("en", "", `<p>By March Marta Olsen and her crew had tested the ferry on every route of the island.</p>`, "", "")},
		// picture labels beside the writer's
		{name: "de-text-und-foto", html: fcP8Line("de", "Text und Foto: Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "de-text-comma-foto", html: fcP8Line("de", "Text: Marta Olsen, Foto: Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "de-fotos-then-text-one-line", html: fcP8Line("de", "Fotos: Jonas Lind Text: Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "de-foto-und-text", html: fcP8Line("de", "Foto und Text: Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "de-text-slash-foto", html: fcP8Line("de", "Text: Marta Olsen/Foto: Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "de-bild-und-text", html: fcP8Line("de", "Bild und Text: Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "en-photos-and-text", html: fcP8Line("en", "Photos and text: Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "de-fotos-comma-text", html: fcP8Line("de", "Fotos: Jonas Lind, Text: Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "sv-text-och-foto", html: fcP8Line("sv", "Text och foto: Marta Olsen"), want: []string{"Marta Olsen"}},
		// capitals bylines
		{name: "en-caps-andrew-anderson", html: fcP8Line("en", "BY ANDREW ANDERSON"), want: []string{"Andrew Anderson"}},
		{name: "en-caps-sandra-undset-and-randall", html: fcP8Line("en", "BY SANDRA UNDSET AND RANDALL ROE"), want: []string{"Sandra Undset", "Randall Roe"}},
		{name: "en-caps-particle-and", html: fcP8Line("en", "BY MARIA DE LA CRUZ AND JOHN ROE"), want: []string{"Maria De La Cruz", "John Roe"}},
		{name: "en-caps-middle-initial", html: fcP8Line("en", "BY JOHN A SMITH"), want: []string{"John A Smith"}},
		{name: "en-caps-middle-initial-e", html: fcP8Line("en", "BY ROBERT E LEE AND MARY I GOLD"), want: []string{"Robert E Lee", "Mary I Gold"}},
		{name: "es-caps-y", html: fcP8Line("es", "POR JUAN PÉREZ Y MARÍA LÓPEZ"), want: []string{"Juan Pérez", "María López"}},
		// an author box with a small photo: the writer's label lines
		{name: "de-author-box-avatar-text-label", html: fcStoryIn("de", "", `<div class="author-box">`+avatar+`<p>Text: Marta Olsen</p></div>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "de-author-box-avatar-bild-und-text", html: fcStoryIn("de", "", `<div class="author-box">`+avatar+`<p class="byline">Bild und Text: Marta Olsen</p></div>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "de-author-box-avatar-and-photo-credit", html: fcStoryIn("de", "", `<div class="author-box">`+avatar+`<p class="byline">Text: Marta Olsen</p><p>Foto: Jonas Lind</p></div>`, "", ""), want: []string{"Marta Olsen"}},
		// desks and editors
		{name: "en-by-the-editorial-board", html: fcP8Line("en", "By the Editorial Board"), want: []string{"Editorial Board"}},
		{name: "es-texto-por", html: fcP8Line("es", "Texto por María López"), want: []string{"María López"}},
		{name: "es-por-then-editado-por", html: fcP8Line("es", "Por María López. Editado por Jonas Lind"), want: []string{"María López"}},
		{name: "de-von-then-uebersetzt-von", html: fcP8Line("de", "Von Marta Olsen. Übersetzt von Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "es-prose-por-la-policia-no-byline", html: fcStoryIn("es", "", `<p>El capitán fue detenido por la Guardia Civil del puerto.</p>`, "", "")},
		{name: "es-fotos-por-after-bar", html: fcP8Line("es", "Por María López | Fotos por Jonas Lind"), want: []string{"María López"}},
		{name: "de-bearbeitet-von-after-comma", html: fcP8Line("de", "Von Marta Olsen, bearbeitet von Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "en-by-the-numbers-subhead", html: fcStory("", `<h2>By the numbers</h2>`, "", "")},
		{name: "pt-por-two-names", html: fcP8Line("pt", "Por Ana Costa e Pedro Lima"), want: []string{"Ana Costa", "Pedro Lima"}},
	})
}

// fcR8aHeadlineCases: titles whose own words look like the labels,
// addresses and separators the eighth round cuts.
func fcR8aHeadlineCases() []fcCase {
	rows := []fcHeadRow{
		{name: "media-word-ends-title-without-dash", want: "The rise of online video",
			head: fc8Site + `<meta property="og:title" content="The rise of online video">`, body: fc8NoHeading()},
		{name: "us-abbreviation-full-stop-opens-title", want: "U.S. Coast Guard inspects the new Holmby ferry",
			head: fc8Site + `<meta property="og:title" content="U.S. Coast Guard inspects the new Holmby ferry">`, body: fc8NoHeading()},
		{name: "st-capitals-full-stop-opens-title", want: "ST. LOUIS firm wins the Holmby ferry contract",
			head: fc8Site + `<meta property="og:title" content="ST. LOUIS firm wins the Holmby ferry contract">`, body: fc8NoHeading()},
		{name: "live-sentence-opens-title", want: "LIVE. LAUGH. SAIL. The ferry crew's motto",
			head: fc8Site + `<meta property="og:title" content="LIVE. LAUGH. SAIL. The ferry crew's motto">`, body: fc8NoHeading()},
		{name: "less-than-inside-title", want: "Why ferry fares < bus fares on the island",
			head: `<title>Why ferry fares &lt; bus fares on the island - Holmby Courier</title>`, body: fc8NoHeading()},
		{name: "web-address-inside-title", want: "Why I left Node.js",
			head: `<title>Why I left Node.js | Holmby Courier</title>`, body: fc8NoHeading()},
		{name: "web-address-site-tail", want: fc8Title,
			head: `<title>` + fc8Title + ` - Holmby-Courier.com</title>`, body: fc8NoHeading()},
		{name: "live-in-brackets-is-a-title-word", want: "Alive (Live) tops the island's charts",
			head: fc8Site + `<meta property="og:title" content="Alive (Live) tops the island's charts">`, body: fc8NoHeading()},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "headline/r8a/" + r.name, url: fc8URL, html: fcPage("en", r.head, r.body),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != r.want {
					t.Errorf("headline = %q, want %q", a.Headline, r.want)
				}
			}})
	}
	return cs
}

// fcR8aDatelineCases: openings that look like the eighth round's
// dateline forms and are none (a label before a headline's words, an
// organisation joined by particles, a section list set off by middle
// dots, an event's location), and forms that must still read.
func fcR8aDatelineCases() []fcCase {
	en := fcDatelineProse["en"]
	var cs []fcCase
	for _, c := range []struct{ name, lang, body, want string }{
		{"update-label-then-place", "en", `<p>UPDATE: LONDON — ` + en + `</p>`, "LONDON"},
		{"label-then-caps-headline", "en", `<p>EXCLUSIVE: HOLMBY FERRY TO CLOSE — ` + en + `</p>`, ""},
		{"label-hyphen-word", "en", `<p>BREAKING-NEWS-TICKER: ` + en + `</p>`, ""},
		{"place-with-label-word", "en", `<p>LIVE OAK, Fla. (AP) — ` + en + `</p>`, "LIVE OAK, Fla."},
		{"es-organisation-with-particles-dated", "es", `<p>Fundación de la Isla, 5 de diciembre de 2023.- ` + fcDatelineProse["es"] + `</p>`, ""},
		{"es-day-name-with-particles-dated", "es", `<p>Día de la Madre, 10 de mayo: ` + fcDatelineProse["es"] + `</p>`, ""},
		{"es-city-with-particles-dated", "es", `<p>Santa Cruz de la Sierra, 5 de diciembre (EFE).- ` + fcDatelineProse["es"] + `</p>`, "Santa Cruz de la Sierra"},
		{"en-organisation-of-dated", "en", `<p>Bank of England, Dec 5 (Reuters) - ` + en + `</p>`, ""},
		{"de-section-dots", "de", `<p>Politik · Wirtschaft · ` + fcDatelineProse["de"] + `</p>`, ""},
		{"de-name-dot-date", "de", `<p>Anna Berg · 05.12.2023 · ` + fcDatelineProse["de"] + `</p>`, ""},
		{"location-span-subject-of-sentence", "en", `<p><span class="location">Holmby Library</span> will host a talk on the new ferry on Thursday evening, and entry is free for everyone on the island.</p>`, ""},
		{"location-span-event-line", "en", `<p><span class="location">Holmby Town Hall</span>, 5 December, 7 pm. ` + en + `</p>`, ""},
		{"zh-paper-own-report-no-place", "zh", `<p>本报讯（记者王明）` + fcDatelineProse["zh"] + `</p>`, ""},
	} {
		cs = append(cs, fcDatelineRow("r8a/"+c.name, c.lang, c.body+fcProse(2, 4), c.want))
	}
	return cs
}

package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review of round 12's picture and body rules (cms12a/b/c): adversarial
// rows where a new rule should not fire (a place, a subject or a banner
// in capitals after a caption's bar, a place or a pair of words after a
// caption's slash, an author's avatar box after a caption, a pie chart's
// legend after a picture, a chart's title after "Grafik:", an abstract
// on a paper's page, end matter after a related-links list, Greek and
// Slavic paragraphs that open with "Της"/"Του"/"Na") and the forms the
// rules are for. Pages, names and sites are made up. TestFailureClasses
// runs them.

func fcReview12PicsCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcRev12CaptionCases()...)
	cs = append(cs, fcRev12BodyCases()...)
	return cs
}

func fcRev12CaptionCases() []fcCase {
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	var rows []fcImageRow
	for _, c := range [][4]string{
		// capitals after the bar: a place, a banner, an event
		{"en", "Crowds gather for the ceremony. | NEW YORK CITY HALL", "Crowds gather for the ceremony. | NEW YORK CITY HALL", ""},
		{"en", "Reporters wait outside the court. | BREAKING NEWS", "Reporters wait outside the court. | BREAKING NEWS", ""},
		{"en", "Fans celebrate the win. | HARBOUR STREET", "Fans celebrate the win. | HARBOUR STREET", ""},
		{"es", "Vecinos reunidos en la plaza. | CALLE MAYOR", "Vecinos reunidos en la plaza. | CALLE MAYOR", ""},
		// and a source in capitals, the form the rule is for
		{"es", "El puerto de Holmby a comienzos de los años sesenta. | ARCHIVO MUNICIPAL", "El puerto de Holmby a comienzos de los años sesenta.", "ARCHIVO MUNICIPAL"},
		// a place or a subject after a sentence and a spaced slash
		{"en", "The ferry links the two towns. / Harbour Street", "The ferry links the two towns. / Harbour Street", ""},
		{"es", "El transbordador une las dos orillas. / Puerto Viejo", "El transbordador une las dos orillas. / Puerto Viejo", ""},
		{"es", "El transbordador une las dos orillas. / Germán Caballero", "El transbordador une las dos orillas.", "Germán Caballero"},
		// a pair in brackets: no photographer and outlet
		{"en", "The new ferry route (Harbour Street / Grest Lane)", "The new ferry route (Harbour Street / Grest Lane)", ""},
		{"en", "The two piers in 1950 and today (Harbour Pier / The Courier Archive)", "The two piers in 1950 and today (Harbour Pier / The Courier Archive)", ""},
		{"en", fcCap + " (Nils Brandt / The Courier)", fcCap, "Nils Brandt / The Courier"},
		{"en", fcCap + " (Nils Brandt / for The Courier)", fcCap, "Nils Brandt / for The Courier"},
		// German labels: a chart's credit, and a chart's title
		{"de", "Die Sitzverteilung im neuen Stadtrat. Grafik: Jana Vogt", "Die Sitzverteilung im neuen Stadtrat.", "Jana Vogt"},
		// wires in capitals after a dash or a sentence
		{"en", fcCap + " — WAM", fcCap, "WAM"},
		{"ms", "Pengunjung di jeti Holmby. - Foto BERNAMA", "Pengunjung di jeti Holmby.", "BERNAMA"},
		{"sk", "Cestujúci na palube trajektu 5. marca 2024. FOTO TASR - Martin Baumann", "Cestujúci na palube trajektu 5. marca 2024.", "TASR - Martin Baumann"},
	} {
		rows = append(rows, fcImageRow{name: c[0] + "/" + c[1], lang: c[0], media: fig(c[1]), want: [][3]string{{"deck", c[2], c[3]}}})
	}
	// An author's avatar box right after the lead picture's caption: the
	// story's author, not the picture's.
	rows = append(rows, fcImageRow{name: "author-photo-after-caption",
		media: `<div class="lead-media"><img src="/img/deck.jpg" alt=""><p class="caption">` + fcCap + `</p><div class="author-photo"><img src="/img/avatar-tove.jpg" alt=""><a href="/authors/tove-lindqvist">Tove Lindqvist</a></div></div>`,
		want:  [][3]string{{"deck", fcCap, ""}}})
	// The photographer's span in the caption.
	rows = append(rows, fcImageRow{name: "photo-author-in-caption",
		media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` <span class="photo-author">Nils Brandt</span></figcaption></figure>`,
		want:  [][3]string{{"deck", fcCap, "Nils Brandt"}}})
	// A pie chart's legend after a picture is no caption.
	rows = append(rows, fcImageRow{name: "pie-chart-legend",
		media: `<p><img src="/img/deck.png" alt=""></p><div class="chart-box"><div class="pie-chart-labels">Labour 42 per cent, Greens 31 per cent, others 27 per cent</div></div>`})
	// The Spanish caption after the picture.
	rows = append(rows, fcImageRow{name: "es-pie-de-foto", lang: "es",
		media: `<div class="foto"><img src="/img/deck.jpg" alt=""></div><div class="foto-overlay"><span class="foto-pie">Pasajeros en la cubierta durante la primera travesía.</span></div>`,
		want:  [][3]string{{"deck", "Pasajeros en la cubierta durante la primera travesía.", ""}}})
	return fcImageRows("images/review12", rows)
}

func fcRev12BodyCases() []fcCase {
	type row struct {
		name, lang, page string
		authors          []string
		in, out          []string
	}
	story := func(lang string, n, k int, mark, more string) string { return fcR11BodyStory(lang, n, k, mark, more) }
	links := `<ul><li><a href="/a">Harbour dues to rise in spring</a></li><li><a href="/b">New pier opens at Grest</a></li><li><a href="/c">Ferry timetable changes</a></li></ul>`
	rows := []row{
		// "READ MORE HERE" and its list between the paragraphs: the story
		// goes on.
		{name: "readmore-list-midstory", lang: "en",
			page: story("en", 8, 4, `<p>READ MORE HERE</p>`+links, ``),
			in:   []string{fcSentences[8]}, out: []string{"Harbour dues to rise"}},
		// "Related" and its list at the story's end, then the comment
		// box's and the author's lines: cut there as before.
		{name: "related-list-then-end-matter", lang: "en",
			page: story("en", 6, 6, `<p>Related</p>`+links+`<p>Tove Lindqvist has covered the harbour and its ferries for the Holmby Courier since 2019; write to her with tips.</p><p>Comments are closed on this article.</p>`, ``),
			in:   []string{fcSentences[0]}, out: []string{"Harbour dues to rise", "Comments are closed", "has covered the harbour"}},
		// A long paragraph opening with a short boiler prefix's words is
		// a sentence.
		{name: "long-sentence-short-prefix", lang: "en",
			page: story("en", 5, 3, `<p>Sign up for the flood alerts, the council urged residents on Tuesday, after the river rose by two metres overnight and the harbour wall at Grest was closed to traffic for the first time since the winter storms of 2019.</p>`, ``),
			in:   []string{"Sign up for the flood alerts"}},
		// A Greek paragraph that opens with "Της"/"Του" (the genitive
		// article, a common opening) is the story's.
		{name: "el-paragraph-opens-tis", lang: "el",
			page:    story("el", 4, 2, `<p>Της συνάντησης προήδρευσε ο δήμαρχος Νίκος Αλεξίου, ο οποίος ανακοίνωσε νέα δρομολόγια για το λιμάνι.</p>`, ``),
			authors: []string{},
			in:      []string{"Της συνάντησης προήδρευσε"}},
		// A Polish and a Czech paragraph opening with "Na" (on, at).
		{name: "pl-paragraph-opens-na", lang: "pl",
			page:    story("pl", 4, 2, `<p>Na Jana Kowalskiego głosowało w niedzielę ponad trzystu mieszkańców gminy.</p>`, ``),
			authors: []string{},
			in:      []string{"Na Jana Kowalskiego"}},
		{name: "cs-short-na-line", lang: "cs",
			page:    story("cs", 4, 2, `<p>Na Petra Nováka</p>`, ``),
			authors: []string{}},
		// The Greek and Swahili labels before a name in a byline element.
		{name: "el-byline-tou", lang: "el",
			page:    story("el", 4, 0, `<p class="byline">Του Γιώργου Παπαδάκη</p>`, ``),
			authors: []string{"Γιώργου Παπαδάκη"}},
		{name: "sw-byline-na", lang: "sw",
			page:    story("sw", 4, 0, `<p class="byline">Na Amina Wanjiru</p>`, ``),
			authors: []string{"Amina Wanjiru"}},
		// An academic paper's abstract in a list: its points stay text
		// or key points, and the paper's body stays.
		{name: "paper-abstract-list", lang: "en",
			page: story("en", 6, 0, `<section class="abstract"><h2>Abstract</h2><ul><li>Harbour silt rose by 12 per cent between 2015 and 2025 in the three sampled basins.</li><li>Dredging cost per cubic metre doubled over the same period.</li></ul></section>`, ``),
			in:   []string{fcSentences[3]}},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "body/review12/" + r.name, url: "https://holmby-courier.example/news/harbour-works", html: r.page,
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, r.in, r.out)
				if r.authors != nil && strings.Join(a.Authors, "|") != strings.Join(r.authors, "|") {
					t.Errorf("authors = %q, want %q", a.Authors, r.authors)
				}
			}})
	}
	return cs
}

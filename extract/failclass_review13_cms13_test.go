package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review rows for round 13's dateline, author and lexicon rules: the
// filing openers ("DAL NOSTRO INVIATO KIEV —", a "Reporting from X" line
// under the byline), the Quebec dailies' bracketed place ("(Québec) Le
// …"), a meta author that is a desk giving way to the printed byline, and
// the new end-matter labels and Catalan chrome words. Each row is a page
// a careless form of a rule gets wrong, or the rule's own form. Pages,
// names and sites are made up. TestFailureClasses runs them.

func fcReview13cms13Cases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcR13DatelineCases()...)
	cs = append(cs, fcR13FilingLineCases()...)
	cs = append(cs, fcR13AuthorCases()...)
	cs = append(cs, fcR13BodyCases()...)
	return cs
}

// fcR13DatelineCases: the opening paragraph's forms the new rules read,
// and prose that looks like them.
func fcR13DatelineCases() []fcCase {
	rows := []struct{ name, lang, lead, want string }{
		// The rules' own forms.
		{"fr-qc-bracketed-place", "fr", "(Québec) Le gouvernement a confirmé mardi qu'il financera le nouveau traversier entre les deux rives du fleuve.", "Québec"},
		{"it-inviato-caps", "it", "DAL NOSTRO INVIATO KIEV — Le sirene hanno suonato per tutta la notte nei quartieri orientali della capitale ucraina.", "KIEV"},
		{"it-corrispondente-caps", "it", "DAL NOSTRO CORRISPONDENTE LONDRA — Il governo britannico ha presentato ieri il piano per i nuovi traghetti sulla Manica.", "LONDRA"},
		// A year or a lower-case word after a bracketed place: no
		// dateline ("(Paris) 2024", "(Re)découvrir").
		{"fr-bracket-then-year", "fr", "(Paris) 2024 restera comme l'année où la ville a accueilli les Jeux, mais aussi celle des grands chantiers du métro.", ""},
		{"fr-bracket-prefix-of-word", "fr", "(Re)découvrir la ville à vélo : la mairie ouvre vingt kilomètres de pistes cyclables ce printemps sur les quais.", ""},
		{"fr-bracket-photo-label", "fr", "(Photo) Le maire de la ville inaugure le nouveau quai du traversier, lundi matin, devant une centaine de résidents.", ""},
		// The bracketed place is the Quebec dailies' form: an English
		// story opening so names no dateline by this rule.
		{"en-bracketed-place", "en", "(Québec) The provincial government confirmed on Tuesday that it will fund the new ferry between the two shores.", ""},
		// The Italian opener in prose, with no place after it.
		{"it-corrispondente-prose", "it", "Dal nostro corrispondente abbiamo ricevuto ieri questa lettera: la racconta meglio di qualsiasi cronaca la vita al fronte.", ""},
		// The English opener in prose: "Reporting from the front line
		// has become …" names no place.
		{"en-reporting-from-prose", "en", "Reporting from the front line has become more dangerous than ever — three reporters were injured this month alone.", ""},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "datelines/r13/" + r.name, url: fcFerryURL,
			html: fcPage(r.lang, fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content"><p>`+r.lead+`</p>`+fcProse(1, 4)+`</div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != r.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, r.want)
				}
			}})
	}
	return cs
}

// fcR13FilingLineCases: a "Reporting from X" line in the byline block is
// the dateline; a standfirst or kicker that opens with the words is not.
func fcR13FilingLineCases() []fcCase {
	rows := []struct{ name, header, want string }{
		{"line-under-byline", `<h1>Ferry to Grest makes first crossing</h1><p class="byline">By Jane Doe</p><p class="filed">Reporting from Kharkiv, Ukraine</p>`, "Kharkiv, Ukraine"},
		{"line-two-places", `<h1>Ferry to Grest makes first crossing</h1><p class="byline">By Jane Doe</p><p class="filed">Reporting from Jerusalem and Tel Aviv</p>`, "Jerusalem"},
		// A standfirst in title case opening with the words.
		{"title-case-standfirst", `<h1>Ferry to Grest makes first crossing</h1><p class="dek">Reporting From Gaza Is Harder Than Ever</p><p class="byline">By Jane Doe</p>`, ""},
		// A series label above the headline names no place the story
		// was filed from.
		{"kicker-above-headline", `<p class="kicker">Reporting from Ukraine</p><h1>Ferry to Grest makes first crossing</h1><p class="byline">By Jane Doe</p>`, ""},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "datelines/r13-filing/" + r.name, url: fcFerryURL,
			html: fcPage("en", fcTitle, `<main><article><header>`+r.header+`</header><div class="entry-content">`+fcProse(0, 5)+`</div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != r.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, r.want)
				}
			}})
	}
	return cs
}

// fcR13AuthorCases: a meta author that is a desk gives way to the
// printed byline; not to a related story's teaser byline when the page
// prints none of its own, and a person's name stays.
func fcR13AuthorCases() []fcCase {
	page := func(lang, meta, header, after string) string {
		return fcPage(lang, fcTitle+`<meta name="author" content="`+meta+`">`,
			`<main><article><h1>Ferry to Grest makes first crossing</h1>`+header+`<div class="entry-content">`+fcProse(0, 5)+`</div></article>`+after+`</main>`)
	}
	teaser := `<aside class="related"><h3>Meer nieuws</h3><div class="teaser"><a href="/nieuws/pier">Nieuwe pier kost meer dan gepland</a><span class="byline">Door Pieter de Vries</span></div></aside>`
	rows := []struct {
		name, lang, meta, header, after string
		want                            []string
	}{
		{"nl-webredactie-printed-byline", "nl", "webredactie", `<p class="byline">Door Anouk Jansen</p>`, "", []string{"Anouk Jansen"}},
		// No printed byline: a related story's teaser byline is no
		// writer of this story.
		{"nl-webredactie-teaser-byline", "nl", "webredactie", "", teaser, nil},
		{"en-person-meta", "en", "Marta Olsen", `<p class="byline">By Marta Olsen</p>`, "", []string{"Marta Olsen"}},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "authors/r13/" + r.name, url: fcFerryURL, html: page(r.lang, r.meta, r.header, r.after),
			check: func(t *testing.T, a *article.Article) {
				if r.want == nil {
					if fcHas(a.Authors, "Pieter") {
						t.Errorf("authors = %q: a teaser's byline", a.Authors)
					}
					return
				}
				fcWantAuthors(t, a, r.want...)
			}})
	}
	return cs
}

// fcR13BodyCases: the new end-matter labels where they are a story's own
// words: a subheading opening with "Sources" or "Aufstellung", a short
// paragraph opening with "Publication" (the Catalan timestamp word
// "publicat" is its first letters).
func fcR13BodyCases() []fcCase {
	short := func(ps ...string) string {
		var b strings.Builder
		for _, p := range ps {
			b.WriteString("<p>" + p + "</p>")
		}
		return b.String()
	}
	rows := []struct {
		name, lang, body string
		in, out          []string
	}{
		{"en-sources-subheading", "en", fcProse(0, 3) + `<h2>Sources of the delay</h2>` + short(
			"The yard blamed a late delivery of steel plates.",
			"The council said the pier's piles had to be driven twice.",
			"Both say the ferry will keep its summer timetable.",
			"Passengers will be told of any change a week ahead."),
			[]string{"Both say the ferry will keep its summer timetable."}, nil},
		{"en-references-subheading", "en", fcProse(0, 3) + `<h2>References to the old boat</h2>` + short(
			"Older residents still call the crossing by the old boat's name.",
			"The council has asked the operator to keep it for the new vessel.",
			"A vote on the name is planned for the spring meeting."),
			[]string{"A vote on the name is planned for the spring meeting."}, nil},
		{"de-aufstellung-subheading", "de", `<p>Die neue Fähre zwischen Holmby und der Insel Grest hat am Montag ihre erste Überfahrt gemacht, mit vierzig Fahrgästen an Bord.</p><p>Der Gemeinderat hatte den Betrieb nach langem Streit über die Kosten des neuen Anlegers beschlossen, der deutlich teurer wurde als geplant.</p><p>Die Bewohner der Insel hatten seit mehr als zehn Jahren eine verlässliche Verbindung gefordert.</p>` +
			`<h2>Aufstellung der Kandidaten</h2>` + short(
			"Für die Wahl im Mai treten vier Kandidaten an.",
			"Zwei von ihnen wollen die Fähre wieder abschaffen.",
			"Die Liste wird am Freitag im Rathaus ausgehängt."),
			[]string{"Die Liste wird am Freitag im Rathaus ausgehängt."}, nil},
		{"en-publication-short-paragraph", "en", fcProse(0, 3) + short("Publication of the timetable is due on 5 March 2025.") + fcProse(6, 2),
			[]string{"Publication of the timetable is due on 5 March 2025."}, nil},
		// The Catalan form itself: a timestamp line dropped.
		{"ca-publicat-line", "ca", `<p>Publicat el 5 de març de 2024</p><p>El nou transbordador entre Holmby i l'illa de Grest ha fet dilluns la primera travessia amb quaranta passatgers a bord.</p><p>L'ajuntament diu que el servei funcionarà quatre cops al dia durant l'estiu i dos cops al dia a l'hivern.</p><p>Els veïns de l'illa demanaven una travessia fiable des de fa més d'una dècada, quan la vella barca es va retirar.</p>`,
			[]string{"ha fet dilluns la primera travessia"}, []string{"Publicat el 5 de març"}},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "body/r13/" + r.name, url: fcFerryURL,
			html: fcPage(r.lang, fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content">`+r.body+`</div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, r.in, r.out)
			}})
	}
	return cs
}

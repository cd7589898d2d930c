package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-18 review rows (rev18a) for the rules merged with cms15a, cms15b
// and cms15c: month-first numeric dates read from spelt-out ones, the
// forum post labels, the footer's copyright field, the author bio's
// sentence, the heading permalink marks, the recipe card's rating, the
// German contact tails. Ordinary news and blog pages where the rules
// must not fire, and the forms they must still read. Names and sites
// are invented.
func fcReview18FalsePosCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcReview18DateRows()...)
	cs = append(cs, fcReview18TailRows()...)
	cs = append(cs, fcReview18BylineRows()...)
	cs = append(cs, fcReview18TextRows()...)
	return cs
}

const (
	fcR18En = `<p>The ferry service resumed on the northern route after three weeks of repairs to the slipway and the ramp.</p>` +
		`<p>Passengers queued from early morning, and the first crossing left twenty minutes late because of the tide.</p>` +
		`<p>The operator said timetables would return to normal by the end of the month, weather permitting.</p>`
	fcR18De = `<p>Der Gemeinderat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, mit knapper Mehrheit.</p>` +
		`<p>Die Opposition kritisierte vor allem die geplanten Kürzungen bei der Jugendarbeit und bei den Zuschüssen für die Vereine.</p>` +
		`<p>Bürgermeisterin Anke Roth verteidigte den Entwurf und verwies auf die gestiegenen Kosten für Energie und Personal im Rathaus.</p>`
	fcR18DeMore = `<p>Die Kämmerei rechnet für das laufende Jahr mit einem Defizit von rund zwei Millionen Euro, das aus den Rücklagen gedeckt werden soll.</p>` +
		`<p>Mehrere Räte forderten, die Sanierung der Grundschule nicht weiter zu verschieben, weil die Heizung im Winter mehrfach ausgefallen sei.</p>` +
		`<p>Die Verwaltung will bis zum Sommer einen neuen Zeitplan für die Bauarbeiten vorlegen und die Eltern in einer Versammlung informieren.</p>`
)

// fcR18Page is a story page in lang with a JSON-LD date (when ld) and
// body inside its <article>.
func fcR18Page(lang, body string, ld bool) string {
	head := `<title>Story of the day | Holmby Courier</title>`
	if ld {
		head += `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story of the day","datePublished":"2024-03-05T10:00:00+01:00"}</script>`
	}
	return fcPage(lang, head, `<header><a href="/">Holmby Courier</a></header><article><h1>Story of the day</h1>`+body+`</article><footer><p>Holmby Courier Ltd</p></footer>`)
}

// fcReview18DateRows: an English page without a region tag whose address
// is British or Australian writes "05/03/2024" day first, whatever
// American-style date it quotes or a widget prints (namedMonthFirst).
func fcReview18DateRows() []fcCase {
	meta := `<div class="meta"><span class="author">By Tove Lindqvist</span> <span class="date">05/03/2024</span></div>`
	quoted := `<p>The council's letter set "the March 12, 2024 deadline" for the new ramp, a date taken from the American contractor's schedule.</p>`
	widget := `<aside class="events-widget"><h3>Upcoming events</h3><ul><li>Harbour clean-up, March 12, 2024</li><li>Lifeboat open day, April 6, 2024</li></ul></aside>`
	row := func(name, url, page, want string) fcCase {
		return fcCase{class: "review18/dates/" + name, url: url, html: page,
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, want) }}
	}
	return []fcCase{
		row("uk-address-quotes-us-date", "https://holmby-courier.example.co.uk/news/ferry-returns",
			fcR18Page("en", meta+fcR18En+quoted+fcR18En, false), "2024-03-05"),
		row("au-address-widget-us-dates", "https://holmby-courier.example.com.au/news/ferry-returns",
			fcR18Page("en", meta+fcR18En+fcR18En+`</article>`+widget+`<article>`, false), "2024-03-05"),
		row("ie-address-quotes-us-date", "https://holmby-courier.example.ie/news/ferry-returns",
			fcR18Page("en", meta+fcR18En+quoted, false), "2024-03-05"),
		// still read: a page of no country spelling its dates the American way
		row("org-address-month-first-page", "https://holmby-rescue.example.org/blog/adoption-day",
			fcR18Page("en", `<div class="meta"><span class="date">3/1/2024</span></div>`+fcR18En+`<p>Our next adoption day is April 13, 2024, at the Millbrook library, from ten until four.</p>`, false), "2024-03-01"),
	}
}

// fcReview18TailRows: "Rückfragen" and "Ansprechpartner" open a
// subheading of a story as well as a press release's contact block; only
// the label alone is the contact's.
func fcReview18TailRows() []fcCase {
	row := func(name, body string, in, out []string) fcCase {
		return fcCase{class: "review18/tail/" + name, url: "https://holmbyer-bote.example.de/lokales/haushalt",
			html:  fcR18Page("de", `<p class="byline">Von Jana Holmberg</p>`+body, true),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, in, out) }}
	}
	return []fcCase{
		row("subheading-rueckfragen", fcR18De+`<h2>Rückfragen im Ausschuss</h2>`+fcR18DeMore,
			[]string{"Die Kämmerei rechnet", "Die Verwaltung will bis zum Sommer"}, nil),
		row("subheading-ansprechpartner", fcR18De+`<h2>Ansprechpartner gesucht</h2><p>Für die neue Jugendgruppe sucht der Verein noch Betreuer.</p><p>Wer Zeit hat, meldet sich im Rathaus.</p><p>Treffen ist donnerstags.</p>`,
			[]string{"Für die neue Jugendgruppe", "Treffen ist donnerstags"}, nil),
		// still cut: the label alone over the contact
		row("label-rueckfragen", fcR18De+fcR18DeMore+`<p><strong>Rückfragen:</strong></p><p>Stadt Holmby, Pressestelle, Tel. 0123 45678</p>`,
			[]string{"Die Verwaltung will bis zum Sommer"}, []string{"Tel. 0123"}),
		row("label-ansprechpartner", fcR18De+fcR18DeMore+`<h4>Ansprechpartner</h4><p>Stadt Holmby, Pressestelle, Tel. 0123 45678</p>`,
			[]string{"Die Verwaltung will bis zum Sommer"}, []string{"Tel. 0123"}),
	}
}

// fcReview18BylineRows: the forum post labels open sentences too ("Post
// by post, …", "By now, …"); a byline's full stop after its place is no
// author bio.
func fcReview18BylineRows() []fcCase {
	authors := func(name, lang, body string, want ...string) fcCase {
		return fcCase{class: "review18/byline/" + name, url: "https://holmby-courier.example/news/story",
			html:  fcR18Page(lang, body, true),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	nl := `<p>De gemeenteraad heeft dinsdagavond na een lang debat de begroting voor volgend jaar aangenomen, met een krappe meerderheid.</p>` +
		`<p>De oppositie bekritiseerde vooral de geplande bezuinigingen op het jongerenwerk en op de subsidies voor verenigingen.</p>` +
		`<p>Burgemeester Anke Roth verdedigde het ontwerp en wees op de gestegen kosten voor energie en personeel.</p>`
	es := `<p>El consejo municipal aprobó el martes por la noche el presupuesto para el próximo año tras un largo debate.</p>` +
		`<p>La oposición criticó sobre todo los recortes previstos en los programas juveniles y en las subvenciones.</p>` +
		`<p>La alcaldesa defendió el proyecto y citó el aumento de los costes de energía y de personal.</p>`
	return []fcCase{
		authors("en-post-by-post-sentence", "en", `<p>Post by post, the ferry crew rebuilt the old landing stage.</p>`+fcR18En),
		authors("en-by-now-sentence", "en", `<p>By now, the ferry crew had rebuilt the old landing stage.</p>`+fcR18En),
		// a short clause after the lower-case word: a sentence all the same
		authors("en-by-far-short-sentence", "en", `<p>By far, the crew said.</p>`+fcR18En),
		authors("en-by-then-short-sentence", "en", `<p>By then, it was late.</p>`+fcR18En),
		authors("en-by-contrast-short-sentence", "en", `<p>By contrast, the mayor stayed.</p>`+fcR18En),
		// the writer's element and the date's printed with no space
		// between them ("By T. K. van der Berg5 March 2024")
		authors("en-by-glued-date", "en", `<div class="meta"><span class="byline">By <a href="/author/tkvdb/">T. K. van der Berg</a></span><time datetime="2024-03-05T10:00:00+01:00">5 March 2024</time></div>`+fcR18En, "T. K. van der Berg"),
		// a long name in two-byte letters is a name all the same
		authors("ru-long-cyrillic-name", "ru", `<div class="author">Автор: <a href="/authors/v/">Велимир Десанка Огњанов-Тихомирова-Ставрова</a></div>`+fcR18En, "Велимир Десанка Огњанов-Тихомирова-Ставрова"),
		// still a byline: a lower-case username and its role
		authors("en-by-username-role", "en", `<p class="byline">By jdoe, staff writer</p>`+fcR18En, "jdoe"),
		authors("nl-bericht-door-sentence", "nl", `<p>Bericht door de gemeente aan alle bewoners van de wijk verstuurd</p>`+nl),
		authors("de-beitrag-von-fee", "de", `<p>Beitrag von 25 Euro im Monat</p>`+fcR18De),
		// still read
		authors("en-post-by-forum", "en", `<p class="author">Post by <a href="/member/jane">Jane Holmberg</a> » Tue Mar 05, 2024 8:12 pm</p>`+fcR18En, "Jane Holmberg"),
		{class: "review18/byline/es-byline-full-stop-place", url: "https://holmby-courier.example/news/story",
			html: fcR18Page("es", `<div class="byline"><span class="author">Por Ana López Pérez y Juan García Ruiz desde Bruselas.</span></div>`+es, true),
			check: func(t *testing.T, a *article.Article) {
				if strings.Trim(a.Dateline, ".") != "Bruselas" {
					t.Errorf("dateline = %q, want Bruselas", a.Dateline)
				}
			}},
	}
}

// fcReview18TextRows: "#" and "§" linked to an anchor inside a sentence
// are words of it; a sentence quoting "X · © 2024 Y" is no footer; a
// recipe card that says it has ratings keeps its ingredients.
func fcReview18TextRows() []fcCase {
	body := func(name, lang, b string, in, out []string) fcCase {
		return fcCase{class: "review18/text/" + name, url: "https://holmby-courier.example/news/story",
			html:  fcR18Page(lang, b, true),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, in, out) }}
	}
	ing := `<ul class="wprm-recipe-ingredients"><li>200 g flour</li><li>2 eggs</li><li>300 ml milk</li><li>a pinch of salt</li></ul>` +
		`<ol class="wprm-recipe-instructions"><li>Whisk the flour, eggs and milk into a smooth batter and let it rest for half an hour.</li><li>Heat a little butter in a pan and fry thin pancakes until golden on both sides.</li></ol>`
	return []fcCase{
		body("en-hash-key-link", "en", `<p>To reach the harbour office, dial 0100 and press <a href="#keypad">#</a> to confirm your call before the recorded message.</p>`+fcR18En,
			[]string{"press # to confirm"}, nil),
		body("de-paragraph-sign-link", "de", `<p>Die Regel steht in <a href="#p12">§</a> 12 der Satzung, die der Rat im vergangenen Jahr geändert hat, und gilt für alle.</p>`+fcR18De,
			[]string{"in § 12 der Satzung"}, nil),
		body("en-heading-hash-mark", "en", fcR18En+`<h2 id="what-next">What comes next<a class="anchor" href="#what-next">#</a></h2>`+fcR18En,
			[]string{"What comes next"}, []string{"What comes next#"}),
		body("de-poster-copyright-quote", "de", fcR18De+`<p>Auf dem Plakat steht nur „Sommerfest · © 2024 Stadtjugendring Holmby“ – mehr Werbung gab es in diesem Jahr nicht.</p>`+fcR18De,
			[]string{"Auf dem Plakat steht nur"}, nil),
		body("en-footer-copyright-field", "en", fcR18En+`<p>Last updated: 10 March 2024 · © 2001–2024 Tove Lindqvist · Made by hand with a text editor and patience.</p>`,
			[]string{"The operator said"}, []string{"Made by hand"}),
		body("en-recipe-card-has-ratings", "en", fcR18En+`<div class="wprm-recipe wprm-recipe-template-chic wprm-recipe-has-ratings"><h2>Simple pancakes</h2><div class="wprm-recipe-rating">4.86 from 29 votes</div>`+ing+`</div>`,
			[]string{"200 g flour", "Whisk the flour"}, []string{"29 votes"}),
		body("en-recipe-card-ratings-enabled", "en", fcR18En+`<div class="tasty-recipes tasty-recipes-ratings-enabled"><h2>Simple pancakes</h2><div class="tasty-recipes-rating">4.86 from 29 votes</div>`+ing+`</div>`,
			[]string{"200 g flour", "Whisk the flour"}, []string{"29 votes"}),
	}
}

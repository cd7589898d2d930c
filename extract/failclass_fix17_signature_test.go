package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Round-17 fix rows: the place a byline block prints in an element of
// its own beside the writer's or the date's (the Brazilian dailies'
// signature, the Spanish national dailies' meta line "<span>Madrid</span>
// - <time>", a regional paper's "autor / localidad / fecha" spans), and
// a caption's photographer with the agency in brackets in a part of its
// own glued to the caption's sentence; and the look-alikes that must
// stay no dateline: a writer's name that is a town's too, a section in
// the meta line, the writer and the place in one line of text, a place
// in the story's sentence or in a related story's teaser. Names and
// sites are invented. TestFailureClasses runs them.
func fcFix17SignatureCases() []fcCase {
	const headline = "Council passes the budget after a long debate"
	row := func(name, lang, ld, byline, after, want string) fcCase {
		head := `<title>` + headline + ` | Holmby Courier</title><meta property="og:title" content="` + headline + `">` + ld
		body := `<article><h1>` + headline + `</h1>` + byline + fcProse(1, 4) + after + `</article>`
		return fcCase{class: "fix17/signature/" + name, url: "https://holmby-courier.example/news/budget-debate", html: fcPage(lang, head, body),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != want {
					t.Errorf("dateline = %q, want %q (authors %q)", a.Dateline, want, a.Authors)
				}
			}}
	}
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + headline +
			`","datePublished":"2024-03-05T10:00:00+01:00","author":{"@type":"Person","name":"` + author + `"}}</script>`
	}
	const when = `<time datetime="2024-03-05T10:00:00+01:00">05 mar 2024 - 10:00</time>`
	teaser := `<aside class="related"><h3>More news</h3><div class="item"><a href="/news/harbour">Harbour dues to rise</a> <span class="author">Lívia Tavares Brandão</span> <span class="city">Lisboa</span> <span class="date">04/03/2024</span></div></aside>`
	return []fcCase{
		row("pt-strong-signature", "pt", "", `<div class="assinatura"><strong class="assinatura__autor"><a href="/autores/livia-tavares-brandao">Lívia Tavares Brandão</a></strong><strong class="assinatura__local">Porto Alegre</strong></div>`+when, "", "Porto Alegre"),
		row("es-meta-line-place-before-date", "es", "", `<div class="meta"><div class="meta__autor"><a href="/autor/irene-osuna/">Irene Osuna Lledó</a></div><div class="meta__linea"><span class="meta__lugar">Sevilla</span> - `+when+`</div></div>`, "", "Sevilla"),
		row("it-firma-spans", "it", ld("Giulia Ferrandi"), `<div class="firma"><span class="firma-autore">Giulia Ferrandi</span> <span class="firma-luogo">Bologna</span> <span class="firma-data">5 marzo 2024</span></div>`, "", "Bologna"),
		row("fr-signature-par-lieu", "fr", "", `<p class="signature"><span class="auteur">Par <a href="/auteurs/claire-vasseur">Claire Vasseur</a></span><span class="lieu">Lyon</span></p>`+when, "", "Lyon"),
		row("en-byline-caps-location", "en", ld("Jane Holmberg"), `<div class="byline"><span class="byline__name">By Jane Holmberg</span><span class="byline__place">NAIROBI</span><span class="byline__date">March 5, 2024</span></div>`, "", "NAIROBI"),
		row("de-place-after-date", "de", ld("Jonas Wenzel"), `<div class="artikel-meta"><div class="autor">Jonas Wenzel</div><div class="zeile"><time datetime="2024-03-05">05.03.2024</time> <span>Leipzig</span></div></div>`, "", "Leipzig"),
		// must not fire
		row("en-given-name-is-a-town", "en", ld("Austin Mwale"), `<div class="byline"><span class="given-name">Austin</span> <span class="family-name">Mwale</span> `+when+`</div>`, "", ""),
		row("en-surname-is-a-town", "en", ld("Ana Lisboa"), `<div class="byline"><span class="author">Ana Lisboa</span> `+when+`</div>`, "", ""),
		row("es-section-in-meta-line", "es", ld("Irene Osuna Lledó"), `<div class="meta"><span class="autor">Irene Osuna Lledó</span> <span>Política</span> - `+when+`</div>`, "", ""),
		row("es-city-section-classed", "es", ld("Irene Osuna Lledó"), `<div class="meta"><span class="autor">Irene Osuna Lledó</span> <span class="seccion">Madrid</span> - `+when+`</div>`, "", ""),
		row("es-city-section-linked", "es", ld("Irene Osuna Lledó"), `<div class="meta"><span class="autor">Irene Osuna Lledó</span> <a href="/madrid/">Madrid</a> - `+when+`</div>`, "", ""),
		row("pt-writer-and-place-one-line", "pt", ld("Lívia Tavares Brandão"), `<div class="assinatura"><p class="assinatura__de">Por Lívia Tavares Brandão, Gazeta RS <span>— Porto Alegre</span></p><p>`+when+`</p></div>`, "", ""),
		row("en-place-in-first-sentence", "en", ld("Jane Holmberg"), `<div class="byline"><span class="author">Jane Holmberg</span> `+when+`</div><p>In <span class="place">Nairobi</span> the council approved next year's budget on Tuesday after a debate of four hours.</p>`, "", ""),
		row("pt-city-in-related-teaser", "pt", ld("Lívia Tavares Brandão"), `<div class="assinatura"><strong class="assinatura__autor">Lívia Tavares Brandão</strong></div>`+when, teaser, ""),
	}
}

// fcFix17CreditCases: a caption's sentence and its credit in sibling
// parts glued together, the credit a photographer with the agency or
// outlet in brackets; and brackets after a name that are no credit.
func fcFix17CreditCases() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	return fcImageRows("images/fix17", []fcImageRow{
		{name: "es-photographer-agency-bracket-glued", lang: "es",
			media: `<figure>` + img + `<figcaption><span>El nuevo ferri, este lunes en el muelle de Grest.</span><span class="f-cred">Marta Gil Roldán (EFE)</span></figcaption></figure>`,
			want:  [][3]string{{"deck", "El nuevo ferri, este lunes en el muelle de Grest.", "Marta Gil Roldán (EFE)"}}},
		{name: "en-photographer-outlet-bracket-glued",
			media: `<figure>` + img + `<figcaption><span>The new ferry at the pier on Monday.</span><span>Jane Holmberg (Holmby Courier)</span></figcaption></figure>`,
			want:  [][3]string{{"deck", "The new ferry at the pier on Monday.", "Jane Holmberg (Holmby Courier)"}}},
		// must not fire: a party or a nickname in brackets, the
		// sentence going on in the last part
		{name: "en-name-party-bracket-in-sentence-no-credit",
			media: `<figure>` + img + `<figcaption>Council leader Jane Holmberg (Labour) at the pier on Monday.</figcaption></figure>`,
			want:  [][3]string{{"deck", "Council leader Jane Holmberg (Labour) at the pier on Monday.", ""}}},
		{name: "en-sentence-goes-on-into-name-part",
			media: `<figure>` + img + `<figcaption><span>The ferry was named by</span> <span>Jane Holmberg (Labour)</span></figcaption></figure>`,
			want:  [][3]string{{"deck", "The ferry was named by Jane Holmberg (Labour)", ""}}},
		{name: "en-name-party-part-after-sentence-no-credit",
			media: `<figure>` + img + `<figcaption><span>The ferry was named on Monday.</span> <span>Jane Holmberg (Labour)</span></figcaption></figure>`,
			want:  [][3]string{{"deck", "The ferry was named on Monday. Jane Holmberg (Labour)", ""}}},
	})
}

// fcFix17LeadCases: a place in capitals opening the story's lead, named
// so, after lines the body keeps above it (a date line, a caption a table
// layout prints as text); and the same shapes with no place.
func fcFix17LeadCases() []fcCase {
	const lead = "Het waterschap stelt de versterking van de dijk tussen de twee dorpen twee jaar uit, omdat de plannen eerst met de bewoners moeten worden besproken."
	row := func(name, above, para, want string) fcCase {
		body := `<article><h1>Dijkversterking gaat twee jaar later van start</h1>` + above + para +
			`<p>Dat maakte de dijkgraaf dinsdagmiddag bekend tijdens een informatieavond in het stadhuis van het dorp aan de rivier.</p>` +
			`<p>Volgens het waterschap is meer tijd nodig om de plannen af te stemmen met de bewoners van de ruim honderd huizen aan de dijk.</p></article>`
		return fcCase{class: "fix17/lead/" + name, url: "https://holmby-courier.example/nieuws/dijk", html: fcPage("nl", `<title>Dijk</title>`, body),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != want {
					t.Errorf("dateline = %q, want %q", a.Dateline, want)
				}
			}}
	}
	const above = `<p>dinsdag 5 maart 2024, 14:20 uur | Door Marieke van Holm</p><p>De dijk bij het dorp, gezien vanaf de rivier. Over een lengte van negen kilometer moet hij breder worden.</p>`
	return []fcCase{
		row("nl-bold-caps-place-in-named-intro", above, `<p class="intro"><b>HOLMDORP - `+lead+`</b></p>`, "HOLMDORP"),
		// must not fire
		row("nl-label-in-named-intro", above, `<p class="intro"><b>ANALYSE - `+lead+`</b></p>`, ""),
		row("nl-acronym-in-named-intro", above, `<p class="intro"><b>NAVO - `+lead+`</b></p>`, ""),
		row("nl-caps-place-in-unnamed-third-paragraph", above, `<p><b>HOLMDORP - `+lead+`</b></p>`, ""),
	}
}

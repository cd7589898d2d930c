package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Round-17 review rows (rev17b) for the rules merged with cms14b and
// fix17b: the signature place beside the writer or the date, the place
// opening a lead paragraph named so, the "KAAPSTAD. –" and "АСТАНА.
// KAZINFORM –" datelines, the author's headshot, the new languages'
// byline labels, Georgian names and the photographer with the agency in
// brackets. Mostly look-alikes on ordinary pages where the rules must not
// fire. Names and sites are invented.
func fcReview17SignsCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcReview17SignatureRows()...)
	cs = append(cs, fcReview17LeadRows()...)
	cs = append(cs, fcReview17KickerRows()...)
	cs = append(cs, fcReview17HeadshotRows()...)
	cs = append(cs, fcReview17OrgHeadshotRow())
	cs = append(cs, fcReview17LabelRows()...)
	cs = append(cs, fcReview17CreditRows()...)
	return cs
}

// fcReview17Dateline is a row wanting the dateline want on page.
func fcReview17Dateline(class, url, page, want string) fcCase {
	return fcCase{class: "review17/" + class, url: url, html: page,
		check: func(t *testing.T, a *article.Article) {
			if a.Dateline != want {
				t.Errorf("dateline = %q, want %q (authors %q)", a.Dateline, want, a.Authors)
			}
		}}
}

// fcReview17SignatureRows: a writer's base, a desk, a topic label, an
// author box's city, a venue: no place the story was filed from.
func fcReview17SignatureRows() []fcCase {
	const headline = "Council passes the budget after a long debate"
	row := func(name, lang, byline, want string) fcCase {
		head := `<title>` + headline + ` | Holmby Courier</title><meta property="og:title" content="` + headline + `">` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + headline +
			`","datePublished":"2024-03-05T10:00:00+01:00","author":{"@type":"Person","name":"Jane Holmberg"}}</script>`
		body := `<article><h1>` + headline + `</h1>` + byline + fcProse(1, 4) + `</article>`
		return fcReview17Dateline("signature/"+name, "https://holmby-courier.example/news/budget-debate", fcPage(lang, head, body), want)
	}
	const when = `<time datetime="2024-03-05T10:00:00+01:00">March 5, 2024</time>`
	return []fcCase{
		// still read
		row("en-place-between-writer-and-date", "en", `<div class="byline"><span class="author">Jane Holmberg</span> <span class="location">Nairobi</span> `+when+`</div>`, "Nairobi"),
		// must not fire
		row("en-writer-bureau", "en", `<div class="byline"><span class="author">Jane Holmberg</span> | <span class="bureau">Washington bureau</span> `+when+`</div>`, ""),
		row("en-writer-role-city", "en", `<div class="byline"><span class="author">Jane Holmberg</span> <span class="role">Berlin correspondent</span> `+when+`</div>`, ""),
		row("en-updated-in-place", "en", `<div class="byline"><span class="author">Jane Holmberg</span> <span>Updated in London</span> `+when+`</div>`, ""),
		row("en-author-box-city", "en", `<div class="author-box"><img src="/authors/jane.jpg" alt=""><span class="author-box__name">Jane Holmberg</span><span class="author-box__city">Chicago</span></div>`+when, ""),
		row("en-author-bio-city", "en", `<div class="author-bio"><span class="name">Jane Holmberg</span> <span>Chicago</span> <span class="date">March 5, 2024</span></div>`, ""),
		row("en-topic-label-country", "en", `<div class="meta"><span class="label">Ukraine</span> <span class="author">Jane Holmberg</span> `+when+`</div>`, ""),
		row("en-region-badge", "en", `<div class="meta"><span class="badge">Europe</span> <span class="author">Jane Holmberg</span> `+when+`</div>`, ""),
		row("en-paper-named-for-city", "en", `<div class="byline"><span class="author">Jane Holmberg</span> <span class="publication">Chicago Tribune</span> `+when+`</div>`, ""),
		row("en-paper-caps", "en", `<div class="byline"><span class="author">Jane Holmberg</span> <span class="publication">CHICAGO TRIBUNE</span> `+when+`</div>`, ""),
		row("en-venue-beside-date", "en", `<div class="byline"><span class="author">Jane Holmberg</span> `+when+` <span class="venue">Wembley Arena</span></div>`, ""),
		row("en-reading-time", "en", `<div class="byline"><span class="author">Jane Holmberg</span> `+when+` <span>4 min read</span></div>`, ""),
		row("de-lokal-ressort-link", "de", `<div class="meta"><a class="ressort" href="/leipzig/">Leipzig</a> <span class="autor">Jane Holmberg</span> `+when+`</div>`, ""),
	}
}

// fcReview17LeadRows: a word in capitals opening a lead paragraph named
// so, after lines the body keeps above it, that is a kicker or a label,
// no place. (A club's or a brand's name there, "FEYENOORD –", is read as
// the place, as it is opening the first paragraph: a known limit.)
func fcReview17LeadRows() []fcCase {
	const lead = "Het waterschap stelt de versterking van de dijk tussen de twee dorpen twee jaar uit, omdat de plannen eerst met de bewoners moeten worden besproken."
	row := func(name, opening, want string) fcCase {
		body := `<article><h1>Dijkversterking gaat twee jaar later van start</h1>` +
			`<p>dinsdag 5 maart 2024, 14:20 uur | Door Marieke van Holm</p>` +
			`<p>De dijk bij het dorp, gezien vanaf de rivier. Over een lengte van negen kilometer moet hij breder worden.</p>` +
			`<p class="intro"><b>` + opening + ` ` + lead + `</b></p>` +
			`<p>Dat maakte de dijkgraaf dinsdagmiddag bekend tijdens een informatieavond in het stadhuis van het dorp aan de rivier.</p>` +
			`<p>Volgens het waterschap is meer tijd nodig om de plannen af te stemmen met de bewoners van de ruim honderd huizen aan de dijk.</p></article>`
		return fcReview17Dateline("lead/"+name, "https://holmby-courier.example/nieuws/dijk", fcPage("nl", `<title>Dijk</title>`, body), want)
	}
	return []fcCase{
		row("nl-breaking", "BREAKING –", ""),
		row("nl-update-colon", "UPDATE:", ""),
		row("nl-update-dash", "UPDATE –", ""),
		row("nl-exclusief", "EXCLUSIEF –", ""),
		row("nl-column", "COLUMN –", ""),
		row("nl-video", "VIDEO –", ""),
		// still read
		row("nl-known-town", "ROTTERDAM –", "ROTTERDAM"),
	}
}

// fcReview17KickerRows: a kicker in capitals with a full stop before the
// dash ("EXKLUSIV. –", "ANALYSIS. –"), or two ("EXKLUSIV. INTERVIEW –"),
// opening the story: no place and no wire.
func fcReview17KickerRows() []fcCase {
	row := func(name, lang, first, want string) fcCase {
		body := `<article><h1>Council passes the budget after a long debate</h1><p>` + first + `</p>` + fcProse(2, 3) + `</article>`
		return fcReview17Dateline("kicker/"+name, "https://holmby-courier.example/news/budget", fcPage(lang, `<title>Budget</title>`, body), want)
	}
	const en = "The council approved next year's budget on Tuesday evening after a debate of more than four hours in which every party spoke."
	const de = "Der Stadtrat hat am Dienstagabend nach einer Debatte von mehr als vier Stunden den Haushalt für das kommende Jahr beschlossen."
	return []fcCase{
		row("en-analysis", "en", "ANALYSIS. – "+en, ""),
		row("en-opinion", "en", "OPINION. – "+en, ""),
		row("en-breaking", "en", "BREAKING. – "+en, ""),
		row("en-update", "en", "UPDATE. – "+en, ""),
		row("de-exklusiv", "de", "EXKLUSIV. – "+de, ""),
		row("de-kommentar", "de", "KOMMENTAR. – "+de, ""),
		row("de-exklusiv-interview", "de", "EXKLUSIV. INTERVIEW – "+de, ""),
		row("en-breaking-update", "en", "BREAKING. UPDATE – "+en, ""),
		row("en-analysis-by", "en", "ANALYSIS. BY JANE HOLMBERG – "+en, ""),
		// still read
		row("af-kaapstad", "af", "KAAPSTAD. – Die stadsraad het Dinsdagaand ná ’n debat van meer as vier uur die begroting vir volgende jaar goedgekeur.", "KAAPSTAD"),
	}
}

// fcReview17HeadshotRows: pictures captioned with the author's name that
// stay: one credited (a story's picture), one captioned with more than
// the name, one of another person; and the headshot dropped.
func fcReview17HeadshotRows() []fcCase {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":[{"@type":"Person","name":"Jane Holmberg"},{"@type":"Person","name":"Tom Reeve"}]}</script>`
	return fcImageRows("review17/headshot", []fcImageRow{
		{name: "credited-picture-of-author-stays", head: ld,
			media: `<figure><img src="/img/holmberg-pier.jpg" alt=""><figcaption>Jane Holmberg <span class="credit">Photo: Nils Brandt</span></figcaption></figure>`,
			want:  [][3]string{{"holmberg-pier", "Jane Holmberg", "Nils Brandt"}}},
		{name: "caption-more-than-name-stays", head: ld,
			media: `<figure><img src="/img/holmberg-pier.jpg" alt=""><figcaption>Jane Holmberg on the pier at Holmby.</figcaption></figure>`,
			want:  [][3]string{{"holmberg-pier", "Jane Holmberg on the pier at Holmby.", ""}}},
		{name: "georgian-caption-credit", lang: "ka",
			media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>მინისტრი პარლამენტის სხდომაზე (ფოტო: ნინო ბერიძე)</figcaption></figure>`,
			want:  [][3]string{{"deck", "მინისტრი პარლამენტის სხდომაზე", "ნინო ბერიძე"}}},
		{name: "other-person-stays", head: ld,
			media: `<figure><img src="/img/brandt.jpg" alt=""><figcaption>Nils Brandt</figcaption></figure>`,
			want:  [][3]string{{"brandt", "Nils Brandt", ""}}},
	})
}

// fcReview17OrgHeadshotRow: an organisation credited as the author and
// a picture captioned with its name alone: the outlet's picture, kept.
func fcReview17OrgHeadshotRow() fcCase {
	page := fcPage("en", `<title>Ferry to Grest makes first crossing</title><meta name="author" content="Holmby Courier">`,
		`<article><h1>Ferry to Grest makes first crossing</h1><p class="byline">By Holmby Courier</p>`+fcProse(0, 2)+
			`<figure><img src="/img/deck.jpg" alt=""><figcaption>Holmby Courier</figcaption></figure>`+fcProse(4, 3)+`</article>`)
	return fcCase{class: "review17/headshot/org-author-picture-stays", url: fcFerryURL, html: page,
		check: func(t *testing.T, a *article.Article) {
			if len(a.Images) != 1 {
				t.Errorf("images = %+v, want the deck picture (authors %q)", a.Images, a.Authors)
			}
		}}
}

// fcReview17LabelRows: the Albanian byline label "nga" and the Afrikaans
// "deur" on pages in other languages: "Nga" is a Vietnamese given name
// ("Nga Pham") and Vietnamese for Russia, "deur" a Dutch noun.
func fcReview17LabelRows() []fcCase {
	row := func(name, lang, byline string, want ...string) fcCase {
		body := `<article><h1>Ferry to Grest makes first crossing</h1><div class="byline">` + byline + `</div>` + fcProse(0, 4) + `</article>`
		return fcCase{class: "review17/label/" + name, url: fcFerryURL, html: fcPage(lang, `<title>Ferry to Grest makes first crossing</title>`, body),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	return []fcCase{
		row("en-given-name-nga", "en", "By Nga Pham", "Nga Pham"),
		row("en-bare-name-nga", "en", "Nga Pham", "Nga Pham"),
		row("en-two-writers-nga", "en", "By Jane Holmberg and Nga Pham", "Jane Holmberg", "Nga Pham"),
		row("vi-given-name-nga", "vi", "Nga Nguyễn", "Nga Nguyễn"),
		row("sq-label-nga", "sq", "Nga Arben Hoxha", "Arben Hoxha"),
		row("af-label-deur", "af", "Deur Annelie van der Merwe", "Annelie van der Merwe"),
		row("nl-label-door", "nl", "Door Marieke van Holm", "Marieke van Holm"),
		row("is-label-eftir", "is", "Eftir Jón Guðmundsson", "Jón Guðmundsson"),
		row("ka-label", "ka", "ავტორი: ნინო ბერიძე", "ნინო ბერიძე"),
	}
}

// fcReview17CreditRows: a name with a bracket after a closed sentence in
// a part of its own that is no photographer's credit: an age, a party, a
// side. (A club's full name, "Jane Doe (Holmby Rowing Club)", reads as an
// outlet's: a known limit.)
func fcReview17CreditRows() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	fig := func(last string) string {
		return `<figure>` + img + `<figcaption><span>The winners on the pier on Monday.</span> <span>` + last + `</span></figcaption></figure>`
	}
	return fcImageRows("images/review17", []fcImageRow{
		{name: "name-age-part", media: fig("Jane Holmberg (42)"),
			want: [][3]string{{"deck", "The winners on the pier on Monday. Jane Holmberg (42)", ""}}},
		{name: "name-party-acronym-part", media: fig("Jane Holmberg (SNP)"),
			want: [][3]string{{"deck", "The winners on the pier on Monday. Jane Holmberg (SNP)", ""}}},
		{name: "name-party-state-part", media: fig("Jane Holmberg (D-Texas)"),
			want: [][3]string{{"deck", "The winners on the pier on Monday. Jane Holmberg (D-Texas)", ""}}},
		{name: "name-left-part", media: fig("Jane Holmberg (left)"),
			want: [][3]string{{"deck", "The winners on the pier on Monday. Jane Holmberg (left)", ""}}},
		// still read
		{name: "name-wire-part", media: fig("Jane Holmberg (AP)"),
			want: [][3]string{{"deck", "The winners on the pier on Monday.", "Jane Holmberg (AP)"}}},
	})
}

package extract

// Fact boxes beside the text (round 14): boxes of "Label: value" lines
// or definition lists that a template sets inside the article element
// but outside the text's container (a court story's case box, a film's
// credits, a match's facts, an event's dates, an obituary's life dates,
// a review's spec table), and the inline buy box of an affiliate review
// (a product name and a rel="sponsored" link). Then boxes and lists that
// look alike and stay: sentences, questions, an interview's chunk,
// labelled ingredients and a table in the text, a sentence with an
// affiliate link. The prose and names are
// invented; no row copies a corpus page. TestFailureClasses runs them.

// fcFix14Wrap sets the story (%s) in a WordPress article with before
// and after as siblings of its entry-content.
func fcFix14Wrap(before, after string) string {
	return `<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Budget</h1></header>` +
		before + `<div class="entry-content">%s</div>` + after + `</article>`
}

func fcFix14FactBoxCases() []fcCase {
	more := fcProse(3, 4) // a story of a usual length: the boxes are a small part of it
	sponsored := `<a href="https://shop.example/kettle" rel="nofollow sponsored">`
	rows := []fc9BodyRow{
		{name: "en-case-at-a-glance", lang: "en", mid: more,
			wrap: fcFix14Wrap(`<div class="case-summary"><h4>At a glance</h4><ul><li><strong>Defendant:</strong> Rowan Tiller, 41, of Holmby</li><li><strong>Charges:</strong> Burglary, criminal mischief</li><li><strong>Bail:</strong> $25,000</li></ul></div>`, ""),
			out:  []string{"Defendant:", "Burglary, criminal mischief", "$25,000"}},
		{name: "es-ficha-tecnica-dl", lang: "es", mid: more,
			wrap: fcFix14Wrap("", `<div class="ficha-tecnica"><h3>Ficha técnica</h3><dl><dt>Dirección</dt><dd>Marta Lozano Ibarra</dd><dt>Reparto</dt><dd>Iker Sanz, Lucía Bermejo</dd><dt>Duración</dt><dd>104 minutos</dd></dl></div>`),
			out:  []string{"Ficha técnica", "Marta Lozano Ibarra", "104 minutos"}},
		{name: "fr-match-facts-spaced-colon", lang: "fr", mid: more,
			wrap: fcFix14Wrap(`<div class="fiche-match"><p>Buts : Renaud (12e), Okonkwo (67e)</p><p>Spectateurs : 21 400</p><p>Arbitre : Julien Marchetti</p></div>`, ""),
			out:  []string{"Buts :", "21 400", "Julien Marchetti"}},
		{name: "de-event-box-after", lang: "de", mid: more,
			wrap: fcFix14Wrap("", `<div class="infokasten"><h3>Info</h3><p>Termin: Samstag, 16. März, 19 Uhr</p><p>Ort: Stadthalle Holmby</p><p>Eintritt: 12 Euro, ermäßigt 8 Euro</p></div>`),
			out:  []string{"Termin:", "Stadthalle Holmby", "ermäßigt 8 Euro"}},
		{name: "en-obituary-life-dates", lang: "en", mid: more,
			wrap: fcFix14Wrap(`<div class="life-dates"><span>Born: May 2, 1940, Holmby</span> <span>Died: Jan. 9, 2024, Grest</span></div>`, ""),
			out:  []string{"Born: May 2, 1940"}},
		{name: "en-spec-table-box", lang: "en", mid: more,
			wrap: fcFix14Wrap(`<div class="review-specs"><h3>Specs</h3><table><tr><th>Weight</th><td>1.1kg</td></tr><tr><th>Capacity</th><td>1.7 litres</td></tr><tr><th>Power</th><td>3kW</td></tr></table></div>`, ""),
			out:  []string{"1.7 litres", "3kW"}},
		{name: "en-affiliate-buy-box", lang: "en",
			mid: more + `<div class="product-card"><span class="product-name">Holmby Kettle 2</span> ` + sponsored + `Buy on Amazon</a></div>`,
			out: []string{"Holmby Kettle 2", "Buy on Amazon"}},
		// Must stay.
		{name: "keep/sentence-box-beside", lang: "en", mid: more,
			wrap: fcFix14Wrap(`<div class="story-timeline"><ul><li>The council first proposed closing the pools in 2021.</li><li>A petition against the plan drew 4,000 signatures last spring.</li></ul></div>`, ""),
			in:   []string{"first proposed closing the pools", "drew 4,000 signatures"}},
		{name: "keep/faq-box-after", lang: "en", mid: more,
			wrap: fcFix14Wrap("", `<div class="faq-block"><p><strong>When:</strong> Which pools close?</p><p>Answer: The two oldest, on Mill Street and in Grest.</p><p><strong>Why:</strong> What will it save?</p><p>Answer: About $400,000 a year.</p></div>`),
			in:   []string{"Which pools close?", "About $400,000 a year."}},
		{name: "keep/interview-chunk", lang: "en", mid: more,
			wrap: fcFix14Wrap("", `<div class="qa-chunk"><p>Q: Why did you vote no?</p><p>A: The pools are all many families have.</p><p>Q: What now?</p><p>A: We try again in June.</p></div>`),
			in:   []string{"Why did you vote no?", "We try again in June."}},
		{name: "keep/ingredients-in-text", lang: "en",
			mid: more + `<h3>Ingredients</h3><ul class="ingredients"><li>Flour: 200 g</li><li>Eggs: 2</li><li>Milk: 300 ml</li></ul>`,
			in:  []string{"Flour: 200 g", "Milk: 300 ml"}},
		{name: "keep/results-table-in-text", lang: "en",
			mid: more + `<table class="results"><tr><th>Ward</th><th>Votes</th></tr><tr><td>North</td><td>1,204</td></tr><tr><td>South</td><td>988</td></tr></table>`,
			in:  []string{"1,204", "988"}},
		{name: "keep/affiliate-link-in-sentence", lang: "en",
			mid: more + `<p>The kettle costs $49 at ` + sponsored + `Amazon</a>, and it boiled a litre in under three minutes in our tests.</p>`,
			in:  []string{"boiled a litre in under three minutes"}},
	}
	var cs []fcCase
	for _, r := range rows {
		if r.wrap == "" {
			r.wrap = fcFix14Wrap("", "")
		}
		cs = append(cs, fc9BodyCase("fix14/factbox/", r))
	}
	return cs
}

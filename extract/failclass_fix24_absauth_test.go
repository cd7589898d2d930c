package extract

// fcFix24AbsAuthCases are the false-author classes TestMetamorphicAbsent
// found with every byline cut from a page (metamorphic_absent_test.go),
// each with a real author of the same shape that must still be read:
//
//   - a company holding the page's copyright ("© 2024 Skyline UK", "©
//     2024 Norrlandsposten AB", "© 2024 Gazeta Nadwiślańska Sp. z o.o.",
//     "(c) Agencia EFE"): no author (authorholder.go's companyHolder, the
//     legal forms in holder_org_words), while a person holding it
//     ("© 2024 Jane Doe", "© Henry Ashcombe III") is still the writer;
//   - a lone teaser's byline, or two teasers by different people, in a
//     related block of a page that credits no one: no author
//     (authorholder.go's repeatedTeaserBylines), while a one-writer site
//     listing its own posts, each signed by its owner, still gives the
//     owner;
//   - a date line opening on a qualified label ("Last Updated: March 5",
//     "First published 5 March 2024") in a byline box or after it: no
//     author "Last" or "First" (authordatelabel.go), while a name
//     before such a label ("Jane Doe | Last updated …") and a name after
//     it ("Last updated … by Jane Doe") are still read;
//   - a cookie banner's buttons ("Akzeptieren", "Ablehnen") in a box
//     named "cookie-confirmation": "firma" (a Spanish signature) inside
//     "confirm" made it a byline element; no author (markup.go's
//     notBylineWords), while a signature box named "firma" still gives
//     its name;
//   - the writer's job title in its own element named for the role
//     ("ArticleByline__role": "Transport Correspondent"): no author
//     (markup.go's notBylineWords "_role", "-role"; one invented page,
//     general as the BEM element name of a byline's role line), while
//     the name element beside it is still read (a "By" left alone
//     before the role line still gives the role through labelled-line:
//     not fixed).
func fcFix24AbsAuthCases() []fcCase {
	story := func(title string, k int, after string) string {
		return fcPage("en", `<title>`+title+`</title>`,
			`<main><article><h1>`+title+`</h1>`+fcProse(k, 5)+`</article>`+after+`</main>`)
	}
	footer := func(s string) string { return `<footer class="site-footer"><p>` + s + `</p></footer>` }
	// A WordPress theme's related posts, each an <article> with its
	// writer's hCard byline (failclass_probes6_authors_test.go's shape).
	teasers := func(names ...string) string {
		out := `<section class="related-posts"><h3>Related posts</h3>`
		for i, n := range names {
			slug := string(rune('a' + i))
			out += `<article class="post type-post"><h4 class="entry-title"><a href="/news/` + slug + `">Another story ` + slug + `</a></h4>` +
				`<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/` + slug + `/">` + n + `</a></span></span></div></article>`
		}
		return out + `</section>`
	}
	byline := func(k int, line string) string {
		return fcPage("en", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1><div class="byline">`+line+`</div>`+fcProse(k, 5)+`</article></main>`)
	}
	return []fcCase{
		{class: "fix24absauth/ a job title in a byline's role element", html: fcPage("en", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1><div class="ArticleMeta"><div class="ArticleByline"><a href="/author/ewan-drummond-keir"></a></div><div class="ArticleByline__role">Transport Correspondent</div>`+
				`<div class="ArticleDates"><span>Published 5th Mar 2024, 19:48 GMT</span></div></div>`+fcProse(16, 5)+`</article></main>`),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ must still fire: the name beside the role element", html: fcPage("en", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1><div class="ArticleByline">By Ewan Drummond-Keir</div><div class="ArticleByline__role">Transport Correspondent</div>`+fcProse(17, 5)+`</article></main>`),
			check: fcCheckAuthors("Ewan Drummond-Keir")},
		{class: "fix24absauth/ a cookie banner named cookie-confirmation", html: fcPage("de", `<title>Nachhaltige Logistik</title>`,
			`<div id="hs-eu-cookie-confirmation"><p>Diese Website speichert Cookies auf Ihrem Computer.</p><a href="#">Akzeptieren</a><a href="#">Ablehnen</a></div>`+
				`<main><article><h1>Nachhaltige Logistik</h1>`+fcProse(14, 5)+`</article></main>`),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ must still fire: a signature box named firma", html: fcPage("es", `<title>Ferry fares rise</title>`,
			`<main><article><h1>Ferry fares rise</h1>`+fcProse(15, 5)+`<p class="firma-final">Lucía Montalbán Ríos</p></article></main>`),
			check: fcCheckAuthors("Lucía Montalbán Ríos")},
		{class: "fix24absauth/ a byline box holding only the date lines", html: byline(10, `Posted: Mar 05, 2024 2:12 PM | Last Updated: March 5`),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ a byline box opening on First published", html: byline(11, `First published 5 March 2024`),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ must still fire: a name before the update label", html: byline(12, `Odile Brannock | Last updated 6 March 2024`),
			check: fcCheckAuthors("Odile Brannock")},
		{class: "fix24absauth/ must still fire: a name after the update label", html: byline(13, `Last updated 6 March 2024 by Odile Brannock`),
			check: fcCheckAuthors("Odile Brannock")},
		{class: "fix24absauth/ a company with an acronym holds the copyright", html: story("Ferry fares rise", 1, footer("© 2024 Skyline UK. All rights reserved.")),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ an agency's reproduction notice", html: story("Ferry fares rise", 2, footer("(c) Agencia EFE")),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ a company's legal form ends the holder", html: story("Ferry fares rise", 3, footer("© 2024 Gazeta Nadwiślańska Sp. z o.o. Wszelkie prawa zastrzeżone.")),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ a Swedish company (AB) holds the copyright", html: story("Ferry fares rise", 4, footer("© 2024 Norrlandsposten AB")),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ must still fire: a person holds the copyright", html: story("Ten years of rooftop bees", 5, footer("© 2024 Marisol Quennell-Abt")),
			check: fcCheckAuthors("Marisol Quennell-Abt")},
		{class: "fix24absauth/ must still fire: a person's name ending on a Roman numeral", html: story("Ten years of rooftop bees", 6, footer("© 2024 Henry Ashcombe III")),
			check: fcCheckAuthors("Henry Ashcombe III")},
		{class: "fix24absauth/ a lone related teaser's byline", html: story("Ferry fares rise", 7,
			`<section class="c-rock-list"><h2>More in Money</h2><div class="c-entry-box--compact"><h3><a href="/money/holiday-shipping">Why holiday shipping costs are finally falling</a></h3>`+
				`<span class="c-byline__author-name">Odalys Fenwick</span> <time>Dec 2, 2026</time></div>`+
				`<div class="c-entry-box--compact"><h3><a href="/money/gift-cards">The gift card economy is bigger than you think</a></h3></div></section>`),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ two related teasers by different writers", html: story("Ferry fares rise", 8, teasers("Harlan Voss", "Celeste Amari")),
			check: fcCheckAuthors()},
		{class: "fix24absauth/ must still fire: a one-writer site lists its own posts", html: story("Ferry fares rise", 9, teasers("Odalys Fenwick", "Odalys Fenwick", "Odalys Fenwick")),
			check: fcCheckAuthors("Odalys Fenwick")},
	}
}

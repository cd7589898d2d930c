package extract

// Round 24 (card bylines): the class TestMetamorphicChrome's inline-box
// variant found, where a "Read also" box of one teaser card (its title
// linked to another story, its writer's "By X", its day, a thumbnail)
// set in the text gave the card's writer as the page's author: the
// visible-byline and by-after-headline rules read lines of text and did
// not ask whether the line was a card's (authorcards.go). And where the
// rules must still read: a byline right under the headline, and a
// byline box (a photo, the writer's linked name) between the lead
// paragraph and the rest of the text. Sites, names and text are invented.

func fcFix24CardBylineCases() []fcCase {
	page := func(top, mid string) string {
		return fcPage("en", `<title>New ferry starts service | Holmby Courier</title>`,
			`<article><h1>New ferry starts service</h1>`+top+
				`<p class="lead">The new ferry between Holmby and the islands made its first crossing on Tuesday morning with forty passengers on board.</p>`+
				mid+fcProse(0, 4)+`</article>`)
	}
	card := `<aside class="read-also"><p class="label">Read also</p><div class="story">` +
		`<a href="/2024/02/harbour-crane-returns-after-repairs"><img src="/img/crane.jpg" alt="The crane on the quay."></a>` +
		`<h3><a href="/2024/02/harbour-crane-returns-after-repairs">Harbour crane returns after repairs</a></h3>` +
		`<p class="meta">By Nora Vestergaard | March 1, 2024</p></div></aside>`
	return []fcCase{
		// the card between the lead and the text; the page names no one
		{class: "fix24cardbyline/card-writer-refused", html: page("", card), check: fcCheckAuthors()},
		// the card right under the headline, the page's own byline after it
		{class: "fix24cardbyline/card-before-own-byline", html: page(card+`<p class="byline">By Ivo Lindqvist</p>`, ""),
			check: fcCheckAuthors("Ivo Lindqvist")},
		// must still read: a byline right under the headline
		{class: "fix24cardbyline/byline-under-headline-read", html: page(`<p class="meta">By Ivo Lindqvist | March 5, 2024</p>`, card),
			check: fcCheckAuthors("Ivo Lindqvist")},
		// must still read: a byline box with a photo and the writer's
		// linked name between the lead paragraph and the rest
		{class: "fix24cardbyline/byline-box-after-lead-read", html: page("",
			`<div class="writer"><img src="/img/ivo.jpg" alt=""><p>By <a href="/people/ivo-lindqvist">Ivo Lindqvist</a>, harbour reporter</p></div>`),
			check: fcCheckAuthors("Ivo Lindqvist")},
	}
}

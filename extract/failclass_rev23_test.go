package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Review rev23 of strip23: where its rules must not fire on plausible
// pages. An <h2> section heading that opens with "By" ("By the numbers",
// "By 2030, …", "By Land and Sea"); a share bar's Blogger button (a
// share kit's "a2a_button_blogger", a social link "blogger"); a
// site-first <title> whose header <h2> names the site over the post's
// <h1>; a lead paragraph right under the <h1>. Names, sites and text
// are made up.

func fcRev23Cases() []fcCase {
	const url = "https://holmby-courier.example/news/ferry-first-crossing"
	row := func(name, head, body string, check func(t *testing.T, a *article.Article)) fcCase {
		return fcCase{class: "rev23/" + name, url: url, html: fcPage("en", head, body), check: check}
	}
	headline, authors, summary := fcCheckHeadline, fcCheckAuthors, fcCheckSummary
	const title = "Ferry to Grest makes its first winter crossing"
	const head = `<title>` + title + ` | Holmby Courier</title>`
	const byline = `<p class="byline">By <a href="/authors/jane-marlowe/">Jane Marlowe</a></p>`
	return []fcCase{
		row("h2-by-the-numbers-section", head,
			`<article><h1>`+title+`</h1>`+fcProse(0, 3)+`<h2>By the numbers</h2>`+fcProse(3, 2)+`</article>`,
			authors()),
		row("h2-by-2030-section", head,
			`<article><h1>`+title+`</h1>`+fcProse(0, 3)+`<h2>By 2030, the island will need a second boat</h2>`+fcProse(3, 2)+`</article>`,
			authors()),
		row("h2-by-land-and-sea-section", head,
			`<article><h1>`+title+`</h1>`+fcProse(0, 3)+`<h2>By Land and Sea</h2>`+fcProse(3, 2)+`</article>`,
			authors()),
		row("h2-by-the-numbers-with-byline", head,
			`<article><h1>`+title+`</h1>`+byline+fcProse(0, 3)+`<h2>By the numbers</h2>`+fcProse(3, 2)+`</article>`,
			authors("Jane Marlowe")),
		row("share-kit-blogger-button", head,
			`<article><h1>`+title+`</h1>`+fcProse(0, 4)+`<div class="a2a_kit a2a_default_style"><a class="a2a_button_facebook" href="https://share.example/facebook">Facebook</a> <a class="a2a_button_blogger" href="https://share.example/blogger" title="Blogger">Blogger Post</a></div></article>`,
			authors()),
		row("social-links-blogger-profile", head,
			`<article><h1>`+title+`</h1>`+fcProse(0, 4)+`</article><div class="site-info"><ul class="social-links"><li class="twitter"><a href="https://x.example/holmby">Twitter</a></li><li class="blogger"><a href="https://holmby.blogs.example/">Holmby Courier Blog</a></li></ul></div>`,
			authors()),
		// must still fire: a blogger's card link beside an on-site link
		row("blogger-card-beside-site-link", head,
			`<div class="blogger-box"><a class="blogger-name" href="https://marlowe.blogs.example/">Jane Marlowe</a> <a class="blogger-more" href="/blog/marlowe/">All posts</a></div><div class="article"><h1>`+title+`</h1>`+fcProse(6, 4)+`</div>`,
			authors("Jane Marlowe")),
		// must still fire: a "Written by" card heading beside a long bio
		row("written-by-h2-card-long-bio", head,
			`<article><h1>`+title+`</h1>`+fcProse(5, 4)+`</article><div class="card"><h2>Written by Jane Marlowe</h2><p>Jane Marlowe has covered transport on the islands for a decade and is the author of two books about the ferries.</p></div>`,
			authors("Jane Marlowe")),
		row("site-first-title-header-h2-site-name",
			`<title>Holmby Island Courier - `+title+`</title>`,
			`<div id="top"><div class="logo"><h2><a href="/">Holmby Island Courier</a></h2></div></div><div class="content"><h1>`+title+`</h1>`+fcProse(0, 4)+`</div>`,
			headline(title)),
		row("site-first-title-og-header-h2",
			`<title>Holmby Island Courier :: `+title+`</title><meta property="og:title" content="`+title+`">`,
			`<div class="brand"><h2>Holmby Island Courier</h2></div><article><h1>`+title+`</h1>`+fcProse(0, 4)+`</article>`,
			headline(title)),
		row("title-topic-at-section-h1",
			`<title>Ferry timetable changes @ Transport :: Holmby Courier</title>`,
			`<div class="section-head"><h1>Transport</h1></div><article><h2>Ferry timetable changes</h2><h3>`+title+`</h3>`+fcProse(0, 4)+`</article>`,
			headline("Ferry timetable changes")),
		row("lead-under-h1-with-br", head,
			`<article><h1>`+title+`</h1><p>HOLMBY, Maine —<br>The first ferry of the winter left the pier on time on Tuesday morning with twelve cars aboard.</p>`+fcProse(0, 4)+`</article>`,
			summary("")),
		row("lead-under-h1-dropcap", head,
			`<article><h1>`+title+`</h1><p><span class="dropcap">T</span>he first ferry of the winter left the pier on time on Tuesday morning with twelve cars aboard.</p>`+fcProse(0, 4)+`</article>`,
			summary("")),
	}
}

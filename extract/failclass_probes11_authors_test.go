package extract

import "strings"

// Author probes, round 11: a byline that is only a link to the writer's
// author page. Many CMSs link the writer's name to an author archive
// (WordPress /author/slug/, newspaper chains' /staff/id/slug/, others'
// /authors/, /profile/, /people/, /journalist/, /reporter/, and per
// language /autor/, /auteur/, /autore/, /redacteur/) and some templates
// print nothing else: no "By" label, no byline class, no structured
// data. Such a link, name-shaped, between the headline and the text is
// the byline. The guards: the same kind of link in a menu or footer
// ("Our staff"), an archive index with no writer's slug, a related
// story's card, a comment's author, a bio box after the text (whose
// class names a writer: read as before, by the byline-element sources,
// ahead of the header link), and the body's prose naming a columnist
// through his page. As in
// failclass_test.go every page and name is made up. TestFailureClasses
// runs them.

func fcProbe11AuthorCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcP11AuthorLinkCases()...)
	cs = append(cs, fcP11AuthorLinkGuardCases()...)
	return cs
}

// fcP11Head is a header line holding s, in an element whose class names
// no byline.
func fcP11Head(s string) string { return `<div class="hd-info">` + s + `</div>` }

// fcP11AuthorLinkCases: the writer's name linked to an author archive,
// alone in the header, in the path forms of several CMSs and languages.
func fcP11AuthorLinkCases() []fcCase {
	marta := []string{"Marta Olsen"}
	return fcAuthorRows("authors/p11-author-links", []fcAuthorRow{
		{name: "en-staff-id-slug", html: fcStoryIn("en", "", fcP11Head(`<a class="hd-a" href="/staff/2648815001/marta-olsen/">Marta Olsen</a><div class="hd-t">The Harbour Courier</div>`), "", ""), want: marta},
		{name: "wp-author-slug-absolute", html: fcStoryIn("en", "", fcP11Head(`<a href="https://courier.example/author/marta-olsen/">Marta Olsen</a>`), "", ""), want: marta},
		{name: "en-authors-two-linked", html: fcStoryIn("en", "", fcP11Head(`<a href="/authors/marta-olsen">Marta Olsen</a> and <a href="/authors/jonas-lind">Jonas Lind</a>`), "", ""), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "en-profile-link-then-date", html: fcStoryIn("en", "", `<p class="hd-info"><a href="/profile/marta-olsen"><span>Marta Olsen</span></a> · March 5, 2024</p>`, "", ""), want: marta},
		{name: "en-people-slug", html: fcStoryIn("en", "", fcP11Head(`<a href="/people/marta-olsen/">Marta Olsen</a>`), "", ""), want: marta},
		{name: "en-journalist-slug", html: fcStoryIn("en", "", fcP11Head(`<a href="/journalist/marta-olsen">Marta Olsen</a>`), "", ""), want: marta},
		{name: "en-reporter-slug-query", html: fcStoryIn("en", "", fcP11Head(`<a href="/reporter/marta-olsen?ref=hdr">Marta Olsen</a>`), "", ""), want: marta},
		{name: "de-autor-slug", html: fcStoryIn("de", "", fcP11Head(`<a href="/autor/marta-olsen/">Marta Olsen</a>`), "", ""), want: marta},
		{name: "es-autor-slug", html: fcStoryIn("es", "", fcP11Head(`<a href="/autor/marta-olsen/">Marta Olsen</a>`), "", ""), want: marta},
		{name: "fr-auteur-slug", html: fcStoryIn("fr", "", fcP11Head(`<a href="/auteur/marta-olsen/">Marta Olsen</a>`), "", ""), want: marta},
		{name: "fr-redacteur-id", html: fcStoryIn("fr", "", fcP11Head(`<a href="/redacteur/1234-marta-olsen">Marta Olsen</a>`), "", ""), want: marta},
		{name: "it-autore-slug", html: fcStoryIn("it", "", fcP11Head(`<a href="/autore/marta-olsen/">Marta Olsen</a>`), "", ""), want: marta},
		{name: "nl-redacteur-slug", html: fcStoryIn("nl", "", fcP11Head(`<a href="/redacteur/marta-olsen/">Marta Olsen</a>`), "", ""), want: marta},
		{name: "en-three-word-name", html: fcStoryIn("en", "", fcP11Head(`<a href="/author/marta-van-olsen/">Marta van Olsen</a>`), "", ""), want: []string{"Marta van Olsen"}},
	})
}

// fcP11AuthorLinkGuardCases: author-page links that name no writer of
// the story, or sit where no byline does.
func fcP11AuthorLinkGuardCases() []fcCase {
	nav := `<header><nav><a href="/news/">News</a> <a href="/staff/">Our staff</a> <a href="/authors/">Authors</a></nav></header>`
	foot := `<footer><a href="/staff/">Our Staff</a> <a href="/authors/">Authors</a> <a href="/about/">About Us</a></footer>`
	related := `<div class="related-stories"><h3>Related</h3><div class="card"><a href="/news/pier-costs">Pier costs climb again this spring</a> <a href="/author/ann-berg/">Ann Berg</a></div><div class="card"><a href="/news/storm-harbour">Storm hits the harbour wall overnight</a> <a href="/author/jonas-lind/">Jonas Lind</a></div></div>`
	comments := `<section class="comments"><h3>2 comments</h3><article class="comment"><a href="/profile/ann-berg">Ann Berg</a><p>Took it this morning, lovely trip.</p></article><article class="comment"><a href="/profile/jonas-lind">Jonas Lind</a><p>About time.</p></article></section>`
	bio := `<div class="about-writer"><a href="/author/ann-berg/">Ann Berg</a><p>Ann Berg covers transport and the islands for the Courier.</p></div>`
	short := `<p>As <a href="/author/ann-berg/">Ann Berg</a> wrote.</p>`
	prose := `<p>As <a href="/author/ann-berg/">Ann Berg</a> wrote last week, the crossing had been planned for years and the first sailing was delayed twice by the weather.</p>`
	return fcAuthorRows("authors/p11-author-link-guards", []fcAuthorRow{
		{name: "nav-and-footer-staff-links", html: fcPage("en", fcTitle, nav+`<main><article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 5)+`</article></main>`+foot)},
		{name: "nav-with-name-in-header-area", html: fcStoryIn("en", "", `<nav class="sub"><a href="/staff/ann-berg/">Ann Berg</a> <a href="/staff/jonas-lind/">Jonas Lind</a></nav>`, "", "")},
		{name: "archive-index-link-no-slug", html: fcStoryIn("en", "", fcP11Head(`<a href="/authors/">Our Authors</a>`), "", "")},
		{name: "author-link-not-name-shaped", html: fcStoryIn("en", "", fcP11Head(`<a href="/author/marta-olsen/">more from this writer</a>`), "", "")},
		{name: "related-cards-before-text", html: fcStoryIn("en", "", related, "", "")},
		{name: "related-cards-after-article", html: fcStoryIn("en", "", "", "", related)},
		{name: "comment-author-profiles", html: fcStoryIn("en", "", "", comments, "")},
		{name: "body-prose-columnist-link", html: fcStoryIn("en", "", prose, "", "")},
		{name: "short-prose-columnist-link", html: fcStoryIn("en", "", short, "", "")},
		{name: "bio-box-after-text", html: fcStoryIn("en", "", "", bio, ""), want: []string{"Ann Berg"}},
		{name: "bio-box-after-text-same-writer", html: fcStoryIn("en", "", fcP11Head(`<a href="/staff/77/marta-olsen/">Marta Olsen</a>`), strings.ReplaceAll(strings.ReplaceAll(bio, "Ann Berg", "Marta Olsen"), "ann-berg", "marta-olsen"), ""), want: []string{"Marta Olsen"}},
		{name: "topic-link-in-header", html: fcStoryIn("en", "", fcP11Head(`<a href="/topic/ann-berg/">Ann Berg</a>`), "", "")},
		{name: "own-link-beats-related-cards", html: fcStoryIn("en", "", fcP11Head(`<a href="/staff/77/marta-olsen/">Marta Olsen</a>`), "", related), want: []string{"Marta Olsen"}},
	})
}

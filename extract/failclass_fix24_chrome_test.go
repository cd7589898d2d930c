package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix24Card is a teaser card of another story: a thumbnail with its
// credit, a linked <h3> title, the story's byline and a <time>.
func fcFix24Card(tag, title, who, day string) string {
	slug := strings.ToLower(strings.ReplaceAll(title, " ", "-"))
	return fmt.Sprintf(`<%s class="card"><a href="/2024/03/%s"><img src="/img/%s.jpg" alt=""></a>`+
		`<h3><a href="/2024/03/%s">%s</a></h3><span class="byline">By %s</span> <time datetime="%sT09:00:00Z">%s</time></%s>`,
		tag, slug, slug, slug, title, who, day, day, tag)
}

// fcFix24Row is a related block of cards by three writers.
func fcFix24Row(tag string) string {
	return `<div class="rail"><h2>Related stories</h2><ul>` +
		fcFix24Card(tag, "Council approves new cycle lanes", "Mara Vellinger", "2024-03-01") +
		fcFix24Card(tag, "Bakery wins regional bread award", "Tobias Quarneri", "2024-03-02") +
		fcFix24Card(tag, "Museum reopens its railway gallery", "Ilse Brandtner", "2024-02-28") + `</ul></div>`
}

// fcFix24ChromeCases are the chrome of other templates that
// TestMetamorphicChrome found read as the article's own (a related
// row's bylines, one "Read also" card's byline, a thumbnail's ©, teaser
// cards marked <article>, a comment section named by no class), and the
// pages where the same shapes are the article's: a one-writer blog's
// own posts, a real byline in a card under the headline, a footer's
// copyright on a personal site, a readers' letters page.
func fcFix24ChromeCases() []fcCase {
	head := `<title>Harbour ferry returns after ten years</title>`
	h1 := `<h1>Harbour ferry returns after ten years</h1>`
	page := func(body string) string { return fcPage("en", head, body) }
	authors := func(names ...string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { t.Helper(); fcWantAuthors(t, a, names...) }
	}
	readAlso := `<aside class="read-also"><p class="label">Read also</p>` +
		fcFix24Card("div", "Council approves new cycle lanes", "Mara Vellinger", "2024-03-01") + `</aside>`
	comments := `<div class="discussion"><h3>Comments (3)</h3>` +
		`<div class="post"><a href="/user/ilse" class="user">Ilse Brandtner</a> <span class="when">3 hours ago</span><p>This has been a long time coming, and I wonder who will pay for it.</p><button type="button">Reply</button></div>` +
		`<div class="post"><a href="/user/jonas" class="user">Jonas Oerlecke</a> <span class="when">4 hours ago</span><p>My street had the same problem last winter and nobody came to look.</p><button type="button">Reply</button></div>` +
		`<div class="post"><a href="/user/selma" class="user">Selma Dravik</a> <span class="when">5 hours ago</span><p>Does anyone know when the consultation on the timetable closes?</p><button type="button">Reply</button></div></div>`
	return []fcCase{
		// teaser-byline: three writers are a related block, not a one-writer site.
		{class: "fix24chrome/a related row's three writers are no author", html: page(
			`<main><div class="story">` + h1 + `<p class="date">5 March 2024</p>` + fcProse(0, 5) + `</div></main>` + fcFix24Row("li")),
			check: authors()},
		{class: "fix24chrome/a one-writer blog's own posts still name its writer", html: page(
			`<main><div class="story">` + h1 + fcProse(0, 5) + `</div></main><section class="more-posts"><h2>More posts</h2>` +
				fcFix24Card("li", "Council approves new cycle lanes", "Jane Roe", "2024-03-01") +
				fcFix24Card("li", "Bakery wins regional bread award", "Jane Roe", "2024-03-02") +
				fcFix24Card("li", "Museum reopens its railway gallery", "Jane Roe", "2024-02-28") + `</section>`),
			check: authors("Jane Roe")},
		// One card between two paragraphs.
		{class: "fix24chrome/a Read-also card's byline in the text is no author", html: page(
			`<article>` + h1 + `<div class="meta"><span class="author"><a href="/author/hazel-ormsby">Hazel Ormsby</a></span> · <span class="date">5 March 2024</span></div>` + fcProse(0, 2) + readAlso + fcProse(4, 3) + `</article>`),
			check: authors("Hazel Ormsby")},
		{class: "fix24chrome/a Read-also card on a page naming no one gives no author", html: page(
			`<article>` + h1 + fcProse(0, 2) + readAlso + fcProse(4, 3) + `</article>`),
			check: authors()},
		{class: "fix24chrome/a real byline in a card under the headline is the author", html: page(
			`<article>` + h1 + `<div class="card"><img src="/staff/jane-roe.jpg" alt=""><h3><a href="/series/harbour-ferry-diaries">Harbour Ferry Diaries series</a></h3>` +
				`<span class="byline">By Jane Roe</span></div>` + fcProse(0, 5) + `</article>`),
			check: authors("Jane Roe")},
		// A © beside a picture credits the picture.
		{class: "fix24chrome/a thumbnail's © is no copyright holder", html: page(
			`<div class="story">` + h1 + fcProse(0, 5) + `</div><div class="story-card"><a href="/2024/03/other"><div class="thumb"><img src="/img/t.jpg" alt="">` +
				`<span class="img-credit">© Henri Macquart</span></div><h3>Council approves new cycle lanes</h3></a></div>`),
			check: authors()},
		// Teaser cards marked <article>, the story outside them.
		{class: "fix24chrome/a related row of <article> cards does not date the story", html: page(
			`<div class="story">` + h1 + `<p class="date">Published <time datetime="2024-03-05T08:00:00Z">5 March 2024</time></p>` + fcProse(0, 5) + `</div>` + fcFix24Row("article")),
			check: func(t *testing.T, a *article.Article) { t.Helper(); fcWantDate(t, a, "2024-03-05") }},
		{class: "fix24chrome/one <article> card in the text does not date the story", html: page(
			`<div class="story">` + h1 + `<p class="date">Published <time datetime="2024-03-05T08:00:00Z">5 March 2024</time></p>` + fcProse(0, 2) +
				`<aside><p>Read also</p>` + fcFix24Card("article", "Council approves new cycle lanes", "Mara Vellinger", "2024-03-01") + `</aside>` + fcProse(4, 3) + `</div>`),
			check: func(t *testing.T, a *article.Article) {
				t.Helper()
				fcWantDate(t, a, "2024-03-05")
				fcWantAuthors(t, a)
			}},
		// A comment section named by no class.
		{class: "fix24chrome/a comment section after the text is cut from the body", html: page(
			`<article>` + h1 + `<p class="byline">By Hazel Ormsby</p>` + fcProse(0, 5) + comments + `</article>`),
			check: func(t *testing.T, a *article.Article) {
				t.Helper()
				fcWantBody(t, a, []string{strings.Fields(fcSentences[0])[0]}, []string{"nobody came to look", "Ilse Brandtner", "consultation on the timetable"})
			}},
		{class: "fix24chrome/a readers' letters page headed Comments keeps its letters", html: page(
			`<article><h1>Your comments on the harbour ferry</h1><div class="letters"><h2>Comments</h2>` +
				`<div class="letter"><p>The new ferry is the best thing to happen to the island in years, and the fares are fair for residents.</p><p><b>Ilse Brandtner</b>, North Quay</p></div>` +
				`<div class="letter"><p>I would ask the operator to add an early crossing on weekdays, as many of us start work on the mainland at seven.</p><p><b>Jonas Oerlecke</b>, Mill Road</p></div>` +
				`<div class="letter"><p>The pier cost far more than promised, and the council still owes us an explanation of where the money went.</p><p><b>Selma Dravik</b>, Harbour Street</p></div>` +
				`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				t.Helper()
				fcWantBody(t, a, []string{"best thing to happen to the island", "early crossing on weekdays", "still owes us an explanation"}, nil)
			}},
		{class: "fix24chrome/a story's own Comments section in its text is kept", html: page(
			`<article>` + h1 + fcProse(0, 4) + `<h2>Comments</h2><p>The consultation drew more than four hundred written comments, most of them asking for a discount for people who live on the island.</p>` +
				`<p>The council said it would publish a summary of every comment before the timetable is confirmed in April.</p></article>`),
			check: func(t *testing.T, a *article.Article) {
				t.Helper()
				fcWantBody(t, a, []string{"four hundred written comments", "summary of every comment"}, nil)
			}},
	}
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for three date rules of the eighth round: a class part
// starting "related" names chrome (relatedToken), an <aside> whose class
// names a meta line inside an <article> is not chrome (metaAside), and a
// short "Last updated on …" line after the headline dates a page that
// shows nothing else (shownUpdateOnly). Each row is an ordinary page on
// which a careless form of the rule would misfire. Pages, names and
// sites are made up. TestFailureClasses runs them.

// fcR8bRow is one review probe: the page, and the authors, date and body
// text wanted (nil authors and a nil body are not checked).
type fcR8bRow struct {
	name, lang, url, body string
	date                  string
	authors               []string
	in, out               []string
}

func fcReview8bCases() []fcCase {
	var cs []fcCase
	for _, r := range append(append(fcR8bRelatedRows(), fcR8bAsideRows()...), fcR8bUpdateRows()...) {
		r := r
		title := "Ferry to Grest makes first crossing"
		if m := fcP8Title.FindStringSubmatch(r.body); m != nil {
			title = m[1]
		}
		cs = append(cs, fcCase{class: "review8b/" + r.name, url: r.url,
			html: fcPage(r.lang, `<title>`+title+`</title>`, r.body),
			check: func(t *testing.T, a *article.Article) {
				fcWantDate(t, a, r.date)
				if r.authors != nil {
					fcWantAuthors(t, a, r.authors...)
				}
				fcWantBody(t, a, r.in, r.out)
			}})
	}
	return cs
}

const (
	fcR8bURL    = "https://island-notes.example/ferry-to-grest/"
	fcR8bH1     = `<h1 class="entry-title">Ferry to Grest makes first crossing</h1>`
	fcR8bByline = `<div class="entry-meta"><span class="byline">By <a href="/author/tove/" rel="author">Tove Lindqvist</a></span> <span class="posted-on"><time class="entry-date published" datetime="2024-03-05T15:41:00+00:00">March 5, 2024</time></span></div>`
	// fcR8bTimeMeta: a byline and a <time> with the hour.
	fcR8bTimeMeta = `<p class="byline">By <a href="/people/tove" rel="author">Tove Lindqvist</a></p><time class="published" datetime="2024-03-05T15:41:00Z">March 5, 2024</time>`
)

// fcR8bWP is a WordPress single post whose <article> has the classes
// cls.
func fcR8bWP(cls, header, after string) string {
	return `<main id="main" class="site-main"><article id="post-41" class="` + cls + `"><header class="entry-header">` + fcR8bH1 + header + `</header><div class="entry-content">` + fcProse(0, 4) + `</div></article>` + after + `</main>`
}

// fcR8bRelatedRows: class tokens with a "related" part that name the
// article itself, not a list of other posts.
func fcR8bRelatedRows() []fcR8bRow {
	return []fcR8bRow{
		// WordPress's post_class prints the post's category and tag
		// slugs ("category-work-related", "tag-climate-related") on the
		// <article>: a slug is the editors' word, not the theme's.
		{name: "wp-category-slug-related", lang: "en-US", url: fcR8bURL,
			body: fcR8bWP("post-41 post type-post status-publish format-standard hentry category-work-related", fcR8bByline, ""),
			date: "2024-03-05T15:41", authors: []string{"Tove Lindqvist"}},
		{name: "wp-tag-slug-related", lang: "en-US", url: fcR8bURL,
			body: fcR8bWP("post-41 post type-post hentry category-news tag-climate-related tag-ferries", fcR8bByline, ""),
			date: "2024-03-05T15:41", authors: []string{"Tove Lindqvist"}},
		// A state modifier saying the story has a related block.
		{name: "has-related-modifier-on-wrapper", lang: "en", url: fcR8bURL,
			body: `<main><div class="story story--has-related-links">` + fcR8bH1 + fcR8bTimeMeta + fcProse(0, 4) + `</div></main>`,
			date: "2024-03-05T15:41", authors: []string{"Tove Lindqvist"}},
		// "correlated", "unrelated": no part starts with "related".
		{name: "correlated-unrelated-not-related", lang: "en", url: fcR8bURL,
			body: `<div class="correlated-data"><div class="unrelated-note">` + fcR8bH1 + fcR8bTimeMeta + fcProse(0, 4) + `</div></div>`,
			date: "2024-03-05T15:41", authors: []string{"Tove Lindqvist"}},
		// A real related block under a prefix still is one: its later
		// date does not date the page.
		{name: "prefixed-related-block-still-chrome", lang: "en", url: fcR8bURL,
			body: `<main><div class="story">` + fcR8bH1 + `<p>By Tove Lindqvist</p>` + fcProse(0, 4) + `</div><div class="story-related-list"><h2>More stories</h2><div class="item"><a href="/moorings/">Winter moorings full again</a><p>By Jens Aune</p><time datetime="2024-03-11">March 11, 2024</time></div></div></main>`,
			date: "", authors: []string{"Tove Lindqvist"}},
	}
}

// fcR8bAsideRows: <aside> boxes inside and around an article whose class
// reads as a meta line.
func fcR8bAsideRows() []fcR8bRow {
	bio := func(cls string) string {
		return `<aside class="` + cls + `"><h3>About Jens Aune</h3><p>Jens Aune edits the island desk and writes about boats.</p><h4>Other posts by Jens</h4><ul><li><a href="/winter-moorings/">Winter moorings full again</a> <time datetime="2024-03-11T08:00:00+00:00">March 11, 2024</time></li><li><a href="/cafe-hiring/">Island café is hiring</a> <time datetime="2024-03-08T08:00:00+00:00">March 8, 2024</time></li></ul></aside>`
	}
	teasers := `<article class="post"><h3><a href="/winter-moorings/">Winter moorings full again</a></h3><aside class="meta"><span class="author">Jens Aune</span> <time class="published" datetime="2024-03-11T08:00:00+00:00">March 11, 2024</time></aside></article>` +
		`<article class="post"><h3><a href="/cafe-hiring/">Island café is hiring</a></h3><aside class="meta"><span class="author">Jens Aune</span> <time class="published" datetime="2024-03-08T08:00:00+00:00">March 8, 2024</time></aside></article>`
	return []fcR8bRow{
		// An author box closing the article: another person's bio with
		// the dates of their other posts.
		{name: "author-bio-aside-with-other-posts", lang: "en", url: fcR8bURL,
			body: `<main><article class="post">` + fcR8bH1 + `<p class="meta-line">By Tove Lindqvist · March 5, 2024</p><div class="entry-content">` + fcProse(0, 4) + `</div>` + bio("author") + `</article></main>`,
			date: "2024-03-05", authors: []string{"Tove Lindqvist"}},
		// The same box on a page that shows no date: the other posts'
		// dates are not its.
		{name: "author-bio-aside-undated-page", lang: "en", url: fcR8bURL,
			body: `<main><article class="post">` + fcR8bH1 + `<p class="byline">By Tove Lindqvist</p><div class="entry-content">` + fcProse(0, 4) + `</div>` + bio("author") + `</article></main>`,
			date: "", authors: []string{"Tove Lindqvist"}},
		{name: "post-meta-aside-with-related-links", lang: "en", url: fcR8bURL,
			body: `<main><article class="post">` + fcR8bH1 + `<p>March 5, 2024</p><div class="entry-content">` + fcProse(0, 4) + `</div><aside class="post-meta"><h3>Read next</h3><ul><li><a href="/winter-moorings/">Winter moorings full again</a> <time datetime="2024-03-11">March 11, 2024</time></li></ul></aside></article></main>`,
			date: "2024-03-05"},
		// The theme's byline aside: still read.
		{name: "meta-aside-byline-still-read", lang: "en", url: fcR8bURL,
			body: `<main><article class="post">` + fcR8bH1 + `<aside class="meta"><p class="authors">By <a href="/people/tove" class="author-name">Tove Lindqvist</a></p><p class="wrapper-date">March 5, 2024</p></aside><div class="content">` + fcProse(0, 4) + `</div></article></main>`,
			date: "2024-03-05", authors: []string{"Tove Lindqvist"}},
		// A meta aside with its topic list and labels, the headline in a
		// banner above, no <article>: still the page's date.
		{name: "meta-aside-with-tag-list-no-article", lang: "en", url: fcR8bURL,
			body: `<div class="banner"><header>` + fcR8bH1 + `</header></div><div class="story-wrap"><aside class="meta" role="complementary"><p><time datetime="2024-03-05T13:30:00Z">05.03.2024 - 13:30</time></p><p><strong>Source:</strong> Holmby Ferries</p><p><strong>Ferries</strong></p><ul><li><a href="/topics/ferries/">All ferry stories</a></li></ul></aside><div class="story-body">` + fcProse(0, 4) + `</div></div>`,
			date: "2024-03-05T13:30"},
		// Teaser <article>s in a sidebar and in the site footer, each
		// with its meta in an <aside class="meta">: the chrome around
		// the teaser still counts.
		{name: "teaser-meta-asides-in-sidebar", lang: "en", url: fcR8bURL,
			body: `<div class="wrap"><main><div class="post-body">` + fcR8bH1 + `<p>By Tove Lindqvist</p>` + fcProse(0, 4) + `</div></main><aside class="sidebar"><h2>Latest</h2>` + teasers + `</aside></div>`,
			date: "", authors: []string{"Tove Lindqvist"}},
		{name: "teaser-meta-asides-in-site-footer", lang: "en", url: fcR8bURL,
			body: `<main><div class="post-body">` + fcR8bH1 + `<p>By Tove Lindqvist</p>` + fcProse(0, 4) + `</div></main><footer class="site-footer"><h2>Latest</h2>` + teasers + `</footer>`,
			date: "", authors: []string{"Tove Lindqvist"}},
		{name: "teaser-meta-asides-in-related-div", lang: "en", url: fcR8bURL,
			body: `<main><article class="post">` + fcR8bH1 + `<p>By Tove Lindqvist</p>` + fcProse(0, 4) + `</article><div class="more-stories"><h2>More stories</h2>` + teasers + `</div></main>`,
			date: "", authors: []string{"Tove Lindqvist"}},
		// WordPress's Meta widget and a sidebar named meta outside the
		// article.
		{name: "sidebar-meta-aside-outside-article", lang: "en", url: fcR8bURL,
			body: `<main><article class="post">` + fcR8bH1 + `<p>By Tove Lindqvist</p>` + fcProse(0, 4) + `</article></main><aside class="sidebar meta"><h2>Recent posts</h2><ul><li><a href="/winter-moorings/">Winter moorings full again</a> <time class="published" datetime="2024-03-11">March 11, 2024</time></li></ul></aside><aside id="meta-2" class="widget widget_meta"><h2>Meta</h2><ul><li><a href="/wp-login.php">Log in</a></li></ul></aside>`,
			date: "", authors: []string{"Tove Lindqvist"}},
		// A pull quote aside in the body: the text stays out of the
		// paragraphs as before.
		{name: "pullquote-meta-aside-body", lang: "en", url: fcR8bURL,
			body:    `<main><article class="post">` + fcR8bH1 + `<p>By Tove Lindqvist</p><div class="entry-content">` + fcProse(0, 2) + `<aside class="pullquote-meta"><p>We waited ten years for this boat.</p></aside>` + fcProse(4, 2) + `</div></article></main>`,
			authors: []string{"Tove Lindqvist"}, in: []string{"The new ferry", "The harbour master"}, out: []string{"We waited ten years"}},
	}
}

// fcR8bUpdateRows: short "updated" lines after the headline that are not
// the page's meta line, and ones that are.
func fcR8bUpdateRows() []fcR8bRow {
	return []fcR8bRow{
		{name: "only-update-line-en", lang: "en", url: fcR8bURL,
			body: `<main><article>` + fcR8bH1 + `<p class="note">Last updated on March 9, 2024</p>` + fcProse(0, 4) + `</article></main>`,
			date: "2024-03-09"},
		{name: "only-update-line-de", lang: "de", url: "https://inselnotizen.example/neue-faehre/",
			body: `<main><article><h1>Neue Fähre nach Grest legt erstmals ab</h1><p>Zuletzt aktualisiert am 9. März 2024</p>` + fcDeProse(4) + `</article></main>`,
			date: "2024-03-09"},
		{name: "only-update-line-fr", lang: "fr", url: "https://notes-insulaires.example/nouveau-ferry/",
			body: `<main><article><h1>Le nouveau ferry fait sa première traversée</h1><p>Mis à jour le 9 mars 2024</p>` + fcProse(0, 4) + `</article></main>`,
			date: "2024-03-09"},
		{name: "only-update-line-es", lang: "es", url: "https://notas-isla.example/nuevo-ferry/",
			body: `<main><article><h1>El nuevo ferry hace su primera travesía</h1><p>Actualizado el 9 de marzo de 2024</p>` + fcProse(0, 4) + `</article></main>`,
			date: "2024-03-09"},
		// "Updated" as an adjective: a timetable valid from a day, not
		// the page's update.
		{name: "updated-timetable-valid-from", lang: "en", url: fcR8bURL,
			body: `<main><article>` + fcR8bH1 + `<p>Updated timetable valid from 1 May 2024</p>` + fcProse(0, 4) + `</article></main>`,
			date: ""},
		{name: "updated-fares-table-caption", lang: "en", url: fcR8bURL,
			body: `<main><article>` + fcR8bH1 + `<p><strong>New fares, revised after the consultation of 14 February 2024</strong></p>` + fcProse(0, 4) + `</article></main>`,
			date: ""},
		// A short first paragraph of the story that reports an update.
		{name: "short-lede-reports-update", lang: "en", url: fcR8bURL,
			body: `<main><article>` + fcR8bH1 + `<p>The ferry timetable was last updated on 2 January 2024.</p>` + fcProse(0, 4) + `</article></main>`,
			date: ""},
		// A line that opens with the update word but reports who
		// reviewed: not a label of the page's update.
		{name: "reviewed-by-line-not-label", lang: "en", url: fcR8bURL,
			body: `<main><article>` + fcR8bH1 + `<p>Fares reviewed by the island council on 14 February 2024</p>` + fcProse(0, 4) + `</article></main>`,
			date: ""},
		// The page's publication in a signature closing it, and a
		// "last updated" line under the headline.
		{name: "update-line-and-signature", lang: "en", url: fcR8bURL,
			body: `<main><article>` + fcR8bH1 + `<p>Last updated on March 9, 2024</p>` + fcProse(0, 4) + `<p>Tove Lindqvist, Holmby, 5 March 2024</p></article></main>`,
			date: "2024-03-05"},
		// An update line above the headline is read by near-headline
		// rules, not this one; no misfire either way.
		{name: "update-line-above-headline", lang: "en", url: fcR8bURL,
			body: `<main><article><p class="kicker">Updated March 9, 2024</p>` + fcR8bH1 + fcProse(0, 4) + `</article></main>`,
			date: "2024-03-09"},
	}
}

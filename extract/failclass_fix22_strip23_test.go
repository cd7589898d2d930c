package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Round 22 (strip23): pages without metadata whose visible structure
// alone tells the headline, the writer and the dek. The heading that
// opens the <title> over a banner <h1> naming the blog; byline boxes'
// job and topic-label leaves; an author box's description; a "Written
// by" card heading after the text; a blogger's card; the paragraph under
// the <h1>. And where these must not fire: a headline with "@" in it, a
// desk credit alone in its byline span, a page whose text starts under
// the <h1>. Names, sites and text are made up.

func fcFix22Strip23Cases() []fcCase {
	const url = "https://holmby-courier.example/news/ferry-first-crossing"
	row := func(name, head, body string, check func(t *testing.T, a *article.Article)) fcCase {
		return fcCase{class: "fix22/strip23/" + name, url: url, html: fcPage("en", head, body), check: check}
	}
	headline, authors, summary := fcCheckHeadline, fcCheckAuthors, fcCheckSummary
	const title = "Ferry to Grest makes its first winter crossing"
	const dek = "The council kept the island service running after a vote in the autumn, and the first boat left on time."
	return []fcCase{
		row("title-opens-with-post-blog-banner-h1",
			`<title>`+title+` @ Marlowe's Island Notes :: Blogs</title>`,
			`<div id="header"><h1><a href="https://notes.example/blog">Marlowe's Island Notes</a></h1></div><div class="post"><h2><a href="/blog/post/1">`+title+`</a></h2>`+fcProse(0, 4)+`</div>`,
			headline(title)),
		// must not fire: the <h1> states the <title> whole ("@" a part of it)
		row("title-with-at-sign-h1-kept",
			`<title>Grest Rovers @ Holmby Town: late goal settles the derby</title>`,
			`<article><h1>Grest Rovers @ Holmby Town: late goal settles the derby</h1><h2>Match report</h2>`+fcProse(1, 4)+`</article>`,
			headline("Grest Rovers @ Holmby Town: late goal settles the derby")),
		row("byline-box-job-and-topics-leaves",
			`<title>`+title+` | Holmby Courier</title>`,
			`<article><h1>`+title+`</h1><div class="c-byline"><div class="c-byline__author"><a href="/authors/jane-marlowe/"><span>Jane Marlowe</span></a>, <span class="c-byline__role">Transport Correspondent</span></div><time datetime="2024-03-05T06:00:00Z">5 March 2024</time><div class="c-byline__related"><a href="/authors/jane-marlowe/">Related Topics</a></div></div>`+fcProse(2, 4)+`</article>`,
			authors("Jane Marlowe")),
		// must not fire: the desk's credit alone in the name's span
		row("byline-desk-credit-first-kept",
			`<title>`+title+` | Holmby Courier</title>`,
			`<article><h1>`+title+`</h1><div class="c-byline"><span class="c-byline__name">Jane Marlowe</span> <span class="c-byline__date">5 March 2024</span></div>`+fcProse(3, 4)+`</article>`,
			authors("Jane Marlowe")),
		row("author-box-description-leaf",
			`<title>`+title+` - Holmby Courier</title>`,
			`<article><h1>`+title+`</h1><div class="post-meta"><div class="post-author">By <a href="/author/hpa/">HPA</a></div></div>`+fcProse(4, 4)+`<div class="authorbox"><p class="author-name">HPA</p><p class="author-desc">Holmby Press Agency, the island's news agency.</p></div></article>`,
			authors("HPA")),
		row("written-by-card-h2-after-text",
			`<title>`+title+` | by Jane Marlowe | Mar, 2024</title>`,
			`<article><h1>`+title+`</h1>`+fcProse(5, 4)+`</article><div class="x1"><h2 class="x2">Written by Jane Marlowe</h2><p>2.1K Followers</p><p>Transport writer on the islands.</p></div>`,
			authors("Jane Marlowe")),
		row("blogger-card-name",
			`<title>`+title+` | Blog Jane Marlowe</title>`,
			`<div class="blogger-card"><div class="blogger-info"><a class="blogger-name" href="https://marlowe.blogs.example/">Jane Marlowe</a><p class="blogger-perex">Teacher of physics in Holmby. I write about the islands.</p></div></div><div class="article"><h1>`+title+`</h1>`+fcProse(6, 4)+`</div>`,
			authors("Jane Marlowe")),
		row("dek-under-h1-no-description",
			`<title>`+title+` | Holmby Courier</title>`,
			`<article><div class="materia-cabecalho"><h1>`+title+`</h1><p class="linha-fina">`+dek+`</p></div><div class="materia-conteudo">`+fcProse(7, 4)+`</div></article>`,
			summary(dek)),
		// must not fire: the text starts right under the <h1>
		row("text-under-h1-no-dek",
			`<title>`+title+` | Holmby Courier</title>`,
			`<article><h1>`+title+`</h1>`+fcProse(8, 4)+`</article>`,
			summary("")),
	}
}

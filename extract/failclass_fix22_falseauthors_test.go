package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix22FalseAuthorsCases are pages without author metadata whose
// visible structure holds a false author candidate (authorfalse.go), and
// pages where those rules must not fire.
func fcFix22FalseAuthorsCases() []fcCase {
	want := func(names ...string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, names...) }
	}
	return []fcCase{
		{class: "fix22 comments after the text sign replies", html: fcPage("en", `<title>Pond season opens | Riverside Notes</title>`,
			`<article><h1>Pond season opens</h1><p class="byline">By Marta Quillfeather</p>`+fcProse(1, 5)+`</article>`+
				`<div class="talk"><div class="talk-item"><span class="talk-author">Odile Brannock</span> <span>5 March 2024 9:12</span><p>Lovely to see the ducks back.</p></div>`+
				`<div class="talk-item"><span class="talk-author">Piers Wendle</span> <span>6 March 2024 10:40</span><p>When does the kiosk open?</p></div></div>`),
			check: want("Marta Quillfeather")},
		{class: "fix22 a forum thread: the first post's writer", html: fcPage("en", `<title>Which wood lasts? - Growers Forum</title>`,
			`<h1>Which wood lasts?</h1><div class="thread"><div class="post-item"><span class="post-author">beds_ana</span> <time datetime="2024-03-02T09:00:00Z">March 2, 2024</time><div>`+fcProse(2, 4)+`</div></div>`+
				`<div class="post-item"><span class="post-author">old_tomas</span> <time datetime="2024-03-02T11:00:00Z">March 2, 2024</time><div><p>Larch, every time, and rough sawn from a local mill rather than planed.</p></div></div></div>`),
			check: want("beds_ana")},
		{class: "fix22 two writers' cards after the text stay (no time)", html: fcPage("en", `<title>Harbour dredging starts | Coast Times</title>`,
			`<article><h1>Harbour dredging starts</h1>`+fcProse(3, 5)+
				`<div class="author-card"><span class="author-name">Ines Harrowgate</span><p>Ines covers the harbour and the fleet.</p></div>`+
				`<div class="author-card"><span class="author-name">Teodor Blakely</span><p>Teodor covers the council.</p></div></article>`),
			check: want("Ines Harrowgate", "Teodor Blakely")},
		{class: "fix22 a bio in the byline box names no place", html: fcPage("en", `<title>New bridge opens | Valley Ledger</title>`,
			`<article><h1>New bridge opens</h1>`+fcProse(4, 5)+
				`<div class="story-author"><p>Hollis Vantreight covers Marlow and Kessler County. Reach him at the newsroom.</p></div></article>`),
			check: want()},
		{class: "fix22 rel=author to the home page is the blog's title", html: fcPage("en", `<title>Tuning a slow query | Null Terminated</title>`,
			`<header><a class="site-title" rel="author" href="/">Null Terminated</a></header><article><h1>Tuning a slow query</h1>`+
				`<p class="post-meta"><span class="p-author">Ravi Okafor-Lund</span></p>`+fcProse(5, 5)+`</article>`),
			check: want("Ravi Okafor-Lund")},
		{class: "fix22 rel=author to the writer's own site stays", url: "https://blog.example/post", html: fcPage("en", `<title>Tuning a slow query | Null Terminated</title>`,
			`<article><h1>Tuning a slow query</h1><p>By <a rel="author" href="https://ravi.example/">Ravi Okafor-Lund</a></p>`+fcProse(5, 5)+`</article>`),
			check: want("Ravi Okafor-Lund")},
	}
}

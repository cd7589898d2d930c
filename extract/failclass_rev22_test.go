package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review of round 22's rules: rows where a rule must NOT fire, on pages
// real sites produce, and variants the rules' comments claim. Names,
// places and sites are invented.

func fcRev22Cases() []fcCase {
	return append(append(fcRev22aCases(), fcRev22cCases()...), fcRev22bCases()...)
}

func fcRev22aCases() []fcCase {
	art := func(head, byline, body string) string {
		return fcPage("en", head, `<main><article><h1>Ferry to Grest makes its first crossing</h1>`+byline+body+`</article></main>`)
	}
	return []fcCase{
		// bioByline: a byline that opens with its label and ends on a
		// time's full stop is no sentence about the writer.
		{class: "rev22 byline 'By X for the Paper | date a.m.' is no bio", url: "https://courier.example/news/ferry",
			html: art(`<title>Ferry to Grest makes its first crossing</title>`,
				`<p class="byline">By Jane Doe for the Holmby Courier | March 5, 2024, 9:30 a.m.</p>`, fcProse(0, 6)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }},
		// menuItem: a definition list of a press release's fields labels
		// its values (a <dt> labels its <dd>), however many fields.
		{class: "rev22 dl of five fields: Author dt labels its dd", url: "https://council.example/news/ferry",
			html: art(`<title>Ferry to Grest makes its first crossing</title>`,
				`<dl class="release-meta"><dt>Author</dt><dd>Jane Doe</dd><dt>Published</dt><dd>5 March 2024</dd><dt>Department</dt><dd>Transport</dd><dt>Topic</dt><dd>Ferries</dd><dt>Reading time</dt><dd>3 min</dd></dl>`, fcProse(0, 6)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }},
		// namenotes: a place note before the joiner is taken out, but a
		// photo note after the next writer says he took the pictures.
		{class: "rev22 byline 'X (Holmby) and Y (photos)': Y is the photographer", url: "https://courier.example/news/ferry",
			html: art(`<title>Ferry to Grest makes its first crossing</title>`,
				`<p class="byline">By Jane Doe (Holmby) and Mark Roe (photos)</p>`, fcProse(0, 6)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }},
		{class: "rev22 byline 'Von X (Bonn) und Y (Fotos)': Y is the photographer", url: "https://kurier.example/news/faehre",
			html:  fcPage("de", `<title>Neue Fähre nach Grest</title>`, `<main><article><h1>Neue Fähre nach Grest</h1><p class="byline">Von Anna Berg (Bonn) und Jonas Lind (Fotos)</p>`+fcProse(0, 6)+`</article></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Anna Berg") }},
		{class: "rev22 byline 'X (Reuters) and Y': two writers", url: "https://courier.example/news/ferry",
			html: art(`<title>Ferry to Grest makes its first crossing</title>`,
				`<p class="byline">By Jane Doe (Reuters) and Mark Roe</p>`, fcProse(0, 6)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe", "Mark Roe") }},
		// sidebar teaser: a sidebar's <article> card of 600 bytes makes
		// no heading of the sidebar a headline.
		{class: "rev22 sidebar with a long teaser <article>: the post's h1 stays the headline", url: "https://blog.example/ferry",
			html: fcPage("en", `<title>Holmby blog</title>`, `<div class="content"><div class="post"><h1 class="entry-title">Ferry to Grest makes its first crossing</h1>`+fcProse(0, 6)+`</div></div>`+
				`<div class="sidebar"><h2 class="widget-title">Editor's pick of the week</h2><article class="pick"><h3>Harbour festival returns</h3><p>`+strings.Repeat("The harbour festival returns in July with boats, music and food stalls along the quay. ", 7)+`</p></article></div>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != "Ferry to Grest makes its first crossing" {
					t.Errorf("headline = %q", a.Headline)
				}
			}},
		{class: "rev22 sidebar with a long teaser <article>, the post's title an h2", url: "https://blog.example/ferry",
			html: fcPage("en", `<title>Holmby blog</title>`, `<div class="content"><div class="post"><h2 class="post-title">Ferry to Grest makes its first crossing</h2>`+fcProse(0, 6)+`</div></div>`+
				`<div class="sidebar"><h1 class="widget-title">Editor's pick of the week</h1><article class="pick"><h3>Harbour festival returns</h3><p>`+strings.Repeat("The harbour festival returns in July with boats, music and food stalls along the quay. ", 7)+`</p></article></div>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline == "Editor's pick of the week" {
					t.Errorf("headline = %q", a.Headline)
				}
			}},
		// titleTail: a title that ends on the region the story is about
		// is no site's name.
		{class: "rev22 dateline 'COLUMBUS, Ohio' on a title ending '- Ohio' keeps the state", url: "https://news.example/ohio-primary",
			html: fcPage("en", `<title>Primary turnout sets a record - Ohio</title>`, `<main><article><h1>Primary turnout sets a record</h1><p>COLUMBUS, Ohio — `+fcSentences[0]+`</p>`+fcProse(1, 5)+`</article></main>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != "COLUMBUS, Ohio" {
					t.Errorf("dateline = %q", a.Dateline)
				}
			}},
	}
}

func fcRev22cCases() []fcCase {
	art := func(head, byline, body string) string {
		return fcPage("en", head, `<main><article><h1>Ferry to Grest makes its first crossing</h1>`+byline+body+`</article></main>`)
	}
	return []fcCase{
		// endbox: a story set in sections, its last section link-heavy
		// prose (a wiki-style explainer) is the story's.
		{class: "rev22 story in sections: last section with links stays", url: "https://explainer.example/ferry",
			html: art(`<title>Ferry to Grest makes its first crossing</title>`, ``,
				`<section class="chapter"><h2>The crossing</h2>`+fcProse(0, 3)+`</section><section class="chapter"><h2>The cost</h2>`+fcProse(6, 3)+`</section>`+
					`<section class="chapter"><h2>What comes next</h2><p><a href="/council">The council</a> will vote on <a href="/second-vessel">a second vessel</a> in June, after <a href="/report">the operator's first report</a> on <a href="/punctuality">punctuality</a>.</p></section>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"will vote on a second vessel"}, nil)
			}},
		// endbox: a story section that ends with a link to the document
		// it reports on (old CMSs set the text straight in the section).
		{class: "rev22 story in sections: last section ending on a document link stays", url: "https://explainer.example/ferry",
			html: art(`<title>Ferry to Grest makes its first crossing</title>`, ``,
				`<section class="chapter"><h2>The crossing</h2>`+fcProse(0, 3)+`</section><section class="chapter"><h2>The cost</h2>`+fcProse(6, 3)+`</section>`+
					`<section class="chapter"><h2>The report</h2><p>The operator's first report found that nine crossings in ten left on time.</p><a href="/docs/ferry-report.pdf">Ferry punctuality report, March</a></section>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"nine crossings in ten"}, nil)
			}},
		// labelledEmail: a story's own detail line, among others of its
		// kind, is the story's.
		{class: "rev22 story's detail line 'Applications: jobs@…' stays", url: "https://courier.example/news/ferry-jobs",
			html: art(`<title>Ferry operator hires crew</title>`, ``,
				fcProse(0, 3)+`<p>Deadline: 30 April</p><p>Applications: jobs@grestferry.example</p>`+fcProse(6, 3)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"Applications: jobs@grestferry.example"}, nil)
			}},
	}
}

func fcRev22bCases() []fcCase {
	meta := `<title>Ferry to Grest makes its first crossing</title><meta name="author" content="Jane Doe">`
	return []fcCase{
		// nameOpens: a personal blog's last media-and-text block (a
		// picture beside a paragraph) whose sentence opens with the
		// author's name is the story's, not an author card.
		{class: "rev22 last media-text block opening with the author's name stays", url: "https://janedoe.example/ferry",
			html: fcPage("en", meta, `<main><article><h1>Ferry to Grest makes its first crossing</h1>`+fcProse(0, 5)+
				`<div class="wp-block-media-text"><figure class="wp-block-media-text__media"><img src="/img/deck.jpg" alt=""></figure><div class="wp-block-media-text__content"><p>Jane Doe and her daughter stood on the upper deck for the whole forty minutes, and neither of them wanted to get off at Grest.</p></div></div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"stood on the upper deck"}, nil)
			}},
		// the author card the rule was written for still goes.
		{class: "rev22 author card '<strong>Name</strong> job' beside a headshot goes", url: "https://courier.example/ferry",
			html: fcPage("en", meta, `<main><article><h1>Ferry to Grest makes its first crossing</h1>`+fcProse(0, 5)+
				`<div class="author-card"><img src="/people/jane.jpg" alt="Jane Doe"><p><strong>Jane Doe</strong> covers transport and the islands for the Courier.</p></div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, nil, []string{"covers transport and the islands"})
			}},
		// footerAboveText: an epigraph's footer above the text names the
		// quote's author, not the story's.
		{class: "rev22 epigraph footer above the text names no writer", url: "https://courier.example/ferry",
			html: fcPage("en", `<title>Ferry to Grest makes its first crossing</title>`, `<main><article><h1>Ferry to Grest makes its first crossing</h1>`+
				`<blockquote class="epigraph"><p>The sea, once it casts its spell, holds one in its net of wonder forever.</p><footer><span class="author">Jacques Morel</span></footer></blockquote>`+
				`<p class="byline">By Jane Doe</p>`+fcProse(0, 6)+`</article></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }},
		// ofReply: a byline row listing two writers, each in a card
		// showing when it was updated, is no comment thread.
		{class: "rev22 two writer cards each with a time are both writers", url: "https://courier.example/ferry",
			html: fcPage("en", `<title>Ferry to Grest makes its first crossing</title>`, `<main><article><header><h1>Ferry to Grest makes its first crossing</h1></header>`+
				`<div class="contributors"><div class="contributor"><span class="author-name">Jane Doe</span> <time datetime="2024-03-05T09:12">9:12</time></div><div class="contributor"><span class="author-name">Mark Roe</span> <time datetime="2024-03-05T10:40">10:40</time></div></div>`+
				`<div class="story">`+fcProse(0, 6)+`</div></article></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe", "Mark Roe") }},
	}
}

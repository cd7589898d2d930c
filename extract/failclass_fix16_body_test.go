package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix16BodyCases: topic and tag rows left after the text (a topic
// label of the lexicon, with or without a colon, then only links) and
// comment boxes named in other languages (round 16, class "topic rows
// and comment boxes"); and the ordinary lines the rules must leave alone:
// prose opening with a label's words, a paragraph with a few links.
func fcFix16BodyCases() []fcCase {
	head := `<title>Ferry to Grest makes first crossing | Holmby Courier</title><meta property="og:title" content="Ferry to Grest makes first crossing">`
	page := func(lang, after string) string {
		return fcPage(lang, head, `<article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content">`+fcProse(0, 4)+after+`</div></article>`)
	}
	row := func(name, lang, after string, in, out []string) fcCase {
		return fcCase{class: "fix16/body/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing", html: page(lang, after),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, append([]string{fcSentences[0][:30]}, in...), out)
			}}
	}
	return []fcCase{
		// topic rows: the label, then links only
		row("en-topics-span-no-colon", "en", `<div class="topics"><span>Topics</span> <a href="/t/ferries">Ferries</a> <a href="/t/grest">Grest</a></div>`, nil, []string{"Ferries"}),
		row("en-in-this-article-caps", "en", `<div class="c-topics"><span>IN THIS ARTICLE</span> <a href="/t/transport">Transport</a> <a href="/t/harbour">Holmby Harbour</a></div>`, nil, []string{"IN THIS ARTICLE"}),
		row("en-more-on-plain-text", "en", `<div class="article-topics">More On <a href="/t/ferries">Ferries</a> <a href="/t/holmby">Holmby</a></div>`, nil, []string{"More On"}),
		row("en-tags-comma-list", "en", `<p class="post-tags">Tags <a href="/tag/ferries">ferries</a>, <a href="/tag/islands">islands</a>, <a href="/tag/transport">transport</a></p>`, nil, []string{"islands"}),
		row("de-themen-colon", "de", `<div class="themen">Themen: <a href="/thema/faehre">Fähre</a> <a href="/thema/grest">Grest</a></div>`, nil, []string{"Themen:"}),
		row("nl-onderwerpen", "nl", `<div class="onderwerpen"><span>Onderwerpen</span> <a href="/o/veerdienst">Veerdienst</a> <a href="/o/grest">Grest</a></div>`, nil, []string{"Onderwerpen"}),
		row("es-temas-colon", "es", `<p class="temas">Temas: <a href="/t/transporte">Transporte</a> · <a href="/t/islas">Islas</a></p>`, nil, []string{"Temas:"}),
		// comment boxes named in other languages
		row("nl-reacties-box", "nl", `<div class="reacties"><h3>Reacties (1)</h3><div class="reactie"><b>Henk uit Holmby</b> - 17-03-2009 19:02<br>Mooi dat de boot weer vaart, dat werd tijd.</div></div>`, nil, []string{"Henk uit Holmby", "werd tijd"}),
		row("pl-komentarze-box", "pl", `<div class="komentarze"><b>Komentarze (1)</b><br><div class="kom"><b>turysta_bb</b> (2008-03-10 18:12): Byłem w niedzielę, pięknie zrobione!</div></div>`, nil, []string{"pięknie zrobione"}),
		row("it-commenti-box", "it", `<section class="commenti"><h3>Commenti</h3><div class="commento"><b>Marco</b>: Finalmente il traghetto funziona di nuovo.</div></section>`, nil, []string{"Finalmente il traghetto"}),
		// must NOT fire
		row("en-more-on-that-later-kept", "en", `<p>More on that later, the harbour master said, once the <a href="/t/timetable">timetable</a> is settled.</p>`, []string{"More on that later"}, nil),
		row("en-in-this-article-sentence-kept", "en", `<p>In this article we look at how the <a href="/t/ferries">ferry</a> changes life on <a href="/t/grest">Grest</a>.</p>`, []string{"In this article we look at"}, nil),
		row("en-paragraph-few-links-kept", "en", `<p>The <a href="/t/council">council</a> and the <a href="/t/operator">operator</a> will review the service in <a href="/t/spring">spring</a> after a year of sailings.</p>`, []string{"will review the service in"}, nil),
		row("en-topics-sentence-kept", "en", `<p>Topics on the agenda include fares, the <a href="/t/timetable">winter timetable</a> and parking at the slipway.</p>`, []string{"Topics on the agenda include"}, nil),
	}
}

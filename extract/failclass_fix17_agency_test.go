package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix17AgencyCases: a news agency's name standing alone as the credit,
// no label and no "By", in an element beside the date at the article's
// head whose class (or itemprop=sourceOrganization) names the text's
// source or agency (round 17, class "agency alone beside the date"); and
// the lines the rule must leave alone: a picture's source, a study cited
// as the source at the end, an agency named in a sentence, a teaser's
// source label, a writer's byline beside the agency, a source element
// naming no agency.
func fcFix17AgencyCases() []fcCase {
	const title = "Ferry to Grest makes first crossing"
	head := `<title>` + title + ` | Holmby Courier</title><meta property="og:title" content="` + title + `">`
	page := func(lang, meta, after string) string {
		return fcPage(lang, head, `<article><h1>`+title+`</h1>`+meta+`<div class="entry-content">`+fcProse(0, 4)+after+`</div></article>`)
	}
	row := func(name, lang, meta, after string, want ...string) fcCase {
		return fcCase{class: "fix17/agency/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing", html: page(lang, meta, after),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	const tm = `<time datetime="2024-03-05T09:12:00+01:00">5.3.2024, 09:12</time>`
	return []fcCase{
		row("en-news-source-after-time", "en", `<div class="post-meta">`+tm+` <span class="news-source">Reuters</span></div>`, "", "Reuters"),
		row("de-quelle-before-time", "de", `<div class="artikel-info"><span class="artikel-quelle">dpa</span> `+tm+`</div>`, "", "dpa"),
		row("es-agencia-beside-fecha", "es", `<p class="meta"><span class="fecha">5 de marzo de 2024</span> · <span class="agencia">EFE</span></p>`, "", "EFE"),
		row("it-fonte-beside-time", "it", `<div class="info-articolo">`+tm+` <span class="fonte">ANSA</span></div>`, "", "ANSA"),
		row("pl-zrodlo-caps-dateline-wire", "pl", `<div class="meta"><span class="zrodlo">PAP</span> `+tm+`</div>`, "", "PAP"),
		row("en-itemprop-source-organization", "en", `<div class="meta">`+tm+` <span itemprop="sourceOrganization">AFP</span></div>`, "", "AFP"),
		row("fr-source-after-standfirst", "fr", `<p class="chapo">Le nouveau bac a traversé lundi avec quarante passagers, une première depuis dix ans pour les habitants de Grest.</p><div class="infos"><span class="source">AFP</span> `+tm+`</div>`, "", "AFP"),
		row("de-two-agencies-slash", "de", `<div class="meta">`+tm+` <span class="agentur">dpa/AFP</span></div>`, "", "dpa", "AFP"),
		// must NOT fire
		row("de-picture-source-beside-time-none", "de", `<div class="meta">`+tm+` <span class="bild-quelle">dpa</span></div>`, ""),
		row("de-foto-label-source-none", "de", `<div class="meta">`+tm+` <span class="source">Foto: dpa</span></div>`, ""),
		row("de-study-quelle-at-end-none", "de", `<div class="meta">`+tm+`</div>`, `<div class="fussnote"><span class="quelle">Statistisches Landesamt</span> `+tm+`</div>`),
		row("en-agency-in-sentence-none", "en", `<div class="meta">`+tm+`</div>`, `<p>The figures were first reported by <span class="source">Reuters</span> on Monday, a day before the ferry sailed.</p>`),
		row("en-teaser-source-label-none", "en", `<div class="meta">`+tm+`</div>`, `<ul class="related"><li><a href="/news/harbour-dredging-starts">Harbour dredging starts next week at Holmby</a> <span class="source">AP</span> `+tm+`</li><li><a href="/news/island-school-reopens">Island school reopens after the storm repairs</a> <span class="source">AP</span> `+tm+`</li></ul>`),
		row("en-writer-byline-wins", "en", `<div class="post-meta"><span class="byline">By Jane Holloway</span> `+tm+` <span class="source">Reuters</span></div>`, "", "Jane Holloway"),
		row("en-source-site-name-none", "en", `<div class="post-meta">`+tm+` <span class="source">Holmby Courier</span></div>`, ""),
		row("en-source-lower-case-word-none", "en", `<div class="post-meta">`+tm+` <span class="source">Map</span></div>`, ""),
	}
}

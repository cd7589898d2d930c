package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix17DekCases: the dek under the headline, named as a subtitle in the
// article's header, set inside the text's container before the byline
// (round 17, class "the dek under the headline opens the body"): it
// leaves the body and is the summary. And the openings the rule must
// leave alone: a bold lead and an "intro" paragraph inside the text, a
// lead named so between the headline and the text, a plain first
// paragraph under the headline, a page with no header at all, a
// "subtitle" heading inside the text, a text wrapper whose class holds a
// dek word.
func fcFix17DekCases() []fcCase {
	const (
		dek    = "Operator promises four crossings a day through the summer season"
		hl     = "Ferry to Grest makes first crossing"
		byline = `<div class="byline">By <a rel="author" href="/author/mara-quint">Mara Quint</a> <time datetime="2024-03-05T09:10:00Z">March 5, 2024</time></div>`
	)
	head := `<title>` + hl + ` | Holmby Courier</title><meta property="og:title" content="` + hl + `">`
	first := fcSentences[0][:30]
	row := func(name, lang, body string, in, out []string, summary string) fcCase {
		return fcCase{class: "fix17/dek/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing", html: fcPage(lang, head, body),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, append([]string{first}, in...), out)
				if summary != "" && !strings.Contains(a.Summary, summary) {
					t.Errorf("summary = %q, want %q", a.Summary, summary)
				}
			}}
	}
	// dek rows: the dek leaves the body and is the summary
	dekRow := func(name, lang, body string) fcCase { return row(name, lang, body, nil, []string{dek[:30]}, dek) }
	prose := fcProse(0, 4)
	return []fcCase{
		dekRow("wp-entry-subtitle-in-article", "en", `<article class="post"><h1 class="entry-title">`+hl+`</h1><p class="entry-subtitle">`+dek+`</p>`+byline+prose+`</article>`),
		dekRow("arc-subheadline-h2", "en", `<main><div class="article-wrap"><h1 class="b-header__headline">`+hl+`</h1><h2 class="b-header__subheadline">`+dek+`</h2>`+byline+prose+`</div></main>`),
		dekRow("camel-sub-headline-div", "en", `<div class="ArticlePage-content"><h1 class="ArticlePage-headline">`+hl+`</h1><div class="ArticlePage-subHeadline">`+dek+`</div><div class="ArticlePage-authors">By <a href="/author/mara-quint">Mara Quint</a></div>`+prose+`</div>`),
		dekRow("hashed-dek-class", "en", `<article><div><h1 class="ArticleHeader_title__x8Kq2">`+hl+`</h1><p class="ArticleHeader_dek__3hZ9s">`+dek+`</p></div>`+byline+prose+`</article>`),
		dekRow("deck-div-before-picture", "en", `<article class="story"><h1>`+hl+`</h1><div class="deck"><p>`+dek+`</p></div><figure><img src="/img/ferry.jpg" alt=""><figcaption>The ferry leaves Holmby harbour.</figcaption></figure>`+byline+prose+`</article>`),
		dekRow("itemprop-alternative-headline", "en", `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">`+hl+`</h1><h2 itemprop="alternativeHeadline">`+dek+`</h2>`+byline+`<div itemprop="articleBody">`+prose+`</div></article>`),
		dekRow("drupal-subtitle-field-own-box", "en", `<article class="node node--type-article"><h1 class="page-title"><span class="field field--name-title">`+hl+`</span></h1><div class="field field--name-field-subtitle"><p>`+dek+`</p></div><div class="field field--name-field-author">By Mara Quint</div><div class="field field--name-body text-formatted">`+prose+`</div></article>`),
		dekRow("strapline-under-headline-no-byline", "en", `<article><h1>`+hl+`</h1><p class="strapline">`+dek+`</p>`+prose+`</article>`),
		// must NOT fire: the text's own opening stays
		row("bold-lead-in-text-kept", "en", `<article><h1>`+hl+`</h1>`+byline+`<div class="entry-content"><p><strong>The island finally has its boat back after ten years of waiting.</strong></p>`+prose+`</div></article>`,
			[]string{"The island finally has its boat back"}, nil, ""),
		row("bold-lead-right-under-headline-kept", "en", `<article><h1>`+hl+`</h1><p><b>The island finally has its boat back after ten years of waiting.</b></p>`+byline+prose+`</article>`,
			[]string{"The island finally has its boat back"}, nil, ""),
		row("intro-class-in-body-kept", "en", `<article><h1>`+hl+`</h1>`+byline+`<div class="article-body"><p class="intro">The island finally has its boat back after ten years of waiting.</p>`+prose+`</div></article>`,
			[]string{"The island finally has its boat back"}, nil, ""),
		row("lead-class-in-header-kept", "de", `<article><header><h1>`+hl+`</h1><p class="article-lead">Die Insel hat nach zehn Jahren wieder eine eigene Fähre bekommen.</p>`+byline+`</header><div class="article-text">`+prose+`</div></article>`,
			[]string{"Die Insel hat nach zehn Jahren"}, nil, ""),
		row("plain-first-paragraph-under-headline-kept", "en", `<article><h1>`+hl+`</h1><p>The island finally has its boat back after ten years of waiting.</p>`+byline+prose+`</article>`,
			[]string{"The island finally has its boat back"}, nil, ""),
		// a standfirst given as the article's description (itemprop) between
		// the headline and the text: the lead, kept as the text's opening
		// as the gold keeps leads, and the summary
		row("itemprop-description-lead-kept", "en", `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">`+hl+`</h1><p itemprop="description">The island finally has its boat back after ten years of waiting.</p>`+byline+`<div itemprop="articleBody">`+prose+`</div></article>`,
			[]string{"The island finally has its boat back"}, nil, "The island finally has its boat back"),
		row("no-header-first-paragraph-kept", "en", `<div class="content"><p>The island finally has its boat back after ten years of waiting.</p>`+prose+`</div>`,
			[]string{"The island finally has its boat back"}, nil, ""),
		row("subtitle-heading-inside-text-kept", "en", `<article><h1>`+hl+`</h1>`+byline+`<div class="entry-content">`+fcProse(0, 2)+`<h3 class="subtitle">What the islanders say about the new timetable</h3>`+fcProse(4, 2)+`</div></article>`,
			[]string{"What the islanders say", fcSentences[4][:30]}, nil, ""),
		row("text-wrapper-named-subhead-kept", "en", `<article><h1>`+hl+`</h1>`+byline+`<div class="story has-subhead"><div class="story-inner"><p>The island finally has its boat back after ten years of waiting.</p>`+prose+`</div></div></article>`,
			[]string{"The island finally has its boat back"}, nil, ""),
	}
}

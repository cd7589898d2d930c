package extract

import "testing"

// Headline layouts that real news sites, blogs and CMS themes use, one row
// per layout, each on a small invented page (sites, names and text are made
// up; no row copies a corpus page). The headline resolver has to be right
// on the layouts unseen pages will have, not on the development pages
// alone. A row that passes is a regression test for its layout.

// hlCase is one headline layout.
type hlCase struct {
	layout string
	url    string // may be empty: a file extracted without --url
	html   string
	want   string
	// wrong says why the resolver still gets this layout wrong: the test
	// logs it and fails once the headline is right, so the mark goes.
	wrong string
}

// hlBody is invented prose under a headline.
func hlBody() string { return fcProse(0, 5) }

func TestHeadlineLayouts(t *testing.T) {
	for _, tc := range hlCases() {
		t.Run(tc.layout, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(tc.html), URL: tc.url}, Options{NoQuotes: true})
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.wrong != "" && a.Headline == tc.want:
				t.Errorf("headline now right (%q): remove the wrong mark", a.Headline)
			case tc.wrong != "":
				t.Logf("still wrong (%s): headline = %q, want %q", tc.wrong, a.Headline, tc.want)
			case a.Headline != tc.want:
				t.Errorf("headline = %q, want %q", a.Headline, tc.want)
			}
		})
	}
}

func hlCases() []hlCase {
	var cs []hlCase
	cs = append(cs, hlHeadingCases()...)
	cs = append(cs, hlChromeCases()...)
	cs = append(cs, hlMetaCases()...)
	cs = append(cs, hlTitleCases()...)
	cs = append(cs, hlLanguageCases()...)
	cs = append(cs, hlMoreLanguageCases()...)
	cs = append(cs, hlTextCases()...)
	return cs
}

// hlHeadingCases: several headings, or one heading holding more than the
// title.
func hlHeadingCases() []hlCase {
	const u = "https://northfield-gazette.example/news/2024/03/ferry-timetable"
	const title = "Ferry timetable cut to two sailings a day"
	head := `<title>` + title + ` | Northfield Gazette</title><meta property="og:site_name" content="Northfield Gazette"><meta property="og:title" content="` + title + `">`
	return []hlCase{
		{layout: "two-h1/logo-h1-linking-home", url: u, want: title,
			html: fcPage("en", head, `<header><h1 class="masthead"><a href="/">Northfield Gazette</a></h1><nav><a href="/news">News</a></nav></header>
<article><h1>`+title+`</h1>`+hlBody()+`</article>`)},
		{layout: "two-h1/plain-logo-h1-without-link", url: u, want: title,
			html: fcPage("en", head, `<div id="top"><h1>Northfield Gazette</h1></div>
<div class="content"><h1>`+title+`</h1>`+hlBody()+`</div>`)},
		{layout: "two-h1/section-h1-before-article", url: u, want: title,
			html: fcPage("en", `<title>`+title+` | Northfield Gazette</title>`, `<header><a href="/">Northfield Gazette</a></header>
<div class="section-head"><h1>Transport</h1></div><article><h1>`+title+`</h1>`+hlBody()+`</article>`)},
		{layout: "h1/kicker-span", url: u, want: title,
			html: fcPage("en", head, `<article><h1><span class="kicker">Transport</span> `+title+`</h1>`+hlBody()+`</article>`)},
		{layout: "h1/label-span-and-title-span", url: u, want: title,
			html: fcPage("en", head, `<article><h1><span class="label">Analysis</span><span class="headline-text">`+title+`</span></h1>`+hlBody()+`</article>`)},
		{layout: "h1/title-and-subtitle-small", url: u, want: title,
			html: fcPage("en", head, `<article><h1>`+title+` <small>Islanders say the winter service leaves them stranded</small></h1>`+hlBody()+`</article>`)},
		{layout: "h1/title-and-subtitle-span", url: u, want: title,
			html: fcPage("en", head, `<article><h1>`+title+`<span class="standfirst">Islanders say the winter service leaves them stranded</span></h1>`+hlBody()+`</article>`)},
		{layout: "h1/article-in-main-beside-sidebar-widget-h1", url: u, want: title,
			html: fcPage("en", `<title>`+title+` – Northfield Gazette</title>`, `<main><aside class="sidebar"><h1 class="widget-title">Most read</h1><ul><li><a href="/a">Council tax rises again</a></li></ul></aside>
<article><h1>`+title+`</h1>`+hlBody()+`</article></main>`)},
		{layout: "h1/amp-page", url: "https://northfield-gazette.example/amp/news/ferry-timetable", want: title,
			html: `<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>` + title + ` - Northfield Gazette</title><link rel="canonical" href="https://northfield-gazette.example/news/ferry-timetable">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + title + `","publisher":{"@type":"Organization","name":"Northfield Gazette"}}</script></head>
<body><header class="amp-header"><a href="/"><amp-img src="/logo.png" width="120" height="30" alt="Northfield Gazette"></amp-img></a></header>
<article class="amp-article"><h1 class="amp-title">` + title + `</h1>` + hlBody() + `</article></body></html>`},
		{layout: "h1/line-break-inside", url: u, want: title,
			html: fcPage("en", `<title>`+title+` | Northfield Gazette</title>`, `<article><h1>Ferry timetable cut<br>to two sailings a day</h1>`+hlBody()+`</article>`)},
		{layout: "h1/section-span-confirmed-by-title-only", url: u, want: title,
			html: fcPage("en", `<title>`+title+` | Northfield Gazette</title>`, `<article><h1><span class="section">Opinion</span> `+title+`</h1>`+hlBody()+`</article>`)},
		{layout: "h1/trailing-date-span", url: u, want: title,
			html: fcPage("en", `<title>`+title+` | Northfield Gazette</title>`, `<article><h1>`+title+` <span class="date">05.03.2024</span></h1>`+hlBody()+`</article>`)},
		{layout: "h2/entry-title-under-blog-name-h1-guillemet", url: "https://quiet-harbor.example/2024/03/ferry-timetable/", want: title,
			html: fcPage("en", `<title>`+title+` « Quiet Harbor</title>`, `<div id="header"><h1><a href="https://quiet-harbor.example/">Quiet Harbor</a></h1><div class="description">Small stories from a small island</div></div>
<div id="content"><div class="post"><h2 class="post-title"><a href="/2024/03/ferry-timetable/" rel="bookmark">`+title+`</a></h2><div class="entry">`+hlBody()+`</div></div></div>
<div id="sidebar"><h2>Archives</h2><ul><li><a href="/2024/02/">February 2024</a></li></ul></div>`)},
		{layout: "h1/only-in-sidebar-title-in-og", url: u, want: title,
			html: fcPage("en", `<title>`+title+` | Northfield Gazette</title><meta property="og:title" content="`+title+`">`, `<div class="main"><h2 class="article-title">`+title+`</h2>`+hlBody()+`</div>
<div class="sidebar"><h1>Newsletter</h1><p>Sign up for the morning briefing.</p></div>`)},
	}
}

// hlChromeCases: a second heading in the page's chrome (banner, widget,
// pop-up, consent layer, the next article) beside the article's.
func hlChromeCases() []hlCase {
	const u = "https://northfield-gazette.example/news/2024/03/ferry-timetable"
	const title = "Ferry timetable cut to two sailings a day"
	head := `<title>` + title + ` | Northfield Gazette</title><meta property="og:site_name" content="Northfield Gazette"><meta property="og:title" content="` + title + `">`
	return []hlCase{
		{layout: "two-h1/next-article-preloaded-by-infinite-scroll", url: u, want: title,
			html: fcPage("en", head, `<main><article class="story"><h1>`+title+`</h1>`+hlBody()+`</article>
<article class="story next"><h1>Council tax to rise by five percent in April</h1>`+fcProse(3, 4)+`</article></main>`)},
		{layout: "h1/logo-text-h1-no-meta-title-in-plain-h2", url: "https://harbourlight.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", `<title>`+title+` | The Harbour Light</title>`, `<div id="top"><h1>The Harbour Light</h1></div>
<div id="main"><h2>`+title+`</h2>`+hlBody()+`</div>`)},
		{layout: "og/og-title-is-site-name", url: u, want: title,
			html: fcPage("en", `<title>Northfield Gazette</title><meta property="og:title" content="Northfield Gazette"><meta property="og:site_name" content="Northfield Gazette">`,
				`<div class="content"><h1>`+title+`</h1>`+hlBody()+`</div>`)},
		{layout: "jsonld/graph-webpage-name-and-article-headline", url: u, want: title,
			html: fcPage("en", `<title>`+title+` - Northfield Gazette</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Northfield Gazette"},{"@type":"WebPage","name":"`+title+` - Northfield Gazette"},{"@type":"NewsArticle","headline":"`+title+`"}]}</script>`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "h1/html5-outline-h1-per-section-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<header><h1>Evening Lantern</h1></header><main><article><header><h1>`+title+`</h1></header>`+hlBody()+`
<section class="comments"><h1>3 comments</h1><p>About time they told us.</p></section></article><aside><h1>Related</h1><ul><li><a href="/b">Harbour fees frozen</a></li></ul></aside></main>`)},
		{layout: "h1/soft-hyphens-in-long-words", url: "https://nordstadt-kurier.example/politik/gericht-100.html", want: "Landesverfassungsgericht kippt Fährgebührenordnung",
			html: fcPage("de", `<title>Landesverfassungsgericht kippt Fährgebührenordnung | Nordstadt Kurier</title><meta property="og:title" content="Landesverfassungsgericht kippt Fährgebührenordnung">`,
				`<article><h1>Landes&shy;verfassungs&shy;gericht kippt Fähr&shy;gebühren&shy;ordnung</h1>`+hlBody()+`</article>`)},
		{layout: "h1/wbr-in-long-words-no-meta", url: "https://nordstadt-kurier.example/politik/gericht-100.html", want: "Landesverfassungsgericht kippt Fährgebührenordnung",
			html: fcPage("de", ``, `<article><h1>Landes<wbr>verfassungs<wbr>gericht kippt Fähr<wbr>gebühren<wbr>ordnung</h1>`+hlBody()+`</article>`)},
		{layout: "h2/bookmark-link-under-blog-name-title", url: "https://quiet-harbor.example/2024/03/ferry-timetable/", want: title,
			html: fcPage("en", `<title>Quiet Harbor</title>`, `<header><h1><a href="https://quiet-harbor.example/">Quiet Harbor</a></h1></header>
<main><article class="post"><header><h2><a href="https://quiet-harbor.example/2024/03/ferry-timetable/" rel="bookmark">`+title+`</a></h2></header>`+hlBody()+`</article></main>`)},
		// The URL's slug says the <h1>'s words and none of the meta titles'
		// (slugPrefersH1). A rule taking the <h1> whenever every meta title
		// names the site and shares no words with it cost a check page.
		{layout: "og/site-wide-og-and-title-beside-article-h1", url: u, want: title,
			html: fcPage("en", `<title>Northfield Gazette - News from the north coast</title><meta property="og:title" content="Northfield Gazette - News from the north coast"><meta property="og:site_name" content="Northfield Gazette">`,
				`<div class="content"><h1>`+title+`</h1>`+hlBody()+`</div>`)},
		{layout: "two-h1/logo-image-only-h1", url: u, want: title,
			html: fcPage("en", `<title>`+title+` | Northfield Gazette</title>`, `<header><h1><a href="/"><img src="/logo.svg" alt="Northfield Gazette"></a></h1></header>
<article><h1>`+title+`</h1>`+hlBody()+`</article>`)},
		{layout: "h1/body-class-mentions-cookie-banner", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body class="single has-cookie-banner"><div class="wrap"><h1>` + title + `</h1>` + hlBody() + `</div></body></html>`},
		{layout: "two-h1/logo-links-home-on-www-host-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div id="page"><div id="header"><h1><a href="https://www.lantern-news.example/">The Evening Lantern</a></h1></div>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/logo-links-index-page-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div id="page"><div id="header"><h1><a href="/index.php">The Evening Lantern</a></h1></div>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/logo-links-language-home-no-meta", url: "https://lantern-news.example/en/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div id="page"><div id="header"><h1><a href="/en/">The Evening Lantern</a></h1></div>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/logo-links-home-without-url-no-meta", want: title,
			html: fcPage("en", ``, `<div id="page"><div id="header"><h1><a href="/">The Evening Lantern</a></h1></div>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/banner-role-h1-without-link-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div id="page"><div role="banner"><h1>The Evening Lantern</h1></div>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/page-header-element-h1-without-link-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div id="page"><header><h1>The Evening Lantern</h1><p>News from the north coast</p></header>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/widget-h1-before-content-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div id="page"><div class="widget widget_popular"><h1 class="widget-title">Most read</h1><ul><li><a href="/a">Harbour fees frozen</a></li></ul></div>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/newsletter-popup-h1-before-content-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div class="newsletter-popup modal"><h1>Never miss a story</h1><p>Get the morning briefing in your inbox.</p><button>Subscribe</button></div>
<div id="page"><div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/visually-hidden-site-h1-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div id="page"><h1 class="visually-hidden">The Evening Lantern</h1>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div></div>`)},
		{layout: "two-h1/cookie-dialog-h1-before-content-no-meta", url: "https://lantern-news.example/2024/03/ferry-timetable", want: title,
			html: fcPage("en", ``, `<div class="cookie-consent" role="dialog"><h1>We value your privacy</h1><p>We and our partners use cookies to personalise content.</p><button>Accept all</button></div>
<div id="content"><h1>`+title+`</h1>`+hlBody()+`</div>`)},
	}
}

// hlTextCases: headings whose text is more than plain words.
func hlTextCases() []hlCase {
	const u = "https://northfield-gazette.example/news/2024/03/ferry-timetable"
	return []hlCase{
		{layout: "h1/byline-span-inside-heading", url: u, want: "Ferry timetable cut to two sailings a day",
			html: fcPage("en", `<title>Ferry timetable cut to two sailings a day | Northfield Gazette</title>`, `<article><h1>Ferry timetable cut to two sailings a day <span class="byline">by Mira Holt</span></h1>`+hlBody()+`</article>`)},
		{layout: "h2/bem-headline-class-under-logo-h1", url: "https://northfield-gazette.example/news/ferry-timetable", want: "Ferry timetable cut to two sailings a day",
			html: fcPage("en", `<title>Northfield Gazette</title>`, `<header><h1 class="header__logo"><a href="/">Northfield Gazette</a></h1></header>
<main><div class="article"><h2 class="article__headline">Ferry timetable cut to two sailings a day</h2>`+hlBody()+`</div></main>`)},
		{layout: "h1/quotation-marks", url: u, want: "“We will not leave,” say island residents",
			html: fcPage("en", `<title>&#8220;We will not leave,&#8221; say island residents | Northfield Gazette</title><meta property="og:title" content="&quot;We will not leave,&quot; say island residents">`,
				`<article><h1>“We will not leave,” say island residents</h1>`+hlBody()+`</article>`)},
		{layout: "h1/colon-inside-title", url: u, want: "Ferry strike: what commuters need to know",
			html: fcPage("en", `<title>Ferry strike: what commuters need to know - Northfield Gazette</title>`,
				`<article><h1>Ferry strike: what commuters need to know</h1>`+hlBody()+`</article>`)},
		{layout: "h1/dash-inside-title", url: u, want: "Holmby – Grest ferry returns after two-year gap",
			html: fcPage("en", `<title>Holmby – Grest ferry returns after two-year gap – Northfield Gazette</title>`,
				`<article><h1>Holmby – Grest ferry returns after two-year gap</h1>`+hlBody()+`</article>`)},
	}
}

// hlMetaCases: meta titles worded otherwise than the page's heading.
func hlMetaCases() []hlCase {
	const u = "https://northfield-gazette.example/news/2024/03/ferry-timetable"
	const title = "Ferry timetable cut to two sailings a day"
	site := `<meta property="og:site_name" content="Northfield Gazette">`
	return []hlCase{
		{layout: "og/question-with-emoji-beside-plain-h1", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+` | Northfield Gazette</title><meta property="og:title" content="Is this the end of the island ferry? 🚢 Here's what the new timetable means for you">`,
				`<article><h1>`+title+`</h1>`+hlBody()+`</article>`)},
		{layout: "og/longer-for-sharing", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+`</title><meta property="og:title" content="`+title+`, and islanders say that is not enough to get to work">`,
				`<article><h1>`+title+`</h1>`+hlBody()+`</article>`)},
		{layout: "og/live-label", url: u, want: "Storm Elin reaches the coast",
			html: fcPage("en", site+`<title>Storm Elin reaches the coast | Northfield Gazette</title><meta property="og:title" content="LIVE: Storm Elin reaches the coast">`,
				`<article><h1>Storm Elin reaches the coast</h1>`+hlBody()+`</article>`)},
		{layout: "og/breaking-label", url: u, want: "Harbour bridge closed after lorry crash",
			html: fcPage("en", site+`<meta property="og:title" content="Breaking: Harbour bridge closed after lorry crash">`,
				`<article><h1>Harbour bridge closed after lorry crash</h1>`+hlBody()+`</article>`)},
		{layout: "og/live-label-no-h1", url: u, want: "Storm Elin reaches the coast",
			html: fcPage("en", site+`<title>Storm Elin reaches the coast | Northfield Gazette</title><meta property="og:title" content="LIVE: Storm Elin reaches the coast">`,
				`<div class="liveblog">`+hlBody()+`</div>`)},
		{layout: "og/opinion-bar-label-no-h1", url: u, want: "The island deserves a ferry it can rely on",
			html: fcPage("en", site+`<title>The island deserves a ferry it can rely on - Northfield Gazette</title><meta property="og:title" content="Opinion | The island deserves a ferry it can rely on">`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "og/label-in-every-source-kept", url: u, want: "LIVE: Storm Elin reaches the coast",
			html: fcPage("en", site+`<title>LIVE: Storm Elin reaches the coast | Northfield Gazette</title><meta property="og:title" content="LIVE: Storm Elin reaches the coast">`,
				`<div class="liveblog">`+hlBody()+`</div>`)},
		{layout: "h1/exclusive-label-text", url: u, want: "Council kept ferry report secret for a year",
			html: fcPage("en", site+`<meta property="og:title" content="Council kept ferry report secret for a year">`,
				`<article><h1>Exclusive: Council kept ferry report secret for a year</h1>`+hlBody()+`</article>`)},
		{layout: "og/opinion-bar-label", url: u, want: "The island deserves a ferry it can rely on",
			html: fcPage("en", site+`<title>Opinion | The island deserves a ferry it can rely on - Northfield Gazette</title><meta property="og:title" content="Opinion | The island deserves a ferry it can rely on">`,
				`<article><h1>The island deserves a ferry it can rely on</h1>`+hlBody()+`</article>`)},
		{layout: "jsonld/headline-with-site-name-no-h1", url: u, want: title,
			html: fcPage("en", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"`+title+` | Northfield Gazette","publisher":{"@type":"Organization","name":"Northfield Gazette"}}</script>`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "jsonld/entity-encoded-headline-no-h1", url: u, want: "Islanders’ anger grows as ferry timetable is cut",
			html: fcPage("en", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Islanders&#8217; anger grows as ferry timetable is cut"}</script>`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "og/double-encoded-entity-no-h1", url: u, want: "Islanders’ anger grows as ferry timetable is cut",
			html: fcPage("en", `<meta property="og:title" content="Islanders&amp;#8217; anger grows as ferry timetable is cut">`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/non-breaking-spaces-around-separator", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+`&nbsp;|&nbsp;Northfield Gazette</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "og/cut-short-with-ellipsis-beside-full-title-no-h1", url: u, want: "Ferry timetable cut to two sailings a day as operator blames crew shortage and rising fuel costs",
			html: fcPage("en", site+`<title>Ferry timetable cut to two sailings a day as operator blames crew shortage and rising fuel costs | Northfield Gazette</title><meta property="og:title" content="Ferry timetable cut to two sailings a day as operator blames crew…">`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "jsonld/cut-short-beside-og-with-site-suffix-no-h1", url: u, want: "Ferry timetable cut to two sailings a day as operator blames crew shortage and rising fuel costs",
			html: fcPage("en", site+`<meta property="og:title" content="Ferry timetable cut to two sailings a day as operator blames crew shortage and rising fuel costs | Northfield Gazette"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable cut to two sailings a day as operator blames crew..."}</script>`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "h1/headline-block-above-body-container", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+` | Northfield Gazette</title><meta property="og:title" content="`+title+`">`,
				`<header class="site-header"><a href="/" class="logo">Northfield Gazette</a></header><div class="article-header"><p class="category"><a href="/transport">Transport</a></p><h1 class="article-title">`+title+`</h1><p class="byline">By Mira Holt</p></div><div class="article-body">`+hlBody()+`</div>`)},
		{layout: "og/name-attribute-instead-of-property-no-h1", url: u, want: title,
			html: fcPage("en", `<meta name="og:title" content="`+title+`"><title>Northfield Gazette</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "jsonld/headline-as-array-no-h1", url: u, want: title,
			html: fcPage("en", `<title>Northfield Gazette</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":["`+title+`"]}</script>`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "jsonld/headline-cut-short-beside-full-h1", url: u, want: "Ferry timetable cut to two sailings a day as operator blames crew shortage and rising fuel costs",
			html: fcPage("en", site+`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable cut to two sailings a day as operator blames crew…"}</script>`,
				`<article><h1>Ferry timetable cut to two sailings a day as operator blames crew shortage and rising fuel costs</h1>`+hlBody()+`</article>`)},
	}
}

// hlTitleCases: the <title> is the best or only statement of the headline.
func hlTitleCases() []hlCase {
	const u = "https://northfield-gazette.example/news/2024/03/ferry-timetable"
	const title = "Ferry timetable cut to two sailings a day"
	site := `<meta property="og:site_name" content="Northfield Gazette">`
	return []hlCase{
		{layout: "title/day-stamp-of-publication-cut", url: u, want: title,
			html: fcPage("en", site+`<meta property="article:published_time" content="2024-03-05T09:00:00Z"><title>05.03.2024 - `+title+`</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/iso-day-stamp-of-publication-cut", url: u, want: title,
			html: fcPage("en", site+`<meta property="og:title" content="2024-03-05 | `+title+`"><meta property="article:published_time" content="2024-03-05T09:00:00Z">`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/another-day-in-the-title-kept", url: u, want: "9.11.1989: The night the wall fell",
			html: fcPage("en", site+`<meta property="article:published_time" content="2019-11-09T09:00:00Z"><meta property="og:title" content="9.11.1989: The night the wall fell">`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/title-section-site", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+` | Transport | Northfield Gazette</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/site-section-title-guillemets", url: u, want: title,
			html: fcPage("en", site+`<title>Northfield Gazette › Transport › `+title+`</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/title-site-tagline", url: "https://quiet-harbor.example/2024/03/ferry-timetable/", want: title,
			html: fcPage("en", `<title>`+title+` - Quiet Harbor - Small stories from a small island</title>`, `<div class="post">`+hlBody()+`</div>`)},
		{layout: "title/title-left-guillemet-blog", url: "https://quiet-harbor.example/2024/03/ferry-timetable/", want: title,
			html: fcPage("en", `<title>`+title+` « Quiet Harbor</title>`, `<div class="post">`+hlBody()+`</div>`)},
		{layout: "title/site-first-hyphen", url: u, want: title,
			html: fcPage("en", site+`<title>Northfield Gazette - `+title+`</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/site-name-alone-first-section-heading", url: u, want: title,
			html: fcPage("en", site+`<title>Northfield Gazette -</title>`, `<div class="story"><h1 class="logo"></h1><h2><span>`+title+`</span></h2>`+hlBody()+`<h2>More information</h2>`+fcProse(5, 2)+`</div>`)},
		{layout: "title/no-title-at-all-no-section-heading-taken", url: u, want: "",
			html: fcPage("en", ``, `<div class="story">`+hlBody()+`<h2>Sign up for our harbour letter</h2><p>Every Friday in your inbox.</p></div>`)},
		{layout: "title/site-name-with-issue-number-kept", url: "https://harbour-monthly.example/issues/2024-03", want: "Harbour Monthly 03/2024",
			html: fcPage("en", `<title>Harbour Monthly 03/2024</title>`, `<div class="story"><h2>The new issue is out!</h2>`+hlBody()+`</div>`)},
		{layout: "title/page-two-of-article", url: u + "?page=2", want: title,
			html: fcPage("en", site+`<title>`+title+` – Page 2 – Northfield Gazette</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/site-colon-title-with-question", url: "https://quiet-harbor.example/2024/03/ferry-timetable/", want: "Will the ferry ever run on time?",
			html: fcPage("en", `<title>Quiet Harbor: Will the ferry ever run on time?</title>`, `<div class="post">`+hlBody()+`</div>`)},
		{layout: "og-and-jsonld/both-with-site-suffix-no-h1", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+` - Northfield Gazette</title><meta property="og:title" content="`+title+` - Northfield Gazette"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"`+title+` - Northfield Gazette"}</script>`,
				`<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/title-site-then-sections", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+` | Northfield Gazette - News - North Coast</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/title-site-tagline-mixed-separators", url: u, want: title,
			html: fcPage("en", site+`<title>`+title+` | Northfield Gazette - The latest news from the north coast first</title>`, `<div class="story">`+hlBody()+`</div>`)},
		{layout: "title/title-by-author-newsletter", url: "https://harborletter.example/p/ferry-timetable", want: title,
			html: fcPage("en", `<title>`+title+` - by Mira Holt - Harbor Letter</title>`, `<div class="available-content">`+hlBody()+`</div>`)},
		{layout: "title/title-by-author-platform", url: "https://medium.example/@miraholt/ferry-timetable-4f2a9c", want: title,
			html: fcPage("en", `<title>`+title+` | by Mira Holt | Medium</title><meta property="og:site_name" content="Medium">`, `<section class="story">`+hlBody()+`</section>`)},
		{layout: "title/site-section-title-without-url", want: title,
			html: fcPage("en", site+`<title>Northfield Gazette › Transport › `+title+`</title>`, `<div class="story">`+hlBody()+`</div>`)},
	}
}

// hlLanguageCases: the same layouts in other languages and scripts.
func hlLanguageCases() []hlCase {
	return []hlCase{
		{layout: "de/title-section-site-and-dachzeile", url: "https://nordstadt-kurier.example/lokales/faehre-fahrplan-100.html", want: "Fähre fährt im Winter nur noch zweimal täglich",
			html: fcPage("de", `<title>Fähre fährt im Winter nur noch zweimal täglich | Lokales | Nordstadt Kurier</title><meta property="og:site_name" content="Nordstadt Kurier">`,
				`<header><a href="/" class="logo">Nordstadt Kurier</a></header><article><h1><span class="dachzeile">Inselverkehr</span><span class="titel">Fähre fährt im Winter nur noch zweimal täglich</span></h1>`+hlBody()+`</article>`)},
		{layout: "de/title-long-section-site", url: "https://nordstadt-kurier.example/lokales/faehre-fahrplan-100.html", want: "Fähre fährt im Winter nur noch zweimal täglich",
			html: fcPage("de", `<title>Fähre fährt im Winter nur noch zweimal täglich - Nachrichten aus Nordstadt - Nordstadt Kurier</title><meta property="og:site_name" content="Nordstadt Kurier">`,
				`<div class="artikel">`+hlBody()+`</div>`)},
		{layout: "de/eilmeldung-in-og", url: "https://nordstadt-kurier.example/lokales/bruecke-gesperrt-100.html", want: "Hafenbrücke nach Unfall gesperrt",
			html: fcPage("de", `<meta property="og:site_name" content="Nordstadt Kurier"><meta property="og:title" content="Eilmeldung: Hafenbrücke nach Unfall gesperrt">`,
				`<article><h1>Hafenbrücke nach Unfall gesperrt</h1>`+hlBody()+`</article>`)},
		{layout: "fr/guillemets-and-site", url: "https://le-courrier-du-port.example/actualite/ferry-horaires", want: "« Nous ne partirons pas » : les habitants de l'île se mobilisent",
			html: fcPage("fr", `<title>« Nous ne partirons pas » : les habitants de l'île se mobilisent - Le Courrier du Port</title><meta property="og:site_name" content="Le Courrier du Port">`,
				`<article><h1>« Nous ne partirons pas » : les habitants de l'île se mobilisent</h1>`+hlBody()+`</article>`)},
		{layout: "es/ultima-hora-in-og", url: "https://diario-del-puerto.example/noticias/ferry-horarios", want: "El ferry reduce sus salidas a dos al día",
			html: fcPage("es", `<meta property="og:site_name" content="Diario del Puerto"><meta property="og:title" content="Última hora: El ferry reduce sus salidas a dos al día"><title>El ferry reduce sus salidas a dos al día | Diario del Puerto</title>`,
				`<article><h1>El ferry reduce sus salidas a dos al día</h1>`+hlBody()+`</article>`)},
		{layout: "pt/title-and-subtitle-h2", url: "https://jornal-da-ilha.example/noticias/balsa-horarios", want: "Balsa passa a fazer só duas viagens por dia",
			html: fcPage("pt", `<title>Balsa passa a fazer só duas viagens por dia | Jornal da Ilha</title><meta property="og:title" content="Balsa passa a fazer só duas viagens por dia">`,
				`<article><h1 class="titulo">Balsa passa a fazer só duas viagens por dia</h1><h2 class="subtitulo">Moradores dizem que o novo horário os deixa isolados no inverno</h2>`+hlBody()+`</article>`)},
		{layout: "it/title-site-tagline", url: "https://gazzetta-del-porto.example/cronaca/traghetto-orari", want: "Il traghetto riduce le corse a due al giorno",
			html: fcPage("it", `<title>Il traghetto riduce le corse a due al giorno - Gazzetta del Porto - Notizie dal porto e dalle isole</title>`,
				`<div class="articolo">`+hlBody()+`</div>`)},
		{layout: "nl/logo-h1-and-article-h1", url: "https://havenkrant.example/nieuws/veerboot-dienstregeling", want: "Veerboot vaart in de winter nog maar twee keer per dag",
			html: fcPage("nl", `<title>Veerboot vaart in de winter nog maar twee keer per dag | Havenkrant</title>`,
				`<header><h1 class="site-logo"><a href="https://havenkrant.example/">Havenkrant</a></h1></header><main><article><h1>Veerboot vaart in de winter nog maar twee keer per dag</h1>`+hlBody()+`</article></main>`)},
		{layout: "pl/title-site-domain", url: "https://kurier-portowy.example/wiadomosci/prom-rozklad", want: "Prom będzie kursował tylko dwa razy dziennie",
			html: fcPage("pl", `<title>Prom będzie kursował tylko dwa razy dziennie - Kurier-Portowy.pl</title>`,
				`<article><h1>Prom będzie kursował tylko dwa razy dziennie</h1>`+hlBody()+`</article>`)},
		{layout: "tr/son-dakika-in-h1", url: "https://liman-haber.example/gundem/feribot-seferleri", want: "Feribot seferleri günde ikiye düşürüldü",
			html: fcPage("tr", `<title>Feribot seferleri günde ikiye düşürüldü - Liman Haber</title><meta property="og:title" content="Feribot seferleri günde ikiye düşürüldü">`,
				`<article><h1>SON DAKİKA: Feribot seferleri günde ikiye düşürüldü</h1>`+hlBody()+`</article>`)},
		{layout: "tr/capitalised-title-and-og-sentence-case-h1", url: "https://liman-haber.example/gundem/feribot-seferleri", want: "Feribot seferleri İzmir hattında günde ikiye düşürüldü",
			html: fcPage("tr", `<title>FERİBOT SEFERLERİ İZMİR HATTINDA GÜNDE İKİYE DÜŞÜRÜLDÜ - Liman Haber</title><meta property="og:title" content="FERİBOT SEFERLERİ İZMİR HATTINDA GÜNDE İKİYE DÜŞÜRÜLDÜ">`,
				`<div class="haber-detay"><h1>Feribot seferleri İzmir hattında günde ikiye düşürüldü</h1>`+hlBody()+`</div>`)},
		{layout: "it/site-first-bar-no-h1", url: "https://gazzetta-del-porto.example/cronaca/traghetto-orari", want: "Il traghetto riduce le corse a due al giorno",
			html: fcPage("it", `<title>Gazzetta del Porto | Il traghetto riduce le corse a due al giorno</title>`, `<div class="articolo">`+hlBody()+`</div>`)},
	}
}

// hlMoreLanguageCases: Chinese and Japanese title forms, and more rows in
// other languages.
func hlMoreLanguageCases() []hlCase {
	return []hlCase{
		{layout: "ja/h1-with-subtitle-small", url: "https://minato-shimbun.example/articles/20240305-ferry", want: "フェリー、冬季は1日2便に減便へ",
			html: fcPage("ja", `<title>フェリー、冬季は1日2便に減便へ｜みなと新聞</title><meta property="og:title" content="フェリー、冬季は1日2便に減便へ">`,
				`<article><h1>フェリー、冬季は1日2便に減便へ<small>住民「冬は島に閉じ込められる」</small></h1>`+hlBody()+`</article>`)},
		{layout: "ja/fullwidth-bar-no-h1", url: "https://minato-shimbun.example/articles/20240305-ferry", want: "フェリー、冬季は1日2便に減便へ",
			html: fcPage("ja", `<title>フェリー、冬季は1日2便に減便へ｜みなと新聞</title>`, `<div class="article-body">`+hlBody()+`</div>`)},
		{layout: "ja/sokuho-brackets-in-og", url: "https://minato-shimbun.example/articles/20240305-bridge", want: "港大橋で事故、全面通行止め",
			html: fcPage("ja", `<title>港大橋で事故、全面通行止め｜みなと新聞</title><meta property="og:title" content="【速報】港大橋で事故、全面通行止め">`,
				`<article><h1>港大橋で事故、全面通行止め</h1>`+hlBody()+`</article>`)},
		{layout: "ja/site-name-with-digital-suffix", url: "https://minato-shimbun.example/articles/20240305-ferry", want: "フェリー、冬季は1日2便に減便へ",
			html: fcPage("ja", `<title>フェリー、冬季は1日2便に減便へ - みなと新聞デジタル</title><meta property="og:site_name" content="みなと新聞">`, `<div class="article-body">`+hlBody()+`</div>`)},
		{layout: "zh/underscore-section-site-no-h1", url: "https://gangkou-news.example/2024/0305/ferry.html", want: "渡轮冬季班次减至每天两班",
			html: fcPage("zh", `<title>渡轮冬季班次减至每天两班_社会_港口新闻网</title>`, `<div class="article-content">`+hlBody()+`</div>`)},
		{layout: "zh/brackets-label-and-bar", url: "https://gangkou-news.example/2024/0305/bridge.html", want: "港口大桥发生事故 全线封闭",
			html: fcPage("zh", `<title>【突发】港口大桥发生事故 全线封闭｜港口新闻网</title><meta property="og:title" content="【突发】港口大桥发生事故 全线封闭">`,
				`<article><h1>港口大桥发生事故 全线封闭</h1>`+hlBody()+`</article>`)},
		{layout: "es/title-noticias-de-site", url: "https://diario-del-puerto.example/noticias/ferry-horarios", want: "El ferry reduce sus salidas a dos al día",
			html: fcPage("es", `<title>El ferry reduce sus salidas a dos al día | Noticias de Diario del Puerto</title><meta property="og:site_name" content="Diario del Puerto">`, `<div class="nota">`+hlBody()+`</div>`)},
		{layout: "fr/title-actualite-site", url: "https://le-courrier-du-port.example/actualite/ferry-horaires", want: "Le ferry réduit ses rotations à deux par jour",
			html: fcPage("fr", `<title>Le ferry réduit ses rotations à deux par jour - Actualité - Le Courrier du Port</title><meta property="og:site_name" content="Le Courrier du Port">`, `<div class="article">`+hlBody()+`</div>`)},
		{layout: "pl/title-section-site", url: "https://kurier-portowy.example/wiadomosci/prom-rozklad", want: "Prom będzie kursował tylko dwa razy dziennie",
			html: fcPage("pl", `<title>Prom będzie kursował tylko dwa razy dziennie - Wiadomości - Kurier Portowy</title>`, `<div class="tresc">`+hlBody()+`</div>`)},
		{layout: "ja/spaced-bars-section-site-no-h1", url: "https://minato-shimbun.example/articles/20240305-ferry", want: "フェリー、冬季は1日2便に減便へ",
			html: fcPage("ja", `<title>フェリー、冬季は1日2便に減便へ | 社会 | みなと新聞</title><meta property="og:site_name" content="みなと新聞">`, `<div class="article-body">`+hlBody()+`</div>`)},
		{layout: "zh/spaced-title-fullwidth-bar-no-h1", url: "https://gangkou-news.example/2024/0305/bridge.html", want: "港口大桥发生事故 全线封闭",
			html: fcPage("zh", `<title>港口大桥发生事故 全线封闭｜港口新闻网</title>`, `<div class="article-content">`+hlBody()+`</div>`)},
		{layout: "ar/site-first-no-h1", url: "https://sahil-news.example/news/ferry-schedule", want: "العبارة تقلص رحلاتها إلى رحلتين يوميا",
			html: `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أخبار الساحل | العبارة تقلص رحلاتها إلى رحلتين يوميا</title><meta property="og:site_name" content="أخبار الساحل"></head><body>
<div class="news-body">` + hlBody() + `</div></body></html>`},
		{layout: "es/ultima-hora-in-og-no-h1", url: "https://diario-del-puerto.example/noticias/ferry-horarios", want: "El ferry reduce sus salidas a dos al día",
			html: fcPage("es", `<meta property="og:site_name" content="Diario del Puerto"><meta property="og:title" content="Última hora: El ferry reduce sus salidas a dos al día"><title>El ferry reduce sus salidas a dos al día | Diario del Puerto</title>`,
				`<div class="nota">`+hlBody()+`</div>`)},
		{layout: "tr/son-dakika-bar-in-og-no-h1", url: "https://liman-haber.example/gundem/feribot-seferleri", want: "Feribot seferleri günde ikiye düşürüldü",
			html: fcPage("tr", `<title>Feribot seferleri günde ikiye düşürüldü - Liman Haber</title><meta property="og:title" content="SON DAKİKA | Feribot seferleri günde ikiye düşürüldü">`,
				`<div class="haber">`+hlBody()+`</div>`)},
		{layout: "ja/sokuho-brackets-in-og-no-h1", url: "https://minato-shimbun.example/articles/20240305-bridge", want: "港大橋で事故、全面通行止め",
			html: fcPage("ja", `<title>港大橋で事故、全面通行止め｜みなと新聞</title><meta property="og:title" content="【速報】港大橋で事故、全面通行止め">`,
				`<div class="article-body">`+hlBody()+`</div>`)},
		{layout: "zh/tufa-brackets-in-og-no-h1", url: "https://gangkou-news.example/2024/0305/bridge.html", want: "港口大桥发生事故 全线封闭",
			html: fcPage("zh", `<title>港口大桥发生事故 全线封闭｜港口新闻网</title><meta property="og:title" content="【突发】港口大桥发生事故 全线封闭">`,
				`<div class="article-content">`+hlBody()+`</div>`)},
		{layout: "ar/urgent-label-in-og-no-h1", url: "https://sahil-news.example/news/ferry-schedule", want: "العبارة تقلص رحلاتها إلى رحلتين يوميا",
			html: `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>العبارة تقلص رحلاتها إلى رحلتين يوميا - أخبار الساحل</title><meta property="og:title" content="عاجل: العبارة تقلص رحلاتها إلى رحلتين يوميا"></head><body>
<div class="news-body">` + hlBody() + `</div></body></html>`},
		{layout: "ar/rtl-title-site", url: "https://sahil-news.example/news/ferry-schedule", want: "العبارة تقلص رحلاتها إلى رحلتين يوميا",
			html: `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>العبارة تقلص رحلاتها إلى رحلتين يوميا - أخبار الساحل</title><meta property="og:site_name" content="أخبار الساحل"></head><body>
<header><h1 class="logo"><a href="/">أخبار الساحل</a></h1></header><article><h1>العبارة تقلص رحلاتها إلى رحلتين يوميا</h1>` + hlBody() + `</article></body></html>`},
	}
}

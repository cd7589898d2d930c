package extract

import (
	"cmp"
	"testing"

	"github.com/byline/byline/article"
)

// A sixth round of probes, for the headline alone: invented pages in the
// documented default markup of public blog themes, blog platforms and
// news templates where choosing the headline is hard (the site's name in
// the <h1>, the post's title in an <h2> or <h3>; the site's name and a
// section around the title in <title>; labels, kickers, badges and
// subtitles inside the <h1>; meta titles that disagree or are cut short;
// pages with no <h1>), written without looking at corpus pages. The
// sites, names and text are made up. TestFailureClasses runs them.

// fcHeadRow is one headline probe: the page's head and body markup and
// the headline wanted.
type fcHeadRow struct {
	name, lang, url, head, body, want string
}

func fcProbe6HeadlineCases() []fcCase {
	var rows []fcHeadRow
	rows = append(rows, fcBlogThemeHeadRows()...)
	rows = append(rows, fcAffixHeadRows()...)
	rows = append(rows, fcMetaDisagreeHeadRows()...)
	rows = append(rows, fcInsideH1HeadRows()...)
	rows = append(rows, fcLanguageHeadRows()...)
	rows = append(rows, fcMarkupHeadRows()...)
	var cs []fcCase
	for _, r := range rows {
		r := r
		lang := cmp.Or(r.lang, "en")
		cs = append(cs, fcCase{class: "headline6/" + r.name, url: r.url, html: fcPage(lang, r.head, r.body),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != r.want {
					t.Errorf("headline = %q, want %q", a.Headline, r.want)
				}
			}})
	}
	return cs
}

const (
	fc6Blog  = "https://quiet-harbor.example/2024/03/05/watching-the-first-crossing/"
	fc6Post  = "Watching the first crossing from the breakwater"
	fc6News  = "https://northfield-gazette.example/news/2024/03/05/harbour-office-closure"
	fc6Title = "Council votes to close the harbour office in Holmby"
)

// fcBlogThemeHeadRows: the stock markup of blog themes and platforms,
// whose banner shows the blog's name in an <h1> (or a heading inside the
// home link) and whose <title> joins the post's title to it.
func fcBlogThemeHeadRows() []fcHeadRow {
	body := fcProse(0, 5)
	return []fcHeadRow{
		// Twenty Ten's and Twenty Eleven's index loop: <h1 id="site-title">
		// in the branding, each post an <h2 class="entry-title"> with a
		// bookmark link; wp_title('|') before the blog's name.
		{name: "twentyten-loop-h2-entry-title", url: fc6Blog, want: fc6Post,
			head: `<title>` + fc6Post + ` | Quiet Harbor</title>`,
			body: `<div id="wrapper"><div id="header"><div id="masthead"><div id="branding"><h1 id="site-title"><span><a href="https://quiet-harbor.example/" title="Quiet Harbor" rel="home">Quiet Harbor</a></span></h1><div id="site-description">Small stories from a small island</div></div></div></div>
<div id="main"><div id="container"><div id="content"><div id="post-41" class="post-41 post type-post hentry"><h2 class="entry-title"><a href="` + fc6Blog + `" rel="bookmark">` + fc6Post + `</a></h2><div class="entry-meta"><span class="meta-prep">Posted on</span> <a href="` + fc6Blog + `"><span class="entry-date">March 5, 2024</span></a></div><div class="entry-content">` + body + `</div></div></div></div>
<div id="primary" class="widget-area"><ul class="xoxo"><li class="widget-container"><h3 class="widget-title">Archives</h3><ul><li><a href="/2024/02/">February 2024</a></li></ul></li></ul></div></div></div>`},
		// Twenty Thirteen: the site's <h1> and the tagline's <h2> inside
		// the home link; the post's <h1 class="entry-title">.
		{name: "twentythirteen-heading-inside-home-link", url: fc6Blog, want: fc6Post,
			head: `<title>` + fc6Post + ` | Quiet Harbor</title>`,
			body: `<header id="masthead" class="site-header" role="banner"><a class="home-link" href="https://quiet-harbor.example/" title="Quiet Harbor" rel="home"><h1 class="site-title">Quiet Harbor</h1><h2 class="site-description">Small stories from a small island</h2></a></header>
<div id="main" class="site-main"><div id="primary" class="content-area"><div id="content" class="site-content" role="main"><article id="post-41" class="post-41 post type-post"><header class="entry-header"><h1 class="entry-title">` + fc6Post + `</h1></header><div class="entry-content">` + body + `</div></article></div></div></div>`},
		// Twenty Twelve's hgroup: the tagline is an <h2> of the banner.
		{name: "twentytwelve-hgroup-tagline-h2-no-meta", url: fc6Blog, want: fc6Post,
			head: `<title>` + fc6Post + ` | Quiet Harbor</title>`,
			body: `<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><hgroup><h1 class="site-title"><a href="https://quiet-harbor.example/" title="Quiet Harbor" rel="home">Quiet Harbor</a></h1><h2 class="site-description">Small stories from a small island</h2></hgroup></header>
<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main"><article id="post-41" class="post-41 post"><header class="entry-header"><h1 class="entry-title">` + fc6Post + `</h1></header><div class="entry-content">` + body + `</div></article></div></div></div></div>`},
		// Kubrick, WordPress's old default theme: "Blog » Blog Archive »
		// Post", the blog's <h1> and the post's plain <h2>.
		{name: "kubrick-blog-archive-title-plain-h2", url: fc6Blog, want: fc6Post,
			head: `<title>Quiet Harbor  &raquo; Blog Archive   &raquo; ` + fc6Post + `</title>`,
			body: `<div id="page"><div id="header" role="banner"><div id="headerimg"><h1><a href="https://quiet-harbor.example/">Quiet Harbor</a></h1><div class="description">Small stories from a small island</div></div></div>
<div id="content" class="widecolumn" role="main"><div class="navigation"><div class="alignleft"><a href="/2024/03/01/new-buoys/">&laquo; New buoys</a></div></div><div class="post" id="post-41"><h2>` + fc6Post + `</h2><div class="entry">` + body + `</div></div></div></div>`},
		// Blogger's classic layouts: "Blog: Post" and the post's
		// <h3 class="post-title entry-title">.
		{name: "blogger-h3-post-title-site-colon", url: "https://quietharbor.blogspot.example/2024/03/watching-first-crossing.html", want: fc6Post,
			head: `<title>Quiet Harbor: ` + fc6Post + `</title>`,
			body: `<div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://quietharbor.blogspot.example/">Quiet Harbor</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Small stories from a small island</span></p></div></div></div></div></div>
<div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>Tuesday, March 5, 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">` + fc6Post + `</h3><div class="post-header"></div><div class="post-body entry-content" itemprop="description articleBody">` + body + `</div></div></div></div></div></div>`},
		// Blogger with og:title (newer layouts print it) and a <title> of
		// the same "Blog: Post" form.
		{name: "blogger-og-and-site-colon-title", url: "https://quietharbor.blogspot.example/2024/03/watching-first-crossing.html", want: fc6Post,
			head: `<title>Quiet Harbor: ` + fc6Post + `</title><meta content="` + fc6Post + `" property="og:title">`,
			body: `<div class="titlewrapper"><h1 class="title"><a href="https://quietharbor.blogspot.example/">Quiet Harbor</a></h1></div>
<div class="post hentry"><h3 class="post-title entry-title"><a href="https://quietharbor.blogspot.example/2024/03/watching-first-crossing.html">` + fc6Post + `</a></h3><div class="post-body entry-content">` + body + `</div></div>`},
		// A Tumblr theme: "Blog — Post", the blog's <h1>, the post's
		// <h2> with a permalink; no rel=bookmark, no class.
		{name: "tumblr-em-dash-site-first-plain-h2-link", url: "https://quietharbor.tumblr.example/post/7281934/watching-the-first-crossing", want: fc6Post,
			head: `<title>Quiet Harbor — ` + fc6Post + `</title>`,
			body: `<header><h1><a href="/">Quiet Harbor</a></h1><p>Small stories from a small island</p></header>
<section id="posts"><article class="text"><h2><a href="https://quietharbor.tumblr.example/post/7281934/watching-the-first-crossing">` + fc6Post + `</a></h2>` + body + `<footer><a href="https://quietharbor.tumblr.example/post/7281934/watching-the-first-crossing">5 notes</a></footer></article></section>`},
		// A theme that wraps the post's <h1> in its permalink.
		{name: "h1-wrapped-in-self-link", url: fc6Blog, want: fc6Post,
			head: `<title>` + fc6Post + ` | Quiet Harbor</title><meta property="og:title" content="` + fc6Post + `">`,
			body: `<header class="site-header"><p class="site-title"><a href="/">Quiet Harbor</a></p></header>
<main><article><a href="` + fc6Blog + `" class="entry-link"><h1 class="entry-title">` + fc6Post + `</h1></a>` + body + `</article></main>`},
		// The site's name in <title> only, the post's <h2 class=
		// "entry-title"> under the site's <h1> (a theme whose
		// wp_title() prints the blog's name alone).
		{name: "title-is-site-name-h2-entry-title", url: fc6Blog, want: fc6Post,
			head: `<title>Quiet Harbor</title>`,
			body: `<div id="header"><h1 class="site-title"><a href="https://quiet-harbor.example/">Quiet Harbor</a></h1></div>
<div id="content"><div class="post hentry"><h2 class="entry-title">` + fc6Post + `</h2><div class="entry-content">` + body + `</div></div></div>`},
	}
}

// fcAffixHeadRows: the site's name and section around the title in
// <title>, with the separators sites use, and titles whose own dash or
// colon must stay.
func fcAffixHeadRows() []fcHeadRow {
	story := `<div class="story-body">` + fcProse(0, 5) + `</div>`
	site := `<meta property="og:site_name" content="Northfield Gazette">`
	return []fcHeadRow{
		{name: "no-h1/site-double-colon-title", url: fc6News, want: fc6Title,
			head: site + `<title>Northfield Gazette :: ` + fc6Title + `</title>`, body: story},
		{name: "no-h1/site-raquo-section-raquo-title-no-site-meta", url: fc6News, want: fc6Title,
			head: `<title>Northfield Gazette » Politics » ` + fc6Title + `</title>`, body: story},
		// A headline's own en dash, with the site's name after a bar.
		{name: "no-h1/own-en-dash-then-site", url: fc6News, want: "Harbour office workers vote to end their strike – for now",
			head: site + `<title>Harbour office workers vote to end their strike – for now | Northfield Gazette</title>`, body: story},
		// The same in og:title, which has no site name.
		{name: "no-h1/own-en-dash-in-og-title", url: fc6News, want: "Harbour office workers vote to end their strike – for now",
			head: site + `<meta property="og:title" content="Harbour office workers vote to end their strike – for now"><title>Harbour office workers vote to end their strike – for now | Northfield Gazette</title>`, body: story},
		// A headline's own colon, the site after a hyphen.
		{name: "no-h1/own-colon-then-site-hyphen", url: fc6News, want: "Harbour office closure: what islanders need to know",
			head: `<title>Harbour office closure: what islanders need to know - Northfield Gazette</title>`, body: story},
		// A short name from the host ("ngz") with its section, hyphenated.
		{name: "no-h1/short-host-name-and-section-hyphen", url: "https://www.ngz.example/news/harbour-office-closure", want: fc6Title,
			head: `<title>` + fc6Title + ` - NGZ News</title>`, body: story},
		// A headline that opens with the short host name ("NGZ editor
		// resigns" on ngz.example) is the story's, not the site's: the
		// <h1> stays a candidate and the <title>'s first part stays.
		{name: "h1/headline-opens-with-short-host-name", url: "https://www.ngz.example/news/editor-resigns", want: "NGZ editor resigns",
			head: `<title>NGZ editor resigns | Media | NGZ</title>`,
			body: `<article><h1>NGZ editor resigns</h1>` + fcProse(0, 5) + `</article>`},
		{name: "no-h1/og-headline-opens-with-short-host-name", url: "https://www.ngz.example/news/editor-resigns", want: "NGZ editor resigns",
			head: `<meta property="og:title" content="NGZ editor resigns">`, body: story},
		// A section or site in camel case ("iPhone", "eBay") opens with a
		// small letter but is a name, not the headline's own words.
		{name: "no-h1/camel-case-section-then-site", url: "https://www.macguide.example/2024/03/05/lock-screen", want: "How to turn off the new lock screen widgets",
			head: `<title>How to turn off the new lock screen widgets | iPhone | MacGuide</title>`, body: story},
		{name: "no-h1/camel-case-tail-alone", url: "https://www.macguide.example/2024/03/05/lock-screen", want: "How to turn off the new lock screen widgets",
			head: `<title>How to turn off the new lock screen widgets | eBay</title>`, body: story},
		// A section before the title and the site after it.
		{name: "no-h1/section-bar-title-bar-site", url: fc6News, want: fc6Title,
			head: site + `<title>Politics | ` + fc6Title + ` | Northfield Gazette</title>`, body: story},
		// og:title says the site first, <title> after.
		{name: "no-h1/og-site-first-title-site-last", url: fc6News, want: fc6Title,
			head: site + `<meta property="og:title" content="Northfield Gazette | ` + fc6Title + `"><title>` + fc6Title + ` | Northfield Gazette</title>`, body: story},
		// A headline in which a hyphen joins place names, and the site after one.
		{name: "h1/hyphenated-route-in-title", url: fc6News, want: "Holmby - Grest ferry returns after two years",
			head: site + `<title>Holmby - Grest ferry returns after two years - Northfield Gazette</title>`,
			body: `<article><h1>Holmby - Grest ferry returns after two years</h1>` + fcProse(0, 5) + `</article>`},
	}
}

// fcMetaDisagreeHeadRows: og:title, twitter:title and JSON-LD's headline
// worded otherwise, or cut short.
func fcMetaDisagreeHeadRows() []fcHeadRow {
	long := "Council votes to close the harbour office in Holmby after a two-year review finds it costs more than the ferry link it serves"
	cut110 := long[:110] // AMP and SEO plugins cut JSON-LD's headline at 110 characters
	site := `<meta property="og:site_name" content="Northfield Gazette">`
	return []fcHeadRow{
		{name: "jsonld-cut-at-110-beside-og-no-h1", url: fc6News, want: long,
			head: site + `<meta property="og:title" content="` + long + `"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + cut110 + `"}</script>`,
			body: `<div class="story-body">` + fcProse(0, 5) + `</div>`},
		{name: "jsonld-cut-mid-word-beside-twitter-no-h1", url: fc6News, want: long,
			head: site + `<meta name="twitter:title" content="` + long + `"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + long[:108] + `"}</script>`,
			body: `<div class="story-body">` + fcProse(0, 5) + `</div>`},
		// A JSON-LD headline that a longer og:title follows with a
		// subtitle after a colon is no cut one.
		{name: "jsonld-at-limit-og-adds-subtitle-no-h1", url: fc6News, want: cut110,
			head: site + `<meta property="og:title" content="` + cut110 + `: what it means for boat owners"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + cut110 + `"}</script>`,
			body: `<div class="story-body">` + fcProse(0, 5) + `</div>`},
		{name: "jsonld-cut-at-110-beside-title-no-h1", url: fc6News, want: long,
			head: site + `<title>` + long + ` | Northfield Gazette</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + cut110 + `"}</script>`,
			body: `<div class="story-body">` + fcProse(0, 5) + `</div>`},
		{name: "jsonld-cut-at-110-beside-h1", url: fc6News, want: long,
			head: site + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + cut110 + `"}</script>`,
			body: `<article><h1>` + long + `</h1>` + fcProse(0, 5) + `</article>`},
		// Three wordings: the <h1> and JSON-LD agree, og:title and
		// twitter:title are written for sharing.
		{name: "og-twitter-reworded-h1-and-jsonld-agree", url: fc6News, want: fc6Title,
			head: site + `<title>Holmby harbour office to shut | Northfield Gazette</title><meta property="og:title" content="Is this the end of Holmby's harbour office?"><meta name="twitter:title" content="Holmby loses its harbour office"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + fc6Title + `"}</script>`,
			body: `<article><h1>` + fc6Title + `</h1>` + fcProse(0, 5) + `</article>`},
		// An all-capitals <h1> (typed so, not by CSS) beside og:title
		// in sentence case.
		{name: "all-caps-h1-beside-og", url: fc6News, want: fc6Title,
			head: site + `<title>` + fc6Title + ` | Northfield Gazette</title><meta property="og:title" content="` + fc6Title + `">`,
			body: `<article><h1>COUNCIL VOTES TO CLOSE THE HARBOUR OFFICE IN HOLMBY</h1>` + fcProse(0, 5) + `</article>`},
	}
}

// fcInsideH1HeadRows: the <h1> holds more than the title: a label, a
// badge, a kicker, a line break.
func fcInsideH1HeadRows() []fcHeadRow {
	site := `<meta property="og:site_name" content="Northfield Gazette">`
	head := site + `<title>` + fc6Title + ` | Northfield Gazette</title>`
	return []fcHeadRow{
		{name: "h1-breaking-label-text-title-confirms", url: fc6News, want: fc6Title,
			head: head,
			body: `<article><h1>Breaking: ` + fc6Title + `</h1>` + fcProse(0, 5) + `</article>`},
		{name: "h1-updated-badge", url: fc6News, want: fc6Title,
			head: head,
			body: `<article><h1>` + fc6Title + ` <span class="badge badge-updated">Updated</span></h1>` + fcProse(0, 5) + `</article>`},
		{name: "h1-line-break-no-meta", url: fc6News, want: fc6Title,
			head: ``,
			body: `<article><h1>Council votes to close<br>the harbour office in Holmby</h1>` + fcProse(0, 5) + `</article>`},
		{name: "h1-opinion-kicker-span-and-og-with-label", url: fc6News, want: "The harbour office was worth keeping",
			head: site + `<title>Opinion | The harbour office was worth keeping | Northfield Gazette</title><meta property="og:title" content="Opinion | The harbour office was worth keeping">`,
			body: `<article><h1><span class="kicker">Opinion</span> The harbour office was worth keeping</h1>` + fcProse(0, 5) + `</article>`},
	}
}

// fcLanguageHeadRows: the same choices in German, French and Japanese
// titles.
func fcLanguageHeadRows() []fcHeadRow {
	const de = "Stadtrat beschließt Schließung des Hafenamts"
	const fr = "Grève : les ferries restent à quai ce week-end"
	const ja = "港湾事務所の閉鎖を議会が可決"
	return []fcHeadRow{
		{name: "de/title-section-nachrichten-site-no-h1", lang: "de", url: "https://nordstadt-kurier.example/lokales/hafenamt-100.html", want: de,
			head: `<title>` + de + ` – Nachrichten – Nordstadt Kurier</title>`, body: `<div class="artikel">` + fcProse(0, 5) + `</div>`},
		{name: "de/title-site-de-nachrichten-no-h1", lang: "de", url: "https://nordstadt-kurier.example/lokales/hafenamt-100.html", want: de,
			head: `<title>` + de + ` | nordstadt-kurier.de - Nachrichten - Lokales</title>`, body: `<div class="artikel">` + fcProse(0, 5) + `</div>`},
		{name: "fr/own-colon-then-le-site-no-h1", lang: "fr", url: "https://le-courrier-du-port.example/actualite/greve-ferries", want: fr,
			head: `<title>` + fr + ` - Le Courrier du Port</title>`, body: `<div class="article">` + fcProse(0, 5) + `</div>`},
		{name: "ja/kagi-quote-title-fullwidth-bar-no-h1", lang: "ja", url: "https://minato-shimbun.example/articles/20240305-office", want: "「冬は島に閉じ込められる」住民が減便に反発",
			head: `<title>「冬は島に閉じ込められる」住民が減便に反発｜みなと新聞</title>`, body: `<div class="article-body">` + fcProse(0, 5) + `</div>`},
		{name: "ja/site-first-spaced-bar-no-h1", lang: "ja", url: "https://minato-shimbun.example/articles/20240305-office", want: ja,
			head: `<meta property="og:site_name" content="みなと新聞"><title>みなと新聞 | ` + ja + `</title>`, body: `<div class="article-body">` + fcProse(0, 5) + `</div>`},
	}
}

// fcMarkupHeadRows: headings built of several elements, or with
// invisible characters, and titles in Russian, Korean and Chinese.
func fcMarkupHeadRows() []fcHeadRow {
	head := `<meta property="og:site_name" content="Northfield Gazette"><title>` + fc6Title + ` | Northfield Gazette</title>`
	return []fcHeadRow{
		// A section link before the title inside the <h1>, no class.
		{name: "h1-section-link-then-title", url: fc6News, want: fc6Title,
			head: head,
			body: `<article><h1><a href="/politics/">Politics</a> ` + fc6Title + `</h1>` + fcProse(0, 5) + `</article>`},
		// A designed headline: one <span> per line, no space between.
		{name: "h1-line-spans-without-space", url: fc6News, want: fc6Title,
			head: head,
			body: `<article><h1 class="headline"><span class="headline__line">Council votes to close</span><span class="headline__line">the harbour office in Holmby</span></h1>` + fcProse(0, 5) + `</article>`},
		{name: "h1-zero-width-space-no-meta", url: fc6News, want: fc6Title,
			head: ``,
			body: `<article><h1>Council votes to close the harbour&#8203; office in Holmby</h1>` + fcProse(0, 5) + `</article>`},
		{name: "ru/title-section-site-em-dash-no-h1", lang: "ru", url: "https://severny-bereg.example/news/parom-reisy", want: "Паром сократил рейсы до двух в день",
			head: `<meta property="og:site_name" content="Северный берег"><title>Паром сократил рейсы до двух в день — Новости — Северный берег</title>`,
			body: `<div class="article-text">` + fcProse(0, 5) + `</div>`},
		{name: "ko/title-hyphen-site-no-h1", lang: "ko", url: "https://hanggu-news.example/article/20240305-ferry", want: "여객선 운항 하루 두 차례로 줄어",
			head: `<title>여객선 운항 하루 두 차례로 줄어 - 항구신문</title>`,
			body: `<div id="article-view-content">` + fcProse(0, 5) + `</div>`},
		{name: "zh/title-spaced-hyphen-site-no-h1", lang: "zh", url: "https://gangkou-news.example/2024/0305/office.html", want: "港务办公室将于四月关闭",
			head: `<title>港务办公室将于四月关闭 - 港口新闻网</title>`,
			body: `<div class="article-content">` + fcProse(0, 5) + `</div>`},
		// a year after the separator is no site's name
		{name: "zh/title-spaced-hyphen-year-stays", lang: "zh", url: "https://gangkou-news.example/2024/0305/review.html", want: "港口城市的发展回顾与展望 - 2024年",
			head: `<title>港口城市的发展回顾与展望 - 2024年</title>`,
			body: `<div class="article-content">` + fcProse(0, 5) + `</div>`},
	}
}

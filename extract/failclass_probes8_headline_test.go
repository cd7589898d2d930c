package extract

import (
	"cmp"
	"testing"

	"github.com/byline/byline/article"
)

// An eighth round of probes for the headline, on conventions the sixth
// (failclass_probes6_headline_test.go) left out: opinion and column
// labels and live-page labels in the meta titles beside a clean <h1>;
// AMP templates; kickers in spans inside the <h1>; quotes, questions and
// list headlines; media suffixes; section <h1>s above the post's <h2>;
// the news templates of Arc XP, Brightspot and WordPress VIP; the site's
// name before the title in og:title; microdata and JSON-LD only; titles
// in Japanese, Chinese, Korean, Arabic, Hebrew, Russian, Turkish and
// Polish with their usual separators; subtitles beside the title. The
// sites, names and text are made up. TestFailureClasses runs them.

const (
	fc8URL   = "https://holmby-courier.example/news/2024/05/14/ferry-timetable"
	fc8Title = "Ferry timetable cut to two crossings a day from June"
	fc8Site  = `<meta property="og:site_name" content="Holmby Courier">`
)

func fcProbe8HeadlineCases() []fcCase {
	var rows []fcHeadRow
	rows = append(rows, fc8LabelHeadRows()...)
	rows = append(rows, fc8TemplateHeadRows()...)
	rows = append(rows, fc8WordingHeadRows()...)
	rows = append(rows, fc8SourceHeadRows()...)
	rows = append(rows, fc8LanguageHeadRows()...)
	rows = append(rows, fc8SiteNameHeadRows()...)
	rows = append(rows, fc8MetaOddHeadRows()...)
	var cs []fcCase
	for _, r := range rows {
		r := r
		lang := cmp.Or(r.lang, "en")
		cs = append(cs, fcCase{class: "headline8/" + r.name, url: cmp.Or(r.url, fc8URL), html: fcPage(lang, r.head, r.body),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != r.want {
					t.Errorf("headline = %q, want %q", a.Headline, r.want)
				}
			}})
	}
	return cs
}

// fc8Article is an article of the given heading markup and five paragraphs.
func fc8Article(heading string) string {
	return `<main><article>` + heading + fcProse(1, 5) + `</article></main>`
}

// fc8NoHeading is a story body without a heading.
func fc8NoHeading() string { return `<div class="story-body">` + fcProse(1, 5) + `</div>` }

// fc8LabelHeadRows: opinion, column, live and media labels that the meta
// titles and <title> add to a title the page's heading states clean.
func fc8LabelHeadRows() []fcHeadRow {
	const op = "Why the island needs its harbour office"
	return []fcHeadRow{
		{name: "opinion-bar-in-og-and-title-clean-h1", want: op,
			head: fc8Site + `<title>Opinion | ` + op + ` | Holmby Courier</title><meta property="og:title" content="Opinion | ` + op + `">`,
			body: fc8Article(`<h1 class="headline">` + op + `</h1>`)},
		{name: "opinion-colon-og-only-jsonld-clean-no-h1", want: op,
			head: fc8Site + `<meta property="og:title" content="Opinion: ` + op + `"><script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"` + op + `"}</script>`,
			body: fc8NoHeading()},
		{name: "editorial-colon-og-title-clean-no-h1", want: op,
			head: fc8Site + `<meta property="og:title" content="Editorial: ` + op + `"><title>` + op + ` | Holmby Courier</title>`,
			body: fc8NoHeading()},
		{name: "de/kommentar-colon-og-clean-h1", lang: "de", url: "https://nordstadt-kurier.example/meinung/hafenamt-100.html", want: "Das Hafenamt war sein Geld wert",
			head: `<meta property="og:site_name" content="Nordstadt Kurier"><title>Kommentar: Das Hafenamt war sein Geld wert | Nordstadt Kurier</title><meta property="og:title" content="Kommentar: Das Hafenamt war sein Geld wert">`,
			body: fc8Article(`<h1>Das Hafenamt war sein Geld wert</h1>`)},
		{name: "fr/analyse-spaced-colon-og-title-clean-no-h1", lang: "fr", url: "https://le-courrier-du-port.example/analyse/ferries", want: "Pourquoi les ferries coûtent plus cher",
			head: `<meta property="og:site_name" content="Le Courrier du Port"><meta property="og:title" content="Analyse : Pourquoi les ferries coûtent plus cher"><title>Pourquoi les ferries coûtent plus cher - Le Courrier du Port</title>`,
			body: fc8NoHeading()},
		{name: "es/opinion-bar-og-clean-h1", lang: "es", url: "https://diario-del-muelle.example/opinion/ferry", want: "El puerto merece algo mejor",
			head: `<meta property="og:site_name" content="Diario del Muelle"><meta property="og:title" content="Opinión | El puerto merece algo mejor"><title>Opinión | El puerto merece algo mejor | Diario del Muelle</title>`,
			body: fc8Article(`<h1>El puerto merece algo mejor</h1>`)},
		{name: "live-colon-og-and-title-clean-h1", want: fc8Title,
			head: fc8Site + `<title>LIVE: ` + fc8Title + ` | Holmby Courier</title><meta property="og:title" content="LIVE: ` + fc8Title + `">`,
			body: fc8Article(`<h1>` + fc8Title + `</h1>`)},
		{name: "live-updates-colon-og-title-clean-no-h1", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="Live updates: ` + fc8Title + `"><title>` + fc8Title + ` - Holmby Courier</title>`,
			body: fc8NoHeading()},
		{name: "live-badge-span-in-h1-og-clean", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="` + fc8Title + `">`,
			body: fc8Article(`<h1><span class="live-badge">Live</span> ` + fc8Title + `</h1>`)},
		{name: "de/liveblog-colon-og-clean-title-no-h1", lang: "de", url: "https://nordstadt-kurier.example/lokales/faehre-live-100.html", want: "Fähre fährt nur noch zweimal täglich",
			head: `<meta property="og:site_name" content="Nordstadt Kurier"><meta property="og:title" content="Liveblog: Fähre fährt nur noch zweimal täglich"><title>Fähre fährt nur noch zweimal täglich | Nordstadt Kurier</title>`,
			body: fc8NoHeading()},
		{name: "fr/en-direct-dash-og-clean-title-no-h1", lang: "fr", url: "https://le-courrier-du-port.example/direct/greve", want: "Grève des ferries : suivez la journée",
			head: `<meta property="og:site_name" content="Le Courrier du Port"><meta property="og:title" content="EN DIRECT - Grève des ferries : suivez la journée"><title>Grève des ferries : suivez la journée - Le Courrier du Port</title>`,
			body: fc8NoHeading()},
		{name: "fr/direct-capitals-full-stop-og-clean-title-no-h1", lang: "fr", url: "https://le-courrier-du-port.example/direct/greve", want: "Grève des ferries : suivez la journée",
			head: `<meta property="og:site_name" content="Le Courrier du Port"><meta property="og:title" content="DIRECT. Grève des ferries : suivez la journée"><title>Grève des ferries : suivez la journée - Le Courrier du Port</title>`,
			body: fc8NoHeading()},
		{name: "video-dash-suffix-og-no-h1", want: "Waves break over the Holmby sea wall",
			head: fc8Site + `<meta property="og:title" content="Waves break over the Holmby sea wall - VIDEO"><title>Waves break over the Holmby sea wall - VIDEO | Holmby Courier</title>`,
			body: fc8NoHeading()},
		{name: "video-en-dash-lower-suffix-title-no-h1", want: "Waves break over the Holmby sea wall",
			head: `<title>Waves break over the Holmby sea wall – video | Holmby Courier</title>`,
			body: fc8NoHeading()},
		{name: "video-parens-suffix-og-no-h1", want: "Waves break over the Holmby sea wall",
			head: fc8Site + `<meta property="og:title" content="Waves break over the Holmby sea wall (VIDEO)">`,
			body: fc8NoHeading()},
		{name: "photos-brackets-prefix-twitter-no-h1", want: "Waves break over the Holmby sea wall",
			head: fc8Site + `<meta name="twitter:title" content="[PHOTOS] Waves break over the Holmby sea wall">`,
			body: fc8NoHeading()},
		{name: "video-suffix-meta-clean-h1", want: "Waves break over the Holmby sea wall",
			head: fc8Site + `<title>Waves break over the Holmby sea wall – video | Holmby Courier</title><meta property="og:title" content="Waves break over the Holmby sea wall – video">`,
			body: fc8Article(`<h1>Waves break over the Holmby sea wall</h1>`)},
	}
}

// fc8TemplateHeadRows: the default markup of AMP templates, news CMSs and
// section pages.
func fc8TemplateHeadRows() []fcHeadRow {
	const sub = "The operator blames the cost of fuel and a shortage of crew for the cut"
	return []fcHeadRow{
		// The AMP plugin's classic reader template.
		{name: "amp-wp-title", want: fc8Title,
			head: `<title>` + fc8Title + ` &#8211; Holmby Courier</title><link rel="canonical" href="` + fc8URL + `">`,
			body: `<header id="top" class="amp-wp-header"><div><a href="https://holmby-courier.example/"><amp-img src="/logo.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">Holmby Courier</span></a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">` + fc8Title + `</h1><div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">Jane Doe</span></div></header><figure class="amp-wp-article-featured-image wp-caption"><amp-img width="800" height="450" src="/ferry.jpg" layout="intrinsic"></amp-img></figure><div class="amp-wp-article-content">` + fcProse(1, 5) + `</div></article>`},
		// Arc XP's default article layout.
		{name: "arc-headline-h1-subheadline-h2", want: fc8Title,
			head: fc8Site + `<title>` + fc8Title + ` – Holmby Courier</title><meta property="og:title" content="` + fc8Title + `">`,
			body: `<header class="site-header"><nav class="nav-sections"><a href="/news/">News</a></nav></header><main><article class="article-body-wrapper"><h1 class="headline">` + fc8Title + `</h1><h2 class="sub-headline">` + sub + `</h2><div class="byline">By Jane Doe</div><div class="article-body">` + fcProse(1, 5) + `</div></article></main>`},
		// Brightspot's Page-headline and sub-headline.
		{name: "brightspot-page-headline", want: fc8Title,
			head: `<title>` + fc8Title + ` | Holmby Courier</title><meta property="og:title" content="` + fc8Title + `">`,
			body: `<div class="Page-header"><a class="Page-header-logo" href="/">Holmby Courier</a></div><div class="Page-content"><div class="ArticlePage-articleContainer"><h1 class="Page-headline">` + fc8Title + `</h1><div class="Page-subHeadline"><p>` + sub + `</p></div><div class="Page-articleBody RichTextArticleBody">` + fcProse(1, 5) + `</div></div></div>`},
		// Newspack (WordPress VIP news sites): entry-title and a subtitle.
		{name: "newspack-entry-title-subtitle", want: fc8Title,
			head: fc8Site + `<title>` + fc8Title + ` &#8211; Holmby Courier</title><meta property="og:title" content="` + fc8Title + `">`,
			body: `<header class="site-header"><p class="site-title"><a href="/" rel="home">Holmby Courier</a></p></header><main id="main"><article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/news/">News</a></span><h1 class="entry-title">` + fc8Title + `</h1><div class="newspack-post-subtitle">` + sub + `</div></header><div class="entry-content">` + fcProse(1, 5) + `</div></article></main>`},
		// A theme whose <h1> names the section above the post's <h2>.
		{name: "section-h1-entry-title-h2-og", want: fc8Title,
			head: fc8Site + `<title>` + fc8Title + ` | Holmby Courier</title><meta property="og:title" content="` + fc8Title + `">`,
			body: `<main><h1 class="page-title">Local News and Sport</h1><article class="post"><header class="entry-header"><h2 class="entry-title">` + fc8Title + `</h2></header><div class="entry-content">` + fcProse(1, 5) + `</div></article></main>`},
		{name: "section-h1-header-h2-og-only", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="` + fc8Title + `">`,
			body: `<main><h1>Island News from Holmby</h1><article><header><h2>` + fc8Title + `</h2><time datetime="2024-05-14">May 14, 2024</time></header>` + fcProse(1, 5) + `</article></main>`},
		// Microdata headline in an <h2>, the site's name in the banner <h1>.
		{name: "itemprop-headline-h2-banner-h1", want: fc8Title,
			head: `<title>Holmby Courier</title>`,
			body: `<header><h1>Holmby Courier</h1></header><div itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">` + fc8Title + `</h2><div itemprop="articleBody">` + fcProse(1, 5) + `</div></div>`},
		// A kicker and the title as two spans of the <h1>.
		{name: "kicker-span-and-title-span-no-meta", want: fc8Title,
			body: fc8Article(`<h1 class="article-headline"><span class="article-headline__kicker">Transport</span> <span class="article-headline__text">` + fc8Title + `</span></h1>`)},
		{name: "topic-span-before-title-title-confirms", want: fc8Title,
			head: fc8Site + `<title>` + fc8Title + ` | Holmby Courier</title>`,
			body: fc8Article(`<h1><span class="topic">Transport</span> ` + fc8Title + `</h1>`)},
		{name: "kicker-colon-span-og-confirms", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="` + fc8Title + `">`,
			body: fc8Article(`<h1><span class="label">Transport:</span> ` + fc8Title + `</h1>`)},
		// A deck in an <h2> right after the <h1>, no meta titles.
		{name: "deck-h2-after-h1-no-meta", want: fc8Title,
			body: fc8Article(`<h1>` + fc8Title + `</h1><h2 class="deck">` + sub + `</h2>`)},
	}
}

// fc8WordingHeadRows: quotes, questions, lists and subtitles in the title.
func fc8WordingHeadRows() []fcHeadRow {
	const q = "“We will be cut off all winter”: islanders fight ferry cut"
	const ask = "Will the ferry still run after June?"
	const list = "7 things to know about the new ferry timetable"
	const sub = "what it means for commuters"
	return []fcHeadRow{
		{name: "curly-quote-opening-h1-and-title", want: q,
			head: fc8Site + `<title>` + q + ` | Holmby Courier</title>`,
			body: fc8Article(`<h1>` + q + `</h1>`)},
		{name: "curly-quote-opening-title-only", want: q,
			head: `<title>` + q + ` | Holmby Courier</title>`, body: fc8NoHeading()},
		{name: "question-mark-title-only", want: ask,
			head: `<title>` + ask + ` - Holmby Courier</title>`, body: fc8NoHeading()},
		{name: "numbered-list-title-and-h1", want: list,
			head: fc8Site + `<title>` + list + ` | Holmby Courier</title><meta property="og:title" content="` + list + `">`,
			body: fc8Article(`<h1>` + list + `</h1>`)},
		{name: "title-adds-subtitle-after-colon-h1", want: fc8Title,
			head: fc8Site + `<title>` + fc8Title + `: ` + sub + ` | Holmby Courier</title>`,
			body: fc8Article(`<h1>` + fc8Title + `</h1>`)},
		{name: "og-and-title-add-long-subtitle-h1", want: fc8Title,
			head: fc8Site + `<title>` + fc8Title + `: the operator blames fuel costs and a shortage of crew | Holmby Courier</title><meta property="og:title" content="` + fc8Title + `: the operator blames fuel costs and a shortage of crew">`,
			body: fc8Article(`<h1>` + fc8Title + `</h1>`)},
		{name: "title-page-two-suffix-no-h1", want: fc8Title,
			head: `<title>` + fc8Title + ` - Page 2 | Holmby Courier</title>`, body: fc8NoHeading()},
	}
}

// fc8SourceHeadRows: one source of the title alone, or the site's name
// before the title in og:title.
func fc8SourceHeadRows() []fcHeadRow {
	return []fcHeadRow{
		{name: "og-site-colon-title-no-h1", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="Holmby Courier: ` + fc8Title + `">`, body: fc8NoHeading()},
		{name: "og-site-bar-title-no-h1", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="Holmby Courier | ` + fc8Title + `">`, body: fc8NoHeading()},
		{name: "twitter-title-only", want: fc8Title,
			head: `<meta name="twitter:title" content="` + fc8Title + `">`, body: fc8NoHeading()},
		{name: "jsonld-headline-only", want: fc8Title,
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + fc8Title + `","datePublished":"2024-05-14T08:00:00Z"}</script>`,
			body: fc8NoHeading()},
		{name: "site-name-with-dash-inside", want: fc8Title,
			head: `<meta property="og:site_name" content="Holmby - Island News"><title>` + fc8Title + ` | Holmby - Island News</title>`,
			body: fc8NoHeading()},
		{name: "site-name-with-bar-inside", want: fc8Title,
			head: `<meta property="og:site_name" content="Holmby Courier | Island News"><title>` + fc8Title + ` | Holmby Courier | Island News</title>`,
			body: fc8NoHeading()},
	}
}

// fc8LanguageHeadRows: titles in other scripts and languages with the
// separators their sites use.
func fc8LanguageHeadRows() []fcHeadRow {
	const ja = "港湾事務所の閉鎖を議会が可決"
	const zh = "港务办公室将于四月关闭"
	const ko = "여객선 운항 하루 두 차례로 줄어"
	const ar = "تقليص رحلات العبارة إلى رحلتين يوميا"
	const he = "מעבורת תפעל רק פעמיים ביום"
	const ru = "Мэр пообещал «сохранить паром» до осени"
	const tr = "Feribot seferleri günde ikiye düşürüldü"
	const pl = "Prom będzie kursował tylko dwa razy dziennie"
	return []fcHeadRow{
		{name: "ja/fullwidth-colon-site-no-h1", lang: "ja", url: "https://minato-shimbun.example/articles/20240514", want: ja,
			head: `<meta property="og:site_name" content="みなと新聞"><title>` + ja + `：みなと新聞</title>`, body: fc8NoHeading()},
		{name: "ja/bar-section-bar-site-no-h1", lang: "ja", url: "https://minato-shimbun.example/articles/20240514", want: ja,
			head: `<title>` + ja + ` | 社会 | みなと新聞</title>`, body: fc8NoHeading()},
		{name: "ja/sokuhou-label-og-clean-h1", lang: "ja", url: "https://minato-shimbun.example/articles/20240514", want: ja,
			head: `<meta property="og:title" content="【速報】` + ja + `"><title>【速報】` + ja + `｜みなと新聞</title>`, body: fc8Article(`<h1>` + ja + `</h1>`)},
		{name: "zh/underscores-section-site-no-h1", lang: "zh", url: "https://gangkou-news.example/2024/0514/office.html", want: zh,
			head: `<title>` + zh + `_新闻频道_港口新闻网</title>`, body: fc8NoHeading()},
		{name: "zh/hyphen-unspaced-site-no-h1", lang: "zh", url: "https://gangkou-news.example/2024/0514/office.html", want: zh,
			head: `<title>` + zh + `-港口新闻网</title>`, body: fc8NoHeading()},
		{name: "ko/ndsoft-lt-section-article-view-site-no-h1", lang: "ko", url: "https://hanggu-news.example/news/articleView.html?idxno=2041", want: ko,
			head: `<title>` + ko + ` &lt; 사회 &lt; 기사본문 - 항구신문</title>`, body: fc8NoHeading()},
		{name: "ko/spaced-colon-site-no-h1", lang: "ko", url: "https://hanggu-news.example/news/articleView.html?idxno=2041", want: ko,
			head: `<title>` + ko + ` : 항구신문</title>`, body: fc8NoHeading()},
		{name: "ar/bar-site-no-h1", lang: "ar", url: "https://akhbar-almina.example/news/2024/05/14/ferry", want: ar,
			head: `<meta property="og:site_name" content="أخبار الميناء"><title>` + ar + ` | أخبار الميناء</title>`, body: fc8NoHeading()},
		{name: "ar/site-first-dash-og-clean-h1", lang: "ar", url: "https://akhbar-almina.example/news/2024/05/14/ferry", want: ar,
			head: `<meta property="og:site_name" content="أخبار الميناء"><title>أخبار الميناء - ` + ar + `</title><meta property="og:title" content="` + ar + `">`, body: fc8Article(`<h1>` + ar + `</h1>`)},
		{name: "he/dash-site-no-h1", lang: "he", url: "https://hadashot-hanamal.example/news/article/2041", want: he,
			head: `<meta property="og:site_name" content="חדשות הנמל"><title>` + he + ` - חדשות הנמל</title>`, body: fc8NoHeading()},
		{name: "ru/guillemets-em-dash-site-no-h1", lang: "ru", url: "https://severny-bereg.example/news/parom", want: ru,
			head: `<meta property="og:site_name" content="Северный берег"><title>` + ru + ` — Северный берег</title>`, body: fc8NoHeading()},
		{name: "ru/double-colon-section-site-no-h1", lang: "ru", url: "https://severny-bereg.example/news/parom", want: ru,
			head: `<meta property="og:site_name" content="Северный берег"><title>` + ru + ` :: Новости :: Северный берег</title>`, body: fc8NoHeading()},
		{name: "tr/son-dakika-capitals-og-clean-title-no-h1", lang: "tr", url: "https://liman-haber.example/gundem/feribot-seferleri-2041", want: tr,
			head: `<meta property="og:site_name" content="Liman Haber"><meta property="og:title" content="SON DAKİKA: ` + tr + `"><title>` + tr + ` - Liman Haber</title>`, body: fc8NoHeading()},
		{name: "tr/dash-site-no-h1", lang: "tr", url: "https://liman-haber.example/gundem/feribot-seferleri-2041", want: tr,
			head: `<title>` + tr + ` - Liman Haber</title>`, body: fc8NoHeading()},
		{name: "pl/raquo-section-site-no-h1", lang: "pl", url: "https://kurier-portowy.example/wiadomosci/prom-2041", want: pl,
			head: `<meta property="og:site_name" content="Kurier Portowy"><title>` + pl + ` » Wiadomości » Kurier Portowy</title>`, body: fc8NoHeading()},
		{name: "pl/pilne-og-clean-h1", lang: "pl", url: "https://kurier-portowy.example/wiadomosci/prom-2041", want: pl,
			head: `<meta property="og:site_name" content="Kurier Portowy"><meta property="og:title" content="PILNE: ` + pl + `"><title>PILNE: ` + pl + ` - Kurier Portowy</title>`, body: fc8Article(`<h1>` + pl + `</h1>`)},
	}
}

// fc8SiteNameHeadRows: site names that the host spells otherwise (accents
// dropped, a domain as the name), escaping left in meta titles, and
// guards: a label the page's heading shows too, a place before a colon.
func fc8SiteNameHeadRows() []fcHeadRow {
	const vi = "Phà chỉ chạy hai chuyến mỗi ngày từ tháng Sáu"
	const zh = "港务办公室将于四月关闭 市民担心出行不便"
	return []fcHeadRow{
		{name: "video-suffix-shown-in-h1-too-stays", want: "Waves break over the Holmby sea wall – video",
			head: fc8Site + `<meta property="og:title" content="Waves break over the Holmby sea wall – video">`,
			body: fc8Article(`<h1>Waves break over the Holmby sea wall – video</h1>`)},
		{name: "og-place-colon-is-no-site-no-h1", want: "Holmby: " + fc8Title,
			head: fc8Site + `<meta property="og:title" content="Holmby: ` + fc8Title + `">`, body: fc8NoHeading()},
		{name: "zh/double-hyphen-site-slash-section-h2", lang: "zh", url: "https://gangkou-news.example/news_info.php?no=2041", want: zh,
			head: `<title>` + zh + ` -- 港口报 / 焦点</title><meta property="og:title" content="` + zh + `--港口报">`,
			body: `<header><h1><a href="https://gangkou-news.example/">港口报 Harbour Daily</a></h1></header><div class="article"><h2 class="title">` + zh + `</h2>` + fcProse(1, 5) + `</div>`},
		{name: "og-double-escaped-ampersand-no-h1", want: "Ferries & buses cut to two runs a day from June",
			head: fc8Site + `<meta property="og:title" content="Ferries &amp;amp; buses cut to two runs a day from June"><title>Ferries &amp; buses cut to two runs a day from June | Holmby Courier</title>`,
			body: fc8NoHeading()},
		{name: "og-straight-quotes-no-h1", want: `Harbour master: "We cannot crew two boats"`,
			head: fc8Site + `<meta property="og:title" content='Harbour master: "We cannot crew two boats"'>`, body: fc8NoHeading()},
		{name: "de/domain-name-tail-section-no-h1", lang: "de", url: "https://www.nordstadt-kurier.example/politik/faehre-100.html", want: "Fähre fährt nur noch zweimal täglich",
			head: `<meta property="og:site_name" content="Nordstadt Kurier"><title>Fähre fährt nur noch zweimal täglich - Politik - NK.de</title>`, body: fc8NoHeading()},
		{name: "vi/site-name-with-accents-host-without-no-h1", lang: "vi", url: "https://baocangbien.example/xa-hoi/pha-hai-chuyen-2041.html", want: vi,
			head: `<title>` + vi + ` - Báo Cảng Biển</title>`, body: fc8NoHeading()},
		{name: "fr/site-name-accent-apostrophe-host-no-h1", lang: "fr", url: "https://www.lechoduport.example/actualite/ferries-2041", want: "Les ferries ne traverseront plus que deux fois par jour",
			head: `<title>Les ferries ne traverseront plus que deux fois par jour - L'Écho du Port</title>`, body: fc8NoHeading()},
		{name: "es/site-name-accent-host-no-h1", lang: "es", url: "https://www.diariodecadiz-puerto.example/noticias/ferry-2041.html", want: "El ferry solo hará dos viajes al día desde junio",
			head: `<title>El ferry solo hará dos viajes al día desde junio - Diario de Cádiz Puerto</title>`, body: fc8NoHeading()},
		{name: "yoast-graph-article-headline-webpage-name-no-h1", want: fc8Title,
			head: `<title>` + fc8Title + ` - Holmby Courier</title><script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"` + fc8URL + `#article","headline":"` + fc8Title + `","isPartOf":{"@id":"` + fc8URL + `"}},{"@type":"WebPage","@id":"` + fc8URL + `","name":"` + fc8Title + ` - Holmby Courier"},{"@type":"WebSite","name":"Holmby Courier"}]}</script>`,
			body: fc8NoHeading()},
		{name: "substack-by-author-title-og-no-h1", url: "https://holmbyletters.substack.example/p/ferry-timetable", want: fc8Title,
			head: `<title>` + fc8Title + ` - by Jane Doe - Holmby Letters</title><meta property="og:title" content="` + fc8Title + `">`, body: fc8NoHeading()},
		{name: "ghost-article-title-bare-title", url: "https://holmby-notes.example/ferry-timetable/", want: fc8Title,
			head: `<title>` + fc8Title + `</title><meta property="og:title" content="` + fc8Title + `">`,
			body: `<header class="gh-head"><a class="gh-head-logo" href="https://holmby-notes.example">Holmby Notes</a></header><main id="site-main"><article class="article post"><header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/transport/">Transport</a></section><h1 class="article-title">` + fc8Title + `</h1><p class="article-excerpt">Two crossings a day, and none on Sundays.</p></header><section class="gh-content gh-canvas">` + fcProse(1, 5) + `</section></article></main>`},
		{name: "he/site-first-bar-no-h1", lang: "he", url: "https://hadashot-hanamal.example/news/article/2041", want: "מעבורת תפעל רק פעמיים ביום",
			head: `<meta property="og:site_name" content="חדשות הנמל"><title>חדשות הנמל | מעבורת תפעל רק פעמיים ביום</title>`, body: fc8NoHeading()},
		{name: "ko/bar-site-og-site-name-no-h1", lang: "ko", url: "https://hanggu-news.example/article/20240514-ferry", want: "여객선 운항 하루 두 차례로 줄어",
			head: `<meta property="og:site_name" content="항구신문"><title>여객선 운항 하루 두 차례로 줄어 | 항구신문</title>`, body: fc8NoHeading()},
	}
}

// fc8MetaOddHeadRows: meta titles that are generic, carry entities or an
// emoji before their label, or end in an update note.
func fc8MetaOddHeadRows() []fcHeadRow {
	const hi = "नौका सेवा अब दिन में केवल दो बार चलेगी"
	return []fcHeadRow{
		{name: "og-is-site-name-h1-in-article", want: fc8Title,
			head: fc8Site + `<title>Holmby Courier</title><meta property="og:title" content="Holmby Courier">`,
			body: fc8Article(`<h1>` + fc8Title + `</h1>`)},
		{name: "og-is-section-name-h1-in-article", want: fc8Title,
			head: fc8Site + `<title>News | Holmby Courier</title><meta property="og:title" content="News">`,
			body: fc8Article(`<h1>` + fc8Title + `</h1>`)},
		{name: "jsonld-headline-with-entity-no-h1", want: "Harbour’s office to close after 90 years",
			head: `<title>Harbour’s office to close after 90 years | Holmby Courier</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour&#8217;s office to close after 90 years"}</script>`,
			body: fc8NoHeading()},
		{name: "emoji-live-label-og-clean-title-no-h1", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="🔴 LIVE: ` + fc8Title + `"><title>` + fc8Title + ` | Holmby Courier</title>`,
			body: fc8NoHeading()},
		{name: "updated-note-parens-og-clean-title-no-h1", want: fc8Title,
			head: fc8Site + `<meta property="og:title" content="` + fc8Title + ` (UPDATED)"><title>` + fc8Title + ` | Holmby Courier</title>`,
			body: fc8NoHeading()},
		{name: "short-initials-tail-title-only", want: fc8Title,
			head: `<title>` + fc8Title + ` | HC</title>`, body: fc8NoHeading()},
		{name: "twitter-site-first-hyphen-no-h1", want: fc8Title,
			head: fc8Site + `<meta name="twitter:title" content="Holmby Courier - ` + fc8Title + `">`, body: fc8NoHeading()},
		{name: "hi/bar-site-no-h1", lang: "hi", url: "https://bandargah-samachar.example/news/ferry-2041", want: hi,
			head: `<meta property="og:site_name" content="बंदरगाह समाचार"><title>` + hi + ` | बंदरगाह समाचार</title>`, body: fc8NoHeading()},
	}
}

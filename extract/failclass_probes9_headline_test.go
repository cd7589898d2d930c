package extract

import (
	"cmp"
	"testing"

	"github.com/byline/byline/article"
)

// A ninth round of probes for the headline, on forms the sixth and eighth
// rounds (failclass_probes6_headline_test.go, failclass_probes8_headline_
// test.go) left out: the separators of <title> in more scripts (middle
// dot, guillemets, slash, tilde, fullwidth bar, lenticular brackets);
// logo <h1>s beside the article's, an <h1> in a related card, a section
// <h1> over a plain <h2>; kickers above or inside the heading; decks glued
// to it; headlines with quotes of their own; Greek, Thai, Ukrainian,
// Persian, Hebrew, Arabic, Korean and traditional Chinese titles; the
// stock markup of Medium, Substack, Ghost, Hugo, Jekyll, Drupal, Joomla,
// TYPO3, Squarespace, phpBB, XenForo, Discourse and press-release wires.
// The sites, names and text are made up. TestFailureClasses runs them.

const (
	fc9URL   = "https://larkspur-ledger.example/news/2024/09/03/breakwater-approved"
	fc9Title = "Harbour board approves new breakwater after two-year delay"
	fc9Site  = `<meta property="og:site_name" content="Larkspur Ledger">`
)

func fcProbe9HeadlineCases() []fcCase {
	var rows []fcHeadRow
	rows = append(rows, fc9SeparatorHeadRows()...)
	rows = append(rows, fc9SeveralH1HeadRows()...)
	rows = append(rows, fc9KickerHeadRows()...)
	rows = append(rows, fc9WordingHeadRows()...)
	rows = append(rows, fc9LanguageHeadRows()...)
	rows = append(rows, fc9PlatformHeadRows()...)
	rows = append(rows, fc9ForumPressHeadRows()...)
	rows = append(rows, fc9DisagreeHeadRows()...)
	rows = append(rows, fc9MarkupHeadRows()...)
	rows = append(rows, fc9TemplateMetaHeadRows()...)
	var cs []fcCase
	for _, r := range rows {
		r := r
		lang := cmp.Or(r.lang, "en")
		cs = append(cs, fcCase{class: "headline9/" + r.name, url: cmp.Or(r.url, fc9URL), html: fcPage(lang, r.head, r.body),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != r.want {
					t.Errorf("headline = %q, want %q", a.Headline, r.want)
				}
			}})
	}
	return cs
}

// fc9Story is a story body without a heading.
func fc9Story() string { return `<div class="article-body">` + fcProse(2, 5) + `</div>` }

// fc9Article is an <article> of the given heading markup and five paragraphs.
func fc9Article(heading string) string {
	return `<main id="main"><article class="story">` + heading + fcProse(2, 5) + `</article></main>`
}

// fc9SeparatorHeadRows: the site's name after (or before) the title with
// the separators not probed before, on pages without a heading.
func fc9SeparatorHeadRows() []fcHeadRow {
	return []fcHeadRow{
		{name: "middle-dot-site-no-h1", want: fc9Title,
			head: fc9Site + `<title>` + fc9Title + ` · Larkspur Ledger</title>`, body: fc9Story()},
		{name: "bullet-site-no-h1", want: fc9Title,
			head: fc9Site + `<title>` + fc9Title + ` • Larkspur Ledger</title>`, body: fc9Story()},
		{name: "em-dash-site-no-meta-no-h1", want: fc9Title,
			head: `<title>` + fc9Title + ` — Larkspur Ledger</title>`, body: fc9Story()},
		{name: "slash-site-no-h1", want: fc9Title,
			head: fc9Site + `<title>` + fc9Title + ` / Larkspur Ledger</title>`, body: fc9Story()},
		{name: "double-colon-site-after-no-h1", want: fc9Title,
			head: fc9Site + `<title>` + fc9Title + ` :: Larkspur Ledger</title>`, body: fc9Story()},
		{name: "raquo-site-first-no-h1", want: fc9Title,
			head: fc9Site + `<title>Larkspur Ledger » ` + fc9Title + `</title>`, body: fc9Story()},
		{name: "fr/laquo-site-after-no-h1", lang: "fr", url: "https://le-phare-du-port.example/actualites/digue-2041", want: "Le conseil portuaire approuve la nouvelle digue",
			head: `<meta property="og:site_name" content="Le Phare du Port"><title>Le conseil portuaire approuve la nouvelle digue « Le Phare du Port</title>`, body: fc9Story()},
		{name: "ja/tilde-site-no-h1", lang: "ja", url: "https://minato-nippo.example/news/20240903", want: "防波堤の新設を港湾委員会が承認",
			head: `<meta property="og:site_name" content="みなと日報"><title>防波堤の新設を港湾委員会が承認 ～ みなと日報</title>`, body: fc9Story()},
		{name: "zh/fullwidth-bar-site-no-h1", lang: "zh", url: "https://haigang-ribao.example/news/20240903/2041.html", want: "港务委员会批准新建防波堤",
			head: `<meta property="og:site_name" content="海港日报"><title>港务委员会批准新建防波堤｜海港日报</title>`, body: fc9Story()},
		{name: "zh/lenticular-site-first-no-h1", lang: "zh", url: "https://haigang-ribao.example/news/20240903/2041.html", want: "港务委员会批准新建防波堤",
			head: `<meta property="og:site_name" content="海港日报"><title>【海港日报】港务委员会批准新建防波堤</title>`, body: fc9Story()},
		{name: "zh/lenticular-site-last-no-h1", lang: "zh", url: "https://haigang-ribao.example/news/20240903/2041.html", want: "港务委员会批准新建防波堤",
			head: `<meta property="og:site_name" content="海港日报"><title>港务委员会批准新建防波堤【海港日报】</title>`, body: fc9Story()},
		// Brackets that hold a column's name, not the site's, stay.
		{name: "zh/lenticular-column-name-stays-no-h1", lang: "zh", url: "https://haigang-ribao.example/news/20240903/2041.html", want: "【港城观察】港务委员会批准新建防波堤",
			head: `<meta property="og:site_name" content="海港日报"><title>【港城观察】港务委员会批准新建防波堤</title>`, body: fc9Story()},
		{name: "section-dash-site-bar-no-h1", want: fc9Title,
			head: fc9Site + `<title>` + fc9Title + ` - Local News | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "site-name-domain-form-no-h1", url: "https://www.larkspurledger.example/news/breakwater", want: fc9Title,
			head: `<title>` + fc9Title + ` | LarkspurLedger.com</title>`, body: fc9Story()},
	}
}

// fc9SeveralH1HeadRows: a page with more than one <h1>: the site's logo,
// a related story's card, a section's name.
func fc9SeveralH1HeadRows() []fcHeadRow {
	const related = "Ferry fares to rise by a tenth in the new year"
	return []fcHeadRow{
		{name: "logo-h1-image-alt-and-article-h1-no-meta", want: fc9Title,
			body: `<div class="masthead"><h1 class="logo"><a href="/"><img src="/logo.svg" alt="Larkspur Ledger"></a></h1></div>` + fc9Article(`<h1>`+fc9Title+`</h1>`)},
		{name: "logo-h1-plain-text-before-article-h1-title-site", want: fc9Title,
			head: `<title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: `<div id="top"><h1><a href="https://larkspur-ledger.example/">Larkspur Ledger</a></h1></div>` + fc9Article(`<h1 class="article-title">`+fc9Title+`</h1>`)},
		{name: "related-card-h1-after-article-no-meta", want: fc9Title,
			body: fc9Article(`<h1>`+fc9Title+`</h1>`) + `<section class="related"><div class="card"><h1><a href="/news/ferry-fares">` + related + `</a></h1></div></section>`},
		{name: "related-card-h1-in-aside-og-confirms", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: `<aside class="sidebar"><div class="teaser"><h1><a href="/news/ferry-fares">` + related + `</a></h1></div></aside>` + fc9Article(`<h1>`+fc9Title+`</h1>`)},
		{name: "section-h1-plain-h2-title-site", want: fc9Title,
			head: `<title>` + fc9Title + ` - Larkspur Ledger</title>`,
			body: `<div class="section-header"><h1>Local News</h1></div><div class="article"><h2>` + fc9Title + `</h2><p class="byline">By Jane Doe</p>` + fcProse(2, 5) + `</div>`},
		{name: "section-h1-three-words-in-article-plain-h2-title-site", want: fc9Title,
			head: `<title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: `<article><h1>Larkspur Local News</h1><h2>` + fc9Title + `</h2>` + fcProse(2, 5) + `</article>`},
		// The story's <h1> beside an <h2> that says something else stays.
		{name: "h1-story-h2-section-no-meta-title-generic", want: fc9Title,
			head: `<title>News | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>` + fc9Title + `</h1><h2>Local news from around the harbour</h2>`)},
		{name: "section-h1-in-article-header-and-headline-h1", want: fc9Title,
			head: fc9Site + `<title>` + fc9Title + ` | Larkspur Ledger</title><meta property="og:title" content="` + fc9Title + `">`,
			body: `<main><article><header><h1 class="section-name"><a href="/news/local/">Local</a></h1><h1 class="headline">` + fc9Title + `</h1></header>` + fcProse(2, 5) + `</article></main>`},
		{name: "hidden-site-h1-and-article-h1-no-meta", want: fc9Title,
			body: `<h1 class="screen-reader-text">Larkspur Ledger</h1>` + fc9Article(`<h1 class="entry-title">`+fc9Title+`</h1>`)},
		{name: "title-only-site-name-h1-logo-jsonld", want: fc9Title,
			head: fc9Site + `<title>Larkspur Ledger</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + fc9Title + `"}</script>`,
			body: `<header><h1 class="site-logo"><a href="/">Larkspur Ledger</a></h1></header>` + fc9Story()},
		{name: "title-only-site-name-no-meta-h2-in-article", want: fc9Title,
			head: `<title>Larkspur Ledger</title>`,
			body: `<header><div class="brand"><a href="/">Larkspur Ledger</a></div></header><article><h2>` + fc9Title + `</h2>` + fcProse(2, 5) + `</article>`},
	}
}

// fc9KickerHeadRows: a kicker or overline above the heading, or inside it.
func fc9KickerHeadRows() []fcHeadRow {
	return []fcHeadRow{
		{name: "kicker-p-above-h1-no-meta", want: fc9Title,
			body: fc9Article(`<p class="kicker">Exclusive</p><h1>` + fc9Title + `</h1>`)},
		{name: "overline-span-in-h1-og-confirms", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Article(`<h1><span class="overline">Analysis</span>` + fc9Title + `</h1>`)},
		{name: "exclusive-colon-og-and-title-clean-h1", want: fc9Title,
			head: fc9Site + `<title>EXCLUSIVE: ` + fc9Title + ` | Larkspur Ledger</title><meta property="og:title" content="EXCLUSIVE: ` + fc9Title + `">`,
			body: fc9Article(`<h1>` + fc9Title + `</h1>`)},
		{name: "analysis-bar-og-clean-title-no-h1", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="Analysis | ` + fc9Title + `"><title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Story()},
		{name: "watch-colon-twitter-clean-og-no-h1", want: fc9Title,
			head: fc9Site + `<meta name="twitter:title" content="WATCH: ` + fc9Title + `"><meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Story()},
		{name: "live-span-badge-before-h1-text-title-confirms", want: fc9Title,
			head: `<title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1><span class="live-label">LIVE</span>` + fc9Title + `</h1>`)},
		{name: "kicker-with-bar-inside-h1-og-confirms", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Article(`<h1><span class="flag">Breakwater</span> | ` + fc9Title + `</h1>`)},
		{name: "ko/dandok-bracket-og-clean-h1", lang: "ko", url: "https://badatga-ilbo.example/news/articleView.html?idxno=2041", want: "항만위원회, 2년 지연 끝에 방파제 신설 승인",
			head: `<meta property="og:site_name" content="바닷가일보"><meta property="og:title" content="[단독] 항만위원회, 2년 지연 끝에 방파제 신설 승인"><title>[단독] 항만위원회, 2년 지연 끝에 방파제 신설 승인 - 바닷가일보</title>`,
			body: fc9Article(`<h1>항만위원회, 2년 지연 끝에 방파제 신설 승인</h1>`)},
		{name: "ru/srochno-colon-og-clean-title-no-h1", lang: "ru", url: "https://primorskaya-gazeta.example/news/2041", want: "Портовый совет одобрил строительство нового волнолома",
			head: `<meta property="og:site_name" content="Приморская газета"><meta property="og:title" content="Срочно: Портовый совет одобрил строительство нового волнолома"><title>Портовый совет одобрил строительство нового волнолома — Приморская газета</title>`,
			body: fc9Story()},
		{name: "el/ektakto-colon-og-clean-h1", lang: "el", url: "https://limani-news.example/eidiseis/2041", want: "Εγκρίθηκε ο νέος κυματοθραύστης του λιμανιού",
			head: `<meta property="og:site_name" content="Λιμάνι News"><meta property="og:title" content="Έκτακτο: Εγκρίθηκε ο νέος κυματοθραύστης του λιμανιού">`,
			body: fc9Article(`<h1>Εγκρίθηκε ο νέος κυματοθραύστης του λιμανιού</h1>`)},
		{name: "he/bilaadi-colon-og-clean-title-no-h1", lang: "he", url: "https://hadashot-hahof.example/news/2041", want: "ועדת הנמל אישרה שובר גלים חדש",
			head: `<meta property="og:site_name" content="חדשות החוף"><meta property="og:title" content="בלעדי: ועדת הנמל אישרה שובר גלים חדש"><title>ועדת הנמל אישרה שובר גלים חדש - חדשות החוף</title>`,
			body: fc9Story()},
		{name: "ko/dandok-bracket-og-clean-title-no-h1", lang: "ko", url: "https://badatga-ilbo.example/news/articleView.html?idxno=2041", want: "항만위원회, 2년 지연 끝에 방파제 신설 승인",
			head: `<meta property="og:site_name" content="바닷가일보"><meta property="og:title" content="[단독] 항만위원회, 2년 지연 끝에 방파제 신설 승인"><title>항만위원회, 2년 지연 끝에 방파제 신설 승인 - 바닷가일보</title>`,
			body: fc9Story()},
		{name: "ko/sokbo-bracket-title-clean-og-no-h1", lang: "ko", url: "https://badatga-ilbo.example/news/articleView.html?idxno=2041", want: "항만위원회, 2년 지연 끝에 방파제 신설 승인",
			head: `<meta property="og:site_name" content="바닷가일보"><meta property="og:title" content="항만위원회, 2년 지연 끝에 방파제 신설 승인"><title>[속보] 항만위원회, 2년 지연 끝에 방파제 신설 승인 - 바닷가일보</title>`,
			body: fc9Story()},
		{name: "uk/ekskliuzyv-colon-og-clean-title-no-h1", lang: "uk", url: "https://prychornomorska-pravda.example/news/2041", want: "Портова рада схвалила будівництво нового хвилеламу",
			head: `<meta property="og:site_name" content="Причорноморська правда"><meta property="og:title" content="Ексклюзив: Портова рада схвалила будівництво нового хвилеламу"><title>Портова рада схвалила будівництво нового хвилеламу — Причорноморська правда</title>`,
			body: fc9Story()},
		{name: "el/ektakto-colon-og-clean-title-no-h1", lang: "el", url: "https://limani-news.example/eidiseis/2041", want: "Εγκρίθηκε ο νέος κυματοθραύστης του λιμανιού",
			head: `<meta property="og:site_name" content="Λιμάνι News"><meta property="og:title" content="ΕΚΤΑΚΤΟ: Εγκρίθηκε ο νέος κυματοθραύστης του λιμανιού"><title>Εγκρίθηκε ο νέος κυματοθραύστης του λιμανιού - Λιμάνι News</title>`,
			body: fc9Story()},
		{name: "zh-hant/dujia-bracket-og-clean-title-no-h1", lang: "zh-Hant", url: "https://haigang-news.example/news/20240903/2041", want: "港務委員會批准新建防波堤",
			head: `<meta property="og:title" content="【獨家】港務委員會批准新建防波堤"><title>港務委員會批准新建防波堤 - 海港新聞網</title>`,
			body: fc9Story()},
		// A label the page's every statement shows stays: it is the title's.
		{name: "ru/srochno-everywhere-stays", lang: "ru", url: "https://primorskaya-gazeta.example/news/2041", want: "Срочно: портовый совет одобрил волнолом",
			head: `<meta property="og:title" content="Срочно: портовый совет одобрил волнолом"><title>Срочно: портовый совет одобрил волнолом — Приморская газета</title>`,
			body: fc9Story()},
		{name: "zh-hant/dujia-bracket-og-clean-h1", lang: "zh-Hant", url: "https://haigang-news.example/news/20240903/2041", want: "港務委員會批准新建防波堤",
			head: `<meta property="og:title" content="【獨家】港務委員會批准新建防波堤">`,
			body: fc9Article(`<h1>港務委員會批准新建防波堤</h1>`)},
	}
}

// fc9WordingHeadRows: headlines with quotes, colons, question marks and
// decks of their own.
func fc9WordingHeadRows() []fcHeadRow {
	const deck = "The board voted five to two after a public hearing that ran past midnight"
	const frq = "« Nous ne partirons pas » : les pêcheurs défendent le vieux port"
	const deq = "„Wir bleiben hier“: Fischer kämpfen um den alten Hafen"
	return []fcHeadRow{
		{name: "deck-small-in-h1-og-confirms", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Article(`<h1>` + fc9Title + ` <small>` + deck + `</small></h1>`)},
		{name: "deck-p-after-h1-no-meta", want: fc9Title,
			body: fc9Article(`<h1>` + fc9Title + `</h1><p class="dek">` + deck + `</p>`)},
		{name: "hgroup-h1-and-h2-deck-no-meta", want: fc9Title,
			body: fc9Article(`<hgroup><h1>` + fc9Title + `</h1><p>` + deck + `</p></hgroup>`)},
		{name: "fr/guillemet-quote-headline-dash-site-no-h1", lang: "fr", url: "https://le-phare-du-port.example/actualites/pecheurs-2041", want: frq,
			head: `<meta property="og:site_name" content="Le Phare du Port"><title>` + frq + ` - Le Phare du Port</title>`, body: fc9Story()},
		{name: "fr/guillemet-quote-headline-h1-og", lang: "fr", url: "https://le-phare-du-port.example/actualites/pecheurs-2041", want: frq,
			head: `<meta property="og:site_name" content="Le Phare du Port"><meta property="og:title" content="` + frq + `"><title>` + frq + ` | Le Phare du Port</title>`,
			body: fc9Article(`<h1>` + frq + `</h1>`)},
		{name: "de/low-high-quote-headline-bar-site-no-h1", lang: "de", url: "https://hafenbote.example/lokales/fischer-100.html", want: deq,
			head: `<meta property="og:site_name" content="Hafenbote"><title>` + deq + ` | Hafenbote</title>`, body: fc9Story()},
		{name: "question-with-bar-site-and-h1", want: "Is the new breakwater worth £40m?",
			head: fc9Site + `<title>Is the new breakwater worth £40m? | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>Is the new breakwater worth £40m?</h1>`)},
		{name: "headline-own-bar-no-site-name-h1-says-it", want: "Breakwater | the view from the harbour wall",
			head: `<title>Breakwater | the view from the harbour wall</title>`,
			body: fc9Article(`<h1>Breakwater | the view from the harbour wall</h1>`)},
		{name: "colon-quote-speaker-first-no-h1", want: "Harbour master: ‘We have waited long enough’",
			head: fc9Site + `<title>Harbour master: ‘We have waited long enough’ | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "exclamation-and-site-hyphen-no-h1", want: "Finally! Work on the breakwater starts Monday",
			head: `<title>Finally! Work on the breakwater starts Monday - Larkspur Ledger</title>`, body: fc9Story()},
		{name: "number-range-dash-in-headline-og", want: "Breakwater vote passes 5-2 after late-night hearing",
			head: fc9Site + `<meta property="og:title" content="Breakwater vote passes 5-2 after late-night hearing">`, body: fc9Story()},
	}
}

// fc9LanguageHeadRows: titles in scripts and languages the earlier rounds
// did not probe, with the separators their sites use.
func fc9LanguageHeadRows() []fcHeadRow {
	const el = "Εγκρίθηκε ο νέος κυματοθραύστης του λιμανιού"
	const th = "คณะกรรมการท่าเรืออนุมัติเขื่อนกันคลื่นใหม่ หลังล่าช้ามาสองปี"
	const uk = "Портова рада схвалила будівництво нового хвилеламу"
	const fa = "هیئت بندر ساخت موج\u200cشکن جدید را تصویب کرد"
	const ar = "مجلس الميناء يوافق على بناء حاجز أمواج جديد"
	const zht = "港務委員會批准新建防波堤 延宕兩年終定案"
	return []fcHeadRow{
		{name: "el/dash-site-no-h1", lang: "el", url: "https://limani-news.example/eidiseis/2041", want: el,
			head: `<meta property="og:site_name" content="Λιμάνι News"><title>` + el + ` - Λιμάνι News</title>`, body: fc9Story()},
		{name: "el/bar-site-h1-og", lang: "el", url: "https://limani-news.example/eidiseis/2041", want: el,
			head: `<meta property="og:site_name" content="Λιμάνι News"><title>` + el + ` | Λιμάνι News</title><meta property="og:title" content="` + el + `">`,
			body: fc9Article(`<h1>` + el + `</h1>`)},
		{name: "th/bar-site-no-h1", lang: "th", url: "https://thalay-news.example/news/2041", want: th,
			head: `<meta property="og:site_name" content="ทะเลนิวส์"><title>` + th + ` | ทะเลนิวส์</title>`, body: fc9Story()},
		{name: "th/dash-site-h1", lang: "th", url: "https://thalay-news.example/news/2041", want: th,
			head: `<title>` + th + ` - ทะเลนิวส์</title>`, body: fc9Article(`<h1>` + th + `</h1>`)},
		{name: "uk/em-dash-site-no-h1", lang: "uk", url: "https://prychornomorska-pravda.example/news/2041", want: uk,
			head: `<meta property="og:site_name" content="Причорноморська правда"><title>` + uk + ` — Причорноморська правда</title>`, body: fc9Story()},
		{name: "uk/bar-section-bar-site-h1", lang: "uk", url: "https://prychornomorska-pravda.example/news/2041", want: uk,
			head: `<title>` + uk + ` | Новини | Причорноморська правда</title>`, body: fc9Article(`<h1>` + uk + `</h1>`)},
		{name: "fa/dash-site-no-h1", lang: "fa", url: "https://khabar-bandar.example/news/2041", want: fa,
			head: `<meta property="og:site_name" content="خبر بندر"><title>` + fa + ` - خبر بندر</title>`, body: fc9Story()},
		{name: "ar/site-first-bar-og-site-name-no-h1", lang: "ar", url: "https://sada-almina.example/news/2041", want: ar,
			head: `<meta property="og:site_name" content="صدى الميناء"><title>صدى الميناء | ` + ar + `</title>`, body: fc9Story()},
		{name: "ar/h1-og-title-site-dash", lang: "ar", url: "https://sada-almina.example/news/2041", want: ar,
			head: `<meta property="og:site_name" content="صدى الميناء"><title>` + ar + ` - صدى الميناء</title><meta property="og:title" content="` + ar + `">`,
			body: fc9Article(`<h1>` + ar + `</h1>`)},
		{name: "he/h1-and-title-bar-site", lang: "he", url: "https://hadashot-hahof.example/news/2041", want: "ועדת הנמל אישרה שובר גלים חדש",
			head: `<title>ועדת הנמל אישרה שובר גלים חדש | חדשות החוף</title>`, body: fc9Article(`<h1>ועדת הנמל אישרה שובר גלים חדש</h1>`)},
		{name: "zh-hant/fullwidth-space-in-headline-dash-site", lang: "zh-Hant", url: "https://haigang-news.example/news/20240903/2041", want: zht,
			head: `<title>` + zht + ` - 海港新聞網</title>`, body: fc9Story()},
		{name: "ja/h1-bar-section-site", lang: "ja", url: "https://minato-nippo.example/news/20240903", want: "防波堤の新設を港湾委員会が承認 ２年遅れ", // the ideographic space is a space
			head: `<title>防波堤の新設を港湾委員会が承認　２年遅れ | 地域 | みなと日報</title>`, body: fc9Article(`<h1>防波堤の新設を港湾委員会が承認　２年遅れ</h1>`)},
	}
}

// fc9PlatformHeadRows: the stock markup of blog platforms and CMSs.
func fc9PlatformHeadRows() []fcHeadRow {
	const post = "What I learned rebuilding a dinghy over one winter"
	const blog = "https://tidewater-notes.example/2024/09/rebuilding-a-dinghy/"
	const deck = "Plywood, epoxy and a great deal of patience"
	return []fcHeadRow{
		// Medium: "Post | by Author | Publication | Medium".
		{name: "medium-by-author-publication-title-no-h1", url: "https://medium.example/tidewater/rebuilding-a-dinghy-3f2a9c", want: post,
			head: `<title>` + post + ` | by Jane Doe | Tidewater Notes | Medium</title>`, body: fc9Story()},
		{name: "substack-by-author-dash-blog-title-no-og-no-h1", url: "https://tidewaternotes.substack.example/p/rebuilding-a-dinghy", want: post,
			head: `<title>` + post + ` - by Jane Doe - Tidewater Notes</title>`, body: fc9Story()},
		{name: "es/por-author-blog-title-no-h1", lang: "es", url: "https://cuaderno-de-mareas.example/2024/09/reconstruir-un-bote/", want: "Lo que aprendí reconstruyendo un bote en invierno",
			head: `<title>Lo que aprendí reconstruyendo un bote en invierno | por María López | Cuaderno de Mareas</title>`, body: fc9Story()},
		// A headline's own "by" phrase stays.
		{name: "own-by-phrase-in-headline-stays-no-h1", want: "Breakwater passes by a single vote",
			head: `<title>Breakwater passes by a single vote | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "own-by-the-numbers-part-stays-no-h1", want: "Breakwater - by the numbers",
			head: fc9Site + `<title>Breakwater - by the numbers | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "medium-pw-post-title-h1-og", url: "https://medium.example/tidewater/rebuilding-a-dinghy-3f2a9c", want: post,
			head: `<title>` + post + ` | by Jane Doe | Medium</title><meta property="og:title" content="` + post + `"><meta property="og:site_name" content="Medium">`,
			body: `<article><div><h1 id="a1b2" class="pw-post-title" data-testid="storyTitle">` + post + `</h1><h2 class="pw-subtitle-paragraph">` + deck + `</h2>` + fcProse(2, 5) + `</div></article>`},
		// Substack: the post's <h1 class="post-title"> and <h3 class="subtitle">.
		{name: "substack-post-title-subtitle", url: "https://tidewaternotes.substack.example/p/rebuilding-a-dinghy", want: post,
			head: `<title>` + post + ` - by Jane Doe</title><meta property="og:title" content="` + post + `">`,
			body: `<div class="post-header"><h1 class="post-title published">` + post + `</h1><h3 class="subtitle">` + deck + `</h3></div><div class="available-content"><div class="body markup">` + fcProse(2, 5) + `</div></div>`},
		// Ghost's older Casper theme.
		{name: "ghost-casper-post-full-title", url: blog, want: post,
			head: `<title>` + post + `</title><meta property="og:title" content="` + post + `"><meta property="og:site_name" content="Tidewater Notes">`,
			body: `<header class="site-header"><div class="site-nav-left"><a class="site-nav-logo" href="https://tidewater-notes.example">Tidewater Notes</a></div></header><main id="site-main"><article class="post-full post"><header class="post-full-header"><section class="post-full-meta"><a href="/tag/boats/">Boats</a></section><h1 class="post-full-title">` + post + `</h1><p class="post-full-custom-excerpt">` + deck + `</p></header><section class="post-full-content"><div class="post-content">` + fcProse(2, 5) + `</div></section></article></main>`},
		// Hugo's stock themes: "Post | Blog".
		{name: "hugo-post-title-h1-title-bar-blog", url: blog, want: post,
			head: `<title>` + post + ` | Tidewater Notes</title>`,
			body: `<header class="header"><nav class="nav"><div class="logo"><a href="/">Tidewater Notes</a></div></nav></header><main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title">` + post + `</h1><div class="post-meta">September 3, 2024</div></header><div class="post-content">` + fcProse(2, 5) + `</div></article></main>`},
		// Jekyll's minima theme.
		{name: "jekyll-minima-post-title-p-name", url: blog, want: post,
			head: `<title>` + post + ` | Tidewater Notes</title><meta property="og:title" content="` + post + `">`,
			body: `<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Tidewater Notes</a></div></header><main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">` + post + `</h1></header><div class="post-content e-content" itemprop="articleBody">` + fcProse(2, 5) + `</div></article></div></main>`},
		// Drupal 8+: the title field inside the page title <h1>.
		{name: "drupal-page-title-field-span", want: fc9Title,
			head: `<title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: `<div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home" class="site-logo"><img src="/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">Larkspur Ledger</a></div></div></div><main role="main"><div class="region region-content"><div id="block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">` + fc9Title + `</span></h1></div><article role="article" class="node node--type-article"><div class="node__content"><div class="field field--name-body">` + fcProse(2, 5) + `</div></div></article></div></main>`},
		// Joomla's Protostar and Cassiopeia: the article's title in an
		// <h2 itemprop="headline"> under the page header, no <h1>.
		{name: "joomla-page-header-h2-itemprop", want: fc9Title,
			head: `<title>` + fc9Title + ` - Larkspur Ledger</title>`,
			body: `<header class="header"><a class="brand" href="/"><span class="site-title" title="Larkspur Ledger">Larkspur Ledger</span></a></header><main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">` + fc9Title + `</h2></div><div itemprop="articleBody">` + fcProse(2, 5) + `</div></div></main>`},
		// TYPO3's stock <title> is "Site: Page"; the news extension's
		// headline is an <h3 itemprop="headline">.
		{name: "typo3-site-colon-title-news-h3", want: fc9Title,
			head: `<title>Larkspur Ledger: ` + fc9Title + `</title>`,
			body: `<div id="page"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3 itemprop="headline">` + fc9Title + `</h3></div><div class="news-text-wrap" itemprop="articleBody">` + fcProse(2, 5) + `</div></div></div></div>`},
		// Squarespace's blog: "Post — Site".
		{name: "squarespace-entry-title-em-dash-site", url: blog, want: post,
			head: `<title>` + post + ` — Tidewater Notes</title><meta property="og:title" content="` + post + ` — Tidewater Notes"><meta property="og:site_name" content="Tidewater Notes">`,
			body: `<header id="header"><div class="header-title"><a href="/">Tidewater Notes</a></div></header><main id="page"><article class="BlogItem hentry"><div class="BlogItem-title"><h1 class="entry-title" data-content-field="title">` + post + `</h1></div><div class="sqs-layout">` + fcProse(2, 5) + `</div></article></main>`},
		// AMP for WP's reader template: the site's name in an <h1> of the
		// AMP header, the post's title an <h1 class="amp-post-title">.
		{name: "amp-header-site-h1-and-post-title", want: fc9Title,
			head: `<title>` + fc9Title + ` - Larkspur Ledger</title><link rel="canonical" href="` + fc9URL + `">`,
			body: `<header class="header"><div class="amp-logo"><h1><a href="https://larkspur-ledger.example/amp/">Larkspur Ledger</a></h1></div></header><main><article class="amp-post"><header class="amp-post-header"><h1 class="amp-post-title">` + fc9Title + `</h1></header><div class="amp-post-content">` + fcProse(2, 5) + `</div></article></main>`},
		// WordPress classic: the blog's name linked home in an <h1>, the
		// post's <h1 class="entry-title"> and "Post – Blog".
		{name: "wordpress-ndash-blog-two-h1", url: blog, want: post,
			head: `<title>` + post + ` &#8211; Tidewater Notes</title>`,
			body: `<header id="masthead" class="site-header"><div class="site-branding"><h1 class="site-title"><a href="https://tidewater-notes.example/" rel="home">Tidewater Notes</a></h1><p class="site-description">Boats, tides and wood</p></div></header><div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">` + post + `</h1></header><div class="entry-content">` + fcProse(2, 5) + `</div></article></main></div>`},
	}
}

// fc9ForumPressHeadRows: forum threads and press-release pages.
func fc9ForumPressHeadRows() []fcHeadRow {
	const topic = "Mooring fees at Larkspur for the coming season?"
	const pr = "Tidewater Marine Announces New Harbour Service Vessel"
	return []fcHeadRow{
		// phpBB's prosilver: the board's <h1> in the header bar, the
		// topic's <h2 class="topic-title">, "Topic - Board".
		{name: "phpbb-topic-title-h2-board-h1", url: "https://larkspur-boaters.example/forum/viewtopic.php?t=2041", want: topic,
			head: `<title>` + topic + ` - Larkspur Boaters Forum</title>`,
			body: `<div class="headerbar" role="banner"><div id="site-description"><a id="logo" class="logo" href="./index.php"><span class="site_logo"></span></a><h1>Larkspur Boaters Forum</h1><p>Talk about boats, moorings and tides</p></div></div><div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=2041">` + topic + `</a></h2><div id="p1" class="post has-profile bg2"><div class="postbody"><div class="content">` + fcProse(2, 3) + `</div></div></div></div>`},
		// XenForo: "Topic | Forum", <h1 class="p-title-value">.
		{name: "xenforo-p-title-value", url: "https://larkspur-boaters.example/threads/mooring-fees.2041/", want: topic,
			head: `<title>` + topic + ` | Larkspur Boaters Forum</title><meta property="og:title" content="` + topic + `"><meta property="og:site_name" content="Larkspur Boaters Forum">`,
			body: `<div class="p-header"><div class="p-header-logo"><a href="/"><img src="/logo.png" alt="Larkspur Boaters Forum"></a></div></div><div class="p-body-header"><div class="p-title"><h1 class="p-title-value">` + topic + `</h1></div></div><div class="p-body-main"><article class="message message--post"><div class="bbWrapper">` + fcProse(2, 3) + `</div></article></div>`},
		// Discourse: "Topic - Category - Forum".
		{name: "discourse-fancy-title-category-forum", url: "https://larkspur-boaters.example/t/mooring-fees-for-the-coming-season/2041", want: topic,
			head: `<title>` + topic + ` - Moorings - Larkspur Boaters Forum</title><meta property="og:site_name" content="Larkspur Boaters Forum"><meta property="og:title" content="` + topic + `">`,
			body: `<div id="main-outlet"><h1><a href="/t/mooring-fees-for-the-coming-season/2041">` + topic + `</a></h1><div class="topic-category"><a href="/c/moorings/4">Moorings</a></div><div class="post" itemprop="text">` + fcProse(2, 3) + `</div></div>`},
		// A press-release wire: "Title | Wire name", the release's <h1>.
		{name: "press-release-wire-bar-h1", url: "https://harbourwire.example/news-release/2024/09/03/2041.html", want: pr,
			head: `<title>` + pr + ` | Harbour Wire</title><meta property="og:title" content="` + pr + `"><meta property="og:site_name" content="Harbour Wire">`,
			body: `<header><a class="logo" href="/">Harbour Wire</a></header><main><div class="release-header"><h1>` + pr + `</h1><h2 class="subtitle">Vessel to enter service in spring 2025</h2></div><div class="release-body">` + fcProse(2, 5) + `</div></main>`},
		// A company newsroom: "Press release: Title", the <h1> clean.
		{name: "press-release-label-in-title-clean-h1", want: pr,
			head: `<title>Press release: ` + pr + ` | Tidewater Marine</title>`,
			body: fc9Article(`<h1>` + pr + `</h1>`)},
		{name: "de/pressemitteilung-label-og-clean-h1", lang: "de", url: "https://hafenwerft.example/presse/2041", want: "Hafenwerft stellt neues Lotsenboot vor",
			head: `<meta property="og:title" content="Pressemitteilung: Hafenwerft stellt neues Lotsenboot vor"><title>Pressemitteilung: Hafenwerft stellt neues Lotsenboot vor - Hafenwerft</title>`,
			body: fc9Article(`<h1>Hafenwerft stellt neues Lotsenboot vor</h1>`)},
	}
}

// fc9DisagreeHeadRows: the <h1>, og:title, <title> and JSON-LD word the
// title otherwise.
func fc9DisagreeHeadRows() []fcHeadRow {
	const seo = "Larkspur breakwater approved: cost, timeline and what happens next"
	return []fcHeadRow{
		{name: "jsonld-seo-wording-og-equals-h1", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + seo + `"}</script>`,
			body: fc9Article(`<h1>` + fc9Title + `</h1>`)},
		{name: "og-seo-wording-title-equals-h1", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + seo + `"><title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>` + fc9Title + `</h1>`)},
		{name: "jsonld-headline-with-site-suffix-no-h1", want: fc9Title,
			head: fc9Site + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + fc9Title + ` - Larkspur Ledger"}</script>`,
			body: fc9Story()},
		{name: "og-is-site-name-title-bar-no-h1", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="Larkspur Ledger"><title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Story()},
		{name: "og-is-generic-section-h1-clean", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="Local News"><title>Local News | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>` + fc9Title + `</h1>`)},
		{name: "twitter-short-wording-h1-and-title-agree", want: fc9Title,
			head: fc9Site + `<meta name="twitter:title" content="Breakwater finally approved"><title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>` + fc9Title + `</h1>`)},
		{name: "webpage-name-only-jsonld-h1", want: fc9Title,
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Larkspur Ledger"}</script><title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>` + fc9Title + `</h1>`)},
	}
}

// fc9MarkupHeadRows: what the heading's markup adds to its words: text
// for screen readers, soft hyphens, no-break spaces, a deck after a line
// break; and JSON-LD beside a breadcrumb list.
func fc9MarkupHeadRows() []fcHeadRow {
	const deck = "The board voted five to two after a public hearing"
	return []fcHeadRow{
		{name: "h1-visually-hidden-label-no-meta", want: fc9Title,
			body: fc9Article(`<h1><span class="visually-hidden">Article: </span>` + fc9Title + `</h1>`)},
		{name: "h1-sr-only-label-og-confirms", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Article(`<h1><span class="sr-only">Headline:</span> ` + fc9Title + `</h1>`)},
		{name: "de/h1-soft-hyphens-og-clean", lang: "de", url: "https://hafenbote.example/lokales/wellenbrecher-100.html", want: "Hafenbehörde genehmigt neuen Wellenbrecher",
			head: `<meta property="og:title" content="Hafenbehörde genehmigt neuen Wellenbrecher">`,
			body: fc9Article(`<h1>Hafen&shy;behörde genehmigt neuen Wellen&shy;brecher</h1>`)},
		{name: "de/h1-soft-hyphens-no-meta", lang: "de", url: "https://hafenbote.example/lokales/wellenbrecher-100.html", want: "Hafenbehörde genehmigt neuen Wellenbrecher",
			body: fc9Article(`<h1>Hafen&shy;behörde genehmigt neuen Wellen&shy;brecher</h1>`)},
		{name: "fr/nbsp-before-question-mark-h1-og", lang: "fr", url: "https://le-phare-du-port.example/actualites/digue-2041", want: "Faut-il vraiment une nouvelle digue au port ?",
			head: `<meta property="og:title" content="Faut-il vraiment une nouvelle digue au port&nbsp;?"><title>Faut-il vraiment une nouvelle digue au port&nbsp;? - Le Phare du Port</title>`,
			body: fc9Article(`<h1>Faut-il vraiment une nouvelle digue au port&nbsp;?</h1>`)},
		{name: "h1-br-then-deck-span-og-confirms", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Article(`<h1>` + fc9Title + `<br><span class="deck">` + deck + `</span></h1>`)},
		{name: "jsonld-breadcrumb-first-then-article-generic-title", want: fc9Title,
			head: `<title>News | Larkspur Ledger</title><script type="application/ld+json">[{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://larkspur-ledger.example/"},{"@type":"ListItem","position":2,"name":"News","item":"https://larkspur-ledger.example/news/"}]},{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + fc9Title + `","datePublished":"2024-09-03T08:00:00Z"}]</script>`,
			body: fc9Story()},
		{name: "jsonld-liveblog-live-label-og-clean-no-h1", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `"><script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"LIVE: ` + fc9Title + `","coverageStartTime":"2024-09-03T08:00:00Z"}</script>`,
			body: fc9Story()},
		{name: "og-entity-apostrophe-h1-curly", want: "Harbour board’s breakwater vote passes after two-year delay",
			head: fc9Site + `<meta property="og:title" content="Harbour board&#039;s breakwater vote passes after two-year delay">`,
			body: fc9Article(`<h1>Harbour board’s breakwater vote passes after two-year delay</h1>`)},
		// Blogger's Contempo theme: the blog's <h1> in the header, the
		// post's <h3 class="post-title entry-title">, og:title set.
		{name: "blogger-contempo-h3-post-title-og", url: "https://tidewaternotes.blogspot.example/2024/09/rebuilding-dinghy.html", want: "What I learned rebuilding a dinghy over one winter",
			head: `<title>Tidewater Notes: What I learned rebuilding a dinghy over one winter</title><meta content="What I learned rebuilding a dinghy over one winter" property="og:title">`,
			body: `<header class="centered-top-container"><div class="blog-name container"><div class="widget Header"><div class="header-widget"><div><h1><a href="https://tidewaternotes.blogspot.example/">Tidewater Notes</a></h1></div></div></div></div></header><main id="main" class="centered"><div class="post-outer-container"><div class="post-outer"><div class="post"><h3 class="post-title entry-title">What I learned rebuilding a dinghy over one winter</h3><div class="post-body entry-content float-container">` + fcProse(2, 5) + `</div></div></div></div></main>`},
	}
}

// fc9TemplateMetaHeadRows: meta titles a template prints the same on
// every page (the site's name and tagline, a section), which the URL's
// slug and the page's <h1> outvote; kickers and labels in the <h1>'s
// text; forum templates' headings.
func fc9TemplateMetaHeadRows() []fcHeadRow {
	const tag = "Local news for the harbour towns"
	const topic = "Mooring fees at Larkspur for the coming season?"
	return []fcHeadRow{
		{name: "site-tagline-og-and-title-div-layout-h1", want: fc9Title,
			head: fc9Site + `<title>Larkspur Ledger | ` + tag + `</title><meta property="og:title" content="Larkspur Ledger | ` + tag + `">`,
			body: `<div id="wrap"><div class="content"><h1>` + fc9Title + `</h1>` + fcProse(2, 5) + `</div></div>`},
		{name: "site-tagline-title-div-layout-h1-no-og", want: fc9Title,
			head: `<title>Larkspur Ledger - ` + tag + `</title>`,
			body: `<div id="wrap"><div class="content"><h1>` + fc9Title + `</h1>` + fcProse(2, 5) + `</div></div>`},
		{name: "og-section-and-site-div-layout-h1", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="Local News - Larkspur Ledger">`,
			body: `<div class="content"><h1>` + fc9Title + `</h1>` + fcProse(2, 5) + `</div>`},
		// Without a slug that says the <h1>'s words, og:title stays.
		{name: "og-reworded-id-url-div-layout-h1", url: "https://larkspur-ledger.example/news/2041", want: "Larkspur breakwater: what the vote means for boat owners",
			head: fc9Site + `<meta property="og:title" content="Larkspur breakwater: what the vote means for boat owners">`,
			body: `<div class="content"><h1>` + fc9Title + `</h1>` + fcProse(2, 5) + `</div>`},
		{name: "exclusive-bar-title-only", want: fc9Title,
			head: `<title>EXCLUSIVE | ` + fc9Title + ` | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "title-section-between-title-and-site", want: fc9Title,
			head: `<title>` + fc9Title + ` | Opinion | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "og-site-suffix-only", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + ` | Larkspur Ledger">`, body: fc9Story()},
		{name: "live-in-h1-text-and-og-title-clean", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="LIVE: ` + fc9Title + `"><title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>LIVE: ` + fc9Title + `</h1>`)},
		{name: "kicker-word-glued-in-h1-text-og-clean", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Article(`<h1>Exclusive ` + fc9Title + `</h1>`)},
		{name: "bar-kicker-in-h1-text-title-clean", want: fc9Title,
			head: `<title>` + fc9Title + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>Harbour | ` + fc9Title + `</h1>`)},
		{name: "en-dash-kicker-in-h1-text-og-clean", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + fc9Title + `">`,
			body: fc9Article(`<h1>Breakwater – ` + fc9Title + `</h1>`)},
		// A kicker every statement shows, the <title>'s behind a hyphen
		// that stripSiteName reads as a section's, stays.
		{name: "kicker-everywhere-hyphen-in-title-stays", want: "TV TIP – Documentary marks a century of harbour life",
			head: fc9Site + `<title>TV TIP - Documentary marks a century of harbour life - Larkspur Ledger</title><meta property="og:title" content="TV TIP - Documentary marks a century of harbour life - Larkspur Ledger">`,
			body: fc9Article(`<h1 class="entry-title">TV TIP – Documentary marks a century of harbour life</h1>`)},
		{name: "site-colon-title-logo-h1-no-meta", want: fc9Title,
			head: `<title>Larkspur Ledger: ` + fc9Title + `</title>`,
			body: `<header><h1 class="logo"><a href="/">Larkspur Ledger</a></h1></header>` + fc9Story()},
		{name: "ticker-h1-before-article-h1-no-meta", want: fc9Title,
			body: `<div class="ticker"><h1>Breaking news</h1><a href="/x">Storm closes the coast road</a></div>` + fc9Article(`<h1>`+fc9Title+`</h1>`)},
		// Stack Exchange's question header.
		{name: "question-hyperlink-h1-dash-site", url: "https://boats.stackexchange.example/questions/2041/leaking-transom", want: "How do I stop a dinghy from leaking at the transom?",
			head: `<title>How do I stop a dinghy from leaking at the transom? - Boats Stack Exchange</title>`,
			body: `<div id="question-header"><h1 itemprop="name"><a href="/q/2041" class="question-hyperlink">How do I stop a dinghy from leaking at the transom?</a></h1></div>` + fc9Story()},
		// vBulletin's thread page: "Thread:" before the title in the <h1>.
		{name: "vbulletin-thread-label-h1", url: "https://larkspur-boaters.example/forum/showthread.php?t=2041", want: topic,
			head: `<title>` + topic + ` - Larkspur Boaters Forum</title>`,
			body: `<div class="above_body"><div id="header"><a href="/forum/"><img src="/logo.png" alt="Larkspur Boaters Forum"></a></div></div><div class="body_wrapper"><div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=2041">` + topic + `</a></span></h1></div><div class="postbody"><div class="content">` + fcProse(2, 3) + `</div></div></div>`},
		{name: "de/thema-label-h1-forum", lang: "de", url: "https://hafen-forum.example/showthread.php?t=2041", want: "Liegeplatzgebühren für die neue Saison?",
			head: `<title>Liegeplatzgebühren für die neue Saison? - Hafenforum</title>`,
			body: `<div id="pagetitle"><h1>Thema: <span class="threadtitle"><a href="showthread.php?t=2041">Liegeplatzgebühren für die neue Saison?</a></span></h1></div><div class="postbody"><div class="content">` + fcProse(2, 3) + `</div></div>`},
		{name: "it/ultima-ora-dash-og-and-title-clean-h1", lang: "it", url: "https://il-faro-del-porto.example/cronaca/diga-2041", want: "Il comitato portuale approva la nuova diga foranea",
			head: `<title>ULTIM'ORA - Il comitato portuale approva la nuova diga foranea - Il Faro</title><meta property="og:title" content="ULTIM'ORA - Il comitato portuale approva la nuova diga foranea">`,
			body: fc9Article(`<h1>Il comitato portuale approva la nuova diga foranea</h1>`)},
		{name: "nl/liveblog-bar-title-og-clean-no-h1", lang: "nl", url: "https://de-havenbode.example/nieuws/golfbreker-2041", want: "Havenbestuur keurt nieuwe golfbreker goed",
			head: `<title>LIVEBLOG | Havenbestuur keurt nieuwe golfbreker goed | De Havenbode</title><meta property="og:title" content="Havenbestuur keurt nieuwe golfbreker goed">`, body: fc9Story()},
		{name: "pt/site-first-hyphen-no-h1", lang: "pt", url: "https://jornal-do-cais.example/noticias/quebra-mar-2041", want: "Conselho do porto aprova novo quebra-mar",
			head: `<meta property="og:site_name" content="Jornal do Cais"><title>Jornal do Cais - Conselho do porto aprova novo quebra-mar</title>`, body: fc9Story()},
	}
}

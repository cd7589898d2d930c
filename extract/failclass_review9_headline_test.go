package extract

import (
	"cmp"
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for the headline rules of the ninth round: the URL slug
// outvoting the meta titles (slugPrefersH1), a heading elsewhere that
// repeats the title (titleElsewhere), a kicker before a bar cut when a
// meta title lacks it (barKickerFree), a byline part of the <title>
// (bylinePartAt), the new headline labels, and the spaced full-width
// tilde. Each row is an ordinary page on which a careless form of a rule
// would misfire, or the form the rule is for in a variant. Pages, names
// and sites are made up. TestFailureClasses runs them.

func fcReview9HeadlineCases() []fcCase {
	var rows []fcHeadRow
	rows = append(rows, fcR9SlugRows()...)
	rows = append(rows, fcR9ElsewhereRows()...)
	rows = append(rows, fcR9KickerRows()...)
	rows = append(rows, fcR9BylineRows()...)
	rows = append(rows, fcR9LabelRows()...)
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "review9-headline/" + r.name, url: cmp.Or(r.url, fc9URL), html: fcPage(cmp.Or(r.lang, "en"), r.head, r.body),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != r.want {
					t.Errorf("headline = %q, want %q", a.Headline, r.want)
				}
			}})
	}
	return cs
}

// fcR9SlugRows: a slug that shares words with a section's <h1> by
// chance, or through its function words, or that is no English at all.
func fcR9SlugRows() []fcHeadRow {
	const social = "Boat owners brace for higher mooring fees"
	const lifeline = "Islanders lose a lifeline as service ends"
	return []fcHeadRow{
		// A section <h1> of two slug words and a reworded og:title: a
		// section's name is no headline, whatever the slug says.
		{name: "slug-section-h1-two-words-og-rewritten", url: "https://larkspur-ledger.example/news/2024/09/03/local-news-harbour-vote", want: social,
			head: fc9Site + `<meta property="og:title" content="` + social + `"><title>` + social + ` | Larkspur Ledger</title>`,
			body: `<div class="section-header"><h1>Local News</h1></div>` + fc9Story()},
		// The slug's "the" twice is no evidence for the <h1>.
		{name: "slug-function-words-only-shared-with-h1", url: "https://larkspur-ledger.example/news/the-end-of-the-line-for-grest-crossing", want: lifeline,
			head: fc9Site + `<meta property="og:title" content="` + lifeline + `">`,
			body: `<div class="section-header"><h1>News from the Harbour Towns</h1></div>` + fc9Story()},
		// A transliterated slug shares no word with a Cyrillic <h1>.
		{name: "ru/transliterated-slug-og-stays", lang: "ru", url: "https://primorskaya-gazeta.example/novosti/portovyy-sovet-odobril-volnolom", want: "Портовый совет одобрил новый волнолом",
			head: `<meta property="og:site_name" content="Приморская газета"><meta property="og:title" content="Портовый совет одобрил новый волнолом">`,
			body: `<div class="content"><h1>Новости Приморья и побережья</h1>` + fcProse(2, 5) + `</div>`},
		// An id slug with hex words says nothing.
		{name: "hex-id-slug-og-stays", url: "https://larkspur-ledger.example/news/a7f3c9-b2e1d4-harbour", want: social,
			head: fc9Site + `<meta property="og:title" content="` + social + `">`,
			body: `<div class="content"><h1>Harbour and coast news today</h1>` + fcProse(2, 5) + `</div>`},
		// The form the rule is for, with function words in the slug.
		{name: "slug-with-function-words-tagline-og-story-h1", url: "https://larkspur-ledger.example/news/board-approves-the-breakwater-at-last", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="Larkspur Ledger | Local news for the harbour towns">`,
			body: `<div class="content"><h1>` + fc9Title + `</h1>` + fcProse(2, 5) + `</div>`},
	}
}

// fcR9ElsewhereRows: the story's <h1>, which the meta titles word
// otherwise, beside a teaser that repeats the meta title.
func fcR9ElsewhereRows() []fcHeadRow {
	const seo = "Breakwater vote: what it means for boat owners"
	return []fcHeadRow{
		{name: "story-h1-teaser-card-repeats-og", want: fc9Title,
			head: fc9Site + `<meta property="og:title" content="` + seo + `"><title>` + seo + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>`+fc9Title+`</h1>`) + `<div class="stream"><div class="card"><h3><a href="/news/2024/09/03/breakwater-approved">` + seo + `</a></h3></div></div>`},
		{name: "story-h1-deck-h2-repeats-title-no-og", want: fc9Title,
			head: `<title>` + seo + ` - Larkspur Ledger</title>`,
			body: fc9Article(`<h1>` + fc9Title + `</h1><h2 class="standfirst">` + seo + `</h2>`)},
		// The form the rule is for: a section's <h1> of two words.
		{name: "section-h1-two-words-story-h2-title", want: seo,
			head: `<title>` + seo + ` | Larkspur Ledger</title>`,
			body: `<div class="section-header"><h1>Harbour News</h1></div><div class="article"><h2>` + seo + `</h2>` + fcProse(2, 5) + `</div>`},
	}
}

// fcR9KickerRows: a kicker before a bar goes when a meta title or the
// <title> lacks it, as kickerFree cuts one before an og:title, and stays
// when every statement shows it.
func fcR9KickerRows() []fcHeadRow {
	const rest = "What happens to your pension now"
	return []fcHeadRow{
		{name: "bar-kicker-og-lacks-it-cut", want: rest,
			head: fc9Site + `<meta property="og:title" content="` + rest + `">`,
			body: fc9Article(`<h1>Brexit | ` + rest + `</h1>`)},
		{name: "bar-kicker-every-statement-stays", want: "Brexit | " + rest,
			head: fc9Site + `<meta property="og:title" content="Brexit | ` + rest + `"><title>Brexit | ` + rest + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>Brexit | ` + rest + `</h1>`)},
		// The <title> alone lacks the kicker: the same cut.
		{name: "bar-kicker-title-lacks-it-no-og", want: rest,
			head: `<title>` + rest + ` | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>Brexit | ` + rest + `</h1>`)},
		// A colon's head, spaced as French writes it, goes as a bar's
		// does when the meta title lacks it (kickerFree's convention).
		{name: "fr/spaced-colon-kicker-og-lacks-it-cut", lang: "fr", url: "https://le-phare-du-port.example/monde/chars-2041", want: "Kiev reçoit de nouveaux chars",
			head: `<meta property="og:site_name" content="Le Phare du Port"><meta property="og:title" content="Kiev reçoit de nouveaux chars">`,
			body: fc9Article(`<h1>Guerre en Ukraine : Kiev reçoit de nouveaux chars</h1>`)},
	}
}

// fcR9BylineRows: "by" inside a title's parts, and a byline of two
// writers.
func fcR9BylineRows() []fcHeadRow {
	const post = "What I learned rebuilding a dinghy over one winter"
	return []fcHeadRow{
		{name: "stand-by-me-film-review-part", want: "Stand by Me at forty still hits hard",
			head: fc9Site + `<title>Stand by Me at forty still hits hard | Film review | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "killed-by-police-dash-site", want: "Killed by Police",
			head: fc9Site + `<title>Killed by Police - Larkspur Ledger</title>`, body: fc9Story()},
		{name: "by-wire-part-between-title-and-site", want: fc9Title,
			head: fc9Site + `<title>` + fc9Title + ` | By The Associated Press | Larkspur Ledger</title>`, body: fc9Story()},
		{name: "substack-two-writers-dash-blog", url: "https://tidewaternotes.substack.example/p/rebuilding-a-dinghy", want: post,
			head: `<title>` + post + ` - by Jane Doe and John Roe - Tidewater Notes</title>`, body: fc9Story()},
		// "Von Hamburg bis Kiel" is the headline's own part, no byline.
		{name: "de/von-part-of-headline-stays-no-h1", lang: "de", url: "https://nordkurier-hafen.example/verkehr/bahn-2041", want: "Bahn streicht Züge im Norden - Von Hamburg bis Kiel",
			head: `<meta property="og:site_name" content="Hafenkurier"><meta property="og:title" content="Bahn streicht Züge im Norden - Von Hamburg bis Kiel">`, body: fc9Story()},
	}
}

// fcR9LabelRows: headlines that open with the words of the new labels
// keep them when every statement shows them; the labels go when one
// statement lacks them; the spaced full-width tilde of a subtitle.
func fcR9LabelRows() []fcHeadRow {
	return []fcHeadRow{
		{name: "thread-opens-headline-everywhere-stays", want: "Thread: the needle that changed sewing",
			head: fc9Site + `<meta property="og:title" content="Thread: the needle that changed sewing"><title>Thread: the needle that changed sewing | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>Thread: the needle that changed sewing</h1>`)},
		{name: "topic-opens-headline-h1-and-title-stays", want: "Topic: why the harbour vote matters",
			head: `<title>Topic: why the harbour vote matters | Larkspur Ledger</title>`,
			body: fc9Article(`<h1>Topic: why the harbour vote matters</h1>`)},
		{name: "de/thema-opens-headline-everywhere-stays", lang: "de", url: "https://hafen-zeitung.example/kultur/thema-2041", want: "Thema verfehlt: Warum der Hafenplan scheitert",
			head: `<meta property="og:title" content="Thema verfehlt: Warum der Hafenplan scheitert"><title>Thema verfehlt: Warum der Hafenplan scheitert - Hafenzeitung</title>`,
			body: fc9Article(`<h1>Thema verfehlt: Warum der Hafenplan scheitert</h1>`)},
		{name: "ko/jonghap-word-opens-headline-stays", lang: "ko", url: "https://badatga-ilbo.example/news/articleView.html?idxno=2041", want: "종합부동산세 개편안 국회 본회의 통과",
			head: `<meta property="og:site_name" content="바닷가일보"><meta property="og:title" content="종합부동산세 개편안 국회 본회의 통과"><title>종합부동산세 개편안 국회 본회의 통과 - 바닷가일보</title>`,
			body: fc9Story()},
		{name: "ko/jonghap-bracket-label-og-clean-title", lang: "ko", url: "https://badatga-ilbo.example/news/articleView.html?idxno=2042", want: "항만위원회, 2년 지연 끝에 방파제 신설 승인",
			head: `<meta property="og:site_name" content="바닷가일보"><meta property="og:title" content="항만위원회, 2년 지연 끝에 방파제 신설 승인"><title>[종합] 항만위원회, 2년 지연 끝에 방파제 신설 승인 - 바닷가일보</title>`,
			body: fc9Story()},
		{name: "ja/spaced-tilde-subtitle-no-site-stays", lang: "ja", url: "https://minato-nippo.example/news/20240904", want: "港町の百年 ～ 防波堤が守った暮らし",
			head: `<meta property="og:site_name" content="みなと日報"><meta property="og:title" content="港町の百年 ～ 防波堤が守った暮らし">`, body: fc9Story()},
		{name: "ja/spaced-tilde-subtitle-and-site", lang: "ja", url: "https://minato-nippo.example/news/20240905", want: "港町の百年 ～ 防波堤が守った暮らし",
			head: `<meta property="og:site_name" content="みなと日報"><title>港町の百年 ～ 防波堤が守った暮らし ～ みなと日報</title>`, body: fc9Story()},
	}
}

package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for the rules of the cms10b merge (world-press templates):
// a multi-word filing city after the writer, a long list under the
// headline skipped by the date search, a related-links box mid-story, a
// right-aligned signature, "(AA)" datelines and Turkish date lines, a
// label-noun line opening the body, Chinese reporters' brackets and
// fields, and the new chrome lines. Each row is a page a careless form of
// a rule would get wrong, or a variant of the form the rule is for.
// Pages, names and sites are made up. TestFailureClasses runs them.

func fcReview10CMS10bCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcR10bPlaceCases()...)
	cs = append(cs, fcR10bDateCases()...)
	cs = append(cs, fcR10bBodyCases()...)
	cs = append(cs, fcR10bChineseCases()...)
	return cs
}

// fcR10bPlaceCases: a co-author whose name the gazetteer holds as a city
// (towns of Latin America and Vietnam are named after people or share
// their given names) keeps the name; a filing city does not.
func fcR10bPlaceCases() []fcCase {
	return fcAuthorRows("authors/r10b-place", []fcAuthorRow{
		{name: "en-writer-comma-two-word-city", html: fcP8Line("en", "By Jane Doe, Jackson Heights"), want: []string{"Jane Doe"}},
		{name: "en-wire-comma-two-word-city", html: fcP8Line("en", "By Reuters, Kuala Lumpur"), want: []string{"Reuters"}},
		{name: "en-two-writers-two-cities", html: fcP8Line("en", "By Jane Doe, Hong Kong and John Roe, Buenos Aires"), want: []string{"Jane Doe", "John Roe"}},
		{name: "en-co-author-paris-hilton", html: fcP8Line("en", "By Jane Doe and Paris Hilton"), want: []string{"Jane Doe", "Paris Hilton"}},
		{name: "pt-co-author-named-like-city", html: fcP8Line("pt", "Por Ana Silva e Paulo Afonso"), want: []string{"Ana Silva", "Paulo Afonso"}},
		{name: "es-co-author-named-like-city", html: fcP8Line("es", "Por María López y Marcos Juárez"), want: []string{"María López", "Marcos Juárez"}},
		{name: "en-writer-dash-two-word-city", html: fcP8Line("en", "By Jane Doe – Kuala Lumpur"), want: []string{"Jane Doe"}},
		{name: "en-three-writers-last-named-like-city", html: fcP8Line("en", "By Jane Doe, John Roe and Paulo Ramos"), want: []string{"Jane Doe", "John Roe", "Paulo Ramos"}},
	})
}

// fcR10bDateCases: the date search past a long list under the headline,
// a Turkish date label that is no publication's, "(AA)" datelines.
func fcR10bDateCases() []fcCase {
	long := `<li>The council will close two of the town's four public pools for the whole of next summer season.</li><li>Library opening hours are cut by a third in every branch except the central one.</li><li>Road repairs are pushed back by a year.</li>`
	var cs []fcCase
	// A key-point list, then the meta line with the date: the date is read.
	cs = append(cs, fcCase{class: "dates/r10b/key-points-then-date", url: fcFerryURL,
		html:  fcPage("en", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><ul class="highlights">`+long+`</ul><p class="meta">Jane Doe | 5 December 2026</p>`+fcProse(0, 5)+`</article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2026-12-05") }})
	// A story that opens with a list (a listicle): the date in the short
	// paragraph after it is the event's, and the page's date, in the
	// published line under the story, is the publication.
	cs = append(cs, fcCase{class: "dates/r10b/body-opens-with-list-then-event-date", url: fcFerryURL,
		html:  fcPage("en", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content"><ul>`+long+`</ul><p>The vote is on 14 January 2027.</p>`+fcProse(0, 5)+`</div><p class="posted">Published 5 December 2026</p></article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2026-12-05") }})
	// The same with the page's date above the headline.
	cs = append(cs, fcCase{class: "dates/r10b/date-above-headline-body-opens-with-list", url: fcFerryURL,
		html:  fcPage("en", fcTitle, `<main><article><p class="date">5 December 2026</p><h1>Ferry to Grest makes first crossing</h1><div class="entry-content"><ul>`+long+`</ul><p>The vote is on 14 January 2027.</p>`+fcProse(0, 5)+`</div></article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2026-12-05") }})
	// A Turkish info line of a deadline ("Son başvuru tarihi", the last
	// day to apply) is no publication date.
	cs = append(cs, fcCase{class: "dates/r10b/tr-event-date-label-no-meta", url: fcFerryURL,
		html:  fcPage("tr", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><p class="meta">Ayşe Yılmaz | 05.12.2026</p><p class="info">Son başvuru tarihi: 15 Ocak 2027</p>`+fcProse(0, 5)+`</article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2026-12-05") }})
	// The same line in the story, the page's date labelled under it.
	cs = append(cs, fcCase{class: "dates/r10b/tr-deadline-line-in-story", url: fcFerryURL,
		html:  fcPage("tr", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 2)+`<p>Son başvuru tarihi: 15 Ocak 2027</p>`+fcProse(2, 3)+`<p class="date">Yayınlanma: 05.12.2026</p></article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2026-12-05") }})
	cs = append(cs, fcCase{class: "dates/r10b/tr-exam-date-line-only", url: fcFerryURL,
		html:  fcPage("tr", fcTitle+`<meta property="article:published_time" content="2026-12-05T09:00:00+03:00">`, `<main><article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 2)+`<p>Sınav tarihi: 14 Haziran 2026</p>`+fcProse(2, 3)+`</article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2026-12-05") }})
	// A profile box's birth date ("Doğum tarihi") is no publication date.
	cs = append(cs, fcCase{class: "dates/r10b/tr-birth-date-box", url: fcFerryURL,
		html:  fcPage("tr", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="profile"><p>Ayşe Yılmaz</p><p>Doğum tarihi: 12 Mart 1990</p></div>`+fcProse(0, 5)+`<p class="date">Yayınlanma: 05.12.2026</p></article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2026-12-05") }})
	// The created-and-updated line opening the body goes, and the date
	// is read from it.
	cs = append(cs, fcCase{class: "dates/r10b/tr-created-updated-line", url: fcFerryURL,
		html: fcPage("tr", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="content"><p>Oluşturulma Tarihi: 05 Aralık 2026 14:32 Güncelleme Tarihi: 05 Aralık 2026 16:10</p>`+fcProse(0, 5)+`</div></article></main>`),
		check: func(t *testing.T, a *article.Article) {
			fcWantDate(t, a, "2026-12-05")
			fcWantBody(t, a, nil, []string{"Oluşturulma"})
		}})
	// A story paragraph with two dates and an update word stays.
	cs = append(cs, fcCase{class: "body/r10b/two-dates-sentence-stays", url: fcFerryURL,
		html:  fcPage("en", fcTitle+`<meta property="article:published_time" content="2026-12-05T09:00:00Z">`, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="content"><p>The plan was published 5 December 2026 and updated 12 January 2027.</p>`+fcProse(0, 5)+`</div></article></main>`),
		check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, []string{"The plan was published"}, nil) }})
	for _, c := range []struct{ name, lang, open, want string }{
		{"tr-caps-aa", "tr", "ANKARA (AA) - ", "ANKARA"},
		{"en-caps-aa", "en", "ISTANBUL (AA) - ", "ISTANBUL"},
	} {
		cs = append(cs, fcDatelineRow("r10b-aa/"+c.name, c.lang, `<p>`+c.open+fcDatelineProse["en"]+`</p>`+fcProse(2, 4), c.want))
	}
	return cs
}

// fcR10bBodyCases: related boxes, signatures, label-noun lines, chrome
// lines.
func fcR10bBodyCases() []fcCase {
	story := func(lang, body string) string {
		return fcPage(lang, fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><p class="byline">By Jane Doe</p><div class="article-body">`+body+`</div></article></main>`)
	}
	row := func(name, lang, body string, in, out []string) fcCase {
		return fcCase{class: "body/r10b/" + name, url: fcFerryURL, html: story(lang, body),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, in, out) }}
	}
	box := `<div class="inline-box"><h4>More on this topic</h4><ul><li><a href="/a">Council delays the harbour vote again</a></li><li><a href="/b">Ferry tickets go on sale in March</a></li></ul></div>`
	hi := fcPage("hi", fcTitle, `<main><article><h1>घाटों पर सौर लाइटें</h1><figure><img src="/img/ghat.jpg" alt=""><figcaption>दशाश्वमेध घाट पर शाम की गंगा आरती। फोटो- अमर उजाला</figcaption></figure>`+fcProse(0, 5)+`</article></main>`)
	return []fcCase{
		{class: "pictures/r10b/hi-danda-photo-dash-credit", url: fcFerryURL, html: hi, check: func(t *testing.T, a *article.Article) {
			if len(a.Images) == 0 || a.Images[0].Credit != "अमर उजाला" || !strings.Contains(a.Images[0].Caption, "गंगा आरती") {
				t.Errorf("images = %+v, want credit अमर उजाला and the caption", a.Images)
			}
		}},
		// The box between paragraphs: the story goes on after it.
		row("link-box-mid-story", "en", fcProse(0, 3)+box+fcProse(3, 3), []string{fcSentences[6]}, []string{"Council delays the harbour vote"}),
		// A signature naming the author under the text goes; a
		// right-aligned closing line naming someone else stays.
		row("signature-author", "en", fcProse(0, 5)+`<p style="text-align: right">Jane Doe</p>`, nil, []string{"Jane Doe"}),
		row("right-aligned-other-name", "en", fcProse(0, 5)+`<p style="text-align: right">Marta Olsen</p>`, []string{"Marta Olsen"}, nil),
		row("right-aligned-closing-line", "en", fcProse(0, 5)+`<p align="right">With love, the ferry crew</p>`, []string{"With love"}, nil),
		// Label-noun lines opening the body: a source credit goes; a
		// note, an update, an interview's turns stay.
		row("ru-source-line", "ru", `<p>Источник: ТАСС</p>`+fcProse(0, 5), nil, []string{"Источник"}),
		row("en-note-line", "en", `<p>Note: Names changed.</p>`+fcProse(0, 5), []string{"Note: Names changed."}, nil),
		row("en-update-line", "en", `<p>Update: Police named him.</p>`+fcProse(0, 5), []string{"Update: Police named him."}, nil),
		row("en-q-line", "en", `<p>Q: Why Grest?</p><p>A: The harbour.</p>`+fcProse(0, 5), []string{"Q: Why Grest?"}, nil),
		row("ru-answer-no", "ru", `<p>Ответ: нет.</p>`+fcProse(0, 5), []string{"Ответ: нет."}, nil),
		row("ru-interview-turn", "ru", `<p>Анна Петрова: Почему?</p>`+fcProse(0, 5), []string{"Анна Петрова: Почему?"}, nil),
		row("de-quelle-line", "de", `<p>Quelle: dpa</p>`+fcProse(0, 5), nil, []string{"Quelle: dpa"}),
		row("en-text-message-line", "en", `<p>Text: “Call me.”</p>`+fcProse(0, 5), []string{"Call me"}, nil),
		row("en-source-sentence-stays", "en", `<p>Source: the mayor's aide, who asked not to be named.</p>`+fcProse(0, 5), []string{"Source: the mayor's aide"}, nil),
		// The new chrome lines go; story sentences that open like them
		// stay.
		row("fa-end-of-message", "fa", fcProse(0, 5)+`<p>انتهای پیام</p>`, nil, []string{"انتهای پیام"}),
		row("ko-copyright-line", "ko", fcProse(0, 5)+`<p>&lt;저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지&gt;</p>`, nil, []string{"저작권자"}),
		row("ko-copyright-circled-c", "ko", fcProse(0, 5)+`<p>ⓒ 한빛일보 무단전재 및 재배포 금지</p>`, nil, []string{"한빛일보"}),
		row("ko-sentence-on-reproduction", "ko", fcProse(0, 3)+`<p>무단 전재를 막기 위한 저작권법 개정안이 5일 국회를 통과했다.</p>`+fcProse(3, 2), []string{"저작권법 개정안"}, nil),
		row("en-wire-feed-disclaimer", "en", fcProse(0, 5)+`<p>(This story has been published from a wire agency feed without modifications to the text.)</p>`, nil, []string{"wire agency feed"}),
		row("zh-source-editor-lines", "zh", fcProse(0, 5)+`<p>本文来源：新华网</p><p>责任编辑：周婷</p>`, nil, []string{"本文来源", "责任编辑"}),
	}
}

// fcR10bChineseCases: reporters in the wire's bracket and the info
// line's field, the editor in charge only without a writer.
func fcR10bChineseCases() []fcCase {
	zh := func(head, before, after string) string {
		return fcPage("zh-CN", fcTitle+head, `<main><article><h1>长江航道整治工程全面完工</h1>`+before+`<div class="content"><p>`+fcR10bXinhua+`长江中游荆江至武汉段航道整治工程5日全面完工，万吨级船舶可直达武汉。</p>`+fcProse(0, 4)+after+`</div></article></main>`)
	}
	return fcAuthorRows("authors/r10b-zh", []fcAuthorRow{
		{name: "xinhua-bracket-two", html: zh("", "", ""), want: []string{"刘思远", "陈晓雯"}},
		{name: "xinhua-bracket-with-stringer", html: strings.Replace(zh("", "", ""), "记者刘思远、陈晓雯", "记者刘思远 通讯员陈晓雯", 1), want: []string{"刘思远", "陈晓雯"}},
		{name: "bracket-stringer-three-chars", html: strings.Replace(zh("", "", ""), "记者刘思远、陈晓雯", "记者刘思远 通讯员李华", 1), want: []string{"刘思远", "李华"}},
		{name: "writer-field-spaces", html: strings.Replace(zh("", `<div class="info">2026-12-05 10:26 来源：新华网 作者：王小明 李华 责任编辑：周婷</div>`, ""), "（记者刘思远、陈晓雯）", "", 1), want: []string{"王小明", "李华"}},
		{name: "writer-field-then-source-field", html: strings.Replace(zh("", `<div class="info">2026-12-05 10:26 作者：王小明 来源：人民网</div>`, ""), "（记者刘思远、陈晓雯）", "", 1), want: []string{"王小明"}},
		{name: "writer-field-then-time-field", html: strings.Replace(zh("", `<div class="info">作者：王小明 李华 发布时间：2026-12-05 10:26</div>`, ""), "（记者刘思远、陈晓雯）", "", 1), want: []string{"王小明", "李华"}},
		{name: "byline-reporter-and-photographer", html: strings.Replace(zh("", `<p class="byline">本报记者 王小明 摄影 李华</p>`, ""), "（记者刘思远、陈晓雯）", "", 1), want: []string{"王小明"}},
		{name: "byline-reporter-place-report", html: strings.Replace(zh("", `<p class="byline">本报记者 王小明 北京报道</p>`, ""), "（记者刘思远、陈晓雯）", "", 1), want: []string{"王小明"}},
		{name: "ja-spaced-name-stays-one", html: fcPage("ja", fcTitle, `<main><article><h1>渡船が初運航</h1><p class="byline">石原 健太</p>`+fcProse(0, 5)+`</article></main>`), want: []string{"石原 健太"}},
		{name: "editor-only", html: strings.Replace(zh("", "", `<p class="editor">责任编辑：周婷</p>`), "（记者刘思远、陈晓雯）", "", 1), want: []string{"周婷"}},
		{name: "editor-and-meta-writer", html: strings.Replace(zh(`<meta name="author" content="王小明">`, "", `<p class="editor">责任编辑：周婷</p>`), "（记者刘思远、陈晓雯）", "", 1), want: []string{"王小明"}},
		{name: "editor-and-bracket", html: zh("", "", `<p class="editor">责任编辑：周婷</p>`), want: []string{"刘思远", "陈晓雯"}},
	})
}

const fcR10bXinhua = "新华社武汉12月5日电（记者刘思远、陈晓雯）"

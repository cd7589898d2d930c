package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review rows for round 12's headline, date, dateline and language rules:
// a <title> part a text block states whole (title-part-in-text), a date
// far above the headline on a page with no article container
// (farAboveHeadline), the numeric order the page's unambiguous dates show
// (shownOrder), the language sample from long non-<p> blocks, the Czech
// and Slovak agencies' "Praha 5. března (ČTK) -" datelines and the
// Serbian lexicon's month forms that are also first names. Each row is a
// page a careless form of a rule gets wrong, or the rule's own form.
// Pages, names and sites are made up. TestFailureClasses runs them.

func fcReview12MetaCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcR12mHeadlineCases()...)
	cs = append(cs, fcR12mDateCases()...)
	cs = append(cs, fcR12mOrderCases()...)
	cs = append(cs, fcR12mLangCases()...)
	cs = append(cs, fcR12mDatelineCases()...)
	cs = append(cs, fcR12mNameCases()...)
	return cs
}

// fcR12mTable is a table-layout page with no article container: a
// masthead cell, a left column of links, the centre cell's content.
func fcR12mTable(lang, title, masthead, centre string) string {
	return fcPage(lang, `<title>`+title+`</title>`, `<table width="780"><tr><td colspan="2">`+masthead+`</td></tr><tr><td width="160" class="leftcol"><font size="1"><a href="/news">News</a><br><a href="/sports">Sports</a><br><a href="/obits">Obituaries</a></font></td><td width="600">`+centre+`</td></tr></table>`)
}

// fcR12mBrText is a story's text parted with <br><br> in a <font>, as
// table-layout pages set it.
func fcR12mBrText(k, n int) string {
	var b strings.Builder
	b.WriteString(`<font size="2">`)
	for i := 0; i < n; i++ {
		b.WriteString(fcSentences[(k+2*i)%len(fcSentences)] + " " + fcSentences[(k+2*i+1)%len(fcSentences)] + "<br><br>\n")
	}
	b.WriteString(`</font>`)
	return b.String()
}

// fcR12mHeadlineCases: the <title> part a block states whole is the
// headline; not the site's name a masthead cell states, nor the story's
// title where a side list prints it unlinked before the story.
func fcR12mHeadlineCases() []fcCase {
	const h = "Ferry to Grest makes first crossing"
	rows := []struct{ name, title, masthead, centre string }{
		// The rule's own form: the post's title in a bold <font>.
		{"title-part-in-bold-font", "The Holmby Courier - " + h, `<img src="/masthead.gif" alt="">`,
			`<font size="5"><b>` + h + `</b></font><br>` + fcR12mBrText(0, 5)},
		// A masthead cell states the site's name (three words) whole; the
		// story's title stands on one line with its byline: the site's
		// name is no headline.
		{"site-name-in-masthead-cell", "The Holmby Courier - " + h, `<font size="6"><b>The Holmby Courier</b></font>`,
			`<b>` + h + `</b><br>By Jane Doe<br>` + fcR12mBrText(0, 5)},
		// A section's name of three words a cell states whole (the
		// section's banner over the story): no headline either.
		{"section-banner-cell", "Holmby Courier - Local News Today - " + h, `<font size="5"><b>Local News Today</b></font>`,
			`<b>` + h + `</b><br>By Jane Doe<br>` + fcR12mBrText(0, 5)},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "headline/r12m/" + r.name, url: fcFerryURL, html: fcR12mTable("en", r.title, r.masthead, r.centre),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != h {
					t.Errorf("headline = %q, want %q", a.Headline, h)
				}
			}})
	}
	return cs
}

// fcR12mDateCases: a masthead's today far above the headline is not the
// story's date; the story's own date above a long strip of kicker,
// section and tag links on a page with no article container is.
func fcR12mDateCases() []fcCase {
	const h = "Ferry to Grest makes first crossing"
	tags := `<div class="tags"><span class="tag">Ferries</span></div><div class="tags"><span class="tag">Grest</span></div><div class="tags"><span class="tag">Harbour</span></div><div class="tags"><span class="tag">Transport</span></div><div class="tags"><span class="tag">Islands</span></div>`
	rows := []struct{ name, body, want string }{
		// The rule's own form: the masthead's today, menu cells, then the
		// story with its date line.
		{"masthead-today-far-above", `<table><tr><td><span class="date">Saturday, December 7, 2026</span></td></tr><tr><td><a href="/a">News</a></td></tr><tr><td><a href="/b">Sports</a></td></tr><tr><td><a href="/c">Business</a></td></tr><tr><td><a href="/d">Opinion</a></td></tr><tr><td><a href="/e">Obituaries</a></td></tr><tr><td><h1>` + h + `</h1><p class="byline">By Jane Doe, December 5, 2026</p>` + fcProse(0, 5) + `</td></tr></table>`, "2026-12-05"},
		// The story's own date above its tags, all above the headline:
		// the only date of the page.
		// A legacy page's date line, then a breadcrumb of links and a
		// kicker above the headline.
		{"own-date-above-breadcrumb-and-kicker", `<div class="wrap"><p class="date">Posted on 5 December 2026</p><ul class="crumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li><li><a href="/news/local/transport">Transport</a></li><li><a href="/news/local/transport/ferries">Ferries</a></li></ul><p class="kicker">Islands</p><h1>` + h + `</h1>` + fcR12mBrText(0, 5) + `</div>`, "2026-12-05"},
		// The story's date over its picture, the caption, the credit and
		// three tags, all above the headline; other stories' dates
		// below the text.
		{"own-date-above-picture-and-tags", `<div class="wrap"><span class="date">05.12.2026</span><div class="pic"><img src="/img/ferry.jpg" alt=""><p class="caption">The ferry at the pier on Monday.</p><p class="credit">Photo: Ana Ruiz</p></div><div class="tag">Ferries</div><div class="tag">Grest</div><div class="tag">Harbour</div><h1>` + h + `</h1>` + fcR12mBrText(0, 5) + `<div class="more"><p><a href="/news/pier">Pier costs climb again</a> <span class="date">01.12.2026</span></p><p><a href="/news/storm">Storm hits the harbour wall</a> <span class="date">28.11.2026</span></p></div></div>`, "2026-12-05"},
		{"own-date-above-tag-strip", `<div class="wrap"><div class="post-date"><span class="date">December 5, 2026</span></div>` + tags + `<h1>` + h + `</h1>` + fcR12mBrText(0, 5) + `</div>`, "2026-12-05"},
	}
	// A table page whose left column lists the story among the latest,
	// unlinked as the page shown, before the centre cell states its
	// title: the masthead's today is still far above the story.
	side := `<font size="1"><b>LATEST</b><br>` + h + `<br><a href="/news/pier">Pier costs climb again</a><br><a href="/news/storm">Storm hits the harbour wall</a></font>`
	today := `<table width="780"><tr><td colspan="2"><span class="date">Saturday, December 7, 2026</span></td></tr><tr><td colspan="2"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sports">Sports</a></td></tr><tr><td width="160">` + side + `</td><td><div class="title"><font size="5"><b>` + h + `</b></font></div><div class="info">By Jane Doe, December 5, 2026</div>` + fcR12mBrText(0, 5) + `</td></tr></table>`
	cs := []fcCase{{class: "dates/r12m/masthead-today-side-list-states-title", url: fcFerryURL, html: fcPage("en", `<title>Holmby Courier - `+h+`</title>`, today),
		check: func(t *testing.T, a *article.Article) {
			fcWantDate(t, a, "2026-12-05")
			if a.Headline != h {
				t.Errorf("headline = %q, want %q", a.Headline, h)
			}
		}}}
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "dates/r12m/" + r.name, url: fcFerryURL, html: fcPage("en", fcTitle, r.body),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, r.want) }})
	}
	return cs
}

// fcR12mOrderCases: an English page with no region tag on an address
// not ending in .com reads numeric dates day first unless its own
// unambiguous dates show month first.
func fcR12mOrderCases() []fcCase {
	const h = "Ferry to Grest makes first crossing"
	list := func(dates ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="other"><b>OTHER HEADLINES</b><br>`)
		for i, d := range dates {
			b.WriteString(`<a href="/news/` + string(rune('a'+i)) + `">Council story ` + string(rune('A'+i)) + `</a> - ` + d + `<br>`)
		}
		return b.String() + `</div>`
	}
	rows := []struct{ name, others, want string }{
		{"month-first-shown", list("03/04/2024", "02/29/2024"), "2024-05-03"},
		{"day-first-shown", list("04/03/2024", "29/02/2024"), "2024-03-05"},
		// Both orders shown (a copied list): no order told, day first.
		{"both-orders-shown", list("02/29/2024", "29/02/2024"), "2024-03-05"},
		{"only-ambiguous-shown", list("04/03/2024", "03/03/2024"), "2024-03-05"},
		// A phone number, a fraction and a slashed ISO date are none.
		{"iso-slash-and-scores", `<p class="note">Call 555/13/2024 or see 2024/02/29; the score was 1/2/3.</p>`, "2024-03-05"},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		body := `<h1>` + h + `</h1><p class="byline">By Jane Doe<br>Posted: 05/03/2024</p>` + fcProse(0, 5) + r.others
		cs = append(cs, fcCase{class: "dates/r12m-order/" + r.name, url: "https://holmby-courier.example.org/news/ferry", html: fcPage("en", fcTitle, body),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, r.want) }})
	}
	return cs
}

// fcR12mLangCases: a page that declares no language and sets its text
// with <br><br> in a table cell is read in the language of that text,
// not of its short menu.
func fcR12mLangCases() []fcCase {
	de := "Die Fähre nach Grest ist am Montag zum ersten Mal über den Sund gefahren, und die Bewohner der Insel haben sie am Hafen mit Musik empfangen.<br><br>" +
		"Der Bürgermeister sagte, dass die neue Verbindung für die Insel und für die Stadt ein großer Gewinn sei, weil sie die Wege zur Arbeit verkürze.<br><br>" +
		"Die Fähre soll im Sommer viermal am Tag fahren, und im Winter wird sie nur zweimal am Tag über den Sund fahren, wenn das Wetter es zulässt.<br><br>"
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fähre nach Grest fährt zum ersten Mal</title></head><body><table><tr><td><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></td></tr><tr><td><font size="5"><b>Fähre nach Grest fährt zum ersten Mal</b></font><br><font size="2">` + de + `</font></td></tr></table></body></html>`
	return []fcCase{{class: "lang/r12m/de-br-text-no-lang", url: "https://holmby-courier.example/news/faehre", html: page,
		check: func(t *testing.T, a *article.Article) {
			if a.Language != "de" {
				t.Errorf("language = %q, want de", a.Language)
			}
		}}}
}

// fcR12mDatelineCases: the ČTK/TASR form "Praha 5. března (ČTK) -" and
// the wire forms beside it; a place and a day with no wire's bracket is
// no dateline; the HINA day's ordinal point.
func fcR12mDatelineCases() []fcCase {
	rows := []struct{ name, lang, lead, want string }{
		{"cs-ctk-place-day-month", "cs", "Praha 5. března (ČTK) - Vláda ve středu schválila návrh zákona o podpoře lodní dopravy na řekách a jezerech.", "Praha"},
		{"sk-tasr-place-day-month", "sk", "Bratislava 5. marca (TASR) - Vláda v stredu schválila návrh zákona o podpore lodnej dopravy na riekach a jazerách.", "Bratislava"},
		{"hr-hina-ordinal-point", "hr", "ZAGREB, 5. ožujka 2024. (Hina) - Vlada je u srijedu prihvatila prijedlog zakona o potpori brodskom prometu na rijekama.", "ZAGREB"},
		{"en-afp-day-month-comma", "en", "NEW YORK, 5 March (AFP) - The city's ferries will run through the night from next week, officials said on Tuesday.", "NEW YORK"},
		{"en-reuters-day-month-no-comma", "en", "LONDON 5 March (Reuters) - Britain's ferry operators will run more crossings to the islands this summer, the transport ministry said.", "LONDON"},
		// "Praha 5. března" inside a sentence: no dash, no dateline.
		{"cs-place-day-in-sentence", "cs", "Praha 5. března oslaví výročí první plavby přívozu na ostrov, uvedla ve středu radnice ve své zprávě.", ""},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "datelines/r12m/" + r.name, url: fcFerryURL,
			html: fcPage(r.lang, fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content"><p>`+r.lead+`</p>`+fcProse(1, 4)+`</div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != r.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, r.want)
				}
			}})
	}
	// A caption-classed block first, then the story's lead named
	// "perex" that opens with its dateline; and a plain perex after it.
	capThen := func(lead string) string {
		return fcPage("cs", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="text"><p class="popisek">Přívoz u mola v pondělí.</p><p class="perex">`+lead+`</p>`+fcProse(1, 4)+`</div></article></main>`)
	}
	for _, r := range []struct{ name, lead, want string }{
		{"cs-caption-then-perex-dateline", "Praha 5. března (ČTK) - Vláda ve středu schválila návrh zákona o podpoře lodní dopravy na řekách a jezerech.", "Praha"},
		{"cs-caption-then-plain-perex", "Vláda ve středu schválila návrh zákona o podpoře lodní dopravy na řekách a jezerech, uvedl mluvčí.", ""},
	} {
		r := r
		cs = append(cs, fcCase{class: "datelines/r12m/" + r.name, url: fcFerryURL, html: capThen(r.lead),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != r.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, r.want)
				}
			}})
	}
	return cs
}

// fcR12mNameCases: Serbian month forms that are also first names
// ("Maja", "Marta", "Маја") stay names in a byline.
func fcR12mNameCases() []fcCase {
	return fcAuthorRows("authors/r12m", []fcAuthorRow{
		{name: "sr-latn-maja", html: fcP8Line("sr", "Piše: Maja Nikolić"), want: []string{"Maja Nikolić"}},
		{name: "sr-latn-marta", html: fcP8Line("sr", "Piše: Marta Jovanović"), want: []string{"Marta Jovanović"}},
		{name: "sr-cyrl-maja", html: fcP8Line("sr", "Пише: Маја Николић"), want: []string{"Маја Николић"}},
		{name: "sr-latn-maja-with-date", html: fcP8Line("sr", "Maja Nikolić | 5. marta 2024."), want: []string{"Maja Nikolić"}},
		{name: "hr-maja-by-itself", html: fcP8Line("hr", "Maja Horvat"), want: []string{"Maja Horvat"}},
	})
}

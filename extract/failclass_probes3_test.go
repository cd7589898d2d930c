package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A third round of probes (failclass_probes2_test.go has the second):
// invented pages in public conventions the earlier rounds found missed.
// As in failclass_test.go the pages and names are made up; no row copies
// a corpus page. TestFailureClasses runs them.

func fcProbe3Cases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcDivHeadlineCases()...)
	cs = append(cs, fcOpenHeadingCases()...)
	cs = append(cs, fcTitleLabelCases()...)
	cs = append(cs, fcKeyPointBoxCases()...)
	cs = append(cs, fcThaiShortMonthCases()...)
	cs = append(cs, fcAsOfCases()...)
	return cs
}

// fcDivHeadlineCases: an <h1> built of several <div>s (a kicker and the
// title, or a title in two lines) is the headline, and none of its parts
// is a paragraph of the body.
func fcDivHeadlineCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	return []fcCase{
		{class: "headline/h1-of-several-divs", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing | Holmby Courier</title>`,
				`<article><h1><div>Ferry to Grest</div><div>makes its first crossing</div></h1>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if !strings.Contains(a.Headline, "Ferry to Grest") || !strings.Contains(a.Headline, "first crossing") {
					t.Errorf("title = %q", a.Headline)
				}
				fcWantBody(t, a, []string{"forty passengers"}, []string{"makes its first crossing", "Ferry to Grest"})
			}},
	}
}

// fcTitleLabelCases: a page with no <h1> whose <title> opens with a
// section label before " | " ("Opinion | Title"), the site being named
// elsewhere (og:site_name): the label, a lexicon headline label, is cut
// from the headline and the line is no paragraph.
func fcTitleLabelCases() []fcCase {
	u := "https://holmby-courier.example/opinion/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][3]string{
		{"en", "Opinion", "Ferry to Grest makes first crossing"},
		{"de", "Kommentar", "Die Fähre nach Grest fährt zum ersten Mal"},
	} {
		label, title := c[1], c[2]
		cs = append(cs, fcCase{class: "headline/section-label-in-title-no-h1/" + c[0], url: u,
			html: fcPage(c[0], `<title>`+label+` | `+title+`</title><meta property="og:site_name" content="Holmby Courier">`,
				`<header><a href="/">Holmby Courier</a></header><article><div class="headline">`+label+` | `+title+`</div><div class="story">`+fcProse(0, 5)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != title {
					t.Errorf("headline = %q, want %q", a.Headline, title)
				}
				fcWantBody(t, a, []string{"forty passengers"}, []string{label + " |", title})
			}})
	}
	// Not a label: a title's own words before " | " stay.
	cs = append(cs, fcCase{class: "headline/section-label-in-title-no-h1/not-a-label", url: u,
		html: fcPage("en", `<title>Grest | Ferry makes first crossing</title><meta property="og:site_name" content="Holmby Courier">`,
			`<article><div class="story">`+fcProse(0, 5)+`</div></article>`),
		check: func(t *testing.T, a *article.Article) {
			if !strings.HasPrefix(a.Headline, "Grest") {
				t.Errorf("headline = %q, want the title's own words kept", a.Headline)
			}
		}})
	return cs
}

// fcKeyPointBoxCases: a key-points box after (or opening with) a label
// of the lexicon whose points are short <p>s, and a list under an inline
// label ("<div><strong>In brief</strong><ul>"), are the bullets; neither
// the points nor the label are paragraphs of the body. A label heading
// over long paragraphs announces body text, which stays.
func fcKeyPointBoxCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	pts := []string{"The ferry runs four times a day.", "Islanders get a discount on fares.", "A second vessel may follow next year."}
	items := "<p>" + strings.Join(pts, "</p><p>") + "</p>"
	want := func(t *testing.T, a *article.Article, label string) {
		t.Helper()
		if strings.Join(a.Bullets, "|") != strings.Join(pts, "|") {
			t.Errorf("bullets = %q, want %q", a.Bullets, pts)
		}
		fcWantBody(t, a, []string{"forty passengers", "second vessel is planned"}, append([]string{label}, pts...))
	}
	var cs []fcCase
	for _, c := range [][3]string{
		{"en/heading-before", "Key points", `<h2>Key points</h2><div class="box">` + items + `</div>`},
		{"de/heading-before", "Das Wichtigste in Kürze", `<h3>Das Wichtigste in Kürze</h3><div class="box">` + items + `</div>`},
		{"en/heading-inside", "Key points", `<div class="box"><h2>Key points</h2>` + items + `</div>`},
		{"en/strong-label-list", "In brief", `<div><strong>In brief</strong><ul><li>` + strings.Join(pts, "</li><li>") + `</li></ul></div>`},
	} {
		label, box := c[1], c[2]
		cs = append(cs, fcCase{class: "body/key-point-box/" + c[0], url: u,
			html:  fcBylinePage(strings.SplitN(c[0], "/", 2)[0], box, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { want(t, a, label) }})
	}
	cs = append(cs, fcCase{class: "body/key-point-box/long-paragraphs-stay", url: u,
		html: fcBylinePage("en", ``, fcProse(0, 1)+`<h2>What we know</h2><div class="section">`+fcProse(2, 4)+`</div>`),
		check: func(t *testing.T, a *article.Article) {
			if len(a.Bullets) > 0 {
				t.Errorf("bullets = %q, want none", a.Bullets)
			}
			fcWantBody(t, a, []string{"forty passengers", "Fares were set", "second vessel is planned"}, nil)
		}})
	return cs
}

// fcThaiShortMonthCases: Thai pages shorten month names with dots
// ("3 มี.ค. 2567", Buddhist-era year); each of the twelve is a month.
func fcThaiShortMonthCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for i, m := range []string{"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."} {
		want := fmt.Sprintf("2024-%02d-03", i+1)
		cs = append(cs, fcCase{class: "dates/thai-abbreviated-month/" + want, url: u,
			html:  fcBylinePage("th", `<div class="meta">3 `+m+` 2567 14:30 น.</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, want) }})
	}
	return cs
}

// fcAsOfCases: German pages print "Stand: <date>" for the time the text
// was last brought up to date. In a meta line that also shows the
// publication it is the modification. A name beginning with "Stand"
// stays whole.
func fcAsOfCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	page := func(meta string) string {
		return fcPage("de", `<title>Fähre nach Grest</title><meta property="article:published_time" content="2024-03-01T09:00:00+01:00">`,
			`<article><h1>Die Fähre nach Grest fährt zum ersten Mal</h1><div class="meta">Von Max Standke</div><div class="meta">`+meta+`</div>`+fcProse(0, 5)+`</article>`)
	}
	return []fcCase{
		{class: "dates/as-of-label-beside-publication/de", url: u,
			html: page(`Veröffentlicht am 01.03.2024, 09:00 Uhr | Stand: 03.03.2024, 14:30 Uhr`),
			check: func(t *testing.T, a *article.Article) {
				fcWantDate(t, a, "2024-03-01T09:00")
				if !strings.HasPrefix(a.ModifiedAt, "2024-03-03T14:30") {
					t.Errorf("modified = %q, want 2024-03-03T14:30...", a.ModifiedAt)
				}
				fcWantAuthors(t, a, "Max Standke")
				fcWantBody(t, a, []string{"forty passengers"}, []string{"Stand:"})
			}},
		{class: "dates/as-of-label-name-stays-whole/de", url: u,
			html:  page(`Stand: 03.03.2024, 14:30 Uhr`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Max Standke") }},
	}
}

// fcOpenHeadingCases: an <h1> the page never closes holds the whole
// story; the story's <div>s are its paragraphs, not lines of the heading.
func fcOpenHeadingCases() []fcCase {
	var divs strings.Builder
	for i := 0; i < 6; i++ {
		divs.WriteString("<div class=para>" + fcSentences[i%len(fcSentences)] + " " + fcSentences[(i+1)%len(fcSentences)] + "</div>\n")
	}
	return []fcCase{
		{class: "headline/h1-left-open", url: "https://holmby-courier.example/news/ferry-first-crossing",
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`,
				`<article><h1>Ferry to Grest makes first crossing<div class=body>`+divs.String()+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Paragraphs) < 6 {
					t.Errorf("%d paragraphs, want the 6 <div>s: %q", len(a.Paragraphs), a.Paragraphs)
				}
			}},
	}
}

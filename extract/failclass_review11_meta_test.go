package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review rows for round 11's metadata rules: a byline credit named as a
// URL folder (a desk, but also a columnist's own folder), a wire's job
// title, tail cuts on word boundaries (and in scripts written without
// spaces), a filing city after a byline's date, slash meta lines, Nordic
// role words, the French "Article rédigé par" label, itemprop headlines
// the <title> shows, clock-only times, top strips, yearless "5. März",
// datelines after a caption paragraph and in a marked sibling, lists in
// a standfirst, and the picture credit rules (credito/firma, a name
// alone after a caption's sentence, a box holding one figure). Each row
// is a page a careless form of a rule gets wrong, or the rule's own form.
// Pages, names and sites are made up. TestFailureClasses runs them.

func fcReview11MetaCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcR11mFolderCases()...)
	cs = append(cs, fcR11mNameCases()...)
	cs = append(cs, fcR11mHeadlineCases()...)
	cs = append(cs, fcR11mDateCases()...)
	cs = append(cs, fcR11mDatelineCases()...)
	cs = append(cs, fcR11mBulletCases()...)
	cs = append(cs, fcR11mPictureCases()...)
	return cs
}

// fcR11mFolderCases: a desk named as a folder of the URL goes; a person
// whose slug is a folder (a columnist's, a blogger's) stays.
func fcR11mFolderCases() []fcCase {
	rows := []struct{ name, url, lang, line string }{
		{"desk-folder-after-writer", "https://diario.example/verifica-ja/2026/12/05/ferry.html", "pt", "Por Ana Lima, Verifica Já"},
		{"columnist-folder-co-author", "https://courier.example/opinion/columnists/jane-doe/2026/12/05/ferry", "en", "By Jane Doe and Mark Lee"},
		{"columnist-folder-second-author", "https://courier.example/opinion/columnists/mark-lee/2026/12/05/ferry", "en", "By Jane Doe and Mark Lee"},
		{"blogger-folder-first-author", "https://courier.example/jane-doe/2026/12/05/ferry", "en", "By Jane Doe and Mark Lee"},
	}
	want := [][]string{{"Ana Lima"}, {"Jane Doe", "Mark Lee"}, {"Jane Doe", "Mark Lee"}, {"Jane Doe", "Mark Lee"}}
	var cs []fcCase
	for i, r := range rows {
		w := want[i]
		cs = append(cs, fcCase{class: "authors/r11m-folder/" + r.name, url: r.url, html: fcP8Line(r.lang, r.line),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, w...) }})
	}
	return cs
}

// fcR11mNameCases: job titles, tail cuts, places after dates, slash
// lines, Nordic roles, the French label.
func fcR11mNameCases() []fcCase {
	cs := fcAuthorRows("authors/r11m", []fcAuthorRow{
		{name: "wire-beat-title-after-comma", html: fcP8Line("en", "By Jane Doe, PA Political Correspondent"), want: []string{"Jane Doe"}},
		{name: "wire-beat-title-then-co-author", html: fcP8Line("en", "By Jane Doe, AP Business Writer, and John Roe"), want: []string{"Jane Doe", "John Roe"}},
		// (a wire's desk credit beside a writer goes, as before round 11)
		{name: "wire-desk-credit-beside-writer", html: fcP8Line("en", "By Jane Doe and Reuters Staff"), want: []string{"Jane Doe"}},
		{name: "lone-job-title-after-comma", html: fcP8Line("en", "By Jane Doe, Local Journalism Initiative Reporter"), want: []string{"Jane Doe"}},
		{name: "fr-update-label-after-name", html: fcP8Line("fr", "Par Jean Dupont, mis à jour le 05/12/2026"), want: []string{"Jean Dupont"}},
		{name: "en-dateline-desk-word", html: fcP8Line("en", "By Jane Doe, Dateline Desk"), want: []string{"Jane Doe"}},
		{name: "ja-tail-cut-without-space", html: fcP8Line("ja", "山田太郎 掲載日 2026年12月5日"), want: []string{"山田太郎"}},
		{name: "th-tail-cut-without-space", html: fcP8Line("th", "โดย สมชาย ใจดี เผยแพร่เมื่อ 5 ธ.ค. 2569"), want: []string{"สมชาย ใจดี"}},
		{name: "place-after-date", html: fcP8Line("en", "Jane Doe | Published - March 05, 2024 09:11 pm IST - COIMBATORE"), want: []string{"Jane Doe"}},
		{name: "two-word-writer-after-date", html: fcP8Line("en", "05.12.2026 | Jane Doe"), want: []string{"Jane Doe"}},
		{name: "de-slash-meta-category", html: fcP8Line("de", "Von Anna Keller / 5. März 2024 / Gemüsegarten / 3 Kommentare"), want: []string{"Anna Keller"}},
		{name: "sv-ledarskribent", html: fcP8Line("sv", "Anna Svensson, ledarskribent"), want: []string{"Anna Svensson"}},
		{name: "fi-toimittaja", html: fcP8Line("fi", "Matti Virtanen, toimittaja"), want: []string{"Matti Virtanen"}},
		{name: "no-two-writers-with-roles", html: fcP8Line("no", "Kari Nordmann, journalist, og Ola Hansen, fotograf"), want: []string{"Kari Nordmann", "Ola Hansen"}},
		{name: "fr-article-redige-par", html: fcP8Line("fr", "Article rédigé par Jean Dupont"), want: []string{"Jean Dupont"}},
		// "Rédigé par" opening a paragraph of the story is prose.
		{name: "fr-redige-par-opens-prose", html: fcStoryIn("fr", "", `<p class="byline">Par Marie Lefèvre</p><p>Rédigé par le cabinet Durand Conseil, le rapport remis lundi au maire recommande une seconde traversée quotidienne.</p>`, "", ""), want: []string{"Marie Lefèvre"}},
	})
	return cs
}

// fcR11mHeadlineCases: of several itemprop headlines, the post's; the
// site's name marked so never wins for being in the <title>.
func fcR11mHeadlineCases() []fcCase {
	const h = "Ferry to Grest makes first crossing"
	rows := []struct{ name, title, body string }{
		{"site-title-first-post-title-second", h + " – Holmby Courier",
			`<header><p class="site-title" itemprop="headline"><a href="/">Holmby Courier</a></p></header><main><article><h1 class="entry-title" itemprop="headline">` + h + `</h1>` + fcProse(0, 5) + `</article></main>`},
		{"section-header-first-post-title-second", h + " | Holmby Courier",
			`<header class="page-header"><h1 class="page-header-title" itemprop="headline">Blog</h1></header><main><article><h2 class="entry-title" itemprop="headline">` + h + `</h2>` + fcProse(0, 5) + `</article></main>`},
		{"seo-title-site-name-marked-later", "Grest ferry: all you need to know | Holmby Courier",
			`<main><article><h1 class="entry-title" itemprop="headline">` + h + `</h1>` + fcProse(0, 5) + `</article></main><footer><p class="footer-title" itemprop="headline">Holmby Courier</p></footer>`},
	}
	var cs []fcCase
	for _, r := range rows {
		cs = append(cs, fcCase{class: "headline/r11m/" + r.name, url: fcFerryURL, html: fcPage("en", `<title>`+r.title+`</title><meta property="og:site_name" content="Holmby Courier">`, r.body),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != h {
					t.Errorf("headline = %q, want %q", a.Headline, h)
				}
			}})
	}
	return cs
}

// fcR11mDateCases: a story's lone clock time is its own; a live blog's
// entries are not the story's; a top strip's today; "5. März".
func fcR11mDateCases() []fcCase {
	entry := func(hm string) string {
		return `<div class="entry"><time datetime="2026-12-04T` + hm + `:00+01:00">` + hm + ` Uhr</time>` + fcProse(1, 1) + `</div>`
	}
	rows := []struct{ name, lang, head, body, want string }{
		// Today's story printed with its time only, its datetime whole.
		{"lone-clock-time-under-headline", "de", "",
			`<main><article><h1>Ferry to Grest makes first crossing</h1><p class="meta">Von Anna Keller · <time datetime="2026-12-05T21:48:00+01:00">21:48 Uhr</time></p>` + fcProse(0, 5) + `</article></main>`, "2026-12-05"},
		// A live blog: entries printed with clocks; the page's date is
		// the story's header line.
		{"live-entries-clock-times", "de", "",
			`<main><article><h1>Ferry to Grest makes first crossing</h1><p class="meta">Stand: 05.12.2026</p>` + entry("21:48") + entry("18:40") + entry("09:15") + `</article></main>`, "2026-12-05"},
		// A strip above the header with today's date; the story's date in
		// its meta line.
		{"top-bar-today-then-story-date", "en", "",
			`<div class="top-bar"><span class="today">Saturday, December 7, 2026</span></div><header><a href="/">Holmby Courier</a></header><main><article><h1>Ferry to Grest makes first crossing</h1><p class="meta">By Jane Doe | December 5, 2026</p>` + fcProse(0, 5) + `</article></main>`, "2026-12-05"},
		// A Wix-style yearless day with the ordinal dot.
		{"de-yearless-ordinal-dot", "de", "",
			`<main><article><h1>Ferry to Grest makes first crossing</h1><p class="post-meta"><span class="date">5. Dezember</span></p>` + fcProse(0, 5) + `</article></main>`, "-12-05"},
		// A numbered list's item opening with a month ("5. March on the
		// pier") is no date; the meta line's is.
		{"en-numbered-heading-month-word", "en", "",
			`<main><article><h1>Ferry to Grest makes first crossing</h1><p class="meta">By Jane Doe | December 5, 2026</p>` + fcProse(0, 2) + `<h2>5. March on the pier</h2>` + fcProse(2, 3) + `</article></main>`, "2026-12-05"},
		// A post's own "top bar" (its date and share buttons) outside any
		// <article>: the date is the post's.
		{"post-top-bar-holds-the-date", "en", "",
			`<div class="site"><div class="post"><h1>Ferry to Grest makes first crossing</h1><div class="post-top-bar"><span class="date">December 5, 2026</span> <a href="#share">Share</a></div>` + fcProse(0, 5) + `</div></div>`, "2026-12-05"},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "dates/r11m/" + r.name, url: fcFerryURL, html: fcPage(r.lang, fcTitle+r.head, r.body),
			check: func(t *testing.T, a *article.Article) {
				if strings.HasPrefix(r.want, "-") { // a yearless day: its year is the fetch's
					if !strings.Contains(a.PublishedAt, r.want+"T") {
						t.Errorf("published = %q, want ...%s", a.PublishedAt, r.want)
					}
					return
				}
				fcWantDate(t, a, r.want)
			}})
	}
	return cs
}

// fcR11mDatelineCases: a caption paragraph before the dateline; a marked
// place after a marked date; no place in a marked author sibling.
func fcR11mDatelineCases() []fcCase {
	p1 := "BERLIN — " + fcSentences[0]
	rows := []struct{ name, body, want string }{
		{"caption-paragraph-then-dateline", `<p class="wp-caption-text">The ferry at the pier on Monday.</p><p>` + p1 + `</p>` + fcProse(1, 4), "BERLIN"},
		{"caption-paragraph-then-plain-story", `<p class="wp-caption-text">The ferry at the pier on Monday.</p>` + fcProse(1, 5), ""},
		{"marked-date-then-marked-place", `<div class="meta"><time class="dateline-datetime" datetime="2026-12-05">Dec. 5, 2026</time> <span class="dateline-location">| BERLIN</span></div>` + fcProse(0, 5), "BERLIN"},
		{"marked-box-with-marked-date-and-place", `<div class="dateline"><time class="dateline-datetime" datetime="2026-12-05">Dec. 5, 2026</time> <span class="dateline-location">| BERLIN</span></div>` + fcProse(0, 5), "BERLIN"},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "datelines/r11m/" + r.name, url: fcFerryURL,
			html: fcPage("en", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content">`+r.body+`</div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != r.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, r.want)
				}
			}})
	}
	return cs
}

// fcR11mBulletCases: a standfirst written as a list is the key points;
// a lead box of links is no list of points.
func fcR11mBulletCases() []fcCase {
	points := `<ul><li>The ferry will run four times a day through the summer.</li><li>Islanders get a discount on every crossing.</li></ul>`
	links := `<ul><li><a href="/news/pier">Pier costs climb again</a></li><li><a href="/news/storm">Storm hits the harbour wall</a></li></ul>`
	rows := []struct {
		name, lang, box string
		want            int
	}{
		{"es-entradilla-list", "es", `<div class="entradilla">` + points + `</div>`, 2},
		{"lead-box-of-links", "en", `<div class="lead">` + links + `</div>`, 0},
		{"intro-with-sentence-and-list", "en", `<div class="intro"><p>The ferry made its first crossing.</p>` + points + `</div>`, 0},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "bullets/r11m/" + r.name, url: fcFerryURL,
			html: fcPage(r.lang, fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1>`+r.box+fcProse(0, 5)+`</article></main>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Bullets) != r.want {
					t.Errorf("bullets = %q, want %d", a.Bullets, r.want)
				}
			}})
	}
	return cs
}

// fcR11mPictureCases: credit elements named credito/firma; a name alone
// after a caption's sentence; a figure in a box of its own.
func fcR11mPictureCases() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	cs := fcImageRows("images/r11m", []fcImageRow{
		{name: "pt-credito-span", lang: "pt", media: `<figure>` + img + `<figcaption>O ferry no cais. <span class="credito">Ana Lima/LUSA</span></figcaption></figure>`,
			want: [][3]string{{"deck", "O ferry no cais.", "Ana Lima/LUSA"}}},
		{name: "it-firma-span", lang: "it", media: `<figure>` + img + `<figcaption>Il traghetto al molo. <span class="foto-firma">Marco Rossi</span></figcaption></figure>`,
			want: [][3]string{{"deck", "Il traghetto al molo.", "Marco Rossi"}}},
		{name: "name-alone-after-sentence", media: `<figure>` + img + `<figcaption><span>The ferry at the pier in Holmby.</span><span>Ana Ruiz</span></figcaption></figure>`,
			want: [][3]string{{"deck", "The ferry at the pier in Holmby.", "Ana Ruiz"}}},
		// A name that ends the caption's own sentence is no credit.
		{name: "subject-name-ends-the-sentence", media: `<figure>` + img + `<figcaption><span>The ferry's captain on Monday, </span><span>Ana Ruiz</span></figcaption></figure>`,
			want: [][3]string{{"deck", "The ferry's captain on Monday, Ana Ruiz", ""}}},
		{name: "figure-in-a-header-lede-box", media: `<div class="ContentHeaderLede"><figure>` + img + `<figcaption>The ferry at the pier.</figcaption></figure></div>`,
			want: [][3]string{{"deck", "The ferry at the pier.", ""}}},
	})
	// A box of ads holding one figure stays out of the pictures.
	cs = append(cs, fcCase{class: "images/r11m/ad-box-with-one-figure", url: fcFerryURL,
		html: fcImagePage("en", "", `<div class="ad-slot advertisement"><figure><img src="/ads/banner.jpg" alt=""><figcaption>Advertisement</figcaption></figure></div>`),
		check: func(t *testing.T, a *article.Article) {
			for _, im := range a.Images {
				if strings.Contains(im.URL, "banner") {
					t.Errorf("ad image kept: %+v", im)
				}
			}
		}})
	return cs
}

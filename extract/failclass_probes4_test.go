package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A fourth round of probes (failclass_probes3_test.go has the third):
// invented pages in public conventions of news sites and CMSs, written
// without looking at corpus pages, for the fields whose unseen-page
// figures are weakest (dates, headlines, authors). Each function says the
// convention its rows follow. As in failclass_test.go the pages and names
// are made up. TestFailureClasses runs them.

func fcProbe4Cases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcStopWordNameCases()...)
	cs = append(cs, fcMetaKeyCases()...)
	cs = append(cs, fcSchemaRDFaCases()...)
	cs = append(cs, fcChineseURLCases()...)
	cs = append(cs, fcArcStateCases()...)
	cs = append(cs, fcPictureAndReportingByCases()...)
	cs = append(cs, fcTextPhotoPairCases()...)
	cs = append(cs, fcCJKNamedTailCases()...)
	cs = append(cs, fcEmbeddedPostTimeCases()...)
	cs = append(cs, fcEventDateCases()...)
	cs = append(cs, fcTeaserMicrodataCases()...)
	cs = append(cs, fcOtherPageJSONLDCases()...)
	cs = append(cs, fcSectionH1Cases()...)
	cs = append(cs, fcGluedBylineItemCases()...)
	cs = append(cs, fcFilingCityCases()...)
	cs = append(cs, fcUpdateClassCases()...)
	cs = append(cs, fcUpdateSpanInMetaCases()...)
	return cs
}

// fcStopWordNameCases: a given name spelt like a byline stop word ("Per",
// among the commonest given names of Norway, Sweden and Denmark; "per" is
// Italian for "for") starts a name where a name starts: at the byline's
// start or after "and". The lower-case preposition still ends the names.
func fcStopWordNameCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		lang, line string
		want       []string
	}{
		{"en", "By Per Lind", []string{"Per Lind"}},
		{"en", "By Marta Olsen and Per Lind", []string{"Marta Olsen", "Per Lind"}},
		{"sv", "Av Per Lind och Marta Olsen", []string{"Per Lind", "Marta Olsen"}},
		{"it", "di Marta Olsen per il Corriere di Holmby", []string{"Marta Olsen"}},
		// A capital stop word before an article or a place is the
		// preposition still: "For The Oregonian" is the paper.
		{"en", "By Marta Olsen | For The Holmby Courier", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen, For The Associated Press", []string{"Marta Olsen"}},
		{"de", "Von Marta Olsen, Für Den Holmby-Kurier", []string{"Marta Olsen"}},
		{"fr", "Par Marta Olsen, Pour Le Courrier", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen, In Paris", []string{"Marta Olsen"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/given-name-spelt-like-stop-word/" + c.lang + "/" + c.line, url: u,
			html:  fcBylinePage(c.lang, `<p class="byline">`+c.line+`</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}
	return cs
}

// fcMetaKeyCases: meta keys for the publication date from htmldate's
// list that the extractor lacked: Open Graph's other "published"
// spellings, og:regDate (Korean news CMSs, often as 14 digits),
// article.created, analyticsAttributes.articleDate and dateposted.
func fcMetaKeyCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][2]string{
		{"og:regDate", "20240305090000"}, {"og:datePublished", "2024-03-05"}, {"article.created", "2024-03-05T09:00:00Z"},
		{"analyticsAttributes.articleDate", "2024-03-05"}, {"article:publicationDate", "2024-03-05T09:00:00Z"}, {"dateposted", "2024-03-05"},
	} {
		cs = append(cs, fcCase{class: "dates/publication-meta-key/" + c[0], url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title><meta property="`+c[0]+`" content="`+c[1]+`">`,
				`<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	}
	return cs
}

// fcSchemaRDFaCases: Drupal 8 and later print a node's creation time as
// RDFa with schema.org terms (<span property="schema:dateCreated"
// content="…" class="rdf-meta hidden">), often the page's only machine
// date. A comment's date, marked the same way inside its own
// typeof="schema:Comment", is not the page's.
func fcSchemaRDFaCases() []fcCase {
	u := "https://holmby-courier.example/node/12"
	span := func(t string) string {
		return `<span property="schema:dateCreated" content="` + t + `" class="rdf-meta hidden"></span>`
	}
	return []fcCase{
		{class: "dates/drupal-schema-rdfa", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`,
				`<article about="/node/12" typeof="schema:Article"><h1>Ferry to Grest makes first crossing</h1>`+span("2024-03-05T09:00:00+00:00")+
					`<div class="node__content">`+fcProse(0, 5)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05T09:00") }},
		{class: "dates/drupal-schema-rdfa/comment-date-not-the-page", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`,
				`<main><article about="/node/12"><h1>Ferry to Grest makes first crossing</h1><div class="node__meta">Submitted by Marta on March 5, 2024</div>`+
					`<div class="node__content">`+fcProse(0, 5)+`</div></article><section><h2>Comments</h2><article id="comment-4" typeof="schema:Comment">`+
					span("2024-04-01T10:00:00+00:00")+`<p>Great news.</p></article></section></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }},
	}
}

// fcChineseURLCases: Chinese news and government CMSs file pages in
// dated folders, YYYYMM/DD/ and YYYY/MMDD/, and TRS WCM names pages
// t<YYYYMMDD>_<id>.html. A page with no other date is dated by them.
func fcChineseURLCases() []fcCase {
	var cs []fcCase
	for _, u := range []string{
		"https://holmby-ribao.example/a/202403/05/WS65e6a1.html",
		"https://holmby-ribao.example/n1/2024/0305/c1001-40123456.html",
		"https://holmby.gov.example/xwzx/t20240305_123456.html",
	} {
		cs = append(cs, fcCase{class: "dates/chinese-cms-url-folders/" + u[strings.Index(u, ".example/")+9:], url: u,
			html: fcPage("zh", `<title>霍尔姆比渡轮首航</title>`,
				`<article><h1>霍尔姆比渡轮首航</h1>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	}
	// Digits that are no date stay so: an id folder.
	cs = append(cs, fcCase{class: "dates/chinese-cms-url-folders/id-folder-no-date", url: "https://holmby-ribao.example/a/123456/78/story.html",
		html:  fcPage("zh", `<title>霍尔姆比渡轮首航</title>`, `<article><h1>霍尔姆比渡轮首航</h1>`+fcProse(0, 5)+`</article>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "") }})
	return cs
}

// fcArcStateCases: a page rendered by Arc XP (Fusion) whose HTML keeps
// its dates only in the app state script: the content's
// first_publish_date, not publish_date (Arc's latest republication).
func fcArcStateCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	return []fcCase{
		{class: "dates/arc-app-state-first-publish", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`,
				`<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 5)+`</article>`+
					`<script>Fusion.globalContent={"_id":"X","publish_date":"2024-03-08T10:00:00.000Z","first_publish_date":"2024-03-05T08:00:00.000Z","last_updated_date":"2024-03-08T10:00:00.000Z"};</script>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }},
	}
}

// fcPictureAndReportingByCases: a byline that credits more than the
// writer with a second "by". English bylines credit the photographer in
// the same line ("By X, with photos by Y") and extra writers ("By X, with
// additional reporting by Y", the New York Times' and the wires' form): a
// picture's "by" names no writer, a reporting "by" names one more. A
// byline element that credits only the pictures names no writer.
func fcPictureAndReportingByCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Marta Olsen, with photos by Jonas Lind", []string{"Marta Olsen"}},
		{"By Marta Olsen and photographs by Jonas Lind", []string{"Marta Olsen"}},
		{"By Marta Olsen; video by Jonas Lind", []string{"Marta Olsen"}},
		{"Photography by Jonas Lind", nil},
		{"Text and photos by Jonas Lind", []string{"Jonas Lind"}},
		{"By Marta Olsen, with additional reporting by Jonas Lind and Ann Berg", []string{"Marta Olsen", "Jonas Lind", "Ann Berg"}},
	} {
		c := c
		for _, wrap := range []string{`<div class="byline">%s</div>`, `<p>%s</p>`} {
			kind := "byline-class"
			if wrap[1] == 'p' {
				kind = "plain-line"
			}
			cs = append(cs, fcCase{class: "authors/picture-or-reporting-by/" + kind + "/" + c.line, url: u,
				html:  fcBylinePage("en", strings.Replace(wrap, "%s", c.line, 1), fcProse(0, 5)),
				check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
		}
	}
	return cs
}

// fcTextPhotoPairCases: magazine and feature bylines credit writer and
// photographer as a labelled pair, "Text: X, Fotos: Y" (German, Nordic,
// French and English magazines alike, joined by a comma, slash, bar or
// semicolon): the picture-labelled name is no author.
func fcTextPhotoPairCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][2]string{
		{"de", "Text: Marta Olsen, Fotos: Jonas Lind"},
		{"de", "Text: Marta Olsen | Fotos: Jonas Lind"},
		{"de", "Text: Marta Olsen; Bild: Jonas Lind"},
		{"en", "Words: Marta Olsen / Photos: Jonas Lind"},
		{"fr", "Texte : Marta Olsen, photos : Jonas Lind"},
	} {
		cs = append(cs, fcCase{class: "authors/text-and-photo-credit-pair/" + c[0] + "/" + c[1], url: u,
			html:  fcBylinePage(c[0], `<div class="byline">`+c[1]+`</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Marta Olsen") }})
	}
	cs = append(cs, fcCase{class: "authors/text-and-photo-credit-pair/de/joint-label-names-the-writer", url: u,
		html:  fcBylinePage("de", `<div class="byline">Text und Fotos: Marta Olsen</div>`, fcProse(0, 5)),
		check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Marta Olsen") }})
	return cs
}

// fcCJKNamedTailCases: Japanese and Korean pages end their <title> with
// the site's name after a full-width colon ("見出し：朝日新聞デジタル"), a
// full-width bar, or in full-width brackets; Korean site names have
// spaces. With the name known (og:site_name), the headline of a page
// without an <h1> is the title without it. A headline's own colon stays.
func fcCJKNamedTailCases() []fcCase {
	u := "https://holmby-shimbun.example/articles/ferry"
	var cs []fcCase
	for _, c := range [][3]string{
		{"ja", "グレスト行きの新しいフェリーが月曜日に初航海", "グレスト行きの新しいフェリーが月曜日に初航海：ホルムビー新聞"},
		{"ja", "グレスト行きの新しいフェリーが月曜日に初航海", "グレスト行きの新しいフェリーが月曜日に初航海（ホルムビー新聞）"},
		{"ko", "그레스트행 여객선 첫 운항", "그레스트행 여객선 첫 운항｜홀름비 신문"},
		{"ja", "首相：フェリー航路を支援", "首相：フェリー航路を支援 - ホルムビー新聞"},
	} {
		site := "ホルムビー新聞"
		if c[0] == "ko" {
			site = "홀름비 신문"
		}
		want := c[1]
		cs = append(cs, fcCase{class: "headline/cjk-site-name-after-full-width-mark/" + c[0] + "/" + c[2], url: u,
			html: fcPage(c[0], `<title>`+c[2]+`</title><meta property="og:site_name" content="`+site+`">`, `<article>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != want {
					t.Errorf("headline = %q, want %q", a.Headline, want)
				}
			}})
	}
	return cs
}

// fcEmbeddedPostTimeCases: the embed code of a social post (Instagram's
// blockquote.instagram-media, like Twitter/X's, TikTok's and Threads')
// is a <blockquote> holding the post with a <time> of when it was
// posted. It dates the post, not the article: the date the page shows
// wins, and a page with no other date gets none from it.
func fcEmbeddedPostTimeCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	insta := `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/X/"><div><p><a href="https://www.instagram.com/p/X/">A post shared by Holmby (@holmby)</a></p>` +
		`<p>Posted <time datetime="2024-02-28T10:00:00+00:00">Feb 28, 2024 at 2:00am PST</time></p></div></blockquote>`
	return []fcCase{
		{class: "dates/embedded-post-time/beside-shown-date", url: u,
			html:  fcBylinePage("en", insta+`<div class="article-meta">Published March 5, 2024</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }},
		{class: "dates/embedded-post-time/only-date", url: u,
			html:  fcBylinePage("en", ``, fcProse(0, 2)+insta+fcProse(4, 3)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "") }},
	}
}

// fcEventDateCases: an article announcing an event shows the event's day
// in a box its CMS names for the event (The Events Calendar's
// "tribe-events-schedule", "event-date"), often above the byline. That
// day is the event's, not the publication's.
func fcEventDateCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-festival"
	var cs []fcCase
	for _, box := range []string{
		`<div class="event-info"><span class="event-date">Saturday, April 13, 2024</span></div>`,
		`<div class="tribe-events-schedule"><span class="tribe-event-date-start">April 13, 2024 @ 10:00 am</span></div>`,
	} {
		cs = append(cs, fcCase{class: "dates/event-day-not-publication/" + box[12:strings.Index(box[12:], `"`)+12], url: u,
			html:  fcBylinePage("en", box+`<p class="byline">By Marta Olsen | March 5, 2024</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	}
	return cs
}

// fcTeaserMicrodataCases: themes mark each teaser of a "popular" or
// "related" list as a schema.org item of its own (<li itemscope
// itemtype="…/NewsArticle"> with a url and a datePublished), often before
// the article in the page. The article's datePublished is the page's;
// the teaser's dates another page.
func fcTeaserMicrodataCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, title := range []string{"Storm hits harbour", "Storm hits the harbour wall overnight"} {
		rel := `<aside class="sidebar"><h3>Popular</h3><ul><li itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="url" href="/news/storm"><span itemprop="headline">` + title +
			`</span></a> <time itemprop="datePublished" datetime="2024-01-10T08:00:00Z">Jan 10</time></li></ul></aside>`
		cs = append(cs, fcCase{class: "dates/teaser-microdata-before-article/" + title, url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, rel+`<article itemscope itemtype="https://schema.org/NewsArticle">`+
				`<h1 itemprop="headline">Ferry to Grest makes first crossing</h1><time itemprop="datePublished" datetime="2024-03-05T09:00:00Z">March 5, 2024</time>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	}
	// The article's own item, its <h1> printed above it and its first
	// link its writer's page, is no teaser: a comment item's date after
	// it does not win.
	cs = append(cs, fcCase{class: "dates/teaser-microdata-before-article/article-item-below-h1", url: u,
		html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<header><h1>Ferry to Grest makes first crossing</h1></header>`+
			`<div itemscope itemtype="https://schema.org/NewsArticle"><p>By <a href="/author/marta" itemprop="author">Marta Olsen</a> `+
			`<time itemprop="datePublished" datetime="2024-03-05T09:00:00Z">March 5, 2024</time></p>`+fcProse(0, 5)+`</div>`+
			`<div class="comments"><div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Ola</span> `+
			`<time itemprop="datePublished" datetime="2024-04-01T10:00:00Z">April 1, 2024</time><p itemprop="text">Good news.</p></div></div>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	return cs
}

// fcOtherPageJSONLDCases: sites print the JSON-LD of the stories they
// append below the article (infinite scroll) or recommend beside it, each
// a NewsArticle with its own url, sometimes before the page's own. The
// page's article is the one whose url is the page (or that names none).
func fcOtherPageJSONLDCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	other := ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits harbour","url":"https://holmby-courier.example/news/storm","datePublished":"2024-01-10T08:00:00Z","author":{"@type":"Person","name":"Ann Berg"}}`)
	var cs []fcCase
	for _, own := range []string{
		`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","url":"` + u + `","datePublished":"2024-03-05T09:00:00Z","author":{"@type":"Person","name":"Marta Olsen"}}`,
		`{"@context":"https://schema.org","@type":"Article","headline":"Ferry to Grest makes first crossing","datePublished":"2024-03-05T09:00:00Z","author":{"@type":"Person","name":"Marta Olsen"}}`,
		// The page's url in its www. form: the same page.
		`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","url":"https://www.holmby-courier.example/news/ferry-first-crossing","datePublished":"2024-03-05T09:00:00Z","author":{"@type":"Person","name":"Marta Olsen"}}`,
	} {
		kind := "own-url"
		switch {
		case !strings.Contains(own, `"url"`):
			kind = "no-url"
		case strings.Contains(own, "www."):
			kind = "own-url-www"
		}
		cs = append(cs, fcCase{class: "dates/other-page-json-ld-first/" + kind, url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`+other+ld(own),
				`<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantDate(t, a, "2024-03-05")
				fcWantAuthors(t, a, "Marta Olsen")
			}})
	}
	return cs
}

// fcSectionH1Cases: section and archive templates print the section's
// (or the site's) name as the page's <h1> and the story's title in an
// <h2>; the <title> is "Story title | Site". The heading that says the
// title is the headline, not the section's <h1>.
func fcSectionH1Cases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	return []fcCase{
		{class: "headline/section-h1-story-h2", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing | Holmby Courier</title>`,
				`<div class="page-header"><h1>Local News</h1></div><article><h2 class="post-title">Ferry to Grest makes first crossing</h2>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != "Ferry to Grest makes first crossing" {
					t.Errorf("headline = %q", a.Headline)
				}
			}},
	}
}

// fcGluedBylineItemCases: byline templates print each author as a link
// (or the name and the job title as two spans) with nothing between them,
// and let the style sheet add the comma or the line break
// (<a>X</a><a>Y</a>). Each item is a name of its own.
func fcGluedBylineItemCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		kind, byline string
		want         []string
	}{
		{"author-links", `<span class="byline"><a href="/author/marta">Marta Olsen</a><a href="/author/jonas">Jonas Lind</a></span>`, []string{"Marta Olsen", "Jonas Lind"}},
		{"name-and-job-title", `<div class="byline"><span class="name">Marta Olsen</span><span class="title">Transport correspondent</span></div>`, []string{"Marta Olsen"}},
		{"spaced-links-stay-one-line", `<div class="byline">By <a href="/author/marta">Marta Olsen</a> and <a href="/author/jonas">Jonas Lind</a></div>`, []string{"Marta Olsen", "Jonas Lind"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/glued-byline-items/" + c.kind, url: u,
			html:  fcBylinePage("en", c.byline, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}
	return cs
}

// fcFilingCityCases: bylines name the city the writer files from after a
// comma ("Von Marta Olsen, Berlin", "By Marta Olsen, Nairobi"), as wire
// bylines do after the agency. The city is no author; a co-author named
// in full is.
func fcFilingCityCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		lang, line string
		want       []string
	}{
		{"de", "Von Marta Olsen, Berlin", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen, Nairobi", []string{"Marta Olsen"}},
		{"en", "By Marta Olsen, Jonas Lind", []string{"Marta Olsen", "Jonas Lind"}},
		{"en", "By Marta Olsen, Paris and Jonas Lind, London", []string{"Marta Olsen", "Jonas Lind"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/filing-city-after-name/" + c.lang + "/" + c.line, url: u,
			html:  fcBylinePage(c.lang, `<p class="byline">`+c.line+`</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}
	return cs
}

// fcUpdateClassCases: CMS templates name the class of the update time in
// their site's language ("fecha-actualizacion", "aktualisiert",
// "data-aggiornamento", "bijgewerkt") or as "lastmod"; printed before the
// publication time, it is the modification, not the publication.
func fcUpdateClassCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][3]string{
		{"es", "fecha-actualizacion", "fecha-publicacion"},
		{"de", "aktualisiert", "veroeffentlicht"},
		{"it", "data-aggiornamento", "data-pubblicazione"},
		{"pt", "data-atualizacao", "data-publicacao"},
		{"nl", "bijgewerkt", "gepubliceerd"},
		{"en", "lastmod", "pubdate"},
	} {
		meta := `<div class="meta"><time class="` + c[1] + `" datetime="2024-03-08T10:00:00Z">08.03.2024</time> <time class="` + c[2] + `" datetime="2024-03-05T09:00:00Z">05.03.2024</time></div>`
		cs = append(cs, fcCase{class: "dates/update-class-in-site-language/" + c[0] + "/" + c[1], url: u,
			html:  fcBylinePage(c[0], meta, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	}
	return cs
}

// fcUpdateSpanInMetaCases: the same update classes on <span>s in a meta
// line ("<div class=meta><span class=fecha-actualizacion>…</span>
// <span class=fecha-publicacion>…</span>"): the meta line's publication
// date is the other span's. A meta line whose only date is the update's
// still gives the page that date when nothing else does.
func fcUpdateSpanInMetaCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][3]string{
		{"es", "fecha-actualizacion", "fecha-publicacion"},
		{"de", "aktualisiert", "veroeffentlicht"},
		{"en", "last-updated", "post-date"},
	} {
		meta := `<div class="meta"><span class="` + c[1] + `">08.03.2024 10:00</span> <span class="` + c[2] + `">05.03.2024 09:00</span></div>`
		cs = append(cs, fcCase{class: "dates/update-span-in-meta-line/" + c[0] + "/" + c[1], url: u,
			html:  fcBylinePage(c[0], meta, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	}
	cs = append(cs, fcCase{class: "dates/update-span-in-meta-line/only-update", url: u,
		html:  fcBylinePage("en", `<div class="meta"><span class="updated">Updated March 8, 2024</span></div>`, fcProse(0, 5)),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-08") }})
	// hAtom's bare "updated" class on the one date a WordPress theme
	// shows is the publication's: it is not outranked by a date in the
	// first paragraph.
	cs = append(cs, fcCase{class: "dates/update-span-in-meta-line/hatom-updated-only-date", url: u,
		html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+
			`<div class="entry-content"><p>On 12 February 2024 the council voted to fund the ferry after years of delay.</p>`+fcProse(0, 5)+`</div>`+
			`<div class="entry-meta"><span class="entry-meta-date updated"><a href="/2024/03/">March 5, 2024</a></span></div></article>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }})
	return cs
}

package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcVariantCases are more pages of the same classes, in other markup
// (the row name is the class and the variant). Variants tried and left
// failing are not here: a bare <ul><li><p> list after the headline with
// no key-point label or class (nothing tells it from body text), a
// dateline in mixed case ("Holmby, Norway –"), a lower-case user name as
// the byline (the development gold names such user names as authors), a
// list of links a paragraph introduces ("Sources:"; keeping it cost
// check-half snippet precision) and sibling stories in <div>s, not
// <article>s.
func fcVariantCases() []fcCase {
	head := `<title>Ferry to Grest makes first crossing | Holmby Courier</title>`
	h1 := `<h1>Ferry to Grest makes first crossing</h1>`
	var linked strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&linked, "<p>%s %s</p>\n", fcLinked(fcSentences[2*i]), fcLinked(fcSentences[2*i+1]))
	}
	sv := `<p>Den nya färjan mellan Holmby och ön Grest gjorde sin första överfart på måndagsmorgonen med fyrtio passagerare ombord och gott väder.</p><p>Kommunens tjänstemän sa att färjan ska gå fyra gånger om dagen under sommaren och två gånger om dagen under vintern.</p><p>Öborna har i mer än tio år bett om en pålitlig förbindelse, sedan den gamla båten togs ur trafik efter en storm.</p><p>Fartyget byggdes på ett varv på fastlandet och kan ta tolv bilar samt cyklar och små leveransbilar.</p>`
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	return []fcCase{
		{class: "authors/byline-label-other-language/danish", url: u, html: fcPage("da", `<title>Færgen til Grest</title>`, `<article><h1>Færgen til Grest sejler første tur</h1><p class="meta">Af Tove Lindqvist · 3. marts 2024</p>`+sv+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/cms-placeholder-not-a-name/published", url: u, html: fcBylinePage("en", `<div class="byline">By <span class="author-name">Published</span> <span>March 3, 2024</span></div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/date-dash-name-line/month-first", url: u, html: fcBylinePage("en", `<p>March 3, 2024 - Tove Lindqvist</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/end-of-article-signature-and-author-box/about-heading", url: u, html: fcBylinePage("en", ``, fcProse(0, 5)+`<section class="about-the-author"><h3>About the author</h3><p><strong>Tove Lindqvist</strong> is a transport reporter based in Holmby.</p></section>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/end-of-article-signature-and-author-box/dash-sign-off", url: u, html: fcBylinePage("en", ``, fcProse(0, 5)+`<p>— Tove Lindqvist</p>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/jr-keeps-its-period/before-and", url: u, html: fcBylinePage("en", `<div class="byline">By Samuel Okafor Jr. and Mia Trent</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Samuel Okafor Jr.", "Mia Trent") }},
		{class: "authors/label-word-and-tag-not-a-name/picture-credit", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="image-wrap"><img src="/img/ferry-pier.jpg" alt="ferry"></div><p class="image-caption">The ferry leaves the pier.</p><span class="image-credit">Photo: Nils Brandt</span>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/label-word-and-tag-not-a-name/picture-credit-beside-byline", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="byline">By Tove Lindqvist</div><div class="image-wrap"><img src="/img/ferry-pier.jpg" alt="ferry"></div><p class="image-caption">The ferry leaves the pier.</p><span class="image-credit">Photo: Nils Brandt</span>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "body/h1-repeated-as-first-paragraph/bold-title-paragraph", url: "https://holmby.example/ferry.html", html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<div class="content"><p><strong>Ferry to Grest makes first crossing</strong></p>`+fcProse(0, 4)+`</div>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"Ferry to Grest makes first crossing"})
			}},
		{class: "body/h1-repeated-as-first-paragraph/h1-in-body", url: "https://holmby.example/ferry.html", html: `<html><head><title>Ferry to Grest makes first crossing</title></head><body><h1>Ferry to Grest makes first crossing</h1>` + fcProse(0, 4) + `</body></html>`,
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"Ferry to Grest makes first crossing"})
			}},
		{class: "body/h1-repeated-as-first-paragraph/h1-in-content", url: "https://holmby.example/ferry.html", html: fcPage("en", `<title>Holmby Courier</title>`, `<div class="content">`+h1+fcProse(0, 4)+`</div>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"Ferry to Grest makes first crossing"})
			}},
		{class: "body/h1-repeated-as-first-paragraph/table-layout", url: "https://holmby.example/ferry.html", html: `<html><head><title>Holmby news</title></head><body><table><tr><td><h1 align="center">Ferry to Grest makes first crossing</h1><p>` + fcSentences[0] + `</p><p>` + fcSentences[1] + ` ` + fcSentences[2] + `</p><p>` + fcSentences[3] + ` ` + fcSentences[4] + `</p><p>` + fcSentences[5] + ` ` + fcSentences[6] + `</p></td></tr></table></body></html>`,
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"Ferry to Grest makes first crossing"})
			}},
		{class: "body/lists-headings-faq-dropped/details-faq", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="entry-content">`+fcProse(0, 3)+`<h2>FAQ</h2><details><summary>Can I bring my dog?</summary><p>Dogs on a lead are welcome on the open deck at no extra charge.</p></details><details><summary>Do I need to book?</summary><p>Cars must be booked a day ahead; foot passengers can buy a ticket at the pier.</p></details></div></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"Can I bring my dog?", "Dogs on a lead", "Cars must be booked"}, nil)
			}},
		{class: "body/lists-headings-faq-dropped/numbered-steps", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="article-body">`+fcProse(0, 3)+`<p>To book a crossing:</p><ol><li>Choose a sailing on the operator's website.</li><li>Enter the number of passengers and vehicles.</li><li>Pay by card and keep the code you receive.</li></ol>`+fcProse(6, 2)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"Choose a sailing", "Pay by card"}, nil)
			}},
		{class: "body/paywall-teaser-furniture/badge-and-prompt", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="article-body"><div class="premium-badge">Subscriber exclusive</div>`+fcProse(0, 3)+`<div class="paywall-prompt"><h3>Want to read more?</h3><p>Get unlimited access to Holmby Courier journalism for £1 a week.</p></div></div></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"Subscriber exclusive", "Want to read more", "unlimited access"})
			}},
		{class: "body/paywall-teaser-furniture/bold-label", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="article-body"><p><strong>Subscriber exclusive</strong></p><p class="kicker">Transport</p>`+fcProse(0, 3)+`<p>Already a subscriber? Log in to read the full story.</p></div></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"Subscriber exclusive", "Transport", "Already a subscriber"})
			}},
		{class: "body/paywall-teaser-furniture/kicker-span", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="article-body"><p><span class="kicker">ISLAND LIFE</span></p>`+fcProse(0, 4)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"ISLAND LIFE"})
			}},
		{class: "body/recipe-page-wrong-block/product-page", url: "https://grest-outdoor.example/products/harbour-jacket", html: fcPage("en", `<title>Harbour Jacket – Grest Outdoor</title><meta property="og:type" content="product">`, `<div class="product"><h1 class="product-title">Harbour Jacket</h1><div class="price">£89.00</div><button>Add to cart</button>
<div class="product-description"><p>The Harbour Jacket is cut for the wind and rain of the island crossing, with a high collar and a hood that packs into it.</p><p>Its outer fabric is recycled nylon with a waterproof coating, and the seams are taped so that no water gets through in a downpour.</p><p>Two deep pockets close with zips, and an inner pocket holds a phone or a ferry ticket where it stays dry.</p></div>
<div class="reviews"><h2>Reviews</h2><div class="review"><p>Great jacket!</p></div><div class="review"><p>Runs small, order a size up.</p></div></div></div>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"cut for the wind", "recycled nylon", "Two deep pockets"}, []string{"Add to cart"})
			}},
		{class: "body/short-content-class-outranks-long-linked-body/content-div", url: u, html: fcPage("en", head, `<main>`+h1+`<div class="content"><p>The first crossing went smoothly, officials said.</p></div><div class="text">`+linked.String()+`</div></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers", "second vessel"}, nil)
			}},
		{class: "body/short-content-class-outranks-long-linked-body/entry-content", url: u, html: fcPage("en", head, `<div id="page">`+h1+`<div class="entry-content"><p>Sponsored by the Holmby Harbour Trust.</p></div><div class="story-body">`+linked.String()+`</div></div>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers", "second vessel"}, nil)
			}},
		{class: "body/short-content-class-outranks-long-linked-body/main-content", url: u, html: fcPage("en", head, `<div class="page">`+h1+`<div class="main-content"><p>Read our coverage of the island ferry.</p><p>Updated daily.</p></div><div class="article">`+linked.String()+`</div></div>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers", "second vessel"}, nil)
			}},
		{class: "body/sibling-you-may-like-articles-merged/bare-siblings", url: u, html: fcPage("en", head, `<main><article>`+h1+fcProse(0, 4)+`</article>
<article><h2><a href="/news/pier-costs">Pier costs climb again as council reviews the harbour budget</a></h2><p>The council was told on Thursday that the pier budget had been exceeded for the third year running, and members asked for an independent review of the contract.</p></article>
<article><h2><a href="/news/cafe">Island café hires for the summer season</a></h2><p>A small café near the harbour is looking for staff who can start work before the end of May, its owner said, as bookings for the summer rise.</p></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"third year running", "end of May"})
			}},
		{class: "body/sibling-you-may-like-articles-merged/post-summaries", url: u, html: fcPage("en", head, `<div id="content"><article class="post-1">`+h1+fcProse(0, 4)+`</article><h2>You may also like</h2><article class="post-2"><h3><a href="/news/pier-costs">Pier costs climb again as council reviews the harbour budget</a></h3><div class="entry-summary"><p>The council was told on Thursday that the pier budget had been exceeded for the third year running, and members asked for an independent review of the contract.</p></div></article><article class="post-3"><h3><a href="/news/cafe">Island café hires for the summer season</a></h3><div class="entry-summary"><p>A small café near the harbour is looking for staff who can start work before the end of May, its owner said, as bookings for the summer rise.</p></div></article></div>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"third year running", "end of May"})
			}},
		{class: "bullets/li-p-key-points-read-as-body/summary-class", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="article-summary"><ul><li><p>The ferry made its first crossing with forty passengers.</p></li><li><p>Four sailings a day are planned for the summer.</p></li><li><p>Islanders get a discount on every fare.</p></li></ul></div><div class="article-body">`+fcProse(1, 5)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Bullets) != 3 {
					t.Errorf("bullets = %q", a.Bullets)
				}
				fcWantBody(t, a, nil, []string{"Four sailings a day"})
			}},
		{class: "dateline/city-state-not-cut-at-comma/abbreviated-with-agency", url: u, html: fcPage("en", head, `<article>`+h1+`<p>PORTLAND, Ore. (AP) — `+fcSentences[0]+`</p>`+fcProse(2, 4)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != "PORTLAND, Ore." {
					t.Errorf("dateline %q", a.Dateline)
				}
			}},
		{class: "dateline/city-state-not-cut-at-comma/full-state-name", url: u, html: fcPage("en", head, `<article>`+h1+`<p>HOLMBY, North Dakota (Reuters) - `+fcSentences[0]+`</p>`+fcProse(2, 4)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != "HOLMBY, North Dakota" {
					t.Errorf("dateline %q", a.Dateline)
				}
			}},
		{class: "dates/arabic-month-names/levantine-eastern-digits", url: u, html: fcPage("ar", `<title>العبارة</title>`, `<article><h1>العبارة الجديدة تبحر لأول مرة</h1><div class="post-meta"><span class="date">٣ آذار ٢٠٢٤</span></div><p>أبحرت العبارة الجديدة بين هولمبي وجزيرة غرست لأول مرة صباح الاثنين وعلى متنها أربعون راكبا من سكان الجزيرة والزوار.</p><p>وقال مسؤولون في البلدة إن الخدمة ستعمل أربع مرات يوميا خلال فصل الصيف ومرتين يوميا في أشهر الشتاء الباردة.</p><p>وطالب سكان الجزيرة بخدمة منتظمة منذ أكثر من عشر سنوات بعد سحب القارب القديم إثر عاصفة قوية ضربت الساحل.</p></article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-03") }},
		{class: "dates/header-clock-and-weather-bar/time-in-header", url: u, html: fcPage("en", head, `<header class="site-header"><time datetime="2025-12-06">Saturday, December 6, 2025</time><span>Holmby 7°C</span></header><article>`+h1+`<p class="meta">Published 3 March 2024</p>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-03") }},
		{class: "dates/header-clock-and-weather-bar/today-div", url: u, html: fcPage("en", head, `<div id="top"><div class="date-today">Saturday, December 6, 2025</div></div><div class="post">`+h1+`<div class="post-date">March 3, 2024</div>`+fcProse(0, 5)+`</div>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-03") }},
		{class: "dates/related-article-teaser-dates/inside-article", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="related-posts"><h3>Related</h3><ul><li><a href="/news/pier">Pier costs climb again</a><span class="date">30 Nov 2025</span></li></ul></div><p class="byline">By Tove Lindqvist, March 3, 2024</p>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-03") }},
		{class: "headline/blog-site-name-in-h1/title-is-site-name", url: "https://quiet-harbor.example/2024/03/first-crossing/", html: fcPage("en", `<title>Quiet Harbor Notes</title>`, `<header><h1 class="site-title"><a href="/">Quiet Harbor Notes</a></h1></header><main><article class="post"><h2 class="entry-title"><a href="https://quiet-harbor.example/2024/03/first-crossing/">Watching the first crossing</a></h2><div class="entry-content">`+fcProse(0, 5)+`</div></article></main>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != "Watching the first crossing" {
					t.Errorf("headline = %q", a.Headline)
				}
			}},
		{class: "headline/kicker-and-site-affix-stripped/kicker-in-title", url: u, html: fcPage("en", `<title>Transport: Ferry to Grest makes first crossing - Holmby Courier</title>`, `<article><p class="kicker">Transport</p><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != "Ferry to Grest makes first crossing" {
					t.Errorf("headline = %q", a.Headline)
				}
			}},
		{class: "images/caption-and-credit-beside-the-image/after-figure", url: u, html: fcPage("en", head, `<article>`+h1+`<figure><img src="/img/ferry-pier.jpg" alt="ferry"></figure><div class="caption">The ferry leaves the pier. <span class="credit">Nils Brandt/Holmby Courier</span></div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Caption != "The ferry leaves the pier." {
					t.Errorf("images %+v", a.Images)
				}
			}},
		{class: "images/credit-glued-onto-caption/bracketed", url: u, html: fcPage("en", head, `<article>`+h1+`<figure><img src="/img/ferry-deck.jpg"><figcaption>Passengers on the deck during the first crossing (Nils Brandt/Holmby Courier)</figcaption></figure>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Credit != "Nils Brandt/Holmby Courier" {
					t.Errorf("images %+v", a.Images)
				}
			}},
		{class: "images/lead-og-image-gets-its-caption/hero-div", url: u, html: fcPage("en", head+`<meta property="og:image" content="https://holmby-courier.example/img/ferry-deck.jpg?w=1200">`, `<article>`+h1+`<div class="hero"><img src="https://holmby-courier.example/img/ferry-deck.jpg?w=800"><span class="caption">Passengers on the deck.</span></div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Caption != "Passengers on the deck." {
					t.Errorf("images %+v", a.Images)
				}
			}},
		{class: "authors/wire-role-line-not-a-name/agency-without-comma", url: u, html: fcBylinePage("en", `<div class="byline">By JANE DOE Associated Press</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }}, // capitals are the template's style (names.go titleCaseWords)
		{class: "authors/desk-credit-kept-whole/editorial-board", url: u, html: fcBylinePage("en", `<div class="byline">By Holmby Courier Editorial Board</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Holmby Courier Editorial Board") }},
		{class: "authors/label-word-and-tag-not-a-name/degree", url: u, html: fcBylinePage("en", `<div class="byline">By Jane Doe, Ph.D.</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }},
		{class: "dates/header-clock-and-weather-bar/today-strip-above-article", url: u, html: fcPage("en", head, `<main><div class="date-bar">Saturday, December 6, 2025</div><article>`+h1+`<p class="byline">By Tove Lindqvist</p><p class="date">March 3, 2024</p>`+fcProse(0, 5)+`</article></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-03") }},
		{class: "headline/blog-site-name-in-h1/site-colon-title", url: "https://quietharbor.blog.example/2024/03/first-crossing.html", html: fcPage("en", `<title>Quiet Harbor Notes: Watching the first crossing</title>`, `<div class="header"><h1 class="title">Quiet Harbor Notes</h1></div><div class="post hentry"><h3 class="post-title entry-title">Watching the first crossing</h3><div class="post-body entry-content">`+fcProse(0, 5)+`</div></div>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != "Watching the first crossing" {
					t.Errorf("headline = %q", a.Headline)
				}
			}},
		{class: "images/credit-glued-onto-caption/after-a-bar", url: u, html: fcPage("en", head, `<article>`+h1+`<figure><img src="/img/deck.jpg"><figcaption>Passengers on the deck. | Nils Brandt/Holmby Courier</figcaption></figure>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Caption != "Passengers on the deck." || a.Images[0].Credit != "Nils Brandt/Holmby Courier" {
					t.Errorf("images %+v", a.Images)
				}
			}},
		{class: "images/caption-and-credit-beside-the-image/caption-first", url: u, html: fcPage("en", head, `<article>`+h1+`<div class="photo"><div class="photo-caption">Passengers on the deck. <span class="photo-credit">Nils Brandt</span></div><img src="/img/deck.jpg"></div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Caption != "Passengers on the deck." || a.Images[0].Credit != "Nils Brandt" {
					t.Errorf("images %+v", a.Images)
				}
			}},
		{class: "images/lead-og-image-gets-its-caption/json-ld-credit", url: u, html: fcPage("en", head+`<meta property="og:image" content="https://holmby-courier.example/img/deck.jpg"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","image":{"@type":"ImageObject","url":"https://holmby-courier.example/img/deck.jpg","caption":"Passengers on the deck.","creditText":"Nils Brandt"}}</script>`, `<article>`+h1+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Caption != "Passengers on the deck." || a.Images[0].Credit != "Nils Brandt" {
					t.Errorf("images %+v", a.Images)
				}
			}},
		{class: "authors/wire-role-line-not-a-name/job-title-after-comma", url: u, html: fcBylinePage("en", `<div class="byline">By Jane Doe, Special Correspondent</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }},
		{class: "authors/blog-owner-equals-site-name/outlet-beside-writer", url: u, html: fcPage("en", `<title>Ferry to Grest makes first crossing | Holmby Courier</title><meta property="og:site_name" content="Holmby Courier">`, `<article>`+h1+`<div class="byline">By Jane Doe, The Holmby Courier</div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Jane Doe") }},
		{class: "body/sibling-you-may-like-articles-merged/nested-unlinked", url: u, html: fcPage("en", head, `<article>`+h1+fcProse(0, 4)+`<div class="you-may-like"><h3>You may like</h3><article><h4>Pier costs climb again</h4><p>The council was told on Thursday that the pier budget had been exceeded for the third year running.</p></article></div></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, []string{"third year running"})
			}},
	}
}

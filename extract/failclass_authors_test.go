package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/byline/byline/article"
)

// The author rows of TestFailureClasses (see failclass_test.go).

// fcBylinePage is an article page whose byline element holds byline.
func fcBylinePage(lang, byline, body string) string {
	return fcPage(lang, `<title>Ferry to Grest makes first crossing</title>`,
		`<article><h1>Ferry to Grest makes first crossing</h1>`+byline+body+`</article>`)
}

func fcAuthorCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	return []fcCase{
		{class: "authors/byline-label-other-language", url: u,
			html: fcPage("sv", `<title>Färjan till Grest</title>`, `<article><h1>Färjan till Grest gör sin första tur</h1><div class="article-meta"><span>Av Tove Lindqvist</span> <time datetime="2024-03-03">3 mars 2024</time></div>
<p>Den nya färjan mellan Holmby och ön Grest gjorde sin första överfart på måndagsmorgonen med fyrtio passagerare ombord.</p>
<p>Kommunens tjänstemän sa att färjan ska gå fyra gånger om dagen under sommaren och två gånger om dagen under vintern.</p>
<p>Öborna har i mer än tio år bett om en pålitlig förbindelse, sedan den gamla båten togs ur trafik efter en storm.</p>
<p>Fartyget byggdes på ett varv på fastlandet och kan ta tolv bilar samt cyklar och små leveransbilar.</p></article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/date-dash-name-line", url: u,
			html:  fcBylinePage("en", `<p class="meta">3 March 2024 – Tove Lindqvist</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/end-of-article-signature-and-author-box", url: u,
			html:  fcBylinePage("en", ``, fcProse(0, 5)+`<div class="author-box"><img src="/img/tove.jpg" alt=""><h4 class="author-name">Tove Lindqvist</h4><p>Tove covers transport and the islands for the Courier.</p></div>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/blog-owner-equals-site-name", url: "https://marta-olsen.example/2024/03/island-walks/",
			html: fcPage("en", `<title>Island walks in early spring – Marta Olsen</title><meta property="og:site_name" content="Marta Olsen"><meta name="author" content="Marta Olsen">`,
				`<header><p class="site-title"><a href="/">Marta Olsen</a></p></header><article><h1 class="entry-title">Island walks in early spring</h1><div class="entry-meta">Posted by <span class="author vcard"><a class="url fn n" href="/author/marta/">Marta Olsen</a></span></div>`+fcProse(2, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Marta Olsen") }},
		// A "by" in the standfirst's prose is no byline: the agent of a
		// passive ("named by X") is not who wrote the article.
		{class: "authors/prose-by-after-headline-not-a-byline", url: u,
			html:  fcBylinePage("en", `<p class="standfirst">The vessel was named by Anna Berg at a ceremony on Friday.</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		// Nor is a label phrase inside a sentence ("reported by X"): a
		// byline opens its line or is capitalised ("Reported by X").
		{class: "authors/label-phrase-in-prose-not-a-byline", url: u,
			html:  fcBylinePage("en", `<p class="standfirst">The first figures were reported by Anna Berg on Friday.</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		// A dated, unmarked byline line after the headline still is one,
		// "by" in lower case after the date, and one after its label
		// word; and one whose paragraph follows a block's text at once.
		{class: "authors/dated-byline-after-headline", url: u,
			html:  fcBylinePage("en", `<p>Posted on March 3, 2024 by Tove Lindqvist</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/label-word-byline-after-headline", url: u,
			html:  fcBylinePage("en", `<div>Harbour news</div><p>Story by Tove Lindqvist</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/cms-placeholder-not-a-name", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title><meta name="author" content="No Author">`,
				`<article><h1>Ferry to Grest makes first crossing</h1><div class="byline">By <span class="author">admin</span> | published</div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/label-word-and-tag-not-a-name", url: u,
			html:  fcBylinePage("en", `<div class="byline"><span class="label">Author:</span> <a rel="author" href="/author/tlindqvist">Tove Lindqvist</a></div><div class="tags">Tags: <a rel="tag" href="/tag/ferries">Ferries</a></div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/name-glued-to-role-line", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":{"@type":"Person","name":"Tove Lindqvist"}}</script>`,
				`<article><h1>Ferry to Grest makes first crossing</h1><div class="byline-block"><div>By <a href="/people/tove">Tove Lindqvist</a><span>Transport Reporter</span></div></div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		// A byline block whose named author is a desk: its print link,
		// the paper's name hidden for scripts and the "on" before the
		// date are no names; the signature at the end is.
		{class: "authors/byline-widget-words-not-names", url: u,
			html: fcBylinePage("en", `<div id="Byline"><div class="EmailPrint"><a class="PrintLink" href="/print">Print</a></div>
By <span class="author vcard"><a href="/user/desk/posts.html">National Desk</a></span> <span style="display:none; visibility:hidden;">The Holmby Courier</span>
<br>on March 3, 2024 at 9:06 AM, updated <span class="updated" title="2024-03-03T17:10:17Z">March 3, 2024 at 9:10 AM</span></div>`, fcProse(0, 5)+`<p>-- By Tove Lindqvist</p>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/nickname-in-quotes", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":{"@type":"Person","name":"Amanda \"Tove\" Lindqvist"}}</script>`,
				`<article><h1>Ferry to Grest makes first crossing</h1><div class="byline-photo">Emma Berg</div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, `Amanda "Tove" Lindqvist`) }},
		{class: "authors/submitted-on-date-not-a-name", url: u,
			html:  fcBylinePage("en", `<span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/contributor-line-with-outlet-possessive", url: u,
			html:  fcBylinePage("en", ``, fcProse(0, 5)+`<div id="pnlContributors"><p>CNN’s Tove Lindqvist and Reuters' Emily Jane Fox contributed to this report</p></div>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist", "Emily Jane Fox") }},
		// A user name that is a common word of another language is
		// still a user name.
		{class: "authors/lower-case-user-name", url: u,
			html:  fcBylinePage("en", `<div class="byline">Posted by <a href="/author/dan" rel="author">dan</a> on March 3, 2024</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "dan") }},
		// A name hidden in the byline (for scripts, or a co-author a
		// script reveals) is not read; the shown name is.
		{class: "authors/hidden-text-in-byline", url: u,
			html:  fcBylinePage("en", `<div class="byline"><a href="/author/tove">Tove Lindqvist</a><span style="display:none"> | Emma Berg</span></div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/prose-with-by-not-a-byline", url: u,
			html:  fcBylinePage("en", ``, fcProse(0, 5)+`<p><small>By entering this site you agree to be bound by the Courier Privacy Statement and End User Licence Agreement.</small></p>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/photo-credit-line-not-a-byline", url: u,
			html:  fcBylinePage("de", `<p>Fotos: Ada Berg, Bo Carlsson</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/quote-author-not-a-byline", url: u,
			html:  fcBylinePage("en", ``, fcProse(0, 2)+`<blockquote><p>We waited ten years for this boat.</p><span class="quote-author">Ada Berg</span></blockquote>`+fcProse(4, 3)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/chinese-reporter-credit", url: u,
			html: fcPage("zh-TW", `<title>渡輪首航 - 荷姆比日報</title><meta property="og:site_name" content="荷姆比日報"><meta name="author" content="荷姆比日報">`,
				`<article><h1>渡輪首航</h1><p>〔記者王小明／台北報導〕新渡輪今天上午首航，共有四十名乘客。官員表示，夏季每天將有四班，冬季每天兩班。島上居民十多年來一直要求可靠的交通。</p><p>這艘船在本島的造船廠建造，可載十二輛汽車以及自行車和小型貨車。票價是在公眾諮詢之後訂定的。</p><p>港務長說，最初幾週將顯示時刻表是否需要在旺季之前調整。當地商店預計遊客會增加。</p></article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "王小明") }},
		{class: "authors/tag-or-share-list-not-authors", url: u,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title><meta name="author" content="Holmby Courier">`,
				`<article><h1>Ferry to Grest makes first crossing</h1><div class="entry-byline"><ul><li><a href="/c/ferries">Ferries</a></li><li><a href="/c/islands">Islands</a></li><li><a href="/c/transport">Transport</a></li><li><a href="/c/news">Grest News</a></li></ul></div>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Holmby Courier") }},
		{class: "authors/wire-and-filing-place", url: u,
			html:  fcBylinePage("en", `<div class="article-author"><span class="author-name">Reuters, </span><span class="author-name">Washington, </span><time datetime="2024-03-03">Mar 3 2024</time></div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Reuters") }},
		{class: "authors/site-desk-beside-a-writer", url: u,
			html:  strings.Replace(fcBylinePage("en", `<div class="byline">By Tove Lindqvist, HCN Staff</div>`, fcProse(0, 5)), "<title>", `<meta property="og:site_name" content="HCN"><title>`, 1),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/dublin-core-surname-first", url: u,
			html:  strings.Replace(fcBylinePage("de", ``, fcProse(0, 5)), "<title>", `<meta name="DC.creator" content="Lindqvist, Tove"><title>`, 1),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
		{class: "authors/jr-keeps-its-period", url: u,
			html:  fcBylinePage("en", `<div class="byline">By Samuel Okafor Jr.</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Samuel Okafor Jr.") }},
		{class: "authors/wire-role-line-not-a-name", url: u,
			html: fcBylinePage("en", `<div class="byline">By LENA FAIRBANKS<br>AP Science Writer</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) {
				// Names are kept as printed (wire bylines in capitals).
				if len(a.Authors) != 1 || !strings.EqualFold(a.Authors[0], "Lena Fairbanks") {
					t.Errorf("authors = %q, want LENA FAIRBANKS alone", a.Authors)
				}
			}},
		{class: "authors/desk-credit-kept-whole", url: u,
			html:  fcBylinePage("en", `<div class="byline">By Courier Metro Desk</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Courier Metro Desk") }},
	}
}

// The page's own element and navigation are never byline elements, whatever
// their classes: WordPress marks <body> "single-author" on one-author blogs,
// Plone marks its "filed under" <nav> "documentByLine category".
func TestBylineElementsLeaveOutPageAndLists(t *testing.T) {
	page := `<html class="author-page"><body class="single single-author">
<nav class="byline">Home News</nav>
<div class="documentByLine category">Filed under: <a href="/t/a">Ferries</a></div>
<div class="post-tags author-tags"><a href="/t/b">Islands</a></div>
<div class="documentByLine">by <a href="/author/tove">Tove Lindqvist</a></div>
</body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(root, nil, time.Time{}, nil)
	var got []string
	for _, n := range d.bylines {
		got = append(got, n.Data+"."+attr(n, "class"))
	}
	if want := []string{"div.documentByLine"}; !slices.Equal(got, want) {
		t.Errorf("byline elements = %q, want %q", got, want)
	}
}

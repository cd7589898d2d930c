package extract

// A ninth round of probes on the publication date, this time of news
// sites: invented pages in the documented default markup of news CMSs
// and their meta conventions (Open Graph, Dublin Core, Sailthru,
// Parse.ly, Highwire citation tags, schema.org microdata and JSON-LD
// with @graph, several blocks, WebPage beside NewsArticle), <time>
// elements with and without a machine value, wire and broadsheet date
// lines ("Published … Updated …", "Updated" printed first), dates written
// in many languages and calendars (CJK year-month-day, Arabic, Persian
// and Hijri beside Gregorian, Thai Buddhist years, numeric day-month
// orders by the page's language), dates in the address, and the dated
// furniture of news pages (latest-news lists, most-read boxes, comments,
// event dates in the text, a top bar's today, copyright years, an
// embedded video's upload date). Written from the conventions, not from
// corpus pages; names and text are made up. TestFailureClasses runs them.

func fcProbe9DateCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcP8DateRows("dates/p9-meta-tags", fcP9MetaRows())...)
	cs = append(cs, fcP8DateRows("dates/p9-json-ld", fcP9JSONLDRows())...)
	cs = append(cs, fcP8DateRows("dates/p9-time-and-microdata", fcP9TimeRows())...)
	cs = append(cs, fcP8DateRows("dates/p9-news-lines", fcP9NewsLineRows())...)
	cs = append(cs, fcP8DateRows("dates/p9-languages", fcP9LanguageRows())...)
	cs = append(cs, fcP8DateRows("dates/p9-url", fcP9URLRows())...)
	cs = append(cs, fcP8DateRows("dates/p9-decoys", fcP9DecoyRows())...)
	return cs
}

const (
	fcP9U  = "https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing"
	fcP9H1 = `<h1 class="headline">Ferry to Grest makes first crossing</h1>`
	// fcP9Mast: a news site's masthead and section navigation.
	fcP9Mast = `<header class="masthead"><a class="logo" href="/">Holmby Courier</a><nav class="sections"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/opinion/">Opinion</a></nav></header>`
	// fcP9Latest: a "latest news" list after the story, its dates
	// newer and older than the story's.
	fcP9Latest = `<aside class="latest"><h2>Latest news</h2><ul><li><a href="/news/harbour-fees-rise">Harbour fees to rise in spring</a> <time datetime="2026-12-06T18:05:00Z">6 December 2026</time></li><li><a href="/news/school-roof">School roof repaired before winter</a> <time datetime="2026-12-04T08:00:00Z">4 December 2026</time></li></ul></aside>`
	fcP9Foot   = `<footer class="site-footer"><p>&copy; 2026 Holmby Courier Media Ltd. All rights reserved.</p></footer>`
)

// fcP9News is a news story: masthead, headline, the meta markup, the
// text, then what follows the story.
func fcP9News(meta, after string) string {
	return fcP9Mast + `<main id="main"><article class="story">` + fcP9H1 + meta + `<div class="story-body">` + fcProse(0, 4) + `</div></article>` + after + `</main>` + fcP9Foot
}

// fcP9Page is a story in another language: its headline and meta line.
func fcP9Page(h1, meta string) string {
	return fcP9Mast + `<main><article><h1 class="title">` + h1 + `</h1>` + meta + `<div class="article-body">` + fcProse(0, 4) + `</div></article></main>` + fcP9Foot
}

// fcP9MetaRows: the head's meta tags as news CMSs and their plugins
// write them, with the page showing little or nothing.
func fcP9MetaRows() []fcDateRow {
	plain := fcP9News(`<p class="byline">By Tove Lindqvist</p>`, fcP9Latest)
	return []fcDateRow{
		{name: "og-published-and-modified", lang: "en-GB", url: fcP9U,
			head: `<meta property="article:published_time" content="2026-12-05T14:30:00+00:00"><meta property="article:modified_time" content="2026-12-06T09:15:00+00:00"><meta property="og:updated_time" content="2026-12-06T09:15:00+00:00">`,
			body: plain, want: "2026-12-05T14:30"},
		// Modified printed before published in the head.
		{name: "og-modified-before-published", lang: "en-GB", url: fcP9U,
			head: `<meta property="article:modified_time" content="2026-12-06T09:15:00+00:00"><meta property="article:published_time" content="2026-12-05T14:30:00+00:00">`,
			body: plain, want: "2026-12-05T14:30"},
		{name: "dublin-core-date-issued", lang: "en-GB", url: fcP9U,
			head: `<meta name="DC.date.issued" content="2026-12-05"><meta name="DC.date.modified" content="2026-12-06">`,
			body: plain, want: "2026-12-05"},
		{name: "dcterms-created-and-modified", lang: "en-GB", url: fcP9U,
			head: `<meta name="dcterms.created" content="2026-12-05T14:30:00+00:00"><meta name="dcterms.modified" content="2026-12-06T09:15:00+00:00">`,
			body: plain, want: "2026-12-05"},
		// Sailthru's horizon tags: a space between day and clock.
		{name: "sailthru-date", lang: "en-US", url: fcP9U,
			head: `<meta name="sailthru.date" content="2026-12-05 14:30:00"><meta name="sailthru.title" content="Ferry to Grest makes first crossing">`,
			body: plain, want: "2026-12-05"},
		{name: "parsely-pub-date", lang: "en-US", url: fcP9U,
			head: `<meta name="parsely-pub-date" content="2026-12-05T14:30:00Z"><meta name="parsely-type" content="post">`,
			body: plain, want: "2026-12-05"},
		// Parse.ly's older single tag: JSON in the content attribute.
		{name: "parsely-page-json", lang: "en-US", url: fcP9U,
			head: `<meta name="parsely-page" content='{"title": "Ferry to Grest makes first crossing", "link": "https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing", "type": "post", "author": "Tove Lindqvist", "post_id": "412", "pub_date": "2026-12-05T14:30:00Z", "section": "News"}'>`,
			body: plain, want: "2026-12-05"},
		{name: "pubdate-compact", lang: "en-US", url: fcP9U,
			head: `<meta name="pubdate" content="20261205"><meta name="lastmod" content="20261206">`,
			body: plain, want: "2026-12-05"},
		// Highwire Press tags of journals and university news: slashes.
		{name: "citation-publication-date-slashes", lang: "en", url: "https://journal-of-island-studies.example/article/412",
			head: `<meta name="citation_title" content="Ferry to Grest makes first crossing"><meta name="citation_author" content="Lindqvist, Tove"><meta name="citation_publication_date" content="2026/12/05"><meta name="citation_online_date" content="2026/12/01">`,
			body: plain, want: "2026-12-05"},
		// A generic date meta holding the German numeric form.
		{name: "meta-date-german-numeric", lang: "de", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			head: `<meta name="date" content="05.12.2026">`,
			body: fcP9Page("Neue Fähre nach Grest legt erstmals ab", `<p class="autor">Von Tove Lindqvist</p>`), want: "2026-12-05"},
		// Only a modification meta: the page was published no later.
		{name: "only-modified-meta", lang: "en-GB", url: fcP9U,
			head: `<meta property="article:modified_time" content="2026-12-06T09:15:00+00:00">`,
			body: plain, want: "2026-12-06"},
		// The meta's day and the shown one agree; the meta has the clock.
		{name: "meta-and-shown-day-agree", lang: "en-GB", url: fcP9U,
			head: `<meta property="article:published_time" content="2026-12-05T14:30:00+00:00">`,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p><p class="dateline">5 December 2026</p>`, fcP9Latest), want: "2026-12-05T14:30"},
		// The generic "date" meta is the day the page was saved; the
		// story shows its own day.
		{name: "generic-date-meta-vs-shown", lang: "en-GB", url: fcP9U,
			head: `<meta name="date" content="2026-12-06">`,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p><p class="published">Published 5 December 2026</p>`, fcP9Latest), want: "2026-12-05"},
		// A UTC machine time late in the evening: the page's own day is
		// the next one, as the shown local time says.
		{name: "utc-meta-local-next-day-shown", lang: "de", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			head: `<meta property="article:published_time" content="2026-12-05T23:30:00Z">`,
			body: fcP9Page("Neue Fähre nach Grest legt erstmals ab", `<p class="meta">06.12.2026, 00:30 Uhr</p>`), want: "2026-12-06"},
		{name: "utc-meta-us-evening-shown-et", lang: "en-US", url: fcP9U,
			head: `<meta property="article:published_time" content="2026-12-06T02:30:00Z">`,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p><p class="date">Dec. 5, 2026 9:30 p.m. ET</p>`, ""), want: "2026-12-05"},
		// No shown date: the region of the language tag gives the day.
		{name: "utc-meta-region-tag-day", lang: "de-DE", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			head: `<meta property="article:published_time" content="2026-12-05T23:30:00Z">`,
			body: fcP9Page("Neue Fähre nach Grest legt erstmals ab", `<p class="autor">Von Tove Lindqvist</p>`), want: "2026-12-06"},
		// An RFC 1123 time, as some front ends write it.
		{name: "og-published-rfc1123", lang: "en-US", url: fcP9U,
			head: `<meta property="article:published_time" content="Sat, 05 Dec 2026 14:30:00 GMT">`,
			body: plain, want: "2026-12-05"},
	}
}

// fcP9JSONLDRows: structured data as SEO plugins and news CMSs write
// it.
func fcP9JSONLDRows() []fcDateRow {
	plain := fcP9News(`<p class="byline">By Tove Lindqvist</p>`, fcP9Latest)
	return []fcDateRow{
		// Yoast's @graph: the WebPage and the Article, both dated.
		{name: "graph-webpage-and-article", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing","url":"https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing","name":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T14:30:00+00:00","dateModified":"2026-12-06T09:15:00+00:00"},{"@type":"NewsArticle","@id":"https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing#article","headline":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T14:30:00+00:00","dateModified":"2026-12-06T09:15:00+00:00","mainEntityOfPage":{"@id":"https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing"}},{"@type":"Organization","name":"Holmby Courier","foundingDate":"1998-04-01"}]}`),
			body: plain, want: "2026-12-05T14:30"},
		// Several blocks: breadcrumbs and the organization first.
		{name: "several-blocks-article-last", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"News","item":"https://holmby-courier.example/news/"}]}`) +
				fcP9LD(`{"@context":"https://schema.org","@type":"NewsMediaOrganization","name":"Holmby Courier","foundingDate":"1998"}`) +
				fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T14:30:00Z","dateModified":"2026-12-06T09:15:00Z","author":{"@type":"Person","name":"Tove Lindqvist"}}`),
			body: plain, want: "2026-12-05"},
		// An ItemList of related stories, each dated, before the story's
		// own block.
		{name: "related-itemlist-before-article", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","headline":"Harbour fees to rise in spring","url":"https://holmby-courier.example/news/harbour-fees-rise","datePublished":"2026-12-06T18:05:00Z"}}]}`) +
				fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","url":"https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing","datePublished":"2026-12-05T14:30:00Z"}`),
			body: plain, want: "2026-12-05"},
		// dateCreated (the draft) before datePublished.
		{name: "date-created-before-published", lang: "en-US", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","dateCreated":"2026-12-03T10:00:00-05:00","datePublished":"2026-12-05T09:30:00-05:00","dateModified":"2026-12-06T04:15:00-05:00"}`),
			body: plain, want: "2026-12-05T09:30"},
		// Only dateModified in the block, the day shown by the byline.
		{name: "only-modified-in-block-shown-day", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","dateModified":"2026-12-06T09:15:00Z"}`),
			body: fcP9News(`<p class="byline">By Tove Lindqvist &middot; 5 December 2026</p>`, ""), want: "2026-12-05"},
		// WebPage.mainEntity holds the article.
		{name: "webpage-main-entity-article", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"WebPage","name":"Ferry to Grest makes first crossing","mainEntity":{"@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T14:30:00Z"}}`),
			body: plain, want: "2026-12-05"},
		// A top-level array, the type itself an array.
		{name: "top-level-array-type-array", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`[{"@context":"https://schema.org","@type":["NewsArticle","Article"],"headline":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T14:30:00Z"},{"@context":"https://schema.org","@type":"WebSite","name":"Holmby Courier","url":"https://holmby-courier.example/"}]`),
			body: plain, want: "2026-12-05"},
		// datePublished without the T, no zone.
		{name: "date-published-space-no-zone", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"http://schema.org","@type":"Article","headline":"Ferry to Grest makes first crossing","datePublished":"2026-12-05 14:30:00"}`),
			body: plain, want: "2026-12-05"},
		// A live blog: its coverage started on the 5th, the updates run
		// on.
		{name: "live-blog-updates", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T07:00:00Z","coverageStartTime":"2026-12-05T07:00:00Z","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Ferry back in Holmby","datePublished":"2026-12-06T17:40:00Z"},{"@type":"BlogPosting","headline":"Ferry leaves Grest","datePublished":"2026-12-06T15:10:00Z"}]}`),
			body: plain, want: "2026-12-05"},
		// An embedded video's block (its upload day earlier) before the
		// article's.
		{name: "video-upload-date-before-article", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"VideoObject","name":"Ferry trial run","uploadDate":"2026-11-20T12:00:00Z","thumbnailUrl":"https://holmby-courier.example/v/trial.jpg"}`) +
				fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T14:30:00Z"}`),
			body: plain, want: "2026-12-05"},
		// An Event block (the pier opening, earlier) and the story's day
		// only in the byline.
		{name: "event-block-and-shown-day", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"Event","name":"Pier opening","startDate":"2026-11-28T19:00:00Z","endDate":"2026-11-28T22:00:00Z","location":{"@type":"Place","name":"Holmby pier"}}`),
			body: fcP9News(`<p class="byline">By Tove Lindqvist, 5 December 2026</p>`, ""), want: "2026-12-05"},
		// A Yoast graph whose WebPage is dated (the page) but whose
		// Article is not; the theme shows the day.
		{name: "webpage-dates-only", lang: "en-GB", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://holmby-courier.example/news/ferry-to-grest-makes-first-crossing","name":"Ferry to Grest makes first crossing","datePublished":"2026-12-05T14:30:00+00:00","dateModified":"2026-12-06T09:15:00+00:00"}]}`),
			body: plain, want: "2026-12-05"},
	}
}

// fcP9TimeRows: <time> elements, microdata on body elements, hAtom.
func fcP9TimeRows() []fcDateRow {
	return []fcDateRow{
		{name: "time-pubdate-attribute", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist <time pubdate datetime="2026-12-05T14:30:00+00:00">5 December 2026</time></p>`, fcP9Latest), want: "2026-12-05T14:30"},
		{name: "time-without-datetime", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist <time>5 December 2026, 14:30</time></p>`, fcP9Latest), want: "2026-12-05"},
		// The story's time without a machine value, the list's with one.
		{name: "time-text-only-list-times-machine", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<div class="meta"><time class="date">Saturday 5 December 2026</time></div>`, fcP9Latest), want: "2026-12-05"},
		{name: "itemprop-on-meta-in-body", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article itemscope itemtype="https://schema.org/NewsArticle">` + fcP9H1 + `<meta itemprop="datePublished" content="2026-12-05T14:30:00+00:00"><meta itemprop="dateModified" content="2026-12-06T09:15:00+00:00"><div itemprop="articleBody">` + fcProse(0, 4) + `</div></article>` + fcP9Latest + `</main>` + fcP9Foot,
			want: "2026-12-05T14:30"},
		{name: "itemprop-on-span-text", lang: "de", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			body: fcP9Page("Neue Fähre nach Grest legt erstmals ab", `<div class="meta"><span itemprop="datePublished">5. Dezember 2026</span> <span itemprop="dateModified">6. Dezember 2026</span></div>`), want: "2026-12-05"},
		{name: "itemprop-date-modified-time-first", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<div class="meta"><time itemprop="dateModified" datetime="2026-12-06T09:15:00+00:00">Updated 6 December 2026</time> <time itemprop="datePublished" datetime="2026-12-05T14:30:00+00:00">5 December 2026</time></div>`, ""), want: "2026-12-05T14:30"},
		// hNews / hAtom: abbr.published with a title.
		{name: "hatom-abbr-published", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By <span class="author vcard"><span class="fn">Tove Lindqvist</span></span>, <abbr class="published" title="2026-12-05T14:30:00+00:00">5 December 2026</abbr></p>`, fcP9Latest), want: "2026-12-05T14:30"},
		// A related item with microdata before the story's own <time>.
		{name: "related-microdata-item-before-story", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<div class="rail"><div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="url" href="/news/harbour-fees-rise"><span itemprop="headline">Harbour fees to rise in spring</span></a><meta itemprop="datePublished" content="2026-12-06T18:05:00Z"></div></div><main><article>` + fcP9H1 + `<p class="byline">By Tove Lindqvist <time datetime="2026-12-05T14:30:00Z">5 December 2026</time></p>` + fcProse(0, 4) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// A data-timestamp (epoch milliseconds) on a span by the byline,
		// the text an "Updated" line.
		{name: "data-attribute-published-epoch", lang: "en-US", url: fcP9U,
			body: fcP9News(`<div class="byline">By Tove Lindqvist</div><div class="timestamp" data-published="2026-12-05T14:30:00Z">December 5, 2026</div>`, ""), want: "2026-12-05"},
	}
}

// fcP9NewsLineRows: the date lines of broadsheets, wires and news CMSs,
// only in text.
func fcP9NewsLineRows() []fcDateRow {
	return []fcDateRow{
		{name: "published-then-updated-one-line", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="meta">Published 5 Dec 2026, updated 6 Dec 2026</p>`, fcP9Latest), want: "2026-12-05"},
		{name: "updated-before-published-labels", lang: "en-US", url: fcP9U,
			body: fcP9News(`<div class="meta"><p>Updated: Dec. 6, 2026, 9:15 a.m.</p><p>Published: Dec. 5, 2026, 2:30 p.m.</p></div>`, fcP9Latest), want: "2026-12-05"},
		// A broadsheet's "Sat 5 Dec 2026 14.30 GMT", the last-modified
		// line after it.
		{name: "broadsheet-dotted-clock-last-modified", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<div class="meta"><p class="byline">Tove Lindqvist</p><details><summary>Sat 5 Dec 2026 14.30 GMT</summary><p>Last modified on Sun 6 Dec 2026 09.15 GMT</p></details></div>`, fcP9Latest), want: "2026-12-05"},
		// A US network's "Updated 9:15 AM EST, Sun December 6, 2026"
		// with "Published" beneath.
		{name: "network-updated-published-clock-first", lang: "en-US", url: fcP9U,
			body: fcP9News(`<div class="timestamp">Updated 9:15 AM EST, Sun December 6, 2026</div><div class="timestamp">Published 2:30 PM EST, Sat December 5, 2026</div>`, fcP9Latest), want: "2026-12-05"},
		// Only the update shown, the meta the publication.
		{name: "shown-update-only-meta-published", lang: "en-US", url: fcP9U,
			head: `<meta property="article:published_time" content="2026-12-05T19:30:00Z">`,
			body: fcP9News(`<div class="timestamp">Updated 9:15 AM EST, December 6, 2026</div>`, fcP9Latest), want: "2026-12-05"},
		// Only an update shown, nothing else.
		{name: "only-updated-line", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="meta">Updated 6 December 2026</p>`, ""), want: "2026-12-06"},
		// A wire service's line: "December 5, 2026 2:30 PM GMT Updated 2
		// days ago".
		{name: "wire-time-updated-ago", lang: "en-US", url: fcP9U,
			body: fcP9News(`<div class="info"><time datetime="2026-12-05T14:30:00Z"><span>December 5, 2026</span><span>2:30 PM GMT</span><span>Updated 2 days ago</span></time></div>`, fcP9Latest), want: "2026-12-05"},
		// "Dec. 5, 2026" with AP style abbreviation and the clock ET.
		{name: "ap-style-abbreviation-et", lang: "en-US", url: fcP9U,
			body: fcP9News(`<p class="byline">By TOVE LINDQVIST</p><p class="dateline">Dec. 5, 2026, 9:30 a.m. ET</p>`, fcP9Latest), want: "2026-12-05"},
		// A Brightspot page: the published and updated divs.
		{name: "brightspot-page-date-divs", lang: "en-US", url: fcP9U,
			body: fcP9Mast + `<div class="Page-content"><h1 class="Page-headline">Ferry to Grest makes first crossing</h1><div class="Page-byline"><div class="Page-authors">By Tove Lindqvist</div><div class="Page-datePublished">Published December 5, 2026 2:30 PM</div><div class="Page-dateModified">Updated December 6, 2026 9:15 AM</div></div><div class="RichTextArticleBody">` + fcProse(0, 4) + `</div></div>` + fcP9Foot,
			want: "2026-12-05"},
		// Newspack (WordPress VIP news theme): published and updated
		// times, the updated labelled.
		{name: "newspack-entry-date-and-updated", lang: "en-US", url: fcP9U,
			body: fcP9Mast + `<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Ferry to Grest makes first crossing</h1><div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="/author/tove/">Tove Lindqvist</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-12-05T09:30:00-05:00">December 5, 2026</time><span class="updated-label">Updated </span><time class="updated" datetime="2026-12-06T04:15:00-05:00">December 6, 2026</time></span></div></div></header><div class="entry-content">` + fcProse(0, 4) + `</div></article></main>` + fcP9Foot,
			want: "2026-12-05T09:30"},
		// The byline and date in one line, the date after a pipe.
		{name: "byline-pipe-date-clock", lang: "en-IN", url: fcP9U,
			body: fcP9News(`<p class="byline">Tove Lindqvist | Dec 05, 2026 14:30 IST</p>`, fcP9Latest), want: "2026-12-05"},
		// A first-published line at the foot of the story.
		{name: "first-published-at-foot", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article>` + fcP9H1 + `<p class="byline">By Tove Lindqvist</p>` + fcProse(0, 4) + `<p class="first-published">First published on Saturday 5 December 2026</p></article>` + fcP9Latest + `</main>` + fcP9Foot,
			want: "2026-12-05"},
	}
}

// fcP9LanguageRows: the date lines of news sites in many languages.
func fcP9LanguageRows() []fcDateRow {
	return []fcDateRow{
		{name: "de-long-month", lang: "de", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			body: fcP9Page("Neue Fähre nach Grest legt erstmals ab", `<p class="meta">5. Dezember 2026, 14:30 Uhr</p>`), want: "2026-12-05"},
		{name: "fr-abbreviated-month-a", lang: "fr", url: "https://courrier-de-holmby.example/actualite/nouveau-ferry",
			body: fcP9Page("Le nouveau ferry fait sa première traversée", `<p class="meta">Par Tove Lindqvist - 5 déc. 2026 à 14h30</p>`), want: "2026-12-05"},
		{name: "fr-publie-mis-a-jour-numeric", lang: "fr", url: "https://courrier-de-holmby.example/actualite/nouveau-ferry",
			body: fcP9Page("Le nouveau ferry fait sa première traversée", `<p class="meta">Publié le 05/12/2026 à 14h30, mis à jour le 06/12/2026 à 09h15</p>`), want: "2026-12-05"},
		{name: "es-de-diciembre-de", lang: "es", url: "https://diario-de-holmby.example/noticias/nuevo-ferry",
			body: fcP9Page("El nuevo ferry hace su primera travesía", `<p class="meta">5 de diciembre de 2026 - 14:30</p>`), want: "2026-12-05"},
		{name: "es-actualizado-before-publicado", lang: "es", url: "https://diario-de-holmby.example/noticias/nuevo-ferry",
			body: fcP9Page("El nuevo ferry hace su primera travesía", `<div class="meta"><p>Actualizado 06/12/2026 - 09:15</p><p>Publicado 05/12/2026 - 14:30</p></div>`), want: "2026-12-05"},
		{name: "pt-de-dezembro", lang: "pt-PT", url: "https://jornal-de-holmby.example/noticias/novo-ferry",
			body: fcP9Page("Novo ferry faz a primeira travessia", `<p class="meta">5 de dezembro de 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "it-modifica-il", lang: "it", url: "https://corriere-di-holmby.example/cronaca/nuovo-traghetto",
			body: fcP9Page("Il nuovo traghetto fa la prima traversata", `<p class="meta">5 dicembre 2026 (modifica il 6 dicembre 2026 | 09:15)</p>`), want: "2026-12-05"},
		{name: "nl-om-clock", lang: "nl", url: "https://holmby-dagblad.example/nieuws/nieuwe-veerboot",
			body: fcP9Page("Nieuwe veerboot maakt eerste overtocht", `<p class="meta">za 5 dec 2026 om 14:30</p>`), want: "2026-12-05"},
		{name: "ca-de-desembre", lang: "ca", url: "https://diari-de-holmby.example/noticies/nou-ferri",
			body: fcP9Page("El nou ferri fa la primera travessia", `<p class="meta">5 de desembre de 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "ja-kanji-date-kokai", lang: "ja", url: "https://holmby-shimbun.example/articles/20261205-ferry",
			body: fcP9Page("グレスト島へ新フェリーが初航海", `<p class="meta">2026年12月5日 14時30分 公開</p>`), want: "2026-12-05"},
		{name: "ja-kokai-koshin", lang: "ja", url: "https://holmby-shimbun.example/articles/ferry",
			body: fcP9Page("グレスト島へ新フェリーが初航海", `<p class="meta"><span>公開日：2026年12月5日</span> <span>更新日：2026年12月6日</span></p>`), want: "2026-12-05"},
		{name: "zh-fabu-shijian", lang: "zh-CN", url: "https://holmby-ribao.example/news/ferry.html",
			body: fcP9Page("新渡轮首航格雷斯特岛", `<div class="info">发布时间：2026年12月05日 14:30 来源：霍尔姆比日报</div>`), want: "2026-12-05"},
		{name: "zh-dashed-source", lang: "zh-CN", url: "https://holmby-ribao.example/news/ferry.html",
			body: fcP9Page("新渡轮首航格雷斯特岛", `<div class="info"><span>2026-12-05 14:30</span> <span>来源：霍尔姆比日报</span></div>`), want: "2026-12-05"},
		{name: "ko-ipryeok-sujeong-dotted", lang: "ko", url: "https://holmby-ilbo.example/article/412",
			body: fcP9Page("새 여객선, 그레스트 섬 첫 운항", `<div class="info"><span>입력 2026.12.05. 오후 2:30</span> <span>수정 2026.12.06. 오전 9:15</span></div>`), want: "2026-12-05"},
		{name: "ko-sujeong-first", lang: "ko", url: "https://holmby-ilbo.example/article/412",
			body: fcP9Page("새 여객선, 그레스트 섬 첫 운항", `<div class="info"><span>수정 2026-12-06 09:15</span> <span>등록 2026-12-05 14:30</span></div>`), want: "2026-12-05"},
		{name: "ru-genitive-month", lang: "ru", url: "https://holmby-vesti.example/news/parom",
			body: fcP9Page("Новый паром совершил первый рейс", `<p class="meta">5 декабря 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "ru-obnovleno-first", lang: "ru", url: "https://holmby-vesti.example/news/parom",
			body: fcP9Page("Новый паром совершил первый рейс", `<div class="meta"><span>Обновлено 6 декабря 2026, 09:15</span> <span>Опубликовано 5 декабря 2026, 14:30</span></div>`), want: "2026-12-05"},
		{name: "uk-grudnya", lang: "uk", url: "https://holmby-novyny.example/news/porom",
			body: fcP9Page("Новий пором здійснив перший рейс", `<p class="meta">5 грудня 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "pl-grudnia", lang: "pl", url: "https://gazeta-holmby.example/wiadomosci/nowy-prom",
			body: fcP9Page("Nowy prom odbył pierwszy rejs", `<p class="meta">5 grudnia 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "tr-guncelleme-numeric", lang: "tr", url: "https://holmby-haber.example/gundem/yeni-feribot",
			body: fcP9Page("Yeni feribot ilk seferini yaptı", `<p class="meta">05.12.2026 14:30 | Güncelleme: 06.12.2026 09:15</p>`), want: "2026-12-05"},
		{name: "el-genitive-month", lang: "el", url: "https://holmby-nea.example/eidiseis/neo-ploio",
			body: fcP9Page("Το νέο πλοίο έκανε το πρώτο του ταξίδι", `<p class="meta">5 Δεκεμβρίου 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "ar-nushir-month-name", lang: "ar", url: "https://holmby-akhbar.example/news/412",
			body: fcP9Page("العبارة الجديدة تقوم برحلتها الأولى", `<p class="meta">نشر في: السبت 5 ديسمبر 2026 - 14:30</p>`), want: "2026-12-05"},
		{name: "ar-levantine-month", lang: "ar", url: "https://holmby-akhbar.example/news/412",
			body: fcP9Page("العبارة الجديدة تقوم برحلتها الأولى", `<p class="meta">5 كانون الأول 2026</p>`), want: "2026-12-05"},
		{name: "ar-eastern-digits", lang: "ar", url: "https://holmby-akhbar.example/news/412",
			body: fcP9Page("العبارة الجديدة تقوم برحلتها الأولى", `<p class="meta">٥ ديسمبر ٢٠٢٦</p>`), want: "2026-12-05"},
		{name: "ar-hijri-then-gregorian", lang: "ar", url: "https://holmby-akhbar.example/news/412",
			body: fcP9Page("العبارة الجديدة تقوم برحلتها الأولى", `<p class="meta">السبت 24 جمادى الآخرة 1448 هـ - 5 ديسمبر 2026 م</p>`), want: "2026-12-05"},
		{name: "fa-solar-hijri-persian-digits", lang: "fa", url: "https://holmby-khabar.example/news/412",
			body: fcP9Page("کشتی جدید نخستین سفر خود را انجام داد", `<p class="meta">تاریخ انتشار: ۱۴ آذر ۱۴۰۵ - ۱۴:۳۰</p>`), want: "2026-12-05"},
		{name: "fa-solar-and-gregorian", lang: "fa", url: "https://holmby-khabar.example/news/412",
			body: fcP9Page("کشتی جدید نخستین سفر خود را انجام داد", `<p class="meta">شنبه ۱۴ آذر ۱۴۰۵ | 5 دسامبر 2026</p>`), want: "2026-12-05"},
		{name: "he-numeric-two-digit-year", lang: "he", url: "https://holmby-hadashot.example/article/412",
			body: fcP9Page("המעבורת החדשה יצאה להפלגה ראשונה", `<p class="meta">פורסם: 05.12.26, 14:30</p>`), want: "2026-12-05"},
		{name: "hi-month-name", lang: "hi", url: "https://holmby-samachar.example/news/412",
			body: fcP9Page("नई नौका ने पहली यात्रा पूरी की", `<p class="meta">प्रकाशित: 5 दिसंबर 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "th-buddhist-year", lang: "th", url: "https://holmby-khao.example/news/412",
			body: fcP9Page("เรือเฟอร์รี่ลำใหม่ออกเดินทางเที่ยวแรก", `<p class="meta">5 ธ.ค. 2569 14:30 น.</p>`), want: "2026-12-05"},
		{name: "vi-weekday-numeric-gmt", lang: "vi", url: "https://holmby-tin.example/tin-tuc/pha-moi-412.html",
			body: fcP9Page("Phà mới thực hiện chuyến đi đầu tiên", `<p class="meta">Thứ bảy, 5/12/2026, 14:30 (GMT+7)</p>`), want: "2026-12-05"},
		{name: "id-abbrev-wib", lang: "id", url: "https://holmby-berita.example/berita/feri-baru",
			body: fcP9Page("Feri baru melakukan pelayaran perdana", `<p class="meta">Sabtu, 05 Des 2026 14:30 WIB</p>`), want: "2026-12-05"},
		{name: "en-gb-numeric-day-first", lang: "en-GB", url: "https://holmby-courier.co.example/news/ferry",
			body: fcP9Page("Ferry to Grest makes first crossing", `<p class="meta">Published 05/12/2026</p>`), want: "2026-12-05"},
		{name: "en-us-numeric-month-first", lang: "en-US", url: "https://holmby-courier.example/news/ferry",
			body: fcP9Page("Ferry to Grest makes first crossing", `<p class="meta">Published 12/05/2026</p>`), want: "2026-12-05"},
		{name: "hu-dotted-year-first", lang: "hu", url: "https://holmby-hirek.example/belfold/uj-komp",
			body: fcP9Page("Az új komp első útja", `<p class="meta">2026.12.05. 14:30</p>`), want: "2026-12-05"},
		{name: "ja-reiwa-era", lang: "ja", url: "https://holmby-shimbun.example/articles/ferry",
			body: fcP9Page("グレスト島へ新フェリーが初航海", `<p class="meta">令和8年12月5日 14時30分</p>`), want: "2026-12-05"},
		{name: "ko-year-month-day-words", lang: "ko", url: "https://holmby-ilbo.example/article/412",
			body: fcP9Page("새 여객선, 그레스트 섬 첫 운항", `<p class="meta">기사입력 2026년 12월 5일 14:30</p>`), want: "2026-12-05"},
		{name: "zh-tw-fabu-traditional", lang: "zh-TW", url: "https://holmby-shibao.example/news/412",
			body: fcP9Page("新渡輪首航格雷斯特島", `<div class="info">發布時間：2026/12/05 14:30</div>`), want: "2026-12-05"},
		{name: "no-publisert-oppdatert", lang: "no", url: "https://holmby-avis.example/nyheter/ny-ferje",
			body: fcP9Page("Ny ferje gjorde sin første tur", `<p class="meta">Publisert 05.12.2026 14:30 Oppdatert 06.12.2026 09:15</p>`), want: "2026-12-05"},
		{name: "fi-paivitetty-after", lang: "fi", url: "https://holmby-sanomat.example/uutiset/uusi-lautta",
			body: fcP9Page("Uusi lautta teki ensimmäisen matkansa", `<p class="meta">5.12.2026 14:30 | Päivitetty 6.12.2026 9:15</p>`), want: "2026-12-05"},
		{name: "da-dec-kl", lang: "da", url: "https://holmby-avis.example/nyheder/ny-faerge",
			body: fcP9Page("Ny færge sejler for første gang", `<p class="meta">5. dec. 2026 kl. 14.30</p>`), want: "2026-12-05"},
		{name: "sv-kl-dotted-clock", lang: "sv", url: "https://holmby-tidning.example/nyheter/ny-farja",
			body: fcP9Page("Ny färja gör sin första tur", `<p class="meta">Publicerad 5 december 2026 kl. 14.30</p>`), want: "2026-12-05"},
		{name: "cs-prosince", lang: "cs", url: "https://holmby-noviny.example/zpravy/novy-trajekt",
			body: fcP9Page("Nový trajekt poprvé vyplul", `<p class="meta">5. prosince 2026 14:30</p>`), want: "2026-12-05"},
		{name: "sk-decembra", lang: "sk", url: "https://holmby-noviny.example/spravy/novy-trajekt",
			body: fcP9Page("Nový trajekt prvýkrát vyplával", `<p class="meta">5. decembra 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "hr-prosinca-trailing-dot", lang: "hr", url: "https://holmby-vijesti.example/vijesti/novi-trajekt",
			body: fcP9Page("Novi trajekt isplovio prvi put", `<p class="meta">5. prosinca 2026. u 14:30</p>`), want: "2026-12-05"},
		{name: "ro-decembrie", lang: "ro", url: "https://holmby-stiri.example/actualitate/feribot-nou",
			body: fcP9Page("Noul feribot face prima traversare", `<p class="meta">Publicat: 5 decembrie 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "lt-year-first-genitive", lang: "lt", url: "https://holmby-zinios.example/naujienos/naujas-keltas",
			body: fcP9Page("Naujas keltas išplaukė pirmą kartą", `<p class="meta">2026 m. gruodžio 5 d. 14:30</p>`), want: "2026-12-05"},
		{name: "lv-gada", lang: "lv", url: "https://holmby-zinas.example/zinas/jauns-prams",
			body: fcP9Page("Jaunais prāmis devās pirmajā reisā", `<p class="meta">2026. gada 5. decembrī 14:30</p>`), want: "2026-12-05"},
		{name: "et-detsember", lang: "et", url: "https://holmby-uudised.example/uudised/uus-parvlaev",
			body: fcP9Page("Uus parvlaev tegi esimese reisi", `<p class="meta">5. detsember 2026, 14:30</p>`), want: "2026-12-05"},
		{name: "bn-bengali-digits", lang: "bn", url: "https://holmby-khobor.example/news/412",
			body: fcP9Page("নতুন ফেরি প্রথম যাত্রা করল", `<p class="meta">প্রকাশ: ৫ ডিসেম্বর ২০২৬, ১৪:৩০</p>`), want: "2026-12-05"},
		{name: "ms-disember", lang: "ms", url: "https://holmby-berita.example/berita/feri-baharu",
			body: fcP9Page("Feri baharu membuat pelayaran pertama", `<p class="meta">Disember 5, 2026 @ 2:30pm</p>`), want: "2026-12-05"},
		{name: "tl-disyembre", lang: "tl", url: "https://holmby-balita.example/balita/bagong-ferry",
			body: fcP9Page("Bagong ferry, unang biyahe", `<p class="meta">Disyembre 5, 2026 - 2:30 PM</p>`), want: "2026-12-05"},
		{name: "eu-abenduaren", lang: "eu", url: "https://holmby-berriak.example/albisteak/ferry-berria",
			body: fcP9Page("Ferry berriak lehen bidaia egin du", `<p class="meta">2026ko abenduaren 5a, 14:30</p>`), want: "2026-12-05"},
		{name: "sw-desemba", lang: "sw", url: "https://holmby-habari.example/habari/feri-mpya",
			body: fcP9Page("Feri mpya yafanya safari yake ya kwanza", `<p class="meta">Desemba 5, 2026</p>`), want: "2026-12-05"},
	}
}

// fcP9URLRows: dates in the address.
func fcP9URLRows() []fcDateRow {
	undated := fcP9News(`<p class="byline">By Tove Lindqvist</p>`, "")
	return []fcDateRow{
		{name: "path-slashes", lang: "en-GB", url: "https://holmby-courier.example/2026/12/05/ferry-to-grest/", body: undated, want: "2026-12-05"},
		{name: "path-compact", lang: "en-GB", url: "https://holmby-courier.example/news/20261205/ferry-to-grest", body: undated, want: "2026-12-05"},
		{name: "path-dashed", lang: "en-GB", url: "https://holmby-courier.example/news/2026-12-05/ferry-to-grest", body: undated, want: "2026-12-05"},
		{name: "path-month-name", lang: "en-GB", url: "https://holmby-courier.example/uk-news/2026/dec/05/ferry-to-grest-makes-first-crossing", body: undated, want: "2026-12-05"},
		{name: "path-year-month-shown-day", lang: "en-GB", url: "https://holmby-courier.example/2026/12/ferry-to-grest/",
			body: fcP9News(`<p class="byline">By Tove Lindqvist, 5 December 2026</p>`, fcP9Latest), want: "2026-12-05"},
		// A news id ending in the day: /a20261205-... .
		{name: "path-compact-in-slug-end", lang: "en-GB", url: "https://holmby-courier.example/news/ferry-to-grest-20261205.html", body: undated, want: "2026-12-05"},
	}
}

// fcP9DecoyRows: other dates of the page.
func fcP9DecoyRows() []fcDateRow {
	return []fcDateRow{
		// A "latest" list with times in a rail before the story.
		{name: "latest-rail-before-story", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<div class="layout">` + fcP9Latest + `<main><article>` + fcP9H1 + `<p class="byline">By Tove Lindqvist &middot; 5 December 2026</p>` + fcProse(0, 4) + `</article></main></div>` + fcP9Foot,
			want: "2026-12-05"},
		// A "most read" box with written dates between headline and
		// byline.
		{name: "most-read-between-headline-and-byline", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article>` + fcP9H1 + `<div class="most-read"><h3>Most read</h3><ol><li><a href="/news/school-roof">School roof repaired before winter</a><span class="date">4 December 2026</span></li></ol></div><p class="byline">By Tove Lindqvist, 5 December 2026</p>` + fcProse(0, 4) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// Today's date in the top bar above the masthead.
		{name: "top-bar-today", lang: "en-US", url: fcP9U,
			body: `<div class="top-bar"><span class="today">Monday, December 7, 2026</span> <span class="weather">41&deg;F</span></div>` + fcP9News(`<p class="byline">By Tove Lindqvist</p><p class="date">December 5, 2026</p>`, ""), want: "2026-12-05"},
		// Earlier dates in the text's first sentence.
		{name: "event-dates-in-first-paragraph", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article>` + fcP9H1 + `<p class="byline">By Tove Lindqvist, 5 December 2026</p><p>On 1 December 2026 the council approved the timetable, and on 3 December 2026 the crew made a trial run.</p>` + fcProse(0, 4) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// AMP's timeago element by the byline.
		{name: "amp-timeago", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist <amp-timeago layout="fixed" width="160" height="20" datetime="2026-12-05T14:30:00Z" locale="en">Saturday 5 December 2026</amp-timeago></p>`, fcP9Latest), want: "2026-12-05"},
		// German "vor 2 Tagen" with the absolute time in a <time>.
		{name: "de-relative-age-time-datetime", lang: "de", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			body: fcP9Page("Neue Fähre nach Grest legt erstmals ab", `<p class="meta">Von Tove Lindqvist · <time datetime="2026-12-05T14:30:00+01:00">vor 2 Tagen</time></p>`), want: "2026-12-05T14:30"},
		// A kicker line with the day and the section above the headline.
		{name: "kicker-date-before-headline", lang: "de", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			body: fcP9Mast + `<main><article><p class="kicker">05.12.2026 | Lokales</p><h1 class="title">Neue Fähre nach Grest legt erstmals ab</h1>` + fcDeProse(4) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// A "Stand:" line (the page's last state) alone under the
		// headline: the day shown.
		{name: "de-stand-line-clock", lang: "de", url: "https://holmby-anzeiger.example/lokales/neue-faehre",
			body: fcP9Page("Neue Fähre nach Grest legt erstmals ab", `<p class="meta">Stand: 05.12.2026 14:30 Uhr</p>`), want: "2026-12-05"},
		// A weather widget's date and a market ticker's in the rail
		// before the story.
		{name: "weather-and-ticker-before-story", lang: "en-US", url: fcP9U,
			body: fcP9Mast + `<div class="rail"><div class="weather-widget"><span class="weather-date">Mon, Dec 7, 2026</span> 41&deg;F</div><div class="markets"><span class="market-date">Markets as of Dec 7, 2026 4:00 PM ET</span></div></div><main><article>` + fcP9H1 + `<p class="byline">By Tove Lindqvist</p><p class="date">December 5, 2026</p>` + fcProse(0, 4) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// Drupal's default medium format (m/d/Y) on a British site: the
		// weekday says it is 5 December, not 12 May.
		{name: "drupal-mdy-on-en-gb-weekday", lang: "en-GB", url: "https://holmby-club.example/node/412",
			body: fcP9Page("Ferry to Grest makes first crossing", `<div class="submitted">Submitted by tove on Sat, 12/05/2026 - 14:30</div>`), want: "2026-12-05"},
		{name: "ordinal-day-month-year", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p><p class="date">Saturday 5th December 2026</p>`, ""), want: "2026-12-05"},
		{name: "ordinal-month-day-year", lang: "en-US", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p><p class="date">December 5th, 2026 at 2:30 pm</p>`, ""), want: "2026-12-05"},
		{name: "day-abbrev-month-dashes", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist | 05-Dec-2026</p>`, ""), want: "2026-12-05"},
		// An offset without its colon in the meta.
		{name: "meta-offset-without-colon", lang: "en-GB", url: fcP9U,
			head: `<meta property="article:published_time" content="2026-12-05T14:30:00+0100">`,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p>`, fcP9Latest), want: "2026-12-05"},
		// Epoch seconds in the meta.
		{name: "meta-epoch-seconds", lang: "en-GB", url: fcP9U,
			head: `<meta property="article:published_time" content="1796481000">`,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p>`, fcP9Latest), want: "2026-12-05"},
		// A trending bar inside the article header, dated, before the
		// story's time.
		{name: "trending-bar-in-article-header", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article><header class="article-header"><div class="trending"><span>Trending:</span> <a href="/news/harbour-fees-rise">Harbour fees to rise</a> <time datetime="2026-12-06T18:05:00Z">6 Dec</time></div>` + fcP9H1 + `<p class="byline">By Tove Lindqvist <time datetime="2026-12-05T14:30:00Z">5 December 2026</time></p></header>` + fcProse(0, 4) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// An events page: the event's "When" line first, the posted
		// line after.
		{name: "event-when-line-then-posted", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<dl class="event-details"><dt>When</dt><dd>Tuesday 1 December 2026, 7pm</dd><dt>Where</dt><dd>Holmby pier</dd></dl><p class="posted">Posted 5 December 2026</p>`, ""), want: "2026-12-05"},
		// An author box after the story: "Joined" and a last-post date.
		{name: "author-box-joined-date", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p><p class="date">5 December 2026</p>`, `<div class="author-box"><h3>Tove Lindqvist</h3><p>Member since 12 March 2019</p><p>Last post: 6 December 2026</p></div>`), want: "2026-12-05"},
		// A JSON-LD datePublished in words (some CMSs print the shown
		// form).
		{name: "jsonld-published-in-words", lang: "en-US", url: fcP9U,
			head: fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","datePublished":"December 5, 2026"}`),
			body: fcP9News(`<p class="byline">By Tove Lindqvist</p>`, fcP9Latest), want: "2026-12-05"},
		// The <time> says only the weekday, its datetime the day.
		{name: "time-weekday-text-datetime-day", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist, <time datetime="2026-12-05">Saturday</time></p>`, fcP9Latest), want: "2026-12-05"},
		// A podcast page: the episode's air date in the text, posted
		// date in the meta line.
		{name: "podcast-aired-date-in-text", lang: "en-US", url: fcP9U,
			body: fcP9News(`<p class="meta">Posted December 5, 2026</p><p class="episode-info">Episode 41 &middot; Aired December 1, 2026 &middot; 42 min</p>`, ""), want: "2026-12-05"},
		// A British page on a .com address: its numeric date is day
		// first.
		{name: "en-gb-numeric-on-dot-com", lang: "en-GB", url: "https://holmby-courier.com/news/ferry",
			body: fcP9Page("Ferry to Grest makes first crossing", `<p class="meta">Published 05/12/2026</p>`), want: "2026-12-05"},
		{name: "en-in-numeric-on-dot-com", lang: "en-IN", url: "https://holmby-times.com/news/ferry",
			body: fcP9Page("Ferry to Grest makes first crossing", `<p class="meta">Updated: 06/12/2026 | Published: 05/12/2026</p>`), want: "2026-12-05"},
		{name: "en-og-locale-gb-on-dot-com", lang: "en", url: "https://holmby-courier.com/news/ferry",
			head: `<meta property="og:locale" content="en_GB">`,
			body: fcP9Page("Ferry to Grest makes first crossing", `<p class="meta">Published 05/12/2026</p>`), want: "2026-12-05"},
		// An embedded post's date in the text, the story's posted line
		// at its foot.
		{name: "embedded-post-date-then-footer-date", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article>` + fcP9H1 + `<div class="entry-content">` + fcProse(0, 2) + `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">First crossing booked! See you on the pier.</p>&mdash; Holmby Port (@holmbyport) <a href="https://x.example/holmbyport/status/1">December 4, 2026</a></blockquote>` + fcProse(4, 2) + `</div><footer class="entry-footer"><span class="posted-on">Posted on 5 December 2026</span></footer></article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// A related card inside the text, dated, and the story's date
		// in its footer.
		{name: "inline-related-card-then-footer-date", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article>` + fcP9H1 + `<div class="entry-content">` + fcProse(0, 2) + `<aside class="related-card"><a href="/news/harbour-fees-rise"><span class="related-title">Harbour fees to rise in spring</span> <span class="related-date">6 December 2026</span></a></aside>` + fcProse(4, 2) + `</div><footer class="entry-footer"><span class="posted-on">Posted on 5 December 2026</span></footer></article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// Reader comments with dates, the story dated in its header.
		{name: "comments-newer-story-header", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist | 5 December 2026</p>`, `<section class="comments"><h2>Comments (2)</h2><div class="comment"><span class="comment-author">islander</span> <span class="comment-date">6 December 2026 10:12</span><p>At last!</p></div><div class="comment"><span class="comment-author">ferryfan</span> <span class="comment-date">6 December 2026 11:40</span><p>How much is a crossing?</p></div></section>`),
			want: "2026-12-05"},
		// An obituary: the life's years and the death's day in the text.
		{name: "obituary-life-dates", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article><h1 class="headline">Ingrid Holm, ferry captain, 1941&ndash;2026</h1><p class="byline">By Tove Lindqvist, 5 December 2026</p><p>Ingrid Holm, who died on 29 November 2026 aged 85, steered the old Grest ferry for three decades.</p>` + fcProse(2, 3) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// A print-edition line after the text, a day later.
		{name: "print-edition-line-after-text", lang: "en-US", url: fcP9U,
			body: fcP9Mast + `<main><article>` + fcP9H1 + `<p class="byline">By Tove Lindqvist</p><time datetime="2026-12-05T09:30:00-05:00">Dec. 5, 2026</time>` + fcProse(0, 4) + `<p class="print-info">A version of this article appears in print on Dec. 6, 2026, Section A, Page 14 of the New York edition with the headline: Ferry Crosses to Grest.</p></article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// A photo caption with the day the picture was taken.
		{name: "caption-date-before-byline", lang: "en-GB", url: fcP9U,
			body: fcP9Mast + `<main><article>` + fcP9H1 + `<figure><img src="/img/ferry.jpg" alt=""><figcaption>The ferry on its trial run, 3 December 2026. Photo: Nils Berg</figcaption></figure><p class="byline">By Tove Lindqvist, 5 December 2026</p>` + fcProse(0, 4) + `</article></main>` + fcP9Foot,
			want: "2026-12-05"},
		// A relative age shown, the absolute date in the element's title.
		{name: "relative-age-title-absolute", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist <span class="date" title="5 December 2026 14:30">2 days ago</span></p>`, ""), want: "2026-12-05"},
		// A relative age in the byline and the absolute meta.
		{name: "relative-age-and-meta", lang: "en-GB", url: fcP9U,
			head: `<meta property="article:published_time" content="2026-12-05T14:30:00Z">`,
			body: fcP9News(`<p class="byline">By Tove Lindqvist &middot; 3 hours ago</p>`, ""), want: "2026-12-05"},
	}
}

package extract

import (
	"regexp"
	"testing"

	"github.com/byline/byline/article"
)

// An eighth round of probes, on the publication date of blogs and small
// CMS sites: invented pages in the default markup of WordPress themes
// (the default themes, Divi, Avada, Newspaper, Jannah and the plugins
// that print a "last updated" line), Blogger, Ghost, Squarespace, Hugo
// and Jekyll themes, Medium, Substack, Joomla, Drupal, phpBB, with the
// dated furniture such pages carry (comments, recent posts, archive
// and calendar widgets, copyright lines, event schedules, a forum's
// clock) and pages that carry no date of their own. Written from the
// themes' templates and translations, not from corpus pages; the names
// and text are made up. TestFailureClasses runs them.

func fcProbe8DateCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcP8DateRows("dates/p8-wordpress-themes", fcP8WordPressRows())...)
	cs = append(cs, fcP8DateRows("dates/p8-hosted-and-static", fcP8HostedRows())...)
	cs = append(cs, fcP8DateRows("dates/p8-cms-and-forums", fcP8CMSRows())...)
	cs = append(cs, fcP8DateRows("dates/p8-languages", fcP8LanguageRows())...)
	cs = append(cs, fcP8DateRows("dates/p8-decoys-and-undated", fcP8DecoyRows())...)
	cs = append(cs, fcP8DateRows("dates/p8-more-forms", fcP8MoreRows())...)
	return cs
}

// fcP8Title finds the text of a row's first heading, for the page's
// <title>.
var fcP8Title = regexp.MustCompile(`<h[1-3][^>]*>(?:<[^>]+>)*([^<]+)`)

// fcP8DateRows is fcDateRows with each page titled as its first heading
// (an English page titled in German would have its title taken for a
// second headline).
func fcP8DateRows(class string, rows []fcDateRow) []fcCase {
	var cs []fcCase
	for _, r := range rows {
		r := r
		title := "Neue Fähre nach Grest legt erstmals ab"
		if m := fcP8Title.FindStringSubmatch(r.body); m != nil {
			title = m[1]
		}
		cs = append(cs, fcCase{class: class + "/" + r.name, url: r.url,
			html:  fcPage(r.lang, `<title>`+title+` – Blog</title>`+r.head, r.body),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, r.want) }})
	}
	return cs
}

const (
	fcP8Blog = "https://inselnotizen.example/neue-faehre-nach-grest/"
	fcP8En   = "https://island-notes.example/ferry-to-grest/"
	fcP8EnH1 = `<h1 class="entry-title">Ferry to Grest makes first crossing</h1>`
	// fcP8EnComments: WordPress's English comment list, newer dates.
	fcP8EnComments = `<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;Ferry to Grest makes first crossing&rdquo;</h2><ol class="comment-list"><li id="comment-4" class="comment depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Anna</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="/ferry-to-grest/#comment-4"><time datetime="2024-03-11T09:12:00+00:00">March 11, 2024 at 9:12 am</time></a></div></footer><div class="comment-content"><p>At last!</p></div></article></li>` +
		`<li id="comment-5" class="comment depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Jens</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="/ferry-to-grest/#comment-5"><time datetime="2024-03-06T18:30:00+00:00">March 6, 2024 at 6:30 pm</time></a></div></footer><div class="comment-content"><p>How much is a crossing?</p></div></article></li></ol></div>`
	// fcP8EnSidebar: recent posts with dates, archives, a calendar.
	fcP8EnSidebar = `<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/winter-moorings/">Winter moorings full again</a> <span class="post-date">March 11, 2024</span></li><li><a href="/cafe-hiring/">Island café is hiring</a> <span class="post-date">March 8, 2024</span></li></ul></section>` +
		`<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2024/03/">March 2024</a>&nbsp;(5)</li><li><a href="/2024/02/">February 2024</a>&nbsp;(7)</li></ul></section>` +
		`<section class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table"><caption>March 2024</caption><thead><tr><th scope="col" title="Monday">M</th><th scope="col" title="Tuesday">T</th></tr></thead><tbody><tr><td>4</td><td><a href="/2024/03/05/" aria-label="Posts published on March 5, 2024">5</a></td></tr><tr><td><a href="/2024/03/11/" aria-label="Posts published on March 11, 2024">11</a></td><td id="today">12</td></tr></tbody></table></div></section></aside>`
	fcP8EnFooter = `<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2016&ndash;2024 Island Notes &middot; Proudly powered by WordPress</div></footer>`
	fcP8EnHead   = `<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Island Notes</a></p><nav class="main-navigation"><a href="/">Home</a> <a href="/about/">About</a></nav></header>`
)

// fcP8EnWPPage is an English WordPress single post with the theme's
// header markup, comments and sidebar.
func fcP8EnWPPage(entryHeader, entryFooter string) string {
	return fcP8EnHead + `<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-41" class="post-41 post type-post status-publish format-standard hentry category-news">` +
		`<header class="entry-header">` + entryHeader + `</header><div class="entry-content">` + fcProse(0, 4) + `</div><footer class="entry-footer">` + entryFooter + `</footer></article>` +
		fcP8EnComments + `</main>` + fcP8EnSidebar + `</div>` + fcP8EnFooter
}

// fcP8WordPressRows: the entry meta of WordPress's default and large
// commercial themes.
func fcP8WordPressRows() []fcDateRow {
	return []fcDateRow{
		// Twenty Twelve: the date only in the footer's "This entry was
		// posted in … on <time> by …" line after the text.
		{name: "twentytwelve-footer-sentence", lang: "en-US", url: fcP8En,
			body: fcP8EnWPPage(fcP8EnH1, `This entry was posted in <a href="/category/news/" rel="category tag">News</a> on <a href="/ferry-to-grest/" title="3:41 pm" rel="bookmark"><time class="entry-date" datetime="2024-03-05T15:41:00+00:00">March 5, 2024</time></a><span class="by-author"> by <span class="author vcard"><a class="url fn n" href="/author/tove/" title="View all posts by tove" rel="author">tove</a></span></span>.`),
			want: "2024-03-05T15:41"},
		// Its German translation.
		{name: "twentytwelve-footer-sentence-de", lang: "de-DE", url: fcP8Blog,
			body: fcWPPage(fcDeH1, `Dieser Eintrag wurde veröffentlicht in <a href="/category/allgemein/" rel="category tag">Allgemein</a> am <a href="/neue-faehre-nach-grest/" title="15:41" rel="bookmark"><time class="entry-date" datetime="2024-03-05T15:41:00+01:00">5. März 2024</time></a><span class="by-author"> von <span class="author vcard"><a class="url fn n" href="/author/tove/" rel="author">tove</a></span></span>.`),
			want: "2024-03-05T15:41"},
		// Twenty Thirteen: a span.date around the bookmark link.
		{name: "twentythirteen-span-date", lang: "de-DE", url: fcP8Blog,
			body: fcWPPage(fcDeH1+`<div class="entry-meta"><span class="date"><a href="/neue-faehre-nach-grest/" title="Permanenter Link zu Neue Fähre nach Grest legt erstmals ab" rel="bookmark"><time class="entry-date" datetime="2024-03-05T15:41:00+01:00">5. März 2024</time></a></span><span class="categories-links"><a href="/category/allgemein/" rel="category tag">Allgemein</a></span><span class="author vcard"><a class="url fn n" href="/author/tove/" rel="author">tove</a></span></div>`, ""),
			want: "2024-03-05T15:41"},
		// Twenty Twenty: no <time> at all, the date as a link's text in
		// a list item named post-date; the comments below do have
		// <time> elements.
		{name: "twentytwenty-post-date-li-no-time", lang: "de-DE", url: fcP8Blog,
			body: fcWPPage(fcDeH1+`<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Beitragsautor</span><svg class="svg-icon" aria-hidden="true"></svg></span><span class="meta-text">Von <a href="/author/tove/">tove</a></span></li><li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Beitragsdatum</span><svg class="svg-icon" aria-hidden="true"></svg></span><span class="meta-text"><a href="/neue-faehre-nach-grest/">5. März 2024</a></span></li><li class="post-comment-link meta-wrapper"><span class="meta-icon"><svg class="svg-icon" aria-hidden="true"></svg></span><span class="meta-text"><a href="#comments">2 Kommentare</a></span></li></ul></div>`, ""),
			want: "2024-03-05"},
		// Twenty Twenty-One: one <time> marked both published and
		// updated, in the footer.
		{name: "twentytwentyone-published-updated-one-time", lang: "en-US", url: fcP8En,
			body: fcP8EnWPPage(fcP8EnH1, `<div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2024-03-05T15:41:00+00:00">March 5, 2024</time></span><span class="byline">By <a href="/author/tove/" rel="author">tove</a></span></div>`),
			want: "2024-03-05T15:41"},
		// Twenty Twenty-Three: the post-date block in the meta line
		// after the content, comments with the comment-date block.
		{name: "twentytwentythree-meta-after-content", lang: "en", url: fcP8En,
			body: `<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Island Notes</a></p></header><main class="wp-block-group"><h1 class="wp-block-post-title">Ferry to Grest makes first crossing</h1><div class="entry-content wp-block-post-content">` + fcProse(0, 4) + `</div>` +
				`<div class="wp-block-group"><p>Posted</p><div class="wp-block-post-date"><time datetime="2024-03-05T15:41:00+00:00">March 5, 2024</time></div><p>in</p><div class="taxonomy-category wp-block-post-terms"><a href="/category/news/" rel="tag">News</a></div></div>` +
				`<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to &ldquo;Ferry to Grest makes first crossing&rdquo;</h2><ol class="wp-block-comment-template"><li id="comment-4" class="comment"><div class="wp-block-comment-author-name">Anna</div><div class="wp-block-comment-date"><time datetime="2024-03-11T09:12:00+00:00"><a href="/ferry-to-grest/#comment-4">March 11, 2024 at 9:12 am</a></time></div><div class="wp-block-comment-content"><p>At last!</p></div></li></ol></div></main>`,
			want: "2024-03-05T15:41"},
		// Divi's post meta: "M j, Y" in spans, German month
		// abbreviation "Mrz".
		{name: "divi-published-span-mrz", lang: "de-DE", url: fcP8Blog,
			body: `<div id="page-container"><div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area"><article id="post-41" class="et_pb_post post-41 post type-post"><div class="et_post_meta_wrapper"><h1 class="entry-title">Neue Fähre nach Grest legt erstmals ab</h1><p class="post-meta"> von <span class="author vcard"><a href="/author/tove/" title="Beiträge von tove" rel="author">tove</a></span> | <span class="published">Mrz 5, 2024</span> | <a href="/category/allgemein/" rel="category tag">Allgemein</a> | <span class="comments-number"><a href="#respond">2 Kommentare</a></span></p></div><div class="entry-content">` + fcDeProse(4) + `</div></article>` + fcWPComments + `</div>` + fcWPSidebar + `</div></div></div></div></div>`,
			want: "2024-03-05"},
		// Avada: a hidden ISO "updated" span (the modification time)
		// before the shown date.
		{name: "avada-hidden-updated-before-shown", lang: "en-US", url: fcP8En,
			body: fcP8EnHead + `<main id="main"><div id="content"><article id="post-41" class="post post-41"><h1 class="entry-title fusion-post-title">Ferry to Grest makes first crossing</h1><div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">By <span class="vcard"><span class="fn"><a href="/author/tove/" title="Posts by tove" rel="author">tove</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">2024-03-09T10:02:00+00:00</span><span>March 5th, 2024</span><span class="fusion-inline-sep">|</span>Categories: <a href="/category/news/" rel="category tag">News</a><span class="fusion-inline-sep">|</span></div></div><div class="post-content">` + fcProse(0, 4) + `</div></article>` + fcP8EnComments + `</div></main>` + fcP8EnSidebar + fcP8EnFooter,
			want: "2024-03-05"},
		// Newspaper (tagDiv): today's date in the top bar, the post's
		// <time class="entry-date updated">, a related-articles block.
		{name: "newspaper-top-bar-date-and-related", lang: "en-US", url: fcP8En,
			body: `<div class="td-header-wrap"><div class="td-header-top-menu"><div class="td_data_time"><div>Tuesday, March 12, 2024</div></div></div><div class="td-header-menu-wrap"><a href="/">Island Notes</a></div></div>` +
				`<div class="td-main-content-wrap"><article id="post-41" class="post-41 post type-post"><div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">Ferry to Grest makes first crossing</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/tove/">Tove Lindqvist</a><div class="td-author-line">-</div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-05T15:41:00+00:00">March 5, 2024</time></span></div></header></div><div class="td-post-content">` + fcProse(0, 4) + `</div></article>` +
				`<div class="td_block_related_posts"><h4 class="td-related-title">Related articles</h4><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/winter-moorings/">Winter moorings full again</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-11T08:00:00+00:00">March 11, 2024</time></span></div></div></div>`,
			want: "2024-03-05T15:41"},
		// Jannah: the shown date and a "last updated" item as spans.
		{name: "jannah-date-and-last-updated-spans", lang: "en-US", url: fcP8En,
			body: fcP8EnHead + `<div id="content"><article id="the-post" class="container-wrapper post-content"><header class="entry-header-outer"><div class="entry-header"><h1 class="post-title entry-title">Ferry to Grest makes first crossing</h1><div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/tove/" class="author-name tie-icon" title="Tove Lindqvist">Tove Lindqvist</a></span></span></span><span class="date meta-item tie-icon">March 5, 2024</span><span class="meta-item last-updated">Last Updated: March 9, 2024</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">2</span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 3 minutes read</span></div></div></div></header><div class="entry-content entry clearfix">` + fcProse(0, 4) + `</div></article>` + fcP8EnComments + `</div>` + fcP8EnSidebar + fcP8EnFooter,
			want: "2024-03-05"},
		// A "last modified info" plugin's line above the text, the
		// theme's plain-text date in the entry meta.
		{name: "last-modified-plugin-line-before-text-de", lang: "de-DE", url: fcP8Blog,
			body: fcWPHead + `<main id="main"><article class="post hentry"><header class="entry-header">` + fcDeH1 + `<div class="entry-meta"><span class="posted-on"><a href="/neue-faehre-nach-grest/" rel="bookmark">5. März 2024</a></span> <span class="byline">von tove</span></div></header><div class="entry-content"><p class="post-modified-info">Zuletzt aktualisiert am 9. März 2024 von <a href="/author/tove/" class="last-modified-author">tove</a></p>` + fcDeProse(4) + `</div></article>` + fcWPComments + `</main>` + fcWPSidebar + fcWPFooter,
			want: "2024-03-05"},
		{name: "aktualisiert-am-before-veroeffentlicht-am-plain", lang: "de-DE", url: fcP8Blog,
			body: fcWPHead + `<main id="main"><article class="post hentry">` + fcDeH1 + `<p class="post-modified-info">Aktualisiert am 9. März 2024 um 10:02 Uhr</p><div class="entry-meta">Veröffentlicht am 5. März 2024 um 15:41 Uhr von tove</div><div class="entry-content">` + fcDeProse(4) + `</div></article>` + fcWPComments + `</main>` + fcWPSidebar + fcWPFooter,
			want: "2024-03-05T15:41"},
		// Jetpack's related posts under the text: each with its date in
		// a p named for it; the post's date only as text by the
		// headline.
		{name: "jetpack-related-posts-dates", lang: "en-US", url: fcP8En,
			body: fcP8EnHead + `<main id="main"><article class="post hentry"><header class="entry-header">` + fcP8EnH1 + `<div class="entry-meta">Posted on March 5, 2024 by tove</div></header><div class="entry-content">` + fcProse(0, 4) +
				`<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post jp-relatedposts-post0" data-post-id="52"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/winter-moorings/" title="Winter moorings full">Winter moorings full</a></h4><p class="jp-relatedposts-post-date">March 11, 2024</p><p class="jp-relatedposts-post-context">In &quot;News&quot;</p></div></div></div></div></article></main>` + fcP8EnFooter,
			want: "2024-03-05"},
		// Meta tags that disagree: og:updated_time only, no published
		// meta; the theme shows the day it was published.
		{name: "og-updated-time-only-and-shown-date", lang: "en-US", url: fcP8En,
			head: `<meta property="og:updated_time" content="2024-03-09T10:02:00+00:00">`,
			body: fcP8EnWPPage(fcP8EnH1+`<div class="entry-meta"><span class="posted-on">Posted on <a href="/ferry-to-grest/" rel="bookmark">March 5, 2024</a></span></div>`, ""),
			want: "2024-03-05"},
	}
}

// fcP8HostedRows: hosted blog platforms and static-site themes.
func fcP8HostedRows() []fcDateRow {
	return []fcDateRow{
		// Blogger, English: the date header above the post, the footer's
		// timestamp link showing only the clock, no abbr title.
		{name: "blogger-date-header-clock-only-link", lang: "en", url: "https://island-notes.blogspot.com/2024/03/ferry-to-grest.html",
			body: `<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>Tuesday, March 5, 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Ferry to Grest makes first crossing</h3><div class="post-body entry-content">` + fcProse(0, 4) + `</div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Tove</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="https://island-notes.blogspot.com/2024/03/ferry-to-grest.html" rel="bookmark" title="permanent link">3:41 PM</a></span></div></div></div>` +
				`<div class="comments" id="comments"><h4>2 comments:</h4><dl class="comments-block"><dt class="comment-author">Anna said...</dt><dd class="comment-body"><p>At last!</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1" title="comment permalink">March 11, 2024 at 9:12 AM</a></span></dd></dl></div></div></div></div></div>` +
				`<div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2024/">2024</a> <span class="post-count">(12)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2024/03/">March</a> <span class="post-count">(3)</span></li></ul></li></ul></div></div>`,
			want: "2024-03-05"},
		// Ghost's Casper: time.byline-meta-date, and the "read more"
		// cards after the post with their own dates.
		{name: "ghost-casper-byline-meta-date", lang: "en", url: "https://island-notes.example/ferry-to-grest/",
			body: `<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Island Notes</a></header><main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div><h1 class="article-title">Ferry to Grest makes first crossing</h1><p class="article-excerpt">The island finally has a regular service.</p><div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tove/">Tove Lindqvist</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-05">Mar 5, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div></header>` +
				`<section class="gh-content gh-canvas">` + fcProse(0, 4) + `</section></article></main>` +
				`<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/winter-moorings/"></a><div class="post-card-content"><a class="post-card-content-link" href="/winter-moorings/"><header class="post-card-header"><h2 class="post-card-title">Winter moorings full again</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-03-11">Mar 11, 2024</time><span class="post-card-meta-length">2 min read</span></footer></div></article></div></aside>`,
			want: "2024-03-05"},
		// Squarespace 7.1: time.dt-published whose text omits the year;
		// the pagination's neighbours after it.
		{name: "squarespace-dt-published-yearless-text", lang: "en-US", url: "https://www.island-notes.example/blog/ferry-to-grest",
			body: `<header id="header" class="header"><a href="/" class="header-title-logo">Island Notes</a></header><main id="page"><article class="entry h-entry hentry author-tove-lindqvist post-type-text"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">Tove Lindqvist</span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-03-05" pubdate data-content-field="published-on">March 5</time></div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Ferry to Grest makes first crossing</h1></div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content">` + fcProse(0, 4) + `</div></div>` +
				`<section class="item-pagination item-pagination--prev-next"><a href="/blog/winter-moorings" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Winter moorings full again</h2></a></section></div></article></main><footer class="sections"><p>&copy; 2024 Island Notes</p></footer>`,
			want: "2024-03-05"},
		// Hugo's PaperMod: the date a span's text, its title Go's
		// time.Time string ("2024-03-05 15:41:00 +0100 CET"). The day
		// is read from the text; the title's clock is not (the span
		// has no class to say it is a date).
		{name: "hugo-papermod-span-title-go-time", lang: "de", url: "https://inselnotizen.example/posts/neue-faehre-nach-grest/",
			body: `<header class="header"><nav class="nav"><div class="logo"><a href="/">Inselnotizen</a></div></nav></header><main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Start</a>&nbsp;»&nbsp;<a href="/posts/">Beiträge</a></div><h1 class="post-title entry-hint-parent">Neue Fähre nach Grest legt erstmals ab</h1><div class="post-meta"><span title='2024-03-05 15:41:00 +0100 CET'>5. März 2024</span>&nbsp;·&nbsp;3 Min.&nbsp;·&nbsp;Tove</div></header><div class="post-content">` + fcDeProse(4) + `</div><footer class="post-footer"><nav class="paginav"><a class="prev" href="/posts/winterliegeplaetze/"><span class="title">« Zurück</span><br><span>Winterliegeplätze wieder voll</span></a></nav></footer></article></main><footer class="footer"><span>&copy; 2024 <a href="/">Inselnotizen</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a></span></footer>`,
			want: "2024-03-05"},
		// Hugo's Ananke: a <time> with tachyons classes, no date word in
		// them.
		{name: "hugo-ananke-tachyons-time", lang: "en", url: "https://island-notes.example/posts/ferry-to-grest/",
			body: `<header><nav class="pv3 ph3 ph4-ns"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Island Notes</a></nav></header><main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100"><aside class="instapaper_ignoref b helvetica tracked">POSTS</aside><h1 class="f1 athelas mt3 mb1">Ferry to Grest makes first crossing</h1><p class="tracked">By <strong>Tove Lindqvist</strong></p><time class="f6 mv4 dib tracked" datetime="2024-03-05T15:41:00Z">March 5, 2024</time><span class="f6 mv4 dib tracked"> - 3 minutes read</span></header><div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">` + fcProse(0, 4) + `</div></article></main><footer class="bg-black bottom-0 w-100 pa3"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="/">&copy; 2024 Island Notes</a></div></footer>`,
			want: "2024-03-05T15:41"},
		// Jekyll with a permalink holding the day and no date shown;
		// the footer's copyright range and comments elsewhere.
		{name: "jekyll-date-only-in-url", lang: "en", url: "https://island-notes.example/2024/03/05/ferry-to-grest.html",
			body: `<header class="site-header"><a class="site-title" rel="author" href="/">Island Notes</a></header><main class="page-content"><div class="wrapper"><article class="post h-entry"><header class="post-header"><h1 class="post-title p-name">Ferry to Grest makes first crossing</h1></header><div class="post-content e-content">` + fcProse(0, 4) + `</div></article></div></main><footer class="site-footer h-card"><div class="wrapper"><p>&copy; 2019&ndash;2024 Island Notes</p></div></footer>`,
			want: "2024-03-05"},
		// Medium: the shown date in the byline's testid span, "min read"
		// beside it, responses later; no meta tags.
		{name: "medium-story-publish-date-span", lang: "en", url: "https://medium.example/@tove/ferry-to-grest-makes-first-crossing-4f2a9c1e7b30",
			body: `<div id="root"><nav><a href="/">Medium</a></nav><main><article><div class="ab ca"><h1 class="pw-post-title" data-testid="storyTitle">Ferry to Grest makes first crossing</h1><div class="pw-author"><a href="/@tove" data-testid="authorName">Tove Lindqvist</a></div><div class="ab"><span class="pw-reading-time" data-testid="storyReadTime">3 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 5, 2024</span></div></div><section>` + fcProse(0, 4) + `</section></article><div class="responses"><h2>Responses (2)</h2><div class="response"><a href="/@anna">Anna</a><span>Mar 11, 2024</span><p>At last!</p></div></div></main></div>`,
			want: "2024-03-05"},
		// Substack: the post-date div titled with the machine time.
		{name: "substack-post-date-title", lang: "en", url: "https://islandnotes.substack.example/p/ferry-to-grest",
			body: `<div class="main-menu"><a href="/" class="navbar-title-link">Island Notes</a></div><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title unpublished">Ferry to Grest makes first crossing</h1><h3 class="subtitle">The island finally has a regular service</h3><div class="post-meta"><div class="post-header-byline"><a href="/profile/tove">Tove Lindqvist</a></div><div class="post-date" title="2024-03-05T15:41:00.000Z">Mar 5, 2024</div></div></div><div class="available-content"><div class="body markup">` + fcProse(0, 4) + `</div></div></article><div class="comments-section"><div class="comment"><div class="comment-meta"><a href="/profile/anna">Anna</a><a href="/p/ferry-to-grest/comment/4" class="comment-date">Mar 11</a></div><div class="comment-body"><p>At last!</p></div></div></div>`,
			want: "2024-03-05"},
	}
}

// fcP8CMSRows: Joomla, Drupal, TYPO3 and forum software.
func fcP8CMSRows() []fcDateRow {
	return []fcDateRow{
		// Joomla 1.5's table layout: the creation date in its own cell,
		// the modification at the end.
		{name: "joomla15-createdate-modifydate", lang: "de-de", url: "https://holmby-verein.example/index.php?option=com_content&view=article&id=41&Itemid=2",
			body: `<div id="main"><table class="contentpaneopen"><tr><td class="contentheading" width="100%">Neue Fähre nach Grest legt erstmals ab</td></tr></table><table class="contentpaneopen"><tr><td valign="top"><span class="small">Geschrieben von Tove Lindqvist</span>&nbsp;&nbsp;</td></tr><tr><td valign="top" class="createdate">Dienstag, 05. März 2024 um 15:41</td></tr><tr><td valign="top">` + fcDeProse(4) + `</td></tr><tr><td colspan="2" align="left" class="modifydate">Zuletzt aktualisiert am Samstag, 09. März 2024 um 10:02</td></tr></table></div>`,
			want: "2024-03-05T15:41"},
		// Joomla 3's article info without microdata: modified, then
		// published, labelled in the text.
		{name: "joomla3-dd-modified-before-published-text", lang: "de-de", url: "https://holmby-verein.example/index.php/aktuelles/41-neue-faehre",
			body: `<div class="item-page"><div class="page-header"><h2>Neue Fähre nach Grest legt erstmals ab</h2></div><dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby">Geschrieben von <span>Tove Lindqvist</span></dd><dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> Zuletzt aktualisiert: 09. März 2024</dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span> Veröffentlicht: 05. März 2024</dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> Zugriffe: 312</dd></dl>` + fcDeProse(4) + `</div>`,
			want: "2024-03-05"},
		// Joomla with "Geschrieben von X am <date>" in one line.
		{name: "joomla-geschrieben-von-am", lang: "de-de", url: "https://holmby-verein.example/aktuelles/neue-faehre",
			body: `<div class="item-page"><h1 class="contentheading">Neue Fähre nach Grest legt erstmals ab</h1><div class="article-info"><span class="createdby">Geschrieben von Tove Lindqvist am 05.03.2024 um 15:41 Uhr</span></div>` + fcDeProse(4) + `</div>`,
			want: "2024-03-05T15:41"},
		// Drupal 8's Bartik: submitted line with field spans.
		{name: "drupal-bartik-node-submitted-fields", lang: "en", url: "https://holmby-club.example/node/412",
			body: `<div id="page"><main id="content"><h1 class="title page-title"><span class="field field--name-title">Ferry to Grest makes first crossing</span></h1><article role="article" about="/node/412" class="node node--type-article node--view-mode-full"><footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>tove</span></span> on <span class="field field--name-created field--type-created field--label-hidden">Tue, 03/05/2024 - 15:41</span></div></footer><div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body">` + fcProse(0, 4) + `</div></div>` +
				`<section class="comment-wrapper"><h2 class="title comment-section-title">Comments</h2><article class="comment js-comment clearfix"><footer class="comment__meta"><p class="comment__submitted">Submitted by <span>anna</span> on Mon, 03/11/2024 - 09:12</p></footer><div class="content"><p>At last!</p></div></article></section></article></main></div>`,
			want: "2024-03-05T15:41"},
		// Drupal 10's Olivero in German: "Von tove, 5 März, 2024".
		{name: "drupal-olivero-node-meta-de", lang: "de", url: "https://holmby-verein.example/node/412",
			body: `<div class="page-wrapper"><main role="main"><div class="region region--content"><article class="node node--type-article node--view-mode-full"><header><h1 class="title page-title"><span class="field field--name-title">Neue Fähre nach Grest legt erstmals ab</span></h1></header><div class="node__meta"><span>Von <span class="field field--name-uid"><span>tove</span></span></span><span>, <span class="field field--name-created field--type-created">5 März, 2024</span></span></div><div class="node__content"><div class="text-content field field--name-body">` + fcDeProse(4) + `</div></div></article></div></main></div>`,
			want: "2024-03-05"},
		// TYPO3 news detail with "Veröffentlicht am" in text and a
		// "Weitere Meldungen" list after it.
		{name: "typo3-news-detail-with-list-after", lang: "de", url: "https://holmby-anzeiger.example/aktuelles/detail/neue-faehre",
			body: `<div class="news news-single"><div class="article"><div class="header"><h3>Neue Fähre nach Grest legt erstmals ab</h3></div><div class="footer"><p>Veröffentlicht am <span class="news-list-date">05.03.2024</span> von <span class="news-list-author">Tove Lindqvist</span></p></div><div class="news-text-wrap">` + fcDeProse(4) + `</div></div></div>` +
				`<div class="news-related-wrap"><h4>Weitere Meldungen</h4><ul><li><span class="news-related-date">11.03.2024</span> <a href="/aktuelles/detail/winterliegeplaetze">Winterliegeplätze wieder voll</a></li></ul></div>`,
			want: "2024-03-05"},
		// A theme's meta line as an <aside> in the <article> (HTML's
		// "tangentially related" box, used for the byline and date), a
		// news block with dates in the sidebar before it.
		{name: "aside-meta-in-article-sidebar-first", lang: "de", url: "https://holmby-anzeiger.example/artikel/neue-faehre-412",
			body: `<div class="page"><div class="sidebar-first"><section class="block"><h2>Neueste Artikel</h2><ul><li><a href="/artikel/winterliegeplaetze-415">Winterliegeplätze wieder voll</a> <span class="date">11.03.2024</span></li></ul></section></div><main><article class="node node-article view-mode-full"><header><h1>Neue Fähre nach Grest legt erstmals ab</h1></header><aside class="meta"><p class="authors">Von:<br><i><a href="/autor/tove-lindqvist" class="author-name">Tove Lindqvist</a></i></p><p class="wrapper-date">05.03.2024</p></aside><div class="content">` + fcDeProse(4) + `</div></article></main></div>`,
			want: "2024-03-05"},
		// phpBB 3's prosilver: the board's clock and the last visit in
		// the header, the first post's <time>, newer replies.
		{name: "phpbb-prosilver-first-post", lang: "de", url: "https://forum.holmby.example/viewtopic.php?t=412",
			body: `<div id="wrap" class="wrap"><div id="page-header"><div class="headerbar"><a href="./index.php" id="logo">Holmby-Forum</a></div><div class="navbar"><ul class="nav-breadcrumbs"><li class="breadcrumbs"><a href="./index.php">Foren-Übersicht</a> ‹ <a href="./viewforum.php?f=2">Verkehr</a></li></ul></div></div><div id="page-body" class="page-body"><p class="right responsive-center time">Aktuelle Zeit: Di 12. Mär 2024, 10:00</p>` +
				`<h2 class="topic-title"><a href="./viewtopic.php?t=412">Neue Fähre nach Grest legt erstmals ab</a></h2>` +
				`<div id="p41" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile41"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">tove</a></dt><dd class="profile-posts"><strong>Beiträge:</strong> 312</dd></dl><div class="postbody"><div id="post_content41"><h3 class="first"><a href="./viewtopic.php?p=41#p41">Neue Fähre nach Grest legt erstmals ab</a></h3><p class="author"><a class="unread" href="./viewtopic.php?p=41#p41" title="Beitrag"><span class="imageset icon_post_target">Beitrag</span></a><span class="responsive-hide">von <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">tove</a></strong> &raquo; </span><time datetime="2024-03-05T14:41:00+00:00">Di 5. Mär 2024, 15:41</time></p><div class="content">` + fcDeSentences[0] + `<br><br>` + fcDeSentences[1] + " " + fcDeSentences[2] + `<br><br>` + fcDeSentences[3] + " " + fcDeSentences[4] + `</div></div></div></div></div>` +
				`<div id="p45" class="post has-profile bg1"><div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=5" class="username">anna</a></dt></dl><div class="postbody"><div id="post_content45"><h3><a href="./viewtopic.php?p=45#p45">Re: Neue Fähre nach Grest legt erstmals ab</a></h3><p class="author"><span class="responsive-hide">von <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5" class="username">anna</a></strong> &raquo; </span><time datetime="2024-03-11T08:12:00+00:00">Mo 11. Mär 2024, 09:12</time></p><div class="content">Endlich! Wie teuer ist die Überfahrt?</div></div></div></div></div></div></div>`,
			want: "2024-03-05"},
	}
}

// fcP8LanguageRows: German written forms and other European blogs.
func fcP8LanguageRows() []fcDateRow {
	page := func(h1, meta string) string {
		return fcP8EnHead + `<main><article><h1 class="entry-title">` + h1 + `</h1>` + meta + fcProse(0, 4) + `</article></main><footer><p>&copy; 2024</p></footer>`
	}
	de := func(meta string) string {
		return fcWPHead + `<main><article>` + fcDeH1 + meta + fcDeProse(4) + `</article></main>` + fcWPSidebar + fcWPFooter
	}
	return []fcDateRow{
		{name: "de-numeric-um-uhr", lang: "de", url: fcNewsU, body: de(`<p class="meta">05.03.2024 um 15:41 Uhr</p>`), want: "2024-03-05T15:41"},
		{name: "de-veroeffentlicht-am-numeric-um-uhr", lang: "de", url: fcNewsU, body: de(`<div class="artikel-meta">Veröffentlicht am 05.03.2024 um 15:41 Uhr</div>`), want: "2024-03-05T15:41"},
		{name: "de-weekday-long-month-comma-clock", lang: "de", url: fcNewsU, body: de(`<div class="meta"><span class="datum">Dienstag, 5. März 2024, 15:41 Uhr</span></div>`), want: "2024-03-05T15:41"},
		{name: "fr-mis-a-jour-before-publie", lang: "fr", url: "https://carnet-de-grest.example/nouveau-ferry/",
			body: page("Le nouveau ferry fait sa première traversée", `<div class="entry-meta"><span class="updated-on">Mis à jour le 9 mars 2024</span> <span class="posted-on">Publié le 5 mars 2024</span> <span class="byline">par Tove</span></div>`), want: "2024-03-05"},
		{name: "es-publicado-el-de-por", lang: "es", url: "https://bitacora-de-grest.example/nuevo-ferry/",
			body: page("El nuevo ferry hace su primera travesía", `<div class="entry-meta">Publicado el 5 de marzo de 2024 por Tove</div>`), want: "2024-03-05"},
		{name: "it-pubblicato-il-da", lang: "it", url: "https://diario-di-grest.example/nuovo-traghetto/",
			body: page("Il nuovo traghetto fa la prima traversata", `<div class="entry-meta">Pubblicato il 5 marzo 2024 da Tove</div>`), want: "2024-03-05"},
		{name: "nl-geplaatst-op-bijgewerkt-op", lang: "nl", url: "https://blog-van-grest.example/nieuwe-veerboot/",
			body: page("Nieuwe veerboot maakt eerste overtocht", `<div class="entry-meta"><span>Bijgewerkt op 9 maart 2024</span> · <span>Geplaatst op 5 maart 2024 door Tove</span></div>`), want: "2024-03-05"},
		{name: "cs-publikovano-genitive-month", lang: "cs", url: "https://blog-grest.example/novy-trajekt/",
			body: page("Nový trajekt poprvé vyplul", `<p class="meta">Publikováno 5. března 2024 v 15:41</p>`), want: "2024-03-05T15:41"},
		{name: "pl-opublikowano-aktualizacja-first", lang: "pl", url: "https://blog-grest.example/nowy-prom/",
			body: page("Nowy prom odbył pierwszy rejs", `<div class="meta"><span>Aktualizacja: 09.03.2024, 10:02</span> <span>Opublikowano: 05.03.2024, 15:41</span></div>`), want: "2024-03-05T15:41"},
	}
}

// fcP8DecoyRows: pages whose other dates are not theirs, and pages with
// none.
func fcP8DecoyRows() []fcDateRow {
	return []fcDateRow{
		// An undated English blog post: comments, recent posts, the
		// archive and calendar widgets and the copyright range only.
		{name: "undated-en-post-with-widgets-and-comments", lang: "en-US", url: fcP8En,
			body: fcP8EnHead + `<main id="main"><article class="post hentry"><header class="entry-header">` + fcP8EnH1 + `</header><div class="entry-content">` + fcProse(0, 4) + `</div></article>` + fcP8EnComments + `</main>` + fcP8EnSidebar + fcP8EnFooter,
			want: ""},
		// An undated page with the calendar widget in a left column
		// before the article.
		{name: "undated-calendar-widget-before-article", lang: "en", url: "https://island-notes.example/about-the-ferry/",
			body: fcP8EnHead + `<div id="content">` + fcP8EnSidebar + `<main id="main"><article class="page hentry"><h1 class="entry-title">About the ferry</h1><div class="entry-content">` + fcProse(0, 4) + `</div></article></main></div>` + fcP8EnFooter,
			want: ""},
		// An event page (The Events Calendar): the schedule's days come
		// before the "posted" line.
		{name: "event-schedule-before-posted-line", lang: "en", url: "https://island-notes.example/event/pier-opening/",
			body: fcP8EnHead + `<main id="tribe-events-pg-template"><div class="tribe-events-single"><h1 class="tribe-events-single-event-title">Pier opening</h1><div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">March 23, 2024 @ 7:00 pm</span> - <span class="tribe-event-time">10:00 pm</span></h2></div><div class="tribe-events-single-event-description tribe-events-content"><p class="posted">Posted on March 5, 2024 by Tove</p>` + fcProse(0, 4) + `</div></div></main>` + fcP8EnFooter,
			want: "2024-03-05"},
		// Only a "Last updated" notice by the headline: the page was
		// published no later.
		{name: "only-last-updated-notice", lang: "en", url: fcP8En,
			body: fcP8EnHead + `<main id="main"><article class="post hentry">` + fcP8EnH1 + `<p class="last-updated">Last updated on March 9, 2024</p><div class="entry-content">` + fcProse(0, 4) + `</div></article>` + fcP8EnComments + `</main>` + fcP8EnFooter,
			want: "2024-03-09"},
		// The URL's day with comments full of newer dates and no date
		// shown for the post.
		{name: "url-day-and-newer-comments", lang: "en", url: "https://island-notes.example/2024/03/05/ferry-to-grest/",
			body: fcP8EnHead + `<main id="main"><article class="post hentry"><header class="entry-header">` + fcP8EnH1 + `</header><div class="entry-content">` + fcProse(0, 4) + `</div></article>` + fcP8EnComments + `</main>` + fcP8EnSidebar + fcP8EnFooter,
			want: "2024-03-05"},
		// An article about an anniversary: the text's past dates and a
		// "Stand:" line for the page.
		{name: "stand-line-with-past-dates-in-text-de", lang: "de", url: fcNewsU,
			body: fcWPHead + `<main><article>` + fcDeH1 + `<p class="meta">Stand: 05.03.2024</p><p>Am 12. Mai 1998 legte die alte Fähre zum ersten Mal in Grest an, am 3. Oktober 2013 zum letzten Mal.</p>` + fcDeProse(4) + `</article></main>` + fcWPFooter,
			want: "2024-03-05"},
	}
}

// fcP8MoreRows: more written forms and forum and comment software.
func fcP8MoreRows() []fcDateRow {
	page := func(h1, meta string) string {
		return fcP8EnHead + `<main><article><h1 class="entry-title">` + h1 + `</h1>` + meta + fcProse(0, 4) + `</article></main><footer><p>&copy; 2024</p></footer>`
	}
	de := func(meta, tail string) string {
		return fcWPHead + `<main><article>` + fcDeH1 + meta + fcDeProse(4) + `</article>` + tail + `</main>` + fcWPFooter
	}
	return []fcDateRow{
		{name: "sv-publicerad", lang: "sv", url: "https://blogg-grest.example/ny-farja/", body: page("Ny färja gör sin första tur", `<p class="meta">Publicerad 5 mars 2024 kl. 15.41</p>`), want: "2024-03-05"},
		{name: "da-udgivet-marts", lang: "da", url: "https://blog-grest.example/ny-faerge/", body: page("Ny færge sejler for første gang", `<p class="meta">Udgivet 5. marts 2024</p>`), want: "2024-03-05"},
		{name: "fi-julkaistu-numeric", lang: "fi", url: "https://blogi-grest.example/uusi-lautta/", body: page("Uusi lautta teki ensimmäisen matkansa", `<p class="meta">Julkaistu 5.3.2024 klo 15.41</p>`), want: "2024-03-05"},
		{name: "hu-year-first-month-name", lang: "hu", url: "https://blog-grest.example/uj-komp/", body: page("Az új komp első útja", `<p class="meta">2024. március 5. 15:41</p>`), want: "2024-03-05"},
		{name: "ro-publicat-martie", lang: "ro", url: "https://blog-grest.example/feribot-nou/", body: page("Noul feribot face prima traversare", `<p class="meta">Publicat la 5 martie 2024</p>`), want: "2024-03-05"},
		{name: "tr-mart", lang: "tr", url: "https://blog-grest.example/yeni-feribot/", body: page("Yeni feribot ilk seferini yaptı", `<p class="meta">Yayınlanma: 5 Mart 2024, 15:41</p>`), want: "2024-03-05"},
		{name: "pt-br-numeric-as", lang: "pt-BR", url: "https://blog-grest.example/novo-ferry/", body: page("Novo ferry faz a primeira travessia", `<p class="meta">05/03/2024 às 15h41 - Atualizado em 09/03/2024 às 10h02</p>`), want: "2024-03-05"},
		{name: "en-us-numeric-mdy-blog-com", lang: "en-US", url: "https://islandnotes-blog.com/ferry-to-grest/", body: page("Ferry to Grest makes first crossing", `<p class="meta">Posted 03/05/2024 by Tove</p>`), want: "2024-03-05"},
		{name: "de-drupal-veroeffentlicht-weekday-dash-clock", lang: "de", url: "https://holmby-verein.example/node/412", body: de(`<div class="submitted">Veröffentlicht: Di, 05.03.2024 - 15:41</div>`, ""), want: "2024-03-05T15:41"},
		{name: "de-date-pipe-reading-time", lang: "de", url: fcNewsU, body: de(`<div class="meta"><span>05.03.2024</span> | <span>Lesezeit 3 Min.</span></div>`, ""), want: "2024-03-05"},
		{name: "de-site-footer-letzte-aktualisierung", lang: "de", url: fcNewsU,
			body: de(`<p class="meta">Von Tove Lindqvist · 5. März 2024</p>`, `<div class="site-info">Letzte Aktualisierung der Website: 11.03.2024</div>`), want: "2024-03-05"},
		// phpBB in English: "Post by tove » Tue Mar 05, 2024 3:41 pm",
		// no <time> (phpBB 3.0's prosilver).
		{name: "phpbb30-en-post-by-no-time", lang: "en", url: "https://forum.island-notes.example/viewtopic.php?f=2&t=412",
			body: `<div id="wrap"><div id="page-header"><div class="headerbar"><a href="./index.php" id="logo">Island forum</a></div><p class="right">It is currently Tue Mar 12, 2024 10:00 am</p></div><div id="page-body"><h2><a href="./viewtopic.php?f=2&amp;t=412">Ferry to Grest makes first crossing</a></h2>` +
				`<div id="p41" class="post bg2"><div class="inner"><div class="postbody"><h3 class="first"><a href="#p41">Ferry to Grest makes first crossing</a></h3><p class="author"><a href="./viewtopic.php?p=41#p41"><img src="./styles/prosilver/imageset/icon_post_target.gif" alt="Post"></a>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2">tove</a></strong> &raquo; Tue Mar 05, 2024 3:41 pm</p><div class="content">` + fcSentences[0] + `<br><br>` + fcSentences[1] + " " + fcSentences[2] + `<br><br>` + fcSentences[3] + `</div></div></div></div>` +
				`<div id="p45" class="post bg1"><div class="inner"><div class="postbody"><h3><a href="#p45">Re: Ferry to Grest makes first crossing</a></h3><p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5">anna</a></strong> &raquo; Mon Mar 11, 2024 9:12 am</p><div class="content">At last! How much is a crossing?</div></div></div></div></div></div>`,
			want: "2024-03-05"},
		// wpDiscuz comments with titled dates, and the post dated only
		// in its footer.
		{name: "wpdiscuz-comment-dates-post-footer-date", lang: "en-US", url: fcP8En,
			body: fcP8EnHead + `<main id="main"><article class="post hentry">` + fcP8EnH1 + `<div class="entry-content">` + fcProse(0, 4) + `</div><footer class="entry-footer"><span class="posted-on">Posted on <a href="/ferry-to-grest/" rel="bookmark">March 5, 2024</a></span></footer></article>` +
				`<div id="comments" class="comments-area"><div id="wpdcom" class="wpdiscuz_unauth"><div class="wpd-thread-list"><div id="wpd-comm-4_0" class="wpd-comment"><div class="wpd-comment-wrap"><div class="wpd-comment-header"><div class="wpd-comment-author">Anna</div><div class="wpd-comment-date" title="March 11, 2024 9:12 am"><i class="far fa-clock" aria-hidden="true"></i> 1 year ago</div></div><div class="wpd-comment-text"><p>At last!</p></div></div></div></div></div></div></main>` + fcP8EnFooter,
			want: "2024-03-05"},
		// A Blogger post whose date header is in Spanish, the timestamp
		// link's abbr titled.
		{name: "blogger-es-date-header", lang: "es", url: "https://notas-de-grest.blogspot.com/2024/03/nuevo-ferry.html",
			body: `<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>martes, 5 de marzo de 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">El nuevo ferry hace su primera travesía</h3><div class="post-body entry-content">` + fcProse(0, 4) + `</div><div class="post-footer"><span class="post-author vcard">Publicado por <span class="fn">Tove</span></span> <span class="post-timestamp">en <a class="timestamp-link" href="https://notas-de-grest.blogspot.com/2024/03/nuevo-ferry.html" rel="bookmark" title="permanent link"><abbr class="published" title="2024-03-05T15:41:00+01:00">15:41</abbr></a></span></div></div></div></div></div></div>`,
			want: "2024-03-05T15:41"},
		// A WordPress post whose permalink holds year and month only
		// and whose shown date is the day.
		{name: "url-year-month-and-shown-day", lang: "en-US", url: "https://island-notes.example/2024/03/ferry-to-grest/",
			body: fcP8EnWPPage(fcP8EnH1+`<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/03/ferry-to-grest/" rel="bookmark"><time class="entry-date published" datetime="2024-03-05T15:41:00+00:00">March 5, 2024</time></a></span></div>`, ""),
			want: "2024-03-05T15:41"},
		// A German news page: a list of earlier reports ("Mehr zum
		// Thema") with dates between the headline and the date line.
		{name: "de-mehr-zum-thema-between-headline-and-date", lang: "de", url: fcNewsU,
			body: fcWPHead + `<main><article>` + fcDeH1 + `<div class="mehr-zum-thema"><h2>Mehr zum Thema</h2><ul><li><a href="/lokales/anleger-wird-teurer">Anleger wird teurer als geplant</a> (28.02.2024)</li></ul></div><p class="meta">Holmby, 05.03.2024</p>` + fcDeProse(4) + `</article></main>` + fcWPFooter,
			want: "2024-03-05"},
		// Ghost with an "Updated" time beside the published one.
		{name: "ghost-updated-and-published-times", lang: "en", url: "https://island-notes.example/ferry-to-grest/",
			body: `<main class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">Ferry to Grest makes first crossing</h1><div class="article-byline-meta"><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-05">Mar 5, 2024</time> <span class="byline-meta-updated">Updated <time datetime="2024-03-09">Mar 9, 2024</time></span></div></div></header><section class="gh-content gh-canvas">` + fcProse(0, 4) + `</section></article></main>`,
			want: "2024-03-05"},
	}
}

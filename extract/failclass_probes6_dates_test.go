package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// A sixth round of probes, on the publication date of blog and news
// pages: invented pages in the documented default markup of public
// blog and news systems and themes (WordPress's default themes and the
// large free themes, Blogger, Hugo and Jekyll themes, Tumblr, Joomla,
// TYPO3's news extension, Drupal, Contao, Jimdo, Wix), many of them
// German or in another European language, with the dated chrome such
// pages carry (comments, archive widgets, recent-post and news lists, a
// site's "last modified" footer, print lines, event dates in the text). Written from the themes' templates and
// translations, not from corpus pages; the names and text are made up.
// TestFailureClasses runs them.

// fcDeSentences is invented German prose for the German pages.
var fcDeSentences = []string{
	"Die neue Fähre zwischen Holmby und der Insel Grest hat am Montagmorgen ihre erste Überfahrt mit vierzig Fahrgästen an Bord gemacht.",
	"Nach Angaben der Gemeinde soll sie im Sommer viermal täglich und in den Wintermonaten zweimal täglich fahren.",
	"Die Bewohner der Insel hatten seit mehr als zehn Jahren eine verlässliche Verbindung gefordert, seit das alte Boot nach einem Sturm ausgemustert wurde.",
	"Das Schiff wurde auf einer Werft am Festland gebaut und kann zwölf Autos sowie Fahrräder und kleine Lieferwagen aufnehmen.",
	"Die Fahrpreise wurden nach einer Bürgerbefragung festgelegt, in der die meisten Teilnehmer einen Rabatt für Inselbewohner verlangten.",
	"Der Hafenmeister sagte, die ersten Wochen würden zeigen, ob der Fahrplan vor der Urlaubssaison geändert werden muss.",
	"Die Geschäfte auf der Insel rechnen mit mehr Besuchern, und das einzige Café hat zwei zusätzliche Kräfte eingestellt.",
	"Kritiker verwiesen auf die Kosten des neuen Anlegers, die weit über dem vor drei Jahren beschlossenen Budget lagen.",
}

// fcDeProse returns n paragraphs of invented German prose.
func fcDeProse(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>" + fcDeSentences[(2*i)%len(fcDeSentences)] + " " + fcDeSentences[(2*i+1)%len(fcDeSentences)] + "</p>\n")
	}
	return b.String()
}

// fcDateRow is one date probe: the page's language, address, extra head
// markup and body markup, and the publication date wanted (a prefix of
// PublishedAt; "" for none).
type fcDateRow struct {
	name, lang, url, head, body, want string
}

func fcDateRows(class string, rows []fcDateRow) []fcCase {
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: class + "/" + r.name, url: r.url,
			html:  fcPage(r.lang, `<title>Neue Fähre nach Grest legt erstmals ab</title>`+r.head, r.body),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, r.want) }})
	}
	return cs
}

func fcProbe6DateCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcDateRows("dates/p6-wordpress", fcWordPressDateRows())...)
	cs = append(cs, fcDateRows("dates/p6-blog-systems", fcBlogSystemDateRows())...)
	cs = append(cs, fcDateRows("dates/p6-german-cms", fcGermanCMSDateRows())...)
	cs = append(cs, fcDateRows("dates/p6-german-forms", fcGermanFormDateRows())...)
	cs = append(cs, fcDateRows("dates/p6-european-forms", fcEuropeanFormDateRows())...)
	cs = append(cs, fcDateRows("dates/p6-decoys", fcDecoyDateRows())...)
	return cs
}

const (
	fcDeH1   = `<h1 class="entry-title">Neue Fähre nach Grest legt erstmals ab</h1>`
	fcBlogU  = "https://inselnotizen.example/neue-faehre-nach-grest/"
	fcNewsU  = "https://holmby-anzeiger.example/lokales/neue-faehre-nach-grest-legt-erstmals-ab"
	fcWPHead = `<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Inselnotizen</a></p><nav class="main-navigation"><a href="/">Start</a> <a href="/kontakt/">Kontakt</a></nav></header>`
	// fcWPSidebar: WordPress's default widgets (recent posts with
	// dates, archives with post counts, recent comments).
	fcWPSidebar = `<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/winterliegeplaetze/">Winterliegeplätze wieder voll</a> <span class="post-date">11. März 2024</span></li><li><a href="/cafe-sucht-personal/">Café sucht Personal</a> <span class="post-date">8. März 2024</span></li></ul></section>` +
		`<section class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul><li><a href="/2024/03/">März 2024</a>&nbsp;(5)</li><li><a href="/2024/02/">Februar 2024</a>&nbsp;(7)</li></ul></section>` +
		`<section class="widget widget_recent_comments"><h2 class="widget-title">Neueste Kommentare</h2><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Anna</span> bei <a href="/neue-faehre-nach-grest/#comment-4">Neue Fähre nach Grest</a></li></ul></section></aside>`
	fcWPFooter = `<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Inselnotizen · Stolz präsentiert von WordPress</div></footer>`
	// fcWPComments: the comment list WordPress prints, its dates the
	// readers'.
	fcWPComments = `<div id="comments" class="comments-area"><h2 class="comments-title">2 Gedanken zu „Neue Fähre nach Grest legt erstmals ab“</h2><ol class="comment-list"><li id="comment-4" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Anna</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="/neue-faehre-nach-grest/#comment-4"><time datetime="2024-03-11T09:12:00+01:00">11. März 2024 um 09:12 Uhr</time></a></div></footer><div class="comment-content"><p>Endlich!</p></div></article></li>` +
		`<li id="comment-5" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Jens</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="/neue-faehre-nach-grest/#comment-5"><time datetime="2024-03-06T18:30:00+01:00">6. März 2024 um 18:30 Uhr</time></a></div></footer><div class="comment-content"><p>Wie teuer ist die Überfahrt?</p></div></article></li></ol></div>`
)

// fcWPPage is a WordPress single post: the theme's header, the post's
// header markup, German prose, the comments and the sidebar.
func fcWPPage(entryHeader, entryFooter string) string {
	return fcWPHead + `<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-41" class="post-41 post type-post status-publish format-standard hentry category-allgemein">` +
		`<header class="entry-header">` + entryHeader + `</header><div class="entry-content">` + fcDeProse(4) + `</div><footer class="entry-footer">` + entryFooter + `</footer></article>` +
		fcWPComments + `</main>` + fcWPSidebar + `</div>` + fcWPFooter
}

// fcWordPressDateRows: the entry meta of WordPress's default themes and
// of the large free themes, in their German translations.
func fcWordPressDateRows() []fcDateRow {
	return []fcDateRow{
		// Twenty Eleven: "Veröffentlicht am <time class="entry-date">" in
		// the header.
		{name: "twentyeleven-de", lang: "de-DE", url: fcBlogU,
			body: fcWPPage(fcDeH1+`<div class="entry-meta"><span class="sep">Veröffentlicht am </span><a href="/neue-faehre-nach-grest/" title="15:41" rel="bookmark"><time class="entry-date" datetime="2024-03-05T15:41:00+01:00">5. März 2024</time></a><span class="by-author"> <span class="sep"> von </span> <span class="author vcard"><a class="url fn n" href="/author/tove/" rel="author">Tove</a></span></span></div>`,
				`Dieser Eintrag wurde veröffentlicht in <a href="/category/allgemein/" rel="category tag">Allgemein</a> von <a href="/author/tove/">Tove</a>. Setze ein Lesezeichen auf den <a href="/neue-faehre-nach-grest/" rel="bookmark">Permalink</a>.`),
			want: "2024-03-05T15:41"},
		// Twenty Fifteen to Twenty Twenty-One: the post's time pair in
		// the footer, published and updated, both machine dates.
		{name: "twentyfifteen-published-updated-pair", lang: "de-DE", url: fcBlogU,
			body: fcWPPage(fcDeH1, `<span class="posted-on"><span class="screen-reader-text">Veröffentlicht am </span><a href="/neue-faehre-nach-grest/" rel="bookmark"><time class="entry-date published" datetime="2024-03-05T15:41:00+01:00">5. März 2024</time><time class="updated" datetime="2024-03-09T10:02:00+01:00">9. März 2024</time></a></span><span class="byline"><span class="author vcard"><span class="screen-reader-text">Autor </span><a class="url fn n" href="/author/tove/">Tove</a></span></span>`),
			want: "2024-03-05T15:41"},
		// GeneratePress prints the update time first when a post was
		// edited (here without microdata, its default since 3.0).
		{name: "generatepress-updated-first-no-microdata", lang: "de-DE", url: fcBlogU,
			body: fcWPPage(fcDeH1+`<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2024-03-09T10:02:00+01:00">9. März 2024</time><time class="entry-date published" datetime="2024-03-05T15:41:00+01:00">5. März 2024</time></span> <span class="byline">von <span class="author vcard"><a class="url fn n" href="/author/tove/" rel="author"><span class="author-name">Tove</span></a></span></span></div>`, ""),
			want: "2024-03-05T15:41"},
		// A theme printing its one date as hAtom's "updated" in a
		// "posted-on" wrapper: with no other <time> beside it, the
		// wrapper's word tells what it is.
		{name: "posted-on-wrapper-one-updated-time", lang: "de-DE", url: fcBlogU,
			body: fcWPPage(fcDeH1+`<div class="entry-meta"><span class="posted-on"><time class="date updated" datetime="2024-03-05T15:41:00+01:00">5. März 2024</time></span> <span class="byline">von <span class="author vcard"><a class="url fn n" href="/author/tove/" rel="author">Tove</a></span></span></div>`, ""),
			want: "2024-03-05T15:41"},
		// Astra: spans, no <time>, microdata on text.
		{name: "astra-published-updated-spans", lang: "de-DE", url: fcBlogU,
			body: fcWPPage(`<h1 class="entry-title" itemprop="headline">Neue Fähre nach Grest legt erstmals ab</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="Alle Beiträge von Tove anzeigen" href="/author/tove/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Tove</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> 5. März 2024 </span><span class="updated" itemprop="dateModified"> 9. März 2024</span></span></div>`, ""),
			want: "2024-03-05"},
		// OceanWP: a list of meta items, screen-reader labels.
		{name: "oceanwp-meta-list", lang: "de-DE", url: fcBlogU,
			body: fcWPPage(fcDeH1+`<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Beitragsautor:</span><i class="icon-user" aria-hidden="true"></i><a href="/author/tove/" rel="author">Tove</a></li><li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Beitrag veröffentlicht:</span><i class="icon-clock" aria-hidden="true"></i>5. März 2024</li><li class="meta-mod-date" itemprop="dateModified"><span class="screen-reader-text">Beitrag zuletzt geändert:</span><i class="icon-note" aria-hidden="true"></i>9. März 2024</li><li class="meta-cat"><span class="screen-reader-text">Beitragskategorie:</span><a href="/category/allgemein/">Allgemein</a></li><li class="meta-comments"><span class="screen-reader-text">Beitrags-Kommentare:</span><a href="#comments">2 Kommentare</a></li></ul>`, ""),
			want: "2024-03-05"},
		// Genesis with a "last updated" shortcode before the post date,
		// no machine dates.
		{name: "genesis-updated-shortcode-first", lang: "de-DE", url: fcBlogU,
			body: fcWPPage(fcDeH1+`<p class="entry-meta">Zuletzt aktualisiert: <time class="entry-modified-time">9. März 2024</time> · Veröffentlicht: <time class="entry-time">5. März 2024</time> von <span class="entry-author"><a href="/author/tove/" class="entry-author-link" rel="author"><span class="entry-author-name">Tove</span></a></span> <span class="entry-comments-link"><a href="#comments">2 Kommentare</a></span></p>`, ""),
			want: "2024-03-05"},
		// Twenty Twenty-Four (block theme): the modified-date block
		// before the post-date block, and a query loop of other posts.
		{name: "block-theme-modified-block-first", lang: "de-DE", url: fcBlogU,
			body: `<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Inselnotizen</a></p></header><main class="wp-block-group"><div class="wp-block-group"><h1 class="wp-block-post-title">Neue Fähre nach Grest legt erstmals ab</h1>` +
				`<div class="wp-block-group"><div class="wp-block-post-date__modified-date wp-block-post-date has-small-font-size">Zuletzt geändert: <time datetime="2024-03-09T10:02:00+01:00">9. März 2024</time></div><div class="wp-block-post-date has-small-font-size"><time datetime="2024-03-05T15:41:00+01:00"><a href="/neue-faehre-nach-grest/">5. März 2024</a></time></div><div class="wp-block-post-author-name">Tove</div></div></div>` +
				`<div class="entry-content wp-block-post-content">` + fcDeProse(4) + `</div>` +
				`<div class="wp-block-query"><h2 class="wp-block-heading">Weitere Beiträge</h2><ul class="wp-block-post-template"><li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/winterliegeplaetze/">Winterliegeplätze wieder voll</a></h3><div class="wp-block-post-date"><time datetime="2024-03-11T08:00:00+01:00">11. März 2024</time></div></li></ul></div></main>`,
			want: "2024-03-05T15:41"},
	}
}

// fcBlogSystemDateRows: hosted blog systems and static-site themes.
func fcBlogSystemDateRows() []fcDateRow {
	bloggerArchive := `<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog-Archiv</h2><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)">▼</a> <a class="post-count-link" href="/2024/">2024</a> <span class="post-count" dir="ltr">(12)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2024/03/">März</a> <span class="post-count" dir="ltr">(3)</span></li></ul></li></ul></div>`
	bloggerComments := `<div class="comments" id="comments"><h4>3 Kommentare:</h4><div id="comment-holder"><dl class="comments-block"><dt class="comment-author">Anna hat gesagt…</dt><dd class="comment-body"><p>Wunderbar!</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1" title="comment permalink">12. März 2024 um 09:12</a></span></dd></dl></div></div>`
	return []fcDateRow{
		// Blogger's classic layouts: the day in the date header, the time
		// in the footer's timestamp link, its abbr titled with the full
		// machine time.
		{name: "blogger-date-header-and-abbr", lang: "de", url: "https://inselnotizen.blogspot.com/2024/03/neue-fahre-nach-grest.html",
			body: `<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>Dienstag, 5. März 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">Neue Fähre nach Grest legt erstmals ab</h3><div class="post-body entry-content" itemprop="description articleBody">` + fcDeProse(4) + `</div>` +
				`<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Eingestellt von <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Tove</span></span></span> <span class="post-timestamp">um <meta content="https://inselnotizen.blogspot.com/2024/03/neue-fahre-nach-grest.html" itemprop="url"><a class="timestamp-link" href="https://inselnotizen.blogspot.com/2024/03/neue-fahre-nach-grest.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2024-03-05T15:41:00+01:00">15:41</abbr></a></span></div></div></div>` + bloggerComments + `</div></div></div></div>` +
				`<div class="sidebar">` + bloggerArchive + `</div>`,
			want: "2024-03-05T15:41"},
		// Contempo's "Beliebte Posts" widget before the post, its
		// entries printed with the post header's own markup.
		{name: "blogger-contempo-popular-posts-before", lang: "de", url: "https://inselnotizen.blogspot.com/2024/03/neue-fahre-nach-grest.html",
			body: `<div class="sidebar"><div class="widget PopularPosts"><h2>Beliebte Posts</h2><div class="post"><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><a class="timestamp-link" href="https://inselnotizen.blogspot.com/2024/03/winterliegeplaetze.html"><time class="published" datetime="2024-03-11T08:00:00+01:00">März 11, 2024</time></a></span></div></div><h3 class="post-title"><a href="https://inselnotizen.blogspot.com/2024/03/winterliegeplaetze.html">Winterliegeplätze wieder voll</a></h3></div></div></div>` +
				`<main id="main"><article class="post-outer-container"><div class="post"><h3 class="post-title entry-title">Neue Fähre nach Grest legt erstmals ab</h3><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><a class="timestamp-link" href="https://inselnotizen.blogspot.com/2024/03/neue-fahre-nach-grest.html" rel="bookmark"><time class="published" datetime="2024-03-05T15:41:00+01:00" title="2024-03-05T15:41:00+01:00">März 05, 2024</time></a></span></div></div><div class="post-body entry-content">` + fcDeProse(4) + `</div></div>` + bloggerComments + `</article></main>`,
			want: "2024-03-05T15:41"},
		// Hugo's Stack theme: the publication <time> by the title, the
		// last-modified line at the article's end.
		{name: "hugo-stack-lastmod-at-end", lang: "de", url: "https://inselnotizen.example/p/neue-faehre-nach-grest/",
			body: `<main class="main full-width"><article class="main-article"><header class="article-header"><div class="article-details"><div class="article-title-wrapper"><h2 class="article-title"><a href="/p/neue-faehre-nach-grest/">Neue Fähre nach Grest legt erstmals ab</a></h2></div><footer class="article-time"><div><svg class="icon icon-tabler-calendar-time"></svg><time class="article-time--published">05. März 2024</time></div><div><svg class="icon icon-tabler-clock"></svg><time class="article-time--reading">3 Minuten Lesezeit</time></div></footer></div></header>` +
				`<section class="article-content">` + fcDeProse(4) + `</section><footer class="article-footer"><section class="article-lastmod"><svg class="icon icon-tabler-clock"></svg><span>Zuletzt aktualisiert am 09. März 2024 10:02 CET</span></section></footer></article>` +
				`<aside class="related-content--wrapper"><h2 class="section-title">Ähnliche Beiträge</h2><article><a href="/p/winterliegeplaetze/"><div class="article-details"><h2 class="article-title">Winterliegeplätze wieder voll</h2></div></a></article></aside></main>`,
			want: "2024-03-05"},
		// Jekyll's Chirpy: Unix times in data-ts, shown in the reader's
		// locale; "Aktualisiert" after "Veröffentlicht".
		{name: "jekyll-chirpy-data-ts", lang: "de-DE", url: "https://inselnotizen.example/posts/neue-faehre-nach-grest/",
			body: `<main><article class="px-1"><header><h1 data-toc-skip>Neue Fähre nach Grest legt erstmals ab</h1><div class="post-meta text-muted"><span>Veröffentlicht <time data-ts="1709649660" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">5. März 2024</time></span> <span>Aktualisiert <time data-ts="1709974920" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">9. März 2024</time></span><div class="d-flex justify-content-between"><span>Von <em><a href="/about/">Tove</a></em></span><span class="readtime" data-bs-toggle="tooltip" data-bs-placement="bottom">3 Minuten Lesezeit</span></div></div></header><div class="content">` + fcDeProse(4) + `</div></article></main>`,
			want: "2024-03-05"},
		// Tumblr's default theme: the day in the post footer's permalink,
		// with an ordinal; no date in the URL.
		{name: "tumblr-post-footer-ordinal", lang: "en", url: "https://island-notes.tumblr.com/post/742851230015/ferry-to-grest",
			body: `<header id="header"><h1 class="blog-title"><a href="/">Island notes</a></h1></header><section id="posts"><article class="post type-text"><div class="post-wrapper"><h2 class="post-title"><a href="/post/742851230015/ferry-to-grest">Ferry to Grest makes first crossing</a></h2><div class="body-text">` + fcProse(0, 4) + `</div></div><footer class="post-footer"><a class="post-date" href="/post/742851230015/ferry-to-grest">March 5th, 2024</a> <a class="post-notes" href="/post/742851230015/ferry-to-grest#notes">12 notes</a></footer></article></section>`,
			want: "2024-03-05"},
		// Wix Blog: the metadata strip with its "time ago" span holding
		// a written day, and an update line in the post footer.
		{name: "wix-post-metadata", lang: "de", url: "https://www.inselnotizen.example/post/neue-faehre-nach-grest",
			body: `<div id="SITE_CONTAINER"><main><article data-hook="post"><div data-hook="post-metadata"><span data-hook="user-name" class="user-name">Tove Lindqvist</span><ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="5. März 2024">5. März 2024</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime">3 Min. Lesezeit</span></li></ul></div><h1 data-hook="post-title" class="post-title">Neue Fähre nach Grest legt erstmals ab</h1><div data-hook="post-description"><div class="post-content__body">` + fcDeProse(4) + `</div></div>` +
				`<div data-hook="post-footer"><span data-hook="post-updated-date">Aktualisiert: 9. März 2024</span></div></article></main></div>`,
			want: "2024-03-05"},
	}
}

// fcGermanCMSDateRows: the news and article modules of the CMSs German
// sites run (Joomla, TYPO3, Drupal, Contao, Jimdo), with the lists of
// other news such pages carry.
func fcGermanCMSDateRows() []fcDateRow {
	newsList := `<div class="news-list-view"><h3>Aktuelle Meldungen</h3><div class="article articletype-0"><span class="news-list-date"><time datetime="2024-03-11">11.03.2024</time></span><h3><a href="/aktuelles/detail/winterliegeplaetze/">Winterliegeplätze wieder voll</a></h3></div><div class="article articletype-0"><span class="news-list-date"><time datetime="2024-03-08">08.03.2024</time></span><h3><a href="/aktuelles/detail/cafe-sucht-personal/">Café sucht Personal</a></h3></div></div>`
	return []fcDateRow{
		// Joomla 4's article info in German: published and modified, as
		// <time> elements whose text carries the label.
		{name: "joomla4-de-published-modified", lang: "de-de", url: "https://holmby-verein.example/index.php/aktuelles/41-neue-faehre",
			body: `<main><div class="com-content-article item-page"><div class="page-header"><h1>Neue Fähre nach Grest legt erstmals ab</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby"><span class="icon-user icon-fw" aria-hidden="true"></span> Geschrieben von: <span>Tove Lindqvist</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Kategorie: <a href="/index.php/aktuelles">Aktuelles</a></dd>` +
				`<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2024-03-09T10:02:00+01:00">Zuletzt aktualisiert: 09. März 2024</time></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2024-03-05T15:41:00+01:00">Veröffentlicht: 05. März 2024</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta content="UserPageVisits:312">Zugriffe: 312</dd></dl><div class="com-content-article__body">` + fcDeProse(4) + `</div></div></main>`,
			want: "2024-03-05T15:41"},
		// TYPO3's news extension: its list view, in a column before the
		// detail view, marks every entry an Article with a <meta
		// itemprop="datePublished">.
		{name: "typo3-news-list-microdata-before-detail", lang: "de", url: fcNewsU,
			body: `<div class="col-left"><div class="news-list-view"><div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><span class="news-list-date"><time datetime="2024-03-11">11.03.2024<meta itemprop="datePublished" content="2024-03-11"></time></span><h3><a href="/aktuelles/detail/winterliegeplaetze/" itemprop="url"><span itemprop="headline">Winterliegeplätze wieder voll</span></a></h3></div></div></div>` +
				`<div class="col-main"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h1 itemprop="headline">Neue Fähre nach Grest legt erstmals ab</h1></div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-03-05">05.03.2024</time></span> <span class="news-list-category">Lokales</span></p></div><div class="news-text-wrap" itemprop="articleBody">` + fcDeProse(4) + `</div></div></div></div>`,
			want: "2024-03-05"},
		// Its older templates: no <time>, the date in the detail view's
		// <div class="footer"> right under the header.
		// The article's own item, the headline above it, its address in
		// another form than the page's (here a file read without one):
		// a whole story is no teaser, its datePublished meta the page's.
		{name: "own-item-below-headline-no-url", lang: "de", url: "",
			body: `<div class="wrap">` + fcDeH1 + `<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="url" content="https://holmby-anzeiger.example/lokales/neue-faehre.html"><meta itemprop="datePublished" content="2024-03-05T15:41:00+01:00"><div itemprop="articleBody">` + fcDeProse(4) + `</div></div></div>`,
			want: "2024-03-05T15:41"},
		{name: "typo3-news-footer-date-span", lang: "de", url: fcNewsU,
			body: `<div class="col-left"><div class="news-list-view"><div class="article"><span class="news-list-date">11.03.2024</span><h3><a href="/aktuelles/detail/winterliegeplaetze/">Winterliegeplätze wieder voll</a></h3></div></div></div><div class="col-main"><div class="news news-single"><div class="article"><div class="header"><h1>Neue Fähre nach Grest legt erstmals ab</h1></div><div class="footer"><span class="news-list-date">05.03.2024</span></div>` + fcDeProse(4) + `</div></div></div>`,
			want: "2024-03-05"},
		// The older tt_news single view: a right box with a two-digit
		// year and the clock.
		{name: "typo3-tt-news-rightbox", lang: "de", url: "https://holmby-anzeiger.example/index.php?id=12&tx_ttnews%5Btt_news%5D=4182",
			body: `<div class="col-left">` + newsList + `</div><div class="news-single-item"><div class="news-single-rightbox">05.03.24 15:41<br>Kategorie: Lokales</div><h1>Neue Fähre nach Grest legt erstmals ab</h1>` + fcDeProse(4) + `<div class="news-single-backlink"><a href="/aktuelles/">Zurück</a></div></div>`,
			want: "2024-03-05"},
		// Drupal 7's "Submitted by" line in German, with a German date
		// format.
		{name: "drupal7-eingereicht-von", lang: "de", url: "https://holmby-verein.example/node/412",
			body: `<div id="main"><h1 class="title" id="page-title">Neue Fähre nach Grest legt erstmals ab</h1><div id="node-412" class="node node-article node-promoted clearfix"><div class="meta submitted"><span class="username">tove</span> — Eingereicht von <span class="username">tove</span> am Di., 05.03.2024 - 15:41</div><div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">` + fcDeProse(4) + `</div></div></div></div>` +
				`<div id="comments" class="comment-wrapper"><h2 class="title">Kommentare</h2><div class="comment clearfix"><div class="attribution"><div class="submitted"><p class="commenter-name"><span class="username">anna</span></p><p class="comment-time">Di., 12.03.2024 - 09:12</p></div></div><div class="content"><p>Endlich!</p></div></div></div></div></div>`,
			want: "2024-03-05T15:41"},
		// Drupal's default medium format (D, m/d/Y - H:i) on a French
		// site: the weekday "mar" (mardi) fits 5 March, not 3 May.
		{name: "drupal7-soumis-par-default-format", lang: "fr", url: "https://holmby-asso.example/node/412",
			body: `<div id="main"><h1 class="title" id="page-title">Le nouveau ferry de Grest fait sa première traversée</h1><div id="node-412" class="node node-article clearfix"><div class="meta submitted">Soumis par <span class="username">tove</span> le mar, 03/05/2024 - 15:41</div><div class="content clearfix">` + fcProse(0, 4) + `</div></div></div>`,
			want: "2024-03-05T15:41"},
		// Contao's news reader: the <time> opens the info line; the
		// news list module in the sidebar before the article.
		{name: "contao-newsreader", lang: "de", url: "https://holmby-verein.example/aktuelles/neue-faehre-nach-grest.html",
			body: `<div id="left"><div class="mod_newslist block"><h2>Neuigkeiten</h2><div class="layout_latest arc_1 block first even"><p class="info"><time datetime="2024-03-11T08:00:00+01:00">11.03.2024 08:00</time></p><h2><a href="/aktuelles/winterliegeplaetze.html">Winterliegeplätze wieder voll</a></h2></div></div></div>` +
				`<div id="main"><div class="mod_newsreader block"><div class="layout_full block first last even"><h1>Neue Fähre nach Grest legt erstmals ab</h1><p class="info"><time datetime="2024-03-05T15:41:00+01:00">05.03.2024 15:41</time> von Tove Lindqvist</p><div class="ce_text block">` + fcDeProse(4) + `</div></div><p class="back"><a href="javascript:history.go(-1)" title="Zurück">Zurück</a></p></div></div>`,
			want: "2024-03-05T15:41"},
		// ... with the URL a blog import gave the post (its day lost);
		// the shown spans date it.
		{name: "jimdo-blog-date-spans-no-url-date", lang: "de", url: "https://inselnotizen.jimdofree.example/neue-fähre-nach-grest/",
			body: `<div class="j-blog"><div class="j-blog-meta"><a href="/neue-fähre-nach-grest/" class="j-blog-headline"><h1 class="j-blog-header j-blog-headline j-blog-post--headline">Neue Fähre nach Grest legt erstmals ab</h1></a><div class="datetime j-blog-post--date"><span class="day">05</span><span class="mon">März</span><span class="yr">2024</span></div></div><div class="post j-blog-content">` + fcDeProse(4) + `</div></div>`,
			want: "2024-03-05"},
	}
}

// fcGermanFormDateRows: the labels and written forms German-language
// blogs and papers print by the headline.
func fcGermanFormDateRows() []fcDateRow {
	page := func(meta, tail string) string {
		return `<div class="wrapper"><main><article>` + fcDeH1 + meta + fcDeProse(4) + `</article></main>` + tail + `<footer><p>© 2024 Holmby Anzeiger · Impressum · Datenschutz</p></footer></div>`
	}
	ago := time.Now().UTC().AddDate(0, 0, -3).Format("2006-01-02")
	return []fcDateRow{
		{name: "geschrieben-am-von", lang: "de", url: fcBlogU,
			body: page(`<p class="postmeta">Geschrieben am 5. März 2024 von Tove</p>`, `<div class="kommentare"><h3>3 Kommentare</h3><div class="kommentar"><p class="kopf">Anna schrieb am 12. März 2024 um 09:12:</p><p>Endlich!</p></div></div>`), want: "2024-03-05"},
		{name: "erstellt-am-and-zuletzt-aktualisiert-two-digit-year", lang: "de", url: fcNewsU,
			body: page(`<div class="info"><span>Erstellt am 05.03.24</span> <span>zuletzt aktualisiert am 09.03.24</span></div>`, ""), want: "2024-03-05"},
		// A weekday abbreviated with a full stop.
		{name: "weekday-abbreviated-with-stop", lang: "de", url: fcNewsU, body: page(`<p class="datum">Mo., 4. März 2024</p>`, ""), want: "2024-03-04"},
		// Austrian month names, abbreviated: "Jän." (Jänner).
		{name: "austrian-jaen-abbreviated", lang: "de-AT", url: fcNewsU, body: page(`<p class="meta">Fr., 5. Jän. 2024, 15:41</p>`, ""), want: "2024-01-05"},
		// Swiss papers write the clock with a full stop.
		{name: "swiss-publiziert-dotted-clock", lang: "de-CH", url: fcNewsU,
			body: page(`<div class="article-meta"><span>Publiziert: 05.03.2024, 15.41 Uhr</span> <span>Aktualisiert: 06.03.2024, 09.12 Uhr</span></div>`, ""), want: "2024-03-05"},
		// "Stand:" by the headline; the site's footer says when the
		// site last changed.
		{name: "stand-and-footer-last-change", lang: "de", url: fcNewsU,
			body: page(`<p class="meta">Stand: 05.03.2024, 15:41 Uhr</p>`, `<div class="site-info">Letzte Änderung dieser Seite: 11.03.2024</div>`), want: "2024-03-05T15:41"},
		// Only the change by the headline; the first publication at
		// the end.
		{name: "zuletzt-geaendert-and-erstveroeffentlichung", lang: "de", url: fcNewsU,
			body: page(`<p class="meta">Zuletzt geändert: 09.03.2024</p>`, "") + `<p class="hinweis">Erstveröffentlichung: 05.03.2024</p>`, want: "2024-03-05"},
		// A relative age ("vor 3 Tagen") as Wix and social-style
		// themes print it; counted back from the fetch (now).
		{name: "vor-drei-tagen", lang: "de", url: fcNewsU, body: page(`<div class="post-metadata"><span class="user-name">Tove Lindqvist</span> <span class="time-ago">vor 3 Tagen</span> <span>3 Min. Lesezeit</span></div>`, ""), want: ago},
	}
}

// fcEuropeanFormDateRows: French, Spanish, Italian, Dutch and Polish
// forms.
func fcEuropeanFormDateRows() []fcDateRow {
	page := func(h1, meta string) string {
		return `<main><article><h1>` + h1 + `</h1>` + meta + fcProse(0, 4) + `</article></main><footer><p>© 2024</p></footer>`
	}
	return []fcDateRow{
		// French ordinal first of the month: "1er mars".
		{name: "fr-premier-du-mois", lang: "fr", url: "https://journal-de-grest.example/actualites/nouveau-ferry",
			body: page("Le nouveau ferry fait sa première traversée", `<p class="meta">Publié le 1er mars 2024 à 15h41 · Mis à jour le 4 mars 2024 à 09h12</p>`), want: "2024-03-01T15:41"},
		// Spanish papers: city, day, a capitalised month abbreviation,
		// the clock and the zone.
		{name: "es-city-upper-month-zone", lang: "es", url: "https://diario-de-grest.example/espana/2024-03-05/nuevo-ferry.html",
			body: page("El nuevo ferry hace su primera travesía", `<div class="a_md"><div class="a_md_txt"><div class="a_md_a"><a href="/autor/tove/">Tove Lindqvist</a></div><div class="a_md_f"><span>Madrid - </span><time datetime="2024-03-05T15:41:00+01:00">05 MAR 2024 - 15:41 CET</time></div></div></div>`), want: "2024-03-05T15:41"},
		{name: "it-ore-with-aggiornato", lang: "it", url: "https://giornale-di-grest.example/cronaca/nuovo-traghetto",
			body: page("Il nuovo traghetto fa la prima traversata", `<p class="meta">Aggiornato il: 06/03/2024 ore 09:12 · Pubblicato il: 05/03/2024 ore 15:41</p>`), want: "2024-03-05T15:41"},
		// Dutch abbreviated month "mrt" (maart).
		{name: "nl-mrt", lang: "nl", url: "https://krant-van-grest.example/nieuws/nieuwe-veerboot",
			body: page("Nieuwe veerboot maakt eerste overtocht", `<p class="meta"><time>di 5 mrt 2024, 15:41</time></p>`), want: "2024-03-05T15:41"},
		{name: "pl-data-publikacji-aktualizacji", lang: "pl", url: "https://gazeta-grest.example/wiadomosci/nowy-prom",
			body: page("Nowy prom odbył pierwszy rejs", `<div class="meta"><span>Data aktualizacji: 6 marca 2024, 09:12</span> <span>Data publikacji: 5 marca 2024, 15:41</span></div>`), want: "2024-03-05T15:41"},
		{name: "pl-godz", lang: "pl", url: "https://gazeta-grest.example/wiadomosci/nowy-prom",
			body: page("Nowy prom odbył pierwszy rejs", `<p class="meta">5 marca 2024, godz. 15:41</p>`), want: "2024-03-05T15:41"},
		{name: "pt-de-marco-as", lang: "pt", url: "https://jornal-de-grest.example/noticias/ferry",
			body: page("Novo ferry faz a primeira travessia", `<p class="meta">Publicado em 5 de março de 2024, às 15h41</p>`), want: "2024-03-05T15:41"},
	}
}

// fcDecoyDateRows: dated things a page carries besides its own date.
func fcDecoyDateRows() []fcDateRow {
	page := func(before, meta, after string) string {
		return `<div class="wrapper">` + before + `<main><article>` + fcDeH1 + meta + fcDeProse(4) + after + `</article></main><footer><p>© 2024 Holmby Anzeiger</p></footer></div>`
	}
	return []fcDateRow{
		// The print edition's day after the text, a day later.
		{name: "print-edition-line-de", lang: "de", url: fcNewsU,
			body: page("", `<p class="meta">05.03.2024, 15:41 Uhr</p>`, `<p class="print-hint">Dieser Artikel erschien in der Printausgabe vom 06.03.2024.</p>`), want: "2024-03-05T15:41"},
		// An event's day in the standfirst above the meta line.
		{name: "event-date-in-standfirst-de", lang: "de", url: fcNewsU,
			body: page("", `<p class="teaser">Am Samstag, 23. März 2024, lädt die Gemeinde zur offiziellen Einweihung des Anlegers ein.</p><p class="meta">Von Tove Lindqvist, 05.03.2024</p>`, ""), want: "2024-03-05"},
		// ... and marked up as a <time> in a paragraph.
		{name: "event-time-element-in-sentence-de", lang: "de", url: fcNewsU,
			body: page("", `<p class="meta">Beitrag vom 05.03.2024</p><p>Die offizielle Einweihung des Anlegers ist am <time datetime="2024-03-23">23. März</time> geplant, wie die Gemeinde mitteilte.</p>`, ""), want: "2024-03-05"},
		// A byline line is no sentence, however long: the <time> after
		// the writers' names is the page's, with its clock.
		{name: "time-after-byline-in-meta-paragraph-de", lang: "de", url: fcNewsU,
			body: page("", `<p class="meta">Von Tove Lindqvist und Jonas Lind | <time datetime="2024-03-05T15:41:00+01:00">5. März 2024</time> | Kategorien: Nachrichten, Politik und Wahlen, Gemeinde</p>`, ""), want: "2024-03-05T15:41"},
		{name: "time-after-written-by-in-paragraph-en", lang: "en", url: fcBlogU,
			body: page("", `<p>Written by Tove Lindqvist on <time datetime="2024-03-05T15:41:00+01:00">March 5, 2024</time> in News, Politics and Elections, Local Government and Island Affairs</p>`, ""), want: "2024-03-05T15:41"},
		// ... but a sentence opening with "By the" is prose.
		{name: "event-time-in-sentence-opening-by-the-en", lang: "en", url: fcBlogU,
			body: page("", `<p class="meta">Posted on 5 March 2024</p><p>By the time the new pier opens on <time datetime="2024-03-23">23 March</time>, the ferry will run four crossings a day, the council said.</p>`, ""), want: "2024-03-05"},
		// An undated page: its comments, archive and copyright give it
		// no date.
		{name: "undated-page-with-dated-chrome", lang: "de", url: fcBlogU,
			body: fcWPHead + `<main id="main"><article class="post hentry"><header class="entry-header">` + fcDeH1 + `</header><div class="entry-content">` + fcDeProse(4) + `</div></article>` + fcWPComments + `</main>` + fcWPSidebar + fcWPFooter,
			want: ""},
	}
}

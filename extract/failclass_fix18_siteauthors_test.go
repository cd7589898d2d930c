package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix18SiteAuthorsCases: authors on small sites (round 18, class
// "authors on small sites"). A copyright holder that is a town's or
// region's administration ("Copyright © Minatogawa City", "© Comune di
// Vallebruna") names no person; a blog's own post footer ("posted by X at
// 2024-03-05 14:20", Pixnet and Blogger themes) names its writer. And the
// lines the rules must leave alone: a person holding the copyright (one
// whose given name is "Ville"), a "posted by" line of a related post, of a
// comment or of the page's footer, a footer line beside a real byline.
func fcFix18SiteAuthorsCases() []fcCase {
	head := func(site string) string {
		return `<title>Bicycle helmet grants open in March | ` + site + `</title><meta property="og:title" content="Bicycle helmet grants open in March"><meta property="og:site_name" content="` + site + `">`
	}
	// copyright: a page with no byline, its footer's holder.
	cp := func(name, lang, site, footer string, want ...string) fcCase {
		body := `<div id="wrap"><div id="main"><h1>Bicycle helmet grants open in March</h1><div class="content">` + fcProse(1, 4) +
			`</div></div><div id="footer"><p>` + footer + `</p></div></div>`
		return fcCase{class: "fix18/site-authors/" + name, url: "https://small-site.example/news/helmet-grants", html: fcPage(lang, head(site), body),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	// post footer: the post's element, the text, then after.
	pf := func(name, lang, post, after string, want ...string) fcCase {
		body := `<div id="outer-wrapper"><div id="header"><a href="/">Ferry Notes</a></div><div id="content">` + post + after +
			`</div><div id="footer"><p>Powered by a blog host</p></div></div>`
		return fcCase{class: "fix18/site-authors/" + name, url: "https://ferry-notes.example/2024/03/helmet-grants.html", html: fcPage(lang, head("Ferry Notes"), body),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	text := `<h2 class="post-title">Bicycle helmet grants open in March</h2><div class="post-body">` + fcProse(2, 4) + `</div>`
	return []fcCase{
		// an administration holds the copyright: no author
		cp("en-city-holder", "en", "みなと川市", "Copyright © Minatogawa City. All Rights Reserved."),
		cp("en-county-holder", "en", "Residents' notices", "© 2024 Holmby County | Privacy | Accessibility"),
		cp("it-comune-di-holder", "it", "Notizie dal territorio", "© Comune di Vallebruna - P.IVA 00123450789"),
		cp("fr-ville-de-holder", "fr", "Actualités", "© 2024 Ville de Montclair · Mentions légales"),
		cp("fr-ville-d-holder", "fr", "Vivre ici", "© Ville d'Avrelles"),
		cp("da-kommune-holder", "da", "Nyheder", "© 2024 Grenby Kommune"),
		cp("nl-gemeente-holder", "nl", "Nieuws", "© Gemeente Holmby"),
		cp("es-ayuntamiento-holder", "es", "Noticias municipales", "© 2024 Ayuntamiento de Valdeoro. Todos los derechos reservados."),
		// must NOT fire: a person holds the copyright
		cp("en-person-holder-kept", "en", "Kitchen Table Notes", "© 2024 Jane Doe · Built with a static site generator", "Jane Doe"),
		cp("fi-given-name-ville-kept", "fi", "Korhosen blogi", "© 2024 Ville Korhonen", "Ville Korhonen"),
		cp("en-surname-cityish-kept", "en", "Garden Diary", "© 2021 Marta Lindqvist. All rights reserved.", "Marta Lindqvist"),
		// the post's own footer names the writer
		pf("zh-pixnet-style-footer", "zh-TW", `<div class="article" id="article-1001">`+text+`<div class="article-footer"><ul class="footer"><li class="publish">此分類上一篇：<a href="/post/1000">渡輪時刻表</a></li><li class="author">posted by <a href="/blog">小芸</a> at 2024-03-05 14:20</li><li class="trackback"><a href="#comments">留言(3)</a></li></ul></div></div>`, "", "小芸"),
		pf("en-footer-class-in-post", "en", `<div class="post">`+text+`<div class="footer"><p>posted by <a href="/profile">Tom Ricks</a> at 2024-03-05 10:12</p></div></div>`, "", "Tom Ricks"),
		pf("en-blogger-post-footer", "en", `<div class="post hentry">`+text+`<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Jane Doe</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2024/03/helmet-grants.html">2:20 PM</a></span></div></div></div>`, "", "Jane Doe"),
		// must NOT fire: a related post's, a comment's, the page footer's line
		pf("en-related-post-line-not-read", "en", `<div class="post">`+text+`</div>`, `<div class="related-posts"><h3>You may also like</h3><ul><li><a href="/2024/02/winter-timetable.html">Winter timetable changes</a><br>posted by Karl Weiss at 2024-02-11 09:00</li></ul></div>`),
		pf("en-comment-line-not-read", "en", `<div class="post">`+text+`<div class="comments"><div class="comment"><p class="comment-meta">posted by Karen Holt at 2024-03-06 20:15</p><p>Thanks, I applied this morning.</p></div></div></div>`, ""),
		pf("en-page-footer-line-not-read", "en", `<div class="content-main">`+text+`</div>`, `<div class="footer"><p>posted by Site Admin at 2024-03-05</p></div>`),
		pf("en-footer-beside-byline-kept", "en", `<div class="post"><h2 class="post-title">Bicycle helmet grants open in March</h2><p class="byline">By Ana Ruiz</p><div class="post-body">`+fcProse(2, 4)+`</div><div class="footer"><p>posted by webdesk at 2024-03-05 10:12</p></div></div>`, "", "Ana Ruiz"),
	}
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix19LinesCases: pretty-printed markup (round 19, the markup
// metamorphic test's ws-indent variant). CMS templates print each inline
// element of a byline strip, a source line or a picture's credit on a
// line of its own, indented; a reader sees one line, words apart. The
// markup's line breaks are no lines of text: a byline strip's name then
// its date ("<span>Staff</span>⏎<span>Tue 5 Mar</span>" gave the author
// "Tue"), a source line's label and its agency ("Source:⏎ TASS" lost the
// agency), a blog footer's "posted by⏎<a>name</a>⏎at …". And the lines
// a reader does see stay lines: a <br> after the name, a block after it.
func fcFix19LinesCases() []fcCase {
	head := `<title>Ferry to Grest makes first crossing</title><meta property="og:title" content="Ferry to Grest makes first crossing">`
	page := func(name, lang, meta, footer string, check func(t *testing.T, a *article.Article)) fcCase {
		body := "<main>\n  <article class=\"story\">\n    <h1 class=\"story__title\">\n      Ferry to Grest makes first crossing\n    </h1>\n    " +
			meta + "\n    <div class=\"story__body\">\n" + fcProse(0, 5) + "    </div>\n    " + footer + "\n  </article>\n</main>\n<footer>\n  <p>Contact · Privacy</p>\n</footer>"
		return fcCase{class: "fix19/lines/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing", html: fcPage(lang, head, body), check: check}
	}
	authors := func(name, lang, meta, footer string, want ...string) fcCase {
		return page(name, lang, meta, footer, func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) })
	}
	picture := func(name, media, caption, credit string) fcCase {
		return page(name, "en", "", "", nil).withHTML(fcPage("en", head,
			"<article>\n  <h1>Ferry to Grest makes first crossing</h1>\n"+fcProse(0, 2)+media+"\n"+fcProse(4, 3)+"</article>"),
			func(t *testing.T, a *article.Article) { fcWantImage(t, a, "deck", caption, credit) })
	}
	const img = `<img src="/img/deck.jpg" alt="">`
	sourceAbove := func(line string) string {
		return "<div class=\"story__meta\">\n      <time class=\"story__date\">5.3.2024, 14:32</time>\n      <span class=\"story__updated\">16:10</span>\n      <span class=\"story__views\">12 480</span>\n    </div>\n    <div class=\"story__lead\">\n      A new ferry links the island with the mainland.\n    </div>\n    <div class=\"story__source\">\n      " + line +
			"\n    </div>\n    <figure class=\"story__image\">\n      " + img + "\n      <figcaption>\n        <span class=\"caption\">The new ferry at the pier.</span>\n        <span class=\"copyright\">Photo: Nils Brandt</span>\n      </figcaption>\n    </figure>"
	}
	return []fcCase{
		// byline strips: a name, then its date, each span on a line
		authors("strip-name-then-date", "en",
			"<div class=\"story__meta\">\n      <span class=\"story__author\">Hazel Ormsby</span>\n      <span class=\"story__date\">Tue 5 Mar 2024, 11:27 AM</span>\n    </div>",
			"", "Hazel Ormsby"),
		authors("strip-by-link-and-link", "en",
			"<p class=\"byline\">\n      By\n      <a href=\"/author/mara-lind\" rel=\"author\">Mara Lind</a>\n      and\n      <a href=\"/author/tomas-berg\" rel=\"author\">Tomas Berg</a>\n    </p>",
			"", "Mara Lind", "Tomas Berg"),
		authors("strip-date-bar-name", "en",
			"<div class=\"post-meta\">\n      <span class=\"post-date\">March 5, 2024</span>\n      <span class=\"sep\">|</span>\n      <span class=\"post-author\">\n        By\n        Nadia Okafor\n      </span>\n    </div>",
			"", "Nadia Okafor"),
		authors("de-von-name-then-date", "de",
			"<div class=\"artikel-meta\">\n      <span class=\"autor\">\n        Von\n        Jana Feldkamp\n      </span>\n      <time datetime=\"2024-03-05\">\n        05.03.2024\n      </time>\n    </div>",
			"", "Jana Feldkamp"),
		// source lines: the label and the agency on lines of their own
		authors("ru-source-line-agency", "ru", "",
			"<div class=\"story__source\">\n      Источник:\n      ТАСС\n    </div>", "ТАСС"),
		authors("de-quelle-desk-slash-name", "de", "",
			"<p class=\"news-source\">\n      Quelle:\n      WSR SACHSEN/Katrin Vollmer\n    </p>", "Katrin Vollmer"),
		// a source line under the headline, a lead picture after it: the
		// picture-credit test of the line reads its box's first 300 bytes,
		// which must count text, not the indentation
		authors("ru-source-line-above-lead-picture", "ru", sourceAbove("Источник: ТАСС"), "", "ТАСС"),
		authors("de-quelle-line-above-lead-picture", "de", sourceAbove("Quelle: WSR SACHSEN/Katrin Vollmer"), "", "Katrin Vollmer"),
		// a blog footer: "posted by <a>name</a> at date"
		authors("blog-footer-posted-by", "en", "",
			"<ul class=\"post-footer\">\n      <li class=\"author\">\n        posted by\n        <a href=\"/about\">Lena Marsh</a>\n        at 2024-03-05 14:20\n      </li>\n    </ul>", "Lena Marsh"),
		// the strips of the invented pages whose pretty-printed form failed
		authors("strip-desk-date-updated", "en",
			"<div class=\"article-author-date\">\n      <span class=\"author\">Staff Reporter</span>\n      <span class=\"date\">Tue 5 Mar 2024, 11:27 AM</span>\n      <span class=\"date-updated\">Last updated: Tue 5 Mar 2024, 1:05 PM</span>\n    </div>",
			"", "Staff Reporter"),
		authors("strip-name-then-desk", "de",
			"<div class=\"article-meta\">\n      <div class=\"article-author\">\n        <span class=\"article-author__name\">Jonas Amrhein</span>\n        <span class=\"article-author__role\">Inlandredaktion</span>\n      </div>\n    </div>",
			"", "Jonas Amrhein"),
		authors("strip-name-updated-first-published", "en",
			"<div class=\"story-byline\">\n      <div class=\"byline-author\">\n        <span class=\"author-name\"><a href=\"/profile/77/nadia-okafor/\">Nadia Okafor</a></span>\n      </div>\n      <div class=\"byline-date\">\n        <span class=\"updated\">Updated March 5 2024 - 4:02pm</span>\n        ,\n        <span class=\"published\">first published 3:41pm</span>\n      </div>\n    </div>",
			"", "Nadia Okafor"),
		authors("pt-plone-published-modified-then-texto", "pt",
			"<div class=\"documentByLine\">\n      <span class=\"documentPublished\">\n        <span>publicado</span>\n        05/03/2024 14h30,\n      </span>\n      <span class=\"documentModified\">\n        <span>última modificação</span>\n        06/03/2024 09h12\n      </span>\n    </div>",
			"<p>\n      Texto: Beatriz Quaresma — Comunicação do campus\n    </p>", "Beatriz Quaresma"),
		// a blog theme's post footer, the byline's only place
		{class: "fix19/lines/zh-tw-blog-footer-posted-by", url: "https://lanxi-walks.example/blog/post/2001",
			html: fcPage("zh-TW", `<title>台南｜巷弄裡的老宅豆花 @ 蘭溪散步記</title>`,
				"<div id=\"container\">\n  <div class=\"article\" id=\"article-2001\">\n    <h2 class=\"title\">\n      台南｜巷弄裡的老宅豆花\n    </h2>\n    <div class=\"article-body\">\n"+
					"<p>這家豆花店在巷子裡開了七十年，老闆娘每天清晨四點就起來煮糖水，做好的豆花一天只賣三鍋。</p>\n<p>店裡只有六張桌子，假日下午常常要排上半小時，但老客人都說值得，因為味道從來沒有變過。</p>\n<p>老闆娘說，以前附近都是工廠，工人下班就來吃一碗；現在客人多半是觀光客，但她堅持不漲價太多。</p>\n"+
					"    </div>\n    <div class=\"article-footer\">\n      <ul class=\"footer\">\n        <li class=\"author\">\n          posted by\n          <a href=\"https://lanxi-walks.example/blog\">阿蘭</a>\n          at 2024-03-05 14:20\n        </li>\n        <li class=\"pageview\">人氣(1,284)</li>\n      </ul>\n    </div>\n  </div>\n</div>"),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "阿蘭") }},
		// must NOT merge: a <br> and a block are lines a reader sees
		authors("name-br-place-kept-apart", "en",
			"<p class=\"byline\">\n      By Hazel Ormsby\n      <br>\n      Staff writer\n    </p>", "", "Hazel Ormsby"),
		// a wire's strip: the agency, the place, the date, spans on lines
		page("wire-strip-agency-place-date", "es",
			"<div class=\"firma\">\n      <span class=\"autor\">EUROPA PRESS</span>\n      <span class=\"lugar\">Sevilla</span>\n      <span class=\"fecha\">5 de marzo de 2024</span>\n    </div>", "",
			func(t *testing.T, a *article.Article) {
				if a.Dateline != "Sevilla" {
					t.Errorf("dateline = %q, want %q", a.Dateline, "Sevilla")
				}
			}),
		// the same strip on one line, its spans a space apart
		page("wire-strip-agency-place-date-one-line", "es",
			`<div class="firma"><span class="autor">EUROPA PRESS</span> <span class="lugar">Sevilla</span> <span class="fecha">5 de marzo de 2024</span></div>`, "",
			func(t *testing.T, a *article.Article) {
				if a.Dateline != "Sevilla" {
					t.Errorf("dateline = %q, want %q", a.Dateline, "Sevilla")
				}
			}),
		// picture credits: the credit span on lines of its own
		picture("figcaption-credit-span-on-lines",
			"<figure>\n  "+img+"\n  <figcaption>\n    The new ferry at the pier.\n    <span class=\"credit\">\n      Photo: Nils Brandt\n    </span>\n  </figcaption>\n</figure>",
			"The new ferry at the pier.", "Nils Brandt"),
		picture("figcaption-small-credit-on-lines",
			"<figure class=\"wp-block-image\">\n  "+img+"\n  <figcaption class=\"wp-element-caption\">\n    The new ferry at the pier\n    <small>\n      Foto: Jens Albrecht/Holmby Wire\n    </small>\n  </figcaption>\n</figure>",
			"The new ferry at the pier", "Jens Albrecht/Holmby Wire"),
	}
}

// withHTML is c with another page and check.
func (c fcCase) withHTML(html string, check func(t *testing.T, a *article.Article)) fcCase {
	c.html, c.check = html, check
	return c
}

package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Probes of the article body, round 9: what belongs to the text and what
// is page chrome, in the default markup of many CMSs (WordPress and its
// common plugins, Drupal, Ghost, Arc XP, Brightspot, Substack, Medium,
// Blogger, AMP) and in languages the round-8 probes lack. Chrome first
// (share and like bars, related cards, subscription widgets, donation
// appeals, tag lists, post navigation, polls, tables of contents,
// consent placeholders of embeds, app prompts, breadcrumbs), then text
// that looks like chrome and stays (one-line paragraphs, paragraphs that
// open with "Read", "Sign", "Follow" or "Print", a story about cookies
// or a newsletter, Q&A lines, a poem, code, tables, subheadings,
// editors' notes and republishing notes). The prose and names are
// invented; no row copies a corpus page. TestFailureClasses runs them.

// fc9BodyProse adds the invented council story in languages fc8Prose
// lacks.
var fc9BodyProse = map[string][]string{
	"da": {"Byrådet vedtog tirsdag budgettet for næste år efter en debat, der varede mere end fire timer.", "Oppositionen kritiserede især de planlagte nedskæringer på byens biblioteker og svømmehaller.", "Borgmesteren forsvarede planen og pegede på de stigende energiudgifter i de seneste to år.", "Afstemningen, enogtyve mod sytten, var tættere end forvaltningen havde ventet."},
	"id": {"Dewan kota pada hari Selasa menyetujui anggaran tahun depan setelah perdebatan yang berlangsung lebih dari empat jam.", "Pihak oposisi terutama mengkritik rencana pemotongan dana untuk perpustakaan dan kolam renang kota.", "Wali kota membela rencana itu dengan menunjuk kenaikan biaya energi selama dua tahun terakhir.", "Pemungutan suara, dua puluh satu lawan tujuh belas, lebih ketat dari perkiraan pemerintah kota."},
	"tr": {"Belediye meclisi salı günü, dört saatten uzun süren bir tartışmanın ardından gelecek yılın bütçesini kabul etti.", "Muhalefet özellikle kütüphanelerde ve şehrin yüzme havuzlarında planlanan kesintileri eleştirdi.", "Belediye başkanı, son iki yılda artan enerji maliyetlerine işaret ederek planı savundu.", "Yirmi bire karşı on yedi oyla yapılan oylama, yönetimin beklediğinden daha çekişmeli geçti."},
	"ro": {"Consiliul local a aprobat marți bugetul pentru anul viitor, după o dezbatere care a durat mai mult de patru ore.", "Opoziția a criticat mai ales reducerile planificate la bibliotecile și piscinele orașului.", "Primarul a apărat planul, amintind de creșterea costurilor cu energia din ultimii doi ani.", "Votul, douăzeci și unu la șaptesprezece, a fost mai strâns decât se aștepta administrația."},
	"ja": {"市議会は火曜日、四時間以上に及ぶ審議の末、来年度の予算案を賛成多数で可決した。", "野党は特に、市立図書館と市営プールの予算を削減する計画を厳しく批判した。", "市長は、過去二年間のエネルギー費の大幅な上昇を挙げて、計画の必要性を強調した。", "採決は二十一対十七で、市当局が予想していたよりも僅差の結果となった。"},
}

// fc9Prose returns the four sentences of the invented story in lang.
func fc9Prose(lang string) []string {
	if p, ok := fc9BodyProse[lang]; ok {
		return p
	}
	return fc8Prose(lang)
}

// The article containers of the CMSs, "%s" for the story.
const (
	fc9WP       = `<article class="post type-post status-publish format-standard hentry"><header class="entry-header"><h1 class="entry-title">Budget</h1></header><div class="entry-content">%s</div></article>`
	fc9Drupal   = `<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">Budget</span></h1><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div></div></article>`
	fc9Ghost    = `<main class="site-main"><article class="article post tag-politics"><header class="article-header gh-canvas"><h1 class="article-title">Budget</h1></header><section class="gh-content gh-canvas">%s</section></article></main>`
	fc9Arc      = `<main><h1 class="b-header-headline">Budget</h1><article class="b-article-body default__ArticleBody">%s</article></main>`
	fc9Bright   = `<main class="ArticlePage-main"><h1 class="ArticlePage-headline">Budget</h1><div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">%s</div></div></main>`
	fc9Substack = `<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title unpublished">Budget</h1></div><div class="available-content"><div dir="auto" class="body markup">%s</div></div></article>`
	fc9Medium   = `<article><div><section><div><h1 class="pw-post-title">Budget</h1>%s</div></section></div></article>`
	fc9Blogger  = `<div class="post hentry uncustomized-post-template"><h3 class="post-title entry-title">Budget</h3><div class="post-body entry-content" id="post-body-1">%s</div></div>`
	fc9AMP      = `<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">Budget</h1></header><div class="amp-wp-article-content">%s</div></article>`
)

// fc9BodyRow is one probe: markup set before the first paragraph (lead),
// between the second and third (mid) and after the last (tail) of the
// story in lang, in a CMS's article container (wrap; fc9WP when empty).
// in must stay, out must go; the story's four sentences always stay.
type fc9BodyRow struct {
	name, lang, wrap, lead, mid, tail string
	in, out                           []string
}

// fc9ChromeRows are furniture inside the article's container.
func fc9ChromeRows() []fc9BodyRow {
	link := `<a href="/2024/01/01/new-bus-line">`
	return []fc9BodyRow{
		// WordPress and its plugins.
		{name: "wp/jetpack-share", lang: "en", tail: `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="/?share=facebook"><span>Facebook</span></a></li><li class="share-x"><a class="share-x sd-button share-icon" href="/?share=x"><span>X</span></a></li><li class="share-end"></li></ul></div></div></div>`, out: []string{"Share this", "Facebook"}},
		{name: "wp/jetpack-like", lang: "en", tail: `<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>`, out: []string{"Like this", "Loading"}},
		{name: "wp/jetpack-related", lang: "en", tail: `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2023/05/02/pier">Pier costs climb again</a></h4><p class="jp-relatedposts-post-date">May 2, 2023</p><p class="jp-relatedposts-post-context">In "Politics"</p></div></div></div>`, out: []string{"Pier costs", "In \"Politics\""}},
		{name: "wp/entry-footer-cats-tags", lang: "en", wrap: `<article class="post hentry"><header class="entry-header"><h1 class="entry-title">Budget</h1></header><div class="entry-content">%s</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/politics" rel="category tag">Politics</a></span><span class="tags-links">Tagged <a href="/tag/municipal-finance" rel="tag">municipal finance</a>, <a href="/tag/pools" rel="tag">pools</a></span></footer></article>`, out: []string{"Posted in", "municipal finance"}},
		{name: "wp/post-navigation", lang: "en", wrap: `<main id="main"><article class="post hentry"><header class="entry-header"><h1 class="entry-title">Budget</h1></header><div class="entry-content">%s</div></article><nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2023/pier" rel="prev"><span class="meta-nav">Previous</span> <span class="post-title">Pier costs climb again</span></a></div><div class="nav-next"><a href="/2024/cafe" rel="next"><span class="meta-nav">Next</span> <span class="post-title">Island café hires for summer</span></a></div></div></nav></main>`, out: []string{"Post navigation", "Pier costs", "Island café"}},
		{name: "wp/mailchimp-form", lang: "en", tail: `<div id="mc_embed_signup"><form action="https://example.us1.list-manage.example/subscribe/post" method="post" id="mc-embedded-subscribe-form"><div id="mc_embed_signup_scroll"><h2>Get the Courier Daily in your inbox</h2><div class="mc-field-group"><label for="mce-EMAIL">Email Address</label><input type="email" name="EMAIL" id="mce-EMAIL"></div><input type="submit" value="Subscribe" class="button"></div></form></div>`, out: []string{"Courier Daily", "Email Address"}},
		{name: "wp/donate-group", lang: "en", tail: `<div class="wp-block-group donate-box"><p>Local news needs your support. Become a member today and help keep the Courier free for everyone in the valley.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate">Donate now</a></div></div></div>`, out: []string{"needs your support", "Donate now"}},
		{name: "wp/ez-toc", lang: "en", lead: `<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p></div><nav><ul class="ez-toc-list ez-toc-list-level-1"><li class="ez-toc-page-1"><a class="ez-toc-link" href="#The_debate" title="The debate">The debate</a></li><li class="ez-toc-page-1"><a class="ez-toc-link" href="#The_vote" title="The vote">The vote</a></li></ul></nav></div>`, out: []string{"Table of Contents", "The debate"}},
		{name: "wp/yoast-toc-block", lang: "en", lead: `<div class="wp-block-yoast-seo-table-of-contents yoast-table-of-contents"><h2>Table of contents</h2><ul><li><a href="#h-the-debate" data-level="2">The debate</a></li><li><a href="#h-the-vote" data-level="2">The vote</a></li></ul></div>`, out: []string{"Table of contents", "The debate"}},
		{name: "wp/poll-widget", lang: "en", tail: `<div class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="text-align: center;"><strong>Do you support the budget cuts?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7"><label for="poll-answer-7">Yes, they are needed</label></li><li><input type="radio" id="poll-answer-8" name="poll_3" value="8"><label for="poll-answer-8">No, keep the pools open</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Vote   " class="Buttons"></p><p style="text-align: center;"><a href="#ViewPollResults" title="View Results Of This Poll">View Results</a></p></div></form></div>`, out: []string{"Do you support", "keep the pools open", "View Results"}},
		{name: "wp/simple-author-box", lang: "en", tail: `<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar"><img src="/avatar/jane.jpg" alt="Jane Holm" width="100" height="100"></div><div class="saboxplugin-authorname"><a href="/author/jane" class="vcard author" rel="author"><span class="fn">Jane Holm</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>Jane Holm covers city hall and the harbour for the Courier. She joined the paper in 2015 after ten years at a regional radio station.</p></div></div></div></div>`, out: []string{"covers city hall"}},
		{name: "wp/republish-button", lang: "en", tail: `<div class="republication-tracker-tool-button"><button class="republication-tracker-tool-button">Republish this article</button></div>`, out: []string{"Republish this article"}},
		{name: "wp/affiliate-disclosure-box", lang: "en", lead: `<div class="affiliate-disclosure"><p><em>This post may contain affiliate links. If you buy something through them, we may earn a small commission.</em></p></div>`, out: []string{"affiliate links"}},
		{name: "wp/embed-consent-placeholder", lang: "en", mid: `<div class="cmplz-placeholder-parent"><div class="cmplz-blocked-content-notice"><p>Click to accept marketing cookies and enable this content</p></div></div>`, out: []string{"marketing cookies"}},
		// Drupal.
		{name: "drupal/field-tags", lang: "en", wrap: `<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span>Budget</span></h1><div class="node__content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div><div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/4" hreflang="en">Municipal finance</a></div><div class="field__item"><a href="/taxonomy/term/9" hreflang="en">Swimming pools</a></div></div></div></div></article>`, out: []string{"Municipal finance", "Swimming pools"}},
		{name: "drupal/comment-links", lang: "en", wrap: `<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span>Budget</span></h1><div class="node__content"><div class="field field--name-body field__item">%s</div><ul class="links inline"><li class="comment-forbidden"><a href="/user/login">Log in</a> to post comments</li></ul></div></article>`, out: []string{"to post comments"}},
		{name: "drupal/print-link", lang: "en", tail: `<div class="print__wrapper print__wrapper--pdf"><a href="/print/pdf/node/42" class="print__link print__link--pdf">Printer-friendly version</a></div>`, out: []string{"Printer-friendly"}},
		// Ghost.
		{name: "ghost/upgrade-cta", lang: "en", wrap: fc9Ghost, tail: `<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #15171a"><h2>This post is for paying subscribers only</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe now</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>`, out: []string{"paying subscribers", "Already have an account"}},
		{name: "ghost/signup-card", lang: "en", wrap: fc9Ghost, tail: `<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form><div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">Sign up for Holmby Notes</h2><p class="kg-signup-card-subheading">Local politics, every Friday morning.</p><form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button" type="submit"><span class="kg-signup-card-button-default">Subscribe</span></button></div></form><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div></div>`, out: []string{"Holmby Notes", "every Friday morning", "No spam"}},
		{name: "ghost/bookmark-card", lang: "en", wrap: fc9Ghost, mid: `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://grest-gazette.example/pools"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Two pools to close early this winter</div><div class="kg-bookmark-description">The city's swimming pools will shut at six in the evening from November, the leisure department said on Friday.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Grest Gazette</span><span class="kg-bookmark-publisher">Ida Sund</span></div></div><div class="kg-bookmark-thumbnail"><img src="/pools.jpg" alt=""></div></a></figure>`, out: []string{"Two pools to close", "shut at six"}},
		// Arc XP and Brightspot.
		{name: "arc/interstitial-link", lang: "en", wrap: fc9Arc, mid: `<div class="interstitial-link"><span><i>Related: </i><a href="/2024/01/01/pools-close-early/">Two pools to close early this winter</a></span></div>`, out: []string{"Two pools to close"}},
		{name: "brightspot/enhancement-promo", lang: "en", wrap: fc9Bright, mid: `<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PagePromo" data-content-type="article"><div class="PagePromo-content"><div class="PagePromo-category">Related</div><div class="PagePromo-title"><a class="Link" href="/news/pier-costs">Pier costs climb again</a></div><div class="PagePromo-description">The council was told on Thursday that the pier budget had been exceeded for the third year running.</div></div></div></div></div>`, out: []string{"Pier costs", "third year running"}},
		{name: "brightspot/action-bar", lang: "en", wrap: fc9Bright, lead: `<div class="ActionBar"><ul class="ActionBar-items"><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="facebook" href="/share/facebook">Facebook</a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="email" href="mailto:?subject=Budget">Email</a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="print" href="#">Print</a></li></ul></div>`, out: []string{"Facebook", "Print"}},
		// Substack, Medium, Blogger, AMP.
		{name: "substack/subscription-widget", lang: "en", wrap: fc9Substack, mid: `<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://holmby.example/subscribe&quot;}"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Holmby Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>`, out: []string{"reader-supported"}},
		{name: "substack/button-wrappers", lang: "en", wrap: fc9Substack, mid: `<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://holmby.example/p/budget?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>`, tail: `<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://holmby.example/p/budget/comments"><span>Leave a comment</span></a></p>`, out: []string{"Share", "Leave a comment"}},
		{name: "medium/header-actions", lang: "en", wrap: `<article><div><section><div><h1 class="pw-post-title">Budget</h1><div class="speechify-ignore"><div><a href="/@jane" rel="noopener follow">Jane Holm</a> <span>·</span> <button>Follow</button></div><div><span data-testid="storyReadTime">4 min read</span> <span>·</span> <span data-testid="storyPublishDate">Mar 3, 2024</span></div><div><button aria-label="clap">Clap</button> <button aria-label="responses">12</button> <button aria-label="Listen">Listen</button> <button aria-label="Share">Share</button></div></div>%s</div></section></div></article>`, out: []string{"Follow", "4 min read", "Listen"}},
		{name: "blogger/post-footer", lang: "en", wrap: `<div class="post hentry"><h3 class="post-title entry-title">Budget</h3><div class="post-body entry-content" id="post-body-7">%s<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Jane Holm</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2024/01/budget.html"><abbr class="published" title="2024-01-02T10:12:00-08:00">10:12 AM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="/2024/01/budget.html#comment-form">No comments:</a></span></div><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-facebook" href="#" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/budget" rel="tag">budget</a>, <a href="/search/label/council" rel="tag">council</a></span></div></div></div>`, out: []string{"No comments", "BlogThis", "Labels:"}},
		{name: "amp/ad-label-and-footer", lang: "en", wrap: `<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">Budget</h1></header><div class="amp-wp-article-content">%s</div><footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="/category/politics">Politics</a></div><div class="amp-wp-meta amp-wp-comments-link"><a href="/2024/01/02/council-budget#respond">Leave a Comment</a></div></footer></article><footer class="amp-wp-footer"><p>© 2024 Holmby Courier</p><a href="#top" class="back-to-top">Back to top</a></footer>`, mid: `<div class="amp-ad-wrapper"><p class="ad-label">Advertisement</p><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/holmby"></amp-ad></div>`, out: []string{"Advertisement", "Categories:", "Leave a Comment", "Back to top"}},
		// Read-also links in more languages.
		{name: "read-also/en-related-caps", lang: "en", mid: `<p><strong>RELATED:</strong> ` + link + `New bus line starts in May</a></p>`, out: []string{"New bus line"}},
		{name: "read-also/da-laes-ogsaa", lang: "da", mid: `<p><strong>Læs også:</strong> ` + link + `Ny buslinje åbner i maj</a></p>`, out: []string{"Ny buslinje"}},
		{name: "read-also/no-les-ogsaa", lang: "da", mid: `<p>LES OGSÅ: ` + link + `Ny busslinje åpner i mai</a></p>`, out: []string{"Ny busslinje"}},
		{name: "read-also/id-baca-juga", lang: "id", mid: `<p><strong>Baca Juga:</strong> ` + link + `Jalur bus baru mulai beroperasi Mei</a></p>`, out: []string{"Jalur bus baru"}},
		{name: "read-also/tr-ilgili-haber", lang: "tr", mid: `<p><strong>İLGİLİ HABER:</strong> ` + link + `Yeni otobüs hattı mayısta açılıyor</a></p>`, out: []string{"Yeni otobüs hattı"}},
		{name: "read-also/ro-citeste-si", lang: "ro", mid: `<p><strong>Citește și:</strong> ` + link + `Linie nouă de autobuz din mai</a></p>`, out: []string{"Linie nouă de autobuz"}},
		{name: "read-also/ja-kanren-kiji", lang: "ja", mid: `<p>【関連記事】` + link + `新しいバス路線、5月に運行開始</a></p>`, out: []string{"新しいバス路線"}},
		{name: "read-also/ja-fullwidth-colon", lang: "ja", mid: `<p>関連記事：` + link + `新しいバス路線、5月に運行開始</a></p>`, out: []string{"新しいバス路線"}},
		{name: "read-also/fi-lue-myos", lang: "en", mid: `<p>Lue myös: ` + link + `Uusi bussilinja aloittaa toukokuussa</a></p>`, out: []string{"Uusi bussilinja"}},
		{name: "read-also/pt-br-saiba-mais", lang: "pt", mid: `<p><b>Saiba mais:</b> ` + link + `Nova linha de ônibus começa em maio</a></p>`, out: []string{"Nova linha de ônibus"}},
		{name: "read-also/lone-link-list", lang: "en", mid: `<ul class="related-links"><li>` + link + `New bus line starts in May</a></li><li><a href="/2024/01/01/pier">Pier costs climb again</a></li></ul>`, out: []string{"New bus line", "Pier costs"}},
		// Newsletters, follow lines, app prompts, donations.
		{name: "newsletter/ro-aboneaza", lang: "ro", tail: `<p>Abonează-te la newsletterul nostru și primești în fiecare dimineață cele mai importante știri.</p>`, out: []string{"Abonează-te"}},
		{name: "newsletter/da-tilmeld", lang: "da", tail: `<p>Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder hver morgen.</p>`, out: []string{"Tilmeld dig"}},
		{name: "follow/id-google-news", lang: "id", tail: `<p>Simak berita dan artikel lainnya di Google News.</p>`, out: []string{"Google News"}},
		{name: "app/en-download", lang: "en", tail: `<p><strong>Download the Holmby Courier app for breaking news alerts on your phone.</strong></p>`, out: []string{"Courier app"}},
		{name: "app/de-app-laden", lang: "de", tail: `<p>Laden Sie jetzt die kostenlose App der Holmby Zeitung herunter.</p>`, out: []string{"kostenlose App"}},
		{name: "app/es-descarga", lang: "es", tail: `<p>Descarga nuestra app para recibir las últimas noticias de Holmby Diario.</p>`, out: []string{"Descarga nuestra app"}},
		{name: "donate/en-nonprofit-appeal", lang: "en", tail: `<p><em>Support independent local journalism. Donate to the Holmby Courier today.</em></p>`, out: []string{"Donate to the"}},
		{name: "donate/de-unterstuetzen", lang: "de", tail: `<p>Unterstützen Sie unabhängigen Journalismus – jetzt mit einem freiwilligen Beitrag.</p>`, out: []string{"unabhängigen Journalismus"}},
		// Comment counts, tag lists, sponsored labels, print buttons.
		{name: "comments/es-count", lang: "es", tail: `<p>3 comentarios</p>`, out: []string{"comentarios"}},
		{name: "comments/tr-yorumlar", lang: "tr", tail: `<p>Yorumlar (4)</p>`, out: []string{"Yorumlar"}},
		{name: "comments/da-kommentarer", lang: "da", tail: `<p>Kommentarer (2)</p>`, out: []string{"Kommentarer"}},
		{name: "tags/en-topics-label", lang: "en", tail: `<p>Topics: <a href="/topic/budget">Budget</a>, <a href="/topic/council">Council</a>, <a href="/topic/pools">Pools</a></p>`, out: []string{"Topics:"}},
		{name: "tags/es-temas", lang: "es", tail: `<p>Temas: <a href="/tema/presupuesto">Presupuesto</a>, <a href="/tema/ayuntamiento">Ayuntamiento</a></p>`, out: []string{"Temas:"}},
		{name: "tags/tr-etiketler", lang: "tr", tail: `<p>Etiketler: <a href="/etiket/butce">bütçe</a>, <a href="/etiket/belediye">belediye</a></p>`, out: []string{"Etiketler"}},
		{name: "tags/id-tag", lang: "id", tail: `<div class="tag-list"><span>Tag:</span> <a href="/tag/anggaran">anggaran</a> <a href="/tag/dewan-kota">dewan kota</a></div>`, out: []string{"dewan kota"}},
		{name: "sponsored/es-contenido-patrocinado", lang: "es", lead: `<p>Contenido patrocinado</p>`, out: []string{"patrocinado"}},
		{name: "sponsored/en-paid-content", lang: "en", lead: `<p>PAID CONTENT</p>`, out: []string{"PAID CONTENT"}},
		{name: "print/en-print-email", lang: "en", tail: `<p><a href="javascript:window.print()">Print this article</a> | <a href="mailto:?subject=Budget">Email this article</a></p>`, out: []string{"Print this article"}},
		{name: "print/de-drucken-versenden", lang: "de", tail: `<p><a href="#">Artikel drucken</a> <a href="#">Artikel versenden</a></p>`, out: []string{"Artikel drucken"}},
		// Most read, breadcrumbs, skip links, consent and gallery counters.
		{name: "most-read/de-meistgelesen", lang: "de", tail: `<div class="box"><h3>Meistgelesen</h3><ol><li><a href="/a">Neue Buslinie startet im Mai</a></li><li><a href="/b">Hafen bekommt neuen Kran</a></li></ol></div>`, out: []string{"Meistgelesen", "Hafen bekommt"}},
		{name: "most-read/es-lo-mas-leido", lang: "es", tail: `<section><h2>Lo más leído</h2><ol><li><a href="/a">Nueva línea de autobús en mayo</a></li><li><a href="/b">El puerto tendrá una grúa nueva</a></li></ol></section>`, out: []string{"Lo más leído", "grúa nueva"}},
		{name: "breadcrumb/ol-in-article", lang: "en", wrap: `<article class="post"><nav aria-label="Breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li aria-current="page">Local politics</li></ol></nav><h1>Budget</h1><div class="entry-content">%s</div></article>`, out: []string{"Local politics"}},
		{name: "skip-link/de", lang: "de", wrap: `<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a><div id="content"><article class="post"><h1>Budget</h1><div class="entry-content">%s</div></article></div>`, out: []string{"Zum Inhalt"}},
		{name: "consent/de-externer-inhalt", lang: "de", mid: `<div class="embed-consent"><p><strong>Externer Inhalt</strong></p><p>Um diesen Inhalt anzuzeigen, benötigen wir Ihre Zustimmung zum Laden von Inhalten eines Drittanbieters.</p><button>Inhalt laden</button></div>`, out: []string{"Externer Inhalt", "Ihre Zustimmung"}},
		{name: "consent/en-enable-cookies", lang: "en", mid: `<div class="embed-placeholder"><p>To view this content, please enable targeting cookies.</p><button>Manage cookie settings</button></div>`, out: []string{"enable targeting cookies"}},
		{name: "gallery/es-foto-de", lang: "es", mid: `<p>Foto 3 de 12</p>`, out: []string{"Foto 3 de 12"}},
		{name: "gallery/fr-photo-sur", lang: "fr", mid: `<p>Photo 3 sur 12</p>`, out: []string{"Photo 3 sur 12"}},
		{name: "video/es-video-label", lang: "es", mid: `<figure class="video"><div class="video-player"><iframe src="https://video.example/embed/41"></iframe></div><p>VÍDEO | El pleno del ayuntamiento debate el presupuesto</p></figure>`, out: []string{"El pleno"}},
		{name: "video/en-watch-figure", lang: "en", mid: `<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe title="Council debate" src="https://video.example/embed/41"></iframe></div><figcaption class="wp-element-caption">Watch: the council debates the budget</figcaption></figure>`, out: []string{"Watch: the council"}},
		{name: "affiliate/plain-disclosure", lang: "en", lead: `<p><em>This post contains affiliate links. If you buy something through them, we may earn a small commission at no extra cost to you.</em></p>`, out: []string{"affiliate links"}},
		{name: "affiliate/de-werbelinks", lang: "de", tail: `<p><em>*Affiliate-Links: Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.</em></p>`, out: []string{"Provision"}},
		{name: "podcast/apple-spotify-line", lang: "en", tail: `<p>Subscribe to the Courier podcast on <a href="https://podcasts.example/courier">Apple Podcasts</a>, <a href="https://spotify.example/courier">Spotify</a> or wherever you listen.</p>`, out: []string{"Apple Podcasts"}},
		// Key points before the text go to the bullets, not the body.
		{name: "key-points/arc-takeaways-box", lang: "en", wrap: fc9Arc, lead: `<div class="key-takeaways"><h2>Key takeaways</h2><ul><li>The budget passed by four votes.</li><li>Two pools will close early in winter.</li><li>Library hours are cut from April.</li></ul></div>`, out: []string{"passed by four votes", "Library hours are cut"}},
		{name: "key-points/de-das-wichtigste", lang: "de", lead: `<p><strong>Das Wichtigste in Kürze</strong></p><ul><li>Der Haushalt ist mit vier Stimmen Mehrheit beschlossen.</li><li>Zwei Bäder schließen im Winter früher.</li></ul>`, out: []string{"Das Wichtigste", "Zwei Bäder schließen"}},
		// Trails, skip links, feed footers, other scripts.
		{name: "breadcrumb/plain-paragraph", lang: "en", lead: `<p class="crumbs"><a href="/">Home</a> » <a href="/news">News</a> » <a href="/news/politics">Politics</a></p>`, out: []string{"Home »"}},
		{name: "skip-link/en-in-article", lang: "en", wrap: `<article class="post"><a class="skip-link screen-reader-text" href="#story">Skip to content</a><h1>Budget</h1><div class="entry-content" id="story">%s</div></article>`, out: []string{"Skip to content"}},
		{name: "feed-footer/wp-appeared-first", lang: "en", tail: `<p>The post <a rel="nofollow" href="https://holmby-courier.example/2024/01/02/council-budget/">Budget</a> appeared first on <a rel="nofollow" href="https://holmby-courier.example">Holmby Courier</a>.</p>`, out: []string{"appeared first on"}},
		{name: "read-also/uk-chytaite-takozh", lang: "ru", mid: `<p><strong>ЧИТАЙТЕ ТАКОЖ:</strong> ` + link + `Новий автобусний маршрут запрацює у травні</a></p>`, out: []string{"автобусний маршрут"}},
	}
}

// fc9KeepRows are text in the article's container that looks like
// furniture and stays.
func fc9KeepRows() []fc9BodyRow {
	return []fc9BodyRow{
		{name: "keep/one-line-paragraphs", lang: "en", mid: `<p>It passed.</p>`, tail: `<p>Not this year.</p>`, in: []string{"It passed.", "Not this year."}},
		{name: "keep/opens-with-read", lang: "en", mid: `<p>Read together, the two reports show the cuts fall hardest on the east of the city.</p>`, in: []string{"Read together"}},
		{name: "keep/opens-with-sign", lang: "en", mid: `<p>Signs outside the two pools already warn swimmers that opening hours will be cut in March.</p>`, in: []string{"Signs outside"}},
		{name: "keep/sign-ups-fell", lang: "en", mid: `<p>Sign-ups for the summer swimming classes fell by a third last year, the leisure department said.</p>`, in: []string{"Sign-ups for the summer"}},
		{name: "keep/opens-with-follow", lang: "en", mid: `<p>Follow-up checks by the auditor found the pool budget had been overspent twice since 2021.</p>`, in: []string{"Follow-up checks"}},
		{name: "keep/opens-with-print", lang: "en", mid: `<p>Print runs of the council's magazine will be halved, saving about £40,000 a year.</p>`, in: []string{"Print runs"}},
		{name: "keep/opens-with-download", lang: "en", mid: `<p>Downloads of the council's budget app doubled in the week before the vote.</p>`, in: []string{"Downloads of the council"}},
		{name: "keep/newsletter-as-news", lang: "en", mid: `<p>The council's own newsletter, sent to every household in December, did not mention the cuts.</p>`, in: []string{"own newsletter"}},
		{name: "keep/cookies-as-news", lang: "en", mid: `<p>The regulator fined the city's parking site for setting tracking cookies without consent, the first such fine in the country.</p>`, in: []string{"tracking cookies"}},
		{name: "keep/donation-as-news", lang: "en", mid: `<p>Residents donated £12,000 to keep the smaller pool open, the council said.</p>`, in: []string{"Residents donated"}},
		{name: "keep/subscribers-as-news", lang: "en", mid: `<p>Subscribers to the city's swimming pass will get a refund for the weeks the pools are shut.</p>`, in: []string{"Subscribers to the city"}},
		{name: "keep/qa-interview-en", lang: "en", mid: `<p><strong>Q: Why cut the libraries rather than the roads?</strong></p><p>A: Because the roads are paid for by the region.</p>`, in: []string{"Q: Why cut the libraries", "A: Because the roads"}},
		{name: "keep/qa-interview-de-bold", lang: "de", mid: `<p><strong>Herr Bürgermeister, warum die Bibliotheken?</strong></p><p>Weil die Straßen vom Land bezahlt werden.</p>`, in: []string{"warum die Bibliotheken", "vom Land bezahlt"}},
		{name: "keep/qa-interview-fr-dash", lang: "fr", mid: `<p>– Pourquoi les bibliothèques ?</p><p>– Parce que les routes sont payées par la région.</p>`, in: []string{"Pourquoi les bibliothèques", "payées par la région"}},
		{name: "keep/poem-br-lines", lang: "en", mid: `<p>The pools are closing early now,<br>the library lights go dim,<br>and still the council counts the cost<br>of every winter swim.</p>`, in: []string{"The pools are closing early now", "of every winter swim"}},
		{name: "keep/poem-blockquote", lang: "en", mid: `<blockquote class="wp-block-quote"><p>Shut the doors and count the books,</p><p>the town will read by candlelight.</p></blockquote>`, in: []string{"Shut the doors", "by candlelight"}},
		{name: "keep/code-ghost", lang: "en", wrap: fc9Ghost, mid: `<pre><code class="language-python">budget = load("2025.csv")
print(budget.total())</code></pre>`, in: []string{"budget.total()"}},
		{name: "keep/tablepress", lang: "en", mid: `<table id="tablepress-3" class="tablepress tablepress-id-3"><thead><tr class="row-1"><th class="column-1">Service</th><th class="column-2">Cut</th></tr></thead><tbody class="row-hover"><tr class="row-2"><td class="column-1">Libraries</td><td class="column-2">12 per cent</td></tr><tr class="row-3"><td class="column-1">Pools</td><td class="column-2">9 per cent</td></tr></tbody></table>`, in: []string{"12 per cent"}},
		{name: "keep/subheadings", lang: "en", mid: `<h2>What happens next</h2>`, tail: `<h3>Follow the money</h3><p>The budget's largest line is the debt, which costs the city more than all its libraries together.</p>`, in: []string{"What happens next", "Follow the money", "largest line is the debt"}},
		{name: "keep/ordered-list-substack", lang: "en", wrap: fc9Substack, mid: `<ol><li><p>Close the east pool on Mondays.</p></li><li><p>Open the libraries an hour later.</p></li><li><p>Sell the old depot by the harbour.</p></li></ol>`, in: []string{"Close the east pool", "Sell the old depot"}},
		{name: "keep/drupal-blockquote", lang: "en", wrap: fc9Drupal, mid: `<blockquote><p>We cannot keep the pools open on promises, and the budget says so plainly.</p></blockquote>`, in: []string{"keep the pools open"}},
		{name: "keep/brightspot-subheading", lang: "en", wrap: fc9Bright, mid: `<h2 class="RichTextBody-heading">The vote</h2>`, in: []string{"The vote"}},
		{name: "keep/blogger-br-text", lang: "en", wrap: fc9Blogger, tail: `<div>The next meeting is on 14 February.<br>It will be broadcast on the council's website.</div>`, in: []string{"The next meeting is on 14 February."}},
		{name: "keep/amp-list", lang: "en", wrap: fc9AMP, mid: `<ul><li>Libraries lose £1.2m</li><li>Pools lose £0.8m</li><li>Parks keep their budget</li></ul>`, in: []string{"Libraries lose", "Parks keep"}},
		{name: "keep/medium-subheading", lang: "en", wrap: fc9Medium, mid: `<h2 class="pw-post-body-heading">Why it matters</h2>`, in: []string{"Why it matters"}},
		{name: "keep/arc-correction", lang: "en", wrap: fc9Arc, tail: `<p><i>Clarification: This story has been updated to say that the pool closures apply only on weekdays.</i></p>`, in: []string{"Clarification: This story"}},
		{name: "keep/update-line", lang: "en", mid: `<p><strong>Update, 5 p.m.:</strong> The council has published the full record of the vote on its website.</p>`, in: []string{"full record of the vote"}},
		{name: "keep/fr-note-de-la-redaction", lang: "fr", tail: `<p><em>Note de la rédaction : cet article a été mis à jour avec le résultat du vote.</em></p>`, in: []string{"Note de la rédaction"}},
		{name: "keep/de-anmerkung-der-redaktion", lang: "de", tail: `<p><em>Anmerkung der Redaktion: In einer früheren Fassung hieß es, die Abstimmung sei einstimmig gewesen.</em></p>`, in: []string{"Anmerkung der Redaktion"}},
		{name: "keep/it-errata", lang: "it", tail: `<p>Errata corrige: in una versione precedente di questo articolo il voto era indicato come unanime.</p>`, in: []string{"Errata corrige"}},
		{name: "keep/republished-cc", lang: "en", tail: `<p><em>This article is republished from the Grest Gazette under a Creative Commons license. Read the original article.</em></p>`, in: []string{"republished from the Grest Gazette"}},
		{name: "keep/es-publicado-originalmente", lang: "es", tail: `<p><em>Este artículo fue publicado originalmente en Grest Gaceta.</em></p>`, in: []string{"publicado originalmente"}},
		{name: "keep/quote-watch-words", lang: "en", mid: `<p>“Watch what happens to the east side when the pool closes,” said the opposition leader, Mara Lind.</p>`, in: []string{"Watch what happens"}},
		{name: "keep/topics-as-prose", lang: "en", mid: `<p>Topics on the agenda also included the bus lines and a new crane for the harbour.</p>`, in: []string{"Topics on the agenda"}},
		{name: "keep/related-as-prose", lang: "en", mid: `<p>Related cuts to the parks budget were postponed until the spring.</p>`, in: []string{"Related cuts"}},
		{name: "keep/de-short-closing", lang: "de", tail: `<p>Er wurde 84 Jahre alt.</p>`, in: []string{"84 Jahre alt"}},
		{name: "keep/ja-short-paragraph", lang: "ja", tail: `<p>次回の市議会は二月に開かれる予定だ。</p>`, in: []string{"次回の市議会"}},
		{name: "keep/ghost-callout-card", lang: "en", wrap: fc9Ghost, mid: `<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">The city's budget year runs from April to March, so the cuts start in spring.</div></div>`, in: []string{"budget year runs from April"}},
		{name: "keep/ru-dash-dialogue", lang: "ru", mid: `<p>— Почему именно библиотеки?</p><p>— Потому что дороги оплачивает область.</p>`, in: []string{"Почему именно библиотеки", "дороги оплачивает область"}},
		{name: "keep/opens-with-listen", lang: "en", mid: `<p>Listen to the residents, the opposition leader said, and keep both pools open until the summer.</p>`, in: []string{"Listen to the residents"}},
		{name: "keep/opens-with-shares", lang: "en", mid: `<p>Shares in the ferry operator rose 4 per cent after the vote.</p>`, in: []string{"Shares in the ferry"}},
		{name: "keep/opens-with-comments", lang: "en", mid: `<p>Comments by the mayor last week, that the pools were "a luxury", drew protests outside the town hall.</p>`, in: []string{"Comments by the mayor"}},
		{name: "keep/liveblog-entry-text", lang: "en", wrap: `<article class="liveblog"><h1>Budget</h1><div class="liveblog-feed">%s</div></article>`, mid: `<p><strong>11:15 GMT</strong></p><p>The mayor has left the chamber; the vote is expected within the hour.</p>`, in: []string{"The mayor has left the chamber"}},
	}
}

func fcProbe9BodyCases() []fcCase {
	var cs []fcCase
	for _, r := range append(fc9ChromeRows(), fc9KeepRows()...) {
		cs = append(cs, fc9BodyCase("body9/", r))
	}
	return cs
}

// fc9BodyCase makes the row's page: the story's four sentences in its
// template, with the row's markup set in, and checks its body.
func fc9BodyCase(prefix string, r fc9BodyRow) fcCase {
	p := fc9Prose(r.lang)
	body := r.lead + "<p>" + p[0] + "</p><p>" + p[1] + "</p>" + r.mid + "<p>" + p[2] + "</p><p>" + p[3] + "</p>" + r.tail
	wrap := r.wrap
	if wrap == "" {
		wrap = fc9WP
	}
	in, out := append(append([]string{}, p...), r.in...), r.out
	return fcCase{class: prefix + r.name, url: "https://holmby-courier.example/2024/01/02/council-budget",
		html: fcPage(r.lang, "<title>Budget</title>", strings.Replace(wrap, "%s", body, 1)),
		check: func(t *testing.T, a *article.Article) {
			fcWantBody(t, a, in, out)
		}}
}

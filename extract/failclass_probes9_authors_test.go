package extract

// A ninth round of author probes, for the authors' precision on unseen
// sites: invented pages with several names where only the byline's are
// the writers', in the default markup of public CMSs and themes
// (WordPress default themes and blocks, Drupal fields, Joomla, TYPO3
// news, Blogger, Ghost, Substack, Medium, Hugo and Jekyll themes, Arc XP
// and Brightspot news templates) and the byline conventions of many
// languages. Who counts follows eval/testdata/fields.md and the rows of
// failclass_probes6_authors_test.go and failclass_probes8_authors_test.go:
// the people credited with writing; not reviewers, fact checkers,
// editors, photographers, producers, "with reporting by" or "additional
// reporting by", commenters, the people a bio, a newsletter box, a nav
// menu, an imprint or a first sentence names, or the writers of other
// stories and of embedded items; an organisation or desk when it stands
// in the byline's place, a CMS placeholder ("admin") never. As in
// failclass_test.go every page and name is made up. TestFailureClasses
// runs them.

func fcProbe9AuthorCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcP9ReviewerCases()...)
	cs = append(cs, fcP9ReportingCases()...)
	cs = append(cs, fcP9BioCases()...)
	cs = append(cs, fcP9OtherStoryCases()...)
	cs = append(cs, fcP9CommentCases()...)
	cs = append(cs, fcP9ChromeNameCases()...)
	cs = append(cs, fcP9LeadNameCases()...)
	cs = append(cs, fcP9DeskCases()...)
	cs = append(cs, fcP9StructuredCases()...)
	cs = append(cs, fcP9LanguageCases()...)
	cs = append(cs, fcP9CMSCases()...)
	return cs
}

// fcP9LD is a JSON-LD script holding s.
func fcP9LD(s string) string { return `<script type="application/ld+json">` + s + `</script>` }

// fcP9Own is the article's own byline.
const fcP9Own = `<p class="byline">By Marta Olsen</p>`

// fcP9ReviewerCases: health and explainer publishers print the medical
// reviewer, the fact checker and the editor in elements of their own
// beside the writer's byline, often linked to a profile, and in JSON-LD
// (reviewedBy, editor); producers', video and graphics credits join the
// byline on features.
func fcP9ReviewerCases() []fcCase {
	health := `<div class="article-byline"><span class="byline">By <a href="/authors/marta-olsen">Marta Olsen</a></span></div><div class="medical-review">Medically reviewed by <a href="/reviewers/jonas-lind">Jonas Lind, MD</a></div>`
	ld := fcP9LD(`{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"Ferry to Grest makes first crossing","author":{"@type":"Person","name":"Marta Olsen"},"reviewedBy":{"@type":"Person","name":"Jonas Lind"},"editor":{"@type":"Person","name":"Ann Berg"}}`)
	return fcAuthorRows("authors/p9-reviewers", []fcAuthorRow{
		{name: "en-reviewer-element-after-byline", html: fcStory("", health, "", ""), want: []string{"Marta Olsen"}},
		{name: "en-fact-checker-element-linked", html: fcStory("", fcP9Own+`<p class="fact-check">Fact checked by <a href="/team/jonas-lind">Jonas Lind</a></p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "en-medically-reviewed-alone-linked", html: fcStory("", `<p class="reviewer">Medically reviewed by <a href="/reviewers/jonas-lind">Jonas Lind, MD</a></p>`, "", "")},
		{name: "jsonld-reviewed-by-and-editor", html: fcStory(ld, "", "", ""), want: []string{"Marta Olsen"}},
		{name: "en-editor-label-alone-in-byline", html: fcP8Line("en", "Editor: Jonas Lind")},
		{name: "en-edited-by-element-after-byline", html: fcStory("", fcP9Own+`<p class="editor">Edited by Jonas Lind</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "en-video-by-in-byline", html: fcP8Line("en", "By Marta Olsen | Video by Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "en-graphics-by-in-byline", html: fcP8Line("en", "By Marta Olsen. Graphics by Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "en-produced-by-after-byline", html: fcStory("", fcP9Own+`<p class="credits">Produced by Jonas Lind</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "de-medizinisch-geprueft", html: fcP8Line("de", "Von Marta Olsen | Medizinisch geprüft von Dr. Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "es-revisado-por", html: fcP8Line("es", "Por Marta Olsen | Revisado por Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "pt-revisado-por", html: fcP8Line("pt", "Por Marta Olsen. Revisado por Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "fr-verifie-par", html: fcP8Line("fr", "Par Marta Olsen. Vérifié par Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "nl-bewerkt-door", html: fcP8Line("nl", "Door Marta Olsen. Bewerkt door Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "it-revisione-di", html: fcP8Line("it", "Scritto da Marta Olsen, revisionato da Jonas Lind"), want: []string{"Marta Olsen"}},
	})
}

// fcP9ReportingCases: contributors' credits beside the byline: "With
// reporting by", "Additional reporting by" inside the byline, "X
// contributed reporting", German "Mit Material von dpa", Spanish "Con
// información de EFE".
func fcP9ReportingCases() []fcCase {
	end := func(s string) string { return `<p><em>` + s + `</em></p>` }
	return fcAuthorRows("authors/p9-reporting", []fcAuthorRow{
		{name: "en-with-reporting-by-at-end", html: fcStory("", fcP9Own, end("With reporting by Jonas Lind."), ""), want: []string{"Marta Olsen"}},
		{name: "en-additional-reporting-in-byline", html: fcP8Line("en", "By Marta Olsen; additional reporting by Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "en-two-contributed-reporting", html: fcStory("", fcP9Own, end("Jonas Lind and Ann Berg contributed reporting from Oslo."), ""), want: []string{"Marta Olsen"}},
		{name: "de-mit-material-von-agenturen", html: fcStoryIn("de", "", `<p class="byline">Von Marta Olsen</p>`, `<p>Mit Material von dpa und AFP</p>`, ""), want: []string{"Marta Olsen"}},
		{name: "es-con-informacion-de", html: fcStoryIn("es", "", `<p class="autor">Por Marta Olsen</p>`, `<p>Con información de EFE</p>`, ""), want: []string{"Marta Olsen"}},
	})
}

// fcP9BioCases: author boxes: the writer's own bio naming other people,
// a box alone, co-writers' boxes, and a guest post whose box is about
// the guest while the site owner's name shows in the header.
func fcP9BioCases() []fcCase {
	bio := func(name, text string) string {
		return `<div class="author-bio"><img class="avatar" src="/img/a.jpg" alt="" width="64" height="64"><h4 class="author-name">` + name + `</h4><p>` + text + `</p></div>`
	}
	return fcAuthorRows("authors/p9-bios", []fcAuthorRow{
		{name: "own-bio-names-colleague", html: fcStory("", fcP9Own, `<div class="author-bio"><h4>About the author</h4><p><strong>Marta Olsen</strong> covers the islands. She worked with Jonas Lind at the Grest Gazette for ten years.</p></div>`, ""), want: []string{"Marta Olsen"}},
		{name: "bio-box-alone", html: fcStory("", "", bio("Marta Olsen", "Marta covers the islands and their ferries."), ""), want: []string{"Marta Olsen"}},
		{name: "two-writers-two-boxes", html: fcStory("", `<p class="byline">By Marta Olsen and Jonas Lind</p>`, bio("Marta Olsen", "Marta covers the islands.")+bio("Jonas Lind", "Jonas covers the harbour."), ""), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "bio-mentions-twitter-handle", html: fcStory("", fcP9Own, `<div class="author-bio"><p>Marta Olsen covers the islands. Follow her on Twitter @martaolsen.</p></div>`, ""), want: []string{"Marta Olsen"}},
	})
}

// fcP9OtherStoryCases: other stories' writers in cards and lists of news
// templates: a related-content card row, a "Meistgelesen" list, a
// trending sidebar printed before the article, an "Up next" card inside
// it, a JSON-LD ItemList of other articles.
func fcP9OtherStoryCases() []fcCase {
	card := func(title, who string) string {
		return `<div class="card"><a href="/news/` + title + `"><img src="/img/` + title + `.jpg" alt=""></a><h3 class="card-title"><a href="/news/` + title + `">Pier costs climb again</a></h3><span class="card-byline">By ` + who + `</span></div>`
	}
	cards := `<section class="related-content"><h2>Related</h2>` + card("pier", "Ann Berg") + card("storm", "Jonas Lind") + `</section>`
	meist := `<aside class="meistgelesen"><h3>Meistgelesen</h3><ol><li><a href="/news/pier">Kosten für den Anleger steigen</a><span>Von Ann Berg</span></li><li><a href="/news/storm">Sturm im Hafen</a><span>Von Jonas Lind</span></li></ol></aside>`
	trending := `<aside class="sidebar"><h3>Trending</h3><ul><li><a href="/news/pier">Pier costs climb again</a> <span class="author">Ann Berg</span></li><li><a href="/news/storm">Storm hits harbour</a> <span class="author">Jonas Lind</span></li></ul></aside>`
	upNext := `<div class="up-next"><span class="label">Up next</span><h3><a href="/news/pier">Pier costs climb again</a></h3><p class="byline">By Ann Berg</p></div>`
	list := fcP9LD(`{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","headline":"Pier costs climb again","url":"https://holmby-courier.example/news/pier","author":{"@type":"Person","name":"Ann Berg"}}}]}`)
	return fcAuthorRows("authors/p9-other-stories", []fcAuthorRow{
		{name: "related-cards-after-byline", html: fcStory("", fcP9Own, "", cards), want: []string{"Marta Olsen"}},
		{name: "de-meistgelesen-beside-byline", html: fcStoryIn("de", "", `<p class="byline">Von Marta Olsen</p>`, "", meist), want: []string{"Marta Olsen"}},
		{name: "trending-sidebar-before-article", html: fcPage("en", fcTitle, trending+`<main><article><h1>Ferry to Grest makes first crossing</h1>`+fcP9Own+fcProse(0, 5)+`</article></main>`), want: []string{"Marta Olsen"}},
		{name: "up-next-card-inside-article", html: fcStory("", fcP9Own, upNext, ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-itemlist-other-article-no-byline", html: fcStory(list, "", "", "")},
		{name: "jsonld-itemlist-beside-byline", html: fcStory(list, fcP9Own, "", ""), want: []string{"Marta Olsen"}},
	})
}

// fcP9CommentCases: comment lists of other systems than the ones
// failclass_probes6_authors_test.go has: WordPress's older default theme
// (<cite class="fn"> … says:), Blogger's classic comments ("X said..."),
// a generic comments section, a Substack-style thread.
func fcP9CommentCases() []fcCase {
	kubrick := `<h3 id="comments">2 Responses to “Ferry to Grest makes first crossing”</h3><ol class="commentlist"><li class="alt" id="comment-2"><cite>Ann Berg</cite> Says:<br><small class="commentmetadata"><a href="#comment-2">March 5th, 2024 at 10:00 am</a></small><p>Great news for the island.</p></li><li id="comment-3"><cite><a href="https://jonas.example" rel="external nofollow">Jonas Lind</a></cite> Says:<br><p>About time.</p></li></ol>`
	blogger := `<div class="comments" id="comments"><h4>2 comments:</h4><dl id="comments-block"><dt class="comment-author" id="c1"><a href="https://www.blogger.com/profile/1" rel="nofollow">Ann Berg</a> said...</dt><dd class="comment-body"><p>Great news for the island.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">March 5, 2024 at 10:00 AM</a></span></dd></dl></div>`
	generic := `<section class="comments"><h2>Comments (2)</h2><div class="comment"><div class="comment-header"><span class="comment-author">Ann Berg</span> <time datetime="2024-03-05T10:00:00Z">2 hours ago</time></div><p>Great news for the island.</p></div><div class="comment"><div class="comment-header"><span class="comment-author">Jonas Lind</span></div><p>About time.</p></div></section>`
	thread := `<div class="comments-page"><div class="comment"><div class="comment-meta"><a class="comment-user" href="/@annberg">Ann Berg</a> <span class="comment-date">Mar 5</span></div><div class="comment-body"><p>Great news for the island.</p></div><div class="comment-actions"><button>Like (3)</button><button>Reply</button></div></div></div>`
	bloggerPost := `<div class="post-header"><div class="post-header-line-1"></div></div>`
	bloggerFooter := `<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Marta Olsen</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#">10:00 AM</a></span></div></div>`
	return fcAuthorRows("authors/p9-comments", []fcAuthorRow{
		{name: "wp-classic-commentlist-no-byline", html: fcStory("", "", "", kubrick)},
		{name: "wp-classic-commentlist-with-byline", html: fcStory("", fcP9Own, "", kubrick), want: []string{"Marta Olsen"}},
		{name: "blogger-comments-no-byline", html: fcStory("", "", "", blogger)},
		{name: "blogger-post-author-and-comments", html: fcStory("", bloggerPost, bloggerFooter, blogger), want: []string{"Marta Olsen"}},
		{name: "generic-comment-author-no-byline", html: fcStory("", "", "", generic)},
		{name: "generic-comment-author-inside-article", html: fcStory("", fcP9Own, generic, ""), want: []string{"Marta Olsen"}},
		{name: "thread-comment-user-no-byline", html: fcStory("", "", "", thread)},
	})
}

// fcP9ChromeNameCases: names in the page's furniture: a nav menu of the
// team's author pages, an imprint line in the footer ("Editor-in-chief:",
// German "V.i.S.d.P."/"Chefredakteur:"), a newsletter box that names its
// editor or signs with a dash, a footer rel=author link to the site's
// owner, a meta author holding the site's name.
func fcP9ChromeNameCases() []fcCase {
	nav := `<header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li class="menu-item-has-children"><a href="/team/">Our team</a><ul class="sub-menu"><li><a href="/author/ann-berg/">Ann Berg</a></li><li><a href="/author/jonas-lind/">Jonas Lind</a></li></ul></li></ul></nav></header>`
	navPage := func(byline string) string {
		return fcPage("en", fcTitle, nav+`<main><article><h1>Ferry to Grest makes first crossing</h1>`+byline+fcProse(0, 5)+`</article></main>`)
	}
	footer := func(lang, s string) string {
		return fcPage(lang, fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 5)+`</article></main><footer class="site-footer"><p>`+s+`</p></footer>`)
	}
	news := `<div class="newsletter-box"><h3>The Morning Ferry</h3><p>Every weekday morning, our editor Jonas Lind picks the stories you need. Sign up now.</p><form><input type="email"><button>Subscribe</button></form></div>`
	signed := `<div class="newsletter-box"><p>Thanks for reading. If you liked this story, tell a friend about our newsletter.</p><p>— Jonas Lind, Editor</p></div>`
	return fcAuthorRows("authors/p9-chrome", []fcAuthorRow{
		{name: "nav-team-menu-no-byline", html: navPage("")},
		{name: "nav-team-menu-with-byline", html: navPage(fcP9Own), want: []string{"Marta Olsen"}},
		{name: "footer-editor-in-chief", html: footer("en", "Editor-in-chief: Jonas Lind · © 2024 Holmby Courier")},
		{name: "de-footer-visdp", html: footer("de", "V.i.S.d.P.: Jonas Lind, Hafenstraße 1, 12345 Holmby")},
		{name: "de-footer-chefredakteur", html: footer("de", "Chefredakteur: Jonas Lind")},
		{name: "newsletter-box-names-editor", html: fcStory("", "", news, "")},
		{name: "newsletter-box-signed-by-editor", html: fcStory("", "", signed, "")},
		{name: "newsletter-box-signed-beside-byline", html: fcStory("", fcP9Own, signed, ""), want: []string{"Marta Olsen"}},
		{name: "footer-rel-author-owner-beside-byline", html: fcPage("en", fcTitle, `<main><article><h1>Ferry to Grest makes first crossing</h1>`+fcP9Own+fcProse(0, 5)+`</article></main><footer><p>Site by <a rel="author" href="https://jonaslind.example/">Jonas Lind</a></p></footer>`), want: []string{"Marta Olsen"}},
		// With no visible byline the author metadata is the credit
		// (fields.md), the site's name too: an organisation in the
		// byline's place.
		{name: "meta-author-site-name-alone", html: fcStory(`<meta name="author" content="Holmby Courier"><meta property="og:site_name" content="Holmby Courier">`, "", "", ""), want: []string{"Holmby Courier"}},
	})
}

// fcP9LeadNameCases: a first sentence opening with a byline label's word
// in its prose sense ("Por su parte", "Par ailleurs", "Door de storm",
// "Av de fyrtio") before a person's name, on pages that credit nobody.
func fcP9LeadNameCases() []fcCase {
	lead := func(lang, first string) string {
		return fcPage(lang, fcTitle, `<article><h1>Ferry to Grest makes first crossing</h1><p>`+first+`</p>`+fcProse(0, 5)+`</article>`)
	}
	return fcAuthorRows("authors/p9-lead-names", []fcAuthorRow{
		{name: "es-por-su-parte", html: lead("es", "Por su parte, Jonas Lind dijo que el nuevo transbordador llegará a tiempo.")},
		{name: "fr-par-ailleurs", html: lead("fr", "Par ailleurs, Jonas Lind a annoncé que le bateau partira à l'heure.")},
		{name: "nl-door-de-storm", html: lead("nl", "Door de storm moest Jonas Lind de overtocht uitstellen tot maandag.")},
		{name: "sv-av-de-fyrtio", html: lead("sv", "Av de fyrtio passagerarna var Jonas Lind den förste ombord.")},
		{name: "it-di-fronte", html: lead("it", "Di fronte al porto, Jonas Lind ha detto che il traghetto partirà lunedì.")},
		{name: "en-name-age-said", html: lead("en", "Jonas Lind, 54, said the ferry was the best news the island had in years.")},
		{name: "pt-por-causa", html: lead("pt", "Por causa da tempestade, Jonas Lind adiou a travessia para segunda-feira.")},
	})
}

// fcP9DeskCases: organisation and desk bylines, and CMS placeholders.
func fcP9DeskCases() []fcCase {
	return fcAuthorRows("authors/p9-desks", []fcAuthorRow{
		{name: "en-by-admin", html: fcP8Line("en", "By admin")},
		{name: "en-posted-by-admin-on-date", html: fcStory("", `<div class="entry-meta">Posted by <a href="/author/admin/">admin</a> on March 5, 2024</div>`, "", "")},
		{name: "en-news-desk", html: fcP8Line("en", "By News Desk"), want: []string{"News Desk"}},
		{name: "en-web-desk", html: fcP8Line("en", "By Web Desk"), want: []string{"Web Desk"}},
		{name: "en-staff-reporter", html: fcP8Line("en", "By Staff Reporter"), want: []string{"Staff Reporter"}},
		{name: "de-von-dpa", html: fcP8Line("de", "Von dpa"), want: []string{"dpa"}},
		// A republished story names its source after the writer: an
		// outlet's name opens with "The", no person's does.
		{name: "en-writer-then-the-outlet", html: fcP8Line("en", "By Marta Olsen, The Conversation"), want: []string{"Marta Olsen"}},
		{name: "en-two-writers-then-the-outlet", html: fcP8Line("en", "By Marta Olsen and Jonas Lind, The Conversation"), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "en-the-outlet-alone", html: fcP8Line("en", "By The Conversation"), want: []string{"The Conversation"}},
		{name: "en-given-name-des-is-no-article", html: fcP8Line("en", "By Marta Olsen and Des Hanley"), want: []string{"Marta Olsen", "Des Hanley"}},
		{name: "de-writer-then-die-outlet", html: fcP8Line("de", "Von Marta Olsen, Die Hafenzeitung"), want: []string{"Marta Olsen"}},
		{name: "en-site-columnist-role", html: fcP8Line("en", "By Marta Olsen, Courier Columnist"), want: []string{"Marta Olsen"}},
		{name: "en-outlet-desk-alone", html: fcP8Line("en", "By Courier Columnists"), want: []string{"Courier Columnists"}},
		{name: "it-redazione", html: fcP8Line("it", "di Redazione"), want: []string{"Redazione"}},
		{name: "nl-door-redactie", html: fcP8Line("nl", "Door Redactie"), want: []string{"Redactie"}},
	})
}

// fcP9StructuredCases: JSON-LD and meta forms: an Organization author
// that is the publisher beside a printed byline, several JSON-LD blocks
// (a WebPage's or WebSite's author, the publisher's founder, a
// VideoObject's creator) beside the article's own, comments in JSON-LD.
func fcP9StructuredCases() []fcCase {
	art := `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":{"@type":"Person","name":"Marta Olsen"}}`
	orgAuthor := fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":{"@type":"Organization","name":"Holmby Courier"},"publisher":{"@type":"Organization","name":"Holmby Courier"}}`)
	site := `<meta property="og:site_name" content="Holmby Courier">`
	agencyAuthor := fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":{"@type":"Organization","name":"Reuters"},"publisher":{"@type":"Organization","name":"Holmby Courier"}}`)
	webPage := fcP9LD(`{"@context":"https://schema.org","@type":"WebPage","name":"Ferry to Grest makes first crossing","author":{"@type":"Person","name":"Jonas Lind"}}`)
	website := fcP9LD(`{"@context":"https://schema.org","@type":"WebSite","name":"Holmby Courier","url":"https://holmby-courier.example/","author":{"@type":"Person","name":"Jonas Lind"}}`)
	founder := fcP9LD(`{"@context":"https://schema.org","@type":"NewsMediaOrganization","name":"Holmby Courier","founder":{"@type":"Person","name":"Jonas Lind"},"employee":[{"@type":"Person","name":"Ann Berg"}]}`)
	video := fcP9LD(`{"@context":"https://schema.org","@type":"VideoObject","name":"The ferry docks","uploadDate":"2024-03-05","author":{"@type":"Person","name":"Jonas Lind"},"creator":{"@type":"Person","name":"Jonas Lind"}}`)
	comments := fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":{"@type":"Person","name":"Marta Olsen"},"comment":[{"@type":"Comment","text":"Great news.","author":{"@type":"Person","name":"Ann Berg"}}]}`)
	return fcAuthorRows("authors/p9-structured", []fcAuthorRow{
		{name: "jsonld-org-author-is-publisher-beside-byline", html: fcStory(orgAuthor+site, fcP9Own, "", ""), want: []string{"Marta Olsen"}},
		// News templates fill the author of every story with the
		// publisher: no credit where nothing else names one.
		{name: "jsonld-org-author-is-publisher-alone", html: fcStory(orgAuthor+site, "", "", "")},
		{name: "jsonld-org-author-is-publisher-no-site-name", html: fcStory(orgAuthor, "", "", "")},
		// Yoast's personal site: the publisher is the writer, a node
		// typed Person and Organization.
		{name: "yoast-person-organization-publisher", html: fcStory(fcP9LD(`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"`+fcFerryURL+`#article","author":{"@id":"https://holmby-courier.example/#/schema/person/9a"},"publisher":{"@id":"https://holmby-courier.example/#/schema/person/9a"},"headline":"Ferry to Grest makes first crossing"},{"@type":["Person","Organization"],"@id":"https://holmby-courier.example/#/schema/person/9a","name":"Marta Olsen"}]}`), "", "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-org-author-agency-not-publisher", html: fcStory(agencyAuthor+site, "", "", ""), want: []string{"Reuters"}},
		{name: "jsonld-org-author-is-publisher-and-meta-author", html: fcStory(orgAuthor+site+`<meta name="author" content="Marta Olsen">`, "", "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-webpage-author-before-article", html: fcStory(webPage+fcP9LD(art), "", "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-website-author-beside-article", html: fcStory(website+fcP9LD(art), "", "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-website-author-beside-byline", html: fcStory(website, fcP9Own, "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-publisher-founder-no-byline", html: fcStory(founder, "", "", "")},
		{name: "jsonld-publisher-founder-beside-byline", html: fcStory(founder, fcP9Own, "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-video-creator-before-article", html: fcStory(video+fcP9LD(art), "", "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-comment-authors", html: fcStory(comments, "", "", ""), want: []string{"Marta Olsen"}},
		{name: "jsonld-author-array-with-urls", html: fcStory(fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":[{"@type":"Person","name":"Marta Olsen","url":"https://holmby-courier.example/author/marta/","sameAs":["https://twitter.com/martaolsen"]},{"@type":"Person","name":"Jonas Lind","url":"https://holmby-courier.example/author/jonas/"}]}`), "", "", ""), want: []string{"Marta Olsen", "Jonas Lind"}},
	})
}

// fcP9LanguageCases: byline labels and credit pairs of several languages
// beside a non-writer's credit: Scandinavian "Av"/"Af" with "Foto:",
// Indonesian "Penulis:"/"Reporter:" with "Editor:", Catalan "Per",
// Japanese and Chinese reporter credits, Korean "기자" with a photo
// credit, Arabic "بقلم" with "تحرير" (editing), Ukrainian "Автор:" with
// "Фото:".
func fcP9LanguageCases() []fcCase {
	in := func(lang, s string) string { return fcStoryIn(lang, "", s, "", "") }
	return fcAuthorRows("authors/p9-languages", []fcAuthorRow{
		{name: "sv-av-then-foto", html: in("sv", `<p class="byline">Av Marta Olsen</p><p class="credit">Foto: Jonas Lind</p>`), want: []string{"Marta Olsen"}},
		{name: "da-af-then-foto", html: in("da", `<p class="byline">Af Marta Olsen</p><p class="credit">Foto: Jonas Lind</p>`), want: []string{"Marta Olsen"}},
		{name: "no-av-og", html: in("no", `<p class="byline">Av Marta Olsen og Jonas Lind</p>`), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "id-penulis-editor", html: in("id", `<p class="byline">Penulis: Budi Santoso | Editor: Ani Wijaya</p>`), want: []string{"Budi Santoso"}},
		{name: "id-reporter-editor-lines", html: in("id", `<div class="author"><p>Reporter: Budi Santoso</p><p>Editor: Ani Wijaya</p></div>`), want: []string{"Budi Santoso"}},
		{name: "ja-kisha-after-name", html: in("ja", `<p class="byline">山田太郎記者</p>`), want: []string{"山田太郎"}},
		{name: "zh-wen-tu-slash-pair", html: in("zh", `<p class="byline">文／王小明 圖／李華</p>`), want: []string{"王小明"}},
		{name: "zh-jizhe-then-zeren-bianji-at-end", html: fcStoryIn("zh", "", `<p class="byline">记者 王小明</p>`, `<p>（责任编辑：李华）</p>`, ""), want: []string{"王小明"}},
		{name: "zh-zeren-bianji-alone", html: fcStoryIn("zh", "", "", `<p>（责任编辑：李华）</p>`, "")},
		{name: "ko-gija-no-space", html: in("ko", `<p class="byline">김민수기자</p>`), want: []string{"김민수"}},
		{name: "id-editor-alone", html: in("id", `<p class="byline">Editor: Ani Wijaya</p>`)},
		{name: "ko-gija-email", html: in("ko", `<p class="byline">김민수 기자 minsu@holmby.example</p>`), want: []string{"김민수"}},
		{name: "ar-biqalam-then-tahrir", html: in("ar", `<p class="byline">بقلم: نيلس براندت</p><p>تحرير: يوناس ليند</p>`), want: []string{"نيلس براندت"}},
		{name: "uk-avtor-then-foto", html: in("uk", `<p class="author">Автор: Марта Ольсен</p><p>Фото: Йонас Лінд</p>`), want: []string{"Марта Ольсен"}},
		{name: "pl-autor-then-redakcja", html: in("pl", `<p class="author">Autor: Marta Olsen</p><p>Redakcja: Jonas Lind</p>`), want: []string{"Marta Olsen"}},
		{name: "tr-haber-then-editor", html: in("tr", `<p class="byline">Haber: Marta Olsen</p><p>Editör: Jonas Lind</p>`), want: []string{"Marta Olsen"}},
	})
}

// fcP9CMSCases: the author markup of public CMSs' and themes' default
// templates, each beside some other name the page prints.
func fcP9CMSCases() []fcCase {
	tt20 := `<div class="post-meta-wrapper"><ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post author</span></span><span class="meta-text">By <a href="/author/marta/">Marta Olsen</a></span></li><li class="post-date meta-wrapper"><span class="meta-text"><a href="#">March 5, 2024</a></span></li></ul></div>`
	tt21 := `<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2024-03-05T09:00:00+00:00">March 5, 2024</time></span><span class="byline">By <a href="/author/marta/" rel="author">Marta Olsen</a></span></div></footer>`
	block := `<div class="wp-block-group"><p>by</p><div class="wp-block-post-author-name"><a href="/author/marta/" target="_self" class="wp-block-post-author-name__link">Marta Olsen</a></div></div>`
	drupal := `<div class="field field--name-field-author field--type-entity-reference field--label-inline"><div class="field__label">Author</div><div class="field__item"><a href="/person/marta-olsen" hreflang="en">Marta Olsen</a></div></div><div class="field field--name-field-photographer field--label-inline"><div class="field__label">Photographer</div><div class="field__item">Jonas Lind</div></div>`
	ghost := `<section class="article-author"><ul class="author-list"><li class="author-list-item"><a href="/author/marta/" class="author-avatar"><img class="author-profile-image" src="/img/marta.jpg" alt="Marta Olsen"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/marta/">Marta Olsen</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-05">Mar 5, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section>`
	substackMeta := `<meta name="author" content="Marta Olsen">`
	substack := `<div class="post-header"><h3 class="subtitle">The island waited ten years.</h3><div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@martaolsen">Marta Olsen</a></div><div class="post-date">Mar 5, 2024</div></div></div>`
	substackFoot := `<div class="post-footer"><div class="like-button-container"><span>12</span></div><p class="facepile-label">Jonas Lind and 11 others liked this</p></div>`
	arc := `<div class="ts-byline"><span class="ts-byline__by">By</span> <span class="ts-byline__names"><a href="/people/marta-olsen/">Marta Olsen</a> and <a href="/people/jonas-lind/">Jonas Lind</a></span></div><figure><img src="/img/ferry.jpg" alt=""><figcaption>The ferry at the pier. (Ann Berg/Holmby Courier)</figcaption></figure>`
	brightspot := `<div class="ArticlePage-authors"><div class="ArticlePage-authorName"><span class="ArticlePage-authorBy">By</span> <a class="Link" href="/people/marta-olsen">Marta Olsen</a></div></div>`
	joomla := `<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">Marta Olsen</span></dd><dd class="category-name">Category: <a href="/news">Island News</a></dd></dl>`
	typo3 := `<div class="news-list-author" itemprop="author" itemscope itemtype="http://schema.org/Person">von <span itemprop="name">Marta Olsen</span></div>`
	blogger := `<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/1" rel="author" title="author profile"><span itemprop="name">Marta Olsen</span></a></span></span></div>`
	papermod := `<div class="post-meta"><span title="2024-03-05 09:00:00 +0000 UTC">March 5, 2024</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Marta Olsen</div>`
	minima := `<p class="post-meta"><time class="dt-published" datetime="2024-03-05T09:00:00+00:00" itemprop="datePublished">Mar 5, 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Marta Olsen</span></span></p>`
	medium := `<div class="pw-publication"><a href="/holmby-writers">Published in Holmby Writers</a></div><div class="pw-author"><a href="/@marta" rel="noopener">Marta Olsen</a> · <button>Follow</button></div><div>5 min read · Mar 5, 2024</div>`
	return fcAuthorRows("authors/p9-cms", []fcAuthorRow{
		{name: "wp-twentytwenty-post-meta", html: fcStory("", tt20, "", ""), want: []string{"Marta Olsen"}},
		{name: "wp-twentytwentyone-footer-byline", html: fcStory("", "", tt21, ""), want: []string{"Marta Olsen"}},
		{name: "wp-block-post-author-name", html: fcStory("", block, "", ""), want: []string{"Marta Olsen"}},
		{name: "drupal-author-and-photographer-fields", html: fcStory("", drupal, "", ""), want: []string{"Marta Olsen"}},
		{name: "ghost-casper-article-author", html: fcStory("", ghost, "", ""), want: []string{"Marta Olsen"}},
		{name: "substack-post-meta-and-likers", html: fcStory(substackMeta, substack, substackFoot, `<div class="comments-section"><div class="comment"><div class="comment-meta"><a href="/profile/ann">Ann Berg</a></div><div class="comment-body"><p>At last!</p></div></div></div>`), want: []string{"Marta Olsen"}},
		{name: "arc-byline-two-and-caption-credit", html: fcStory("", arc, "", ""), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "brightspot-article-page-author", html: fcStory("", brightspot, "", ""), want: []string{"Marta Olsen"}},
		{name: "joomla-createdby", html: fcStory("", joomla, "", ""), want: []string{"Marta Olsen"}},
		{name: "typo3-news-author", html: fcStoryIn("de", "", typo3, "", ""), want: []string{"Marta Olsen"}},
		{name: "blogger-post-author-vcard", html: fcStory("", "", blogger, ""), want: []string{"Marta Olsen"}},
		{name: "hugo-papermod-post-meta", html: fcStory("", papermod, "", ""), want: []string{"Marta Olsen"}},
		{name: "jekyll-minima-post-meta", html: fcStory("", minima, "", ""), want: []string{"Marta Olsen"}},
		{name: "medium-publication-and-author", html: fcStory("", medium, "", ""), want: []string{"Marta Olsen"}},
	})
}

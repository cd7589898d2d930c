package extract

// An eighth round of author probes, for the authors' precision on unseen
// sites: invented pages in the default markup of public CMSs and the
// byline conventions of news desks in many languages, where a careless
// reader returns a name that is not the writer's (a photographer's,
// editor's, reviewer's or press contact's credit, a person the headline
// or the first sentence names, a commenter, a quoted or embedded
// speaker, a widget's names, a sponsor, a newsletter's owner), and the
// byline forms that must still give every writer (co-authors joined in
// several languages, particles, capitals, roles, places and addresses
// after the name). Who counts follows eval/testdata/fields.md: the
// people credited with writing; not photographers, editors, reviewers,
// translators or "additional reporting by"; an organisation or desk
// when it stands in the byline's place. A "Medically reviewed by"
// credit beside a writer's is dropped: a reader of a byline asks who
// wrote, and health publishers print the reviewer apart from the
// writer. As in failclass_test.go every page and name is made up.
// TestFailureClasses runs them.

func fcProbe8AuthorCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcP8PictureCreditCases()...)
	cs = append(cs, fcP8EditorCases()...)
	cs = append(cs, fcP8NamedInTextCases()...)
	cs = append(cs, fcP8ContactCases()...)
	cs = append(cs, fcP8WidgetCases()...)
	cs = append(cs, fcP8DeskCases()...)
	cs = append(cs, fcP8FormCases()...)
	return cs
}

// fcStoryIn is fcStory in another language: the page's lang attribute
// and its byline labels change, the prose stays.
func fcStoryIn(lang, head, before, after, outside string) string {
	return fcPage(lang, fcTitle+head, `<main><article><h1>Ferry to Grest makes first crossing</h1>`+before+fcProse(0, 5)+after+`</article>`+outside+`</main>`)
}

// fcP8Line is a story whose byline element holds s.
func fcP8Line(lang, s string) string {
	return fcStoryIn(lang, "", `<p class="byline">`+s+`</p>`, "", "")
}

// fcP8PictureCreditCases: photographers' credits near the byline, in the
// forms of several languages: on a line of their own, on the byline's
// line ("Text: X Foto: Y", as Nordic papers print it), under a picture
// that is no <figure> (a lightbox's "Quelle:").
func fcP8PictureCreditCases() []fcCase {
	lightbox := `<div class="modal-body"><img src="/img/ferry.jpg" alt="The ferry"><br><small class="text-muted">The ferry at the pier</small><br><small class="text-muted">Quelle: Jonas Lind / HSV</small></div>`
	return fcAuthorRows("authors/p8-picture-credits", []fcAuthorRow{
		{name: "de-von-then-bild-line", html: fcStoryIn("de", "", `<p class="byline">Von Marta Olsen</p><p class="bildnachweis">Bild: Jonas Lind</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "de-lightbox-quelle-under-image-no-byline", html: fcStoryIn("de", "", lightbox, "", "")},
		{name: "es-por-then-foto-efe", html: fcStoryIn("es", "", `<p class="autor">Por Marta Olsen</p><span class="foto">Foto: EFE/Jonas Lind</span>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "it-di-then-foto-di", html: fcStoryIn("it", "", `<p class="autore">di Marta Olsen</p><p>Foto di Jonas Lind</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "fr-photo-space-colon-no-byline", html: fcStoryIn("fr", "", `<p>Photo : Jonas Lind / AFP</p>`, "", "")},
		{name: "fr-par-then-photo-space-colon", html: fcStoryIn("fr", "", `<p class="auteur">Par Marta Olsen</p><p>Photo : Jonas Lind / AFP</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "nl-door-then-foto-anp", html: fcStoryIn("nl", "", `<p class="byline">Door Marta Olsen</p><p class="credit">Foto: ANP/Jonas Lind</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "en-photography-by-after-bar", html: fcP8Line("en", "By Marta Olsen | Photography by Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "en-words-by-photos-by", html: fcP8Line("en", "Words by Marta Olsen, photos by Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "sv-text-foto-one-line", html: fcP8Line("sv", "Text: Marta Olsen Foto: Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "en-photo-first-text-second", html: fcP8Line("en", "Photo: Jonas Lind | Text: Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "pl-autor-zdjecia", html: fcP8Line("pl", "Autor: Marta Olsen, zdjęcia: Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "ru-avtor-foto", html: fcStoryIn("ru", "", `<p class="author">Автор: Марта Ольсен</p><p>Фото: Йонас Линд</p>`, "", ""), want: []string{"Марта Ольсен"}},
		{name: "wp-caption-text-only-credit-no-byline", html: fcStory("", `<div class="wp-caption aligncenter"><img src="/img/ferry.jpg" alt=""><p class="wp-caption-text">The ferry at the pier. Photo by Jonas Lind</p></div>`, "", "")},
	})
}

// fcP8EditorCases: editors', reviewers' and fact checkers' credits in
// other languages and orders (a health publisher prints the reviewer
// first), and contributors' lines ("Mitarbeit:", "with additional
// reporting by").
func fcP8EditorCases() []fcCase {
	return fcAuthorRows("authors/p8-editors", []fcAuthorRow{
		{name: "de-autorin-redaktion-at-end", html: fcStoryIn("de", "", `<p class="author">Autorin: Marta Olsen</p>`, `<p>Redaktion: Jonas Lind</p>`, ""), want: []string{"Marta Olsen"}},
		{name: "de-redigiert-von", html: fcP8Line("de", "Von Marta Olsen | Redigiert von Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "es-edicion-after-por", html: fcP8Line("es", "Por Marta Olsen | Edición: Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "en-reviewer-first-then-writer", html: fcStory("", `<div class="article-meta"><p class="reviewer">Medically reviewed by Jonas Lind, MD</p><p class="byline">Written by Marta Olsen</p></div>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "en-fact-checked-alone", html: fcP8Line("en", "Fact checked by Jonas Lind")},
		{name: "fr-edite-par", html: fcP8Line("fr", "Par Marta Olsen. Édité par Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "pt-edicao-de", html: fcP8Line("pt", "Por Marta Olsen; edição de Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "es-editado-por-after-period", html: fcP8Line("es", "Por Marta Olsen. Editado por Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "de-uebersetzt-von-after-period", html: fcP8Line("de", "Von Marta Olsen. Übersetzt von Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "fr-edite-par-alone", html: fcP8Line("fr", "Édité par Jonas Lind")},
		{name: "de-mitarbeit", html: fcP8Line("de", "Von Marta Olsen; Mitarbeit: Jonas Lind"), want: []string{"Marta Olsen"}},
	})
}

// fcP8NamedInTextCases: people the headline, the standfirst or the first
// sentence names, on pages that credit nobody: a sentence may open with
// "By" and a time ("By Monday, Jonas Lind had…").
func fcP8NamedInTextCases() []fcCase {
	named := func(h1, first string) string {
		return fcPage("en", `<title>`+h1+`</title>`, `<article><h1>`+h1+`</h1><p>`+first+`</p>`+fcProse(0, 5)+`</article>`)
	}
	return fcAuthorRows("authors/p8-named-in-text", []fcAuthorRow{
		{name: "headline-and-lead-name-a-person", html: named("Jonas Lind wins the Grest regatta", "Jonas Lind won the Grest regatta on Sunday, his third win in a row.")},
		{name: "lead-opens-by-weekday", html: named("Ferry to Grest makes first crossing", "By Monday, Jonas Lind had sold all the tickets for the first week of crossings.")},
		{name: "lead-opens-by-month", html: named("Ferry to Grest makes first crossing", "By March Jonas Lind and his crew had tested the ferry forty times.")},
		{name: "standfirst-quotes-a-person", html: fcStory("", `<p class="standfirst">“We waited ten years for this boat,” says harbour master Jonas Lind.</p>`, "", "")},
		{name: "de-lead-opens-von", html: fcPage("de", `<title>Fähre nach Grest</title>`, `<article><h1>Fähre nach Grest</h1><p>Von Jonas Lind, dem Hafenmeister, stammt die Idee für die neue Fähre.</p>`+fcProse(0, 5)+`</article>`)},
	})
}

// fcP8ContactCases: contact boxes and press-release contacts name whom to
// ask, not who wrote.
func fcP8ContactCases() []fcCase {
	return fcAuthorRows("authors/p8-contacts", []fcAuthorRow{
		{name: "de-kontakt-box-ansprechpartner", html: fcStoryIn("de", "", "", `<div class="kontakt"><h3>Kontakt</h3><p>Ansprechpartner: Jonas Lind</p><p>Telefon 01234 5678</p></div>`, "")},
		{name: "de-pressekontakt-beside-byline", html: fcStoryIn("de", "", `<p class="byline">Von Marta Olsen</p>`, `<p><strong>Pressekontakt:</strong> Jonas Lind, presse@holmby-faehre.example</p>`, ""), want: []string{"Marta Olsen"}},
		{name: "en-media-contact", html: fcStory("", "", `<p>Media contact: Jonas Lind, jonas@holmby-ferry.example, +1 555 0100</p>`, "")},
		{name: "fr-contact-presse", html: fcStoryIn("fr", "", "", `<p>Contact presse : Jonas Lind – jonas@holmby-ferry.example</p>`, "")},
		{name: "es-contacto-de-prensa", html: fcStoryIn("es", "", "", `<p><b>Contacto de prensa:</b> Jonas Lind</p>`, "")},
	})
}

// fcP8WidgetCases: names in widgets and embeds: a reply form, a tweet and an Instagram post embedded in the text, a pull
// quote's speaker after a dash, an authors widget, a sponsor, a recipe's
// and a podcast's credits, a newsletter sign-up.
func fcP8WidgetCases() []fcCase {
	own := `<p class="byline">By Marta Olsen</p>`
	tweet := `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The new ferry just docked at Grest!</p>&mdash; Jonas Lind (@jonaslind) <a href="https://twitter.com/jonaslind/status/1">March 5, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`
	insta := `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"><div><a href="https://www.instagram.com/p/abc/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/abc/">A post shared by Jonas Lind (@jonaslind)</a></p></div></blockquote>`
	reply := `<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply to Ann Berg <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond">Cancel reply</a></small></h3></div>`
	authors := `<aside class="widget widget_authors"><h3 class="widget-title">Unsere Autoren</h3><ul><li><a href="/author/ann/">Ann Berg</a></li><li><a href="/author/jonas/">Jonas Lind</a></li><li><a href="/author/nils/">Nils Brandt</a></li></ul></aside>`
	return fcAuthorRows("authors/p8-widgets", []fcAuthorRow{
		{name: "tweet-embed-last-no-byline", html: fcStory("", "", tweet, "")},
		{name: "tweet-embed-beside-byline", html: fcStory("", own, tweet, ""), want: []string{"Marta Olsen"}},
		{name: "instagram-embed-no-byline", html: fcStory("", "", insta, "")},
		{name: "reply-form-names-commenter", html: fcStory("", "", "", reply)},
		{name: "pullquote-dash-speaker-no-byline", html: fcStory("", "", `<aside class="pullquote"><p>“We waited ten years for this boat.”</p><p>— Jonas Lind, harbour master</p></aside>`, "")},
		{name: "authors-widget-no-byline", html: fcStoryIn("de", "", "", "", authors)},
		{name: "presented-by-beside-byline", html: fcStory("", own+`<p class="sponsor">Presented by Holmby Savings Bank</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "de-praesentiert-von-sponsor", html: fcStoryIn("de", "", `<p class="sponsor">Anzeige | Präsentiert von Holmby Sparkasse</p>`, "", "")},
		{name: "recipe-by-alone", html: fcP8Line("en", "Recipe by Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "recipe-and-text-by-styling-by", html: fcP8Line("en", "Recipe and text by Marta Olsen, food styling by Jonas Lind"), want: []string{"Marta Olsen"}},
		{name: "podcast-hosted-by-beside-byline", html: fcStory("", own, `<div class="podcast-player"><p class="podcast-title">The Harbour Hour</p><p>Hosted by Jonas Lind</p></div>`, ""), want: []string{"Marta Olsen"}},
		{name: "newsletter-signup-names-columnist", html: fcStory("", "", `<div class="newsletter-signup"><h3>Sign up for Jonas Lind’s newsletter</h3><form><input type="email"><button>Sign up</button></form></div>`, "")},
	})
}

// fcP8DeskCases: organisation and desk bylines give the organisation or
// the desk, as printed, as the existing rows do ("By Courier Metro Desk").
func fcP8DeskCases() []fcCase {
	return fcAuthorRows("authors/p8-desks", []fcAuthorRow{
		{name: "en-editorial-board", html: fcP8Line("en", "By the Editorial Board"), want: []string{"Editorial Board"}},
		{name: "en-editorial-board-beside-writer", html: fcP8Line("en", "By Marta Olsen and the Editorial Board"), want: []string{"Marta Olsen"}},
		{name: "de-von-redaktion", html: fcP8Line("de", "Von Redaktion"), want: []string{"Redaktion"}},
		{name: "es-por-redaccion", html: fcP8Line("es", "Por Redacción"), want: []string{"Redacción"}},
		{name: "en-staff", html: fcP8Line("en", "By Staff"), want: []string{"Staff"}},
	})
}

// fcP8FormCases: byline forms that must keep every writer: a place, a job
// title, an address or a handle after the name; co-authors joined in
// several languages; particles; capitals; names written family name
// first.
func fcP8FormCases() []fcCase {
	return fcAuthorRows("authors/p8-forms", []fcAuthorRow{
		{name: "en-in-place", html: fcP8Line("en", "By Marta Olsen in Kyiv"), want: []string{"Marta Olsen"}},
		{name: "en-job-title", html: fcP8Line("en", "By Marta Olsen, Chief Political Correspondent"), want: []string{"Marta Olsen"}},
		{name: "en-email-after-name", html: fcP8Line("en", "By Marta Olsen marta.olsen@holmby-courier.example"), want: []string{"Marta Olsen"}},
		{name: "en-handle-in-parens", html: fcP8Line("en", "By Marta Olsen (@martaolsen)"), want: []string{"Marta Olsen"}},
		{name: "de-und", html: fcP8Line("de", "Von Marta Olsen und Jonas Lind"), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "fr-et", html: fcP8Line("fr", "Par Marta Olsen et Jonas Lind"), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "es-y", html: fcP8Line("es", "Por Marta Olsen y Jonas Lind"), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "en-three-with-comma-and", html: fcP8Line("en", "By Marta Olsen, Jonas Lind and Ann Berg"), want: []string{"Marta Olsen", "Jonas Lind", "Ann Berg"}},
		{name: "nl-van-der", html: fcP8Line("nl", "Door Anna van der Berg"), want: []string{"Anna van der Berg"}},
		{name: "es-de-la", html: fcP8Line("es", "Por María de la Cruz"), want: []string{"María de la Cruz"}},
		{name: "ms-bin", html: fcP8Line("ms", "Oleh Ahmad bin Ismail"), want: []string{"Ahmad bin Ismail"}},
		{name: "en-o-and-mc", html: fcP8Line("en", "By Sean O'Neill and Ian McKay"), want: []string{"Sean O'Neill", "Ian McKay"}},
		{name: "en-all-caps-two", html: fcP8Line("en", "BY MARTA OLSEN AND JONAS LIND"), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "en-all-caps-three", html: fcP8Line("en", "BY MARTA OLSEN, JONAS LIND AND ANN BERG"), want: []string{"Marta Olsen", "Jonas Lind", "Ann Berg"}},
		{name: "de-all-caps-und", html: fcP8Line("de", "VON MARTA OLSEN UND JONAS LIND"), want: []string{"Marta Olsen", "Jonas Lind"}},
		{name: "hu-family-name-first", html: fcStoryIn("hu", "", `<p class="author">Szerző: Kovács Anna</p>`, "", ""), want: []string{"Kovács Anna"}},
		{name: "vi-name-order", html: fcStoryIn("vi", `<meta name="author" content="Nguyễn Văn An">`, "", "", ""), want: []string{"Nguyễn Văn An"}},
		{name: "ja-shippitsu", html: fcStoryIn("ja", "", `<p class="author">執筆者：山田太郎</p>`, "", ""), want: []string{"山田太郎"}},
		{name: "de-gastbeitrag-von", html: fcP8Line("de", "Ein Gastbeitrag von Marta Olsen"), want: []string{"Marta Olsen"}},
		{name: "de-kommentar-von", html: fcP8Line("de", "Ein Kommentar von Marta Olsen"), want: []string{"Marta Olsen"}},
	})
}

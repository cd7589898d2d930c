package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix27Auth28Cases are the false-author classes round 27's auth28
// found on the invented pages with every byline cut
// (metamorphic_absent_test.go), read there as a name the byline still
// shows, each with a real author of the same shape that must still be
// read:
//
//   - a byline whose name element is empty beside the writer's job title,
//     its beat a word of the lexicon's role_modifiers ("Transport
//     Correspondent", "Agriculture Editor", "Football Writer", "Lecturer
//     in …"): no author (names.go's nameShaped drops a job title alone),
//     while the name beside the title is read without it;
//   - an author card whose name heading is empty above a bio opening on
//     its copula (" is a data reporter …"): no author "is"
//     (authorfurniture.go's bioCopulaAlone), while the card's name is
//     still read;
//   - a byline box holding the share bar after an empty "By" ("Facebook
//     X Pinterest Email") or a tag box's heading ("Related Topics"): no
//     author (authorfurniture.go's furnitureOnly), while the writer in
//     the same box is still read;
//   - a footer's copyright line with no byline on the page whose holder
//     is a rights notice ("©RIPRODUZIONE RISERVATA", "© All Rights
//     Reserved", the lexicon's boiler lines) or a publisher ending on a
//     holder word of the lexicon ("© 2024 Express Newspapers", "Prisma
//     Média"; not "Co", a surname too: failclass_fix27_review28_test.go): no author (authorlines.go's copyrightHolder,
//     adminHolder), while a person's copyright on a personal site is
//     still read;
//   - a credits row whose writer's name is empty before the picture's
//     credit under a label without its colon ("Tekst <a></a> Beeld <a>X</a>",
//     "Teksti … Kuvat X", the lexicon's credit labels): no author
//     (authorfurniture.go's pictureCreditOpen), while the writer before
//     it is still read alone;
//   - a meta row under the headline giving the section, the print issue
//     and the day ("Samenleving · Nr. 10 · 6 maart 2024"): no author
//     "Samenleving Nr" (authorfurniture.go's issueNoteSeg), while a
//     writer's name before the day is still read;
//   - a byline's joiner in capitals left between two empty names ("BY
//     <a></a> AND <a></a>"), a time connector after an empty name
//     ("publicado por <a></a> às 22:14", "alle 14:05", the lexicon's
//     time_connectors) and a bio opening on "has" ("<b></b> has reviewed
//     laptops …"): no author (names.go's cleanName,
//     authorfurniture.go's bioCopulaAlone), while the names in the same
//     lines are still read;
//   - a Hungarian author box whose bio, its name cut, opens on the job
//     ("<strong></strong> újságíró, a szegedi …"): no author "újságíró"
//     (the Hungarian lexicon's role_words), while the box's name is
//     still read;
//   - a meta row whose bare byline label's name is empty before the
//     row's next field ("Autor: <span></span> <span>Zobrazeno:
//     312×</span>", "Автор: <a></a> <span>Прегледи: 1.812</span>"): no
//     author (authorlines.go's labelledLines, authorfurniture.go's
//     fieldLabelLine), while the name after the label is still read;
//   - a byline whose name is empty before a relative day ("Door
//     <span></span> <span>Vandaag, 07:14</span>", the lexicon's
//     relative_days): no author "Vandaag" (authorfurniture.go's
//     relativeDayAlone), while the name before the day is still read.
//
// And Blogger's German byline label ("Eingestellt von X", the lexicon's
// byline_labels): alone when the name is empty, no author "Eingestellt
// von"; with the name, the name without the label.
func fcFix27Auth28Cases() []fcCase {
	page := func(byline, after string) string {
		title := "Rail fares to rise by 4.6% in March, government confirms"
		return fcPage("en", `<title>`+title+`</title>`, `<main><article><header><h1>`+title+`</h1>`+byline+`</header>`+fcProse(0, 5)+after+`</article></main>`)
	}
	role := func(name, job string) string {
		return `<div class="article-author"><div class="author"><a href="/author/x">` + name + `</a> <span class="role">` + job + `</span></div><div class="publish-date"><span>Wednesday 03 December 2026 11:42 GMT</span></div></div>`
	}
	card := func(name, bio string) string {
		return `<div class="author-info"><div class="author-card"><img src="/profile/218400123/photo.jpg" alt=""><h3><a href="/profile/218400123.html">` + name + `</a></h3><p>` + bio + `</p></div></div>`
	}
	social := func(name string) string {
		return `<div class="byline-social"><div class="byline"><span class="by-author">By </span>` + name + ` <span class="date-published"><time datetime="2024-03-05T14:00:00Z">5 March 2024</time></span></div>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Pinterest</a> <a href="#">Email</a></div></div>`
	}
	related := func(name string) string {
		return `<div class="e-byline"><div class="e-byline__author"><a itemscope itemtype="https://schema.org/Person"><span itemprop="name">` + name + `</span></a></div>
<time class="e-published-date" datetime="2026-12-04T06:00:00Z">4 December 2026 • 6:00am</time>
<div class="e-byline__related"><a>Related Topics</a></div></div>`
	}
	none := func(t *testing.T, a *article.Article) { t.Helper(); fcWantAuthors(t, a) }
	want := func(n string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { t.Helper(); fcWantAuthors(t, a, n) }
	}
	footer := func(line string) string {
		title := "Ten years of keeping bees on a city rooftop"
		return fcPage("en", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>`+fcProse(0, 5)+`</article></main><footer><p>`+line+`</p></footer>`)
	}
	nl := func(row string) string {
		title := "De laatste veerman van het Wad"
		return fcPage("nl", `<title>`+title+`</title>`, `<main><article><header><h1>`+title+`</h1>`+row+`</header>
<p>Elke ochtend om zes uur start Klaas de motor van zijn pont. Al veertig jaar brengt hij boeren en fietsers naar de overkant.</p>
<p>De gemeente wil de pont vervangen door een brug. Klaas vindt dat jammer, maar begrijpt het wel.</p>
<p>Op drukke zomerdagen vaart hij wel zestig keer heen en weer. In de winter zijn het er soms maar vijf.</p>
<p>Volgend jaar gaat hij met pensioen. Een opvolger is er nog niet, zegt hij.</p></article></main>`)
	}
	credits := func(writer string) string {
		return `<p class="article-header__credits"><span class="credit-label">Tekst</span> <a href="/auteurs/x">` + writer + `</a> <span class="credit-sep"> </span> <span class="credit-label">Beeld</span> <a href="/auteurs/femke-de-wolff">Femke de Wolff</a></p>`
	}
	pt := func(name string) string {
		title := "O alfaiate da Rua dos Remédios"
		return fcPage("pt", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<p>Há quarenta anos que o senhor Artur abre a porta da alfaiataria às oito da manhã. Já vestiu três gerações do bairro.</p>
<p>A loja é pequena, com uma montra de fatos e um espelho antigo. Os clientes entram para conversar, mais do que para comprar.</p>
<p>O senhor Artur diz que o segredo é a paciência e uma boa tesoura. Não pensa em fechar tão cedo.</p>
<p>Os vizinhos dizem que sem ele a rua não seria a mesma.</p>
<span class="post-meta">publicado por <a class="author" href="/perfil">`+name+`</a> às 22:14</span></article></main>`)
	}
	want2 := func(a, b string) func(t *testing.T, a2 *article.Article) {
		return func(t *testing.T, a2 *article.Article) { t.Helper(); fcWantAuthors(t, a2, a, b) }
	}
	hu := func(name string) string {
		title := "Megújul a Tisza-parti rakpart Szegeden"
		return fcPage("hu", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<p>A szegedi önkormányzat kedden bejelentette, hogy jövő tavasszal megkezdődik a Tisza-parti rakpart felújítása.</p>
<p>A munkálatok két évig tartanak, és a teljes szakaszt érintik a Belvárosi hídtól a Széchenyi térig.</p>
<p>A városvezetés szerint a felújítás után a rakpart kerékpárosok és gyalogosok számára is biztonságosabb lesz.</p>
<p>A beruházás költségét uniós forrásokból és a város saját költségvetéséből fedezik.</p>
<div class="cikk__szerzo-doboz"><img src="/szerzok/szonyi-100.jpg" alt="" width="100" height="100"><p><strong>`+name+`</strong> újságíró, a szegedi önkormányzat és a városfejlesztés témáit követi.</p></div></article></main>`)
	}
	cs := func(name string) string {
		title := "Obec opraví chodník v Zahradní ulici"
		return fcPage("cs", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<div class="info"><span class="datum">Vloženo: 5. 3. 2024</span> <span class="autor">Autor: `+name+`</span> <span class="zobrazeno">Zobrazeno: 312×</span></div>
<p>Zastupitelstvo obce schválilo na svém březnovém zasedání opravu chodníku v Zahradní ulici.</p>
<p>Práce začnou v dubnu a potrvají přibližně šest týdnů. Během oprav bude ulice průjezdná jen v jednom směru.</p>
<p>Oprava bude stát 1,2 milionu korun a obec ji zaplatí z vlastního rozpočtu.</p>
<p>Obecní úřad děkuje občanům za trpělivost během stavebních prací.</p></article></main>`)
	}
	nlDay := func(name string) string {
		return nl(`<div class="onk-meta"><span class="onk-auteur">Door ` + name + `</span> <span class="onk-tijd">Vandaag, 07:14</span></div>`)
	}
	u := "https://rail-weekly.example/news/fares-rise"
	return []fcCase{
		{class: "authors/role-title-alone-beat", url: u, html: page(role("", "Transport Correspondent"), ""), check: none},
		{class: "authors/role-title-alone-beat-agriculture", url: u, html: page(role("", "Agriculture Editor"), ""), check: none},
		{class: "authors/role-title-alone-lecturer", url: u, html: page(role("", "Lecturer in Animal Behaviour, University of Westmarch"), ""), check: none},
		{class: "authors/role-title-beside-name-still-read", url: u, html: page(role("Harriet Lomax", "Transport Correspondent"), ""), check: want("Harriet Lomax")},
		{class: "authors/bio-copula-after-empty-name", url: u, html: page("", card("", " is a data reporter. Support my work with a digital subscription.")), check: none},
		{class: "authors/bio-card-name-still-read", url: u, html: page("", card("Dana Whitcombe", "Dana Whitcombe is a data reporter. Support my work with a digital subscription.")), check: want("Dana Whitcombe")},
		{class: "authors/share-bar-in-byline-box", url: u, html: page(social(""), ""), check: none},
		{class: "authors/share-bar-beside-writer-still-read", url: u, html: page(social(`<a href="/author/rhiannon-castellow">Rhiannon Castellow</a>`), ""), check: want("Rhiannon Castellow")},
		{class: "authors/related-topics-in-byline-box", url: u, html: page(related(""), ""), check: none},
		{class: "authors/related-topics-beside-writer-still-read", url: u, html: page(related("Rosamund Trevelyan-Ng"), ""), check: want("Rosamund Trevelyan-Ng")},
		{class: "authors/picture-credit-label-without-colon", url: u, html: nl(credits("")), check: none},
		{class: "authors/writer-before-picture-credit-still-read", url: u, html: nl(credits("Jelmer Hoekstra-Visser")), check: want("Jelmer Hoekstra-Visser")},
		{class: "authors/issue-note-in-meta-row", url: u, html: nl(`<div class="meta-top"><a class="section" href="/samenleving">Samenleving</a> <span class="issue">Nr. 10 · 6 maart 2024</span></div>`), check: none},
		{class: "authors/writer-in-dated-meta-row-still-read", url: u, html: nl(`<p class="meta">Anouk Terpstra · 6 maart 2024</p>`), check: want("Anouk Terpstra")},
		{class: "authors/capital-joiner-between-empty-names", url: u, html: page(`<p class="article-byline">BY <a href="/a/1"></a> AND <a href="/a/2"></a></p>`, ""), check: none},
		{class: "authors/capital-joiner-names-still-read", url: u, html: page(`<p class="article-byline">BY <a href="/a/1">KENJI WATANABE-ROSS</a> AND <a href="/a/2">AIKO MORIYAMA</a></p>`, ""), check: want2("Kenji Watanabe-Ross", "Aiko Moriyama")},
		{class: "authors/time-connector-after-empty-name", url: u, html: pt(""), check: none},
		{class: "authors/time-connector-after-name-still-read", url: u, html: pt("Inês Carvalhal"), check: want("Inês Carvalhal")},
		{class: "authors/bio-has-after-empty-name", url: u, html: page("", `<div class="gg-author-card"><p><b></b> has reviewed laptops for over a decade. She lives in Austin with two cats and too many keyboards.</p></div>`), check: none},
		{class: "authors/hu-bio-job-after-empty-name", url: u, html: hu(""), check: none},
		{class: "authors/hu-bio-name-still-read", url: u, html: hu("Szőnyi Boglárka"), check: want("Szőnyi Boglárka")},
		{class: "authors/next-field-after-empty-label", url: u, html: cs(""), check: none},
		{class: "authors/name-after-label-before-next-field-still-read", url: u, html: cs("Jana Nováková"), check: want("Jana Nováková")},
		{class: "authors/relative-day-after-empty-name", url: u, html: nlDay(""), check: none},
		{class: "authors/name-before-relative-day-still-read", url: u, html: nlDay("Marloes van Dijk"), check: want("Marloes van Dijk")},
		{class: "authors/blogger-de-label-alone", url: u, html: fcPage("de", `<title>Mein Garten im März</title>`, `<main><article><h1>Mein Garten im März</h1>`+fcProse(0, 5)+`<div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn"></span></span></div></article></main>`), check: none},
		{class: "authors/blogger-de-label-name-still-read", url: u, html: fcPage("de", `<title>Mein Garten im März</title>`, `<main><article><h1>Mein Garten im März</h1>`+fcProse(0, 5)+`<div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Roswitha Kernbichler</span></span></div></article></main>`), check: want("Roswitha Kernbichler")},
		{class: "authors/copyright-rights-notice", url: u, html: footer(`<small>&copy;RIPRODUZIONE RISERVATA</small>`), check: none},
		{class: "authors/copyright-all-rights-reserved", url: u, html: footer(`&copy; All Rights Reserved`), check: none},
		{class: "authors/copyright-publisher-holder-word", url: u, html: footer(`&copy; 2024 Express Newspapers`), check: none},
		{class: "authors/copyright-person-still-read", url: u, html: footer(`&copy; 2024 Jane Marlowe`), check: want("Jane Marlowe")},
	}
}

package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-24 label rows (TestMetamorphicLabels' byline class): a site whose
// template prints a label noun and its colon ("Author:", "Autorin:",
// "Texte :") where others print "By" names the same writer, in a line
// above the body or opening it, and that line leaves the body. And the
// lines that must not be read so: a label noun with no name after it, a
// heading that opens with a label noun, a book's fact box naming the
// headline's author, labelled fields glued into one text, a data table's
// "Author" column. Names, places and sites are invented. TestFailureClasses
// runs them.
func fcFix24LabfixCases() []fcCase {
	prose := fcProse(0, 5)
	page := func(lang, headline, meta, body string) string {
		return fcPage(lang, `<title>`+headline+`</title>`, `<article><h1>`+headline+`</h1>`+meta+body+`</article>`)
	}
	lacks := func(name string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			if slices.ContainsFunc(a.Authors, func(s string) bool { return strings.Contains(strings.ToLower(s), strings.ToLower(name)) }) {
				t.Errorf("authors = %q, want none naming %q", a.Authors, name)
			}
		}
	}
	return []fcCase{
		{class: "fix24labfix/author-noun-meta-line",
			html: page("en", "Ferry makes first crossing to Grest",
				`<div class="story-meta">Author: Maren Quillfeather and Odo Brackwell | Staff writers | Published March 5, 2024 at 3:41 p.m. | Updated March 6, 2024 at 9:12 a.m.</div>`, prose),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, "Maren Quillfeather", "Odo Brackwell")
				fcWantBody(t, a, nil, []string{"Author:", "Staff writers"})
			}},
		{class: "fix24labfix/autorin-noun-line-de",
			html: page("de", "Neue Fähre fährt zum ersten Mal nach Grest",
				`<div class="kopf-info"><span>Autorin: Jana Wendeborn</span> · <time>05.03.2024</time> · <span>Lesezeit 6 Min.</span></div>`, fcProse(2, 5)),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, "Jana Wendeborn")
				fcWantBody(t, a, nil, []string{"Autorin:"})
			}},
		{class: "fix24labfix/texte-noun-line-fr",
			html: page("fr", "Le nouveau bac traverse vers Grest",
				`<div class="infos"><span>Texte : Claire Duvernoy</span> · <time>05/03/2024</time> · <span>Lecture 4 min</span></div>`, fcProse(4, 5)),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, "Claire Duvernoy")
				fcWantBody(t, a, nil, []string{"Texte :"})
			}},
		{class: "fix24labfix/byline-phrase-then-date-line-fr",
			html: page("fr", "Le nouveau bac traverse vers Grest",
				`<div class="infos"><span>RÉDIGÉ PAR : Claire DUVERNOY-MASSE</span> <span>Publié le 05/03/2024 à 12h04, mis à jour le 05/03/2024 à 15h22</span></div>`, fcProse(4, 5)),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, "Claire DUVERNOY-MASSE")
				fcWantBody(t, a, nil, []string{"RÉDIGÉ PAR"})
			}},
		{class: "fix24labfix/no-figure-source-fr",
			html: page("fr", "La Bourse de Paris termine en baisse",
				`<p class="chapo">La Bourse de Paris a terminé en baisse de 0,8 % mardi, dans des volumes étoffés.</p><div class="signature">publié par <a href="/auteurs/bastien-le-goff/">Bastien Le Goff</a> <span class="date">Publié le 05/03/2024 à 18:04</span> <span class="maj">Mis à jour le 05/03/2024 à 18:31</span></div>`,
				`<div class="corps">`+fcProse(4, 1)+`<figure><img src="/img/cac.png" alt="Graphique"><figcaption>Évolution du CAC 40 sur la séance. <span class="source">Source : Euronext</span></figcaption></figure>`+fcProse(5, 4)+`</div>`),
			check: lacks("Euronext")},
		{class: "fix24labfix/caps-label-own-span",
			html: fcPage("en", `<title>Ferry makes first crossing to Grest</title>`, `<main><header class="entry-header"><h1 class="entry-title">Ferry makes first crossing to Grest</h1>`+
				`<div class="post-subtitle">Islanders want a reliable service before the summer.</div>`+
				`<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/avatar.jpg" class="avatar photo" height="80" width="80"></span><span class="byline"><span class="author-prefix">STORY BY</span> <span class="author vcard"><a class="url fn n" href="/author/mq/">Maren Quillfeather</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-03-05T15:41:02-05:00">March 5, 2024</time></span></div></div></header>`+
				`<article class="post"><div class="entry-content">`+prose+`</div></article></main>`),
			check: fcCheckAuthors("Maren Quillfeather")},
		// must not fire
		{class: "fix24labfix/no-author-unknown",
			html:  page("en", "Ferry makes first crossing to Grest", `<div class="story-meta">Author: unknown | March 5, 2024</div>`, prose),
			check: lacks("unknown")},
		{class: "fix24labfix/no-autor-des-monats",
			html:  page("de", "Neue Fähre fährt zum ersten Mal nach Grest", `<h3>Autor des Monats</h3>`, fcProse(2, 5)),
			check: lacks("Monats")},
		{class: "fix24labfix/no-factbox-author-in-headline",
			html: page("it", "«La casa dei gelsi», il romanzo di Ludovica Sartorelli",
				`<div class="article-info"><span class="writer">di Gianmaria Toscolano</span></div>`+
					`<div class="scheda"><h3>La scheda</h3><ul><li><b>Titolo:</b> La casa dei gelsi</li><li><b>Autrice:</b> Ludovica Sartorelli</li><li><b>Editore:</b> Edizioni Argine</li><li><b>Pagine:</b> 312</li></ul></div>`, fcProse(1, 5)),
			check: fcCheckAuthors("Gianmaria Toscolano")},
		{class: "fix24labfix/no-glued-fields",
			html: page("en", "Ferry makes first crossing to Grest",
				`<div class="info"><span>Author: AA</span><span>Created: 05 March 2024 14:32</span></div>`, prose),
			check: lacks("AACreated")},
		{class: "fix24labfix/no-picture-box-source-line",
			html: page("en", "Tank restoration begins in Coimbatore", `<div class="author-name"><span class="person-name">Staff Reporter</span></div>`,
				fcProse(0, 1)+`<div class="picture"><img src="/incoming/tank.jpg" alt=""><p class="caption">A view of the tank. <span class="photo-credit">| Source: Odo Brackwell</span></p></div>`+fcProse(2, 4)),
			check: lacks("Brackwell")},
		{class: "fix24labfix/no-subhead-par-les-chiffres",
			html: page("fr", "Le nouveau bac traverse vers Grest", `<p class="signature">Par Claire Duvernoy</p>`,
				fcProse(4, 2)+`<h3>Par les chiffres</h3>`+fcProse(6, 3)),
			check: fcCheckAuthors("Claire Duvernoy")},
		{class: "fix24labfix/no-subhead-article-phrase-fr",
			html:  page("fr", "Trois ans de potager partagé à Rennes", "", fcProse(4, 3)+`<h3>Par les des</h3>`+fcProse(6, 3)),
			check: lacks("les")},
		{class: "fix24labfix/no-subhead-article-phrase-en",
			html:  page("en", "Ferry makes first crossing to Grest", "", fcProse(0, 3)+`<h3>By the numbers</h3>`+fcProse(3, 3)),
			check: lacks("numbers")},
		{class: "fix24labfix/desk-after-article-kept-fr",
			html:  page("fr", "Le nouveau bac traverse vers Grest", `<p class="signature">Par la rédaction</p>`, fcProse(4, 5)),
			check: fcCheckAuthors()},
		{class: "fix24labfix/article-then-name-kept-en",
			html:  page("en", "Ferry makes first crossing to Grest", `<p>By the Associated Press</p>`, prose),
			check: fcCheckAuthors("the Associated Press")},
		{class: "fix24labfix/no-data-table-author-cell",
			html: page("en", "Ferry makes first crossing to Grest", `<p class="byline">By Maren Quillfeather</p>`,
				fcProse(0, 2)+`<table><tr><th>Title</th><th>Author</th></tr><tr><td>Author</td><td>Odo Brackwell</td></tr><tr><td>Harbour Lights</td><td>Ines Farrow</td></tr></table>`+fcProse(3, 3)),
			check: fcCheckAuthors("Maren Quillfeather")},
		{class: "fix24labfix/no-photo-noun-line",
			html:  page("en", "Ferry makes first crossing to Grest", `<p class="byline">By Maren Quillfeather</p><p>Photo: Odo Brackwell</p>`, prose),
			check: fcCheckAuthors("Maren Quillfeather")},
	}
}

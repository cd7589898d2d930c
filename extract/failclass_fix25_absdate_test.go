package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix25AbsdateCases are the false publication dates
// TestMetamorphicAbsent's no-date variant found with every publication
// date cut from a page, each with a real date line of the same shape that
// must still be read:
//
//   - a date labelled as another thing's than the page's: a product's
//     release in a review's spec sheet ("Release date January 23, 2024",
//     "Marktstart 15.02.2024"), a forum member's registration
//     ("Registriert: Sa 14. Jan 2006, 19:02") or the clock a masthead
//     shows ("Сегодня: 12 марта 2024"): the lexicon's other_date_labels
//     (datesubject.go), while a date after a publication label, or a
//     "today" word without its colon, is still read;
//   - a reader's comment marked as schema.org's Comment item, with its
//     own <time itemprop="datePublished"> (datecomments.go), while the
//     article item's own date is still read.
func fcFix25AbsdateCases() []fcCase {
	want := func(prefix string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantDate(t, a, prefix) }
	}
	enHead := `<title>Nimbus Pro 14 review | Gadget Gazette</title>`
	h1 := `<h1>Nimbus Pro 14 review: a silent laptop at last</h1>`
	specs := func(label string) string {
		return `<div class="specs"><h3>Specs</h3><table><tr><th>CPU</th><td>Helix H3 8-core</td></tr><tr><th>Weight</th><td>1.24kg</td></tr><tr><th>` + label + `</th><td>January 23, 2024</td></tr></table></div>`
	}
	deHead := `<title>Kopfhörer X3 im Test | Technikwelt</title>`
	deBody := `<p>Der X3 ist der leichteste Kopfhörer seiner Klasse und klingt trotzdem erstaunlich voll.</p>
<p>Mit aktiver Geräuschunterdrückung hielt der Akku im Test 41 Stunden durch, zehn Minuten Laden reichen für fünf weitere.</p>
<p>Die Bedienung über Tasten am rechten Ohr ist eindeutig, die App bietet einen brauchbaren Equalizer.</p>
<p>Wer einen leichten Reisebegleiter sucht, macht mit dem X3 nichts falsch, auch wenn der Preis hoch ist.</p>`
	ruHead := `<title>В Рыбинске открыли набережную</title>`
	ruBody := `<p>В Рыбинске после двух лет ремонта открыли для горожан Волжскую набережную. Церемония прошла у Соборной площади.</p>
<p>На участке длиной 1,2 километра заменили покрытие, отремонтировали подпорную стенку и лестничные спуски к воде.</p>
<p>«Набережная — это лицо города, и мы рады, что рыбинцы снова могут здесь гулять», — сказал глава города.</p>
<p>Работы обошлись в 316 миллионов рублей, большая часть средств поступила из федерального бюджета.</p>`
	ruTop := func(clock string) string {
		return `<div id="top"><a href="/"><img src="/i/logo.gif" alt="Верхневолжье"></a><div class="curdate">` + clock + `</div></div>` +
			`<div id="menu"><a href="/news/">Новости</a> | <a href="/society/">Общество</a></div>`
	}
	comment := `<section class="entry-comments"><h3>Comments</h3><ol><li><article itemprop="comment" itemscope itemtype="https://schema.org/Comment">` +
		`<p><span itemprop="author">Seraphina Holt</span> says</p><p><time itemprop="datePublished">March 6, 2024 at 9:14 am</time></p>` +
		`<div itemprop="text"><p>Lovely piece, we started our own hive last spring.</p></div></article></li></ol></section>`
	bees := `<title>Ten years of keeping bees | Rooftop Hives</title>`
	beesH1 := `<h1 itemprop="headline">Ten years of keeping bees on a city rooftop</h1>`
	return []fcCase{
		{class: "fix25absdate/label: a spec sheet's 'Release date' is no publication date",
			html:  fcPage("en", enHead, `<article>`+h1+specs("Release date")+fcProse(0, 5)+`</article>`),
			check: want("")},
		{class: "fix25absdate/label: a German spec table's 'Marktstart 15.02.2024' is no publication date",
			html: fcPage("de", deHead, `<article><h1>Kopfhörer X3 im Test</h1>`+deBody+
				`<div class="datenblatt"><h3>Technische Daten</h3><table><tr><td>Gewicht</td><td>248 g</td></tr><tr><td>Marktstart</td><td>15.02.2024</td></tr></table></div></article>`),
			check: want("")},
		{class: "fix25absdate/label: must still fire: the review's own 'Published' line beside the spec sheet",
			html:  fcPage("en", enHead, `<article>`+h1+`<p class="meta">Published March 5, 2024</p>`+specs("Release date")+fcProse(0, 5)+`</article>`),
			check: want("2024-03-05")},
		{class: "fix25absdate/label: a forum member's 'Registriert:' line is no publication date",
			html: fcPage("de", `<title>Neue Forenregeln | Aquaristik-Treff</title>`, `<div class="page-body"><h2 class="topic-title">Neue Forenregeln ab 1. April</h2>`+
				`<div class="post"><dl class="postprofile"><dt>Jörg Wendeborn</dt><dd><strong>Beiträge:</strong> 4182</dd><dd><strong>Registriert:</strong> Sa 14. Jan 2006, 19:02</dd></dl>`+
				`<div class="postbody">`+deBody+`</div></div></div>`),
			check: want("")},
		{class: "fix25absdate/label: a masthead's 'Сегодня: 12 марта 2024' is no publication date",
			html:  fcPage("ru", ruHead, `<div id="wrap">`+ruTop("Сегодня: 12 марта 2024, вторник")+`<div id="center"><div class="news-title"><h1>В Рыбинске открыли набережную</h1></div>`+ruBody+`</div></div>`),
			check: want("")},
		{class: "fix25absdate/label: must still fire: a masthead date without a 'today' label stays a date line",
			html:  fcPage("ru", ruHead, `<div id="wrap"><div id="center"><div class="news-date">05.03.2024 11:20</div><h1>В Рыбинске открыли набережную</h1>`+ruBody+`</div></div>`),
			check: want("2024-03-05")},
		{class: "fix25absdate/comment: a schema.org Comment item's datePublished is no publication date",
			html:  fcPage("en", bees, `<main><article itemscope itemtype="https://schema.org/BlogPosting">`+beesH1+`<p class="entry-meta"><time itemprop="datePublished"> </time> By Lucan Abernethy</p>`+fcProse(2, 5)+comment+`</article></main>`),
			check: want("")},
		{class: "fix25absdate/comment: must still fire: the article item's own datePublished before the comments",
			html:  fcPage("en", bees, `<main><article itemscope itemtype="https://schema.org/BlogPosting">`+beesH1+`<p class="entry-meta"><time itemprop="datePublished">March 5, 2024</time> By Lucan Abernethy</p>`+fcProse(2, 5)+comment+`</article></main>`),
			check: want("2024-03-05")},
	}
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix24AbsdateCases are the false publication dates
// TestMetamorphicAbsent's no-date variant found with every publication
// date cut from a page (metamorphic_absent_test.go), each with a real
// date line of the same shape that must still be read:
//
//   - a lead picture's caption under the headline dates the photo ("…
//     in Washington on Feb. 27, 2024. (AP Photo/…, File)"): the text
//     read after the headline leaves out <figcaption>s (datecaptions.go),
//     while a date line before or after the picture is still read;
//   - a top strip above the site's header shows today's date and the
//     weather ("Dienstag, 12. März 2024 · Rosenheim 9 °C"): the text read
//     back from the headline leaves it out (datetopbar.go), while a date
//     in the article's own head above the headline is still read;
//   - another post's card after the story ("More posts", "Popular
//     posts") marks its date as a post date ("<time class="entry-date
//     published">") or in a byline ("Von X · 04.03.2024"): the <time> and
//     byline rules leave out a date in another page's teaser
//     (datepostlists.go), while the story's own meta line is still read.
func fcFix24AbsdateCases() []fcCase {
	want := func(prefix string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantDate(t, a, prefix) }
	}
	enHead := `<title>Fed holds rates steady | Zephyr News</title>`
	h1 := `<h1>Fed holds rates steady</h1>`
	fig := func(caption string) string {
		return `<figure><img src="/img/fed-board.jpg" alt="Federal Reserve"><figcaption>` + caption + `</figcaption></figure>`
	}
	apCap := fig(`The Federal Reserve Board building is seen in Washington on Feb. 27, 2024. (AP Photo/Lorena Whitcombe, File)`)
	frCap := fig(`Des agriculteurs manifestent avec leurs tracteurs près de Toulouse, le 26 janvier 2024 <span class="credit">© AFP/Archives</span>`)
	deHead := `<title>Stadtrat beschließt autofreie Innenstadt | Oberland Zeitung</title>`
	deBody := `<h1>Stadtrat beschließt autofreie Innenstadt</h1>
<p>Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, die Innenstadt ab dem kommenden Jahr für Autos zu sperren.</p>
<p>Die Geschäftsleute hatten lange gegen den Plan protestiert. Nun sollen neue Parkhäuser am Rand der Altstadt entstehen.</p>
<p>Der Bürgermeister sprach von einem historischen Tag für die Stadt. Die Umsetzung soll in drei Schritten erfolgen.</p>
<p>Anwohner erhalten eine Ausnahmegenehmigung. Lieferverkehr ist morgens bis zehn Uhr weiter erlaubt, teilte die Stadt mit.</p>`
	siteHeader := `<header class="kopf"><a class="kopf__logo" href="/">Oberland Zeitung</a><nav><a href="/lokales">Lokales</a> <a href="/sport">Sport</a></nav></header>`
	more := `<section class="more-posts"><h2>More posts</h2><ul>
<li class="post"><h3 class="entry-title"><a href="/2024/02/26/night-buses/">Night buses deserve better timetables</a></h3><div class="entry-meta"><span class="byline">By Mara Quist · 26.02.2024</span> <time class="entry-date published">February 26, 2024</time></div></li>
<li class="post"><h3 class="entry-title"><a href="/2024/02/20/tram-fares/">Tram fares rise again in spring</a></h3><div class="entry-meta"><span class="byline">By Mara Quist · 20.02.2024</span> <time class="entry-date published">February 20, 2024</time></div></li>
</ul></section>`
	return []fcCase{
		{class: "fix24absdate/caption: a lead picture's caption under the headline is no publication date",
			html:  fcPage("en", enHead, `<article>`+h1+apCap+fcProse(0, 5)+`</article>`),
			check: want("")},
		{class: "fix24absdate/caption: a French caption's 'le 26 janvier 2024' is no publication date",
			html: fcPage("fr", `<title>Les agriculteurs manifestent</title>`, `<article><h1>Les agriculteurs manifestent</h1>`+frCap+`<p>Des centaines d'agriculteurs ont bloqué mardi les routes autour de Toulouse pour protester contre la baisse de leurs revenus.</p>
<p>Les syndicats demandent au gouvernement des mesures rapides. Le ministre doit les recevoir dans la semaine, selon son cabinet.</p>
<p>La mobilisation pourrait s'étendre à d'autres régions si aucune réponse n'est apportée, ont prévenu les organisateurs.</p>
<p>Les automobilistes ont été invités à éviter les principaux axes de la ville pendant toute la journée de mardi.</p></article>`),
			check: want("")},
		{class: "fix24absdate/caption: must still fire: the date line above the picture beats the caption's date",
			html:  fcPage("en", enHead, `<article>`+h1+`<p class="meta">March 5, 2024</p>`+apCap+fcProse(0, 5)+`</article>`),
			check: want("2024-03-05")},
		{class: "fix24absdate/caption: must still fire: the date line after the picture is read past the caption",
			html:  fcPage("en", enHead, `<article>`+h1+apCap+`<div class="meta">By Jane Doe · March 5, 2024</div>`+fcProse(0, 5)+`</article>`),
			check: want("2024-03-05")},
		{class: "fix24absdate/topbar: today's date in a top strip above the site's header is no publication date",
			html: fcPage("de", deHead, `<div class="topbar"><span class="topbar__datum">Dienstag, 12. März 2024</span> <span class="topbar__wetter">Rosenheim 9 °C</span></div>`+
				siteHeader+`<main><article>`+deBody+`</article></main>`),
			check: want("")},
		{class: "fix24absdate/topbar: a 'top-bar' strip's date ('mardi, mars 12, 2024') is no publication date",
			html: fcPage("fr", `<title>Terres restaurées à Tambacounda</title>`, `<div class="top-bar"><span class="date">mardi, mars 12, 2024</span> <a href="/contact">Contact</a></div>`+
				`<header class="site-header"><a href="/">ASI</a></header><main><article><h1>Terres restaurées à Tambacounda</h1>
<p>Quelque 12 000 hectares de terres dégradées ont été restaurés dans la région de Tambacounda depuis 2020, selon les services de l'environnement.</p>
<p>Le programme a mobilisé des centaines de volontaires dans une vingtaine de villages, a indiqué son coordonnateur régional.</p>
<p>Les habitants ont planté des arbres fruitiers et des haies pour protéger les cultures contre le vent et le sable.</p>
<p>Une deuxième phase doit commencer l'an prochain avec le soutien de plusieurs partenaires financiers étrangers.</p></article></main>`),
			check: want("")},
		{class: "fix24absdate/topbar: must still fire: the article's own head above the headline keeps its date",
			html:  fcPage("de", deHead, siteHeader+`<main><article><div class="beitrag-header"><span class="datum">05.03.2024</span></div>`+deBody+`</article></main>`),
			check: want("2024-03-05")},
		{class: "fix24absdate/topbar: must still fire: a date line above the headline outside any strip",
			html:  fcPage("de", deHead, `<div class="topbar"><span>Dienstag, 12. März 2024</span></div>`+siteHeader+`<main><div class="meta">05.03.2024</div><article>`+deBody+`</article></main>`),
			check: want("2024-03-05")},
		{class: "fix24absdate/teaser: another post's card's <time> and byline date are no publication date",
			html:  fcPage("en", enHead, `<article>`+h1+`<div class="entry-meta"><span class="byline">By Jane Doe</span> <time class="entry-date published"> </time></div>`+fcProse(0, 5)+`</article>`+more),
			check: want("")},
		{class: "fix24absdate/teaser: must still fire: the story's own post-date <time> before the cards",
			html:  fcPage("en", enHead, `<article>`+h1+`<div class="entry-meta"><span class="byline">By Jane Doe</span> <time class="entry-date published">March 5, 2024</time></div>`+fcProse(0, 5)+`</article>`+more),
			check: want("2024-03-05")},
		{class: "fix24absdate/teaser: must still fire: the story's own byline with its date before the cards",
			html:  fcPage("en", enHead, `<article>`+h1+`<div class="byline">By Jane Doe · 05.03.2024</div>`+fcProse(0, 5)+`</article>`+more),
			check: want("2024-03-05")},
	}
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix27LinesCases are the classes TestMetamorphicAbsent's no-dateline
// and no-date variants found (round 27), each with a must-still-fire row:
//
//   - a share bar's row, a label of a word or two and then only the
//     networks' names ("Сподели: Facebook Twitter Viber"), is no
//     paragraph (furnitureshare.go's isShareRow): with the first
//     paragraph's dateline cut the body's root moved up to the story's
//     box, which holds the bar; a sentence naming networks stays;
//   - a forum thread's reply ("Re: …" post, phpBB's alternately shaded
//     "post bg1"/"post bg2") gives no publication date when the topic's
//     own is missing (datepostlists.go's otherPostDate, dates.go: ofReply,
//     which the author rules already use), while the topic's own date is
//     still read;
//   - a name run into its meta line's reading time when no date parts
//     them ("Por Gloria Leticia Zamarripa Lectura: 3 min."): the reading
//     time's label (the lexicon's reading_time_words) ends no name
//     (names.go's cleanName), while the byline with its date is still read;
//   - a portal's meta row beside the headline whose date is missing
//     ("Dodano: -- 16:35 | Autor: X | Czytano: 734 razy") gives its
//     labelled field's name (authormetarow.go's labelledSeg), while a
//     row of such fields with no label names no one.
func fcFix27LinesCases() []fcCase {
	mkHead := `<title>Владата одобри нов закон</title>`
	mkArt := func(share string) string {
		return `<main><article class="vest"><h1>Владата одобри нов закон за јавни набавки</h1>` +
			`<div class="vest-info"><span>Автор: <a href="/avtor/m">Марија Стојановска</a></span></div>` + share +
			`<div class="vest-tekst"><p>Владата на денешната седница го утврди предлогот на новиот закон за јавни набавки, со кој се воведува целосно електронско поднесување на понудите.</p>` +
			`<p>Со законот се намалува прагот за тендери без објава од 20.000 на 10.000 евра, а сите договори ќе се објавуваат на отворениот портал.</p>` +
			`<p>Граѓанските организации го поздравија предлогот, но предупредија дека без независен надзор законот нема да ја намали корупцијата.</p>` +
			`<p>Предлогот сега оди во Собранието, каде што Владата побара да се донесе по скратена постапка.</p></div></article></main>`
	}
	frHead := `<title>Le conseil vote le budget</title>`
	frArt := func(line string) string {
		return `<main><article><h1>Le conseil municipal vote le budget</h1><p>` + line + `</p>` +
			`<p>Le conseil municipal a adopté lundi soir le budget de la ville pour l'année prochaine, après trois heures de débat.</p>` +
			`<p>La majorité a défendu une hausse des investissements dans les écoles et la voirie, financée sans hausse des impôts.</p>` +
			`<p>L'opposition a voté contre, jugeant les prévisions de recettes trop optimistes pour une ville de cette taille.</p></article></main>`
	}
	deHead := `<title>Serverumzug am Wochenende | Aquaristik-Treff</title>`
	post := func(id, shade, h3, name, meta, text string) string {
		return `<div id="p` + id + `" class="post has-profile ` + shade + `"><div class="inner"><div class="postbody"><div id="post_content` + id + `">` +
			`<h3><a href="./viewtopic.php?p=` + id + `#p` + id + `">` + h3 + `</a></h3>` +
			`<p class="author"><span class="responsive-hide">von <strong><a href="./memberlist.php?u=` + id + `" class="username">` + name + `</a></strong> &raquo; </span>` + meta + `</p>` +
			`<div class="content">` + text + `</div></div></div></div></div>`
	}
	thread := func(meta string) string {
		topic := "Serverumzug am Wochenende"
		return `<div id="page-body" class="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=18">` + topic + `</a></h2>` +
			post("1907", "bg2", topic, "Jörg Wendeborn", meta,
				`Hallo zusammen,<br><br>nach fast achtzehn Jahren auf demselben Server zieht der Treff um. Der alte Rechner im Rechenzentrum ist in die Jahre gekommen, und unser Hoster stellt das Modell zum Monatsende ein. Das Forum ist dann für etwa sechs Stunden nicht erreichbar.<br><br>`+
					`Alle Beiträge, Bilder und privaten Nachrichten werden mitgenommen. Ihr müsst nichts tun, eure Zugangsdaten bleiben gleich.<br><br>Viele Grüße, Jörg`) +
			post("1915", "bg1", "Re: "+topic, "Garnelenpaule", `<time datetime="2024-03-06T06:48:10+00:00">Mi 6. Mär 2024, 07:48</time>`,
				`Danke für die Info! Dann plane ich meinen Beitrag über das neue Becken lieber für Sonntag ein.`) +
			post("1940", "bg2", "Re: "+topic, "Nanofee", `<time datetime="2024-03-10T15:02:31+00:00">So 10. Mär 2024, 16:02</time>`,
				`Hat alles geklappt, bei mir läuft das Forum wieder ohne Probleme. Super Arbeit!`) + `</div>`
	}
	esHead := `<title>Sequía en el norte | Semanario</title>`
	esArt := func(date string) string {
		return `<main><article><h1>La sequía vacía las presas del norte del país</h1>` +
			`<div class="datos-nota"><span class="autor">Por Gloria Leticia Zamarripa</span> <span class="fecha">` + date + `</span> <span class="lectura">Lectura: 3 min.</span></div>` +
			`<p>Las presas del norte del país están por debajo del veinte por ciento de su capacidad, según la comisión nacional del agua.</p>` +
			`<p>Los agricultores de la región piden apoyos de emergencia para no perder la cosecha de trigo de este año.</p>` +
			`<p>Las autoridades estatales anunciaron cortes programados del suministro en doce municipios a partir de la próxima semana.</p></article></main>`
	}
	plHead := `<title>Schronisko pod Klimczokiem znów otwarte</title>`
	plArt := func(row string) string {
		return `<div id="srodek"><h1 class="tytul">Schronisko pod Klimczokiem znów otwarte</h1><div class="info">` + row + `</div>` +
			`<div class="tresc"><p>Po czterech miesiącach remontu schronisko na Klimczoku ponownie przyjmuje turystów. W budynku jest 60 miejsc.</p>` +
			`<p>Remont kosztował ponad 900 tys. zł. Wymieniono dach, instalację elektryczną i ogrzewanie w całym budynku schroniska.</p>` +
			`<p>Do schroniska najłatwiej dojść niebieskim szlakiem z Szyndzielni, spacer zajmuje około 40 minut.</p></div></div>`
	}
	return []fcCase{
		{class: "fix27lines/meta-row: a meta row with its date missing gives its labelled field's name ('| Autor: X |')",
			html: fcPage("pl", plHead, plArt(`Dodano: -- 16:35 | Autor: Bożena Kubieniec | Czytano: 734 razy`)), check: fcCheckAuthors("Bożena Kubieniec")},
		{class: "fix27lines/meta-row (must still fire): a row of unlabelled fields names no one",
			html: fcPage("pl", plHead, plArt(`Dodano: -- 16:35 | Bożena Kubieniec | Czytano: 734 razy`)), check: fcCheckAuthors()},
		{class: "fix27lines/reading-time: a name run into its reading time's label ('Zamarripa Lectura: 3 min.') ends on the name",
			html: fcPage("es", esHead, esArt(" ")), check: fcCheckAuthors("Gloria Leticia Zamarripa")},
		{class: "fix27lines/reading-time (must still fire): the byline beside its date is read",
			html: fcPage("es", esHead, esArt("5 marzo, 2024")),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, "Gloria Leticia Zamarripa")
				fcWantDate(t, a, "2024-03-05")
			}},
		{class: "fix27lines/share-row: a share bar's label and network names ('Сподели: Facebook Twitter Viber') are no paragraph",
			html: fcPage("mk", mkHead, mkArt(`<div class="spodeli">Сподели: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Viber</a></div>`)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"Владата на денешната седница"}, []string{"Сподели", "Viber"})
			}},
		{class: "fix27lines/share-row: 'Partager : Facebook · Twitter · WhatsApp' is no paragraph",
			html: fcPage("fr", frHead, frArt(`Partager : <a href="#">Facebook</a> · <a href="#">Twitter</a> · <a href="#">WhatsApp</a>`)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"Le conseil municipal a adopté"}, []string{"Partager", "WhatsApp"})
			}},
		{class: "fix27lines/share-row (must still fire): a sentence naming networks after a colon stays",
			html: fcPage("fr", frHead, frArt(`Deux réseaux visés : Facebook et Twitter devront publier leurs algorithmes de modération avant la fin de l'année, selon la loi.`)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"Facebook et Twitter devront publier", "Le conseil municipal a adopté"}, nil)
			}},
		{class: "fix27lines/forum-reply: with the topic's own date missing, a reply's ('Re: …') date is not the page's",
			html:  fcPage("de", deHead, thread(`<time></time>`)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "") }},
		{class: "fix27lines/forum-reply (must still fire): the topic post's own date is read",
			html:  fcPage("de", deHead, thread(`<time datetime="2024-03-05T19:12:44+00:00">Di 5. Mär 2024, 20:12</time>`)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-03-05") }},
	}
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix27DatesCases are the false publication dates
// TestMetamorphicAbsent's no-date variant found with every publication
// date cut from a page, each with a real date of the same shape that must
// still be read:
//
//   - a masthead's date (the day the page was served) in a box beside the
//     site's logo, under a class no header word names ("kop"), outside
//     the story's box (datemasthead.go's logoBoxOutsideStory), while a
//     date line under the headline is still read, and so is the
//     masthead's date when the story's own line shows its day and month
//     without a year (mastheadDay: cms12d-phpnuke-it's row in
//     cms12_cms12d_test.go holds that must-still-fire case);
//   - a theme's hidden hAtom "entry-date updated" <time> beside its
//     "entry-date published" one, read in the text after the headline
//     (dateteaser.go's pairUpdateShows), while the published one is read
//     when it shows its date;
//   - an event two sentences into a post's running text ("Der Umzug
//     findet am Samstag, 9. März 2024, ab 8 Uhr statt."), a weekday and
//     its comma between the words and the date (dates.go's
//     sentenceEnds), while a date line of the same form is still read;
//   - a print issue's date after its number above the headline ("Nr. 10 ·
//     6 maart 2024": the lexicon's issue_number_words, dateprose.go's
//     issueNumberBefore), while a date there after no issue number, and
//     the story's own date under the headline, are still read;
//   - with the day cut, a byline element's row left with its times is
//     no lead (lead.go), and a row marked by its <time> element with a
//     view count or a reading time is no paragraph (metaremnant.go's
//     timeRow), nor is its time before a source label and its value
//     ("年月日 10:12　来源：华新网　参与互动": labelledRemnant), while a
//     first paragraph with a <time> in its sentence, and a sentence with
//     a time and a source, stay;
//   - a byline that runs into what the cut date leaves, a date's
//     lower-case connector ("X Pizarro de de", "Submitted by X on"),
//     ends on the name (dateprose.go's dateLeftover), while a particle
//     inside a name stays ("María José de la Fuente").
func fcFix27DatesCases() []fcCase {
	want := func(prefix string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantDate(t, a, prefix) }
	}
	nlHead := `<title>Drentse Dagkrant | Veenhuizen krijgt nieuw bezoekerscentrum</title>`
	kop := `<div id="container"><div id="kop"><a href="/"><img src="/img/logo.gif" alt="Drentse Dagkrant"></a><div id="datum">woensdag 18 maart 2009</div></div>` +
		`<div id="menu"><ul><li><a href="/nieuws/">Nieuws</a></li><li><a href="/sport/">Sport</a></li><li><a href="/uitgaan/">Uitgaan</a></li></ul></div>`
	nlBody := `<p>Het voormalige gevangenisdorp Veenhuizen krijgt volgend jaar een nieuw bezoekerscentrum. De provincie en de gemeente trekken er samen 2,4 miljoen euro voor uit.</p>
<p>Het centrum komt in het oude directeurshuis aan de Hoofdweg, dat al jaren leegstaat. Er komen een expositieruimte, een winkel en een theeschenkerij.</p>
<p>Veenhuizen trekt nu al zo'n 120.000 bezoekers per jaar, maar die weten vaak niet waar ze moeten beginnen, zegt de wethouder.</p>
<p>Het Gevangenismuseum blijft op de huidige plek. De verbouwing moet in het voorjaar van 2010 klaar zijn.</p>`
	nlArt := func(info string) string {
		return kop + `<div id="inhoud"><div class="artikel"><div class="rubriek">Regio</div><h1>Veenhuizen krijgt nieuw bezoekerscentrum</h1>` +
			`<div class="artikelinfo">door Geert Zwiers` + info + `</div>` + nlBody + `</div></div></div>`
	}
	esHead := `<title>Tres días en Albarracín en invierno | Mochila y Cuaderno</title>`
	esBody := `<p>Albarracín es uno de esos pueblos que parecen de otra época, con sus casas colgadas sobre el río Guadalaviar.</p>
<p>Llegamos un viernes por la tarde, con el sol ya bajo, y subimos directamente a la muralla para ver el atardecer.</p>
<p>Nosotros dormimos en una casa rural de la calle del Portal de Molina, por 85 euros la noche con desayuno.</p>
<p>El sábado recorrimos los Pinares de Rodeno, a quince minutos en coche, con sus abrigos de arte rupestre.</p>`
	esArt := func(shown string) string {
		return `<article class="post hentry"><div class="header-standard"><h1 class="entry-title">Tres días en Albarracín en invierno</h1>` +
			`<div class="penci-hide-tagupdated"><span class="author vcard">por <a class="url fn n" href="/author/nuria/">Nuria Esteban Lahoz</a></span><time class="entry-date updated">9 marzo, 2024</time></div>` +
			`<div class="post-box-meta-single"><span class="author vcard">por <a class="url fn n" href="/author/nuria/">Nuria Esteban Lahoz</a></span> <span><time class="entry-date published">` + shown + `</time></span></div></div>` +
			`<div class="entry-content">` + esBody + `</div></article>`
	}
	deHead := `<title>Serverumzug am Wochenende | Aquaristik-Treff</title>`
	dePost := func(meta string) string {
		return `<div class="page-body"><h2 class="topic-title">Serverumzug am Wochenende</h2><div class="post"><div class="postbody">` +
			`<p class="author">von <strong>Jörg Wendeborn</strong> » ` + meta + `</p>` +
			`<div class="content">Hallo zusammen,<br><br>nach fast achtzehn Jahren auf demselben Server zieht der Treff um. Der alte Rechner im Rechenzentrum ist in die Jahre gekommen, und unser Hoster stellt das Modell zum Monatsende ein. Der Umzug findet am Samstag, 9. März 2024, ab 8 Uhr statt. Das Forum ist dann für etwa sechs Stunden nicht erreichbar.<br><br>` +
			`Alle Beiträge, Bilder und privaten Nachrichten werden mitgenommen. Ihr müsst nichts tun, eure Zugangsdaten bleiben gleich.<br><br>Viele Grüße, Jörg</div></div></div></div>`
	}

	wkHead := `<title>De laatste zoutzieders van Friesland | Het Weekblad</title>`
	wkBody := `<p>Het water komt uit de Waddenzee en het ruikt naar jodium. Sietske Wiersma laat de pomp draaien tot de eerste ijzeren pan vol is.</p>
<p>Haar grootvader begon er in 1961 mee, als hobby naast zijn werk op de veerboot naar Terschelling. Haar vader maakte er een bedrijf van.</p>
<p>Nu verkoopt Wiersma ongeveer acht ton zout per jaar, aan restaurants in Amsterdam en Kopenhagen en aan een handvol winkels.</p>
<p>Mensen denken dat zout gewoon zout is, zegt ze, terwijl ze met een houten schep over de bodem van de pan strijkt.</p>`
	wkArt := func(top, date string) string {
		return `<main><article><header class="article-header"><div class="article-header__meta-top"><a href="/samenleving">Samenleving</a> <span>` + top + `</span></div>` +
			`<h1>De laatste zoutzieders van Friesland</h1><p class="article-header__credits">Tekst <a href="/auteurs/jelmer">Jelmer Hoekstra-Visser</a></p>` +
			`<p class="article-header__date"><time>` + date + `</time> <span>leestijd 9 minuten</span></p></header><div class="article-body">` + wkBody + `</div></article></main>`
	}
	csHead := `<title>Vláda schválila vyšší rodičovský příspěvek | Denní zprávy</title>`
	csArt := `<main><article class="art"><h1 class="art__title">Vláda schválila vyšší rodičovský příspěvek</h1>` +
		`<div class="art__info"><span class="art__author"><a href="/autor/jana-dvorakova/">Jana Dvořáková</a>, ČTK</span> <span class="art__time">.   11:27</span> <span class="art__upd">Aktualizováno .   14:10</span></div>` +
		`<p class="art__perex">Rodiče malých dětí dostanou od příštího roku vyšší rodičovský příspěvek. Vláda ve středu schválila jeho zvýšení.</p>` +
		`<div class="art__body"><p>Příspěvek se zvýší z 350 tisíc na 400 tisíc korun, rozhodla vláda na svém středečním jednání.</p>` +
		`<p>Změna se týká rodin, kterým se dítě narodí po prvním lednu příštího roku, uvedla ministryně práce.</p>` +
		`<p>Opozice návrh kritizuje jako nedostatečný, podle ní by měl příspěvek růst automaticky s inflací.</p>` +
		`<p>Návrh nyní míří do Poslanecké sněmovny, která by o něm měla hlasovat ještě před letními prázdninami.</p></div></article></main>`
	ruHead := `<title>Фоторепортаж: ледоход на Оке</title>`
	ruArt := func(row string) string {
		return `<main><article class="article"><div class="article__rubric"><a href="/society">Общество</a></div><h1 class="article__title">Фоторепортаж: ледоход на Оке</h1>` + row +
			`<div class="article__announce">Лёд на Оке тронулся на две недели раньше обычного. На набережную пришли сотни горожан.</div>` +
			`<div class="article__text"><p>В этом году ледоход на Оке начался на две недели раньше обычного, сообщили спасатели.</p>` +
			`<p>Посмотреть на движение льда к набережной пришли сотни горожан, многие снимали реку на телефоны.</p>` +
			`<p>Спасатели напоминают, что выходить на лёд сейчас смертельно опасно, особенно у берега.</p>` +
			`<p>По прогнозу синоптиков, уровень воды в реке продолжит расти до конца следующей недели.</p></div></article></main>`
	}
	zhCPI := `<p>国家统计局今天发布数据，2月份全国居民消费价格同比上涨0.7%，环比上涨1.0%。</p>
<p>其中，城市上涨0.8%，农村上涨0.5%；食品价格下降0.9%，非食品价格上涨1.1%。</p>
<p>国家统计局城市司首席统计师表示，春节因素带动食品和服务价格上涨。</p>
<p>从环比看，鲜菜、猪肉和机票价格涨幅较大，旅游价格上涨明显。</p>`
	deTest := `<p>Der X3 ist der leichteste Kopfhörer seiner Klasse und klingt trotzdem erstaunlich voll.</p>
<p>Mit aktiver Geräuschunterdrückung hielt der Akku im Test 41 Stunden durch, zehn Minuten Laden reichen für fünf weitere.</p>
<p>Die Bedienung über Tasten am rechten Ohr ist eindeutig, die App bietet einen brauchbaren Equalizer.</p>
<p>Wer einen leichten Reisebegleiter sucht, macht mit dem X3 nichts falsch, auch wenn der Preis hoch ist.</p>`
	return []fcCase{
		{class: "fix27dates/lead: a byline element's row with its day missing ('Jana Dvořáková, ČTK . 11:27') is no lead",
			html: fcPage("cs", csHead, csArt),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"Rodiče malých dětí dostanou", "Příspěvek se zvýší"}, []string{"Dvořáková, ČTK", "Aktualizováno"})
			}},
		{class: "fix27dates/timerow: a row marked by its <time> with a view count (', 14:00 2 345') is no paragraph",
			html: fcPage("ru", ruHead, ruArt(`<div class="article__info"><time>  , 14:00</time> <span class="article__views">2 345</span></div>`)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"ледоход на Оке начался"}, []string{"2 345", "14:00"})
			}},
		{class: "fix27dates/timerow: a byline row marked by its <time> with a reading time ('Von X .. Lesezeit 6 Min.') is no paragraph",
			html: fcPage("de", `<title>Kopfhörer X3 im Test | Technikwelt</title>`, `<main><article><h1>Kopfhörer X3 im Test</h1>`+
				`<div class="tt-autor"><span>Von Svenja Hollmann</span> <time>..</time> <span>Lesezeit 6 Min.</span></div>`+
				`<p class="tt-hinweis">*Affiliate-Links: Für Links auf dieser Seite erhält TechnikTest ggf. eine Provision vom Händler. Auf die Bewertung hat das keinen Einfluss.</p>`+deTest+`</article></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"leichteste Kopfhörer"}, []string{"Lesezeit", "Svenja"})
			}},
		{class: "fix27dates/timerow: a date row whose <time> keeps only its endings ('ko a, 14:32') is no paragraph",
			html: fcPage("eu", `<title>Bilboko udalak aurrekontua onartu du</title>`, `<main><article><h1>Bilboko udalak aurrekontua onartu du</h1>`+
				`<div class="data"><time>ko  a, 14:32</time></div>`+fcProse(1, 5)+`</article></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, nil, []string{"14:32"})
			}},
		{class: "fix27dates/labelled: a date row's time before a source label and its value ('年月日 10:12　来源：华新网　参与互动') is no paragraph",
			html: fcPage("zh", `<title>国家统计局：2月份居民消费价格同比上涨0.7% | 华新网</title>`, `<main class="hx-main"><div class="hx-content"><h1 class="hx-title">国家统计局：2月份居民消费价格同比上涨0.7%</h1>`+
				`<div class="hx-left-t">年月日 10:12　来源：华新网　<a href="#">参与互动</a></div><div class="hx-share"><a href="#">分享到微博</a><a href="#">复制链接</a></div>`+
				`<div class="hx-left_zw">`+zhCPI+`</div></div></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"居民消费价格同比上涨"}, []string{"参与互动", "10:12"})
			}},
		{class: "fix27dates/labelled: must still fire: a sentence with a time and a source stays",
			html: fcPage("zh", `<title>国家统计局：2月份居民消费价格同比上涨0.7% | 华新网</title>`, `<main><div class="hx-left"><h1>国家统计局：2月份居民消费价格同比上涨0.7%</h1>`+
				`<div class="hx-left-c"><p>发布会于上午10:12开始，国家统计局城市司首席统计师在会上介绍了2月份的价格数据，来源：国家统计局网站。</p>`+zhCPI+`</div></div></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"发布会于上午10:12开始", "居民消费价格同比上涨"}, nil)
			}},
		{class: "fix27dates/leftover: a byline run into a cut date's connectors ('Por X y Y de de 2024') ends on the names",
			html: fcPage("es", `<title>El Tajo recupera caudal | Diario del Tajo</title>`, `<main><article><h1>El Tajo recupera caudal tras las lluvias</h1>`+
				`<div class="entry-meta"><span class="byline">Por <span class="author vcard"><a class="url fn n" href="/autor/mj/">María José de la Fuente</a></span> y <span class="author vcard"><a class="url fn n" href="/autor/ao/">Andrés Olmedo Pizarro</a></span></span> <span class="posted-on"><time class="entry-date published"> de  de 2024</time></span></div>`+
				fcProse(1, 5)+`</article></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, "María José de la Fuente", "Andrés Olmedo Pizarro")
			}},
		{class: "fix27dates/timerow: must still fire: a first paragraph with a <time> in its sentence stays",
			html: fcPage("ru", ruHead, ruArt(`<p class="lead">В <time>субботу</time> на набережной собрались сотни горожан. Они смотрели, как лёд идёт вниз по реке.</p>`)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"собрались сотни горожан", "ледоход на Оке начался"}, nil)
			}},
		{class: "fix27dates/issue: a print issue's 'Nr. 10 · 6 maart 2024' above the headline is no publication date",
			html:  fcPage("nl", wkHead, wkArt("Nr. 10 · 6 maart 2024", " ")),
			check: want("")},
		{class: "fix27dates/issue: must still fire: the story's own date under the headline beside the issue note",
			html:  fcPage("nl", wkHead, wkArt("Nr. 10 · 6 maart 2024", "5 maart 2024")),
			check: want("2024-03-05")},
		{class: "fix27dates/issue: must still fire: a date above the headline after no issue number",
			html:  fcPage("nl", wkHead, wkArt("6 maart 2024", " ")),
			check: want("2024-03-06")},
		{class: "fix27dates/masthead: a date beside the site's logo in a box no header word names is no publication date",
			html:  fcPage("nl", nlHead, nlArt(" - 16:45")),
			check: want("")},
		{class: "fix27dates/masthead: must still fire: the story's own date line under the headline",
			html:  fcPage("nl", nlHead, nlArt(" - 18-03-2009 16:45")),
			check: want("2009-03-18")},
		{class: "fix27dates/hatom: a hidden 'entry-date updated' beside an 'entry-date published' is no publication date",
			html:  fcPage("es", esHead, esArt(" , 2024")),
			check: want("")},
		{class: "fix27dates/hatom: must still fire: the 'entry-date published' beside it",
			html:  fcPage("es", esHead, esArt("5 marzo, 2024")),
			check: want("2024-03-05")},
		{class: "fix27dates/prose: an event two sentences into a post ('am Samstag, 9. März 2024, ab 8 Uhr') is no publication date",
			html:  fcPage("de", deHead, dePost(" , 20:12")),
			check: want("")},
		{class: "fix27dates/prose: must still fire: a date line after a byline of initials ('By: M. R. Okpara … / 07:48 PM March 05, 2024, Share')",
			html: fcPage("en", `<title>Senate OKs bill raising minimum wage by P100</title>`, `<main><article><h1>Senate OKs bill raising minimum wage by P100</h1>`+
				`<div id="art_author">By: <a href="/byline/okpara/">M. R. Okpara D'Almeida</a> - <span>Reporter</span></div><div id="art_plat"><a href="/">PDC.net</a> / 07:48 PM March 05, 2024</div>`+
				`<div id="art_share"><a href="#">Share</a> <a href="#">Tweet</a></div>`+fcProse(3, 5)+`</article></main>`),
			check: want("2024-03-05")},
		{class: "fix27dates/prose: must still fire: the post's own date line of the same form",
			html:  fcPage("de", deHead, dePost("Dienstag, 5. März 2024, 20:12")),
			check: want("2024-03-05")},
	}
}

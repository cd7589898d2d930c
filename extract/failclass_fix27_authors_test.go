package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix27AuthorsCases are the false-author classes TestMetamorphicAbsent
// found with every byline cut from a page (metamorphic_absent_test.go)
// and round 27 fixed, each with a real author of the same shape that
// must still be read:
//
//   - an author box whose name heading is empty above a bio that opens
//     on the writer's job ("Maestra en Zaragoza y viajera … . Escribo
//     sobre …"): no author "Maestra" (authorfalse.go's bioByline), while
//     the box's name in its heading is still read;
//   - a blog's copyright line naming the blog its header shows as the
//     site's title ("Copyright © 2024 · Rooftop Hives"): no author
//     (authorholder.go's mastheadName), while a person's copyright under
//     another site title is still read;
//   - a picture credit under the headline whose participle stands
//     between the picture word and the by-label ("ILLUSTRATION FOURNIE
//     PAR LA VILLE DE QUÉBEC", "Photo provided by X"): no author
//     (authorlines.go's pictureBy), while "Texte et photos par X" and a
//     plain "Par X" are still the writer's;
//   - a Chinese byline whose job word stands alone before a name ("记者
//     通讯员 李建国"): the job is no name (authorscjk.go), the name after
//     it stays;
//   - a job title whose beat is the lexicon's ("Local Democracy
//     Reporter") alone in a byline: no author "Local Democracy", while
//     "By X, Local Democracy Reporter" still gives X;
//   - a forum thread whose topic's byline is cut ("von <strong></strong>
//     »"), its replies, shaded every other row ("post bg1", "post
//     bg2"), signed "von X »": no author (forumposts.go's replyLine,
//     sameRowClass), and the topic's poster's avatar takes no caption
//     from the rank beside it ("Administrator": avatarImage), while the
//     topic's own "von X »" is still read;
//   - an author box, named so by class in the template's language
//     ("avtor-okvir", "skrywer-kassie"), with a headshot and one short
//     line after the text whose name is cut ("Novinarka
//     notranjepolitičnega uredništva.", "Annelie is ’n joernalis …"):
//     the line leaves the body (authorbio.go's authorBox), while a
//     closing line in a box with a picture no class names as the
//     author's stays;
//   - a kicker whose genre word is a label noun elsewhere ("Attualità ·
//     <span>Reportage</span>"): the label closing its line labels
//     nothing (authorlines.go), while "Reportage: X" still names X;
//   - a story's meta row whose writer's name is cut ("di <a></a>")
//     beside the photographer's credit ("foto di X"): no author
//     (authorpictureby.go's pictureLine), while the writer beside the
//     photographer is still read alone;
//   - a byline opening on the paper's own correspondent ("dal nostro
//     inviato Mario Rossi, Kiev", "De notre envoyé spécial à Kiev,
//     Pierre Dubois-Lemaire", "Von unserem Korrespondenten Thomas
//     Brenninger, Kiew", the lexicon's correspondent_phrases): the name
//     is the author, the post the dateline, not the name
//     (authorcorrespondent.go); a filing line of the phrase and a place
//     alone ("dal nostro inviato a Kiev") names no author;
//   - a reporter box whose name is cut, with its caption and its list
//     of the reporter's stories ("기자의 기사 모음", "<li><a>제주 관광객
//     1월 100만 명 돌파</a>"): no author (bylinetopics.go's
//     storyListLink, authorscjk.go's particlePhrase), while the box's
//     name is still read;
//   - a byline block whose writer's element is empty beside its place
//     in an element classed so ("<span class=autor></span> <span
//     class=localidad>Zaragoza</span> <time>…"): no author "Zaragoza",
//     and the place is still the dateline (bylinetopics.go's
//     withoutPlaceElems, datelinesign.go's signaturePlace), as it is
//     beside the writer's name;
//   - a review's list of labelled facts about the book ("Titolo: …",
//     "Autrice: X", "Editore: …", "Pagine: 312"): its author is the
//     book's, no author of the review (authorfactlist.go), while a list
//     of the story's own credits ("Testo: X", "Foto: Y", "Grafica: Z")
//     still names the writer;
//   - a caption whose photographer's name is cut after an abbreviated
//     label the lexicon lists with its full stop ("… w Rudniku. Fot."):
//     the label goes with the name (imagecaptiontail.go's
//     danglingLabel), while a sentence's last word and its full stop
//     stay.
func fcFix27AuthorsCases() []fcCase {
	es := func(box string) string {
		title := "Tres pueblos del Matarraña en un fin de semana"
		return fcPage("es", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<p>El Matarraña es una comarca pequeña de Teruel con pueblos de piedra y ríos limpios. En dos días se recorre sin prisa.</p>
<p>Empezamos en Valderrobres, con su puente medieval y su castillo sobre el río. La subida al castillo lleva veinte minutos.</p>
<p>Por la tarde fuimos a Beceite, punto de partida del Parrizal, una ruta a pie por pasarelas de madera.</p>
<p>El domingo comimos en Calaceite, donde los sábados hay mercado de productos de temporada.</p>`+box+`</article></main>`)
	}
	bio := `<p>Maestra en Zaragoza y viajera de fin de semana. Escribo sobre pueblos, rutas a pie y comida de temporada.</p>`
	blog := func(footer string) string {
		title := "Ten years of keeping bees on a city rooftop"
		return fcPage("en", `<title>`+title+`</title>`, `<header class="site-header"><div class="title-area"><p class="site-title"><a href="https://rooftophives.example/">Rooftop Hives</a></p></div></header>
<main><article><h1>`+title+`</h1>`+fcProse(0, 5)+`</article></main>
<footer class="site-footer"><p>`+footer+`</p></footer>`)
	}
	fr := func(under string) string {
		title := "Le tramway traversera la colline Parlementaire"
		return fcPage("fr", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>`+under+`
<p>Le tracé définitif du tramway a été présenté mardi par la Ville. Il traversera la colline Parlementaire et le boulevard Laurier.</p>
<p>Les travaux commenceront au printemps et dureront quatre ans, selon le bureau de projet.</p>
<p>Les commerçants du boulevard craignent une baisse de leur chiffre d'affaires pendant le chantier.</p>
<p>La Ville promet un fonds d'aide pour les entreprises touchées par les travaux.</p></article></main>`)
	}
	figure := func(credit string) string {
		return `<figure><img src="/tram.jpg" alt=""><figcaption><span class="caption">Le tracé du tramway.</span> <span class="credit">` + credit + `</span></figcaption></figure>`
	}
	zh := func(byline string) string {
		title := "地铁10号线二期开通运营"
		return fcPage("zh-CN", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1><div class="author">`+byline+`</div>
<p>本报讯 地铁10号线二期今天上午正式开通运营，新增车站八座，全长十二公里。</p>
<p>据运营公司介绍，开通初期列车最小行车间隔为六分钟，高峰时段将加开列车。</p>
<p>沿线居民表示，新线路开通后，到市中心的通勤时间缩短了一半。</p>
<p>运营公司提醒乘客，开通首周客流较大，请合理安排出行时间。</p></article></main>`)
	}
	en := func(byline string) string {
		title := "Council votes to sell remaining airport shares"
		return fcPage("en", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>`+byline+fcProse(0, 5)+`</article></main>`)
	}
	forum := func(poster string) string {
		title := "Serverumzug am 9. März"
		post := func(id, shade, name, when, text string) string {
			return `<div id="p` + id + `" class="post has-profile ` + shade + `"><div class="inner"><dl class="postprofile"><dt class="has-avatar"><a class="avatar" href="/memberlist.php?u=` + id + `"><img class="avatar" src="/avatar/` + id + `.png" alt="Benutzeravatar"></a> <a class="username" href="/memberlist.php?u=` + id + `">` + name + `</a></dt><dd class="profile-rank">Administrator</dd></dl>
<div class="postbody"><div id="post_content` + id + `"><h3>Re: ` + title + `</h3><p class="author"><span>von <strong><a class="username" href="/memberlist.php?u=` + id + `">` + name + `</a></strong> » </span><time datetime="2024-03-0` + when + `T19:12:44+00:00">` + when + `. Mär 2024</time></p><div class="content">` + text + `</div></div></div></div></div>`
		}
		return fcPage("de", `<title>`+title+`</title>`, `<main><h2 class="topic-title">`+title+`</h2><h1>`+title+`</h1>`+
			post("1", "bg2", poster, "5", `Hallo zusammen, nach fast achtzehn Jahren auf demselben Server zieht das Forum um. Der alte Rechner im Rechenzentrum ist in die Jahre gekommen, und unser Hoster stellt das Modell zum Monatsende ein.<br><br>Der Umzug findet am Samstag ab acht Uhr statt. Das Forum ist dann für etwa sechs Stunden nicht erreichbar. Alle Beiträge, Bilder und privaten Nachrichten werden mitgenommen.<br><br>Ihr müsst nichts tun, eure Zugangsdaten bleiben gleich. Falls nach dem Umzug etwas nicht funktioniert, schreibt bitte in das Unterforum.`)+
			post("2", "bg1", "Garnelenpaule", "6", `Danke für die Info, dann mache ich am Samstag mal Pause.`)+
			post("3", "bg2", "Nanofee", "8", `Klappt alles, danke an das Team!`)+`</main>`)
	}
	noCaptions := func(t *testing.T, a *article.Article) {
		t.Helper()
		fcWantAuthors(t, a)
		for _, im := range a.Images {
			if im.Caption != "" {
				t.Errorf("image %s caption = %q, want none", im.URL, im.Caption)
			}
		}
	}
	sl := func(box string) string {
		title := "Vlada sprejela interventni zakon po poplavah"
		return fcPage("sl", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1><div class="clanek__vsebina">
<p>Vlada je na današnji seji sprejela predlog interventnega zakona za odpravo posledic poplav ob Savinji.</p>
<p>Zakon predvideva hitrejše postopke za obnovo mostov, cest in nasipov ter pomoč prizadetim gospodinjstvom.</p>
<p>Občine bodo lahko sredstva za obnovo prejele že v prvi polovici leta, je po seji povedal minister.</p>
<p>Poslanci naj bi o zakonu glasovali še pred koncem marca.</p>
</div>`+box+`</article></main>`)
	}
	af := func(box string) string {
		title := "Kaapstad verskerp waterbeperkings"
		return fcPage("af", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1><div class="artikel-teks">
<p>Die stad Kaapstad het Maandag strenger waterbeperkings aangekondig omdat die damvlakke verder gedaal het.</p>
<p>Huishoudings mag voortaan net twee keer per week hul tuine natgooi, en swembaddens mag nie meer gevul word nie.</p>
<p>Die burgemeester het inwoners gevra om hul verbruik met 'n vyfde te verminder tot die winterreën kom.</p>
<p>Inwoners kan oortredings by die stad se waterlyn aanmeld.</p>
</div>`+box+`</article></main>`)
	}
	bodyLine := func(line string, gone bool) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			if got := strings.Contains(strings.Join(a.Paragraphs, "\n"), line); got == gone {
				t.Errorf("body holds %q: %v, want %v (body %q)", line, got, !gone, a.Paragraphs)
			}
		}
	}
	it := func(meta string) string {
		title := "Nei paesi del sisma, dieci anni dopo"
		return fcPage("it", `<title>`+title+`</title>`, `<main><article><div class="story__overtitle"><a href="/attualita/">Attualità</a> · <span>Reportage</span></div><h1>`+title+`</h1>`+meta+`
<p>A dieci anni dal terremoto, nei paesi dell'Appennino la ricostruzione procede a velocità diverse. In alcuni centri le case sono tornate abitabili, in altri restano i container.</p>
<p>Il commissario ha parlato di cantieri aperti in quasi tutti i comuni del cratere, ma i sindaci lamentano ritardi nei pagamenti alle imprese.</p>
<p>Molti giovani se ne sono andati e non sono tornati. Le scuole hanno perso un terzo degli alunni in dieci anni.</p>
<p>Chi è rimasto chiede servizi, strade sicure e una connessione internet che funzioni.</p></article></main>`)
	}
	de := func(meta string) string {
		title := "Ein Tag auf der Hallig"
		return fcPage("de", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>`+meta+fcProse(0, 1)+`
<p>Auf der Hallig leben noch elf Menschen. Bei Landunter stehen nur die Warften aus dem Wasser.</p>
<p>Die Fähre fährt zweimal am Tag, im Winter seltener. Der Postbote kommt mit dem Boot.</p>
<p>Die Kinder gehen auf der Nachbarhallig zur Schule, eine Lehrerin unterrichtet alle Klassen.</p>
<p>Im Sommer kommen Tagesgäste, im Winter ist es still.</p></article></main>`)
	}
	dispatch := func(lang, title, byline, prose string) string {
		return fcPage(lang, `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1><p class="byline">`+byline+`</p>`+prose+`</article></main>`)
	}
	itProse := `<p>Le sirene sono suonate tre volte durante la notte. Nei rifugi della metropolitana le famiglie hanno steso coperte sui binari.</p>
<p>Al mattino la città si è rimessa in moto: i tram circolano, i bar hanno riaperto, le code davanti ai forni sono tornate.</p>
<p>Il sindaco ha detto che la rete elettrica ha retto, ma che i prossimi giorni saranno difficili.</p>
<p>Molti abitanti hanno lasciato la capitale nelle prime settimane di guerra e non sono più tornati.</p>`
	frProse := `<p>Les sirènes ont retenti trois fois pendant la nuit. Dans les abris du métro, les familles ont étendu des couvertures sur les quais.</p>
<p>Au matin, la ville s'est remise en marche : les trams circulent, les cafés ont rouvert, les files devant les boulangeries sont revenues.</p>
<p>Le maire a assuré que le réseau électrique avait tenu, mais que les prochains jours seraient difficiles.</p>
<p>Beaucoup d'habitants ont quitté la capitale dans les premières semaines de la guerre et ne sont pas revenus.</p>`
	deProse := `<p>Dreimal heulten in der Nacht die Sirenen. In den Schutzräumen der U-Bahn breiteten Familien Decken auf den Bahnsteigen aus.</p>
<p>Am Morgen kam die Stadt wieder in Gang: Die Straßenbahnen fahren, die Cafés haben geöffnet, vor den Bäckereien stehen wieder Schlangen.</p>
<p>Der Bürgermeister sagte, das Stromnetz habe gehalten, die nächsten Tage würden aber schwierig.</p>
<p>Viele Bewohner haben die Hauptstadt in den ersten Kriegswochen verlassen und sind nicht zurückgekehrt.</p>`
	authorAndDateline := func(author, dateline string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			if author == "" {
				fcWantAuthors(t, a)
			} else {
				fcWantAuthors(t, a, author)
			}
			if a.Dateline != dateline {
				t.Errorf("dateline = %q, want %q", a.Dateline, dateline)
			}
		}
	}
	ko := func(name string) string {
		title := "제주 해상풍력 단지 착공"
		return fcPage("ko", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<p>제주 한림읍 앞바다에 대규모 해상풍력 단지가 착공했습니다. 완공되면 약 10만 가구가 쓸 수 있는 전력을 생산합니다.</p>
<p>사업자는 2027년까지 풍력발전기 18기를 설치할 계획이라고 밝혔습니다.</p>
<p>지역 어민들은 조업 구역이 줄어든다며 보상 대책을 요구하고 있습니다.</p>
<p>제주도는 어민과의 협의를 계속하겠다고 밝혔습니다.</p>
<div class="reporter-box"><div class="reporter-info"><span class="name">`+name+` 기자</span> <span class="mail">goeunbi@kbn.example</span></div><p>`+name+` 기자의 기사 모음</p><ul><li><a href="/news/view?ncd=7911000">제주 관광객 1월 100만 명 돌파</a></li><li><a href="/news/view?ncd=7910000">한라산 탐방 예약제 확대</a></li></ul></div></article></main>`)
	}
	firma := func(name string) string {
		title := "La CHE revisará las concesiones de riego del Ebro"
		return fcPage("es", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<div class="firma"><span class="autor">`+name+`</span> <span class="localidad">Zaragoza</span> <time datetime="2026-11-29T00:00:00+01:00">29·11·26 | 00:00</time></div>
<p>La Confederación Hidrográfica del Ebro revisará las concesiones de riego de la cuenca ante la sequía de los últimos años.</p>
<p>La presidenta del organismo defendió la medida en la comisión de seguimiento, donde los regantes pidieron garantías.</p>
<p>Los embalses de la cuenca están al 41 por ciento de su capacidad, diez puntos por debajo de la media de la última década.</p>
<p>Las organizaciones agrarias anunciaron alegaciones si la revisión reduce las dotaciones de agua.</p></article></main>`)
	}
	review := func(list string) string {
		title := "Tre generazioni in una filanda"
		return fcPage("it", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<p>C'è un odore che attraversa tutto il primo romanzo: quello dei bozzoli messi a bollire nelle bacinelle della filanda, dove tre generazioni di donne hanno lavorato la seta.</p>`+list+`
<p>Il libro è costruito su tre voci alternate: la nonna, entrata in filanda a dodici anni, la figlia sindacalista e la nipote.</p>
<p>La parte migliore è quella della nonna, scritta con una lingua asciutta che prende qualcosa dal dialetto.</p>
<p>Qualche lentezza nella parte centrale non toglie forza a un esordio maturo.</p></article></main>`)
	}
	pl := func(caption string) string {
		title := "Objazd w Rudniku potrwa do czerwca"
		return fcPage("pl", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>
<p>Od poniedziałku kierowcy jadący do Rudnika muszą korzystać z objazdu. Most na Sanie jest zamknięty z powodu remontu.</p>
<figure class="wp-block-image"><img src="/objazd-rudnik.jpg" alt=""><figcaption class="wp-element-caption">`+caption+`</figcaption></figure>
<p>Objazd prowadzi przez Nisko i wydłuża drogę o około dwadzieścia kilometrów.</p>
<p>Remont ma potrwać do końca czerwca, poinformował zarząd dróg.</p>
<p>Autobusy komunikacji lokalnej kursują według zmienionego rozkładu.</p></article></main>`)
	}
	caption := func(want string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			if len(a.Images) == 0 || a.Images[0].Caption != want {
				t.Errorf("images = %+v, want caption %q", a.Images, want)
			}
		}
	}
	return []fcCase{
		{class: "fix27authors/captions: a caption's abbreviated credit label left alone ('Fot.') goes",
			html:  pl(`Oznakowanie objazdu stanęło już w Rudniku. Fot.`),
			check: caption("Oznakowanie objazdu stanęło już w Rudniku.")},
		{class: "fix27authors/captions: a caption ending on its sentence's full stop stays whole",
			html:  pl(`Oznakowanie objazdu stanęło już przy moście w Rudniku.`),
			check: caption("Oznakowanie objazdu stanęło już przy moście w Rudniku.")},
		{class: "fix27authors/authors: a review's list of labelled facts names the book's author, not the review's",
			html:  review(`<div class="scheda-libro"><h3>La scheda</h3><ul><li><b>Titolo:</b> La casa dei gelsi</li><li><b>Autrice:</b> Ludovica Sartorelli</li><li><b>Editore:</b> Edizioni Argine</li><li><b>Pagine:</b> 312</li><li><b>Prezzo:</b> 19 euro</li></ul></div>`),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: a list of the story's own credits still names the writer",
			html:  review(`<ul class="crediti"><li><b>Testo:</b> Gianmaria Toscolano</li><li><b>Foto:</b> Salvo D'Amico</li><li><b>Grafica:</b> Lia Benassi</li><li><b>Editing:</b> Carlo Ferri</li></ul>`),
			check: fcCheckAuthors("Gianmaria Toscolano")},
		{class: "fix27authors/authors: a byline block's empty writer beside its place element gives no author, the place the dateline",
			html:  firma(""),
			check: authorAndDateline("", "Zaragoza")},
		{class: "fix27authors/authors: a byline block's writer beside its place element is still read, the place the dateline",
			html:  firma("Rocío Valdelomar"),
			check: authorAndDateline("Rocío Valdelomar", "Zaragoza")},
		{class: "fix27authors/authors: a reporter box's caption and list of stories, its name cut, give no author",
			html:  ko(""),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: a reporter box's name above its list of stories is still read",
			html:  ko("고은비"),
			check: fcCheckAuthors("고은비")},
		{class: "fix27authors/authors: 'dal nostro inviato Mario Rossi, Kiev' gives the correspondent and his post",
			html:  dispatch("it", "Kiev, la città sotto le sirene", "dal nostro inviato Mario Rossi, Kiev", itProse),
			check: authorAndDateline("Mario Rossi", "Kiev")},
		{class: "fix27authors/authors: 'dalla nostra inviata Maria Bianchi' gives the correspondent",
			html:  dispatch("it", "Kiev, la città sotto le sirene", "dalla nostra inviata Maria Bianchi", itProse),
			check: fcCheckAuthors("Maria Bianchi")},
		{class: "fix27authors/authors: 'dal nostro inviato a Kiev' names no author",
			html:  dispatch("it", "Kiev, la città sotto le sirene", "dal nostro inviato a Kiev", itProse),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: 'De notre envoyé spécial à Kiev, X' gives the correspondent",
			html:  dispatch("fr", "À Kiev, la ville sous les sirènes", "De notre envoyé spécial à Kiev, Pierre Dubois-Lemaire", frProse),
			check: fcCheckAuthors("Pierre Dubois-Lemaire")},
		{class: "fix27authors/authors: 'Von unserem Korrespondenten X, Kiew' gives the correspondent, not the place",
			html:  dispatch("de", "Kiew unter Sirenen", "Von unserem Korrespondenten Thomas Brenninger, Kiew", deProse),
			check: authorAndDateline("Thomas Brenninger", "Kiew")},
		{class: "fix27authors/authors: 'Von Thomas Brenninger' is still read",
			html:  dispatch("de", "Kiew unter Sirenen", "Von Thomas Brenninger", deProse),
			check: fcCheckAuthors("Thomas Brenninger")},
		{class: "fix27authors/authors: a kicker's genre word after its section ('Attualità · Reportage') labels no name",
			html:  it(``),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: 'Reportage: X' opening its line still names X",
			html:  de(`<p class="meta"><span>Reportage:</span> Anna-Lena Weberknecht</p>`),
			check: fcCheckAuthors("Anna-Lena Weberknecht")},
		{class: "fix27authors/authors: a meta row's empty writer beside 'foto di X' gives no author",
			html:  it(`<div class="story__meta"><span class="story__author">di <a></a></span> <span class="story__photographer">foto di <a href="/autori/salvo-damico/">Salvo D'Amico</a></span> <time datetime="2024-03-05">05 Marzo 2024</time></div>`),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: a meta row's writer beside 'foto di X' is still read alone",
			html:  it(`<div class="story__meta"><span class="story__author">di <a href="/autori/federica-lo-piccolo/">Federica Lo Piccolo</a></span> <span class="story__photographer">foto di <a href="/autori/salvo-damico/">Salvo D'Amico</a></span> <time datetime="2024-03-05">05 Marzo 2024</time></div>`),
			check: fcCheckAuthors("Federica Lo Piccolo")},
		{class: "fix27authors/body: a Slovenian author box's job line, its name cut, leaves the body",
			html:  sl(`<div class="avtor-okvir"><img src="/avtorji/tkz.jpg" alt=""><strong></strong><p>Novinarka notranjepolitičnega uredništva.</p></div>`),
			check: bodyLine("Novinarka", true)},
		{class: "fix27authors/body: an Afrikaans author box's bio, its name cut, leaves the body",
			html:  af(`<div class="skrywer-kassie"><img src="/skrywers/annelie.jpg" alt=""><strong></strong><p>Annelie is ’n joernalis by Die Boland-Nuus en skryf oor die omgewing.</p></div>`),
			check: bodyLine("joernalis", true)},
		{class: "fix27authors/body: a closing line in a box with a picture no class names as the author's stays",
			html:  sl(`<div class="okvir"><img src="/slike/most.jpg" alt=""><p>Most čez Savinjo v Letušu bo zaprt do junija.</p></div>`),
			check: bodyLine("Letušu", false)},
		{class: "fix27authors/authors: a forum topic's cut byline gives none of its replies' posters, nor the rank as an avatar's caption",
			html:  forum(""),
			check: noCaptions},
		{class: "fix27authors/authors: a forum topic's own 'von X »' is still read",
			html:  forum("Jörg Wendeborn"),
			check: fcCheckAuthors("Jörg Wendeborn")},
		{class: "fix27authors/authors: an author box's bio opening on the job, its name heading empty, is no author",
			html:  es(`<div class="post-author"><div class="author-content"><h5></h5>` + bio + `</div></div>`),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: an author box's name heading above its bio is still read",
			html:  es(`<div class="post-author"><div class="author-content"><h5><a href="/author/nuria/" rel="author">Nuria Esteban Lahoz</a></h5>` + bio + `</div></div>`),
			check: fcCheckAuthors("Nuria Esteban Lahoz")},
		{class: "fix27authors/authors: a blog's copyright line naming its header's site title is no author",
			html:  blog(`Copyright © 2024 · Rooftop Hives · <a href="/wp-login.php">Log in</a>`),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: a person's copyright line under another site title is still read",
			html:  blog(`Copyright © 2024 · Lucan Abernethy-Osei · <a href="/wp-login.php">Log in</a>`),
			check: fcCheckAuthors("Lucan Abernethy-Osei")},
		{class: "fix27authors/authors: a picture credit 'ILLUSTRATION FOURNIE PAR LA VILLE' under the headline is no author",
			html:  fr(figure(`ILLUSTRATION FOURNIE PAR LA VILLE DE QUÉBEC`)),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: a picture credit 'Photo provided by X' under the headline is no author",
			html:  en(`<figure><img src="/council.jpg" alt=""><figcaption>The council chamber. Photo provided by Harbour City Council</figcaption></figure>`),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: 'Texte et photos par X' under the headline is still the writer's",
			html:  fr(`<p class="signature">Texte et photos par Marie-Ève Tremblay</p>`),
			check: fcCheckAuthors("Marie-Ève Tremblay")},
		{class: "fix27authors/authors: a plain 'Par X' under the headline is still the writer's",
			html:  fr(`<p>Par Marie-Ève Tremblay</p>`),
			check: fcCheckAuthors("Marie-Ève Tremblay")},
		{class: "fix27authors/authors: a Chinese byline's job word standing alone ('记者 通讯员 X') is no name",
			html:  zh(`记者 通讯员 李建国`),
			check: fcCheckAuthors("李建国")},
		{class: "fix27authors/authors: a Chinese byline's reporters before the correspondent's job word are still read",
			html:  zh(`记者 张伟明 王晓雯`),
			check: fcCheckAuthors("张伟明", "王晓雯")},
		{class: "fix27authors/authors: a job title 'Local Democracy Reporter' alone in a byline is no author",
			html:  en(`<div class="byline"><span class="author__role">Local Democracy Reporter</span></div>`),
			check: fcCheckAuthors()},
		{class: "fix27authors/authors: 'By X, Local Democracy Reporter' still gives X",
			html:  en(`<div class="byline">By Tamsin Whareaitu, Local Democracy Reporter</div>`),
			check: fcCheckAuthors("Tamsin Whareaitu")},
	}
}

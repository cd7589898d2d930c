package extract

// fcFix25AbsAuthCases are the false-author classes TestMetamorphicAbsent
// found with every byline cut from a page (metamorphic_absent_test.go)
// and round 25 fixed, each with a real author of the same shape that
// must still be read:
//
//   - one reader's comment in a box the page heads as comments in its
//     own language ("Commenti", "Comentarios", "Comentários",
//     "תגובות"), its commenter in a byline-like element
//     ("comentario-autor", "autore"): no author (authorheadedbox.go),
//     while the story's own byline above the text is still read;
//   - one teaser of another story in a box headed as end matter ("Read
//     next", "More stories", "Related stories", "Read more") that links
//     to it by its title, signed "By X": no author, while a "Credits"
//     box under the text, linking to no story, still names the writer;
//   - a sidebar widget's <article> teaser signed "By X": no author;
//   - a byline whose name element is empty before its date's connector
//     ("Par <a></a> Le 05/03/2024 à 08:45", "By <a></a> On March 5,
//     2024"): no author "Le" or "On" (authordatelabel.go's
//     connectorOnly), while a name before the connector ("Par Jean
//     Dupont le 05/03/2024") and a name that opens on the connector's
//     letters ("By Le Van Thanh") are still read;
//   - a photographer's credit in a photo block's BEM element
//     ("photo__author") or a byline row's item whose name's role is a
//     photographer's ("X | Fotograf"): no author (markup.go's
//     notBylineWords, namecredits.go's photographersOnly), while the
//     writer's item in the same row is still read;
//   - a byline whose name is missing beside its role line ("By: <a></a>
//     <span class=art-role>Reporter</span>"): no desk credit "Reporter"
//     (authorlines.go's deskCredit: one person's title, whose plural is
//     a desk word too), while "By Staff Reporter" and "By Staff" are
//     still the desk's credit.
func fcFix25AbsAuthCases() []fcCase {
	page := func(lang, title, prose, after string) string {
		return fcPage(lang, `<title>`+title+`</title>`,
			`<main><article><h1>`+title+`</h1>`+prose+`</article>`+after+`</main>`)
	}
	en := func(after string) string {
		return page("en", "Ferry to Grest makes first crossing", fcProse(0, 5), after)
	}
	enBy := func(byline, after string) string {
		return page("en", "Ferry to Grest makes first crossing", byline+fcProse(0, 5), after)
	}
	it := func(after string) string {
		return page("it", "Il nuovo traghetto per l'isola", `<p>Il Comune ha ordinato un nuovo traghetto per il collegamento con l'isola. Entrerà in servizio in autunno.</p>
<p>Il sindaco ha parlato di una giornata importante per l'isola. Il vecchio traghetto naviga da più di trent'anni.</p>
<p>Il costo è di circa quattro milioni di euro. La Regione ne copre una gran parte, ha comunicato il Comune.</p>
<p>Gli abitanti aspettavano da tempo un nuovo traghetto. D'inverno il vecchio restava spesso fermo per guasti.</p>`, after)
	}
	es := func(after string) string {
		return page("es", "Un nuevo ferri para la isla", `<p>El Ayuntamiento ha encargado un nuevo ferri para la línea con la isla. Entrará en servicio en otoño.</p>
<p>El alcalde habló de un día importante para la isla. El viejo ferri navega desde hace más de treinta años.</p>
<p>El coste ronda los cuatro millones de euros. El Gobierno regional pagará una gran parte, informó el Ayuntamiento.</p>
<p>Los vecinos esperaban desde hace tiempo un nuevo ferri. En invierno el viejo se averiaba a menudo.</p>`, after)
	}
	fr := func(byline string) string {
		return page("fr", "Le lac d'Annecy gelé", byline+`<p>Une fine couche de glace s'est formée dans le port et le long de la promenade. Les autorités demandent de ne pas s'y aventurer.</p>
<p>Le phénomène reste limité aux zones peu profondes et abritées du vent, selon les services de la ville.</p>
<p>Le centre du lac, profond de plus de quatre-vingts mètres, ne gèle jamais entièrement.</p>
<p>Le redoux est attendu à partir de jeudi, avec des températures positives l'après-midi.</p>`, "")
	}
	teaser := `<div class="card"><a href="/2024/03/01/harbour-wall-repairs/"><h3>Harbour wall repairs begin next month</h3></a><span class="byline">By Devorah Lindqvist-Ames</span> <span>Mar. 1, 2024</span></div>`
	return []fcCase{
		{class: "fix25absauth/authors: an Italian page's lone comment under 'Commenti' is no author",
			html:  it(`<section class="commenti"><h3>Commenti</h3><div class="commento"><span class="autore">Piero Barriera</span> <span class="data">05/03/2024 18:30</span><p>Speriamo bene.</p></div></section>`),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: a Spanish page's lone comment under 'Comentarios' is no author",
			html:  es(`<section class="comentarios"><h2>Comentarios</h2><div class="comentario"><span class="comentario-autor">Mari Carmen Ortega</span> <span class="comentario-fecha">05/03/2024 a las 10:14</span><p>Qué buena noticia.</p></div></section>`),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: the story's own byline above a comment box is still read",
			html:  enBy(`<p class="byline">By Hamish Oyelowo-Barr</p>`, `<section class="talk"><h3>Comments (1)</h3><div class="talk-item"><span class="talk-author">Jo Ramsay</span> <span>5 Mar 2024 18:30</span><p>Good news.</p></div></section>`),
			check: fcCheckAuthors("Hamish Oyelowo-Barr")},
		{class: "fix25absauth/authors: one teaser under 'More Stories' is no author",
			html:  en(`<section class="more"><h2>More Stories</h2>` + teaser + `</section>`),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: one teaser under 'Read Next' is no author",
			html:  en(`<section class="next"><h3>Read Next</h3>` + teaser + `</section>`),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: a sidebar widget's <article> teaser is no author",
			html:  en(`<aside class="widget-area"><section class="widget"><h2 class="widget-title">More in Politics</h2><article class="small"><a href="/2024/03/03/city-budget/">Council passes budget with property tax freeze</a><p class="byline">By Devorah Lindqvist-Ames</p><time>March 3, 2024</time></article></section></aside>`),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: the story's own byline above a 'More Stories' box is still read",
			html:  enBy(`<p class="byline">By Hamish Oyelowo-Barr</p>`, `<section class="more"><h2>More Stories</h2>`+teaser+`</section>`),
			check: fcCheckAuthors("Hamish Oyelowo-Barr")},
		{class: "fix25absauth/authors: a 'Credits' box under the text linking to no story still names the writer",
			html:  en(`<section class="credits"><h3>Credits</h3><p class="byline">By Hamish Oyelowo-Barr</p><p>Editing by Jo Ramsay</p></section>`),
			check: fcCheckAuthors("Hamish Oyelowo-Barr")},
		{class: "fix25absauth/authors: 'Par' with an empty name before 'Le 05/03/2024' is no author 'Le'",
			html:  fr(`<div class="article-signature"><span class="signature-author">Par <a></a></span> <time datetime="2024-03-05T08:45:00+01:00">Le 05/03/2024 à 08:45</time></div>`),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: 'Par NAME le 05/03/2024' still gives the name",
			html:  fr(`<div class="article-signature"><span class="signature-author">Par <a>Anne-Laure Mercadier</a></span> <time datetime="2024-03-05T08:45:00+01:00">le 05/03/2024 à 08:45</time></div>`),
			check: fcCheckAuthors("Anne-Laure Mercadier")},
		{class: "fix25absauth/authors: 'By' with an empty name before 'On March 5, 2024' is no author 'On'",
			html:  enBy(`<p class="byline">By <a class="author"></a> On March 5, 2024</p>`, ""),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: 'By Le Van Thanh' before the date is still read",
			html:  enBy(`<p class="byline">By <a class="author">Le Van Thanh</a> On March 5, 2024</p>`, ""),
			check: fcCheckAuthors("Le Van Thanh")},
		{class: "fix25absauth/authors: a photo block's 'photo__author' credit is no author",
			html:  en(`<div class="photo"><img src="/img/ferry.jpg" alt="ferry"><div class="photo__caption">The ferry at the pier.</div><div class="photo__author">HOLMBY COURIER/DENI HARTONO</div></div>`),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: a byline row naming only the photographer ('Fotograf') is no author",
			html: page("no", "Ny ferje til øya", `<div class="byline"><div class="byline-item"><div class="byline-info"><span class="byline-name"></span><span class="byline-role">Journalist</span></div></div>
<div class="byline-item"><div class="byline-info"><span class="byline-name">Silje Brekke Nøss</span><span class="byline-role">Fotograf</span></div></div></div>
<p>Kommunen har bestilt en ny ferje til sambandet ut til øya. Den skal settes i drift til høsten.</p>
<p>Ordføreren kalte det en viktig dag for øya. Den gamle ferja har gått i mer enn tretti år.</p>
<p>Prisen er rundt førti millioner kroner. Fylket tar en stor del av regningen, opplyser kommunen.</p>
<p>Folk på øya har ventet lenge på en ny ferje. Om vinteren ble den gamle ofte innstilt på grunn av skader.</p>`, ""),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: the writer's item in the same byline row is still read",
			html: page("no", "Ny ferje til øya", `<div class="byline"><div class="byline-item"><div class="byline-info"><span class="byline-name">Kari Stensland Aa</span><span class="byline-role">Journalist</span></div></div>
<div class="byline-item"><div class="byline-info"><span class="byline-name">Silje Brekke Nøss</span><span class="byline-role">Fotograf</span></div></div></div>
<p>Kommunen har bestilt en ny ferje til sambandet ut til øya. Den skal settes i drift til høsten.</p>
<p>Ordføreren kalte det en viktig dag for øya. Den gamle ferja har gått i mer enn tretti år.</p>
<p>Prisen er rundt førti millioner kroner. Fylket tar en stor del av regningen, opplyser kommunen.</p>
<p>Folk på øya har ventet lenge på en ny ferje. Om vinteren ble den gamle ofte innstilt på grunn av skader.</p>`, ""),
			check: fcCheckAuthors("Kari Stensland Aa")},
		{class: "fix25absauth/authors: a role line 'Reporter' beside an empty byline is no desk credit",
			html:  enBy(`<div id="art_author">By: <a></a> <span class="art-role">Reporter</span></div>`, ""),
			check: fcCheckAuthors()},
		{class: "fix25absauth/authors: 'By Staff Reporter' is still the desk's credit",
			html:  enBy(`<div id="art_author">By Staff Reporter</div>`, ""),
			check: fcCheckAuthors("Staff Reporter")},
		{class: "fix25absauth/authors: 'By Staff' is still the desk's credit",
			html:  enBy(`<p class="byline">By Staff</p>`, ""),
			check: fcCheckAuthors("Staff")},
	}
}

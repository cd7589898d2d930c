package extract

import (
	"strings"
	"testing"
)

// cms13bCase is a whole invented story page of one section desk (sports
// match reports with score boxes, line-ups and tables; markets pages
// with ticker strips, charts and investment disclaimers; tech reviews
// with spec boxes and affiliate buttons; science and health pages with
// journal references and medical reviewers; weather warnings; culture
// pages with event boxes; court and obituary pages), in the stock markup
// of one template family, checked on all fields at once. The date is
// the story's, never the match, event, study, court or release date;
// the authors are the writers, never the medical reviewer or a chart's
// source. dateline "-" wants none, "" leaves it unchecked; capsNot
// lists text no caption may carry; the list fields are checked when set.
type cms13bCase struct {
	cmsCase
	dateline string
	captions []string
	capsNot  []string
	credits  []string
	bullets  []string
}

var cms13bCases = []cms13bCase{
	{cmsCase: cmsCase{file: "cms13b-uk-football-report.html", headline: "Harbridge Town 2-1 Castleford Rovers: Okoro double keeps promotion push alive",
		authors: []string{"Callum Ashdown"}, published: "2024-03-04",
		body:   []string{"Femi Okoro scored twice as Harbridge Town ended", "sweeping in from the edge of the six-yard box", "converted a penalty awarded", "We needed that after the last few weeks", "Harbridge travel to Plymouth on Saturday"},
		chrome: []string{"We use cookies", "Latest scores", "Leeds 3-0 Hull", "Sunday 3 March 2024", "Full time", "Attendance", "Share on Facebook", "Advertisement", "READ MORE", "transfer window verdict", "Topics", "has covered Harbridge Town since", "Match stats", "Possession", "Subs not used", "Referee:", "Championship table", "Sheffield Albion</", "Mellor insists pressure", "Most read", "Ring road closure", "Get the Harbridge Town newsletter", "All rights reserved", "Image:"}},
		dateline: "-",
		captions: []string{"Femi Okoro celebrates his second goal in front of the Kop End"},
		capsNot:  []string{"Image:", "Dale Pritchard"},
		credits:  []string{"Dale Pritchard / Northern Post"}},
	{cmsCase: cmsCase{file: "cms13b-de-spielbericht.html", headline: "3:3 nach 0:2 – Wahnsinns-Comeback des SC Weserau in Lübeck",
		authors: []string{"Malte Sievers"}, published: "2024-03-10",
		body:   []string{"einen 0:2-Pausenrückstand aufgeholt", "Tore von Niklas Behrendt (12.)", "Der eingewechselte Timo Brauckmann", "Die Moral der Mannschaft", "Weserau empfängt am kommenden Samstag"},
		chrome: []string{"Wir verwenden Cookies", "Hamburg – St. Pauli", "3. Liga, 27. Spieltag", "Sa., 09.03.2024", "8.412 Zuschauer", "Anzeige", "Auch interessant", "Weserau-Trainer vor dem Aus", "Aufstellungen", "Kessler – Rathje", "Schiedsrichter", "Tabelle 3. Liga", "Schlagworte", "Cottbus baut Serie aus", "Meistgelesen", "Impressum", "Foto:"}},
		dateline: "Lübeck",
		captions: []string{"Weseraus Kapitän Jannik Drews (M.) bejubelt den Ausgleich in der Nachspielzeit."},
		capsNot:  []string{"Foto:", "Imago"},
		credits:  []string{"Imago/Kevin Rohlfs"}},
	{cmsCase: cmsCase{file: "cms13b-es-cronica-partido.html", headline: "El Atlético Sur remonta ante el Guadalmar y se acerca a Europa",
		authors: []string{"Rocío Valdelomar"}, published: "2024-03-03",
		body:   []string{"El Atlético Sur sufrió más de la cuenta", "se adelantó en el minuto 31", "la entrada de Tiago Mendes cambió el partido", "Hemos creído hasta el final", "visitará el próximo sábado al Real Carteya"},
		chrome: []string{"Utilizamos cookies", "EN DIRECTO", "LaLiga · Jornada 27", "Actualizado", "WhatsApp", "Publicidad", "Noticias relacionadas", "Ojeda, duda para el derbi", "Ficha técnica", "Cañete, Medrano", "Árbitro:", "Incidencias:", "Temas:", "Mendes tiene que ser titular", "Lo más visto", "Todos los derechos reservados", "JOSÉ MANUEL VIDAL"}},
		captions: []string{"Tiago Mendes celebra el segundo gol del Atlético Sur ante el Guadalmar."},
		capsNot:  []string{"VIDAL", "EFE"},
		credits:  []string{"JOSÉ MANUEL VIDAL / EFE"}},
	{cmsCase: cmsCase{file: "cms13b-us-markets.html", headline: "Stocks slide as chipmakers drag Nasdaq lower; Treasury yields climb",
		authors: []string{"Desmond Achebe-Larkin", "Harriet Nakamura-Cole"}, published: "2024-03-05",
		body:   []string{"U.S. stocks fell Tuesday, led by a sell-off in chipmakers", "The tech-heavy index lost 1.7%", "Shares of Vantar Semiconductor slid 7.2%", "priced in perfection for the chip names", "rose to 4.14% from 4.08%", "expect to show 200,000 jobs added"},
		chrome: []string{"We and our partners use cookies", "38,585.19", "Data as of", "Subscribe", "Listen (4 min)", "Advertisement - Scroll to Continue", "Stocks in this article", "VNTR", "not investment advice", "More from Markets", "Oil dips as OPEC+", "Most Popular News", "Currency Converter", "92.11 EUR", "Delayed at least 15 minutes", "All Rights Reserved", "Source: FactSet"}},
		dateline: "-",
		captions: []string{"Nasdaq Composite, intraday", "Yield on the 10-year Treasury note"},
		capsNot:  []string{"Source:"},
		credits:  []string{"FactSet", "Tradeweb ICE Closes"}},
	{cmsCase: cmsCase{file: "cms13b-fr-bourse.html", headline: "Le CAC 40 recule, plombé par le luxe et les valeurs bancaires",
		authors: []string{"Bastien Le Goff"}, published: "2024-03-05",
		body:   []string{"La Bourse de Paris a fini en repli mardi", "Le secteur du luxe a souffert", "Du côté des banques, Crédit Ligérien", "Les investisseurs prennent quelques bénéfices", "l'euro se stabilisait à 1,0857 dollar", "la réunion de politique monétaire de la BCE"},
		chrome: []string{"Avec votre accord", "7 928,41 <", "DAX", "Mis à jour le", "Partager sur Facebook", "Publicité", "À lire aussi", "Taux : la BCE devrait", "ne constitue pas un conseil", "Sur le même sujet", "Valeurs citées", "Les plus lus", "Livret A", "Convertisseur de devises", "Cours différés", "Tous droits réservés", "Source : Euronext"}},
		dateline: "-",
		captions: []string{"Évolution du CAC 40 sur la séance de mardi."},
		capsNot:  []string{"Source"},
		credits:  []string{"Euronext"}},
	{cmsCase: cmsCase{file: "cms13b-in-markets.html", headline: "Stocks to buy: Analysts see 25% upside in Dhruva Cables after Q3 beat",
		authors: []string{"Aparna Venkatesan"}, published: "2024-03-05",
		body:   []string{"Shares of Dhruva Cables rose as much as 6% on Tuesday", "net profit of Rs 312 crore", "Kirtiman Securities raised its target", "Order inflows from transmission projects", "The stock has gained 62% over the past year"},
		chrome: []string{"This website uses cookies", "Sensex", "73,677.13", "WhatsApp", "Also Read", "Saraswat Agro IPO", "ADVERTISEMENT", "52W High", "View full quote", "Disclaimer:", "views and recommendations", "Topics:", "Trending Stocks", "Sensex today", "All rights reserved", "BL Markets Desk", "Photo:"}},
		dateline: "-",
		captions: []string{"The company's cable plant at Silvassa."},
		capsNot:  []string{"Photo:"},
		credits:  []string{"Company website"}},
	{cmsCase: cmsCase{file: "cms13b-us-tech-review.html",
		headline: "Nimbus Pro 14 review: a quiet laptop with a loud price",
		authors:  []string{"Priyanka Oyelowo-Hart"}, published: "2024-03-05",
		body:   []string{"Laptop makers have spent a decade promising us", "There is no fan at all.", "The 2.8K OLED panel reached 540 nits", "the chip throttles after about eight minutes", "16 hours and 40 minutes", "Everyone else should wait for a discount."},
		chrome: []string{"We use cookies", "Deal of the day", "Senior Editor, Computing", "affiliate commission", "Verdict", "Completely silent", "Only two ports", "Price when reviewed", "at Amazon", "at Best Buy", "Check Amazon", "Helix H3 8-core", "Release date", "has reviewed laptops for over a decade", "You might also like", "Aero 15 review", "All rights reserved", "Image credit"}},
		dateline: "-",
		captions: []string{"The Nimbus Pro 14 has a fanless aluminium chassis just 12.9mm thick.", "Just two USB-C ports sit on the left edge."},
		capsNot:  []string{"Image credit", "Tobias Grell"},
		credits:  []string{"Future Lens / Tobias Grell"}},
	{cmsCase: cmsCase{file: "cms13b-de-techtest.html",
		headline: "Rauschfrei X3 im Test: Der Kopfhörer, der fast alles richtig macht",
		authors:  []string{"Svenja Hollmann"}, published: "2024-03-05",
		body:   []string{"Mit dem X3 will der Hamburger Hersteller", "Im Test unterdrückte der Kopfhörer", "Der Klang ist warm abgestimmt", "Die Touch-Bedienung an der rechten Ohrmuschel", "41 Stunden durch", "macht mit dem X3 nichts falsch"},
		chrome: []string{"Wir nutzen Cookies", "Lesezeit", "Affiliate-Links", "Provision", "Testnote", "Hervorragende Geräuschunterdrückung", "Kein Etui", "Preisvergleich", "Anzeige", "UVP 329", "Jetzt bei Elektrohaus kaufen", "Technische Daten", "Marktstart", "Weitere Tests", "Klangwerk K5", "Impressum", "Stand: 12.03.2024", "Bild:"}},
		dateline: "-",
		captions: []string{"Der Rauschfrei X3 wiegt nur 248 Gramm und lässt sich flach zusammenfalten."},
		capsNot:  []string{"Bild:"},
		credits:  []string{"TechnikTest / Svenja Hollmann"}},
	{cmsCase: cmsCase{file: "cms13b-uk-science-study.html", wrong: map[string]string{"body": "the \"Journal reference\" heading goes, but the reference, \"Story Source\" and citation lines after it are too large a share of a short story for cutEndMatter"},
		headline: "Ancient seagrass meadows store more carbon than thought, study finds",
		authors:  []string{"Imogen Tranter"}, published: "2024-03-05",
		body:   []string{"Seagrass meadows that have grown undisturbed", "214 sediment cores from 36 sites", "quietly building carbon stores", "312 tonnes of carbon per hectare", "dredging and anchoring could release carbon", "the same legal protection as ancient woodland"},
		chrome: []string{"We use cookies", "Earth & Environment", "Advertisement", "Kelp forests shrinking", "Journal reference", "DOI: 10.5555", "Millennial carbon accumulation", "Story Source:", "Cite This Page", "Peat fires burn longer", "Free science news", "All rights reserved", "Credit:"}},
		dateline: "-",
		captions: []string{"A seagrass meadow off the coast of the Isles of Scilly."},
		capsNot:  []string{"Credit:", "Alamy"},
		credits:  []string{"Marine Survey Trust/Alamy"}},
	{cmsCase: cmsCase{file: "cms13b-us-health-reviewed.html", wrong: map[string]string{"body": "the trust box (\"reviewed by board-certified physicians … editorial process\") under the bylines opens the body"},
		headline: "Is It Safe to Take Ibuprofen Every Day? What Doctors Say",
		authors:  []string{"Jolene Marquardt"}, published: "2024-03-05",
		body:   []string{"Ibuprofen is one of the most widely used pain relievers", "carries real risks, experts say", "A 2021 review of 46 studies", "The label says ten days for a reason", "ask a doctor about the cause of the pain"},
		chrome: []string{"This website uses cookies", "Medically reviewed by", "Samuel Oduya-Fitch", "board-certified physicians", "editorial process", "Key Takeaways", "Advertisement", "Acetaminophen vs. Ibuprofen", "Sources", "Carrow PT", "not a substitute for professional medical advice", "Read Next", "Migraine Triggers", "All rights reserved", "Getty Images"}},
		dateline: "-",
		captions: []string{"Taking ibuprofen for a few days is generally safe for most adults."},
		capsNot:  []string{"Getty", "Stroud"},
		credits:  []string{"Getty Images / Mariela Stroud"},
		bullets:  []string{"Occasional ibuprofen use is safe", "Daily use for more than 10 days", "Talk to a doctor before using it long term."}},
	{cmsCase: cmsCase{file: "cms13b-nl-weeralarm.html", wrong: map[string]string{"body": "the live-updates list after the text inside the article stays (the warning box goes as a fact box)"},
		headline: "Code oranje voor zware windstoten in het noorden, treinverkeer ontregeld",
		authors:  []string{"Femke Dijkstra-Hoekstra"}, published: "2024-03-05",
		body:   []string{"Het KNMI heeft voor dinsdagmiddag en -avond code oranje", "windstoten verwacht van 90 tot 110 kilometer", "ProRail laat vanaf 14.00 uur minder treinen", "Zet losse spullen in de tuin vast", "De veerboten naar Schiermonnikoog en Ameland"},
		chrome: []string{"Wij gebruiken cookies", "12 files", "Aangepast", "Weerwaarschuwing", "Geldig van", "Provincies:", "Advertentie", "Lees ook", "Stormschade vorige week", "Laatste updates", "Boom op het spoor", "Meer nieuws", "Nieuw schadeloket", "Groningen 9°C", "Colofon", "Foto:"}},
		dateline: "-",
		captions: []string{"Golven slaan over de dijk bij Lauwersoog."},
		capsNot:  []string{"Foto:", "Postma"},
		credits:  []string{"Omroep Noordkust / Jelmer Postma"}},
	{cmsCase: cmsCase{file: "cms13b-it-mostra.html",
		headline: "Caravaggio e i suoi seguaci: a Palazzo Ravelli la mostra dell'anno",
		authors:  []string{"Ginevra Lombardini"}, published: "2024-03-05",
		body:   []string{"Sarà la mostra più visitata dell'anno", "Il percorso si apre con due tele giovanili", "Abbiamo voluto spegnere le luci", "Sei dei dipinti esposti non erano mai", "sono stati venduti oltre 18 mila biglietti"},
		chrome: []string{"Noi e terze parti", "Informazioni", "via Castiglione 14", "Dal 15 marzo al 21 luglio", "Orari", "Intero 16 €", "Pubblicità", "Leggi anche", "Van Gogh a Milano", "Tag:", "Potrebbe interessarti", "Teatro Comunale", "In agenda", "Fiera del libro antico", "Tutti i diritti riservati", "Collezione Estebanez, Madrid"}},
		dateline: "-",
		captions: []string{"Un dettaglio della «Cena in Emmaus», prestata da un museo di Madrid."},
		capsNot:  []string{"Foto ©", "Estebanez"},
		credits:  []string{"Collezione Estebanez, Madrid"}},
	{cmsCase: cmsCase{file: "cms13b-us-crime-court.html",
		headline: "Former school treasurer charged with stealing $380,000 from booster club",
		authors:  []string{"Theodora Buckley-Nwosu"}, published: "2024-03-05",
		body:   []string{"A former treasurer of the Millbrook High School Athletic Boosters", "writing 214 checks to herself", "a 22-foot pontoon boat", "These parents trusted her with money", "released on $50,000 unsecured bail", "A preliminary hearing is scheduled for March 28."},
		chrome: []string{"We use cookies", "BREAKING", "Route 30 reopens", "Case at a glance", "Defendant:", "Magisterial District Court", "ADVERTISEMENT", "RELATED:", "Booster club audit", "covers courts and public safety", "Tagged", "Man sentenced to 8 years", "My kids sold those hoagies", "Most Read", "Proudly powered", "Photo courtesy"}},
		dateline: "MILLBROOK TOWNSHIP",
		captions: []string{"Carla J. Wexford"},
		capsNot:  []string{"Photo courtesy", "District Attorney"},
		credits:  []string{"Ridgeline County District Attorney's Office"}},
	{cmsCase: cmsCase{file: "cms13b-ca-obituary.html", wrong: map[string]string{"body": "the service box (a sentence) and the guestbook (dated condolences) after the text, inside the article, stay (the life-dates strip goes as a fact box)"},
		headline: "Obituary: Marguerite Tessier-Lyall, who taught two generations of Halvern to swim",
		authors:  []string{"Declan Whitmore-Oyen"}, published: "2024-03-05",
		body:   []string{"For more than 40 summers", "taught an estimated 9,000 children", "She never raised her voice", "moved to Halvern with her husband", "She is survived by her three children"},
		chrome: []string{"We use cookies", "4 minute read", "Photo by", "Born: June 11", "Died: Feb. 24", "Advertisement", "Service information", "celebration of life", "In lieu of flowers", "Guestbook", "Rest in peace, Madame", "Trending in Local", "Arena roof repairs", "Sign up for the Halvern Chronicle", "All rights reserved"}},
		dateline: "-",
		captions: []string{"Marguerite Tessier-Lyall at the Eastside pool in 1987."},
		capsNot:  []string{"Photo by", "archives"},
		credits:  []string{"Halvern Chronicle archives"}},
	{cmsCase: cmsCase{file: "cms13b-ja-yakyu.html", wrong: map[string]string{"authors": "the Japanese sports papers' byline \"（記者・NAME）\" after the date is not read"},
		headline: "港北ドルフィンズ、延長十回サヨナラ勝ち 新人の高瀬が決勝打",
		authors:  []string{"柴田 浩一郎"}, published: "2024-03-05",
		body:   []string{"港北ドルフィンズは５日、本拠地でのオープン戦で", "同点の十回一死二塁", "先発の石丸は５回１失点と好投", "港北は６日も同球場で西都と対戦する。"},
		chrome: []string{"クッキー", "オープン戦　2024年3月5日", "【勝】森永", "広告", "関連記事", "高瀬、キャンプで猛アピール", "ポスト", "アクセスランキング", "春場所の番付発表", "All Rights Reserved", "撮影"}},
		dateline: "-",
		captions: []string{"延長十回、サヨナラ打を放ち笑顔を見せる高瀬"},
		capsNot:  []string{"撮影", "中村"},
		credits:  []string{"中村 大輔"}},
}

// TestCMS13cms13b extracts each section-desk page and checks every
// field at once.
func TestCMS13cms13b(t *testing.T) {
	for _, c := range cms13bCases {
		t.Run(strings.TrimSuffix(c.file, ".html"), func(t *testing.T) {
			a := extractCMSPage(t, c.file, cmsFetched)
			check := cmsChecker(t, c.wrong)
			c.checkHead(check, a)
			var lacks, bad []string
			for _, want := range c.body {
				if !strings.Contains(a.Body, want) {
					lacks = append(lacks, want)
				}
			}
			check("kept", len(lacks) == 0, "body lacks %q", lacks)
			for _, s := range c.chrome {
				if strings.Contains(a.Body, s) {
					bad = append(bad, s)
				}
			}
			check("body", len(bad) == 0, "body has chrome %q", bad)
			switch c.dateline {
			case "":
			case "-":
				check("dateline", a.Dateline == "", "dateline = %q, want none", a.Dateline)
			default:
				check("dateline", a.Dateline == c.dateline, "dateline = %q, want %q", a.Dateline, c.dateline)
			}
			var caps, creds []string
			for _, im := range a.Images {
				caps, creds = append(caps, im.Caption), append(creds, im.Credit)
			}
			cms10bCheckList(check, "captions", "caption", caps, c.captions)
			for _, s := range c.capsNot {
				check("captions", !fcHas(caps, s), "a caption has %q; captions %q", s, caps)
			}
			cms10bCheckList(check, "credits", "credit", creds, c.credits)
			if c.bullets != nil {
				check("bullets", len(a.Bullets) == len(c.bullets) && cms10aAllIn(c.bullets, a.Bullets), "bullets = %q, want %q", a.Bullets, c.bullets)
			}
			if t.Failed() {
				t.Logf("body:\n%s", a.Body)
			}
		})
	}
}

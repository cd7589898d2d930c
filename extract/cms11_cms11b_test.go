package extract

import "testing"

// cms11bCases: each row is a whole invented page in the stock template of
// a family of magazines and long-form feature sites (literary and ideas
// weeklies, a science monthly, travel and business magazines, a film
// review site, a photo essay, an unsigned news weekly, German, French,
// Italian, Spanish, Dutch and Swedish weeklies, a scrolling long read),
// with full-bleed heroes, several inline pictures, "Photographs by" and
// "Text/Foto" credit lines in the header, pull quotes, boxes, author bios
// and "this article appears in the … issue" notes at the end. Every field
// is checked at once (see cmsPage).
var cms11bCases = []cmsPage{
	{
		cmsCase: cmsCase{
			file: "cms11b-us-literary-weekly.html", headline: "The Last Lighthouse Keepers of Lake Superior",
			authors: []string{"Corinne Haskell-Mayo"}, published: "2024-03-04",
			body:   []string{"Every evening from May to November", "for a dollar a year", "Somebody should be watching.", "a mile and a half of granite", "until the sky went gray over the water"},
			chrome: []string{"Save this story", "Listen to this story", "Read More", "The Ice Road", "Published in the print edition", "is a staff writer at", "More:", "Sign up to receive", "The Salt Route", "Most Popular", "All rights reserved", "Accept All", "one free article", "Photograph by"},
		},
		dateline: "-",
		captions: []string{"The tower on Gull Rock, lit for the season in late April.", "Aili Rautio on the stairs of the tower"},
		credits:  []string{"Teodor Vasquez-Lund"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-us-ideas-monthly.html", headline: "The Town That Voted to Disappear",
			authors: []string{"Desmond Achterberg"}, published: "2024-03-05",
			body:   []string{"The vote took place in the gymnasium", "The buyout offer on the table was simple", "Nobody wants to be the last porch light on the street.\"", "More than 40,000 properties", "the way you might at a graduation"},
			chrome: []string{"Listen to more stories", "Read: The coming age", "is a staff writer at The Meridian", "This article appears in the", "When you buy a book", "More Stories", "What Small-Town Libraries", "Sign up for The Meridian Daily", "All Rights Reserved", "We use cookies", "Photographs by", "23 min"},
		},
		dateline: "-",
		captions: []string{"Halvern, Iowa, in June 2023, a week after the river crested at 31 feet.", "Roberta Kjellstrom in the house she has lived in since 1979."},
		credits:  []string{"Imogen Castellano-Reyes"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-us-travel-listicle.html", headline: "7 Small Towns on the Portuguese Coast Worth the Detour",
			authors: []string{"Marisa Quintero-Blake", "Hugo Tavener"}, published: "2024-03-05",
			body:   []string{"Portugal's coast has been discovered", "These are the seven places we would go back to.", "Europe's only World Surfing Reserve", "Rota Vicentina hiking trail", "the gooseneck barnacles collected from the rocks below"},
			chrome: []string{"Advertisement - Continue Reading Below", "Every item on this page was chosen", "Save Article", "Related Story", "The 12 Best Hotels in Porto", "Tags:", "Get the Wayfarer Newsletter", "You May Also Like", "Azores", "All Rights Reserved", "This site uses cookies", "Getty Images", "Courtesy of"},
		},
		dateline: "-",
		captions: []string{"Fishing boats pulled up on the beach below Ericeira's old town."},
		credits:  []string{"Carolina Monteverde / Getty Images", "Luis Barrancos", "Casa Alentejana"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-us-science-monthly.html", headline: "Why Octopuses Dream in Color",
			authors: []string{"Lena Brandt-Okafor"}, published: "2024-03-05",
			body:   []string{"In the aquarium room of a marine station in Okinawa", "A study published last month in Nature", "The animal seems to be rehearsing", "two-stage sleep, with a quiet phase", "Octopuses split from our lineage", "We cannot ask them.", "learn less well the following day"},
			chrome: []string{"edited by", "Share on Facebook", "On supporting science journalism", "is a freelance science journalist", "This article was originally published", "Rights & Permissions", "Science news, every weekday", "Humpback Whale Songs", "Crows Can Count", "ALL RIGHTS RESERVED", "We use cookies", "Credit:", "Nature Picture Library"},
		},
		dateline: "-",
		captions: []string{"A common octopus (Octopus vulgaris) on a reef off Sardinia.", "Octopuses alternate between quiet sleep and about a minute of active sleep"},
		credits:  []string{"Renato Bellucci/Nature Picture Library", "Amanda Montañez"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-de-newsweekly.html", headline: "Bergsturz-Gefahr in Graubünden: Das Dorf, das auf den Abbruch wartet",
			authors: []string{"Katharina Wendeborn"}, published: "2024-03-05",
			body:   []string{"Jeden Morgen um halb acht fährt Gian-Reto Caduff", "nur nicht an das Geräusch", "Geologen schätzen die Masse auf zwei Millionen Kubikmeter", "84 Menschen mussten ihre Häuser verlassen", "Der auftauende Permafrost", "Aber bis dahin ist das hier mein Dorf."},
			chrome: []string{"Artikel verschenken", "Zur Merkliste", "Anzeige", "Mehr zum Thema", "Warum die Alpen bröckeln", "Dieser Artikel gehört zum Angebot", "Aus dem BLICKPUNKT Nr.", "Die Lage am Morgen", "Meistgelesen", "alle Rechte vorbehalten", "Einverstanden", "Eilmeldung", "Foto:", "Radar und Laser messen"},
		},
		captions: []string{"Verlassenes Valtscheras: Seit Oktober darf niemand mehr im Dorf übernachten", "Radar und Laser messen rund um die Uhr"},
		credits:  []string{"Lukas Pfisterer / DER BLICKPUNKT"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-fr-newsweekly.html", headline: "Les derniers bergers de la Crau face à la sécheresse",
			authors: []string{"Clémence Aubertin-Roy"}, published: "2024-03-05",
			body:   []string{"Le jour se lève à peine sur les galets de la Crau", "Ce steppe unique en Europe", "dépendent d'un réseau de canaux", "on compte 74 éleveurs ovins", "Certains ont déjà vendu.", "J'espère qu'il avait raison."},
			chrome: []string{"Temps de lecture", "Offrir l'article", "Publicité", "À lire aussi", "la guerre de l'eau", "Cet article est paru", "Cet article vous est offert", "Sujets associés", "La lettre du week-end", "Les plus lus", "Magnifique reportage", "Tous droits réservés", "Avec votre accord", "Remaniement", "Hans Studio", "Un canal d'irrigation presque vide"},
		},
		captions: []string{"Le troupeau de Jean-Baptiste Roumanille sur les coussouls de la Crau, fin février.", "Un canal d'irrigation presque vide près d'Istres."},
		credits:  []string{"Élodie Marchetti / Hans Studio pour L'Hebdo"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-es-sunday-magazine.html", headline: "Las guardianas del último telar de la Alpujarra",
			authors: []string{"Inés Valcárcel Murillo"}, published: "2024-03-05",
			body:   []string{"El ruido del telar se oye desde la calle", "Hoy quedan cuatro telares en funcionamiento", "Esto no lo quería nadie", "La cooperativa que fundaron hace dos años", "Una de ellas es Lucía Fernández", "La terminará ella"},
			chrome: []string{"Compartir en Whatsapp", "Publicidad", "Más información", "Los oficios que España", "Este reportaje se publicó", "es periodista y escribe", "Archivado En", "Recibe cada domingo", "Lo más visto", "Mi abuela también tejía", "Todos los derechos reservados", "Utilizamos cookies", "Detalle de la lanzadera"},
		},
		dateline: "-",
		captions: []string{"Carmen Puertas, de 71 años, en el telar de madera", "Detalle de la lanzadera y de los retales"},
		credits:  []string{"Ana Belén Ruiz-Carrasco"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-uk-film-review.html", headline: "The Saltmarsh Hours review: \"A quietly devastating debut\"",
			authors: []string{"Rhiannon Castellow"}, published: "2024-03-05",
			body:   []string{"There is a moment about a third of the way into", "shoots the Thames estuary as a place of terrible beauty", "The story is slight.", "Finnegan, best known for television, is extraordinary.", "lingers for days afterwards"},
			chrome: []string{"Trending", "Advertisement", "Image credit", "Related", "The best British films of 2024", "is a freelance film critic", "Contributing Writer", "Sign me up", "The Long Road North", "Most Popular", "All rights reserved", "Manage options", "Declan Harte and Orla Finnegan in"},
		},
		dateline: "-",
		captions: []string{"Orla Finnegan as Bet in The Saltmarsh Hours.", "Declan Harte and Orla Finnegan in The Saltmarsh Hours."},
		credits:  []string{"Curlew Pictures"},
		bullets:  []string{},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-us-photo-essay.html", headline: "Inside the hidden world of Mongolia's eagle hunters",
			authors: []string{"Solveig Amundsen-Park"}, published: "2024-03-05",
			body:   []string{"The eagle is heavier than she looks.", "Fewer than 400 hunters are thought to remain.", "a festival in the provincial capital", "the real test is still the winter", "I only brought her here."},
			chrome: []string{"Photographs by", "Sign up for our Photo of the Day", "Related Topics", "You May Also Like", "reindeer herders", "A version of this story appears", "is a writer based in Oslo", "Go Further", "snow leopards", "All rights reserved", "Accept All Cookies", "Photograph by", "A hooded eagle waits"},
		},
		dateline: "-",
		captions: []string{"Berikbol Zhanatuly, 17, rides out with his golden eagle", "Berikbol's mother, Gulnar, pours tea", "A hooded eagle waits on its perch.", "Berikbol and his uncle, Dauren, scan the valley"},
		credits:  []string{"Anouk Verhagen-Tsai"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-uk-unsigned-weekly.html", headline: "Why Denmark's pig farmers are learning to love a carbon tax",
			authors: nil, published: "2024-03-05",
			body:   []string{"of Jutland are not, as a rule, fans of new taxes", "Part of the reason is the design.", "Pig farmers, who dominate Danish agriculture", "Dairy farmers are less happy.", "need not end in tractors blocking the roads"},
			chrome: []string{"Listen to this story", "Advertisement", "This article appeared in the Europe section", "From the March 9th 2024 edition", "Reuse this content", "More from Europe", "Slovakia", "The Ledger Today", "All rights reserved", "Manage cookies", "Published since September 1846", "Photograph:"},
		},
		dateline: "COPENHAGEN",
		credits:  []string{"Mikkel Strandgaard-Holm/Ritzau Scanpix"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-it-newsweekly.html", headline: "Il paese dei custodi di fari: viaggio alle Eolie d'inverno",
			authors: []string{"Federica Lo Piccolo"}, published: "2024-03-05",
			body:   []string{"L'aliscafo delle sette è stato cancellato.", "D'estate su Filicudi vivono migliaia di persone", "La scuola di Filicudi ha quattro alunni", "Il faro di Punta Zotta", "l'isola è viva."},
			chrome: []string{"minuti di lettura", "Pubblicità", "Leggi anche", "Isole minori, il piano", "Questo articolo è pubblicato", "Argomenti", "La newsletter del settimanale", "I più letti", "Tutti i diritti riservati", "Noi e terze parti", "Ultim'ora", "foto Salvo", "Gli alunni della pluriclasse"},
		},
		dateline: "-",
		captions: []string{"Il piccolo porto di Alicudi", "Gli alunni della pluriclasse di Filicudi"},
		credits:  []string{"Salvo D'Amico"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-nl-weekly.html", headline: "De laatste zoutzieders van Friesland",
			authors: []string{"Jelmer Hoekstra-Visser"}, published: "2024-03-05",
			body:   []string{"Het water komt uit de Waddenzee", "Haar grootvader begon er in 1961 mee", "Maar dit smaakt naar de plek.", "Langs de Friese kust werd al", "De grootste zorg is niet de concurrentie", "Maar ze weet in elk geval hoe het moet."},
			chrome: []string{"leestijd", "Lees ook", "De laatste garnalenvissers", "is redacteur van", "Dit artikel verscheen", "Deel dit artikel", "Word abonnee", "Meer uit Samenleving", "Kerkdorpen zonder kerk", "Alle rechten voorbehouden", "gebruikt cookies", "© Femke", "Na twee dagen koken ligt"},
		},
		dateline: "-",
		captions: []string{"Sietske Wiersma bij de zoutpannen", "Na twee dagen koken ligt er een laag kristallen"},
		credits:  []string{"Femke de Wolff"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-se-magazine.html", headline: "Renskötarna som flyttar med vindkraften",
			authors: []string{"Elin Marjavaara"}, published: "2024-03-05",
			body:   []string{"Klockan är inte ens sju när Nils-Anders Kuoljok", "Förr gick flytten rakt österut", "Det är vi som måste veta.", "Samebyn har överklagat tre", "Energibolagen säger att de tar hänsyn.", "Vi vill bara finnas kvar när den är byggd."},
			chrome: []string{"Dela på Facebook", "Annons", "Reportaget publicerades först", "Taggar:", "Fjällbönderna", "Nyhetsbrev", "Alla rättigheter förbehållna", "Vi använder cookies", "Foto:", "Nils-Anders Kuoljok kör skoter"},
		},
		dateline: "-",
		captions: []string{"Renhjorden på väg mot vinterbetet vid Malgomaj.", "Nils-Anders Kuoljok kör skoter för att hålla ihop hjorden."},
		credits:  []string{"Henrik Lindgren-Aho"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-us-business-mag.html", headline: "How A Former Welder Built A $2 Billion Heat Pump Empire",
			authors: []string{"Gabriela Ferreira-Lind"}, published: "2024-03-05",
			body:   []string{"Ray Dumbarton still keeps his welding helmet", "Today Thermalux makes roughly one in five", "The rise has been fast.", "Competitors say Thermalux's advantage is price.", "Everybody told me Indiana was hard too.", "Come back when I'm dead."},
			chrome: []string{"Capitalist Staff", "I cover manufacturing", "Follow", "Share to Facebook", "ADVERTISEMENT", "MORE FROM CAPITALIST", "The Blue-Collar Billionaires", "This story appears in the April/May", "Editorial Standards", "Reprints", "More From Capitalist", "Youngest Billionaires", "The Daily Dozen", "All Rights Reserved", "Terms of Service", "Photograph by"},
		},
		dateline: "-",
		captions: []string{"Ray Dumbarton at the company's plant in Fort Wayne, Indiana."},
		credits:  []string{"Jonah Whitcombe-Reyes"},
	},
	{
		cmsCase: cmsCase{
			file: "cms11b-au-scrolly-longread.html", headline: "The river that ran backwards",
			authors: []string{"Tahnee Wallace-Brookes"}, published: "2024-03-05",
			body:   []string{"At first light the river is the colour of strong tea.", "The weir was built to hold back water", "I was wrong. Most of us were.", "The first sign of change came in spring 2022", "Ecologists from the regional university counted", "Taking down the weir will cost $14 million", "It knows where it's going."},
			chrome: []string{"Words by", "Photographs by", "Credits", "Design and production", "Riverina Journalism Fund", "More from Southerly Review", "The salt lakes are singing", "Subscribe to our newsletter", "All rights reserved", "Made with Shoreline", "uses cookies", "Photo:"},
		},
		dateline: "-",
		captions: []string{"The Murrell at Kinnabulla, where a weir built in 1927", "Ibis and spoonbills return to the Yallakool wetland"},
		credits:  []string{"Callum Nguyen-Ryder"},
	},
}

// TestCMS11cms11b extracts each whole magazine page and checks every field.
func TestCMS11cms11b(t *testing.T) {
	checkCMSPages(t, cms11bCases, cmsFetched)
}

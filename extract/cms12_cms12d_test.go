package extract

import "testing"

// cms12dCases: each row is a whole invented page in one of the other
// shapes a news page arrives in: AMP (hand-written and the WordPress AMP
// plugin's reader template), printer-friendly and text-only "lite"
// copies, table-layout sites of the 2000s (HTML 4, <font>, <br><br>
// paragraphs, uppercase tags, document.write ads), PHP-Nuke, Mambo/Joomla
// 1.0 and vBulletin pages, a page inside a web archive's toolbar, a
// search engine's cached copy, a browser's reader view, and a frameset's
// content frame, in several languages. Every field is checked at once
// (see cmsPage).
var cms12dCases = []cmsPage{
	{
		cmsCase: cmsCase{
			file: "cms12d-amp-us-news.html", headline: "Harbor district voters back $48 million seawall bond",
			authors: []string{"Delphine Okafor-Reyes"}, published: "2024-03-05",
			body:   []string{"Voters in the Calder Bay harbor district approved", "carrying 61% with all precincts reporting", "They decided they didn't want to wait", "led by a group of commercial fishermen", "$31 a year per $100,000", "Design work is set to begin this summer"},
			chrome: []string{"Close menu", "Subscribe for $1", "BREAKING", "Highway 1 closed", "Share this story", "Advertisement", "RELATED", "King tides flood", "More from Local", "School board weighs", "Most Read", "View full site", "All rights reserved", "We use cookies", "Waves break against", "Published 11:41"},
		},
		dateline: "-",
		captions: []string{"Waves break against the 1950s seawall along Front Street during a January storm."},
		credits:  []string{"Marisol Teague/The Calder Bay Ledger"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-amp-wp-it.html", headline: "Frana sulla provinciale 23, la strada riapre dopo tre settimane",
			authors: []string{"Chiara Valsecchi"}, published: "2024-03-04",
			body:   []string{"Dopo tre settimane di chiusura riapre domani", "reti paramassi", "Ringrazio le squadre", "navetta organizzata dal Comune", "verrà rifatto anche l’asfalto"},
			chrome: []string{"8 giorni fa", "LEGGI ANCHE", "Frana sulla Sp 23, strada chiusa", "Categorie:", "Tag:", "Lascia un commento", "Articoli correlati", "Neve al passo del Colle", "Torna all'inizio", "Testata registrata", "Versione desktop", "Il tratto della provinciale"},
		},
		dateline: "-",
		captions: []string{"Il tratto della provinciale 23 interessato dalla frana"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-print-de.html", headline: "Stadtwerke erhöhen Fernwärmepreis um zwölf Prozent",
			authors: []string{"Henrike Almstedt"}, published: "2024-03-05",
			body:   []string{"Die Stadtwerke Minden erhöhen zum 1. April", "etwa 6.800 Haushalte", "Wir geben nur weiter", "Beratungstermine gibt es donnerstags", "Sonderkündigungsrecht bis zum 31. März"},
			chrome: []string{"Seite drucken", "Fenster schließen", "Lokales · Minden", "Quelle:", "Abgerufen am", "Alle Rechte vorbehalten", "Das Heizkraftwerk an der Kanalstraße versorgt", "Von Henrike"},
		},
		dateline: "Minden",
		captions: []string{"Das Heizkraftwerk an der Kanalstraße versorgt den Großteil der Innenstadt mit Wärme."},
		credits:  []string{"Jonas Wedekind"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-lite-text.html", headline: "Storm knocks out power to 120,000 across the Ozark Plateau",
			authors: []string{"Marguerite Ellsworth", "Tobias Kwan"}, published: "2024-03-06",
			body:   []string{"A line of severe thunderstorms swept across", "confirmed at least two tornadoes", "crews coming in from four states", "Schools in at least a dozen districts", "a second, weaker round of storms"},
			chrome: []string{"Lite Wire", "Go to full site", "Text-only news", "Source:", "Back to Lite Wire home", "Previous:", "Senate passes stopgap", "Rail unions resume", "All Rights Reserved", "Updated 6:48"},
		},
		dateline: "-",
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-table-2000s-us.html", headline: "Grain elevator fire draws crews from three towns",
			wrong:   map[string]string{"body": "the byline cell's \"Courier Staff Writer\" line (a <br> line after the name) and the \"OTHER HEADLINES\" cell (a <td> of links in the same table as the story cell) stay in the body: table cells carry no class saying byline or teaser list"},
			authors: []string{"Wendell Haugland"}, published: "2008-03-05",
			body:   []string{"Volunteer firefighters from Wexford, Dunmore and Alden", "the call came in about 1:40 p.m.", "you always worry about dust", "About 40,000 bushels of corn", "State Fire Marshal's office"},
			chrome: []string{"SECTIONS", "Letters to the Editor", "41°F", "ARCHIVES", "February 2008", "Printer-friendly version", "E-mail this story", "OTHER HEADLINES", "Dunmore council approves", "LEGAL NOTICES", "Copyright", "Last updated", "Courier Staff Writer", "Posted:", "Smoke rises from"},
		},
		dateline: "WEXFORD",
		captions: []string{"Smoke rises from the Wexford Co-op elevator Tuesday afternoon."},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-table-fr.html", headline: "La fromagerie de Saint-Agnan rouvre ses portes",
			wrong:   map[string]string{"authors": "\"Publié le 12/02/2007 par Josiane Berthoin\": a date-first line with the name after \"par\", in a <font> with no class: no byline rule reads a name after a date", "body": "the \"Réactions (2)\" box is a nested <table> inside the story's <td> with no class: the comments stay"},
			authors: []string{"Josiane Berthoin"}, published: "2007-02-12",
			body:   []string{"Fermée depuis l'incendie de l'été dernier", "420 000 euros", "on revit", "La coopérative compte aujourd'hui 27 producteurs", "Une journée portes ouvertes est prévue"},
			chrome: []string{"Rubriques", "Dernières brèves", "Déneigement", "visiteur", "Imprimer", "Envoyer à un ami", "Retour aux actualités", "Réactions", "Marcel de Vassieux", "Le bleu du Vercors", "Internet Explorer 6", "Publié le"},
		},
		dateline: "-",
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-phpnuke-it.html", headline: "Nuova palestra a Gorle: via ai lavori in primavera",
			wrong:   map[string]string{"authors": "PHP-Nuke's \"Inviato da X il Martedì, …\" line names a user name in a <font class=content>; META AUTHOR (the site's name) wins", "body": "PHP-Nuke nests the story, its meta line, \"Links Correlati\", rating and the comments in class-less tables of the one centre column; the body takes the whole column"},
			authors: []string{"Gianpaolo"}, published: "2008-03-04",
			body:   []string{"Il consiglio comunale di Gorle ha approvato", "una tribuna da 250 posti", "Finalmente avremo una casa comune", "costi di gestione", "prevista per settembre 2009"},
			chrome: []string{"Benvenuto", "Chi è Online", "Inviato da", "523 letture", "Argomento", "Pagina Stampabile", "Invia questo Articolo", "Links Correlati", "Valutazione Articolo", "Login/Crea un account", "Era ora!", "E i parcheggi", "Sondaggio", "Notizie Vecchie", "Generazione pagina"},
		},
		dateline: "-",
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-mambo-pt.html", headline: "Feira do fumeiro bate recorde de visitantes",
			wrong:   map[string]string{"body": "Mambo's td.modifydate (\"Última actualização ( … )\") stays, and the right column's poll module leaks in through the shared table row"},
			authors: []string{"Albertina Gonçalves"}, published: "2008-02-11",
			body:   []string{"A 12.ª Feira do Fumeiro e do Presunto", "14 toneladas de enchidos", "muitos espanhóis da Galiza", "produtor de Lavradas"},
			chrome: []string{"Menu Principal", "Últimas Notícias", "Bombeiros de Melgaço", "Quem está online", "Escrito por", "Última actualização", "Anterior", "Seguinte", "Sondagem", "Mais lidas", "Software Livre"},
		},
		dateline: "-",
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-vbulletin-portal-de.html", headline: "Spielwarenmesse 2008: Die H0-Neuheiten im Überblick",
			wrong:   map[string]string{"authors": "the first post's author is an a.bigusername in the post's side cell; no byline rule reads forum user cells", "body": "a vBulletin thread: the replies, the first post's signature, \"Geändert von\" and the user cells all stay (the thread is read as one body)"},
			authors: []string{"Eckhard Thielemann"}, published: "2008-03-05",
			body:   []string{"Die Spielwarenmesse in Nürnberg ist vorbei", "Baureihe 78", "Umbauwagen", "Digital tut sich weniger", "Fragen und Meinungen gerne hier im Thread"},
			chrome: []string{"Benutzername", "Registrieren", "Neue Beiträge", "Registriert seit", "Beiträge:", "Geändert von", "Grüße aus Bad Kreuznach", "Meine Anlage", "Danke für die Übersicht", "laut Prospekt", "Ähnliche Themen", "Alle Zeitangaben", "Powered by vBulletin"},
		},
		dateline: "-",
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-wayback-nl.html", headline: "Veenhuizen krijgt nieuw bezoekerscentrum",
			authors: []string{"Geert Zwiers"}, published: "2009-03-17",
			body:   []string{"Het voormalige gevangenisdorp Veenhuizen krijgt", "oude directeurshuis aan de Hoofdweg, dat al jaren leegstaat", "120.000 bezoekers per jaar", "voorjaar van 2010 klaar"},
			chrome: []string{"Wayback Machine", "captures", "18 Mar 2009", "COLLECTED BY", "Alexa", "TIMESTAMPS", "Close", "Laatste nieuws", "Brand in boerderij", "Reageer op dit artikel", "Tip de redactie", "Reacties", "Henk uit Assen", "Alle rechten voorbehouden", "woensdag 18 maart"},
		},
		dateline: "VEENHUIZEN",
		captions: []string{"Het oude directeurshuis aan de Hoofdweg wordt het nieuwe bezoekerscentrum."},
		credits:  []string{"Jaap Hoekstra"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-gcache-sv.html", headline: "Isbanan på Storsjön stängs i förtid",
			authors: []string{"Linnea Forsgren"}, published: "2024-03-04",
			body:   []string{"Östersunds kommun stänger isbanan på Storsjön", "Vid kanterna är den nu under tio centimeter", "den tidigaste stängningen sedan 2020", "alltid bära isdubbar"},
			chrome: []string{"Google's cache", "snapshot", "Text-only version", "View source", "Ctrl+F", "Vi använder kakor", "Prenumerera", "Just nu", "Annons", "Läs också", "Rekordmånga", "Ämnen:", "Dela på Facebook", "Mer från Lokalt", "Nytt badhus", "Mest läst", "Ansvarig utgivare", "linnea.forsgren@"},
		},
		dateline: "-",
		captions: []string{"Skridskoåkare på den plogade banan utanför Badhusparken i februari."},
		credits:  []string{"Oskar Lindmark"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-readerview-en.html", headline: "The last lighthouse keeper on Gannet Head hands over the keys",
			wrong:   map[string]string{"authors": "Firefox reader view puts the author in div.reader-credits, a class no byline rule reads (\"credits\" names picture credits elsewhere)", "published": "reader view prints no date; the original address, in a.reader-domain's href, carries it: no rule reads that link as the page's URL"},
			authors: []string{"Rosalind Achterberg"}, published: "2024-03-05",
			body:   []string{"For 31 years, Bram Ostrowski climbed", "The light itself was automated in 1998", "People think it's lonely", "open the tower to visitors from May", "Close enough to see the beam"},
			chrome: []string{"Close Reader View", "Type controls", "Listen", "Save to Pocket", "northshorecoast.example", "4–5 minutes", "Bram Ostrowski at the top of the tower"},
		},
		dateline: "-",
		captions: []string{"Bram Ostrowski at the top of the tower on his last evening as keeper."},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-frame-ja.html", headline: "旧灯台守官舎、資料館に　来春開館へ改修始まる",
			wrong:   map[string]string{"headline": "the content frame's <title> is the site's and section's name only; the headline is a <font size=5><b> in a td.midashi no rule reads as a heading", "published": "\"2007年10月16日（火）\" stands in a class-less <font> above the headline, which no heading marks"},
			authors: []string{"佐々木 遥"}, published: "2007-10-16",
			body:   []string{"明治時代に建てられた岬町の旧灯台守官舎", "灯台が無人化された１９６５年以降", "改修費は約４８００万円", "灯台とともに生きた人々の暮らし"},
			chrome: []string{"地域ニュース", "トップページへ", "最近のニュース", "秋祭り", "ページの先頭へ", "Copyright", "無断転載", "改修工事が始まった旧灯台守官舎"},
		},
		dateline: "-",
		captions: []string{"改修工事が始まった旧灯台守官舎"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-docwrite-ru.html", headline: "В Рыбинске открыли после ремонта Волжскую набережную",
			authors: []string{"Ксения Белоусова"}, published: "2024-03-05",
			body:   []string{"В Рыбинске после двух лет ремонта открыли", "На участке длиной 1,2 километра", "Набережная — это лицо города", "316 миллионов рублей", "два летних кафе и прокат велосипедов"},
			chrome: []string{"Сегодня:", "Новости | Общество", "Лента новостей", "В Ярославле закрыли мост", "document.write", "Источник:", "Просмотров", "Поделиться", "Читайте также", "Ремонт набережной в Рыбинске продлили", "Комментарии", "освещения мало", "При использовании материалов", "Автор:"},
		},
		dateline: "-",
		captions: []string{"Обновлённая набережная у Соборной площади."},
		credits:  []string{"Игорь Сазонов"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12d-portal-pl.html", headline: "Schronisko pod Klimczokiem znów otwarte",
			authors: []string{"Bożena Kubieniec"}, published: "2008-03-10",
			body:   []string{"Po czterech miesiącach remontu schronisko PTTK", "Remont kosztował ponad 900 tys. zł", "Turyści pytali o nas przez całą zimę", "niebieskim szlakiem z Szyndzielni", "zaplanowano na sobotę 15 marca"},
			chrome: []string{"Imieniny", "NAJNOWSZE", "Korki na ul. Warszawskiej", "SONDA", "Dodano:", "Czytano", "Drukuj", "Poleć znajomemu", "Komentarze", "pięknie zrobione", "Dodaj komentarz", "Wszelkie prawa zastrzeżone"},
		},
		dateline: "-",
	},
}

// TestCMS12cms12d extracts each whole page and checks every field.
func TestCMS12cms12d(t *testing.T) {
	checkCMSPages(t, cms12dCases, cmsFetched)
}

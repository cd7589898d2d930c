package extract

import "testing"

// cms12cCases: each row is a whole invented news page whose pictures come
// in one of the many markups real templates use: lazy loaders (data-src,
// data-srcset, placeholder SVGs and GIFs, noscript fallbacks), <picture>
// with <source>s, AMP (amp-img, amp-carousel), galleries and slideshows
// with counters and lightbox data-caption attributes, captions in a
// figcaption, in a paragraph or a div after the picture, in an overlay
// span, in a table row under it, beside the headline for a lead picture
// given only by og:image, and credits in <cite>, <small>, credit spans,
// brackets, after a slash or a pipe, with labels in many languages. The
// pages also carry chrome pictures (avatars, logos, related-story
// thumbnails with their own captions, adverts) whose texts must give no
// caption and no credit: notPic lists them. Every other field is checked
// as cmsPage says.
var cms12cCases = []cmsPage{
	{
		cmsCase: cmsCase{
			file: "cms12c-us-wp-lazyload.html", headline: "Floodwall along Mill Creek to be raised four feet after record crest",
			authors: []string{"Delphine Okonjo-Marsh"}, published: "2024-03-05",
			body:   []string{"The floodwall that protects downtown Riverbend", "the highest reading since records began", "It was not designed for the creek we have now.", "Construction is expected to begin in June 2025"},
			chrome: []string{"Advertisement", "RELATED ARTICLES", "Creek gauge to get flood camera", "TAGS", "Delphine covers city hall", "About time.", "Most Popular", "All rights reserved", "uses cookies", "Trending Now", "Volunteers from First Lutheran", "Photo:", "Courtesy of"},
		},
		dateline: "-",
		captions: []string{"The Mill Creek floodwall at Ferry Street, where water topped the wall by eight inches on Feb. 18.", "Volunteers from First Lutheran carry a ruined sofa out of a basement on Front Street on Feb. 20."},
		credits:  []string{"Tobias Wrenfield/Riverbend Courier", "Courtesy of Marcy Eldridge"},
		notPic:   []string{"Creek gauge", "Delphine Okonjo-Marsh", "Jalen Cruz", "Advertisement"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-de-picture-gallery.html", headline: "Neue Rheinbrücke bei Wesel: Erste Segmente eingeschwommen",
			wrong:   map[string]string{"notPic": "a related-story card inside the text, an <aside> holding a <figure> whose picture links to another story and whose figcaption is that story's title, is read as a captioned picture"},
			authors: []string{"Jannik Overbeck-Sturm"}, published: "2024-03-05",
			body:   []string{"Am Montagmorgen um kurz nach sieben", "für sechs Stunden gesperrt", "Das war der heikelste Moment", "Die übrigen sieben Segmente sollen bis Juli folgen."},
			chrome: []string{"Alle akzeptieren", "Bahnstreik", "Schlagworte", "Redakteur in der Lokalredaktion", "Newsletter Niederrhein", "Hafen Wesel", "Meistgelesen", "Alle Rechte vorbehalten", "Bild 1 von 3", "Zurück", "Zentimeterarbeit", "Schaulustige verfolgen", "Foto:", "Quelle:", "So soll die neue Brücke aussehen", "B58: Umleitung"},
		},
		dateline: "Wesel",
		captions: []string{"Zentimeterarbeit: Zwei Schubschiffe bringen das erste", "Das Segment auf dem Ponton am frühen Morgen.", "Schaulustige verfolgen die Arbeiten vom Deich aus.", "Die Brücke soll Ende 2026 für den Verkehr freigegeben werden.", "So soll die neue Brücke aussehen"},
		credits:  []string{"Malte Kiewitt-Brand", "Die Autobahn GmbH"},
		notPic:   []string{"Grafik:", "B58: Umleitung", "Hafen Wesel", "Frühjahrskirmes", "Bild 1 von 3", "Overbeck-Sturm", "Niederrhein Kurier"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-uk-amp.html", headline: "Storm Imelda: Coastal village cut off as sea wall collapses",
			authors: []string{"Kerensa Trelawny-Vos"}, published: "2024-03-05",
			body:   []string{"A coastal village in north Cornwall has been cut off", "No one was injured.", "a sound like thunder", "temporary footpath across the fields"},
			chrome: []string{"I Accept", "Advertisement", "READ MORE", "Met Office amber warning", "Most Read", "pasty shop", "All rights reserved", "Senior Reporter", "(Image:", "Waves crash over the harbour wall", "1/3", "Supplies were taken into the village by lifeboat", "Topics"},
		},
		dateline: "-",
		captions: []string{"The collapsed section of the sea wall at Porthkennack on Tuesday morning", "Waves crash over the harbour wall in Newquay", "A tree blocks the A39 near Wadebridge", "Sandbags stacked outside homes in Looe", "Supplies were taken into the village by lifeboat on Tuesday afternoon"},
		credits:  []string{"Cornwall Live Drone Unit", "Greg Pellowe", "Devon and Cornwall Police", "RNLI/Tom Carthew"},
		notPic:   []string{"St Ives", "A30", "Trelawny-Vos", "Westcountry Press", "1/3", "2/3"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-fr-diaporama.html", headline: "Annecy : le lac gèle sur ses bords pour la première fois depuis 2012",
			authors: []string{"Anne-Laure Mercadier"}, published: "2024-03-05",
			body:   []string{"C'est un spectacle que les Annéciens", "la température la plus basse de l'hiver", "beaucoup trop fine pour supporter", "Le redoux est attendu à partir de jeudi"},
			chrome: []string{"Avec votre accord", "Info en continu", "Publicité", "Lire aussi", "Grand froid", "Sujets :", "À découvrir aussi", "Semnoz", "Magnifique ce matin", "Les plus lus", "Tous droits réservés", "1 / 4", "Crédit photo", "Le port d'Annecy pris par la glace"},
		},
		dateline: "-",
		captions: []string{"Le port d'Annecy pris par la glace, lundi matin.", "Des cygnes sur la glace près du pont des Amours.", "Les pompiers ont installé des panneaux d'interdiction.", "En février 2012, le lac avait gelé"},
		credits:  []string{"Le DS /Bastien Roguet", "SDIS 74", "Archives Le DS"},
		notPic:   []string{"Semnoz", "Grand froid", "1 / 4", "Crédit photo", "Dauphin Savoyard"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-it-foto-di.html", headline: "Bari, riapre il teatro Margherita dopo vent'anni",
			authors: []string{"Donatella Scaramuzzi"}, published: "2024-03-05",
			body:   []string{"Dopo vent'anni di cantieri, ricorsi e promesse", "Il restauro è costato 14 milioni di euro", "È un pezzo della nostra storia", "il bando per affidare il teatro"},
			chrome: []string{"Noi e terze parti", "Ultim'ora", "Leggi anche", "Argomenti", "Giornalista, segue la cultura", "Potrebbe interessarti", "Petruzzelli", "I più letti", "Tutti i diritti riservati", "Foto 1 di 3", "foto di", "Foto di", "La sala centrale con il lucernario", "durante il taglio del nastro (Ansa)"},
		},
		dateline: "-",
		captions: []string{"La facciata restaurata del teatro Margherita, sul molo di piazza IV Novembre", "La sala centrale con il lucernario originale", "Il pubblico all'inaugurazione", "Il teatro in una cartolina degli anni Trenta", "L'assessora Ines Pellegrino durante il taglio del nastro"},
		credits:  []string{"Michele Lattarulo", "Archivio storico comunale", "Ansa"},
		notPic:   []string{"Petruzzelli", "Foto 1 di 3", "Trenta - Archivio", "Scaramuzzi", "pubblicità"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-es-overlay-pipe.html", headline: "Los vecinos del Cabanyal recuperan la lonja de pescadores como centro cultural",
			authors: []string{"Ximo Beltrán Casaña"}, published: "2024-03-05",
			body:   []string{"Treinta años después de que el último pescador", "baldosas hidráulicas originales", "Mi abuelo vendía aquí el pescado", "coincidiendo con la fiesta de San Isidro"},
			chrome: []string{"Utilizamos cookies", "Última hora", "Publicidad", "Más información", "Malvarrosa", "Temas", "Por fin una buena noticia", "Lo más leído", "Todos los derechos reservados", "Compartir en", "La fachada de la antigua lonja", "Germán Caballero", "ARCHIVO MUNICIPAL"},
		},
		dateline: "-",
		captions: []string{"La fachada de la antigua lonja de pescadores, en la calle Eugenia Viñes, este lunes.", "El interior restaurado, con la cubierta de madera original.", "La lonja en plena actividad a comienzos de los años sesenta."},
		credits:  []string{"Germán Caballero", "ARCHIVO MUNICIPAL DE VALÈNCIA"},
		notPic:   []string{"Malvarrosa", "original. / Germán", "sesenta. |", "Beltrán Casaña"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-nl-table-layout.html", headline: "Dijkversterking Lekdijk bij Schoonhoven gaat twee jaar later van start",
			wrong:   map[string]string{"body": "a table-layout page: the date-and-byline line, the related list and the comments share the text's cell and stay"},
			authors: []string{"Marieke van Houweling"}, published: "2024-03-05",
			body:   []string{"Het waterschap stelt de versterking van de Lekdijk", "informatieavond in het stadhuis", "Daar willen we zorgvuldig mee omgaan.", "Het aangepaste ontwerp moet eind dit jaar klaar zijn."},
			chrome: []string{"Akkoord", "Adverteren", "Gerelateerd nieuws", "Veerpont", "Reacties", "Eindelijk duidelijkheid", "Advertentie", "Meest gelezen", "Alle rechten voorbehouden", "Over een lengte van negen kilometer", "Foto:", "Bewoners bekijken de tekeningen", "14:20 uur"},
		},
		dateline: "SCHOONHOVEN",
		captions: []string{"De Lekdijk tussen Schoonhoven en Ammerstol. Over een lengte van negen kilometer", "Bewoners bekijken de tekeningen tijdens de informatieavond in het stadhuis."},
		credits:  []string{"Arjen Kooijman-Breukers", "Krimpenerwaard Nieuws"},
		notPic:   []string{"Veerpont", "Waterschap", "Bakkerij"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-br-ogimage-only.html", headline: "Chuva forte alaga ruas do centro de Joinville e Defesa Civil emite alerta",
			authors: []string{"Gabriela Schroeder Antunes"}, published: "2024-03-05",
			body:   []string{"Uma chuva forte no fim da tarde desta terça-feira (5)", "sacos de areia", "Em vinte minutos estava no joelho", "deve ligar para o número 199."},
			chrome: []string{"Utilizamos cookies", "URGENTE", "PUBLICIDADE", "LEIA TAMBÉM", "Tags:", "Notícias relacionadas", "Mauro Moura", "Mais lidas", "Todos os direitos reservados", "Rua do Príncipe ficou tomada", "Foto:", "WhatsApp"},
		},
		dateline: "-",
		captions: []string{"Rua do Príncipe ficou tomada pela água no fim da tarde desta terça-feira"},
		credits:  []string{"Leonardo Wiethorn/Portal Vale Norte"},
		notPic:   []string{"Mauro Moura", "Rua alagada no centro"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-se-cite-credit.html", headline: "Ny pendelbåt mellan Vaxholm och Slussen klar i sommar",
			authors: []string{"Linnea Åkerblom-Strand"}, published: "2024-03-05",
			body:   []string{"Den nya pendelbåten mellan Vaxholm och Slussen är nästan klar.", "Restiden blir 40 minuter", "Det här är den största förbättringen", "Under provturerna i maj"},
			chrome: []string{"Godkänn alla", "Annons", "Läs också", "Vägfärjan till Rindö", "Ämnen:", "Mest läst", "Ansvarig utgivare", "Bild:", "Foto:", "Kajen i Vaxholm byggs om", "skargardsposten.example"},
		},
		dateline: "-",
		captions: []string{"Den nya pendelbåten vid varvet i Åbo, där den byggs.", "Kajen i Vaxholm byggs om för att kunna ladda båten."},
		credits:  []string{"Jonas Lindqvist-Berg", "Region Stockholm"},
		notPic:   []string{"Vägfärjan", "Åkerblom", "Skärgårdsposten"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-pl-small-zrodlo.html", headline: "Wrocław: zabytkowy tramwaj wraca na tory po remoncie",
			authors: []string{"Katarzyna Zielińska-Mróz"}, published: "2024-03-05",
			body:   []string{"Zabytkowy tramwaj z 1927 roku wraca", "oryginalne oświetlenie na podstawie archiwalnych zdjęć", "Każdą śrubę trzeba było dorobić ręcznie", "jeszcze dwa wagony z kolekcji"},
			chrome: []string{"Dbamy o Twoją prywatność", "PILNE", "REKLAMA", "Zobacz także", "Tagi:", "Komentarze", "Najpopularniejsze", "Wszelkie prawa zastrzeżone", "fot.", "Źródło:", "Odnowiony wagon w zajezdni"},
		},
		dateline: "-",
		captions: []string{"Odnowiony wagon w zajezdni przy ul. Legnickiej", "Ten sam typ wagonu na placu Solnym w latach 30."},
		credits:  []string{"Tomasz Hołownia-Kruk", "Narodowe Archiwum Cyfrowe"},
		notPic:   []string{"fot.", "Źródło"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-ja-shashin.html", headline: "北陸新幹線、敦賀まで延伸 16日開業へ試運転大詰め",
			authors: []string{"北陸中央新聞"}, published: "2024-03-05",
			body:   []string{"北陸新幹線の金沢―敦賀間", "最速3時間8分で結ばれる", "経営を懸念する声もある", "安全運行に万全を期したい"},
			chrome: []string{"速報", "ポスト", "関連記事", "敦賀駅前、新店舗続々", "アクセスランキング", "All rights reserved", "敦賀駅に到着した試運転の車両", "写真：", "2024年3月5日 17時30分"},
		},
		dateline: "-",
		captions: []string{"敦賀駅に到着した試運転の車両＝5日午前、福井県敦賀市", "恐竜のモニュメントが設置された福井駅の新幹線改札口"},
		credits:  []string{"福井県提供"},
		notPic:   []string{"敦賀駅前の商店街", "新店舗"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-ru-fotoreportazh.html", headline: "В Казани открыли новый пешеходный мост через Казанку",
			authors: []string{"Алсу Гарипова"}, published: "2024-03-05",
			body:   []string{"В Казани во вторник открыли пешеходный мост", "подогрев покрытия и подсветка", "теперь — десять минут пешком", "Летом на мосту планируют проводить ярмарки"},
			chrome: []string{"Мы используем файлы cookie", "Реклама", "Читайте также", "Набережную Казанки", "Автор:", "Комментарии", "Красиво, но дорого", "Все права защищены", "1 из 3", "Фото:", "Первые пешеходы на мосту", "Станция метро"},
		},
		dateline: "-",
		captions: []string{"Новый мост через Казанку в день открытия", "Первые пешеходы на мосту", "Подсветка моста вечером", "Вид на Кремль с середины моста"},
		credits:  []string{"Тимур Хайруллин / «Поволжские вести»", "Тимур Хайруллин", "пресс-служба мэрии Казани"},
		notPic:   []string{"Станция метро", "1 из 3", "Фото:"},
	},
	{
		cmsCase: cmsCase{
			file: "cms12c-at-pipe-copyright.html", headline: "Grazer Murkraftwerk liefert erstmals mehr Strom als geplant",
			authors: []string{"Florian Pichler-Wagner"}, published: "2024-03-05",
			body:   []string{"Das Murkraftwerk im Süden von Graz hat im vergangenen Jahr", "hohe Wasserführung der Mur", "Der Verlust an Auwald", "ungeklärtes Abwasser in die Mur fließt", "in den Ausbau von Photovoltaik"},
			chrome: []string{"Zustimmen", "Werbung", "Mehr zum Thema", "Die Bilanz nach fünf Jahren", "Schlagwörter", "Postings", "Und die Fische?", "Meistgelesen", "Alle Rechte vorbehalten", "©", "Am Ufer wurden 3000 neue Bäume", "Baustelle 2018"},
		},
		dateline: "Graz",
		captions: []string{"Das Murkraftwerk in Puntigam ging im Herbst 2019 in Betrieb", "Am Ufer wurden 3000 neue Bäume gepflanzt"},
		credits:  []string{"Steirerblatt/Jürgen Fuchs", "APA/Erwin Scheriau"},
		notPic:   []string{"Baustelle 2018", "Kraftwerk: Die Bilanz"},
	},
}

// TestCMS12cms12c extracts each whole page and checks every field, and
// that no chrome picture's text became a caption or a credit.
func TestCMS12cms12c(t *testing.T) {
	checkCMSPages(t, cms12cCases, cmsFetched)
}

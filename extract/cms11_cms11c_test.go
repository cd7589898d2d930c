package extract

import (
	"strings"
	"testing"
)

// cms11cCase is a whole invented news page in the stock template of one
// family of broadcasters' sites (public and commercial television and
// radio: a British public broadcaster, a British commercial news channel,
// German, Austrian and Swiss public broadcasters, Dutch, Swedish, French,
// Italian, Spanish, Canadian, Australian, Japanese and Korean public
// broadcasters, a US public radio network), with the chrome such pages
// carry: players with titles and durations, "Watch"/"Listen" lines,
// published/updated pairs, programme names, transcripts. dateline "-"
// wants no dateline; captions, credits and bullets are checked when set
// (a want matches when some picture's caption or credit, or some bullet,
// contains it; the bullets must be as many).
type cms11cCase struct {
	cmsCase
	dateline string
	captions []string
	credits  []string
	bullets  []string
}

var cms11cCases = []cms11cCase{
	{cmsCase: cmsCase{file: "cms11c-uk-public.html", headline: "Tidal lagoon plan for Swansea Bay revived",
		authors: []string{"Gethin Pryce-Llewellyn"}, published: "2024-03-05",
		body:   []string{"Plans for a tidal lagoon in Swansea Bay have been revived", "enough electricity for about 60,000 homes", "about £420m", "We have learned from last time", "too small to matter", "planning application by the end of next year"},
		chrome: []string{"Let us know you agree", "Image source", "Image caption", "Media caption", "How a tidal lagoon makes electricity", "Play video", "More on this story", "Tidal lagoon rejected by government", "Related topics", "Offshore wind port", "Top stories", "Most read", "M4 closed", "Copyright ©", "Chancellor sets out Budget", "environment correspondent", "Published"}},
		dateline: "-",
		captions: []string{"The original lagoon would have enclosed most of Swansea Bay", "An artist's impression of the smaller lagoon"},
		credits:  []string{"Getty Images", "Swansea Bay Energy Partnership"}},
	{cmsCase: cmsCase{file: "cms11c-uk-commercial.html", headline: "Ambulance handover delays cost 'a million hours' last winter, figures show",
		authors: []string{"Dominic Astley-Frere"}, published: "2024-03-05",
		body:   []string{"lost more than a million hours waiting", "about 88,000 patients waited", "Behind every one of these numbers", "opened 900 extra beds", "handover times last month", "permanent winter crisis", "legal limit of 30 minutes"},
		chrome: []string{"Please use Chrome browser", "We sit outside for hours", "Read more from Skyline News", "NHS waiting list falls", "Listen to the Daily podcast", "Advertisement", "Related Topics", "Care home fees", "Most Popular", "All rights reserved", "We and our partners", "Budget 2024 live", "Share this article", "health correspondent", "@dastleyfrere", "Pic:"}},
		dateline: "-",
		captions: []string{"Ambulances queue outside the emergency department", "A paramedic restocks her vehicle"},
		credits:  []string{"PA", "Reuters"}},
	{cmsCase: cmsCase{file: "cms11c-de-zweites.html", headline: "Bund gibt Ländern mehr Geld für Deiche",
		authors: []string{"Katharina Wendeborn"}, published: "2024-03-05",
		body:   []string{"zusätzlich 1,4 Milliarden Euro", "eine Verdreifachung verlangt", "Das Geld reicht für die dringendsten Baustellen", "mehr Flächen an Flüssen zurückzugeben", "Der Bundestag muss dem noch zustimmen"},
		chrome: []string{"Datum:", "1:47 min", "stärker unter die Arme greifen", "Mehr zum Hochwasser", "Hochwasser richtete Schäden", "Jan Oldehus", "Quelle:", "Nachrichten-Newsletter", "GDL kündigt", "Impressum", "Cookies", "Haushaltsstreit", "Teilen"}},
		dateline: "-",
		captions: []string{"Helfer verstärken im Januar einen Deich", "Überflutete Wiesen an der Aller"},
		credits:  []string{"dpa", "Imago/Christian Stöhrmann"}},
	{cmsCase: cmsCase{file: "cms11c-at-public.html", headline: "Brenner: Lkw-Blockabfertigung wird ausgeweitet",
		wrong: map[string]string{
			"authors": "the closing \"tirol.ORS.at/Agenturen\" line (the site and its agencies) yields \"Agenturen\"; taking the plural 'agencies' as a placeholder lets the site name and picture credits win instead",
		},
		published: "2024-03-05",
		body:      []string{"Bisher hatte das Land die Dosierung", "das ist nicht verhandelbar", "die Klage gegen Österreich", "ein digitales Buchungssystem", "am 2. April in Kraft treten"},
		chrome:    []string{"Audio: Blockabfertigung", "Mittagsjournal", "Publiziert am", "Mehr aus Tirol", "Wohnbauförderung", "Impressum", "Lawinengefahr", "Innsbruck 9", "ORS.at/Agenturen", "Land Tirol – Verkehr", "Wir und unsere Partner", "APA/Expa"}},
		dateline: "-",
		captions: []string{"Lkw-Kolonne auf der Inntalautobahn bei Kufstein", "Ein Polizist regelt an der Dosierstelle"},
		credits:  []string{"APA/Expa/Johann Groder", "ORS/Verena Kirchmair"}},
	{cmsCase: cmsCase{file: "cms11c-ch-public.html", headline: "Bund verlängert Vertrag für Reservekraftwerk in Birr",
		wrong: map[string]string{
			"body": "the programme reference line closing the story (\"Radio SRG 1, Rendez-vous, 05.03.2024, 12:30 Uhr ;\") stays: no general form tells it from a short sentence",
		},
		authors: []string{"Lukas Zimmerli-Gasser"}, published: "2024-03-05",
		body:   []string{"Der Bundesrat hat den Vertrag mit dem Betreiber", "Eingesetzt werden musste es bisher nie", "rund 470 Millionen Franken", "Birr hat seinen Beitrag geleistet", "mit erneuerbarem Gas betrieben werden"},
		chrome: []string{"Laufzeit 2 Minuten", "aus Rendez-vous vom", "Weiterbetrieb umstritten", "Mehr zum Thema", "Winterreserve: Bund setzt", "Radio SRG 1", "Diskutieren Sie mit", "470 Millionen für ein Kraftwerk", "Meistgelesen", "Impressum", "Diese Website verwendet Cookies", "Bundeshausredaktion", "Aktualisiert um", "Keystone/"}},
		dateline: "-",
		captions: []string{"Die acht Gasturbinen in Birr können im Notfall"},
		credits:  []string{"Keystone/Michael Buholzer"}},
	{cmsCase: cmsCase{file: "cms11c-nl-public.html", headline: "Waterschappen willen boeren betalen voor natte weilanden",
		published: "2024-03-05",
		body:      []string{"De waterschappen willen dat boeren in veenweidegebieden", "elk jaar een centimeter zakt", "Je kunt niet van een boer vragen", "LTO Noord reageert voorzichtig", "met belangstelling"},
		chrome:    []string{"Zo zakt de bodem", "ging langs bij een melkveehouder", "Lees ook", "Bodemdaling kost gemeenten", "Deel artikel", "Onderwerpen", "Laatste nieuws", "Treinverkeer rond Utrecht", "Meest gelezen", "cookies", "Aangepast"}},
		dateline: "-",
		captions: []string{"Een weiland in het veenweidegebied bij Gouda", "Met stuwen kan het waterpeil in de sloten"},
		credits:  []string{"ANP", "NOZ"}},
	{cmsCase: cmsCase{file: "cms11c-se-public.html", headline: "Färjetrafiken till Gotland ställs in – storm väntas",
		authors: []string{"Elin Gustavsson Berg", "Jonatan Hedlund"}, published: "2024-03-05",
		body:   []string{"Det var på tisdagseftermiddagen som rederiet", "Vi tar inga risker med passagerarnas säkerhet", "Region Gotland uppmanar alla", "Swedavia räknar med förseningar", "besked ges först på onsdag kväll"},
		chrome: []string{"Se inslaget", "Meteorologen Sara Lindkvist", "Läs mer", "Orange varning för hela", "Mer från SVR Öst", "Brand i flerfamiljshus", "Mest läst", "Ansvarig utgivare", "kakor", "Publicerad", "Uppdaterad", "Stormen Ylva", "Foto:"}},
		dateline: "-",
		captions: []string{"Gotlandsfärjan i Visby hamn", "Terminalen i Nynäshamn var nästan tom"},
		credits:  []string{"Karl Melander/TT", "Jonatan Hedlund/SVR"}},
	{cmsCase: cmsCase{file: "cms11c-fr-public.html", headline: "Sécheresse : les Pyrénées-Orientales prolongent les restrictions d'eau jusqu'en juin",
		authors: []string{"Clémence Aubrac-Vidal"}, published: "2024-03-05",
		body:   []string{"Les restrictions d'eau resteront en vigueur", "à un niveau historiquement bas", "systèmes de goutte-à-goutte", "une situation que nous n'avons jamais connue", "Port-Barcarès"},
		chrome: []string{"Écoutez", "Le reportage de France Bleue", "À lire aussi", "CARTE. Sécheresse", "Temps de lecture", "Article rédigé par", "Partager", "Newsletter", "La Catalogne déclare", "Les plus lus", "Tous droits réservés", "Avec votre accord", "Assemblée nationale", "Publié le", "HANS LUCAS"}},
		dateline: "-",
		captions: []string{"Le lac de Vinça, à sec, le 28 février 2024.", "Des vignes près de Tautavel"},
		credits:  []string{"JEAN-CHRISTOPHE MILHET / HANS LUCAS / AFP", "CLÉMENCE AUBRAC-VIDAL / RADIO FRANCE"}},
	{cmsCase: cmsCase{file: "cms11c-it-public.html", headline: "Frana sulla statale 36, Valchiavenna isolata: riapertura non prima di aprile",
		authors: []string{"Martina Colombo Sertori"}, published: "2024-03-05",
		body:   []string{"Una frana di circa 20mila metri cubi di roccia", "sulla strada non transitavano veicoli", "Riaprire prima di aprile è impossibile", "tempi di percorrenza raddoppiati", "ha chiesto lo stato di emergenza"},
		chrome: []string{"Il servizio del TGR", "dall'elicottero dei vigili del fuoco", "Leggi anche", "Maltempo, frane in Valtellina", "Argomenti", "Potrebbe interessarti", "Neve sulle Alpi", "I più letti", "tutti i diritti riservati", "cookie", "Borsa: Milano", "Condividi", "(foto"}},
		dateline: "-",
		captions: []string{"Massi sulla carreggiata della statale 36", "Auto in coda sulla provinciale deviata"},
		credits:  []string{"Vigili del fuoco", "Ansa"}},
	{cmsCase: cmsCase{file: "cms11c-es-public.html", headline: "Renfe recupera los trenes de cercanías entre Málaga y Fuengirola tras el temporal",
		wrong: map[string]string{
			"authors": "the \"RTVA.es / Agencias\" pseudo-byline yields \"Agencias\" (as at-public: a placeholder rule lets the picture credits win)",
		},
		published: "2024-03-05",
		body:      []string{"Los trenes de cercanías vuelven a circular", "unos 300 metros de terraplén", "Hemos priorizado la línea C1", "40.000 viajeros al día", "autobuses de refuerzo en hora punta"},
		chrome:    []string{"Escucha:", "Noticias relacionadas", "El temporal deja 200", "Temas:", "Más noticias", "El aeropuerto de Málaga", "Lo más visto", "Todos los derechos reservados", "Utilizamos cookies", "El Congreso vota", "Compartir", "Actualizado", "Agencias", "EUROPA PRESS"}},
		dateline: "-",
		captions: []string{"Un tren de cercanías en la estación de Torremolinos", "Operarios de Adif trabajan en el terraplén"},
		credits:  []string{"EUROPA PRESS", "ADIF"},
		bullets:  []string{"La circulación se restablece tras cinco días", "Adif ha reparado 300 metros de terraplén"}},
	{cmsCase: cmsCase{file: "cms11c-ca-public.html", headline: "Halifax ferry fares to rise for first time in a decade",
		authors: []string{"Shauna MacIsaac-Doucette"}, published: "2024-03-05",
		body:   []string{"Riding the Halifax ferry will cost more this summer", "raise the adult fare for buses and ferries to $3", "four new electric ferries", "Nobody likes to vote for a fare increase", "until buses run on time", "Monthly passes will rise by $6"},
		chrome: []string{"WATCH |", "Riders say buses are late", "fed up with late and crowded", "MORE TOP STORIES", "Halifax schools closed", "Corrections and clarifications", "ABOUT THE AUTHOR", "You can reach her", "Fix the schedules first", "Popular Now", "All rights reserved", "We use cookies", "Social Sharing", "Halifax -2°C", "Duration", "Regional council voted 11-5 on Tuesday to raise bus"}},
		dateline: "-",
		captions: []string{"The Woodside ferry crosses Halifax Harbour"},
		credits:  []string{"Brent Lowther-Hayes/CBR"}},
	{cmsCase: cmsCase{file: "cms11c-au-public.html", headline: "Murray cod numbers rebound after fish kills, survey finds",
		authors: []string{"Bridie Calloway-Nunn"}, published: "2024-03-05",
		body:   []string{"Young Murray cod are back in the Darling River", "60 sites between Bourke and Wentworth", "We were catching fish at sites", "three wet years had given the river", "It only takes one dry summer", "will be released in June"},
		chrome: []string{"Key points", "Read more:", "Millions of fish dead", "Listen: Fish are back", "4m 12s", "Related stories", "Darling River flows reach", "Topics", "Top Stories", "RBA leaves rates", "acknowledge Aboriginal", "We use cookies", "Posted", "Supplied:"}},
		dateline: "-",
		captions: []string{"Fisheries scientist Hamish Toohey-Grant with a juvenile Murray cod", "Main Weir on the Darling River near Menindee"},
		credits:  []string{"ABN Western Plains: Bridie Calloway-Nunn", "Supplied: NSW Fisheries"},
		bullets:  []string{"three times more juvenile cod", "higher river flows after three wet years", "lost in the next drought"}},
	{cmsCase: cmsCase{file: "cms11c-jp-public.html", headline: "北陸新幹線 敦賀延伸区間で試運転始まる 3月16日開業へ",
		published: "2024-03-05",
		body:      []string{"北陸新幹線の金沢・敦賀間の延伸開業を前に", "今月16日に金沢から福井県の敦賀まで", "1番列車となる", "最速で2時間51分", "乗り換えの負担を感じさせない工夫"},
		chrome:    []string{"動画再生", "1分32秒", "関連ニュース", "延伸開業まで2週間", "アクセスランキング", "関東で春の嵐", "受信料", "クッキー", "シェアする", "2024年3月5日"}},
		captions: []string{"試運転の列車が到着した敦賀駅のホーム"}},
	{cmsCase: cmsCase{file: "cms11c-us-radio.html", headline: "Why some towns are turning off their streetlights",
		authors: []string{"Noelle Barrington-Shaw"}, published: "2024-03-05",
		body:   []string{"When the electric bill for the town of Barnet", "about 40 of the town's 110 streetlights", "People were nervous at first", "at least a dozen small towns", "artificial light at night disrupts", "put a few lights back"},
		chrome: []string{"Listen", "3:54", "Download", "Embed", "hide caption", "toggle caption", "NPB thanks our sponsors", "Related story", "New England electricity rates", "Heard on", "Up First newsletter", "Heat pumps outsold", "Popular on", "All rights reserved", "tracking and storage", "Copyright 2024 Vermont Public", "Image credit"}},
		dateline: "-",
		captions: []string{"A streetlight on Main Street in Barnet", "Amateur astronomers say darker skies"},
		credits:  []string{"Noelle Barrington-Shaw/NPB", "Courtesy of Caledonia Astronomy Club"}},
	{cmsCase: cmsCase{file: "cms11c-kr-public.html", headline: "제주 해상 풍력단지 착공…2028년 15만 가구에 전력 공급",
		authors: []string{"고은비"}, published: "2024-03-05",
		body:   []string{"제주 서쪽 바다에 국내 최대 규모의", "대형 바지선이 떠 있습니다", "발전기 18기", "2028년 상반기 상업 운전", "피해 보상 협의를 올해 안에"},
		chrome: []string{"촬영기자", "무단 전재", "기사 모음", "한라산 탐방", "좋아요", "많이 본 뉴스", "황사 특보", "쿠키", "기준금리", "입력", "02:01"}},
		captions: []string{"제주 한림읍 앞바다의 해상 풍력단지 공사 현장"}},
}

// TestCMS11cms11c extracts each broadcaster page and checks every field.
func TestCMS11cms11c(t *testing.T) {
	for _, c := range cms11cCases {
		t.Run(strings.TrimSuffix(c.file, ".html"), func(t *testing.T) {
			a := extractCMSPage(t, c.file, cmsFetched)
			check := cmsChecker(t, c.wrong)
			c.checkHead(check, a)
			var lacks []string
			for _, want := range c.body {
				if !strings.Contains(a.Body, want) {
					lacks = append(lacks, want)
				}
			}
			check("kept", len(lacks) == 0, "body lacks %q", lacks)
			var bad []string
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
				caps = append(caps, im.Caption)
				creds = append(creds, im.Credit)
			}
			if c.captions != nil {
				check("captions", cms10aAllIn(c.captions, caps), "captions = %q, want %q", caps, c.captions)
			}
			if c.credits != nil {
				check("credits", cms10aAllIn(c.credits, creds), "credits = %q, want %q", creds, c.credits)
			}
			if c.bullets != nil {
				check("bullets", len(a.Bullets) == len(c.bullets) && cms10aAllIn(c.bullets, a.Bullets), "bullets = %q, want %q", a.Bullets, c.bullets)
			}
			if t.Failed() {
				t.Logf("body:\n%s", a.Body)
			}
		})
	}
}

package extract

import (
	"strings"
	"testing"
)

// cms11aCase is a whole invented page of a site carrying news-agency
// copy: a news portal, a start page, a regional paper's national or wire
// section, a broadcaster's site, an agency's own site. Each page keeps
// the agency's conventions as carriers print them (AP's "By NAME
// Associated Press" and "(AP Photo/Name)", Reuters' "(Reuters) -" and
// "REUTERS/Name", PA's "(Name/PA)", AFP's "© Name / AFP" and desk
// initials, dpa's "Foto: Name/dpa" and "dpa-infocom" line, Yonhap's
// "(서울=연합뉴스) 이름 기자 =", Kyodo's 【…共同】, Lusa's "Lusa/Fim")
// among the carrier's own chrome, and every field is checked at once.
// dateline "-" wants none; captions, credits and bullets are checked
// when set (each want contained in some item; bullets as many).
type cms11aCase struct {
	cmsCase
	dateline string
	captions []string
	credits  []string
	bullets  []string
}

var cms11aCases = []cms11aCase{
	{cmsCase: cmsCase{file: "cms11a-us-portal-ap.html", headline: "Fed officials signal patience on rate cuts as hiring cools",
		authors: []string{"Hollis Granger"}, published: "2024-03-05",
		body:   []string{"WASHINGTON (AP) — Two Federal Reserve officials", "a chorus of caution", "We have the luxury of being patient", "8.6 million open jobs", "Most economists expect the Fed", "before the Senate Banking Committee on Thursday."},
		chrome: []string{"___", "contributed to this report", "Copyright 2024 The Associated Press", "AP Economics Writer", "RELATED:", "Mortgage rates dip", "Advertisement", "More from Associated Press", "Trending Now", "Retail sales slump", "Waiting is easy", "Sign in", "4 min read", "S&P 500", "Zephyr Media", "AP Photo", "Federal Reserve Board building is seen"}},
		dateline: "WASHINGTON",
		captions: []string{"The Federal Reserve Board building is seen in Washington on Feb. 27, 2024.", "A hiring sign is displayed at a grocery store"},
		credits:  []string{"AP Photo/Lorena Whitcombe", "AP Photo/Nam Y. Huh"}},
	{cmsCase: cmsCase{file: "cms11a-us-msn-reuters.html", headline: "Shipping giant Norvik to cut 4,000 jobs as freight rates slide",
		authors: []string{"Signe Holmgaard"}, published: "2024-03-05",
		body:   []string{"COPENHAGEN, March 5 (Reuters) - Danish shipping group Norvik", "one in seven of the world's seaborne containers", "The market is normalising faster", "fell 3.2% in early Copenhagen trading", "between $1 billion and $4 billion this year"},
		chrome: []string{"Reporting by", "Our Standards", "Trust Principles", "Was this article helpful", "More from Reuters", "Oil edges up", "Trending now", "Story by", "2 min read", "Follow", "Horizon Digital", "REUTERS/", "FILE PHOTO"}},
		dateline: "COPENHAGEN",
		captions: []string{"Containers are stacked at the Norvik terminal"},
		credits:  []string{"REUTERS/Mikkel Brandstrup"}},
	{cmsCase: cmsCase{file: "cms11a-uk-pa-regional.html", headline: "Chancellor to extend fuel duty freeze for another year",
		authors: []string{"Priya Castellane"}, published: "2024-03-05",
		body:   []string{"The freeze on fuel duty will be extended", "52.95p a litre", "keep costs down for families", "The RAC welcomed the decision", "at 12.30pm on Wednesday."},
		chrome: []string{"PA Political Correspondent", "Advertisement", "Topics:", "Get the latest news", "More from National News", "NHS waiting list", "Eleanor Haddow", "DorsetDave", "Most Read", "Poole Harbour", "Editors' Code", "All rights reserved", "We value your privacy", "A303", "Stefan Rousseau", "Published:"}},
		dateline: "-",
		captions: []string{"The Chancellor is expected to confirm the freeze", "Duty on petrol and diesel has been frozen since 2011"},
		credits:  []string{"Stefan Rousseau/PA", "Jacob King/PA"}},
	{cmsCase: cmsCase{file: "cms11a-au-aap-portal.html", headline: "Reserve Bank holds cash rate at 4.35 per cent",
		authors: []string{"Tess Bannerman"}, published: "2024-03-05",
		body:   []string{"The Reserve Bank has left the cash rate on hold", "widely expected by economists", "remains uncertain", "4.1 per cent in the December quarter", "the second under the bank's new meeting schedule."},
		chrome: []string{"Australian Associated Press", "ADVERTISEMENT", "READ MORE", "Home values hit fresh record", "Related Stories", "Traders push back", "Poppy Ashworth", "Most Popular", "Heatwave warning", "Traditional Custodians", "All rights reserved", "AAP PHOTOS", "Sydney 26°"}},
		dateline: "-",
		captions: []string{"The Reserve Bank has kept interest rates on hold for a third straight meeting.", "Treasurer Jim Calloway said"},
		credits:  []string{"Bianca De Marchi/AAP PHOTOS", "Mick Tsikas/AAP PHOTOS"}},
	{cmsCase: cmsCase{file: "cms11a-ca-cp-broadcaster.html", headline: "Ottawa to spend $1.2B on new housing for military members",
		authors: []string{"Gabrielle Thibodeau-Lunn"}, published: "2024-03-05",
		body:   []string{"OTTAWA — The federal government will spend $1.2 billion", "Petawawa, Ont., Esquimalt, B.C.", "Our members should not have to choose", "more than 6,000 names", "ready for occupancy in 2026."},
		chrome: []string{"This report by The Canadian Press", "ADVERTISEMENT", "Tags:", "Related Posts", "NATO spending target", "Latest News", "Snowfall warning", "NorthStar Broadcasting", "uses cookies", "ON AIR NOW", "THE CANADIAN PRESS/", "Last Updated"}},
		dateline: "OTTAWA",
		captions: []string{"Defence Minister Bill Sandhu rises during question period"},
		credits:  []string{"THE CANADIAN PRESS/Sean Delacourt"}},
	{cmsCase: cmsCase{file: "cms11a-de-portal-dpa.html", headline: "Bahn-Streik: Lokführer legen Güterverkehr ab Mittwoch lahm",
		authors: []string{"Anja Reinhold"}, published: "2024-03-05",
		body:   []string{"Berlin (dpa) - Die Lokführergewerkschaft GDL", "Der Streik soll 35 Stunden dauern.", "Die Bahn hat uns keine andere Wahl gelassen", "nur etwa jeder fünfte Zug fahren", "Die Zugbindung ist aufgehoben."},
		chrome: []string{"dpa-infocom", "Von Anja Reinhold", "Quelle: dpa", "Lesezeit", "Anzeige", "Lesen Sie auch", "Deutschlandticket", "Themen:", "Mehr zum Thema", "Gericht weist Eilantrag", "Meistgelesen", "Sturmtief", "Alle Rechte vorbehalten", "Cookies", "Eilmeldung", "Foto:", "Ein Stellwerk der Bahn"}},
		dateline: "Berlin",
		captions: []string{"Ein Stellwerk der Bahn in Köln", "GDL-Chef Carsten Wellmann bei einer Kundgebung"},
		credits:  []string{"Oliver Bergmann-Kress/dpa", "Arne Dedert-Voss/dpa"}},
	{cmsCase: cmsCase{file: "cms11a-ch-sda-portal.html", headline: "Nationalrat lehnt höhere Bahnbillette für Pendler ab",
		wrong: map[string]string{
			"authors": "the agency's name alone in a span beside the time (no label, no 'By', a class naming no author): no rule reads an unlabelled agency line as the byline",
		},
		authors: []string{"Keystone-SDA"}, published: "2024-03-05",
		body:   []string{"Mit 132 zu 58 Stimmen", "Wer täglich pendle", "Die Nutzerinnen und Nutzer müssen einen fairen Anteil bezahlen", "Verkehrsminister Albert Rösti", "in der Sommersession erneut beraten."},
		chrome: []string{"automatisch von der Nachrichtenagentur", "Werbung", "Das könnte dich auch interessieren", "SBB baut Angebot", "Neuste Artikel", "Lawinengefahr", "Alpenblick Media", "Cookies", "Bild:", "KEYSTONE", "(Archivbild)"}},
		dateline: "-",
		captions: []string{"Der Nationalrat hat am Dienstag über die Preise im öffentlichen Verkehr debattiert."},
		credits:  []string{"KEYSTONE/Anthony Anex-Burri"}},
	{cmsCase: cmsCase{file: "cms11a-es-efe-own.html", headline: "La UE pacta limitar las emisiones de los camiones un 90 % para 2040",
		authors: []string{"Lucía Montalbán Ríos"}, published: "2024-03-05",
		body:   []string{"Bruselas (EFE).- Los negociadores del Consejo", "objetivos intermedios del 45 %", "Es un paso decisivo para descarbonizar", "puntos de recarga para vehículos pesados", "antes de entrar en vigor."},
		chrome: []string{"Agencia EFE", "Publicidad", "Lea también", "Alemania pide revisar", "Etiquetas", "Noticias relacionadas", "Eurocámara aprueba nuevas cuotas", "Última hora", "Cataluña relaja", "redistribución", "Utilizamos cookies", "EFE/Javier", "Varios camiones circulan"}},
		dateline: "Bruselas",
		captions: []string{"Varios camiones circulan por una autopista cerca de Zaragoza"},
		credits:  []string{"EFE/Javier Cebollada Ruiz"}},
	{cmsCase: cmsCase{file: "cms11a-es-europapress-regional.html", headline: "El Gobierno aprueba 2.000 plazas más de médicos residentes",
		wrong: map[string]string{
			"authors": "the photographer in the lead picture's credit span (span.autor-foto, 'autor' a byline word) wins over the agency in the firma's span.autor",
			"body":    "the 'Temas:' link line stays in the text",
		},
		authors: []string{"Europa Press"}, published: "2024-03-05",
		body:   []string{"El Consejo de Ministros ha aprobado este martes", "Medicina Familiar y Comunitaria", "Necesitamos más especialistas en atención primaria", "Los sindicatos médicos han valorado", "en 28 ciudades de toda España."},
		chrome: []string{"Publicidad", "Relacionado:", "Las listas de espera", "Temas:", "Te puede interesar", "Valdecilla amplía", "Ana Villegas", "Laredano", "Lo más leído", "El Racing cae", "Todos los derechos reservados", "cookies", "Martes, 5 de marzo de 2024", "ROBERTO ALMAGRO", "Varios médicos residentes en el Hospital"}},
		dateline: "Madrid",
		captions: []string{"Varios médicos residentes en el Hospital Universitario Marqués de Valdecilla."},
		credits:  []string{"EUROPA PRESS/ROBERTO ALMAGRO"}},
	{cmsCase: cmsCase{file: "cms11a-it-ansa-own.html", headline: "Istat, la disoccupazione scende al 7,2% a gennaio",
		authors: []string{"Redazione Penisola"}, published: "2024-03-05",
		body:   []string{"(ANSA) - ROMA, 05 MAR - A gennaio il tasso di disoccupazione", "Il tasso di disoccupazione giovanile", "Su base annua gli occupati crescono", "Dati che confermano la solidità", "in aumento di 0,1 punti. (ANSA)."},
		chrome: []string{"RIPRODUZIONE RISERVATA", "Pubblicità", "LEGGI ANCHE", "Pil, l'Istat conferma", "Argomenti", "Ultime notizie Economia", "Borsa: Milano apre", "I più letti", "Neve sugli Appennini", "Tutti i diritti riservati", "cookie", "Ultima ora", "Maltempo", "Un centro per l'impiego"}},
		dateline: "ROMA",
		captions: []string{"Un centro per l'impiego a Milano"},
		credits:  []string{"ANSA"}},
	{cmsCase: cmsCase{file: "cms11a-fr-afp-portal.html", headline: "Agriculteurs : le gouvernement présente son projet de loi d'orientation",
		authors: []string{"Claire DUVERNOY-MASSE"}, published: "2024-03-05",
		body:   []string{"Paris (AFP) - Le gouvernement a présenté mardi", "intérêt général majeur", "C'est une loi de reconquête", "Le syndicat majoritaire a salué", "à partir de mai."},
		chrome: []string{"cdm/ab/swi", "© 2024 AFP", "Publicité", "Lire aussi", "Salon de l'agriculture", "Sur le même sujet", "Prix du lait", "Les plus lus", "Tempête", "Tous droits réservés", "cookies", "Publié le", "Des agriculteurs manifestent", "Paris 11°"}},
		dateline: "Paris",
		captions: []string{"Des agriculteurs manifestent avec leurs tracteurs près de Toulouse"},
		credits:  []string{"Valentine CHAPUIS-DORE / AFP"}},
	{cmsCase: cmsCase{file: "cms11a-ko-yonhap.html", headline: `한은, 기준금리 3.50% 동결…"물가 둔화 확신 부족"`,
		wrong: map[string]string{
			"credits": "a Yonhap caption opens with the wire's own '(서울=연합뉴스) 이름 기자 =' form; the photographer there is not read as the credit",
		},
		authors: []string{"김민준"}, published: "2024-03-05",
		body:   []string{"한국은행 금융통화위원회가 5일 기준금리를 연 3.50%로 또 동결했다.", "9회 연속 같은 수준을", "확신을 갖기에는 아직 이르다", "시장에서는 미국 연방준비제도", "데이터를 보고 판단하겠다"},
		chrome: []string{"송고", "minjun@", "저작권자", "광고", "관련 기사", "소비자물가 3%대", "키워드", "좋아요", "많이 본 뉴스", "전공의", "All rights reserved", "쿠키", "[속보]", "구독", "의사봉을 두드리고"}},
		dateline: "서울",
		captions: []string{"이창호 한국은행 총재가 5일 서울 중구 한국은행에서"},
		credits:  []string{"최현우"}},
	{cmsCase: cmsCase{file: "cms11a-en-xinhua-own.html", headline: "China sets 2024 GDP growth target at around 5 pct",
		wrong: map[string]string{
			"captions": "a picture in <p align=center> and its caption in the next <p class=pictext>: 'pictext' is no caption class of the lexicon, and one CMS family's name for it",
			"credits":  "see captions: the '(Xinhua/Name)' credits are never read, the pictures are dropped",
		},
		authors: []string{"Xinhua"}, published: "2024-03-05",
		body:   []string{"BEIJING, March 5 (Xinhua) -- China has set its economic growth target", "over 12 million new urban jobs", "The consumer price index is projected", "ultra-long special treasury bonds", "the country's growth potential, the report noted."},
		chrome: []string{"Editor:", "Liu Mingxia", "Wu Tianyi", "Source: Xinhua", "Font size", "Share:", "Related:", "top political advisory body", "Most Popular", "Spring sowing", "All rights reserved", "Deputies attend the opening meeting", "Xinhua/Yue"}},
		dateline: "BEIJING",
		captions: []string{"Deputies attend the opening meeting of the second session", "Journalists work at the press center"},
		credits:  []string{"Xinhua/Yue Yuewei-Han", "Xinhua/Shen Hongbing"}},
	{cmsCase: cmsCase{file: "cms11a-ja-kyodo-regional.html", headline: "米大統領、対日関税の引き下げ検討を表明 首脳会談で",
		wrong: map[string]string{
			"authors": "the agency (共同通信) alone in a span beside the time, no label: no rule reads it as the byline",
		},
		authors: []string{"共同通信"}, published: "2024-03-05",
		body:   []string{"【ワシントン共同】米大統領は4日", "公正な貿易関係を築きたい", "サプライチェーン強化でも協力する", "事務レベルの協議を月内にも", "約200品目に追加関税を課していた。"},
		chrome: []string{"無断転載", "3月5日 10:40更新", "広告", "関連記事", "日米首脳会談へ調整", "アクセスランキング", "札幌で大雪", "最新ニュース", "東証、午前終値", "クッキー", "All rights reserved", "ログイン", "共同記者会見に臨む"}},
		dateline: "ワシントン",
		captions: []string{"共同記者会見に臨む米大統領（右）と日本の首相"},
		credits:  []string{"共同"}},
	{cmsCase: cmsCase{file: "cms11a-pt-lusa-portal.html", headline: "Governo aprova aumento de 15% nas pensões mínimas a partir de julho",
		authors: []string{"Lusa"}, published: "2024-03-05",
		body:   []string{"Lisboa, 05 mar 2024 (Lusa) - O Conselho de Ministros aprovou hoje", "custo anual de 420 milhões de euros", "Estamos a falar das pessoas que mais sofreram", "acusou o Governo de eleitoralismo", "promulgação pelo Presidente da República."},
		chrome: []string{"RVM // JMR", "Lusa/Fim", "Publicidade", "Leia também", "Inflação abranda", "Tags:", "Artigos relacionados", "Salário mínimo sobe", "Mais lidas", "Chuva forte", "Todos os direitos reservados", "cookies", "Última Hora", "Incêndio em Sintra", "COTRIM-FARIA"}},
		dateline: "Lisboa",
		captions: []string{"A ministra do Trabalho, Rosa Valente Mota, durante a conferência de imprensa"},
		credits:  []string{"ANTÓNIO COTRIM-FARIA/LUSA"}},
	{cmsCase: cmsCase{file: "cms11a-us-es-ap-broadcaster.html", headline: "México registra récord de remesas en enero",
		authors: []string{"Marisol Quintero Arriaga"}, published: "2024-03-05",
		body:   []string{"CIUDAD DE MÉXICO (AP) — Los mexicanos que viven en el extranjero", "un aumento de 2,3%", "alrededor de 38 millones de personas", "Las remesas siguen siendo un salvavidas", "solo por detrás de la India."},
		chrome: []string{"Copyright 2024 The Associated Press", "Todos los derechos reservados", "Publicidad", "TE PUEDE INTERESAR", "Bajan los cruces", "Más noticias", "El peso mexicano alcanza", "ROSA ELENA", "Lo más visto", "Tormenta invernal", "Usamos cookies", "Publicado:", "Foto AP", "Una mujer cuenta dinero"}},
		dateline: "CIUDAD DE MÉXICO",
		captions: []string{"Una mujer cuenta dinero en una casa de cambio en Ciudad de México"},
		credits:  []string{"Eduardo Verdugo-Lastra"}},
}

// TestCMS11cms11a extracts each wire-copy page and checks every field.
func TestCMS11cms11a(t *testing.T) {
	for _, c := range cms11aCases {
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

package extract

import "testing"

// cms13aCases are whole invented pages whose story opens with a dateline
// in a form of the press family's own (a local TV station's call letters
// as the wire, "NAIROBI, Kenya, Mar 5 –" after a lead picture, an Indian
// paper's "NEW DELHI:" in a text of <br> lines, the Italian "DAL NOSTRO
// INVIATO KIEV —", the Québec papers' "(Québec)", China News Service's
// "中新网北京…电", "BERLIN, 5. März –" in a span, the Japanese "【ワシントン=名前】", a
// place in the byline block before the date, a signature's place, a
// "Reporting from" line), and pages whose opening looks like one and is
// none (a kicker "ANALYSIS —", "UPDATE:" and "Breaking:" leads, an
// interview's "Name:" answers). Every field is checked at once (see
// cmsPage).
var cms13aCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms13a-us-localtv-callsign.html", headline: "Columbus council approves $40 million plan to fix aging water mains",
		authors: []string{"Dana Whitcombe"}, published: "2024-03-05",
		body:   []string{"COLUMBUS, Ohio (WKXO) — Columbus City Council voted 6-1", "broke 212 times last year", "We cannot keep patching", "Brad Kessling", "set to begin in June."},
		chrome: []string{"RELATED:", "Boil advisory lifted", "Advertisement", "Copyright 2024 Nexstar", "Topics:", "Posted:", "Marge Holloway", "Most read", "Snow returns", "WKXO Photo", "Crews repair a broken water main", "uses cookies", "We and our partners"}},
		dateline: "COLUMBUS, Ohio",
		captions: []string{"Crews repair a broken water main on Parsons Avenue in February."},
		credits:  []string{"WKXO Photo/Ray Lindgren"}},
	{cmsCase: cmsCase{file: "cms13a-ke-capital-daily.html", headline: "Treasury seeks Sh80 billion supplementary budget to plug revenue gap",
		authors: []string{"Wanjiru Kamau"}, published: "2024-03-05",
		body:   []string{"NAIROBI, Kenya, Mar 5 – The National Treasury", "Sh112 billion by the end of January", "We have had to reprioritise", "table its report in the House next week.", "fourteen days to debate"},
		chrome: []string{"BREAKING", "MPs reject housing levy", "READ ALSO:", "KRA misses", "Advertisement", "Tags:", "is a business reporter", "Kevo", "Ruto signs", "The National Treasury building in Nairobi."}},
		dateline: "NAIROBI, Kenya",
		captions: []string{"The National Treasury building in Nairobi."}},
	{cmsCase: cmsCase{file: "cms13a-in-br-storytext.html", headline: "SC refuses to stay new rules on online gaming, seeks Centre's reply",
		authors: []string{"Rohit Sharan"}, published: "2024-03-05",
		body:   []string{"NEW DELHI: The Supreme Court on Tuesday", "listed the matter for April 16", "wipe out an industry", "protect young users from addiction", "block any game it deems harmful."},
		chrome: []string{"Also read:", "GST council keeps", "Advertisement", "Topics:", "TNN", "Sanjay K", "Monsoon forecast", "Updated:"}},
		dateline: "NEW DELHI",
		bullets:  []string{"The bench issued notice to the Centre", "The next hearing is on April 16."}},
	{cmsCase: cmsCase{file: "cms13a-it-inviato-daily.html", headline: "Ucraina, la controffensiva di primavera divide gli alleati",
		authors: []string{"Lorenzo Bellandi"}, published: "2024-03-05",
		body:   []string{"DAL NOSTRO INVIATO KIEV — Nelle caserme", "trecentomila proiettili", "Non possiamo aspettare l'estate", "resta bloccato alla Camera", "a Ramstein il 19 marzo."},
		chrome: []string{"LEGGI ANCHE", "Nato, il vertice", "Pubblicità", "RIPRODUZIONE RISERVATA", "gianni_74", "I più letti", "Sanremo", "Soldati ucraini durante"}},
		dateline: "KIEV",
		captions: []string{"Soldati ucraini durante un'esercitazione vicino a Kiev"},
		credits:  []string{"Ansa"}},
	{cmsCase: cmsCase{file: "cms13a-ca-qc-parenthese.html", headline: "Le gouvernement Legault dépose un budget déficitaire de 11 milliards",
		authors: []string{"Marie-Ève Tremblay-Gagnon"}, published: "2024-03-12",
		body:   []string{"(Québec) Le gouvernement du Québec prévoit", "hausses salariales consenties", "Nous avons fait le choix", "bulletin d'échec", "repoussé à 2029-2030."},
		chrome: []string{"À lire aussi", "Entente de principe", "Publicité", "Réjean", "Les plus lus", "Tempête de neige", "Tous droits réservés", "PHOTO JACQUES"}},
		dateline: "Québec",
		captions: []string{"Le ministre des Finances, Éric Girardin, présente son budget"},
		credits:  []string{"JACQUES BOISSINOT, LA PRESSE CANADIENNE"}},
	{cmsCase: cmsCase{file: "cms13a-zh-newsservice.html", headline: "国家统计局：2月份居民消费价格同比上涨0.7%",
		authors: []string{"李晓明"}, published: "2024-03-09",
		body:   []string{"中新网北京3月9日电 (记者 李晓明)国家统计局9日发布数据显示", "城市上涨0.8%", "受春节假日因素影响", "涨幅为近期较高水平", "3月份物价涨幅或将有所回落"},
		chrome: []string{"来源：", "参与互动", "编辑:王芳", "广告", "相关新闻", "网友123", "热点排行", "版权所有"}},
		dateline: "北京"},
	{cmsCase: cmsCase{file: "cms13a-de-wirtschaft-datum.html", headline: "Bundesregierung senkt Wachstumsprognose auf 0,2 Prozent",
		authors: []string{"Jan Hildebrandt", "Katharina Oellers"}, published: "2024-03-05",
		body:   []string{"BERLIN, 5. März – Die Bundesregierung hat", "nur noch ein Plus von 0,2 Prozent", "Wir sind nicht in einer Krise", "Energiepreisen und Bürokratie", "am Donnerstag im Bundestag beraten werden."},
		chrome: []string{"Mehr zum Thema", "Streit um die Schuldenbremse", "Anzeige", "Alle Rechte vorbehalten", "K. Brenner", "Meistgelesen", "Dax schließt", "Startseite"}},
		dateline: "BERLIN"},
	{cmsCase: cmsCase{file: "cms13a-ja-keizai-bracket.html", headline: "米雇用、2月は27万人増 市場予想を上回る",
		wrong: map[string]string{
			"authors": "the reporter after the place in the opening bracket ('【ワシントン=田村健一】') is no byline read: Known limits, 'ロンドン＝山田太郎特派員' credits no one",
			"body":    "the 'キーワード' tag line after the text stays in the text (a label and its topics, no colon: no tail label)",
		},
		authors: []string{"田村健一"}, published: "2024-03-09",
		body:   []string{"【ワシントン=田村健一】米労働省が8日発表した", "市場予想の20万人程度", "平均時給は前年同月比4.3%増", "利下げの時期を慎重に", "19〜20日に開く。"},
		chrome: []string{"更新）", "キーワード", "広告", "関連記事", "投資家A", "アクセスランキング", "春闘"}},
		dateline: "ワシントン",
		captions: []string{"求人の張り紙を掲示する米国の店舗"},
		credits:  []string{"ロイター"}},
	{cmsCase: cmsCase{file: "cms13a-es-firma-lugar.html", headline: "El Gobierno aprueba la ley de vivienda para jóvenes con ayudas de 250 euros",
		authors: []string{"Irene Calvo Sastre"}, published: "2024-03-05",
		body:   []string{"El Consejo de Ministros ha aprobado este martes el proyecto", "durante un máximo de dos años", "Es una ley pensada para que los jóvenes", "tarde y sin presupuesto", "en las próximas semanas."},
		chrome: []string{"Más información", "Los alquileres suben", "Publicidad", "Archivado En", "jmartinez", "Lo más visto", "13:40 CET", "Eduardo Parra"}},
		dateline: "Madrid",
		captions: []string{"La ministra de Vivienda, este martes en La Moncloa."},
		credits:  []string{"Eduardo Parra Salinas (Europa Press)"}},
	{cmsCase: cmsCase{file: "cms13a-br-assinatura-local.html", headline: "Câmara aprova projeto que regulamenta trabalho por aplicativo",
		authors: []string{"Renata Albuquerque"}, published: "2024-03-05",
		body:   []string{"A Câmara dos Deputados aprovou nesta terça-feira (5)", "312 votos a 128", "É um passo histórico", "encarecer as corridas", "no Senado antes de julho."},
		chrome: []string{"Leia também", "Aplicativos registram lucro", "Publicidade", "Marcos S.", "Mais lidas", "Dólar fecha", "Pedro Ladeira"}},
		dateline: "Brasília",
		captions: []string{"Plenário da Câmara dos Deputados durante a votação nesta terça-feira"},
		credits:  []string{"Pedro Ladeira/Folha do Planalto"}},
	{cmsCase: cmsCase{file: "cms13a-us-reporting-from.html", headline: "Ukraine’s Farmers Plant in Fields Still Scarred by Mines",
		authors: []string{"Oksana Derevianko-Holt", "Marcus Feldgate"}, published: "2024-03-05",
		body:   []string{"The tractor moved slowly along the edge", "about one in five farms", "we will wait until 2030", "payments have been slow", "leave the rest fallow."},
		chrome: []string{"Reporting from", "ADVERTISEMENT", "A version of this article appears in print", "is a reporter covering Ukraine", "Russia Presses Attacks", "JL, Boston", "Most read", "Credit...", "A farmer inspected"}},
		dateline: "Kharkiv, Ukraine",
		captions: []string{"A farmer inspected a field near Kharkiv last week."},
		credits:  []string{"Anya Korsun for The Continental Ledger"}},
	{cmsCase: cmsCase{file: "cms13a-us-analysis-kicker.html", headline: "Why the spending deal may not survive the House",
		authors: []string{"Rowan Ellery"}, published: "2024-03-05",
		body:   []string{"The bipartisan spending agreement announced on Sunday night", "At least 30 conservative members", "cost his predecessor the gavel", "Nobody wants a shutdown", "Friday at midnight."},
		chrome: []string{"Senior Political Analyst", "Advertisement", "Filed under:", "Senate passes stopgap", "Pat Gorman", "Most read", "Inside the farm bill"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms13a-uk-regional-update.html", headline: "A36 reopens after lorry fire closed road for six hours",
		authors: []string{"Kirsty Pendlebury"}, published: "2024-03-05",
		body:   []string{"The A36 has now reopened in both directions", "Warminster bypass closed after a lorry caught fire", "called to the scene at about 3pm", "escaped unhurt", "The cause of the fire is not yet known."},
		chrome: []string{"READ MORE:", "A303 roadworks", "Advertisement", "More On", "Senior Reporter", "WiltsMike", "Most read", "New cafe opens"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms13a-de-interview-namen.html", headline: "„Wir brauchen mehr Busse, nicht mehr Parkplätze“",
		authors: []string{"Tobias Kranefeld"}, published: "2024-03-05",
		body:   []string{"Frau Sturmfels, die Stadt will den Autoverkehr halbieren", "Sturmfels: Ja. Andere Städte haben es vorgemacht.", "Bonn: Was sagen die Händler dazu?", "Aber die Kundschaft kommt zu Fuß", "mehr Fahrgäste bekommen."},
		chrome: []string{"Lesezeit", "Anzeige", "Themen:", "Neue Buslinie", "Bonner_Jung", "Meistgelesen", "Karneval"}},
		dateline: "-"},
}

// TestCMS13cms13a extracts each page and checks every field, the
// dateline above all.
func TestCMS13cms13a(t *testing.T) {
	checkCMSPages(t, cms13aCases, cmsFetched)
}

// TestCMS13cms13aForms guards the forms the pages above brought in: the
// Quebec dailies' bracketed place, the Italian correspondent's opener
// and the "Reporting from" line, and what they must not read.
func TestCMS13cms13aForms(t *testing.T) {
	for _, c := range []struct{ par, lang, want string }{
		{"(Québec) Le gouvernement a déposé mardi son budget.", "fr", "Québec"},
		{"(Ottawa) Les députés ont adopté le projet de loi en troisième lecture.", "fr", "Ottawa"},
		{"(Vidéo) Le ministre a présenté son budget mardi.", "fr", ""},
		{"(Québec) le gouvernement a déposé mardi son budget.", "fr", ""},
		{"DALLA NOSTRA INVIATA GERUSALEMME — Le sirene hanno suonato tutta la notte nel sud del Paese.", "it", "GERUSALEMME"},
		{"Dal nostro corrispondente Bruxelles — La Commissione ha presentato il piano sui dazi.", "it", "Bruxelles"},
		{"DAL NOSTRO INVIATO — Le sirene hanno suonato tutta la notte nel sud del Paese.", "it", ""},
	} {
		if got, _, _ := datelineIn(c.par, c.lang); got != c.want {
			t.Errorf("datelineIn(%q) = %q, want %q", c.par, got, c.want)
		}
	}
	for _, c := range []struct{ line, want string }{
		{"Reporting from Washington", "Washington"},
		{"Reporting from Jerusalem and Tel Aviv", "Jerusalem"},
		{"Reporting from the front lines", ""},
		{"Reporting from home during the pandemic, she found new sources.", ""},
	} {
		if got := filingLinePlace(c.line); got != c.want {
			t.Errorf("filingLinePlace(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

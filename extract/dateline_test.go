package extract

import "testing"

// TestWireDateline: the datelines wire services and newspapers open a
// story with, and openings that are no dateline.
func TestWireDateline(t *testing.T) {
	tests := []struct{ par, want string }{
		{"WASHINGTON (AP) — The president said on Tuesday that the talks would go on.", "WASHINGTON"},
		{"KYIV, Ukraine — The president said on Tuesday that the talks would go on.", "KYIV, Ukraine"},
		{"SAN FRANCISCO -- The president said on Tuesday that the talks would go on.", "SAN FRANCISCO"},
		{"LONDON, March 3 (Reuters) - The president said on Tuesday.", "LONDON"},
		{"NEW DELHI: The president said on Tuesday that the talks would go on.", "NEW DELHI"},
		{"FORT WORTH, Texas (AP) — The president said on Tuesday.", "FORT WORTH, Texas"},
		{"ST. LOUIS — The president said on Tuesday that the talks would go on.", "ST. LOUIS"},
		{"PORTLAND, Ore. (AP) — The president said on Tuesday.", "PORTLAND, Ore."},
		{"ISLAMABAD, Pakistan, Nov. 19 (UPI) -- The president said on Tuesday.", "ISLAMABAD, Pakistan"},
		// Title case with a wire's evidence: an agency, a date, a state in capitals.
		{"Beijing, Nov 19 (Reuters) - The president said on Tuesday.", "Beijing"},
		{"Paris (AFP) - The president said on Tuesday that the talks would go on.", "Paris"},
		{"Hong Kong (CNN) — The president said on Tuesday that the talks would go on.", "Hong Kong"},
		{"New York, NY – Research shows that native ads work better.", "New York, NY"},
		{"Washington, DC — The president said on Tuesday that the talks would go on.", "Washington, DC"},
		// A wire's desk in the brackets, and a bracket without a dash after it.
		{"Hong Kong (CNN Business) — Shares fell on Tuesday after the launch.", "Hong Kong"},
		{"Hamburg (dpa/lno) – Der Senat hat am Dienstag den Haushalt beschlossen.", "Hamburg"},
		{"New Delhi, Nov 19 (PTI) The president said on Tuesday that the talks would go on.", "New Delhi"},
		{"Washington (CNN)The president said on Tuesday that the talks would go on.", "Washington"},
		{"MOSCOW, November 19. /TASS/. The president said on Tuesday that the talks would go on.", "MOSCOW"},
		{"МОСКВА, 5 марта. /ТАСС/. Президент заявил во вторник, что переговоры продолжатся.", "МОСКВА"},
		// A script without capitals: the place before a wire's bracket,
		// not a sentence's first words before a dash.
		{"القاهرة (رويترز) - قال الرئيس يوم الثلاثاء إن المحادثات ستستمر.", "القاهرة"},
		{"بيروت (أ ف ب) - قال الرئيس يوم الثلاثاء إن المحادثات ستستمر.", "بيروت"},
		{"قال الرئيس - يوم الثلاثاء إن المحادثات ستستمر لأسبوع آخر على الأقل.", ""},
		// EFE closes its bracket with ".-".
		{"MADRID, 5 mar (EFE).- El presidente dijo el martes que las conversaciones seguirían.", "MADRID"},
		{"Madrid, 5 de marzo (EFE).- El presidente dijo el martes que las conversaciones seguirían.", "Madrid"},
		{"DES MOINES — She is the campaign's answer to the attacks on her character.", "DES MOINES"},
		{"MAR DEL PLATA - The president said on Tuesday that the talks would go on.", "MAR DEL PLATA"},
		{"WASHINGTON ― The president said on Tuesday that the talks would go on.", "WASHINGTON"},
		// an outlet's web address beside the place is no place
		{"JAKARTA, KOMPAS.com - Presiden mengatakan pada hari Selasa bahwa pembicaraan berlanjut.", "JAKARTA"},
		{"TRIBUNNEWS.COM, JAKARTA - Presiden mengatakan pada hari Selasa bahwa pembicaraan berlanjut.", "JAKARTA"},
		{"TRIBUNNEWS.COM - Berikut ini jawaban soal yang dibahas pada hari Selasa.", ""},
		{"London (CNN)It was the interview that some within the palace must have feared -- but the couple spoke.", "London"},
		// a column's meta line of dashed fields with a date
		{"SHOW-MY - Jane Doe (The Star) - November 27, 2020 - 12:00am", ""},
		// an outlet's address is evidence beside a city in capitals only
		{"Meanwhile, Amazon.com – the retailer said on Tuesday that the talks would go on.", ""},
		{"New York (CNN Business)Shares fell on Tuesday after the launch.", "New York"},
		{"WASHINGTON –The president said on Tuesday that the talks would go on.", "WASHINGTON"},
		{"Apple (AAPL)Shares rose three percent on Tuesday after the launch.", ""},
		// Title case without a wire's evidence: a place the gazetteer
		// knows, with a region in brackets; a kicker is none.
		{"Rostow (Russland) - Bei einem Brand in einem Wohnhaus in Russland sind fünf Kinder ums Leben gekommen.", "Rostow (Russland)"},
		{"Karlsruhe – Der Gemeinderat hat am Dienstag den Haushalt für die kommenden beiden Jahre beschlossen.", "Karlsruhe"},
		{"Stärkenorientierte Führung – Wer die Stärken seiner Mitarbeiter kennt, kann sie gezielt einsetzen und fördern.", ""},
		{"Migration – Die Zahl der Anträge ist im vergangenen Jahr deutlich gestiegen, teilte das Amt am Dienstag mit.", ""},
		{"Paris: The president said on Tuesday that the talks would go on for another week at least.", "Paris"},
		{"New Delhi: The president said on Tuesday that the talks would go on for another week at least.", "New Delhi"},
		// before a colon, a kicker or a first name is no place
		{"Brexit: The president said on Tuesday that the talks would go on for another week at least.", ""},
		{"Victoria: Die Prinzessin besuchte am Dienstag die neue Schule und sprach mit den Kindern.", ""},
		// A town's name that is also a first name or an organisation
		// word, alone before a dash, is taken for a kicker.
		{"Victoria – Die Prinzessin besuchte am Dienstag die neue Schule und sprach mit den Kindern.", ""},
		{"Union – Die Fraktion hat am Dienstag den Haushalt für die kommenden beiden Jahre abgelehnt.", ""},
		// No dateline.
		{"(CNN) — The president said on Tuesday that the talks would go on.", ""},
		{"Jerusalem — a city of stone, of light, of arguments — woke early.", ""},
		{"Apple (AAPL) - shares rose three percent on Tuesday after the launch.", ""},
		{"Meanwhile, The president said on Tuesday — without notes — that the talks would go on.", ""},
		{"The president said on Tuesday that the talks would go on.", ""},
		{"Mittwoch, 26.01.2022 - 14:30", ""},
		// an age is no date, and a weekday or month anywhere makes a time
		{"John Smith, 45, told reporters: “We were lucky to get out.”", ""},
		{"On Tuesday, March 3, the council voted - unanimously - to close the pier.", ""},
		{"Last Friday, Oct. 2 — the day of the vote — protesters gathered.", ""},
		{"Dec. 4 — The president said on Tuesday that the talks would go on.", ""},
		{"MONDAY — The president said on Tuesday that the talks would go on.", ""},
		{"UPDATE: The president said on Tuesday that the talks would go on.", ""},
		{"BREAKING NEWS — The president said on Tuesday that the talks would go on.", ""},
		{"EDITOR'S NOTE — This story was first published on Tuesday.", ""},
		{"ANALYSIS — The president said on Tuesday that the talks would go on.", ""},
	}
	for _, tc := range tests {
		if got := wireDateline(tc.par); got != tc.want {
			t.Errorf("wireDateline(%q) = %q, want %q", tc.par, got, tc.want)
		}
	}
}

// TestDatelineAfterLead: a dateline opening a later paragraph, after a
// standfirst, a press release's summary or a wire story's meta lines,
// counts only with a wire's evidence beside the place, or in capitals
// after a short standfirst.
func TestDatelineAfterLead(t *testing.T) {
	lead := "<p>Ferry services to the outer islands will run every day from the spring, the harbour authority announced in a statement.</p>"
	berlin := "<p>BERLIN - The harbour authority said on Tuesday that the new ferry would run every day.</p>"
	// a wire story's date, source and byline lines and its standfirst
	meta := "<p>Lesedauer etwa 4 min. | Text vorlesen</p><p>Das Wichtigste in Kürze.</p><p>Ein Bericht unserer Redaktion.</p>" +
		"<p>Die Fähre nach Grest fährt bald viermal am Tag, und die Inselbewohner freuen sich über die neue Verbindung zum Festland, die sie lange gefordert haben.</p>"
	tests := []struct{ lang, before, later, want string }{
		{"en", lead, "<p>Oslo, 14. Dezember 2021 – The harbour authority said on Tuesday that the new ferry would run every day.</p>", "Oslo"},
		{"en", lead, "<p>New York, NY – The harbour authority said on Tuesday that the new ferry would run every day.</p>", "New York, NY"},
		{"en", lead, "<p>HAMBURG (dpa) - The harbour authority said on Tuesday that the new ferry would run every day.</p>", "HAMBURG"},
		// national agencies in brackets, as their own wires print them
		{"es", lead, "<p>Buenos Aires (Télam) - La autoridad portuaria dijo el martes que el nuevo ferry saldrá todos los días.</p>", "Buenos Aires"},
		{"en", lead, "<p>Belgrade (Tanjug) - The harbour authority said on Tuesday that the new ferry would run every day.</p>", "Belgrade"},
		{"it", lead, "<p>Roma (AGI) - L'autorità portuale ha detto martedì che il nuovo traghetto partirà ogni giorno.</p>", "Roma"},
		{"en", lead, "<p>Budapest (MTI) - The harbour authority said on Tuesday that the new ferry would run every day.</p>", "Budapest"},
		{"en", lead, "<p>Cairo (MENA) - The harbour authority said on Tuesday that the new ferry would run every day.</p>", "Cairo"},
		{"en", lead, "<p>Kuwait City (KUNA) - The harbour authority said on Tuesday that the new ferry would run every day.</p>", "Kuwait City"},
		{"it", lead, "<p>Roma (askanews) - L'autorità portuale ha detto martedì che il nuovo traghetto partirà ogni giorno.</p>", "Roma"},
		// a city in capitals with its state abbreviated, or the outlet's
		// web address beside it
		{"en", lead, "<p>PORTLAND, Ore. - The harbour authority said on Tuesday that the new ferry would run every day.</p>", "PORTLAND, Ore."},
		{"id", lead + "<p>The second paragraph of the lead goes on for a while, as leads do.</p>", "<p>JAKARTA, KOMPAS.com - Otoritas pelabuhan mengatakan pada hari Selasa bahwa kapal feri baru akan berlayar setiap hari.</p>", "JAKARTA"},
		// A capitalised opening and a dash, no wire's evidence: no dateline.
		{"en", lead, "<p>Meanwhile – and this matters – the harbour authority said on Tuesday that the ferry would run.</p>", ""},
		{"en", lead, "<p>Tuesday, 14.12.2021 - 14:30</p>", ""},
		// a speaker's introduction, cut at its colon
		{"en", lead, "<p>Jane Doe, CEO: “The ferry changes everything for us here, and for the island.”</p>", ""},
		// cut at the wire's dashes, not at a later colon
		{"en", lead, "<p>BEIJING, Nov. 19 (Xinhua) -- The harbour authority said: “The ferry will run every day.”</p>", "BEIJING"},
		// After a standfirst of a few short sentences a place in capitals
		// alone opens the story; after a longer lead it needs evidence.
		{"en", "<p>As the ferry returns, so does the debate on the harbour.</p>", berlin, "BERLIN"},
		{"en", "<p>Halloween brings out strange figures. The police warn of a clown. He takes the children's sweets. Detectives think he is in the north.</p>", berlin, "BERLIN"},
		// a short line without a full stop (a subtitle, a date) is set
		// above the story too; a long one is a paragraph of it
		{"en", "<p>A standfirst without a full stop at its end, as a teaser line would be</p>", berlin, "BERLIN"},
		{"en", "<p>A long first paragraph without a full stop at its end that goes on and on about the harbour and the ferry and the island and its people and the council</p>", berlin, ""},
		{"en", lead + "<p>The second paragraph of the lead goes on for a while, as leads do.</p>", berlin, ""},
		// a short line after the dash is a kicker's subheading
		{"en", "<p>As the ferry returns, so does the debate on the harbour.</p>", "<p>CROSSINGS – How the new timetable works</p>", ""},
		// Past the third paragraph only a wire's bracket makes a dateline,
		// after short lines and at most one standfirst.
		{"de", meta, "<p>Berlin/Frankfurt (dpa) - Die Fähre nach Grest fährt ab Dienstag viermal am Tag, teilte die Hafenbehörde mit.</p>", "Berlin/Frankfurt"},
		{"de", meta, "<p>HAMBURG - Die Fähre nach Grest fährt ab Dienstag viermal am Tag, teilte die Hafenbehörde mit.</p>", ""},
		{"de", fcProse(0, 3), "<p>Berlin (dpa) - Die Fähre nach Grest fährt ab Dienstag viermal am Tag, teilte die Hafenbehörde mit.</p>", ""},
	}
	for _, tc := range tests {
		page := fcPage(tc.lang, "<title>Ferry to Grest</title>", "<article><h1>Ferry to Grest</h1>"+tc.before+tc.later+fcProse(3, 3)+"</article>")
		a, err := Extract(Input{HTML: []byte(page), URL: "https://northfield-gazette.example/news/ferry"}, Options{NoQuotes: true})
		if err != nil {
			t.Fatal(err)
		}
		if a.Dateline != tc.want {
			t.Errorf("after %q, paragraph %q: dateline %q, want %q", tc.before, tc.later, a.Dateline, tc.want)
		}
	}
}

// TestFullStopDateline: German local papers close a place in capitals
// with a full stop; other languages' pages do not get that reading.
func TestFullStopDateline(t *testing.T) {
	tests := []struct{ lang, par, want string }{
		{"de", "CALDEN. In Sorge um ihre Arbeitsplätze demonstrierten am Montag etwa 500 Mitarbeiter vor dem Werk am Flughafen.", "CALDEN"},
		{"de", "BAD HERSFELD. In Sorge um ihre Arbeitsplätze demonstrierten am Montag etwa 500 Mitarbeiter vor dem Werk.", "BAD HERSFELD"},
		{"en", "NATO. The alliance said on Tuesday that the talks would go on for another week at least, officials said.", ""},
		{"de", "NASA. Es war kurz.", ""},
		{"de", "DER STURM TRAF DIE INSEL. Die Bewohner mussten am Dienstag ihre Häuser verlassen, teilte die Polizei mit.", ""},
		// Title case: a place the gazetteer knows, not a word that is none.
		{"de", "Berlin. Der Senat hat am Dienstag den Haushalt für die kommenden beiden Jahre beschlossen, wie es hieß.", "Berlin"},
		{"de", "Lüdenscheid/Südwestfalen. Die DGB-Regionen kritisieren in einer gemeinsamen Mitteilung schwere Versäumnisse beim Bau der Brücke über das Tal.", "Lüdenscheid/Südwestfalen"},
		{"de", "Analyse. Der Senat hat am Dienstag den Haushalt für die kommenden beiden Jahre beschlossen, wie es hieß.", ""},
		{"en", "Berlin. The senate passed the budget for the next two years on Tuesday, officials said after the vote.", ""},
	}
	for _, tc := range tests {
		if got, _, _ := datelineIn(tc.par, tc.lang); got != tc.want {
			t.Errorf("datelineIn(%q, %s) = %q, want %q", tc.par, tc.lang, got, tc.want)
		}
	}
}

// TestBylinePlace: the place a byline says its author files from, in the
// languages whose bylines write it after a preposition.
func TestBylinePlace(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Von Jana Müller aus Brüssel", "Brüssel"},
		{"Von Jana Müller aus Bad Homburg | 21.05.2020 17:29", "Bad Homburg"},
		{"Por Ana López desde Madrid, 3 de marzo", "Madrid"},
		// no place: a lower-case word, a category, too long
		{"Von Jana Müller aus gutem Grund", ""},
		{"Posted by admin in Uncategorized", ""},
		{"Von Jana Müller aus Brüssel und aus vielen anderen Städten des Landes", ""},
		// Portuguese "em" as often opens a section: a place only when
		// the gazetteer knows it
		{"Por Redação, em Política Internacional", ""},
		{"Do Jornal, em São Paulo", "São Paulo"},
		{"Por Ana Lopes, em Brasília", "Brasília"},
	}
	for _, tc := range tests {
		if got := vocab().bylinePlace(tc.line); got != tc.want {
			t.Errorf("bylinePlace(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestWireBylinePlace: the place a wire's byline names after the agency
// is the dateline, as the author rules leave it out of the names.
func TestWireBylinePlace(t *testing.T) {
	tests := []struct{ byline, want string }{
		{"Reuters, Washington, Nov 20 2019, 11:06am ist", "Washington"},
		{"PTI, Mumbai", "Mumbai"},
		// another agency, or no wire first: no place
		{"AFP, Reuters", ""},
		{"Jane Doe, Washington", ""},
	}
	for _, tc := range tests {
		page := fcPage("en", "<title>Ferry to Grest</title>", `<article><h1>Ferry to Grest</h1><p class="byline">`+tc.byline+`</p>`+fcProse(0, 4)+"</article>")
		a, err := Extract(Input{HTML: []byte(page), URL: "https://northfield-gazette.example/news/ferry"}, Options{NoQuotes: true})
		if err != nil {
			t.Fatal(err)
		}
		if a.Dateline != tc.want {
			t.Errorf("byline %q: dateline %q, want %q", tc.byline, a.Dateline, tc.want)
		}
	}
}

// TestChineseDateline: the fixed dateline forms of Taiwanese papers, of
// the mainland wires, of Japanese wires and papers and of Korean wires.
func TestChineseDateline(t *testing.T) {
	tests := []struct{ par, want string }{
		{"〔記者王小明／台北報導〕財政部今天下午將公佈統一發票中獎清冊。", "台北"},
		{"【记者 王小明/北京报道】财政部今天公布了数字。", "北京"},
		{"新华社北京4月1日电（记者王小明）财政部今天公布了数字。", "北京"},
		{"中新社香港4月1日電 財政部今天公布了數字。", "香港"},
		{"記者王小明／即時報導〕財政部今天公布。", ""},
		{"〔記者王小明／即時報導〕財政部今天公布。", ""},
		{"財政部今天下午將公佈統一發票中獎清冊。", ""},
		// Japanese wires and papers, Korean wires
		{"【北京共同】中国の新しいフェリーが５日、初めて運航した。", "北京"},
		{"【ワシントン時事】米国の新しいフェリーが５日、初めて運航した。", "ワシントン"},
		{"【ワシントン＝山田太郎】米国の新しいフェリーが５日、初めて運航した。", "ワシントン"},
		{"【速報】新しいフェリーが５日、初めて運航した。", ""},
		{"(서울=연합뉴스) 홍길동 기자 = 새 여객선이 5일 첫 운항을 시작했다.", "서울"},
		{"[부산=뉴시스] 홍길동 기자 = 새 여객선이 5일 첫 운항을 시작했다.", "부산"},
		{"(사진) 새 여객선이 5일 첫 운항을 시작했다.", ""},
	}
	for _, tc := range tests {
		if got := chineseDateline(tc.par); got != tc.want {
			t.Errorf("chineseDateline(%q) = %q, want %q", tc.par, got, tc.want)
		}
	}
}

// TestReporterPlace: the reporter and the place that open an
// Indian-language story, before a colon or the visarga written as one.
func TestReporterPlace(t *testing.T) {
	tests := []struct{ par, want string }{
		{"મહેશ પટેલ, સુરતઃ શહેરમાં આજે સવારથી વરસાદ ચાલુ છે અને લોકો ઘરમાં જ રહ્યા, તંત્રએ ચેતવણી આપી છે કે વધુ વરસાદ પડી શકે છે.", "સુરત"},
		{"रमेश शर्मा, नई दिल्ली: शहर में आज सुबह से ही बारिश हो रही है और लोग अपने घरों में ही रहे, प्रशासन ने चेतावनी जारी की है।", "नई दिल्ली"},
		// Latin script: a speaker's introduction, no place
		{"Jane Doe, chief executive: we will open the new harbour office in the spring and hire forty people for it, she said.", ""},
		// no comma: a kicker or a place alone
		{"कोरोना: शहर में आज सुबह से ही बारिश हो रही है और लोग अपने घरों में ही रहे, प्रशासन ने चेतावनी जारी की है।", ""},
		// too short to be a story's opening
		{"रमेश शर्मा, जयपुर: बारिश।", ""},
	}
	for _, tc := range tests {
		if got := reporterPlace(tc.par); got != tc.want {
			t.Errorf("reporterPlace(%q) = %q, want %q", tc.par, got, tc.want)
		}
	}
}

// TestDatelineRulesEndToEnd: the Chinese reporter's form and the place a
// printed byline files from, read from whole pages.
func TestDatelineRulesEndToEnd(t *testing.T) {
	tests := []struct{ name, lang, article, want string }{
		{"Chinese reporter's bracket in the third paragraph", "zh", "<h1>財政部公佈中獎清冊</h1><p>2020-04-01 10:29</p><p>財政部今天下午將公佈今年1-2月期統一發票中獎清冊，本期千萬中獎張數為18張。</p>" +
			"<p>〔記者王小明／台北報導〕財政部今天下午將公佈今年1-2月期統一發票中獎清冊，財政部透露，本期千萬中獎張數為18張；200萬特獎中獎張數則為14張。</p>" +
			"<p>財政部表示，中獎人可於4月6日起至7月6日止，持身分證及中獎發票至各地郵局兌獎，逾期不得領取。</p><p>財政部提醒，兌獎時請攜帶身分證明文件正本，以免往返奔波。</p>", "台北"},
		{"a byline naming the place its author files from", "de", "<h1>Fähre nach Grest</h1><div class=\"byline\">Von Jana Müller aus Brüssel</div>" + fcProse(0, 5), "Brüssel"},
	}
	for _, tc := range tests {
		page := fcPage(tc.lang, "<title>x</title>", "<article>"+tc.article+"</article>")
		a, err := Extract(Input{HTML: []byte(page), URL: "https://northfield-gazette.example/news/ferry"}, Options{NoQuotes: true})
		if err != nil {
			t.Fatal(err)
		}
		if a.Dateline != tc.want {
			t.Errorf("%s: dateline %q, want %q", tc.name, a.Dateline, tc.want)
		}
	}
}

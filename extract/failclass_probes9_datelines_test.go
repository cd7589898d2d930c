package extract

// A ninth round of probes on datelines, for breadth: the national wires
// of many countries in their own published forms (Yonhap, Bernama, PNA,
// UNI, APP, NAN, Agerpres, BTA, Keystone-ATS, Folhapress, Notimex …),
// the local papers' forms (a town in title case with its state as AP
// abbreviates it, the Pakistani and Malaysian colon, the Indonesian
// outlet before the place), the markup shapes pages set the dateline in
// (non-breaking spaces, the city and the agency in spans of their own, a
// paragraph of its own, a line break after it), and openings with a
// place that are no dateline (the place as the sentence's subject, "In
// Berlin, …", a headline-like line, a kicker in capitals). The forms of
// failclass_probes5_test.go, failclass_probes8_datelines_test.go and
// dateline_test.go are not repeated.

// fcDl9Prose is one invented opening sentence for the languages
// fcDatelineProse lacks.
var fcDl9Prose = map[string]string{
	"id": "Kapal feri baru antara Holmby dan Pulau Grest melakukan pelayaran pertamanya pada Senin pagi dengan empat puluh penumpang, kata pemerintah daerah.",
	"ms": "Feri baharu antara Holmby dan Pulau Grest membuat pelayaran pertamanya pada pagi Isnin dengan empat puluh penumpang, kata majlis daerah.",
	"ro": "Noul feribot dintre Holmby și insula Grest a făcut luni dimineață prima traversare cu patruzeci de pasageri la bord, a anunțat primăria.",
	"bg": "Новият ферибот между Холмби и остров Грест направи в понеделник сутринта първия си курс с четиридесет пътници на борда, съобщиха от общината.",
	"cs": "Nový trajekt mezi Holmby a ostrovem Grest v pondělí ráno poprvé vyplul se čtyřiceti cestujícími na palubě, oznámila radnice.",
	"hu": "Az új komp Holmby és Grest szigete között hétfő reggel negyven utassal tette meg első útját, közölte az önkormányzat.",
	"fi": "Uusi lautta Holmbyn ja Grestin saaren välillä teki maanantaiaamuna ensimmäisen matkansa neljänkymmenen matkustajan kanssa, kunta kertoi.",
	"da": "Den nye færge mellem Holmby og øen Grest sejlede mandag morgen sin første tur med fyrre passagerer om bord, oplyser kommunen.",
	"hi": "होल्मबी और ग्रेस्ट द्वीप के बीच नई नौका ने सोमवार सुबह चालीस यात्रियों के साथ अपनी पहली यात्रा पूरी की, नगर परिषद ने बताया।",
	"fa": "کشتی جدید میان هولمبی و جزیره گرست صبح دوشنبه با چهل مسافر نخستین سفر خود را انجام داد، شهرداری در بیانیه ای اعلام کرد.",
	"vi": "Chiếc phà mới giữa Holmby và đảo Grest đã thực hiện chuyến đi đầu tiên vào sáng thứ Hai với bốn mươi hành khách, chính quyền cho biết.",
	"el": "Το νέο πλοίο ανάμεσα στο Χόλμπι και το νησί Γκρεστ έκανε τη Δευτέρα το πρωί το πρώτο του δρομολόγιο με σαράντα επιβάτες, ανακοίνωσε ο δήμος.",
}

func fcDl9Lang(lang string) string {
	if s, ok := fcDl9Prose[lang]; ok {
		return s
	}
	return fcDatelineProse[lang]
}

func fcProbe9DatelineCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcDl9OpeningCases()...)
	cs = append(cs, fcDl9MarkupCases()...)
	return cs
}

// fcDl9OpeningCases: a first paragraph opening with open, then the
// language's sentence.
func fcDl9OpeningCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ lang, open, want string }{
		// Asian and Pacific wires in English
		{"en", "SEOUL, Dec. 5 (Yonhap) -- ", "SEOUL"},
		{"en", "UNITED NATIONS, Dec. 5 (Xinhua) -- ", "UNITED NATIONS"},
		{"en", "KOTA KINABALU, Dec 5 (Bernama) -- ", "KOTA KINABALU"},
		{"en", "Manila, Dec. 5 (PNA) -- ", "Manila"},
		{"en", "Hanoi (VNA) - ", "Hanoi"},
		{"en", "Dhaka, Dec 5 (BSS) - ", "Dhaka"},
		{"en", "VLADIVOSTOK, December 5. /TASS/. ", "VLADIVOSTOK"},
		// South Asian wires and papers
		{"en", "Kolkata, Dec 5 (UNI) ", "Kolkata"},
		{"en", "Bengaluru, Dec 5 (IANS) ", "Bengaluru"},
		{"en", "Islamabad, Dec 5 (APP): ", "Islamabad"},
		{"en", "ISLAMABAD: ", "ISLAMABAD"},
		{"en", "Karachi: ", "Karachi"},
		{"en", "KUALA LUMPUR: ", "KUALA LUMPUR"},
		{"en", "PETALING JAYA: ", "PETALING JAYA"},
		// African papers and wires
		{"en", "Abuja, Dec. 5, 2023 (NAN) ", "Abuja"},
		{"en", "ABUJA — ", "ABUJA"},
		{"en", "Nairobi, Kenya, Dec 5 — ", "Nairobi, Kenya"},
		{"en", "Accra, Dec. 5, GNA - ", "Accra"},
		// US local papers: a town in title case with its state
		{"en", "SPRINGFIELD — ", "SPRINGFIELD"},
		{"en", "Springfield, Ill. — ", "Springfield, Ill."},
		{"en", "Holmby, Ill. — ", "Holmby, Ill."},
		{"en", "Holmby, Texas — ", "Holmby, Texas"},
		{"en", "HOLMBY, Ill. — ", "HOLMBY, Ill."},
		// towns named as people are, with their state
		{"en", "Austin, Texas — ", "Austin, Texas"},
		{"en", "Charlotte, N.C. — ", "Charlotte, N.C."},
		{"en", "Madison, Wis. (AP) — ", "Madison, Wis."},
		{"en", "Washington — ", "Washington"},
		{"en", "Halifax, N.S. — ", "Halifax, N.S."},
		{"en", "Atlanta (CNN) — ", "Atlanta"},
		{"en", "TORONTO (CP) — ", "TORONTO"},
		// German, Austrian, Swiss
		{"de", "Genf (Reuters) - ", "Genf"},
		{"de", "Innsbruck (APA) - ", "Innsbruck"},
		{"de", "Bern (awp/sda) - ", "Bern"},
		{"de", "Holmby (epd) - ", "Holmby"},
		{"fr", "Genève (ats) - ", "Genève"},
		{"fr", "Lausanne (Keystone-ATS) - ", "Lausanne"},
		{"fr", "BRUXELLES, 5 décembre (Reuters) - ", "BRUXELLES"},
		{"fr", "Paris, 5 décembre 2023 (AFP) - ", "Paris"},
		// Spanish, Italian, Portuguese, Romanian
		{"es", "BERLÍN, 5 dic (Reuters) - ", "BERLÍN"},
		{"es", "Nueva York, 5 dic (EFE).- ", "Nueva York"},
		{"es", "CIUDAD DE MÉXICO, 5 de diciembre (Notimex).- ", "CIUDAD DE MÉXICO"},
		{"es", "Ciudad de México (Notimex).- ", "Ciudad de México"},
		{"es", "Sevilla, 5 (EUROPA PRESS) - ", "Sevilla"},
		{"it", "(AGI) - Roma, 5 dic. - ", "Roma"},
		{"it", "Lugano (ats) - ", "Lugano"},
		{"pt", "SÃO PAULO, SP (FOLHAPRESS) - ", "SÃO PAULO, SP"},
		{"pt", "BRASÍLIA, DF (FOLHAPRESS) - ", "BRASÍLIA, DF"},
		{"pt", "Rio de Janeiro (Agência Brasil) - ", "Rio de Janeiro"},
		{"pt", "Porto, 05 dez 2023 (Lusa) – ", "Porto"},
		{"ro", "București, 5 dec /Agerpres/ - ", "București"},
		// Nordic, Central European, Greek, Cyrillic, Arabic
		{"no", "Tromsø (NTB): ", "Tromsø"},
		{"da", "Aarhus (Ritzau): ", "Aarhus"},
		{"fi", "TAMPERE (STT) – ", "TAMPERE"},
		{"sv", "Holmby (TT) – ", "Holmby"},
		{"cs", "Brno (ČTK) - ", "Brno"},
		{"hu", "Debrecen (MTI) – ", "Debrecen"},
		{"pl", "Kraków (PAP) - ", "Kraków"},
		{"uk", "Київ, 5 грудня (Укрінформ) – ", "Київ"},
		{"ar", "الرياض (واس) - ", "الرياض"},
		{"ar", "عمان (بترا) - ", "عمان"},
		{"el", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - ", "ΑΘΗΝΑ"},
		{"hi", "नई दिल्ली, 5 दिसंबर (भाषा) ", "नई दिल्ली"},
		{"fa", "تهران (ایرنا) - ", "تهران"},
		{"vi", "HÀ NỘI - ", "HÀ NỘI"},
		{"en", "DAR ES SALAAM — ", "DAR ES SALAAM"},
		// Indonesian outlets before or after the place
		{"id", "TEMPO.CO, Jakarta - ", "Jakarta"},
		{"id", "Liputan6.com, Jakarta - ", "Jakarta"},
		{"id", "Jakarta, CNN Indonesia -- ", "Jakarta"},
		{"id", "Bisnis.com, JAKARTA — ", "JAKARTA"},
		{"ms", "KUALA LUMPUR, 5 Dis (Bernama) -- ", "KUALA LUMPUR"},
		// no dateline: the place as the sentence's subject, a
		// preposition, a kicker, an organisation named after a place
		{"en", "Paris is bracing for a cold week. ", ""},
		{"en", "In Berlin, ", ""},
		{"en", "London Stock Exchange (LSE) - ", ""},
		{"en", "Paris, France – where ", ""},
		{"en", "Meanwhile, Texas — the state with the longest coast — ", ""},
		{"en", "However, California — unlike its neighbours — ", ""},
		{"en", "Jane Doe, Texas — ", ""},
		{"en", "Meanwhile, Reuters — ", ""},
		// a person's name in the bracket, whose first name is a
		// national agency's acronym elsewhere
		{"pt", "Lisboa (Ana Souza) - ", "Lisboa"},
		{"en", "Holmby (Mia Berg) — ", ""},
		{"en", "(Adnkronos) - ", ""},
		{"en", "Chicago-based Holmby Ferries — the operator — said ", ""},
		{"de", "In Berlin ", ""},
		{"tr", "Ankara'da ", ""},
		{"es", "En Madrid, ", ""},
	} {
		c := c
		par := `<p>` + c.open + fcDl9Lang(c.lang) + `</p>`
		cs = append(cs, fcDatelineRow("p9-open/"+c.lang+"/"+c.open, c.lang, par+fcProse(2, 4), c.want))
	}
	return cs
}

// fcDl9MarkupCases: the markup a page sets the dateline in, and lines
// around it that are none.
func fcDl9MarkupCases() []fcCase {
	s := fcDatelineProse["en"]
	de := fcDatelineProse["de"]
	var cs []fcCase
	for _, c := range []struct{ name, lang, body, want string }{
		{"nbsp-around-the-agency", "en", `<p>WASHINGTON&nbsp;(AP)&nbsp;— ` + s + `</p>`, "WASHINGTON"},
		{"nbsp-before-the-dash", "de", `<p>BERLIN&nbsp;– ` + de + `</p>`, "BERLIN"},
		{"nbsp-title-case-with-wire", "de", `<p>Berlin&nbsp;(dpa)&nbsp;- ` + de + `</p>`, "Berlin"},
		{"dash-glued-to-the-text", "en", `<p>WASHINGTON (AP)—` + s + `</p>`, "WASHINGTON"},
		{"city-and-agency-in-spans", "de", `<p><span class="city">BERLIN</span> <span class="agency">(dpa)</span> – ` + de + `</p>`, "BERLIN"},
		{"em-place-then-dash", "de", `<p><em>BERLIN</em> – ` + de + `</p>`, "BERLIN"},
		{"bold-title-case-with-state", "en", `<p><b>Holmby, Maine</b> — ` + s + `</p>`, "Holmby, Maine"},
		{"dateline-class-on-paragraph", "en", `<p class="dateline">HOLMBY, Maine</p><p>` + s + `</p>`, "HOLMBY, Maine"},
		{"dateline-paragraph-of-its-own", "en", `<p>WASHINGTON —</p><p>` + s + `</p>`, "WASHINGTON"},
		{"strong-place-then-line-break", "de", `<p><strong>BERLIN –</strong><br>` + de + `</p>`, "BERLIN"},
		{"after-a-lead-figure-strong-full-stop", "de", `<figure><img src="/img/f.jpg" alt=""><figcaption>Die neue Fähre im Hafen. Foto: Jana Berg</figcaption></figure><p><strong>HOLMBY. </strong>` + de + `</p>`, "HOLMBY"},
		{"after-byline-and-time", "en", `<div class="byline">By Tove Lindqvist</div><time datetime="2023-12-05">Dec. 5, 2023</time><p>OSLO, Norway — ` + s + `</p>`, "OSLO, Norway"},
		{"after-a-summary-paragraph", "en", `<p class="summary">The island finally has its crossing.</p><p>HOLMBY, Maine — ` + s + `</p>`, "HOLMBY, Maine"},
		{"dateline-span-in-lower-case-styled-caps", "en", `<p><span class="dateline">Washington</span> — ` + s + `</p>`, "Washington"},
		{"small-caps-style-title-case-known-town", "en", `<p><span style="font-variant: small-caps">Portland, Ore.</span> — ` + s + `</p>`, "Portland, Ore."},
		{"second-paragraph-after-long-editors-note", "en", `<p><em>Editor’s note: This story was updated on Tuesday to add comments from the harbour master and the figures the operator published on the number of passengers.</em></p><p>CHICAGO — ` + s + `</p>`, "CHICAGO"},
		{"after-listen-and-advert-lines", "en", `<p>Listen to this article</p><p>Advertisement</p><p>HOLMBY, Maine — ` + s + `</p>`, "HOLMBY, Maine"},
		{"after-h2-subtitle", "de", `<h2>Die Insel bekommt nach zehn Jahren wieder eine Fährverbindung</h2><p>Holmby (dpa) - ` + de + `</p>`, "Holmby"},
		{"wire-and-byline-in-one-paragraph", "en", `<p>By Tove Lindqvist, Associated Press</p><p>HOLMBY, Maine (AP) — ` + s + `</p>`, "HOLMBY, Maine"},
		// the dateline opening a lead or intro paragraph the page marks apart
		{"lead-class-paragraph", "de", `<p class="lead">Berlin (dpa) - ` + de + `</p>`, "Berlin"},
		{"intro-div", "de", `<div class="article-intro"><p>BERLIN. ` + de + `</p></div>`, "BERLIN"},
		{"teaser-text-strong", "de", `<p class="teaser-text"><strong>Hamburg</strong> – ` + de + `</p>`, "Hamburg"},
		{"standfirst-with-wire", "en", `<p class="standfirst">LONDON (Reuters) - ` + s + `</p>`, "LONDON"},
		{"summary-div-with-dateline", "en", `<div class="article-summary">WASHINGTON (AP) — ` + s + `</div>`, "WASHINGTON"},
		{"dek-then-dateline-in-body", "en", `<p class="dek">The island finally has its crossing after a decade of campaigning by residents.</p><div class="body"><p>HOLMBY, Maine — ` + s + `</p></div>`, "HOLMBY, Maine"},
		// no dateline
		{"lead-dek-with-place-as-subject", "en", `<p class="lead">Holmby — a town of fishermen and ferry crews — gets its crossing back after a decade.</p><p>` + s + `</p>`, ""},
		{"lead-dek-in-berlin", "de", `<p class="lead">In Berlin wird die neue Fährverbindung zur Insel Grest schon seit Jahren gefordert, nun kommt sie.</p><p>` + de + `</p>`, ""},
		{"place-only-in-a-headline-like-first-line", "en", `<p>Holmby — a town reinvents itself</p><p>` + s + `</p>`, ""},
		{"place-kicker-above-the-headline", "en", `<p class="kicker">Holmby</p><p>` + s + `</p>`, ""},
		{"section-line-place", "de", `<p>Lokales / Holmby</p><p>` + de + `</p>`, ""},
	} {
		cs = append(cs, fcDatelineRow("p9-markup/"+c.name, c.lang, c.body+fcProse(2, 4), c.want))
	}
	return cs
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// An eighth round of probes, on datelines: the place line that opens a
// news story, in the forms wires, press-release services and papers of
// many languages print it (agency in brackets, date after the place,
// state or country after a comma, the agency between slashes or dashes,
// an update's label before it), in the markup pages set it in (a span of
// its own, bold at the start of the first paragraph, the first paragraph
// after a lead picture and its caption or after a byline block), and
// openings that are no dateline (a capitalised phrase before a dash, a
// shouted quote, a sports score, a column's salutation, a breaking-news
// label). failclass_probes5_test.go and dateline_test.go have the forms
// this round does not repeat.

// fcDatelineProse is one invented opening sentence per language, the
// text after the dateline.
var fcDatelineProse = map[string]string{
	"en": fcSentences[0] + " " + fcSentences[1],
	"de": "Die neue Fähre zwischen Holmby und der Insel Grest hat am Montagmorgen mit vierzig Fahrgästen an Bord ihre erste Überfahrt gemacht, teilte die Gemeinde mit.",
	"fr": "Le nouveau ferry entre Holmby et l'île de Grest a effectué lundi matin sa première traversée avec quarante passagers à bord, a indiqué la mairie.",
	"es": "El nuevo transbordador entre Holmby y la isla de Grest realizó el lunes por la mañana su primera travesía con cuarenta pasajeros a bordo, informó el ayuntamiento.",
	"it": "Il nuovo traghetto tra Holmby e l'isola di Grest ha compiuto lunedì mattina la sua prima traversata con quaranta passeggeri a bordo, ha reso noto il comune.",
	"pt": "O novo ferry entre Holmby e a ilha de Grest fez na segunda-feira de manhã a sua primeira travessia com quarenta passageiros a bordo, informou a prefeitura.",
	"nl": "De nieuwe veerboot tussen Holmby en het eiland Grest heeft maandagochtend met veertig passagiers aan boord de eerste overtocht gemaakt, meldt de gemeente.",
	"pl": "Nowy prom między Holmby a wyspą Grest odbył w poniedziałek rano pierwszy rejs z czterdziestoma pasażerami na pokładzie, poinformował urząd gminy.",
	"sv": "Den nya färjan mellan Holmby och ön Grest gjorde sin första överfart på måndagsmorgonen med fyrtio passagerare ombord, meddelar kommunen.",
	"no": "Den nye ferja mellom Holmby og øya Grest tok sin første tur mandag morgen med førti passasjerer om bord, opplyser kommunen.",
	"tr": "Holmby ile Grest adası arasındaki yeni feribot pazartesi sabahı kırk yolcuyla ilk seferini yaptı, belediye yaptığı açıklamada bildirdi.",
	"ru": "Новый паром между Холмби и островом Грест в понедельник утром совершил первый рейс с сорока пассажирами на борту, сообщили в администрации.",
	"uk": "Новий пором між Голмбі та островом Грест у понеділок уранці здійснив перший рейс із сорока пасажирами на борту, повідомили в адміністрації.",
	"ar": "قامت العبارة الجديدة بين هولمبي وجزيرة غرست صباح الاثنين بأول رحلة لها وعلى متنها أربعون راكبا، بحسب ما أعلنت البلدية في بيان.",
	"zh": "连接霍尔姆比和格雷斯特岛的新渡轮周一上午载着四十名乘客完成首航，当地政府在声明中表示，渡轮将每天往返四次。",
}

func fcProbe8DatelineCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcDatelineOpeningCases()...)
	cs = append(cs, fcDatelineLayoutCases()...)
	return cs
}

// fcDatelineOpeningCases: a first paragraph opening with open, then the
// language's sentence.
func fcDatelineOpeningCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ lang, open, want string }{
		// English wires and papers
		{"en", "CAIRO — ", "CAIRO"},
		{"en", "SAN JUAN, Puerto Rico (AP) — ", "SAN JUAN, Puerto Rico"},
		{"en", "Beijing, March 5 (Xinhua) -- ", "Beijing"},
		{"en", "LONDON, Dec 5 (Reuters) - ", "LONDON"},
		{"en", "UPDATE 2-LONDON, Dec 5 (Reuters) - ", "LONDON"},
		{"en", "SPRINGFIELD, Ill., Dec. 5 (UPI) -- ", "SPRINGFIELD, Ill."},
		{"en", "MEMPHIS, Tenn., Dec. 5, 2023 — ", "MEMPHIS, Tenn."},
		// press-release wires
		{"en", "NEW YORK, Dec. 5, 2023 /PRNewswire/ -- ", "NEW YORK"},
		{"en", "TORONTO, Dec. 05, 2023 (GLOBE NEWSWIRE) -- ", "TORONTO"},
		{"en", "SAN FRANCISCO--(BUSINESS WIRE)--", "SAN FRANCISCO"},
		// Indian and Gulf wires
		{"en", "New Delhi [India], December 5 (ANI): ", "New Delhi [India]"},
		{"en", "Thiruvananthapuram, Dec 5 (IANS) ", "Thiruvananthapuram"},
		{"en", "Abu Dhabi, December 5 (WAM) -- ", "Abu Dhabi"},
		// German, Austrian, Swiss agencies
		{"de", "Frankfurt/Main (dpa/lhe) - ", "Frankfurt/Main"},
		{"de", "Wien (APA) - ", "Wien"},
		{"de", "Zürich (sda) - ", "Zürich"},
		{"de", "Hamburg, 5. Dezember 2023 – ", "Hamburg"},
		// German regional papers set the place off with a middle dot
		{"de", "<em>Siegburg</em> · ", "Siegburg"},
		{"de", "SIEGBURG · ", "SIEGBURG"},
		// French, Belgian
		{"fr", "PARIS, 5 déc 2023 (AFP) - ", "PARIS"},
		{"fr", "Marseille (AFP) - ", "Marseille"},
		{"fr", "BRUXELLES (Belga) - ", "BRUXELLES"},
		// Spanish, Italian, Portuguese
		{"es", "MADRID, 5 dic (EFE).- ", "MADRID"},
		{"es", "Buenos Aires, 5 de diciembre (Télam).- ", "Buenos Aires"},
		{"es", "Ciudad de México, 5 de diciembre (EFE).- ", "Ciudad de México"},
		{"it", "ROMA, 5 DIC - ", "ROMA"},
		{"it", "Milano, 5 dicembre 2023 - ", "Milano"},
		{"pt", "BRASÍLIA - ", "BRASÍLIA"},
		{"pt", "Lisboa, 5 dez (Lusa) - ", "Lisboa"},
		{"pt", "RIO DE JANEIRO, 5 DEZ (Reuters) - ", "RIO DE JANEIRO"},
		// Dutch, Polish, Nordic, Turkish
		{"nl", "DEN HAAG (ANP) - ", "DEN HAAG"},
		{"nl", "Antwerpen (Belga) - ", "Antwerpen"},
		{"pl", "Warszawa, 5 grudnia (PAP) - ", "Warszawa"},
		{"sv", "Göteborg (TT) – ", "Göteborg"},
		{"no", "Bergen (NTB): ", "Bergen"},
		{"tr", "İstanbul (AA) - ", "İstanbul"},
		{"tr", "İzmir (İHA) - ", "İzmir"},
		// Cyrillic and Arabic
		{"ru", "Москва. 5 декабря. INTERFAX.RU - ", "Москва"},
		{"uk", "КИЇВ. 5 грудня. ІНТЕРФАКС-УКРАЇНА - ", "КИЇВ"},
		{"ar", "دبي، 5 ديسمبر (رويترز) - ", "دبي"},
		// Chinese wire, a city abroad
		{"zh", "新华社华盛顿3月5日电（记者王明）", "华盛顿"},
		{"uk", "Київ, 5 грудня – ", "Київ"},
		{"ru", "Москва, 5 дек — РИА Новости. ", "Москва"},
		{"zh", "（中央社台北5日電）", "台北"},
		{"zh", "本报北京3月5日电（记者王明）", "北京"},
		{"zh", "人民网北京3月5日电（记者王明）", "北京"},
		// no dateline: a capitalised phrase, a shouted quote, a score, a
		// column's salutation, labels
		{"en", "Long story short — ", ""},
		{"en", "“NO, — ", ""},
		{"en", "NO — ", ""},
		{"en", "HOLMBY 3, GREST 1 — ", ""},
		{"en", "Holmby United 2-1 Grest Rovers: ", ""},
		{"en", "FINAL: Holmby 3, Grest 1 — ", ""},
		{"en", "DEAR ABBY: ", ""},
		{"en", "NEW YORK TIMES — ", ""},
		{"es", "ÚLTIMA HORA - ", ""},
		{"de", "EILMELDUNG - ", ""},
		{"fr", "EXCLUSIF - ", ""},
		{"en", "EDITOR’S NOTE — ", ""},
		{"en", "NEW: ", ""},
		{"no", "OPPDATERT – ", ""},
		{"pt", "ATUALIZADO - ", ""},
		{"de", "Von Jana Müller · ", ""},
		// a label cut before the place leaves no place; a wire after a
		// full stop without a date is a credit
		{"en", "BREAKING: Holmby United — ", ""},
		{"en", "Holmby Ferries. Reuters - ", ""},
		{"de", "Anzeige · ", ""},
	} {
		c := c
		par := `<p>` + c.open + fcDatelineProse[c.lang] + `</p>`
		cs = append(cs, fcDatelineRow("p8-open/"+c.lang+"/"+c.open, c.lang, par+fcProse(2, 4), c.want))
	}
	return cs
}

// fcDatelineLayoutCases: where the page sets the dateline: a span of its
// own, bold, after a lead picture and its caption, after a byline block or
// an update's line; and a place in a caption that is no dateline.
func fcDatelineLayoutCases() []fcCase {
	s := fcDatelineProse["en"]
	fig := `<figure class="wp-block-image"><img src="/img/deck.jpg" alt=""><figcaption>HOLMBY, Maine — Passengers board the new ferry on Monday. (Tove Lindqvist/Holmby Courier)</figcaption></figure>`
	var cs []fcCase
	for _, c := range []struct{ name, body, want string }{
		{"span-dateline-then-agency", `<p><span class="dateline">WASHINGTON</span> (AP) — ` + s + `</p>`, "WASHINGTON"},
		{"bold-wire-opening", `<p><b>LONDON, Dec 5 (Reuters) -</b> ` + s + `</p>`, "LONDON"},
		{"strong-title-case-with-agency", `<p><strong>München (dpa/lby) –</strong> Die neue Fähre zwischen Holmby und der Insel Grest hat am Montag ihre erste Überfahrt gemacht, teilte die Gemeinde mit.</p>`, "München"},
		{"first-paragraph-after-a-lead-figure", fig + `<p>CAIRO (AP) — ` + s + `</p>`, "CAIRO"},
		{"caption-place-is-no-dateline", fig + `<p>` + s + `</p>`, ""},
		{"after-a-byline-block", `<div class="byline"><span class="author">By Tove Lindqvist</span>, <span class="org">Associated Press</span></div><p>KYIV, Ukraine (AP) — ` + s + `</p>`, "KYIV, Ukraine"},
		{"after-an-update-line", `<p><em>UPDATED 5:40 p.m.</em></p><p>HOLMBY, Maine — ` + s + `</p>`, "HOLMBY, Maine"},
		{"update-label-before-the-place", `<p><strong>UPDATED:</strong> HOLMBY, Maine — ` + s + `</p>`, "HOLMBY, Maine"},
		{"location-span-opening-the-text", `<p><span class="location">Holmby</span> ` + s + `</p>`, "Holmby"},
		// a "location" elsewhere is an event's or an author's place
		{"location-in-an-author-box-is-no-dateline", `<div class="author-box"><span class="name">Tove Lindqvist</span> <span class="location">Holmby</span></div><p>` + s + `</p>`, ""},
		{"dateline-span-title-case-with-region", `<p><span class="dateline">Holmby, Maine</span> — ` + s + `</p>`, "Holmby, Maine"},
		{"after-a-listen-line", `<p>Listen to this article</p><p>WASHINGTON (AP) — ` + s + `</p>`, "WASHINGTON"},
		{"known-place-before-a-quote", `<p>Portland, Maine — “We are delighted,” the harbour master said on Monday after the new ferry made its first crossing to the island.</p>`, "Portland, Maine"},
		{"multi-word-city-title-case-with-state-caps", `<p>Salt Lake City, UT — ` + s + `</p>`, "Salt Lake City, UT"},
		{"german-place-before-a-quote", `<p>Karlsruhe – „Wir sind sehr zufrieden“, sagte der Bürgermeister am Montag nach der ersten Überfahrt der neuen Fähre zur Insel.</p>`, "Karlsruhe"},
	} {
		cs = append(cs, fcDatelineRow("p8-layout/"+c.name, "en", c.body+fcProse(2, 4), c.want))
	}
	return cs
}

// fcDatelineRow is a page with body under a headline, checked for want.
func fcDatelineRow(name, lang, body, want string) fcCase {
	return fcCase{class: "dateline/" + name, url: fcFerryURL,
		html: fcPage(lang, `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+body+`</article>`),
		check: func(t *testing.T, a *article.Article) {
			if a.Dateline != want {
				t.Errorf("dateline = %q, want %q", a.Dateline, want)
			}
		}}
}

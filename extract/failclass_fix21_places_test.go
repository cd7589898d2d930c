package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round 21: a place no gazetteer needs to know, opening the story in title
// case before a bare dash ("Kestrelby – Die Feuerwehr …"), is the
// dateline when the page says elsewhere that it is a place (the name after
// a locative word with no article: "in Kestrelby", "em Benguela",
// "à Quimperlé") or that the story is wire copy (a wire credited in the
// byline); a kicker or a topic word in the same form ("Corona –",
// "Klimawandel –", "Brexit –") is none, even named again on the page
// ("in der Corona-Krise", "in Brexit talks"). And a byline block's meta
// line of a place, a date and a time ("Port Louis - 05 mar 2024 - 13:40
// CET") is a dateline line whatever the place. Towns and text are real
// or invented; the sites are made up.

// fcFix21Lead is a story's opening sentence and a later paragraph naming
// the place (with %s) or not, by language.
var fcFix21Lead = map[string][2]string{
	"en": {"The state government on Friday began work on the second phase of the rail line, which will carry about 250,000 passengers a day when it opens.",
		"Traders at the market in %s on Friday welcomed the project but asked to be compensated for their shops."},
	"de": {"Mehr als 400 Mal sind die Feuerwehren im Landkreis in der Nacht auf Dienstag ausgerückt, teilte die Kreisbrandinspektion am Vormittag mit.",
		"In %s liefen Dutzende Keller voll. Einige Dächer wurden teilweise abgedeckt, verletzt wurde niemand."},
	"pt": {"O Conselho de Ministros aprovou nesta terça-feira o plano de reabilitação do caminho-de-ferro, avaliado em 1,2 mil milhões de dólares.",
		"A cerimónia decorreu em %s, na presença do governador provincial e de representantes dos trabalhadores."},
	"es": {"El ayuntamiento ha aprobado este martes un plan de inversiones de doce millones de euros para renovar el alumbrado y las calles del centro.",
		"La obra comenzará en %s en el mes de junio y durará, según el alcalde, unos dieciocho meses."},
	"fr": {"La mairie a annoncé mardi la fermeture provisoire du pont principal, dont les piliers ont été fragilisés par les crues de l'hiver dernier.",
		"Les travaux de réparation commenceront à %s au printemps et devraient durer au moins six mois."},
	"nl": {"De gemeente heeft dinsdag besloten om de oude veerpont te vervangen door een nieuwe elektrische boot die vanaf het voorjaar gaat varen.",
		"Volgens de wethouder is de nieuwe pont in %s al jaren een wens van de inwoners en de ondernemers."},
	"sv": {"Kommunen beslutade på tisdagen att bygga en ny skola för fyrahundra elever i stadens norra delar, som har vuxit snabbt de senaste åren.",
		"Bygget ska enligt planen börja i höst i %s, och skolan ska vara klar till läsåret efter nästa."},
	"ro": {"Primăria a anunțat marți că podul de peste râu va fi închis timp de trei luni pentru lucrări de consolidare a pilonilor și a carosabilului.",
		"Lucrările vor începe în %s, iar banii vin din fonduri europene, a precizat primarul."},
	"id": {"Pemerintah kabupaten pada Selasa meresmikan jembatan baru yang menghubungkan dua kecamatan setelah pembangunan selama hampir dua tahun.",
		"Warga di %s menyambut baik jembatan itu karena mempersingkat perjalanan ke pasar dan sekolah."},
	"cs": {"Vláda ve středu schválila zvýšení rodičovského příspěvku z 350 tisíc na 400 tisíc korun, řekl po jednání kabinetu ministr práce.",
		"Novela zákona by měla platit od ledna příštího roku a stát si vyžádá zhruba tři miliardy korun ročně."},
	"ru": {"Власти города во вторник объявили о строительстве нового моста через реку, работы начнутся весной и продлятся около двух лет.",
		"Стоимость проекта оценивается в четыре миллиарда рублей, сообщили в администрации."},
}

// fcFix21Row is a story opening "open – " the language's lead, after a
// byline line (none when byline is ""), then a paragraph naming the
// place as later (where is the name there, "" for the paragraph
// without it).
func fcFix21Row(name, lang, byline, open, where, want string) fcCase {
	l := fcFix21Lead[lang]
	body := ""
	if byline != "" {
		body = `<p class="byline">` + byline + `</p>`
	}
	later := "The works go on, officials said on Friday, and the council will meet again next month."
	if where != "" {
		later = fmt.Sprintf(l[1], where)
	}
	body += `<div class="article-body"><p>` + open + " " + l[0] + `</p><p>` + later + `</p>` + fcProse(2, 3) + `</div>`
	return fcDatelineRow("fix21/"+name, lang, body, want)
}

func fcFix21PlacesCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ name, lang, byline, open, where, want string }{
		// towns of many countries, named again after a locative word
		{"en-ng-town-in", "en", "By Chinedu Okafor", "Ikorodu —", "Ikorodu", "Ikorodu"},
		{"en-invented-two-words", "en", "By Chinedu Okafor", "Little Harwick –", "Little Harwick", "Little Harwick"},
		{"de-town-fronted-in", "de", "Von Anna Berger", "Wolfratshausen –", "Wolfratshausen", "Wolfratshausen"},
		{"de-invented-diacritics", "de", "Von Anna Berger", "Querétola –", "Querétola", "Querétola"},
		{"de-bad-two-words", "de", "", "Bad Hollerbach –", "Bad Hollerbach", "Bad Hollerbach"},
		{"pt-ao-town-em", "pt", "", "Benguela -", "Benguela", "Benguela"},
		{"pt-invented-hyphen", "pt", "", "Kerlouan-Plage -", "Kerlouan-Plage", "Kerlouan-Plage"},
		{"es-town-en", "es", "Por Lucía Marín", "Villarrobledo -", "Villarrobledo", "Villarrobledo"},
		{"fr-town-a", "fr", "Par Claire Le Goff", "Quimperlé –", "Quimperlé", "Quimperlé"},
		{"fr-hyphenated-town", "fr", "Par Claire Le Goff", "Saint-Ombrelle –", "Saint-Ombrelle", "Saint-Ombrelle"},
		{"nl-town-in", "nl", "Door Eva de Wit", "Zaltbommel -", "Zaltbommel", "Zaltbommel"},
		{"sv-town-i", "sv", "", "Lövmarka –", "Lövmarka", "Lövmarka"},
		{"ro-town-in", "ro", "", "Vârfeni –", "Vârfeni", "Vârfeni"},
		{"id-town-di", "id", "", "Purwakarta -", "Purwakarta", "Purwakarta"},
		// wire copy: a wire credited in the byline, the place named
		// nowhere else (Czech and Russian inflect it there)
		{"cs-ctk-credited", "cs", "Jana Dvořáková, ČTK", "Kroměříž -", "", "Kroměříž"},
		{"cs-ctk-invented", "cs", "Jana Dvořáková, ČTK", "Haverly-on-Sea -", "", "Haverly-on-Sea"},
		{"ru-tass-cyrillic", "ru", "Иван Петров, ТАСС", "Тихоречье -", "", "Тихоречье"},
		// no dateline: the form alone, a kicker or a topic named again
		// in a compound, after an article or before a noun
		{"en-invented-no-evidence", "en", "By Chinedu Okafor", "Kestrelby —", "", ""},
		{"de-invented-no-evidence", "de", "Von Anna Berger", "Marrowfield –", "", ""},
		{"de-omikron-compound", "de", "Von Anna Berger", "Omikron –", "der Omikron-Welle", ""},
		{"de-omikron-hyphen-after-in", "de", "Von Anna Berger", "Omikron –", "Omikron-Zeiten", ""},
		{"de-buergergeld-topic-no-evidence", "de", "Von Anna Berger", "Bürgergeld –", "", ""},
		{"de-klimawandel-after-article", "de", "Von Anna Berger", "Klimawandel –", "dem Klimawandel", ""},
		{"de-union-lexicon", "de", "Von Anna Berger", "Union –", "Union", ""},
		{"en-brexit-noun-phrase", "en", "By Chinedu Okafor", "Brexit —", "Brexit talks", ""},
		{"en-analysis-label", "en", "By Chinedu Okafor", "Analysis —", "Analysis", ""},
		{"es-vivienda-after-de", "es", "Por Lucía Marín", "Vivienda -", "el Ministerio de Vivienda", ""},
		{"pt-covid-compound", "pt", "", "Covid -", "Covid-19", ""},
		{"fr-climat-no-evidence", "fr", "Par Claire Le Goff", "Climat –", "", ""},
		{"en-first-name-kicker", "en", "By Chinedu Okafor", "Victoria —", "Victoria", ""},
		// a headline-like line after the dash, the town named later
		{"de-short-line-after-dash", "de", "Von Anna Berger", "Dunmarrow – Die Fähre kommt.", "Dunmarrow", ""},
	} {
		cs = append(cs, fcFix21Row(c.name, c.lang, c.byline, c.open, c.where, c.want))
	}
	return append(cs, fcFix21MetaLineCases()...)
}

// fcFix21MetaPage is a Spanish national daily's article: the writer in a
// block of her own, then a meta line of meta (place, a dash, the date
// and time), then the text.
func fcFix21MetaPage(meta string) string {
	head := `<title>El Gobierno aprueba la ley de vivienda</title><meta property="article:published_time" content="2024-03-05T13:40:00+01:00">`
	return fcPage("es", head, `<article><header><h1>El Gobierno aprueba la ley de vivienda</h1></header>`+
		`<div class="meta"><div class="meta__a"><a href="/autor/irene-calvo/">Irene Calvo Sastre</a></div>`+
		`<div class="meta__f">`+meta+`</div></div>`+
		`<div class="body"><p>El Consejo de Ministros ha aprobado este martes el proyecto de ley de vivienda joven, que prevé ayudas de 250 euros al mes para el alquiler.</p>`+
		`<p>Las ayudas se concederán durante un máximo de dos años a quienes ingresen menos de tres veces el salario mínimo, ha explicado la ministra.</p>`+
		`<p>El texto se remitirá a las Cortes en las próximas semanas, y el Gobierno espera que se apruebe antes del verano.</p></div></article>`)
}

// fcFix21MetaLineCases: a byline block's meta line "PLACE - DATE - TIME"
// names the place whatever it is (and leaves the text), in an element
// classed with no word for it; a section, an update word, a person or a
// desk in the same slot is no place. And a place in an element classed
// "lugar" beside a wire's name, whose block names no resolved writer.
func fcFix21MetaLineCases() []fcCase {
	timeEl := ` - <time datetime="2024-03-05T13:40:00+01:00">05 mar 2024 - 13:40 CET</time>`
	var cs []fcCase
	for _, c := range []struct{ name, slot, want string }{
		{"two-words-real", "Port Louis", "Port Louis"},
		{"two-words-invented", "Bad Hollerbach", "Bad Hollerbach"},
		{"one-word-invented", "Kestrelby", "Kestrelby"},
		{"hyphen-invented", "Saint-Ombrelle", "Saint-Ombrelle"},
		{"diacritics-real", "Nowy Sącz", "Nowy Sącz"},
		{"cyrillic-real", "Могилёв", "Могилёв"},
		{"section-word", "Opinión", ""},
		{"update-word", "Actualizado", ""},
		{"desk-word", "Redacción", ""},
		{"photographer-name", "Marta Ruiz", ""},
	} {
		c := c
		cs = append(cs, fcCase{class: "dateline/fix21/meta-line/" + c.name, url: "https://diario-meridiano.example/espana/2024-03-05/vivienda.html",
			html: fcFix21MetaPage(`<span class="meta__l">` + c.slot + `</span>` + timeEl),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != c.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, c.want)
				}
				if strings.Contains(a.Body, "13:40 CET") {
					t.Errorf("body keeps the meta line: %.120q", a.Body)
				}
			}})
	}
	// the agency in the writer's slot, the place classed as one
	wire := `<html lang="es"><head><meta charset="utf-8"><title>Sanidad amplía las plazas MIR</title></head><body><article><h1>Sanidad amplía las plazas MIR</h1>` +
		`<div class="firma"><span class="autor">EUROPA PRESS</span> <span class="lugar">Little Harwick</span> <span class="fecha">Martes, 5 de marzo de 2024, 13:45</span></div>` +
		`<div class="cuerpo"><p>El Consejo de Ministros ha aprobado este martes la oferta de formación sanitaria especializada para la convocatoria de 2025, con 12.400 plazas.</p>` +
		`<p>Según ha explicado la ministra de Sanidad, el aumento se concentrará en Medicina Familiar y Comunitaria, Pediatría y Psiquiatría.</p></div>` +
		`<aside class="relacionadas"><div class="pieza"><a href="/x/">Valdecilla amplía las urgencias</a><span class="pieza-firma">Ana Villegas · 04/03/2024</span></div></aside></article></body></html>`
	cs = append(cs, fcDatelineRowHTML("fix21/lugar-beside-wire", wire, "Little Harwick"))
	return cs
}

// fcDatelineRowHTML checks a whole page's dateline.
func fcDatelineRowHTML(name, page, want string) fcCase {
	return fcCase{class: "dateline/" + name, url: "https://diario-cantabrico.example/nacional/mir.html", html: page,
		check: func(t *testing.T, a *article.Article) {
			if a.Dateline != want {
				t.Errorf("dateline = %q, want %q", a.Dateline, want)
			}
		}}
}

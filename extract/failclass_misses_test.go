package extract

import (
	"fmt"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// Probes of the conventions the README listed as probed and still
// missed (the probe rounds are failclass_probes*_test.go), each on an
// invented page written from the convention, not from a corpus page.
// TestFailureClasses runs them.

func fcMissesCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcJoinerStopWordCases()...)
	cs = append(cs, fcDeskNoteCases()...)
	cs = append(cs, fcMediaLabelCases()...)
	cs = append(cs, fcFourLanguagesMonthCases()...)
	cs = append(cs, fcCreatedAndPublishedCases()...)
	cs = append(cs, fcWeekdayMarkCases()...)
	return cs
}

// fcDutchProse is invented Dutch prose for pages whose language the
// extractor should tell from the text as well as from the markup.
const fcDutchProse = `<p>De nieuwe veerboot tussen Holmby en het eiland Grest heeft maandagochtend haar eerste overtocht gemaakt met veertig passagiers aan boord.</p>
<p>De gemeente zegt dat de boot in de zomer vier keer per dag zal varen en in de winter twee keer per dag.</p>
<p>Bewoners van het eiland vragen al meer dan tien jaar om een betrouwbare verbinding, sinds de oude boot na een storm uit de vaart werd genomen.</p>
<p>Het schip is gebouwd op een werf op het vasteland en kan twaalf auto's vervoeren, en ook fietsen en kleine bestelbusjes.</p>`

// fcSpanishProse is the same for Spanish pages.
const fcSpanishProse = `<p>El nuevo transbordador entre Holmby y la isla de Grest hizo el lunes por la mañana su primera travesía con cuarenta pasajeros a bordo.</p>
<p>El ayuntamiento dice que el barco hará cuatro viajes al día en verano y dos viajes al día durante los meses de invierno.</p>
<p>Los vecinos de la isla piden desde hace más de diez años una conexión fiable, desde que el viejo barco dejó de navegar tras una tormenta.</p>
<p>El buque se construyó en un astillero del continente y puede llevar doce coches además de bicicletas y pequeñas furgonetas de reparto.</p>`

// fcJoinerStopWordCases: "en" is "and" in Dutch ("Door X en Y") and "in"
// in Spanish ("Por X en Madrid"). On a Dutch page it joins two names; on a
// Spanish page, and where the language is not known, it still ends them.
// Spanish names keep their particles ("de", "del", "de la") and "y".
// The language is the page's (declared, else guessed from its text).
func fcJoinerStopWordCases() []fcCase {
	u := "https://holmby-courier.example/nieuws/veerboot-grest"
	var cs []fcCase
	for _, c := range []struct {
		lang, line, prose string
		want              []string
	}{
		{"nl", "Door Marieke Jansen en Pieter de Vries", fcDutchProse, []string{"Marieke Jansen", "Pieter de Vries"}},
		{"nl", "Door Marieke Jansen en Pieter van den Berg", fcDutchProse, []string{"Marieke Jansen", "Pieter van den Berg"}},
		{"nl", "Door Marieke Jansen, Sanne Bakker en Pieter de Vries", fcDutchProse, []string{"Marieke Jansen", "Sanne Bakker", "Pieter de Vries"}},
		{"nl", "Door Marieke Jansen in Amsterdam", fcDutchProse, []string{"Marieke Jansen"}},
		{"nl", "Door Marieke Jansen voor De Holmbode", fcDutchProse, []string{"Marieke Jansen"}},
		// No language declared: told from the text.
		{"", "Door Marieke Jansen en Pieter de Vries", fcDutchProse, []string{"Marieke Jansen", "Pieter de Vries"}},
		{"", "Por Juan Pérez en Madrid", fcSpanishProse, []string{"Juan Pérez"}},
		{"es", "Por Juan Pérez en Madrid", fcSpanishProse, []string{"Juan Pérez"}},
		{"es", "Por Juan Pérez en Buenos Aires", fcSpanishProse, []string{"Juan Pérez"}},
		{"es", "Por María de la Fuente y José del Río", fcSpanishProse, []string{"María de la Fuente", "José del Río"}},
		{"es", "Por Luis Martín de Castro en Sevilla", fcSpanishProse, []string{"Luis Martín de Castro"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/joiner-or-stop-word-by-language/" + c.lang + "/" + c.line, url: u,
			html:  fcPage(c.lang, `<title>Veerboot Grest</title>`, `<article><h1>Veerboot Grest</h1><p class="byline">`+c.line+`</p>`+c.prose+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}
	return cs
}

// fcDeskNoteCases: a desk credit ("By Staff", "Von Redaktion") stays the
// page's word on who wrote it, but two lines in desk words credit no one:
// "From staff reports" (US papers: the story was compiled from the
// staff's reports) and a lone "Editor", the default user of CMSs.
func fcDeskNoteCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		lang, line string
		want       []string
	}{
		{"en", "From staff reports", nil},
		{"en", "From Staff Reports", nil},
		{"en", "From the newsroom", nil},
		{"en", "By Editor", nil},
		{"en", "Posted by editor", nil},
		{"en", "By Staff", []string{"Staff"}},
		{"en", "By Staff Writer", []string{"Staff Writer"}},
		{"en", "Staff Report", []string{"Staff Report"}},
		{"en", "By Marta Olsen, Staff Writer", []string{"Marta Olsen"}},
		{"en", "From Marta Olsen in Holmby", []string{"Marta Olsen"}},
		{"it", "di Redazione", []string{"Redazione"}},
		{"de", "Von Redaktion", []string{"Redaktion"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/desk-note-credits-no-one/" + c.lang + "/" + c.line, url: u,
			html:  fcBylinePage(c.lang, `<p class="byline">`+c.line+`</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}
	return cs
}

// fcMediaLabelCases: a page without a heading of its own takes its
// headline from the <title> or og:title, where sites label what the page
// holds: "VIDÉO." (French sites, in capitals before a full stop),
// "[PHOTOS]", "VIDEO:", "(FOTOS)", "Vídeo |", "DIAPORAMA -", "(VIDEO)"
// after the title. The label goes; the same words inside a headline, or
// not set off as a label, stay. A live page's "LIVE:" or "EN DIRECT -"
// is no media label: where every source says it, it is the headline's
// (headline_layouts_test.go, og/label-in-every-source-kept).
func fcMediaLabelCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		lang, meta, title, want string
	}{
		{"fr", "", "VIDÉO. Le nouveau ferry de Grest fait sa première traversée", "Le nouveau ferry de Grest fait sa première traversée"},
		{"fr", "", "DIAPORAMA - Le nouveau ferry de Grest fait sa première traversée", "Le nouveau ferry de Grest fait sa première traversée"},
		{"en", "", "[PHOTOS] Ferry to Grest makes first crossing", "Ferry to Grest makes first crossing"},
		{"en", "", "VIDEO: Ferry to Grest makes first crossing", "Ferry to Grest makes first crossing"},
		{"en", "", "Watch: Ferry to Grest makes first crossing", "Ferry to Grest makes first crossing"},
		{"en", "", "Ferry to Grest makes first crossing (VIDEO)", "Ferry to Grest makes first crossing"},
		{"en", "", "Ferry to Grest makes first crossing [PHOTOS]", "Ferry to Grest makes first crossing"},
		{"es", "", "(FOTOS) El nuevo ferry de Grest hace su primera travesía", "El nuevo ferry de Grest hace su primera travesía"},
		{"pt", "", "Vídeo | Novo ferry de Grest faz a primeira travessia", "Novo ferry de Grest faz a primeira travessia"},
		{"de", "", "Bildergalerie: Neue Fähre nach Grest legt zum ersten Mal ab", "Neue Fähre nach Grest legt zum ersten Mal ab"},
		{"it", "", "FOTO - Il nuovo traghetto per Grest fa la prima traversata", "Il nuovo traghetto per Grest fa la prima traversata"},
		{"en", "og:title", "VIDEO: Ferry to Grest makes first crossing", "Ferry to Grest makes first crossing"},
		{"fr", "og:title", "VIDÉO. Le nouveau ferry de Grest fait sa première traversée", "Le nouveau ferry de Grest fait sa première traversée"},
		// The words, not set off as a label.
		{"en", "", "Video games lift toy sales in Holmby", "Video games lift toy sales in Holmby"},
		{"en", "", "Live music returns to Grest harbour", "Live music returns to Grest harbour"},
		{"en", "", "Photos of the old pier go on show in Holmby", "Photos of the old pier go on show in Holmby"},
		{"en", "", "Video. Ferry to Grest makes first crossing", "Video. Ferry to Grest makes first crossing"},
		{"en", "", "Holmby harbour (photo) exhibition opens", "Holmby harbour (photo) exhibition opens"},
	} {
		c := c
		head := `<title>` + c.title + `</title>`
		if c.meta != "" {
			head += `<meta property="` + c.meta + `" content="` + c.title + `">`
		}
		cs = append(cs, fcCase{class: "headlines/media-label-off-a-title/" + c.lang + "/" + c.meta + "/" + c.title, url: u,
			html: fcPage(c.lang, head, `<article>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Headline != c.want {
					t.Errorf("headline = %q, want %q", a.Headline, c.want)
				}
			}})
	}
	return cs
}

// fcFourLanguagesMonthCases: dates in Latvian, Basque, Tagalog and
// Swahili, in the word orders their style guides give. Latvian writes
// the year first with "gada" (of the year) and the day before the month,
// the month in the locative ("2024. gada 5. martā": on 5 March 2024) or
// the nominative; Basque glues the year's "-ko"/"-eko" and writes the
// month in the genitive before the day ("2024ko martxoaren 5a"); Tagalog
// writes month, day, year ("Marso 5, 2024"); Swahili day, month, year
// ("5 Machi 2024"). The Latvian genitive "marta" is a given name
// elsewhere: it is read only on Latvian pages, and "Marta" stays a name.
func fcFourLanguagesMonthCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct{ lang, date, want string }{
		{"lv", "2024. gada 5. martā", "2024-03-05"},
		{"lv", "Otrdiena, 2024. gada 5. marts", "2024-03-05"},
		{"lv", "2023. gada 14. decembrī", "2023-12-14"},
		{"lv", "5. marts, 2024", "2024-03-05"},
		{"lv", "5. marta 2024", "2024-03-05"},
		{"eu", "2024ko martxoaren 5a", "2024-03-05"},
		{"eu", "2024ko martxoaren 5ean", "2024-03-05"},
		{"eu", "2021eko abenduaren 14a", "2021-12-14"},
		{"tl", "Marso 5, 2024", "2024-03-05"},
		{"tl", "Nobyembre 14, 2023", "2023-11-14"},
		{"sw", "5 Machi 2024", "2024-03-05"},
		{"sw", "Machi 5, 2024", "2024-03-05"},
		{"sw", "14 Desemba 2023", "2023-12-14"},
	} {
		c := c
		cs = append(cs, fcCase{class: "dates/month-names-of-four-languages/" + c.lang + "/" + c.date, url: u,
			html:  fcPage(c.lang, `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><p class="meta">`+c.date+`</p>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, c.want) }})
	}
	for _, lang := range []string{"en", "es", "pl"} {
		lang := lang
		cs = append(cs, fcCase{class: "dates/month-names-of-four-languages/marta-a-name-elsewhere/" + lang, url: u,
			html: fcBylinePage(lang, `<p class="byline">Marta Olsen</p><p class="meta">5 marta 2024</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, "Marta Olsen")
				if a.PublishedAt != "" {
					t.Errorf("published = %q, want none: marta is no month outside Latvian", a.PublishedAt)
				}
			}})
	}
	return cs
}

// fcCreatedAndPublishedCases: Joomla's article info prints the record's
// creation time ("Created on …", "Created: …"), and its publication time
// ("Published on …", "Published: …") when the site shows both; Joomla
// 2.5 puts "Created" first. The publication time is the story's; a
// creation time alone still dates it.
func fcCreatedAndPublishedCases() []fcCase {
	u := "https://holmby-rowing.example/index.php/news/12-club-eight-wins"
	var cs []fcCase
	for _, c := range []struct{ name, meta, want string }{
		{"joomla25-info-list", `<dl class="article-info"><dt class="article-info-term">Details</dt><dd class="create">Created on Monday, 04 March 2024 09:00</dd>` +
			`<dd class="modified">Last Updated on Wednesday, 06 March 2024 11:20</dd><dd class="published">Published on Tuesday, 05 March 2024 15:41</dd>` +
			`<dd class="createdby">Written by Tove Lindqvist</dd><dd class="hits">Hits: 212</dd></dl>`, "2024-03-05T15:41"},
		{"one-meta-line", `<p class="meta">Created: 04 March 2024 | Published: 05 March 2024 | Hits: 212</p>`, "2024-03-05"},
		{"one-meta-line-published-first", `<p class="meta">Published: 05 March 2024 | Created: 04 March 2024 | Hits: 212</p>`, "2024-03-05"},
		{"two-lines", `<div class="info"><div>Created: 04 March 2024</div><div>Published: 05 March 2024</div></div>`, "2024-03-05"},
		{"created-alone", `<p class="meta">Created: 04 March 2024 | Hits: 212</p>`, "2024-03-04"},
		{"german-erstellt-and-veroeffentlicht", `<p class="meta">Erstellt: 04. März 2024 | Veröffentlicht: 05. März 2024 | Zugriffe: 212</p>`, "2024-03-05"},
		// Another page's teaser after the created line: its "Published"
		// is not this story's.
		{"created-then-next-items-teaser", `<p class="meta">Created: 04 March 2024</p><p>The club eight won.</p></div>` +
			`<div class="item"><h2><a href="/index.php/news/13-juniors-take-silver">Juniors take silver</a></h2><p>Published: 01 February 2024</p>`, "2024-03-04"},
		// "date" is a publication label only where it opens a part.
		{"created-and-an-event-date", `<p class="meta">Created: 04 March 2024 | Regatta date: 12 May 2024</p>`, "2024-03-04"},
	} {
		c := c
		cs = append(cs, fcCase{class: "dates/joomla-created-and-published/" + c.name, url: u,
			html:  fcPage("en", `<title>Club eight wins the head race</title>`, `<div class="item-page"><h2 itemprop="headline">Club eight wins the head race</h2>`+c.meta+fcProse(0, 5)+`</div>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, c.want) }})
	}
	return cs
}

// fcWeekdayMarkCases: Japanese and Korean pages date a recent story by
// month/day and the weekday's character in brackets ("3/5(火) 9:00配信"),
// without the year; the weekday tells the year, of this one and the one
// before. The page is fetched now (TestFailureClasses gives no fetch
// time), so the rows date their pages 20 days back; a weekday that does
// not fit gives no date.
func fcWeekdayMarkCases() []fcCase {
	u := "https://holmby-shimbun.example/articles/12345"
	day := time.Now().UTC().AddDate(0, 0, -20)
	ja := []string{"日", "月", "火", "水", "木", "金", "土"}
	ko := []string{"일", "월", "화", "수", "목", "금", "토"}
	md := fmt.Sprintf("%d/%d", int(day.Month()), day.Day())
	wd := int(day.Weekday())
	want := day.Format("2006-01-02")
	var cs []fcCase
	for _, c := range []struct{ name, lang, meta, want string }{
		{"ja", "ja", md + "(" + ja[wd] + ") 9:00配信", want},
		{"ja-full-width-brackets", "ja", md + "（" + ja[wd] + "）", want},
		{"ko", "ko", md + "(" + ko[wd] + ") 09:00", want},
		{"ja-weekday-does-not-fit", "ja", md + "(" + ja[(wd+1)%7] + ")", ""},
	} {
		c := c
		cs = append(cs, fcCase{class: "dates/yearless-with-weekday-mark/" + c.name, url: u,
			html:  fcPage(c.lang, `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><p class="date">`+c.meta+`</p>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, c.want) }})
	}
	return cs
}

package extract

import (
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// fcFix27Dates28Cases are publication-date classes of round 27's date
// pass, each with a must-still-fire row:
//
//   - an event's date after its label ("Termin: 12.03.2024, 19 Uhr",
//     "When: March 12, 2024", "Date de l'événement : 12 mars 2024") in a
//     box under the headline of an announcement: the day the event takes
//     place, not the day the page ran (the lexicon's other_date_labels,
//     datesubject.go), while "Datum: 05.03.2024" and "Posted: March 5,
//     2024" there are still read;
//   - an age counted back from the fetch ("vor 5 Stunden") on a page whose
//     machine modification date falls years before it: the copy was saved
//     then, not served now, so the age gives no day and the modification
//     date stands for the publication (dateage.go's updatedBefore), while
//     the age is still read with no modification date, or with one after
//     it;
//   - a recommendation card in the article whose link to another page is
//     an empty overlay <a> with the card's title only in its title
//     attribute, the title printed beside it in a <div> (no heading, no
//     linked text): the card's date is another page's (teasercard.go's
//     overlayCardLink), while the article's own date beside an empty
//     share link whose title the line does not repeat is still read;
//   - a date element whose update label stands before it, in a heading
//     above a timestamp list ("<h4>Zuletzt geändert am:</h4><ul><li
//     class=timestamp-list__item>09.03.2024"): the update, not the
//     publication (dateupdatelabel.go), while the same list under
//     "Veröffentlicht am:" is still read, and so is a date element after
//     a standfirst ending on "aktualisiert." (a sentence, no label);
//   - a hidden <time itemprop="dateModified"> printed first in a meta box
//     named for a date, before the shown publication date: the box's
//     update child (markup.go's updateOnly), while a <time> marked
//     "datePublished dateModified" (one day for both) is still read, and
//     so is a box's hAtom "updated" date beside a <meta
//     itemprop=dateModified>, which shows nothing.
func fcFix27Dates28Cases() []fcCase {
	want := func(prefix string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantDate(t, a, prefix) }
	}
	// near wants a publication date within a day and a half of now less
	// ago (the rows are extracted as fetched now).
	near := func(ago time.Duration) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			p, err := time.Parse(time.RFC3339, a.PublishedAt)
			if err != nil {
				t.Fatalf("published = %q, want a date about %s ago", a.PublishedAt, ago)
			}
			if d := time.Since(p) - ago; d < -36*time.Hour || d > 36*time.Hour {
				t.Errorf("published = %q, want about %s ago", a.PublishedAt, ago)
			}
		}
	}
	deHead := `<title>Vortrag: Die Geschichte der Hafenbrücke | Heimatverein Altenbrück</title>`
	deBody := `<p>Der Heimatverein lädt zu einem Vortrag über die Geschichte der alten Hafenbrücke ein, die im kommenden Jahr saniert werden soll.</p>
<p>Referent ist der frühere Bauamtsleiter, der die Pläne aus dem Stadtarchiv mitbringt und von den Umbauten der Nachkriegszeit erzählt.</p>
<p>Im Anschluss gibt es Gelegenheit zu Fragen und ein kleines Buffet, das Mitglieder des Vereins vorbereiten.</p>
<p>Der Eintritt ist frei, um eine Spende für die Vereinsarbeit wird gebeten. Eine Anmeldung ist nicht nötig.</p>`
	deArt := func(box string) string {
		return `<main><article><h1>Vortrag: Die Geschichte der Hafenbrücke</h1>` + box + deBody + `</article></main>`
	}
	enHead := `<title>Open day at the lifeboat station | Holmby Courier</title>`
	enArt := func(box string) string {
		return `<main><article><h1>Open day at the lifeboat station</h1>` + box + fcProse(0, 4) + `</article></main>`
	}
	frHead := `<title>Portes ouvertes à la station de sauvetage | Le Courrier</title>`
	frBody := `<p>La station de sauvetage ouvre ses portes au public pour présenter le nouveau canot tous temps arrivé cet hiver.</p>
<p>Les bénévoles feront visiter le hangar et expliqueront le déroulement d'une intervention en mer, de l'alerte au retour au port.</p>
<p>Une démonstration de treuillage avec l'hélicoptère de la sécurité civile est prévue en fin de matinée si la météo le permet.</p>
<p>L'entrée est libre et une buvette tenue par l'association permettra de soutenir financièrement la station.</p>`
	frArt := func(box string) string {
		return `<main><article><h1>Portes ouvertes à la station de sauvetage</h1>` + box + frBody + `</article></main>`
	}
	ageHead := func(mod string) string {
		h := `<title>Hafenbrücke wird für Lastwagen gesperrt | Stadtbote</title>`
		if mod != "" {
			h += `<meta property="article:modified_time" content="` + mod + `">`
		}
		return h
	}
	ageArt := `<main><article><h1>Hafenbrücke wird für Lastwagen gesperrt</h1><div class="author-info"><span class="author">Jana Berg</span> <span class="age">vor 5 Stunden</span></div>` +
		`<p>Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem kommenden Monat für Lastwagen zu sperren, nachdem Gutachter Risse in zwei Pfeilern fanden.</p>
<p>Fahrer schwerer Fahrzeuge müssen dann die Umgehungsstraße nutzen, was zur Hauptverkehrszeit etwa eine Viertelstunde mehr kostet.</p>
<p>Händler am Kai fürchten weniger Lieferungen, doch die Gemeinde verspricht Ladezonen an beiden Enden der Brücke.</p>
<p>Die Reparatur soll mindestens acht Monate dauern und rund vier Millionen Euro kosten, sagte der Bauamtsleiter in der Sitzung.</p></article></main>`
	card := func(href, title, date string) string {
		return `<li><div class="wrapper"><div class="image"><a href="` + href + `" title="` + title + `"></a><img src="/img/card.jpg" alt=""></div>` +
			`<div class="text"><div class="topline">Ratgeber</div><a href="` + href + `" title="` + title + `"></a><div class="title">` + title + `</div>` +
			`<p><span class="date">` + date + `</span>Werden Sie Ihr eigener Tourenplaner und lernen Sie, wie Sie Strecken planen und sicher nachfahren.</p></div></div></li>`
	}
	cardArt := func(meta string) string {
		return `<main><article><h1>Hafenbrücke wird für Lastwagen gesperrt</h1>` + meta +
			`<p>Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem kommenden Monat für Lastwagen zu sperren, nachdem Gutachter Risse in zwei Pfeilern fanden.</p>
<p>Fahrer schwerer Fahrzeuge müssen dann die Umgehungsstraße nutzen, was zur Hauptverkehrszeit etwa eine Viertelstunde mehr kostet.</p>
<p>Händler am Kai fürchten weniger Lieferungen, doch die Gemeinde verspricht Ladezonen an beiden Enden der Brücke.</p>
<p>Die Reparatur soll mindestens acht Monate dauern und rund vier Millionen Euro kosten, sagte der Bauamtsleiter in der Sitzung.</p>` +
			`<div class="intro"><a class="title" name="#">Empfehlungen aus der Redaktion</a></div><ul class="timeline similar">` +
			card("/ratgeber/tourenplanung-karte-gps", "Tourenplanung mit Karte und GPS-Portalen", "06.03.2016") +
			card("/ratgeber/radwege-umland", "Die schönsten Radwege im Umland der Stadt", "14.05.2019") + `</ul></article></main>`
	}
	stampArt := func(meta, stamp string) string {
		return `<main><article><h1>Hafenbrücke wird für Lastwagen gesperrt</h1>` + meta +
			`<p>Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem kommenden Monat für Lastwagen zu sperren, nachdem Gutachter Risse in zwei Pfeilern fanden.</p>
<p>Fahrer schwerer Fahrzeuge müssen dann die Umgehungsstraße nutzen, was zur Hauptverkehrszeit etwa eine Viertelstunde mehr kostet.</p>
<p>Händler am Kai fürchten weniger Lieferungen, doch die Gemeinde verspricht Ladezonen an beiden Enden der Brücke.</p>
<p>Die Reparatur soll mindestens acht Monate dauern und rund vier Millionen Euro kosten, sagte der Bauamtsleiter in der Sitzung.</p>` +
			stamp + `</article></main>`
	}
	stamp := func(label, date string) string {
		return `<div class="timestamp"><h4 class="timestamp__title">` + label + `</h4><ul class="timestamp-list"><li class="timestamp-list__item">` + date + `</li></ul></div>`
	}
	justNow := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	return []fcCase{
		{class: "fix27dates28/event: an event's 'Termin: 12.03.2024, 19 Uhr' under the headline is no publication date",
			html:  fcPage("de", deHead, deArt(`<div class="termin-box">Termin: 12.03.2024, 19 Uhr, Rathaussaal</div>`)),
			check: want("")},
		{class: "fix27dates28/event: a 'Veranstaltungsdatum 12.03.2024' line is no publication date",
			html:  fcPage("de", deHead, deArt(`<p class="info">Veranstaltungsdatum 12.03.2024 · Rathaussaal</p>`)),
			check: want("")},
		{class: "fix27dates28/event: an English 'When: March 12, 2024' box is no publication date",
			html:  fcPage("en", enHead, enArt(`<div class="event-details"><p>When: March 12, 2024, 10 am to 4 pm</p><p>Where: Holmby lifeboat station</p></div>`)),
			check: want("")},
		{class: "fix27dates28/event: a French 'Date de l'événement : 12 mars 2024' is no publication date",
			html:  fcPage("fr", frHead, frArt(`<p class="evenement">Date de l'événement : 12 mars 2024, de 10 h à 17 h</p>`)),
			check: want("")},
		{class: "fix27dates28/event: must still fire: the page's own 'Datum: 05.03.2024' beside the event box",
			html:  fcPage("de", deHead, deArt(`<p class="meta">Datum: 05.03.2024</p><div class="termin-box">Termin: 12.03.2024, 19 Uhr, Rathaussaal</div>`)),
			check: want("2024-03-05")},
		{class: "fix27dates28/event: must still fire: 'Posted: March 5, 2024' above a 'When:' box",
			html:  fcPage("en", enHead, enArt(`<p class="meta">Posted: March 5, 2024</p><div class="event-details"><p>When: March 12, 2024, 10 am to 4 pm</p></div>`)),
			check: want("2024-03-05")},
		{class: "fix27dates28/event: must still fire: a French page's own 'Publié le 5 mars 2024'",
			html:  fcPage("fr", frHead, frArt(`<p class="meta">Publié le 5 mars 2024</p><p class="evenement">Date de l'événement : 12 mars 2024</p>`)),
			check: want("2024-03-05")},
		{class: "fix27dates28/age: 'vor 5 Stunden' on a page modified years before is no day; the modification stands for it",
			html:  fcPage("de", ageHead("2022-01-05T10:00:00+01:00"), ageArt),
			check: want("2022-01-05")},
		{class: "fix27dates28/age: must still fire: 'vor 5 Stunden' with no modification date",
			html:  fcPage("de", ageHead(""), ageArt),
			check: near(5 * time.Hour)},
		{class: "fix27dates28/age: must still fire: 'vor 5 Stunden' with a modification an hour ago",
			html:  fcPage("de", ageHead(justNow), ageArt),
			check: near(5 * time.Hour)},
		{class: "fix27dates28/card: a recommendation card's date beside its empty overlay link is no publication date",
			html:  fcPage("de", ageHead(""), cardArt(`<p class="author">Von Jana Berg</p>`)),
			check: want("")},
		{class: "fix27dates28/card: must still fire: the article's own date beside an empty share link",
			html:  fcPage("de", ageHead(""), cardArt(`<div class="meta"><span class="date">05.03.2024</span> <a href="https://www.facebook.com/sharer.php?u=x" title="Diesen Artikel auf Facebook teilen"></a></div>`)),
			check: want("2024-03-05")},
		{class: "fix27dates28/updlabel: a timestamp list under a 'Zuletzt geändert am:' heading is the update, not the publication",
			html:  fcPage("de", ageHead(""), stampArt(`<p class="author">Von Jana Berg am 05.03.2024</p>`, stamp("Zuletzt geändert am:", "09.03.2024"))),
			check: want("2024-03-05")},
		{class: "fix27dates28/updlabel: must still fire: the same list under 'Veröffentlicht am:'",
			html:  fcPage("de", ageHead(""), stampArt(`<p class="author">Von Jana Berg</p>`, stamp("Veröffentlicht am:", "05.03.2024"))),
			check: want("2024-03-05")},
		{class: "fix27dates28/updlabel: must still fire: a date element after a standfirst ending on 'aktualisiert.'",
			html:  fcPage("de", ageHead(""), stampArt(`<p class="dek">Die Sperrung gilt ab April, dieser Artikel wird laufend aktualisiert.</p><p class="date">05.03.2024</p>`, "")),
			check: want("2024-03-05")},
		{class: "fix27dates28/moditemprop: a hidden <time itemprop=dateModified> before the shown date in a meta box is the update",
			html:  fcPage("de", ageHead(""), stampArt(`<div class="meta"><time itemprop="dateModified" class="hidden">2024-03-09 14:15:57</time> <span class="v-box">05.03.2024 10:20</span></div>`, "")),
			check: want("2024-03-05")},
		{class: "fix27dates28/moditemprop: must still fire: a <time itemprop='datePublished dateModified'> in the meta box",
			html:  fcPage("de", ageHead(""), stampArt(`<div class="meta"><time itemprop="datePublished dateModified" class="hidden">2024-03-05 10:20:00</time> <span class="v-box">Von Jana Berg</span></div>`, "")),
			check: want("2024-03-05")},
		{class: "fix27dates28/moditemprop: must still fire: a date box's hAtom date beside a <meta itemprop=dateModified>",
			html: fcPage("en", `<title>Harbour bridge to close to lorries | Town Post</title>`, `<main><article><h1>Harbour bridge to close to lorries</h1>`+
				`<p class="dek">Councillors met on 4 March 2024 and heard that the cracks had widened over the winter.</p>`+
				`<div class="zox-post-date-wrap"><span class="zox-post-date updated">5 March 2024</span><meta itemprop="dateModified" content="2024-03-09"></div>`+
				fcProse(0, 4)+`</article></main>`),
			check: want("2024-03-05")},
	}
}

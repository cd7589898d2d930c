package extract

import "testing"

// cms27d28Cases are whole invented pages for round 27's date classes: a
// TYPO3 news page of a local association announcing an event, its own
// date in tx_news's list-date <time> beside the author, and a "Termin:"
// box under the headline with the day the event takes place (four days
// later, before the fetch), a "Weitere Termine" list in the side column
// with more event days. The event's day is no publication date: with the
// page's own date cut (TestMetamorphicAbsent's no-date variant) none may
// be read from the box (the lexicon's other_date_labels).
var cms27d28Cases = []cmsPage{
	{cmsCase: cmsCase{file: "cms27d28-de-typo3-verein-termin.html", headline: "Frühjahrsputz am Mühlenteich: Helfer gesucht",
		authors: []string{"Maren Tiedemann-Oltrop"}, published: "2024-03-05",
		body:   []string{"Der Heimatverein ruft zum Frühjahrsputz", "Wie in jedem Frühjahr will der Heimatverein", "34 Freiwillige", "festes Schuhwerk mitbringen"},
		chrome: []string{"Termin:", "Treffpunkt", "Mühlenweg 4", "Weitere Termine", "Jahreshauptversammlung", "Webstuhl", "Zurück", "Cookies", "Impressum", "Foto:"}},
		dateline: "-",
		captions: []string{"Am Ufer des Mühlenteichs sammelt sich über den Winter viel Unrat an."},
		capsNot:  []string{"Foto:"},
		credits:  []string{"Heimatverein Lindenhagen"},
		notPic:   []string{"Heimatverein Lindenhagen e.V.", "Webstuhl"}},
}

// TestCMS27cms27d28 extracts each whole page and checks every field.
func TestCMS27cms27d28(t *testing.T) {
	checkCMSPages(t, cms27d28Cases, cmsFetched)
}

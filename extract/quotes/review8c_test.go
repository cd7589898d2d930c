package quotes

import (
	"testing"
)

// TestReview8c: ordinary paragraphs on which the eighth round's speaker
// rules could misfire: he/she's last resort (a sentence's subject) must
// not name a place or a service, English has no article "der"/"den" to
// end a Dutch name on, and the round's gains (an organisation over "of", a title after
// an article before a name) hold. Names and places are made up.
func TestReview8c(t *testing.T) {
	rows := []probe8Case{
		{"street opens the sentence before she said", "en", []string{"Harbour Street is closed to cars until May.", "“We had no choice but to close it,” she said."}, []string{""}},
		{"a city opens the sentence before she said", "en", []string{"New York has a new ferry timetable since Monday.", "“It is a mess for everyone,” she said."}, []string{""}},
		{"a council opens the sentence before she said", "en", []string{"Holmby Council approved the budget on Monday.", "“We had no choice at all,” she said."}, []string{""}},
		{"a ferry line opens the sentence before she said", "en", []string{"Grest Ferries runs four boats a day.", "“We had no choice at all,” she said."}, []string{""}},
		{"a person opens the sentence before she said", "en", []string{"Harriet Quill runs the ferry company.", "“We had no choice at all,” she said."}, []string{"Harriet Quill"}},
		{"a railway opens the sentence before sagte sie", "de", []string{"Deutsche Bahn hat den Fahrplan geändert.", "„Das ist ein Chaos für alle“, sagte sie."}, []string{""}},
		{"a spa town opens the sentence before sagte sie", "de", []string{"Bad Holmby liegt direkt am Meer.", "„Das ist ein Chaos für alle“, sagte sie."}, []string{""}},
		{"a street compound opens the sentence before sagte er", "de", []string{"Die Hafenstraße bleibt gesperrt. Holmer Hafenstraße ist seit Montag zu.", "„Das dauert noch Wochen“, sagte er."}, []string{""}},
		{"the Rev. and a name", "en", []string{"“We pray for the crew,” said the Rev. Jane Doe."}, []string{"Jane Doe"}},
		{"the President, then the name", "en", []string{"“We will not give up,” said the President, Jane Doe."}, []string{"Jane Doe"}},
		{"Dutch den after said", "en", []string{"“The dikes will hold,” said Joop den Uyl."}, []string{"Joop den Uyl"}},
		{"Dutch den before said", "en", []string{"Willem den Boer said: “The dikes will hold this winter.”"}, []string{"Willem den Boer"}},
		{"van der", "en", []string{"“The dikes will hold,” said Anna van der Berg."}, []string{"Anna van der Berg"}},
		{"a university's possessive before the name", "en", []string{"“The data are clear,” the University of Holmby's Jane Doe said."}, []string{"Jane Doe"}},
		{"Friends of as an organisation after the name", "en", []string{"“We will keep the pier,” said Jane Doe of Friends of Holmby Pier."}, []string{"Jane Doe"}},
		{"Bank of England said", "en", []string{"“Rates will stay put,” the Bank of England said."}, []string{"Bank of England"}},
		{"Laut and a noun opens a sentence", "de", []string{"Laut Fahrplan fährt die Fähre viermal am Tag. „Das reicht nicht“, sagte Jana Feld."}, []string{"Jana Feld"}},
		{"According to opens the sentence", "en", []string{"According to Jane Doe, the ferry is “the best thing to happen to the island in years.”"}, []string{"Jane Doe"}},
		{"comma after the closing mark, then a relative clause", "en", []string{"“The timetable is unworkable”, said Jane Doe, who chairs the users' group."}, []string{"Jane Doe"}},
	}
	for _, tc := range rows {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, tc.lang, tc.want) })
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestWireListSparesNamesAndAcronyms: the wire list is read as a name's
// tail ("JANE DOE AFP"), a role's modifier ("Jane Doe AP correspondent")
// and a caption's bracketed credit ("(AFP)"), so an agency whose name is
// also a common surname, given name or acronym would cut real people's
// names and read acronyms as credits. Such agencies stay out of it.
func TestWireListSparesNamesAndAcronyms(t *testing.T) {
	const u = "https://holmby-courier.example/2024/01/02/council-budget"
	for _, c := range []struct{ byline, want string }{
		{"By JORGE LUIS MENA", "Jorge Luis Mena"},
		{"By MARIA JOSE KUNA", "Maria Jose Kuna"},
		{"By SAMIR ABU WAFA", "Samir Abu Wafa"},
		{"By NUSRAT JAHAN TASNIM", "Nusrat Jahan Tasnim"},
		{"By AYA SATO HINA", "Aya Sato Hina"},
	} {
		a, err := Extract(Input{HTML: []byte(fcBylinePage("en", `<div class="byline">`+c.byline+`</div>`, fcProse(0, 5))), URL: u}, Options{NoQuotes: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(c.byline, func(t *testing.T) { fcWantAuthors(t, a, c.want) })
	}
	body := strings.Repeat("<p>The council met on Tuesday and voted on the new budget for the harbour district, after a long debate.</p>", 4)
	for _, caption := range []string{
		"Sam Altman says the company is close to artificial general intelligence (AGI)",
		"Ministers of the Middle East and North Africa (MENA)",
		"Fish oil capsules rich in docosahexaenoic acid (DHA)",
		"Leaders of the Palestinian National Authority (PNA)",
		"A call centre testing speech-to-text (STT)",
		"The minister at the Ministry of Trade and Industry (MTI)",
	} {
		page := `<html><body><article><h1>Council votes on the harbour budget</h1><figure><img src="https://example.com/a.jpg"><figcaption>` +
			caption + `</figcaption></figure>` + body + `</article></body></html>`
		a, err := Extract(Input{HTML: []byte(page), URL: "https://example.com/news/harbour-budget"}, Options{NoQuotes: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Images) != 1 || a.Images[0].Caption != caption || a.Images[0].Credit != "" {
			t.Errorf("%q: images %+v, want the caption whole and no credit", caption, a.Images)
		}
	}
}

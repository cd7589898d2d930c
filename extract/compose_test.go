package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestComposedText: text a page spells with combining marks comes out in
// NFC, in every field, and the quote layer's rune offsets point at the
// composed paragraph.
func TestComposedText(t *testing.T) {
	const (
		decomposed = "Mu\u0308ller" // u + combining diaeresis
		composed   = "M\u00fcller"
	)
	body := strings.Repeat("<p>Der Stadtrat hat am Montag lange über den neuen Haushalt beraten und am Ende zugestimmt.</p>", 4)
	page := `<html lang="de"><head><title>Haushalt: ` + decomposed + ` zufrieden</title></head><body><article>
<h1>Haushalt: ` + decomposed + ` zufrieden</h1>
<p class="byline">Von Anna ` + decomposed + `</p>
<p>„Wir haben lange gerungen“, sagte Bürgermeister Hans ` + decomposed + ` am Montag nach der Sitzung im Rathaus.</p>
` + body + `
<figure><img src="/a.jpg"><figcaption>Hans ` + decomposed + ` im Rathaus</figcaption></figure>
</article></body></html>`
	a, err := Extract(Input{HTML: []byte(page), URL: "https://example.org/2026/11/haushalt"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Haushalt: " + composed + " zufrieden"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Anna "+composed {
		t.Errorf("authors %q, want [Anna %s]", a.Authors, composed)
	}
	if len(a.Images) != 1 || a.Images[0].Caption != "Hans "+composed+" im Rathaus" {
		t.Errorf("images %+v, want one captioned \"Hans %s im Rathaus\"", a.Images, composed)
	}
	for name, s := range map[string]string{"body": a.Body, "headline": a.Headline} {
		if strings.Contains(s, "\u0308") {
			t.Errorf("%s keeps a combining mark: %q", name, s)
		}
	}
	if !strings.Contains(a.Body, "Hans "+composed) {
		t.Errorf("body lost the name: %q", a.Body)
	}
	if len(a.Quotes) == 0 {
		t.Fatal("no quote found")
	}
	q := a.Quotes[0]
	p := []rune(a.Paragraphs[q.Paragraph])
	if q.Start < 0 || q.Start+utf8.RuneCountInString(q.Text) > len(p) || string(p[q.Start:q.Start+utf8.RuneCountInString(q.Text)]) != q.Text {
		t.Errorf("quote %q at rune %d does not match its paragraph %q", q.Text, q.Start, a.Paragraphs[q.Paragraph])
	}
}

// TestMojibakeRepaired: UTF-8 text a site stored as Latin-1 ("FranÃ§ois",
// "â€œ"), composed or decomposed ("A" + U+0303 for "Ã"), comes out as
// the text it was, in the headline, the byline and the body and its quotes.
func TestMojibakeRepaired(t *testing.T) {
	body := strings.Repeat("<p>The council debated the new budget for a long time on Monday and approved it in the end.</p>", 4)
	for name, franc := range map[string]string{"composed": "Fran\u00c3\u00a7ois", "decomposed": "FranA\u0303\u00a7ois"} {
		t.Run(name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Budget: ` + franc + ` Dupont pleased</title></head><body><article>
<h1>Budget: ` + franc + ` Dupont pleased</h1>
<p class="byline">By ` + franc + ` Martin</p>
<p>` + "\u00e2\u20ac\u0153We argued for a long time,\u00e2\u20ac\u009d said Mayor " + franc + ` Dupont after the meeting at the town hall.</p>
` + body + `</article></body></html>`
			a, err := Extract(Input{HTML: []byte(page), URL: "https://example.org/2026/11/budget"}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if want := "Budget: François Dupont pleased"; a.Headline != want {
				t.Errorf("headline %q, want %q", a.Headline, want)
			}
			if len(a.Authors) != 1 || a.Authors[0] != "François Martin" {
				t.Errorf("authors %q, want [François Martin]", a.Authors)
			}
			if !strings.Contains(a.Body, "“We argued for a long time,” said Mayor François Dupont") {
				t.Errorf("body not repaired: %q", a.Body)
			}
			if len(a.Quotes) != 1 || a.Quotes[0].Speaker == nil || *a.Quotes[0].Speaker != "François Dupont" {
				t.Errorf("quotes %+v, want one by François Dupont", a.Quotes)
			}
		})
	}
}

package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix27Review28Cases are the review of round 27's merges (the
// twenty-fourth round): forms the round's new rules took too widely,
// each a real answer that must still be read, and a share bar with
// separators its furniture rule missed:
//
//   - a picture credit after a bare picture word whose name holds a
//     particle that is also a byline label ("Foto Hans von Storch": "von"
//     is no "by" there): the word is cut, the name kept
//     (creditbareword.go's givenBy);
//   - a picture agency whose name opens on a picture word ("Picture
//     Alliance via Getty Images"): the credit stays whole
//     (imagecredits.go's agencyOpens);
//   - a person's copyright whose surname is "Co" ("© 2024 Lily Co"):
//     still the author, so "co" is no holder word (the English lexicon's
//     holder_org_words); "Gannett Co" is read as before the round;
//
// And furnitureOnly reads a share bar's words past separators alone
// ("Facebook | X | Pinterest"): TestFurnitureOnlySeparators. (On a whole
// page such a bar's bars split the byline first, and "Pinterest" alone
// is still read as a user name: left, see the closing note.)
func fcFix27Review28Cases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	img := func(name, figcaption, caption, credit string) fcCase {
		media := `<figure><img src="https://holmby-courier.example/img/` + name + `.jpg"><figcaption>` + figcaption + `</figcaption></figure>`
		return fcCase{class: "images/review28/" + name, url: u, html: fcImagePage("en", "", media),
			check: func(t *testing.T, a *article.Article) { t.Helper(); fcWantImage(t, a, name, caption, credit) }}
	}
	footer := func(line string) string {
		title := "Ten years of keeping bees on a city rooftop"
		return fcPage("en", `<title>`+title+`</title>`, `<main><article><h1>`+title+`</h1>`+fcProse(0, 5)+`</article></main><footer><p>`+line+`</p></footer>`)
	}
	want := func(n string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { t.Helper(); fcWantAuthors(t, a, n) }
	}
	return []fcCase{
		img("credit-particle-von", `The pier at dawn on the first day. <span class="credit">Foto Hans von Storch</span>`, "The pier at dawn on the first day.", "Hans von Storch"),
		img("credit-agency-picture-word", `The pier at dawn on the first day. <span class="credit">Picture Alliance via Getty Images</span>`, "The pier at dawn on the first day.", "Picture Alliance via Getty Images"),
		{class: "authors/review28/copyright-surname-co", url: u, html: footer(`&copy; 2024 Lily Co`), check: want("Lily Co")},
	}
}

// TestFurnitureOnlySeparators: a share bar's networks with separators
// between them are furniture; a name with a separator is not.
func TestFurnitureOnlySeparators(t *testing.T) {
	w := vocab()
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Facebook | X | Pinterest", true},
		{"Facebook • X • Pinterest", true},
		{"Facebook X Pinterest", true},
		{"Priya Raman | Facebook", false},
		{"|", false},
	} {
		if got := w.furnitureOnly(strings.Fields(c.s)); got != c.want {
			t.Errorf("furnitureOnly(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestColonLabel: one or two words before the first colon, ASCII or
// full-width, and the text after the whole colon (a full-width colon's
// three bytes are not left on the text after it).
func TestColonLabel(t *testing.T) {
	for _, c := range []struct {
		s, rest string
		n       int
		ok      bool
	}{
		{"Сподели: Facebook Twitter", " Facebook Twitter", 1, true},
		{"分享：Facebook Twitter", "Facebook Twitter", 1, true},
		{"Zuletzt geändert: 12.03.2024", " 12.03.2024", 2, true},
		{"Three label words: x", "", 0, false},
		{": x", "", 0, false},
		{"no colon here", "", 0, false},
	} {
		label, rest, ok := colonLabel(c.s)
		if ok != c.ok || rest != c.rest || len(label) != c.n {
			t.Errorf("colonLabel(%q) = %q, %q, %v; want %d words, %q, %v", c.s, label, rest, ok, c.n, c.rest, c.ok)
		}
	}
}

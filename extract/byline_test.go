package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// TestFindByLineAfterHeadline: a by-label after the headline opens a
// byline at a block's start, after a separator, a date or a time, or
// capitalised; a "by" after a bare number or a month alone is a
// sentence's, in any language.
func TestFindByLineAfterHeadline(t *testing.T) {
	w := vocab()
	tests := []struct{ block, want string }{
		{"By Tove Lindqvist", "Tove Lindqvist"},
		{"Politics | by Tove Lindqvist", "Tove Lindqvist"},
		{"Posted on March 3, 2016 by Tove Lindqvist", "Tove Lindqvist"},
		{"Posted on 3rd March by Tove Lindqvist", "Tove Lindqvist"},
		{"2016-03-03 by Tove Lindqvist", "Tove Lindqvist"},
		{"3/3/16 by Tove Lindqvist", "Tove Lindqvist"},
		{"10:30 am by Tove Lindqvist", "Tove Lindqvist"},
		{"10:30am by Tove Lindqvist", "Tove Lindqvist"},
		{"Veröffentlicht am 3. März 2016 von Max Muster", "Max Muster"},
		{"03.03.2016 von Max Muster", "Max Muster"},
		{"Publié le 3 mars 2016 à 10h30 par Jean Dupont", "Jean Dupont"},
		// a label word joined to the picture's ("Text and photos by"),
		// as pictureBy lets through, opens the line with it
		{"Text and photos by Tove Lindqvist", "Tove Lindqvist"},
		{"Story and photos by Tove Lindqvist", "Tove Lindqvist"},
		{"Text und Fotos von Max Muster", "Max Muster"},
		{"Texte et photos par Jean Dupont", "Jean Dupont"},
		{"Photos by Nils Brandt", ""},
		{"The crew waved from the boats and photos by Nils Brandt show it.", ""},
		// a year or a number in a sentence is no date line
		{"The pier was built in 1932 by Anna Berg and opened to traffic.", ""},
		{"Das Gesetz wurde im Jahr 2016 von Angela Merkel unterzeichnet.", ""},
		{"Il governo del 2021 di Mario Draghi ha approvato la riforma.", ""},
		{"La ligne a été ouverte en 1932 par Jean Dupont.", ""},
		// nor is a month alone
		{"Le projet lancé en mars par Emmanuel Macron a échoué.", ""},
		{"The bill was signed in March by Anna Berg.", ""},
	}
	for _, tc := range tests {
		if got := w.findByLine([]string{tc.block}); got != tc.want {
			t.Errorf("findByLine(%q) = %q, want %q", tc.block, got, tc.want)
		}
	}
}

// TestFollowingBlocks: the text after the headline cut where blocks begin
// and end, so a byline after a block's text opens its own block.
func TestFollowingBlocks(t *testing.T) {
	root, err := ParseHTML([]byte(`<article><h1>Ferry</h1><div class="meta"><div>Holmby</div>Harbour news</div><p>By Tove Lindqvist</p><div>Photo <span>desk</span></div><p>` +
		strings.Repeat("A long first paragraph of the story. ", 10) + `</p></article>`))
	if err != nil {
		t.Fatal(err)
	}
	h1 := findFirst(root, atom.H1)
	got := followingBlocks(h1, 500)
	// the body's first long paragraph ends the text after its opening words
	want := []string{"Holmby", "Harbour news", "By Tove Lindqvist", "Photo desk", "A long first paragraph of the story. A long first paragraph"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("followingBlocks = %q, want %q", got, want)
	}
}

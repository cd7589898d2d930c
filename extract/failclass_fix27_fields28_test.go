package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round 27, fields28: two rules that read one narrow form of a wide class.
//
//   - A place opening the story before a bare separator, corroborated by
//     the page (datelineopener.go): the separators were the four spaced
//     dashes while the wire-dateline rule also reads the unspaced em
//     dash, the double hyphen and the middle dot ("Beuel · Seit kurzem
//     …", the German regional form); now the same set, the colon still
//     aside. A kicker in the same form is still none.
//   - A picture word opening a credit without a colon after the
//     caption's last sentence (creditbareword.go): the words were Bild,
//     Foto and Beeld written in the code; now every one-word picture
//     label of the lexicon's credit labels ("Photo", "Kuva", "Fotó",
//     "Φωτογραφία"), the name optionally followed by the lexicon's "via"
//     and the platform ("Foto Jane Doe via Unsplash"). A picture word and
//     a participle with "by" ("ILLUSTRATION FOURNIE PAR …") stays whole.
//   - A caption note of the lexicon in brackets closing a credit
//     ("MadMax22 (CC0) - (Symbolbild)"): what kind of picture, not
//     whose; cut in any language (creditbareword.go's
//     withoutTrailingNote), the licence before it then too.
//   - The credit's line after the caption's under a picture outside a
//     figure, a line break between them ("<small>caption</small><br>
//     <small>Quelle: X</small>"): read past the break as the caption is
//     read past the one after the picture (bodywrap.go's lineAfter).
//   - Past an empty placeholder after a picture (a loader's spinner, a
//     player's overlay), an element named as the credit as well as one
//     named as the caption (imagecaptions.go's captionAfter).
//   - A call to action inside the article ("<section class=cta>", the
//     magazine's cover and its appeal): chrome, as "promo" (markup.go's
//     chromeWords).
//
// Towns, names and sites are invented.
func fcFix27Fields28Cases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ name, lang, byline, open, where, want string }{
		{"de-middot-town", "de", "Von Anna Berger", "Wolfratshausen ·", "Wolfratshausen", "Wolfratshausen"},
		{"de-middot-invented", "de", "Von Anna Berger", "Querétola ·", "Querétola", "Querétola"},
		{"en-double-hyphen", "en", "By Chinedu Okafor", "Ikorodu --", "Ikorodu", "Ikorodu"},
		{"en-unspaced-em-dash", "en", "By Chinedu Okafor", "Little Harwick—", "Little Harwick", "Little Harwick"},
		// must still fire: the spaced dash
		{"de-dash-still", "de", "Von Anna Berger", "Wolfratshausen –", "Wolfratshausen", "Wolfratshausen"},
		// none: a kicker or a topic before the middle dot, the form alone
		{"de-middot-topic-compound", "de", "Von Anna Berger", "Omikron ·", "der Omikron-Welle", ""},
		{"de-middot-no-evidence", "de", "Von Anna Berger", "Marrowfield ·", "", ""},
		{"de-middot-lexicon-word", "de", "Von Anna Berger", "Union ·", "Union", ""},
	} {
		r := fcFix21Row(c.name, c.lang, c.byline, c.open, c.where, c.want)
		r.class = "dateline/fields28/" + c.name
		cs = append(cs, r)
	}
	for _, c := range []struct{ name, lang, figcaption, caption, credit string }{
		{"de-foto-via-platform", "de", "Das Rechenzentrum am Abend. Foto Jana Kestrel via Unsplash", "Das Rechenzentrum am Abend.", "Jana Kestrel via Unsplash"},
		{"en-photo-bare", "en", "The pier at dawn on Friday. Photo Jane Doe", "The pier at dawn on Friday.", "Jane Doe"},
		{"fi-kuva-bare", "fi", "Satama aamulla ennen ensimmäistä vuoroa. Kuva Jussi Lehtonen", "Satama aamulla ennen ensimmäistä vuoroa.", "Jussi Lehtonen"},
		{"hu-foto-bare", "hu", "A kikötő hajnalban. Fotó Kiss Péter", "A kikötő hajnalban.", "Kiss Péter"},
		{"el-fotografia-bare", "el", "Το λιμάνι το πρωί. Φωτογραφία Γιάννης Καλλής", "Το λιμάνι το πρωί.", "Γιάννης Καλλής"},
		// must still fire: the words the rule read before
		{"de-bild-still", "de", "Die Fähre am Steg. Bild Paul Muster", "Die Fähre am Steg.", "Paul Muster"},
		{"nl-beeld-slash-still", "nl", "De veerpont bij het eerste vertrek. Beeld ANP / Jan de Vries", "De veerpont bij het eerste vertrek.", "ANP / Jan de Vries"},
		// none: a picture word in the sentence, lower case after it
		{"de-bilder-in-sentence", "de", "Die Fähre am Steg. Bilder vom ersten Tag", "Die Fähre am Steg. Bilder vom ersten Tag", ""},
	} {
		c := c
		media := `<figure><img src="https://holmby-courier.example/img/` + c.name + `.jpg"><figcaption>` + c.figcaption + `</figcaption></figure>`
		cs = append(cs, fcCase{class: "images/fields28/" + c.name, url: "https://holmby-courier.example/news/ferry-first-crossing",
			html: fcImagePage(c.lang, "", media),
			check: func(t *testing.T, a *article.Article) {
				fcWantImage(t, a, c.name, c.caption, c.credit)
			}})
	}
	// a caption note of the lexicon in brackets closing the credit: cut,
	// and a licence before it then too; another bracket stays
	for _, c := range []struct{ name, lang, credit, want string }{
		{"credit-note-symbolbild-licence", "de", "MadMax22 (CC0) - (Symbolbild)", "MadMax22"},
		{"credit-note-file-photo", "en", "Jane Doe (file photo)", "Jane Doe"},
		{"credit-note-archivo", "es", "Ana Ruiz (archivo)", "Ana Ruiz"},
		{"credit-bracket-source-still", "en", "Jane Doe (Harbour Trust)", "Jane Doe (Harbour Trust)"},
	} {
		c := c
		media := `<figure><img src="https://holmby-courier.example/img/` + c.name + `.jpg"><figcaption>The pier at dawn on the first day. <span class="credit">` + c.credit + `</span></figcaption></figure>`
		cs = append(cs, fcCase{class: "images/fields28/" + c.name, url: "https://holmby-courier.example/news/ferry-first-crossing",
			html: fcImagePage(c.lang, "", media),
			check: func(t *testing.T, a *article.Article) {
				fcWantImage(t, a, c.name, "The pier at dawn on the first day.", c.want)
			}})
	}
	// the credit's line after the caption's line under a picture, a line
	// break between them as between the picture and the caption
	for _, c := range []struct{ name, lang, lines, caption, credit string }{
		{"credit-line-after-br-de", "de", `<small>Die Fähre am Steg</small><br><small>Quelle: Jana Kestrel / Hafenamt</small>`, "Die Fähre am Steg", "Jana Kestrel / Hafenamt"},
		{"credit-line-after-br-en", "en", `<small>The pier at dawn</small><br><small>Photo: Jane Doe</small>`, "The pier at dawn", "Jane Doe"},
		{"credit-line-adjacent-still", "en", `<small>The pier at dawn</small><small>Photo: Jane Doe</small>`, "The pier at dawn", "Jane Doe"},
	} {
		c := c
		media := `<div class="pic"><img src="https://holmby-courier.example/img/` + c.name + `.jpg"><br>` + c.lines + `</div>`
		cs = append(cs, fcCase{class: "images/fields28/" + c.name, url: "https://holmby-courier.example/news/ferry-first-crossing",
			html: fcImagePage(c.lang, "", media),
			check: func(t *testing.T, a *article.Article) {
				fcWantImage(t, a, c.name, c.caption, c.credit)
			}})
	}
	// past an empty placeholder after the picture, an element named as
	// its credit as well as one named as its caption; a plain paragraph
	// there is none
	for _, c := range []struct{ name, after, caption, credit string }{
		{"placeholder-then-credit-named", `<p class="credits">Foto: Jana Kestrel</p>`, "", "Jana Kestrel"},
		{"placeholder-then-caption-named-still", `<p class="caption">The pier at dawn on the first day.</p>`, "The pier at dawn on the first day.", ""},
	} {
		c := c
		media := `<div class="media"><img src="https://holmby-courier.example/img/` + c.name + `.jpg"><div class="play overlay"></div>` + c.after + `</div>`
		cs = append(cs, fcCase{class: "images/fields28/" + c.name, url: "https://holmby-courier.example/news/ferry-first-crossing",
			html: fcImagePage("de", "", media),
			check: func(t *testing.T, a *article.Article) {
				fcWantImage(t, a, c.name, c.caption, c.credit)
			}})
	}
	// a call to action inside the article: its cover picture has no
	// caption of the story's, its appeal no paragraph of the text
	cs = append(cs, fcCase{class: "images/fields28/cta-box-not-the-story", url: "https://holmby-courier.example/news/ferry-first-crossing",
		html: fcImagePage("de", "", `<section class="cta"><figure><img src="https://holmby-courier.example/img/cover.jpg"></figure><p id="cta-caption" class="text-s">Aktuelle Ausgabe des Magazins</p><div class="cta-description"><p>Das Magazin ist gemeinnützig und unabhängig. Wir finanzieren uns durch Spenden und Abos. Unterstütze unsere Arbeit mit einem Abo.</p></div></section>`),
		check: func(t *testing.T, a *article.Article) {
			for _, im := range a.Images {
				if strings.Contains(im.Caption, "Aktuelle Ausgabe") {
					t.Errorf("caption %q from the call to action", im.Caption)
				}
			}
			fcWantBody(t, a, []string{"forty passengers"}, []string{"gemeinnützig"})
		}})
	// a picture word, a participle and "by": the credit whole
	const qc = "ILLUSTRATION FOURNIE PAR LA VILLE DE HOLMBY"
	cs = append(cs, fcCase{class: "images/fields28/fr-caps-given-by-whole", url: "https://holmby-courier.example/news/ferry-first-crossing",
		html: fcImagePage("fr", "", `<figure><img src="https://holmby-courier.example/img/pont.jpg"><figcaption>Le futur pont vu du quai. <span class="credit">`+qc+`</span></figcaption></figure>`),
		check: func(t *testing.T, a *article.Article) {
			fcWantImage(t, a, "pont", "Le futur pont vu du quai.", qc)
		}})
	return cs
}

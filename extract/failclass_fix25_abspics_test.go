package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix25AbspicsCases are the picture classes TestMetamorphicAbsent found
// with a caption missing from the page (metamorphic_absent_test.go):
//
//   - a caption element, or a lightbox's caption attribute, left holding
//     only the credit the template prints after the caption: a label's
//     ("Foto: X", "Photo : X", "Courtesy of X"), a separator's and a
//     wire's ("— WAM", "| KYODO", "/ Jane Doe"), a tail label's
//     ("Provided by X"), a kind of picture ("Picture supplied"), a
//     picture agency in brackets ("(Keystone)"), the Japanese equals
//     sign's ("＝ロイター", "＝4日、ワシントン、山田太郎撮影"): no caption,
//     it is the credit (imagecreditonly.go), or a credit label alone
//     ("Crédit"): nothing; while a caption of words, a name alone and a
//     caption ending on its credit are read as before;
//   - the credit after an empty caption's place: a picture table's empty
//     caption row before its credit row, SPIP's empty title term before
//     its description (captionforms.go's captionRow, imagecaptions.go's
//     captionAfter); a photographer's slash credit with an outlet of up
//     to five words alone in the caption element (outletSlashCredit),
//     while a name and words after a slash stay a caption;
//   - the labelled credit alone as the last line of a picture's box
//     ("<div class=x__picture><img><div>Фото: X</div></div>"): the
//     credit (imagecaptions.go's labelledCaptionLine);
//   - the caption's sentence alone as the one line of a box named for a
//     picture, its credit not printed: the caption
//     (imagecaptiontail.go's boxCaptionSentence; a box named
//     "…picture" is one: images.go's isMediaBox), while a box's label
//     ("Gallery") is none;
//   - a credit's label or separator left at a caption's end, the name
//     not printed ("… (foto", "… alleen doen. Beeld", "… original. /",
//     "…＝7日午後、札幌市中央区の大通公園、"): cut
//     (imagecaptiontail.go), while a caption ending on "photo" in its
//     sentence keeps it; "Foto ©" before a credit is its label;
//   - a caption line that is only a picture's credit ("THE CANADIAN
//     PRESS/Jane Doe" under a caption-less picture, "Foto di Jane
//     Doe"): out of the body (imagecreditonly.go's pictureCreditLine),
//     while a paragraph naming the same person in a sentence stays.
func fcFix25AbspicsCases() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	fig := func(caption string) string {
		return `<figure>` + img + `<figcaption>` + caption + `</figcaption></figure>`
	}
	rows := fcImageRows("images/fix25-abspics", []fcImageRow{
		{name: "photo-label-alone", media: fig("Photo: Nils Brandt"), want: [][3]string{{"deck", "", "Nils Brandt"}}},
		{name: "dash-wire-alone", media: fig(" — WAM"), want: [][3]string{{"deck", "", "WAM"}}},
		{name: "bar-wire-alone", media: fig(" | KYODO"), want: [][3]string{{"deck", "", "KYODO"}}},
		{name: "slash-name-alone", lang: "es", media: fig(" / Rubén Gallardo Tena"), want: [][3]string{{"deck", "", "Rubén Gallardo Tena"}}},
		{name: "provided-by-alone", media: fig("Provided by Holmby County"), want: [][3]string{{"deck", "", "Provided by Holmby County"}}},
		{name: "courtesy-of-long-name-alone", media: fig("Courtesy of U.S. Army Corps of Engineers"), want: [][3]string{{"deck", "", "Courtesy of U.S. Army Corps of Engineers"}}},
		{name: "picture-supplied-alone", media: fig("Picture supplied"), want: [][3]string{{"deck", "", "Picture supplied"}}},
		{name: "agency-in-brackets-alone", lang: "it", media: fig(" (Keystone)"), want: [][3]string{{"deck", "", "Keystone"}}},
		{name: "ja-equals-wire-alone", lang: "ja", media: fig("＝ロイター"), want: [][3]string{{"deck", "", "ロイター"}}},
		{name: "ja-equals-date-place-photographer-alone", lang: "ja", media: fig("＝4日、ワシントン、石原健太撮影"), want: [][3]string{{"deck", "", "石原健太撮影"}}},
		{name: "credit-label-alone-nothing", lang: "fr", media: fig("Crédit"), want: [][3]string{{"deck", "", ""}}},
		{name: "lightbox-description-credit-alone", lang: "de",
			media: `<div class="pic"><a class="fancybox" data-description=" Foto: Ansgar Wollscheid" href="/img/deck.jpg">` + img + `</a></div>`,
			want:  [][3]string{{"deck", "", "Ansgar Wollscheid"}}},
		{name: "picture-box-labelled-credit-line-alone", lang: "ru",
			media: `<div class="news-detail__picture">` + img + `<div class="news-detail__picture-text">Фото: Дмитрий Шалаев-Рудин</div></div>`,
			want:  [][3]string{{"deck", "", "Дмитрий Шалаев-Рудин"}}},
		{name: "slash-credit-long-outlet-alone", media: fig("Bethany Hale-Osborne/The Cedar Valley Courier"),
			want: [][3]string{{"deck", "", "Bethany Hale-Osborne/The Cedar Valley Courier"}}},
		{name: "nl-table-empty-caption-row-credit-row", lang: "nl",
			media: `<table class="artikelfoto" align="right" width="320"><tr><td>` + img + `</td></tr><tr><td class="fotobijschrift"></td></tr><tr><td class="fotograaf">Foto: Arjen Kooijman</td></tr></table>`,
			want:  [][3]string{{"deck", "", "Arjen Kooijman"}}},
		{name: "spip-empty-title-term-credit", lang: "fr",
			media: `<dl class="spip_documents spip_documents_center"><dt>` + img + `</dt><dt class="spip_doc_titre"><strong></strong></dt><dd class="spip_doc_descriptif">Photo : Bernard Lemaître</dd></dl>`,
			want:  [][3]string{{"deck", "", "Bernard Lemaître"}}},
		{name: "slash-name-and-words-kept", media: fig("Marta Lindqvist / with her grandson on the new pier at Holmby"),
			want: [][3]string{{"deck", "Marta Lindqvist / with her grandson on the new pier at Holmby", ""}}},
		// must NOT fire: a caption of words, a name alone, a caption
		// ending on its credit
		{name: "caption-with-dash-credit-kept", media: fig(fcCap + " — WAM"), want: [][3]string{{"deck", fcCap, "WAM"}}},
		{name: "name-alone-is-a-caption", media: fig("Marta Lindqvist"), want: [][3]string{{"deck", "Marta Lindqvist", ""}}},
		{name: "photo-words-caption-kept", media: fig("Photo booth at the Holmby fair"), want: [][3]string{{"deck", "Photo booth at the Holmby fair", ""}}},
		// a picture's box whose one line is the caption's sentence alone
		{name: "media-box-sentence-alone", lang: "sv",
			media: `<div class="news-item-image">` + img + `<div class="image-text"> Jubel efter slutsignalen i Tyresöhallen.</div></div>`,
			want:  [][3]string{{"deck", "Jubel efter slutsignalen i Tyresöhallen.", ""}}},
		{name: "picture-named-box-sentence-alone", lang: "ru",
			media: `<div class="news-detail__picture">` + img + `<div class="news-detail__picture-text">Дом купца на улице Мальцева после реставрации.</div></div>`,
			want:  [][3]string{{"deck", "Дом купца на улице Мальцева после реставрации.", ""}}},
		{name: "media-box-label-no-sentence-no-caption",
			media: `<div class="news-item-image">` + img + `<div class="image-text">Gallery</div></div>`},
		// a credit's label or separator left at the caption's end
		{name: "it-bracket-label-dangling", lang: "it", media: fig("La posa della fune attuale nel maggio 2014 (foto"),
			want: [][3]string{{"deck", "La posa della fune attuale nel maggio 2014", ""}}},
		{name: "nl-bare-label-dangling", lang: "nl", media: fig("De Zeesluis moet het de komende weken alleen doen. Beeld"),
			want: [][3]string{{"deck", "De Zeesluis moet het de komende weken alleen doen.", ""}}},
		{name: "es-slash-dangling", lang: "es", media: fig("El interior restaurado, con la cubierta de madera original. /"),
			want: [][3]string{{"deck", "El interior restaurado, con la cubierta de madera original.", ""}}},
		{name: "ja-equals-date-place-dangling", lang: "ja", media: fig("完成間近の噴水広場＝7日午後、札幌市中央区の大通公園、"),
			want: [][3]string{{"deck", "完成間近の噴水広場", ""}}},
		{name: "it-foto-before-copyright-sign", lang: "it", media: fig("Un dettaglio della «Cena in Emmaus», prestata da un museo di Madrid. Foto © Collezione Estebanez, Madrid"),
			want: [][3]string{{"deck", "Un dettaglio della «Cena in Emmaus», prestata da un museo di Madrid.", "Collezione Estebanez, Madrid"}}},
		{name: "photo-word-in-sentence-kept", media: fig("Passengers pose for a photo"),
			want: [][3]string{{"deck", "Passengers pose for a photo", ""}}},
		{name: "courtesy-of-lower-case-note-kept", media: fig("Courtesy of the family, taken on the day they sailed from the old harbour"),
			want: [][3]string{{"deck", "Courtesy of the family, taken on the day they sailed from the old harbour", ""}}},
	})
	notInBody := func(line string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			for _, p := range a.Paragraphs {
				if p == line {
					t.Errorf("body holds the credit line %q", line)
				}
			}
			if !fcHas(a.Paragraphs, "first crossing") && !fcHas(a.Paragraphs, strings.Fields(fcSentences[0])[0]) {
				t.Errorf("body lost its text: %q", a.Paragraphs)
			}
		}
	}
	page := func(media string) string { return fcImagePage("en", "", media) }
	rows = append(rows,
		fcCase{class: "images/fix25-abspics/credit-line-alone-out-of-body", url: fcFerryURL,
			html:  page(`<div class="post-thumbnail">` + img + `<p class="wp-caption-text">THE CANADIAN PRESS/Sean Delacourt</p></div>`),
			check: notInBody("THE CANADIAN PRESS/Sean Delacourt")},
		fcCase{class: "images/fix25-abspics/labelled-credit-line-out-of-body", url: fcFerryURL,
			html:  page(`<div class="foto-apertura">` + img + `<p class="didascalia"><em>(foto di Michele Lattarulo)</em></p></div>`),
			check: notInBody("(foto di Michele Lattarulo)")},
		// must NOT fire: the photographer named in a sentence of the story
		fcCase{class: "images/fix25-abspics/photographer-in-prose-kept", url: fcFerryURL,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 2)+
				`<figure>`+img+`<figcaption>`+fcCap+` Photo: Nils Brandt</figcaption></figure><p>Nils Brandt, who took the picture, sailed with them.</p>`+fcProse(4, 3)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if !fcHas(a.Paragraphs, "Nils Brandt, who took the picture") {
					t.Errorf("body lost the sentence naming the photographer: %q", a.Paragraphs)
				}
			}},
	)
	return rows
}

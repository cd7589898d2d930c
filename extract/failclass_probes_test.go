package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// More failure classes, found by probing the extractor with invented
// pages that follow widely used conventions (key-point boxes, credit
// labels, wire datelines, shown update dates) in several languages. As
// in failclass_test.go the pages and names are made up; no row copies a
// corpus page. TestFailureClasses runs them.

func fcProbeCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcKeyPointLabelCases()...)
	cs = append(cs, fcCreditLabelCases()...)
	cs = append(cs, fcPictureByCases()...)
	cs = append(cs, fcShownUpdateCases()...)
	cs = append(cs, fcKeyPointClassCases()...)
	cs = append(cs, fcCase{class: "images/amp-img", url: "https://holmby-courier.example/news/ferry-first-crossing",
		html: fcPage("en", `<title>Grest</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 2)+
			`<figure><amp-img src="/img/ferry-deck.jpg" width="800" height="500" layout="responsive"><noscript><img src="/img/ferry-deck.jpg"></noscript></amp-img><figcaption>Passengers on the deck during the first crossing. Photo: Nils Brandt</figcaption></figure>`+fcProse(2, 3)+`</article>`),
		check: func(t *testing.T, a *article.Article) {
			if len(a.Images) != 1 || !strings.HasSuffix(a.Images[0].URL, "/img/ferry-deck.jpg") || a.Images[0].Credit != "Nils Brandt" {
				t.Errorf("images = %+v, want the AMP picture with its caption and credit", a.Images)
			}
		}})
	return cs
}

// fcKeyPointLabelCases: the key-point box's heading in languages whose
// labels the lexicon lacked.
func fcKeyPointLabelCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	items := `<ul><li>The ferry made its first crossing with forty passengers.</li><li>Four sailings a day are planned for the summer.</li><li>Islanders get a discount on every fare.</li></ul>`
	var cs []fcCase
	for _, c := range [][2]string{
		{"es", "Lo más importante"}, {"es", "Las claves"}, {"it", "Punti chiave"}, {"it", "In breve"},
		{"pt", "Pontos-chave"}, {"nl", "In het kort"}, {"fr", "L’essentiel"}, {"fr", "Ce qu’il faut retenir"},
		// the stock labels added in a later round
		{"pt", "Resumo"}, {"pt", "O que você precisa saber"}, {"nl", "Kort samengevat"}, {"nl", "Wat je moet weten"},
		{"es", "Qué sabemos"}, {"de", "Was wir wissen"}, {"fr", "Ce que l'on sait"}, {"fr", "Les points clés"}, {"it", "In pillole"},
	} {
		cs = append(cs, fcCase{class: "bullets/key-point-label-other-language/" + c[0] + "/" + c[1], url: u,
			html: fcPage(c[0], `<title>Grest</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><div class="box"><h2>`+c[1]+`</h2>`+items+`</div>`+fcProse(1, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Bullets) != 3 || !fcHas(a.Bullets, "Four sailings a day") {
					t.Errorf("bullets = %q, want the three key points", a.Bullets)
				}
				fcWantBody(t, a, []string{"Town officials"}, []string{"Four sailings a day"})
			}})
	}
	return cs
}

// fcCreditLabelCases: a caption's credit after a label of a language the
// lexicon lacked it for ("Fuente:", "Foto di", "照片：", "写真：",
// "사진=", "Fotó:"); the credit is the source without its label.
func fcCreditLabelCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][4]string{
		{"es", "Pasajeros en la cubierta durante la primera travesía. Fuente: Nils Brandt", "Pasajeros en la cubierta durante la primera travesía.", "Nils Brandt"},
		{"it", "Passeggeri sul ponte durante la prima traversata. Foto di Nils Brandt", "Passeggeri sul ponte durante la prima traversata.", "Nils Brandt"},
		{"zh", "首航时甲板上的乘客。照片：新华社", "首航时甲板上的乘客。", "新华社"},
		{"ja", "初航海で甲板に立つ乗客。写真：共同", "初航海で甲板に立つ乗客。", "共同"},
		{"ko", "첫 운항에서 갑판 위의 승객들. 사진=연합뉴스", "첫 운항에서 갑판 위의 승객들.", "연합뉴스"},
		{"hu", "Utasok a fedélzeten az első átkelés során. Fotó: Nils Brandt/MTI", "Utasok a fedélzeten az első átkelés során.", "Nils Brandt/MTI"},
		// a wire named in its own script, in brackets
		{"ar", "ركاب على سطح العبارة خلال الرحلة الأولى. (رويترز)", "ركاب على سطح العبارة خلال الرحلة الأولى.", "رويترز"},
		// an agency's name alone after the last sentence, no label
		{"fr", "Des passagers sur le pont lors de la première traversée. AFP", "Des passagers sur le pont lors de la première traversée.", "AFP"},
		{"en", "Passengers on the deck during the first crossing. Getty Images", "Passengers on the deck during the first crossing.", "Getty Images"},
	} {
		caption, credit := c[2], c[3]
		cs = append(cs, fcCase{class: "images/credit-label-other-language/" + c[0], url: u,
			html: fcPage(c[0], `<title>Grest</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><figure><img src="/img/ferry-deck.jpg"><figcaption>`+c[1]+`</figcaption></figure>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Caption != caption || a.Images[0].Credit != credit {
					t.Errorf("images = %+v, want caption %q credit %q", a.Images, caption, credit)
				}
			}})
	}
	return cs
}

// fcPictureByCases: a caption under the headline that credits the
// picture with "Photo by X" ("Foto di X", "Fotos von X") names the
// photographer, not the writer.
func fcPictureByCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	fig := func(lang, caption string) string {
		return fcPage(lang, `<title>Grest</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><figure><img src="/img/ferry-deck.jpg"><figcaption>`+caption+`</figcaption></figure>`+fcProse(0, 5)+`</article>`)
	}
	return []fcCase{
		{class: "authors/picture-credit-by-not-a-byline/en", url: u, html: fig("en", "Passengers on the deck during the first crossing. Photo by Nils Brandt"),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/picture-credit-by-not-a-byline/it", url: u, html: fig("it", "Passeggeri sul ponte durante la prima traversata. Foto di Nils Brandt"),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/picture-credit-by-not-a-byline/de", url: u, html: fig("de", "Passagiere an Deck bei der ersten Überfahrt. Fotos von Nils Brandt"),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }},
		{class: "authors/picture-credit-by-not-a-byline/beside-the-byline", url: u,
			html:  fcBylinePage("en", `<p>By Tove Lindqvist · Photos by Nils Brandt</p>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
	}
}

// fcShownUpdateCases: a meta line that shows the publication and the
// update date: published is the first, modified the second (whichever
// the line prints first). A sentence of the story that mentions both is
// no meta line.
func fcShownUpdateCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][2]string{
		{"de", "Veröffentlicht am 03.03.2024, 09:30 Uhr | Aktualisiert am 04.03.2024, 11:15 Uhr"},
		{"fr", "Publié le 3 mars 2024 à 09h30 Mis à jour le 4 mars 2024 à 11h15"},
		{"en", "Published March 3, 2024 9:30 a.m. Updated March 4, 2024 11:15 a.m."},
		{"en", "Updated March 4, 2024 11:15 a.m. · Published March 3, 2024 9:30 a.m."},
		{"es", "Publicado el 03/03/2024 a las 09:30 | Actualizado el 04/03/2024 a las 11:15"},
		{"it", "Pubblicato il 3 marzo 2024 alle 09:30 - Aggiornato il 4 marzo 2024 alle 11:15"},
		{"pl", "Opublikowano: 03.03.2024, 09:30 Aktualizacja: 04.03.2024, 11:15"},
		{"tr", "Yayınlanma: 03.03.2024 09:30 Güncelleme: 04.03.2024 11:15"},
		{"ru", "Опубликовано: 03.03.2024 09:30 Обновлено: 04.03.2024 11:15"},
		{"ja", "公開日：2024年3月3日 9:30 更新日：2024年3月4日 11:15"},
	} {
		cs = append(cs, fcCase{class: "dates/shown-published-and-updated/" + c[0] + "/" + truncRunes(c[1], 6), url: u,
			html: fcBylinePage(c[0], `<div class="meta">`+c[1]+`</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) {
				fcWantDate(t, a, "2024-03-03T09:30")
				if !strings.HasPrefix(a.ModifiedAt, "2024-03-04T11:15") {
					t.Errorf("modified = %q, want 2024-03-04T11:15...", a.ModifiedAt)
				}
			}})
	}
	cs = append(cs, fcCase{class: "dates/shown-published-and-updated/prose-not-a-meta-line", url: u,
		html: fcBylinePage("en", `<p class="meta">Published March 3, 2024</p><p>The timetable first published on March 1, 2024 was updated on March 4, 2024 after complaints from islanders who missed the early boat.</p>`, fcProse(0, 5)),
		check: func(t *testing.T, a *article.Article) {
			if a.ModifiedAt != "" {
				t.Errorf("modified = %q, want none", a.ModifiedAt)
			}
		}})
	return cs
}

// fcKeyPointClassCases: a key-point list named so by a class written
// with a hyphen or in camel case ("key-points", "keyPoints", "key_facts"),
// with no label before it.
func fcKeyPointClassCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	items := `<ul><li>The ferry made its first crossing with forty passengers.</li><li>Four sailings a day are planned for the summer.</li><li>Islanders get a discount on every fare.</li></ul>`
	var cs []fcCase
	for _, box := range []string{`<aside class="key-points">` + items + `</aside>`, `<div class="article-keyPoints">` + items + `</div>`, `<div class="key_facts">` + items + `</div>`} {
		cs = append(cs, fcCase{class: "bullets/key-point-class-split-words/" + strings.Fields(box)[1], url: u,
			html: fcBylinePage("en", box, fcProse(1, 5)),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Bullets) != 3 {
					t.Errorf("bullets = %q, want the three key points", a.Bullets)
				}
				fcWantBody(t, a, []string{"Town officials"}, []string{"Four sailings a day"})
			}})
	}
	return cs
}

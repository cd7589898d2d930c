package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-17 fix rows for pictures: a credit opened by a label read only at
// a caption's end ("Provided by X", "Submitted by X", in a part of its
// own or after the last sentence), a picture table of three rows
// (picture, caption, labelled credit), a picture table's caption cell in
// Japanese (letters counted, not spaces), and a title section's
// background picture whose caption follows the headline laid over it;
// with the forms that only look so (a caption that says "provided by"
// in its sentence, a data table, a related-story row, a hero whose
// caption-named part is a teaser link).

func fcFix17PicturesCases() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	const vol = "Volunteers serve dinner at the Holmby shelter."
	rows := fcImageRows("images/fix17", []fcImageRow{
		{name: "provided-by-part-glued",
			media: `<figure>` + img + `<figcaption class="cap"><span class="cap-text">` + fcCap + `</span><span class="cap-source">Provided by Holmby Harbour Trust</span></figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Provided by Holmby Harbour Trust"}}},
		{name: "provided-by-after-sentence",
			media: `<figure>` + img + `<figcaption>` + fcCap + ` Provided by the Holmby Harbour Trust</figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Provided by the Holmby Harbour Trust"}}},
		{name: "photo-provided-by-wp-caption",
			media: `<div class="wp-caption alignnone">` + img + `<p class="wp-caption-text">` + fcCap + ` Photo provided by Holmby Fire Department</p></div>`,
			want:  [][3]string{{"deck", fcCap, "Photo provided by Holmby Fire Department"}}},
		{name: "submitted-by-part",
			media: `<figure>` + img + `<figcaption>` + fcCap + ` <em>Submitted by Marta Lindqvist</em></figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Submitted by Marta Lindqvist"}}},
		{name: "submitted-photo-after-sentence",
			media: `<figure>` + img + `<figcaption>` + fcCap + ` Submitted photo</figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Submitted photo"}}},
		{name: "courtesy-of-part",
			media: `<figure>` + img + `<figcaption><span>` + fcCap + `</span><span>Courtesy of Holmby Harbour Trust</span></figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Courtesy of Holmby Harbour Trust"}}},
		// must NOT fire: "provided by" in the caption's own sentence
		{name: "provided-by-in-sentence-kept",
			media: `<figure>` + img + `<figcaption>Food provided by volunteers at the shelter.</figcaption></figure>`,
			want:  [][3]string{{"deck", "Food provided by volunteers at the shelter.", ""}}},
		{name: "provided-by-opens-a-sentence-kept",
			media: `<figure>` + img + `<figcaption>` + vol + ` Provided by local farms, the food feeds 200 people.</figcaption></figure>`,
			want:  [][3]string{{"deck", vol + " Provided by local farms, the food feeds 200 people.", ""}}},
		{name: "provided-by-sentence-part-kept",
			media: `<figure>` + img + `<figcaption><span>` + vol + `</span> <span>Provided by volunteers, the meals are free.</span></figcaption></figure>`,
			want:  [][3]string{{"deck", vol + " Provided by volunteers, the meals are free.", ""}}},
		{name: "submitted-by-lower-case-kept",
			media: `<figure>` + img + `<figcaption>` + vol + ` Submitted by hand to the council last week.</figcaption></figure>`,
			want:  [][3]string{{"deck", vol + " Submitted by hand to the council last week.", ""}}},
		// picture tables
		{name: "nl-table-three-rows-labelled-credit", lang: "nl",
			media: `<table class="artikelfoto" align="right" width="320"><tr><td>` + img + `</td></tr><tr><td class="fotobijschrift">De nieuwe veerboot aan de steiger in Grest.</td></tr><tr><td class="fotograaf">Foto: Jan de Vries</td></tr></table>`,
			want:  [][3]string{{"deck", "De nieuwe veerboot aan de steiger in Grest.", "Jan de Vries"}}},
		{name: "en-table-three-rows-photo-by",
			media: `<table align="left" width="300"><tr><td>` + img + `</td></tr><tr><td>` + fcCap + `</td></tr><tr><td><font size="1">Photo by Nils Brandt</font></td></tr></table>`,
			want:  [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "ja-nested-table-font-size-1", lang: "ja",
			media: `<table width="600"><tr><td><table align="right" border="0" cellpadding="4"><tr><td align="center">` + img + `<br><font size="1">初航海に出発するフェリー（３日）</font></td></tr></table><font size="3">フェリーは３日朝、初めての航海に出発した。乗客は約２００人だった。</font></td></tr></table>`,
			want:  [][3]string{{"deck", "初航海に出発するフェリー（３日）", ""}}},
		{name: "zh-table-caption-row", lang: "zh-CN",
			media: `<table align="center"><tr><td>` + img + `</td></tr><tr><td>新渡轮驶离霍尔姆比码头</td></tr></table>`,
			want:  [][3]string{{"deck", "新渡轮驶离霍尔姆比码头", ""}}},
		// must NOT fire: tables that are no picture's
		{name: "data-table-small-print-no-caption",
			media: `<table class="sailings"><tr><td><img src="/img/route-map.png" alt=""></td></tr><tr><td>Holmby–Grest</td><td>6 sailings</td></tr><tr><td><font size="1">Source: Holmby Harbour Trust</font></td></tr></table>`},
		{name: "ja-short-cell-label-no-caption", lang: "ja",
			media: `<table align="right"><tr><td align="center"><img src="/img/map.png" alt=""><br><font size="1">地図</font></td></tr></table>`},
	})
	rows = append(rows, fcFix17HeroCases()...)
	rows = append(rows, fcCase{class: "images/fix17/three-row-table-related-row-no-credit", url: fcFerryURL,
		html: fcImagePage("nl", "", `<table width="320"><tr><td>`+img+`</td></tr><tr><td>De nieuwe veerboot aan de steiger in Grest.</td></tr><tr><td><a href="/nieuws/veerdienst-tarieven">Lees ook: tarieven veerdienst omhoog</a></td></tr></table>`),
		check: func(t *testing.T, a *article.Article) {
			for _, im := range a.Images {
				if strings.Contains(im.Credit, "Lees ook") || strings.Contains(im.Caption, "Lees ook") {
					t.Errorf("image %s: caption %q credit %q hold the related-story row", im.URL, im.Caption, im.Credit)
				}
			}
		}})
	rows = append(rows, fcCase{class: "images/fix17/ja-related-story-row-no-caption", url: fcFerryURL,
		html: fcImagePage("ja", "", `<table class="kanren"><tr><td><a href="/news/071017.html"><img src="/img/thumb.jpg" alt=""></a><br><font size="1"><a href="/news/071017.html">旧灯台の一般公開が始まる</a></font></td></tr></table>`),
		check: func(t *testing.T, a *article.Article) {
			for _, im := range a.Images {
				if im.Caption != "" {
					t.Errorf("image %s captioned %q, want none", im.URL, im.Caption)
				}
			}
		}})
	return rows
}

// fcFix17HeroCases: a title section whose picture is a background layer,
// the headline laid over it and the caption in a part after both.
func fcFix17HeroCases() []fcCase {
	const title = "Ferry to Grest makes first crossing"
	page := func(section string) string {
		return fcPage("en", `<title>`+title+`</title>`, `<main>`+section+`<section class="text">`+fcProse(0, 4)+`</section></main>`)
	}
	row := func(name, section, caption, credit string) fcCase {
		return fcCase{class: "images/fix17-hero/" + name, url: fcFerryURL, html: page(section),
			check: func(t *testing.T, a *article.Article) {
				if caption == "" {
					for _, im := range a.Images {
						if im.Caption != "" {
							t.Errorf("image %s captioned %q, want none", im.URL, im.Caption)
						}
					}
					return
				}
				fcWantImage(t, a, "hero", caption, credit)
			}}
	}
	return []fcCase{
		row("layers-caption-after-foreground", `<section class="story-title"><div class="layer-background"><img src="/img/hero.jpg" alt=""></div><div class="layer-foreground"><h1>`+title+`</h1><p class="dek">The island's new link sailed at dawn.</p></div><div class="title-caption"><p>`+fcCap+` <span class="credit">Photo: Nils Brandt</span></p></div></section>`, fcCap, "Nils Brandt"),
		row("hero-bem-caption", `<header class="hero"><div class="hero__media"><picture><img src="/img/hero.jpg" alt=""></picture></div><div class="hero__content"><h1 class="hero__title">`+title+`</h1></div><figcaption class="hero__caption">`+fcCap+`</figcaption></header>`, fcCap, ""),
		// must NOT fire
		row("hero-caption-named-teaser-link-kept-out", `<section class="story-title"><div class="layer-background"><img src="/img/hero.jpg" alt=""></div><div class="layer-foreground"><h1>`+title+`</h1></div><div class="title-caption"><a href="/news/grest-harbour">Grest harbour reopens after repairs</a></div></section>`, "", ""),
		row("hero-no-headline-between", `<section class="story-title"><div class="layer-background"><img src="/img/hero.jpg" alt=""></div><div class="layer-foreground"><p>`+fcSentences[5]+`</p></div><div class="title-caption">Grest harbour at night, before the works began on the pier.</div></section><h1>`+title+`</h1>`, "", ""),
	}
}

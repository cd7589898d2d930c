package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Round-15 fix rows for pictures: the Japanese caption's credit after a
// full-width equals sign ("…＝共同", "…＝3日、大阪市、X撮影"), the Korean
// wire's "(부산=뉴시스) 이름 기자 =" opening, a centred caption paragraph
// after a picture centred alone in its paragraph, a slide's credit in a
// labelled line after its caption, and a picture box's caption ending on
// a labelled <small> credit; with the forms that only look so (a date and
// place after the equals sign, a wire's opening without a reporter, a
// centred prose paragraph, an ordinary paragraph after a caption).

func fcFix15PicturesCases() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	rows := fcImageRows("images/fix15", []fcImageRow{
		{name: "ja-equals-agency", lang: "ja",
			media: `<figure>` + img + `<figcaption>初航海に出発するフェリー＝共同</figcaption></figure>`,
			want:  [][3]string{{"deck", "初航海に出発するフェリー", "共同"}}},
		{name: "ja-equals-date-place-photographer", lang: "ja",
			media: `<figure>` + img + `<figcaption>初航海に出発するフェリー＝3日午前、大阪市北区、佐藤一郎撮影</figcaption></figure>`,
			want:  [][3]string{{"deck", "初航海に出発するフェリー", "佐藤一郎撮影"}}},
		{name: "ja-equals-date-place-only-no-credit", lang: "ja",
			media: `<figure>` + img + `<figcaption>初航海に出発するフェリー＝3日午前、大阪市北区</figcaption></figure>`,
			want:  [][3]string{{"deck", "初航海に出発するフェリー＝3日午前、大阪市北区", ""}}},
		{name: "ko-wire-reporter-opening", lang: "ko",
			media: `<figure>` + img + `<figcaption>(부산=뉴시스) 박지훈 기자 = 새 여객선이 3일 부산항에서 첫 운항을 시작하고 있다.</figcaption></figure>`,
			want:  [][3]string{{"deck", "새 여객선이 3일 부산항에서 첫 운항을 시작하고 있다.", "박지훈"}}},
		{name: "centred-pair-wire-credit",
			media: `<p align="center">` + img + `</p><p align="center">The new ferry leaves the pier at Grest, March 5, 2024. (Holmby Wire/Li Wen)</p>`,
			want:  [][3]string{{"deck", "The new ferry leaves the pier at Grest, March 5, 2024.", "Holmby Wire/Li Wen"}}},
		{name: "centred-pair-chinese-reporter-credit", lang: "zh-CN",
			media: `<p style="text-align: center">` + img + `</p><p style="text-align: center">新渡轮驶离码头。记者 林远 摄</p>`,
			want:  [][3]string{{"deck", "新渡轮驶离码头。", "记者 林远 摄"}}},
		{name: "slide-credit-line-after-caption",
			media: `<div class="gallery-slide">` + img + `<div class="gallery-slide__meta"><p class="gallery-slide__caption">The new ferry at the pier</p><p class="gallery-slide__by">Photo: Nils Brandt</p></div></div>`,
			want:  [][3]string{{"deck", "The new ferry at the pier", "Nils Brandt"}}},
		{name: "picture-box-small-labelled-credit", lang: "pl",
			media: `<div class="art-photo">` + img + `<div class="art-photo-desc">Nowy prom przy nabrzeżu w Grest <small>fot. Jan Kowalski</small></div></div>`,
			want:  [][3]string{{"deck", "Nowy prom przy nabrzeżu w Grest", "Jan Kowalski"}}},
	})
	body := []struct {
		name, media string
		in          []string
	}{
		{name: "centred-prose-after-a-centred-picture-stays",
			media: `<p align="center">` + img + `</p><p align="center">The ferry left the pier at seven, and the crew said nobody on board had seen a crossing like it in years.</p>`,
			in:    []string{"The ferry left the pier at seven"}},
		{name: "paragraph-after-a-caption-is-no-credit",
			media: `<div class="photo">` + img + `<p class="caption">The new ferry at the pier</p><p>Photographs of the first crossing were shown at the town hall on Monday evening.</p></div>`,
			in:    []string{"Photographs of the first crossing"}},
	}
	for _, r := range body {
		r := r
		rows = append(rows, fcCase{class: "images/fix15-body/" + r.name, url: fcFerryURL, html: fcImagePage("en", "", r.media),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, r.in, nil)
				for _, im := range a.Images {
					if im.Credit != "" {
						t.Errorf("image %s credited %q, want none", im.URL, im.Credit)
					}
				}
			}})
	}
	return rows
}

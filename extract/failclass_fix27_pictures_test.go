package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix27PicturesCases are the picture classes TestMetamorphicAbsent
// found with a caption's or a credit's answer taken from the page
// (metamorphic_absent_test.go's no-caption and no-credit):
//
//   - a caption note of the lexicon that opens the caption and ends on a
//     credit label's word ("FILE PHOTO: …", the wires' kicker on an
//     archive picture): the caption's, not a credit label, so the
//     caption keeps its sentence when no credit follows
//     (imagecreditnotes.go's labelInNote);
//   - a licence printed where the credit's source was left empty ("CC
//     BY-ND"): no credit (licenceAlone); a licence after the source
//     with a space only ("Jane Doe CC BY-ND"): cut (licenceRE);
//   - a credit field's own label element ("<div>Credit</div><div>Jane
//     Doe</div>") in a caption box whose caption is empty: not the
//     credit's (labelElemFree);
//   - a <cite> after the caption's part left empty ("<span></span><cite>
//     Quorum; data from …</cite>", a chart's source): the credit
//     (imagecaptions.go's smallCredit, emptyPartBefore);
//   - a numbered gallery's slide text ("1 of 3" alone in an element, the
//     count the slides') whose credit element is left empty: the caption
//     still (captionnocredit.go);
//   - a centred sentence under a centred picture's paragraph, the
//     paragraphs around them not centred, no credit printed, named as
//     the picture's text or, in Chinese, one short sentence: the caption
//     (captionnocredit.go's centredLineAlone, asked by centredCaption);
//   - a picture table's caption row before its credit row left empty,
//     and a picture box's line ending on an empty <small> (the credit's
//     element): the caption (captionnocredit.go's emptyLastRow,
//     emptyCreditSlot);
//   - a picture box's caption sentence alone when the picture is linked
//     to "#" or to its file (imagecaptiontail.go's boxCaptionSentence),
//     while a box whose picture links to another page is a teaser's;
//   - a gallery's caption element named "captioned" ("envira-gallery-
//     captioned-text") with no credit in it: the caption (the lexicon's
//     caption classes);
//   - the lead picture's caption in a box named as the lede, read as the
//     summary: none (leadpicture.go; fcFix27LeadPictureCases);
//   - the page's rights notice after a picture whose caption is empty
//     ("ⓒ KBN … 무단 전재 … 금지"): no credit (rightsNotice);
//   - the Italian rights notice left without its holder ("RIPRODUZIONE
//     RISERVATA"): no body line (the lexicon's boiler lines);
//   - a photographer's name and the agency in brackets alone in the
//     caption element ("Eduardo Parra Salinas (Europa Press)"): the
//     credit, whole (nameAgencyCredit);
//
// with the forms that only look so: a layout table, a box's line with a
// link and no empty slot, a page centred throughout, a centred sentence
// not named as the picture's (failclass_fix15), cards with a date that
// counts no slides, a <cite> alone, a credit after the kicker's
// sentence, a labelled credit alone, a licence after a comma, a credit
// after the copyright sign, a caption of words before a bracketed
// agency.
func fcFix27PicturesCases() []fcCase {
	return append(fcFix27PictureRows(), fcFix27LeadPictureCases()...)
}

// fcFix27LeadPictureCases: the caption under the lead picture, in a box
// named as the lede ("content-lede-image-caption"), is no summary
// (leadpicture.go's pictureLine); a dek with the writer's portrait after
// it stays the summary.
func fcFix27LeadPictureCases() []fcCase {
	const desc = "The island's new link sailed at dawn with forty passengers on board."
	const dek = "The island's new ferry link made its first crossing with forty passengers on board."
	head := `<title>Ferry to Grest makes first crossing</title><meta name="description" content="` + desc + `">`
	summary := func(want string) func(*testing.T, *article.Article) {
		return func(t *testing.T, a *article.Article) {
			if a.Summary != want {
				t.Errorf("summary %q, want %q", a.Summary, want)
			}
		}
	}
	return []fcCase{
		{class: "images/fix27/it-rights-notice-without-holder-out-of-body", url: fcFerryURL,
			html: fcPage("it", head, `<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 5)+`<p class="riproduzione">RIPRODUZIONE RISERVATA</p></article>`),
			check: func(t *testing.T, a *article.Article) {
				if fcHas(a.Paragraphs, "RIPRODUZIONE RISERVATA") {
					t.Errorf("body holds the rights notice: %q", a.Paragraphs)
				}
			}},
		{class: "images/fix27/lede-picture-caption-no-summary", url: fcFerryURL,
			html:  fcPage("en", head, `<article><header><h1>Ferry to Grest makes first crossing</h1></header><div class="content-lede-image-wrap"><img src="/img/deck.jpg" alt=""><div class="content-lede-image-caption"><span class="caption-text">`+fcCap+`</span> <span class="image-photo-credit">Nils Brandt / Getty Images</span></div></div>`+fcProse(0, 5)+`</article>`),
			check: summary(desc)},
		// must still fire: the dek, the writer's portrait after it
		{class: "images/fix27/dek-before-author-portrait-kept", url: fcFerryURL,
			html:  fcPage("en", head, `<article><h1>Ferry to Grest makes first crossing</h1><div class="story-subtitle"><p class="h3">`+dek+`</p><div class="story-author"><a href="/autor/nils-brandt/"><figure><img src="/img/nils.jpg" alt="Nils Brandt"></figure></a></div></div>`+fcProse(0, 5)+`</article>`),
			check: summary(dek)},
	}
}

func fcFix27PictureRows() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	const file = "FILE PHOTO: Containers are stacked at the terminal in the port of Grest, January 18, 2024."
	slide := func(n int, caption, credit string) string {
		return `<div class="slide"><div class="slide-media"><img src="/img/deck-` + string(rune('0'+n)) + `.jpg" alt=""></div><div class="slide-info"><div class="slide-count">` + string(rune('0'+n)) + ` of 3</div><p>` + caption + `</p><div class="slide-attribution">` + credit + `</div></div></div>`
	}
	gallery := func(credit string) string {
		return `<div class="gallery">` + slide(1, fcCap, credit) + slide(2, "The captain greets the first passengers.", credit) + slide(3, "The ferry leaves the pier at Grest.", credit) + `</div>`
	}
	return fcImageRows("images/fix27", []fcImageRow{
		{name: "numbered-slide-empty-credit",
			media: gallery(""),
			want:  [][3]string{{"deck-1", fcCap, ""}, {"deck-2", "The captain greets the first passengers.", ""}}},
		{name: "numbered-slide-credit-kept",
			media: gallery("Nils Brandt / Holmby Courier"),
			want:  [][3]string{{"deck-1", fcCap, "Nils Brandt / Holmby Courier"}}},
		{name: "file-photo-kicker-no-credit",
			media: `<figure>` + img + `<figcaption><span class="caption-text">` + file + `</span></figcaption></figure>`,
			want:  [][3]string{{"deck", file, ""}}},
		{name: "file-photo-kicker-wire-credit",
			media: `<figure>` + img + `<figcaption>` + file + ` REUTERS/Nils Brandt</figcaption></figure>`,
			want:  [][3]string{{"deck", file, "REUTERS/Nils Brandt"}}},
		{name: "licence-alone-no-credit",
			media: `<figure>` + img + `<figcaption><span class="caption">` + fcCap + `</span><span class="attribution"><span class="source"></span> <a class="license" href="http://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND</a></span></figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, ""}}},
		{name: "licence-after-space-cut",
			media: `<figure>` + img + `<figcaption><span class="caption"></span> <span class="attribution"><span class="source">Osei-Lindholm and Tallamy</span> <a class="license" href="http://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND</a></span></figcaption></figure>`,
			want:  [][3]string{{"deck", "", "Osei-Lindholm and Tallamy"}}},
		{name: "credit-field-label-element",
			media: `<div class="media media--type-image">` + img + `<div class="field field--name-field-caption"></div><div class="field field--name-field-credit field--label-inline"><div class="field__label">Credit</div><div class="field__item">Rhodri Pennell-Oakes</div></div></div>`,
			want:  [][3]string{{"deck", "", "Rhodri Pennell-Oakes"}}},
		{name: "es-name-agency-bracket-alone", lang: "es",
			media: `<figure>` + img + `<figcaption><span></span><span class="a-m-a">Eduardo Parra Salinas (Europa Press)</span></figcaption></figure>`,
			want:  [][3]string{{"deck", "", "Eduardo Parra Salinas (Europa Press)"}}},
		{name: "cite-after-empty-caption-part",
			media: `<figure>` + img + `<figcaption class="e-image__meta"><span></span><cite>Quorum; data from Courtline Analytics</cite></figcaption></figure>`,
			want:  [][3]string{{"deck", "", "Quorum; data from Courtline Analytics"}}},
		{name: "centred-line-under-centred-picture",
			media: `<p align="center"><img src="/img/deck.jpg" alt=""></p><p align="center" class="pictext">` + fcCap + `</p>`,
			want:  [][3]string{{"deck", fcCap, ""}}},
		{name: "zh-centred-line-under-centred-picture", lang: "zh",
			media: `<p style="text-align:center"><img src="/img/deck.jpg" alt=""></p><p style="text-align:center">10号线二期列车驶入学院路站。</p>`,
			want:  [][3]string{{"deck", "10号线二期列车驶入学院路站。", ""}}},
		{name: "nl-table-empty-credit-row", lang: "nl",
			media: `<table class="artikelfoto" align="right" width="320"><tr><td>` + img + `</td></tr><tr><td class="fotobijschrift">De nieuwe veerboot aan de steiger in Grest.</td></tr><tr><td class="fotograaf"></td></tr></table>`,
			want:  [][3]string{{"deck", "De nieuwe veerboot aan de steiger in Grest.", ""}}},
		{name: "pl-box-line-empty-small", lang: "pl",
			media: `<div class="art-photo">` + img + `<div class="art-photo-desc">Odnowiony wagon w zajezdni przy ul. Legnickiej<small></small></div></div>`,
			want:  [][3]string{{"deck", "Odnowiony wagon w zajezdni przy ul. Legnickiej", ""}}},
		{name: "zh-box-sentence-picture-linked-to-hash", lang: "zh",
			media: `<div class="photo boxTitle"><a href="#"><img src="/img/deck.jpg" alt=""></a><span class="ph_b">台北市公車票價明年4月起調漲，每段票由15元調整為20元。</span></div>`,
			want:  [][3]string{{"deck", "台北市公車票價明年4月起調漲，每段票由15元調整為20元。", ""}}},
		{name: "gallery-captioned-text-no-credit",
			media: `<div class="envira-gallery-wrap"><div id="envira-gallery-1" class="envira-gallery-public"><div class="envira-gallery-item"><div class="envira-gallery-item-inner"><div class="envira-gallery-position-overlay"></div><a class="envira-gallery-link" href="/img/deck.jpg" data-envira-caption="` + fcCap + `"><div class="envira-lazy"><img class="envira-gallery-image" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-envira-src="/img/deck-640x427.jpg" data-envira-caption="` + fcCap + `" alt=""></div></a><div class="envira-gallery-captioned-data"><p class="envira-gallery-captioned-text">` + fcCap + `</p></div></div></div></div></div>`,
			want:  [][3]string{{"deck", fcCap, ""}}},
		{name: "ko-rights-notice-no-credit", lang: "ko",
			media: `<div class="detail-body">제주 서쪽 바다에 국내 최대 규모의 해상 풍력단지 건설이 시작됐습니다.<br><br><div class="img-box">` + img + `<p class="caption"></p></div><div class="copyright">ⓒ KBN &amp; KBN.example 무단 전재, 재배포 및 이용(AI 학습 포함) 금지</div></div>`,
			want:  [][3]string{{"deck", "", ""}}},
		// must still fire
		{name: "centred-line-with-credit-kept",
			media: `<p align="center"><img src="/img/deck.jpg" alt=""></p><p align="center">` + fcCap + ` (Xinhua/Yue Yuewei-Han)</p>`,
			want:  [][3]string{{"deck", fcCap, "Xinhua/Yue Yuewei-Han"}}},
		{name: "cite-after-caption-kept",
			media: `<figure>` + img + `<figcaption class="e-image__meta"><span>` + fcCap + `</span><cite>Quorum; data from Courtline Analytics</cite></figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Quorum; data from Courtline Analytics"}}},
		{name: "labelled-credit-alone-kept",
			media: `<figure>` + img + `<figcaption>Photo: Nils Brandt</figcaption></figure>`,
			want:  [][3]string{{"deck", "", "Nils Brandt"}}},
		{name: "licence-after-comma-kept",
			media: `<figure>` + img + `<figcaption>` + fcCap + ` <span class="credit">Nils Brandt, CC BY 2.0</span></figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "credit-field-with-caption-kept",
			media: `<div class="media media--type-image">` + img + `<div class="field field--name-field-caption">` + fcCap + `</div><div class="field field--name-field-credit field--label-inline"><div class="field__label">Credit</div><div class="field__item">Rhodri Pennell-Oakes</div></div></div>`,
			want:  [][3]string{{"deck", fcCap, "Rhodri Pennell-Oakes"}}},
		{name: "copyright-credit-kept",
			media: `<figure>` + img + `<figcaption>` + fcCap + ` <span class="credit">© Nils Brandt</span></figcaption></figure>`,
			want:  [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		// must NOT fire: a work's title cited alone, a caption of words
		// before a bracketed agency
		{name: "dated-cards-no-slides-kept",
			media: `<div class="cards"><div class="card"><div class="card-img"><img src="/img/deck-1.jpg" alt=""></div><div class="card-info"><span class="card-date">3/12</span><p>The council meets on the harbour plan.</p><span class="author"></span></div></div><div class="card"><div class="card-img"><img src="/img/deck-2.jpg" alt=""></div><div class="card-info"><span class="card-date">3/11</span><p>The pier reopens after the storm.</p><span class="author"></span></div></div></div>`,
			want:  nil},
		{name: "layout-table-empty-last-row-kept",
			media: `<table width="600"><tr><td>` + img + `</td><td>The ferry timetable for the summer.</td></tr><tr><td>Passengers board at the pier in Holmby.</td><td></td></tr><tr><td></td></tr></table>`,
			want:  nil},
		{name: "box-teaser-line-no-slot-kept",
			media: `<div class="art-photo">` + img + `<div class="art-photo-desc">Odnowiony wagon w zajezdni <a href="/tramwaje">Czytaj dalej</a></div></div>`,
			want:  nil},
		{name: "box-picture-linked-to-story-kept",
			media: `<div class="photo">` + `<a href="/news/2024/ferry-timetable"><img src="/img/deck.jpg" alt=""></a><span>The summer timetable starts next week.</span></div>`,
			want:  nil},
		{name: "centred-page-line-kept",
			media: `<p align="center">The ferry sails at dawn from the pier.</p><p align="center"><img src="/img/deck.jpg" alt=""></p><p align="center">` + fcCap + `</p><p align="center">The crossing takes forty minutes in calm weather.</p>`,
			want:  nil},
		{name: "cite-alone-title-kept",
			media: `<figure>` + img + `<figcaption><cite>The Ferry at Grest</cite></figcaption></figure>`,
			want:  [][3]string{{"deck", "The Ferry at Grest", ""}}},
		{name: "caption-before-bracketed-agency-kept",
			media: `<figure>` + img + `<figcaption>The harbour master at work (AFP)</figcaption></figure>`,
			want:  [][3]string{{"deck", "The harbour master at work", "AFP"}}},
	})
}

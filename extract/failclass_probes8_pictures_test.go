package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// An eighth round of probes on pictures, in conventions rounds 5 and 7
// did not cover: page builders' image widgets (Elementor, Beaver
// Builder, Divi), the block editor's cover block and its figcaptions
// broken by <br> with the credit in <small> or <em>, Drupal's labelled
// credit field, Joomla's img_caption box, TYPO3's copyright line, old
// CMSs' picture tables, captions split into a title and a description,
// credit lines of more wires and languages (a pipe between agency and
// photographer, "Foto ANP", "사진=", "（写真：…）", "ANTARA FOTO/…"),
// SVG icons in captions and credits, and pictures and lines that are no
// caption or credit (a WordPress avatar, a publisher logo, a prose line
// opening "Photo by", an empty figcaption).

func fcProbe8PictureCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcPic8BuilderCases()...)
	cs = append(cs, fcPic8CreditLineCases()...)
	cs = append(cs, fcPic8NegativeCases()...)
	cs = append(cs, fcPic8PageCases()...)
	return cs
}

// fcPic8BuilderCases: the default markup of page builders and CMSs.
func fcPic8BuilderCases() []fcCase {
	img := `<img src="/img/deck.jpg" alt="">`
	return fcImageRows("images/p8-builder", []fcImageRow{
		{name: "gutenberg-figcaption-br-small-credit", media: `<figure class="wp-block-image size-full"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + `<br><small>Photo: Nils Brandt</small></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "gutenberg-figcaption-br-em-unlabelled-credit", media: `<figure class="wp-block-image size-large is-style-default"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + `<br><em>(Nils Brandt/Holmby Courier)</em></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "gutenberg-is-style-rounded-centred-caption", media: `<figure class="wp-block-image aligncenter size-large is-style-rounded"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption has-text-align-center">` + fcCap + ` <em>Credit: Nils Brandt</em></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "gutenberg-caption-with-a-link-credit", media: `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + ` (Photo: <a href="https://flickr.example/nils">Nils Brandt</a>, <a href="https://creativecommons.org/licenses/by/2.0/">CC BY 2.0</a>)</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "gutenberg-gallery-per-image-credits", media: `<figure class="wp-block-gallery has-nested-images columns-2 is-cropped"><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + ` Photo: Nils Brandt</figcaption></figure><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/pier.jpg" alt="" class="wp-image-13"/><figcaption class="wp-element-caption">` + fcCap2 + ` Photo: Tove Lindqvist</figcaption></figure></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}, {"pier", fcCap2, "Tove Lindqvist"}}},
		{name: "elementor-image-widget-caption", media: `<div class="elementor-element elementor-widget elementor-widget-image" data-widget_type="image.default"><div class="elementor-widget-container"><figure class="wp-caption"><img width="800" height="533" src="/wp-content/uploads/2024/03/deck.jpg" class="attachment-large size-large wp-image-12" alt=""><figcaption class="widget-image-caption wp-caption-text">` + fcCap + ` Photo: Nils Brandt</figcaption></figure></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "elementor-old-image-widget-caption-div", media: `<div class="elementor-widget-image"><div class="elementor-widget-container"><div class="elementor-image"><figure class="wp-caption"><img src="/wp-content/uploads/2024/03/deck.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">` + fcCap + `</figcaption></figure></div></div></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "beaver-builder-photo-caption-below", media: `<div class="fl-module fl-module-photo"><div class="fl-module-content fl-node-content"><div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject"><div class="fl-photo-content fl-photo-img-jpg"><img class="fl-photo-img wp-image-12 size-full" src="/wp-content/uploads/2024/03/deck.jpg" alt="" itemprop="image"></div><div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">` + fcCap + ` Photo: Nils Brandt</div></div></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "divi-image-module-then-italic-text-module", media: `<div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"></span></div><div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner"><p><em>` + fcCap + ` Photo: Nils Brandt</em></p></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "drupal-labelled-credit-field", media: `<div class="media media--type-image"><div class="field field--name-field-media-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/2024-03/deck.jpg" alt=""></div><div class="field field--name-field-caption field--type-text-long field--label-hidden field__item"><p>` + fcCap + `</p></div><div class="field field--name-field-credit field--type-string field--label-inline clearfix"><div class="field__label">Credit</div><div class="field__item">Nils Brandt</div></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "drupal-photo-credit-field-label-above", media: `<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/styles/wide/public/2024-03/deck.jpg" alt=""></div><div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">` + fcCap + `</div><div class="field field--name-field-photo-credit field--type-string field--label-above"><div class="field__label">Photo credit</div><div class="field__item">Nils Brandt</div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "joomla-img-caption-box", media: `<div class="img_caption none" style="float: none; width: 800px;"><img src="/images/2024/deck.jpg" alt="" title="` + fcCap + `" width="800" height="533"><p class="img_caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "joomla4-figure-image-caption", media: `<figure class="left item-image"><img src="/images/2024/deck.jpg" alt="" itemprop="image" width="800" height="533"><figcaption class="caption">` + fcCap + ` Foto: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "typo3-image-caption-br-copyright", lang: "de", media: `<figure class="image"><img class="image-embed-item" src="/fileadmin/_processed_/a/b/csm_deck_4f3e2d.jpg" width="800" height="533" alt=""><figcaption class="image-caption">Passagiere an Deck bei der ersten Überfahrt.<br>© Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", "Passagiere an Deck bei der ersten Überfahrt.", "Nils Brandt"}}},
		{name: "ghost-caption-italic-and-credit-span", media: `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2024/03/deck.jpg" class="kg-image" alt="" loading="lazy"><figcaption><i><em class="italic" style="white-space: pre-wrap;">` + fcCap + `</em></i><span style="white-space: pre-wrap;"> Photo: Nils Brandt</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "hugo-figure-shortcode-title-and-attr", media: `<figure><img src="/images/deck.jpg" alt=""><figcaption><h4>On deck</h4><p>` + fcCap + ` <a href="https://holmby-courier.example/people/nils-brandt">Photo: Nils Brandt</a></p></figcaption></figure>`,
			want: [][3]string{{"deck", "On deck " + fcCap, "Nils Brandt"}}},
		{name: "old-picture-table-with-caption-row", media: `<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/pics/deck.jpg" width="400" height="266" alt=""></td></tr><tr><td class="caption">` + fcCap + ` Photo: Nils Brandt</td></tr></table>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "old-picture-table-unclassed-caption-row", media: `<table width="400" border="0" align="right"><tr><td><img src="/pics/deck.jpg" width="400" height="266" alt=""></td></tr><tr><td><font size="1">` + fcCap + ` Photo: Nils Brandt</font></td></tr></table>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "caption-div-after-the-picture-div", media: `<div class="image">` + img + `</div><div class="caption">` + fcCap + ` <span class="source">Source: Holmby Harbour Trust</span></div>`,
			want: [][3]string{{"deck", fcCap, "Holmby Harbour Trust"}}},
		{name: "image-caption-span-in-a-paragraph", media: `<p class="image">` + img + `<br><span class="image-caption">` + fcCap + `</span> <span class="copyright">© Nils Brandt</span></p>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "copyright-span-before-the-caption", media: `<figure>` + img + `<figcaption><span class="copyright">© Nils Brandt</span> <span class="caption-text">` + fcCap + `</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "caption-title-and-description-paragraphs", media: `<figure>` + img + `<figcaption><p class="caption-title"><strong>First crossing</strong></p><p class="caption-description">` + fcCap + `</p></figcaption></figure>`,
			want: [][3]string{{"deck", "First crossing " + fcCap, ""}}},
		{name: "svg-camera-icon-with-title-in-the-credit", media: `<figure>` + img + `<figcaption>` + fcCap + ` <span class="credit"><svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><title>Camera</title><path d="M0 0h24v24H0z"></path></svg>Nils Brandt</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "svg-icon-use-before-the-caption", media: `<figure>` + img + `<figcaption><svg class="icon icon-camera"><use href="#icon-camera"></use></svg> ` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "photographer-span-before-the-caption-in-a-caption-div", media: `<div class="article-photo">` + img + `<div class="article-photo__caption"><span class="photographer">Photo: Nils Brandt</span><p>` + fcCap + `</p></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
	})
}

// fcPic8CreditLineCases: credit lines at a caption's end, in wire and
// agency forms and languages round 5 did not print.
func fcPic8CreditLineCases() []fcCase {
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	const de = "Passagiere an Deck bei der ersten Überfahrt."
	var rows []fcImageRow
	for _, c := range [][4]string{
		{"de", de + " Foto: picture alliance / dpa | Nils Brandt", de, "picture alliance / dpa | Nils Brandt"},
		{"de", de + " (Foto: dpa/Nils Brandt)", de, "dpa/Nils Brandt"},
		{"de", de + " Bild: Keystone", de, "Keystone"},
		{"de", "Eine Fähre auf dem Meer (Symbolbild). Foto: imago images/Nils Brandt", "Eine Fähre auf dem Meer (Symbolbild).", "imago images/Nils Brandt"},
		{"de", de + " (Archivbild) Foto: Nils Brandt", de + " (Archivbild)", "Nils Brandt"},
		{"fr", "Des passagers sur le pont lors de la première traversée. Crédit photo : Nils Brandt", "Des passagers sur le pont lors de la première traversée.", "Nils Brandt"},
		{"fr", "Des passagers sur le pont lors de la première traversée. Photo : Nils Brandt / AFP", "Des passagers sur le pont lors de la première traversée.", "Nils Brandt / AFP"},
		{"it", "Passeggeri sul ponte durante la prima traversata. Foto: Nils Brandt/ANSA", "Passeggeri sul ponte durante la prima traversata.", "Nils Brandt/ANSA"},
		{"es", "Pasajeros en la cubierta durante la primera travesía. Fotografía: Nils Brandt", "Pasajeros en la cubierta durante la primera travesía.", "Nils Brandt"},
		{"es", "Pasajeros en la cubierta durante la primera travesía. EFE/Nils Brandt", "Pasajeros en la cubierta durante la primera travesía.", "EFE/Nils Brandt"},
		{"pt", "Passageiros no convés durante a primeira travessia. Foto: Nils Brandt (Agência Brasil)", "Passageiros no convés durante a primeira travessia.", "Nils Brandt (Agência Brasil)"},
		{"pl", "Pasażerowie na pokładzie podczas pierwszej przeprawy. Zdjęcie: Nils Brandt", "Pasażerowie na pokładzie podczas pierwszej przeprawy.", "Nils Brandt"},
		{"pl", "Pasażerowie na pokładzie podczas pierwszej przeprawy. Fot. PAP/Nils Brandt", "Pasażerowie na pokładzie podczas pierwszej przeprawy.", "PAP/Nils Brandt"},
		{"ru", "Пассажиры на палубе во время первого рейса. Фото: Нильс Брандт / ТАСС", "Пассажиры на палубе во время первого рейса.", "Нильс Брандт / ТАСС"},
		{"uk", "Пасажири на палубі під час першого рейсу. Фото: Укрінформ", "Пасажири на палубі під час першого рейсу.", "Укрінформ"},
		{"ar", "ركاب على سطح العبارة خلال الرحلة الأولى. صورة: نيلس براندت", "ركاب على سطح العبارة خلال الرحلة الأولى.", "نيلس براندت"},
		{"ja", "初航海で甲板に立つ乗客。（写真：共同）", "初航海で甲板に立つ乗客。", "共同"},
		{"ko", "첫 운항에서 갑판에 선 승객들. 사진=연합뉴스", "첫 운항에서 갑판에 선 승객들.", "연합뉴스"},
		{"ko", "첫 운항에서 갑판에 선 승객들. [사진=연합뉴스]", "첫 운항에서 갑판에 선 승객들.", "연합뉴스"},
		{"nl", "Passagiers op het dek tijdens de eerste overtocht. Foto ANP / Nils Brandt", "Passagiers op het dek tijdens de eerste overtocht.", "ANP / Nils Brandt"},
		{"id", "Penumpang di geladak saat pelayaran pertama. ANTARA FOTO/Nils Brandt", "Penumpang di geladak saat pelayaran pertama.", "ANTARA FOTO/Nils Brandt"},
		{"hu", "Utasok a fedélzeten az első úton. Fotó: MTI/Nils Brandt", "Utasok a fedélzeten az első úton.", "MTI/Nils Brandt"},
		{"en", "Passengers stand on the deck as the ferry leaves Holmby. Image: Nils Brandt/Unsplash", "Passengers stand on the deck as the ferry leaves Holmby.", "Nils Brandt/Unsplash"},
		{"en", "Passengers stand on the deck as the ferry leaves Holmby. Getty Images/iStockphoto", "Passengers stand on the deck as the ferry leaves Holmby.", "Getty Images/iStockphoto"},
		{"en", "Passengers stand on the deck as the ferry leaves Holmby. Nils Brandt via Getty Images", "Passengers stand on the deck as the ferry leaves Holmby.", "Nils Brandt via Getty Images"},
		{"en", "Passengers stand on the deck as the ferry leaves Holmby. (Photo courtesy Holmby Harbour Trust)", "Passengers stand on the deck as the ferry leaves Holmby.", "Photo courtesy Holmby Harbour Trust"},
	} {
		rows = append(rows, fcImageRow{name: c[0] + "/" + c[1], lang: c[0], media: fig(c[1]), want: [][3]string{{"deck", c[2], c[3]}}})
	}
	return fcImageRows("images/p8-credit-line", rows)
}

// fcPic8NegativeCases: lines and pictures that are no caption or credit.
func fcPic8NegativeCases() []fcCase {
	rows := fcImageRows("images/p8-negative", []fcImageRow{
		// an empty figcaption: the alt text does not fill it
		{name: "empty-figcaption-alt-text", media: `<figure class="wp-block-image"><img src="/img/deck.jpg" alt="` + fcCap + `"><figcaption class="wp-element-caption"></figcaption></figure>`,
			want: [][3]string{}},
		// prose opening with "Photo by" after a captioned picture is text
		{name: "prose-opening-photo-by-after-a-figure", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + `</figcaption></figure><p>Photo by the sea, the island waits for the ferry every morning while the gulls circle the pier.</p>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "prose-opening-photo-by-after-an-uncaptioned-picture", media: `<p><img src="/img/deck.jpg" alt=""></p><p>Photo by the sea, the island waits for the ferry every morning while the gulls circle the pier and the harbour master checks the ropes.</p>`,
			want: [][3]string{}},
		// a caption that opens with a credit label's word is a caption
		{name: "caption-opening-with-picture-words", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>Picture perfect: passengers on the deck during the first crossing.</figcaption></figure>`,
			want: [][3]string{{"deck", "Picture perfect: passengers on the deck during the first crossing.", ""}}},
	})
	type neg struct{ name, media, absent string }
	for _, r := range []neg{
		{name: "wordpress-avatar-in-the-author-box", media: `<div class="post-author"><img alt="" src="https://secure.gravatar.example/avatar/4f3e?s=96&amp;d=mm" class="avatar avatar-96 photo" height="96" width="96"><div class="post-author__text"><span class="post-author__name">Tove Lindqvist</span><p>Tove Lindqvist writes about transport for the Courier.</p></div></div>`, absent: "avatar"},
		{name: "publisher-logo-with-its-name", media: `<div class="publisher"><img class="publisher-logo" src="/img/holmby-courier-logo.png" alt="Holmby Courier"><span class="publisher-name">Holmby Courier</span></div>`, absent: "logo"},
		{name: "advertisement-label-over-a-banner", media: `<div class="advertisement"><span class="advertisement__label">Advertisement</span><a href="https://ads.example/c?id=7"><img src="/ads/summer-sale-728x90.jpg" alt=""></a><p class="advertisement__text">Holmby Boats: sail with us this summer.</p></div>`, absent: "summer-sale"},
	} {
		r := r
		rows = append(rows, fcCase{class: "images/p8-negative/" + r.name, url: fcFerryURL, html: fcImagePage("en", "", r.media),
			check: func(t *testing.T, a *article.Article) {
				for _, im := range a.Images {
					if strings.Contains(im.URL, r.absent) && (im.Caption != "" || im.Credit != "") {
						t.Errorf("image %s: caption %q credit %q, want none", im.URL, im.Caption, im.Credit)
					}
				}
			}})
	}
	return rows
}

// fcPic8PageCases: a cover block's heading over its picture.
func fcPic8PageCases() []fcCase {
	title := `<title>Ferry to Grest makes first crossing</title>`
	h1 := `<h1>Ferry to Grest makes first crossing</h1>`
	return []fcCase{
		{class: "images/p8-page/wp-cover-block-heading-is-no-caption", url: fcFerryURL,
			html: fcPage("en", title, `<article>`+h1+`<div class="entry-content"><div class="wp-block-cover alignfull"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-12" alt="" src="/wp-content/uploads/2024/03/deck.jpg" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><p class="has-text-align-center has-large-font-size">The island waits</p></div></div>`+fcProse(0, 5)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				for _, im := range a.Images {
					if im.Caption != "" {
						t.Errorf("image %s captioned %q, want none", im.URL, im.Caption)
					}
				}
			}},
	}
}

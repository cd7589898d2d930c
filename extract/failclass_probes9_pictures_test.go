package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A ninth round of probes on pictures' captions and credits, in forms
// rounds 5, 7 and 8 did not print: more CMS markup (WordPress's old
// <dl> caption, the Jetpack slideshow, Drupal's image_field_caption
// and copyright fields, AMP carousels, kramdown's italic line under a
// picture), schema.org properties on other elements (copyrightNotice,
// an Organization's name), credits in more containers (attribution,
// courtesy, photo-credit paragraphs under a lead picture) and in more
// wire and newsroom forms and languages ("Picture: Supplied", "Foto:
// privat", "Foto: zvg", "Photo DR", "Divulgação", "Reprodução/…", "Ph.",
// "Sursa foto:", "Снимка:", "Ảnh:", "عکس:", "फोटो:", "图/", "（圖／…）",
// "/연합뉴스", "新华社记者 … 摄"), and pictures and lines that are no
// caption or credit (a media-and-text block's text, the latest-posts
// block, Jetpack's related posts, a post-author block, a sponsor's
// logo, an Instagram embed).

func fcProbe9PictureCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcPic9MarkupCases()...)
	cs = append(cs, fcPic9CreditLineCases()...)
	cs = append(cs, fcPic9NegativeCases()...)
	return cs
}

// fcPic9MarkupCases: the default markup of CMSs, plugins and formats.
func fcPic9MarkupCases() []fcCase {
	return fcImageRows("images/p9-markup", []fcImageRow{
		{name: "wordpress-old-dl-caption", media: `<dl id="attachment_12" class="wp-caption alignright" style="width: 310px;"><dt class="wp-caption-dt"><a href="/wp-content/uploads/2024/03/deck.jpg"><img class="size-medium wp-image-12" src="/wp-content/uploads/2024/03/deck-300x200.jpg" alt="" width="300" height="200"></a></dt><dd class="wp-caption-dd">` + fcCap + ` Photo: Nils Brandt</dd></dl>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "jetpack-slideshow-block", media: `<div class="wp-block-jetpack-slideshow aligncenter" data-autoplay="false" data-delay="3" data-effect="slide"><div class="wp-block-jetpack-slideshow_container swiper-container"><ul class="wp-block-jetpack-slideshow_swiper-wrapper swiper-wrapper"><li class="wp-block-jetpack-slideshow_slide swiper-slide"><figure><img alt="" class="wp-block-jetpack-slideshow_image wp-image-12" data-id="12" src="/wp-content/uploads/2024/03/deck.jpg"/><figcaption class="wp-block-jetpack-slideshow_caption gallery-caption">` + fcCap + `</figcaption></figure></li><li class="wp-block-jetpack-slideshow_slide swiper-slide"><figure><img alt="" class="wp-block-jetpack-slideshow_image wp-image-13" data-id="13" src="/wp-content/uploads/2024/03/pier.jpg"/><figcaption class="wp-block-jetpack-slideshow_caption gallery-caption">` + fcCap2 + `</figcaption></figure></li></ul><a class="wp-block-jetpack-slideshow_button-prev swiper-button-prev" role="button"></a><a class="wp-block-jetpack-slideshow_button-next swiper-button-next" role="button"></a><div class="wp-block-jetpack-slideshow_pagination swiper-pagination"></div></div></div>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "gutenberg-caption-br-photo-courtesy", media: `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + `<br>Photo courtesy of Holmby Harbour Trust</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Photo courtesy of Holmby Harbour Trust"}}},
		{name: "drupal-copyright-field", media: `<div class="media media--type-image media--view-mode-full"><div class="field field--name-field-media-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/2024-03/deck.jpg" width="800" height="533" alt=""></div><div class="field field--name-field-caption field--type-string-long field--label-hidden field__item">` + fcCap + `</div><div class="field field--name-field-copyright field--type-string field--label-hidden field__item">© Nils Brandt</div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "drupal7-image-field-caption-blockquote", media: `<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/deck.jpg" width="800" height="533" alt=""><blockquote class="image-field-caption"><p>` + fcCap + ` Photo: Nils Brandt</p></blockquote></div></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "amp-carousel-of-figures", media: `<amp-carousel type="slides" layout="responsive" width="800" height="600"><figure><amp-img src="/img/deck.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption></figure><figure><amp-img src="/img/pier.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>` + fcCap2 + ` Photo: Tove Lindqvist</figcaption></figure></amp-carousel>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}, {"pier", fcCap2, "Tove Lindqvist"}}},
		{name: "amp-img-noscript-fallback-in-figure", media: `<figure class="amp-wp-inline"><amp-img src="/wp-content/uploads/2024/03/deck.jpg" width="800" height="533" layout="intrinsic" class="wp-image-12 amp-wp-enforced-sizes" alt=""><noscript><img src="/wp-content/uploads/2024/03/deck.jpg" width="800" height="533" alt=""></noscript></amp-img><figcaption class="wp-caption-text">` + fcCap + ` (Photo: Nils Brandt)</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "kramdown-italic-line-in-the-picture-paragraph", media: `<p><img src="/assets/images/deck.jpg" alt="deck"><br><em>` + fcCap + ` Photo: Nils Brandt</em></p>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "microdata-copyright-holder-organization-name", media: `<figure itemscope itemtype="https://schema.org/ImageObject"><img itemprop="contentUrl" src="/img/deck.jpg" alt=""><figcaption><span itemprop="caption">` + fcCap + `</span> <span itemprop="copyrightHolder" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Holmby Harbour Trust</span></span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Holmby Harbour Trust"}}},
		{name: "microdata-credit-text-in-small", media: `<figure itemscope itemtype="https://schema.org/ImageObject"><img itemprop="contentUrl" src="/img/deck.jpg" alt=""><figcaption itemprop="caption">` + fcCap + `</figcaption><small itemprop="creditText">Photo: Nils Brandt</small></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "microdata-description-and-copyright-notice", media: `<div itemscope itemtype="https://schema.org/ImageObject" class="photo"><img itemprop="contentUrl" src="/img/deck.jpg" alt=""><p itemprop="description">` + fcCap + `</p><p itemprop="copyrightNotice">© Nils Brandt</p></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "figcaption-attribution-span", media: `<figure class="image">` + `<img src="/img/deck.jpg" alt="">` + `<figcaption><span class="caption">` + fcCap + `</span> <span class="attribution">Nils Brandt</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "figcaption-image-attribution-div", media: `<figure>` + `<img src="/img/deck.jpg" alt="">` + `<figcaption><div class="image-caption">` + fcCap + `</div><div class="image-attribution">Photo: Nils Brandt</div></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "figcaption-english-bracketed-credit", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` [Photo: Nils Brandt]</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "photo-credit-paragraph-under-an-uncaptioned-picture", media: `<div class="article-image"><img src="/img/deck.jpg" alt=""><p class="photo-credit">Photo: Nils Brandt</p></div>`,
			want: [][3]string{{"deck", "", "Nils Brandt"}}},
		{name: "credit-span-over-the-picture-caption-in-figcaption", media: `<figure class="article-figure"><div class="article-figure__media"><picture><source type="image/webp" srcset="/img/deck.webp 800w"><img src="/img/deck.jpg" alt=""></picture><span class="article-figure__credit">Nils Brandt/Holmby Courier</span></div><figcaption class="article-figure__caption">` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "lazysizes-picture-data-srcset", media: `<figure><picture><source type="image/webp" data-srcset="/img/deck-800.webp 800w, /img/deck-1600.webp 1600w"><img class="lazyload" src="/img/placeholder.svg" data-src="/img/deck-800.jpg" alt=""></picture><figcaption>` + fcCap + ` <span class="credit">Nils Brandt</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "caption-in-a-p-after-the-figure-credit-inside", media: `<figure class="image"><img src="/img/deck.jpg" alt=""><span class="image-credit">Foto: Nils Brandt</span></figure><p class="image-caption">` + fcCap + `</p>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "figcaption-caption-then-credit-in-parentheses-with-agency-pair", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` (Nils Brandt / AFP via Getty Images)</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt / AFP via Getty Images"}}},
		{name: "figcaption-credit-label-in-strong", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` <strong>Photo:</strong> Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "lead-media-caption-and-credit-blocks-after-the-picture", media: `<div class="lead-media"><div class="lead-media__picture"><img src="/img/deck.jpg" alt=""></div><div class="lead-media__caption">` + fcCap + `</div><div class="lead-media__credit">Photo: Nils Brandt</div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "picture-img-srcset-only-caption-with-credit-before", media: `<figure class="photo"><picture><source media="(min-width: 800px)" srcset="/img/deck-1600.jpg 1600w"><img srcset="/img/deck-800.jpg 800w, /img/deck-400.jpg 400w" sizes="100vw" alt=""></picture><figcaption><span class="photo__credit">Nils Brandt/Holmby Courier</span> <span class="photo__caption">` + fcCap + `</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "figcaption-caption-with-a-person-and-role", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>Tove Lindqvist, harbour master.</figcaption></figure>`,
			want: [][3]string{{"deck", "Tove Lindqvist, harbour master.", ""}}},
		{name: "figcaption-caption-ending-with-a-file-note", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` (File)</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap + " (File)", ""}}},
		{name: "figcaption-image-label-courtesy", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` Image: Courtesy of Holmby Harbour Trust</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Courtesy of Holmby Harbour Trust"}}},
		{name: "webflow-rich-text-figure", media: `<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth" style="max-width:1600px" data-rt-type="image" data-rt-align="fullwidth"><div><img src="https://cdn.prod.website-files.example/5f1a/deck.jpg" loading="lazy" alt=""></div><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "mediawiki-thumb-with-magnify-link", media: `<div class="thumb tright"><div class="thumbinner" style="width:302px;"><a href="/wiki/File:Deck.jpg" class="image"><img alt="" src="/images/thumb/deck.jpg/300px-deck.jpg" width="300" height="200" class="thumbimage"></a><div class="thumbcaption"><div class="magnify"><a href="/wiki/File:Deck.jpg" class="internal" title="Enlarge"></a></div>` + fcCap + `</div></div></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "mediawiki-figure-file-thumb", media: `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Deck.jpg" class="mw-file-description"><img src="/images/thumb/deck.jpg/300px-deck.jpg" decoding="async" width="300" height="200" class="mw-file-element"></a><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "bootstrap-figure-caption", media: `<figure class="figure"><img src="/img/deck.jpg" class="figure-img img-fluid rounded" alt=""><figcaption class="figure-caption text-end">` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "blogger-separator-then-centred-italic-div", media: `<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s1600/deck.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1333" data-original-width="2000" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s640/deck.jpg" width="640"></a></div><div style="text-align: center;"><i>` + fcCap + `</i></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "figcaption-credit-in-a-link-after-a-pipe", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` | <a href="https://holmby-photo.example/">Nils Brandt</a></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
	})
}

// fcPic9CreditLineCases: credit lines at a caption's end in newsroom
// forms and languages earlier rounds did not print.
func fcPic9CreditLineCases() []fcCase {
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	const (
		de = "Passagiere an Deck bei der ersten Überfahrt."
		fr = "Des passagers sur le pont lors de la première traversée."
		es = "Pasajeros en la cubierta durante la primera travesía."
		pt = "Passageiros no convés durante a primeira travessia."
		it = "Passeggeri sul ponte durante la prima traversata."
	)
	var rows []fcImageRow
	for _, c := range [][4]string{
		{"en", fcCap + " Picture: Supplied", fcCap, "Supplied"},
		{"en", fcCap + " Photographs: Nils Brandt", fcCap, "Nils Brandt"},
		{"en", fcCap + " Photo by Nils Brandt/Holmby Courier", fcCap, "Nils Brandt/Holmby Courier"},
		{"en", fcCap + " (Supplied)", fcCap, "Supplied"},
		{"en", fcCap + " Pic: Nils Brandt", fcCap, "Nils Brandt"},
		{"en", fcCap + " PHOTO: NILS BRANDT", fcCap, "NILS BRANDT"},
		{"en", fcCap + " Illustration: Nils Brandt", fcCap, "Nils Brandt"},
		{"en", fcCap + " Nils Brandt/AFP via Getty Images", fcCap, "Nils Brandt/AFP via Getty Images"},
		{"en", fcCap + " Nils Brandt/Staff photographer", fcCap, "Nils Brandt/Staff photographer"},
		{"en", fcCap + " Holmby Harbour Trust/Handout via Reuters", fcCap, "Holmby Harbour Trust/Handout via Reuters"},
		{"en", fcCap + " Nils Brandt/The Holmby Courier via AP", fcCap, "Nils Brandt/The Holmby Courier via AP"},
		{"en", fcCap + " (Xinhua/Nils Brandt)", fcCap, "Xinhua/Nils Brandt"},
		{"en", fcCap + " Photo: Nils Brandt | Holmby Courier", fcCap, "Nils Brandt | Holmby Courier"},
		{"en", fcCap + " Screenshot: Holmby Courier", fcCap, "Holmby Courier"},
		{"en", fcCap + " Image by Nils Brandt from Pixabay", fcCap, "Nils Brandt from Pixabay"},
		{"en", fcCap + " Photo by Nils Brandt from Pexels", fcCap, "Nils Brandt from Pexels"},
		{"en", fcCap + " — Nils Brandt/Holmby Courier", fcCap, "Nils Brandt/Holmby Courier"},
		{"de", de + " Foto: privat", de, "privat"},
		{"de", de + " Foto: zvg", de, "zvg"},
		{"de", de + " Quelle: Holmby Hafen AG", de, "Holmby Hafen AG"},
		{"de", de + " Bildquelle: Holmby Hafen AG", de, "Holmby Hafen AG"},
		{"de", de + " Foto: IMAGO/Nils Brandt", de, "IMAGO/Nils Brandt"},
		{"de", de + " © dpa", de, "dpa"},
		{"fr", fr + " Photo : DR", fr, "DR"},
		{"fr", fr + " LP/Nils Brandt", fr, "LP/Nils Brandt"},
		{"fr", fr + " (Photo AFP)", fr, "AFP"},
		{"fr", fr + " PHOTO AFP / NILS BRANDT", fr, "AFP / NILS BRANDT"},
		{"fr", fr + " Crédits photo : Nils Brandt", fr, "Nils Brandt"},
		{"es", es + " Foto: cortesía", es, "cortesía"},
		{"es", es + " Foto: Archivo", es, "Archivo"},
		{"es", es + " Crédito: Nils Brandt", es, "Nils Brandt"},
		{"es", es + " Nils Brandt vía AP", es, "Nils Brandt vía AP"},
		{"pt", pt + " Foto: Divulgação", pt, "Divulgação"},
		{"pt", pt + " Reprodução/Instagram", pt, "Reprodução/Instagram"},
		{"pt", pt + " (Foto: Nils Brandt/Agência Holmby)", pt, "Nils Brandt/Agência Holmby"},
		{"it", it + " Ph. Nils Brandt", it, "Nils Brandt"},
		{"it", it + " Foto di Nils Brandt", it, "Nils Brandt"},
		{"it", it + " (foto LaPresse)", it, "LaPresse"},
		{"nl", "Passagiers op het dek tijdens de eerste overtocht. Beeld ANP", "Passagiers op het dek tijdens de eerste overtocht.", "ANP"},
		{"sv", "Passagerare på däck under den första överfarten. Bild: TT", "Passagerare på däck under den första överfarten.", "TT"},
		{"fi", "Matkustajia kannella ensimmäisellä ylityksellä. Kuva: Lehtikuva / Nils Brandt", "Matkustajia kannella ensimmäisellä ylityksellä.", "Lehtikuva / Nils Brandt"},
		{"ro", "Pasageri pe punte în timpul primei traversări. Sursa foto: Nils Brandt", "Pasageri pe punte în timpul primei traversări.", "Nils Brandt"},
		{"sk", "Cestujúci na palube počas prvej plavby. Foto: TASR/Nils Brandt", "Cestujúci na palube počas prvej plavby.", "TASR/Nils Brandt"},
		{"sr", "Putnici na palubi tokom prvog prelaska. Foto: Tanjug/Nils Brandt", "Putnici na palubi tokom prvog prelaska.", "Tanjug/Nils Brandt"},
		{"lt", "Keleiviai denyje per pirmąjį reisą. Nuotr. Nils Brandt", "Keleiviai denyje per pirmąjį reisą.", "Nils Brandt"},
		{"eu", "Bidaiariak bizkarrean lehen bidaian. Argazkia: Nils Brandt", "Bidaiariak bizkarrean lehen bidaian.", "Nils Brandt"},
		{"tl", "Mga pasahero sa kubyerta sa unang biyahe. Larawan: Nils Brandt", "Mga pasahero sa kubyerta sa unang biyahe.", "Nils Brandt"},
		{"sw", "Abiria kwenye sitaha wakati wa safari ya kwanza. Picha: Nils Brandt", "Abiria kwenye sitaha wakati wa safari ya kwanza.", "Nils Brandt"},
		{"bg", "Пътници на палубата по време на първия курс. Снимка: БТА", "Пътници на палубата по време на първия курс.", "БТА"},
		{"ru", "Пассажиры на палубе во время первого рейса. Фото: © РИА Новости / Нильс Брандт", "Пассажиры на палубе во время первого рейса.", "РИА Новости / Нильс Брандт"},
		{"ru", "Пассажиры на палубе во время первого рейса. Источник: пресс-служба порта", "Пассажиры на палубе во время первого рейса.", "пресс-служба порта"},
		{"tr", "İlk seferde güvertedeki yolcular. (Fotoğraf: AA)", "İlk seferde güvertedeki yolcular.", "AA"},
		{"fa", "مسافران روی عرشه در نخستین سفر. عکس: ایرنا", "مسافران روی عرشه در نخستین سفر.", "ایرنا"},
		{"hi", "पहली यात्रा के दौरान डेक पर यात्री। फोटो: पीटीआई", "पहली यात्रा के दौरान डेक पर यात्री।", "पीटीआई"},
		{"vi", "Hành khách trên boong trong chuyến đi đầu tiên. Ảnh: TTXVN", "Hành khách trên boong trong chuyến đi đầu tiên.", "TTXVN"},
		{"id", "Penumpang di geladak saat pelayaran pertama. (ANTARA/Nils Brandt)", "Penumpang di geladak saat pelayaran pertama.", "ANTARA/Nils Brandt"},
		{"zh", "首航时甲板上的乘客。图/新华社", "首航时甲板上的乘客。", "新华社"},
		{"zh", "首航时甲板上的乘客。（新华社记者 张明 摄）", "首航时甲板上的乘客。", "新华社记者 张明 摄"},
		{"zh", "首航时甲板上的乘客。图片来源：视觉中国", "首航时甲板上的乘客。", "视觉中国"},
		{"zh-TW", "首航時甲板上的乘客。（圖／中央社）", "首航時甲板上的乘客。", "中央社"},
		{"ko", "첫 운항에서 갑판에 선 승객들. /연합뉴스", "첫 운항에서 갑판에 선 승객들.", "연합뉴스"},
		{"ko", "첫 운항에서 갑판에 선 승객들. 사진 제공=홀름비항만공사", "첫 운항에서 갑판에 선 승객들.", "홀름비항만공사"},
		{"ja", "初航海で甲板に立つ乗客（ロイター）", "初航海で甲板に立つ乗客", "ロイター"},
		{"ja", "初航海で甲板に立つ乗客（山田太郎撮影）", "初航海で甲板に立つ乗客", "山田太郎撮影"},
		{"zh-TW", "首航時甲板上的乘客。（記者張明攝）", "首航時甲板上的乘客。", "記者張明攝"},
	} {
		rows = append(rows, fcImageRow{name: c[0] + "/" + c[1], lang: c[0], media: fig(c[1]), want: [][3]string{{"deck", c[2], c[3]}}})
	}
	return fcImageRows("images/p9-credit-line", rows)
}

// fcPic9NegativeCases: pictures and lines that are no caption or credit.
func fcPic9NegativeCases() []fcCase {
	rows := fcImageRows("images/p9-negative", []fcImageRow{
		// a media-and-text block's text is text beside a picture
		{name: "gutenberg-media-text-block", media: `<div class="wp-block-media-text alignwide is-stacked-on-mobile"><figure class="wp-block-media-text__media"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12 size-full"/></figure><div class="wp-block-media-text__content"><p>` + fcSentences[6] + ` ` + fcSentences[7] + `</p></div></div>`,
			want: [][3]string{}},
		// Jetpack's carousel attributes name the file, not a caption
		{name: "jetpack-carousel-image-title-attribute", media: `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12" data-attachment-id="12" data-permalink="/2024/03/ferry/deck/" data-orig-size="2000,1333" data-image-title="deck-crossing-2" data-image-description="" data-image-caption="" data-medium-file="/wp-content/uploads/2024/03/deck-300x200.jpg"/></figure>`,
			want: [][3]string{}},
		// a caption naming people in brackets keeps them
		// the paragraph after an uncaptioned picture opens with its alt
		// text: prose, no caption
		{name: "prose-opening-with-the-alt-text", media: `<p><img src="/img/deck.jpg" alt="Passengers on the deck"></p><p>Passengers on the deck cheered as the ferry left Holmby at seven, and the harbour master rang the old bell twice before the ropes were thrown.</p>`,
			want: [][3]string{}},
		{name: "caption-with-a-bracketed-name-list", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>Crew members (from left) Nils Brandt, Tove Lindqvist and Per Holm on the deck.</figcaption></figure>`,
			want: [][3]string{{"deck", "Crew members (from left) Nils Brandt, Tove Lindqvist and Per Holm on the deck.", ""}}},
		{name: "caption-ending-with-a-quoted-title", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>Nils Brandt photographs the ferry for his series "Harbour Light".</figcaption></figure>`,
			want: [][3]string{{"deck", `Nils Brandt photographs the ferry for his series "Harbour Light".`, ""}}},
	})
	type neg struct{ name, media, absent string }
	for _, r := range []neg{
		{name: "gutenberg-latest-posts-block", media: `<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts"><li><div class="wp-block-latest-posts__featured-image aligncenter"><a href="/2024/03/pier-costs/"><img src="/wp-content/uploads/2024/03/pier-costs-150x150.jpg" alt="" class="wp-post-image"></a></div><a class="wp-block-latest-posts__post-title" href="/2024/03/pier-costs/">Pier costs climb again as the council waits</a><time datetime="2024-03-02T09:00:00+00:00" class="wp-block-latest-posts__post-date">March 2, 2024</time></li></ul>`, absent: "pier-costs"},
		{name: "jetpack-related-posts", media: `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post jp-relatedposts-post0 jp-relatedposts-post-thumbs" data-post-id="41"><a class="jp-relatedposts-post-a" href="/2024/03/pier-costs/"><img class="jp-relatedposts-post-img" src="/wp-content/uploads/2024/03/pier-costs.jpg" width="350" alt="Pier costs climb"></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/2024/03/pier-costs/">Pier costs climb again</a></h4><p class="jp-relatedposts-post-excerpt">The council is still waiting for the final bill from the builders.</p><p class="jp-relatedposts-post-date">March 2, 2024</p><p class="jp-relatedposts-post-context">In "News"</p></div></div></div>`, absent: "pier-costs"},
		{name: "gutenberg-post-author-block", media: `<div class="wp-block-post-author"><div class="wp-block-post-author__avatar"><img alt="" src="https://secure.gravatar.example/avatar/4f3e?s=48&amp;d=mm" class="avatar avatar-48 photo" height="48" width="48"></div><div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">Written by</p><p class="wp-block-post-author__name">Tove Lindqvist</p></div></div>`, absent: "avatar"},
		{name: "sponsor-logo-presented-by", media: `<div class="sponsor"><span class="sponsor__label">Presented by</span><a href="https://holmby-boats.example/"><img src="/img/sponsors/holmby-boats.png" alt="Holmby Boats"></a></div>`, absent: "holmby-boats"},
		{name: "german-ad-label-anzeige", media: `<div class="ad-slot"><span class="ad-slot__label">Anzeige</span><a href="https://ads.example/c?id=9"><img src="/ads/faehre-sommer-300x250.jpg" alt=""></a></div>`, absent: "faehre-sommer"},
		{name: "instagram-embed-shared-by", media: `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/Cx1/" data-instgrm-version="14"><div><a href="https://www.instagram.example/p/Cx1/"><img src="/img/insta-deck.jpg" alt=""></a><p><a href="https://www.instagram.example/p/Cx1/">A post shared by Holmby Ferries (@holmbyferries)</a></p></div></blockquote>`, absent: "insta-deck"},
		{name: "inline-read-also-card", media: `<div class="inline-related"><span class="inline-related__label">Read also</span><a href="/news/pier-costs-climb"><img src="/img/pier-costs.jpg" alt=""><span class="inline-related__title">Pier costs climb again as the council waits for the final bill</span></a></div>`, absent: "pier-costs"},
		{name: "video-poster-with-a-title", media: `<div class="video-player" data-video-id="771"><img class="video-player__poster" src="/img/video-crossing.jpg" alt=""><button class="video-player__play">Play</button><div class="video-player__title">Watch: the ferry's first crossing</div><span class="video-player__duration">2:31</span></div>`, absent: "video-crossing"},
		{name: "social-icons-with-labels", media: `<ul class="share"><li><a href="https://facebook.example/share"><img src="/icons/facebook.svg" alt="" width="24" height="24"> Share on Facebook</a></li><li><a href="https://mail.example/"><img src="/icons/mail.svg" alt="" width="24" height="24"> Email</a></li></ul>`, absent: "icons"},
	} {
		r := r
		rows = append(rows, fcCase{class: "images/p9-negative/" + r.name, url: fcFerryURL, html: fcImagePage("en", "", r.media),
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

package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A seventh round of probes, on pictures: the structural layouts large
// news templates set a picture's caption and credit in, written from the
// generic patterns (class words any template uses: caption, credit,
// copyright, media, figure, image, photo, inline, lead, hero, picture),
// never one site's class names. failclass_probes5_test.go has the CMSs'
// default figure markup and the credit forms of many languages; these
// rows are the places a template puts the parts: siblings after a
// <picture> outside any <figure>, the caption before the picture, the
// credit inside the picture's wrapper and the caption outside it, screen
// reader labels, a hero picture above the headline, galleries, a gallery's
// counter and controls, lazy loaders, responsive sources, a caption line
// in italics in the text, the credit forms of wires and agencies; and
// pictures that are no story's (head-shots, logos, icons, adverts,
// related stories' thumbnails, share buttons).

func fcProbe7PictureCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcPictureLayoutCases()...)
	cs = append(cs, fcPictureControlCases()...)
	cs = append(cs, fcPictureSourceCases()...)
	cs = append(cs, fcPictureCreditLineCases()...)
	cs = append(cs, fcPictureNegativeCases()...)
	cs = append(cs, fcPicturePageCases()...)
	return cs
}

const fcPicCredit = "Nils Brandt/Holmby Courier"

// fcPictureLayoutCases: where a template puts the caption and the credit
// around a picture that is no <figure>.
func fcPictureLayoutCases() []fcCase {
	pic := `<picture><source srcset="/img/deck-800.webp 800w, /img/deck-1600.webp 1600w" type="image/webp"><img src="/img/deck-800.jpg" alt=""></picture>`
	return fcImageRows("images/p7-layout", []fcImageRow{
		{name: "caption-and-credit-siblings-after-a-picture", media: `<div class="inline-image">` + pic + `<p class="inline-image__caption">` + fcCap + `</p><p class="inline-image__credit">` + fcPicCredit + `</p></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "caption-and-credit-spans-after-a-picture", media: `<div class="media">` + pic + `<span class="media-caption">` + fcCap + `</span> <span class="media-credit">Photo: ` + fcPicCredit + `</span></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "caption-block-after-the-picture-wrapper", media: `<div class="article-image"><div class="article-image__picture">` + pic + `</div><div class="article-image__text"><p class="article-image__caption">` + fcCap + `</p><p class="article-image__credit">` + fcPicCredit + `</p></div></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "caption-before-the-picture", media: `<div class="photo"><p class="photo-caption">` + fcCap + `</p>` + pic + `</div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		// the caption after the first picture's credit is the first
		// picture's, not the caption before the second
		{name: "credit-then-caption-then-a-picture-with-a-credit-only", media: `<div class="photo"><img src="/img/deck.jpg" alt=""></div><p class="photo-credit">` + fcPicCredit + `</p><p class="photo-caption">` + fcCap + `</p><div class="photo"><img src="/img/pier.jpg" alt=""></div><p class="photo-credit">Tove Lindqvist/Holmby Courier</p>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}, {"pier", "", "Tove Lindqvist/Holmby Courier"}}},
		{name: "caption-before-the-picture-credit-after", media: `<div class="photo"><p class="photo-caption">` + fcCap + `</p>` + pic + `<p class="photo-credit">` + fcPicCredit + `</p></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "credit-inside-the-picture-wrapper-caption-outside", media: `<div class="lead-media"><div class="lead-media__picture">` + pic + `<span class="lead-media__credit">` + fcPicCredit + `</span></div><p class="lead-media__caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "credit-in-an-overlay-inside-the-picture-wrapper", media: `<div class="image"><div class="image__container">` + pic + `<div class="image__overlay"><span class="image__credit">` + fcPicCredit + `</span></div></div><p class="image__caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "credit-before-the-picture-in-its-wrapper-caption-outside", media: `<div class="image"><div class="image__frame"><span class="image__credit">` + fcPicCredit + `</span>` + pic + `</div><p class="image__caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "figure-holding-the-credit-caption-after-it", media: `<figure class="image">` + pic + `<figcaption class="image-credit">© ` + fcPicCredit + `</figcaption></figure><p class="image-caption">` + fcCap + `</p>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "figure-with-the-caption-before-the-picture", media: `<figure><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption>` + pic + `</figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "credit-first-in-the-figcaption", media: `<figure>` + pic + `<figcaption><span class="credit">` + fcPicCredit + `</span> ` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "caption-element-holding-its-credit-before-the-picture", media: `<div class="photo"><div class="photo__caption">` + fcCap + ` <span class="photo__credit">` + fcPicCredit + `</span></div>` + pic + `</div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "copyright-inside-the-picture-wrapper-caption-outside", media: `<div class="image"><div class="image__wrapper">` + pic + `<span class="image__copyright">© ` + fcPicCredit + `</span></div><div class="image__caption">` + fcCap + `</div></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "hidden-labels-outside-a-figure", media: `<div class="media-image"><div class="media-image__picture">` + pic + `<span class="media-image__copyright"><span class="visually-hidden">Image source, </span>` + fcPicCredit + `</span></div><p class="media-image__caption"><span class="visually-hidden">Image caption, </span>` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "hidden-labels-in-an-unknown-hiding-class", media: `<figure class="image">` + pic + `<span class="image__source"><span class="u-assistive">Image source, </span>` + fcPicCredit + `</span><figcaption><span class="u-assistive">Image caption, </span>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "shown-caption-label", media: `<figure>` + pic + `<figcaption><strong>Caption:</strong> ` + fcCap + ` <strong>Credit:</strong> ` + fcPicCredit + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "hidden-labels-sr-only", media: `<figure class="image">` + pic + `<figcaption><span class="sr-only">Image caption: </span>` + fcCap + ` <span class="image-credit"><span class="sr-only">Image credit: </span>` + fcPicCredit + `</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "credit-span-ending-the-figcaption", media: `<figure>` + pic + `<figcaption>` + fcCap + ` <span>Photo: ` + fcPicCredit + `</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "credit-small-with-a-label-ending-the-figcaption", media: `<figure>` + pic + `<figcaption>` + fcCap + ` <small>Photo: ` + fcPicCredit + `</small></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "caption-and-credit-paragraphs-in-a-figcaption", media: `<figure>` + pic + `<figcaption><p class="caption">` + fcCap + `</p><p class="credit">` + fcPicCredit + `</p></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		// the alt text is never the caption: a figcaption holding the
		// credit alone gives the credit and no caption
		{name: "credit-in-the-figcaption-caption-in-the-alt", media: `<figure><img src="/img/deck.jpg" alt="` + fcCap + `"><figcaption>Photo: ` + fcPicCredit + `</figcaption></figure>`,
			want: [][3]string{{"deck", "", fcPicCredit}}},
		{name: "credit-element-in-the-figure-caption-in-the-alt", media: `<figure><img src="/img/deck.jpg" alt="` + fcCap + `"><figcaption><span class="credit">` + fcPicCredit + `</span></figcaption></figure>`,
			want: [][3]string{{"deck", "", fcPicCredit}}},
		{name: "caption-repeating-the-alt", media: `<figure><img src="/img/deck.jpg" alt="` + fcCap + `"><figcaption>` + fcCap + ` Photo: ` + fcPicCredit + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		// a credit in a data attribute the caption's text does not show
		// is not taken: a style sheet may print it (content:
		// attr(data-credit)), but a lightbox reads the same attribute,
		// and nothing in the markup tells the two apart (see
		// shownAttrCredit)
		{name: "credit-in-data-attribute-shown-by-css", media: `<figure>` + pic + `<figcaption class="caption" data-credit="` + fcPicCredit + `">` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "gallery-list-slides", media: `<div class="gallery"><ul class="gallery__slides"><li class="gallery__slide"><img src="/img/deck.jpg" alt=""><p class="gallery__caption">` + fcCap + `</p><p class="gallery__credit">` + fcPicCredit + `</p></li><li class="gallery__slide"><img src="/img/pier.jpg" alt=""><p class="gallery__caption">` + fcCap2 + `</p><p class="gallery__credit">Tove Lindqvist</p></li></ul></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}, {"pier", fcCap2, "Tove Lindqvist"}}},
		{name: "gallery-div-slides", media: `<div class="slideshow"><div class="slide"><div class="slide__image"><img src="/img/deck.jpg" alt=""></div><div class="slide__caption">` + fcCap + ` Photo: ` + fcPicCredit + `</div></div><div class="slide"><div class="slide__image"><img src="/img/pier.jpg" alt=""></div><div class="slide__caption">` + fcCap2 + ` Photo: Tove Lindqvist</div></div></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}, {"pier", fcCap2, "Tove Lindqvist"}}},
		{name: "gallery-credited-by-a-line-after-it", media: `<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><figure class="wp-block-image size-large"><img src="/img/deck.jpg" alt=""></figure><figure class="wp-block-image size-large"><img src="/img/pier.jpg" alt=""></figure></figure><p><em>Photos: Nils Brandt</em></p>`,
			want: [][3]string{{"deck", "", "Nils Brandt"}, {"pier", "", "Nils Brandt"}}},
		{name: "gallery-credited-by-its-caption", media: `<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><figure class="wp-block-image size-large"><img src="/img/deck.jpg" alt=""><figcaption class="wp-element-caption">` + fcCap + `</figcaption></figure><figure class="wp-block-image size-large"><img src="/img/pier.jpg" alt=""></figure><figcaption class="blocks-gallery-caption wp-element-caption">Photos: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}, {"pier", "", "Nils Brandt"}}},
		{name: "gallery-caption-saying-more-than-a-credit-is-no-picture-credit", media: `<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><figure class="wp-block-image size-large"><img src="/img/deck.jpg" alt=""><figcaption class="wp-element-caption">` + fcCap + `</figcaption></figure><figure class="wp-block-image size-large"><img src="/img/pier.jpg" alt=""><figcaption class="wp-element-caption">` + fcCap2 + `</figcaption></figure></figure><p>` + fcSentences[6] + `</p>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "gallery-slides-with-figures", media: `<div class="gallery"><div class="slide"><figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` <span class="credit">` + fcPicCredit + `</span></figcaption></figure></div><div class="slide"><figure><img src="/img/pier.jpg" alt=""><figcaption>` + fcCap2 + ` <span class="credit">Tove Lindqvist</span></figcaption></figure></div></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}, {"pier", fcCap2, "Tove Lindqvist"}}},
		{name: "in-text-picture-then-an-italic-caption-line", media: `<p><img src="/img/deck.jpg" alt=""></p><p><em>` + fcCap + ` Photo: Nils Brandt</em></p>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "in-text-picture-then-an-italic-caption-with-an-agency", media: `<p><img src="/img/deck.jpg" alt=""></p><p><em>` + fcCap + ` (AP Photo/Nils Brandt)</em></p>`,
			want: [][3]string{{"deck", fcCap, "AP Photo/Nils Brandt"}}},
		{name: "in-text-picture-then-an-italic-caption-and-a-plain-credit", media: `<p><img src="/img/deck.jpg" alt=""></p><p><em>` + fcCap + `</em> Photo: Nils Brandt</p>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		// small print in a paragraph of its own is a note, no caption
		{name: "in-text-picture-then-a-small-print-paragraph", media: `<p><img src="/img/deck.jpg" alt=""></p><p><small>This article was amended on Monday to correct a name.</small></p>`,
			want: [][3]string{}},
		{name: "in-text-picture-then-a-small-caption-line", media: `<p><img src="/img/deck.jpg" alt=""><br><small>` + fcCap + ` Photo: Nils Brandt</small></p>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "picture-box-text-block-with-a-labelled-credit", media: `<div class="img-block"><img src="/img/deck.jpg" alt=""><div class="img-block__text">` + fcCap + ` Photograph by Nils Brandt</div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "description-toggle-names-the-caption", media: `<div class="article-image"><a href="/news/ferry-first-crossing/deck"><img src="/img/deck.jpg" alt=""></a><span class="toggle"><a href="#image-description-1"><span class="visually-hidden">Show description</span></a></span></div><div class="intro"><div id="image-description-1" class="image-description"><p><span class="image-description__text">` + fcCap + `</span> <span class="image-description__copyright">Photo: Nils Brandt</span></p></div><p class="intro__text">` + fcSentences[7] + `</p></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "a-jump-link-beside-the-picture-names-no-caption", media: `<div class="article-image"><img src="/img/deck.jpg" alt=""><a href="#comments">12 comments</a></div><div id="comments" class="comments"><p>Great news for the island.</p></div>`,
			want: [][3]string{}},
		{name: "media-info-block-with-a-rights-element", lang: "de", media: `<div class="media"><a href="/thema/bild-1.html"><div class="imageWrapper"><img src="/img/deck.jpg" alt=""></div></a><div class="mediaInfo"><span class="mediaSubtitle"><span class="mediaSubtitleText">Passagiere an Deck bei der ersten Überfahrt. (Symbolfoto)</span></span> <span class="mediaRights">Bildrechte: Nils Brandt</span></div></div>`,
			want: [][3]string{{"deck", "Passagiere an Deck bei der ersten Überfahrt. (Symbolfoto)", "Nils Brandt"}}},
		{name: "caption-box-with-text-and-credit-spans", media: `<div class="image"><img src="/img/deck.jpg" alt=""></div><div class="image-caption"><span class="image-caption__text">` + fcCap + `</span> <span class="image-caption__credit">AFP via Getty Images</span></div>`,
			want: [][3]string{{"deck", fcCap, "AFP via Getty Images"}}},
		{name: "figcaption-credit-alone-with-a-label", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>Photo: Getty Images</figcaption></figure>`,
			want: [][3]string{{"deck", "", "Getty Images"}}},
		{name: "gallery-slide-counter-caption-and-credit", media: `<div class="gallery"><div class="slide"><img src="/img/deck.jpg" alt=""><div class="slide__caption"><span class="slide__counter">1 / 2</span> ` + fcCap + ` <span class="slide__credit">` + fcPicCredit + `</span></div></div><div class="slide"><img src="/img/pier.jpg" alt=""><div class="slide__caption"><span class="slide__counter">2 / 2</span> ` + fcCap2 + ` <span class="slide__credit">Tove Lindqvist</span></div></div></div>`,
			want: [][3]string{{"deck", fcCap, fcPicCredit}, {"pier", fcCap2, "Tove Lindqvist"}}},
		{name: "in-text-picture-then-a-centred-caption-line", media: `<p style="text-align:center"><img src="/img/deck.jpg" alt=""><br><em>` + fcCap + `</em></p>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		// a caption that opens with the words of a label, no label
		{name: "caption-opening-with-a-label-s-words", media: `<figure>` + pic + `<figcaption>Image caption contest winners with their entries at the library.</figcaption></figure>`,
			want: [][3]string{{"deck", "Image caption contest winners with their entries at the library.", ""}}},
		// a story picture linked, with its caption, to the story's
		// gallery: the caption is a sentence, no story's title
		{name: "picture-and-caption-linked-to-a-gallery-page", media: `<figure><a href="/gallery/ferry-crossing"><img src="/img/deck.jpg" alt=""></a><figcaption><a href="/gallery/ferry-crossing">` + fcCap + `</a></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}},
	})
}

// fcPictureControlCases: what a gallery or a zoom control prints into the
// caption element (a counter, a button, a link to the gallery), to be
// cut from the caption.
func fcPictureControlCases() []fcCase {
	fig := func(inner string) string { return `<figure><img src="/img/deck.jpg" alt="">` + inner + `</figure>` }
	return fcImageRows("images/p7-control", []fcImageRow{
		{name: "counter-span-before-the-caption", media: fig(`<figcaption><span class="counter">1/5</span> ` + fcCap + `</figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "counter-spaced-slash", media: fig(`<figcaption><span class="gallery-count">1 / 5</span>` + fcCap + `</figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "counter-image-n-of-m", media: fig(`<figcaption><span class="count">Image 1 of 5</span> ` + fcCap + `</figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "counter-photo-n-of-m", media: fig(`<figcaption><span class="count">Photo 2 of 8</span> ` + fcCap + ` <span class="credit">` + fcPicCredit + `</span></figcaption>`),
			want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "counter-after-the-caption", media: fig(`<figcaption>` + fcCap + ` <span class="counter">1/5</span></figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "enlarge-button-after-the-caption", media: fig(`<figcaption>` + fcCap + ` <button type="button" class="enlarge">Enlarge</button></figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "zoom-button-before-the-caption", media: fig(`<figcaption><button class="zoom" aria-label="Zoom">Zoom</button>` + fcCap + ` Photo: Nils Brandt</figcaption>`),
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "expand-image-span-button", media: fig(`<figcaption>` + fcCap + ` <span class="expand" role="button">Expand image</span></figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "open-gallery-link-after-the-caption", media: fig(`<figcaption>` + fcCap + ` <a class="gallery-link" href="/gallery/ferry-first-crossing">Open gallery</a></figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "view-gallery-link-with-count", media: fig(`<figcaption>` + fcCap + ` <a href="/gallery/ferry-first-crossing">View gallery (12 photos)</a></figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "enlarge-button-in-the-picture-wrapper", media: `<div class="media"><div class="media__picture"><img src="/img/deck.jpg" alt=""><button class="media__enlarge">Enlarge this image</button></div><p class="media__caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "open-gallery-link-in-the-picture-wrapper", media: `<div class="media"><div class="media__picture"><img src="/img/deck.jpg" alt=""><a class="media__gallery-link" href="/gallery/ferry-first-crossing">Open gallery (12 photos)</a></div><p class="media__caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "counter-in-the-picture-wrapper", media: `<div class="media"><div class="media__picture"><img src="/img/deck.jpg" alt=""><span class="media__count">1/12</span></div><p class="media__caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		// a caption that folds open on a click is no control
		{name: "caption-text-in-a-button-role", media: fig(`<figcaption><span class="caption-text" role="button" tabindex="0">` + fcCap + `</span> <span class="credit">Photo: Nils Brandt</span></figcaption>`),
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		// a caption's words linked to a topic are no control
		{name: "topic-link-ending-the-caption", media: fig(`<figcaption>Mark Zuckerberg, the chief executive of <a href="/topics/facebook">Facebook</a></figcaption>`),
			want: [][3]string{{"deck", "Mark Zuckerberg, the chief executive of Facebook", ""}}},
		{name: "topic-link-opening-the-caption", media: fig(`<figcaption><a href="/topics/reddit">Reddit</a> users gather outside the company's office.</figcaption>`),
			want: [][3]string{{"deck", "Reddit users gather outside the company's office.", ""}}},
		{name: "caption-toggle-button", media: fig(`<figcaption><button class="caption-toggle" aria-expanded="false">Caption</button><span class="caption-text">` + fcCap + `</span></figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "hide-caption-link", media: fig(`<figcaption>` + fcCap + ` <a href="#" class="toggle-caption">Hide caption</a></figcaption>`),
			want: [][3]string{{"deck", fcCap, ""}}},
	})
}

// fcPictureSourceCases: where a picture's address stands: lazy loaders'
// attributes and placeholders, <noscript> fallbacks, <picture> sources
// and srcset candidates.
func fcPictureSourceCases() []fcCase {
	rows := []fcImageRow{
		{name: "noscript-fallback-beside-a-lazy-picture", media: `<div class="image"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="/img/deck.jpg" alt=""><noscript><img src="/img/deck.jpg" alt=""></noscript></div><p class="image-caption">` + fcCap + `</p>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "noscript-fallback-before-the-lazy-picture", media: `<figure><noscript><img src="/img/deck.jpg" alt=""></noscript><img class="lazyload" data-src="/img/deck.jpg" src="/img/blank.gif" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "noscript-fallback-the-only-picture", media: `<div class="article-img"><a class="article-img__link"><picture class="responsive"><noscript><img src="/img/deck.jpg" alt="` + fcCap + `"></noscript><script type="application/ld+json">{"@type":"ImageObject","caption":"` + fcCap + `"}</script></picture></a><div class="article-img__text"><div class="article-img__copy">` + fcCap + `</div><div class="article-img__author">Photograph by <span>Nils Brandt</span></div></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "noscript-fallback-the-only-picture-in-a-figure", media: `<figure class="lazy"><noscript><img src="/img/deck.jpg" alt=""></noscript><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "noscript-tracking-pixel-is-no-picture", media: `<p>` + fcSentences[5] + `</p><noscript><img src="https://pixel.example/p?c1=2&amp;c2=123" width="1" height="1" alt=""></noscript><p class="caption">` + fcCap + `</p>`,
			want: [][3]string{}},
		{name: "transparent-gif-src-noscript-sibling", media: `<div class="media"><div class="imageWrapper"><img class="img" src="/index-transparent_h-213_w-320.gif" data-ctrl-image="{'id':'7f1c'}" alt=""><noscript><img class="img" src="/img/deck_w-576.jpg" alt=""></noscript></div><p class="media-caption">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck_w-576", fcCap, ""}}},
		{name: "noscript-fallback-another-size", media: `<div class="image"><img class="lazy" data-src="/img/deck-800x533.jpg" src="/img/pixel.gif" alt=""><noscript><img src="/img/deck-1600x1066.jpg" alt=""></noscript></div><p class="image-caption">` + fcCap + `</p>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "spacer-gif-src-data-lazy", media: `<figure><img src="/assets/spacer.gif" data-lazy="/img/deck.jpg" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck.jpg", fcCap, ""}}},
		{name: "spacer-gif-src-data-original-src", media: `<figure><img src="/assets/1x1.gif" data-original-src="/img/deck.jpg" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck.jpg", fcCap, ""}}},
		{name: "placeholder-png-src-data-hi-res", media: `<figure><img src="/assets/placeholder.png" data-hi-res-src="/img/deck.jpg" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck.jpg", fcCap, ""}}},
		{name: "picture-sources-only-largest", media: `<figure><picture><source media="(min-width: 1024px)" srcset="/img/deck-1600.jpg 1600w, /img/deck-1200.jpg 1200w"><source srcset="/img/deck-800.jpg 800w, /img/deck-400.jpg 400w"><img alt=""></picture><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck-1600", fcCap, ""}}},
		{name: "srcset-candidates-out-of-order", media: `<figure><img src="/img/deck-400.jpg" srcset="/img/deck-400.jpg 400w, /img/deck-1600.jpg 1600w, /img/deck-800.jpg 800w" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck-1600", fcCap, ""}}},
		{name: "srcset-density-descriptors", media: `<figure><img src="/img/deck-1x.jpg" srcset="/img/deck-1x.jpg 1x, /img/deck-2x.jpg 2x" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck-2x", fcCap, ""}}},
		// an image CDN's transformations are comma-separated inside the
		// address: only a comma after white space ends a candidate
		// an inline placeholder among the candidates is skipped, not
		// the whole set; a density may be a fraction
		{name: "srcset-with-an-inline-placeholder-candidate", media: `<figure><img srcset="data:image/gif;base64,R0lGODlhAQABAAAAACw= 1w, /img/deck-1600.jpg 1600w" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck-1600", fcCap, ""}}},
		{name: "srcset-fractional-density", media: `<figure><img src="/img/deck-1x.jpg" srcset="/img/deck-1x.jpg 1x, /img/deck-15x.jpg 1.5x" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck-15x", fcCap, ""}}},
		{name: "srcset-commas-inside-the-address", media: `<figure><img src="https://img.example/upload/w_800,c_limit/deck.jpg" srcset="https://img.example/upload/w_400,c_limit/deck.jpg 400w, https://img.example/upload/w_1600,c_limit/deck.jpg 1600w" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"https://img.example/upload/w_1600,c_limit/deck.jpg", fcCap, ""}}},
		{name: "srcset-commas-without-spaces", media: `<figure><img src="/img/deck-800.jpg" srcset="/img/deck-400.jpg 400w,/img/deck-1600.jpg 1600w" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"/img/deck-1600.jpg", fcCap, ""}}},
		{name: "data-srcset-with-commas-inside", media: `<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-srcset="https://img.example/upload/f_auto,q_auto,w_640/deck.jpg 640w, https://img.example/upload/f_auto,q_auto,w_1280/deck.jpg 1280w" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"https://img.example/upload/f_auto,q_auto,w_1280/deck.jpg", fcCap, ""}}},
		// each stand-in takes the fallback right after it, not the
		// first of its wrapper
		{name: "noscript-fallbacks-of-two-pictures-in-one-wrapper", media: `<div class="photos"><img src="/assets/spacer.gif" alt=""><noscript><img src="/img/deck.jpg" alt=""></noscript><p class="photos__caption">` + fcCap + `</p><img src="/assets/spacer.gif" alt=""><noscript><img src="/img/pier.jpg" alt=""></noscript><p class="photos__caption">` + fcCap2 + `</p></div>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
	}
	return fcImageRows("images/p7-source", rows)
}

// fcPictureCreditLineCases: the credit lines of wires and picture
// agencies at a caption's end: a whole sentence then an agency in
// capitals, "via Getty Images", a handout, a supplied or courtesy
// picture, two photographers.
func fcPictureCreditLineCases() []fcCase {
	const sentence = "Passengers stand on the deck as the ferry leaves Holmby on Tuesday."
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	var rows []fcImageRow
	for _, c := range [][3]string{
		{sentence + " REUTERS/Nils Brandt", sentence, "REUTERS/Nils Brandt"},
		{sentence + " REUTERS/Nils Brandt/File Photo", sentence, "REUTERS/Nils Brandt/File Photo"},
		{sentence + " NILS BRANDT/AFP via Getty Images", sentence, "NILS BRANDT/AFP via Getty Images"},
		{sentence + " Nils Brandt/Getty Images", sentence, "Nils Brandt/Getty Images"},
		{sentence + " (Photo by Nils Brandt/Getty Images)", sentence, "Nils Brandt/Getty Images"},
		{sentence + " Getty Images", sentence, "Getty Images"},
		{sentence + " AFP via Getty Images", sentence, "AFP via Getty Images"},
		{sentence + " (AFP via Getty Images)", sentence, "AFP via Getty Images"},
		{sentence + " Holmby Harbour Trust/Handout via REUTERS", sentence, "Holmby Harbour Trust/Handout via REUTERS"},
		{sentence + " (Holmby Harbour Trust via AP)", sentence, "Holmby Harbour Trust via AP"},
		{sentence + " Photo: Supplied", sentence, "Supplied"},
		{sentence + " (Supplied)", sentence, "Supplied"},
		{sentence + " Picture: Handout", sentence, "Handout"},
		{sentence + " (Handout)", sentence, "Handout"},
		// a clause of the caption in brackets, no credit
		{sentence + " (supplied by tankers since Monday)", sentence + " (supplied by tankers since Monday)", ""},
		{sentence + " Courtesy of Holmby Harbour Trust", sentence, "Courtesy of Holmby Harbour Trust"},
		{sentence + " Photo courtesy of Holmby Harbour Trust", sentence, "Photo courtesy of Holmby Harbour Trust"},
		{sentence + " (Courtesy photo)", sentence, "Courtesy photo"},
		{sentence + " (Nils Brandt and Tove Lindqvist/AP)", sentence, "Nils Brandt and Tove Lindqvist/AP"},
		{sentence + " Nils Brandt and Tove Lindqvist/AP", sentence, "Nils Brandt and Tove Lindqvist/AP"},
		{sentence + " Photos: Nils Brandt and Tove Lindqvist", sentence, "Nils Brandt and Tove Lindqvist"},
		{sentence + " (AP Photo/Nils Brandt and Tove Lindqvist)", sentence, "AP Photo/Nils Brandt and Tove Lindqvist"},
		{sentence + " Nils Brandt, Tove Lindqvist/Holmby Courier", sentence, "Nils Brandt, Tove Lindqvist/Holmby Courier"},
		{sentence + " EPA-EFE/NILS BRANDT", sentence, "EPA-EFE/NILS BRANDT"},
		{sentence + " Nils Brandt / Getty Images", sentence, "Nils Brandt / Getty Images"},
		{sentence + " NILS BRANDT / AFP", sentence, "NILS BRANDT / AFP"},
		{sentence + " Nils Brandt—Getty Images", sentence, "Nils Brandt—Getty Images"},
		{sentence + " Nils Brandt/The Holmby Courier via AP", sentence, "Nils Brandt/The Holmby Courier via AP"},
		{sentence + " Photos: Nils Brandt & Tove Lindqvist", sentence, "Nils Brandt & Tove Lindqvist"},
		{sentence + " Photo illustration by Nils Brandt", sentence, "Nils Brandt"},
		{sentence + " Illustration: Nils Brandt", sentence, "Nils Brandt"},
		{sentence + " (Submitted photo)", sentence, "Submitted photo"},
		{sentence + " Submitted photo", sentence, "Submitted photo"},
		{sentence + " (Contributed photo)", sentence, "Contributed photo"},
		{sentence + " Staff photo by Nils Brandt", sentence, "Nils Brandt"},
		{sentence + " File photo by Nils Brandt", sentence, "Nils Brandt"},
		{sentence + " PHOTO: NILS BRANDT", sentence, "NILS BRANDT"},
		{sentence + " (AP Photo)", sentence, "AP Photo"},
		{sentence + " Photograph by Nils Brandt for The Holmby Courier", sentence, "Nils Brandt for The Holmby Courier"},
		// a sentence naming a place in capitals is no credit
		{"Passengers stand on the deck as the ferry leaves HOLMBY.", "Passengers stand on the deck as the ferry leaves HOLMBY.", ""},
		{"Members of the NATO delegation on the deck of the ferry.", "Members of the NATO delegation on the deck of the ferry.", ""},
	} {
		rows = append(rows, fcImageRow{name: strings.TrimPrefix(c[0], sentence+" "), media: fig(c[0]), want: [][3]string{{"deck", c[1], c[2]}}})
	}
	return fcImageRows("images/p7-credit-line", rows)
}

// fcPictureNegativeCases: pictures in the story's scope that are not the
// story's: a writer's head-shot, logos, icons, adverts, related stories'
// thumbnails with their titles, share buttons. None takes a caption, and
// the story's own picture beside them keeps its own.
func fcPictureNegativeCases() []fcCase {
	type neg struct {
		name, media string
		absent      []string // picture files that must not be given
		want        [][3]string
	}
	var cs []fcCase
	for _, r := range []neg{
		{name: "columnist-head-shot-figure", media: `<div class="byline-block"><figure class="author-image"><img src="/img/tove-lindqvist-headshot.jpg" alt="Tove Lindqvist"><figcaption>Tove Lindqvist</figcaption></figure><p class="byline">By Tove Lindqvist</p></div>`,
			absent: []string{"tove-lindqvist"}},
		{name: "author-card-with-a-caption-named-line", media: `<div class="author-card"><img class="author-card__photo" src="/img/tove-lindqvist.jpg" alt=""><p class="author-card__caption">Tove Lindqvist is the Courier's transport reporter.</p></div>`,
			absent: []string{"tove-lindqvist"}},
		{name: "camera-icon-before-the-credit", media: `<div class="media"><img src="/img/deck.jpg" alt=""><p class="media__caption">` + fcCap + `</p><p class="media__credit"><img class="icon" src="/icons/camera.svg" alt=""> ` + fcPicCredit + `</p></div>`,
			absent: []string{"camera"}, want: [][3]string{{"deck", fcCap, fcPicCredit}}},
		{name: "advert-picture-with-a-caption-named-line", media: `<div class="ad-slot"><a href="https://ads.example/click?id=1"><img src="/ads/holmby-boats-banner.jpg" alt=""></a><p class="ad-caption">Sponsored: Holmby Boats, sail with us this summer</p></div>`,
			absent: []string{"banner"}},
		{name: "related-story-thumbnail-after-a-story-picture", media: `<div class="image"><img src="/img/deck.jpg" alt=""></div><div class="related-story"><a href="/news/pier-costs"><img src="/img/pier-thumb.jpg" alt=""></a><a href="/news/pier-costs" class="related-story__title">Pier costs climb again as the council waits for the final bill</a></div>`,
			absent: []string{"pier-thumb"}, want: [][3]string{{"deck", "", ""}}},
		{name: "related-story-card-in-a-figure-shape", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + `</figcaption></figure><aside class="related"><h3>Related</h3><div class="card"><div class="card__image"><a href="/news/pier-costs"><img src="/img/pier-thumb.jpg" alt=""></a></div><div class="card__caption"><a href="/news/pier-costs">Pier costs climb again</a></div></div></aside>`,
			absent: []string{"pier-thumb"}, want: [][3]string{{"deck", fcCap, ""}}},
		{name: "related-story-figure-in-the-text", media: `<figure class="inline-related"><a href="/news/pier-costs"><img src="/img/pier-thumb.jpg" alt=""></a><figcaption><a href="/news/pier-costs">Pier costs climb again as the council waits for the final bill</a></figcaption></figure>`,
			absent: []string{"pier-thumb"}},
		{name: "related-story-card-with-a-kicker-in-the-text", media: `<div class="inline-story"><div class="inline-story__image"><a href="/news/pier-costs"><img src="/img/pier-thumb.jpg" alt=""></a></div><div class="inline-story__caption"><span class="kicker">Related</span> <a href="/news/pier-costs">Pier costs climb again</a></div></div>`,
			absent: []string{"pier-thumb"}},
		{name: "read-more-line-after-an-uncaptioned-picture", media: `<p><img src="/img/deck.jpg" alt=""></p><p><strong>Read more:</strong> <a href="/news/pier-costs">Pier costs climb again</a></p>`,
			want: [][3]string{{"deck", "", ""}}},
		{name: "share-buttons-with-icons", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + `</figcaption></figure><div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x"><img src="/icons/facebook.png" alt="Share on Facebook"></a><a href="https://twitter.com/intent/tweet?url=x"><img src="/icons/twitter.png" alt="Share on X"></a></div>`,
			absent: []string{"facebook", "twitter"}, want: [][3]string{{"deck", fcCap, ""}}},
		{name: "share-image-link-under-a-picture", media: `<div class="image"><img src="/img/deck.jpg" alt=""></div><div class="share-image"><a href="https://www.pinterest.com/pin/create/button/?url=x"><img src="/icons/pinterest.svg" alt=""> Pin this image</a></div>`,
			absent: []string{"pinterest"}, want: [][3]string{{"deck", "", ""}}},
	} {
		r := r
		cs = append(cs, fcCase{class: "images/p7-negative/" + r.name, url: fcFerryURL, html: fcImagePage("en", "", r.media),
			check: func(t *testing.T, a *article.Article) {
				for _, im := range a.Images {
					for _, x := range r.absent {
						if strings.Contains(im.URL, x) {
							t.Errorf("image %s given (caption %q credit %q), want none", im.URL, im.Caption, im.Credit)
						}
					}
				}
				for _, w := range r.want {
					if w[1] == "" && w[2] == "" {
						for _, im := range a.Images {
							if strings.Contains(im.URL, w[0]) && (im.Caption != "" || im.Credit != "") {
								t.Errorf("image %s: caption %q credit %q, want none", im.URL, im.Caption, im.Credit)
							}
						}
						continue
					}
					fcWantImage(t, a, w[0], w[1], w[2])
				}
			}})
	}
	return cs
}

// fcPicturePageCases: whole-page layouts: a hero picture above the
// headline with its caption below the headline, a lead picture in the
// header and a related stories rail beside the text.
func fcPicturePageCases() []fcCase {
	title := `<title>Ferry to Grest makes first crossing</title>`
	h1 := `<h1>Ferry to Grest makes first crossing</h1>`
	og := `<meta property="og:image" content="https://holmby-courier.example/img/deck-1200x630.jpg">`
	return []fcCase{
		{class: "images/p7-page/hero-above-the-headline-caption-below-it", url: fcFerryURL,
			html:  fcPage("en", title+og, `<main><div class="hero"><div class="hero__picture"><img src="/img/deck-1600x900.jpg" alt=""></div></div><div class="story"><header class="story__header">`+h1+`<p class="hero__caption">`+fcCap+` <span class="hero__credit">`+fcPicCredit+`</span></p><p class="byline">By Tove Lindqvist</p></header><div class="story__body">`+fcProse(0, 5)+`</div></div></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantImage(t, a, "deck", fcCap, fcPicCredit) }},
		{class: "images/p7-page/lead-picture-in-the-header-credit-over-it", url: fcFerryURL,
			html:  fcPage("en", title+og, `<article><header>`+h1+`<div class="lead-image"><div class="lead-image__frame"><img src="/img/deck-1600x900.jpg" alt=""><span class="lead-image__copyright">© `+fcPicCredit+`</span></div><div class="lead-image__caption">`+fcCap+`</div></div></header><div class="article-body">`+fcProse(0, 5)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) { fcWantImage(t, a, "deck", fcCap, fcPicCredit) }},
		// the CDN writes the size before the file's name: the lead image
		// of the metadata is the hero picture at another size
		{class: "images/p7-page/hero-figure-at-another-cdn-size-than-the-lead-image", url: fcFerryURL,
			html:  fcPage("en", title+`<meta property="og:image" content="https://holmby-courier.example/imgs/w1200_h630_x1796_y1347_ferry-deck-163936.jpg">`, `<main><figure class="hero"><img src="/imgs/w2100_h1313_x1796_y1347_ferry-deck-163936.jpg" alt=""><figcaption><p>`+fcCap+`</p><span class="figure-credit">Photo: Nils Brandt</span></figcaption></figure><div class="story">`+h1+`<p class="byline">By Tove Lindqvist</p><div class="story__body">`+fcProse(0, 5)+`</div></div></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantImage(t, a, "ferry-deck", fcCap, "Nils Brandt") }},
		// a closing line in small print captions the header picture
		// the template shows without a caption
		{class: "images/p7-page/header-image-line-after-the-text", url: fcFerryURL,
			html:  fcPage("en", title+og, `<div class="header-image" style="background-image:url(/img/deck-1600x900.jpg)"></div><article>`+h1+fcProse(0, 5)+`<p style="font-size:11px"><em>Header Image: </em>`+fcCap+` <em>Credit: `+fcPicCredit+` (<a href="https://creativecommons.org/licenses/by-nc-nd/2.0/">CC BY-NC-ND 2.0</a>)</em></p></article>`),
			check: func(t *testing.T, a *article.Article) { fcWantImage(t, a, "deck", fcCap, fcPicCredit) }},
		{class: "images/p7-page/titelbild-line-under-the-shown-lead-picture", url: fcFerryURL,
			html: fcPage("de", title+og, `<article>`+h1+`<div class="post-thumbnail"><img src="/img/deck-800x450.jpg" alt=""></div>`+fcProse(0, 5)+`<p><em>Titelbild: Passagiere an Deck bei der ersten Überfahrt. Foto: Nils Brandt</em></p></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantImage(t, a, "deck", "Passagiere an Deck bei der ersten Überfahrt.", "Nils Brandt")
			}},
		// a video under the headline: the caption after it is the
		// video's, not the lead picture's (which the page does not show)
		{class: "images/p7-page/video-caption-under-the-headline-is-not-the-lead-picture-s", url: fcFerryURL,
			html:  fcPage("en", title+og, `<main><div class="story"><header class="story__header">`+h1+`<div class="video-player"><video src="/v/crossing.mp4"></video></div><p class="video-caption">Watch the ferry leave the pier at Holmby on Monday morning.</p></header><div class="story__body">`+fcProse(0, 5)+`</div></div></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantImage(t, a, "deck", "", "") }},
		{class: "images/p7-page/related-rail-thumbnails-are-not-story-pictures", url: fcFerryURL,
			html: fcPage("en", title, `<main><article>`+h1+`<figure><img src="/img/deck.jpg" alt=""><figcaption>`+fcCap+`</figcaption></figure>`+fcProse(0, 5)+`</article><aside class="rail"><h2>Most read</h2><ul><li><figure><a href="/news/pier-costs"><img src="/img/pier-thumb.jpg" alt=""></a><figcaption><a href="/news/pier-costs">Pier costs climb again</a></figcaption></figure></li><li><figure><a href="/news/cafe"><img src="/img/cafe-thumb.jpg" alt=""></a><figcaption><a href="/news/cafe">Café hires for summer</a></figcaption></figure></li></ul></aside></main>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantImage(t, a, "deck", fcCap, "")
				for _, im := range a.Images {
					if strings.Contains(im.URL, "thumb") {
						t.Errorf("image %s given (caption %q), want none", im.URL, im.Caption)
					}
				}
			}},
	}
}

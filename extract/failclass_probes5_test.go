package extract

import (
	"cmp"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A fifth round of probes (failclass_probes4_test.go has the fourth):
// invented pages in the documented default markup of public CMSs and
// themes for a picture's caption and credit, and the dateline forms of
// wires and papers, written without looking at corpus pages. Each
// function says the convention its rows follow. As in failclass_test.go
// the pages and names are made up. TestFailureClasses runs them.

func fcProbe5Cases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcCMSFigureCases()...)
	cs = append(cs, fcCreditFormCases()...)
	cs = append(cs, fcStructuredImageCases()...)
	cs = append(cs, fcDatelineFormCases()...)
	cs = append(cs, fcDatelineMarkupCases()...)
	cs = append(cs, fcCaptionNoteCases()...)
	return cs
}

const fcFerryURL = "https://holmby-courier.example/news/ferry-first-crossing"

// fcImagePage is a story page with media (a figure's markup) after its
// second paragraph.
func fcImagePage(lang, head, media string) string {
	return fcPage(lang, `<title>Ferry to Grest makes first crossing</title>`+head,
		`<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 2)+media+fcProse(4, 3)+`</article>`)
}

// fcWantImage checks the picture whose address holds name: its caption
// and credit exactly, and that it is given once.
func fcWantImage(t *testing.T, a *article.Article, name, caption, credit string) {
	t.Helper()
	found := 0
	for _, im := range a.Images {
		if !strings.Contains(im.URL, name) {
			continue
		}
		if found++; found == 1 && (im.Caption != caption || im.Credit != credit) {
			t.Errorf("image %s: caption %q credit %q, want %q and %q", name, im.Caption, im.Credit, caption, credit)
		}
	}
	switch {
	case found == 0:
		t.Errorf("no image %s among %+v", name, a.Images)
	case found > 1:
		t.Errorf("image %s given %d times: %+v", name, found, a.Images)
	}
}

// fcImageRow is one picture probe: the media markup, and per picture the
// file name, caption and credit wanted.
type fcImageRow struct {
	name, lang, head, media string
	want                    [][3]string
}

func fcImageRows(class string, rows []fcImageRow) []fcCase {
	var cs []fcCase
	for _, r := range rows {
		r := r
		lang := cmp.Or(r.lang, "en")
		cs = append(cs, fcCase{class: class + "/" + r.name, url: fcFerryURL, html: fcImagePage(lang, r.head, r.media),
			check: func(t *testing.T, a *article.Article) {
				if len(r.want) == 0 {
					for _, im := range a.Images {
						if im.Caption != "" {
							t.Errorf("image %s captioned %q, want none", im.URL, im.Caption)
						}
					}
				}
				for _, w := range r.want {
					fcWantImage(t, a, w[0], w[1], w[2])
				}
			}})
	}
	return cs
}

const (
	fcCap  = "Passengers on the deck during the first crossing."
	fcCap2 = "The ferry leaves the pier at Holmby."
)

// fcCMSFigureCases: the figure markup public CMSs and themes print by
// default (WordPress classic and Gutenberg, Drupal media, Ghost, Medium,
// Substack, Squarespace, Arc XP, Brightspot, Blogger, AMP) and the
// markup of large papers' templates (a visually hidden "Credit" label).
func fcCMSFigureCases() []fcCase {
	return fcImageRows("images/cms-figure", []fcImageRow{
		{name: "wordpress-classic-div", media: `<div id="attachment_12" style="width: 810px" class="wp-caption aligncenter"><a href="/wp-content/uploads/2024/03/deck.jpg"><img aria-describedby="caption-attachment-12" class="size-large wp-image-12" src="/wp-content/uploads/2024/03/deck-800x533.jpg" alt="" width="800" height="533" srcset="/wp-content/uploads/2024/03/deck-800x533.jpg 800w, /wp-content/uploads/2024/03/deck-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px"></a><p id="caption-attachment-12" class="wp-caption-text">` + fcCap + ` Photo: Nils Brandt</p></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "wordpress-classic-html5-figure", media: `<figure id="attachment_12" aria-describedby="caption-attachment-12" style="width: 800px" class="wp-caption aligncenter"><img class="size-large wp-image-12" src="/wp-content/uploads/2024/03/deck.jpg" alt="" width="800" height="533"><figcaption id="caption-attachment-12" class="wp-caption-text">` + fcCap + ` (Photo by Nils Brandt/Holmby Courier)</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "gutenberg-image", media: `<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "gutenberg-image-aligned-wrapper", media: `<div class="wp-block-image"><figure class="aligncenter size-large"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption>` + fcCap + ` <em>Photo: Nils Brandt</em></figcaption></figure></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "gutenberg-gallery-nested-figures", media: `<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + `</figcaption></figure><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/pier.jpg" alt="" class="wp-image-13"/><figcaption class="wp-element-caption">` + fcCap2 + `</figcaption></figure><figcaption class="blocks-gallery-caption wp-element-caption">The first crossing in pictures.</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "gutenberg-gallery-list", media: `<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" data-id="12" class="wp-image-12"/><figcaption class="blocks-gallery-item__caption">` + fcCap + `</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="/wp-content/uploads/2024/03/pier.jpg" alt="" data-id="13" class="wp-image-13"/><figcaption class="blocks-gallery-item__caption">` + fcCap2 + `</figcaption></figure></li></ul></figure>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "wordpress-gallery-shortcode", media: `<div id="gallery-1" class="gallery galleryid-40 gallery-columns-2 gallery-size-thumbnail"><figure class="gallery-item"><div class="gallery-icon landscape"><a href="/2024/03/ferry/deck/"><img width="150" height="150" src="/wp-content/uploads/2024/03/deck-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" aria-describedby="gallery-1-12"></a></div><figcaption class="wp-caption-text gallery-caption" id="gallery-1-12">` + fcCap + `</figcaption></figure><figure class="gallery-item"><div class="gallery-icon landscape"><a href="/2024/03/ferry/pier/"><img width="150" height="150" src="/wp-content/uploads/2024/03/pier-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" aria-describedby="gallery-1-13"></a></div><figcaption class="wp-caption-text gallery-caption" id="gallery-1-13">` + fcCap2 + `</figcaption></figure></div>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "wordpress-gallery-shortcode-dl", media: `<div id="gallery-1" class="gallery galleryid-40 gallery-columns-2"><dl class="gallery-item"><dt class="gallery-icon landscape"><a href="/wp-content/uploads/2024/03/deck.jpg"><img src="/wp-content/uploads/2024/03/deck-150x150.jpg" class="attachment-thumbnail" alt=""></a></dt><dd class="wp-caption-text gallery-caption">` + fcCap + `</dd></dl><dl class="gallery-item"><dt class="gallery-icon landscape"><a href="/wp-content/uploads/2024/03/pier.jpg"><img src="/wp-content/uploads/2024/03/pier-150x150.jpg" class="attachment-thumbnail" alt=""></a></dt><dd class="wp-caption-text gallery-caption">` + fcCap2 + `</dd></dl></div>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "drupal-media-caption-filter", media: `<figure role="group" class="caption caption-drupal-media align-center"><div><div class="field field--name-field-media-image field--type-image field--label-visually_hidden"><div class="field__label visually-hidden">Image</div><div class="field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/2024-03/deck.jpg?itok=Ab3dEf9h" width="800" height="533" alt="Ferry"></div></div></div><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "drupal-media-fields", media: `<div class="media media--type-image media--view-mode-default"><div class="field field--name-field-media-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/2024-03/deck.jpg" width="800" height="533" alt="Ferry"></div><div class="field field--name-field-caption field--type-string field--label-hidden field__item">` + fcCap + `</div><div class="field field--name-field-media-credit field--type-string field--label-hidden field__item">Nils Brandt</div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "drupal7-image-fields", media: `<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img src="/sites/default/files/styles/large/public/deck.jpg" width="800" height="533" alt=""></div></div></div><div class="field field-name-field-image-caption field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">` + fcCap + `</div></div></div><div class="field field-name-field-photo-credit field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">Nils Brandt</div></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "ghost-image-card-unsplash", media: `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2024/03/deck.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333" srcset="/content/images/size/w600/2024/03/deck.jpg 600w, /content/images/size/w1000/2024/03/deck.jpg 1000w, /content/images/2024/03/deck.jpg 2000w" sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.com/@nils?utm_source=ghost&amp;utm_medium=referral&amp;utm_campaign=api-credit"><span style="white-space: pre-wrap;">Nils Brandt</span></a><span style="white-space: pre-wrap;"> on </span><a href="https://unsplash.com/?utm_source=ghost&amp;utm_medium=referral&amp;utm_campaign=api-credit"><span style="white-space: pre-wrap;">Unsplash</span></a></figcaption></figure>`,
			want: [][3]string{{"deck", "", "Nils Brandt on Unsplash"}}},
		{name: "ghost-image-card-caption", media: `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2024/03/deck.jpg" class="kg-image" alt="" loading="lazy"><figcaption><span style="white-space: pre-wrap;">` + fcCap + ` Photo: Nils Brandt</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "ghost-gallery-card", media: `<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container"><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="/content/images/2024/03/deck.jpg" width="2000" height="1333" loading="lazy" alt=""></div><div class="kg-gallery-image"><img src="/content/images/2024/03/pier.jpg" width="2000" height="1333" loading="lazy" alt=""></div></div></div><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "medium-picture-no-src", media: `<figure class="ni nj nk nl nm nn nf ng paragraph-image"><div role="button" tabindex="0" class="no np fi nq bh nr"><div class="nf ng ne"><picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*deckAbc.jpeg 640w, https://miro.medium.com/v2/resize:fit:1400/format:webp/1*deckAbc.jpeg 1400w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 100vw" type="image/webp"><source data-testid="og" srcset="https://miro.medium.com/v2/resize:fit:640/1*deckAbc.jpeg 640w, https://miro.medium.com/v2/resize:fit:1400/1*deckAbc.jpeg 1400w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 100vw"><img alt="" class="bh lo ns c" width="700" height="467" loading="eager" role="presentation"></picture></div></div><figcaption class="nt fe nu nf ng nv nw be b bf z dt" data-selectable-paragraph="">` + fcCap + ` Photo by <a class="af nx" href="https://unsplash.com/@nils?utm_source=medium&amp;utm_medium=referral" rel="noopener ugc nofollow" target="_blank">Nils Brandt</a> on <a class="af nx" href="https://unsplash.com?utm_source=medium&amp;utm_medium=referral" rel="noopener ugc nofollow" target="_blank">Unsplash</a></figcaption></figure>`,
			want: [][3]string{{"deckAbc", fcCap, "Nils Brandt on Unsplash"}}},
		{name: "substack-captioned-image", media: `<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fdeck_1456x971.jpeg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_424,c_limit,f_webp,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fdeck_1456x971.jpeg 424w, https://substackcdn.com/image/fetch/w_1456,c_limit,f_webp,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fdeck_1456x971.jpeg 1456w" sizes="100vw"><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fdeck_1456x971.jpeg" width="1456" height="971" class="sizing-normal" alt="" sizes="100vw" fetchpriority="high"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex"><button tabindex="0" type="button" class="pencraft pc-reset icon-container restack-image"><svg role="img" width="20" height="20"><g><title></title><path d="M0 0"></path></g></svg></button></div></div></div></a><figcaption class="image-caption">` + fcCap + ` Photo: Nils Brandt</figcaption></figure></div>`,
			want: [][3]string{{"deck_1456x971", fcCap, "Nils Brandt"}}},
		{name: "squarespace-image-block", media: `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic" style="max-width:2500px;"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline" data-test="image-block-inline-outer-wrapper"><div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.6%;overflow: hidden;"><noscript><img src="https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg" alt=""></noscript><img class="thumb-image" data-src="https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg" data-image="https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" alt="" data-load="false" data-type="image"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">` + fcCap + ` Photo: Nils Brandt</p></div></figcaption></figure></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "squarespace-71-fluid-image", media: `<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="fluid-image-container sqs-image-content"><div class="content-fit"><img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg" data-image="https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg" src="https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg?format=1500w" srcset="https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg?format=750w 750w, https://images.squarespace-cdn.com/content/v1/5f1a/deck.jpg?format=1500w 1500w" sizes="100vw" loading="lazy" alt=""></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>` + fcCap + `</p></div></figcaption></figure></div></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "arc-xp-media-item", media: `<figure class="c-media-item"><div class="c-media-item__container"><img src="https://cloudfront-us-east-1.images.arcpublishing.com/holmby/DECK7QX.jpg" alt="Ferry"></div><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">` + fcCap + `</span> <span class="c-media-item__credit">(Nils Brandt/Holmby Courier)</span></figcaption></figure>`,
			want: [][3]string{{"DECK7QX", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "arc-xp-themes-blocks", media: `<figure class="b-media-item"><img src="https://cloudfront-us-east-1.images.arcpublishing.com/holmby/DECK7QX.jpg" alt="Ferry"><figcaption class="b-media-item__fig-caption"><p class="b-media-item__caption">` + fcCap + `</p><p class="b-media-item__credit">Nils Brandt / Holmby Courier</p></figcaption></figure>`,
			want: [][3]string{{"DECK7QX", fcCap, "Nils Brandt / Holmby Courier"}}},
		{name: "bare-spans-credit-in-brackets", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption><span>` + fcCap + `</span> <span>(Nils Brandt/Holmby Courier)</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "brightspot-figure", media: `<figure class="Figure"><div class="Figure-image"><picture><source type="image/webp" srcset="/dims4/default/abc/2147483647/strip/true/crop/800x533+0+0/resize/1600x1066!/format/webp/quality/90/?url=https%3A%2F%2Fcdn.example%2Fdeck.jpg 1600w"><img class="Image" alt="Ferry" src="https://cdn.example/dims4/default/abc/deck.jpg" width="800" height="533"></picture></div><div class="Figure-content"><div class="Figure-caption"><p>` + fcCap + `</p></div><div class="Figure-credit">Nils Brandt</div></div></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "blogger-tr-caption-centred", media: `<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/deck.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1333" data-original-width="2000" height="426" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/w640-h426/deck.jpg" width="640"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">` + fcCap + ` Photo: Nils Brandt</td></tr></tbody></table>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "visually-hidden-credit-label", media: `<figure aria-label="media" role="group"><div><picture><source media="(max-width: 599px)" srcset="/img/deck-mobile.jpg?quality=75&amp;auto=webp&amp;width=600 600w"><img alt="" src="/img/deck-articleLarge.jpg?quality=75&amp;auto=webp" srcset="/img/deck-articleLarge.jpg 600w, /img/deck-jumbo.jpg 1024w" sizes="100vw" decoding="async" width="600" height="400"></picture></div><figcaption class="css-1l44abu"><span class="css-jevhq3">` + fcCap + `</span><span class="css-cnj6d5"><span class="css-1ly73wi">Credit...</span><span>Nils Brandt for The Holmby Courier</span></span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt for The Holmby Courier"}}},
		{name: "visually-hidden-credit-label/hidden-by-class", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption><span>` + fcCap + `</span> <span><span class="visually-hidden">Credit</span><span>Nils Brandt for The Holmby Courier</span></span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt for The Holmby Courier"}}},
		{name: "visually-hidden-credit-label/shown-label", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption><span>` + fcCap + `</span> <span><b>Photograph:</b> <a href="/people/nils-brandt">Nils Brandt</a></span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "visually-hidden-credit-label/not-a-credit-label", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption><span>` + fcCap + `</span> <span><b>Left:</b> the skipper</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap + " Left: the skipper", ""}}},
		{name: "bbc-like-hidden-labels", media: `<figure class="ssrcss-1x2y3z-StyledFigure"><div data-component="image-block"><div class="ssrcss-ab12cd-StyledFigureContainer"><span class="ssrcss-11yxrdo-Placeholder"><img src="https://ichef.example/ace/standard/976/cpsprodpb/1a2b/live/deck.jpg.webp" alt="Passengers on a ferry deck" width="976" height="549" srcset="https://ichef.example/ace/standard/240/cpsprodpb/1a2b/live/deck.jpg.webp 240w, https://ichef.example/ace/standard/976/cpsprodpb/1a2b/live/deck.jpg.webp 976w"></span><span role="text" class="ssrcss-68pt20-Text-TextContributorName"><span class="ssrcss-1f39n02-VisuallyHidden">Image source, </span>Nils Brandt/Holmby Courier</span></div><figcaption class="ssrcss-1p14tic-Caption"><span class="ssrcss-1f39n02-VisuallyHidden">Image caption, </span>` + fcCap + `</figcaption></div></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "amp-img-figure", media: `<figure><amp-img src="/img/deck.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "amp-img-caption-after", media: `<div class="image-wrap"><amp-img src="/img/deck.jpg" width="800" height="533" layout="responsive" alt=""></amp-img></div><p class="image-caption">` + fcCap + ` <span class="image-credit">Nils Brandt</span></p>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "picture-sources-and-img", media: `<figure><picture><source srcset="/img/deck.avif" type="image/avif"><source srcset="/img/deck.webp" type="image/webp"><img src="/img/deck.jpg" alt=""></picture><figcaption>` + fcCap + ` © Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "lazy-data-src-noscript", media: `<figure class="post-image"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="/img/deck.jpg" alt=""><noscript><img src="/img/deck.jpg" alt=""></noscript><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "lazy-data-lazy-src-wp-rocket", media: `<figure class="wp-block-image size-large"><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E" data-lazy-src="/wp-content/uploads/2024/03/deck.jpg" data-lazy-srcset="/wp-content/uploads/2024/03/deck.jpg 800w" alt=""><noscript><img src="/wp-content/uploads/2024/03/deck.jpg" alt=""></noscript><figcaption class="wp-element-caption">` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "wordpress-media-credit-plugin", media: `<div id="attachment_12" style="width: 810px" class="wp-caption aligncenter"><div class="media-credit-container aligncenter" style="max-width: 800px"><img class="size-large wp-image-12" src="/wp-content/uploads/2024/03/deck.jpg" alt="" width="800" height="533"><span class="media-credit">Nils Brandt</span></div><p class="wp-caption-text">` + fcCap + `</p></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "newspack-image-credit", media: `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/deck.jpg" alt="" class="wp-image-12"/><figcaption class="wp-element-caption">` + fcCap + ` <span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Nils Brandt / Holmby Courier</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt / Holmby Courier"}}},
		{name: "jetpack-tiled-gallery", media: `<div class="tiled-gallery type-rectangular"><div class="gallery-row"><div class="gallery-group images-1"><div class="tiled-gallery-item tiled-gallery-item-large"><a href="/2024/03/ferry/deck/"><img data-attachment-id="12" data-image-title="deck" src="/wp-content/uploads/2024/03/deck.jpg" width="800" height="533" alt=""></a><div class="tiled-gallery-caption">` + fcCap + `</div></div></div><div class="gallery-group images-1"><div class="tiled-gallery-item tiled-gallery-item-large"><a href="/2024/03/ferry/pier/"><img data-attachment-id="13" src="/wp-content/uploads/2024/03/pier.jpg" width="800" height="533" alt=""></a><div class="tiled-gallery-caption">` + fcCap2 + `</div></div></div></div></div>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "typo3-ce-gallery", lang: "de", media: `<div class="ce-image ce-center ce-above"><div class="ce-gallery" data-ce-columns="1" data-ce-images="1"><div class="ce-outer"><div class="ce-inner"><div class="ce-row"><div class="ce-column"><figure class="image"><a href="/fileadmin/bilder/deck.jpg"><img class="image-embed-item" src="/fileadmin/_processed_/a/b/csm_deck_4f3e2d.jpg" width="800" height="533" alt=""></a><figcaption class="image-caption">Passagiere an Deck bei der ersten Überfahrt. Foto: Nils Brandt</figcaption></figure></div></div></div></div></div></div>`,
			want: [][3]string{{"deck", "Passagiere an Deck bei der ersten Überfahrt.", "Nils Brandt"}}},
		{name: "figcaption-cite-credit", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` <cite>Nils Brandt</cite></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "figcaption-photographer-span", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` <span class="photographer">Nils Brandt</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "figcaption-two-paragraphs", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption><p>` + fcCap + `</p><p>Photo: Nils Brandt</p></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "figcaption-bracketed-labelled-credit", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + fcCap + ` (Photo: Nils Brandt/Holmby Courier)</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Holmby Courier"}}},
		{name: "figcaption-with-an-expand-button", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption><button type="button" class="expand">Expand</button>` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "lightbox2-data-title", media: `<p><a href="/img/deck-big.jpg" data-lightbox="ferry" data-title="` + fcCap + `"><img src="/img/deck.jpg" alt=""></a></p>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "photoswipe-figure", media: `<div class="my-gallery" itemscope itemtype="http://schema.org/ImageGallery"><figure itemprop="associatedMedia" itemscope itemtype="http://schema.org/ImageObject"><a href="/img/deck-big.jpg" itemprop="contentUrl" data-size="1024x683"><img src="/img/deck.jpg" itemprop="thumbnail" alt=""></a><figcaption itemprop="caption description">` + fcCap + `</figcaption></figure><figure itemprop="associatedMedia" itemscope itemtype="http://schema.org/ImageObject"><a href="/img/pier-big.jpg" itemprop="contentUrl" data-size="1024x683"><img src="/img/pier.jpg" itemprop="thumbnail" alt=""></a><figcaption itemprop="caption description">` + fcCap2 + `</figcaption></figure></div>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "lazy-data-srcset-only", media: `<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-srcset="/img/deck-400.jpg 400w, /img/deck-800.jpg 800w" data-sizes="auto" alt=""><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "bootstrap-carousel", media: `<div id="ferryCarousel" class="carousel slide"><div class="carousel-inner"><div class="carousel-item active"><img src="/img/deck.jpg" class="d-block w-100" alt=""><div class="carousel-caption d-none d-md-block"><p>` + fcCap + `</p></div></div><div class="carousel-item"><img src="/img/pier.jpg" class="d-block w-100" alt=""><div class="carousel-caption d-none d-md-block"><p>` + fcCap2 + `</p></div></div></div></div>`,
			want: [][3]string{{"deck", fcCap, ""}, {"pier", fcCap2, ""}}},
		{name: "joomla-k2-item-image", media: `<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/deck_XL.jpg"><img src="/media/k2/items/cache/deck_L.jpg" alt=""></a></span><span class="itemImageCaption">` + fcCap + `</span><span class="itemImageCredits">Nils Brandt</span></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "credit-in-a-data-attribute-of-the-caption", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption data-caption="` + fcCap + `" data-credit="Nils Brandt, Holmby Courier">` + fcCap + ` <span class="x9k2">Nils Brandt, Holmby Courier</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt, Holmby Courier"}}},
		{name: "vox-chorus-cite-after-figcaption", media: `<figure class="e-image"><span class="e-image__inner"><span class="e-image__image"><picture><img src="/img/deck.jpg" alt=""></picture></span></span><span class="e-image__meta"><figcaption>` + fcCap + `</figcaption><cite>Photo by Nils Brandt/Getty Images</cite></span></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt/Getty Images"}}},
		{name: "escenic-byline-in-figcaption", lang: "no", media: `<figure class="image"><img src="/img/deck.jpg" alt=""><figcaption><span class="caption">Passasjerer på dekk under den første overfarten.</span> <span class="byline">Foto: Nils Brandt</span></figcaption></figure>`,
			want: [][3]string{{"deck", "Passasjerer på dekk under den første overfarten.", "Nils Brandt"}}},
		{name: "aria-describedby-names-the-caption", media: `<div class="media-block"><img src="/img/deck.jpg" alt="" aria-describedby="desc-12"><div class="media-block__meta"><button type="button">Enlarge</button><p id="desc-12">` + fcCap + `</p></div></div>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "aria-describedby-names-the-caption/in-a-figure-with-tools", media: `<figure class="story-photo"><img src="/img/deck.jpg" alt="" aria-describedby="photo-desc-12"><div class="story-photo__tools"><button type="button">Share</button> <span>Enlarge</span></div><p id="photo-desc-12">` + fcCap + ` Photo: Nils Brandt</p></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "aria-describedby-names-the-caption/not-a-long-text", media: `<div class="media-block"><img src="/img/deck.jpg" alt="" aria-describedby="desc-12"><p id="desc-12">` + fcSentences[2] + ` ` + fcSentences[3] + ` ` + fcSentences[5] + `</p></div>`,
			want: [][3]string{}},
		// an id names any element of the page: a short paragraph of the
		// story beyond another is no caption of the picture
		{name: "aria-describedby-names-the-caption/not-a-paragraph-further-on", media: `<div class="story-photo"><p><a href="/img/deck.jpg"><img src="/img/deck.jpg" alt="" aria-describedby="note-1"></a></p><p>` + fcSentences[2] + `</p><p id="note-1">Islanders have waited ten years for it.</p></div>`,
			want: [][3]string{}},
		// a <cite> names a work as well as a source: inside the
		// caption's sentence it is the work's title
		{name: "figcaption-cite-naming-a-work", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption>Tove Lindqvist and Nils Brandt on the set of <cite>The Crossing</cite></figcaption></figure>`,
			want: [][3]string{{"deck", "Tove Lindqvist and Nils Brandt on the set of The Crossing", ""}}},
		{name: "credit-in-a-data-attribute-of-the-caption/its-words-opening-the-caption-too", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption data-credit="Nils Brandt">Nils Brandt on the deck of his ferry. Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", "Nils Brandt on the deck of his ferry.", "Nils Brandt"}}},
		// "Image" is a credit label, but before a number a gallery's
		// slide counter
		{name: "slide-counter-after-a-label-is-no-credit", media: `<figure><img src="/img/deck.jpg" alt=""><div class="gallery-nav"><span>Image</span> 1 of 5</div><figcaption>` + fcCap + `</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "slide-counter-after-a-label-is-no-credit/in-the-caption", media: `<figure><img src="/img/deck.jpg" alt=""><figcaption><span>` + fcCap + `</span> <span><span>Image</span> 1 of 5</span></figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, ""}}}, // the counter after the caption's sentence is cut (failclass_probes7_pictures_test.go)
		// a figure of an icon beside the one picture makes no gallery
		{name: "figure-with-an-icon-figure-is-no-gallery", media: `<figure class="story-image"><figure class="story-image__picture"><img src="/img/deck.jpg" alt=""></figure><figure class="story-image__icon"><svg viewBox="0 0 10 10"><path d="M0 0"></path></svg></figure><figcaption>` + fcCap + ` Photo: Nils Brandt</figcaption></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
	})
}

// fcCreditFormCases: the forms a caption prints its credit in, in
// several languages, at the end of a figcaption: a label ("Photo:",
// "Foto:", "Bild:", "Crédit :", "Imagen:", "Kuva:", "צילום:"), a
// photographer and an agency joined by a slash, a wire's bracket, the
// copyright sign, Unsplash's "Photo by X on Unsplash".
func fcCreditFormCases() []fcCase {
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	var rows []fcImageRow
	for _, c := range [][4]string{
		{"en", fcCap + " Photo: Nils Brandt", fcCap, "Nils Brandt"},
		{"en", fcCap + " Photograph: Nils Brandt/Reuters", fcCap, "Nils Brandt/Reuters"},
		{"en", fcCap + " Nils Brandt/Getty Images", fcCap, "Nils Brandt/Getty Images"},
		{"en", fcCap + " (AP Photo/Nils Brandt)", fcCap, "AP Photo/Nils Brandt"},
		{"en", fcCap + " (AP Photo/Nils Brandt, File)", fcCap, "AP Photo/Nils Brandt, File"},
		{"en", fcCap + " © Nils Brandt", fcCap, "Nils Brandt"},
		{"en", fcCap + " Image credit: Nils Brandt", fcCap, "Nils Brandt"},
		{"en", fcCap + " Photo by Nils Brandt on Unsplash", fcCap, "Nils Brandt on Unsplash"},
		{"en", "Photo by Nils Brandt on Unsplash", "", "Nils Brandt on Unsplash"},
		{"en", fcCap + " (Courtesy of Holmby Harbour Trust)", fcCap, "Courtesy of Holmby Harbour Trust"},
		{"en", fcCap + " Credit: Nils Brandt for The Holmby Courier", fcCap, "Nils Brandt for The Holmby Courier"},
		{"en", fcCap + " Photo: Nils Brandt / Holmby Courier", fcCap, "Nils Brandt / Holmby Courier"},
		{"en", fcCap + " Reuters/Nils Brandt", fcCap, "Reuters/Nils Brandt"},
		{"en", fcCap + " AFP PHOTO / NILS BRANDT", fcCap, "AFP PHOTO / NILS BRANDT"},
		{"en", fcCap + " (Photo: Nils Brandt/Holmby Courier)", fcCap, "Nils Brandt/Holmby Courier"},
		{"en", fcCap + " EPA/NILS BRANDT", fcCap, "EPA/NILS BRANDT"},
		// brackets and names that are no credit
		{"en", "Tove Lindqvist (left) and Nils Brandt on the deck during the first crossing.", "Tove Lindqvist (left) and Nils Brandt on the deck during the first crossing.", ""},
		{"en", "The ferry at the Holmby pier (file photo).", "The ferry at the Holmby pier (file photo).", ""},
		{"en", "Council leader Tove Lindqvist (Labour) on the first crossing.", "Council leader Tove Lindqvist (Labour) on the first crossing.", ""},
		{"en", "Nils Brandt, left, and Tove Lindqvist on the deck.", "Nils Brandt, left, and Tove Lindqvist on the deck.", ""},
		{"en", "Passengers on the deck during the first crossing (2024)", "Passengers on the deck during the first crossing (2024)", ""},
		{"en", "The old ferry in 1936. (Holmby Museum)", "The old ferry in 1936.", "Holmby Museum"},
		{"de", "Tove Lindqvist (l.) und Nils Brandt an Deck.", "Tove Lindqvist (l.) und Nils Brandt an Deck.", ""},
		{"de", "Passagiere an Deck bei der ersten Überfahrt. Foto: Nils Brandt", "Passagiere an Deck bei der ersten Überfahrt.", "Nils Brandt"},
		{"de", "Passagiere an Deck bei der ersten Überfahrt. Bild: Nils Brandt/dpa", "Passagiere an Deck bei der ersten Überfahrt.", "Nils Brandt/dpa"},
		{"de", "Passagiere an Deck bei der ersten Überfahrt. © picture alliance/dpa/Nils Brandt", "Passagiere an Deck bei der ersten Überfahrt.", "picture alliance/dpa/Nils Brandt"},
		{"de", "Passagiere an Deck bei der ersten Überfahrt. (Foto: Nils Brandt)", "Passagiere an Deck bei der ersten Überfahrt.", "Nils Brandt"},
		{"fr", "Des passagers sur le pont lors de la première traversée. Crédit : Nils Brandt", "Des passagers sur le pont lors de la première traversée.", "Nils Brandt"},
		{"fr", "Des passagers sur le pont lors de la première traversée. Crédit: Nils Brandt", "Des passagers sur le pont lors de la première traversée.", "Nils Brandt"},
		{"fr", "Des passagers sur le pont lors de la première traversée. © Nils Brandt / AFP", "Des passagers sur le pont lors de la première traversée.", "Nils Brandt / AFP"},
		{"fr", "Des passagers sur le pont lors de la première traversée. Photo Nils Brandt / AFP", "Des passagers sur le pont lors de la première traversée.", "Nils Brandt / AFP"},
		{"es", "Pasajeros en la cubierta durante la primera travesía. Imagen: Nils Brandt", "Pasajeros en la cubierta durante la primera travesía.", "Nils Brandt"},
		{"es", "Pasajeros en la cubierta durante la primera travesía. (Foto: EFE)", "Pasajeros en la cubierta durante la primera travesía.", "EFE"},
		{"es", "Pasajeros en la cubierta durante la primera travesía. Créditos: Nils Brandt", "Pasajeros en la cubierta durante la primera travesía.", "Nils Brandt"},
		{"pt", "Passageiros no convés durante a primeira travessia. Foto: Nils Brandt/Folhapress", "Passageiros no convés durante a primeira travessia.", "Nils Brandt/Folhapress"},
		{"pt", "Passageiros no convés durante a primeira travessia. Crédito: Nils Brandt", "Passageiros no convés durante a primeira travessia.", "Nils Brandt"},
		{"it", "Passeggeri sul ponte durante la prima traversata. (Foto Ansa)", "Passeggeri sul ponte durante la prima traversata.", "Ansa"},
		{"nl", "Passagiers op het dek tijdens de eerste overtocht. Beeld: Nils Brandt", "Passagiers op het dek tijdens de eerste overtocht.", "Nils Brandt"},
		{"fi", "Matkustajia kannella ensimmäisellä ylityksellä. Kuva: Nils Brandt", "Matkustajia kannella ensimmäisellä ylityksellä.", "Nils Brandt"},
		{"pl", "Pasażerowie na pokładzie podczas pierwszej przeprawy. Fot. Nils Brandt", "Pasażerowie na pokładzie podczas pierwszej przeprawy.", "Nils Brandt"},
		{"pl", "Pasażerowie na pokładzie podczas pierwszej przeprawy. Źródło: Nils Brandt", "Pasażerowie na pokładzie podczas pierwszej przeprawy.", "Nils Brandt"},
		{"cs", "Cestující na palubě během první plavby. Foto: Nils Brandt", "Cestující na palubě během první plavby.", "Nils Brandt"},
		{"cs", "Cestující na palubě během první plavby. Zdroj: ČTK", "Cestující na palubě během první plavby.", "ČTK"},
		{"pt", "Passageiros no convés durante a primeira travessia. Créditos: Nils Brandt", "Passageiros no convés durante a primeira travessia.", "Nils Brandt"},
		{"ro", "Pasageri pe punte în timpul primei traversări. Foto: Nils Brandt", "Pasageri pe punte în timpul primei traversări.", "Nils Brandt"},
		{"tr", "İlk seferde güvertedeki yolcular. Fotoğraf: Nils Brandt", "İlk seferde güvertedeki yolcular.", "Nils Brandt"},
		{"hr", "Putnici na palubi tijekom prvog prelaska. Foto: Nils Brandt", "Putnici na palubi tijekom prvog prelaska.", "Nils Brandt"},
		{"ru", "Пассажиры на палубе во время первого рейса. Фото: Нильс Брандт", "Пассажиры на палубе во время первого рейса.", "Нильс Брандт"},
		{"he", "נוסעים על הסיפון במהלך ההפלגה הראשונה. צילום: נילס ברנדט", "נוסעים על הסיפון במהלך ההפלגה הראשונה.", "נילס ברנדט"},
		{"ar", "ركاب على سطح العبارة خلال الرحلة الأولى. تصوير: نيلس براندت", "ركاب على سطح العبارة خلال الرحلة الأولى.", "نيلس براندت"},
		{"el", "Επιβάτες στο κατάστρωμα κατά το πρώτο ταξίδι. Φωτογραφία: Νιλς Μπραντ", "Επιβάτες στο κατάστρωμα κατά το πρώτο ταξίδι.", "Νιλς Μπραντ"},
		{"sv", "Passagerare på däck under den första överfarten. Foto: Nils Brandt/TT", "Passagerare på däck under den första överfarten.", "Nils Brandt/TT"},
		{"da", "Passagerer på dækket under den første overfart. Foto: Nils Brandt/Ritzau Scanpix", "Passagerer på dækket under den første overfart.", "Nils Brandt/Ritzau Scanpix"},
		{"no", "Passasjerer på dekk under den første overfarten. Foto: Nils Brandt / NTB", "Passasjerer på dekk under den første overfarten.", "Nils Brandt / NTB"},
	} {
		rows = append(rows, fcImageRow{name: c[0] + "/" + c[1], lang: c[0], media: fig(c[1]), want: [][3]string{{"deck", c[2], c[3]}}})
	}
	return fcImageRows("images/credit-form", rows)
}

// fcStructuredImageCases: schema.org's ImageObject in microdata
// (caption, creditText, copyrightHolder, author) around a picture, and a
// JSON-LD lead image whose credit is a person or organisation object.
// The alt text and the title are not captions.
func fcStructuredImageCases() []fcCase {
	og := `<meta property="og:image" content="https://holmby-courier.example/img/deck.jpg">`
	ld := func(image string) string {
		return og + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","image":` + image + `}</script>`
	}
	return fcImageRows("images/structured", []fcImageRow{
		{name: "microdata-figure", media: `<figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img itemprop="contentUrl" src="/img/deck.jpg" alt=""><meta itemprop="width" content="800"><figcaption itemprop="caption">` + fcCap + `</figcaption><span itemprop="creditText">Nils Brandt</span></figure>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "microdata-div", media: `<div class="lead-image" itemprop="image" itemscope itemtype="http://schema.org/ImageObject"><img itemprop="url" src="/img/deck.jpg" alt=""><div class="meta"><span itemprop="caption">` + fcCap + `</span> <span itemprop="copyrightHolder">Nils Brandt</span></div></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "microdata-div-author-person", media: `<div itemprop="associatedMedia" itemscope itemtype="https://schema.org/ImageObject"><img itemprop="contentUrl" src="/img/deck.jpg" alt=""><p itemprop="description">` + fcCap + `</p><p itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Nils Brandt</span></p></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "json-ld-credit-as-person", head: ld(`{"@type":"ImageObject","url":"https://holmby-courier.example/img/deck.jpg","caption":"` + fcCap + `","copyrightHolder":{"@type":"Organization","name":"Holmby Harbour Trust"}}`),
			want: [][3]string{{"deck", fcCap, "Holmby Harbour Trust"}}},
		{name: "json-ld-credit-as-creator-in-a-list", head: ld(`[{"@type":"ImageObject","url":"https://holmby-courier.example/img/deck.jpg","caption":"` + fcCap + `","creator":{"@type":"Person","name":"Nils Brandt"}}]`),
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		// an ImageObject's author is as often the post's writer, stamped
		// on every picture by a plugin: no credit
		{name: "json-ld-author-is-no-credit", head: ld(`[{"@type":"ImageObject","url":"https://holmby-courier.example/img/deck.jpg","caption":"` + fcCap + `","author":{"@type":"Person","name":"Tove Lindqvist"}}]`),
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "json-ld-credit-as-creator", head: ld(`{"@type":"ImageObject","url":"https://holmby-courier.example/img/deck.jpg","caption":"` + fcCap + `","creator":{"@type":"Person","name":"Nils Brandt"},"creditText":"Holmby Harbour Trust"}`),
			want: [][3]string{{"deck", fcCap, "Holmby Harbour Trust"}}},
		{name: "json-ld-graph-primary-image", head: og + `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://holmby-courier.example/news/ferry-first-crossing#article","headline":"Ferry to Grest makes first crossing","image":{"@id":"https://holmby-courier.example/news/ferry-first-crossing#primaryimage"}},{"@type":"ImageObject","@id":"https://holmby-courier.example/news/ferry-first-crossing#primaryimage","url":"https://holmby-courier.example/img/deck.jpg","contentUrl":"https://holmby-courier.example/img/deck.jpg","width":1200,"height":800,"caption":"` + fcCap + `"}]}</script>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "author-photo-is-no-picture-of-the-story", media: `<div class="author-box"><img src="/img/tove-lindqvist.jpg" alt="Tove Lindqvist"><p class="author-box__name">Tove Lindqvist</p><p class="author-box__bio">Tove Lindqvist covers transport for the Holmby Courier.</p></div>`,
			want: [][3]string{}},
		{name: "author-photo-in-the-byline-is-no-picture-of-the-story", media: `<div class="byline"><img src="/img/tove-lindqvist.jpg" alt="Tove Lindqvist" width="48" height="48"><span>Tove Lindqvist</span></div>`,
			want: [][3]string{}},
		{name: "alt-text-is-no-caption", media: `<p><img src="/img/deck.jpg" alt="` + fcCap + `"></p>`,
			want: [][3]string{}},
		{name: "title-is-no-caption", media: `<p><img src="/img/deck.jpg" title="` + fcCap + `" alt=""></p>`,
			want: [][3]string{}},
	})
}

// fcDatelineFormCases: the datelines wires and papers open a story with,
// in the first paragraph (in a <strong> or not), and openings that are no
// dateline: a headline-like label before a dash, a sentence that starts
// with a place and a comma.
func fcDatelineFormCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ lang, open, want string }{
		{"en", "HOLMBY, Maine (AP) — ", "HOLMBY, Maine"},
		{"en", "HOLMBY, Maine — ", "HOLMBY, Maine"},
		{"en", "HOLMBY — ", "HOLMBY"},
		{"en", "HOLMBY (Reuters) - ", "HOLMBY"},
		{"en", "HOLMBY, Norway, March 5 (Reuters) - ", "HOLMBY, Norway"},
		{"en", "Holmby, Norway, March 5 (Reuters) - ", "Holmby, Norway"},
		{"en", "LONDON, March 5 (Reuters) - ", "LONDON"},
		{"en", "Oslo (AP) — ", "Oslo"},
		{"en", "<strong>HOLMBY, Maine —</strong> ", "HOLMBY, Maine"},
		{"en", "<b>HOLMBY (AP) —</b> ", "HOLMBY"},
		{"en", "<strong>HOLMBY</strong> — ", "HOLMBY"},
		{"en", "<strong>Oslo (AP) –</strong> ", "Oslo"},
		{"en", "SAN JOSÉ, Costa Rica (AP) — ", "SAN JOSÉ, Costa Rica"},
		{"en", "WINSTON-SALEM, N.C. (AP) — ", "WINSTON-SALEM, N.C."},
		{"en", "N'DJAMENA, Chad (AP) — ", "N'DJAMENA, Chad"},
		{"en", "N’DJAMENA, Chad (Reuters) - ", "N’DJAMENA, Chad"},
		{"en", "ST. JOHN'S, Newfoundland — ", "ST. JOHN'S, Newfoundland"},
		{"en", "RIO DE JANEIRO (AP) — ", "RIO DE JANEIRO"},
		{"en", "Rio de Janeiro (AFP) - ", "Rio de Janeiro"},
		{"en", "WASHINGTON, March 5 — ", "WASHINGTON"},
		{"de", "Berlin (dpa) - ", "Berlin"},
		{"de", "Frankfurt/Main (dpa) - ", "Frankfurt/Main"},
		{"de", "BERLIN (dpa-AFX) - ", "BERLIN"},
		{"fr", "PARIS (AFP) - ", "PARIS"},
		{"fr", "Paris (AFP) - ", "Paris"},
		{"es", "MADRID, 5 mar (EFE).- ", "MADRID"},
		{"es", "SAN JOSÉ, 5 mar (EFE).- ", "SAN JOSÉ"},
		{"es", "Bogotá, 5 de marzo (EFE).- ", "Bogotá"},
		{"it", "ROMA, 5 MAR - ", "ROMA"},
		{"it", "MILANO, 5 marzo - ", "MILANO"},
		{"it", "(ANSA) - ROMA, 5 MAR - ", "ROMA"},
		{"pt", "SÃO PAULO, 5 Mar (Reuters) - ", "SÃO PAULO"},
		{"es", "CIUDAD DE MÉXICO.- ", "CIUDAD DE MÉXICO"},
		{"es", "Madrid, 5 de marzo de 2024.- ", "Madrid"},
		{"es", "MADRID, 5 (EUROPA PRESS) - ", "MADRID"},
		{"en", "Oslo (Holmby Courier) — ", "Oslo"},
		{"en", "DETROIT (WXYZ) — ", "DETROIT"},
		{"en", "Detroit (WXYZ) — ", "Detroit"},
		{"en", "Oslo (NRK) — ", "Oslo"},
		{"no", "OSLO (NTB): ", "OSLO"},
		{"da", "København (Ritzau): ", "København"},
		{"sv", "STOCKHOLM (TT) – ", "STOCKHOLM"},
		{"fi", "HELSINKI (STT) – ", "HELSINKI"},
		{"cs", "PRAHA (ČTK) - ", "PRAHA"},
		{"de", "Frankfurt a.M. (epd) - ", "Frankfurt a.M."},
		{"de", "Bonn (KNA) ", "Bonn"},
		{"tr", "İSTANBUL (DHA) - ", "İSTANBUL"},
		{"id", "Jakarta (ANTARA) - ", "Jakarta"},
		{"en", "MOSCOW. March 5 (Interfax) - ", "MOSCOW"},
		{"en", "WASHINGTON, D.C. — ", "WASHINGTON, D.C."},
		{"en", "LONDON/PARIS (Reuters) - ", "LONDON/PARIS"},
		{"en", "GAZA CITY/JERUSALEM (Reuters) - ", "GAZA CITY/JERUSALEM"},
		{"en", "Chennai, March 5: ", "Chennai"},
		{"en", "KOLKATA, MARCH 5: ", "KOLKATA"},
		{"en", "NAIROBI, Kenya, Mar 5 – ", "NAIROBI, Kenya"},
		{"en", "ST. PAUL, Minn. — ", "ST. PAUL, Minn."},
		{"es", "MONTERREY, N.L.- ", "MONTERREY, N.L."},
		{"es", "GUADALAJARA, Jal., 5 de marzo.- ", "GUADALAJARA, Jal."},
		{"en", "Portland, Maine — ", "Portland, Maine"},
		{"en", "Kyiv, Ukraine — ", "Kyiv, Ukraine"},
		{"ru", "МОСКВА, 5 мар — РИА Новости. ", "МОСКВА"},
		{"tr", "ANKARA (AA) - ", "ANKARA"},
		{"pl", "Warszawa (PAP) - ", "Warszawa"},
		{"nl", "AMSTERDAM (ANP) - ", "AMSTERDAM"},
		{"pt", "Lisboa, 05 mar 2024 (Lusa) - ", "Lisboa"},
		{"es", "MADRID, 5 Mar. (EUROPA PRESS) - ", "MADRID"},
		{"en", "BEIJING, March 5 (Xinhua) -- ", "BEIJING"},
		{"en", "KUALA LUMPUR, March 5 (Bernama) -- ", "KUALA LUMPUR"},
		{"en", "TOKYO, March 5 (Kyodo) - ", "TOKYO"},
		{"en", "New Delhi, Mar 5 (PTI) ", "New Delhi"},
		{"de", "BERLIN/FRANKFURT (dpa-AFX) - ", "BERLIN/FRANKFURT"},
		{"en", "(Reuters) - ", ""},
		// a dash joined to an abbreviation's point joins it to a word
		{"en", "U.S.-led talks and ", ""},
		{"en", "N.Y.-based operators say ", ""},
		{"en", "ST. PETERSBURG. March 5 (Interfax) - ", "ST. PETERSBURG"},
		{"en", "PORT OF SPAIN, Trinidad — ", "PORT OF SPAIN, Trinidad"},
		// a wire's bracket before the text vouches for a place, not for
		// the subject set off by dashes
		{"en", "(Reuters) - Holmby Ferries - the operator - said ", ""},
		// headline-like labels and sentences are no datelines
		{"en", "WASHINGTON POST — ", ""},
		{"en", "BREAKING — ", ""},
		{"en", "UPDATE — ", ""},
		{"en", "EXCLUSIVE - ", ""},
		{"en", "WATCH — ", ""},
		{"en", "SUPREME COURT — ", ""},
		{"en", "THE BIG PICTURE: ", ""},
		{"en", "WHY IT MATTERS: ", ""},
		{"en", "FIRST ON FOX — ", ""},
		{"en", "LIVE UPDATES — ", ""},
		{"en", "PHOTOS: ", ""},
		{"en", "OPINION — ", ""},
		{"en", "FACT CHECK: ", ""},
		{"en", "EDITOR'S NOTE: ", ""},
		{"en", "JOHN SMITH — ", ""},
		// an acronym alone is a body's name; a short town has its region
		// or the gazetteer
		{"en", "NASA — ", ""},
		{"en", "FIFA — ", ""},
		{"en", "ROME — ", "ROME"},
		{"en", "OSLO — ", "OSLO"},
		{"en", "ELY, Minn. — ", "ELY, Minn."},
		{"en", "NEWPORT NEWS, Va. (AP) — ", "NEWPORT NEWS, Va."},
		{"en", "NEWPORT NEWS — ", "NEWPORT NEWS"},
		{"en", "MARCH — ", ""},
		{"en", "Holmby, the island's only harbour town, ", ""},
		{"en", "Paris, like many capitals, ", ""},
	} {
		c := c
		par := `<p>` + c.open + strings.ToLower(fcSentences[0][:1]) + fcSentences[0][1:] + ` ` + fcSentences[1] + `</p>`
		if c.want != "" || strings.HasSuffix(c.open, "— ") || strings.HasSuffix(c.open, "- ") || strings.HasSuffix(c.open, ": ") {
			par = `<p>` + c.open + fcSentences[0] + ` ` + fcSentences[1] + `</p>`
		}
		cs = append(cs, fcCase{class: "dateline/form/" + c.lang + "/" + c.open, url: fcFerryURL,
			html: fcPage(c.lang, `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+par+fcProse(2, 4)+`</article>`),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != c.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, c.want)
				}
			}})
	}
	return cs
}

// fcDatelineMarkupCases: a dateline the page marks as such apart from the
// text: schema.org's NewsArticle dateline in JSON-LD or microdata, and
// hNews's "dateline" class on an element of its own.
func fcDatelineMarkupCases() []fcCase {
	head := `<title>Ferry to Grest makes first crossing</title>`
	h1 := `<h1>Ferry to Grest makes first crossing</h1>`
	var cs []fcCase
	for _, c := range []struct{ name, head, body, want string }{
		// the JSON-LD dateline is not shown, and sites fill it with their
		// home town: no dateline
		{"json-ld-dateline-not-shown", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","dateline":"HOLMBY, Maine"}</script>`,
			`<article>` + h1 + fcProse(0, 5) + `</article>`, ""},
		{"microdata-dateline", ``,
			`<article itemscope itemtype="https://schema.org/NewsArticle">` + h1 + `<p class="meta">By Tove Lindqvist · <span itemprop="dateline">Holmby, Maine</span></p>` + fcProse(0, 5) + `</article>`, "Holmby, Maine"},
		{"hnews-dateline-span-opening-the-text", ``,
			`<article class="hnews hentry">` + h1 + `<div class="entry-content"><p><span class="dateline">HOLMBY, Maine</span> — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"dateline-span-without-a-dash", ``,
			`<article>` + h1 + `<div class="article-body"><p><span class="dateline">HOLMBY, Maine</span> ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"dateline-element-before-the-text", ``,
			`<article>` + h1 + `<div class="article-body"><span class="dateline">HOLMBY, Maine</span><p>` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"after-a-byline-paragraph", ``, `<article>` + h1 + `<div class="article-body"><p>By Tove Lindqvist, Holmby Courier</p><p>HOLMBY, Maine — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"after-a-dek-without-a-full-stop", ``, `<article>` + h1 + `<div class="article-body"><p>Islanders get their crossing after a decade of campaigning</p><p>HOLMBY, Maine — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		// words in capitals before a dash after a lead line are a kicker
		// or a subject unless they name a place (a region after them, or
		// the gazetteer's)
		{"kicker-after-a-dek-without-a-full-stop", ``, `<article>` + h1 + `<div class="article-body"><p>Islanders get their crossing after a decade of campaigning</p><p>FERRY CHAOS — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, ""},
		{"acronym-after-a-standfirst", ``, `<article>` + h1 + `<div class="article-body"><p>Islanders get their crossing after a decade of campaigning.</p><p>HFC — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, ""},
		{"known-place-after-a-dek-without-a-full-stop", ``, `<article>` + h1 + `<div class="article-body"><p>Islanders get their crossing after a decade of campaigning</p><p>PORTLAND — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "PORTLAND"},
		{"after-an-editors-note", ``, `<article>` + h1 + `<div class="article-body"><p><em>Editor's note: This story was updated on Tuesday.</em></p><p>HOLMBY, Maine — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"after-a-date-line", ``, `<article>` + h1 + `<div class="article-body"><p>March 5, 2024</p><p>HOLMBY, Maine — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"after-a-byline-in-the-same-paragraph", ``, `<article>` + h1 + `<div class="article-body"><p>By Tove Lindqvist<br>HOLMBY, Maine — ` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"place-as-a-paragraph-of-its-own", ``, `<article>` + h1 + `<div class="article-body"><p>HOLMBY, Maine —</p><p>` + fcSentences[0] + ` ` + fcSentences[1] + `</p>` + fcProse(2, 4) + `</div></article>`, "HOLMBY, Maine"},
		{"byline-in-place", ``, `<article>` + h1 + `<p class="byline">By Tove Lindqvist in Oslo</p>` + fcProse(0, 5) + `</article>`, "Oslo"},
		{"byline-in-place-no-label", ``, `<article>` + h1 + `<p class="byline"><a href="/profile/tove-lindqvist">Tove Lindqvist</a> in Oslo</p>` + fcProse(0, 5) + `</article>`, "Oslo"},
		{"byline-in-category-is-no-place", ``, `<article>` + h1 + `<p class="meta">Posted by admin in Uncategorized</p>` + fcProse(0, 5) + `</article>`, ""},
		{"byline-in-section-is-no-place", ``, `<article>` + h1 + `<p class="meta">By Tove Lindqvist in Business</p>` + fcProse(0, 5) + `</article>`, ""},
		{"microdata-dateline-with-date-and-agency", ``,
			`<article itemscope itemtype="https://schema.org/NewsArticle">` + h1 + `<p class="meta"><span itemprop="dateline">HOLMBY, Maine, March 5 (AP)</span></p>` + fcProse(0, 5) + `</article>`, "HOLMBY, Maine"},
		// a "dateline" class that holds the date line is no place
		{"dateline-class-holding-the-date", ``,
			`<article>` + h1 + `<p class="dateline">Published March 5, 2024</p>` + fcProse(0, 5) + `</article>`, ""},
		{"dateline-class-holding-a-byline", ``,
			`<article>` + h1 + `<div class="dateline">By Tove Lindqvist</div>` + fcProse(0, 5) + `</article>`, ""},
	} {
		c := c
		cs = append(cs, fcCase{class: "dateline/markup/" + c.name, url: fcFerryURL, html: fcPage("en", head+c.head, c.body),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != c.want {
					t.Errorf("dateline = %q, want %q", a.Dateline, c.want)
				}
			}})
	}
	// a Portuguese byline names the writer and the outlet before the
	// place, more than five words in all
	cs = append(cs, fcCase{class: "dateline/markup/byline-em-place-after-the-outlet", url: fcFerryURL,
		html: fcPage("pt", head, `<article>`+h1+`<p class="byline">Por Ana Souza, da Folha de Pernambuco, em Brasília</p>`+fcProse(0, 5)+`</article>`),
		check: func(t *testing.T, a *article.Article) {
			if a.Dateline != "Brasília" {
				t.Errorf("dateline = %q, want %q", a.Dateline, "Brasília")
			}
		}})
	return cs
}

// fcCaptionNoteCases: a bracket closing a caption that notes where the
// people stand or what kind of picture it is ("(From left)", "(File
// photo)", "(Symbolbild)", "(UPDATED)") is the caption's, not a credit;
// a source's name there is the credit.
func fcCaptionNoteCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ lang, caption, wantCaption, wantCredit string }{
		{"en", "The old ferry at the pier in 1936. (File Photo)", "The old ferry at the pier in 1936. (File Photo)", ""},
		{"en", "The old ferry at the pier in 1936. (UPDATED)", "The old ferry at the pier in 1936. (UPDATED)", ""},
		{"en", "The old ferry at the pier in 1936. (From left)", "The old ferry at the pier in 1936. (From left)", ""},
		{"de", "Die alte Fähre am Anleger. (Symbolbild)", "Die alte Fähre am Anleger. (Symbolbild)", ""},
		{"es", "El viejo transbordador en el muelle. (Foto de archivo)", "El viejo transbordador en el muelle. (Foto de archivo)", ""},
		// a name that opens with a note's word is a source still
		{"en", "The old ferry at the pier in 1936. (Top Gear Studios)", "The old ferry at the pier in 1936.", "Top Gear Studios"},
		{"en", "The old ferry at the pier in 1936. (Holmby Museum)", "The old ferry at the pier in 1936.", "Holmby Museum"},
	} {
		c := c
		cs = append(cs, fcCase{class: "images/caption-note/" + c.lang + "/" + c.caption, url: fcFerryURL,
			html:  fcImagePage(c.lang, ``, `<figure><img src="/img/ferry.jpg" alt=""><figcaption>`+c.caption+`</figcaption></figure>`),
			check: func(t *testing.T, a *article.Article) { fcWantImage(t, a, "ferry.jpg", c.wantCaption, c.wantCredit) }})
	}
	return cs
}

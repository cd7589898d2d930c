package extract

import (
	"strconv"
	"strings"
	"testing"
)

// The pathological page shapes fixed for super-linear time: each
// benchmark extracts one such page of n units per op, at n and 4n, so a
// regression shows as a ratio far above 4 between the two sub-benchmarks.

// pathoPage wraps body in a minimal article page.
func pathoPage(body string) []byte {
	return []byte("<!DOCTYPE html><html><head><title>A test article</title></head><body><article><h1>A test article</h1>" + body + "</article></body></html>")
}

// benchShape runs Extract (with the quote layer unless noQuotes) on
// gen(n) for each n.
func benchShape(b *testing.B, noQuotes bool, gen func(n int) []byte, ns ...int) {
	for _, n := range ns {
		page := gen(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				Extract(Input{HTML: page, URL: "https://news.example/a"}, Options{NoQuotes: noQuotes})
			}
		})
	}
}

// BenchmarkPathoBrLines: one paragraph of n short lines cut by <br>, each
// line a block whose container is the same <p> (inOtherTeaser, near.go).
func BenchmarkPathoBrLines(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return pathoPage("<p>" + strings.Repeat("some words here<br>", n) + "</p>")
	}, 2000, 8000)
}

// BenchmarkPathoCommentBoxes: n comment boxes (chrome) after the story's
// paragraphs; holdsStory asked every body paragraph about every box
// (images.go).
func BenchmarkPathoCommentBoxes(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return pathoPage("<p>" + longPara + "</p>" + strings.Repeat(`<div class="comment"><p>`+longPara+`</p></div>`, n))
	}, 2000, 8000)
}

// BenchmarkPathoPullQuotes: n boxes named as pull quotes between the
// story's paragraphs; dropPullQuotes compared every box with every
// paragraph (pullquote.go).
func BenchmarkPathoPullQuotes(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for i := range n {
			s.WriteString("<p>Paragraph " + strconv.Itoa(i) + " of the story. " + longPara + "</p><blockquote class=\"pull-quote\">A quote " + strconv.Itoa(i) + " the story gives only in its box.</blockquote>")
		}
		return pathoPage(s.String())
	}, 2000, 8000)
}

// BenchmarkPathoEqualBoxes: n sibling boxes of one paragraph each, all
// scoring alike; topCandidate broke every tie by document order with a
// walk from the root (before), quadratic in the number of boxes.
func BenchmarkPathoEqualBoxes(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return pathoPage(strings.Repeat(`<div class="box"><p>`+longPara+`</p></div>`, n))
	}, 2000, 8000)
}

// BenchmarkPathoDefinitionList: one <dl> of n term and definition pairs;
// a bounded text read of the list (shortText, 300 bytes) still visited
// every child after it had its bytes (appendText).
func BenchmarkPathoDefinitionList(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return pathoPage("<dl>" + strings.Repeat("<dt>Term</dt><dd>"+longPara+"</dd>", n) + "</dl>")
	}, 2000, 8000)
}

// BenchmarkPathoNestedPointBoxes: n levels, each a box of two short <p>s
// after an element holding every level below; keyPointBox read the whole
// text of the element before each box to find its label (prevElement,
// isKeyPointLabel), quadratic in the depth.
func BenchmarkPathoNestedPointBoxes(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		s := "<p>" + longPara + "</p>"
		for range n {
			s = "<div>" + s + "</div><div><p>Short point one.</p><p>Short point two.</p></div>"
		}
		return pathoPage(s)
	}, 120, 480)
}

// BenchmarkPathoDescribedBy: n pictures, each naming by aria-describedby
// a paragraph set after all of them; describedBy looked each id up by a
// walk of the picture's fourth ancestor, quadratic in the pictures
// (captionmarkup.go: an index of the ids now, built once).
func BenchmarkPathoDescribedBy(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for i := range n {
			s.WriteString(`<p><img src="/img/p` + strconv.Itoa(i) + `.jpg" alt="" aria-describedby="d` + strconv.Itoa(i) + `"></p>`)
		}
		for i := range n {
			s.WriteString(`<p id="d` + strconv.Itoa(i) + `">Picture ` + strconv.Itoa(i) + ` of the crossing.</p>`)
		}
		return pathoPage("<p>" + longPara + "</p>" + s.String())
	}, 2000, 8000)
}

// BenchmarkPathoPictureWall: n pictures side by side in one container
// without text (a photo wall). Each picture's block was found by asking,
// at every ancestor, whether it held text and how many pictures: the
// container was read whole once per picture.
func BenchmarkPathoPictureWall(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		s.WriteString(`<div class="wall">`)
		for i := range n {
			s.WriteString(`<img src="/img/w` + strconv.Itoa(i) + `.jpg" alt="">`)
		}
		s.WriteString(`</div>`)
		return pathoPage("<p>" + longPara + "</p>" + s.String() + "<p>" + longPara + "</p>")
	}, 2000, 8000)
}

// BenchmarkPathoSpacerWall: the same small image n times in one
// container without text (spacers of a table layout, rating stars).
// Whether they were crops of one picture was read over the whole
// container, once per image.
func BenchmarkPathoSpacerWall(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return pathoPage("<p>" + longPara + "</p><div>" + strings.Repeat(`<img src="/img/spacer.gif" alt="">`, n) + "</div><p>" + longPara + "</p>")
	}, 2000, 8000)
}

// BenchmarkPathoItemMetas: n body <meta itemprop="datePublished"> without
// a valid date in one microdata item below the headline; each (up to
// maxMetas) asked whether its item is another page's, which read the
// whole item (otherItem, published.go).
func BenchmarkPathoItemMetas(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return pathoPage("<p>" + longPara + "</p><div itemscope>" + strings.Repeat(`<meta itemprop="datePublished" content="soon">`, n) + "</div>")
	}, 4000, 16000)
}

// BenchmarkPathoNoscriptSpacers: n lazy pictures in one container, each
// a stand-in GIF in src with its <noscript> fallback after it; the
// fallback is parsed to read the picture's address (noscriptURL,
// imageurl.go), and every reader of an address asks again.
func BenchmarkPathoNoscriptSpacers(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		s.WriteString(`<div class="photos">`)
		for i := range n {
			s.WriteString(`<img src="/img/spacer.gif" alt=""><noscript><img src="/img/p` + strconv.Itoa(i) + `.jpg" alt=""></noscript>`)
		}
		s.WriteString(`</div>`)
		return pathoPage("<p>" + longPara + "</p>" + s.String() + "<p>" + longPara + "</p>")
	}, 500, 2000)
}

// BenchmarkPathoNoscriptPictures: n script-drawn pictures, each only a
// <noscript> fallback in a <picture>, with a paragraph after each, in
// one long container (noscriptPicture, imagelayout.go).
func BenchmarkPathoNoscriptPictures(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for i := range n {
			s.WriteString(`<picture><noscript><img src="/img/p` + strconv.Itoa(i) + `.jpg" alt=""></noscript></picture><p>` + longPara + `</p>`)
		}
		return pathoPage("<div>" + s.String() + "</div>")
	}, 500, 2000)
}

// BenchmarkPathoGallerySlides: one gallery figure of n slides, each a
// figure with a caption ending on its counter, and the gallery's credit
// line after it (creditGallery, galleryCounterFree).
func BenchmarkPathoGallerySlides(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		s.WriteString(`<figure class="gallery">`)
		for i := range n {
			s.WriteString(`<figure><img src="/img/s` + strconv.Itoa(i) + `.jpg" alt=""><figcaption>Slide ` + strconv.Itoa(i) + ` of the crossing. <a href="#" role="button">Open gallery</a> ` + strconv.Itoa(i%99+1) + `/99</figcaption></figure>`)
		}
		s.WriteString(`</figure><p><em>Photos: Jane Doe</em></p>`)
		return pathoPage("<p>" + longPara + "</p>" + s.String() + "<p>" + longPara + "</p>")
	}, 1000, 4000)
}

// BenchmarkPathoLinkedFigures: n figures in one container, each a picture
// and a caption linked to another page (teaserTitle) or to a gallery.
func BenchmarkPathoLinkedFigures(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for i := range n {
			h := `/news/s` + strconv.Itoa(i)
			s.WriteString(`<figure><a href="` + h + `"><img src="/img/f` + strconv.Itoa(i) + `.jpg" alt=""></a><figcaption><span>Related</span> <a href="` + h + `">Story ` + strconv.Itoa(i) + ` of the day</a></figcaption></figure>`)
		}
		return pathoPage("<p>" + longPara + "</p><div>" + s.String() + "</div><p>" + longPara + "</p>")
	}, 500, 2000)
}

// BenchmarkPathoLongSrcset: one picture whose srcset holds n candidates
// with CDN commas in their addresses (srcsetCandidates, imageurl.go).
func BenchmarkPathoLongSrcset(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for i := range n {
			if i > 0 {
				s.WriteString(", ")
			}
			s.WriteString(`https://img.example/upload/w_` + strconv.Itoa(i) + `,c_limit/deck.jpg ` + strconv.Itoa(i) + `w`)
		}
		return pathoPage("<p>" + longPara + "</p><figure><img src=\"/img/deck.jpg\" srcset=\"" + s.String() + "\" alt=\"\"><figcaption>The deck.</figcaption></figure><p>" + longPara + "</p>")
	}, 2000, 8000)
}

// BenchmarkPathoDatesAboveHeadline: a page with no article container
// whose side column lists n dated entries before the headline (an
// archive's or a forum's list); farAboveHeadline counted the text
// blocks from each date element to the headline (datemasthead.go), a
// walk up the ancestors of every block for each of the page's dates.
func BenchmarkPathoDatesAboveHeadline(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for i := range n {
			s.WriteString(`<p class="date">Posted ` + strconv.Itoa(1+i%28) + `.13.2008</p><p>Entry ` + strconv.Itoa(i) + ` of the list, a line of its text.</p>`)
		}
		deep := strings.Repeat("<div>", 40)
		return []byte("<!DOCTYPE html><html><head><title>A test article</title></head><body>" + deep + "<table><tr><td>" + s.String() + "</td><td><h1>A test article</h1><p>" + longPara + "</p></td></tr></table></body></html>")
	}, 500, 2000)
}

// bodyPage wraps body in a page with no <article>, <main> nor content
// class: the article scope is the whole <body>.
func bodyPage(body string) []byte {
	return []byte("<!DOCTYPE html><html><head><title>A test article</title></head><body>" + body + "</body></html>")
}

// BenchmarkPathoMastheadDates: a body-scoped page with the most date
// elements the walk lists (maxListed) above n paragraphs and the headline
// after them; each date element asked whether it stands far above the
// headline with a scan of the blocks (farAboveHeadline, datemasthead.go).
func BenchmarkPathoMastheadDates(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return bodyPage(strings.Repeat(`<div><span class="date">soon</span></div>`, 60) +
			strings.Repeat("<p>"+longPara+"</p>", n) + "<h1>A test article</h1><p>" + longPara + "</p>")
	}, 2000, 8000)
}

// BenchmarkPathoNotesAfter: the text's container and n short sibling
// boxes with classes of their own after it, none scoring as text; each
// asked whether it comes after the container by a walk of the siblings
// from the container (namedNoteAfter, bodyscore.go).
func BenchmarkPathoNotesAfter(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for i := range n {
			s.WriteString(`<div class="note-` + strconv.Itoa(i) + `">A short note.</div>`)
		}
		return bodyPage(`<h1>A test article</h1><div class="story">` + strings.Repeat("<p>"+longPara+"</p>", 5) + `</div>` + s.String())
	}, 2000, 8000)
}

// BenchmarkPathoPlayerBoxes: n short lines cut by <br> in one paragraph
// named as a video player, with empty elements between them; each line's
// block asked whether its container is a player showing a duration, which
// read the whole paragraph again (inPlayerBox, players.go).
func BenchmarkPathoPlayerBoxes(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var s strings.Builder
		for range n {
			s.WriteString(`<p class="video">` + strings.Repeat("Clip<br>", 50) + strings.Repeat("<i></i>", 200) + `</p>`)
		}
		return pathoPage(strings.Repeat("<p>"+longPara+"</p>", 40) + s.String())
	}, 50, 200)
}

// BenchmarkPathoOuterProse: a story of a few short <p>s and n nested
// <div>s of prose outside the <article>; the language sample asked, of
// every long block, whether the article holds it by a walk up from it
// (languageSample, lang.go).
func BenchmarkPathoOuterProse(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return []byte("<!DOCTYPE html><html><head><title>A test article</title></head><body><article><h1>A test article</h1><p>Short.</p></article>" +
			strings.Repeat("<div>"+longPara, n) + strings.Repeat("</div>", n) + "</body></html>")
	}, 1000, 4000)
}

// BenchmarkPathoTitleParts: a <title> of the most bytes read, in as many
// parts as fit, on a page with no meta title and no heading; the title's
// parts are looked for among n text blocks (titlePartInBlocks,
// headlineparts.go).
func BenchmarkPathoTitleParts(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		var t strings.Builder
		for i := 0; t.Len() < 2000; i++ {
			t.WriteString("Part number " + strconv.Itoa(i) + " | ")
		}
		return []byte("<!DOCTYPE html><html><head><title>" + t.String() + "</title></head><body>" +
			strings.Repeat("<div>Part number 7 of it</div><div>"+longPara+"</div>", n) + "</body></html>")
	}, 2000, 8000)
}

// BenchmarkPathoMastheadDatesDeep: as BenchmarkPathoMastheadDates, the
// paragraphs 200 <div>s deep: each containment test walks up 200
// ancestors.
func BenchmarkPathoMastheadDatesDeep(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return bodyPage(strings.Repeat(`<div><span class="date">soon</span></div>`, 60) +
			strings.Repeat("<div>", 200) + strings.Repeat("<p>"+longPara+"</p>", n) + strings.Repeat("</div>", 200) + "<h1>A test article</h1><p>" + longPara + "</p>")
	}, 2000, 8000)
}

// BenchmarkPathoWrappedParagraphs: the text's container and n sibling
// wrappers of one short paragraph each, every one read as text beside
// the container (siblingIsText): n roots, and each block asked which
// root holds it by trying every root (rootOf, body.go).
func BenchmarkPathoWrappedParagraphs(b *testing.B) {
	benchShape(b, true, func(n int) []byte {
		return bodyPage(`<h1>A test article</h1><div class="story">` + strings.Repeat("<p>"+longPara+"</p>", 5) + `</div>` + strings.Repeat(`<div><p>A short note.</p></div>`, n))
	}, 2000, 8000)
}

package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcReview17FalsePosCases: adversarial rows for the round-17 rules, on
// ordinary news pages where they must not fire (or fire in a variant
// form): an agency in a source-classed element beside a <time> that is
// no byline (a lead video's source beside its duration, an inline
// related box between the first paragraphs, a "via" line); Italian
// openings with a word in capitals and a full stop that is no place (an
// acronym, a kicker); a short paragraph that reads like a slide counter
// (a review's score) on a page with a captioned picture; captions whose
// last sentence opens with a picture word and holds a slash, or whose
// last element is a labelled line; and itemprop=description on an
// author's bio in the header.
func fcReview17FalsePosCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcReview17AgencyRows()...)
	cs = append(cs, fcReview17DatelineRows()...)
	cs = append(cs, fcReview17PictureRows()...)
	cs = append(cs, fcReview17DekRows()...)
	return cs
}

func fcReview17AgencyRows() []fcCase {
	const title = "Ferry to Grest makes first crossing"
	head := `<title>` + title + ` | Holmby Courier</title><meta property="og:title" content="` + title + `">`
	row := func(name, lang, body string, want ...string) fcCase {
		return fcCase{class: "review17/agency/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing",
			html:  fcPage(lang, head, `<article><h1>`+title+`</h1>`+body+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	const tm = `<time datetime="2024-03-05T09:12:00+01:00">5.3.2024, 09:12</time>`
	return []fcCase{
		// a lead video (no <figure>) whose player shows its length in a
		// <time> and the agency that supplied the clip
		row("en-lead-video-source-beside-duration-none", "en",
			`<div class="video-player"><video src="/v/ferry.mp4"></video><div class="video-player__meta"><time datetime="PT1M30S">1:30</time> <span class="video-source">Reuters</span></div></div><div class="entry-content">`+fcProse(0, 4)+`</div>`),
		row("en-lead-video-source-beside-date-none", "en",
			`<div class="media-video"><iframe src="https://player.example/embed/123"></iframe><div class="media-video__info">`+tm+` <span class="source">Reuters</span></div></div><div class="entry-content">`+fcProse(0, 4)+`</div>`),
		// an inline related box between the first and second paragraph
		row("en-inline-related-between-paragraphs-none", "en",
			`<div class="meta">`+tm+`</div><div class="entry-content">`+fcProse(0, 1)+`<div class="inline-related"><a href="/news/harbour-dredging">Harbour dredging starts next week</a> <span class="source">AP</span> `+tm+`</div>`+fcProse(2, 3)+`</div>`),
		// the agency beside the date stays the credit when the article
		// (a video post) embeds a clip of its own after the meta line
		row("en-video-post-agency-beside-date", "en",
			`<div class="meta">`+tm+` <span class="source">AFP</span></div><iframe src="https://player.example/embed/123"></iframe><div class="entry-content">`+fcProse(0, 4)+`</div>`, "AFP"),
		row("en-via-agency-none", "en", `<div class="meta">`+tm+` <span class="source">via Reuters</span></div><div class="entry-content">`+fcProse(0, 4)+`</div>`),
		row("en-partner-label-none", "en", `<div class="meta">`+tm+` <span class="source">Partner content</span></div><div class="entry-content">`+fcProse(0, 4)+`</div>`),
	}
}

func fcReview17DatelineRows() []fcCase {
	row := func(name, lang, opening, want string) fcCase {
		body := `<article><h1>Il consiglio approva il bilancio</h1><p>` + opening + `</p>` + fcProse(1, 4) + `</article>`
		return fcCase{class: "review17/dateline/" + name, html: fcPage(lang, `<title>Story</title>`, body), check: func(t *testing.T, a *article.Article) {
			if a.Dateline != want {
				t.Errorf("dateline = %q, want %q", a.Dateline, want)
			}
		}}
	}
	const rest = "Il consiglio ha approvato ieri sera il bilancio del prossimo anno dopo un dibattito di quattro ore e un voto molto combattuto."
	return []fcCase{
		row("it-caps-place", "it", "TRENTO. "+rest, "TRENTO"),
		row("it-acronym-nato-none", "it", "NATO. "+rest, ""),
		row("it-acronym-istat-none", "it", "ISTAT. "+rest, ""),
		row("it-acronym-covid-none", "it", "COVID. "+rest, ""),
		row("it-kicker-esclusivo-none", "it", "ESCLUSIVO. "+rest, ""),
		row("it-kicker-il-caso-none", "it", "IL CASO. "+rest, ""),
		row("it-kicker-elided-article-none", "it", "L'INTERVISTA. "+rest, ""),
		row("it-kicker-ultim-ora-none", "it", "ULTIM'ORA. "+rest, ""),
		row("it-title-case-word-none", "it", "Sorpresa. "+rest, ""),
		row("it-bold-kicker-none", "it", "<strong>ATTENZIONE.</strong> "+rest, ""),
	}
}

func fcReview17PictureRows() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	rows := fcImageRows("review17/images", []fcImageRow{
		{name: "de-bild-slash-credit", lang: "de",
			media: `<figure>` + img + `<figcaption>Die Fähre verlässt den Hafen. Bild Keystone/Peter Muster</figcaption></figure>`,
			want:  [][3]string{{"deck", "Die Fähre verlässt den Hafen.", "Keystone/Peter Muster"}}},
		{name: "nl-beeld-agency-photographer", lang: "nl",
			media: `<figure>` + img + `<figcaption>De veerboot verlaat de haven van Holmby. Beeld Holmpress / Jan van der Berg</figcaption></figure>`,
			want:  [][3]string{{"deck", "De veerboot verlaat de haven van Holmby.", "Holmpress / Jan van der Berg"}}},
		// a labelled line as the caption's last element: its credit
		{name: "en-chart-source-last-part",
			media: `<figure>` + img + `<figcaption>Passengers per month since the service began <span>Photo: Nils Brandt</span></figcaption></figure>`,
			want:  [][3]string{{"deck", "Passengers per month since the service began", "Nils Brandt"}}},
	})
	// a review's score alone in a paragraph, on a page with a captioned
	// picture: no slide counter
	const title = "Ferry to Grest makes first crossing"
	score := fcCase{class: "review17/images/review-score-paragraph-kept", url: fcFerryURL,
		html:  fcPage("en", `<title>`+title+`</title>`, `<article><h1>`+title+`</h1>`+fcProse(0, 2)+`<figure>`+img+`<figcaption>`+fcCap+` Photo: Nils Brandt</figcaption></figure>`+fcProse(4, 3)+`<p>Our verdict:</p><p>8/10</p></article>`),
		check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, []string{"8/10"}, nil) }}
	part := fcCase{class: "review17/images/series-part-paragraph-kept", url: fcFerryURL,
		html:  fcPage("en", `<title>`+title+`</title>`, `<article><h1>`+title+`</h1>`+fcProse(0, 2)+`<figure>`+img+`<figcaption>`+fcCap+` Photo: Nils Brandt</figcaption></figure>`+fcProse(4, 3)+`<p>3 of 4</p><p>The last part of the series follows on Friday, when the ferry makes its first crossing in a storm.</p></article>`),
		check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, []string{"3 of 4"}, nil) }}
	return append(rows, score, part)
}

func fcReview17DekRows() []fcCase {
	const (
		hl   = "Ferry to Grest makes first crossing"
		desc = "The new ferry between Holmby and Grest made its first crossing on Monday."
	)
	head := `<title>` + hl + ` | Holmby Courier</title><meta property="og:title" content="` + hl + `"><meta name="description" content="` + desc + `">`
	row := func(name, body, summary string, in []string) fcCase {
		return fcCase{class: "review17/dek/" + name, url: fcFerryURL, html: fcPage("en", head, body),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, append([]string{fcSentences[0][:30]}, in...), nil)
				if a.Summary != summary {
					t.Errorf("summary = %q, want %q", a.Summary, summary)
				}
			}}
	}
	const bio = "Mara Quint covers transport and the islands for the Courier and has reported from the harbour since 2015."
	return []fcCase{
		// an author's bio in the header, itemprop=description of a Person
		row("author-bio-itemprop-description-not-summary", `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">`+hl+`</h1><div itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Mara Quint</span><p itemprop="description">`+bio+`</p></div><div itemprop="articleBody">`+fcProse(0, 4)+`</div></article>`,
			desc, nil),
	}
}

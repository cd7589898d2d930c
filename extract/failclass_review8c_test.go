package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for the eighth round's picture rules, on ordinary pages
// they were not written for: a WordPress sidebar widget beside the story
// under one headline (builderWrapper), "Source:" under a chart and in
// prose, labelled credits in prose, "via" in a caption, a picture table
// of an icon, and a story about a logo. Pages, names and sites are made
// up. TestFailureClasses runs them.

func fcReview8cCases() []fcCase {
	fig := func(src, caption string) string {
		return `<figure><img src="` + src + `" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	cs := fcImageRows("review8c/credit", []fcImageRow{
		// a chart's source line is its credit (fields.md: the label goes)
		{name: "chart-source-line", media: fig("/img/chart-passengers.png", "Ferry passengers per month, 2020–2024. Source: Holmby Harbour Trust"),
			want: [][3]string{{"chart", "Ferry passengers per month, 2020–2024.", "Holmby Harbour Trust"}}},
		{name: "chart-source-company-filings", media: fig("/img/chart-fares.png", "Fares per crossing since 2019. Source: company filings"),
			want: [][3]string{{"chart", "Fares per crossing since 2019.", "company filings"}}},
		// a picture label's credit in lower case is a credit all the same
		{name: "photo-label-lower-case-courtesy", media: fig("/img/deck.jpg", fcCap+" Photo: courtesy of the harbour trust"),
			want: [][3]string{{"deck", fcCap, "courtesy of the harbour trust"}}},
		{name: "open-source-prose", media: fig("/img/deck.jpg", "The timetable app runs on open source: anyone can read the code behind it."),
			want: [][3]string{{"deck", "The timetable app runs on open source: anyone can read the code behind it.", ""}}},
		{name: "shared-via-instagram-prose", media: fig("/img/deck.jpg", "Passengers on the deck, in a photo shared via Instagram."),
			want: [][3]string{{"deck", "Passengers on the deck, in a photo shared via Instagram.", ""}}},
		{name: "name-via-agency", media: fig("/img/deck.jpg", fcCap+" Nils Brandt via Getty Images"),
			want: [][3]string{{"deck", fcCap, "Nils Brandt via Getty Images"}}},
		{name: "story-about-a-logo-figure", media: fig("/uploads/holmby-logo-2024.png", "The new logo of the town of Holmby, unveiled on Monday."),
			want: [][3]string{{"logo", "The new logo of the town of Holmby, unveiled on Monday.", ""}}},
		{name: "story-about-a-logo-wp-caption-box", media: `<div class="wp-caption aligncenter"><img class="size-full wp-image-5" src="/uploads/holmby-new-logo.png" alt=""><p class="wp-caption-text">The new logo of the town of Holmby, unveiled on Monday.</p></div>`,
			want: [][3]string{{"logo", "The new logo of the town of Holmby, unveiled on Monday.", ""}}},
	})
	// a WordPress sidebar widget under the same headline as the story
	// (the theme's columns below one title): its picture is no story's
	side := `<div class="container"><h1 class="entry-title">Ferry to Grest makes first crossing</h1><div class="row"><div class="col-md-8 entry-content">` + fcProse(0, 2) + fig("/img/deck.jpg", fcCap) + fcProse(4, 3) + `</div><div class="col-md-4">%s</div></div></div>`
	for _, w := range [][2]string{
		{"wp-media-image-widget", `<section id="media_image-2" class="widget widget_media_image"><h2 class="widget-title">Our new boat</h2><figure class="wp-caption"><img src="/img/widget-boat.jpg" alt=""><figcaption class="wp-caption-text">Book your crossing online today.</figcaption></figure></section>`},
		{"wp-text-widget-picture", `<div id="text-3" class="widget widget_text"><div class="textwidget"><p><img src="/img/widget-newsletter.jpg" alt=""></p><p>Sign up for the Courier's weekly harbour letter.</p></div></div>`},
	} {
		w := w
		cs = append(cs, fcCase{class: "review8c/sidebar/" + w[0], url: fcFerryURL,
			html: fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, strings.Replace(side, "%s", w[1], 1)),
			check: func(t *testing.T, a *article.Article) {
				fcWantImage(t, a, "deck", fcCap, "")
				for _, im := range a.Images {
					if strings.Contains(im.URL, "widget") {
						t.Errorf("sidebar widget picture %+v", im)
					}
				}
				fcWantBody(t, a, nil, []string{"Book your crossing", "weekly harbour letter"})
			}})
	}
	// a two-row table of an icon and a download link is no captioned picture
	cs = append(cs, fcCase{class: "review8c/table/icon-and-download-row", url: fcFerryURL,
		html: fcImagePage("en", "", `<table><tr><td><img src="/icons/pdf.png" width="16" height="16" alt=""></td></tr><tr><td><a href="/files/timetable.pdf">Download the summer timetable</a></td></tr></table>`),
		check: func(t *testing.T, a *article.Article) {
			for _, im := range a.Images {
				if strings.Contains(im.URL, "pdf") && im.Caption != "" {
					t.Errorf("icon captioned %q", im.Caption)
				}
			}
		}})
	return cs
}

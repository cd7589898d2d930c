package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-18 review rows (rev18b) for the rules merged with cms16a-d: lone
// clocks, desk initials and source/date stamps out of the text, the
// "subscribe now" appeal, layout-word classes, empty headings, the
// published-beside-updated <time>, the byline that stops at a time, a
// job in small letters before a name, Hungarian Joomla labels and the
// category badge over a picture. Ordinary pages where the rules must not
// fire. Names and sites are invented.
func fcReview18CMS16Cases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcReview18CMS16BodyRows()...)
	cs = append(cs, fcReview18CMS16MetaRows()...)
	return cs
}

func fcR18bPage(lang, body string) string {
	head := `<title>Story of the day | Holmby Courier</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story of the day","datePublished":"2024-03-05T10:00:00+01:00"}</script>`
	return fcPage(lang, head, `<header><a href="/">Holmby Courier</a></header><article><h1>Story of the day</h1>`+body+`</article><footer><p>Holmby Courier Ltd</p></footer>`)
}

func fcReview18CMS16BodyRows() []fcCase {
	url := "https://holmby-courier.example/news/story-of-the-day"
	row := func(name, body string, in, out []string) fcCase {
		return fcCase{class: "review18b/body/" + name, url: url, html: fcR18bPage("en", body),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, in, out) }}
	}
	prose := fcProse(0, 4)
	return []fcCase{
		// A results line of its own is no clock: no minute field over 59.
		row("score-line-no-clock", `<p>Holmby Hawks beat Grest Giants in a high-scoring final on Sunday night.</p><p>98:87</p>`+prose,
			[]string{"98:87"}, nil),
		// A lone clock is still a player's duration.
		row("player-duration-dropped", `<p>02:41</p>`+prose, nil, []string{"02:41"}),
		// A story's box about a subscription price rise is the story's.
		row("subscription-price-box", `<p>The Holmby Courier will raise its subscription price from April, the publisher said on Tuesday.</p>`+prose+
			`<div class="info-box"><h3>What readers pay</h3><p>Readers who subscribe now pay 12 euros a month; from April the monthly price rises to 15 euros for new and old subscribers.</p></div>`+fcProse(5, 2),
			[]string{"Readers who subscribe now pay"}, nil),
		// Comments in a layout column are still comments, not the text.
		fcR18bCommentsRow("col-comments"),
		fcR18bCommentsRow("column-comments"),
		fcR18bCommentsRow("grid-comments"),
		fcR18bCommentsRow("layout-comments"),
		// A section title over a sub-heading of a lower rank heads it.
		row("section-over-subheading", fcProse(0, 2)+`<h2>How the crossing works</h2><h3>Tickets</h3>`+fcProse(4, 2)+`<h3>Timetable</h3>`+fcProse(6, 2),
			[]string{"How the crossing works", "Tickets", "Timetable"}, nil),
		// A first paragraph that holds a date inside a sentence is text.
		row("update-sentence-kept", `<p>Update / 5 March 2024: The council has since approved the plan for the new pier.</p>`+prose,
			[]string{"The council has since approved the plan"}, nil),
		// A closing sentence that names an update and a date is text.
		row("closing-update-sentence", prose+`<p>The timetable was last updated on 5 March 2024, the operator said.</p>`,
			[]string{"last updated on 5 March 2024"}, nil),
	}
}

func fcReview18CMS16MetaRows() []fcCase {
	url := "https://holmby-courier.example/news/story-of-the-day"
	authors := func(name, lang, byline string, want ...string) fcCase {
		page := fcPage(lang, `<title>Story of the day</title>`, `<article><h1>Story of the day</h1><p class="byline">`+byline+`</p>`+fcProse(0, 5)+`</article>`)
		return fcCase{class: "review18b/authors/" + name, url: url, html: page,
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
	}
	caption := func(name, fig, want string) fcCase {
		page := fcPage("en", `<title>Story of the day</title>`, `<article><h1>Story of the day</h1>`+fig+fcProse(0, 5)+`</article>`)
		return fcCase{class: "review18b/caption/" + name, url: url, html: page,
			check: func(t *testing.T, a *article.Article) {
				got := ""
				for _, im := range a.Images {
					if im.Caption != "" {
						got = im.Caption
					}
				}
				if want != got {
					t.Errorf("caption = %q, want %q", got, want)
				}
			}}
	}
	date := func(name, page, want string) fcCase {
		return fcCase{class: "review18b/date/" + name, url: url, html: page,
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, want) }}
	}
	return []fcCase{
		authors("blogger-posted-at-clock", "en", "Posted by Jane Doe at 2:32 PM | Labels: Harbour, Ferry | 3 comments", "Jane Doe"),
		authors("staff-writer-lowercase", "en", "By staff writer Jane Doe", "Jane Doe"),
		authors("polish-redaktor", "pl", "Autor: redaktor Jan Kowalski", "Jan Kowalski"),
		caption("location-class-caption", `<figure><img src="/img/pier.jpg" alt=""><figcaption class="location">The new pier at Holmby harbour on Monday.</figcaption></figure>`,
			"The new pier at Holmby harbour on Monday."),
		caption("certificate-class-caption", `<figure class="wp-block-image"><img src="/img/pier.jpg" alt=""><figcaption class="caption-duplicate">The new pier at Holmby harbour on Monday.</figcaption></figure>`,
			"The new pier at Holmby harbour on Monday."),
		date("unmodified-post-related-card", fcPage("en", `<title>Story of the day</title>`,
			`<article><header><h1>Story of the day</h1><time class="entry-date published updated" datetime="2024-03-05T10:00:00+01:00">March 5, 2024</time></header>`+
				`<div class="entry-content">`+fcProse(0, 5)+`</div><div class="more-from-author"><h3>More from the author</h3><div class="card"><a href="/news/older-story">Older story</a><time class="entry-date published" datetime="2023-11-02T10:00:00+01:00">November 2, 2023</time></div></div></article>`),
			"2024-03-05"),
	}
}

// TestReview18SplitAfterName: a byline stops after a name followed by a
// clock ("Posté par X à 14:32 - Tricot"), not after other numbers that
// go with a writer (class years, ages).
func TestReview18SplitAfterName(t *testing.T) {
	for raw, want := range map[string]string{
		"By Jane Doe '25 · Mark Roe '26":                "Jane Doe|Mark Roe",
		"By Jane Doe (34) | Mark Roe (41)":              "Jane Doe|Mark Roe",
		"Posté par Maryvonne Le Bihan à 14:32 - Tricot": "Maryvonne Le Bihan",
	} {
		if got := strings.Join(splitAuthors(raw), "|"); got != want {
			t.Errorf("splitAuthors(%q) = %q, want %q", raw, got, want)
		}
	}
}

// fcR18bComments is a comment thread in a container of the given class,
// more text than the story it follows.
func fcR18bComments(class string) string {
	c := `<p>I took the first crossing with my two children and the boat was clean, quick and on time, which nobody on the island expected after all the delays.</p>`
	c += `<p>The fares are still too high for families who do not live on the island, and the council should have listened to the tourism board about it.</p>`
	c += `<p>My father worked on the old boat for thirty years, and he says the new vessel handles the swell in the sound much better than anything before it.</p>`
	c += `<p>Why does the last boat leave so early on Saturdays? Anyone working in town on a weekend evening cannot get home to the island at all.</p>`
	c += `<p>The café on the pier was packed on Monday, so at least some businesses are seeing the benefit already, whatever the critics say about the cost.</p>`
	c += `<p>I hope they publish the punctuality figures as promised, because the old operator never did and we only had rumours to go on for years.</p>`
	return `<div class="` + class + `"><h3>6 comments</h3>` + c + `</div>`
}

// fcR18bCommentsRow is a short story whose comment thread, in a layout
// column after the <article>, holds more text than the story.
func fcR18bCommentsRow(class string) fcCase {
	page := fcPage("en", `<title>Story of the day | Holmby Courier</title>`,
		`<div class="row"><div class="col-main"><article><h1>Story of the day</h1>`+fcProse(0, 2)+`<p>Comments are moderated.</p></article></div>`+
			fcR18bComments(class)+`</div>`)
	return fcCase{class: "review18b/body/" + class + "-blocked", url: "https://holmby-courier.example/news/story-of-the-day", html: page,
		check: func(t *testing.T, a *article.Article) {
			fcWantBody(t, a, []string{"Comments are moderated."}, []string{"I took the first crossing"})
		}}
}

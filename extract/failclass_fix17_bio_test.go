package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix17BioCases: the writer's bio closing the text (round 17, class
// "author bio after the text"): a bio sentence (the author's full name
// or "The author", a copula, a job) or a profile card (a picture and the
// author's name alone) after the story's last paragraph, whatever the
// box's class; and the closing lines the rule must leave alone: a story
// ending on a person who is not the author, a subject sharing the
// author's surname, a credit line, the author named in the middle of
// the text, a sign-off with no picture.
func fcFix17BioCases() []fcCase {
	head := `<title>Ferry to Grest makes first crossing | Holmby Courier</title><meta property="og:title" content="Ferry to Grest makes first crossing">`
	page := func(lang, by, inside, after string) string {
		return fcPage(lang, head, `<article><h1>Ferry to Grest makes first crossing</h1><p class="byline">`+by+`</p>`+fcProse(0, 4)+inside+after+`</article>`)
	}
	row := func(name, lang, by, author, inside, after string, in, out []string) fcCase {
		return fcCase{class: "fix17/bio/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing", html: page(lang, by, inside, after),
			check: func(t *testing.T, a *article.Article) {
				fcWantAuthors(t, a, author)
				fcWantBody(t, a, append([]string{fcSentences[0][:30], fcSentences[7][:30]}, in...), out)
			}}
	}
	const jane = "Jane Marlowe"
	return []fcCase{
		// bios to drop
		row("en-bio-p-inside-text", "en", "By Jane Marlowe", jane, `<p><em>Jane Marlowe is a staff writer covering transport for the Courier.</em></p>`, "", nil, []string{"is a staff writer"}),
		row("en-bio-box-no-class-word", "en", "By Jane Marlowe", jane, "", `<div class="hc-box"><img src="/a/jm.jpg" alt=""><p><strong>Jane Marlowe</strong> is a reporter at the Holmby Courier.</p></div>`, nil, []string{"is a reporter at"}),
		row("en-the-author-is", "en", "By Jane Marlowe", jane, `<p>The author is a freelance journalist based on Grest.</p>`, "", nil, []string{"freelance journalist based"}),
		row("de-profile-card", "de", "Von Jane Marlowe", jane, "", `<div class="autorenkasten"><img src="/a/jm.jpg" alt=""><h4>Jane Marlowe</h4><p>Lokalreporterin aus Holmby, schreibt über Verkehr und Inseln.</p></div>`, nil, []string{"Lokalreporterin aus Holmby"}),
		row("de-ist-redakteurin", "de", "Von Jane Marlowe", jane, "", `<div class="ueber"><p>Jane Marlowe ist Redakteurin im Lokalressort.</p></div>`, nil, []string{"ist Redakteurin"}),
		row("fr-est-journaliste", "fr", "Par Jane Marlowe", jane, "", `<aside class="signature-bloc"><img src="/a/jm.jpg" alt="Jane Marlowe"><p>Jane Marlowe est journaliste au service régional.</p></aside>`, nil, []string{"est journaliste au service"}),
		row("es-es-periodista", "es", "Por Jane Marlowe", jane, `<p>Jane Marlowe es periodista y cubre transporte.</p>`, "", nil, []string{"es periodista y cubre"}),
		row("nl-is-verslaggever", "nl", "Door Jane Marlowe", jane, "", `<div class="auteursblok"><img src="/a/jm.jpg" alt=""><p><b>Jane Marlowe</b> is verslaggever bij de Courier.</p></div>`, nil, []string{"is verslaggever bij"}),
		// must NOT fire
		row("en-last-par-about-other-person-kept", "en", "By Jane Marlowe", jane, `<p>Tom Ashdown is a reporter who has covered the island for thirty years and rode the first crossing.</p>`, "", []string{"Tom Ashdown is a reporter who"}, nil),
		row("en-subject-shares-surname-kept", "en", "By Jane Marlowe", jane, `<p>Marlowe is a reporter at heart, said her brother Ed Marlowe, who sailed with her.</p>`, "", []string{"Marlowe is a reporter at heart"}, nil),
		row("en-subject-first-name-kept", "en", "By Jane Marlowe", jane, `<p>Jane is a reporter too, the captain joked, pointing at a passenger with a notebook.</p>`, "", []string{"Jane is a reporter too"}, nil),
		row("en-contributed-reporting-kept", "en", "By Jane Marlowe", jane, `<p>Tom Ashdown contributed reporting from Grest.</p>`, "", []string{"contributed reporting from Grest"}, nil),
		row("en-author-named-mid-text-kept", "en", "By Jane Marlowe", jane, `<p>Jane Marlowe is a reporter for the Courier and was on board, she said.</p>`+fcProse(2, 2), "", []string{"Jane Marlowe is a reporter for the Courier and was on board"}, nil),
		row("en-name-line-no-picture-kept", "en", "By Jane Marlowe", jane, "", `<div class="end"><p>Jane Marlowe</p><p>The harbour master will post the new timetable on Friday.</p></div>`, []string{"will post the new timetable"}, nil),
		row("en-author-is-no-role-kept", "en", "By Jane Marlowe", jane, `<p>The author is grateful to the crew of the ferry for their patience.</p>`, "", []string{"The author is grateful"}, nil),
		// (role_words also lists words no byline may take for a name,
		// "more", "all", "view": they name no job)
		row("en-author-is-more-than-kept", "en", "By Jane Marlowe", jane, `<p>The author is more than a passenger on this route: she grew up on Grest.</p>`, "", []string{"The author is more than a passenger"}, nil),
	}
}

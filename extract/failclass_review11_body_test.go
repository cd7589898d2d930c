package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for round 11's body and furniture rules: agency end
// lines (typed rules, an agency alone, desk initials), release end marks,
// the new end-matter labels and boiler prefixes, print-issue notes, notes
// after the text's container, media players with a duration, and chrome
// words. Each row is a story's own text that a careless form of a rule
// would drop, or the form the rule is for. Pages, names and sites are
// made up. TestFailureClasses runs them.

// fcR11BodyStory is a story of n paragraphs with mark set after the
// k-th, in an article container; more is set after the story.
func fcR11BodyStory(lang string, n, k int, mark, more string) string {
	var b strings.Builder
	b.WriteString(`<article class="post"><h1 class="entry-title">Harbour works</h1><div class="entry-content">`)
	b.WriteString(fcProse(0, k))
	b.WriteString(mark)
	b.WriteString(fcProse(k, n-k))
	b.WriteString(more)
	b.WriteString(`</div></article>`)
	return fcPage(lang, "<title>Harbour works</title>", b.String())
}

func fcReview11BodyCases() []fcCase {
	type row struct {
		name, lang, page string
		in, out          []string
	}
	story := func(lang string, n, k int, mark, more string) string { return fcR11BodyStory(lang, n, k, mark, more) }
	rows := []row{
		// A scene break typed as "###" in a feature, the story going on
		// at length after it: no release's end mark.
		{name: "endmark-scene-break", lang: "en",
			page: story("en", 9, 4, `<p>###</p>`, `<p>By the time the last crane left, the harbour was quiet again, and the fishermen went back to the old pier.</p>`),
			in:   []string{"By the time the last crane left"}, out: []string{"###"}},
		// A release's end mark, then its boilerplate: cut.
		{name: "endmark-release", lang: "en",
			page: story("en", 6, 6, `<p>###</p><p>About Holmby Ports</p><p>Holmby Ports runs the three harbours of the county and employs 420 people.</p><p>Media contact: Ida Sund, press@holmbyports.example</p>`, ``),
			in:   []string{fcSentences[0]}, out: []string{"employs 420 people", "Media contact"}},
		// "* * *" between two parts of a story: the break goes, the text
		// after it stays.
		{name: "rule-scene-break", lang: "en",
			page: story("en", 8, 4, `<p>* * *</p>`, `<p>Two winters later the fishermen were back on the old pier, mending nets in the cold.</p>`),
			in:   []string{"mending nets in the cold"}, out: []string{"* * *"}},
		// An interview whose interviewer is labelled "Editor:".
		{name: "editor-label-interview", lang: "en",
			page: story("en", 4, 2, `<p>Editor: What drew you to the harbour in the first place, and why did you stay so long?</p><p>Holm: The light in the morning, mostly, and the people who work there before anyone else is awake.</p>`, ``),
			in:   []string{"What drew you to the harbour", "The light in the morning"}},
		// Xinhua's editor line goes.
		{name: "editor-line-wire", lang: "en",
			page: story("en", 5, 5, `<p>Editor: Huang Wei</p>`, ``),
			out:  []string{"Huang Wei"}},
		// A tax credit story with short paragraphs: "Credits" opens a
		// sentence, no credits block.
		{name: "credits-sentence", lang: "en",
			page: story("en", 6, 6, `<p>Credits for solar panels end soon.</p>`, `<p>Owners who apply later get nothing.</p>`),
			in:   []string{"Credits for solar panels", "Owners who apply later"}},
		// The credits block of a long read goes.
		{name: "credits-block", lang: "en",
			page: story("en", 6, 6, `<h3>Credits</h3><p>Words: Jane Holm</p><p>Photography: Ida Sund</p><p>Design: Per Berg</p>`, ``),
			out:  []string{"Ida Sund", "Per Berg"}},
		// A German paragraph that opens "Aus dem" and names a number: no
		// magazine's issue note.
		{name: "issue-note-de-aus-dem-sentence", lang: "de",
			page: story("de", 6, 6, `<p>Aus dem Rathaus hieß es am Montag, die Vorlage Nr. 12 werde erst im Mai im Bauausschuss beraten.</p>`, `<p>Die Anwohner wollen bis dahin weiter Unterschriften sammeln.</p>`),
			in:   []string{"Aus dem Rathaus hieß es", "weiter Unterschriften sammeln"}},
		{name: "issue-note-de-aus-dem-report", lang: "de",
			page: story("de", 6, 6, `<p>Aus dem Bericht der Behörde (Drucksache Nr. 17/2345) geht hervor, dass die Kosten weiter steigen.</p>`, `<p>Der Rat entscheidet im Juni.</p>`),
			in:   []string{"Aus dem Bericht der Behörde", "Der Rat entscheidet im Juni"}},
		// The note itself, as a German magazine prints it: the story ends.
		{name: "issue-note-de-magazine", lang: "de",
			page: story("de", 6, 6, `<p>Aus dem HAFENBLATT Nr. 10/2024</p><p>Jetzt das Heft bestellen und zwei Ausgaben gratis lesen.</p>`, ``),
			out:  []string{"HAFENBLATT Nr.", "zwei Ausgaben gratis"}},
		// A live entry with a time and an embedded clip: the entry's text
		// is the story's.
		{name: "player-live-entry-clock", lang: "en",
			page: story("en", 6, 3, `<div class="live-entry"><p class="entry-time">10:30</p><p>Police say the harbour road will reopen before noon once the crane is moved.</p><div class="video-embed"><iframe src="https://player.example/embed/123"></iframe></div></div>`, ``),
			in:   []string{"harbour road will reopen"}},
		// A paragraph naming a clock time beside a video box.
		{name: "player-caption-clock", lang: "en",
			page: story("en", 6, 3, `<div class="story-video"><div class="video-player"><iframe src="https://player.example/embed/9"></iframe></div><p>The crane toppled at 10:30 on Tuesday, minutes after the crew had left the quay for a break.</p></div>`, ``),
			in:   []string{"The crane toppled at 10:30"}},
		// The player's own lines go.
		{name: "player-title-duration", lang: "en",
			page: story("en", 6, 3, `<div class="media-video"><div class="video-player"><span class="video-title">Watch: the crane topples</span><span class="video-duration">1:47</span></div></div>`, ``),
			out:  []string{"the crane topples"}},
		// The story's last paragraphs in a sibling of another class
		// (a template that splits the text around a paywall or an advert).
		{name: "named-sibling-continuation", lang: "en",
			page: fcPage("en", "<title>Harbour works</title>", `<article class="post"><h1 class="entry-title">Harbour works</h1><div class="article-body">`+fcProse(0, 6)+`</div><div class="ad-slot"></div><div class="article-body-rest"><p>The harbour master said the new quay would open in the spring.</p></div></article>`),
			in:   []string{"new quay would open in the spring"}},
		// A Latin American government's press bulletin ("boletín") holds
		// its text in an element named for it.
		{name: "boletin-bulletin-body", lang: "es",
			page: fcPage("es", "<title>Obras en el puerto</title>", `<main><h1>Obras en el puerto</h1><div class="boletin-detalle"><div class="boletin-texto">`+fcProse(1, 6)+`</div></div><div class="boletin-suscripcion"><p>Suscríbete a nuestro boletín y recibe las noticias cada mañana.</p></div></main>`),
			in:   []string{fcSentences[1]}, out: []string{"Suscríbete a nuestro boletín"}},
		// A one-word answer naming an agency in a Q&A.
		{name: "agency-alone-sign-off", lang: "en",
			page: story("en", 5, 5, `<p>Australian Associated Press</p>`, ``),
			out:  []string{"Australian Associated Press"}},
		{name: "desk-initials", lang: "fr",
			page: story("fr", 5, 5, `<p>cdm/ab/swi</p>`, ``),
			out:  []string{"cdm/ab/swi"}},
		// A story about a magazine's issue, early in the text: stays.
		{name: "issue-note-early-story", lang: "en",
			page: story("en", 6, 1, `<p>This story appeared in the March issue of the Harbour Review, and within hours readers had written to complain.</p>`, ``),
			in:   []string{"within hours readers had written"}},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		in := append([]string{fcSentences[0]}, r.in...)
		cs = append(cs, fcCase{class: "review11-body/" + r.name, url: "https://holmby-courier.example/2024/03/05/harbour-works",
			html: r.page, check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, in, r.out) }})
	}
	return cs
}

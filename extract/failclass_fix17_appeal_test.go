package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix17AppealCases: boxes in which the publisher turns to the reader,
// set in the text's own container (round 17, class "reader appeals"): a
// call-out asking for readers' stories, the comments question, a
// donation ask (a box, or a paragraph wholly in italics), a trust box, a
// newsletter card, Ghost's callout card, the audio app's line and a
// gift-article footer; and what the rule must leave alone: a story's
// paragraph quoting an appeal, a charity's "how to help" box, an editor's
// note, an aside of the story's own, a quoted appeal in a box.
func fcFix17AppealCases() []fcCase {
	head := `<title>Ferry to Grest makes first crossing | Holmby Courier</title><meta property="og:title" content="Ferry to Grest makes first crossing">`
	page := func(lang, box string) string {
		return fcPage(lang, head, `<article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content">`+fcProse(0, 2)+box+fcProse(4, 3)+`</div></article>`)
	}
	row := func(name, lang, box string, in, out []string) fcCase {
		return fcCase{class: "fix17/appeal/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing", html: page(lang, box),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, append([]string{fcSentences[0][:30], fcSentences[4][:30]}, in...), out)
			}}
	}
	return []fcCase{
		// appeals: they go
		row("en-callout-heading-link", "en", `<div class="callout"><h3>Have You Waited for a Ferry Refund?</h3><p>We want to hear from passengers and crew. <a href="/getinvolved/ferry">Share your story</a>.</p></div>`, nil, []string{"Have You Waited", "We want to hear from"}),
		row("en-share-your-thoughts-no-link", "en", `<div class="media-object"><h4>SHARE YOUR THOUGHTS</h4><p>Do you use the Grest ferry? Join the conversation below.</p></div>`, nil, []string{"SHARE YOUR THOUGHTS", "Join the conversation"}),
		row("en-donation-aside-button", "en", `<aside class="donate-module"><p>Reporting like this stays free because readers like you support it.</p><a class="btn" href="/donate">Give now</a></aside>`, nil, []string{"readers like you", "Give now"}),
		row("en-donation-italic-paragraph", "en", `<p><em>The Courier is free because readers like you chip in. Give today.</em></p>`, nil, []string{"chip in"}),
		row("en-trust-box", "en", `<div class="trust-note"><p>Every story is checked by two editors. <a href="/standards">Learn more about our editorial process</a></p></div>`, nil, []string{"checked by two editors"}),
		row("en-newsletter-card-form", "en", `<section class="inline-signup"><h3>The Morning Brief</h3><p>Subscribe for free and get our top stories every weekday.</p><input type="email"><button>Sign up</button></section>`, nil, []string{"Morning Brief", "Subscribe for free"}),
		row("ghost-callout-card", "en", `<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💌</div><div class="kg-callout-text">Like this story? <a href="#/portal/signup">Subscribe for free</a> to get the next one.</div></div>`, nil, []string{"Like this story?", "💌"}),
		row("en-audio-app-line", "en", `<p>Listen to more stories on the Audiofy app.</p>`, nil, []string{"Audiofy"}),
		row("de-callout", "de", `<div class="infobox"><h3>Sind Sie betroffen?</h3><p>Wir wollen von Ihnen hören. <a href="/kontakt">Schreiben Sie uns</a>.</p></div>`, nil, []string{"Sind Sie betroffen", "Wir wollen von Ihnen"}),
		row("de-gift-footer", "de", `<div data-area="paywall_footer"><p>Dieser Artikel gehört zum Angebot von COURIER+. Sie können ihn lesen, weil er Ihnen geschenkt wurde.</p></div>`, nil, []string{"Angebot von COURIER+"}),
		row("es-callout", "es", `<aside class="llamado"><h4>¿Usas el ferry?</h4><p>Cuéntanos tu historia <a href="/participa">aquí</a>.</p></aside>`, nil, []string{"Usas el ferry", "Cuéntanos"}),
		row("fr-callout", "fr", `<div class="encadre-appel"><p>Vous êtes concerné ? <a href="/temoignages">Partagez votre témoignage</a>.</p></div>`, nil, []string{"Vous êtes concerné"}),
		row("nl-callout", "nl", `<div class="oproep"><h3>Heb jij ervaring met de veerdienst?</h3><p><a href="/tips">Deel je verhaal</a> met de redactie.</p></div>`, nil, []string{"Heb jij ervaring", "met de redactie"}),
		// must NOT fire
		row("en-police-appeal-paragraph-kept", "en", `<p>Police asked anyone with information to call the incident line. We want to hear from anyone who was on the quay that night, Inspector Mara Voss said.</p>`, []string{"Police asked anyone with information"}, nil),
		row("en-charity-paragraph-kept", "en", `<p>The harbour fund urged islanders to chip in, saying gifts from readers like you kept the lifeboat running last winter.</p>`, []string{"The harbour fund urged islanders"}, nil),
		row("en-how-to-help-box-kept", "en", `<div class="infobox"><h3>How to help</h3><p>The harbour fund is collecting money for the crew's families. Donate today at <a href="https://harbourfund.example">harbourfund.example</a> or at the ferry office.</p></div>`, []string{"collecting money for the crew", "How to help"}, nil),
		row("en-editors-note-box-kept", "en", `<div class="editors-note"><p><strong>Editor's note:</strong> An earlier version of this story gave the wrong fare for island residents. It is £3, not £5. <a href="/corrections">Corrections</a></p></div>`, []string{"gave the wrong fare"}, nil),
		row("en-story-aside-kept", "en", `<div class="story-box"><h3>About the ferry</h3><p>The Grest ferry was first proposed in 2011 and went to three council votes. <a href="/ferry-history">Its history</a> is a long one.</p></div>`, []string{"first proposed in 2011"}, nil),
		row("en-quoted-appeal-box-kept", "en", `<div class="quote-box"><h4>What they said</h4><p>“Support our work by taking the ferry,” the operator's chief, Lena Marsh, told the council.</p></div>`, []string{"Support our work by taking the ferry"}, nil),
		row("en-italic-story-note-kept", "en", `<p><em>This story was reported with the help of islanders who sent in their own timetables and tickets.</em></p>`, []string{"sent in their own timetables"}, nil),
		row("de-quoted-appeal-paragraph-kept", "de", `<p>„Unterstützen Sie unsere Arbeit“, rief der Vorsitzende des Fährvereins die Gäste auf, und viele spendeten.</p>`, []string{"rief der Vorsitzende"}, nil),
	}
}

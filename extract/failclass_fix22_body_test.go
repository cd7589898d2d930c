package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Round 22: furniture after the story's last paragraph. A box of its own
// that opens with a heading and holds a list of links ("More episodes")
// or a call to action ending in a button goes; so does an author card
// whose line opens with the author's name (in either order) beside a
// headshot, and a notice whose first sentence is a boiler prefix ("All
// rights reserved."). A heading inside the text's own container, a
// story's link in its paragraph, a last paragraph naming its author and a
// story about copyright stay. Names, sites and text are made up.

func fcFix22BodyCases() []fcCase {
	head := `<title>Ferry to Grest makes first crossing | Holmby Courier</title><meta property="og:title" content="Ferry to Grest makes first crossing">`
	page := func(lang, by, inside, after string) string {
		return fcPage(lang, head, `<article><h1>Ferry to Grest makes first crossing</h1><p class="byline">`+by+`</p><div class="story-text">`+fcProse(0, 5)+inside+`</div>`+after+`</article>`)
	}
	row := func(name, lang, by, inside, after string, in, out []string) fcCase {
		return fcCase{class: "fix22/body/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing", html: page(lang, by, inside, after),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, append([]string{fcSentences[0][:30], fcSentences[7][:30]}, in...), out)
			}}
	}
	const notice = `<p>All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from the Holmby Courier.</p>`
	return []fcCase{
		// end matter to drop
		row("en-cta-box-button", "en", "By Jane Marlowe", "", `<div class="promo-box"><h3>Planning a trip to Grest?</h3><p>Download our free island guide with timetables and maps.</p><a href="/guide" class="btn">Download now</a></div>`, nil, []string{"Planning a trip to Grest?", "free island guide"}),
		row("en-more-list-box", "en", "By Jane Marlowe", "", `<section class="more-from"><h2>More from the islands</h2><ul><li><a href="/n/1">Grest school gets new roof</a> <time>March 1, 2024</time></li><li><a href="/n/2">Harbour wall repairs finished early</a> <time>February 20, 2024</time></li></ul></section>`, nil, []string{"More from the islands", "Grest school gets new roof"}),
		row("de-card-compound-job", "de", "Von Jane Marlowe", "", `<div class="autor-info"><img src="/a/jm.jpg" alt=""><p><strong>Jane Marlowe</strong> ist Fachjournalistin für Verkehr und Schifffahrt in Holmby.</p></div>`, nil, []string{"ist Fachjournalistin"}),
		row("en-rights-notice-long", "en", "By Jane Marlowe", "", `<div class="legal">`+notice+`</div>`, nil, []string{"may not be reproduced"}),
		// must NOT fire
		row("en-heading-in-text-question-link-kept", "en", "By Jane Marlowe", `<h2>What happens next?</h2><p>The council will decide in May whether the winter service stays. Have your say? <a href="/consult">Answer the council's survey</a></p>`, "",
			[]string{"What happens next?", "Have your say?"}, nil),
		row("en-last-section-box-with-link-kept", "en", "By Jane Marlowe", "", `<section class="chapter"><h2>The crossing</h2><p>`+fcSentences[2]+` `+fcSentences[3]+`</p><p>The timetable, which the operator published on Monday, is on <a href="/timetable">the council's site</a>, with fares for residents and visitors.</p></section>`,
			[]string{"The crossing", "The timetable, which the operator"}, nil),
		row("en-last-par-names-author-kept", "en", "By Jane Marlowe", `<p>Jane Marlowe travelled on the first crossing as a guest of the operator and paid no fare.</p>`, "",
			[]string{"Jane Marlowe travelled on the first crossing"}, nil),
		// (over 200 bytes: a shorter line opening with a boiler prefix is
		// furniture by the older prefix rule, whatever follows)
		row("en-story-about-copyright-kept", "en", "By Jane Marlowe", `<p>All rights reserved, the operator's lawyer wrote in a letter to the islanders' choir, which had printed the ferry's new logo on its concert programme without asking and now faces a bill of several hundred pounds for the design.</p>`, "",
			[]string{"All rights reserved, the operator's lawyer"}, nil),
		row("en-story-quotes-rights-line-kept", "en", "By Jane Marlowe", `<p>"All rights reserved." Those three words, printed under the ferry's new logo, have started a quarrel between the operator and the islanders' choir, which had used the logo on its concert programme without asking the designer.</p>`, "",
			[]string{"Those three words, printed under"}, nil),
	}
}

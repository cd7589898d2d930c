package extract

import (
	"slices"
	"testing"

	"github.com/byline/byline/article"
)

// Probes written by the rules audit (issue 10) for rules the development
// pages decide on fewer than three pages: the slash byline's place
// (dateline printed-byline) and the action bar's counters before a post's
// text (body-drop count-before-text).

// fcSlashBylinePage is a page whose standfirst carries the slash byline
// ("Headline/ Site/ PLACE/ Author/ standfirst"), with seg in the place's
// slot.
func fcSlashBylinePage(seg string) string {
	return fcPage("en", `<title>Ferry to Grest makes first crossing - Holmby Post</title>`,
		`<article><h1>Ferry to Grest makes first crossing</h1>
<p class="post-sub-title">Ferry to Grest makes first crossing/ Holmby Post/ `+seg+`/ Jane Doe/ The island's new ferry carried forty passengers on its first day, and the council says the timetable may change before summer.</p>
<div class="post-content">`+fcProse(0, 4)+`</div></article>`)
}

// fcCountBarPage is a post whose action bar (likes and responses
// counters, as Medium, Substack and WordPress share bars print them)
// stands between the headline and the text, inside the post's container.
func fcCountBarPage() string {
	return fcPage("en", `<title>Ferry to Grest makes first crossing</title>`,
		`<article><div class="post"><h1>Ferry to Grest makes first crossing</h1>
<div class="post-actions"><div class="likes"><p>1.2K</p></div><div class="responses"><p>23</p></div></div>
`+fcProse(0, 4)+`</div></article>`)
}

func fcProbe8AuditCases() []fcCase {
	wantDateline := func(want string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			t.Helper()
			if a.Dateline != want {
				t.Errorf("dateline = %q, want %q", a.Dateline, want)
			}
		}
	}
	return []fcCase{
		// The slash byline's capitals are its dateline when they name a
		// place the gazetteer knows.
		{class: "audit/slash-byline-place", url: "https://holmby-post.example/2024/03/ferry",
			html: fcSlashBylinePage("PARIS"), check: wantDateline("PARIS")},
		// A section or desk label in capitals in the same slot is no place.
		{class: "audit/slash-byline-section-label", url: "https://holmby-post.example/2024/03/ferry",
			html: fcSlashBylinePage("TRANSPORT NEWS"), check: wantDateline("")},
		{class: "audit/count-bar-before-text", url: "https://holmby-post.example/ferry-to-grest-3f2a9c",
			html: fcCountBarPage(), check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers"}, nil)
				if slices.Contains(a.Paragraphs, "1.2K") || slices.Contains(a.Paragraphs, "23") {
					t.Errorf("body keeps the action bar's counters:\n%q", a.Paragraphs)
				}
			}},
	}
}

package extract

import (
	"strings"
	"testing"
	"time"
)

// TestPlainWrappedStandfirst checks that the standfirst, the dek and the
// key points read the same when a template sets each block of the
// article in a <div> of its own (a block editor's group, a component's
// root, a page builder's box; plainnear.go): every page is extracted
// bare ("[" and "]" dropped) and with one and two plain <div>s in their
// place, and must give the wanted summary and key points each time.
func TestPlainWrappedStandfirst(t *testing.T) {
	text := strings.ReplaceAll(fcProse(3, 5), "<p>", "[<p>")
	text = strings.ReplaceAll(text, "</p>", "</p>]")
	head := `<title>Harbour ferry timetable changes from Monday</title>`
	h1 := `[<h1>Harbour ferry timetable changes from Monday</h1>]`
	cases := []struct {
		name, body, summary string
		bullets             []string
	}{
		{"standfirst box holding a paragraph",
			h1 + `[<div class="entry-summary">[<p>The early boat now leaves at 6.10 and the last one at 23.40, the operator said.</p>]</div>]` +
				`[<div class="entry-content">` + text + `</div>]`,
			"The early boat now leaves at 6.10 and the last one at 23.40, the operator said.", nil},
		{"dek under the headline",
			`[<header>` + h1 + `[<div class="post-subtitle">[<p>Earlier first boats and fewer night sailings for the islands</p>]</div>]</header>]` +
				`[<div class="post-content">` + text + `</div>]`,
			"Earlier first boats and fewer night sailings for the islands", nil},
		{"lead paragraph before the text",
			h1 + `[<div class="news-lead">[<p><strong>The early boat now leaves at 6.10 and the last one at 23.40, the operator said on Friday.</strong></p>]</div>]` +
				`[<div class="news-text">` + text + `</div>]`,
			"The early boat now leaves at 6.10 and the last one at 23.40, the operator said on Friday.", nil},
		{"standfirst written as a list",
			h1 + `[<div class="article-lead">[<ul><li>The early boat leaves at 6.10 from Monday.</li><li>Night sailings end in March.</li></ul>]</div>]` +
				`[<div class="article-body">` + text + `</div>]`,
			"", []string{"The early boat leaves at 6.10 from Monday.", "Night sailings end in March."}},
		{"key points box of paragraphs",
			h1 + `[<div class="article-body">` + `[<div>[<h2>Key points</h2>][<p>The early boat leaves at 6.10.</p>][<p>Night sailings end in March.</p>]</div>]` +
				text + `</div>]`,
			"", []string{"The early boat leaves at 6.10.", "Night sailings end in March."}},
		{"label before a list",
			h1 + `[<div class="article-body">` + text + `[<h2>What you need to know</h2>][<ul><li>The early boat leaves at 6.10.</li><li>Night sailings end in March.</li></ul>]` +
				`</div>]`,
			"", []string{"The early boat leaves at 6.10.", "Night sailings end in March."}},
	}
	for _, c := range cases {
		for _, w := range []struct{ open, close string }{{"", ""}, {"<div>", "</div>"}, {"<div><div>", "</div></div>"}} {
			body := strings.NewReplacer("[", w.open, "]", w.close).Replace(c.body)
			page := fcPage("en", head, `<main><article>`+body+`</article></main>`)
			a, err := Extract(Input{HTML: []byte(page), FetchedAt: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}, Options{NoQuotes: true})
			if err != nil {
				t.Errorf("%s (wrapper %q): %v", c.name, w.open, err)
				continue
			}
			if c.summary != "" && a.Summary != c.summary {
				t.Errorf("%s (wrapper %q): summary = %q, want %q", c.name, w.open, a.Summary, c.summary)
			}
			if c.bullets != nil && strings.Join(a.Bullets, "|") != strings.Join(c.bullets, "|") {
				t.Errorf("%s (wrapper %q): bullets = %q, want %q", c.name, w.open, a.Bullets, c.bullets)
			}
			if c.name == "dek under the headline" && strings.Contains(a.Body, c.summary) {
				t.Errorf("%s (wrapper %q): the dek stays in the body", c.name, w.open)
			}
			for _, b := range c.bullets {
				if strings.Contains(a.Body, b) {
					t.Errorf("%s (wrapper %q): the key point %q stays in the body", c.name, w.open, b)
				}
			}
		}
	}
}

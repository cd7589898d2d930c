package revision_test

import (
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract"
	"github.com/byline/byline/revision"
)

// relPage is a news page whose only date is the meta markup under its
// headline; edit swaps its third paragraph.
func relPage(lang, meta string, edit bool) []byte {
	third := "Tickets cost eight crowns each way, and children under twelve travel free until the end of the summer."
	if edit {
		third = "Tickets cost nine crowns each way, the operator said on Tuesday, and children under twelve travel free."
	}
	return []byte(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Ferry to Grest makes first crossing | Holmby Courier</title></head><body>
<header><a href="/">Holmby Courier</a><nav><a href="/news">News</a></nav></header>
<main><article><h1>Ferry to Grest makes first crossing</h1>
` + meta + `
<p>The new ferry between Holmby and Grest made its first crossing on a calm morning, carrying forty passengers and six cars across the sound.</p>
<p>The crossing took twenty-two minutes, eight fewer than the old boat needed, and the captain said the harbour approach had gone without trouble.</p>
<p>` + third + `</p>
<p>The council has promised a second boat next year if the number of passengers keeps growing at the rate of the first weeks.</p>
</article></main><footer><p>© 2024 Holmby Courier</p></footer></body></html>`)
}

// Two fetches of the same page 40 minutes apart, whose only date is a
// relative age, give one revision: the age gives two publication times,
// and they agree within its unit. A changed text or a changed stated date
// is still a new revision.
func TestRelativeAgeRefetchIsNoRevision(t *testing.T) {
	const u = "https://holmby-courier.example/news/ferry-first-crossing"
	t0 := time.Date(2024, 3, 12, 10, 0, 0, 0, time.UTC)
	late := time.Date(2024, 3, 12, 23, 40, 0, 0, time.UTC) // the second fetch is on the next day
	tests := []struct {
		name          string
		lang          string
		at            time.Time
		meta1, meta2  string
		edit          bool
		wantPrecision string // of the first extraction
		want          revision.Result
	}{
		{"hours ago", "en", t0, `<p class="meta">By Tove Lindqvist · <span class="date">2 hours ago</span></p>`, "", false, article.PrecisionHour, revision.Unchanged},
		{"vor 3 Stunden", "de", t0, `<p class="meta">Von Tove Lindqvist · <span class="zeit">vor 3 Stunden</span></p>`, "", false, article.PrecisionHour, revision.Unchanged},
		{"yesterday, across midnight", "en", late, `<p class="meta">By Tove Lindqvist · <span class="date">Yesterday at 6:30 pm</span></p>`, "", false, article.PrecisionDay, revision.Unchanged},
		{"days ago, across midnight", "en", late, `<p class="meta">By Tove Lindqvist · <span class="date">2 days ago</span></p>`, "", false, article.PrecisionDay, revision.Unchanged},
		{"a stated date", "en", t0, `<p class="meta">By Tove Lindqvist · <time datetime="2024-03-12T08:10:00Z">12 March 2024, 08:10</time></p>`, "", false, "", revision.Unchanged},
		{"hours ago, text edited", "en", t0, `<p class="meta">By Tove Lindqvist · <span class="date">2 hours ago</span></p>`, "", true, article.PrecisionHour, revision.Revised},
		{"a stated date changed", "en", t0, `<p class="meta">By Tove Lindqvist · <time datetime="2024-03-12T08:10:00Z">12 March 2024, 08:10</time></p>`,
			`<p class="meta">By Tove Lindqvist · <time datetime="2024-03-12T08:50:00Z">12 March 2024, 08:50</time></p>`, false, "", revision.Revised},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta2 := tt.meta2
			if meta2 == "" {
				meta2 = tt.meta1
			}
			get := func(meta string, edit bool, at time.Time) *article.Article {
				a, err := extract.Extract(extract.Input{HTML: relPage(tt.lang, meta, edit), URL: u, FetchedAt: at}, extract.Options{NoQuotes: true})
				if err != nil {
					t.Fatal(err)
				}
				if a.PublishedAt == "" {
					t.Fatalf("no publication date from %s", meta)
				}
				return a
			}
			a1 := get(tt.meta1, false, tt.at)
			a2 := get(meta2, tt.edit, tt.at.Add(40*time.Minute))
			if a1.PublishedPrecision != tt.wantPrecision {
				t.Errorf("published %s with precision %q, want %q", a1.PublishedAt, a1.PublishedPrecision, tt.wantPrecision)
			}
			if tt.wantPrecision != "" && a2.PublishedAt == a1.PublishedAt {
				t.Fatalf("both fetches give %s: the row tests nothing", a1.PublishedAt)
			}
			h, _ := revision.Apply(nil, a1)
			_, res := revision.Apply(h, a2)
			if res != tt.want {
				t.Fatalf("second fetch: %v, want %v (published %s, then %s; diff %+v)", res, tt.want,
					a1.PublishedAt, a2.PublishedAt, a2.Revisions[len(a2.Revisions)-1].Diff)
			}
			if res == revision.Unchanged && a2.PublishedAt != a1.PublishedAt {
				t.Errorf("the re-fetch is published %s, the first fetch %s", a2.PublishedAt, a1.PublishedAt)
			}
			if d := a2.Revisions[len(a2.Revisions)-1].Diff; res == revision.Revised && tt.edit && d != nil && len(d.Dates) > 0 {
				t.Errorf("an edited text with an unchanged age shows a date change: %+v", d.Dates)
			}
		})
	}
}

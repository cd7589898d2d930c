package extract

import "testing"

// TestSummaryRules: where the summary comes from when the page's
// description is cut short, whole, or missing.
func TestSummaryRules(t *testing.T) {
	first := "The new ferry between Holmby and the island of Grest made its first crossing on Monday morning with forty passengers on board."
	second := "Town officials said the service would run four times a day during the summer and twice a day in winter."
	tests := []struct {
		name, head, body, want string
	}{
		{
			name: "a description cut short is completed from the paragraph that holds it",
			head: `<meta property="og:description" content="The new ferry between Holmby and the island of Grest made its first crossing on Monday…">`,
			body: `<p>` + first + `</p><p>` + second + `</p>`,
			want: first,
		},
		{
			name: "a whole description stays",
			head: `<meta property="og:description" content="Forty passengers crossed to Grest on the island's first ferry in a decade.">`,
			body: `<p>` + first + `</p><p>` + second + `</p>`,
			want: "Forty passengers crossed to Grest on the island's first ferry in a decade.",
		},
		{
			name: "a description cut short that no paragraph holds stays as it is",
			head: `<meta property="og:description" content="Islanders have waited ten years for a reliable link to the mainland since the old boat...">`,
			body: `<p>` + first + `</p><p>` + second + `</p>`,
			want: "Islanders have waited ten years for a reliable link to the mainland since the old boat...",
		},
		{
			name: "no description: a standfirst-named opening paragraph in the article",
			body: `<p class="standfirst">Forty passengers crossed to Grest on the island's first ferry in a decade.</p><div class="article-body"><p>` + first + `</p><p>` + second + `</p></div>`,
			want: "Forty passengers crossed to Grest on the island's first ferry in a decade.",
		},
		{
			name: "no description and no named standfirst: no summary",
			body: `<p>` + first + `</p><p>` + second + `</p>`,
			want: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := fcPage("en", `<title>Ferry to Grest makes first crossing</title>`+tc.head, `<article><h1>Ferry to Grest makes first crossing</h1>`+tc.body+fcProse(2, 3)+`</article>`)
			a, err := Extract(Input{HTML: []byte(page), URL: "https://holmby-courier.example/news/ferry"}, Options{NoQuotes: true})
			if err != nil {
				t.Fatal(err)
			}
			if a.Summary != tc.want {
				t.Errorf("summary = %q, want %q", a.Summary, tc.want)
			}
		})
	}
}

package extract

import "testing"

// TestJSONLDLenient checks that one broken object does not lose the rest:
// a block that does not parse gives the objects inside it that do, and a
// hopeless block still gives its dates and headline.
func TestJSONLDLenient(t *testing.T) {
	tests := []struct {
		name, block              string
		typ, headline, published string
	}{
		{
			name:  "a broken sibling in a @graph",
			block: `{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X",},{"@type":"NewsArticle","headline":"Harbour plan passes","datePublished":"2024-03-09T04:15:00Z"}]}`,
			typ:   "NewsArticle", headline: "Harbour plan passes", published: "2024-03-09T04:15:00Z",
		},
		{
			name:      "an unescaped quote breaks the whole block",
			block:     `{"@type":"NewsArticle","headline":"He said "no" twice","datePublished":"2023-05-01T08:00:00+02:00","author":{"@type":"Person","name":"Jo"}}`,
			published: "2023-05-01T08:00:00+02:00",
		},
		{
			name:  "HTML comment and trailing semicolon",
			block: `<!-- {"@type":"Article","headline":"Old CMS","datePublished":"2019-01-02"}; -->`,
			typ:   "Article", headline: "Old CMS", published: "2019-01-02",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info := parseJSONLD([]string{tc.block})
			pub := info.Published
			if pub == "" {
				pub = info.BrokenPublished
			}
			if info.Type != tc.typ || info.Headline != tc.headline || pub != tc.published {
				t.Errorf("type %q headline %q published %q (broken %q), want %q %q %q", info.Type, info.Headline,
					info.Published, info.BrokenPublished, tc.typ, tc.headline, tc.published)
			}
		})
	}
}

package extract

import (
	"strings"
	"testing"
)

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

// TestJSONLDItemReviewed checks that what a review or a fact check is
// about is not taken for the page's article: the reviewed book's author
// or the checked claim's source did not write the page.
func TestJSONLDItemReviewed(t *testing.T) {
	tests := []struct {
		name, block   string
		typ, authors  string
		wantPublished string
	}{
		{
			name:  "fact check: the claim's source is no author",
			block: `{"@type":"ClaimReview","datePublished":"2024-02-01T10:00:00Z","author":{"@type":"Organization","name":"Checkers"},"claimReviewed":"The harbour is closed.","itemReviewed":{"@type":"CreativeWork","author":{"@type":"Organization","name":"Several Posts"}}}`,
			typ:   "ClaimReview", authors: "Checkers", wantPublished: "2024-02-01T10:00:00Z",
		},
		{
			name:  "book review: the book's author is no author",
			block: `{"@type":"Review","datePublished":"2024-03-05","author":{"@type":"Person","name":"Jo Critic"},"itemReviewed":{"@type":"Book","name":"Tides","author":{"@type":"Person","name":"Al Novelist"},"datePublished":"1999-01-01"}}`,
			typ:   "Review", authors: "Jo Critic", wantPublished: "2024-03-05",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info := parseJSONLD([]string{tc.block})
			got := strings.Join(append(append([]string{}, info.Authors...), info.OrgAuthors...), "; ")
			if info.Type != tc.typ || !strings.Contains(got, tc.authors) || strings.Contains(got, "Several") ||
				strings.Contains(got, "Novelist") || info.Published != tc.wantPublished {
				t.Errorf("type %q authors %q published %q, want %q %q %q", info.Type, got, info.Published, tc.typ, tc.authors, tc.wantPublished)
			}
		})
	}
}

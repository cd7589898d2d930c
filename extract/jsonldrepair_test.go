package extract

import (
	"slices"
	"testing"
)

// TestJSONLDRepair checks the two mended faults: a comma before a close
// and a block cut off. A cut keeps the fields written whole before it,
// never a value cut through, and drops a list of writers it cuts.
func TestJSONLDRepair(t *testing.T) {
	tests := []struct {
		name, block         string
		headline, published string
		authors             []string
	}{
		{
			name:     "a comma before the last brace",
			block:    `{"@type":"NewsArticle","headline":"Dam opens","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Lee Park"},],}`,
			headline: "Dam opens", authors: []string{"Ana Ruiz", "Lee Park"},
		},
		{
			name:     "cut inside the writer's name",
			block:    `{"@type":"NewsArticle","headline":"Dam opens","datePublished":"2024-03-09T04:15:00Z","author":{"@type":"Person","name":"Ana Ru`,
			headline: "Dam opens", published: "2024-03-09T04:15:00Z",
		},
		{
			name:     "cut inside a list of writers",
			block:    `{"@type":"NewsArticle","headline":"Dam opens","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Lee`,
			headline: "Dam opens",
		},
		{
			name:     "cut in a @graph after the article",
			block:    `{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Dam opens","author":{"@type":"Person","name":"Ana Ruiz"}},{"@type":"WebSite","name":"Riv`,
			headline: "Dam opens", authors: []string{"Ana Ruiz"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info := parseJSONLD([]string{tc.block})
			if info.Headline != tc.headline || info.Published != tc.published || !slices.Equal(info.Authors, tc.authors) {
				t.Errorf("headline %q published %q authors %q, want %q %q %q", info.Headline, info.Published, info.Authors,
					tc.headline, tc.published, tc.authors)
			}
		})
	}
}

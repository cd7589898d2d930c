package pipeline_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// ferryParagraphs is another story than storyParagraphs, as long.
func ferryParagraphs(n int) []string {
	var ps []string
	for i := range n {
		ps = append(ps, fmt.Sprintf("Item %d on the ferry strike: dock workers at pier %d ratified a three-year contract after weeks of talks with the operator.", i, i*3))
	}
	return ps
}

// TestHistoryRewrittenArticleLeavesCluster: a story on three sites is one
// cluster; one site's URL is then rewritten into another story (a page
// reused). That revision leaves the cluster, which counts two copies from
// then on, and is clustered with the other story; a light edit of another
// copy keeps its cluster id; a restart restores both assignments.
func TestHistoryRewrittenArticleLeavesCluster(t *testing.T) {
	urls := []string{"https://daily.example/seawall", "https://courier.example/news/seawall-vote", "https://gazette.example/2025/07/seawall"}
	story := storyParagraphs(10)
	copies := [][]string{story, story[:8], story[2:]}
	tests := []struct {
		name      string
		rewritten int    // which copy's URL gets the other story
		origin    int    // story A's origin after it left
		newID     string // the rewritten article's cluster; "" for its own id
	}{
		{"a copy rewritten", 1, 0, ""},
		{"the origin rewritten: the origin moves to the next copy", 0, 1, article.IDFor(urls[0]) + "~2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			js, cfg, h := historyOnBus(t)
			ctx := context.Background()
			t0 := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
			at := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
			ids := make([]string, len(urls))
			for i, u := range urls {
				a := histArticle(u, copies[i], at(i))
				if _, err := h.Enrich(ctx, a); err != nil {
					t.Fatal(err)
				}
				ids[i] = a.ID
				if a.ClusterID != ids[0] || a.ClusterSize != i+1 || a.ClusterOrigin != ids[0] {
					t.Fatalf("copy %d: cluster %q size %d origin %q", i, a.ClusterID, a.ClusterSize, a.ClusterOrigin)
				}
			}
			aID := ids[0] // story A's cluster
			newID := tt.newID
			if newID == "" {
				newID = ids[tt.rewritten]
			}
			// The light edit: one paragraph of the third copy changed.
			edited := append([]string{}, copies[2]...)
			edited[3] = "A paragraph the gazette rewrote in its own words, about the harbour plan and the vote."
			e := histArticle(urls[2], edited, at(3))
			if _, err := h.Enrich(ctx, e); err != nil || e.Revision != 2 || e.ClusterID != aID || e.ClusterSize != 3 || e.ClusterOrigin != aID {
				t.Errorf("light edit: err %v, revision %d, cluster %q size %d origin %q", err, e.Revision, e.ClusterID, e.ClusterSize, e.ClusterOrigin)
			}
			// The rewrite: the URL now carries the ferry story.
			r := histArticle(urls[tt.rewritten], ferryParagraphs(10), at(4))
			r.Headline = "Ferry strike ends"
			if _, err := h.Enrich(ctx, r); err != nil || r.Revision != 2 || r.ClusterID != newID || r.ClusterSize != 1 || r.ClusterOrigin != r.ID {
				t.Errorf("rewritten: err %v, revision %d, cluster %q size %d origin %q; want cluster %q size 1", err, r.Revision, r.ClusterID, r.ClusterSize, r.ClusterOrigin, newID)
			}
			// A copy of the ferry story joins the rewritten article.
			f := histArticle("https://herald.example/ferry", ferryParagraphs(10)[1:], at(5))
			if _, err := h.Enrich(ctx, f); err != nil || f.ClusterID != newID || f.ClusterSize != 2 || f.ClusterOrigin != r.ID {
				t.Errorf("ferry copy: err %v, cluster %q size %d origin %q", err, f.ClusterID, f.ClusterSize, f.ClusterOrigin)
			}

			// What each article is indexed with when fetched again
			// unchanged, before and after a restart.
			refetch := func(h *pipeline.History, n int, when string) {
				t.Helper()
				for i, u := range urls {
					ps := copies[i]
					switch i {
					case tt.rewritten:
						ps = ferryParagraphs(10)
					case 2:
						ps = edited
					}
					a := histArticle(u, ps, at(n))
					if i == tt.rewritten {
						a.Headline = r.Headline
					}
					if _, err := h.Enrich(ctx, a); err != nil {
						t.Fatal(err)
					}
					wantRev := 1
					if i == tt.rewritten || i == 2 {
						wantRev = 2
					}
					want := struct {
						id     string
						size   int
						origin string
					}{aID, 2, ids[tt.origin]}
					if i == tt.rewritten {
						want.id, want.size, want.origin = newID, 2, r.ID
					}
					if a.Revision != wantRev || a.ClusterID != want.id || a.ClusterSize != want.size || a.ClusterOrigin != want.origin {
						t.Errorf("%s, copy %d: revision %d, cluster %q size %d origin %q; want %q size %d origin %q",
							when, i, a.Revision, a.ClusterID, a.ClusterSize, a.ClusterOrigin, want.id, want.size, want.origin)
					}
				}
			}
			refetch(h, 6, "before the restart")
			h2 := openHistory(t, js, cfg)
			refetch(h2, 7, "after the restart")
			// A new copy of story A finds the two copies left.
			n := histArticle("https://tribune.example/seawall", story[1:9], at(8))
			if _, err := h2.Enrich(ctx, n); err != nil || n.ClusterID != aID || n.ClusterSize != 3 || n.ClusterOrigin != ids[tt.origin] {
				t.Errorf("new copy of story A after the restart: err %v, cluster %q size %d origin %q", err, n.ClusterID, n.ClusterSize, n.ClusterOrigin)
			}
		})
	}
}

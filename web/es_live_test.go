package web

// The pages over a real Elasticsearch 8 node (make test-es), loaded with
// the fixtures: the browser test and the Bleve table on ES. They skip
// without a node, and fail instead under BYLINE_REQUIRE_ES=1.

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/byline/byline/index"
	esindex "github.com/byline/byline/index/es"
	"github.com/byline/byline/index/es/esnode"
)

// loadES opens the Elasticsearch backend on the node at url, in indices of
// a fresh prefix dropped when the test ends, holding the fixtures.
func loadES(t *testing.T, url string, f *fakeSearcher) index.Index {
	t.Helper()
	prefix := fmt.Sprintf("byline-web-%08x", rand.Uint32())
	ix, err := esindex.New(context.Background(), esindex.Config{Addresses: []string{url}, IndexPrefix: prefix, Refresh: "wait_for"})
	if err != nil {
		t.Fatalf("open elasticsearch: %v", err)
	}
	t.Cleanup(func() {
		_ = ix.Close(context.Background())
		if err := esnode.DropIndices(context.Background(), url, prefix); err != nil {
			t.Errorf("clean up %s: %v", prefix, err)
		}
	})
	loadFixtureArticles(t, ix, f)
	return ix
}

// TestLiveBrowserES runs the browser test on Elasticsearch.
func TestLiveBrowserES(t *testing.T) {
	url := esnode.URL(t)
	runBrowser(t, "es-", func(t *testing.T, f *fakeSearcher) index.Searcher { return loadES(t, url, f) })
}

package esindex

// Tests against a real Elasticsearch 8 node: the one make test-es starts
// (BYLINE_ES_URL), or clusters of their own (esnode.Launch). They skip
// without one, and fail instead under BYLINE_REQUIRE_ES=1.

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/index/es/esnode"
	"github.com/byline/byline/index/indextest"
)

// liveIndex opens the backend on the node at url in indices with a random
// prefix, deleted when the test ends.
func liveIndex(t *testing.T, url string, edit func(*Config)) *Index {
	t.Helper()
	cfg := Config{
		Addresses:       []string{url},
		IndexPrefix:     fmt.Sprintf("byline-test-%08x", rand.Uint32()),
		Refresh:         "wait_for",
		Replicas:        0,
		RetryBackoffMin: 10 * time.Millisecond,
		RetryBackoffMax: 200 * time.Millisecond,
	}
	if edit != nil {
		edit(&cfg)
	}
	ctx := context.Background()
	x, err := New(ctx, cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { dropLive(x) })
	return x
}

// dropLive closes x and deletes its indices and template.
func dropLive(x *Index) {
	ctx := context.Background()
	_ = x.Close(ctx)
	_, _ = x.DropBefore(ctx, time.Now().AddDate(100, 0, 0))
	if res, err := x.client.Indices.Delete([]string{x.cfg.IndexPrefix + "-undated"}); err == nil {
		res.Body.Close()
	}
	if res, err := x.client.Indices.DeleteIndexTemplate(x.cfg.IndexPrefix); err == nil {
		res.Body.Close()
	}
}

// TestLiveOlderRevisionInAnotherMonth: versions are per index in ES, and
// Byline writes an article to the index of its publication month. A late
// older revision whose publication date differs (so it lands in another
// monthly index) must not replace the newer one, whichever arrives first,
// also when both are in one bulk request.
func TestLiveOlderRevisionInAnotherMonth(t *testing.T) {
	url := esnode.URL(t)
	testOlderRevisionInAnotherMonth(t, func(t *testing.T) *Index {
		return liveIndex(t, url, func(c *Config) { c.NumWorkers = 1 })
	})
}

func TestOlderRevisionInAnotherMonth(t *testing.T) {
	testOlderRevisionInAnotherMonth(t, func(t *testing.T) *Index {
		x, _ := newTestIndex(t)
		t.Cleanup(func() { x.Close(context.Background()) })
		return x
	})
}

func testOlderRevisionInAnotherMonth(t *testing.T, open func(*testing.T) *Index) {
	ctx := context.Background()
	base := indextest.Corpus()[0]
	rev := func(published, modified, headline string) *article.Article {
		a := *base
		a.PublishedAt, a.ModifiedAt, a.Headline = published, modified, headline
		return &a
	}
	for _, order := range []string{"newer first", "older first", "same batch"} {
		t.Run(order, func(t *testing.T) {
			x := open(t)
			newer := rev("2025-07-01T08:00:00Z", "2025-07-02T08:00:00Z", "Newer revision, July")
			older := rev("2025-06-30T08:00:00Z", "2025-07-01T09:00:00Z", "Older revision, June")
			var errs []error
			switch order {
			case "newer first":
				errs = append(add(t, x, newer), add(t, x, older)...)
			case "older first":
				errs = append(add(t, x, older), add(t, x, newer)...)
			default:
				errs = add(t, x, newer, older)
			}
			for _, err := range errs {
				if err != nil {
					t.Fatalf("done(%v)", err)
				}
			}
			if n, err := x.Count(ctx); err != nil || n != 1 {
				t.Errorf("Count = %d, %v; want 1", n, err)
			}
			a, err := x.Get(ctx, base.ID)
			if err != nil || a.Headline != newer.Headline {
				t.Fatalf("Get = %v, %v; want the newer revision", a, err)
			}
			r, err := x.Search(ctx, index.Query{Text: "revision"})
			if err != nil || r.Total != 1 || r.Hits[0].Headline != newer.Headline {
				t.Errorf("Search = %+v, %v; want the newer revision alone", r, err)
			}
		})
	}
}

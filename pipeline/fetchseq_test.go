package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// TestFetchSeqReachesTheIndex: the crawler's per-URL write order on a page
// is the article's fetch_seq, hence its index version (issue 13).
func TestFetchSeqReachesTheIndex(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	p := testPage("example.org", 1)
	p.FetchSeq = 1751700000042
	idx := newFakeIndex()
	_, _, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	if err := pub.Put(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	idx.mu.Lock()
	defer idx.mu.Unlock()
	a := idx.docs[article.IDFor(p.URL)]
	if a == nil || a.FetchSeq != p.FetchSeq || a.Version() != p.FetchSeq {
		t.Fatalf("indexed %+v, want fetch_seq and version %d", a, p.FetchSeq)
	}
}

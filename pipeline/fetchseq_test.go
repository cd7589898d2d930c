package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// TestFetchSeqReachesTheIndex: the crawler's per-URL write order on a page
// is the article's fetch_seq, hence its index version (issue 13), and the
// page's content hash is the article's page_hash: the crawler's, or the
// hash of the body for a page published without one.
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
	p.ContentHash = "c0ffee"
	bare := testPage("example.org", 2)
	idx := newFakeIndex()
	_, _, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	for _, p := range []*article.Page{p, bare} {
		if err := pub.Put(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	idx.mu.Lock()
	defer idx.mu.Unlock()
	a := idx.docs[article.IDFor(p.URL)]
	if a == nil || a.FetchSeq != p.FetchSeq || a.Version() != p.FetchSeq || a.PageHash != p.ContentHash {
		t.Fatalf("indexed %+v, want fetch_seq and version %d, page_hash %s", a, p.FetchSeq, p.ContentHash)
	}
	if b := idx.docs[article.IDFor(bare.URL)]; b == nil || b.PageHash != article.HashContent(bare.Body) {
		t.Errorf("indexed %+v, want page_hash the body's hash", b)
	}
}

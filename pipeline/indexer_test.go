package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/pipeline"
)

// flakyIndex reports index.ErrUnavailable on the first write of each id in
// flaky and a permanent error on every later write of it; other articles
// are written normally.
type flakyIndex struct {
	*fakeIndex
	mu    sync.Mutex
	flaky map[string]int // id -> writes seen
}

func (f *flakyIndex) Add(ctx context.Context, a *article.Article, done func(error)) error {
	f.mu.Lock()
	n, ok := f.flaky[a.ID]
	if ok {
		f.flaky[a.ID] = n + 1
	}
	f.mu.Unlock()
	if !ok {
		return f.fakeIndex.Add(ctx, a, done)
	}
	err := pipeline.Permanent(errors.New("flaky: mapping rejected field"))
	if n == 0 {
		err = fmt.Errorf("flaky: %w", index.ErrUnavailable)
	}
	go done(err)
	return nil
}

// TestIndexUnavailableThenOtherError: when the article being retried after
// an outage then fails for another reason (the backend answered, so it is
// up again), the worker must not keep waiting for the backend: later
// articles are indexed.
func TestIndexUnavailableThenOtherError(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	bad := testPage("example.net", 0)
	idx := &flakyIndex{fakeIndex: newFakeIndex(), flaky: map[string]int{article.IDFor(bad.URL): 0}}
	_, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	ctx := context.Background()
	if err := pub.Put(ctx, bad); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, js, cfg, 10*time.Second)
	var want []string
	for i := 1; i <= 5; i++ {
		p := testPage("example.net", i)
		want = append(want, article.IDFor(p.URL))
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	waitIdle(t, js, cfg, 10*time.Second)
	stop()
	if is := iw.Stats(); is.Indexed != 5 || is.DeadLettered != 1 || is.Waits != 1 {
		t.Errorf("index stats = %+v, want 5 indexed, 1 dead-lettered, 1 wait", is)
	}
	idx.assertDocs(t, want, true)
}

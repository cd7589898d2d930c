package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/wire"
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
	m, err := pipeline.NewMetrics(nil)
	if err != nil {
		t.Fatal(err)
	}
	_, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), idx, pipeline.WithMetrics(m))
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
	if got := testutil.ToFloat64(m.IndexWaits); got != 1 {
		t.Errorf("byline_index_unavailable_waits_total = %g, want 1 (IndexStats.Waits)", got)
	}
	if got := testutil.ToFloat64(m.IndexUnavailable); got != 0 {
		t.Errorf("byline_index_unavailable = %g after the backend answered, want 0", got)
	}
	idx.assertDocs(t, want, true)
}

// countingIndex is a fakeIndex with Count, which fails while down is set:
// the index's readiness check, which the idle index worker probes.
type countingIndex struct {
	*fakeIndex
	down   atomic.Bool
	probes atomic.Int64
}

func (c *countingIndex) Count(context.Context) (uint64, error) {
	c.probes.Add(1)
	if c.down.Load() {
		return 0, fmt.Errorf("count: %w", index.ErrUnavailable)
	}
	return uint64(c.count()), nil
}

// TestIdleIndexProbe: an index worker with nothing to write still notices
// the index going down and coming back: byline_index_unavailable showed 0
// through a whole outage when no article came.
func TestIdleIndexProbe(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	setup(t, js, cfg)
	m, err := pipeline.NewMetrics(nil)
	if err != nil {
		t.Fatal(err)
	}
	idx := &countingIndex{fakeIndex: newFakeIndex()}
	iw, err := pipeline.NewIndexWorker(js, cfg, idx, pipeline.WithMetrics(m), pipeline.WithIndexProbe(5*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- iw.Run(ctx) }()
	defer func() { cancel(); <-done }()
	for _, step := range []struct {
		down bool
		want float64
	}{
		{true, 1}, {false, 0}, {true, 1}, {false, 0},
	} {
		idx.down.Store(step.down)
		before := idx.probes.Load()
		waitFor(t, 10*time.Second, fmt.Sprintf("index down=%v: byline_index_unavailable = %g", step.down, step.want), func() bool {
			// Two probes after the change: the gauge has seen it.
			return idx.probes.Load() >= before+2 && testutil.ToFloat64(m.IndexUnavailable) == step.want
		})
	}
	if n := iw.Stats().Waits; n != 0 {
		t.Errorf("an idle probe counted %d waits: they are write retries", n)
	}
}

// slowEnricher takes longer than the index consumer's AckWait, as
// clustering a very long article can on a loaded machine.
type slowEnricher struct {
	d     time.Duration
	calls atomic.Int64
}

func (s *slowEnricher) Enrich(ctx context.Context, a *article.Article) (*wire.RevisionEvent, error) {
	s.calls.Add(1)
	select {
	case <-time.After(s.d):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return nil, nil
}

// TestSlowIndexWorkKeptAlive: an article whose decoding and enrichment
// outlast AckWait is kept (InProgress) by the worker holding it, not
// redelivered to another slot and, after MaxDeliver such timeouts,
// dead-lettered as if its worker had crashed.
func TestSlowIndexWorkKeptAlive(t *testing.T) {
	tests := []struct {
		name   string
		enrich time.Duration // in AckWaits
	}{
		{"two ack waits", 2},
		{"four ack waits", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, js := startBus(t, 0)
			cfg := testConfig()
			// What is tested is the redelivery past AckWait the
			// in-progress ticks prevent, so the counts below stay
			// exact: they are the property. A tick later than AckWait
			// lets the server deliver again all the same (at a 40 ms
			// AckWait under load, 3 runs of 5 enriched twice); at a
			// second a tick, sent every third of it, may come 667 ms
			// late.
			cfg.Index.AckWait = time.Second
			cfg.Index.Timeout = time.Minute // the enrichment's bound, not tested here: far past 4 s
			setup(t, js, cfg)
			slow := &slowEnricher{d: tt.enrich * cfg.Index.AckWait}
			fx := newFakeIndex()
			ew, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), fx, pipeline.WithEnricher(slow))
			pub, err := pipeline.NewPublisher(js, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if err := pub.Put(context.Background(), testPage("slow.example", 1)); err != nil {
				t.Fatal(err)
			}
			waitIdle(t, js, cfg, 30*time.Second)
			stop()
			if es, is := ew.Stats(), iw.Stats(); es.Extracted != 1 || is.Received != 1 || is.Indexed != 1 || is.DeadLettered != 0 {
				t.Errorf("extract %+v, index %+v: want the article received, indexed once, not dead-lettered", es, is)
			}
			if n := slow.calls.Load(); n != 1 {
				t.Errorf("enriched %d times, want 1", n)
			}
			if dl := deadLetters(t, js); len(dl) != 0 {
				t.Errorf("%d dead letters, want none", len(dl))
			}
		})
	}
}

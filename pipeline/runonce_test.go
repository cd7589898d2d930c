package pipeline_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// batchIndex is an Index that, like Bleve or the ES bulk indexer, makes a
// write durable (and calls its done) only when it is flushed.
type batchIndex struct {
	mu      sync.Mutex
	queued  []func(error)
	ids     map[string]bool
	flushes int
}

func (b *batchIndex) Add(ctx context.Context, a *article.Article, done func(error)) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ids[a.ID] = true
	b.queued = append(b.queued, done)
	return nil
}

func (b *batchIndex) Flush(ctx context.Context) error {
	b.mu.Lock()
	q := b.queued
	b.queued = nil
	if len(q) > 0 {
		b.flushes++
	}
	b.mu.Unlock()
	for _, done := range q {
		done(nil)
	}
	return nil
}

func (b *batchIndex) Count(ctx context.Context) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return uint64(len(b.ids)), nil
}

func (b *batchIndex) Close(ctx context.Context) error { return b.Flush(ctx) }

// TestRunOnceFlushesAtEnd: RunOnce notices the end of the run from the
// workers' events and flushes the index writer then, instead of leaving the
// last articles to the index worker's IndexFlush timer. With IndexFlush at
// an hour, a RunOnce that waited for the timer would not return before the
// context's deadline.
func TestRunOnceFlushesAtEnd(t *testing.T) {
	cfg := testConfig()
	cfg.IndexFlush = time.Hour
	// Long enough that a loaded machine does not redeliver; a RunOnce that
	// left the articles to the timer sees them dead-lettered after three.
	cfg.Index.AckWait = 5 * time.Second
	ix := &batchIndex{ids: map[string]bool{}}
	const n = 40
	p, err := pipeline.New(pipeline.Options{
		Config:  cfg,
		Bus:     pipeline.BusConfig{Embedded: true, StoreDir: t.TempDir()},
		Extract: stubExtract(nil),
		Index:   ix,
		Sources: []pipeline.Source{{Name: "test", Run: func(ctx context.Context, sink pipeline.Sink) error {
			for i := range n {
				if err := sink.Put(ctx, testPage("www.example.com", i)); err != nil {
					return err
				}
				if i%10 == 9 { // a crawl's pages trickle in
					time.Sleep(20 * time.Millisecond)
				}
			}
			// Two non-articles at the end: the run is over only when
			// they are extracted too.
			for i := range 2 {
				pg := testPage("www.example.com", 100+i)
				pg.URL = fmt.Sprintf("http://www.example.com/about-%d", i) // not under /news/
				pg.FinalURL = pg.URL
				if err := sink.Put(ctx, pg); err != nil {
					return err
				}
			}
			return nil
		}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := p.RunOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Exact || res.Index.Indexed != n || res.Pages.Published != n+2 {
		t.Fatalf("want %d pages published and %d articles indexed, exactly:\n%s", n+2, n, res)
	}
	if c, _ := ix.Count(ctx); c != n {
		t.Fatalf("index holds %d articles, want %d", c, n)
	}
}

// slowFinalIndex is a batchIndex whose first flush with nothing left to
// flush once all n articles are in (RunOnce's final flush) takes longer
// than the whole shutdown budget; it records whether Close was given
// time.
type slowFinalIndex struct {
	*batchIndex
	n        int
	slow     time.Duration
	slept    bool
	closeErr error
	closed   bool
}

func (s *slowFinalIndex) Flush(ctx context.Context) error {
	s.mu.Lock()
	final := !s.slept && len(s.ids) == s.n && len(s.queued) == 0
	s.slept = s.slept || final
	s.mu.Unlock()
	if final {
		time.Sleep(s.slow)
	}
	return s.batchIndex.Flush(ctx)
}

func (s *slowFinalIndex) Close(ctx context.Context) error {
	s.mu.Lock()
	if !s.closed {
		s.closed, s.closeErr = true, ctx.Err()
	}
	s.mu.Unlock()
	return s.batchIndex.Flush(ctx)
}

// TestRunOnceSlowFinalFlushLeavesCloseItsBudget: RunOnce's last index
// flush (a large bulk request to a slow cluster) may take longer than the
// shutdown budget. It is part of the run, so the stop that follows still
// has its whole budget: the index is closed under a live context (it
// used to get one already over, and so did the embedded server).
func TestRunOnceSlowFinalFlushLeavesCloseItsBudget(t *testing.T) {
	const n = 5
	ix := &slowFinalIndex{batchIndex: &batchIndex{ids: map[string]bool{}}, n: n, slow: 1500 * time.Millisecond}
	p, err := pipeline.New(pipeline.Options{
		Config:          testConfig(),
		Bus:             pipeline.BusConfig{Embedded: true, StoreDir: t.TempDir()},
		Extract:         stubExtract(nil),
		OpenIndex:       func(context.Context) (pipeline.Index, error) { return ix, nil },
		ShutdownTimeout: time.Second,
		Sources: []pipeline.Source{{Name: "test", Run: func(ctx context.Context, sink pipeline.Sink) error {
			for i := range n {
				if err := sink.Put(ctx, testPage("www.example.com", i)); err != nil {
					return err
				}
			}
			return nil
		}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := p.RunOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Index.Indexed != n {
		t.Fatalf("indexed %d, want %d", res.Index.Indexed, n)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if !ix.slept || !ix.closed {
		t.Fatalf("slow flush %v, closed %v: the test did not run its case", ix.slept, ix.closed)
	}
	if ix.closeErr != nil {
		t.Errorf("the index was closed under a context already over (%v): the final flush ate the shutdown budget", ix.closeErr)
	}
}

package pipeline_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// TestRunShutdownTimeoutBoundsDrain: on SIGTERM a worker may spend
// Options.ShutdownTimeout (byline's server.shutdown_timeout,
// --shutdown-timeout) finishing the messages it holds, then returns and
// leaves the rest to be redelivered, so an orchestrator's grace period
// sized from it is not overrun.
func TestRunShutdownTimeoutBoundsDrain(t *testing.T) {
	tests := []struct {
		name     string
		shutdown time.Duration
	}{
		{"short", 300 * time.Millisecond},
		{"one second", time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.Storage = "memory"
			cfg.Extract.Timeout = 20 * time.Second // longer than the shutdown allows
			cfg.Extract.AckWait = 5 * time.Second
			started := make(chan struct{}, 1)
			p, err := pipeline.New(pipeline.Options{
				Logger:          slog.New(slog.DiscardHandler),
				Config:          cfg,
				Bus:             pipeline.BusConfig{Embedded: true, StoreDir: t.TempDir()},
				ShutdownTimeout: tt.shutdown,
				Sources: []pipeline.Source{{Name: "one page", Run: func(ctx context.Context, sink pipeline.Sink) error {
					return sink.Put(ctx, testPage("slow.example", 1))
				}}},
				Extract: func(ctx context.Context, _ *article.Page) (*article.Article, error) {
					select {
					case started <- struct{}{}:
					default:
					}
					<-ctx.Done() // a slow page: it takes the whole Extract.Timeout
					return nil, ctx.Err()
				},
			})
			if err != nil {
				t.Fatal(err)
			}
			took, err := stopWhenStarted(t, p, started, 1, "the page never reached the extract worker")
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			// The timeout, plus the rest of the shutdown (flush, close).
			if took > tt.shutdown+2*time.Second {
				t.Errorf("Run returned %v after the stop, want about the shutdown timeout %v", took.Round(time.Millisecond), tt.shutdown)
			}
		})
	}
}

// TestRunStopsWithinOneBudget: on stop, the stages share one
// ShutdownTimeout instead of taking one each. Three extract workers each
// hold a page that never finishes: before, they were stopped one after the
// other, each with a full timeout, and Run returned after three. Nothing is
// lost: the abandoned pages stay in PAGES, and the next run on the same
// store extracts and indexes them.
func TestRunStopsWithinOneBudget(t *testing.T) {
	const timeout = time.Second
	cfg := testConfig()
	cfg.Extract.Concurrency = 1 // one page per worker
	cfg.Extract.Timeout = time.Minute
	cfg.Extract.AckWait = 5 * time.Second
	store := t.TempDir()
	pages := []pipeline.Source{{Name: "three pages", Run: func(ctx context.Context, sink pipeline.Sink) error {
		for i := range 3 {
			if err := sink.Put(ctx, testPage("stuck.example", i)); err != nil {
				return err
			}
		}
		return nil
	}}}
	started := make(chan struct{}, 3)
	p, err := pipeline.New(pipeline.Options{
		Logger:          slog.New(slog.DiscardHandler),
		Config:          cfg,
		Bus:             pipeline.BusConfig{Embedded: true, StoreDir: store},
		ShutdownTimeout: timeout,
		Sources:         pages,
		ExtractWorkers:  3,
		Index:           fullFakeIndex{newFakeIndex()},
		Extract: func(ctx context.Context, _ *article.Page) (*article.Article, error) {
			started <- struct{}{}
			<-ctx.Done() // cancelled only when the drain is given up
			return nil, ctx.Err()
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	took, err := stopWhenStarted(t, p, started, 3, "the pages never reached three extract workers")
	if err != nil {
		t.Errorf("Run: %v", err)
	}
	// A correctness bound, not a speed figure: one budget ends by
	// stop+timeout; three budgets one after another end at 3× at the
	// earliest.
	if took >= 2*timeout {
		t.Errorf("Run returned %v after the stop, want within the one %v shutdown budget", took.Round(time.Millisecond), timeout)
	}
	rerunIndexesAll(t, cfg, store, pages, 3)
}

// stopWhenStarted runs p until started has signalled n times (failing
// with never after 10 s each), then cancels it as SIGTERM does; it
// returns Run's error and how long Run took to return after the stop.
func stopWhenStarted(t *testing.T, p *pipeline.Pipeline, started <-chan struct{}, n int, never string) (time.Duration, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	for range n {
		select {
		case <-started:
		case <-time.After(10 * time.Second):
			t.Fatal(never)
		}
	}
	stop := time.Now()
	cancel() // SIGTERM
	select {
	case err := <-done:
		return time.Since(stop), err
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not return")
	}
	return 0, nil
}

// rerunIndexesAll runs a pipeline on store with a working extractor until
// want articles are indexed.
func rerunIndexesAll(t *testing.T, cfg pipeline.Config, store string, sources []pipeline.Source, want int) {
	t.Helper()
	ix := newFakeIndex()
	p, err := pipeline.New(pipeline.Options{
		Logger:  slog.New(slog.DiscardHandler),
		Config:  cfg,
		Bus:     pipeline.BusConfig{Embedded: true, StoreDir: store},
		Extract: stubExtract(nil),
		Index:   fullFakeIndex{ix},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("second Run: %v", err)
		}
	}()
	for deadline := time.Now().Add(30 * time.Second); ix.count() < want; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("after the stop, %d of the %d abandoned pages were indexed", ix.count(), want)
		}
	}
}

// fullFakeIndex is a fakeIndex with what a Pipeline needs besides writing.
type fullFakeIndex struct{ *fakeIndex }

func (f fullFakeIndex) Count(context.Context) (uint64, error) { return uint64(f.count()), nil }
func (f fullFakeIndex) Close(context.Context) error           { return nil }

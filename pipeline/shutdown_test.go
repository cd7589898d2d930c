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
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- p.Run(ctx) }()
			select {
			case <-started:
			case <-time.After(10 * time.Second):
				t.Fatal("the page never reached the extract worker")
			}
			stop := time.Now()
			cancel() // SIGTERM
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("Run: %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("Run did not return")
			}
			// The timeout, plus the rest of the shutdown (flush, close).
			if took := time.Since(stop); took > tt.shutdown+2*time.Second {
				t.Errorf("Run returned %v after the stop, want about the shutdown timeout %v", took.Round(time.Millisecond), tt.shutdown)
			}
		})
	}
}

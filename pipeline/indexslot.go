package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/byline/byline/index"
)

// indexSlot holds the index of a Run. With Options.OpenIndex the index
// stage opens it, waiting while the backend is unavailable (see
// openIndexStage), so until then the slot is empty: /readyz says why and
// the search page answers 503, while /healthz, /metrics and the other
// stages run.
type indexSlot struct {
	mu     sync.Mutex
	ix     Index
	search http.Handler
	owned  bool  // the Pipeline opened ix and closes it
	err    error // the last failed open, while waiting
	closed bool  // close ran: an index opened after it is closed at once
}

// set stores ix (and its search handler); owned means the slot closes it.
// It reports false when the slot was closed already: the caller closes ix.
func (s *indexSlot) set(ix Index, search http.Handler, owned bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.ix, s.search, s.owned, s.err = ix, search, owned, nil
	return true
}

// get returns the index, nil while it is not open.
func (s *indexSlot) get() Index {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ix
}

// failed records a failed attempt to open the index.
func (s *indexSlot) failed(err error) {
	s.mu.Lock()
	s.err = err
	s.mu.Unlock()
}

// state returns the index, its search handler, and why there is none.
func (s *indexSlot) state() (Index, http.Handler, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ix == nil && s.err == nil {
		return nil, nil, errors.New("not open yet")
	}
	return s.ix, s.search, s.err
}

// close closes the index if the slot owns it; later sets fail. It returns
// by the end of ctx: a Close still inside a write it cannot interrupt (one
// Bleve batch of a very large article takes seconds) goes on in the
// background, and the stop reports ErrShutdownTimeout; the articles of
// that write were not acked and are redelivered.
func (s *indexSlot) close(ctx context.Context) error {
	s.mu.Lock()
	s.closed = true
	ix, owned := s.ix, s.owned
	s.mu.Unlock()
	if ix == nil || !owned {
		return nil
	}
	done := make(chan error, 1)
	go func() { done <- ix.Close(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("pipeline: close index: %w", err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("pipeline: close index: %w: still writing (%w); it closes when the write ends", ErrShutdownTimeout, ctx.Err())
	}
}

// searchFor is the search handler of ix (nil without Options.Search or
// without an HTTP server).
func (p *Pipeline) searchFor(ix Index) http.Handler {
	if p.o.Search == nil || p.o.Addr == "" {
		return nil
	}
	return p.o.Search(ix)
}

// openIndexStage is the index stage of a Run with OpenIndex: it opens the
// index, waiting with capped exponential backoff while the backend is
// unavailable (an Elasticsearch cluster restarting, or not up yet when
// the worker starts), then runs the index worker. Articles wait in
// JetStream meanwhile, as they do during an outage of a running worker.
// An error other than unavailable (bad credentials, a mapping conflict)
// fails the stage, and so the Run; the end of ctx ends the wait cleanly.
func (p *Pipeline) openIndexStage(ps *parts) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		m := buildOptions(ps.iopts).metrics
		ix, err := index.OpenWaiting(ctx, p.o.OpenIndex, func(err error, attempt int, wait time.Duration) {
			ps.ix.failed(err)
			m.do(func(m *Metrics) { m.IndexUnavailable.Set(1) })
			p.log.Warn("index unavailable; waiting to open it (articles stay queued in JetStream)",
				"err", err, "attempt", attempt, "retry_in", wait.Round(time.Millisecond))
		})
		if ctx.Err() != nil {
			if err == nil {
				_ = ix.Close(context.WithoutCancel(ctx))
			}
			return nil // stopped while waiting
		}
		if err != nil {
			ps.ix.failed(err)
			return fmt.Errorf("pipeline: open index: %w", err)
		}
		if !ps.ix.set(ix, p.searchFor(ix), true) {
			_ = ix.Close(context.WithoutCancel(ctx))
			return nil
		}
		m.do(func(m *Metrics) { m.IndexUnavailable.Set(0) })
		p.log.Info("index open; index worker consuming")
		w, err := NewIndexWorker(ps.bus.js, p.cfg, ix, ps.iopts...)
		if err != nil {
			return err
		}
		return w.Run(ctx)
	}
}

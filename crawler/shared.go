package crawler

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// HostGate is per-host politeness shared beyond this process: every
// crawler process that reaches the same HostGate (Byline's is a NATS
// JetStream key-value bucket, see pipeline.HostGate) keeps to one gap
// between the starts of requests to a host, and to the pauses any of them
// learned (Retry-After, backoff, Crawl-delay). It holds times only: turns,
// parallelism and the rest of a host's state stay in the process's
// Politeness. Implementations must be safe for concurrent use.
type HostGate interface {
	// Reserve books the next request to host and returns when it may
	// start: not before the time the last reservation or Hold set, and at
	// least gap after the start of the last reserved request. The
	// reservation is made: the caller must not start before the time
	// returned, and the next request to the host, from any process, starts
	// gap after it at the earliest.
	Reserve(ctx context.Context, host string, gap time.Duration) (time.Time, error)
	// Hold keeps every process from starting a request to host before
	// until (a Retry-After, a backoff, a slow answer's end plus the delay).
	// A Hold never brings the host's next start forward.
	Hold(ctx context.Context, host string, until time.Time) error
}

// Scopes of Config.PolitenessScope.
const (
	// ScopeShared keeps the job polite across processes through the
	// Politeness's HostGate, when it has one (see SharedWith).
	ScopeShared = "shared"
	// ScopeProcess keeps the job polite within its process only.
	ScopeProcess = "process"
)

// PolitenessOption configures a Politeness.
type PolitenessOption func(*Politeness)

// SharedWith makes the registry also consult g, so that the jobs of every
// process sharing g crawl a host at its rate together (for the jobs whose
// politeness_scope is shared, the default). When g fails (the store
// does not answer within a couple of seconds), the registry logs a
// warning to log, goes on with this process's politeness alone and asks g
// again after a while; it logs again once g answers.
func SharedWith(g HostGate, log *slog.Logger) PolitenessOption {
	return func(p *Politeness) {
		if g == nil {
			return
		}
		if log == nil {
			log = slog.New(slog.DiscardHandler)
		}
		p.shared = &sharedGate{g: g, log: log, timeout: sharedTimeout, retry: sharedRetry}
	}
}

// sharedTimeout bounds one call to a HostGate; sharedRetry is how long
// the registry keeps to its own politeness after one failed. Variables
// for tests.
var (
	sharedTimeout = 2 * time.Second
	sharedRetry   = 10 * time.Second
)

// sharedGate is a HostGate with the fallback: after a failure it is left
// alone for retry, and every call is bounded by timeout.
type sharedGate struct {
	g       HostGate
	log     *slog.Logger
	timeout time.Duration
	retry   time.Duration

	mu      sync.Mutex
	down    bool      // the last call failed
	retryAt time.Time // while down, no call before this
}

// usable reports whether g may be asked now.
func (s *sharedGate) usable() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.down || !time.Now().Before(s.retryAt)
}

// result records a call's outcome, logging the changes between shared
// and local politeness.
func (s *sharedGate) result(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case err != nil:
		if !s.down {
			s.log.Warn("cross-process politeness unavailable: keeping to this process's own until it answers",
				"err", err, "retry_in", s.retry)
		}
		s.down, s.retryAt = true, time.Now().Add(s.retry)
	case s.down:
		s.down = false
		s.log.Info("cross-process politeness answers again")
	}
}

// reserve books the host's next start; ok is false when the gate is not
// used or failed (the caller then goes by its own registry). An error is
// only ctx's.
func (s *sharedGate) reserve(ctx context.Context, host string, gap time.Duration) (time.Time, bool, error) {
	if !s.usable() {
		return time.Time{}, false, nil
	}
	cctx, cancel := context.WithTimeout(ctx, s.timeout)
	t, err := s.g.Reserve(cctx, host, gap)
	cancel()
	if ctx.Err() != nil {
		return time.Time{}, false, ctx.Err()
	}
	s.result(err)
	return t, err == nil, nil
}

// hold pushes the host's next start to until, if the gate is usable.
func (s *sharedGate) hold(host string, until time.Time) {
	if !s.usable() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.timeout)
	defer cancel()
	s.result(s.g.Hold(ctx, host, until))
}

package pipeline

import (
	"context"
	"sync"
	"time"
)

// The reserve is the slice at the end of the shutdown budget kept for the
// last steps of a stop: timeout/10, at least minReserve (JetStream's
// shutdown takes tens of milliseconds), at most half the timeout and at
// most maxReserve.
const (
	minReserve = 500 * time.Millisecond
	maxReserve = 3 * time.Second
)

// shutdown is the one time budget of a stop. The deadline is fixed when
// the stop begins (begin) and every stage stops within it, each with what
// the stages before it left:
//
//	drain   deadline - reserve      workers stop finishing what they hold
//	                                (they return at once after it)
//	settle  deadline - reserve*3/4  the stop stops waiting for its steps in
//	                                order and cancels the rest together
//	giveUp  deadline - reserve/4    the stop gives up on stages still
//	                                running; the index and the connection
//	                                are closed
//	final   deadline                the embedded server is down
//
// so a stop takes at most the timeout however many stages it has, and the
// embedded server keeps a slice to write JetStream's state.
type shutdown struct {
	timeout, reserve time.Duration

	mu                           sync.Mutex
	begun                        bool
	deadline                     time.Time
	drain, settle, giveUp, final context.Context
	cancels                      []context.CancelFunc
}

// newShutdown returns a budget of timeout (> 0) that has not begun.
func newShutdown(timeout time.Duration) *shutdown {
	return &shutdown{timeout: timeout, reserve: min(max(timeout/10, minReserve), timeout/2, maxReserve)}
}

// begin starts the stop's clock at the first call and returns the
// deadline.
func (s *shutdown) begin() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.begun {
		return s.deadline
	}
	s.begun = true
	s.deadline = time.Now().Add(s.timeout)
	at := func(d time.Time) context.Context {
		ctx, cancel := context.WithDeadline(context.Background(), d)
		s.cancels = append(s.cancels, cancel)
		return ctx
	}
	s.drain = at(s.deadline.Add(-s.reserve))
	s.settle = at(s.deadline.Add(-s.reserve * 3 / 4))
	s.giveUp = at(s.deadline.Add(-s.reserve / 4))
	s.final = at(s.deadline)
	return s.deadline
}

// drainContext is the context a stopping worker drains under: it ends at
// the drain mark. Before the stop began (a worker that stops on its own,
// its connection closed) it is a budget of its own.
func (s *shutdown) drainContext() (context.Context, context.CancelFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.begun {
		return context.WithTimeout(context.Background(), s.timeout-s.reserve)
	}
	return s.drain, func() {}
}

// settleContext ends at the settle mark; it begins the stop.
func (s *shutdown) settleContext() context.Context { return s.mark(&s.settle) }

// giveUpContext ends at the give-up mark; it begins the stop.
func (s *shutdown) giveUpContext() context.Context { return s.mark(&s.giveUp) }

// finalContext ends at the deadline; it begins the stop.
func (s *shutdown) finalContext() context.Context { return s.mark(&s.final) }

func (s *shutdown) mark(ctx *context.Context) context.Context {
	s.begin()
	s.mu.Lock()
	defer s.mu.Unlock()
	return *ctx
}

// release frees the budget's timers once the stop is over.
func (s *shutdown) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.cancels {
		c()
	}
}

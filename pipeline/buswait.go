package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// Backoff between the attempts to reach NATS at start: exponential from
// BusBackoffMin, capped at BusBackoffMax, with jitter (each wait is
// between half and all of the step), so that workers restarted together
// with their NATS cluster do not all knock at the same moment.
const (
	BusBackoffMin = 500 * time.Millisecond
	BusBackoffMax = 30 * time.Second
)

// DefaultBusWait is how long RunOnce waits for an external NATS server
// at start when BusConfig.Wait is 0.
const DefaultBusWait = time.Minute

// ErrBusUnavailable is returned (wrapped, with the last failure) by
// RunOnce when NATS could not be reached, or JetStream did not answer,
// within BusConfig.Wait.
var ErrBusUnavailable = errors.New("pipeline: NATS unavailable")

// retry calls attempt until it succeeds, fails with an error transient
// does not accept, or ctx ends, waiting with capped exponential backoff
// and jitter between attempts; onRetry reports each failure that is
// retried. It returns whether ctx ended the wait, and the last failure.
func retry(ctx context.Context, attempt func(context.Context) error, transient func(error) bool,
	onRetry func(err error, n int, wait time.Duration)) (stopped bool, err error) {
	step := BusBackoffMin
	for n := 1; ; n++ {
		if err = attempt(ctx); err == nil || !transient(err) {
			return false, err
		}
		if ctx.Err() != nil {
			return true, err
		}
		wait := step/2 + rand.N(step/2+1)
		onRetry(err, n, wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return true, err
		case <-t.C:
		}
		step = min(2*step, BusBackoffMax)
	}
}

// busWait is what a Run serves on /readyz while it waits for NATS: why it
// is not connected yet.
type busWait struct {
	mu  sync.Mutex
	err error
}

func (w *busWait) failed(err error) {
	w.mu.Lock()
	w.err = err
	w.mu.Unlock()
}

// check is the "nats" ready check while waiting.
func (w *busWait) check(context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		return errors.New("connecting")
	}
	return fmt.Errorf("not connected yet: %w", w.err)
}

// Package backoff retries an operation that fails for a while (a backend
// restarting, a cluster not up yet when its clients start): capped
// exponential waits with jitter, so that clients restarted together do
// not all knock at the same moment.
package backoff

import (
	"context"
	"math/rand/v2"
	"time"
)

// The waits between attempts grow from Min, doubling, to at most Max;
// each is between half and all of its step.
const (
	Min = 500 * time.Millisecond
	Max = 30 * time.Second
)

// Retry calls attempt until it succeeds, fails with an error retryable
// does not accept, or ctx ends. onRetry, if not nil, is called with each
// failure that is retried, the attempt number (1-based) and the wait
// before the next attempt. It returns whether ctx ended the wait, and the
// last failure (nil on success).
func Retry(ctx context.Context, attempt func(context.Context) error, retryable func(error) bool,
	onRetry func(err error, n int, wait time.Duration)) (stopped bool, err error) {
	step := Min
	for n := 1; ; n++ {
		if err = attempt(ctx); err == nil || !retryable(err) {
			return false, err
		}
		if ctx.Err() != nil {
			return true, err
		}
		wait := step/2 + rand.N(step/2+1)
		if onRetry != nil {
			onRetry(err, n, wait)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return true, err
		case <-t.C:
		}
		step = min(2*step, Max)
	}
}

package index

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"
)

// Backoff between the attempts of OpenWaiting: exponential from
// OpenBackoffMin, capped at OpenBackoffMax, with jitter (each wait is
// between half and all of the step), so that workers restarted together
// do not all knock at the same moment.
const (
	OpenBackoffMin = 500 * time.Millisecond
	OpenBackoffMax = 30 * time.Second
)

// OpenWaiting calls open until it succeeds, fails with an error that is
// not ErrUnavailable, or ctx ends. A backend that cannot be reached yet (a
// cluster restarting, a node not up when its clients start) is waited
// for; one that answers no (bad credentials, a mapping conflict, a bad
// address) is a configuration error that waiting will not mend, returned
// at once. retry, if not nil, is called with each unavailable failure, the
// attempt number (1-based) and the wait before the next attempt. When ctx
// ends OpenWaiting returns ctx's error joined with the last failure.
func OpenWaiting[T any](ctx context.Context, open func(context.Context) (T, error), retry func(err error, attempt int, wait time.Duration)) (T, error) {
	step := OpenBackoffMin
	for attempt := 1; ; attempt++ {
		v, err := open(ctx)
		if err == nil || !errors.Is(err, ErrUnavailable) {
			return v, err
		}
		if ctx.Err() != nil {
			return v, errors.Join(ctx.Err(), err)
		}
		wait := step/2 + rand.N(step/2+1)
		if retry != nil {
			retry(err, attempt, wait)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return v, errors.Join(ctx.Err(), err)
		case <-t.C:
		}
		step = min(2*step, OpenBackoffMax)
	}
}

package index

import (
	"context"
	"errors"
	"time"

	"github.com/byline/byline/internal/backoff"
)

// Backoff between the attempts of OpenWaiting (see package
// internal/backoff): exponential from OpenBackoffMin, capped at
// OpenBackoffMax, each wait between half and all of its step.
const (
	OpenBackoffMin = backoff.Min
	OpenBackoffMax = backoff.Max
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
	var v T
	stopped, err := backoff.Retry(ctx, func(ctx context.Context) error {
		var err error
		v, err = open(ctx)
		return err
	}, func(err error) bool { return errors.Is(err, ErrUnavailable) }, retry)
	if stopped {
		return v, errors.Join(ctx.Err(), err)
	}
	return v, err
}

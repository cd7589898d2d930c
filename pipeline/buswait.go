package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/internal/backoff"
	"github.com/byline/byline/pipeline/bus"
)

// DefaultBusWait is how long RunOnce waits for an external NATS server
// at start when BusConfig.Wait is 0.
const DefaultBusWait = time.Minute

// ErrBusUnavailable is returned (wrapped, with the last failure) by
// RunOnce when NATS could not be reached, or JetStream did not answer,
// within BusConfig.Wait.
var ErrBusUnavailable = errors.New("pipeline: NATS unavailable")

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

// Connect dials the external NATS server of b (nats.DefaultURL when b.URL
// is empty) for a process that is no Pipeline (byline crawl --nats,
// schedule, tail, status). Like Run it waits while the server cannot be
// reached (bus.Transient) or its JetStream does not answer, with capped
// exponential backoff and jitter, each failure logged at WARN and given to
// onFail (may be nil), until limit passes (0: until ctx ends): then the
// error wraps ErrBusUnavailable, or ctx's error when ctx ended. What
// waiting cannot mend fails at once.
func Connect(ctx context.Context, b BusConfig, limit time.Duration, log *slog.Logger, onFail func(error)) (*nats.Conn, jetstream.JetStream, error) {
	if log == nil {
		log = slog.Default()
	}
	wctx := ctx
	if limit > 0 {
		var cancel context.CancelFunc
		wctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	stopped, nc, err := dialWaiting(wctx, b.dialConfig(log), log, onFail)
	if err != nil {
		return nil, nil, gaveUp(ctx, stopped, limit, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	stopped, err = backoff.Retry(wctx, func(ctx context.Context) error { _, err := js.AccountInfo(ctx); return err },
		jetStreamWaitable(), warnRetry(log, "NATS JetStream not ready; retrying", onFail))
	if err != nil {
		nc.Close()
		return nil, nil, gaveUp(ctx, stopped, limit, explainNoJetStream(err))
	}
	return nc, js, nil
}

// dialConfig is the bus.DialConfig of b.
func (b BusConfig) dialConfig(log *slog.Logger) bus.DialConfig {
	url := b.URL
	if url == "" {
		url = nats.DefaultURL
	}
	return bus.DialConfig{URL: url, Creds: b.Creds, NKey: b.NKey, TLSCA: b.TLSCA,
		TLSCert: b.TLSCert, TLSKey: b.TLSKey, Name: b.Name, Logger: log}
}

// dialWaiting dials dc, retrying while the server cannot be reached.
func dialWaiting(ctx context.Context, dc bus.DialConfig, log *slog.Logger, onFail func(error)) (stopped bool, nc *nats.Conn, err error) {
	stopped, err = backoff.Retry(ctx, func(context.Context) error {
		var err error
		nc, err = bus.Dial(dc)
		return err
	}, bus.Transient, warnRetry(log, "NATS unreachable; retrying the connection", onFail))
	return stopped, nc, err
}

// warnRetry is the onRetry of backoff.Retry: it logs msg at WARN and calls onFail
// (if not nil).
func warnRetry(log *slog.Logger, msg string, onFail func(error)) func(err error, n int, wait time.Duration) {
	return func(err error, n int, wait time.Duration) {
		if onFail != nil {
			onFail(err)
		}
		log.Warn(msg, "err", err, "attempt", n, "retry_in", wait.Round(time.Millisecond))
	}
}

// gaveUp is the error of a wait for NATS that failed with err: as is when
// waiting could not mend it, joined with ctx's error when ctx ended, else
// (limit passed) wrapping ErrBusUnavailable.
func gaveUp(ctx context.Context, stopped bool, limit time.Duration, err error) error {
	switch {
	case !stopped:
		return err
	case ctx.Err() != nil:
		return errors.Join(ctx.Err(), err)
	}
	return fmt.Errorf("%w: gave up after %s: %w", ErrBusUnavailable, limit, err)
}

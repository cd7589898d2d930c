package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/byline/byline/internal/backoff"
	"github.com/byline/byline/pipeline/bus"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// conn is an open bus: the connection and the embedded server behind it.
type conn struct {
	srv *bus.Server
	nc  *nats.Conn
	js  jetstream.JetStream
}

// openBus connects to the configured server, starting the embedded one
// when asked, and sets up the streams (Setup). While an external server
// cannot be reached (bus.Transient: refused, a name that does not resolve
// yet) or its JetStream does not answer (no quorum yet), it retries with
// capped exponential backoff and jitter, each failure logged at WARN and
// given to onFail, until limit passes (0: until ctx ends); the error then
// wraps ErrBusUnavailable, or ctx's error when ctx ended. What waiting
// cannot mend (bad credentials, a CA that does not verify the server, an
// invalid URL, a stream config the server refuses) fails at once, and a
// server without JetStream within seconds (noJetStreamTries).
func (p *Pipeline) openBus(ctx context.Context, limit time.Duration, onFail func(error)) (*conn, error) {
	wctx := ctx
	if limit > 0 {
		var cancel context.CancelFunc
		wctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	if onFail == nil {
		onFail = func(error) {}
	}
	stopped, c, err := p.connect(wctx, onFail)
	if err == nil {
		stopped, err = backoff.Retry(wctx, func(ctx context.Context) error { return Setup(ctx, c.js, p.cfg) }, jetStreamWaitable(),
			warnRetry(p.log, "NATS JetStream not ready; retrying the stream set-up", onFail))
		if err != nil {
			err = explainNoJetStream(err)
			c.closeNow()
		}
	}
	if err != nil {
		return nil, gaveUp(ctx, stopped, limit, err)
	}
	return c, nil
}

// connect starts the embedded server and connects to it, or dials the
// external one, retrying while it cannot be reached (see openBus).
func (p *Pipeline) connect(ctx context.Context, onFail func(error)) (stopped bool, c *conn, err error) {
	b := p.o.Bus
	if b.URL == "" && b.Embedded {
		c, err := p.startEmbedded(ctx)
		return false, c, err
	}
	c = &conn{}
	stopped, c.nc, err = dialWaiting(ctx, b.dialConfig(p.log), p.log, onFail)
	if err != nil {
		return stopped, nil, err
	}
	if c.js, err = jetstream.New(c.nc); err != nil {
		c.closeNow()
		return false, nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	return false, c, nil
}

// startEmbedded starts the embedded server and connects to it in-process.
func (p *Pipeline) startEmbedded(ctx context.Context) (*conn, error) {
	b := p.o.Bus
	if err := os.MkdirAll(b.StoreDir, 0o750); err != nil {
		return nil, fmt.Errorf("pipeline: nats store: %w", err)
	}
	c := &conn{}
	var err error
	c.srv, err = bus.Start(ctx, bus.ServerConfig{StoreDir: b.StoreDir, Listen: b.Listen, Logger: p.log.With("component", "nats")})
	if err != nil {
		return nil, err
	}
	if c.nc, err = c.srv.Connect(nats.Name(b.Name)); err != nil {
		c.closeNow()
		return nil, err
	}
	if u := c.srv.ClientURL(); u != "" {
		p.log.Info("embedded NATS listening", "url", u)
	}
	if c.js, err = jetstream.New(c.nc); err != nil {
		c.closeNow()
		return nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	return c, nil
}

// noJetStreamTries is how many answers in a row saying the server has no
// JetStream (nothing answers its API) a wait for JetStream takes before it
// fails, about three seconds: a server with JetStream answers its API from
// the moment it accepts connections (a clustered one with 503 until it has
// a leader), so this is a server started without it, not one on its way.
const noJetStreamTries = 4

// jetStreamWaitable returns the retryable predicate of one wait for
// JetStream: jetStreamNotReady, except that a server without JetStream
// (noJetStream) fails on the noJetStreamTries-th answer in a row.
func jetStreamWaitable() func(error) bool {
	n := 0
	return func(err error) bool {
		if !noJetStream(err) {
			n = 0
			return jetStreamNotReady(err)
		}
		n++
		return n < noJetStreamTries
	}
}

// noJetStream reports whether err says nothing answers JetStream's API.
func noJetStream(err error) bool {
	var api *jetstream.APIError
	if errors.As(err, &api) && api.ErrorCode == jetstream.JSErrCodeJetStreamNotEnabled {
		return true
	}
	return errors.Is(err, nats.ErrNoResponders)
}

// explainNoJetStream adds what to do to an error that says the server has
// no JetStream.
func explainNoJetStream(err error) error {
	if err != nil && noJetStream(err) {
		return fmt.Errorf("%w: the NATS server has no JetStream (start nats-server with -js, or enable JetStream in its config and for the account)", err)
	}
	return err
}

// jetStreamNotReady reports whether err is JetStream being unavailable for
// now: a request that timed out or found no responder, or the cluster
// answering 503 while it has no leader. JetStream not enabled for the
// account is a server configuration waiting does not mend.
func jetStreamNotReady(err error) bool {
	var api *jetstream.APIError
	if errors.As(err, &api) {
		if api.ErrorCode == jetstream.JSErrCodeJetStreamNotEnabledForAccount {
			return false
		}
		return api.Code == http.StatusServiceUnavailable || api.Code == http.StatusGatewayTimeout
	}
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout) || errors.Is(err, nats.ErrNoResponders)
}

// close flushes pending acks (while settle lasts), closes the connection
// and stops the embedded server (which syncs JetStream to disk) by the end
// of final.
func (c *conn) close(settle, final context.Context) error {
	if c.nc != nil {
		_ = c.nc.FlushWithContext(settle) // what is not acked is redelivered
		c.nc.Close()
	}
	if c.srv != nil {
		return c.srv.ShutdownContext(final)
	}
	return nil
}

// closeNow closes a bus that failed to open, with a budget of its own.
func (c *conn) closeNow() {
	sd := newShutdown(10 * time.Second)
	defer sd.release()
	_ = c.close(sd.settleContext(), sd.finalContext())
}

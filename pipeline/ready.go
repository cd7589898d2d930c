package pipeline

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ReadyCheck is one condition of /readyz: Check returns nil while Name is
// ready, else why not.
type ReadyCheck struct {
	Name  string
	Check func(ctx context.Context) error
}

// readyTimeout bounds one /readyz answer.
const readyTimeout = 2 * time.Second

// OpsHandler serves the operations endpoints of a long-running command:
// /metrics from reg, /healthz and /readyz. /healthz is 200 while the
// process serves, whatever NATS or the index do: the workers wait outages
// out, and a liveness probe that failed during one would restart every pod
// for nothing. /readyz is 200 "ready" when every check passes, else 503
// with one line per failing check ("nats: jetstream: ...", "index: ...").
func OpsHandler(reg *prometheus.Registry, checks ...ReadyCheck) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		var problems []string
		for _, c := range checks {
			if err := c.Check(ctx); err != nil {
				problems = append(problems, c.Name+": "+err.Error())
			}
		}
		w.Header().Set("Cache-Control", "no-store")
		if len(problems) > 0 {
			http.Error(w, strings.Join(problems, "\n"), http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ready\n")
	})
	return mux
}

// NATSReady is the readiness of a NATS client: the connection is up and
// JetStream answers (see JetStreamCheck). A connection that is up says
// nothing about JetStream: a cluster that lost the quorum of its
// meta-leader keeps its clients connected while every stream request
// fails.
func NATSReady(nc *nats.Conn, js jetstream.JetStream) ReadyCheck {
	jsc := NewJetStreamCheck(js)
	return ReadyCheck{Name: "nats", Check: func(ctx context.Context) error {
		if !nc.IsConnected() {
			return fmt.Errorf("connection %s", nc.Status())
		}
		return jsc.Check(ctx)
	}}
}

// JetStreamCheck asks JetStream for the account's info (one small API
// request the meta-leader answers) and keeps the answer for a few seconds,
// so probes from kubelet, a load balancer and Prometheus do not each send
// one to NATS.
type JetStreamCheck struct {
	js      jetstream.JetStream
	timeout time.Duration // of the request
	ttl     time.Duration // an answer is reused this long
	now     func() time.Time

	mu  sync.Mutex
	at  time.Time // of the last answer; zero = none
	err error
}

// NewJetStreamCheck returns a check with a 2-second request timeout and
// answers kept 5 seconds.
func NewJetStreamCheck(js jetstream.JetStream) *JetStreamCheck {
	return &JetStreamCheck{js: js, timeout: readyTimeout, ttl: 5 * time.Second, now: time.Now}
}

// Check returns nil when JetStream answered, now or within the last ttl.
// Concurrent calls share one request.
func (c *JetStreamCheck) Check(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at.IsZero() && c.now().Sub(c.at) < c.ttl {
		return c.err
	}
	rctx, cancel := context.WithTimeout(ctx, c.timeout)
	_, err := c.js.AccountInfo(rctx)
	cancel()
	if err != nil {
		err = fmt.Errorf("jetstream: %w", err)
	}
	if ctx.Err() != nil {
		return err // the prober went away: its answer says nothing about NATS
	}
	c.at, c.err = c.now(), err
	return err
}

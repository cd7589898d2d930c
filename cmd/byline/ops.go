package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/byline/byline/pipeline"
)

// opsShutdown bounds the stop of an operations server: it serves no long
// requests.
const opsShutdown = 5 * time.Second

// startOps serves /metrics (cs beside the Go and process collectors),
// /healthz and /readyz (checks) on addr until ctx ends, as byline worker
// --metrics-addr does (see pipeline.OpsHandler). wait returns the server's
// error after ctx ended. An empty addr serves nothing.
func startOps(ctx context.Context, addr string, cs []prometheus.Collector, checks []pipeline.ReadyCheck, log *slog.Logger) (wait func() error, err error) {
	if addr == "" {
		return func() error { return nil }, nil
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register collector: %w", err)
		}
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics-addr: listen on %s: %w", addr, err)
	}
	log.Info("serving /metrics, /healthz and /readyz", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- serveHTTP(ctx, ln, pipeline.OpsHandler(reg, checks...), opsShutdown, log) }()
	return func() error { return <-errc }, nil
}

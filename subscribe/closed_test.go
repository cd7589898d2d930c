package subscribe_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
	"github.com/byline/byline/subscribe"
)

// TestRunEndsOnClosedConnection: when the application closes its NATS
// connection under a running subscriber, Run returns (with an error)
// instead of retrying for ever, for both consumer kinds.
func TestRunEndsOnClosedConnection(t *testing.T) {
	for _, durable := range []string{"svc", ""} {
		t.Run("durable="+durable, func(t *testing.T) {
			ctx := context.Background()
			srv, err := bus.Start(ctx, bus.ServerConfig{Memory: true})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Shutdown()
			nc, err := srv.Connect()
			if err != nil {
				t.Fatal(err)
			}
			js, err := jetstream.New(nc)
			if err != nil {
				t.Fatal(err)
			}
			if err := pipeline.Setup(ctx, js, pipeline.Config{Storage: "memory"}); err != nil {
				t.Fatal(err)
			}
			sub, err := subscribe.New(js, subscribe.Config{Durable: durable})
			if err != nil {
				t.Fatal(err)
			}
			rctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() { done <- sub.Run(rctx, func(context.Context, *subscribe.Message) error { return nil }) }()
			time.Sleep(300 * time.Millisecond) // Run is waiting for articles
			nc.Close()
			select {
			case err := <-done:
				if err == nil {
					t.Error("Run returned nil on a closed connection, want an error")
				} else if !strings.Contains(err.Error(), "ARTICLES") || durable != "" && !strings.Contains(err.Error(), durable) {
					t.Errorf("Run = %v: want the stream (and the consumer) named", err)
				}
			case <-time.After(10 * time.Second):
				cancel() // the ctx must end it at the latest
				select {
				case <-done:
					t.Error("Run kept retrying on a closed connection until its ctx was cancelled")
				case <-time.After(10 * time.Second):
					t.Fatal("Run ignores both the closed connection and its cancelled ctx")
				}
			}
			cancel()
			_ = nats.ErrConnectionClosed
		})
	}
}

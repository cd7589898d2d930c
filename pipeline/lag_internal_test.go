package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/byline/byline/pipeline/bus"
)

// TestUpdateLagDropsUnreadableConsumers: a consumer whose state can no
// longer be read loses its lag series instead of keeping the last value
// for ever; the consumer that still answers keeps its series.
func TestUpdateLagDropsUnreadableConsumers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, nc := embeddedConn(ctx, t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{}.WithDefaults()
	if err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, PageSubject("http://example.com/news/1.html"), []byte("page")); err != nil {
		t.Fatal(err)
	}
	m, err := NewMetrics(nil)
	if err != nil {
		t.Fatal(err)
	}
	series := func() map[string]int {
		return map[string]int{
			"pending":     testutil.CollectAndCount(m.ConsumerPending),
			"ack_pending": testutil.CollectAndCount(m.ConsumerAckPend),
		}
	}

	// The publish is acknowledged once the stream stored the page; the
	// server tells the consumers of it afterwards, on a goroutine of its
	// own, so for a moment (long under -race on a loaded machine) the
	// consumer still reports nothing pending. Ask until it counts the page:
	// the gauge must come to 1, however long the server takes within ctx.
	for {
		updateLag(ctx, js, cfg, m)
		got := testutil.ToFloat64(m.ConsumerPending.WithLabelValues(cfg.Extract.Durable))
		if got == 1 {
			break
		}
		if got > 1 || ctx.Err() != nil {
			t.Fatalf("extract pending = %g, want 1", got)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if s := series(); s["pending"] != 2 || s["ack_pending"] != 2 {
		t.Fatalf("series %v, want 2 of each", s)
	}

	if err := js.DeleteConsumer(ctx, cfg.PagesStream, cfg.Extract.Durable); err != nil {
		t.Fatal(err)
	}
	updateLag(ctx, js, cfg, m)
	if s := series(); s["pending"] != 1 || s["ack_pending"] != 1 {
		t.Fatalf("after the extract consumer went: series %v, want only the index consumer's", s)
	}
}

// embeddedConn starts an embedded server on a temporary store and connects
// to it, both closed when the test ends.
func embeddedConn(ctx context.Context, t *testing.T) (*bus.Server, *nats.Conn) {
	t.Helper()
	srv, err := bus.Start(ctx, bus.ServerConfig{StoreDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Shutdown)
	nc, err := srv.Connect()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return srv, nc
}

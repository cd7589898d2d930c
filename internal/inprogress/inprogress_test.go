package inprogress

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// countingMsg counts InProgress calls; the other methods are not called.
type countingMsg struct {
	jetstream.Msg
	n atomic.Int64
}

func (m *countingMsg) InProgress() error { m.n.Add(1); return nil }

func TestKeep(t *testing.T) {
	t.Run("now", func(t *testing.T) {
		m := &countingMsg{}
		stop := Keep(m, time.Hour, true)
		defer stop()
		if n := m.n.Load(); n != 1 {
			t.Errorf("%d InProgress at once, want 1", n)
		}
	})
	t.Run("ticks until stopped", func(t *testing.T) {
		m := &countingMsg{}
		stop := Keep(m, 30*time.Millisecond, false) // every 10 ms
		deadline := time.Now().Add(5 * time.Second)
		for m.n.Load() < 2 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if m.n.Load() < 2 {
			t.Fatalf("%d InProgress in 5s, want at least 2", m.n.Load())
		}
		stop()
		stop() // a second stop is harmless
		after := m.n.Load()
		time.Sleep(50 * time.Millisecond)
		if n := m.n.Load(); n > after+1 { // one tick may have been under way
			t.Errorf("%d InProgress after stop, want at most 1", n-after)
		}
	})
}

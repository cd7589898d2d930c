package crawler

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/internal/syncbuf"
)

// fakeGate is a HostGate that fails while fail is set, counting calls.
type fakeGate struct {
	mu    sync.Mutex
	fail  bool
	calls int
	ahead time.Duration // Reserve's answer is this far in the future
}

func (f *fakeGate) Reserve(ctx context.Context, host string, gap time.Duration) (time.Time, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.fail {
		return time.Time{}, errors.New("store down")
	}
	return time.Now().Add(f.ahead), nil
}

func (f *fakeGate) Hold(ctx context.Context, host string, until time.Time) error {
	_, err := f.Reserve(ctx, host, 0)
	return err
}

func (f *fakeGate) set(fail bool) (calls int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fail
	return f.calls
}

// TestSharedGateFallsBackAndReturns: a failing gate is left alone for
// the retry interval (the process's politeness goes on), with one
// warning, and used again once it answers.
func TestSharedGateFallsBackAndReturns(t *testing.T) {
	ctx := context.Background()
	var buf syncbuf.Buffer
	f := &fakeGate{fail: true}
	p := NewPoliteness(SharedWith(f, slog.New(slog.NewTextHandler(&buf, nil))))
	sg := p.shared
	sg.retry = time.Hour

	if _, ok, err := sg.reserve(ctx, "h", time.Second); ok || err != nil {
		t.Fatalf("reserve on a failing gate = ok %v, err %v; want not ok, no error", ok, err)
	}
	sg.hold("h", time.Now())
	if _, ok, _ := sg.reserve(ctx, "h", time.Second); ok {
		t.Fatal("reserve ok while the gate is down")
	}
	if n := f.set(false); n != 1 {
		t.Errorf("%d calls to a gate down within its retry interval, want 1", n)
	}
	if got := strings.Count(buf.String(), "cross-process politeness unavailable"); got != 1 {
		t.Errorf("%d warnings, want 1:\n%s", got, buf.String())
	}

	sg.mu.Lock()
	sg.retryAt = time.Now() // the retry interval is over
	sg.mu.Unlock()
	if _, ok, err := sg.reserve(ctx, "h", time.Second); !ok || err != nil {
		t.Fatalf("reserve once the gate answers = ok %v, err %v", ok, err)
	}
	if !strings.Contains(buf.String(), "cross-process politeness answers again") {
		t.Errorf("no message on the way back:\n%s", buf.String())
	}
}

// TestSharedGateScopeProcess: a job with politeness_scope: process does
// not consult the gate.
func TestSharedGateScopeProcess(t *testing.T) {
	f := &fakeGate{}
	p := NewPoliteness(SharedWith(f, nil))
	for _, tc := range []struct {
		scope string
		want  int
	}{{ScopeProcess, 0}, {ScopeShared, 2}} {
		cfg := DefaultConfig()
		cfg.PolitenessScope = tc.scope
		cfg.Delay, cfg.AutoThrottle.Enabled = time.Millisecond, false
		g := p.gate(cfg)
		before := f.set(false)
		if err := g.acquire(context.Background(), "h"); err != nil {
			t.Fatal(err)
		}
		g.release("h") // a Hold: the delay after the answer
		g.close()
		if n := f.set(false) - before; n != tc.want {
			t.Errorf("scope %s: %d calls to the gate, want %d", tc.scope, n, tc.want)
		}
	}
}

// TestSharedWaitIsBounded: a start the gate books hours ahead (a crawler
// node whose clock runs ahead, a bad value in the bucket) holds the slot
// no longer than the longest pause the crawl takes on its own
// (max_retry_after plus the delay), with a warning; it held it for hours.
func TestSharedWaitIsBounded(t *testing.T) {
	var buf syncbuf.Buffer
	f := &fakeGate{ahead: 10 * time.Hour}
	p := NewPoliteness(SharedWith(f, slog.New(slog.NewTextHandler(&buf, nil))))
	cfg := DefaultConfig()
	cfg.Delay, cfg.AutoThrottle.Enabled, cfg.MaxRetryAfter = time.Millisecond, false, 50*time.Millisecond
	g := p.gate(cfg)
	defer g.close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := g.acquire(ctx, "h"); err != nil {
		t.Fatalf("acquire = %v: the slot was held for the gate's ten hours", err)
	}
	if !strings.Contains(buf.String(), "clocks") {
		t.Errorf("no warning about the wait:\n%s", buf.String())
	}
}

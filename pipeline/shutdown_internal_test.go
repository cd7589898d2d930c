package pipeline

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestStopSharesOneDeadline: every stage of a stop drains under the same
// deadline, fixed when the stop begins and not later than begin+timeout,
// however many steps come before it; stages that never finish do not hold
// the stop past it, and the stop's error names them. (Before, each step
// had a ShutdownTimeout of its own, so three stuck steps took three
// timeouts.)
func TestStopSharesOneDeadline(t *testing.T) {
	const timeout = time.Second
	hang := make(chan struct{}) // stuck stages return only at the end of the test
	t.Cleanup(func() { close(hang) })
	sd := newShutdown(timeout)
	defer sd.release()
	st := &stages{sd: sd}
	var (
		mu        sync.Mutex
		deadlines = map[string]time.Time{}
	)
	stuck := func(name string) func(context.Context) error {
		return func(ctx context.Context) error {
			<-ctx.Done()
			dctx, cancel := sd.drainContext()
			defer cancel()
			d, ok := dctx.Deadline()
			if !ok {
				t.Errorf("%s: drain context has no deadline", name)
			}
			mu.Lock()
			deadlines[name] = d
			mu.Unlock()
			<-hang // a drain that never ends, not even at its deadline
			return nil
		}
	}
	st.add("source", func(ctx context.Context) error { <-ctx.Done(); return nil })
	st.add("extract-0", stuck("extract-0"))
	st.join("extract-1", stuck("extract-1"))
	st.add("index", stuck("index"))
	st.add("lag", func(ctx context.Context) error { <-ctx.Done(); return nil })
	st.start()

	begin := time.Now()
	err := st.stop()
	took := time.Since(begin)

	if !errors.Is(err, ErrShutdownTimeout) {
		t.Fatalf("stop = %v, want ErrShutdownTimeout", err)
	}
	for _, name := range []string{"extract-0", "extract-1", "index"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("stop error %q does not name stuck stage %s", err, name)
		}
	}
	for _, name := range []string{"source", "lag"} {
		if strings.Contains(err.Error(), name) {
			t.Errorf("stop error %q names %s, which returned", err, name)
		}
	}
	if werr := st.wait(); !errors.Is(werr, ErrShutdownTimeout) {
		t.Errorf("wait = %v, want the stop's error", werr)
	}
	mu.Lock()
	defer mu.Unlock()
	// The extract workers were cancelled together; the index worker only
	// once its step was given up, so all three saw the stop.
	if len(deadlines) != 3 {
		t.Fatalf("drain deadlines seen: %v, want one per stuck stage", deadlines)
	}
	want := deadlines["extract-0"]
	for name, d := range deadlines {
		if !d.Equal(want) {
			t.Errorf("%s drains until %v, extract-0 until %v: want one deadline", name, d, want)
		}
	}
	if limit := begin.Add(timeout); want.After(limit) {
		t.Errorf("drain deadline %v is after stop begin + timeout %v", want, limit)
	}
	// A correctness bound, not a speed figure: the old stop waited a full
	// timeout per stuck step (three here), the new one at most one.
	if took >= 2*timeout {
		t.Errorf("stop took %v with three stuck stages, want within the one %v budget", took, timeout)
	}
}

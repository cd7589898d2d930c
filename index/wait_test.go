package index

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// TestOpenWaiting: an unavailable backend is retried (each failure
// reported, with waits that grow but stay within the cap) until it opens;
// any other error, and the end of ctx, return at once.
func TestOpenWaiting(t *testing.T) {
	t.Run("retries until open", func(t *testing.T) {
		calls := 0
		var waits []time.Duration
		v, err := OpenWaiting(context.Background(), func(context.Context) (int, error) {
			calls++
			if calls < 3 {
				return 0, fmt.Errorf("connect: %w", ErrUnavailable)
			}
			return 42, nil
		}, func(err error, attempt int, wait time.Duration) {
			if !errors.Is(err, ErrUnavailable) || attempt != len(waits)+1 {
				t.Errorf("retry(%v, %d)", err, attempt)
			}
			waits = append(waits, wait)
		})
		if v != 42 || err != nil || calls != 3 || len(waits) != 2 {
			t.Fatalf("= %d, %v after %d calls and waits %v; want 42 after 3 calls, 2 waits", v, err, calls, waits)
		}
		for i, w := range waits {
			step := OpenBackoffMin << i
			if w < step/2 || w > step {
				t.Errorf("wait %d = %s, want within [%s, %s]", i, w, step/2, step)
			}
		}
	})
	t.Run("configuration error fails at once", func(t *testing.T) {
		bad := errors.New("401 security_exception")
		calls := 0
		_, err := OpenWaiting(context.Background(), func(context.Context) (int, error) { calls++; return 0, bad },
			func(error, int, time.Duration) { t.Error("retried a configuration error") })
		if !errors.Is(err, bad) || calls != 1 {
			t.Fatalf("err %v after %d calls, want the 401 after 1", err, calls)
		}
	})
	t.Run("ctx ends the wait", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		_, err := OpenWaiting(ctx, func(context.Context) (int, error) { return 0, ErrUnavailable },
			func(error, int, time.Duration) { cancel() })
		if !errors.Is(err, context.Canceled) || !errors.Is(err, ErrUnavailable) {
			t.Fatalf("err %v, want context.Canceled with the last failure", err)
		}
	})
}

package pipeline

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestAskAgain: a request whose reply never comes is asked again after
// requestTimeout; one that fails otherwise is not; the caller's deadline
// ends the asking.
func TestAskAgain(t *testing.T) {
	defer func(d time.Duration) { requestTimeout = d }(requestTimeout)
	requestTimeout = 20 * time.Millisecond
	lost := func(n int, calls *int) func(context.Context) error {
		return func(ctx context.Context) error {
			*calls++
			if *calls <= n {
				<-ctx.Done() // no reply: wait out the attempt's deadline
				return ctx.Err()
			}
			return nil
		}
	}
	t.Run("lost replies are asked again", func(t *testing.T) {
		calls := 0
		if err := askAgain(context.Background(), lost(2, &calls)); err != nil || calls != 3 {
			t.Fatalf("err %v after %d calls, want nil after 3", err, calls)
		}
	})
	t.Run("other errors are returned at once", func(t *testing.T) {
		calls := 0
		boom := errors.New("stream not found")
		err := askAgain(context.Background(), func(context.Context) error { calls++; return boom })
		if !errors.Is(err, boom) || calls != 1 {
			t.Fatalf("err %v after %d calls, want %v after 1", err, calls, boom)
		}
	})
	t.Run("the caller's deadline ends it", func(t *testing.T) {
		calls := 0
		ctx, cancel := context.WithTimeout(context.Background(), 70*time.Millisecond)
		defer cancel()
		err := askAgain(ctx, lost(1000, &calls))
		if !errors.Is(err, context.DeadlineExceeded) || ctx.Err() == nil {
			t.Fatalf("err %v after %d calls, want the caller's deadline", err, calls)
		}
	})
}

package memgate

import (
	"context"
	"errors"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestAcquireWaitsForRoom(t *testing.T) {
	g := New(100)
	rel1, err := g.Acquire(context.Background(), 70)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan func(), 1)
	go func() {
		rel, err := g.Acquire(context.Background(), 50)
		if err != nil {
			t.Error(err)
		}
		got <- rel
	}()
	select {
	case <-got:
		t.Fatal("70 + 50 admitted within a budget of 100")
	case <-time.After(50 * time.Millisecond):
	}
	rel1()
	select {
	case rel := <-got:
		rel()
	case <-time.After(5 * time.Second):
		t.Fatal("50 not admitted after 70 was released")
	}
}

func TestAcquireOverBudget(t *testing.T) {
	g := New(100 << 20)
	_, err := g.Acquire(context.Background(), 300<<20)
	var ob *OverBudgetError
	if !errors.As(err, &ob) || ob.Need != 300<<20 || ob.Budget != 100<<20 {
		t.Fatalf("err = %v, want an OverBudgetError of 300 MiB over 100 MiB", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "300.0 MiB") || !strings.Contains(msg, "100.0 MiB") {
		t.Errorf("message %q does not say both sizes", msg)
	}
	// The refusal takes nothing: the whole budget is still there.
	rel, err := g.Acquire(context.Background(), 100<<20)
	if err != nil {
		t.Fatal(err)
	}
	rel()
}

func TestAcquireContext(t *testing.T) {
	g := New(10)
	rel, _ := g.Acquire(context.Background(), 10)
	defer rel()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := g.Acquire(ctx, 5); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the context's deadline", err)
	}
}

func TestDefaultBudgetFromGOMEMLIMIT(t *testing.T) {
	old := debug.SetMemoryLimit(512 << 20)
	defer debug.SetMemoryLimit(old)
	b, src := DefaultBudget()
	limit := float64(512 << 20)
	if want := int64(limit * BudgetShare); src != "GOMEMLIMIT" || b != want {
		t.Fatalf("DefaultBudget() = %d, %q; want %d from GOMEMLIMIT", b, src, want)
	}
}

func TestBytes(t *testing.T) {
	for n, want := range map[int64]string{12: "12 B", 2048: "2 KiB", 3 << 20: "3.0 MiB", 5 << 29: "2.5 GiB"} {
		if got := Bytes(n); got != want {
			t.Errorf("Bytes(%d) = %q, want %q", n, got, want)
		}
	}
}

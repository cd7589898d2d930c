package bleveindex

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// TestOpenReadOnlyCreatesNothing: a reader finds no index and says so,
// without creating one (a mistyped --data must not leave an empty index).
func TestOpenReadOnlyCreatesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "typo")
	_, err := Open(filepath.Join(dir, "index"), Config{ReadOnly: true})
	if !errors.Is(err, ErrNoIndex) {
		t.Fatalf("err = %v, want ErrNoIndex", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("Open created %s (stat err %v)", dir, err)
	}
}

// TestOpenLockedFailsFast: while a writer holds the index, another open
// fails within LockTimeout with ErrInUse naming the holder's pid; readers
// share the index with each other and keep a writer out.
func TestOpenLockedFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	w, err := Open(path, Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{ID: "a1", URL: "https://example.com/a1", Headline: "Held"}
	a.Normalize()
	if err := w.Add(context.Background(), a, nil); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		start := time.Now()
		_, err := Open(path, Config{ReadOnly: ro, LockTimeout: 200 * time.Millisecond})
		if !errors.Is(err, ErrInUse) {
			t.Fatalf("read-only %v: err = %v, want ErrInUse", ro, err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("read-only %v: Open waited %s", ro, d)
		}
		if runtime.GOOS == "linux" && !strings.Contains(err.Error(), "(pid "+strconv.Itoa(os.Getpid())+")") {
			t.Errorf("read-only %v: %v does not name the holder's pid %d", ro, err, os.Getpid())
		}
	}
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}

	r1, err := Open(path, Config{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close(context.Background())
	r2, err := Open(path, Config{ReadOnly: true})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close(context.Background())
	if got, err := r2.Get(context.Background(), "a1"); err != nil || got.Headline != "Held" {
		t.Fatalf("reader Get = %v, %v", got, err)
	}
	if err := r1.Add(context.Background(), a, nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Add on a reader: %v, want ErrReadOnly", err)
	}
	if _, err := Open(path, Config{LockTimeout: 100 * time.Millisecond}); !errors.Is(err, ErrInUse) {
		t.Errorf("writer while readers hold the index: %v, want ErrInUse", err)
	}
}

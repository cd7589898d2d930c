package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/index"
	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/pipeline"
)

// flakyOpen is an OpenIndex whose backend is down (ErrUnavailable) until
// up is set, or fails with err when set.
type flakyOpen struct {
	up       atomic.Bool
	attempts atomic.Int32
	err      error
	ix       fullFakeIndex
}

func (f *flakyOpen) open(context.Context) (pipeline.Index, error) {
	f.attempts.Add(1)
	switch {
	case f.err != nil:
		return nil, f.err
	case !f.up.Load():
		return nil, fmt.Errorf("dial tcp 127.0.0.1:9200: connection refused: %w", index.ErrUnavailable)
	}
	return f.ix, nil
}

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	return addr
}

// servedAt is a log handler for a Pipeline given Addr "127.0.0.1:0": it
// passes the records next takes (the tests' logs are at WARN) and catches
// the url of Run's "serving" record (INFO), the address Run bound. A
// port picked beforehand (listen on :0, close) could be taken by
// another process before Run binds it.
type servedAt struct {
	next slog.Handler
	url  chan string // cap 1
}

func newServedAt(next slog.Handler) servedAt { return servedAt{next, make(chan string, 1)} }

func (h servedAt) Enabled(context.Context, slog.Level) bool { return true }

func (h servedAt) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "serving" {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "url" {
				select {
				case h.url <- strings.TrimSuffix(a.Value.String(), "/"):
				default:
				}
			}
			return true
		})
	}
	if !h.next.Enabled(ctx, r.Level) {
		return nil
	}
	return h.next.Handle(ctx, r)
}

func (h servedAt) WithAttrs(as []slog.Attr) slog.Handler {
	return servedAt{h.next.WithAttrs(as), h.url}
}
func (h servedAt) WithGroup(name string) slog.Handler { return servedAt{h.next.WithGroup(name), h.url} }

// runServing starts p.Run and returns the url it serves on (h is p's log
// handler) and Run's result, still to be read. A Run that returns before
// it serves fails the test.
func runServing(t *testing.T, ctx context.Context, p *pipeline.Pipeline, h servedAt) (string, <-chan error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	select {
	case url := <-h.url:
		return url, done
	case err := <-done:
		select {
		case url := <-h.url: // it served, then returned
			done <- err
			return url, done
		default:
		}
		t.Fatalf("Run returned before it served: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not serve within 30 s")
	}
	return "", nil
}

// get returns the status and body of GET url (0 when it cannot connect).
func get(url string) (int, string) {
	res, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// eventually polls cond every 20ms until it holds, failing after limit.
func eventually(t *testing.T, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", limit, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// startWaiting starts Run with f as OpenIndex, three pages to index and
// the HTTP server on a free port; it returns the url, Run's result and
// the log.
func startWaiting(t *testing.T, ctx context.Context, f *flakyOpen) (string, <-chan error, *syncbuf.Buffer) {
	t.Helper()
	logs := &syncbuf.Buffer{}
	h := newServedAt(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	p, err := pipeline.New(pipeline.Options{
		Logger: slog.New(h),
		Config: testConfig(),
		Bus:    pipeline.BusConfig{Embedded: true, StoreDir: t.TempDir()},
		Addr:   "127.0.0.1:0",
		Sources: []pipeline.Source{{Name: "pages", Run: func(ctx context.Context, sink pipeline.Sink) error {
			for i := range 3 {
				if err := sink.Put(ctx, testPage("outage.example", i)); err != nil {
					return err
				}
			}
			return nil
		}}},
		Extract:   stubExtract(nil),
		OpenIndex: f.open,
		Search: func(pipeline.Index) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "search page") })
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	url, done := runServing(t, ctx, p, h)
	return url, done, logs
}

// TestRunWaitsForTheIndex: a worker started while its index backend is
// down (an Elasticsearch rolling restart, a node not up yet) serves
// /healthz at once, reports not ready with the reason, logs each failed
// attempt at WARN, and indexes the queued articles once the backend
// answers. Before, Run returned the open error and the process exited
// (CrashLoopBackOff).
func TestRunWaitsForTheIndex(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f := &flakyOpen{ix: fullFakeIndex{newFakeIndex()}}
	url, done, logs := startWaiting(t, ctx, f)

	eventually(t, 20*time.Second, "/healthz never answered 200", func() bool {
		select {
		case err := <-done:
			t.Fatalf("Run returned while the index was down: %v", err)
		default:
		}
		c, _ := get(url + "/healthz")
		return c == 200
	})
	eventually(t, 20*time.Second, "no failed attempt logged at WARN", func() bool {
		return f.attempts.Load() >= 2 && strings.Contains(logs.String(), "level=WARN") && strings.Contains(logs.String(), "connection refused")
	})
	if c, body := get(url + "/readyz"); c != http.StatusServiceUnavailable || !strings.Contains(body, "index: not open") || !strings.Contains(body, "connection refused") {
		t.Errorf("/readyz while the index is down = %d %q, want 503 naming the index and the error", c, body)
	}
	if c, _ := get(url + "/"); c != http.StatusServiceUnavailable {
		t.Errorf("search page while the index is down = %d, want 503", c)
	}
	if _, body := get(url + "/metrics"); !strings.Contains(body, "byline_index_unavailable 1") {
		t.Error("/metrics: byline_index_unavailable is not 1 while the index is down")
	}
	select {
	case err := <-done:
		t.Fatalf("Run returned while waiting for the index: %v", err)
	default:
	}

	f.up.Store(true) // the backend is back
	eventually(t, 30*time.Second, "the queued articles were not indexed", func() bool { return f.ix.count() == 3 })
	eventually(t, 10*time.Second, "/readyz not 200 after the index opened", func() bool { c, _ := get(url + "/readyz"); return c == 200 })
	if _, body := get(url + "/metrics"); !strings.Contains(body, "byline_index_unavailable 0") {
		t.Error("/metrics: byline_index_unavailable is not 0 once the index is open")
	}
	if c, body := get(url + "/"); c != 200 || body != "search page" {
		t.Errorf("search page after the index opened = %d %q", c, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
}

// TestRunIndexConfigErrorFailsFast: an error that waiting cannot mend
// (bad credentials) is not retried: Run returns it.
func TestRunIndexConfigErrorFailsFast(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bad := errors.New("elasticsearch 401 security_exception: unable to authenticate user")
	f := &flakyOpen{err: bad}
	_, done, logs := startWaiting(t, ctx, f)
	select {
	case err := <-done:
		if !errors.Is(err, bad) {
			t.Errorf("Run = %v, want the 401", err)
		}
	case <-ctx.Done():
		t.Fatal("Run kept waiting on a configuration error")
	}
	if n := f.attempts.Load(); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
	if strings.Contains(logs.String(), "waiting to open") {
		t.Errorf("a configuration error was logged as a wait:\n%s", logs)
	}
}

// TestRunStopsWhileWaitingForTheIndex: SIGTERM during the wait ends Run
// cleanly.
func TestRunStopsWhileWaitingForTheIndex(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f := &flakyOpen{ix: fullFakeIndex{newFakeIndex()}}
	_, done, _ := startWaiting(t, ctx, f)
	eventually(t, 20*time.Second, "OpenIndex never called", func() bool { return f.attempts.Load() >= 1 })
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want a clean stop", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not return after the stop")
	}
}

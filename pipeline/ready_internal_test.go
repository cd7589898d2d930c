package pipeline

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/byline/byline/article"
)

// fakeAccountInfo is a JetStream whose AccountInfo answers err (the rest
// is the real one).
type fakeAccountInfo struct {
	jetstream.JetStream
	err   error
	calls int
}

func (f *fakeAccountInfo) AccountInfo(ctx context.Context) (*jetstream.AccountInfo, error) {
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	return &jetstream.AccountInfo{}, nil
}

// countIndex is an Index whose Count answers err.
type countIndex struct {
	ArticleWriter
	err error
}

func (c countIndex) Count(context.Context) (uint64, error) { return 0, c.err }
func (c countIndex) Close(context.Context) error           { return nil }

// TestReadyzChecksJetStream: /readyz fails, naming what is not ready,
// while the NATS connection is up but JetStream does not answer (a cluster
// without quorum); /healthz stays 200 whatever fails, so an outage does
// not get pods restarted.
func TestReadyzChecksJetStream(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv, nc := embeddedConn(ctx, t)
	noQuorum := &jetstream.APIError{Code: http.StatusServiceUnavailable, Description: "JetStream system temporarily unavailable"}
	for _, tc := range []struct {
		name     string
		jsErr    error
		ixErr    error
		wantCode int
		want     []string
	}{
		{"all ready", nil, nil, 200, []string{"ready"}},
		{"jetstream without quorum", noQuorum, nil, 503, []string{"nats: jetstream:", "temporarily unavailable"}},
		{"jetstream timeout", context.DeadlineExceeded, nil, 503, []string{"nats: jetstream: context deadline exceeded"}},
		{"index down", nil, errors.New("connection refused"), 503, []string{"index: connection refused"}},
		{"both down", noQuorum, errors.New("refused"), 503, []string{"nats: jetstream:", "index: refused"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := &conn{srv: srv, nc: nc, js: &fakeAccountInfo{err: tc.jsErr}}
			slot := &indexSlot{}
			slot.set(countIndex{err: tc.ixErr}, nil, false)
			h := httptest.NewServer(handler(false, prometheus.NewRegistry(), readyChecks(b, slot), slot, nil))
			defer h.Close()
			code, body := get(t, h.URL+"/readyz")
			if code != tc.wantCode {
				t.Errorf("/readyz = %d %q, want %d", code, body, tc.wantCode)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("/readyz body %q lacks %q", body, w)
				}
			}
			if code, body := get(t, h.URL+"/healthz"); code != 200 {
				t.Errorf("/healthz = %d %q, want 200 whatever is down", code, body)
			}
		})
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestJetStreamCheckCaches: answers, failures included, are reused for
// the ttl, so probes do not hammer NATS; a probe whose own context ended
// leaves nothing cached.
func TestJetStreamCheckCaches(t *testing.T) {
	fake := &fakeAccountInfo{}
	now := time.Unix(1000, 0)
	c := NewJetStreamCheck(fake)
	c.now = func() time.Time { return now }
	ctx := context.Background()
	steps := []struct {
		advance   time.Duration
		err       error
		wantCalls int
		wantErr   bool
	}{
		{0, nil, 1, false},
		{time.Second, errors.New("down"), 1, false}, // cached ok
		{3 * time.Second, errors.New("down"), 1, false},
		{time.Second, errors.New("down"), 2, true}, // 5 s: asked again
		{time.Second, nil, 2, true},                // the failure is cached too
		{5 * time.Second, nil, 3, false},
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		fake.err = s.err
		err := c.Check(ctx)
		if fake.calls != s.wantCalls || (err != nil) != s.wantErr {
			t.Fatalf("step %d: %d calls, err %v; want %d calls, error %v", i, fake.calls, err, s.wantCalls, s.wantErr)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	now = now.Add(time.Minute)
	fake.err = context.Canceled
	_ = c.Check(cctx)
	fake.err = nil
	if err := c.Check(ctx); err != nil || fake.calls != 5 {
		t.Fatalf("after a cancelled probe: err %v, %d calls; want a fresh answer (5 calls)", err, fake.calls)
	}
}

// TestHandlerUnopenedCounted: the 503s / answers while the index is not
// open go through Options.SearchUnopened (byline run counts them with
// the search's metrics); once the index is open the search handler
// answers and the wrapper is not called.
func TestHandlerUnopenedCounted(t *testing.T) {
	var wrapped atomic.Int64
	unopened := func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			wrapped.Add(1)
			h.ServeHTTP(w, r)
		})
	}
	slot := &indexSlot{}
	h := handler(true, prometheus.NewRegistry(), nil, slot, unopened)
	for _, tc := range []struct {
		name        string
		open        bool
		wantStatus  int
		wantWrapped int64
	}{
		{"before the index opens", false, http.StatusServiceUnavailable, 1},
		{"after", true, http.StatusOK, 1},
	} {
		if tc.open {
			slot.set(nopIndex{}, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}), false)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/search?q=x", nil))
		if rec.Code != tc.wantStatus || wrapped.Load() != tc.wantWrapped {
			t.Errorf("%s: status %d, wrapper called %d times; want %d, %d", tc.name, rec.Code, wrapped.Load(), tc.wantStatus, tc.wantWrapped)
		}
	}
}

// nopIndex is an Index that holds nothing.
type nopIndex struct{}

func (nopIndex) Add(context.Context, *article.Article, func(error)) error { return nil }
func (nopIndex) Flush(context.Context) error                              { return nil }
func (nopIndex) Count(context.Context) (uint64, error)                    { return 0, nil }
func (nopIndex) Close(context.Context) error                              { return nil }

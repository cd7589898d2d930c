package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	natsserver "github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/pipeline"
)

// startNATSWaiting starts Run of an extract worker against url (nothing
// answering there yet, or a server refusing it) with the HTTP server on a
// free address; it returns the address, Run's result and the log.
func startNATSWaiting(t *testing.T, ctx context.Context, bus pipeline.BusConfig) (string, <-chan error, *syncbuf.Buffer) {
	t.Helper()
	logs := &syncbuf.Buffer{}
	h := newServedAt(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cfg := testConfig()
	cfg.Storage = "memory"
	p, err := pipeline.New(pipeline.Options{
		Logger:  slog.New(h),
		Config:  cfg,
		Bus:     bus,
		Addr:    "127.0.0.1:0",
		Extract: stubExtract(nil),
	})
	if err != nil {
		t.Fatal(err)
	}
	url, done := runServing(t, ctx, p, h)
	return url, done, logs
}

// notDone fails the test if Run returned.
func notDone(t *testing.T, done <-chan error, logs *syncbuf.Buffer) {
	t.Helper()
	select {
	case err := <-done:
		t.Fatalf("Run returned while NATS was down: %v\n%s", err, logs)
	default:
	}
}

// TestRunWaitsForNATS: a worker started before its NATS server (a compose
// file, a pod scheduled before the NATS StatefulSet is up, a NATS rolling
// restart) serves /healthz at once, reports not ready naming NATS, logs
// each failed attempt at WARN and starts once the server answers. Before,
// Run returned "no servers available" and the process exited at once
// (CrashLoopBackOff).
func TestRunWaitsForNATS(t *testing.T) {
	srv := newNatsProc(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url, done, logs := startNATSWaiting(t, ctx, pipeline.BusConfig{URL: srv.url(), Name: t.Name()})

	eventually(t, 20*time.Second, "/healthz never answered 200", func() bool {
		notDone(t, done, logs)
		c, _ := get(url + "/healthz")
		return c == 200
	})
	eventually(t, 20*time.Second, "no failed attempt logged at WARN", func() bool {
		notDone(t, done, logs)
		return strings.Count(logs.String(), "NATS unreachable; retrying") >= 2 && strings.Contains(logs.String(), "level=WARN")
	})
	if c, body := get(url + "/readyz"); c != http.StatusServiceUnavailable || !strings.Contains(body, "nats: not connected yet") {
		t.Errorf("/readyz while NATS is down = %d %q, want 503 naming NATS", c, body)
	}
	notDone(t, done, logs)

	srv.start() // NATS is up
	eventually(t, time.Minute, "/readyz not 200 after NATS came up", func() bool {
		notDone(t, done, logs)
		c, _ := get(url + "/readyz")
		return c == 200
	})
	_, js := srv.dial(t)
	if _, err := js.Stream(ctx, "PAGES"); err != nil {
		t.Errorf("the streams were not set up once NATS answered: %v", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
}

// TestRunStoppedWhileWaitingForNATS: the end of Run's context (SIGTERM)
// while it waits for NATS is a clean stop.
func TestRunStoppedWhileWaitingForNATS(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url, done, logs := startNATSWaiting(t, ctx, pipeline.BusConfig{URL: "nats://" + freeAddr(t), Name: t.Name()})
	eventually(t, 20*time.Second, "no failed attempt logged", func() bool {
		notDone(t, done, logs)
		return strings.Contains(logs.String(), "NATS unreachable; retrying")
	})
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run stopped while waiting = %v, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not stop while waiting for NATS")
	}
	if c, _ := get(url + "/healthz"); c != 0 {
		t.Errorf("/healthz answers %d after Run returned", c)
	}
}

// TestRunNATSBadCredentialsFailsFast: a server that rejects the
// credentials is not waited for: Run returns the authorization error.
func TestRunNATSBadCredentialsFailsFast(t *testing.T) {
	srv := newNatsProc(t, "--user", "byline", "--pass", "right")
	srv.startFresh()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	badURL := strings.Replace(srv.url(), "nats://", "nats://byline:wrong@", 1)
	_, done, logs := startNATSWaiting(t, ctx, pipeline.BusConfig{URL: badURL, Name: t.Name()})
	select {
	case err := <-done:
		if !errors.Is(err, nats.ErrAuthorization) {
			t.Errorf("Run = %v, want the authorization violation", err)
		}
		if strings.Contains(err.Error(), "wrong") {
			t.Errorf("the error shows the password: %v", err)
		}
	case <-ctx.Done():
		t.Fatalf("Run kept waiting on bad credentials:\n%s", logs)
	}
	if strings.Contains(logs.String(), "retrying") {
		t.Errorf("bad credentials were retried:\n%s", logs)
	}
}

// TestRunOnceGivesUpOnNATS: RunOnce waits for NATS only up to
// BusConfig.Wait, then fails with ErrBusUnavailable and the last error.
func TestRunOnceGivesUpOnNATS(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	logs := &syncbuf.Buffer{}
	p, err := pipeline.New(pipeline.Options{
		Logger:  slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Config:  testConfig(),
		Bus:     pipeline.BusConfig{URL: "nats://" + freeAddr(t), Wait: 2 * time.Second},
		Sources: []pipeline.Source{{Name: "none", Run: func(context.Context, pipeline.Sink) error { return nil }}},
		Extract: stubExtract(nil),
		Index:   fullFakeIndex{newFakeIndex()},
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.RunOnce(ctx)
	if ctx.Err() != nil {
		t.Fatal("RunOnce did not give up")
	}
	if !errors.Is(err, pipeline.ErrBusUnavailable) || !errors.Is(err, nats.ErrNoServers) {
		t.Errorf("RunOnce = %v, want ErrBusUnavailable with the last error", err)
	}
	if !strings.Contains(logs.String(), "NATS unreachable; retrying") {
		t.Errorf("no retry logged:\n%s", logs)
	}
}

// TestNATSWithoutJetStreamFailsFast: a NATS server started without
// JetStream (nats-server without -js) is a configuration no wait mends:
// Run and Connect fail within seconds saying so. Before, they waited for
// ever ("no responders"), a worker reporting not ready with no hint why.
func TestNATSWithoutJetStreamFailsFast(t *testing.T) {
	srv, err := natsserver.NewServer(&natsserver.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(srv.Shutdown)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	check := func(what string, err error) {
		t.Helper()
		switch {
		case ctx.Err() != nil:
			t.Fatalf("%s kept waiting on a server without JetStream", what)
		case errors.Is(err, pipeline.ErrBusUnavailable) || !strings.Contains(fmt.Sprint(err), "has no JetStream (start nats-server with -js"):
			t.Errorf("%s = %v, want the server's missing JetStream named at once", what, err)
		}
	}
	_, done, logs := startNATSWaiting(t, ctx, pipeline.BusConfig{URL: srv.ClientURL(), Name: t.Name()})
	select {
	case err := <-done:
		check("Run", err)
	case <-ctx.Done():
		t.Fatalf("Run kept waiting on a server without JetStream:\n%s", logs)
	}
	nc, _, err := pipeline.Connect(ctx, pipeline.BusConfig{URL: srv.ClientURL()}, time.Minute, slog.New(slog.DiscardHandler), nil)
	if nc != nil {
		nc.Close()
	}
	check("Connect", err)
}

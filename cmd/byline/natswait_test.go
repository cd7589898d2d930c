package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/internal/syncbuf"
	"github.com/nats-io/nats.go"
)

// lateNATS is a nats-server process on addr, started when the test says
// (after the command under test), killed when the test ends.
type lateNATS struct {
	t    *testing.T
	addr string
	args []string
	cmd  *exec.Cmd
}

func newLateNATS(t *testing.T, args ...string) *lateNATS {
	n := &lateNATS{t: t, addr: freeLoopback(t), args: args}
	natsServerBin(t) // skips without the binary
	t.Cleanup(func() {
		if n.cmd != nil {
			_ = n.cmd.Process.Kill()
			_ = n.cmd.Wait()
		}
	})
	return n
}

func (n *lateNATS) url() string { return "nats://" + n.addr }

// start starts the server and waits until it accepts connections.
func (n *lateNATS) start() {
	n.t.Helper()
	host, port, _ := strings.Cut(n.addr, ":")
	n.cmd = exec.Command(natsServerBin(n.t), append([]string{"-js", "-sd", n.t.TempDir(), "-a", host, "-p", port}, n.args...)...)
	if err := n.cmd.Start(); err != nil {
		n.t.Fatal(err)
	}
	for range 500 {
		nc, err := nats.Connect(n.url(), nats.Timeout(100*time.Millisecond))
		if err == nil || errors.Is(err, nats.ErrAuthorization) {
			if nc != nil {
				nc.Close()
			}
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	n.t.Fatalf("nats-server on %s not ready", n.addr)
}

// TestWorkerWaitsForNATS: `byline worker extract` started before NATS
// (compose, a pod ahead of the NATS StatefulSet, a NATS rolling restart)
// serves /healthz at once and /readyz 503 naming NATS, logs each failed
// attempt at WARN, and consumes once NATS is up. Before, it exited 1 at
// once ("no servers available for connection") and Kubernetes restarted it
// with a growing delay.
func TestWorkerWaitsForNATS(t *testing.T) {
	srv := newLateNATS(t)
	metrics := "http://" + freeLoopback(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	exit := make(chan int, 1)
	var stderr syncbuf.Buffer
	go func() {
		var out syncbuf.Buffer
		exit <- runCLI(ctx, []string{"worker", "extract", "--nats", srv.url(),
			"--metrics-addr", strings.TrimPrefix(metrics, "http://"), "--log-level", "warn"}, &out, &stderr)
	}()
	waitUntil(t, time.Minute, exit, &stderr, "/healthz never answered 200", func() bool { c, _ := httpGet(metrics + "/healthz"); return c == 200 })
	waitUntil(t, time.Minute, exit, &stderr, "no failed attempt logged at WARN", func() bool {
		s := stderr.String()
		return strings.Contains(s, "WARN") && strings.Count(s, "NATS unreachable; retrying") >= 2
	})
	if c, body := httpGet(metrics + "/readyz"); c != http.StatusServiceUnavailable || !strings.Contains(body, "nats: not connected yet") {
		t.Errorf("/readyz while NATS is down = %d %q, want 503 naming NATS", c, body)
	}
	srv.start()
	waitUntil(t, time.Minute, exit, &stderr, "/readyz not 200 once NATS is up", func() bool { c, _ := httpGet(metrics + "/readyz"); return c == 200 })
	cancel()
	if c := <-exit; c != 0 {
		t.Errorf("exit %d after the stop, want 0:\n%s", c, stderr.String())
	}
}

// TestWorkerStoppedWhileWaitingForNATS: SIGTERM while the worker waits
// for NATS is a clean stop (exit 0).
func TestWorkerStoppedWhileWaitingForNATS(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	exit := make(chan int, 1)
	var stderr syncbuf.Buffer
	go func() {
		var out syncbuf.Buffer
		exit <- runCLI(ctx, []string{"worker", "extract", "--nats", "nats://" + freeLoopback(t), "--log-level", "warn"}, &out, &stderr)
	}()
	waitUntil(t, time.Minute, exit, &stderr, "no failed attempt logged", func() bool { return strings.Contains(stderr.String(), "NATS unreachable") })
	cancel()
	select {
	case c := <-exit:
		if c != 0 {
			t.Errorf("exit %d, want 0:\n%s", c, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the worker did not stop while waiting for NATS")
	}
}

// TestWorkerNATSBadCredentialsFailsFast: a NATS server that rejects the
// credentials is not waited for: the worker exits 1 naming it.
func TestWorkerNATSBadCredentialsFailsFast(t *testing.T) {
	srv := newLateNATS(t, "--user", "byline", "--pass", "right")
	srv.start()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out, stderr syncbuf.Buffer
	code := runCLI(ctx, []string{"worker", "extract", "--nats", "nats://byline:wrong@" + srv.addr, "--log-level", "warn"}, &out, &stderr)
	if ctx.Err() != nil {
		t.Fatalf("the worker waited on bad credentials:\n%s", stderr.String())
	}
	s := strings.ToLower(stderr.String())
	if code != 1 || !strings.Contains(s, "authorization violation") || strings.Contains(s, "retrying") || strings.Contains(s, "wrong") {
		t.Errorf("exit %d, want 1 naming the authorization violation without retrying or the password:\n%s", code, stderr.String())
	}
}

// TestScheduleWaitsForNATS: `byline schedule --nats` serves /healthz
// while NATS is down, /readyz 503 naming it, and is ready once NATS is
// up. Before, it exited 1 before serving anything.
func TestScheduleWaitsForNATS(t *testing.T) {
	srv := newLateNATS(t)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := "crawl:\n  jobs:\n    - name: hourly\n      schedule: \"@hourly\"\n      seeds: [\"http://127.0.0.1:1/\"]\n"
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	metrics := "http://" + freeLoopback(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	exit := make(chan int, 1)
	var stderr syncbuf.Buffer
	go func() {
		var out syncbuf.Buffer
		exit <- runCLI(ctx, []string{"schedule", "--config", cfgFile, "--data", dir, "--nats", srv.url(),
			"--metrics-addr", strings.TrimPrefix(metrics, "http://"), "--log-level", "warn"}, &out, &stderr)
	}()
	waitUntil(t, time.Minute, exit, &stderr, "/healthz never answered 200", func() bool { c, _ := httpGet(metrics + "/healthz"); return c == 200 })
	waitUntil(t, time.Minute, exit, &stderr, "no failed attempt logged", func() bool { return strings.Contains(stderr.String(), "NATS unreachable; retrying") })
	if c, body := httpGet(metrics + "/readyz"); c != http.StatusServiceUnavailable || !strings.Contains(body, "nats: not connected yet") {
		t.Errorf("/readyz while NATS is down = %d %q, want 503 naming NATS", c, body)
	}
	srv.start()
	waitUntil(t, time.Minute, exit, &stderr, "/readyz not 200 once NATS is up", func() bool { c, _ := httpGet(metrics + "/readyz"); return c == 200 })
	cancel()
	if c := <-exit; c != 0 && c != 130 {
		t.Errorf("exit %d after the stop:\n%s", c, stderr.String())
	}
}

// TestOneShotGivesUpOnNATS: byline crawl --nats and run --once --nats
// wait for NATS a bounded time (natsWait), then exit 4 naming it. Before,
// crawl exited 1 at once, like a broken job.
func TestOneShotGivesUpOnNATS(t *testing.T) {
	old := natsWait
	natsWait = 2 * time.Second
	defer func() { natsWait = old }()
	// The URL's password must not reach the error (it did on crawl).
	url := "nats://byline:s3cret-pw@" + freeLoopback(t)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"crawl", "--seed", "http://127.0.0.1:1/", "--data", dir, "--nats", url},
		{"run", "--once", "--seed", "http://127.0.0.1:1/", "--data", dir, "--nats", url, "--allow-private"},
	} {
		t.Run(args[0], func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			var out, stderr syncbuf.Buffer
			code := runCLI(ctx, append(args, "--log-level", "warn"), &out, &stderr)
			if ctx.Err() != nil {
				t.Fatalf("%s did not give up:\n%s", args[0], stderr.String())
			}
			s := stderr.String()
			if code != exitNATSUnavailable || !strings.Contains(s, "NATS unavailable: gave up after 2s") || !strings.Contains(s, "NATS unreachable; retrying") {
				t.Errorf("exit %d, want %d naming NATS:\n%s", code, exitNATSUnavailable, s)
			}
			if strings.Contains(s+out.String(), "s3cret-pw") {
				t.Errorf("the NATS password is in the output:\n%s", s)
			}
		})
	}
}

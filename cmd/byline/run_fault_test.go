package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/internal/syncbuf"
)

// natsServerBin finds a nats-server binary ($NATS_SERVER_BIN, PATH, or
// $(go env GOPATH)/bin); it skips the test when there is none unless
// BYLINE_REQUIRE_NATS_SERVER=1.
func natsServerBin(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NATS_SERVER_BIN"); p != "" {
		return p
	}
	if p, err := exec.LookPath("nats-server"); err == nil {
		return p
	}
	if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		p := filepath.Join(strings.TrimSpace(string(out)), "bin", "nats-server")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	msg := "nats-server binary not found (set NATS_SERVER_BIN, or: go install github.com/nats-io/nats-server/v2@v2.15.2)"
	if os.Getenv("BYLINE_REQUIRE_NATS_SERVER") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// TestRunOnceServerKilledMidCrawl runs the real crawler, extractor and
// Bleve against a separate nats-server process, kills it with SIGKILL while
// the crawl is publishing and restarts it on the same store and port:
// every article is still indexed exactly once and searchable.
func TestRunOnceServerKilledMidCrawl(t *testing.T) {
	bin := natsServerBin(t)
	port := strconv.Itoa(freePorts(t, 1)[0])
	store := t.TempDir()
	// The server's own name: the readiness probe takes no other server
	// answering on the port for it.
	name := func() string { return "byline-killed-" + strconv.Itoa(os.Getpid()) + "-" + port }
	var (
		mu     sync.Mutex
		proc   *exec.Cmd
		exited chan struct{}
	)
	// start starts nats-server on port; false when it could not bind it.
	start := func() bool {
		cmd := exec.Command(bin, "-js", "-sd", store, "-a", "127.0.0.1", "-p", port, "-n", name())
		var stderr syncbuf.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Errorf("start nats-server: %v", err)
			return true
		}
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		mu.Lock()
		proc, exited = cmd, done
		mu.Unlock()
		for range 500 {
			select {
			case <-done:
				if strings.Contains(stderr.String(), "address already in use") {
					return false
				}
				t.Errorf("nats-server on %s exited at start:\n%s", port, stderr.String())
				return true
			default:
			}
			if nc, err := nats.Connect("nats://127.0.0.1:"+port, nats.Timeout(100*time.Millisecond)); err == nil {
				ours := nc.ConnectedServerName() == name()
				nc.Close()
				if ours {
					return true
				}
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Errorf("nats-server on %s not ready:\n%s", port, stderr.String())
		return true
	}
	kill := func() {
		mu.Lock()
		defer mu.Unlock()
		if proc != nil {
			_ = proc.Process.Kill()
			<-exited
			proc = nil
		}
	}
	// The port was picked (listen on :0, close) before nats-server binds
	// it, and another process can take it in between: the first start
	// then takes another port, which no client knows yet. The restart
	// below keeps its port: the crawl's connection knows it.
	for attempt := 1; !start(); attempt++ {
		if attempt == 3 {
			t.Fatalf("nats-server could not bind a free port three times")
		}
		t.Logf("nats-server port %s taken; trying another", port)
		port = strconv.Itoa(freePorts(t, 1)[0])
	}
	t.Cleanup(kill)

	const n = 40
	site := newNewsSite(t, n, -1)
	var once sync.Once
	restarted := make(chan struct{})
	served := 0
	site.onServe = func(string) {
		site.mu.Lock()
		served++
		k := served
		site.mu.Unlock()
		if k == n/3 {
			once.Do(func() {
				go func() {
					defer close(restarted)
					kill()
					time.Sleep(300 * time.Millisecond)
					start()
				}()
			})
		}
	}
	dir := t.TempDir()
	ix, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close(context.Background())
	job := loopbackJob(site, dir)
	job.Delay, job.Parallelism = 10*time.Millisecond, 1 // keep the crawl going across the outage
	// What the kill left unacked comes back after the default 30 s
	// AckWait, on each stage: the run takes 30 to 60 s (1m0.4s once with
	// the pipeline's race tests beside it), and 90 s left a loaded
	// machine half a minute for everything else.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := runOnce(ctx, onceOptions{
		Jobs:   []crawler.Config{job},
		Config: config.Config{Data: dir, NATS: config.NATS{URL: "nats://127.0.0.1:" + port}},
		Index:  ix,
		Logger: quietLogger(),
	})
	if err != nil {
		t.Fatal(err)
	}
	<-restarted
	t.Logf("\n%s", res)
	if res.Pages.Failed != 0 || res.Pages.Published+res.Pages.Duplicates != uint64(res.Crawls[0].New) {
		t.Errorf("pages lost around the outage:\n%s", res)
	}
	if !res.Reconciled || res.Index.DeadLettered+res.Extract.DeadLettered != 0 {
		t.Errorf("dead letters:\n%s", res)
	}
	if count, _ := ix.Count(ctx); count != n {
		t.Errorf("index holds %d articles, want %d", count, n)
	}
	for i := range n {
		if hits := searchToken(t, ix, storyToken(i)); hits.Total != 1 {
			t.Errorf("search %s: %d hits, want 1", storyToken(i), hits.Total)
		}
	}
}

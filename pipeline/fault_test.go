package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
)

// The fault tests run a separate nats-server process so they can kill it.
// They find the binary via $NATS_SERVER_BIN, $PATH or $(go env GOPATH)/bin
// and skip when it is absent, unless BYLINE_REQUIRE_NATS_SERVER=1 (CI).

func natsServerBin(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NATS_SERVER_BIN"); p != "" {
		return p
	}
	if p, err := exec.LookPath("nats-server"); err == nil {
		return p
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
			gopath = string(out[:len(out)-1])
		}
	}
	if gopath != "" {
		p := filepath.Join(gopath, "bin", "nats-server")
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

// natsProc is a nats-server child process with JetStream on disk.
type natsProc struct {
	t    *testing.T
	bin  string
	dir  string
	port int
	args []string // more nats-server flags (e.g. --user, --pass)
	cmd  *exec.Cmd
	exit chan struct{}
}

// startNatsProc starts a nats-server on a free port.
func startNatsProc(t *testing.T) *natsProc {
	t.Helper()
	p := newNatsProc(t)
	p.startFresh()
	return p
}

// newNatsProc picks a free port and a store for a nats-server that is
// not started yet (see start); it is killed when the test ends.
func newNatsProc(t *testing.T, args ...string) *natsProc {
	t.Helper()
	p := &natsProc{t: t, bin: natsServerBin(t), dir: t.TempDir(), port: freePort(t), args: args}
	t.Cleanup(p.kill)
	return p
}

// freePort is a loopback port nothing listened on a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (p *natsProc) url() string { return "nats://127.0.0.1:" + strconv.Itoa(p.port) }

// name is the server name of this test's nats-server: the readiness
// probe takes no other server listening on the port for it.
func (p *natsProc) name() string { return fmt.Sprintf("byline-fault-%d-%d", os.Getpid(), p.port) }

// start starts nats-server on its port, which clients may know already
// (a restart, a server that comes up late).
func (p *natsProc) start() {
	p.t.Helper()
	if err := p.tryStart(); err != nil {
		p.t.Fatal(err)
	}
}

// startFresh starts nats-server for the first time, before anyone was
// given its url. The port was picked (listen on :0, close) before
// nats-server binds it, and another process can take it in between:
// then it starts on another port.
func (p *natsProc) startFresh() {
	p.t.Helper()
	for attempt := 1; ; attempt++ {
		err := p.tryStart()
		if err == nil {
			return
		}
		if !errors.Is(err, errPortTaken) || attempt == 3 {
			p.t.Fatal(err)
		}
		p.t.Logf("%v; trying another port", err)
		p.port = freePort(p.t)
	}
}

// userInfo is the probe's login: the --user and --pass of args, if any.
func (p *natsProc) userInfo() nats.Option {
	var user, pass string
	for i := 0; i+1 < len(p.args); i++ {
		switch p.args[i] {
		case "--user":
			user = p.args[i+1]
		case "--pass":
			pass = p.args[i+1]
		}
	}
	if user == "" {
		return func(*nats.Options) error { return nil }
	}
	return nats.UserInfo(user, pass)
}

// errPortTaken is tryStart's error when nats-server could not bind its
// port: another process holds it.
var errPortTaken = errors.New("nats-server port taken")

// tryStart starts nats-server and waits until it answers.
func (p *natsProc) tryStart() error {
	p.cmd = exec.Command(p.bin, append([]string{"-js", "-sd", p.dir, "-a", "127.0.0.1", "-p", strconv.Itoa(p.port), "-n", p.name()}, p.args...)...)
	var stderr syncbuf.Buffer
	p.cmd.Stdout, p.cmd.Stderr = nil, &stderr
	if err := p.cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", p.bin, err)
	}
	p.exit = make(chan struct{})
	go func(c *exec.Cmd, exit chan struct{}) { _ = c.Wait(); close(exit) }(p.cmd, p.exit)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-p.exit:
			p.cmd = nil
			if strings.Contains(stderr.String(), "address already in use") {
				return fmt.Errorf("%w: %d", errPortTaken, p.port)
			}
			return fmt.Errorf("nats-server on port %d exited at start:\n%s", p.port, stderr.String())
		default:
		}
		nc, err := nats.Connect(p.url(), nats.Timeout(200*time.Millisecond), p.userInfo())
		if err == nil {
			ours := nc.ConnectedServerName() == p.name()
			js, _ := jetstream.New(nc)
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			_, err = js.AccountInfo(ctx)
			cancel()
			nc.Close()
			if err == nil && ours {
				return nil
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("nats-server on port %d not ready:\n%s", p.port, stderr.String())
}

// kill sends SIGKILL (kill -9) and waits for the process to exit.
func (p *natsProc) kill() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Kill()
	<-p.exit
	p.cmd = nil
}

// dial connects to the process with reconnect-forever options.
func (p *natsProc) dial(t *testing.T) (*nats.Conn, jetstream.JetStream) {
	t.Helper()
	nc, err := bus.Dial(bus.DialConfig{URL: p.url(), Name: t.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return nc, js
}

// TestFaultServerKilled kills the server with SIGKILL mid-crawl and restarts
// it on the same store directory and port: every page published before,
// during and after the outage is indexed, none twice in the index, and no
// dead letters.
func TestFaultServerKilled(t *testing.T) {
	srv := startNatsProc(t)
	_, js := srv.dial(t)
	cfg := testConfig()
	cfg.PublishTimeout = 20 * time.Second
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	idx := newFakeIndex()
	_, _, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)

	const n = 60
	var want []string
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for i := range n {
		if i == 20 {
			srv.kill()
			// Restart after a short outage while the crawl keeps going:
			// Put blocks and retries until the server is back.
			go func() {
				time.Sleep(300 * time.Millisecond)
				srv.start()
			}()
		}
		p := testPage("kill.example", i)
		want = append(want, article.IDFor(p.URL))
		if err := pub.Put(ctx, p); err != nil {
			t.Fatalf("Put %d during outage: %v", i, err)
		}
	}
	waitIdle(t, js, cfg, 30*time.Second)
	stop()
	ps := pub.Stats()
	if ps.Published+ps.Duplicates != n || ps.Failed != 0 {
		t.Errorf("publisher stats = %+v, want %d published or duplicate, 0 failed", ps, n)
	}
	idx.assertDocs(t, want, false)
	if msgs := deadLetters(t, js); len(msgs) != 0 {
		t.Errorf("%d dead letters, want 0", len(msgs))
	}
	p, err := pipeline.Status(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if p.Articles != n {
		t.Errorf("ARTICLES holds %d messages, want %d (one per page, duplicates dropped)", p.Articles, n)
	}
}

// TestFaultExtractWorkerKilled kills an extract worker (closes its
// connection) while it holds a batch it has not acked: those pages are
// redelivered after AckWait to another worker and each article is indexed
// exactly once.
func TestFaultExtractWorkerKilled(t *testing.T) {
	srv := startNatsProc(t)
	_, js := srv.dial(t)
	cfg := testConfig()
	cfg.Extract.AckWait = shortAckWait // worker A's pages come back after it
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	const n = 30
	var want []string
	for i := range n {
		p := testPage("worker.example", i)
		want = append(want, article.IDFor(p.URL))
		if err := pub.Put(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}

	// Worker A takes a batch and hangs on it.
	ncA, jsA := srv.dial(t)
	held := make(chan string, n)
	hang := make(chan struct{})
	wA, err := pipeline.NewExtractWorker(jsA, cfg, func(ctx context.Context, p *article.Page) (*article.Article, error) {
		held <- p.URL
		<-hang
		return nil, errors.New("worker A was killed")
	})
	if err != nil {
		t.Fatal(err)
	}
	ctxA, cancelA := context.WithCancel(context.Background())
	defer cancelA()
	doneA := make(chan struct{})
	go func() { _ = wA.Run(ctxA); close(doneA) }()
	for range cfg.Extract.Concurrency {
		<-held
	}
	ncA.Close() // the process dies: no acks, no naks
	close(hang)
	<-doneA

	idx := newFakeIndex()
	wB, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	waitIdle(t, js, cfg, 30*time.Second)
	stop()
	if s := wA.Stats(); s.Extracted != 0 || s.Received != uint64(cfg.Extract.Concurrency) {
		t.Errorf("worker A stats = %+v, want %d received, 0 extracted", s, cfg.Extract.Concurrency)
	}
	// Worker B's own acks meet the same short AckWait: one later than it
	// (a loaded machine under -race) has a page delivered to B again,
	// and its article dropped by the ARTICLES duplicates window. The
	// pages, the ARTICLES stream and the index (whose consumer has the
	// patient AckWait) count each article once.
	s := wB.Stats()
	if s.Extracted+s.NonArticles != s.Received || s.Extracted-s.DuplicateArticles != n || s.DuplicateArticles > s.Received-n || s.DeadLettered != 0 {
		t.Errorf("worker B stats = %+v, want %d extracted (including A's redelivered batch), each delivery once, duplicates only of pages delivered again", s, n)
	}
	if p, err := pipeline.Status(context.Background(), js, cfg); err != nil {
		t.Fatal(err)
	} else if p.Articles != n {
		t.Errorf("ARTICLES holds %d messages, want %d (one per page)", p.Articles, n)
	}
	if s := iw.Stats(); s.Indexed != n || s.Received != n {
		t.Errorf("index stats = %+v, want %d indexed, each once", s, n)
	}
	idx.assertDocs(t, want, true)
}

// TestFaultIndexUnavailable and TestFaultPoisonPage run the embedded-server
// scenarios against the separate server process.
func TestFaultIndexUnavailable(t *testing.T) {
	srv := startNatsProc(t)
	_, js := srv.dial(t)
	unavailableScenario(t, js)
}

func TestFaultPoisonPage(t *testing.T) {
	srv := startNatsProc(t)
	_, js := srv.dial(t)
	poisonScenario(t, js)
}

// TestFaultServerKilledWorkersBusy kills the server while workers are busy
// (pages already queued), so acks and article publishes hit the outage.
func TestFaultServerKilledWorkersBusy(t *testing.T) {
	srv := startNatsProc(t)
	_, js := srv.dial(t)
	cfg := testConfig()
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	const n = 80
	var want []string
	for i := range n {
		p := testPage("busy.example", i)
		want = append(want, article.IDFor(p.URL))
		if err := pub.Put(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	idx := newFakeIndex()
	var slowOnce sync.Once
	killed := make(chan struct{})
	ex := stubExtract(nil)
	_, _, stop := runWorkers(t, js, cfg, func(ctx context.Context, p *article.Page) (*article.Article, error) {
		slowOnce.Do(func() {
			go func() {
				srv.kill()
				time.Sleep(300 * time.Millisecond)
				srv.start()
				close(killed)
			}()
		})
		time.Sleep(5 * time.Millisecond)
		return ex(ctx, p)
	}, idx)
	<-killed
	waitIdle(t, js, cfg, 40*time.Second)
	stop()
	idx.assertDocs(t, want, false)
	if msgs := deadLetters(t, js); len(msgs) != 0 {
		t.Errorf("%d dead letters, want 0", len(msgs))
	}
}

// TestFaultWorkersStartWhileServerDown: workers started while nats-server
// is down wait for it (their consumer lookups time out and are tried
// again) instead of dying, and process what is published once it is back.
// A worker that died on its first request here used to leave the index
// stage empty (a -race CI run of TestFaultServerKilledWorkersBusy).
func TestFaultWorkersStartWhileServerDown(t *testing.T) {
	srv := startNatsProc(t)
	_, js := srv.dial(t)
	cfg := testConfig()
	setup(t, js, cfg)
	srv.kill()
	idx := newFakeIndex()
	_, _, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	time.Sleep(7 * time.Second) // past nats.go's 5 s request timeout
	srv.start()
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range 10 {
		p := testPage("late.example", i)
		want = append(want, article.IDFor(p.URL))
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := pub.Put(ctx, p)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
	}
	waitIdle(t, js, cfg, 40*time.Second)
	stop()
	idx.assertDocs(t, want, false)
}

var _ = fmt.Sprint

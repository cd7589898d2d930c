package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/pipeline"
)

// Modes of switchES.
const (
	esDown   = iota // 503, as a cluster restarting or without a master
	esUp            // answers as Elasticsearch
	esDenied        // 401, bad credentials
)

// switchES is an Elasticsearch on 127.0.0.1 that is down, up or refusing
// the credentials, as the test sets it. Up, it acknowledges admin calls,
// keeps the ids the bulk API indexes and counts them.
type switchES struct {
	mode atomic.Int32
	mu   sync.Mutex
	docs map[string]bool
	srv  *httptest.Server
}

// newSwitchES starts the fake in mode on addr ("" = any free port).
func newSwitchES(t *testing.T, mode int32, addr string) *switchES {
	t.Helper()
	e := &switchES{docs: map[string]bool{}}
	e.mode.Store(mode)
	e.srv = httptest.NewUnstartedServer(http.HandlerFunc(e.serve))
	if addr != "" {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		e.srv.Listener.Close()
		e.srv.Listener = l
	}
	e.srv.Start()
	t.Cleanup(e.srv.Close)
	return e
}

func (e *switchES) count() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.docs)
}

func (e *switchES) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Header().Set("X-Elastic-Product", "Elasticsearch")
	w.Header().Set("Content-Type", "application/json")
	switch e.mode.Load() {
	case esDown:
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"error":{"type":"master_not_discovered_exception","reason":"no master"},"status":503}`)
		return
	case esDenied:
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"error":{"type":"security_exception","reason":"unable to authenticate user [byline]"},"status":401}`)
		return
	}
	switch {
	case r.Method == http.MethodHead && strings.HasPrefix(r.URL.Path, "/_index_template/"):
		w.WriteHeader(http.StatusOK)
	case strings.HasSuffix(r.URL.Path, "/_bulk"):
		e.bulk(w, body)
	case strings.HasSuffix(r.URL.Path, "/_count"):
		fmt.Fprintf(w, `{"count":%d}`, e.count())
	case r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/_mapping"):
		io.WriteString(w, `{}`) // no index with an older mapping
	case strings.HasSuffix(r.URL.Path, "/_search"):
		io.WriteString(w, `{"took":1,"timed_out":false,"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}`)
	default:
		io.WriteString(w, `{"acknowledged":true}`)
	}
}

// bulk indexes every action of an NDJSON bulk body.
func (e *switchES) bulk(w http.ResponseWriter, body []byte) {
	var items []string
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 64<<20)
	action := true
	for sc.Scan() {
		if !action {
			action = true
			continue
		}
		var a map[string]struct {
			Index string `json:"_index"`
			ID    string `json:"_id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err == nil {
			for op, m := range a {
				e.mu.Lock()
				e.docs[m.ID] = true
				e.mu.Unlock()
				items = append(items, fmt.Sprintf(`{%q:{"_index":%q,"_id":%q,"status":200,"result":"updated","_version":1}}`, op, m.Index, m.ID))
				action = op == "delete"
			}
		}
	}
	fmt.Fprintf(w, `{"took":1,"errors":false,"items":[%s]}`, strings.Join(items, ","))
}

// waitUntil polls cond until it holds; it fails after limit or when the
// command exits.
func waitUntil(t *testing.T, limit time.Duration, exit <-chan int, stderr *syncbuf.Buffer, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		select {
		case c := <-exit:
			t.Fatalf("%s: the command exited with %d:\n%s", what, c, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s\n%s", limit, what, stderr.String())
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// loggedAddr waits until the command's text log on stderr has the record
// msg and returns its address (its addr, or the host:port of its url):
// given port 0, a command binds a free port itself and says which, where
// a port picked beforehand could be taken by another process before the
// command binds it.
func loggedAddr(t *testing.T, exit <-chan int, stderr *syncbuf.Buffer, msg string) string {
	t.Helper()
	m := regexp.QuoteMeta(msg)
	if strings.ContainsAny(msg, " =\"") {
		m = `"` + m + `"`
	}
	re := regexp.MustCompile(`\bmsg=` + m + ` .*?\b(?:addr=|url=http://)([^\s/]+)`)
	var addr string
	waitUntil(t, 30*time.Second, exit, stderr, "the command to log its address ("+msg+")", func() bool {
		m := re.FindStringSubmatch(stderr.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	})
	return addr
}

// freeLoopback returns a 127.0.0.1 address nothing listens on.
func freeLoopback(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// clearESEnv keeps the developer's BYLINE_*ES* settings out of a test.
func clearESEnv(t *testing.T) {
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "BYLINE_ES_") || strings.HasPrefix(k, "BYLINE_INDEX_ELASTICSEARCH_") {
			t.Setenv(k, "")
		}
	}
}

// stopCommand cancels a command and wants a clean exit.
func stopCommand(t *testing.T, cancel func(), exit <-chan int, stderr *syncbuf.Buffer) {
	t.Helper()
	cancel()
	select {
	case c := <-exit:
		if c != 0 && c != 130 {
			t.Errorf("exit %d after the stop:\n%s", c, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the command did not stop")
	}
}

// TestWorkerIndexWaitsForES: `byline worker index --es` started while
// Elasticsearch answers 503 (a rolling restart) keeps running: /healthz
// answers, /readyz is 503 naming the index, each failed attempt is logged
// at WARN; once Elasticsearch answers, the worker indexes the articles
// that waited in JetStream and becomes ready. Before, it exited 1 at once
// and the pod went into CrashLoopBackOff.
func TestWorkerIndexWaitsForES(t *testing.T) {
	clearESEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv := listeningBus(ctx, t)
	es := newSwitchES(t, esDown, "")
	site := newNewsSite(t, 3, -1)
	metrics := "http://" + freeLoopback(t)

	wctx, stop := context.WithCancel(ctx)
	defer stop()
	exit := make(chan int, 1)
	var stderr syncbuf.Buffer
	go func() {
		var out syncbuf.Buffer
		exit <- runCLI(wctx, []string{"worker", "index", "--nats", srv.ClientURL(), "--es", es.srv.URL,
			"--metrics-addr", strings.TrimPrefix(metrics, "http://"), "--log-level", "warn"}, &out, &stderr)
	}()
	go func() {
		var out, errb syncbuf.Buffer
		_ = runCLI(wctx, []string{"worker", "extract", "--nats", srv.ClientURL(), "--log-level", "error"}, &out, &errb)
	}()
	js := tcpJetStream(t, srv)
	if err := pipeline.Setup(ctx, js, pipeline.Config{}); err != nil {
		t.Fatal(err)
	}
	pub, err := pipeline.NewPublisher(js, pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		u := site.url(storyPath(i))
		p := &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: time.Now(), ContentType: "text/html; charset=utf-8", Body: site.story(i)}
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
	}

	waitUntil(t, time.Minute, exit, &stderr, "/healthz never answered 200", func() bool { c, _ := httpGet(metrics + "/healthz"); return c == 200 })
	waitUntil(t, time.Minute, exit, &stderr, "no failed attempt logged at WARN", func() bool {
		s := stderr.String()
		return strings.Contains(s, "WARN") && strings.Contains(s, "waiting to open it") && strings.Contains(s, "master_not_discovered_exception")
	})
	if c, body := httpGet(metrics + "/readyz"); c != http.StatusServiceUnavailable || !strings.Contains(body, "index: not open") {
		t.Errorf("/readyz while Elasticsearch is down = %d %q, want 503 naming the index", c, body)
	}

	es.mode.Store(esUp)
	waitUntil(t, time.Minute, exit, &stderr, "the articles were not indexed after Elasticsearch came back", func() bool { return es.count() == 3 })
	waitUntil(t, time.Minute, exit, &stderr, "/readyz not 200 once Elasticsearch answered", func() bool { c, _ := httpGet(metrics + "/readyz"); return c == 200 })
	stopCommand(t, stop, exit, &stderr)
}

// TestWorkerIndexESBadCredentialsFailsFast: a 401 cannot mend by waiting:
// the worker exits 1 naming it.
func TestWorkerIndexESBadCredentialsFailsFast(t *testing.T) {
	clearESEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv := listeningBus(ctx, t)
	es := newSwitchES(t, esDenied, "")
	var out, stderr syncbuf.Buffer
	code := runCLI(ctx, []string{"worker", "index", "--nats", srv.ClientURL(), "--es", es.srv.URL, "--log-level", "warn"}, &out, &stderr)
	if ctx.Err() != nil {
		t.Fatalf("the worker waited on bad credentials:\n%s", stderr.String())
	}
	if code != 1 || !strings.Contains(stderr.String(), "security_exception") {
		t.Errorf("exit %d, want 1 naming the 401:\n%s", code, stderr.String())
	}
	if strings.Contains(stderr.String(), "waiting to open it") {
		t.Errorf("bad credentials were waited on:\n%s", stderr.String())
	}
}

// TestRunESRefusedAtStart: `byline run --es` with nothing listening at the
// Elasticsearch address yet (a compose file whose ES container is not up)
// serves at once, the search page 503, crawls and extracts; once
// Elasticsearch listens the articles are indexed.
func TestRunESRefusedAtStart(t *testing.T) {
	clearESEnv(t)
	site := newNewsSite(t, 3, -1)
	dir := t.TempDir()
	addr, esAddr := freeLoopback(t), freeLoopback(t)
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := fmt.Sprintf("crawl:\n  defaults: {allow_private: true, delay: 0s, auto_throttle: {enabled: false}}\n  jobs:\n    - name: loopback\n      seeds: [%q]\n", site.url("/"))
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	exit := make(chan int, 1)
	var stderr syncbuf.Buffer
	go func() {
		var out syncbuf.Buffer
		exit <- runCLI(ctx, []string{"run", "--config", cfgFile, "--data", dir, "--addr", addr, "--es", "http://" + esAddr, "--log-level", "warn"}, &out, &stderr)
	}()
	base := "http://" + addr
	waitUntil(t, time.Minute, exit, &stderr, "/healthz never answered 200", func() bool { c, _ := httpGet(base + "/healthz"); return c == 200 })
	waitUntil(t, time.Minute, exit, &stderr, "no refused attempt logged", func() bool { return strings.Contains(stderr.String(), "waiting to open it") })
	if c, body := httpGet(base + "/readyz"); c != http.StatusServiceUnavailable || !strings.Contains(body, "index: not open") {
		t.Errorf("/readyz = %d %q, want 503 naming the index", c, body)
	}
	if c, _ := httpGet(base + "/"); c != http.StatusServiceUnavailable {
		t.Errorf("search page = %d, want 503 until the index opens", c)
	}
	es := newSwitchES(t, esUp, esAddr)
	waitUntil(t, time.Minute, exit, &stderr, "the articles were not indexed after Elasticsearch came up", func() bool { return es.count() >= 3 })
	waitUntil(t, time.Minute, exit, &stderr, "/readyz not 200", func() bool { c, _ := httpGet(base + "/readyz"); return c == 200 })
	stopCommand(t, cancel, exit, &stderr)
}

// TestServeESWaitsForES: `byline serve --es` with Elasticsearch down
// serves /healthz, answers 503 on /readyz and the search page, and serves
// searches once Elasticsearch answers. Before, it exited 1.
func TestServeESWaitsForES(t *testing.T) {
	clearESEnv(t)
	addr, esAddr := freeLoopback(t), freeLoopback(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	exit := make(chan int, 1)
	var stderr syncbuf.Buffer
	go func() {
		var out syncbuf.Buffer
		exit <- runCLI(ctx, []string{"serve", "--addr", addr, "--es", "http://" + esAddr, "--log-level", "warn"}, &out, &stderr)
	}()
	base := "http://" + addr
	waitUntil(t, time.Minute, exit, &stderr, "/healthz never answered 200", func() bool { c, _ := httpGet(base + "/healthz"); return c == 200 })
	if c, _ := httpGet(base + "/readyz"); c != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d, want 503 while Elasticsearch is down\n%s", c, stderr.String())
	}
	if c, _ := httpGet(base + "/api/search?q=x"); c != http.StatusServiceUnavailable {
		t.Errorf("/api/search = %d, want 503 while Elasticsearch is down", c)
	}
	newSwitchES(t, esUp, esAddr)
	waitUntil(t, time.Minute, exit, &stderr, "/readyz not 200 once Elasticsearch answered", func() bool { c, _ := httpGet(base + "/readyz"); return c == 200 })
	if c, body := httpGet(base + "/api/search?q=x"); c != 200 {
		t.Errorf("/api/search = %d %s", c, body)
	}
	stopCommand(t, cancel, exit, &stderr)
}

// TestServeESBadCredentialsFailsFast: serve --es given credentials
// Elasticsearch refuses exits 1 naming the 401 instead of waiting.
func TestServeESBadCredentialsFailsFast(t *testing.T) {
	clearESEnv(t)
	es := newSwitchES(t, esDenied, "")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, stderr syncbuf.Buffer
	code := runCLI(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--es", es.srv.URL, "--log-level", "warn"}, &out, &stderr)
	if ctx.Err() != nil {
		t.Fatalf("serve waited on bad credentials:\n%s", stderr.String())
	}
	if code != 1 || !strings.Contains(stderr.String(), "401") || strings.Contains(stderr.String(), "waiting to open it") {
		t.Errorf("exit %d, want 1 naming the 401 without waiting:\n%s%s", code, stderr.String(), out.String())
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/wire"
)

// TestPythonSubscriberHeartbeatsSlowHandler: a handler slower than AckWait
// keeps its article, because the example says "in progress" every
// AckWait/3 while it runs; a second instance of the durable, waiting for
// work, never gets it. Without the heartbeat it got it after AckWait.
func TestPythonSubscriberHeartbeatsSlowHandler(t *testing.T) {
	py := pythonWithDeps(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, js := streamsBus(ctx, t)
	a := pyPublish(ctx, t, js, "https://news.example/2025/06/01/ferry-vote")
	var runs []*pyRun
	for range 2 {
		runs = append(runs, startPython(ctx, t, py, "time.sleep(6)\nkeep(self, article, meta)",
			"--nats", srv.ClientURL(), "--durable", "python-slow", "--ack-wait", "3", "--until-caught-up", "--timeout", "60"))
	}
	printed, delivered := 0, 0
	for _, r := range runs {
		st := r.wait(t)
		printed += strings.Count(r.stdout.String(), `"id": "`+a.ID+`"`) // one JSON line per handling
		delivered += st["delivered"]
	}
	if printed != 1 || delivered != 1 {
		t.Errorf("the article was handled %d times in %d deliveries, want once (AckWait 3 s, handler 6 s)\n%s\n%s", printed, delivered, runs[0], runs[1])
	}
}

// TestPythonSubscriberMaxDeliver: with --max-deliver 2, a handler that
// always fails gets the article twice, then the example terminates it and
// says which one; nothing is left pending.
func TestPythonSubscriberMaxDeliver(t *testing.T) {
	py := pythonWithDeps(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, js := streamsBus(ctx, t)
	a := pyPublish(ctx, t, js, "https://news.example/2025/06/01/ferry-vote")
	r := startPython(ctx, t, py, `raise RuntimeError("the database is down")`,
		"--nats", srv.ClientURL(), "--durable", "python-max-deliver", "--max-deliver", "2", "--until-caught-up", "--timeout", "30")
	st := r.wait(t)
	if st["delivered"] != 2 || st["retried"] != 1 || st["terminated"] != 1 || st["handled"] != 0 {
		t.Errorf("stats %v: want 2 deliveries, 1 retried, 1 terminated, none handled\n%s", st, r)
	}
	want := fmt.Sprintf("terminated %s seq 1 id %s", wire.ArticleSubject(wire.ArticleSite(a)), a.ID)
	if !strings.Contains(r.stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, r)
	}
	cons, err := js.Consumer(ctx, "ARTICLES", "python-max-deliver")
	if err != nil {
		t.Fatal(err)
	}
	// The example's term is not confirmed (nats-py's term() does not wait)
	// and the server applies acks on the consumer's own goroutine, after
	// reading them from the example's connection; so the consumer may
	// still count the article unacked for a moment after the example
	// exited. Read it until it settles, for at most 10 s, then check.
	var info *jetstream.ConsumerInfo
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if info, err = cons.Info(ctx); err != nil {
			t.Fatal(err)
		}
		if info.NumAckPending == 0 && info.NumRedelivered == 0 && info.NumPending == 0 || time.Now().After(deadline) {
			break
		}
	}
	if info.NumAckPending != 0 || info.NumRedelivered != 0 || info.NumPending != 0 {
		t.Errorf("consumer: %d ack pending, %d redelivered, %d pending; want the article terminated", info.NumAckPending, info.NumRedelivered, info.NumPending)
	}
}

// TestPythonSubscriberSiteCheck: news.example.com and news_example.com share
// a subject token; --site news.example.com handles the first only and acks
// the other as skipped.
func TestPythonSubscriberSiteCheck(t *testing.T) {
	py := pythonWithDeps(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, js := streamsBus(ctx, t)
	want := pyPublish(ctx, t, js, "https://news.example.com/2025/06/01/ferry-vote")
	other := pyPublish(ctx, t, js, "https://news_example.com/2025/06/01/ferry-vote")
	if wire.ArticleSubject(wire.ArticleSite(want)) != wire.ArticleSubject(wire.ArticleSite(other)) {
		t.Fatal("the two sites no longer share a subject: the test checks nothing")
	}
	r := startPython(ctx, t, py, "",
		"--nats", srv.ClientURL(), "--durable", "python-site", "--site", "news.example.com", "--until-caught-up", "--timeout", "60")
	st := r.wait(t)
	if st["handled"] != 1 || st["skipped"] != 1 || !strings.Contains(r.stdout.String(), want.ID) || strings.Contains(r.stdout.String(), other.ID) {
		t.Errorf("stats %v: want %s handled and %s skipped\n%s", st, want.URL, other.URL, r)
	}
}

// TestPythonSubscriberNewerSchemaInJSON: an article whose JSON says a newer
// schema_version is kept as undecodable (not rejected by the schema as
// invalid) even when its message has no Byline-Schema-Version header.
func TestPythonSubscriberNewerSchemaInJSON(t *testing.T) {
	py := pythonWithDeps(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, js := streamsBus(ctx, t)
	ok := pyPublish(ctx, t, js, "https://news.example/2025/06/01/ferry-vote")
	newer, err := extractPage(ctx, pyPage("https://news.example/2025/06/02/ferry-vote-again"))
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := wire.EncodeArticle(ctx, newer, 1<<20, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.Get(wire.HeaderContentEncoding) != "" {
		t.Fatal("want a plain JSON body")
	}
	var doc map[string]any
	if err := json.Unmarshal(m.Data, &doc); err != nil {
		t.Fatal(err)
	}
	doc["schema_version"] = 2
	if m.Data, err = json.Marshal(doc); err != nil {
		t.Fatal(err)
	}
	m.Header.Del(wire.HeaderSchemaVersion) // another producer's message
	if _, err := js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	r := startPython(ctx, t, py, "",
		"--nats", srv.ClientURL(), "--durable", "python-newer", "--until-caught-up", "--timeout", "60")
	st := r.wait(t)
	if st["handled"] != 1 || st["undecodable"] != 1 || st["invalid"] != 0 || !strings.Contains(r.stdout.String(), ok.ID) ||
		!strings.Contains(r.stderr.String(), "schema_version 2 is newer") {
		t.Errorf("stats %v: want %s handled and the schema_version 2 article kept as undecodable, not invalid\n%s", st, ok.URL, r)
	}
}

// pyPage is a short news page at u.
func pyPage(u string) *article.Page {
	return &article.Page{
		URL:         u,
		ContentType: "text/html; charset=utf-8",
		FetchedAt:   time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC),
		Body: []byte(`<!DOCTYPE html><html><head><title>Ferry vote extended</title></head><body><article>
<h1>Ferry vote extended</h1>
<p>The harbour board extended the vote on the three ferry terminal designs by two weeks on Monday, after residents asked for more time to compare them.</p>
<p>“We want every neighbourhood to have its say before anything is built,” said Mara Lind, who chairs the board.</p>
<p>The designs differ mostly in where the new waiting hall would stand and how many buses could stop beside it at once.</p>
</article></body></html>`),
	}
}

// pyPublish extracts pyPage(u) and publishes the article as byline does.
func pyPublish(ctx context.Context, t *testing.T, js jetstream.JetStream, u string) *article.Article {
	t.Helper()
	a, err := extractPage(ctx, pyPage(u))
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := wire.EncodeArticle(ctx, a, 1<<20, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	return a
}

// pyRun is the Python example running as a subprocess.
type pyRun struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
	stats          string
}

func (r *pyRun) String() string {
	return fmt.Sprintf("stdout:\n%s\nstderr:\n%s", &r.stdout, &r.stderr)
}

// startPython runs the example with args and its handle() replaced, as a
// user's copy replaces it, by a function of (self, article, meta) with
// this body (lines of Python; keep is the example's own handle); "" keeps
// the example's.
func startPython(ctx context.Context, t *testing.T, py, handle string, args ...string) *pyRun {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "examples", "python"))
	if err != nil {
		t.Fatal(err)
	}
	if handle == "" {
		handle = "keep(self, article, meta)"
	}
	script := fmt.Sprintf(`import sys, time
sys.path.insert(0, %q)
import byline_subscriber
keep = byline_subscriber.Subscriber.handle
def handle(self, article, meta):
    %s
byline_subscriber.Subscriber.handle = handle
sys.exit(byline_subscriber.main())
`, dir, strings.ReplaceAll(handle, "\n", "\n    "))
	tmp := t.TempDir()
	path := filepath.Join(tmp, "subscriber.py")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &pyRun{stats: filepath.Join(tmp, "stats.json")}
	r.cmd = exec.CommandContext(ctx, py, append([]string{path, "--stats", r.stats}, args...)...)
	r.cmd.Stdout, r.cmd.Stderr = &r.stdout, &r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return r
}

// wait waits for the example to exit (with 0) and returns its stats.
func (r *pyRun) wait(t *testing.T) map[string]int {
	t.Helper()
	if err := r.cmd.Wait(); err != nil {
		t.Fatalf("python subscriber: %v\n%s", err, r)
	}
	var st map[string]int
	data, err := os.ReadFile(r.stats)
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	if err != nil {
		t.Fatalf("python stats: %v\n%s", err, r)
	}
	return st
}

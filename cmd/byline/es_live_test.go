package main

// End-to-end runs against a real Elasticsearch 8 node (make test-es): the
// whole pipeline with --es, byline search --es, and the index going down
// mid-run. They skip without a node, and fail instead under
// BYLINE_REQUIRE_ES=1.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/index"
	"github.com/byline/byline/index/es/esnode"
	"github.com/byline/byline/internal/syncbuf"
)

// liveESPrefix points BYLINE_ES_INDEX at a fresh index prefix, dropped on
// the node at url when the test ends.
func liveESPrefix(t *testing.T, url string) string {
	prefix := fmt.Sprintf("byline-e2e-%08x", rand.Uint32())
	t.Setenv("BYLINE_ES_INDEX", prefix)
	t.Cleanup(func() {
		if err := esnode.DropIndices(context.Background(), url, prefix); err != nil {
			t.Errorf("clean up %s: %v", prefix, err)
		}
	})
	return prefix
}

// loopbackConfig writes a byline.yaml crawling site with politeness off.
func loopbackConfig(t *testing.T, dir string, site *newsSite) string {
	t.Helper()
	cfg := fmt.Sprintf(`crawl:
  defaults:
    allow_private: true
    delay: 0s
    auto_throttle: {enabled: false}
    parallelism: 4
  jobs:
    - name: loopback
      seeds: [%q]
      sitemaps: [%q]
pipeline:
  duplicates: 1m
  extract: {ack_wait: 10s, max_deliver: 3, backoff: [100ms, 200ms]}
`, site.url("/"), site.url("/sitemap.xml"))
	p := filepath.Join(dir, "byline.yaml")
	if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// runMain runs the byline command line and returns stdout; a non-zero exit
// fails the test.
func runMain(t *testing.T, ctx context.Context, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := runCLI(ctx, args, &stdout, &stderr); code != 0 {
		t.Fatalf("byline %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, &stdout, &stderr)
	}
	return stdout.String()
}

// checkESIndex checks that every story of site is in the index at url
// exactly once, and that quotes are searchable by speaker, page by quote.
func checkESIndex(t *testing.T, ctx context.Context, url string, site *newsSite) {
	t.Helper()
	for i := range site.n {
		var res index.Results
		out := runMain(t, ctx, "search", "--es", url, "--json", storyToken(i))
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("search output: %v\n%s", err, out)
		}
		if res.Total != 1 || len(res.Hits) != 1 || res.Hits[0].URL != site.url(storyPath(i)) {
			t.Errorf("search --es %s: total %d, hits %+v; want the one story %s", storyToken(i), res.Total, res.Hits, storyPath(i))
		}
	}
	// The generated stories share their body, so clustering makes them
	// copies of one story: count articles, not stories.
	var all index.Results
	out := runMain(t, ctx, "search", "--es", url, "--json", "--no-collapse", "--limit", "1", "")
	if err := json.Unmarshal([]byte(out), &all); err != nil || all.Total != uint64(site.n) {
		t.Errorf("search --es '': total %d (%v), want %d articles, each once", all.Total, err, site.n)
	}
	var quotes index.QuoteResults
	out = runMain(t, ctx, "search", "--es", url, "--json", "--quotes", "--speaker", "Alice Smith", "--limit", "20")
	if err := json.Unmarshal([]byte(out), &quotes); err != nil {
		t.Fatalf("quote search output: %v\n%s", err, out)
	}
	if quotes.Total != uint64(site.n) || len(quotes.Hits) != min(20, site.n) {
		t.Errorf("search --es --quotes --speaker 'Alice Smith' --limit 20: total %d, %d hits; want %d and %d", quotes.Total, len(quotes.Hits), site.n, min(20, site.n))
	}
	for _, h := range quotes.Hits {
		if h.Speaker != "Alice Smith" || !strings.HasPrefix(h.Text, "This is a good day") {
			t.Errorf("quote hit %+v", h)
			break
		}
	}
}

// indexedCount reads "index    indexed N," from the --once summary.
func indexedCount(t *testing.T, out string) int {
	t.Helper()
	i := strings.Index(out, "indexed ")
	var n int
	if i < 0 {
		t.Fatalf("no indexed count in:\n%s", out)
	}
	if _, err := fmt.Sscanf(out[i:], "indexed %d,", &n); err != nil {
		t.Fatalf("indexed count in %q: %v", out[i:], err)
	}
	return n
}

// TestLiveRunOnceES: byline run --once --es over a loopback news site
// indexes every published page once; byline search --es finds each story
// and the quotes by speaker; a second run indexes nothing.
func TestLiveRunOnceES(t *testing.T) {
	url := esnode.URL(t)
	const n = 24
	site := newNewsSite(t, n, -1)
	dir := t.TempDir()
	liveESPrefix(t, url)
	cfg := loopbackConfig(t, dir, site)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	out := runMain(t, ctx, "run", "--once", "--config", cfg, "--data", dir, "--es", url, "--addr", "", "--log-level", "warn")
	t.Logf("byline run --once --es %s:\n%s", url, out)
	if got := indexedCount(t, out); got != n || !strings.Contains(out, "reconcile ok") {
		t.Errorf("indexed %d, want %d, with the counts reconciled", got, n)
	}
	checkESIndex(t, ctx, url, site)
	checkServeES(t, url, site)

	out = runMain(t, ctx, "run", "--once", "--config", cfg, "--data", dir, "--es", url, "--addr", "", "--log-level", "warn")
	if got := indexedCount(t, out); got != 0 || !strings.Contains(out, "reconcile ok") {
		t.Errorf("second run indexed %d, want 0:\n%s", got, out)
	}
	checkESIndex(t, ctx, url, site)
}

// TestLiveRunOnceESNodeDownThenBack: the Elasticsearch node stops while
// byline run --once is crawling and comes back a few seconds later. The
// index worker holds its messages while the node is down; at the end every
// story is indexed, none lost and none twice.
func TestLiveRunOnceESNodeDownThenBack(t *testing.T) {
	c := esnode.Launch(t, esnode.Options{Heap: "256m"})
	url := c.URLs[0]
	const n = 20
	site := newNewsSite(t, n, -1)
	dir := t.TempDir()
	prefix := fmt.Sprintf("byline-down-%08x", rand.Uint32())
	t.Setenv("BYLINE_ES_INDEX", prefix)
	cfg := loopbackConfig(t, dir, site)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// When story n/3 is fetched, the node is stopped before the fetch
	// returns (so the stories after it are extracted and indexed while it
	// is down) and started again five seconds later.
	var mu sync.Mutex
	served := 0
	restarted := make(chan error, 1)
	var downErr error
	site.onServe = func(string) {
		mu.Lock()
		defer mu.Unlock()
		served++
		if served != n/3 {
			return
		}
		if downErr = c.Stop(ctx, 0); downErr != nil {
			return
		}
		go func() {
			time.Sleep(5 * time.Second)
			restarted <- c.Restart(ctx, 0)
		}()
	}
	var stdout, stderr bytes.Buffer
	code := runCLI(ctx, []string{"run", "--once", "--config", cfg, "--data", dir, "--es", url, "--addr", "", "--log-level", "warn"}, &stdout, &stderr)
	if downErr != nil {
		t.Fatalf("stop node: %v", downErr)
	}
	if err := <-restarted; err != nil {
		t.Fatalf("restart node: %v", err)
	}
	out := stdout.String()
	if code != 0 {
		t.Fatalf("byline run --once: exit %d\n%s\n%s", code, out, &stderr)
	}
	t.Logf("node stopped at story %d of %d and back 5s later:\n%s", n/3, n, out)
	if sign := outageSeen(stderr.String()); sign == "" {
		t.Errorf("the index writer never saw the node down; the test tested nothing:\n%s", &stderr)
	} else {
		t.Logf("the index writer saw the node down: %s", sign)
	}
	if got := indexedCount(t, out); got != n || !strings.Contains(out, "reconcile ok") {
		t.Errorf("indexed %d, want %d, with the counts reconciled", got, n)
	}
	checkESIndex(t, ctx, url, site)
}

// outageSeen returns the first line of a run's log showing that the index
// writer met the stopped node, or "" if none does. Either the index worker
// held articles because a write failed as unavailable, or a request of the
// bulk writer itself was refused. The second is all a run shows when the
// client's own retries carry the writes through the outage: a bulk worker
// that wrote a batch just before the stop spends 6 to 13s on the
// stale-copy search that follows it (5 retries with backoff, and the
// client sleeps one more backoff after the last), the articles added
// meanwhile wait in the writer, and its next bulk request reaches the node
// once it is back, so no write ever fails. A refused connection happens
// only while the node is down. Timeouts are no sign (a flush waiting on
// busy bulk workers times out too), nor is the idle probe (an idle worker
// holds nothing).
func outageSeen(stderr string) string {
	for _, line := range strings.Split(stderr, "\n") {
		switch {
		case strings.Contains(line, `msg="index unavailable; holding articles until it is back"`):
			return line
		case strings.Contains(line, `msg="delete stale copies"`) || strings.Contains(line, `msg="elasticsearch bulk request failed"`):
			if strings.Contains(line, "connection refused") {
				return line
			}
		}
	}
	return ""
}

// TestOutageSeen: the validity check of TestLiveRunOnceESNodeDownThenBack
// accepts the worker holding articles and the bulk writer being refused
// (a CI run where the client's retries carried every write through the
// outage showed only the latter), and not the lines any slow flush or idle
// worker logs with the node up.
func TestOutageSeen(t *testing.T) {
	held := `time=2026-12-06T18:55:22.250Z level=WARN msg="index unavailable; holding articles until it is back" err="index article 7cc9: index: backend unavailable: flush: dial tcp 127.0.0.1:44351: connect: connection refused"`
	bulk := `time=2026-12-06T18:55:22.250Z level=WARN msg="elasticsearch bulk request failed" url=http://127.0.0.1:44351 err="flush: dial tcp 127.0.0.1:44351: connect: connection refused"`
	stale := `time=2026-12-06T18:55:20.001Z level=WARN msg="delete stale copies" err="find stale copies: index: backend unavailable: dial tcp 127.0.0.1:44351: connect: connection refused"`
	noSign := strings.Join([]string{
		`time=2026-12-06T18:55:24.280Z level=WARN msg="elasticsearch bulk request failed" url=http://127.0.0.1:44351 err="context deadline exceeded"`,
		`time=2026-12-06T18:55:24.280Z level=WARN msg="flush index" err="flush: context deadline exceeded"`,
		`time=2026-12-06T18:55:24.364Z level=WARN msg="elasticsearch bulk request failed" url=http://127.0.0.1:44351 err="context canceled"`,
		`time=2026-12-06T18:55:24.364Z level=WARN msg="flush index on shutdown" err="flush: context canceled"`,
		`time=2026-12-06T18:55:24.364Z level=WARN msg="index does not answer the idle probe" err="count: index: backend unavailable: dial tcp 127.0.0.1:44351: connect: connection refused"`,
		`time=2026-12-06T18:55:24.364Z level=WARN msg="delete stale copies" err="find stale copies: context deadline exceeded"`,
	}, "\n")
	for _, c := range []struct {
		name, log, want string
	}{
		{"held", noSign + "\n" + bulk + "\n" + held, bulk},
		{"held only", noSign + "\n" + held + "\n", held},
		{"stale-copy search refused", stale + "\n" + stale + "\n" + noSign, stale},
		{"no sign", noSign, ""},
		{"empty", "", ""},
	} {
		if got := outageSeen(c.log); got != c.want {
			t.Errorf("%s: outageSeen = %q, want %q", c.name, got, c.want)
		}
	}
}

// checkServeES runs byline serve --es on a free port and reads the search
// page, the quote page, an article and the JSON API from it.
func checkServeES(t *testing.T, url string, site *newsSite) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncbuf.Buffer
	done := make(chan int, 1)
	go func() { done <- runCLI(ctx, []string{"serve", "--es", url, "--addr", "127.0.0.1:0"}, &stdout, &stderr) }()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("byline serve --es: exit %d: %s", code, stderr.String())
		}
	}()
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, rest, ok := strings.Cut(stderr.String(), "serving http://"); ok {
			base = "http://" + strings.Fields(rest)[0]
		}
	}
	if base == "" {
		t.Fatalf("byline serve --es did not start: %s", stderr.String())
	}
	base = strings.TrimSuffix(base, "/")
	// serve listens before it reaches Elasticsearch (pages answer 503
	// until the index is open): wait for /readyz.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		code, body := httpGet(base + "/readyz")
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("byline serve --es not ready after 30s: /readyz %d %s\n%s", code, body, stderr.String())
		}
	}
	get := func(path string) string {
		t.Helper()
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %s\n%.500s", path, res.Status, b)
		}
		return string(b)
	}
	if body := get("/?q=" + storyToken(3)); !strings.Contains(body, "1 article matches") || !strings.Contains(body, "<mark>"+storyToken(3)+"</mark>") {
		t.Errorf("search page on ES lacks the hit for %s:\n%.2000s", storyToken(3), body)
	}
	if body := get("/quotes?speaker=Alice+Smith"); !strings.Contains(body, fmt.Sprintf("%d quotes", site.n)) {
		t.Errorf("quote page on ES lacks %d quotes:\n%.2000s", site.n, body)
	}
	var res index.Results
	if err := json.Unmarshal([]byte(get("/api/search?q="+storyToken(5))), &res); err != nil || res.Total != 1 {
		t.Fatalf("/api/search on ES: %+v, %v", res, err)
	}
	if body := get("/article/" + res.Hits[0].ID); !strings.Contains(body, storyToken(5)) {
		t.Errorf("article page on ES lacks its token:\n%.2000s", body)
	}
}

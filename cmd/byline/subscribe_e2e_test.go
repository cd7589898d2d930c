package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/subscribe"
	"github.com/byline/byline/wire"
)

// mixedSite is a loopback news site whose stories take every form on the
// bus under the default limits (1 MiB messages, 64 KiB header headroom):
// short stories travel as plain JSON; long stories of distinct but
// repetitive paragraphs (~600 KB of text: article JSON over a message,
// compressed far under it) as zstd; stories of ~1.7 MB of text that hardly
// compresses (article JSON ~3.4 MB, ~2 MB compressed) through the article
// body bucket. Their pages take the same three paths on PAGES.
type mixedSite struct {
	srv   *httptest.Server
	pages map[string][]byte    // path -> HTML
	want  map[string]wire.Form // story URL -> the form its article must take
}

const (
	mixedSmall  = 6
	mixedZstd   = 2
	mixedObject = 2
)

func newMixedSite(t testing.TB) *mixedSite {
	s := &mixedSite{pages: map[string][]byte{}, want: map[string]wire.Form{}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: *\nAllow: /\n"))
			return
		}
		page, ok := s.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(s.srv.Close)
	var links strings.Builder
	add := func(i int, form wire.Form, paras []string) {
		path := fmt.Sprintf("/news/2025/06/%02d/%s-story-%d", 1+i%28, form, i)
		s.pages[path] = mixedStory(s.srv.URL+path, fmt.Sprintf("Harbour council story %d (%s)", i, form), 1+i%28, paras)
		s.want[s.srv.URL+path] = form
		fmt.Fprintf(&links, `<li><a href="%s">Story %d</a></li>`, path, i)
	}
	i := 0
	for range mixedSmall {
		add(i, wire.FormPlain, proseParagraphs(i, 1))
		i++
	}
	for range mixedZstd {
		add(i, wire.FormZstd, proseParagraphs(i, 700))
		i++
	}
	for range mixedObject {
		add(i, wire.FormObject, saladParagraphs(uint64(i), 1700<<10))
		i++
	}
	s.pages["/"] = []byte(`<!doctype html><html lang="en"><head><title>The Loopback Gazette</title><meta property="og:type" content="website"></head>` +
		`<body><h1>Latest news</h1><ul>` + links.String() + `</ul></body></html>`)
	return s
}

// proseParagraphs is reps copies of a four-paragraph story, each copy
// numbered so no two paragraphs are equal.
func proseParagraphs(i, reps int) []string {
	base := []string{
		fmt.Sprintf("The city council on Tuesday approved a long-debated plan for the harbour, ending months of argument over cost. The measure, story %d, passed by seven votes to four.", i),
		`"This is a good day for everyone who lives here," said Mayor Alice Smith, who had championed the proposal since her campaign.`,
		"Opponents said the plan would cost far more than projected. Councillor Bob Jones warned that residents would pay through higher fees for years.",
		"Work is expected to begin in the autumn and to take about two years, officials said.",
	}
	var out []string
	for r := range reps {
		for j, p := range base {
			if r > 0 {
				p = fmt.Sprintf("Update %d.%d: %s", r, j, p)
			}
			out = append(out, p)
		}
	}
	return out
}

// saladParagraphs is about n bytes of random-letter words in paragraphs
// of 120 words: text zstd cannot shrink much.
func saladParagraphs(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 99))
	var out []string
	total := 0
	for total < n {
		var b strings.Builder
		for w := range 120 {
			if w > 0 {
				b.WriteByte(' ')
			}
			for range 3 + r.IntN(8) {
				b.WriteByte(byte('a' + r.IntN(26)))
			}
		}
		b.WriteByte('.')
		out = append(out, b.String())
		total += b.Len()
	}
	return out
}

func mixedStory(u, headline string, day int, paras []string) []byte {
	var body strings.Builder
	for _, p := range paras {
		fmt.Fprintf(&body, "<p>%s</p>\n", p)
	}
	return fmt.Appendf(nil, `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>%s | The Loopback Gazette</title>
<link rel="canonical" href="%s">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Loopback Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-06-%02dT08:00:00Z">
</head><body><main><article>
<h1>%s</h1>
<p class="byline">By <span class="author">Jane Doe</span></p>
<div class="article-body">
%s</div>
</article></main></body></html>`, headline, u, day, headline, body.String())
}

// mixedRun is `byline run --once` and then `byline run --nats-listen` on
// the same mixed site, each with its own data directory.
type mixedRun struct {
	site    *mixedSite
	once    int // articles `byline run --once` published and indexed
	natsURL string
}

var (
	onceIndexedRE = regexp.MustCompile(`(?m)^index\s+indexed (\d+), dead-lettered (\d+)`)
	onceExtractRE = regexp.MustCompile(`(?m)^extract\s+articles (\d+) \(duplicate articles (\d+)\), non-articles \d+, dead-lettered (\d+)`)
)

func startMixedRun(t *testing.T) *mixedRun {
	t.Helper()
	site := newMixedSite(t)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := fmt.Sprintf("crawl:\n  defaults: {allow_private: true, delay: 0s, auto_throttle: {enabled: false}}\n  jobs:\n    - name: mixed\n      seeds: [%q]\n", site.srv.URL+"/")
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}

	// The reference counts.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	if code := runCLI(ctx, []string{"run", "--once", "--config", cfgFile, "--data", filepath.Join(dir, "once"), "--log-level", "warn"}, &stdout, &stderr); code != 0 {
		t.Fatalf("byline run --once: exit %d\n%s\n%s", code, &stdout, &stderr)
	}
	out := stdout.String()
	im, em := onceIndexedRE.FindStringSubmatch(out), onceExtractRE.FindStringSubmatch(out)
	if im == nil || em == nil || !strings.Contains(out, "reconcile ok") {
		t.Fatalf("byline run --once output not understood:\n%s", out)
	}
	indexed, _ := strconv.Atoi(im[1])
	extracted, _ := strconv.Atoi(em[1])
	dups, _ := strconv.Atoi(em[2])
	if indexed != extracted-dups || im[2] != "0" || em[3] != "0" || indexed != len(site.want) {
		t.Fatalf("byline run --once: %d indexed of %d stories (want all, none dead-lettered):\n%s", indexed, len(site.want), out)
	}
	t.Logf("byline run --once:\n%s", out)

	// The run subscribers read, listening on a loopback port.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	rctx, stop := context.WithCancel(context.Background())
	var runOut, runErr syncbuf.Buffer
	exit := make(chan int, 1)
	go func() {
		exit <- runCLI(rctx, []string{"run", "--config", cfgFile, "--data", filepath.Join(dir, "serve"), "--addr", "",
			"--nats-listen", addr, "--log-level", "warn"}, &runOut, &runErr)
	}()
	url := "nats://" + addr
	t.Cleanup(func() {
		// The run indexes the two object-form stories (1.7 MB of distinct
		// words each) long after the subscribers have every article: one
		// Bleve batch of such a story takes 4-5 s, 8-15 s under -race. A
		// stop then waits for it (the batch cannot be interrupted) and
		// ran past the 10 s shutdown budget. Stop an idle run: what is
		// measured here is the stop, not the index.
		waitIndexed(t, url, 3*time.Minute)
		stopped := time.Now()
		stop()
		select {
		case c := <-exit:
			t.Logf("byline run stopped in %v", time.Since(stopped).Round(time.Millisecond))
			if c != 0 && c != 130 {
				t.Errorf("byline run exit %d: %s", c, runErr.String())
			}
		case <-time.After(60 * time.Second):
			t.Error("byline run did not shut down")
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		nc, err := nats.Connect(url)
		if err == nil {
			js, _ := jetstream.New(nc)
			_, err = js.Stream(ctx, "ARTICLES")
			nc.Close()
			if err == nil {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("byline run --nats-listen %s not ready: %v\n%s", addr, err, runErr.String())
		}
		select {
		case c := <-exit:
			t.Fatalf("byline run exited with %d: %s", c, runErr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	return &mixedRun{site: site, once: indexed, natsURL: url}
}

// waitIndexed waits until the index consumer of the run at url has nothing
// pending or unacked, for at most limit.
func waitIndexed(t *testing.T, url string, limit time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	nc, err := nats.Connect(url, loadedConnect...)
	if err != nil {
		t.Errorf("wait for the index: %v", err)
		return
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	for {
		var info *jetstream.ConsumerInfo
		cons, err := js.Consumer(ctx, "ARTICLES", "byline-index")
		if err == nil {
			info, err = cons.Info(ctx)
		}
		if err == nil && info.NumPending == 0 && info.NumAckPending == 0 {
			return
		}
		select {
		case <-ctx.Done():
			t.Errorf("the run's index consumer not drained in %v: %+v, %v", limit, info, err)
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// loadedConnect are the connect options of these tests' clients: the
// package's tests run in parallel on two cores, where a loopback dial to
// a busy server can take longer than the client's 2 s default.
var loadedConnect = []nats.Option{nats.Timeout(15 * time.Second)}

// checkDrained asserts that consumer durable has nothing pending or unacked
// and that the stream holds exactly the articles of the run.
func (r *mixedRun) checkDrained(t *testing.T, durable string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	nc, err := nats.Connect(r.natsURL, loadedConnect...)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	cons, err := js.Consumer(ctx, "ARTICLES", durable)
	if err != nil {
		t.Fatal(err)
	}
	info, err := cons.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s, err := js.Stream(ctx, "ARTICLES")
	if err != nil {
		t.Fatal(err)
	}
	si, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.NumPending != 0 || info.NumAckPending != 0 || info.NumRedelivered != 0 || si.State.Msgs != uint64(r.once) {
		t.Errorf("consumer %s: %d pending, %d unacked, %d redelivered; stream holds %d articles, --once %d",
			durable, info.NumPending, info.NumAckPending, info.NumRedelivered, si.State.Msgs, r.once)
	}
}

// TestSubscribeKitReceivesEveryArticle: a consumer built on the kit, started
// with `byline run --nats-listen` on a loopback site whose articles take
// every form (plain, zstd, object store), receives every article once,
// terminates none, and counts as many as `byline run --once` did; each
// article validates against schema/article.schema.json.
func TestSubscribeKitReceivesEveryArticle(t *testing.T) {
	r := startMixedRun(t)
	schema := articleSchema(t)
	nc, err := nats.Connect(r.natsURL, loadedConnect...)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	sub, err := subscribe.New(js, subscribe.Config{Durable: "kit-e2e", Sites: []string{"127.0.0.1"}, Since: time.Now().Add(-10 * time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	got := map[string]wire.Form{} // URL -> form
	var invalid []string
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- sub.Run(ctx, func(_ context.Context, m *subscribe.Message) error {
			doc, err := json.Marshal(m.Article)
			if err == nil {
				err = validateArticleJSON(schema, doc)
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				invalid = append(invalid, fmt.Sprintf("%s: %v", m.Article.URL, err))
			}
			got[m.Article.URL] = m.Form
			return nil
		})
	}()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		mu.Lock()
		n := len(got)
		mu.Unlock()
		if n >= r.once || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(time.Second) // anything beyond the expected count would arrive now
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st := sub.Stats()
	t.Logf("kit: %d articles from `byline run --nats-listen`, --once indexed %d; stats %+v", len(got), r.once, st)
	// At least once: an ack the server did not confirm in time (a loaded
	// machine) brings the article again, which the kit counts as
	// redelivered; every delivery is acked and every article arrives.
	if len(got) != r.once || st.Delivered-st.Redelivered != uint64(r.once) || st.Acked != st.Delivered {
		t.Errorf("kit received %d articles in %d deliveries (%d redelivered, %d acked); byline run --once indexed %d", len(got), st.Delivered, st.Redelivered, st.Acked, r.once)
	}
	if st.Rejected != 0 || st.Undecodable != 0 || st.Retried != 0 {
		t.Errorf("rejected %d, undecodable %d, retried %d: want none", st.Rejected, st.Undecodable, st.Retried)
	}
	// Forms count deliveries; each URL's form is checked below.
	if st.Plain+st.Zstd+st.Object != st.Delivered || st.Plain < mixedSmall || st.Zstd < mixedZstd || st.Object < mixedObject {
		t.Errorf("forms plain %d, zstd %d, object %d of %d deliveries; want at least %d, %d, %d", st.Plain, st.Zstd, st.Object, st.Delivered, mixedSmall, mixedZstd, mixedObject)
	}
	for u, form := range r.site.want {
		if got[u] != form {
			t.Errorf("%s: received as %q, want %s", u, got[u], form)
		}
	}
	if len(invalid) > 0 {
		t.Errorf("%d articles do not validate against the schema: %v", len(invalid), invalid)
	}
	r.checkDrained(t, "kit-e2e")
}

// pythonWithDeps returns a Python that has the example's dependencies. It
// skips the test without one, unless BYLINE_REQUIRE_PYTHON=1 (CI).
func pythonWithDeps(t *testing.T) string {
	t.Helper()
	py := os.Getenv("BYLINE_PYTHON")
	if py == "" {
		py = "python3"
	}
	out, err := exec.Command(py, "-c", "import nats, zstandard, jsonschema, rfc3339_validator").CombinedOutput()
	if err != nil {
		msg := fmt.Sprintf("%s lacks the example's packages (pip install -r examples/python/requirements.txt, or set BYLINE_PYTHON): %v %s",
			py, err, bytes.TrimSpace(out))
		if os.Getenv("BYLINE_REQUIRE_PYTHON") == "1" {
			t.Fatal(msg + "; BYLINE_REQUIRE_PYTHON=1")
		}
		t.Skip(msg)
	}
	return py
}

// TestPythonSubscriberReceivesEveryArticle is the same for the Python
// example (examples/python/byline_subscriber.py, nats-py): every article
// of the run arrives, decoded from its form and valid against the schema,
// none terminated, as many as `byline run --once` indexed.
func TestPythonSubscriberReceivesEveryArticle(t *testing.T) {
	py := pythonWithDeps(t)
	r := startMixedRun(t)
	stats := filepath.Join(t.TempDir(), "stats.json")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, filepath.Join("..", "..", "examples", "python", "byline_subscriber.py"),
		"--nats", r.natsURL, "--durable", "python-e2e", "--site", "127.0.0.1", "--since", "10m",
		"--count", strconv.Itoa(r.once), "--timeout", "180", "--stats", stats)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python subscriber: %v\nstdout:\n%s\nstderr:\n%s", err, &stdout, &stderr)
	}
	got := map[string]string{} // URL -> form
	var seqs []int
	for line := range strings.Lines(stdout.String()) {
		var m struct {
			ID, URL, Form string
			Seq           int
		}
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("python printed %q: %v", line, err)
		}
		if m.ID != article.IDFor(m.URL) {
			t.Errorf("%s: id %s is not the id of its URL", m.URL, m.ID)
		}
		got[m.URL] = m.Form
		seqs = append(seqs, m.Seq)
	}
	var st map[string]int
	data, err := os.ReadFile(stats)
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	if err != nil {
		t.Fatalf("python stats: %v", err)
	}
	t.Logf("python: %d articles from `byline run --nats-listen`, --once indexed %d; stats %v", len(got), r.once, st)
	slices.Sort(seqs)
	// At least once, as for the Go kit: a redelivery after an ack the
	// server did not confirm is handled as a duplicate, not printed again.
	if len(got) != r.once || len(slices.Compact(seqs)) != r.once || st["handled"] != r.once || st["delivered"]-st["redelivered"] != r.once || st["duplicates"] != st["redelivered"] {
		t.Errorf("python received %d articles (%d handled, %d delivered, %d redelivered, %d duplicates); byline run --once indexed %d",
			len(got), st["handled"], st["delivered"], st["redelivered"], st["duplicates"], r.once)
	}
	if st["terminated"] != 0 || st["undecodable"] != 0 || st["invalid"] != 0 || st["retried"] != 0 {
		t.Errorf("python stats %v: want nothing terminated, undecodable, invalid or retried", st)
	}
	if st["plain"]+st["zstd"]+st["object"] != st["delivered"] || st["plain"] < mixedSmall || st["zstd"] < mixedZstd || st["object"] < mixedObject {
		t.Errorf("python forms %v; want at least plain %d, zstd %d, object %d, one per delivery", st, mixedSmall, mixedZstd, mixedObject)
	}
	for u, form := range r.site.want {
		if got[u] != string(form) {
			t.Errorf("%s: python received it as %q, want %s", u, got[u], form)
		}
	}
	r.checkDrained(t, "python-e2e")
}

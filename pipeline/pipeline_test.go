package pipeline_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/wire"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		// The embedded server and the zstd codec keep process-wide goroutines.
		goleak.IgnoreAnyFunction("github.com/klauspost/compress/zstd.(*blockDec).startDecoder"),
		goleak.IgnoreTopFunction("github.com/nats-io/nats-server/v2/server.(*Server).startGoRoutine.func1"),
		goleak.IgnoreTopFunction("internal/poll.runtime_pollWait"),
		goleak.IgnoreTopFunction("time.Sleep"),
		// nats.go v1.55 jetstream: an async publish racing the
		// connection's close can start this watcher on a nil status
		// channel, where it blocks for good; it holds nothing of ours.
		goleak.IgnoreTopFunction("github.com/nats-io/nats.go/jetstream.(*jetStream).resetPendingAcksOnReconnect"),
	)
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		mod     func(*pipeline.Config)
		wantErr string
	}{
		{"defaults", func(*pipeline.Config) {}, ""},
		{"bad storage", func(c *pipeline.Config) { c.Storage = "disk" }, `storage "disk"`},
		{"bad stream name", func(c *pipeline.Config) { c.PagesStream = "PAGES.X" }, `stream name "PAGES.X"`},
		{"same stream twice", func(c *pipeline.Config) { c.ArticlesStream = "PAGES" }, `used twice`},
		{"duplicates too long", func(c *pipeline.Config) { c.Duplicates = 10 * 24 * time.Hour }, "duplicates window"},
		{"backoff longer than max deliver", func(c *pipeline.Config) {
			c.Extract.MaxDeliver = 1
		}, "extract.backoff has 4 entries"},
		{"negative backoff", func(c *pipeline.Config) { c.Index.BackOff = []time.Duration{-1} }, "index.backoff[0]"},
		{"same durable", func(c *pipeline.Config) { c.Index.Durable = "byline-extract" }, "share durable name"},
		{"tiny headroom", func(c *pipeline.Config) { c.PayloadHeadroom = 10 }, "payload_headroom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := pipeline.Config{}.WithDefaults()
			tt.mod(&c)
			err := c.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, pipeline.ErrInvalidConfig) {
				t.Fatalf("Validate() = %v, want ErrInvalidConfig containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestFlow runs pages through publisher, extract and index workers:
// articles, non-articles, republished duplicates, a compressed page and a
// page too large for a message (object store), and reconciles the counts.
func TestFlow(t *testing.T) {
	_, js := startBus(t, 256<<10)
	cfg := testConfig()
	cfg.PayloadHeadroom = 4 << 10
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	idx := newFakeIndex()
	ew, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var want []string
	var pages []*article.Page
	for i := range 20 {
		pages = append(pages, testPage("www.example.com", i))
	}
	// A 1 MiB page that compresses well, and a 600 KiB one that does not
	// (random bytes): the latter exceeds the 256 KiB max payload.
	big := testPage("big.example.com", 1)
	big.Body = []byte(strings.Repeat("<p>All work and no play makes Jack a dull boy.</p>\n", 20000))
	huge := testPage("big.example.com", 2)
	huge.Body = make([]byte, 600<<10)
	rand.Read(huge.Body)
	pages = append(pages, big, huge)
	for _, p := range pages {
		want = append(want, article.IDFor(p.URL))
	}
	listing := &article.Page{URL: "http://www.example.com/", Status: 200, Body: []byte("<html>front page</html>")}
	pages = append(pages, listing)

	var wg sync.WaitGroup
	for _, p := range pages {
		wg.Go(func() {
			if err := pub.Put(ctx, p); err != nil {
				t.Errorf("Put %s: %v", p.URL, err)
			}
		})
	}
	wg.Wait()
	// Republish five unchanged pages: dropped by the duplicates window.
	for _, p := range pages[:5] {
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()

	ps, es, is := pub.Stats(), ew.Stats(), iw.Stats()
	if ps.Published != 23 || ps.Duplicates != 5 || ps.Offloaded != 1 || ps.Compressed < 2 {
		t.Errorf("publisher stats = %+v, want 23 published, 5 duplicates, 1 offloaded, >=2 compressed", ps)
	}
	// A message whose handling outlasts AckWait (it did at 500 ms: the
	// large pages take about that under -race on a loaded machine, and
	// the in-progress ticks come late; testConfig's is longer now) is
	// delivered again; at least once is the bus's promise. Each delivery still ends once, and the
	// duplicates windows and the index keep one copy of each article, so
	// the counts reconcile with the redeliveries counted in.
	redelivered := int64(es.Received) - int64(ps.Published)
	if es.Extracted+es.NonArticles != es.Received || es.Failed != 0 || es.DeadLettered != 0 {
		t.Errorf("extract stats = %+v: every delivery must end extracted or a non-article, none failed", es)
	}
	if es.Extracted-es.DuplicateArticles != 22 || es.NonArticles < 1 || int64(es.DuplicateArticles) > redelivered {
		t.Errorf("extract stats = %+v (%d pages published): want 22 articles published once each, 1 non-article, duplicates only of redelivered pages",
			es, ps.Published)
	}
	if is.Indexed != is.Received || is.Indexed < 22 || is.Failed != 0 || is.DeadLettered != 0 {
		t.Errorf("index stats = %+v, want 22 indexed, each delivery once", is)
	}
	if redelivered > 0 || is.Received > 22 {
		t.Logf("redelivered past AckWait: %d pages, %d articles", redelivered, int64(is.Received)-22)
	}
	if p, err := pipeline.Status(ctx, js, cfg); err != nil {
		t.Fatal(err)
	} else if p.Articles != 22 {
		t.Errorf("ARTICLES holds %d messages, want 22 (one per article page)", p.Articles)
	}
	idx.assertDocs(t, want, is.Received == 22) // written once each unless delivered again
	idx.mu.Lock()
	gotBig, gotHuge := idx.docs[article.IDFor(big.URL)], idx.docs[article.IDFor(huge.URL)]
	idx.mu.Unlock()
	if gotBig == nil || gotBig.Summary != article.HashContent(big.Body) || gotHuge == nil || gotHuge.Summary != article.HashContent(huge.Body) {
		t.Error("large page bodies did not survive compression / object store round trip")
	}
	// The offloaded body was deleted after the ack.
	store, err := js.ObjectStore(ctx, "byline-bodies")
	if err != nil {
		t.Fatal(err)
	}
	if objs, err := store.List(ctx); err == nil && len(objs) != 0 {
		t.Errorf("object store still holds %d bodies", len(objs))
	} else if err != nil && !errors.Is(err, jetstream.ErrNoObjectsFound) {
		t.Fatal(err)
	}
}

// TestPoisonPage: a page whose extraction always fails is dead-lettered
// after MaxDeliver with its reason; the rest flows.
func TestPoisonPage(t *testing.T) {
	_, js := startBus(t, 0)
	poisonScenario(t, js)
}

func poisonScenario(t *testing.T, js jetstream.JetStream) {
	cfg := testConfig()
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	poison := testPage("example.org", 3)
	panicky := testPage("example.org", 4)
	idx := newFakeIndex()
	var dl atomic.Int32
	ex := stubExtract(map[string]bool{poison.URL: true})
	ew, iw, stop := runWorkers(t, js, cfg, func(ctx context.Context, p *article.Page) (*article.Article, error) {
		if p.URL == panicky.URL {
			panic("extractor bug")
		}
		return ex(ctx, p)
	}, idx, pipeline.WithOnDeadLetter(func(string, string) { dl.Add(1) }))

	ctx := context.Background()
	var want []string
	for i := range 10 {
		p := testPage("example.org", i)
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
		if i != 3 && i != 4 {
			want = append(want, article.IDFor(p.URL))
		}
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	es, is := ew.Stats(), iw.Stats()
	if es.Extracted != 8 || es.DeadLettered != 2 || es.Failed != 4 || es.Received != 14 {
		t.Errorf("extract stats = %+v, want 8 extracted, 2 dead-lettered after 3 deliveries each", es)
	}
	if is.Indexed != 8 || dl.Load() != 2 {
		t.Errorf("indexed %d, dead-letter callbacks %d; want 8, 2", is.Indexed, dl.Load())
	}
	idx.assertDocs(t, want, true)
	msgs := deadLetters(t, js)
	if len(msgs) != 2 {
		t.Fatalf("DEADLETTER holds %d messages, want 2", len(msgs))
	}
	reasons := map[string]string{}
	for _, m := range msgs {
		h := m.Headers()
		if h.Get(pipeline.HeaderDLStage) != "extract" || h.Get(pipeline.HeaderDLDeliveries) != "3" ||
			h.Get(pipeline.HeaderDLSubject) != "byline.pages.example_org" || h.Get(pipeline.HeaderPage) == "" {
			t.Errorf("dead letter headers = %v", h)
		}
		if m.Subject() != "byline.deadletter.extract" {
			t.Errorf("dead letter subject = %s", m.Subject())
		}
		reasons[h.Get(pipeline.HeaderURL)] = h.Get(pipeline.HeaderDLReason)
		if string(m.Data()) != string(testPage("example.org", 0).Body) && !strings.Contains(string(m.Data()), "Body of story") {
			t.Errorf("dead letter body is not the original page: %q", m.Data())
		}
	}
	if r := reasons[poison.URL]; !strings.Contains(r, "stub: cannot parse") || !strings.Contains(r, "after 3 deliveries") {
		t.Errorf("poison reason = %q", r)
	}
	if r := reasons[panicky.URL]; !strings.Contains(r, "panic: extractor bug") {
		t.Errorf("panic reason = %q", r)
	}
}

// TestIndexUnavailable: while the index is down articles wait (no
// dead-letters, no lost messages) and are indexed once it is back.
func TestIndexUnavailable(t *testing.T) {
	_, js := startBus(t, 0)
	unavailableScenario(t, js)
}

func unavailableScenario(t *testing.T, js jetstream.JetStream) {
	cfg := testConfig()
	// The outage outlasts several AckWaits: the worker must keep the
	// articles it holds (InProgress), not let them go, and a delivery
	// again is what shows it did not. So the counts below are exact, at
	// an AckWait of a second: a keep-alive tick, sent every third of it,
	// must come 667 ms late to let the server deliver again (500 ms let a
	// loaded machine under -race do it; TestSlowIndexWorkKeptAlive counts
	// exactly at a second too). Tolerating deliveries again, as this test
	// did for a while, let a worker that keeps nothing alive pass.
	cfg.Index.AckWait = time.Second
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	idx := newFakeIndex()
	idx.setDown(true)
	_, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	ctx := context.Background()
	var want []string
	for i := range 15 {
		p := testPage("example.net", i)
		want = append(want, article.IDFor(p.URL))
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	// Wait until the worker has hit the outage a few times, well past
	// several AckWaits, so redelivery would have happened if it let go.
	deadline := time.Now().Add(10 * time.Second)
	for iw.Stats().Waits < 5 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(3 * cfg.Index.AckWait)
	if n := idx.count(); n != 0 {
		t.Fatalf("index holds %d documents while down", n)
	}
	idx.setDown(false)
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	is := iw.Stats()
	if is.Received != 15 || is.Indexed != 15 || is.DeadLettered != 0 || is.Failed != 0 || is.Waits == 0 {
		t.Errorf("index stats = %+v, want 15 received and indexed (none delivered again), 0 dead-lettered, some waits", is)
	}
	if p, err := pipeline.Status(ctx, js, cfg); err != nil {
		t.Fatal(err)
	} else if p.Articles != 15 {
		t.Errorf("ARTICLES holds %d messages, want 15 (one per page)", p.Articles)
	}
	idx.assertDocs(t, want, true)
	if msgs := deadLetters(t, js); len(msgs) != 0 {
		t.Errorf("%d dead letters, want 0", len(msgs))
	}
}

// TestIndexNewerSchemaIsRetried: an article of a schema version newer
// than the index worker's (a rolling upgrade that reached the extractor
// first) is not a poison message: it is retried with backoff, so an index
// worker upgraded meanwhile takes it, and dead-lettered only after
// MaxDeliver, not at once as an undecodable message is.
func TestIndexNewerSchemaIsRetried(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	setup(t, js, cfg)
	idx := newFakeIndex()
	_, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	a := &article.Article{SchemaVersion: article.SchemaVersion, ID: "newer", URL: "http://example.net/news/newer.html", Headline: "From the future"}
	m, _, err := wire.EncodeArticle(context.Background(), a, 1<<20, nil)
	if err != nil {
		t.Fatal(err)
	}
	m.Header.Set(wire.HeaderSchemaVersion, fmt.Sprint(article.SchemaVersion+1))
	if _, err := js.PublishMsg(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	if is := iw.Stats(); is.Failed != uint64(cfg.Index.MaxDeliver-1) || is.DeadLettered != 1 {
		t.Errorf("index stats = %+v, want %d retries, then 1 dead-lettered", is, cfg.Index.MaxDeliver-1)
	}
	msgs := deadLetters(t, js)
	if len(msgs) != 1 {
		t.Fatalf("%d dead letters, want 1", len(msgs))
	}
	if r := msgs[0].Headers().Get(pipeline.HeaderDLReason); !strings.Contains(r, "after 3 deliveries") || !strings.Contains(r, "schema_version") {
		t.Errorf("dead letter reason %q: want the schema version, after 3 deliveries", r)
	}
}

// TestIndexPermanentError: an article the index rejects for good is
// dead-lettered at once (stage index); the rest is indexed. The ES backend
// says so with index.ErrRejected (a 400 mapping error on a bulk item).
func TestIndexPermanentError(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
	}{
		{"pipeline.Permanent", pipeline.Permanent(errors.New("mapping rejected field"))},
		{"index.ErrRejected", fmt.Errorf("%w: elasticsearch 400 mapper_parsing_exception: mapping rejected field", index.ErrRejected)},
	} {
		t.Run(tt.name, func(t *testing.T) { testIndexPermanentError(t, tt.err) })
	}
}

func testIndexPermanentError(t *testing.T, rejected error) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	idx := newFakeIndex()
	bad := testPage("example.net", 7)
	idx.fail[article.IDFor(bad.URL)] = rejected
	_, iw, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	var want []string
	for i := range 10 {
		p := testPage("example.net", i)
		if i != 7 {
			want = append(want, article.IDFor(p.URL))
		}
		if err := pub.Put(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	if is := iw.Stats(); is.Indexed != 9 || is.DeadLettered != 1 || is.Failed != 0 {
		t.Errorf("index stats = %+v, want 9 indexed, 1 dead-lettered at once", is)
	}
	idx.assertDocs(t, want, true)
	msgs := deadLetters(t, js)
	if len(msgs) != 1 {
		t.Fatalf("%d dead letters, want 1", len(msgs))
	}
	h := msgs[0].Headers()
	if h.Get(pipeline.HeaderDLStage) != "index" || !strings.Contains(h.Get(pipeline.HeaderDLReason), "mapping rejected field") ||
		h.Get(pipeline.HeaderArticleID) != article.IDFor(bad.URL) {
		t.Errorf("dead letter headers = %v", h)
	}
	if a, _, err := wire.DecodeArticle(context.Background(), h, msgs[0].Data(), nil); err != nil || a.URL != bad.URL {
		t.Errorf("dead letter body: %v, %v", a, err)
	}
}

// TestDrain: cancelling a worker's context lets its in-flight messages
// finish and ack before Run returns; nothing is redelivered.
func TestDrain(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	cfg.Extract.AckWait = 5 * time.Second
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{}, 100)
	release := make(chan struct{})
	slow := func(ctx context.Context, p *article.Page) (*article.Article, error) {
		started <- struct{}{}
		<-release
		return stubExtract(nil)(ctx, p)
	}
	ew, err := pipeline.NewExtractWorker(js, cfg, slow)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		if err := pub.Put(context.Background(), testPage("drain.example", i)); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- ew.Run(ctx) }()
	for range 4 {
		<-started
	}
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Run returned %v before its in-flight work finished", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if s := ew.Stats(); s.Extracted != 4 || s.Received != 4 {
		t.Errorf("stats after drain = %+v, want 4 extracted", s)
	}
	// The acks are flushed when Run returns; the work queue drops each
	// acked page a moment later, so the state is read until it settles.
	var p pipeline.Progress
	for deadline := time.Now().Add(20 * time.Second); ; {
		if p, err = pipeline.Status(context.Background(), js, cfg); err != nil {
			t.Fatal(err)
		}
		if p.PagesQueued == 0 && p.ExtractAckPending == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if p.PagesQueued != 0 || p.ExtractAckPending != 0 || p.Articles != 4 {
		t.Errorf("after drain: %+v, want no pages left and 4 articles", p)
	}
}

var _ = fmt.Sprint

// TestCrashLoopDeadLettered: a page on which the worker process dies every
// time (so no worker ever naks or dead-letters it) is dead-lettered from
// the server's max-deliveries advisory by the next worker, and removed
// from PAGES; the other pages flow.
func TestCrashLoopDeadLettered(t *testing.T) {
	s, js := startBus(t, 0)
	cfg := testConfig()
	cfg.Extract.AckWait = 300 * time.Millisecond
	cfg.Extract.Concurrency = 1
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	crash := testPage("crash.example", 2)
	var want []string
	for i := range 5 {
		p := testPage("crash.example", i)
		if i != 2 {
			want = append(want, article.IDFor(p.URL))
		}
		if err := pub.Put(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	idx := newFakeIndex()
	iw, err := pipeline.NewIndexWorker(js, cfg, idx)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { _ = iw.Run(ctx) })
	// The supervisor restarts the extract worker whenever it dies, like a
	// Kubernetes Deployment.
	var incarnations, deadLettered, extracted, duplicates, received atomic.Int64
	wg.Go(func() {
		for ctx.Err() == nil {
			incarnations.Add(1)
			nc, err := s.Connect()
			if err != nil {
				t.Error(err)
				return
			}
			wjs, _ := jetstream.New(nc)
			stub := stubExtract(nil)
			ew, err := pipeline.NewExtractWorker(wjs, cfg, func(ctx context.Context, p *article.Page) (*article.Article, error) {
				if p.URL == crash.URL {
					nc.Close() // the process dies
					return nil, errors.New("dead")
				}
				return stub(ctx, p)
			})
			if err != nil {
				t.Error(err)
				return
			}
			_ = ew.Run(ctx)
			nc.Close()
			st := ew.Stats()
			deadLettered.Add(int64(st.DeadLettered))
			extracted.Add(int64(st.Extracted))
			duplicates.Add(int64(st.DuplicateArticles))
			received.Add(int64(st.Received))
		}
	})
	waitIdle(t, js, cfg, 20*time.Second)
	cancel()
	wg.Wait()
	// The short AckWait (the crashes are redelivered after it) is short
	// for the good pages too: one acked later than it (a loaded machine
	// under -race) is extracted again, and its article dropped by the
	// ARTICLES duplicates window. Four articles, each published once;
	// duplicates only of pages delivered past the 4 good and 3 crashing
	// deliveries.
	if deadLettered.Load() != 1 || extracted.Load()-duplicates.Load() != 4 || duplicates.Load() > received.Load()-7 {
		t.Errorf("dead-lettered %d, extracted %d (%d duplicates of %d deliveries); want 1, 4 articles published once",
			deadLettered.Load(), extracted.Load(), duplicates.Load(), received.Load())
	}
	if p, err := pipeline.Status(context.Background(), js, cfg); err != nil {
		t.Fatal(err)
	} else if p.Articles != 4 {
		t.Errorf("ARTICLES holds %d messages, want 4", p.Articles)
	}
	if n := incarnations.Load(); n != int64(cfg.Extract.MaxDeliver)+1 {
		t.Errorf("%d worker incarnations, want %d (one crash per delivery, then one that survives)", n, cfg.Extract.MaxDeliver+1)
	}
	idx.assertDocs(t, want, true)
	msgs := deadLetters(t, js)
	if len(msgs) != 1 {
		t.Fatalf("%d dead letters, want 1", len(msgs))
	}
	h := msgs[0].Headers()
	if h.Get(pipeline.HeaderURL) != crash.URL || !strings.Contains(h.Get(pipeline.HeaderDLReason), "max deliveries (3)") ||
		h.Get(pipeline.HeaderDLStage) != "extract" {
		t.Errorf("dead letter headers = %v", h)
	}
}

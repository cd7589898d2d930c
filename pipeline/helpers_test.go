package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
)

// startBus starts an embedded JetStream server in a temp dir and returns a
// JetStream client on an in-process connection.
func startBus(t testing.TB, maxPayload int32) (*bus.Server, jetstream.JetStream) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := bus.Start(ctx, bus.ServerConfig{StoreDir: t.TempDir(), MaxPayload: maxPayload})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s, connect(t, s)
}

func connect(t testing.TB, s *bus.Server) jetstream.JetStream {
	t.Helper()
	nc, err := s.Connect()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// testConfig is a fast pipeline config: short backoff, and an AckWait
// (patientAckWait) that a loaded machine does not reach, so a message is
// delivered again only when a worker fails it, gives it back or dies on
// it, and the tests can count deliveries exactly. A test about what
// happens after AckWait sets shortAckWait itself and counts redeliveries
// in (at least once is all the bus promises then).
func testConfig() pipeline.Config {
	cc := pipeline.ConsumerConfig{
		AckWait:     patientAckWait,
		MaxDeliver:  3,
		BackOff:     []time.Duration{20 * time.Millisecond, 40 * time.Millisecond},
		Concurrency: 4,
		Timeout:     5 * time.Second,
	}
	ic := cc
	ic.Durable = "byline-index"
	cc.Durable = "byline-extract"
	return pipeline.Config{Extract: cc, Index: ic}
}

// patientAckWait is testConfig's AckWait. Under -race on a loaded
// machine (2 cores, busy loops, a disk under fsync load) a delivery was
// seen outliving 500 ms (a large page taking 525 ms, in-progress ticks
// 400 ms apart); this is ten times that.
const patientAckWait = 5 * time.Second

// shortAckWait is the AckWait of the tests about what happens after it:
// redelivery from a worker that died or let go, the in-progress ticks
// that keep slow work, a rerun that gets what a stop left unacked.
const shortAckWait = 500 * time.Millisecond

func setup(t testing.TB, js jetstream.JetStream, cfg pipeline.Config) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := pipeline.Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
}

// testPage is an article page for host with a recognisable body.
func testPage(host string, i int) *article.Page {
	u := fmt.Sprintf("http://%s/news/story-%03d.html", host, i)
	body := fmt.Sprintf("<html><head><title>Story %d</title></head><body><article><h1>Headline %d</h1><p>Body of story %d.</p></article></body></html>", i, i, i)
	return &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: time.Now(), ContentType: "text/html", Body: []byte(body)}
}

// stubExtract makes an article of any page whose URL contains "/news/",
// reports other pages as non-articles, and fails for URLs in poison.
func stubExtract(poison map[string]bool) pipeline.ExtractFunc {
	return func(ctx context.Context, p *article.Page) (*article.Article, error) {
		if poison[p.URL] {
			return nil, fmt.Errorf("stub: cannot parse %s", p.URL)
		}
		if !strings.Contains(p.URL, "/news/") {
			return nil, pipeline.ErrNotArticle
		}
		body := string(p.Body)
		if len(body) > 4096 {
			body = body[:4096]
		}
		a := &article.Article{
			ID:        article.IDFor(p.URL),
			URL:       p.URL,
			Headline:  "Headline of " + p.URL,
			Summary:   article.HashContent(p.Body), // lets tests check the page body survived
			Body:      body,
			FetchedAt: p.FetchedAt.UTC().Format(time.RFC3339Nano),
		}
		a.ContentHash = article.HashContent([]byte(a.Body))
		return a, nil
	}
}

// fakeIndex is an in-memory ArticleWriter that records every write, can be
// made unavailable, and calls done asynchronously like a batching backend.
type fakeIndex struct {
	mu       sync.Mutex
	docs     map[string]*article.Article
	writes   map[string]int // successful writes per id
	down     bool
	fail     map[string]error // id -> permanent error
	attempts int
	wg       sync.WaitGroup
}

func newFakeIndex() *fakeIndex {
	return &fakeIndex{docs: map[string]*article.Article{}, writes: map[string]int{}, fail: map[string]error{}}
}

func (f *fakeIndex) Add(ctx context.Context, a *article.Article, done func(error)) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.attempts++
	var err error
	switch {
	case f.down:
		err = fmt.Errorf("fake index: %w", index.ErrUnavailable)
	case f.fail[a.ID] != nil:
		err = f.fail[a.ID]
	default:
		f.docs[a.ID] = a
		f.writes[a.ID]++
	}
	f.wg.Go(func() { done(err) })
	return nil
}

func (f *fakeIndex) Flush(ctx context.Context) error { return nil }

func (f *fakeIndex) setDown(down bool) {
	f.mu.Lock()
	f.down = down
	f.mu.Unlock()
}

func (f *fakeIndex) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.docs)
}

// assertOnce fails unless every id in want is indexed, nothing else is, and
// (if exact) each was written exactly once.
func (f *fakeIndex) assertDocs(t testing.TB, want []string, exact bool) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.docs) != len(want) {
		t.Errorf("index holds %d documents, want %d", len(f.docs), len(want))
	}
	for _, id := range want {
		if f.docs[id] == nil {
			t.Errorf("article %s not indexed", id)
		}
		if exact && f.writes[id] != 1 {
			t.Errorf("article %s written %d times, want 1", id, f.writes[id])
		}
	}
}

// runWorkers starts one extract and one index worker and returns a stop
// func that cancels and waits for both.
func runWorkers(t testing.TB, js jetstream.JetStream, cfg pipeline.Config, fn pipeline.ExtractFunc, w pipeline.ArticleWriter, opts ...pipeline.Option) (*pipeline.ExtractWorker, *pipeline.IndexWorker, func()) {
	t.Helper()
	ew, err := pipeline.NewExtractWorker(js, cfg, fn, opts...)
	if err != nil {
		t.Fatal(err)
	}
	iw, err := pipeline.NewIndexWorker(js, cfg, w, opts...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, r := range []interface{ Run(context.Context) error }{ew, iw} {
		wg.Go(func() {
			if err := r.Run(ctx); err != nil {
				t.Errorf("worker: %v", err)
			}
		})
	}
	var once sync.Once
	stop := func() { once.Do(func() { cancel(); wg.Wait() }) }
	t.Cleanup(stop)
	return ew, iw, stop
}

// waitIdle waits until the pipeline has nothing queued or in flight.
func waitIdle(t testing.TB, js jetstream.JetStream, cfg pipeline.Config, timeout time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := pipeline.WaitIdle(ctx, js, cfg, 20*time.Millisecond, nil); err != nil {
		t.Fatal(err)
	}
}

// deadLetters reads every message on the DEADLETTER stream.
func deadLetters(t testing.TB, js jetstream.JetStream) []jetstream.Msg {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, "DEADLETTER")
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs == 0 {
		return nil
	}
	c, err := s.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := c.Fetch(int(info.State.Msgs), jetstream.FetchMaxWait(2*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var out []jetstream.Msg
	for m := range batch.Messages() {
		out = append(out, m)
	}
	return out
}

var _ = errors.New
var _ = nats.NewMsg

package subscribe_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
	"github.com/byline/byline/subscribe"
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

// maxBody is the message body limit the tests publish with, so that
// small test articles take every form.
const maxBody = 16 << 10

// env is an embedded server with Byline's streams.
type env struct {
	js     jetstream.JetStream
	bodies wire.Bodies
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	srv, err := bus.Start(ctx, bus.ServerConfig{Memory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Shutdown)
	nc, err := srv.Connect()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.Setup(ctx, js, pipeline.Config{Storage: "memory"}); err != nil {
		t.Fatal(err)
	}
	return &env{js: js, bodies: func(ctx context.Context) (jetstream.ObjectStore, error) {
		return js.ObjectStore(ctx, wire.DefaultArticleBodyBucket)
	}}
}

// text returns about n bytes of prose: repetitive, or random letters that
// do not compress.
func text(n int, random bool, seed uint64) string {
	var b strings.Builder
	r := rand.New(rand.NewPCG(seed, 7))
	for b.Len() < n {
		if !random {
			b.WriteString("The council approved the harbour plan on Tuesday. ")
			continue
		}
		for range 3 + r.IntN(8) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// makeArticle is article i of host with the given body.
func makeArticle(host string, i int, body string) *article.Article {
	a := &article.Article{
		URL:      fmt.Sprintf("https://%s/news/%d", host, i),
		Headline: fmt.Sprintf("Story %d", i),
		Body:     body, Paragraphs: []string{body},
	}
	a.ID = a.DefaultID()
	a.ContentHash = article.HashContent([]byte(body))
	a.Normalize()
	return a
}

// ackPending is how many messages the durable holds unacked.
func (e *env) ackPending(t *testing.T, durable string) int {
	t.Helper()
	ctx := context.Background()
	cons, err := e.js.Consumer(ctx, "ARTICLES", durable)
	if err != nil {
		t.Fatal(err)
	}
	info, err := cons.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return info.NumAckPending
}

// publish encodes a the way the extract worker does and publishes it.
func (e *env) publish(t *testing.T, a *article.Article) wire.Form {
	t.Helper()
	ctx := context.Background()
	m, form, err := wire.EncodeArticle(ctx, a, maxBody, e.bodies)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	return form
}

// publishMix publishes n articles of host, cycling through the three
// forms, and returns their ids in order.
func (e *env) publishMix(t *testing.T, host string, n int) []string {
	t.Helper()
	var ids []string
	for i := range n {
		var body string
		want := []wire.Form{wire.FormPlain, wire.FormZstd, wire.FormObject}[i%3]
		switch want {
		case wire.FormPlain:
			body = fmt.Sprintf("Short story number %d.", i)
		case wire.FormZstd:
			body = text(40<<10, false, uint64(i))
		case wire.FormObject:
			body = text(40<<10, true, uint64(i))
		}
		a := makeArticle(host, i, body)
		if got := e.publish(t, a); got != want {
			t.Fatalf("article %d published as %s, want %s", i, got, want)
		}
		ids = append(ids, a.ID)
	}
	return ids
}

// collector is a Handler that records what it got.
type collector struct {
	mu   sync.Mutex
	msgs []*subscribe.Message
	fn   func(m *subscribe.Message) error // optional decision
}

func (c *collector) handle(_ context.Context, m *subscribe.Message) error {
	c.mu.Lock()
	c.msgs = append(c.msgs, m)
	c.mu.Unlock()
	if c.fn != nil {
		return c.fn(m)
	}
	return nil
}

func (c *collector) ids() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		out = append(out, m.Article.ID)
	}
	return out
}

func run(t *testing.T, js jetstream.JetStream, cfg subscribe.Config, h subscribe.Handler) *subscribe.Subscriber {
	t.Helper()
	sub, err := subscribe.New(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := sub.Run(ctx, h); err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatal("Run did not return before its deadline")
	}
	return sub
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
		if m[x] < 0 {
			return false
		}
	}
	return true
}

// TestEveryFormDelivered: plain, zstd and object-store articles all reach
// the handler intact, through a durable and an ordered consumer.
func TestEveryFormDelivered(t *testing.T) {
	e := newEnv(t)
	want := e.publishMix(t, "www.example.com", 9)
	for _, durable := range []string{"svc", ""} {
		t.Run("durable="+durable, func(t *testing.T) {
			var c collector
			sub := run(t, e.js, subscribe.Config{Durable: durable, StopWhenCaughtUp: true}, c.handle)
			if got := c.ids(); !sameSet(got, want) {
				t.Errorf("got %d articles %v, want %v", len(got), got, want)
			}
			for _, m := range c.msgs {
				a := m.Article
				var fromJSON article.Article
				if err := json.Unmarshal(m.JSON, &fromJSON); err != nil || fromJSON.Body != a.Body {
					t.Errorf("%s message of article %s: JSON %.80q does not hold the article (%v)", m.Form, a.URL, m.JSON, err)
				}
				if article.HashContent([]byte(a.Body)) != a.ContentHash || m.MsgID != wire.ArticleMsgID(a) ||
					m.Seq == 0 || m.Subject != "byline.articles.example_com" || m.SchemaVersion != article.SchemaVersion {
					t.Errorf("message %+v of article %s is off", m, a.URL)
				}
			}
			st := sub.Stats()
			if st.Plain != 3 || st.Zstd != 3 || st.Object != 3 || st.Acked != 9 || st.Rejected+st.Undecodable+st.Retried != 0 {
				t.Errorf("stats %+v", st)
			}
		})
	}
}

// TestHandlerErrorRedelivers: an article whose handler fails comes back,
// recognisably the same message; nothing is lost.
func TestHandlerErrorRedelivers(t *testing.T) {
	e := newEnv(t)
	want := e.publishMix(t, "example.com", 3)
	failed := map[string]bool{}
	var first *subscribe.Message
	c := collector{fn: func(m *subscribe.Message) error {
		if m.Form == wire.FormObject && !failed[m.Article.ID] {
			failed[m.Article.ID] = true
			first = m
			return errors.New("database is down")
		}
		return nil
	}}
	sub := run(t, e.js, subscribe.Config{Durable: "svc", StopWhenCaughtUp: true, Backoff: []time.Duration{20 * time.Millisecond}}, c.handle)
	got := c.ids()
	if len(got) != 4 || !sameSet(dedupe(got), want) {
		t.Fatalf("deliveries %v, want each of %v once plus one redelivery", got, want)
	}
	var again *subscribe.Message
	for _, m := range c.msgs {
		if m.Redelivered() {
			again = m
		}
	}
	if again == nil || again.Seq != first.Seq || again.MsgID != first.MsgID || again.Deliveries != 2 || first.Redelivered() {
		t.Errorf("redelivery %+v does not match first delivery %+v", again, first)
	}
	if st := sub.Stats(); st.Retried != 1 || st.Redelivered != 1 || st.Acked != 3 || st.Rejected != 0 {
		t.Errorf("stats %+v", st)
	}
}

func dedupe(ids []string) []string {
	seen := subscribe.NewSeen(100)
	var out []string
	for _, id := range ids {
		if !seen.Add(id) {
			out = append(out, id)
		}
	}
	return out
}

// TestRejectTerminates: only the handler can terminate an article.
func TestRejectTerminates(t *testing.T) {
	e := newEnv(t)
	e.publishMix(t, "example.com", 2)
	c := collector{fn: func(m *subscribe.Message) error {
		if m.Form == wire.FormPlain {
			return subscribe.Reject(errors.New("not our language"))
		}
		return nil
	}}
	sub := run(t, e.js, subscribe.Config{Durable: "svc", StopWhenCaughtUp: true}, c.handle)
	if st := sub.Stats(); st.Rejected != 1 || st.Acked != 1 || st.Delivered != 2 {
		t.Errorf("stats %+v", st)
	}
}

// TestUndecodableIsKept: a message of a newer schema or an unknown encoding
// is reported and held for later, never terminated.
func TestUndecodableIsKept(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	good := makeArticle("example.com", 1, "A good story.")
	e.publish(t, good)
	for i, h := range []nats.Header{
		{wire.HeaderSchemaVersion: {"2"}},
		{wire.HeaderSchemaVersion: {"1"}, wire.HeaderContentEncoding: {"br"}},
		{}, // a producer that sets no version header: the JSON says 2
	} {
		m := nats.NewMsg(wire.ArticleSubject("example.com"))
		m.Header = h
		m.Header.Set(wire.HeaderMsgID, fmt.Sprint("future-", i))
		m.Data = []byte(`{"schema_version":2,"id":"x"}`)
		if _, err := e.js.PublishMsg(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	var reasons []error
	newerInJSON := 0
	cfg := subscribe.Config{Durable: "svc", UndecodableDelay: 30 * time.Millisecond,
		OnUndecodable: func(_ string, h nats.Header, err error) {
			mu.Lock()
			defer mu.Unlock()
			reasons = append(reasons, err)
			if h.Get(wire.HeaderSchemaVersion) == "" && errors.Is(err, subscribe.ErrNewerSchema) {
				newerInJSON++
			}
		}}
	sub, err := subscribe.New(e.js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithCancel(ctx)
	var c collector
	done := make(chan error, 1)
	go func() { done <- sub.Run(rctx, c.handle) }()
	deadline := time.Now().Add(10 * time.Second)
	for sub.Stats().Undecodable < 9 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st := sub.Stats()
	if st.Undecodable < 9 || st.Rejected != 0 || st.Acked != 1 {
		t.Errorf("stats %+v: want the three bad messages delivered again and again, none terminated", st)
	}
	mu.Lock()
	defer mu.Unlock()
	var newer, bad int
	for _, r := range reasons {
		if !errors.Is(r, subscribe.ErrUndecodable) {
			t.Errorf("reason %v does not wrap ErrUndecodable", r)
		}
		if errors.Is(r, subscribe.ErrNewerSchema) {
			newer++
		} else if strings.Contains(r.Error(), `unknown Content-Encoding "br"`) {
			bad++
		}
	}
	if newer == 0 || bad == 0 || newerInJSON == 0 {
		t.Errorf("reasons %v: want the newer schema (in the header and in the JSON alone) and the unknown encoding", reasons)
	}
	if n := e.ackPending(t, "svc"); n != 3 {
		t.Errorf("consumer holds %d unacked messages, want the 3 undecodable ones", n)
	}
}

// TestBodyStoreLateIsRetried: when the object store cannot return a body
// yet, the article is delivered again later and then handled.
func TestBodyStoreLateIsRetried(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a := makeArticle("example.com", 1, text(40<<10, true, 1))
	late := func(ctx context.Context) (jetstream.ObjectStore, error) {
		return e.js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: "late-bodies", Storage: jetstream.MemoryStorage})
	}
	m, form, err := wire.EncodeArticle(ctx, a, maxBody, late)
	if err != nil || form != wire.FormObject {
		t.Fatalf("encode: %s, %v", form, err)
	}
	if _, err := e.js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	// The subscriber's bucket exists only once the first attempt failed.
	c := collector{}
	sub, err := subscribe.New(e.js, subscribe.Config{Durable: "svc", BodyBucket: "moved-bodies", StopWhenCaughtUp: true,
		Backoff: []time.Duration{50 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for sub.Stats().DecodeRetries == 0 {
			time.Sleep(5 * time.Millisecond)
		}
		st, err := e.js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: "moved-bodies", Storage: jetstream.MemoryStorage})
		if err == nil {
			src, _ := late(ctx)
			data, _ := src.GetBytes(ctx, m.Header.Get(wire.HeaderBodyRef))
			_, err = st.PutBytes(ctx, m.Header.Get(wire.HeaderBodyRef), data)
		}
		if err != nil {
			t.Error(err)
		}
	}()
	rctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := sub.Run(rctx, c.handle); err != nil {
		t.Fatal(err)
	}
	if got := c.ids(); len(got) != 1 || got[0] != a.ID {
		t.Errorf("got %v", got)
	}
	if st := sub.Stats(); st.DecodeRetries == 0 || st.Object != 1 || st.Undecodable+st.Rejected != 0 {
		t.Errorf("stats %+v", st)
	}
}

// TestDurableResumes: a durable picks up after the last acked article;
// its start time applies only when it is created.
func TestDurableResumes(t *testing.T) {
	e := newEnv(t)
	want := e.publishMix(t, "example.com", 5)
	n := 0
	c1 := collector{fn: func(*subscribe.Message) error {
		n++
		if n == 2 {
			return subscribe.ErrStop
		}
		return nil
	}}
	cfg := subscribe.Config{Durable: "svc", StopWhenCaughtUp: true}
	run(t, e.js, cfg, c1.handle)
	cfg.Since = time.Now().Add(time.Hour) // ignored: the durable exists
	var c2 collector
	run(t, e.js, cfg, c2.handle)
	if !sameSet(append(c1.ids(), c2.ids()...), want) || len(c1.ids()) != 2 {
		t.Errorf("first run %v, second %v; want %v split 2 + 3", c1.ids(), c2.ids(), want)
	}
}

// TestConcurrentHandlers: with Concurrency > 1 every article is handled
// once.
func TestConcurrentHandlers(t *testing.T) {
	e := newEnv(t)
	var want []string
	for i := range 40 {
		a := makeArticle(fmt.Sprintf("site%d.example", i%3), i, fmt.Sprint("Story ", i))
		e.publish(t, a)
		want = append(want, a.ID)
	}
	c := collector{fn: func(*subscribe.Message) error { time.Sleep(5 * time.Millisecond); return nil }}
	sub := run(t, e.js, subscribe.Config{Durable: "svc", Concurrency: 8, StopWhenCaughtUp: true}, c.handle)
	if got := c.ids(); !sameSet(got, want) {
		t.Errorf("got %d articles, want %d once each", len(got), len(want))
	}
	if st := sub.Stats(); st.Acked != 40 || st.Redelivered != 0 {
		t.Errorf("stats %+v", st)
	}
}

// TestOrderedStartAndSites covers the ordered consumer's filters and start
// positions.
func TestOrderedStartAndSites(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var all []*article.Article
	for i, host := range []string{"www.one.example", "two.example", "one.example", "three.example"} {
		a := makeArticle(host, i, fmt.Sprint("Story ", i))
		e.publish(t, a)
		all = append(all, a)
	}
	mid := time.Now()
	time.Sleep(20 * time.Millisecond)
	late := makeArticle("two.example", 9, "Late story.")
	e.publish(t, late)
	all = append(all, late)
	ids := func(idx ...int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, all[i].ID)
		}
		return out
	}
	tests := []struct {
		name string
		cfg  subscribe.Config
		want []string
	}{
		{"all", subscribe.Config{}, ids(0, 1, 2, 3, 4)},
		{"one site", subscribe.Config{Sites: []string{"one.example"}}, ids(0, 2)},
		{"two sites, URL form", subscribe.Config{Sites: []string{"https://www.two.example/x", "three.example"}}, ids(1, 3, 4)},
		{"since", subscribe.Config{Since: mid}, ids(4)},
		{"from sequence", subscribe.Config{StartSeq: 4}, ids(3, 4)},
		{"new only", subscribe.Config{NewOnly: true}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.StopWhenCaughtUp = true
			var c collector
			run(t, e.js, tt.cfg, c.handle)
			if got := c.ids(); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v (in stream order)", got, tt.want)
			}
		})
	}
	t.Run("handler error ends Run with the sequence", func(t *testing.T) {
		sub, err := subscribe.New(e.js, subscribe.Config{})
		if err != nil {
			t.Fatal(err)
		}
		err = sub.Run(ctx, func(_ context.Context, m *subscribe.Message) error {
			if m.Seq == 3 {
				return errors.New("disk full")
			}
			return nil
		})
		if err == nil || !strings.Contains(err.Error(), "StartSeq 3") || !strings.Contains(err.Error(), "disk full") ||
			!strings.Contains(err.Error(), "ARTICLES") || !strings.Contains(err.Error(), all[2].ID) ||
			!strings.Contains(err.Error(), "byline.articles.one_example") {
			t.Errorf("Run = %v", err)
		}
	})
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  subscribe.Config
		want string
	}{
		{"bad durable", subscribe.Config{Durable: "my service"}, "durable"},
		{"two starts", subscribe.Config{Since: time.Now(), NewOnly: true}, "at most one"},
		{"bad site", subscribe.Config{Sites: []string{""}}, "site"},
		{"bad backoff", subscribe.Config{Backoff: []time.Duration{0}}, "backoff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := subscribe.New(struct{ jetstream.JetStream }{}, tt.cfg)
			if !errors.Is(err, subscribe.ErrInvalidConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want ErrInvalidConfig about %q", err, tt.want)
			}
		})
	}
}

func TestSeen(t *testing.T) {
	s := subscribe.NewSeen(2)
	steps := []struct {
		id   string
		seen bool
	}{{"a", false}, {"a", true}, {"b", false}, {"c", false}, {"a", false}, {"c", true}, {"", false}, {"", false}}
	for i, st := range steps {
		if got := s.Add(st.id); got != st.seen {
			t.Errorf("step %d: Add(%q) = %v, want %v", i, st.id, got, st.seen)
		}
	}
}

func TestSubjects(t *testing.T) {
	tests := []struct {
		sites []string
		want  string
	}{
		{nil, "[byline.articles.>]"},
		{[]string{"www.Example.co.uk", "example.co.uk", "https://news.example/x"}, "[byline.articles.example_co_uk byline.articles.news_example]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(subscribe.Subjects(tt.sites)); got != tt.want {
			t.Errorf("Subjects(%v) = %s, want %s", tt.sites, got, tt.want)
		}
	}
}

// TestUnknownFieldsKept: a newer producer's field within the same schema
// version is not in Article, but Message.JSON carries it, as written, for
// a service that forwards articles whole.
func TestUnknownFieldsKept(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a := makeArticle("example.com", 1, "A story with a field from the future.")
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	raw = append([]byte(`{"sentiment":0.25,`), raw[1:]...)
	m := nats.NewMsg(wire.ArticleSubject("example.com"))
	m.Header.Set(wire.HeaderSchemaVersion, fmt.Sprint(article.SchemaVersion))
	m.Header.Set(wire.HeaderMsgID, wire.ArticleMsgID(a))
	m.Data = raw
	if _, err := e.js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	var c collector
	run(t, e.js, subscribe.Config{StopWhenCaughtUp: true}, c.handle)
	if len(c.msgs) != 1 {
		t.Fatalf("delivered %d messages, want 1", len(c.msgs))
	}
	got := c.msgs[0]
	if got.Article.ID != a.ID || !bytes.Equal(got.JSON, raw) {
		t.Errorf("article %q, JSON %s: want %q and the JSON as published", got.Article.ID, got.JSON, a.ID)
	}
}

// consumerNames lists the consumers on ARTICLES.
func (e *env) consumerNames(t *testing.T) []string {
	t.Helper()
	st, err := e.js.Stream(context.Background(), "ARTICLES")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	names := st.ConsumerNames(context.Background())
	for n := range names.Name() {
		out = append(out, n)
	}
	if err := names.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestMaxDeliverGivesUp: with MaxDeliver an article whose handler keeps
// failing is retried with the backoff, then terminated after that many
// deliveries instead of coming back for ever; without it, nothing is.
func TestMaxDeliverGivesUp(t *testing.T) {
	e := newEnv(t)
	bad := makeArticle("example.com", 1, "The story the handler cannot take.")
	good := makeArticle("example.com", 2, "A story it can.")
	e.publish(t, bad)
	e.publish(t, good)
	calls := map[string]int{}
	var mu sync.Mutex
	c := collector{fn: func(m *subscribe.Message) error {
		mu.Lock()
		defer mu.Unlock()
		calls[m.Article.ID]++
		if m.Article.ID == bad.ID {
			return errors.New("constraint violation")
		}
		return nil
	}}
	sub := run(t, e.js, subscribe.Config{Durable: "svc", MaxDeliver: 3, StopWhenCaughtUp: true,
		Backoff: []time.Duration{10 * time.Millisecond}}, c.handle)
	if calls[bad.ID] != 3 || calls[good.ID] != 1 {
		t.Errorf("handler calls %v, want 3 for the failing article and 1 for the other", calls)
	}
	if st := sub.Stats(); st.GaveUp != 1 || st.Retried != 2 || st.Acked != 1 || st.Rejected != 0 {
		t.Errorf("stats %+v", st)
	}
	if n := e.ackPending(t, "svc"); n != 0 {
		t.Errorf("consumer holds %d unacked messages, want 0", n)
	}
}

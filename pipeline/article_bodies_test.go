package pipeline_test

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/wire"
)

// TestLargeArticlesTakeEveryForm: with the default 1 MiB max payload, a
// small article travels as plain JSON, a 2 MiB one that compresses as
// zstd, and a 7 MiB one that does not compress through the article body
// bucket; the index worker gets each intact and nothing is dead-lettered.
func TestLargeArticlesTakeEveryForm(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	// Moving 7 MiB through the bus outlived a 500ms AckWait under -race:
	// what is tested is the form each body takes, not the deadlines, so
	// the ack waits here are longer still than testConfig's.
	cfg.Extract.AckWait, cfg.Index.AckWait, cfg.Extract.Timeout = 10*time.Second, 10*time.Second, time.Minute
	setup(t, js, cfg)
	bodies := map[string]string{
		"small": "A short story.",
		"zstd":  strings.Repeat("The council approved the harbour plan on Tuesday. ", 2<<20/50),
		"huge":  randomText(7 << 20),
	}
	extract := func(ctx context.Context, p *article.Page) (*article.Article, error) {
		name := p.URL[strings.LastIndex(p.URL, "/")+1:]
		a := &article.Article{ID: article.IDFor(p.URL), URL: p.URL, Headline: name, Body: bodies[name]}
		a.ContentHash = article.HashContent([]byte(a.Body))
		return a, nil
	}
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	idx := newFakeIndex()
	ew, iw, stop := runWorkers(t, js, cfg, extract, idx)
	ctx := context.Background()
	var want []string
	for name := range bodies {
		u := "http://large.example/news/" + name
		if err := pub.Put(ctx, &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: time.Now(), Body: []byte("<p>page</p>")}); err != nil {
			t.Fatal(err)
		}
		want = append(want, article.IDFor(u))
	}
	waitIdle(t, js, cfg, 60*time.Second)
	stop()
	// At least once: on a loaded machine a 7 MiB article can outlast its
	// ack wait and be handled twice; the index then holds it once, and
	// writes it once for each delivery.
	es, is := ew.Stats(), iw.Stats()
	if es.Extracted < 3 || es.DeadLettered+is.DeadLettered != 0 || is.Indexed < 3 || is.Indexed != is.Received {
		t.Fatalf("extract %+v, index %+v: want 3 extracted and indexed, none dead-lettered", es, is)
	}
	// The index's deliveries again are counted in above; ARTICLES itself
	// holds each article once, however often its page was extracted (the
	// duplicates window), which the write counts no longer show.
	if p, err := pipeline.Status(ctx, js, cfg); err != nil {
		t.Fatal(err)
	} else if p.Articles != 3 {
		t.Errorf("ARTICLES holds %d messages, want 3 (one per page)", p.Articles)
	}
	idx.assertDocs(t, want, is.Received == 3)
	idx.mu.Lock()
	for _, a := range idx.docs {
		if a.Body != bodies[a.Headline] {
			t.Errorf("article %s: body of %d bytes, want %d", a.Headline, len(a.Body), len(bodies[a.Headline]))
		}
	}
	idx.mu.Unlock()

	// Each took the form its size calls for; the offloaded body stays for
	// other subscribers.
	cons, err := js.OrderedConsumer(ctx, "ARTICLES", jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(3, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	store, err := js.ObjectStore(ctx, wire.DefaultArticleBodyBucket)
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]wire.Form{}
	for m := range batch.Messages() {
		a, form, err := wire.DecodeArticle(ctx, m.Headers(), m.Data(), func(context.Context) (jetstream.ObjectStore, error) { return store, nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Data()) > 1<<20 {
			t.Errorf("%s: message body %d bytes", a.Headline, len(m.Data()))
		}
		forms[a.Headline] = form
	}
	if forms["small"] != wire.FormPlain || forms["zstd"] != wire.FormZstd || forms["huge"] != wire.FormObject {
		t.Errorf("forms %v", forms)
	}
}

// randomText is n bytes of letter-salad words that zstd cannot shrink
// below a 1 MiB message.
func randomText(n int) string {
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.Grow(n + 16)
	for b.Len() < n {
		for range 3 + r.IntN(8) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		b.WriteByte(' ')
	}
	return b.String()
}

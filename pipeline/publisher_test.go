package pipeline_test

import (
	"context"
	"crypto/rand"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// lostAckJS stores the first page it publishes but reports a timeout, as
// when the server's ack is lost, so the publisher retries the same message.
type lostAckJS struct {
	jetstream.JetStream
	lost   atomic.Bool
	always bool   // lose every page ack
	onLost func() // if set, called after a page was stored and its ack lost
}

func (j *lostAckJS) PublishMsg(ctx context.Context, m *nats.Msg, opts ...jetstream.PublishOpt) (*jetstream.PubAck, error) {
	ack, err := j.JetStream.PublishMsg(ctx, m, opts...)
	if err == nil && strings.HasPrefix(m.Subject, "byline.pages.") && (j.always || j.lost.CompareAndSwap(false, true)) {
		if j.onLost != nil {
			j.onLost()
		}
		return nil, context.DeadlineExceeded
	}
	return ack, err
}

// TestPutRetryAfterLostAckKeepsBody: a page whose body sits in the object
// store and whose publish is retried after a lost ack must keep its body
// (the "duplicate" is the page itself) and count as published.
func TestPutRetryAfterLostAckKeepsBody(t *testing.T) {
	_, js := startBus(t, 256<<10)
	cfg := testConfig()
	cfg.PayloadHeadroom = 4 << 10
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(&lostAckJS{JetStream: js}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	huge := testPage("big.example.com", 2)
	huge.Body = make([]byte, 600<<10) // random: too large even compressed
	rand.Read(huge.Body)
	idx := newFakeIndex()
	ew, _, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	if err := pub.Put(context.Background(), huge); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	if ps := pub.Stats(); ps.Published != 1 || ps.Duplicates != 0 || ps.Offloaded != 1 {
		t.Errorf("publisher stats = %+v, want 1 published (offloaded), 0 duplicates", ps)
	}
	if es := ew.Stats(); es.Extracted != 1 || es.DeadLettered != 0 {
		t.Errorf("extract stats = %+v, want 1 extracted", es)
	}
	idx.assertDocs(t, []string{article.IDFor(huge.URL)}, true)
}

// TestPutTimeoutKeepsBody: when Put gives up after its acks were lost, the
// page may well be stored; its body must stay for the extract worker.
//
// Put gives up when its context ends, here once the page is stored and
// the acks of the first publish and of a retry were lost. A 300 ms
// PublishTimeout ended it before, and once (no -race, a busy
// machine) storing the 600 KiB body took all of it: Put gave up before
// the page was published, and the test found nothing to extract.
func TestPutTimeoutKeepsBody(t *testing.T) {
	_, js := startBus(t, 256<<10)
	cfg := testConfig()
	cfg.PayloadHeadroom = 4 << 10
	setup(t, js, cfg)
	ctx, giveUp := context.WithCancel(context.Background())
	defer giveUp()
	var lost atomic.Int32
	pub, err := pipeline.NewPublisher(&lostAckJS{JetStream: js, always: true, onLost: func() {
		if lost.Add(1) == 2 {
			giveUp()
		}
	}}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	huge := testPage("big.example.com", 3)
	huge.Body = make([]byte, 600<<10)
	rand.Read(huge.Body)
	if err := pub.Put(ctx, huge); err == nil {
		t.Fatal("Put succeeded although every ack was lost")
	}
	idx := newFakeIndex()
	ew, _, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	if es := ew.Stats(); es.Extracted != 1 || es.DeadLettered != 0 {
		t.Errorf("extract stats = %+v, want the stored page extracted", es)
	}
	idx.assertDocs(t, []string{article.IDFor(huge.URL)}, true)
}

// flakyStoreJS hands out object stores whose first fails PutBytes fail as
// they do while the server is unreachable or restarting.
type flakyStoreJS struct {
	jetstream.JetStream
	err   error
	fails atomic.Int32
}

func (j *flakyStoreJS) ObjectStore(ctx context.Context, bucket string) (jetstream.ObjectStore, error) {
	s, err := j.JetStream.ObjectStore(ctx, bucket)
	if err != nil {
		return nil, err
	}
	return &flakyStore{ObjectStore: s, js: j}, nil
}

type flakyStore struct {
	jetstream.ObjectStore
	js *flakyStoreJS
}

func (s *flakyStore) PutBytes(ctx context.Context, name string, data []byte) (*jetstream.ObjectInfo, error) {
	if s.js.fails.Add(-1) >= 0 {
		return nil, s.js.err
	}
	return s.ObjectStore.PutBytes(ctx, name, data)
}

// TestPutRetriesBodyStore: Put retries storing a large page's body while
// the server is unreachable, as it retries the publish, instead of failing
// the page (which the crawler would fetch only next run).
func TestPutRetriesBodyStore(t *testing.T) {
	tests := []struct {
		name string
		err  error
	}{
		{"no responders", nats.ErrNoResponders},
		{"timeout", nats.ErrTimeout},
		{"disconnected", nats.ErrDisconnected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, js := startBus(t, 256<<10)
			cfg := testConfig()
			cfg.PayloadHeadroom = 4 << 10
			setup(t, js, cfg)
			fjs := &flakyStoreJS{JetStream: js, err: tt.err}
			fjs.fails.Store(2)
			pub, err := pipeline.NewPublisher(fjs, cfg)
			if err != nil {
				t.Fatal(err)
			}
			huge := testPage("big.example.com", 4)
			huge.Body = make([]byte, 600<<10) // random: too large even compressed
			rand.Read(huge.Body)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := pub.Put(ctx, huge); err != nil {
				t.Fatalf("Put while the body store was unreachable: %v", err)
			}
			idx := newFakeIndex()
			ew, _, stop := runWorkers(t, js, cfg, stubExtract(nil), idx)
			waitIdle(t, js, cfg, 20*time.Second)
			stop()
			if ps := pub.Stats(); ps.Published != 1 || ps.Offloaded != 1 || ps.Failed != 0 {
				t.Errorf("publisher stats = %+v, want 1 published (offloaded)", ps)
			}
			if es := ew.Stats(); es.Extracted != 1 {
				t.Errorf("extract stats = %+v, want 1 extracted", es)
			}
			idx.assertDocs(t, []string{article.IDFor(huge.URL)}, true)
		})
	}
}

package pipeline_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// waitFor polls cond until it holds or timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestIndexOutageRestartsDoNotDeadLetter: index workers restarted (a
// deploy, a node drain) more than MaxDeliver times during an index outage
// release the articles they hold each time; once the backend is back those
// articles are indexed, not dead-lettered as if the worker had crashed on
// them: backend-unavailable errors never dead-letter.
func TestIndexOutageRestartsDoNotDeadLetter(t *testing.T) {
	tests := []struct {
		name     string
		restarts int // in MaxDelivers
	}{
		{"MaxDeliver restarts", 1},
		{"twice MaxDeliver restarts", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, js := startBus(t, 0)
			cfg := testConfig()
			// A stopped incarnation's article comes back to the next
			// one after AckWait.
			cfg.Index.AckWait = shortAckWait
			setup(t, js, cfg)
			idx := newFakeIndex()
			idx.setDown(true)
			ew, err := pipeline.NewExtractWorker(js, cfg, stubExtract(nil))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			wg.Go(func() { _ = ew.Run(ctx) })
			t.Cleanup(func() { cancel(); wg.Wait() })
			pub, err := pipeline.NewPublisher(js, cfg)
			if err != nil {
				t.Fatal(err)
			}
			p := testPage("outage.example", 1)
			if err := pub.Put(ctx, p); err != nil {
				t.Fatal(err)
			}
			onDL := pipeline.WithOnDeadLetter(func(stage, reason string) { t.Logf("dead-lettered at %s: %s", stage, reason) })
			run := func() (*pipeline.IndexWorker, func()) {
				iw, err := pipeline.NewIndexWorker(js, cfg, idx, onDL, pipeline.WithDrainTimeout(2*time.Second))
				if err != nil {
					t.Fatal(err)
				}
				wctx, stop := context.WithCancel(ctx)
				done := make(chan struct{})
				go func() {
					defer close(done)
					if err := iw.Run(wctx); err != nil {
						t.Errorf("index worker: %v", err)
					}
				}()
				return iw, func() { stop(); <-done }
			}
			for i := range tt.restarts * cfg.Index.MaxDeliver {
				iw, stop := run()
				waitFor(t, 10*time.Second, fmt.Sprintf("incarnation %d to hold the article during the outage", i+1), func() bool { return iw.Stats().Waits > 0 })
				stop() // graceful restart while the index is down
				if s := iw.Stats(); s.DeadLettered != 0 {
					t.Fatalf("incarnation %d: %+v: dead-lettered during the outage", i+1, s)
				}
			}
			idx.setDown(false)
			iw, stop := run()
			waitIdle(t, js, cfg, 20*time.Second)
			stop()
			// An ack later than the short AckWait (a loaded machine
			// under -race) has the article delivered and written again:
			// each delivery is written once, the index holds it once.
			s := iw.Stats()
			if s.Indexed < 1 || s.Indexed != s.Received || s.DeadLettered != 0 {
				t.Errorf("after the outage: %+v, want the article indexed (each delivery once), none dead-lettered", s)
			}
			idx.assertDocs(t, []string{article.IDFor(p.URL)}, s.Received == 1)
			if msgs := deadLetters(t, js); len(msgs) != 0 {
				t.Errorf("%d dead letters, want 0 (reason %q)", len(msgs), msgs[0].Headers().Get(pipeline.HeaderDLReason))
			}
		})
	}
}

// TestConsumerDeliveryLimits: the extract consumer's server-side limit is
// MaxDeliver; the index consumer's is ten times it, a safety net that ends
// the loop of an article its worker crashes on every time, above what
// restarts during an outage use up.
func TestConsumerDeliveryLimits(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig().WithDefaults()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := pipeline.Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		stream, durable string
		want            int
	}{
		{cfg.PagesStream, cfg.Extract.Durable, cfg.Extract.MaxDeliver},
		{cfg.ArticlesStream, cfg.Index.Durable, 10 * cfg.Index.MaxDeliver},
	} {
		c, err := js.Consumer(ctx, tt.stream, tt.durable)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.CachedInfo().Config.MaxDeliver; got != tt.want {
			t.Errorf("%s: server MaxDeliver %d, want %d", tt.durable, got, tt.want)
		}
	}
}

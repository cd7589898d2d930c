package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// TestExtractTimeoutDeadLettered: a page whose extractor hangs past
// Extract.Timeout on every delivery is dead-lettered by the worker itself,
// with the timeout as its reason (the dead-letter publish must not reuse
// the expired extraction deadline).
func TestExtractTimeoutDeadLettered(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	cfg.Extract.Timeout = 100 * time.Millisecond
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	slow := testPage("example.org", 1)
	release := make(chan struct{})
	defer close(release)
	ex := stubExtract(nil)
	ew, _, stop := runWorkers(t, js, cfg, func(ctx context.Context, p *article.Page) (*article.Article, error) {
		if p.URL == slow.URL {
			<-release // ignores ctx
		}
		return ex(ctx, p)
	}, newFakeIndex())
	if err := pub.Put(context.Background(), slow); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	if es := ew.Stats(); es.DeadLettered != 1 || es.Failed != 2 {
		t.Errorf("extract stats = %+v, want 1 dead-lettered after 2 failed attempts", es)
	}
	msgs := deadLetters(t, js)
	if len(msgs) != 1 {
		t.Fatalf("DEADLETTER holds %d messages, want 1", len(msgs))
	}
	if r := msgs[0].Headers().Get(pipeline.HeaderDLReason); !strings.Contains(r, "extract gave up") || !strings.Contains(r, "after 3 deliveries") {
		t.Errorf("reason = %q, want the extraction timeout after 3 deliveries", r)
	}
}

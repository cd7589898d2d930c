package pipeline_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"
)

// TestExtractMemoryGate: pages whose estimates do not fit beside each
// other are extracted one at a time although the worker handles four
// messages at once, and a page over the whole budget is dead-lettered on
// its first delivery with its URL and both sizes in the reason.
func TestExtractMemoryGate(t *testing.T) {
	_, js := startBus(t, 0)
	cfg := testConfig()
	setup(t, js, cfg)
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	huge := testPage("example.org", 9)
	cost := func(p *article.Page) int64 {
		if p.URL == huge.URL {
			return 500 << 20
		}
		return 60 << 20 // two do not fit in 100 MiB
	}
	var running, most atomic.Int32
	ex := stubExtract(nil)
	gate := pipeline.NewMemoryGate(100 << 20)
	m, err := pipeline.NewMetrics(nil)
	if err != nil {
		t.Fatal(err)
	}
	ew, _, stop := runWorkers(t, js, cfg, func(ctx context.Context, p *article.Page) (*article.Article, error) {
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(30 * time.Millisecond)
		return ex(ctx, p)
	}, newFakeIndex(), pipeline.WithMemoryGate(gate, cost), pipeline.WithMetrics(m))
	for i := 1; i <= 4; i++ {
		if err := pub.Put(context.Background(), testPage("example.org", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := pub.Put(context.Background(), huge); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, js, cfg, 20*time.Second)
	stop()
	if m := most.Load(); m != 1 {
		t.Errorf("%d extractions ran at once, want 1 (each needs 60 of the 100 MiB)", m)
	}
	if es := ew.Stats(); es.Extracted != 4 || es.DeadLettered != 1 || es.Failed != 0 {
		t.Errorf("extract stats = %+v, want 4 extracted, 1 dead-lettered at once", es)
	}
	// Four admissions, each given back; the pages behind the running one
	// waited for it.
	if got := testutil.ToFloat64(m.MemoryAdmitted); got != 0 {
		t.Errorf("byline_extract_memory_admitted_bytes = %v after the run, want 0", got)
	}
	if got := testutil.ToFloat64(m.MemoryBudget); got != 100<<20 {
		t.Errorf("byline_extract_memory_budget_bytes = %v, want %d", got, 100<<20)
	}
	var d dto.Metric
	if err := m.MemoryWait.Write(&d); err != nil {
		t.Fatal(err)
	}
	if c := d.GetHistogram().GetSampleCount(); c != 4 {
		t.Errorf("byline_extract_memory_wait_seconds observed %d waits, want 4", c)
	}
	msgs := deadLetters(t, js)
	if len(msgs) != 1 {
		t.Fatalf("DEADLETTER holds %d messages, want 1", len(msgs))
	}
	r := msgs[0].Headers().Get(pipeline.HeaderDLReason)
	for _, want := range []string{huge.URL, "500.0 MiB", "100.0 MiB", "over the budget"} {
		if !strings.Contains(r, want) {
			t.Errorf("reason %q does not say %q", r, want)
		}
	}
}

// TestMemoryBudgetMetricAtStart: byline_extract_memory_budget_bytes says
// the budget from the moment the worker exists, not from its first page
// (an idle worker showed 0).
func TestMemoryBudgetMetricAtStart(t *testing.T) {
	m, err := pipeline.NewMetrics(nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = pipeline.NewExtractWorker(nil, testConfig(), stubExtract(nil),
		pipeline.WithMemoryGate(pipeline.NewMemoryGate(64<<20), func(*article.Page) int64 { return 1 }), pipeline.WithMetrics(m))
	if err != nil {
		t.Fatal(err)
	}
	if got := testutil.ToFloat64(m.MemoryBudget); got != 64<<20 {
		t.Errorf("byline_extract_memory_budget_bytes = %v before any page, want %d", got, 64<<20)
	}
}

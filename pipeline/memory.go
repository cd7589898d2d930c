package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/memgate"
)

// ExtractCost estimates the peak memory, in bytes, that extracting p takes
// (the real extractor's is extract.EstimateMemory). It must be cheap and
// safe for concurrent use.
type ExtractCost func(p *article.Page) int64

// MemoryGate admits pages to extraction by their ExtractCost so that the
// extractions running at once in a process stay within a memory budget:
// a big page waits until the pages before it are done instead of running
// beside them, and a page over the whole budget is dead-lettered with its
// URL, size and estimate instead of killing the process (which would have
// the page redelivered and kill it again until the delivery limit). Give
// one gate to every extract worker of a process.
type MemoryGate struct{ g *memgate.Gate }

// NewMemoryGate returns a gate of budget bytes; budget <= 0 means
// memgate.DefaultBudget (70% of GOMEMLIMIT, else of the cgroup's or the
// machine's memory).
func NewMemoryGate(budget int64) *MemoryGate {
	if budget <= 0 {
		budget, _ = memgate.DefaultBudget()
	}
	return &MemoryGate{g: memgate.New(budget)}
}

// Budget returns the gate's budget in bytes.
func (m *MemoryGate) Budget() int64 { return m.g.Budget() }

// WithMemoryGate makes the extract worker admit each page through g,
// weighed by cost, before extracting it. The page's memory is given back
// when the ExtractFunc returns, even after the worker gave up on it
// (Extract.Timeout): until then it still holds that memory.
func WithMemoryGate(g *MemoryGate, cost ExtractCost) Option {
	return func(o *options) { o.memGate, o.memCost = g, cost }
}

// admit waits until page fits in the worker's memory gate and returns the
// function that gives its memory back (a no-op without a gate). A page
// over the whole budget gets a Permanent error naming it and its sizes.
func (w *ExtractWorker) admit(ctx context.Context, p *article.Page) (release func(), err error) {
	if w.opts.memGate == nil || w.opts.memCost == nil {
		return func() {}, nil
	}
	need := w.opts.memCost(p)
	start := time.Now()
	give, err := w.opts.memGate.g.Acquire(ctx, need)
	if err == nil {
		w.opts.metrics.do(func(m *Metrics) {
			m.MemoryWait.Observe(time.Since(start).Seconds())
			m.MemoryAdmitted.Add(float64(need))
		})
		return func() {
			give()
			w.opts.metrics.do(func(m *Metrics) { m.MemoryAdmitted.Sub(float64(need)) })
		}, nil
	}
	err = fmt.Errorf("extract %s (%s page): %w", firstNonEmpty(p.FinalURL, p.URL), memgate.Bytes(int64(len(p.Body))), err)
	if _, over := errors.AsType[*memgate.OverBudgetError](err); over {
		return nil, Permanent(err)
	}
	return nil, err
}

package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Snapshot is a RunOnce progress reading.
type Snapshot struct {
	Phase   string // "crawl", "drain" or "done"
	Source  string // the source running now (phase crawl)
	Pages   PublisherStats
	Extract ExtractStats
	Index   IndexStats
	Queues  Progress // queues on the server (phase drain)
	Elapsed time.Duration
}

// Result are the counts of a RunOnce.
type Result struct {
	Pages      PublisherStats
	Extract    ExtractStats
	Index      IndexStats
	History    HistoryStats // clusters and revisions (zero with NoHistory)
	Reconciled bool         // every published page and article accounted for (see Reconcile)
	Exact      bool         // ... one for one, with no redelivery
	Duration   time.Duration
}

// String prints the counts and the reconciliation:
// pages published = articles + non-articles + dead-lettered (extract), and
// articles = indexed + dead-lettered (index) + duplicate articles.
func (r Result) String() string {
	var b strings.Builder
	p, e, i := r.Pages, r.Extract, r.Index
	fmt.Fprintf(&b, "pages    published %d, duplicates dropped %d, publish failures %d, large bodies offloaded %d\n",
		p.Published, p.Duplicates, p.Failed, p.Offloaded)
	fmt.Fprintf(&b, "extract  articles %d (duplicate articles %d), non-articles %d, dead-lettered %d, retried attempts %d\n",
		e.Extracted, e.DuplicateArticles, e.NonArticles, e.DeadLettered, e.Failed)
	fmt.Fprintf(&b, "index    indexed %d, dead-lettered %d, retried attempts %d\n", i.Indexed, i.DeadLettered, i.Failed)
	if h := r.History; h.Articles > 0 {
		fmt.Fprintf(&b, "history  %d articles in %d clusters (%d joined a cluster this run), %d new revisions, %d re-extracted\n",
			h.Articles, h.Clusters, h.Joined, h.Revised, h.Reextracted)
	}
	mark := "ok"
	if !r.Reconciled {
		mark = "MISMATCH"
	}
	fmt.Fprintf(&b, "reconcile %s: %d published = %d articles + %d non-articles + %d dead-lettered; %d articles = %d indexed + %d dead-lettered + %d duplicates\n",
		mark, p.Published, e.Extracted, e.NonArticles, e.DeadLettered, e.Extracted, i.Indexed, i.DeadLettered, e.DuplicateArticles)
	if r.Reconciled && !r.Exact {
		b.WriteString("          (more handled than published: redeliveries after a crash or a lost ack; index writes are idempotent)\n")
	}
	fmt.Fprintf(&b, "took %s\n", r.Duration.Round(time.Millisecond))
	return b.String()
}

// reconcile sets Reconciled when every published page and every article
// is accounted for. Redeliveries (a crash, a lost ack) can make a stage
// handle a message twice, so more than published is allowed; fewer means
// something is missing.
func (r *Result) reconcile() {
	p, e, i := r.Pages, r.Extract, r.Index
	r.Reconciled = e.Extracted+e.NonArticles+e.DeadLettered >= p.Published &&
		i.Indexed+i.DeadLettered+e.DuplicateArticles >= e.Extracted
	r.Exact = p.Published == e.Extracted+e.NonArticles+e.DeadLettered &&
		e.Extracted == i.Indexed+i.DeadLettered+e.DuplicateArticles
}

// RunOnce runs every source once, in order, waits until every published
// page is extracted and indexed or dead-lettered, stops the workers and
// returns the counts. The counts are of this process: with other workers
// on a shared cluster, or pages left over from an interrupted run, they
// need not reconcile. It needs the extract and index stages.
func (p *Pipeline) RunOnce(ctx context.Context) (Result, error) {
	start := time.Now()
	var res Result
	if len(p.o.Sources) == 0 {
		return res, errors.New("run once: no sources")
	}
	if p.o.Extract == nil || (p.o.Index == nil && p.o.OpenIndex == nil) {
		return res, errors.New("run once: needs the extract and index stages")
	}
	// The workers signal every message they finish with, so the end of
	// the run is noticed when it happens (see drain).
	events := make(chan struct{}, 1)
	limit := p.o.Bus.Wait
	if limit <= 0 {
		limit = DefaultBusWait
	}
	ps, err := p.open(ctx, nil, newShutdown(p.o.ShutdownTimeout), openOpts{busLimit: limit}, withOnEvent(func() {
		select {
		case events <- struct{}{}:
		default:
		}
	}))
	if err != nil {
		return res, err
	}
	defer func() {
		if cerr := ps.close(); cerr != nil {
			p.log.Error("run once: close", "err", cerr)
		}
	}()

	st := &stages{sd: ps.sd}
	p.workerStages(ps, st)
	st.start()
	stErr := make(chan error, 1)
	go func() { stErr <- st.wait() }()
	stopped := false
	stopWorkers := func() error {
		if stopped {
			return nil
		}
		stopped = true
		_ = st.stop() // its error comes from wait
		return <-stErr
	}
	defer stopWorkers()

	prog := p.startProgress(ctx, ps, start)
	defer prog.stop()

	for _, s := range p.o.Sources {
		prog.source.Store(s.Name)
		if err := s.Run(ctx, ps.pub); err != nil {
			return res, fmt.Errorf("run once: %s: %w", s.Name, err)
		}
		if err := ctx.Err(); err != nil {
			return res, err
		}
	}
	prog.phase.Store("drain")
	if err := ps.drain(ctx, p.cfg, events, prog.setQueues); err != nil {
		return res, err
	}
	// The last flush is the run's work, not the stop's: made before the
	// workers stop (they hold nothing now), so a long one does not eat the
	// shutdown budget that stopping the workers starts and leave the
	// index and the embedded server closing under contexts already over.
	if err := ps.ix.get().Flush(ctx); err != nil {
		return res, fmt.Errorf("run once: flush index: %w", err)
	}
	if err := stopWorkers(); err != nil {
		return res, fmt.Errorf("run once: workers: %w", err)
	}
	res.Pages = ps.pub.Stats()
	res.Extract, res.Index = ps.stats()
	if ps.history != nil {
		res.History = ps.history.Stats()
	}
	res.Duration = time.Since(start)
	res.reconcile()
	prog.stop() // the last report comes from here, never concurrently
	prog.phase.Store("done")
	prog.report()
	return res, nil
}

// onceProgress reports a RunOnce's progress to Options.Progress every
// 200 ms while it runs.
type onceProgress struct {
	p     *Pipeline
	ps    *parts
	start time.Time

	mu            sync.Mutex
	snap          Snapshot
	phase, source atomic.Value // string

	cancel   context.CancelFunc
	done     chan struct{}
	stopOnce sync.Once
}

// startProgress starts the reports of a run begun at start.
func (p *Pipeline) startProgress(ctx context.Context, ps *parts, start time.Time) *onceProgress {
	o := &onceProgress{p: p, ps: ps, start: start, done: make(chan struct{})}
	o.phase.Store("crawl")
	o.source.Store("")
	ctx, o.cancel = context.WithCancel(ctx)
	go func() {
		defer close(o.done)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				o.report()
			}
		}
	}()
	return o
}

// report hands the current snapshot to Options.Progress.
func (o *onceProgress) report() {
	if o.p.o.Progress == nil {
		return
	}
	o.mu.Lock()
	s := o.snap
	o.mu.Unlock()
	s.Phase, s.Source = o.phase.Load().(string), o.source.Load().(string)
	s.Pages = o.ps.pub.Stats()
	s.Extract, s.Index = o.ps.stats()
	s.Elapsed = time.Since(o.start)
	o.p.o.Progress(s)
}

// setQueues records the server's queue counts for the next report.
func (o *onceProgress) setQueues(q Progress) {
	o.mu.Lock()
	o.snap.Queues = q
	o.mu.Unlock()
}

// stop ends the periodic reports and waits for the last one; it may be
// called more than once.
func (o *onceProgress) stop() { o.stopOnce.Do(func() { o.cancel(); <-o.done }) }

// drain returns when the sources are done and the server reports nothing
// queued or in flight. It is driven by the workers' events: once every
// page published by this run is extracted and every article it produced
// has reached the index writer, it flushes the writer at once (instead of
// leaving the articles to the worker's IndexFlush timer); once every
// article is settled it asks the server to confirm. A server check also
// runs every idlePoll, for work this process does not count (pages left
// by an interrupted run, other workers on a shared cluster) and for the
// progress display.
func (ps *parts) drain(ctx context.Context, cfg Config, events <-chan struct{}, progress func(Progress)) error {
	const idlePoll = 100 * time.Millisecond
	t := time.NewTicker(idlePoll)
	defer t.Stop()
	var (
		flushedAt = ^uint64(0) // the index worker's Handled at the last eager flush
		confirm   = time.Millisecond
		last      Progress
		lastErr   error
	)
	check := func() bool {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		last, lastErr = Status(sctx, ps.bus.js, cfg)
		if lastErr != nil {
			return false
		}
		progress(last)
		return last.Idle()
	}
	server := true // check the server on the first pass
	for {
		pub := ps.pub.Stats()
		e, i := ps.stats()
		extracted := e.Extracted+e.NonArticles+e.DeadLettered >= pub.Published
		// Handled, not Received: a message counts once its article is in
		// the writer, so the flush that sees the last one holds it.
		handled := ps.indexer.Handled()
		allAdded := extracted && handled+e.DuplicateArticles >= e.Extracted
		if allAdded && ps.indexer.InFlight() > 0 && handled != flushedAt {
			flushedAt = handled
			// An error here (the backend is down) needs nothing: the index
			// worker retries the articles it holds and acks only what the
			// backend took.
			_ = ps.ix.get().Flush(ctx)
			continue // the flush settled articles: count again
		}
		settled := extracted && i.Indexed+i.DeadLettered+e.DuplicateArticles >= e.Extracted
		if (settled || server) && check() {
			return nil
		}
		server = false
		// When every counted message is settled but the server has not yet
		// applied the last (asynchronous) acks, no event will come: look
		// again shortly, backing off to idlePoll.
		var soon <-chan time.Time
		if settled {
			soon = time.After(confirm)
			confirm = min(2*confirm, idlePoll)
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return fmt.Errorf("pipeline: wait for idle: %w (last status error: %w)", ctx.Err(), lastErr)
			}
			return fmt.Errorf("pipeline: wait for idle: %w (%+v)", ctx.Err(), last)
		case <-events:
		case <-soon:
			server = true
		case <-t.C:
			server = true
		}
	}
}

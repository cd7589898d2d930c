package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/byline/byline/article"
	"github.com/byline/byline/cluster"
	"github.com/byline/byline/internal/memgate"
)

// Sink receives fetched pages; the Publisher is one. It has the shape of
// crawler.Sink, so a crawler publishes straight into the pipeline.
type Sink interface {
	Put(ctx context.Context, p *article.Page) error
}

// Source feeds pages into a Pipeline: a crawl job, a scheduler of jobs.
type Source struct {
	// Name labels the source in logs and errors.
	Name string
	// Run sends pages to sink. Under RunOnce it runs to completion and
	// its error fails the run. Under Pipeline.Run it runs once at start;
	// a source that returns early (a one-off job) leaves the others
	// running, and every source must return when ctx is done.
	Run func(ctx context.Context, sink Sink) error
}

// Index is what a Pipeline needs from the index: the writer half for the
// index worker, Count for /readyz, Close at shutdown. index.Index (Bleve,
// Elasticsearch) satisfies it.
type Index interface {
	ArticleWriter
	Count(ctx context.Context) (uint64, error)
	Close(ctx context.Context) error
}

// BusConfig selects the NATS server of a Pipeline.
type BusConfig struct {
	// URL is one or more comma-separated server URLs. Empty means the
	// embedded server when Embedded is set, else nats.DefaultURL.
	URL string
	// Creds, NKey, TLSCA, TLSCert and TLSKey authenticate to an external
	// cluster (see bus.DialConfig).
	Creds, NKey, TLSCA, TLSCert, TLSKey string
	// Embedded starts an in-process server (JetStream on disk in StoreDir)
	// when URL is empty.
	Embedded bool
	// StoreDir is the embedded server's JetStream directory.
	StoreDir string
	// Listen lets the embedded server also accept TCP clients on
	// HOST:PORT ("" = in-process connections only).
	Listen string
	// Name identifies the connection to the server.
	Name string
	// Wait bounds how long RunOnce waits for an external server that
	// cannot be reached, or whose JetStream does not answer, at start
	// (default DefaultBusWait); then it fails with ErrBusUnavailable. Run
	// waits until the server answers or its context ends, serving
	// /healthz and a /readyz that names the wait meanwhile.
	Wait time.Duration
}

// Options assemble a Pipeline. Which stages run follows from what is set:
// Sources (crawling into PAGES), Extract (extract workers), Index or
// OpenIndex (the index worker), Addr (the HTTP server). byline run sets them
// all; byline worker extract sets Extract only.
type Options struct {
	// Config tunes streams and consumers; zero fields get defaults.
	Config Config
	// Bus selects the NATS server.
	Bus BusConfig
	// Sources feed pages in.
	Sources []Source
	// HostGate, if set, is bound to the bus once it is open, before the
	// sources start: give the same gate to the sources' crawlers
	// (crawler.SharedWith) for politeness across processes.
	HostGate *HostGate
	// Extract turns pages into articles; nil runs no extract stage.
	Extract ExtractFunc
	// NotArticle recognises Extract's "no article here" errors (see
	// WithNotArticle).
	NotArticle func(error) bool
	// ExtractWorkers is how many extract workers share the extract
	// consumer in this process; default 1.
	ExtractWorkers int
	// ExtractCost, if set, admits pages to extraction by their estimated
	// memory through one MemoryGate of ExtractMemory bytes shared by the
	// process's extract workers (see WithMemoryGate); 0 means
	// memgate.DefaultBudget, from GOMEMLIMIT.
	ExtractCost   ExtractCost
	ExtractMemory int64
	// Index is written by the index worker; the Pipeline does not close
	// it. Or set OpenIndex: the Pipeline opens the index and closes it
	// after the index worker drained, before the bus. Run opens it in the
	// index stage, after the HTTP server is up: while OpenIndex fails with
	// index.ErrUnavailable (the backend is down or not up yet) it retries
	// with capped exponential backoff, logging each attempt at WARN, with
	// /readyz not ready and the search page answering 503; the articles
	// wait in JetStream. Any other error (bad credentials, a mapping
	// conflict) ends Run with it. RunOnce opens it once, at start.
	Index     Index
	OpenIndex func(ctx context.Context) (Index, error)
	// Addr serves /metrics, /healthz and /readyz (and Search at /) while
	// Run runs; "" serves nothing.
	Addr string
	// Search, if set, is the search UI and API served at / on Addr. It is
	// given the open index.
	Search func(ix Index) http.Handler
	// SearchUnopened, if set, wraps what / answers while the index is not
	// open yet (503), e.g. to count those answers with the search's
	// metrics (web.Metrics.Unopened).
	SearchUnopened func(http.Handler) http.Handler
	// Collectors are registered beside the pipeline's metrics on /metrics.
	Collectors []prometheus.Collector
	// ShutdownTimeout is the budget of the whole stop, from the moment
	// Run's ctx ends (or a stage fails) until Run returns; default 30s.
	// The stages stop in order within it, each with what the ones before
	// it left: sources, extract workers, the index worker (which flushes
	// the index), the HTTP server, the index, the connection, and the
	// embedded server last, which keeps a reserved slice (a tenth of the
	// timeout, 500ms to 3s) to write JetStream's state. Messages a worker
	// could not finish stay unacked in JetStream and are redelivered. An
	// index write still running at the give-up mark (Bleve does not
	// interrupt a batch) is left to end on its own and the index closes
	// after it; Run returns ErrShutdownTimeout naming the index close.
	ShutdownTimeout time.Duration
	// OnIndexed is called after each article is durably indexed.
	OnIndexed func(a *article.Article)
	// Progress, if set, is called by RunOnce about every 200ms and once at
	// the end (phase "done"); calls never overlap.
	Progress func(Snapshot)
	// Logger; nil = slog.Default().
	Logger *slog.Logger
}

// Pipeline is Byline's pipeline assembled once: the bus and its streams,
// the publisher the sources put pages into, the extract and index workers,
// the index, the HTTP server, and the order in which they stop. Run serves
// until its context ends; RunOnce runs the sources once and waits until
// every page is indexed.
type Pipeline struct {
	o   Options
	cfg Config
	log *slog.Logger
}

// New checks o and returns a Pipeline. Nothing is opened until Run or
// RunOnce.
func New(o Options) (*Pipeline, error) {
	cfg := o.Config.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if o.Index != nil && o.OpenIndex != nil {
		return nil, errors.New("pipeline: set Index or OpenIndex, not both")
	}
	if o.ExtractWorkers < 0 {
		return nil, fmt.Errorf("pipeline: ExtractWorkers %d: want >= 0", o.ExtractWorkers)
	}
	if o.ExtractWorkers == 0 {
		o.ExtractWorkers = 1
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = 30 * time.Second
	}
	for _, s := range o.Sources {
		if s.Run == nil {
			return nil, fmt.Errorf("pipeline: source %q has no Run", s.Name)
		}
	}
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Pipeline{o: o, cfg: cfg, log: log}, nil
}

// parts are the opened pieces of one Run or RunOnce.
type parts struct {
	cfg      Config
	sd       *shutdown // the budget of the stop
	bus      *conn
	history  *History
	metrics  *Metrics // nil: none
	ix       *indexSlot
	pub      *Publisher
	extracts []*ExtractWorker
	indexer  *IndexWorker // nil until the index is open
	iopts    []Option     // the index worker's options
	lateIx   bool         // the index stage opens the index (openIndexStage)
}

// openOpts say how open waits.
type openOpts struct {
	busLimit  time.Duration // how long to wait for NATS (see openBus); 0 = until ctx ends
	onBusFail func(error)   // each failed attempt to reach NATS
	lateIndex bool          // the index stage opens the index (openIndexStage)
}

// open opens the bus (see openBus) and the index and builds the workers,
// which stop within the shutdown budget sd. With o.lateIndex the index
// (OpenIndex) is left to the index stage, which waits for the backend (see
// openIndexStage). close undoes it in order: index, then bus.
func (p *Pipeline) open(ctx context.Context, m *Metrics, sd *shutdown, o openOpts, extra ...Option) (*parts, error) {
	var err error
	ps := &parts{cfg: p.cfg, sd: sd, ix: &indexSlot{}, metrics: m}
	if ps.bus, err = p.openBus(ctx, o.busLimit, o.onBusFail); err != nil {
		return nil, err
	}
	if p.o.HostGate != nil {
		p.o.HostGate.Bind(ps.bus.js)
	}
	switch {
	case p.o.Index != nil:
		ps.ix.set(p.o.Index, p.searchFor(p.o.Index), false)
	case p.o.OpenIndex != nil && o.lateIndex:
		ps.lateIx = true
	case p.o.OpenIndex != nil:
		ix, err := p.o.OpenIndex(ctx)
		if err != nil {
			ps.bus.closeNow()
			return nil, fmt.Errorf("pipeline: open index: %w", err)
		}
		ps.ix.set(ix, p.searchFor(ix), true)
	}
	opts := []Option{WithLogger(p.log), withShutdown(ps.sd)}
	if m != nil {
		opts = append(opts, WithMetrics(m))
	}
	opts = append(opts, extra...)
	if err := p.build(ctx, ps, opts); err != nil {
		if cerr := ps.close(); cerr != nil {
			p.log.Error("close after a failed start", "err", cerr)
		}
		return nil, err
	}
	return ps, nil
}

// build makes the publisher and the workers of ps.
func (p *Pipeline) build(ctx context.Context, ps *parts, opts []Option) error {
	var err error
	if ps.pub, err = NewPublisher(ps.bus.js, p.cfg, opts...); err != nil {
		return err
	}
	if p.o.Extract != nil {
		eopts := opts
		if p.o.NotArticle != nil {
			eopts = append(eopts[:len(eopts):len(eopts)], WithNotArticle(p.o.NotArticle))
		}
		if p.o.ExtractCost != nil {
			gate := NewMemoryGate(p.o.ExtractMemory)
			eopts = append(eopts[:len(eopts):len(eopts)], WithMemoryGate(gate, p.o.ExtractCost))
			p.log.Info("extract memory budget", "budget", memgate.Bytes(gate.Budget()))
		}
		for range p.o.ExtractWorkers {
			ew, err := NewExtractWorker(ps.bus.js, p.cfg, p.o.Extract, eopts...)
			if err != nil {
				return err
			}
			ps.extracts = append(ps.extracts, ew)
		}
	}
	if p.o.Index == nil && p.o.OpenIndex == nil {
		return nil
	}
	ps.iopts = opts
	if p.o.OnIndexed != nil {
		ps.iopts = append(ps.iopts[:len(ps.iopts):len(ps.iopts)], WithOnIndexed(p.o.OnIndexed))
	}
	if !p.cfg.NoHistory {
		if ps.history, err = OpenHistory(ctx, ps.bus.js, p.cfg, cluster.Config{}, p.log.With("component", "history")); err != nil {
			return err
		}
		ps.history.CountInto(ps.metrics)
		ps.iopts = append(ps.iopts[:len(ps.iopts):len(ps.iopts)], WithEnricher(ps.history))
	}
	if ix := ps.ix.get(); ix != nil {
		ps.indexer, err = NewIndexWorker(ps.bus.js, p.cfg, ix, ps.iopts...)
	}
	return err
}

// close closes what open opened within what is left of the shutdown
// budget (it begins it if no stop did): the index and the connection by
// the give-up mark, the embedded server by the deadline.
func (ps *parts) close() error {
	defer ps.sd.release()
	giveUp, final := ps.sd.giveUpContext(), ps.sd.finalContext()
	if ps.history != nil {
		ps.history.Close()
	}
	if ps.bus.srv != nil && giveUp.Err() == nil {
		// The stopped workers leave long-poll pull requests on the
		// embedded server; a consumer drops those whose subscriber is gone
		// when its info is read. Without this the server's Shutdown
		// signals them and sleeps 50 ms (nats-server 2.15,
		// signalPullConsumers), a quarter of a small reserve.
		if err := ps.bus.nc.FlushWithContext(giveUp); err == nil {
			_, _ = Status(giveUp, ps.bus.js, ps.cfg)
		}
	}
	var errs []error
	if err := ps.ix.close(giveUp); err != nil {
		errs = append(errs, err)
	}
	if err := ps.bus.close(giveUp, final); err != nil {
		errs = append(errs, fmt.Errorf("pipeline: %w", err))
	}
	return errors.Join(errs...)
}

// stats sums the workers' counters.
func (ps *parts) stats() (ExtractStats, IndexStats) {
	var e ExtractStats
	for _, ew := range ps.extracts {
		s := ew.Stats()
		e.Received += s.Received
		e.Extracted += s.Extracted
		e.DuplicateArticles += s.DuplicateArticles
		e.NonArticles += s.NonArticles
		e.Failed += s.Failed
		e.DeadLettered += s.DeadLettered
	}
	var i IndexStats
	if ps.indexer != nil {
		i = ps.indexer.Stats()
	}
	return e, i
}

// workerStages adds the extract workers (one step: they stop pulling at
// once), then the index worker (or, with the index left to it, the stage
// that opens the index and then runs the worker), so a stop lets the
// extract workers publish the articles of the pages they hold before the
// index worker drains.
func (p *Pipeline) workerStages(ps *parts, st *stages) {
	for i, ew := range ps.extracts {
		name := fmt.Sprintf("extract-%d", i)
		if i == 0 {
			st.add(name, ew.Run)
		} else {
			st.join(name, ew.Run)
		}
	}
	switch {
	case ps.indexer != nil:
		st.add("index", ps.indexer.Run)
	case ps.lateIx:
		st.add("index", p.openIndexStage(ps))
	}
}

// Run runs every stage until ctx is done, then stops them in order:
// sources first (no new pages), then the extract workers (they finish and
// publish what they hold), then the index worker (it flushes and acks),
// then the HTTP server; the index closes after that, then the connection,
// and the embedded server last. The whole stop takes at most
// ShutdownTimeout: every step gets what the ones before it left, and a
// stage still running when it runs out is named in the error
// (ErrShutdownTimeout); its unacked messages are redelivered.
//
// The HTTP server serves /healthz at once. An external NATS server that
// cannot be reached yet, or whose JetStream does not answer yet, is waited
// for (see openBus) with /readyz 503 naming why; the stages start once it
// answers. The end of ctx during that wait is a clean stop (nil).
func (p *Pipeline) Run(ctx context.Context) (err error) {
	reg, m, err := p.registry()
	if err != nil {
		return err
	}
	var ln net.Listener
	if p.o.Addr != "" {
		var lc net.ListenConfig
		if ln, err = lc.Listen(ctx, "tcp", p.o.Addr); err != nil {
			return fmt.Errorf("pipeline: listen on %s: %w", p.o.Addr, err)
		}
		p.log.Info("serving", "url", "http://"+ln.Addr().String()+"/")
	}
	sd := newShutdown(p.o.ShutdownTimeout)
	octx, cancelOpen := context.WithCancel(ctx)
	defer cancelOpen()
	srv := p.startHTTP(ctx, ln, sd, cancelOpen)
	wait := &busWait{}
	srv.set(handler(p.o.Search != nil, reg, []ReadyCheck{{Name: "nats", Check: wait.check}}, &indexSlot{}, p.o.SearchUnopened))
	ps, err := p.open(octx, m, sd, openOpts{onBusFail: wait.failed, lateIndex: true})
	if err != nil {
		cancelOpen()
		herr := srv.stop()
		sd.release()
		if ctx.Err() != nil || herr != nil {
			return herr // stopped while waiting for NATS, or the server died
		}
		return err
	}
	defer func() { err = errors.Join(err, ps.close()) }()
	var ix *indexSlot
	if ps.lateIx || ps.ix.get() != nil {
		ix = ps.ix
	}
	srv.set(handler(p.o.Search != nil, reg, readyChecks(ps.bus, ix), ix, p.o.SearchUnopened))

	st := p.runStages(ps, m)
	st.start()
	stageErr := make(chan error, 1)
	go func() { stageErr <- st.wait() }()
	srv.onFail(func() { _ = st.stop() }) // the server died: stop the rest
	select {
	case <-ctx.Done():
		p.log.Info("stopping", "shutdown_timeout", p.o.ShutdownTimeout)
		_ = st.stop() // its error comes from wait
	case <-st.stopped: // a stage failed, or the HTTP server
	}
	err = <-stageErr
	return errors.Join(err, srv.stop())
}

// registry is the metrics registry of a Run: the Go and process
// collectors, Options.Collectors and the pipeline's metrics.
func (p *Pipeline) registry() (*prometheus.Registry, *Metrics, error) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, c := range p.o.Collectors {
		if err := reg.Register(c); err != nil {
			return nil, nil, fmt.Errorf("pipeline: register collector: %w", err)
		}
	}
	m, err := NewMetrics(reg)
	return reg, m, err
}

// runStages are the stages of a Run: the sources, the workers, the lag
// watcher.
func (p *Pipeline) runStages(ps *parts, m *Metrics) *stages {
	st := &stages{sd: ps.sd}
	for _, s := range p.o.Sources {
		st.add("source "+s.Name, func(ctx context.Context) error {
			err := s.Run(ctx, ps.pub)
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				p.log.Error("source failed", "source", s.Name, "err", err)
			}
			<-ctx.Done() // a one-off source is done; the rest go on
			return nil
		})
	}
	p.workerStages(ps, st)
	st.add("lag", func(ctx context.Context) error { WatchLag(ctx, ps.bus.js, p.cfg, m, 5*time.Second); return nil })
	return st
}

// DataDirs are the parts of a data directory: NATS's store, the embedded
// index, the crawl state.
func DataDirs(data string) (nats, index, crawl string) {
	return filepath.Join(data, "nats"), filepath.Join(data, "index"), filepath.Join(data, "crawl")
}

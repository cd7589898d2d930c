package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/byline/byline/article"
	"github.com/byline/byline/cluster"
	"github.com/byline/byline/pipeline/bus"
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
	// Extract turns pages into articles; nil runs no extract stage.
	Extract ExtractFunc
	// NotArticle recognises Extract's "no article here" errors (see
	// WithNotArticle).
	NotArticle func(error) bool
	// ExtractWorkers is how many extract workers share the extract
	// consumer in this process; default 1.
	ExtractWorkers int
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
	// could not finish stay unacked in JetStream and are redelivered.
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

// conn is an open bus: the connection and the embedded server behind it.
type conn struct {
	srv *bus.Server
	nc  *nats.Conn
	js  jetstream.JetStream
}

// openBus connects to the configured server, starting the embedded one
// when asked, and sets up the streams (Setup). While an external server
// cannot be reached (bus.Transient: refused, a name that does not resolve
// yet) or its JetStream does not answer (no quorum yet), it retries with
// capped exponential backoff and jitter, each failure logged at WARN and
// given to onFail, until limit passes (0: until ctx ends); the error then
// wraps ErrBusUnavailable, or ctx's error when ctx ended. What waiting
// cannot mend (bad credentials, a CA that does not verify the server, an
// invalid URL, a stream config the server refuses) fails at once.
func (p *Pipeline) openBus(ctx context.Context, limit time.Duration, onFail func(error)) (*conn, error) {
	wctx := ctx
	if limit > 0 {
		var cancel context.CancelFunc
		wctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	if onFail == nil {
		onFail = func(error) {}
	}
	stopped, c, err := p.connect(wctx, onFail)
	if err == nil {
		stopped, err = retry(wctx, func(ctx context.Context) error { return Setup(ctx, c.js, p.cfg) }, jetStreamNotReady,
			warnRetry(p.log, "NATS JetStream not ready; retrying the stream set-up", onFail))
		if err != nil {
			c.closeNow()
		}
	}
	if err != nil {
		return nil, gaveUp(ctx, stopped, limit, err)
	}
	return c, nil
}

// connect starts the embedded server and connects to it, or dials the
// external one, retrying while it cannot be reached (see openBus).
func (p *Pipeline) connect(ctx context.Context, onFail func(error)) (stopped bool, c *conn, err error) {
	b := p.o.Bus
	if b.URL == "" && b.Embedded {
		c, err := p.startEmbedded(ctx)
		return false, c, err
	}
	c = &conn{}
	stopped, c.nc, err = dialWaiting(ctx, b.dialConfig(p.log), p.log, onFail)
	if err != nil {
		return stopped, nil, err
	}
	if c.js, err = jetstream.New(c.nc); err != nil {
		c.closeNow()
		return false, nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	return false, c, nil
}

// startEmbedded starts the embedded server and connects to it in-process.
func (p *Pipeline) startEmbedded(ctx context.Context) (*conn, error) {
	b := p.o.Bus
	if err := os.MkdirAll(b.StoreDir, 0o750); err != nil {
		return nil, fmt.Errorf("pipeline: nats store: %w", err)
	}
	c := &conn{}
	var err error
	c.srv, err = bus.Start(ctx, bus.ServerConfig{StoreDir: b.StoreDir, Listen: b.Listen, Logger: p.log.With("component", "nats")})
	if err != nil {
		return nil, err
	}
	if c.nc, err = c.srv.Connect(nats.Name(b.Name)); err != nil {
		c.closeNow()
		return nil, err
	}
	if u := c.srv.ClientURL(); u != "" {
		p.log.Info("embedded NATS listening", "url", u)
	}
	if c.js, err = jetstream.New(c.nc); err != nil {
		c.closeNow()
		return nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	return c, nil
}

// jetStreamNotReady reports whether err is JetStream being unavailable for
// now: a request that timed out or found no responder, or the cluster
// answering 503 while it has no leader. JetStream not enabled for the
// account is a server configuration waiting does not mend.
func jetStreamNotReady(err error) bool {
	var api *jetstream.APIError
	if errors.As(err, &api) {
		if api.ErrorCode == jetstream.JSErrCodeJetStreamNotEnabledForAccount {
			return false
		}
		return api.Code == http.StatusServiceUnavailable || api.Code == http.StatusGatewayTimeout
	}
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout) || errors.Is(err, nats.ErrNoResponders)
}

// close flushes pending acks (while settle lasts), closes the connection
// and stops the embedded server (which syncs JetStream to disk) by the end
// of final.
func (c *conn) close(settle, final context.Context) error {
	if c.nc != nil {
		_ = c.nc.FlushWithContext(settle) // what is not acked is redelivered
		c.nc.Close()
	}
	if c.srv != nil {
		return c.srv.ShutdownContext(final)
	}
	return nil
}

// closeNow closes a bus that failed to open, with a budget of its own.
func (c *conn) closeNow() {
	sd := newShutdown(10 * time.Second)
	defer sd.release()
	_ = c.close(sd.settleContext(), sd.finalContext())
}

// parts are the opened pieces of one Run or RunOnce.
type parts struct {
	cfg      Config
	sd       *shutdown // the budget of the stop
	bus      *conn
	history  *History
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
	ps := &parts{cfg: p.cfg, sd: sd, ix: &indexSlot{}}
	if ps.bus, err = p.openBus(ctx, o.busLimit, o.onBusFail); err != nil {
		return nil, err
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

// runServer is the HTTP server of a Run. It serves from the start, before
// NATS answers, and its handler is replaced once the pipeline is open.
type runServer struct {
	h      atomic.Pointer[http.Handler]
	cancel context.CancelFunc // stops serving
	done   chan error
	mu     sync.Mutex
	fail   []func() // called when the server dies
	dead   bool     // it died: the fail funcs ran
}

// set makes h the handler of the requests that come next.
func (s *runServer) set(h http.Handler) { s.h.Store(&h) }

// onFail adds f to what a server that dies calls; if it died already, f
// runs at once.
func (s *runServer) onFail(f func()) {
	s.mu.Lock()
	dead := s.dead
	if !dead {
		s.fail = append(s.fail, f)
	}
	s.mu.Unlock()
	if dead {
		f()
	}
}

// stop shuts the server down within what is left of the shutdown
// budget's drain and returns its error.
func (s *runServer) stop() error {
	s.cancel()
	return <-s.done
}

// startHTTP serves on ln (if not nil) until stop is called; a server that
// dies calls fail and the onFail funcs.
func (p *Pipeline) startHTTP(ctx context.Context, ln net.Listener, sd *shutdown, fail func()) *runServer {
	s := &runServer{done: make(chan error, 1), fail: []func(){fail}}
	s.set(http.NotFoundHandler())
	hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	if ln == nil {
		s.done <- nil
		return s
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { (*s.h.Load()).ServeHTTP(w, r) })
	go func() {
		err := serveHTTP(hctx, ln, h, sd, p.log)
		if err != nil {
			s.mu.Lock()
			fs := s.fail
			s.fail, s.dead = nil, true
			s.mu.Unlock()
			for _, f := range fs {
				f()
			}
		}
		s.done <- err
	}()
	return s
}

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
		fmt.Fprintf(&b, "history  %d articles in %d clusters (%d joined a cluster this run), %d new revisions\n", h.Articles, h.Clusters, h.Joined, h.Revised)
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

// handler serves the search UI/API at / (if search is set) plus /metrics,
// /healthz and /readyz (see OpsHandler and readyChecks). While the index
// is not open yet (the index stage waits for the backend), / answers 503,
// through unopened when set (Options.SearchUnopened: it counts them).
func handler(search bool, reg *prometheus.Registry, checks []ReadyCheck, ix *indexSlot, unopened func(http.Handler) http.Handler) http.Handler {
	mux := OpsHandler(reg, checks...)
	if search && ix != nil {
		var notYet http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "5")
			http.Error(w, "the search index is not available yet; try again shortly", http.StatusServiceUnavailable)
		})
		if unopened != nil {
			notYet = unopened(notYet)
		}
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			x, h, _ := ix.state()
			switch {
			case x == nil:
				notYet.ServeHTTP(w, r)
			case h == nil:
				http.NotFound(w, r)
			default:
				h.ServeHTTP(w, r)
			}
		})
	}
	return mux
}

// readyChecks are the conditions of a Pipeline's /readyz: NATS connected
// and JetStream answering, the embedded server (if any) ready, and the
// index (if ix is not nil) answering a count.
func readyChecks(b *conn, ix *indexSlot) []ReadyCheck {
	checks := []ReadyCheck{NATSReady(b.nc, b.js)}
	if b.srv != nil {
		checks = append(checks, ReadyCheck{Name: "embedded nats", Check: func(context.Context) error {
			if !b.srv.Ready() {
				return errors.New("not ready")
			}
			return nil
		}})
	}
	if ix != nil {
		checks = append(checks, ReadyCheck{Name: "index", Check: func(ctx context.Context) error {
			x, _, err := ix.state()
			if x == nil {
				return fmt.Errorf("not open: %w", err)
			}
			_, err = x.Count(ctx)
			return err
		}})
	}
	return checks
}

// serveHTTP serves h on ln until ctx is done, then shuts down gracefully
// until sd's drain mark.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, sd *shutdown, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sd.begin()
	sctx, cancel := sd.drainContext()
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("serve: shutdown within the %s budget: %w", sd.timeout, err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	}
	return nil
}

// stages runs long-running stages together and stops them step by step, in
// the order the steps were added: a step is cancelled after the one before
// it returned, and all its stages at once. The whole stop shares one
// shutdown budget: a step that is still running at its settle mark is
// given up on (named in the error), and the later steps are cancelled with
// the drain deadline already passed, so they stop at once.
type stages struct {
	sd      *shutdown
	names   []string
	steps   []int // the step of each stage
	runs    []func(context.Context) error
	cancels []context.CancelFunc
	dones   []chan struct{}
	mu      sync.Mutex
	errs    []error
	stopErr error
	stopped chan struct{}
	failed  chan struct{}
	once    sync.Once
}

// add adds a stage as a step of its own.
func (s *stages) add(name string, f func(context.Context) error) {
	step := 0
	if n := len(s.steps); n > 0 {
		step = s.steps[n-1] + 1
	}
	s.names = append(s.names, name)
	s.steps = append(s.steps, step)
	s.runs = append(s.runs, f)
}

// join adds a stage to the last step: it is stopped together with it.
func (s *stages) join(name string, f func(context.Context) error) {
	s.add(name, f)
	if n := len(s.steps); n > 1 {
		s.steps[n-1] = s.steps[n-2]
	}
}

// start starts every stage.
func (s *stages) start() {
	s.stopped = make(chan struct{})
	s.failed = make(chan struct{}, len(s.runs))
	s.errs = make([]error, len(s.runs))
	for i, f := range s.runs {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		s.cancels = append(s.cancels, cancel)
		s.dones = append(s.dones, done)
		go func() {
			defer close(done)
			if err := f(ctx); err != nil {
				s.mu.Lock()
				s.errs[i] = fmt.Errorf("%s: %w", s.names[i], err)
				s.mu.Unlock()
				s.failed <- struct{}{}
			}
		}()
	}
}

// wait returns after stop (or after a stage failed, e.g. its consumer is
// missing, which stops the rest): the stages' errors and the stop's.
func (s *stages) wait() error {
	select {
	case <-s.stopped:
	case <-s.failed:
	}
	err := s.stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	return errors.Join(append(slices.Clone(s.errs), err)...)
}

// stop begins the shutdown budget and cancels the steps in order, waiting
// for each until the budget's settle mark; then it cancels what is left and
// waits until the give-up mark. It returns an error naming the stages
// still running then (what they hold is redelivered).
func (s *stages) stop() error {
	s.once.Do(func() {
		s.sd.begin()
		close(s.stopped)
		settle := s.sd.settleContext()
		for i := 0; i < len(s.cancels) && settle.Err() == nil; {
			j := i
			for ; j < len(s.cancels) && s.steps[j] == s.steps[i]; j++ {
				s.cancels[j]()
			}
			for k := i; k < j; k++ {
				select {
				case <-s.dones[k]:
				case <-settle.Done():
				}
			}
			i = j
		}
		giveUp := s.sd.giveUpContext()
		var late []string
		for _, cancel := range s.cancels {
			cancel()
		}
		for k := range s.cancels {
			select {
			case <-s.dones[k]:
			case <-giveUp.Done():
				if !isClosed(s.dones[k]) {
					late = append(late, s.names[k])
				}
			}
		}
		if len(late) > 0 {
			s.stopErr = fmt.Errorf("pipeline: stop: %w after %s: %s still running (their unacked messages are redelivered)",
				ErrShutdownTimeout, s.sd.timeout, strings.Join(late, ", "))
		}
	})
	return s.stopErr
}

// ErrShutdownTimeout is returned (wrapped) by Run when a stage was still
// stopping when the shutdown budget (Options.ShutdownTimeout) ran out.
var ErrShutdownTimeout = errors.New("shutdown timeout reached")

// DataDirs are the parts of a data directory: NATS's store, the embedded
// index, the crawl state.
func DataDirs(data string) (nats, index, crawl string) {
	return filepath.Join(data, "nats"), filepath.Join(data, "index"), filepath.Join(data, "crawl")
}

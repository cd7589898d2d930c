package crawler

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Option configures a Crawler. Options that can fail return an error from
// New.
type Option func(*Crawler) error

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option {
	return func(c *Crawler) error {
		if l != nil {
			c.log = l
		}
		return nil
	}
}

// ClassifyHints are what the crawler knows about a page beyond its markup.
type ClassifyHints struct {
	// NewsSitemap is true when the page was listed in a Google News
	// sitemap, which lists articles only.
	NewsSitemap bool
}

// Classifier decides whether an HTML page holds one article (handed to the
// sink) or is a listing, home or other page (followed only). body is the
// page as UTF-8 HTML; the classifier must not modify it. It must be safe
// for concurrent use. cmd wires the extractor's extract.Classify in, which
// reads the page's tokens without building a tree.
type Classifier func(body []byte, pageURL *url.URL, hints ClassifyHints) (isArticle bool)

// WithClassifier sets the article/listing verdict. Without one the crawler
// hands every HTML page it may index (no noindex) to the sink and leaves
// the verdict to whoever reads it (Byline's extract worker drops pages
// that hold no article), so a library user loses nothing by default.
func WithClassifier(f Classifier) Option {
	return func(c *Crawler) error {
		if f == nil {
			return errors.New("crawler: WithClassifier(nil)")
		}
		c.classify = f
		return nil
	}
}

// WithProgress calls f with a snapshot of the counters after every URL the
// crawl finishes. f runs on crawl goroutines: keep it fast and safe for
// concurrent use.
func WithProgress(f func(Stats)) Option {
	return func(c *Crawler) error {
		c.progress = f
		return nil
	}
}

// WithOnFinish calls f with the summary when a run ends.
func WithOnFinish(f func(Summary, error)) Option {
	return func(c *Crawler) error {
		c.onFinish = f
		return nil
	}
}

// WithHTTPTransport replaces the HTTP transport, e.g. for tests. The
// default transport refuses private addresses at dial time (unless
// AllowPrivate); a replacement must do its own checks.
func WithHTTPTransport(rt http.RoundTripper) Option {
	return func(c *Crawler) error {
		if rt == nil {
			return errors.New("crawler: WithHTTPTransport(nil)")
		}
		c.rt = rt
		return nil
	}
}

// WithPoliteness makes the crawler keep its per-host politeness (delay,
// parallelism, Crawl-delay, Retry-After, AutoThrottle, given-up hosts) in
// p, shared with every other crawler given the same p: give one to all
// the jobs of a process so that a host is crawled at its configured rate
// however many jobs fetch from it. Without it a Crawler has a Politeness
// of its own.
func WithPoliteness(p *Politeness) Option {
	return func(c *Crawler) error {
		if p == nil {
			return errors.New("crawler: WithPoliteness(nil)")
		}
		c.polite = p
		return nil
	}
}

// Crawler runs one crawl job. Run may be called again after it returns
// (the scheduler does); two concurrent Runs of one Crawler are refused.
type Crawler struct {
	cfg      Config
	sink     Sink
	log      *slog.Logger
	classify Classifier
	progress func(Stats)
	onFinish func(Summary, error)
	rt       http.RoundTripper
	polite   *Politeness

	include, exclude []*regexp.Regexp
	domains          []string
	running          atomic.Bool
}

// ErrRunning means Run was called while the same Crawler was running.
var ErrRunning = errors.New("crawl job is already running")

// New checks cfg (zero fields get defaults) and returns a Crawler that
// sends article pages to sink.
func New(cfg Config, sink Sink, opts ...Option) (*Crawler, error) {
	if sink == nil {
		return nil, errors.New("crawler: nil sink")
	}
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := &Crawler{cfg: cfg, sink: sink, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	if c.polite == nil {
		c.polite = NewPoliteness()
	}
	for _, p := range cfg.Include {
		c.include = append(c.include, regexp.MustCompile(p))
	}
	for _, p := range cfg.Exclude {
		c.exclude = append(c.exclude, regexp.MustCompile(p))
	}
	c.domains = cfg.AllowedDomains
	if len(c.domains) == 0 {
		seen := map[string]bool{}
		for _, s := range append(append(append([]string{}, cfg.Seeds...), cfg.Sitemaps...), cfg.Feeds...) {
			u, err := url.Parse(s)
			if err != nil {
				continue
			}
			h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
			if !seen[h] {
				seen[h] = true
				c.domains = append(c.domains, h)
			}
		}
	}
	for i, d := range c.domains {
		c.domains[i] = strings.ToLower(strings.TrimSuffix(d, "."))
	}
	return c, nil
}

// Config returns the job's configuration with defaults applied.
func (c *Crawler) Config() Config { return c.cfg }

// allowedHost reports whether host (no port) is one of the job's domains
// or a subdomain of one.
func (c *Crawler) allowedHost(host string) bool {
	host = strings.ToLower(host)
	for _, d := range c.domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// wanted applies the domain and URL-pattern filters to a discovered URL.
func (c *Crawler) wanted(u *url.URL, page bool) bool {
	if !c.allowedHost(u.Hostname()) {
		return false
	}
	s := u.String()
	for _, re := range c.exclude {
		if re.MatchString(s) {
			return false
		}
	}
	if page && len(c.include) > 0 {
		for _, re := range c.include {
			if re.MatchString(s) {
				return true
			}
		}
		return false
	}
	return true
}

// run is the state of one Run.
type run struct {
	c      *Crawler
	cfg    Config
	id     string
	st     *store
	f      *fetcher
	gate   *hostGate
	robots *robotsCache
	log    *slog.Logger

	mu         sync.Mutex
	cond       *sync.Cond
	inflight   int
	dispatched int
	done       bool
	stopReason string
	sum        Summary
}

// Run crawls the job once: the config's sources, then whatever they lead
// to, until the frontier is empty, MaxPages URLs were fetched, or ctx is
// cancelled. It returns the run's summary; the error is non-nil only when
// the run could not work (data dir locked, ctx cancelled), not for
// failures of single URLs, which the summary counts.
func (c *Crawler) Run(ctx context.Context) (sum Summary, err error) {
	if !c.running.CompareAndSwap(false, true) {
		return Summary{Job: c.cfg.Name}, fmt.Errorf("run %s: %w", c.cfg.Name, ErrRunning)
	}
	defer c.running.Store(false)
	defer func() {
		if c.onFinish != nil {
			c.onFinish(sum, err)
		}
	}()
	r := &run{c: c, cfg: c.cfg, id: newCrawlID(c.cfg.Name), gate: c.polite.gate(c.cfg), robots: newRobotsCache()}
	defer r.gate.close() // after the workers: no request of the run is in flight
	r.cond = sync.NewCond(&r.mu)
	r.log = c.log.With("job", c.cfg.Name, "crawl_id", r.id)
	r.sum = Summary{Job: c.cfg.Name, CrawlID: r.id, Started: time.Now().UTC(),
		Blocked: map[string]int64{}, Errors: map[ErrorKind]int64{}, Unreachable: map[string]string{}, Dropped: map[DropCause]int64{}}
	if r.st, err = openStore(c.cfg.DataDir, c.cfg.Name); err != nil {
		return r.sum, fmt.Errorf("run %s: %w", c.cfg.Name, err)
	}
	defer func() {
		if cerr := r.st.close(); cerr != nil && err == nil {
			err = fmt.Errorf("run %s: close store: %w", c.cfg.Name, cerr)
		}
	}()
	if r.f, err = newFetcher(c.cfg, c.rt); err != nil {
		return r.sum, fmt.Errorf("run %s: %w", c.cfg.Name, err)
	}
	defer r.f.close()
	r.f.checkRedirect = r.checkRedirect
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.f.setContext(ctx)

	if err := r.seed(); err != nil {
		return r.sum, fmt.Errorf("run %s: %w", c.cfg.Name, err)
	}
	if r.st.recovered > 0 {
		r.log.Warn("a previous run died with URLs in flight: queued again", "urls", r.st.recovered)
	}
	r.log.Info("crawl started", "queued", r.st.queueLen(), "data", c.cfg.DataDir)

	// Wake waiting workers when ctx ends; sync the store now and then.
	stop := context.AfterFunc(ctx, func() {
		r.mu.Lock()
		r.cond.Broadcast()
		r.mu.Unlock()
	})
	defer stop()
	syncDone := make(chan struct{})
	// Runs before the store is closed (defers run last first): the
	// syncer must not touch a closed file.
	defer func() { cancel(); <-syncDone }()
	go r.syncStore(ctx, syncDone)

	var wg sync.WaitGroup
	for range c.cfg.GlobalConcurrency {
		wg.Go(func() { r.worker(ctx) })
	}
	wg.Wait()

	r.mu.Lock()
	defer r.mu.Unlock()
	r.sum.Duration = time.Since(r.sum.Started)
	r.sum.Queued = r.st.queueLen()
	switch {
	case ctx.Err() != nil:
		r.sum.Stopped = "cancelled"
	case r.stopReason != "":
		r.sum.Stopped = r.stopReason
	default:
		r.sum.Stopped = "done"
	}
	out := r.sum.clone()
	r.log.Info("crawl finished", out.LogAttrs()...)
	if err := ctx.Err(); err != nil {
		return out, fmt.Errorf("run %s: %w", c.cfg.Name, err)
	}
	return out, nil
}

// syncStore syncs the store every few seconds until ctx ends, then
// closes done.
func (r *run) syncStore(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := r.st.sync(); err != nil {
				r.log.Warn("sync seen-set", "err", err)
			}
		}
	}
}

func newCrawlID(job string) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return job + "-" + time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// seed queues the config's sources; they are fetched on every run.
func (r *run) seed() error {
	add := func(urls []string, k kind, via string) error {
		for _, s := range urls {
			cu, err := Canonicalize(nil, s)
			if err != nil {
				return err
			}
			if _, err := r.st.enqueue(item{URL: cu, Kind: k, Via: via}, enqueueOpts{run: r.id, force: true}); err != nil {
				return err
			}
		}
		return nil
	}
	// URLs that failed last time, whatever led to them.
	retries, err := r.st.takeRetries()
	if err != nil {
		return err
	}
	if len(retries) > 0 {
		res, err := r.st.enqueueMany(retries, r.enqueueOpts())
		if err != nil {
			return err
		}
		res.added = 0 // known URLs, not discoveries
		r.countEnqueued(res)
	}
	// Sitemaps and feeds first: they are the cheapest way to new URLs.
	if err := add(r.cfg.Sitemaps, kindSitemap, "sitemap"); err != nil {
		return err
	}
	if err := add(r.cfg.Feeds, kindFeed, "feed"); err != nil {
		return err
	}
	if err := add(r.cfg.Seeds, kindPage, "seed"); err != nil {
		return err
	}
	if r.cfg.Refetch {
		// Every article page fetched before, whether or not a listing
		// leads to it today (no link on it is followed), and a seed
		// that is one where it waits.
		n, err := r.st.queueKnown(r.id, max(r.cfg.MaxDepth, 0))
		if err != nil {
			return err
		}
		r.log.Info("re-fetch: article pages fetched before queued again", "pages", n)
	}
	return nil
}

// enqueueOpts are the options of queuing discovered URLs in this run.
func (r *run) enqueueOpts() enqueueOpts {
	return enqueueOpts{run: r.id, maxQueue: int64(r.cfg.MaxQueue), maxBytes: r.cfg.MaxDataBytes}
}

// next hands out the next frontier item, waiting while other workers may
// still add some; ok is false when the run is over for this worker.
func (r *run) next(ctx context.Context) (item, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for {
		if r.done || ctx.Err() != nil {
			return item{}, false
		}
		if r.cfg.MaxPages > 0 && r.dispatched >= r.cfg.MaxPages {
			r.stopReason = "max-pages"
			r.done = true
			r.cond.Broadcast()
			return item{}, false
		}
		it, ok, err := r.st.pop(r.id)
		if err != nil {
			r.log.Error("frontier", "err", err)
			r.sum.Errors[KindStore]++
			r.done = true
			r.cond.Broadcast()
			return item{}, false
		}
		if ok {
			r.inflight++
			return it, true
		}
		if r.inflight == 0 {
			r.done = true
			r.cond.Broadcast()
			return item{}, false
		}
		r.cond.Wait()
	}
}

// finish marks an item processed and wakes waiting workers.
func (r *run) finish() {
	r.mu.Lock()
	r.inflight--
	r.cond.Broadcast()
	var snap Stats
	if r.c.progress != nil {
		snap = r.sum.Stats
		snap.Queued = r.st.queueLen()
		snap.InFlight = int64(r.inflight)
	}
	r.mu.Unlock()
	if r.c.progress != nil {
		r.c.progress(snap)
	}
}

func (r *run) worker(ctx context.Context) {
	for {
		it, ok := r.next(ctx)
		if !ok {
			return
		}
		r.process(ctx, it)
		// An item cut short by cancellation (say a sink publish that
		// failed on it) stays in flight: the next run does it again.
		if ctx.Err() == nil {
			if err := r.st.ack(it.URL); err != nil {
				r.log.Error("frontier", "err", err)
				r.countErr(KindStore)
			}
		}
		r.finish()
	}
}

// count runs f on the summary under the lock.
func (r *run) count(f func(s *Summary)) {
	r.mu.Lock()
	f(&r.sum)
	r.mu.Unlock()
}

func (r *run) countErr(k ErrorKind) { r.count(func(s *Summary) { s.Errors[k]++ }) }

// mark updates the URL's record, logging store failures.
func (r *run) mark(u string, f func(*record)) {
	if err := r.st.update(u, f); err != nil {
		r.log.Error("seen-set", "err", err)
		r.countErr(KindStore)
	}
}

// requeue puts an item that was not worked on back into the frontier.
func (r *run) requeue(it item) {
	if err := r.st.requeue(it); err != nil {
		r.log.Error("frontier", "err", err)
		r.countErr(KindStore)
	}
}

// markFailed records a failed attempt; the next runs try the URL again
// (up to maxRunRetries runs) even if nothing leads to it any more.
func (r *run) markFailed(it item) {
	if err := r.st.fail(it); err != nil {
		r.log.Error("seen-set", "err", err)
		r.countErr(KindStore)
	}
}

func (r *run) markState(u string, s state) { r.mark(u, func(rec *record) { rec.State = s }) }

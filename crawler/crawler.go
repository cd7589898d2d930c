package crawler

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/textenc"
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

// stillWanted reports whether the job's config, which may have changed
// since an earlier run queued it, still wants the page. Every page but a
// seed passed the filters when it was queued; a seed is wanted while it is
// one, or while its host is the job's. Sitemaps and feeds are not checked:
// one may have moved to a CDN host, and what it lists is filtered.
func (r *run) stillWanted(it item, u *url.URL) bool {
	if it.Kind != kindPage {
		return true
	}
	if it.Via == "seed" {
		return r.c.allowedHost(u.Hostname()) || slices.ContainsFunc(r.cfg.Seeds, func(s string) bool {
			cu, err := Canonicalize(nil, s)
			return err == nil && cu == it.URL
		})
	}
	return r.c.wanted(u, true)
}

// process fetches one item and acts on the answer.
func (r *run) process(ctx context.Context, it item) {
	u, err := url.Parse(it.URL)
	if err != nil {
		r.countErr(KindParse)
		r.markState(it.URL, stateDone)
		return
	}
	host := u.Host
	log := r.log.With("url", it.URL)
	if !r.stillWanted(it, u) {
		log.Debug("dropped: queued by an earlier run, no longer wanted by the job's config")
		r.count(func(s *Summary) { s.Dropped[DropConfigChanged]++ })
		if err := r.st.drop(it.URL); err != nil {
			r.log.Error("seen-set", "err", err)
			r.countErr(KindStore)
		}
		return
	}
	if r.gate.givenUp(host) {
		r.count(func(s *Summary) { s.Blocked[host]++ })
		r.markFailed(it)
		return
	}
	if it.Kind == kindPage && nonHTMLByExtension(u) {
		log.Debug("skipped: not HTML by extension")
		r.countErr(KindNotHTML)
		r.markState(it.URL, stateDone)
		return
	}
	if r.cfg.RespectRobots {
		rules := r.robots.get(host, func() *robotsRules { return r.loadRobots(ctx, u) })
		if rules.blocked {
			r.count(func(s *Summary) { s.Blocked[host]++ })
			r.markFailed(it)
			return
		}
		if !rules.allowed(u) {
			if rules.unreachable != "" {
				// The host did not answer at all: a failure of its
				// own kind, tried again next run.
				log.Debug("skipped: host unreachable", "kind", rules.unreachable)
				r.countErr(rules.unreachable)
				r.markFailed(it)
				return
			}
			log.Debug("skipped", "err", ErrRobots)
			r.count(func(s *Summary) { s.RobotsSkipped++ })
			r.markFailed(it) // checked again next run
			return
		}
	}
	r.mu.Lock()
	if r.cfg.MaxPages > 0 && r.dispatched >= r.cfg.MaxPages {
		r.mu.Unlock()
		// Over the cap (robots lookups raced): back to the frontier.
		r.requeue(it)
		return
	}
	r.dispatched++
	r.mu.Unlock()

	rec, _, err := r.st.get(it.URL)
	if err != nil {
		log.Error("seen-set", "err", err)
	}
	hdr := http.Header{}
	// A re-fetch asks for an article page whole: a 304 would leave the
	// sink without the page to extract again.
	if !it.Refetch {
		if rec.ETag != "" {
			hdr.Set("If-None-Match", rec.ETag)
		}
		if rec.LastModified != "" {
			hdr.Set("If-Modified-Since", rec.LastModified)
		}
	}
	accept := isHTML
	if it.Kind != kindPage {
		accept = isXMLish
	}
	var sm *sitemapReader
	var stream *bodyStream
	if it.Kind == kindSitemap {
		// Sitemaps may be 50 MB: parsed as they stream in.
		sm = r.newSitemapReader(it, u)
		stream = &bodyStream{limit: r.cfg.MaxSitemapBytes, read: sm.read}
	}
	res, err := r.fetch(ctx, u, hdr, accept, stream)
	if ctx.Err() != nil {
		r.requeue(it) // interrupted: the next run resumes it
		return
	}
	var elsewhere *redirectElsewhere
	switch {
	case errors.As(err, &elsewhere):
		// Queued as a URL of its own, under its host's robots.txt and
		// politeness.
		log.Debug("redirect to another host: queued", "to", elsewhere.to)
		r.count(func(s *Summary) { s.Redirected++ })
		next := item{Kind: it.Kind, Via: it.Via, Depth: it.Depth, Lastmod: it.Lastmod, News: it.News, Nest: it.Nest, Refetch: it.Refetch}
		if it.Kind == kindPage {
			r.enqueue(u, elsewhere.to, next)
		} else {
			// A sitemap or feed may move to a CDN host off the job's
			// domains; what it lists is still filtered.
			r.enqueueSource(elsewhere.to, next)
		}
		r.markState(it.URL, stateDone)
		return
	case errors.Is(err, ErrRobots):
		log.Debug("skipped", "err", err)
		r.count(func(s *Summary) { s.RobotsSkipped++ })
		r.markFailed(it) // checked again next run
		return
	}
	if err != nil {
		r.fetchFailed(it, host, sm, err, log)
		return
	}
	r.count(func(s *Summary) { s.Fetched++ })
	if res.status == http.StatusNotModified {
		r.count(func(s *Summary) { s.Unchanged++ })
		r.gate.ok(host)
		r.mark(it.URL, func(rec *record) {
			rec.State, rec.FetchedAt = stateDone, time.Now().UTC()
			if !it.Lastmod.IsZero() {
				rec.Lastmod = it.Lastmod
			}
		})
		return
	}
	if why, blocked := detectBlock(res.status, res.header, res.body); blocked {
		r.count(func(s *Summary) { s.Blocked[host]++ })
		log.Warn("fetch failed", "kind", "blocked", "status", res.status, "err", fmt.Errorf("%w: %s", ErrBlocked, why))
		if gaveUp, n := r.gate.blocked(host, why); gaveUp {
			log.Warn("giving up host for this run", "host", host, "threshold", n)
		}
		r.markFailed(it)
		return
	}
	if res.status < 200 || res.status > 299 {
		r.gate.ok(host) // an answer, if not the one we wanted
		r.countErr(KindStatus)
		log.Warn("fetch failed", "kind", KindStatus, "status", res.status, "err", fmt.Errorf("%w %d", ErrStatus, res.status))
		if res.status >= 400 && res.status < 500 && res.status != http.StatusRequestTimeout && res.status != http.StatusTooManyRequests {
			r.markState(it.URL, stateDone) // 404, 410: gone
		} else {
			r.markFailed(it)
		}
		return
	}
	r.gate.ok(host)
	switch it.Kind {
	case kindSitemap:
		r.handleSitemap(it, res, sm, log)
	case kindFeed:
		r.handleFeed(it, u, res, log)
	default:
		r.handlePage(ctx, it, u, res, log)
	}
}

// fetch does one GET with retries: exponential backoff with jitter for
// timeouts, connection errors and 5xx, Retry-After for 429 and 503. A
// Retry-After longer than MaxRetryAfter gives the host up for the run. The
// host slot is held until the pause is set, so no other request to the
// host slips in before the wait.
//
// With stream set, a 2xx body is not read into memory but handed to
// stream.read as it arrives (up to stream.limit).
func (r *run) fetch(ctx context.Context, u *url.URL, hdr http.Header, accept func(string) bool, stream *bodyStream) (*response, error) {
	host := u.Host
	for attempt := 0; ; attempt++ {
		if err := r.gate.acquire(ctx, host); err != nil {
			return nil, err
		}
		res, retry, wait, err := r.fetchOnce(ctx, u, hdr, accept, stream, attempt)
		if retry {
			r.gate.pause(host, wait)
		}
		r.gate.release(host)
		if !retry {
			return res, err
		}
	}
}

// fetchOnce does one attempt and decides whether to retry and after how
// long; call it holding the host slot.
func (r *run) fetchOnce(ctx context.Context, u *url.URL, hdr http.Header, accept func(string) bool, stream *bodyStream, attempt int) (res *response, retry bool, wait time.Duration, err error) {
	host := u.Host
	start := time.Now()
	if stream != nil {
		res, err = r.f.getStream(ctx, u.String(), hdr.Clone(), accept, *stream)
	} else {
		res, err = r.f.get(u.String(), hdr.Clone(), accept)
	}
	latency := time.Since(start)
	r.count(func(s *Summary) {
		s.Requests++
		if res != nil {
			s.LargestBody = max(s.LargestBody, res.read)
		}
	})
	if ctx.Err() != nil {
		return nil, false, 0, ctx.Err()
	}
	status := 0
	if err == nil {
		status = res.status
	}
	r.gate.observe(host, latency, status)
	switch {
	case err != nil:
		_, retry = classify(err)
	case status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable:
		retry = true
		if ra, ok := parseRetryAfter(res.header.Get("Retry-After"), time.Now()); ok {
			if ra > r.cfg.MaxRetryAfter {
				r.gate.giveUp(host, "Retry-After "+ra.String())
				r.log.Warn("host asks to wait longer than max_retry_after: giving it up for this run",
					"host", host, "retry_after", ra, "max_retry_after", r.cfg.MaxRetryAfter)
				return res, false, 0, nil
			}
			wait = ra
		}
	case status >= 500:
		retry = true
	}
	if !retry || attempt >= r.cfg.Retries {
		return res, false, 0, err
	}
	if wait == 0 {
		wait = backoff(r.cfg.RetryBase, attempt, r.cfg.MaxRetryAfter)
	}
	r.log.Debug("retrying", "url", u.String(), "attempt", attempt+1, "wait", wait, "status", status, "err", err)
	r.count(func(s *Summary) { s.Retries++ })
	return res, true, wait, err
}

// checkRedirect vets one redirect hop: the target must be on the job's
// domains, not fetched already in this run and, on the same host,
// allowed by its robots.txt. A hop to
// another host is not followed: its robots.txt may not be loaded and its
// politeness gate is not held, so the target is queued instead.
// robots.txt itself may redirect anywhere (RFC 9309 §2.3.1.2); the dialer
// still refuses private addresses.
func (r *run) checkRedirect(req *http.Request, via []*http.Request) error {
	from := via[0].URL
	if from.Path == "/robots.txt" {
		return nil
	}
	if !r.c.allowedHost(req.URL.Hostname()) {
		if r.sourceURL(from.String()) {
			return &redirectElsewhere{from: from.String(), to: req.URL.String()}
		}
		return fmt.Errorf("%w: %s redirects to %s", ErrOffSite, from, req.URL)
	}
	if req.URL.Host != via[len(via)-1].URL.Host {
		return &redirectElsewhere{from: from.String(), to: req.URL.String()}
	}
	if r.fetchedThisRun(req.URL, from) {
		// Old URLs and short links of a page already fetched: not
		// fetched again, the target is known like a link to it.
		return &redirectElsewhere{from: from.String(), to: req.URL.String()}
	}
	if !r.cfg.RespectRobots {
		return nil
	}
	rules, ok := r.robots.peek(req.URL.Host)
	if !ok {
		return &redirectElsewhere{from: from.String(), to: req.URL.String()}
	}
	if rules.blocked || !rules.allowed(req.URL) {
		return fmt.Errorf("%w: %s redirects to %s", ErrRobots, from, req.URL)
	}
	return nil
}

// fetchedThisRun reports whether a redirect target u was fetched with
// success in this run; from, the URL being fetched, does not count (a
// redirect to a cookie check and back is no refetch).
func (r *run) fetchedThisRun(u, from *url.URL) bool {
	cu, err := Canonicalize(nil, u.String())
	if err != nil || cu == from.String() {
		return false
	}
	rec, ok, err := r.st.get(cu)
	return err == nil && ok && rec.LastRun == r.id && rec.State == stateDone
}

// sourceURL reports whether u (canonical) is a sitemap or feed of the job.
func (r *run) sourceURL(u string) bool {
	rec, ok, err := r.st.get(u)
	return err == nil && ok && (rec.Kind == kindSitemap || rec.Kind == kindFeed)
}

// enqueueSource queues a sitemap or feed that redirected to another host,
// without the domain filter.
func (r *run) enqueueSource(ref string, it item) {
	cu, err := Canonicalize(nil, ref)
	if err != nil {
		r.countErr(KindParse)
		return
	}
	it.URL = cu
	res, err := r.st.enqueueMany([]item{it}, r.enqueueOpts())
	if err != nil {
		r.log.Error("frontier", "err", err)
		r.countErr(KindStore)
		return
	}
	r.countEnqueued(res)
}

// fetchFailed settles a URL whose fetch failed before any HTTP answer:
// counted by kind, the host noted unreachable or given up after too many
// unanswered requests in a row, the URL done or tried again.
func (r *run) fetchFailed(it item, host string, sm *sitemapReader, err error, log *slog.Logger) {
	kind, _ := classify(err)
	if sm != nil && kind == KindTooLarge {
		log.Warn("sitemap over max_sitemap_bytes: keeping the URLs before the cut", "kind", kind, "entries", sm.entries, "err", err)
	} else {
		log.Warn("fetch failed", "kind", kind, "err", err)
	}
	r.countErr(kind)
	_, _, hostLevel := connectKind(err)
	if hostLevel {
		r.noteUnreachable(host, kind, err)
	}
	// A host that leaves request after request unanswered (after the
	// retries) costs Timeout × (Retries+1) per URL, one after another:
	// given up for the run like a host that blocks us, its URLs tried
	// again next run. Any HTTP answer resets the count.
	if hostLevel || kind == KindTimeout || kind == KindNetwork {
		if gaveUp, n := r.gate.blocked(host, fmt.Sprintf("requests in a row unanswered (%s)", kind)); gaveUp {
			log.Warn("giving up host for this run: requests in a row unanswered", "host", host, "kind", kind, "threshold", n)
		}
	}
	// Pages that will not become fetchable are done; the rest is
	// tried again when found again.
	if kind == KindNotHTML || kind == KindTooLarge {
		r.markState(it.URL, stateDone)
	} else {
		r.markFailed(it)
	}
}

// noteUnreachable keeps the first cause of a host's failure to answer
// for the summary.
func (r *run) noteUnreachable(host string, kind ErrorKind, err error) {
	r.count(func(s *Summary) {
		if _, ok := s.Unreachable[host]; !ok {
			s.Unreachable[host] = string(kind) + ": " + errorCause(err)
		}
	})
}

// maxRobotsBytes is how much of a robots.txt is parsed; the rest is
// ignored, as Google does (RFC 9309 §2.5 asks for at least 500 KiB).
const maxRobotsBytes = 500 << 10

// loadRobots fetches and parses the host's robots.txt and applies its
// Crawl-delay and Sitemap: lines.
func (r *run) loadRobots(ctx context.Context, u *url.URL) *robotsRules {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	// Read whatever the size: a file over the cap is cut and parsed, not
	// taken for no robots.txt, which would allow everything.
	var body []byte
	stream := &bodyStream{limit: maxRobotsBytes, cut: true, read: func(rd io.Reader, _ string) error {
		var err error
		body, err = io.ReadAll(rd)
		// The Crawl-delay applies before the host slot is released, so
		// no request of another job slips in at the old delay.
		if d := parseRobots(http.StatusOK, body, robotsAgent(r.cfg)).crawlDelay; err == nil && d > 0 {
			r.gate.setCrawlDelay(u.Host, min(d, time.Minute))
		}
		return err
	}}
	res, err := r.fetch(ctx, ru, http.Header{"Accept": {"text/plain,*/*;q=0.5"}}, nil, stream)
	if err == nil && res.status >= 200 && res.status <= 299 {
		res.body = body
	}
	if err != nil {
		kind, transient := classify(err)
		if transient {
			// Unreachable (timeout, connection errors): the rules are
			// unknown, so nothing may be fetched (RFC 9309 §2.3.1.4).
			// The host's URLs are robots-skipped and tried next run.
			r.log.Warn("robots.txt unreachable: skipping the host's URLs for this run", "url", ru.String(), "kind", kind, "err", err)
			r.noteUnreachable(u.Host, kind, err)
			rules := parseRobots(http.StatusServiceUnavailable, nil, "")
			rules.unreachable = kind
			return rules
		}
		// A private address, a redirect loop...: the page fetch meets
		// the same refusal and reports it under its own kind.
		r.log.Warn("robots.txt unavailable", "url", ru.String(), "kind", kind, "err", err)
		return &robotsRules{}
	}
	if res.status == http.StatusOK || res.status == http.StatusAccepted {
		if why, blocked := detectBlock(res.status, res.header, res.body); blocked {
			r.log.Warn("robots.txt answer is a block page: skipping host", "host", u.Host, "why", why)
			r.gate.giveUp(u.Host, why)
			return &robotsRules{blocked: true}
		}
	}
	rules := parseRobots(res.status, res.body, robotsAgent(r.cfg))
	if rules.crawlDelay > 0 { // set as the body was read
		r.log.Info("robots.txt crawl-delay", "host", u.Host, "delay", min(rules.crawlDelay, time.Minute))
	}
	if r.cfg.DiscoverSitemaps {
		for _, s := range rules.sitemaps {
			su, err := url.Parse(s)
			if err != nil || !r.c.allowedHost(su.Hostname()) {
				continue
			}
			r.enqueue(ru, s, item{Kind: kindSitemap, Via: "robots"})
		}
	}
	return rules
}

// batch collects discovered URLs and queues them in transactions of up to
// batchChunk URLs, under the frontier caps (max_queue, max_data_bytes) and,
// for a page's links, max_links_per_page; what a cap drops is counted in
// Summary.Dropped.
type batch struct {
	r     *run
	items []item
	dedup map[string]bool
	// linkCap: at most left more URLs may be queued (a page's links).
	linkCap bool
	left    int
	// overCap counts wanted links seen after left reached 0; they are not
	// deduplicated, so the dedup set stops growing.
	overCap int64
}

// batchChunk is the most URLs queued in one transaction.
const batchChunk = 5000

func (r *run) newBatch() *batch { return &batch{r: r, dedup: map[string]bool{}} }

// newLinkBatch is a batch for the links of one page: at most
// max_links_per_page of them are queued.
func (r *run) newLinkBatch() *batch {
	b := r.newBatch()
	b.linkCap, b.left = true, r.cfg.MaxLinksPerPage
	return b
}

// wantedURL reports whether ref, against base, passes the job's filters.
func (b *batch) wantedURL(base *url.URL, ref string, page bool) bool {
	cu, err := Canonicalize(base, ref)
	if err != nil {
		return false
	}
	u, err := url.Parse(cu)
	return err == nil && b.r.c.wanted(u, page)
}

// add canonicalises ref against base and keeps it if wanted.
func (b *batch) add(base *url.URL, ref string, it item) {
	cu, err := Canonicalize(base, ref)
	if err != nil || b.dedup[cu] {
		return
	}
	u, err := url.Parse(cu)
	if err != nil || !b.r.c.wanted(u, it.Kind == kindPage) {
		return
	}
	if b.linkCap && b.left <= 0 {
		b.overCap++
		return
	}
	b.dedup[cu] = true
	it.URL = cu
	b.items = append(b.items, it)
	if len(b.items) >= batchChunk {
		b.flush()
	}
}

// flush queues what was added.
func (b *batch) flush() {
	r := b.r
	for len(b.items) > 0 {
		n := min(batchChunk, len(b.items))
		o := r.enqueueOpts()
		o.capAdd, o.maxAdd = b.linkCap, b.left
		res, err := r.st.enqueueMany(b.items[:n], o)
		b.items = b.items[n:]
		if err != nil {
			r.log.Error("frontier", "err", err)
			r.countErr(KindStore)
			continue
		}
		b.left -= res.added
		r.countEnqueued(res)
	}
	if b.overCap > 0 {
		n := b.overCap
		b.overCap = 0
		r.count(func(s *Summary) { s.Dropped[DropLinksPerPage] += n })
	}
}

// countEnqueued adds what one enqueueMany did to the summary and wakes
// workers waiting for URLs.
func (r *run) countEnqueued(res enqueueResult) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sum.Discovered += int64(res.added)
	for cause, n := range map[DropCause]int{DropLinksPerPage: res.overAdd, DropQueueFull: res.queueFull, DropDiskBudget: res.diskFull} {
		if n > 0 {
			if r.sum.Dropped[cause] == 0 {
				r.log.Warn("frontier cap reached: dropping discovered URLs", "cap", cause, "max_links_per_page", r.cfg.MaxLinksPerPage,
					"max_queue", r.cfg.MaxQueue, "max_data_bytes", r.cfg.MaxDataBytes)
			}
			r.sum.Dropped[cause] += int64(n)
		}
	}
	if res.added > 0 {
		r.cond.Broadcast()
	}
}

// enqueue queues one discovered URL.
func (r *run) enqueue(base *url.URL, ref string, it item) {
	b := r.newBatch()
	b.add(base, ref, it)
	b.flush()
}

// sitemapReader streams one sitemap into a batch as it arrives.
type sitemapReader struct {
	r       *run
	it      item
	base    *url.URL
	b       *batch
	index   bool
	entries int
}

func (r *run) newSitemapReader(it item, base *url.URL) *sitemapReader {
	return &sitemapReader{r: r, it: it, base: base, b: r.newBatch()}
}

// read parses body, queuing entries as they come; it is called once per
// attempt (a retried fetch reads again; the batch's dedup set and the
// seen-set keep entries single).
func (sm *sitemapReader) read(body io.Reader, contentType string) error {
	sm.entries = 0
	var dropped, tooDeep int64
	index, err := readSitemap(body, contentType, func(index bool, e sitemapEntry) {
		sm.entries++
		if index && sm.it.Nest >= maxSitemapNesting {
			if sm.b.wantedURL(sm.base, e.Loc, false) {
				tooDeep++
			}
			return
		}
		if sm.entries > maxSitemapEntries {
			if sm.b.wantedURL(sm.base, e.Loc, !index) {
				dropped++
			}
			return
		}
		if index {
			sm.b.add(sm.base, e.Loc, item{Kind: kindSitemap, Via: "sitemap", Depth: sm.it.Depth, Lastmod: e.Lastmod, Nest: sm.it.Nest + 1})
		} else {
			sm.b.add(sm.base, e.Loc, item{Kind: kindPage, Via: "sitemap", Depth: sm.it.Depth + 1, Lastmod: e.Lastmod, News: e.News})
		}
	})
	sm.index = index
	sm.b.flush()
	if dropped > 0 {
		sm.r.count(func(s *Summary) { s.Dropped[DropSitemapURLs] += dropped })
	}
	if tooDeep > 0 {
		sm.r.log.Warn("sitemap index nested too deep: its sitemaps are dropped", "url", sm.it.URL, "nesting", sm.it.Nest, "max", maxSitemapNesting)
		sm.r.count(func(s *Summary) { s.Dropped[DropSitemapNesting] += tooDeep })
	}
	if err != nil {
		return fmt.Errorf("%w: %w", errSitemap, err)
	}
	return nil
}

// handleSitemap finishes a sitemap read by its sitemapReader.
func (r *run) handleSitemap(it item, res *response, sm *sitemapReader, log *slog.Logger) {
	log.Debug("sitemap read", "index", sm.index, "entries", sm.entries, "bytes", res.read)
	r.count(func(s *Summary) { s.Sources++ })
	r.markFetched(it, res, "")
}

func (r *run) handleFeed(it item, u *url.URL, res *response, log *slog.Logger) {
	res.decodeFeed()
	entries, err := parseFeed(res.body)
	if err != nil {
		log.Warn("feed unreadable", "kind", KindParse, "err", err)
		r.countErr(KindParse)
		r.markFailed(it)
		return
	}
	b := r.newBatch()
	for _, e := range entries {
		b.add(u, e.Loc, item{Kind: kindPage, Via: "feed", Depth: it.Depth + 1, Lastmod: e.Lastmod})
	}
	b.flush()
	log.Debug("feed read", "entries", len(entries))
	r.count(func(s *Summary) { s.Sources++ })
	r.markFetched(it, res, "")
}

// markFetched records a successful fetch with its validators.
func (r *run) markFetched(it item, res *response, hash string) {
	r.mark(it.URL, func(rec *record) {
		rec.State, rec.Kind, rec.FetchedAt = stateDone, it.Kind, time.Now().UTC()
		rec.ETag, rec.LastModified = res.header.Get("ETag"), res.header.Get("Last-Modified")
		if hash != "" {
			rec.Hash = hash
		}
		if !it.Lastmod.IsZero() {
			rec.Lastmod = it.Lastmod
		}
	})
}

func (r *run) handlePage(ctx context.Context, it item, u *url.URL, res *response, log *slog.Logger) {
	// Binary is judged on the bytes served (UTF-16 text has NULs); the
	// rest reads the page in UTF-8, decoded once here for the links, the
	// classifier and the sink.
	sniffed, binary := binaryBody(res.body)
	if binary && textenc.LooksUTF16(res.body) {
		binary = false
	}
	if !binary {
		res.toUTF8()
	}
	ct := res.header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(res.body)
	}
	if binary || !isHTML(ct) {
		log.Warn("fetch failed", "kind", KindNotHTML, "err", fmt.Errorf("%w: %s, bytes sniffed as %s", ErrNotHTML, ct, sniffed))
		r.countErr(KindNotHTML)
		r.markState(it.URL, stateDone)
		return
	}
	final := u
	if res.finalURL != "" {
		if fu, err := url.Parse(res.finalURL); err == nil {
			final = fu
		}
	}
	info := analyzeHTML(res.body, final)
	xrt := strings.ToLower(res.header.Get("X-Robots-Tag"))
	noindex := info.noindex || strings.Contains(xrt, "noindex") || strings.Contains(xrt, "none")
	nofollow := info.nofollow || strings.Contains(xrt, "nofollow") || strings.Contains(xrt, "none")

	// Follow links and discover feeds.
	b := r.newLinkBatch()
	if !nofollow && r.cfg.MaxDepth >= 0 && it.Depth+1 <= r.cfg.MaxDepth {
		for _, l := range info.links() {
			b.add(final, l, item{Kind: kindPage, Via: "link", Depth: it.Depth + 1})
		}
	}
	b.flush()

	page := &article.Page{
		URL:         it.URL,
		FinalURL:    final.String(),
		Status:      res.status,
		Headers:     selectHeaders(res.header),
		FetchedAt:   time.Now().UTC(),
		ContentType: utf8ContentType(ct, res.utf8),
		Body:        res.body,
		CrawlID:     r.id,
		Job:         r.cfg.Name,
		Depth:       it.Depth,
		FoundVia:    it.Via,
		ContentHash: info.textHash,
	}
	isArticle := !noindex
	if isArticle && r.c.classify != nil {
		isArticle = r.c.classify(res.body, final, ClassifyHints{NewsSitemap: it.News})
	}
	if !isArticle {
		// Feeds are discovered on listings only: on articles they are
		// mostly per-article comment feeds.
		if r.cfg.DiscoverFeeds {
			fb := r.newLinkBatch()
			for _, f := range info.feeds {
				fb.add(final, f, item{Kind: kindFeed, Via: "link", Depth: it.Depth})
			}
			fb.flush()
		}
		r.count(func(s *Summary) { s.NonArticles++ })
		r.markFetched(it, res, info.textHash)
		r.mark(it.URL, func(rec *record) { rec.Listing = true })
		return
	}

	keys, seen := r.seenText(it, final, info)
	if seen == textSent {
		r.count(func(s *Summary) { s.Unchanged++ })
		r.markFetched(it, res, info.textHash)
		return
	}
	page.Resent = seen == textResent
	// The write order of this URL's articles: ours to advance, never
	// below the previous one, never below our clock (see
	// article.Article.FetchSeq).
	prev, _, err := r.st.get(it.URL)
	if err != nil {
		log.Error("seen-set", "err", err)
	}
	page.FetchSeq = max(prev.FetchSeq+1, page.FetchedAt.UnixMilli())
	if err := r.c.sink.Put(ctx, page); err != nil {
		log.Error("sink failed: the page will be fetched again next run", "kind", KindSink, "err", err)
		r.countErr(KindSink)
		r.markFailed(it)
		return
	}
	r.count(func(s *Summary) {
		if seen == textResent {
			s.Resent++
		} else {
			s.New++
		}
	})
	r.markFetched(it, res, info.textHash)
	// An article now, whatever it was when first fetched (a placeholder):
	// a known article page for a re-fetch (knownArticle).
	r.mark(it.URL, func(rec *record) { rec.FetchSeq, rec.Sent, rec.Listing = page.FetchSeq, r.id, false })
	for _, k := range keys[1:] {
		r.mark(k, func(rec *record) {
			if rec.State != stateQueued {
				rec.State = stateDone
			}
			rec.Kind, rec.Hash, rec.LastRun, rec.Sent = kindPage, info.textHash, r.id, r.id
		})
	}
}

// textSeen says whether the sink has an article page's text already.
type textSeen int

const (
	textNew    textSeen = iota // not handed on before: handed on
	textSent                   // handed on before: unchanged, not handed on again
	textResent                 // handed on before, handed on again by a re-fetch run
)

// seenText looks the page's text hash up under its URL, its canonical
// and its final URL (keys, the URL first; the others are the aliases on
// the job's domains): the same text as before under any of them is
// unchanged. An item of a re-fetch (item.Refetch) is handed on again all
// the same, once: unless this run handed the text on under an alias.
func (r *run) seenText(it item, final *url.URL, info *pageInfo) (keys []string, seen textSeen) {
	keys = []string{it.URL}
	for _, alt := range []string{info.canonical, final.String()} {
		if alt == "" {
			continue
		}
		if cu, err := Canonicalize(nil, alt); err == nil && cu != it.URL {
			if pu, err := url.Parse(cu); err == nil && r.c.allowedHost(pu.Hostname()) {
				keys = append(keys, cu)
			}
		}
	}
	for _, k := range keys {
		// Hash is set by a fetch that was handed on (or by an alias of
		// one), so equal hashes mean the sink has this content; and by
		// the fetch of a listing, which was not: a listing that turns
		// into an article with the same text waits for its text to
		// change (a re-fetch run does not queue listings either).
		rec, ok, err := r.st.get(k)
		if err != nil || !ok || rec.Hash != info.textHash {
			continue
		}
		if !it.Refetch || rec.Sent == r.id {
			return keys, textSent
		}
		seen = textResent
	}
	return keys, seen
}

// headersKept are the response headers a page record carries.
var headersKept = []string{"ETag", "Last-Modified", "Content-Type", "Content-Language", "Date",
	"Cache-Control", "Expires", "Link", "X-Robots-Tag", "Content-Location"}

func selectHeaders(h http.Header) map[string]string {
	out := map[string]string{}
	for _, k := range headersKept {
		if v := h.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}

// utf8ContentType returns the page's content type as handed on: a body
// transcoded to UTF-8 (response.toUTF8) says so in its charset (the
// served header stays in Headers["Content-Type"]).
func utf8ContentType(ct string, transcoded bool) string {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		if transcoded {
			return "text/html; charset=utf-8"
		}
		return ct
	}
	cs := strings.ToLower(params["charset"])
	if !transcoded && (cs == "" || cs == "utf-8" || cs == "utf8") {
		return ct
	}
	params["charset"] = "utf-8"
	return mime.FormatMediaType(mt, params)
}

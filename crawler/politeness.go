package crawler

import (
	"context"
	"math"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Politeness is the per-host politeness state of a process, shared by
// every crawl job that is given it (WithPoliteness; the Scheduler shares
// one among its jobs, and each Crawler without one has its own). Keyed by
// host (host:port), it holds what makes a crawler polite to a host
// whatever job is asking: the earliest start of the next request, the
// requests in flight, the robots.txt Crawl-delay, Retry-After and backoff
// pauses, the AutoThrottle estimate, the run of blocked answers and
// whether the host is given up. The jobs' other state (seen-sets,
// frontiers, budgets) stays theirs.
//
// When the jobs crawling a host at the same time disagree, the most
// polite setting wins: the largest delay (Config.Delay, and the
// AutoThrottle estimate for jobs that enable it), the smallest
// parallelism, the smallest block_threshold; the largest Crawl-delay any
// job read applies to all. Once no job is crawling a host, what was
// learned about it (Crawl-delay, AutoThrottle, blocked answers, given up)
// is forgotten, as at the end of a run of a single job, but a pending
// delay or Retry-After pause is kept.
//
// colly's LimitRule cannot do this: its delay is fixed, and a glob rule
// shares one semaphore among all hosts it matches (Byline uses exactly
// that for the global concurrency limit).
//
// Across processes, a Politeness made with SharedWith also books each
// request's start in a HostGate shared with other processes, and tells
// it the pauses it learns; see HostGate.
type Politeness struct {
	mu     sync.Mutex
	hosts  map[string]*hostState
	shared *sharedGate // nil: this process only
}

// NewPoliteness returns an empty registry; create one per process and
// pass it to every job's crawler with WithPoliteness.
func NewPoliteness(opts ...PolitenessOption) *Politeness {
	p := &Politeness{hosts: map[string]*hostState{}}
	for _, o := range opts {
		o(p)
	}
	return p
}

// hostState is one host's politeness state; mu guards every field. No
// lock is held while a request is in flight: a request holds a slot
// (inflight), not the mutex.
type hostState struct {
	mu         sync.Mutex
	users      map[*hostGate]struct{} // the runs crawling the host now
	inflight   int                    // requests started and not released
	waiters    []*waiter              // requests waiting, first come first
	wake       chan struct{}          // closed when a slot, a turn or the users change
	next       time.Time              // earliest start of the next request
	crawlDelay time.Duration          // largest robots.txt Crawl-delay read
	throttle   time.Duration          // AutoThrottle delay; 0 before it starts
	blockRun   int                    // blocked answers in a row
	givenUp    bool                   // too many blocked answers: skip the host
	givenUpWhy string
}

// broadcast wakes the requests waiting for a slot; call with s.mu held.
func (s *hostState) broadcast() {
	close(s.wake)
	s.wake = make(chan struct{})
}

// forget drops what was learned about the host once no run crawls it;
// the pending next start stays. Call with s.mu held.
func (s *hostState) forget() {
	s.crawlDelay, s.throttle, s.blockRun = 0, 0, 0
	s.givenUp, s.givenUpWhy = false, ""
}

// baseDelay is the gap between two requests to the host, before random
// jitter: the largest of the users' delays and the Crawl-delay, and the
// AutoThrottle delay if a user enables it. Call with s.mu held.
func (s *hostState) baseDelay() time.Duration {
	d := s.crawlDelay
	for u := range s.users {
		d = max(d, u.cfg.Delay)
		if u.cfg.AutoThrottle.Enabled {
			d = max(d, s.throttle)
		}
	}
	return d
}

// parallelism is the smallest of the users' per-host parallelism (at
// least 1). Call with s.mu held.
func (s *hostState) parallelism() int {
	return s.smallest(func(c *Config) int { return c.Parallelism })
}

// blockThreshold is the smallest of the users' block_threshold (at least
// 1). Call with s.mu held.
func (s *hostState) blockThreshold() int {
	return s.smallest(func(c *Config) int { return c.BlockThreshold })
}

// smallest is the most polite value of a setting over the jobs crawling
// the host: the smallest, at least 1. Call with s.mu held.
func (s *hostState) smallest(setting func(*Config) int) int {
	n := 0
	for u := range s.users {
		if v := max(setting(&u.cfg), 1); n == 0 || v < n {
			n = v
		}
	}
	return max(n, 1)
}

// hostGate is one run's view of a Politeness: the hosts the run has
// touched, with the job's settings. The run must call close when it ends.
type hostGate struct {
	p     *Politeness
	cfg   Config
	mu    sync.Mutex
	hosts map[string]*hostState
}

// gate returns a view for one run of a job with cfg.
func (p *Politeness) gate(cfg Config) *hostGate {
	return &hostGate{p: p, cfg: cfg, hosts: map[string]*hostState{}}
}

// shared is the cross-process gate this run consults, or nil.
func (g *hostGate) shared() *sharedGate {
	if g.cfg.PolitenessScope == ScopeProcess {
		return nil
	}
	return g.p.shared
}

// newHostGate is a gate on a registry of its own.
func newHostGate(cfg Config) *hostGate { return NewPoliteness().gate(cfg) }

// host returns the host's shared state, making the run one of its users.
func (g *hostGate) host(h string) *hostState {
	g.mu.Lock()
	defer g.mu.Unlock()
	if s, ok := g.hosts[h]; ok {
		return s
	}
	s := g.p.join(h, g)
	g.hosts[h] = s
	return s
}

// join adds g to the users of host h.
func (p *Politeness) join(h string, g *hostGate) *hostState {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.hosts[h]
	if !ok {
		s = &hostState{users: map[*hostGate]struct{}{}, wake: make(chan struct{})}
		p.hosts[h] = s
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[g] = struct{}{}
	if at := g.cfg.AutoThrottle; at.Enabled && s.throttle == 0 {
		s.throttle = max(at.StartDelay, g.cfg.Delay, s.crawlDelay)
	}
	s.broadcast() // the parallelism may have changed
	return s
}

// close removes the run from the users of the hosts it touched, and drops
// hosts nobody crawls and nothing holds back any more.
func (g *hostGate) close() {
	g.mu.Lock()
	hosts := g.hosts
	g.hosts = map[string]*hostState{}
	g.mu.Unlock()
	p := g.p
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, s := range hosts {
		s.mu.Lock()
		delete(s.users, g)
		if len(s.users) == 0 {
			s.forget()
		}
		s.broadcast()
		s.mu.Unlock()
	}
	now := time.Now()
	for h, s := range p.hosts {
		s.mu.Lock()
		idle := len(s.users) == 0 && s.inflight == 0 && len(s.waiters) == 0 && !s.next.After(now)
		s.mu.Unlock()
		if idle {
			delete(p.hosts, h)
		}
	}
}

// delay is the current gap between requests to the host with this job's
// random jitter; call with s.mu held.
func (g *hostGate) delay(s *hostState) time.Duration {
	d := s.baseDelay()
	if g.cfg.RandomDelay > 0 {
		d += rand.N(g.cfg.RandomDelay)
	}
	return d
}

// acquire waits for its turn, a free slot at the host and the host's next
// start time, whichever job set them. Turns are first come, first served
// across jobs, so the order in which a job's frontier hands out URLs is
// kept. The caller must call release.
func (g *hostGate) acquire(ctx context.Context, h string) error {
	s := g.host(h)
	w := new(waiter)
	s.mu.Lock()
	s.waiters = append(s.waiters, w)
	s.mu.Unlock()
	for {
		s.mu.Lock()
		now := time.Now()
		wait := time.Duration(-1) // not our turn or no free slot: wait for a wake
		if s.waiters[0] == w && s.inflight < s.parallelism() {
			wait = s.next.Sub(now)
			if wait <= 0 {
				s.waiters = slices.Delete(s.waiters, 0, 1)
				s.inflight++
				d := g.delay(s)
				s.next = now.Add(d)
				s.broadcast() // the next in line may go too (parallelism > 1)
				s.mu.Unlock()
				return g.acquireShared(ctx, h, s, d)
			}
		}
		wake := s.wake
		s.mu.Unlock()
		if err := sleep(ctx, wait, wake); err != nil {
			s.mu.Lock()
			s.waiters = slices.DeleteFunc(s.waiters, func(x *waiter) bool { return x == w })
			s.broadcast()
			s.mu.Unlock()
			return err
		}
	}
}

// acquireShared books the start of a request that holds a slot of s in
// the cross-process gate, if any, and waits for it; gap is the delay
// after it. If ctx ends first, the slot is given back. When the gate
// fails, the process's own politeness (already kept) is all there is.
func (g *hostGate) acquireShared(ctx context.Context, h string, s *hostState, gap time.Duration) error {
	sg := g.shared()
	if sg == nil {
		return nil
	}
	start, ok, err := sg.reserve(ctx, h, gap)
	if err == nil && ok {
		if wait := time.Until(start); wait > 0 {
			if limit := g.cfg.MaxRetryAfter + gap; wait > limit {
				// Longer than any pause this crawl takes on its own: a
				// node whose clock runs ahead, or a bad value, must not
				// hold the slot for hours.
				sg.log.Warn("cross-process politeness asks for a longer wait than any pause; waiting the longest pause instead (are the crawler nodes' clocks in sync?)",
					"host", h, "asked", wait.Round(time.Second), "waiting", limit)
				wait, start = limit, time.Now().Add(limit)
			}
			s.mu.Lock()
			if t := start.Add(gap); t.After(s.next) {
				s.next = t
			}
			s.mu.Unlock()
			err = sleep(ctx, wait, nil)
		}
	}
	if err != nil {
		s.mu.Lock()
		s.inflight--
		s.broadcast()
		s.mu.Unlock()
	}
	return err
}

// holdShared tells the cross-process gate, if any, that no request to h
// may start before until.
func (g *hostGate) holdShared(h string, until time.Time) {
	if sg := g.shared(); sg != nil {
		sg.hold(h, until)
	}
}

// waiter is one request waiting for its turn at a host.
type waiter struct{ _ byte }

// sleep waits for d (forever when d < 0), for wake to close or for ctx.
func sleep(ctx context.Context, d time.Duration, wake <-chan struct{}) error {
	var tc <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		tc = t.C
	}
	select {
	case <-tc:
	case <-wake:
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

// release frees the slot. The next start is also kept a delay after this
// request's end, so a slow answer does not shorten the gap the server
// sees.
func (g *hostGate) release(h string) {
	s := g.host(h)
	s.mu.Lock()
	d := g.delay(s)
	t := time.Now().Add(d)
	if t.After(s.next) {
		s.next = t
	}
	s.inflight--
	s.broadcast()
	s.mu.Unlock()
	if d > 0 {
		g.holdShared(h, t)
	}
}

// setCrawlDelay raises the host's Crawl-delay to a robots.txt
// Crawl-delay, for every job. It is called just after the robots.txt
// request, whose gap was set from the old delay: the next start moves to
// d from now, so the first page request keeps the Crawl-delay after
// robots.txt too.
func (g *hostGate) setCrawlDelay(h string, d time.Duration) {
	s := g.host(h)
	until := time.Now().Add(d)
	defer g.holdShared(h, until) // after the unlock
	s.mu.Lock()
	defer s.mu.Unlock()
	if d > s.crawlDelay {
		s.crawlDelay = d
		if s.throttle != 0 && s.throttle < d {
			s.throttle = d
		}
	}
	if until.After(s.next) {
		s.next = until
	}
}

// observe feeds one response's latency and status to AutoThrottle, as
// Scrapy does: the delay moves halfway towards latency/target concurrency,
// an error answer never lowers it, and 429/503 double it. The estimate is
// the host's: every job that enables AutoThrottle moves and obeys it.
func (g *hostGate) observe(h string, latency time.Duration, status int) {
	at := g.cfg.AutoThrottle
	if !at.Enabled {
		return
	}
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	lo := max(g.cfg.Delay, s.crawlDelay)
	cur := max(s.throttle, lo)
	var nd time.Duration
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		nd = max(cur*2, time.Second)
	} else {
		target := time.Duration(float64(latency) / at.TargetConcurrency)
		nd = max((cur+target)/2, target)
		if status != http.StatusOK && nd < cur {
			nd = cur
		}
	}
	s.throttle = min(max(nd, lo), at.MaxDelay)
}

// pause pushes the host's next start at least d from now (Retry-After,
// backoff), for every job.
func (g *hostGate) pause(h string, d time.Duration) {
	s := g.host(h)
	t := time.Now().Add(d)
	s.mu.Lock()
	if t.After(s.next) {
		s.next = t
	}
	s.mu.Unlock()
	g.holdShared(h, t)
}

// blocked records a blocked answer and reports whether the host is now
// given up, by the smallest block_threshold of the jobs crawling it
// (threshold); the run of blocked answers is the host's, whichever jobs
// got them.
func (g *hostGate) blocked(h, why string) (givenUp bool, threshold int) {
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blockRun++
	threshold = s.blockThreshold()
	if s.blockRun >= threshold && !s.givenUp {
		s.givenUp, s.givenUpWhy = true, why
		return true, threshold
	}
	return false, threshold
}

// ok resets the host's run of blocked answers.
func (g *hostGate) ok(h string) {
	s := g.host(h)
	s.mu.Lock()
	s.blockRun = 0
	s.mu.Unlock()
}

// givenUp reports whether the host is skipped: some job gave it up, and
// it has not been idle since.
func (g *hostGate) givenUp(h string) bool {
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.givenUp
}

// giveUp skips the host for every job until no job crawls it.
func (g *hostGate) giveUp(h, why string) {
	s := g.host(h)
	s.mu.Lock()
	s.givenUp, s.givenUpWhy = true, why
	s.mu.Unlock()
}

// backoff is the wait before retry number attempt (0-based):
// base·2^attempt, capped at ceiling (when > 0), with jitter in [50%, 100%].
// The doubling stops at the ceiling, so a large attempt or base can
// neither overflow nor make a worker sleep for hours.
func backoff(base time.Duration, attempt int, ceiling time.Duration) time.Duration {
	d := max(base, time.Millisecond)
	for range attempt {
		if ceiling > 0 && d >= ceiling || d > math.MaxInt64/4 {
			break
		}
		d *= 2
	}
	if ceiling > 0 {
		d = min(d, ceiling)
	}
	half := d / 2
	return half + rand.N(half+1)
}

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

package crawler

import (
	"context"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// hostGate enforces per-host politeness: at most Parallelism requests in
// flight, and at least the host's delay between the starts of two
// requests and between the end of one and the start of the next. The delay is the largest of Config.Delay, the robots.txt
// Crawl-delay and the AutoThrottle delay; a Retry-After or a backoff pushes
// the next start further out. colly's LimitRule cannot do this: its delay
// is fixed, and a glob rule shares one semaphore among all hosts it
// matches (Byline uses exactly that for the global concurrency limit).
type hostGate struct {
	cfg   Config
	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	sem        chan struct{}
	mu         sync.Mutex
	next       time.Time     // earliest start of the next request
	minDelay   time.Duration // max(Config.Delay, Crawl-delay)
	throttle   time.Duration // AutoThrottle delay
	blockRun   int           // blocked answers in a row
	givenUp    bool          // too many blocked answers: skip the host
	givenUpWhy string
}

func newHostGate(cfg Config) *hostGate {
	return &hostGate{cfg: cfg, hosts: map[string]*hostState{}}
}

func (g *hostGate) host(h string) *hostState {
	g.mu.Lock()
	defer g.mu.Unlock()
	s, ok := g.hosts[h]
	if !ok {
		start := g.cfg.AutoThrottle.StartDelay
		if start < g.cfg.Delay {
			start = g.cfg.Delay
		}
		s = &hostState{
			sem:      make(chan struct{}, max(g.cfg.Parallelism, 1)),
			minDelay: g.cfg.Delay,
			throttle: start,
		}
		g.hosts[h] = s
	}
	return s
}

// delay is the current gap between requests to the host; call with s.mu held.
func (g *hostGate) delay(s *hostState) time.Duration {
	d := s.minDelay
	if g.cfg.AutoThrottle.Enabled && s.throttle > d {
		d = s.throttle
	}
	if g.cfg.RandomDelay > 0 {
		d += rand.N(g.cfg.RandomDelay)
	}
	return d
}

// acquire waits for a slot and for the host's next start time. The caller
// must call release.
func (g *hostGate) acquire(ctx context.Context, h string) error {
	s := g.host(h)
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		s.mu.Lock()
		now := time.Now()
		wait := s.next.Sub(now)
		if wait <= 0 {
			s.next = now.Add(g.delay(s))
			s.mu.Unlock()
			return nil
		}
		s.mu.Unlock()
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-s.sem
			return ctx.Err()
		}
	}
}

// release frees the slot. The next start is also kept a delay after this
// request's end, so a slow answer does not shorten the gap the server
// sees.
func (g *hostGate) release(h string) {
	s := g.host(h)
	s.mu.Lock()
	if t := time.Now().Add(g.delay(s)); t.After(s.next) {
		s.next = t
	}
	s.mu.Unlock()
	<-s.sem
}

// setCrawlDelay raises the host's minimum delay to a robots.txt
// Crawl-delay. It is called just after the robots.txt request, whose gap
// was set from the old delay: the next start moves to d from now, so the
// first page request keeps the Crawl-delay after robots.txt too.
func (g *hostGate) setCrawlDelay(h string, d time.Duration) {
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	if d > s.minDelay {
		s.minDelay = d
		if s.throttle < d {
			s.throttle = d
		}
	}
	if t := time.Now().Add(d); t.After(s.next) {
		s.next = t
	}
}

// observe feeds one response's latency and status to AutoThrottle, as
// Scrapy does: the delay moves halfway towards latency/target concurrency,
// an error answer never lowers it, and 429/503 double it.
func (g *hostGate) observe(h string, latency time.Duration, status int) {
	at := g.cfg.AutoThrottle
	if !at.Enabled {
		return
	}
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	var nd time.Duration
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		nd = max(s.throttle*2, time.Second)
	} else {
		target := time.Duration(float64(latency) / at.TargetConcurrency)
		nd = max((s.throttle+target)/2, target)
		if status != http.StatusOK && nd < s.throttle {
			nd = s.throttle
		}
	}
	nd = min(max(nd, s.minDelay), at.MaxDelay)
	s.throttle = nd
}

// pause pushes the host's next start at least d from now (Retry-After,
// backoff).
func (g *hostGate) pause(h string, d time.Duration) {
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	if t := time.Now().Add(d); t.After(s.next) {
		s.next = t
	}
}

// blocked records a blocked answer and reports whether the host is now
// given up for the run.
func (g *hostGate) blocked(h, why string) bool {
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blockRun++
	if s.blockRun >= g.cfg.BlockThreshold && !s.givenUp {
		s.givenUp, s.givenUpWhy = true, why
		return true
	}
	return false
}

// ok resets the host's run of blocked answers.
func (g *hostGate) ok(h string) {
	s := g.host(h)
	s.mu.Lock()
	s.blockRun = 0
	s.mu.Unlock()
}

// givenUp reports whether the host is skipped for the rest of the run.
func (g *hostGate) givenUp(h string) bool {
	s := g.host(h)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.givenUp
}

// giveUp skips the host for the rest of the run.
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

package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// politeHost is one host on 127.0.0.1 shared by several jobs. It records
// when each request starts and how many are in flight at once.
type politeHost struct {
	srv     *httptest.Server
	hold    time.Duration                                 // each answer takes this long
	special map[string]func(http.ResponseWriter, int) int // path -> answer by hit number (0-based); returns the status
	robots  string                                        // robots.txt body; empty: 404

	mu       sync.Mutex
	hits     []politeHit
	inflight int
	maxIn    int
	seen     map[string]int
	served   map[string]chan struct{} // closed once path was answered
}

type politeHit struct {
	path   string
	at     time.Time
	status int
}

func newPoliteHost(t *testing.T) *politeHost {
	h := &politeHost{special: map[string]func(http.ResponseWriter, int) int{}, seen: map[string]int{}, served: map[string]chan struct{}{}}
	h.srv = httptest.NewServer(http.HandlerFunc(h.serve))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *politeHost) url(path string) string { return h.srv.URL + path }

// answered returns a channel closed once path was answered.
func (h *politeHost) answered(path string) <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch, ok := h.served[path]
	if !ok {
		ch = make(chan struct{})
		h.served[path] = ch
	}
	return ch
}

func (h *politeHost) serve(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	at := time.Now()
	h.inflight++
	h.maxIn = max(h.maxIn, h.inflight)
	n := h.seen[r.URL.Path]
	h.seen[r.URL.Path]++
	special := h.special[r.URL.Path]
	h.mu.Unlock()
	if h.hold > 0 {
		time.Sleep(h.hold)
	}
	status := http.StatusOK
	switch {
	case special != nil:
		status = special(w, n)
	case r.URL.Path == "/robots.txt" && h.robots == "":
		status = http.StatusNotFound
		http.NotFound(w, r)
	case r.URL.Path == "/robots.txt":
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte(h.robots))
	default:
		w.Header().Set("Content-Type", "text/html")
		_, _ = fmt.Fprintf(w, "<html><head><title>%s</title></head><body><p>%s</p></body></html>", r.URL.Path, r.URL.Path)
	}
	h.mu.Lock()
	h.inflight--
	h.hits = append(h.hits, politeHit{path: r.URL.Path, at: at, status: status})
	if ch, ok := h.served[r.URL.Path]; ok {
		select {
		case <-ch:
		default:
			close(ch)
		}
	} else {
		ch := make(chan struct{})
		close(ch)
		h.served[r.URL.Path] = ch
	}
	h.mu.Unlock()
}

// requests returns the hits in the order they started.
func (h *politeHost) requests() []politeHit {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := append([]politeHit(nil), h.hits...)
	for i := 1; i < len(out); i++ { // few hits: insertion sort by start
		for j := i; j > 0 && out[j].at.Before(out[j-1].at); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// politeJob is a job of n pages under /name/ on the host.
func politeJob(t *testing.T, h *politeHost, name string, n int) Config {
	var seeds []string
	for i := range n {
		seeds = append(seeds, h.url(fmt.Sprintf("/%s/%d", name, i)))
	}
	cfg := testConfig(t, name, seeds...)
	cfg.RespectRobots = false
	cfg.DiscoverSitemaps = false
	return cfg
}

// runTogether runs the jobs at once in one process, sharing p; a job with
// a non-nil after channel starts once it is closed.
func runTogether(t *testing.T, p *Politeness, jobs []Config, after []<-chan struct{}) []Summary {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sums := make([]Summary, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, cfg := range jobs {
		c, err := New(cfg, &MemorySink{}, WithLogger(testLogger(t)), WithClassifier(testClassify), WithPoliteness(p))
		if err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			if i < len(after) && after[i] != nil {
				select {
				case <-after[i]:
				case <-ctx.Done():
					errs[i] = ctx.Err()
					return
				}
			}
			sums[i], errs[i] = c.Run(ctx)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	return sums
}

// checkGaps fails on two consecutive request starts less than min apart
// (less a fifth for the way from the client to the handler, which
// varies on a loaded machine).
func checkGaps(t *testing.T, hits []politeHit, from, to int, min time.Duration, why string) {
	t.Helper()
	tol := min / 5
	for i := max(from, 1); i < len(hits) && i <= to; i++ {
		if gap := hits[i].at.Sub(hits[i-1].at); gap < min-tol {
			t.Errorf("%s: %s and %s started %v apart, want >= %v", why, hits[i-1].path, hits[i].path, gap, min)
		}
	}
}

// TestPolitenessAcrossJobs: two jobs of one process crawl one host; the
// host must see the configured politeness, not twice it.
func TestPolitenessAcrossJobs(t *testing.T) {
	const d = 150 * time.Millisecond
	for _, tt := range []struct {
		name  string
		hold  time.Duration
		tune  func(a, b *Config)
		check func(t *testing.T, h *politeHost)
	}{{
		name: "same delay: every gap at the host is at least the delay",
		tune: func(a, b *Config) { a.Delay, b.Delay = d, d },
		check: func(t *testing.T, h *politeHost) {
			checkGaps(t, h.requests(), 1, 1<<30, d, "delay")
		},
	}, {
		name: "different delays: the larger wins while both crawl the host",
		tune: func(a, b *Config) { a.Delay, b.Delay = d, 2*d },
		check: func(t *testing.T, h *politeHost) {
			hits := h.requests()
			checkGaps(t, hits, 1, 1<<30, d, "smaller delay")
			first, last := -1, -1
			for i, hit := range hits {
				if strings.HasPrefix(hit.path, "/b/") {
					last = i
					if first < 0 {
						first = i
					}
				}
			}
			checkGaps(t, hits, first+1, last, 2*d, "larger delay of the job still crawling")
		},
	}, {
		name: "parallelism 1 across jobs: never two requests in flight",
		hold: 60 * time.Millisecond,
		tune: func(a, b *Config) { a.Parallelism, b.Parallelism = 1, 1 },
		check: func(t *testing.T, h *politeHost) {
			if h.maxIn != 1 {
				t.Errorf("%d requests in flight at once to the host, want 1", h.maxIn)
			}
		},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			h := newPoliteHost(t)
			h.hold = tt.hold
			a, b := politeJob(t, h, "a", 4), politeJob(t, h, "b", 4)
			tt.tune(&a, &b)
			sums := runTogether(t, NewPoliteness(), []Config{a, b}, nil)
			for _, s := range sums {
				if s.Fetched != 4 {
					t.Errorf("job %s fetched %d, want 4: %s", s.Job, s.Fetched, s)
				}
			}
			tt.check(t, h)
		})
	}
}

// TestPolitenessLearnedByOneJobHoldsTheOther: a Retry-After or a
// Crawl-delay one job got from the host holds back the other job too.
func TestPolitenessLearnedByOneJobHoldsTheOther(t *testing.T) {
	for _, tt := range []struct {
		name   string
		wait   time.Duration // the host's wish
		setup  func(h *politeHost, a *Config)
		marker string // the answer that tells the wish
	}{{
		name: "429 with Retry-After",
		wait: time.Second,
		setup: func(h *politeHost, a *Config) {
			h.special["/a/0"] = func(w http.ResponseWriter, n int) int {
				if n == 0 {
					w.Header().Set("Retry-After", "1")
					w.WriteHeader(http.StatusTooManyRequests)
					return http.StatusTooManyRequests
				}
				w.Header().Set("Content-Type", "text/html")
				_, _ = w.Write([]byte("<html><body>ok</body></html>"))
				return http.StatusOK
			}
		},
		marker: "/a/0",
	}, {
		name: "robots.txt Crawl-delay",
		wait: 300 * time.Millisecond,
		setup: func(h *politeHost, a *Config) {
			h.robots = "User-agent: *\nCrawl-delay: 0.3\n"
			a.RespectRobots = true
		},
		marker: "/robots.txt",
	}} {
		t.Run(tt.name, func(t *testing.T) {
			h := newPoliteHost(t)
			a, b := politeJob(t, h, "a", 3), politeJob(t, h, "b", 3)
			a.RetryBase = 10 * time.Millisecond
			tt.setup(h, &a)
			// b starts once a has been told to wait.
			runTogether(t, NewPoliteness(), []Config{a, b}, []<-chan struct{}{nil, h.answered(tt.marker)})
			hits := h.requests()
			told := -1
			for i, hit := range hits {
				if hit.path == tt.marker {
					told = i
					break
				}
			}
			if told < 0 {
				t.Fatalf("no request for %s: %+v", tt.marker, hits)
			}
			checkGaps(t, hits, told+1, told+1, tt.wait, "after "+tt.marker)
			for _, hit := range hits[told+1:] {
				if strings.HasPrefix(hit.path, "/b/") && hit.at.Sub(hits[told].at) < tt.wait*9/10 {
					t.Errorf("job b fetched %s %v after the host asked to wait %v", hit.path, hit.at.Sub(hits[told].at), tt.wait)
				}
			}
		})
	}
}

// TestPolitenessRegistry checks the shared state without a network.
func TestPolitenessRegistry(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.AutoThrottle.Enabled = false
	cfg.Delay, cfg.BlockThreshold = 0, 2
	p := NewPoliteness()
	g1, g2 := p.gate(cfg), p.gate(cfg)

	// Blocked answers count per host across jobs; one job gives it up
	// for all until no job crawls it.
	g1.blocked("h", "403")
	if up, _ := g2.blocked("h", "403"); !up || !g1.givenUp("h") {
		t.Error("two blocked answers in a row, over two jobs, did not give the host up at threshold 2")
	}
	g1.close()
	if !g2.givenUp("h") {
		t.Error("host no longer given up while a job still crawls it")
	}
	g2.close()
	if g3 := p.gate(cfg); g3.givenUp("h") {
		t.Error("host still given up after every job left it")
	} else {
		g3.close()
	}

	// A waiter whose ctx ends leaves the line: the next one gets the slot.
	g1, g2 = p.gate(cfg), p.gate(cfg)
	if err := g1.acquire(ctx, "h"); err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Millisecond)
	defer cancel()
	if err := g2.acquire(cctx, "h"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("acquire beyond parallelism 1 = %v, want the ctx's deadline", err)
	}
	done := make(chan error, 1)
	go func() { done <- g2.acquire(ctx, "h") }()
	g1.release("h")
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	g2.release("h")
	g1.close()
	g2.close()
	p.mu.Lock()
	n := len(p.hosts)
	p.mu.Unlock()
	if n != 0 {
		t.Errorf("%d hosts kept after every job left and no delay is pending, want 0", n)
	}
}

// TestPolitenessSmallestBlockThreshold: the run of blocked answers at a
// host gives it up at the smallest block_threshold of the jobs crawling
// it, whichever job got the answer that reaches it.
func TestPolitenessSmallestBlockThreshold(t *testing.T) {
	for _, tc := range []struct {
		name       string
		t1, t2     int   // the two jobs' block_threshold
		by         []int // which job (1, 2) gets each blocked answer
		wantGiveUp int   // the answer (1-based) that gives the host up; 0 = none
	}{
		{"lenient job gets them all", 10, 2, []int{1, 1, 1}, 2},
		{"strict job gets them all", 10, 2, []int{2, 2, 2}, 2},
		{"alternating", 5, 3, []int{1, 2, 1, 2}, 3},
		{"equal thresholds", 3, 3, []int{1, 1, 2}, 3},
		{"below both", 4, 6, []int{1, 2, 1}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := NewPoliteness()
			c1, c2 := DefaultConfig(), DefaultConfig()
			c1.BlockThreshold, c2.BlockThreshold = tc.t1, tc.t2
			g1, g2 := p.gate(c1), p.gate(c2)
			defer g1.close()
			defer g2.close()
			g1.host("h")
			g2.host("h")
			got := 0
			for i, by := range tc.by {
				g := g1
				if by == 2 {
					g = g2
				}
				up, n := g.blocked("h", "403")
				if n != min(tc.t1, tc.t2) {
					t.Errorf("threshold %d, want the smaller of %d and %d", n, tc.t1, tc.t2)
				}
				if up && got == 0 {
					got = i + 1
				}
			}
			if got != tc.wantGiveUp {
				t.Errorf("given up at blocked answer %d, want %d", got, tc.wantGiveUp)
			}
			if up := g1.givenUp("h"); up != (tc.wantGiveUp > 0) {
				t.Errorf("givenUp = %v for the other job", up)
			}
		})
	}
}

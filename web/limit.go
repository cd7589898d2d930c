package web

import (
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Defaults of the search gate.
const (
	// DefaultQueueWait is how long a search waits for a free slot before
	// the server answers 503.
	DefaultQueueWait = 2 * time.Second
	// retryAfter is the Retry-After of a 503 from a full gate, in seconds.
	retryAfter = 2
)

// DefaultMaxSearches is the number of searches served at once by default:
// two per CPU, at least 4. Searches are CPU-bound; more in flight only
// add memory and latency.
func DefaultMaxSearches() int { return max(4, 2*runtime.GOMAXPROCS(0)) }

// WithMaxSearches bounds the searches (search, quote and speaker pages, the
// CSV exports, /api/search, /api/quotes) served at once (default DefaultMaxSearches). A search that
// finds no free slot waits up to the queue wait (WithQueueWait), then gets
// 503 Service Unavailable with Retry-After, so a burst of heavy queries
// cannot grow the server's memory without bound. Values below 1 are
// ignored.
func WithMaxSearches(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.maxSearches = n
		}
	}
}

// WithQueueWait sets how long a search waits for a slot (default
// DefaultQueueWait; negative values are ignored, 0 answers 503 at once).
func WithQueueWait(d time.Duration) Option {
	return func(c *config) {
		if d >= 0 {
			c.queueWait = d
		}
	}
}

// limited runs h only while it holds one of the server's search slots.
func (srv *server) limited(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case srv.slots <- struct{}{}:
		default:
			t := time.NewTimer(srv.cfg.queueWait)
			select {
			case srv.slots <- struct{}{}:
				t.Stop()
			case <-t.C:
				srv.busy(w, r)
				return
			case <-r.Context().Done():
				t.Stop()
				return // the client went away
			}
		}
		defer func() { <-srv.slots }()
		h(w, r)
	}
}

// busy answers a search that found no slot.
func (srv *server) busy(w http.ResponseWriter, r *http.Request) {
	srv.log.Warn("web: too many searches at once: answered 503", "path", r.URL.Path, "max_searches", cap(srv.slots))
	if rec, ok := w.(*statusRecorder); ok {
		rec.overload = true
	}
	w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	const msg = "the server is busy with other searches; try again in a few seconds"
	if strings.HasPrefix(r.URL.Path, "/api/") {
		w.Header().Set("Cache-Control", "no-store")
		writeJSON(w, http.StatusServiceUnavailable, apiError{Error: msg, Status: http.StatusServiceUnavailable})
		return
	}
	srv.renderError(w, r, http.StatusServiceUnavailable, "The server is busy with other searches. Try again in a few seconds.")
}

package crawler

import (
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"time"
)

// Stats are the running counters of a crawl, passed to WithProgress.
type Stats struct {
	Requests int64 `json:"requests"` // HTTP requests sent, retries and robots.txt included
	Retries  int64 `json:"retries"`  // requests that were retries
	// Fetched counts URLs that got a final HTTP answer (not counting
	// robots.txt). Each has one outcome: New, Unchanged, NonArticles,
	// Sources, a blocked answer, or a status, parse, sink or non-html
	// (after the body) error. Errors before an answer are not fetched.
	Fetched       int64 `json:"fetched"`
	New           int64 `json:"new"`            // article pages handed to the sink
	Unchanged     int64 `json:"unchanged"`      // 304 Not Modified, or the same content hash as before
	RobotsSkipped int64 `json:"robots_skipped"` // URLs robots.txt disallows
	NonArticles   int64 `json:"non_articles"`   // HTML pages followed but not published (listings, noindex)
	Sources       int64 `json:"sources"`        // sitemaps and feeds read (a 304 counts as unchanged)
	Redirected    int64 `json:"redirected"`     // URLs that redirect to another host: the target is queued instead
	Discovered    int64 `json:"discovered"`     // URLs newly added to the frontier
	Queued        int64 `json:"queued"`         // URLs waiting in the frontier
	InFlight      int64 `json:"in_flight"`      // URLs being worked on (progress snapshots only)
}

// Summary is the outcome of one run.
type Summary struct {
	Stats
	Job      string        `json:"job"`
	CrawlID  string        `json:"crawl_id"`
	Started  time.Time     `json:"started"`
	Duration time.Duration `json:"duration_ns"`
	// Stopped says why the run ended: "done" (frontier empty),
	// "max-pages" (the rest stays queued for the next run) or "cancelled".
	Stopped string `json:"stopped"`
	// Blocked counts, per host, answers that were blocks or bot
	// challenges and URLs skipped because their host was given up.
	Blocked map[string]int64 `json:"blocked"`
	// Errors counts failed URLs by kind.
	Errors map[ErrorKind]int64 `json:"errors"`
}

func (s Summary) clone() Summary {
	s.Blocked = maps.Clone(s.Blocked)
	s.Errors = maps.Clone(s.Errors)
	return s
}

// BlockedTotal is the sum of Blocked over hosts.
func (s Summary) BlockedTotal() int64 {
	var n int64
	for _, v := range s.Blocked {
		n += v
	}
	return n
}

// ErrorsTotal is the sum of Errors over kinds.
func (s Summary) ErrorsTotal() int64 {
	var n int64
	for _, v := range s.Errors {
		n += v
	}
	return n
}

// LogAttrs returns the summary as slog key-value pairs.
func (s Summary) LogAttrs() []any {
	return []any{
		"stopped", s.Stopped, "duration", s.Duration.Round(time.Millisecond),
		"fetched", s.Fetched, "new", s.New, "unchanged", s.Unchanged,
		"robots_skipped", s.RobotsSkipped, "non_articles", s.NonArticles, "sources", s.Sources, "redirected", s.Redirected,
		"blocked", s.BlockedTotal(), "errors", s.ErrorsTotal(), "queued", s.Queued,
		slog.String("errors_by_kind", formatCounts(s.Errors)),
		slog.String("blocked_by_host", formatCounts(s.Blocked)),
	}
}

// String renders the summary for people, one fact per line.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "crawl %s (%s): %s in %s\n", s.Job, s.CrawlID, s.Stopped, s.Duration.Round(time.Millisecond))
	fmt.Fprintf(&b, "  fetched %d, new %d, unchanged %d, non-articles %d, sitemaps/feeds %d, robots-skipped %d, queued %d\n",
		s.Fetched, s.New, s.Unchanged, s.NonArticles, s.Sources, s.RobotsSkipped, s.Queued)
	fmt.Fprintf(&b, "  requests %d (retries %d), discovered %d, redirected to other hosts %d\n", s.Requests, s.Retries, s.Discovered, s.Redirected)
	if len(s.Blocked) > 0 {
		fmt.Fprintf(&b, "  blocked: %s\n", formatCounts(s.Blocked))
	}
	if len(s.Errors) > 0 {
		fmt.Fprintf(&b, "  errors: %s\n", formatCounts(s.Errors))
	}
	return b.String()
}

func formatCounts[K ~string](m map[K]int64) string {
	keys := slices.Sorted(maps.Keys(m))
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	return strings.Join(parts, " ")
}

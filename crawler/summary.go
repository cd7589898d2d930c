package crawler

import (
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Stats are the running counters of a crawl, passed to WithProgress.
type Stats struct {
	Requests int64 `json:"requests"` // HTTP requests sent, retries and robots.txt included
	Retries  int64 `json:"retries"`  // requests that were retries
	// Fetched counts URLs that got a final HTTP answer (not counting
	// robots.txt). Each has one outcome: New, Unchanged, Resent,
	// NonArticles, Sources, a blocked answer, or a status, parse, sink or
	// non-html (after the body) error. Errors before an answer are not
	// fetched.
	Fetched   int64 `json:"fetched"`
	New       int64 `json:"new"`       // article pages handed to the sink: new, or with another content hash than before
	Unchanged int64 `json:"unchanged"` // 304 Not Modified, or the same content hash as before: not handed on
	// Resent counts article pages a re-fetch run (Config.Refetch) handed
	// to the sink again with the same content hash as before, for the
	// pipeline to extract again.
	Resent        int64 `json:"resent"`
	RobotsSkipped int64 `json:"robots_skipped"` // URLs robots.txt disallows
	NonArticles   int64 `json:"non_articles"`   // HTML pages followed but not published (listings, noindex)
	Sources       int64 `json:"sources"`        // sitemaps and feeds read (a 304 counts as unchanged)
	Redirected    int64 `json:"redirected"`     // URLs whose redirect is not followed: to another host (the target is queued instead) or to a URL this run fetched
	Discovered    int64 `json:"discovered"`     // URLs newly added to the frontier
	Queued        int64 `json:"queued"`         // URLs waiting in the frontier
	InFlight      int64 `json:"in_flight"`      // URLs being worked on (progress snapshots only)
	// LargestBody is the most decoded body bytes one response brought in
	// (pages and sitemaps, after gzip). Bodies are cut one byte past their
	// cap (max_body_bytes, max_sitemap_bytes), so it never exceeds the
	// larger cap plus one, however far a compressed body would expand.
	LargestBody int64 `json:"largest_body"`
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
	// Unreachable names, per host that could not be reached (its name
	// did not resolve, the connection was refused, TLS failed, or its
	// robots.txt did not answer at all), the kind and the first cause:
	// "refused: dial tcp 127.0.0.1:1: connect: connection refused". The
	// URLs are counted in Errors under that kind.
	Unreachable map[string]string `json:"unreachable,omitempty"`
	// Dropped counts discovered URLs not queued, by the cap that dropped
	// them (see DropCause).
	Dropped map[DropCause]int64 `json:"dropped"`
}

// DropCause names the cap a discovered URL was dropped for.
type DropCause string

// Causes counted in Summary.Dropped.
const (
	DropLinksPerPage DropCause = "links-per-page"  // over max_links_per_page on one page
	DropSitemapURLs  DropCause = "sitemap-entries" // past the 100,000th entry of one sitemap
	// DropSitemapNesting: sitemaps listed by an index that is itself
	// maxSitemapNesting indexes deep.
	DropSitemapNesting DropCause = "sitemap-nesting"
	DropQueueFull      DropCause = "queue-full"  // the frontier held max_queue URLs
	DropDiskBudget     DropCause = "disk-budget" // the data file was over max_data_bytes
	// DropConfigChanged: a page an earlier run queued that the job's
	// config no longer wants (its site removed, a new exclude pattern).
	DropConfigChanged DropCause = "config-changed"
)

func (s Summary) clone() Summary {
	s.Blocked = maps.Clone(s.Blocked)
	s.Errors = maps.Clone(s.Errors)
	s.Unreachable = maps.Clone(s.Unreachable)
	s.Dropped = maps.Clone(s.Dropped)
	return s
}

// errorCause is the innermost message of a fetch error worth showing: the
// net error without the "Get URL:" wrapping.
func errorCause(err error) string {
	var op *net.OpError
	if errors.As(err, &op) {
		return op.Error()
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.Error()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// Failure says in one line why nothing was fetched, for an exit message:
// the error kinds and the unreachable hosts, without the counters.
func (s Summary) Failure() string {
	var parts []string
	if len(s.Errors) > 0 {
		parts = append(parts, "errors "+formatCounts(s.Errors))
	}
	if len(s.Blocked) > 0 {
		parts = append(parts, "blocked "+formatCounts(s.Blocked))
	}
	if s.RobotsSkipped > 0 {
		parts = append(parts, fmt.Sprintf("disallowed by robots.txt %d", s.RobotsSkipped))
	}
	for _, h := range slices.Sorted(maps.Keys(s.Unreachable)) {
		parts = append(parts, h+" unreachable ("+s.Unreachable[h]+")")
	}
	return strings.Join(parts, "; ")
}

// DroppedByCause renders Dropped as "cause=n ..." in a fixed order.
func (s Summary) DroppedByCause() string { return formatCounts(s.Dropped) }

// DroppedTotal is the sum of Dropped over causes.
func (s Summary) DroppedTotal() int64 {
	var n int64
	for _, v := range s.Dropped {
		n += v
	}
	return n
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

// LogAttrs returns the summary as slog key-value pairs: every counter of
// Stats (but the progress-only in_flight), so the "crawl finished" line is
// a complete record of a run where nothing scrapes it (a CronJob's pod).
func (s Summary) LogAttrs() []any {
	return []any{
		"stopped", s.Stopped, "duration", s.Duration.Round(time.Millisecond),
		"requests", s.Requests, "retries", s.Retries, "discovered", s.Discovered,
		"fetched", s.Fetched, "new", s.New, "unchanged", s.Unchanged, "resent", s.Resent,
		"robots_skipped", s.RobotsSkipped, "non_articles", s.NonArticles, "sources", s.Sources, "redirected", s.Redirected,
		"blocked", s.BlockedTotal(), "errors", s.ErrorsTotal(), "queued", s.Queued,
		slog.String("errors_by_kind", formatCounts(s.Errors)),
		slog.String("blocked_by_host", formatCounts(s.Blocked)),
		slog.String("unreachable", formatUnreachable(s.Unreachable)),
		"dropped", s.DroppedTotal(), slog.String("dropped_by_cap", formatCounts(s.Dropped)),
		"largest_body", s.LargestBody,
	}
}

// String renders the summary for people, one fact per line.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "crawl %s (%s): %s in %s\n", s.Job, s.CrawlID, s.Stopped, s.Duration.Round(time.Millisecond))
	fmt.Fprintf(&b, "  fetched %d, new %d, unchanged %d, resent %d, non-articles %d, sitemaps/feeds %d, robots-skipped %d, queued %d\n",
		s.Fetched, s.New, s.Unchanged, s.Resent, s.NonArticles, s.Sources, s.RobotsSkipped, s.Queued)
	fmt.Fprintf(&b, "  requests %d (retries %d), discovered %d, redirects not followed %d\n", s.Requests, s.Retries, s.Discovered, s.Redirected)
	if len(s.Blocked) > 0 {
		fmt.Fprintf(&b, "  blocked: %s\n", formatCounts(s.Blocked))
	}
	if len(s.Errors) > 0 {
		fmt.Fprintf(&b, "  errors: %s\n", formatCounts(s.Errors))
	}
	if s.Errors[KindTooLarge] > 0 {
		// Bodies are cut one byte past the cap, decompressed or not.
		fmt.Fprintf(&b, "  largest body read: %d bytes (bodies stop one byte past max_body_bytes / max_sitemap_bytes)\n", s.LargestBody)
	}
	for _, h := range slices.Sorted(maps.Keys(s.Unreachable)) {
		fmt.Fprintf(&b, "  unreachable: %s (%s)\n", h, s.Unreachable[h])
	}
	if n := s.DroppedTotal(); n > 0 {
		fmt.Fprintf(&b, "  dropped %d URLs (frontier caps, or no longer wanted by the config): %s\n", n, s.DroppedByCause())
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

func formatUnreachable(m map[string]string) string {
	parts := make([]string, 0, len(m))
	for _, h := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, h+" ("+m[h]+")")
	}
	return strings.Join(parts, ", ")
}

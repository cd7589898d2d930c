package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// requestBuckets span a request from a cached static file (1 ms) through
// a search of a loaded index to a CSV export or a search that runs into
// the request timeout (15 s by default) and beyond (30 s).
var requestBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30}

// Metrics are the search server's Prometheus collectors. Routes are the
// handler's patterns ("/api/search", "/article/{id}"), never raw paths or
// queries, so the label sets stay few.
type Metrics struct {
	requests    *prometheus.CounterVec   // route, status (class: 2xx..5xx)
	duration    *prometheus.HistogramVec // route
	unavailable *prometheus.CounterVec   // route, reason: overload, outage
}

// NewMetrics creates the collectors; register Collectors() where /metrics
// is served and pass the Metrics to New with WithMetrics.
func NewMetrics() *Metrics {
	return &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "byline_http_requests_total", Help: "Search server requests by route and status class (2xx, 3xx, 4xx, 5xx)."},
			[]string{"route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "byline_http_request_duration_seconds", Help: "Search server request latency by route.", Buckets: requestBuckets},
			[]string{"route"}),
		unavailable: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "byline_http_unavailable_total", Help: "Search server 503 answers by route and reason: overload (every search slot taken) or outage (the index does not answer)."},
			[]string{"route", "reason"}),
	}
}

// Collectors are the collectors to register.
func (m *Metrics) Collectors() []prometheus.Collector {
	return []prometheus.Collector{m.requests, m.duration, m.unavailable}
}

// WithMetrics records every request into m (default: nothing).
func WithMetrics(m *Metrics) Option { return func(c *config) { c.metrics = m } }

// observe records one finished request. pattern is the ServeMux pattern
// that served it ("" when none did: a method not allowed).
func (m *Metrics) observe(pattern string, rec *statusRecorder, d time.Duration) {
	if m == nil {
		return
	}
	route := pattern
	if _, path, ok := strings.Cut(pattern, " "); ok {
		route = path // "GET /api/search" -> "/api/search"
	}
	if route == "" {
		route = "unmatched"
	}
	m.requests.WithLabelValues(route, strconv.Itoa(rec.status/100)+"xx").Inc()
	m.duration.WithLabelValues(route).Observe(d.Seconds())
	if rec.status == http.StatusServiceUnavailable {
		reason := "outage"
		if rec.overload {
			reason = "overload"
		}
		m.unavailable.WithLabelValues(route, reason).Inc()
	}
}

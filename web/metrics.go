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
	// A readiness probe's 503 is the server saying it is not ready, not
	// a reader turned away: byline run answers its probes outside the
	// search site and never counted them; serve does not either.
	if rec.status == http.StatusServiceUnavailable && route != "/healthz" && route != "/readyz" {
		reason := "outage"
		if rec.overload {
			reason = "overload"
		}
		m.unavailable.WithLabelValues(route, reason).Inc()
	}
}

// routePatterns are the patterns New serves, the labels of its routes.
var routePatterns = []string{
	"GET /{$}", "GET /article/{id}", "GET /quotes", "GET /speakers/{name}",
	"GET /search.csv", "GET /quotes.csv", "GET /api/search", "GET /api/quotes",
	"GET /api/articles/{id}", "GET /healthz", "GET /readyz", "GET /static/",
	"/api/", "/",
}

// routes matches a request to the pattern New would serve it by.
var routes = func() *http.ServeMux {
	mux := http.NewServeMux()
	for _, p := range routePatterns {
		mux.Handle(p, http.NotFoundHandler())
	}
	return mux
}()

// Unopened counts the answers of h, a stand-in for the search site while
// it cannot be built yet (byline serve waiting for its index), as the site
// counts its own: by the route the site would serve the request by, status
// class and latency, and a 503 as an outage. Without it the 503s of an
// index that never opened were missing from byline_http_unavailable_total.
// A nil m counts nothing.
func (m *Metrics) Unopened(h http.Handler) http.Handler {
	if m == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			_, pattern := routes.Handler(r)
			m.observe(pattern, rec, time.Since(start))
		}()
		h.ServeHTTP(rec, r)
	})
}

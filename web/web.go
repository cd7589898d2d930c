// Package web serves Byline's search page, article view, quote search and
// JSON API over any index.Searcher. It only reads the index.
//
// Every page is rendered on the server with html/template and works without
// JavaScript; the one small script and the stylesheet are embedded, so the
// site works offline. Article text is untrusted input: it is escaped
// everywhere, and search highlights are rebuilt from escaped text with only
// the <mark> tags put back (see safeHighlight).
//
// Routes:
//
//	GET /                     search page (?q, site, section, author, speaker, lang, since, until, sort, exact, page)
//	GET /article/{id}         article view
//	GET /quotes               quote search (?q, speaker, site, since, until, sort, page)
//	GET /speakers/{name}      every quote of one person, over time (?q, since, until, sort, page)
//	GET /search.csv           the search's hits as CSV, up to export.MaxRows, streamed
//	GET /quotes.csv           the quote search's hits as CSV, likewise
//	GET /api/search           index.Results as JSON (same parameters, plus limit and from; page counts pages of limit hits; an unknown parameter is a 400, except the cache-buster _)
//	GET /api/quotes           index.QuoteResults as JSON
//	GET /api/articles/{id}    article.Article as JSON
//	GET /healthz              {"status":"ok"} while the process serves
//	GET /readyz               {"status":"ready"} when the index answers a search, else 503
//	GET /static/...           embedded CSS and JS
package web

import (
	"context"
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/byline/byline/index"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Defaults for the options.
const (
	// DefaultPageSize is the number of hits per HTML page.
	DefaultPageSize = 20
	// DefaultRequestTimeout bounds every call to the Searcher.
	DefaultRequestTimeout = 15 * time.Second
	// MaxLimit is the largest page size the JSON API accepts.
	MaxLimit = 100
	// MaxWindow is the deepest result (from+limit) a request may reach; it
	// matches Elasticsearch's default max_result_window.
	MaxWindow = 10000
)

// Option configures the handler built by New.
type Option func(*config)

type config struct {
	logger       *slog.Logger
	pageSize     int
	timeout      time.Duration
	remoteImages bool
	title        string
	maxSearches  int
	queueWait    time.Duration
	metrics      *Metrics
}

// WithLogger sets the logger for request and error logs (default: a logger
// that discards everything).
func WithLogger(l *slog.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.logger = l
		}
	}
}

// WithPageSize sets the number of hits per HTML page (default
// DefaultPageSize; values outside 1..MaxLimit are ignored).
func WithPageSize(n int) Option {
	return func(c *config) {
		if n > 0 && n <= MaxLimit {
			c.pageSize = n
		}
	}
}

// WithRequestTimeout bounds each call to the Searcher (default
// DefaultRequestTimeout; non-positive values are ignored).
func WithRequestTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.timeout = d
		}
	}
}

// WithRemoteImages chooses whether the article view loads article images
// from their source sites in the reader's browser (default false). Off,
// the page shows each image's caption and credit with a link to it, and the
// Content Security Policy allows no remote images, so reading an article
// contacts no one. On, the browser fetches whatever URL a crawled page
// named — intranet addresses included — from wherever the reader sits:
// turn it on only where that is acceptable.
func WithRemoteImages(on bool) Option {
	return func(c *config) { c.remoteImages = on }
}

// WithTitle sets the site title shown in the header (default "Byline").
func WithTitle(title string) Option {
	return func(c *config) {
		if title != "" {
			c.title = title
		}
	}
}

// server holds what the handlers share.
type server struct {
	s      index.Searcher
	cfg    config
	log    *slog.Logger
	tmpl   map[string]*template.Template
	csp    string
	static http.Handler
	slots  chan struct{} // one per search in flight (see limited)
}

// New returns the web handler serving the pages and the JSON API over s.
// It panics only if the embedded templates do not parse, which the tests
// rule out.
func New(s index.Searcher, opts ...Option) http.Handler {
	cfg := config{
		logger:       slog.New(slog.DiscardHandler),
		pageSize:     DefaultPageSize,
		timeout:      DefaultRequestTimeout,
		remoteImages: false,
		title:        "Byline",
		maxSearches:  DefaultMaxSearches(),
		queueWait:    DefaultQueueWait,
	}
	for _, o := range opts {
		o(&cfg)
	}
	srv := &server{
		s:     s,
		cfg:   cfg,
		log:   cfg.logger,
		tmpl:  mustParseTemplates(),
		slots: make(chan struct{}, cfg.maxSearches),
	}
	srv.csp = contentSecurityPolicy(cfg.remoteImages)
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic("web: embedded static files: " + err.Error())
	}
	srv.static = http.StripPrefix("/static/", http.FileServerFS(sub))

	handlers := map[string]http.HandlerFunc{
		"GET /{$}":               srv.limited(srv.handleSearchPage),
		"GET /article/{id}":      srv.handleArticlePage,
		"GET /quotes":            srv.limited(srv.handleQuotesPage),
		"GET /speakers/{name}":   srv.limited(srv.handleSpeakerPage),
		"GET /search.csv":        srv.limited(srv.handleExport(false)),
		"GET /quotes.csv":        srv.limited(srv.handleExport(true)),
		"GET /api/search":        srv.limited(srv.handleAPISearch),
		"GET /api/quotes":        srv.limited(srv.handleAPIQuotes),
		"GET /api/articles/{id}": srv.handleAPIArticle,
		"GET /healthz":           srv.handleHealth,
		"GET /readyz":            srv.handleReady,
		"GET /static/":           srv.handleStatic,
		"/api/":                  srv.handleAPINotFound,
		"/":                      srv.handleNotFound,
	}
	if len(handlers) != len(routePatterns) {
		panic("web: routePatterns and the handlers differ")
	}
	mux := http.NewServeMux()
	for _, p := range routePatterns {
		mux.HandleFunc(p, handlers[p]) // panics on a pattern without a handler
	}
	return srv.middleware(mux)
}

// The time an answer may take to write, from the start of its request:
// at least minWriteBudget (the write timeout of pipeline.NewHTTPServer),
// and longer when the request timeout allows more (a page's search and
// its suggestions, then writing); a CSV export sets its own.
const (
	minWriteBudget = time.Minute
	writeSlack     = 10 * time.Second
)

// contentSecurityPolicy allows only this origin's script and style, no
// inline code, no framing and no plugins. Remote images are allowed only
// when the article view shows them.
func contentSecurityPolicy(remoteImages bool) string {
	img := "img-src 'self' data:"
	if remoteImages {
		img = "img-src 'self' data: https: http:"
	}
	return "default-src 'none'; script-src 'self'; style-src 'self'; " + img +
		"; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
}

// middleware sets the security headers, recovers from panics and logs each
// request.
func (srv *server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h := w.Header()
		h.Set("Content-Security-Policy", srv.csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		// The server's write timeout (60 s on Byline's listeners) must
		// not cut off an answer the site still has time for: a page makes
		// its searches within the request timeout.
		_ = http.NewResponseController(rec).SetWriteDeadline(start.Add(max(minWriteBudget, 2*srv.cfg.timeout+writeSlack)))
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				srv.log.Error("web: panic serving request", "path", r.URL.Path, "panic", p)
				if !rec.wrote {
					http.Error(rec, "internal server error", http.StatusInternalServerError)
				}
			}
			d := time.Since(start)
			srv.cfg.metrics.observe(r.Pattern, rec, d)
			srv.log.Debug("web: request", "method", r.Method, "path", r.URL.Path,
				"status", rec.status, "bytes", rec.bytes, "dur", d)
		}()
		next.ServeHTTP(rec, r)
	})
}

// statusRecorder remembers the status and size of a response for the log.
type statusRecorder struct {
	http.ResponseWriter
	status   int
	bytes    int
	wrote    bool
	overload bool // a 503 for want of a search slot (see busy)
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wrote {
		r.status = code
		r.wrote = true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(p []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(p)
	r.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// searchContext bounds a call to the Searcher.
func (srv *server) searchContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), srv.cfg.timeout)
}

func (srv *server) handleStatic(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=3600")
	srv.static.ServeHTTP(w, r)
}

func (srv *server) handleHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// handleReady answers 200 when the index answers a one-hit search within
// the request timeout, and 503 otherwise, so a load balancer sends no
// analysts to a server whose index is down.
func (srv *server) handleReady(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	ctx, cancel := srv.searchContext(r)
	defer cancel()
	if _, err := srv.s.Search(ctx, index.Query{Limit: 1}); err != nil {
		srv.log.Warn("readiness check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "the index does not answer"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/byline/byline/config"
	"github.com/byline/byline/index"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/web"
)

func init() { register(newServeCmd) }

// serveOptions are the parsed flags of `byline serve`.
type serveOptions struct {
	Config          string
	Addr            string
	DataDir         string
	ESURL           string
	ShutdownTimeout time.Duration
	RequestTimeout  time.Duration
	RemoteImages    bool
	Title           string
	MaxSearches     int

	conf *config.Config // the effective config (see readerConfig), resolved before run
}

// Defaults of `byline serve`.
const (
	defaultServeAddr       = "127.0.0.1:8080"
	defaultShutdownTimeout = 10 * time.Second
)

func newServeCmd(g *globalOptions) *cobra.Command {
	return newServeCmdWith(g, func(ctx context.Context, opts *serveOptions) error {
		return runServe(ctx, opts, g.Log, g.Stderr)
	})
}

// newServeCmdWith builds the command with run as its action, so tests can
// check the parsed options without serving.
func newServeCmdWith(g *globalOptions, run func(context.Context, *serveOptions) error) *cobra.Command {
	opts := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve [--config FILE] [--addr HOST:PORT] [--data DIR | --es URL]",
		Short: "Serve the search page, article view and JSON API",
		Long: `Serve the web search page, the article view, quote search and the JSON API
(/api/search, /api/quotes, /api/articles/{id}, /healthz, /readyz) and /metrics
(requests by route and status class, latency, 503s) over the embedded
index in DATA/index (default) or Elasticsearch when one is named (--es URL,
BYLINE_INDEX_ELASTICSEARCH_URL or the file's index.elasticsearch.url;
credentials as for byline search). The server only reads. DATA, the
Elasticsearch settings, server.addr (the address byline run serves search
on; its "-" leaves serve on the default) and server.shutdown_timeout are
read as every command reads them: the --config file, the BYLINE_*
environment over it, the flags over both.

When Elasticsearch does not answer at start (down, restarting, not up yet)
the server starts anyway: /healthz answers ok, /readyz and every page answer
503, and the index is opened as soon as Elasticsearch answers (retried with
backoff, each failure logged as a warning).

On SIGINT or SIGTERM it stops accepting connections and lets requests in
flight finish, for up to --shutdown-timeout.

Exit status: 0 after a clean shutdown, 1 on errors (no embedded index,
Elasticsearch refusing the credentials or the URL, address in use), 2 on
bad flags.`,
		Example: `  byline serve
  byline serve --addr 0.0.0.0:8080 --data /var/lib/byline
  byline serve --es https://es.internal:9200`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.resolve(cmd.Flags().Changed); err != nil {
				return usageError(err)
			}
			if opts.ShutdownTimeout <= 0 {
				return usageError(fmt.Errorf("--shutdown-timeout must be positive, got %s", opts.ShutdownTimeout))
			}
			if opts.RequestTimeout <= 0 {
				return usageError(fmt.Errorf("--request-timeout must be positive, got %s", opts.RequestTimeout))
			}
			if opts.MaxSearches < 1 {
				return usageError(fmt.Errorf("--max-searches must be at least 1, got %d", opts.MaxSearches))
			}
			if _, _, err := net.SplitHostPort(opts.Addr); err != nil {
				return usageError(fmt.Errorf("--addr %q: %w", opts.Addr, err))
			}
			return run(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "", "YAML config file (sections data, index and server)")
	f.StringVar(&opts.Addr, "addr", defaultServeAddr, "listen on this host:port (port 0 picks a free one; default: the config's server.addr, else this)")
	f.StringVar(&opts.DataDir, "data", "", "data directory of the embedded index (default: the config's data, else \""+defaultDataDir+"\")")
	f.StringVar(&opts.ESURL, "es", "", "read Elasticsearch at this URL (or a comma-separated list of nodes) instead of the embedded index")
	f.DurationVar(&opts.ShutdownTimeout, "shutdown-timeout", defaultShutdownTimeout, "how long requests in flight may take to finish on shutdown")
	f.DurationVar(&opts.RequestTimeout, "request-timeout", web.DefaultRequestTimeout, "limit on each search the server makes")
	f.BoolVar(&opts.RemoteImages, "remote-images", false, "let readers' browsers load article images from the URLs crawled pages name, intranet addresses included (default: captions and links only)")
	f.StringVar(&opts.Title, "title", "Byline", "site title shown in the page header")
	f.IntVar(&opts.MaxSearches, "max-searches", web.DefaultMaxSearches(), "searches served at once; more wait briefly, then get 503 with Retry-After")
	cmd.MarkFlagsMutuallyExclusive("data", "es")
	return cmd
}

// resolve reads the config the way every command does (the file, the
// BYLINE_* environment, the flags given): the index (readerConfig), and
// server.addr and server.shutdown_timeout where --addr and
// --shutdown-timeout were not given.
func (opts *serveOptions) resolve(changed func(string) bool) error {
	c, err := readerConfig(opts.Config, opts.DataDir, opts.ESURL, changed)
	if err != nil {
		return err
	}
	// "-" is byline run's "no server"; serve has nothing else to do, so
	// it keeps its default address.
	if !changed("addr") && c.Server.Addr != "" && c.Server.Addr != "-" {
		opts.Addr = c.Server.Addr
	}
	if !changed("shutdown-timeout") {
		opts.ShutdownTimeout = c.Server.ShutdownTimeout
	}
	opts.conf = &c
	return nil
}

// runServe opens the index and serves the web handler on opts.Addr until
// ctx is done, then shuts down gracefully. When Elasticsearch does not
// answer at start (a restart, a cluster not up yet) it serves anyway:
// /healthz answers, /readyz and every page answer 503, and the index is
// opened in the background, waiting with backoff (index.OpenWaiting),
// until it answers. An error waiting cannot mend (bad credentials, no
// embedded index) ends the command.
func runServe(ctx context.Context, opts *serveOptions, log *slog.Logger, stderr io.Writer) error {
	var ix index.Index
	if !opts.conf.Index.Elasticsearch.Enabled() { // the embedded index: there or not, no waiting
		var err error
		if ix, err = openIndexReader(ctx, opts.conf.Data); err != nil {
			return fmt.Errorf("serve: open index: %w", err)
		}
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", opts.Addr)
	if err != nil {
		if ix != nil {
			closeIndex(ctx, ix, opts.ShutdownTimeout, log, "serve")
		}
		return fmt.Errorf("serve: listen on %s: %w", opts.Addr, err)
	}
	wm := web.NewMetrics()
	late := newLateHandler(wm)
	h := serveHandler(late, wm)
	sctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	opened := make(chan index.Index, 1)
	if ix != nil {
		late.set(opts.webHandler(ix, log, wm))
		opened <- ix
	} else {
		go opts.openES(sctx, late, wm, log, stop, opened)
	}
	fmt.Fprintf(stderr, "byline: serving http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	err = serveHTTP(sctx, ln, h, opts.ShutdownTimeout, log)
	stop(nil)
	if ix := <-opened; ix != nil {
		closeIndex(ctx, ix, opts.ShutdownTimeout, log, "serve")
	}
	if cause := context.Cause(sctx); ctx.Err() == nil && cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}

// openES opens Elasticsearch for serve, waiting while it does not answer
// (index.OpenWaiting), and hands the search site (counted in wm) to h. An
// error waiting cannot mend stops the server (stop) with it. The index, or
// nil, goes to opened.
func (opts *serveOptions) openES(ctx context.Context, h *lateHandler, wm *web.Metrics, log *slog.Logger, stop context.CancelCauseFunc, opened chan<- index.Index) {
	h.reason.Store("connecting to Elasticsearch")
	ix, err := index.OpenWaiting(ctx, func(ctx context.Context) (index.Index, error) {
		return openReaderFor(ctx, *opts.conf, log)
	}, func(err error, attempt int, wait time.Duration) {
		h.reason.Store(err.Error())
		log.Warn("serve: index unavailable; waiting to open it (serving 503 meanwhile)", "err", err, "attempt", attempt, "retry_in", wait.Round(time.Millisecond))
	})
	switch {
	case err == nil:
		h.set(opts.webHandler(ix, log, wm))
		log.Info("serve: index open")
	case ctx.Err() == nil:
		stop(fmt.Errorf("serve: open index: %w", err))
	}
	opened <- ix
}

// webHandler is the search site over ix, counted in wm.
func (opts *serveOptions) webHandler(ix index.Index, log *slog.Logger, wm *web.Metrics) http.Handler {
	return web.New(ix,
		web.WithLogger(log),
		web.WithRequestTimeout(opts.RequestTimeout),
		web.WithRemoteImages(opts.RemoteImages),
		web.WithTitle(opts.Title),
		web.WithMaxSearches(opts.MaxSearches),
		web.WithMetrics(wm),
	)
}

// lateHandler serves the search site once the index is open; until then
// /healthz answers ok (the process is alive) and everything else 503 with
// Retry-After, /readyz naming the reason. Those answers are counted in the
// site's metrics as the site counts its own (web.Metrics.Unopened).
type lateHandler struct {
	h        atomic.Pointer[http.Handler]
	reason   atomic.Value // string: the last failure to open the index
	unopened http.Handler // unavailable, counted
}

// newLateHandler returns a lateHandler whose answers before set are
// counted in wm (may be nil).
func newLateHandler(wm *web.Metrics) *lateHandler {
	l := &lateHandler{}
	l.unopened = wm.Unopened(http.HandlerFunc(l.unavailable))
	return l
}

func (l *lateHandler) set(h http.Handler) { l.h.Store(&h) }

func (l *lateHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h := l.h.Load(); h != nil {
		(*h).ServeHTTP(w, r)
		return
	}
	l.unopened.ServeHTTP(w, r)
}

// unavailable is the answer while the index is not open.
func (l *lateHandler) unavailable(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Type", "application/json; charset=utf-8")
	// As the site's own answers: JSON no browser sniffs into a page.
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	status, body := http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "the search index is not available yet; try again shortly"}
	switch r.URL.Path {
	case "/healthz":
		status, body = http.StatusOK, map[string]string{"status": "ok"}
	case "/readyz":
		body["error"], _ = l.reason.Load().(string)
	default:
		h.Set("Retry-After", "5")
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// serveHandler is the search site (site: a lateHandler until the index
// opens) with /metrics beside it, on the same listener as byline run
// serves them: request counts by route and status class, latency, 503s by
// reason (wm, see web.Metrics), and the Go and process collectors.
func serveHandler(site http.Handler, wm *web.Metrics) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	reg.MustRegister(wm.Collectors()...)
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.Handle("/", site)
	return mux
}

// serveHTTP serves h on ln until ctx is done, then stops accepting
// connections and waits up to shutdownTimeout for requests in flight. It
// returns nil after a clean shutdown.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, shutdownTimeout time.Duration, log *slog.Logger) error {
	srv := pipeline.NewHTTPServer(ctx, h, log)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serve: listening", "addr", ln.Addr().String())

	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	log.Info("serve: shutting down", "timeout", shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("serve: shutdown after %s: %w", shutdownTimeout, err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	}
	log.Info("serve: stopped")
	return nil
}

package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// runServer is the HTTP server of a Run. It serves from the start, before
// NATS answers, and its handler is replaced once the pipeline is open.
type runServer struct {
	h      atomic.Pointer[http.Handler]
	cancel context.CancelFunc // stops serving
	done   chan error
	mu     sync.Mutex
	fail   []func() // called when the server dies
	dead   bool     // it died: the fail funcs ran
}

// set makes h the handler of the requests that come next.
func (s *runServer) set(h http.Handler) { s.h.Store(&h) }

// onFail adds f to what a server that dies calls; if it died already, f
// runs at once.
func (s *runServer) onFail(f func()) {
	s.mu.Lock()
	dead := s.dead
	if !dead {
		s.fail = append(s.fail, f)
	}
	s.mu.Unlock()
	if dead {
		f()
	}
}

// stop shuts the server down within what is left of the shutdown
// budget's drain and returns its error.
func (s *runServer) stop() error {
	s.cancel()
	return <-s.done
}

// startHTTP serves on ln (if not nil) until stop is called; a server that
// dies calls fail and the onFail funcs.
func (p *Pipeline) startHTTP(ctx context.Context, ln net.Listener, sd *shutdown, fail func()) *runServer {
	s := &runServer{done: make(chan error, 1), fail: []func(){fail}}
	s.set(http.NotFoundHandler())
	hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	if ln == nil {
		s.done <- nil
		return s
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { (*s.h.Load()).ServeHTTP(w, r) })
	go func() {
		err := serveHTTP(hctx, ln, h, sd, p.log)
		if err != nil {
			s.mu.Lock()
			fs := s.fail
			s.fail, s.dead = nil, true
			s.mu.Unlock()
			for _, f := range fs {
				f()
			}
		}
		s.done <- err
	}()
	return s
}

// handler serves the search UI/API at / (if search is set) plus /metrics,
// /healthz and /readyz (see OpsHandler and readyChecks). While the index
// is not open yet (the index stage waits for the backend), / answers 503,
// through unopened when set (Options.SearchUnopened: it counts them).
func handler(search bool, reg *prometheus.Registry, checks []ReadyCheck, ix *indexSlot, unopened func(http.Handler) http.Handler) http.Handler {
	mux := OpsHandler(reg, checks...)
	if search && ix != nil {
		var notYet http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "5")
			http.Error(w, "the search index is not available yet; try again shortly", http.StatusServiceUnavailable)
		})
		if unopened != nil {
			notYet = unopened(notYet)
		}
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			x, h, _ := ix.state()
			switch {
			case x == nil:
				notYet.ServeHTTP(w, r)
			case h == nil:
				http.NotFound(w, r)
			default:
				h.ServeHTTP(w, r)
			}
		})
	}
	return mux
}

// readyChecks are the conditions of a Pipeline's /readyz: NATS connected
// and JetStream answering, the embedded server (if any) ready, and the
// index (if ix is not nil) answering a count.
func readyChecks(b *conn, ix *indexSlot) []ReadyCheck {
	checks := []ReadyCheck{NATSReady(b.nc, b.js)}
	if b.srv != nil {
		checks = append(checks, ReadyCheck{Name: "embedded nats", Check: func(context.Context) error {
			if !b.srv.Ready() {
				return errors.New("not ready")
			}
			return nil
		}})
	}
	if ix != nil {
		checks = append(checks, ReadyCheck{Name: "index", Check: func(ctx context.Context) error {
			x, _, err := ix.state()
			if x == nil {
				return fmt.Errorf("not open: %w", err)
			}
			_, err = x.Count(ctx)
			return err
		}})
	}
	return checks
}

// NewHTTPServer is the http.Server every Byline listener uses: h with
// timeouts that bound a slow or idle client (headers 10 s, request 30 s,
// response 60 s unless the handler extends it, as the search site does for
// CSV exports and long request timeouts; idle 2 min, 64 KiB of headers),
// errors logged at WARN,
// and requests under ctx's values but not its cancellation (a stop
// drains them through Shutdown).
func NewHTTPServer(ctx context.Context, h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
}

// serveHTTP serves h on ln until ctx is done, then shuts down gracefully
// until sd's drain mark.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, sd *shutdown, log *slog.Logger) error {
	srv := NewHTTPServer(ctx, h, log)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sd.begin()
	sctx, cancel := sd.drainContext()
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("serve: shutdown within the %s budget: %w", sd.timeout, err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	}
	return nil
}

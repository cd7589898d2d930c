// Package bus runs an embedded NATS server with JetStream for a one-process
// Byline, and dials external NATS clusters with credentials, nkeys or TLS.
//
// The embedded server keeps JetStream on disk under its store directory. By
// default it does not listen on any port and clients connect in-process
// (nats.InProcessServer); set Listen to also accept TCP clients, e.g. a
// `byline tail` from another shell.
package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/byline/byline/internal/secret"
)

// ServerConfig configures the embedded server.
type ServerConfig struct {
	// StoreDir holds JetStream's files (streams survive restarts). Required.
	StoreDir string
	// Listen is host:port to accept TCP clients on; "" = in-process only.
	// Port 0 or -1 picks a free port (see Server.ClientURL).
	Listen string
	// ServerName names the server in logs; default "byline".
	ServerName string
	// MaxPayload is the largest message in bytes; default 0 = server default
	// (1 MiB). Larger page bodies go to the object store.
	MaxPayload int32
	// Memory is for tests and examples: StoreDir may be empty, a temporary
	// directory is used and removed on Shutdown. Create streams with memory
	// storage (pipeline.Config.Storage "memory") to keep them off disk.
	Memory bool
	// Logger receives the server's log lines at debug level; nil = silent.
	Logger *slog.Logger
}

// Server is a running embedded NATS server.
type Server struct {
	ns      *server.Server
	cfg     ServerConfig
	tempDir string // removed on Shutdown
}

// ErrNotReady means the embedded server did not become ready in time.
var ErrNotReady = errors.New("bus: embedded NATS server not ready")

// Start starts the embedded server and waits until it accepts connections
// or ctx is done.
func Start(ctx context.Context, cfg ServerConfig) (*Server, error) {
	var tempDir string
	if cfg.StoreDir == "" {
		if !cfg.Memory {
			return nil, errors.New("bus: ServerConfig.StoreDir is required")
		}
		d, err := os.MkdirTemp("", "byline-nats-")
		if err != nil {
			return nil, fmt.Errorf("bus: temp store: %w", err)
		}
		tempDir, cfg.StoreDir = d, d
	}
	opts := &server.Options{
		ServerName: cfg.ServerName,
		JetStream:  true,
		StoreDir:   cfg.StoreDir,
		NoSigs:     true,
		NoLog:      cfg.Logger == nil,
		MaxPayload: cfg.MaxPayload,
	}
	if opts.ServerName == "" {
		opts.ServerName = "byline"
	}
	if cfg.Listen == "" {
		opts.DontListen = true
	} else {
		host, port, err := net.SplitHostPort(cfg.Listen)
		if err != nil {
			return nil, fmt.Errorf("bus: listen address %q: %w", cfg.Listen, err)
		}
		p, err := strconv.Atoi(port)
		if err != nil {
			return nil, fmt.Errorf("bus: listen port %q: %w", port, err)
		}
		if p == 0 {
			p = server.RANDOM_PORT
		}
		opts.Host, opts.Port = host, p
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		_ = removeTemp(tempDir)
		return nil, fmt.Errorf("bus: new embedded server in %s: %w", cfg.StoreDir, err)
	}
	if cfg.Logger != nil {
		ns.SetLoggerV2(&slogAdapter{cfg.Logger}, false, false, false)
	}
	go ns.Start()
	deadline := 30 * time.Second
	if d, ok := ctx.Deadline(); ok {
		deadline = time.Until(d)
	}
	if !ns.ReadyForConnections(deadline) {
		ns.Shutdown()
		_ = removeTemp(tempDir)
		return nil, fmt.Errorf("%w after %v (store %s)", ErrNotReady, deadline, cfg.StoreDir)
	}
	return &Server{ns: ns, cfg: cfg, tempDir: tempDir}, nil
}

// Connect returns a client connection to the embedded server, in-process
// (no TCP), with the given extra options.
func (s *Server) Connect(opts ...nats.Option) (*nats.Conn, error) {
	opts = append([]nats.Option{nats.InProcessServer(s.ns), nats.Name("byline")}, opts...)
	nc, err := nats.Connect("", opts...)
	if err != nil {
		return nil, fmt.Errorf("bus: connect in-process: %w", err)
	}
	return nc, nil
}

// ClientURL is the TCP URL of the server, or "" if it does not listen.
func (s *Server) ClientURL() string {
	if s.cfg.Listen == "" {
		return ""
	}
	return s.ns.ClientURL()
}

// Shutdown stops the server and waits until it is down. JetStream data is
// flushed to StoreDir. A second Shutdown is a no-op.
func (s *Server) Shutdown() {
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
	_ = removeTemp(s.tempDir)
}

// ShutdownContext is Shutdown bounded by ctx: it returns an error if the
// server is not down when ctx ends (the shutdown goes on meanwhile; a
// process that exits then leaves JetStream to recover its store on the
// next start).
func (s *Server) ShutdownContext(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Shutdown()
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("bus: embedded server shutdown (store %s): %w", s.cfg.StoreDir, ctx.Err())
	}
}

func removeTemp(dir string) error {
	if dir == "" {
		return nil
	}
	return os.RemoveAll(dir)
}

// Ready reports whether the server accepts connections with JetStream on.
func (s *Server) Ready() bool {
	return s.ns.Running() && s.ns.JetStreamEnabled()
}

// DialConfig configures a connection to an external NATS cluster.
type DialConfig struct {
	// URL is one or more comma-separated server URLs (nats://, tls://).
	URL string
	// Creds is a .creds file (JWT plus nkey seed) for decentralised auth.
	Creds string
	// NKey is an nkey seed file for nkey auth.
	NKey string
	// TLSCA, TLSCert, TLSKey configure TLS: a CA to verify the server, and
	// a client certificate and key for mutual TLS.
	TLSCA, TLSCert, TLSKey string
	// Name identifies the client to the server (e.g. "byline-worker-extract").
	Name string
	// Logger logs disconnects and reconnects; nil = silent.
	Logger *slog.Logger
}

// Dial connects to an external NATS cluster. The connection reconnects
// forever (MaxReconnects -1), buffering publishes while away, so workers and
// publishers survive server restarts.
func Dial(cfg DialConfig) (*nats.Conn, error) {
	if cfg.URL == "" {
		return nil, errors.New("bus: Dial: empty URL")
	}
	opts := []nats.Option{
		nats.Name(cfg.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250 * time.Millisecond),
		nats.ReconnectJitter(100*time.Millisecond, time.Second),
		nats.RetryOnFailedConnect(false),
	}
	if cfg.Creds != "" {
		opts = append(opts, nats.UserCredentials(cfg.Creds))
	}
	if cfg.NKey != "" {
		o, err := nats.NkeyOptionFromSeed(cfg.NKey)
		if err != nil {
			return nil, fmt.Errorf("bus: nkey seed %s: %w", cfg.NKey, err)
		}
		opts = append(opts, o)
	}
	if cfg.TLSCA != "" {
		opts = append(opts, nats.RootCAs(cfg.TLSCA))
	}
	if cfg.TLSCert != "" || cfg.TLSKey != "" {
		if cfg.TLSCert == "" || cfg.TLSKey == "" {
			return nil, errors.New("bus: TLS client certificate and key must be given together")
		}
		opts = append(opts, nats.ClientCert(cfg.TLSCert, cfg.TLSKey))
	}
	if l := cfg.Logger; l != nil {
		opts = append(opts,
			nats.DisconnectErrHandler(func(nc *nats.Conn, err error) {
				// nats.go reports our own Close as a disconnect without
				// an error: that is no warning ("nats disconnected
				// err=<nil>" ended every clean tail and status).
				if err == nil && nc.IsClosed() {
					l.Debug("nats connection closed")
					return
				}
				l.Warn("nats disconnected", "err", err)
			}),
			nats.ReconnectHandler(func(nc *nats.Conn) { l.Info("nats reconnected", "url", nc.ConnectedUrlRedacted()) }),
		)
	}
	nc, err := nats.Connect(cfg.URL, opts...)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			// url.Parse quotes the URL whole, password and all; the
			// *url.Error is nats.go's fresh value, ours to change.
			ue.URL = Redact(ue.URL)
		}
		return nil, fmt.Errorf("bus: connect %s: %w", Redact(cfg.URL), err)
	}
	return nc, nil
}

// Redact hides the credentials (user:password@ or a token@) of every URL
// in a comma-separated list, for error messages. Everything before a URL's
// last @ is hidden, so a password holding / or @ is too.
func Redact(u string) string {
	parts := strings.Split(u, ",")
	for i, p := range parts {
		parts[i], _ = secret.MaskUserinfo(p, "***")
	}
	return strings.Join(parts, ",")
}

// slogAdapter routes server logs to slog.
type slogAdapter struct{ l *slog.Logger }

func (a *slogAdapter) Noticef(format string, v ...any) {
	a.l.Debug("nats: " + fmt.Sprintf(format, v...))
}
func (a *slogAdapter) Warnf(format string, v ...any) { a.l.Warn("nats: " + fmt.Sprintf(format, v...)) }
func (a *slogAdapter) Fatalf(format string, v ...any) {
	a.l.Error("nats: " + fmt.Sprintf(format, v...))
}
func (a *slogAdapter) Errorf(format string, v ...any) {
	a.l.Error("nats: " + fmt.Sprintf(format, v...))
}
func (a *slogAdapter) Debugf(format string, v ...any) {
	a.l.Debug("nats: " + fmt.Sprintf(format, v...))
}
func (a *slogAdapter) Tracef(format string, v ...any) {}

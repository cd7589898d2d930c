package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/pflag"

	"github.com/byline/byline/config"
	"github.com/byline/byline/pipeline/bus"
)

// ---- NATS connection flags, shared by run, worker and tail ----

// natsFlags select an external NATS cluster and its credentials. An empty
// URL means the embedded server (run) or nats.DefaultURL (worker, tail).
type natsFlags struct {
	URL     string
	Creds   string
	NKey    string
	TLSCA   string
	TLSCert string
	TLSKey  string
}

func (n *natsFlags) addFlags(f *pflag.FlagSet, urlHelp string) {
	f.StringVar(&n.URL, "nats", "", urlHelp)
	f.StringVar(&n.Creds, "nats-creds", "", "NATS credentials file (JWT + nkey seed)")
	f.StringVar(&n.NKey, "nats-nkey", "", "NATS nkey seed file")
	f.StringVar(&n.TLSCA, "nats-tls-ca", "", "CA certificate to verify the NATS server")
	f.StringVar(&n.TLSCert, "nats-tls-cert", "", "client certificate for NATS mutual TLS")
	f.StringVar(&n.TLSKey, "nats-tls-key", "", "client key for NATS mutual TLS")
}

func (n natsFlags) dialConfig(name string, log *slog.Logger) bus.DialConfig {
	return bus.DialConfig{URL: n.URL, Creds: n.Creds, NKey: n.NKey, TLSCA: n.TLSCA, TLSCert: n.TLSCert,
		TLSKey: n.TLSKey, Name: name, Logger: log}
}

// busConn is a NATS connection, and the embedded server behind it if any.
type busConn struct {
	srv *bus.Server
	nc  *nats.Conn
	js  jetstream.JetStream
}

// openBus connects to n.URL, or, when it is empty and embedded is set,
// starts the embedded server with JetStream in dataDir/nats (listening on
// listen if not ""). Without embedded an empty URL means nats.DefaultURL.
func openBus(ctx context.Context, n natsFlags, name, dataDir, listen string, embedded bool, log *slog.Logger) (*busConn, error) {
	b := &busConn{}
	var err error
	switch {
	case n.URL == "" && embedded:
		dir := filepath.Join(dataDir, "nats")
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("nats store: %w", err)
		}
		b.srv, err = bus.Start(ctx, bus.ServerConfig{StoreDir: dir, Listen: listen, Logger: log.With("component", "nats")})
		if err != nil {
			return nil, err
		}
		if b.nc, err = b.srv.Connect(nats.Name(name)); err != nil {
			b.srv.Shutdown()
			return nil, err
		}
		if u := b.srv.ClientURL(); u != "" {
			log.Info("embedded NATS listening", "url", u)
		}
	default:
		if n.URL == "" {
			n.URL = nats.DefaultURL
		}
		if b.nc, err = bus.Dial(n.dialConfig(name, log)); err != nil {
			return nil, err
		}
	}
	if b.js, err = jetstream.New(b.nc); err != nil {
		b.close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	return b, nil
}

// close flushes pending acks, closes the connection and stops the embedded
// server (which syncs JetStream to disk).
func (b *busConn) close() {
	if b.nc != nil {
		_ = b.nc.FlushTimeout(5 * time.Second)
		b.nc.Close()
	}
	if b.srv != nil {
		b.srv.Shutdown()
	}
}

// toConfig copies the NATS flags that were given into c.
func (n natsFlags) toConfig(c *config.NATS, changed func(string) bool) {
	set := func(flag string, dst *string, v string) {
		if changed(flag) {
			*dst = v
		}
	}
	set("nats", &c.URL, n.URL)
	set("nats-creds", &c.Creds, n.Creds)
	set("nats-nkey", &c.NKey, n.NKey)
	set("nats-tls-ca", &c.TLSCA, n.TLSCA)
	set("nats-tls-cert", &c.TLSCert, n.TLSCert)
	set("nats-tls-key", &c.TLSKey, n.TLSKey)
}

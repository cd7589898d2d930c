package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/pflag"

	"github.com/byline/byline/config"
	"github.com/byline/byline/pipeline"
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

	// forever, if set, makes the connection wait for NATS until the
	// context ends (the long-running byline schedule) instead of natsWait.
	forever *waitForever
}

// waitForever is a wait for NATS until the context ends; onFail gets each
// failed attempt.
type waitForever struct{ onFail func(error) }

// wait is how long a connection made with n waits for NATS, and what gets
// each failed attempt.
func (n natsFlags) wait() (time.Duration, func(error)) {
	if n.forever != nil {
		return 0, n.forever.onFail
	}
	return natsWait, nil
}

func (n *natsFlags) addFlags(f *pflag.FlagSet, urlHelp string) {
	f.StringVar(&n.URL, "nats", "", urlHelp)
	f.StringVar(&n.Creds, "nats-creds", "", "NATS credentials file (JWT + nkey seed)")
	f.StringVar(&n.NKey, "nats-nkey", "", "NATS nkey seed file")
	f.StringVar(&n.TLSCA, "nats-tls-ca", "", "CA certificate to verify the NATS server")
	f.StringVar(&n.TLSCert, "nats-tls-cert", "", "client certificate for NATS mutual TLS")
	f.StringVar(&n.TLSKey, "nats-tls-key", "", "client key for NATS mutual TLS")
}

// busConn is a NATS connection to an external server.
type busConn struct {
	nc *nats.Conn
	js jetstream.JetStream
}

// natsWait is how long the commands that end on their own (crawl --nats,
// tail, status) wait for a NATS server that cannot be reached, or whose
// JetStream does not answer, before they exit with exitNATSUnavailable;
// run --once too. A variable for tests.
var natsWait = pipeline.DefaultBusWait

// openBus connects to n.URL (nats.DefaultURL when empty), waiting up to
// limit (0: until ctx ends) while NATS cannot be reached or its JetStream
// does not answer (see pipeline.Connect); onFail, if not nil, gets each
// failed attempt.
func openBus(ctx context.Context, n natsFlags, name string, limit time.Duration, log *slog.Logger, onFail func(error)) (*busConn, error) {
	bc := pipeline.BusConfig{URL: n.URL, Creds: n.Creds, NKey: n.NKey, TLSCA: n.TLSCA, TLSCert: n.TLSCert, TLSKey: n.TLSKey, Name: name}
	nc, js, err := pipeline.Connect(ctx, bc, limit, log, onFail)
	if err != nil {
		return nil, err
	}
	return &busConn{nc: nc, js: js}, nil
}

// close flushes pending acks and closes the connection.
func (b *busConn) close() {
	_ = b.nc.FlushTimeout(5 * time.Second)
	b.nc.Close()
}

// natsOf is the nats section as the flags' struct.
func natsOf(c config.NATS) natsFlags {
	return natsFlags{URL: c.URL, Creds: c.Creds, NKey: c.NKey, TLSCA: c.TLSCA, TLSCert: c.TLSCert, TLSKey: c.TLSKey}
}

// effectiveNATS is the NATS connection of a command that talks to an
// external NATS (crawl, schedule, tail): the nats section of c (the file
// and the BYLINE_NATS_* environment) with the flags that were given over
// it, the order every command reads its settings in. n's wait stays.
func effectiveNATS(c config.NATS, n natsFlags, changed func(string) bool) natsFlags {
	n.toConfig(&c, changed)
	out := natsOf(c)
	out.forever = n.forever
	return out
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

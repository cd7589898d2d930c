package bus

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/internal/syncbuf"
	"github.com/nats-io/nats.go"
)

func TestStartErrors(t *testing.T) {
	tests := []struct {
		name    string
		cfg     ServerConfig
		wantErr string
	}{
		{"no store dir", ServerConfig{}, "StoreDir is required"},
		{"bad listen", ServerConfig{StoreDir: t.TempDir(), Listen: "nohostport"}, "listen address"},
		{"bad port", ServerConfig{StoreDir: t.TempDir(), Listen: "127.0.0.1:http-ish"}, "listen port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Start(context.Background(), tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Start = %v, want error containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestInProcessAndListen: without Listen there is no TCP URL and clients
// connect in-process; with Listen both work, and a second Shutdown is safe.
func TestInProcessAndListen(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, listen := range []string{"", "127.0.0.1:0"} {
		s, err := Start(ctx, ServerConfig{StoreDir: t.TempDir(), Listen: listen})
		if err != nil {
			t.Fatal(err)
		}
		if (s.ClientURL() == "") != (listen == "") {
			t.Errorf("listen %q: ClientURL %q", listen, s.ClientURL())
		}
		nc, err := s.Connect()
		if err != nil {
			t.Fatal(err)
		}
		if !nc.IsConnected() || !s.Ready() {
			t.Errorf("listen %q: not connected/ready", listen)
		}
		if listen != "" {
			tc, err := Dial(DialConfig{URL: s.ClientURL(), Name: "test"})
			if err != nil {
				t.Fatal(err)
			}
			if err := tc.Publish("x", nil); err != nil {
				t.Error(err)
			}
			tc.Close()
		}
		nc.Close()
		s.Shutdown()
		s.Shutdown()
	}
}

func TestDialErrors(t *testing.T) {
	if _, err := Dial(DialConfig{}); err == nil {
		t.Error("Dial with no URL succeeded")
	}
	if _, err := Dial(DialConfig{URL: nats.DefaultURL, TLSCert: "c.pem"}); err == nil || !strings.Contains(err.Error(), "together") {
		t.Errorf("Dial with a cert and no key = %v", err)
	}
	// Nothing listens on port 1: the error names the URLs, masked.
	_, err := Dial(DialConfig{URL: "nats://127.0.0.1:1,nats://u:secret@127.0.0.1:1"})
	if err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("Dial to a cluster list with credentials = %v, want an error without the password", err)
	}
	// A URL nats.go cannot parse: its *url.Error quotes the URL whole.
	for _, u := range []string{"nats://u:secret%zz@127.0.0.1:4222", "nats://a:4222,nats://u:secret@host name:4222"} {
		_, err := Dial(DialConfig{URL: u})
		if err == nil || strings.Contains(err.Error(), "secret") {
			t.Errorf("Dial(%q) = %v, want an error without the password", u, err)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nats://user:secret@host:4222", "nats://***@host:4222"},
		{"nats://host:4222", "nats://host:4222"},
		{"tls://a:4222,tls://b:4222", "tls://a:4222,tls://b:4222"},
		// Every URL of a cluster list, not only the first.
		{"nats://a:4222,nats://user:secret@b:4222", "nats://a:4222,nats://***@b:4222"},
		{"nats://u:secret@a:4222,nats://u:secret@b:4222", "nats://***@a:4222,nats://***@b:4222"},
		{"nats://token@a:4222", "nats://***@a:4222"},
		// A password with a / in it, and a URL without scheme (nats.go
		// adds nats://).
		{"nats://u:se/cret@a:4222", "nats://***@a:4222"},
		{"u:secret@a:4222", "***@a:4222"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCloseIsNoWarning: closing a connection on purpose logs no WARN
// "nats disconnected" (it ended every clean byline tail and status); losing
// the server does.
func TestCloseIsNoWarning(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, tt := range []struct {
		name     string
		shutdown bool // stop the server first instead of closing the client
		warn     bool
	}{
		{"client closes", false, false},
		{"server goes away", true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Start(ctx, ServerConfig{StoreDir: t.TempDir(), Listen: "127.0.0.1:0"})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Shutdown()
			var logs syncbuf.Buffer
			nc, err := Dial(DialConfig{URL: s.ClientURL(), Name: "test", Logger: slog.New(slog.NewTextHandler(&logs, nil))})
			if err != nil {
				t.Fatal(err)
			}
			disconnected := make(chan struct{}, 1)
			h := nc.DisconnectErrHandler()
			nc.SetDisconnectErrHandler(func(c *nats.Conn, err error) {
				h(c, err)
				disconnected <- struct{}{}
			})
			if tt.shutdown {
				s.Shutdown()
			} else {
				nc.Close()
			}
			select {
			case <-disconnected:
			case <-ctx.Done():
				t.Fatal("no disconnect callback")
			}
			nc.Close()
			if got := strings.Contains(logs.String(), "level=WARN"); got != tt.warn {
				t.Errorf("WARN logged = %v, want %v; logs:\n%s", got, tt.warn, logs.String())
			}
		})
	}
}

package pipeline

import (
	"context"
	"errors"
	"regexp"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// TestHostKey: host keys are valid KV keys of one token, stable, and
// never shared by two hosts.
func TestHostKey(t *testing.T) {
	valid := regexp.MustCompile(`^[-_=a-zA-Z0-9]+$`)
	seen := map[string]string{}
	for _, tc := range []struct{ host, want string }{
		{"news.example.com", "news_example_com"},
		{"News.Example.COM:8080", "news_example_com=3A8080"},
		{"127.0.0.1:80", "127_0_0_1=3A80"},
		{"[::1]:8080", "=5B=3A=3A1=5D=3A8080"},
		{"a_b.example", "a=5Fb_example"},
		{"a.b_example", "a_b=5Fexample"},
		{"example.com.", "example_com_"},
		{"xn--bcher-kva.example", "xn--bcher-kva_example"},
	} {
		got, err := hostKey(tc.host)
		if err != nil || got != tc.want {
			t.Errorf("hostKey(%q) = %q, %v; want %q", tc.host, got, err, tc.want)
		}
		if !valid.MatchString(got) {
			t.Errorf("hostKey(%q) = %q: not a single-token KV key", tc.host, got)
		}
		if other, ok := seen[got]; ok {
			t.Errorf("%q and %q share the key %q", other, tc.host, got)
		}
		seen[got] = tc.host
	}
	if _, err := hostKey(""); err == nil {
		t.Error("hostKey(\"\") made a key")
	}
}

// stuckJS is a JetStream whose KeyValue does not answer until its caller
// gives up, as a cluster without a meta leader; entered is signalled on
// each call.
type stuckJS struct {
	jetstream.JetStream
	entered chan struct{}
}

func (s *stuckJS) KeyValue(ctx context.Context, _ string) (jetstream.KeyValue, error) {
	s.entered <- struct{}{}
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestHostGateBucketLookupHoldsNoLock: while one call waits for the bucket
// from a server that does not answer, another call with a context that
// ends returns; it waited for the first call's network round trip before,
// so each crawler slot queued behind the others' timeouts and a shutdown
// waited for them all.
func TestHostGateBucketLookupHoldsNoLock(t *testing.T) {
	js := &stuckJS{entered: make(chan struct{}, 2)}
	g := NewHostGate(Config{})
	g.Bind(js)
	first, stopFirst := context.WithCancel(context.Background())
	defer stopFirst()
	firstDone := make(chan error, 1)
	go func() { _, err := g.Reserve(first, "a.example", time.Second); firstDone <- err }()
	<-js.entered // the first call is in the network call
	second, stopSecond := context.WithCancel(context.Background())
	stopSecond()
	done := make(chan error, 1)
	go func() { _, err := g.Reserve(second, "b.example", time.Second); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("second Reserve = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a Reserve whose context ended waits for another's bucket lookup")
	}
	stopFirst()
	<-firstDone
}

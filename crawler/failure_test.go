package crawler

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"
)

// roundTripFunc is an http.RoundTripper made of a func.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestClassifyConnectFailures(t *testing.T) {
	wrap := func(err error) error {
		return &url.Error{Op: "Get", URL: "https://x.example/", Err: &net.OpError{Op: "dial", Net: "tcp", Err: err}}
	}
	tests := []struct {
		name      string
		err       error
		kind      ErrorKind
		transient bool
	}{
		{"no such host", wrap(&net.DNSError{Err: "no such host", Name: "x.example", IsNotFound: true}), KindDNS, false},
		{"dns server failure", wrap(&net.DNSError{Err: "server misbehaving", Name: "x.example", IsTemporary: true}), KindDNS, true},
		{"dns timeout", wrap(&net.DNSError{Err: "i/o timeout", Name: "x.example", IsTimeout: true}), KindTimeout, true},
		{"refused", wrap(&net.OpError{Op: "connect", Err: syscall.ECONNREFUSED}), KindRefused, true},
		{"unknown authority", &url.Error{Op: "Get", URL: "https://x.example/", Err: &tls.CertificateVerificationError{Err: errors.New("x509: certificate signed by unknown authority")}}, KindTLS, false},
		{"tls alert", &url.Error{Op: "Get", URL: "https://x.example/", Err: tls.AlertError(40)}, KindTLS, false},
		{"reset", wrap(syscall.ECONNRESET), KindNetwork, true},
		{"deadline", fmt.Errorf("fetch: %w", errTimeoutForTest{}), KindTimeout, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, transient := classify(tt.err)
			if kind != tt.kind || transient != tt.transient {
				t.Errorf("classify(%v) = %s, %v; want %s, %v", tt.err, kind, transient, tt.kind, tt.transient)
			}
		})
	}
}

type errTimeoutForTest struct{}

func (errTimeoutForTest) Error() string   { return "i/o timeout" }
func (errTimeoutForTest) Timeout() bool   { return true }
func (errTimeoutForTest) Temporary() bool { return true }

// TestUnreachableHostsNamed: a crawl of a host that cannot be reached says
// why (refused, TLS, DNS, timeout) and counts its URLs as errors of that
// kind, not as disallowed by robots.txt.
func TestUnreachableHostsNamed(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	refusedURL := closed.URL + "/"
	closed.Close()

	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(articleHTML("Behind a self-signed certificate")))
	}))
	defer tlsSrv.Close()

	dnsFails := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: r.URL.Hostname(), IsNotFound: true}}
	})
	times := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		<-r.Context().Done()
		return nil, r.Context().Err()
	})

	// The request timeout is short only where the timeout is the case
	// (its transport never answers, so the subtest takes that long). The
	// others keep testConfig's: with 300 ms for all, a TLS handshake with
	// the test server under -race on a loaded machine outlasted it and
	// the host was called timed out instead of TLS.
	tests := []struct {
		name    string
		seed    string
		opts    []Option
		timeout time.Duration // 0: testConfig's
		kind    ErrorKind
		cause   string
	}{
		{"refused", refusedURL, nil, 0, KindRefused, "connection refused"},
		{"tls", tlsSrv.URL + "/", nil, 0, KindTLS, "certificate"},
		{"dns", "http://news.invalid/", []Option{WithHTTPTransport(dnsFails)}, 0, KindDNS, "no such host"},
		{"timeout", "http://slow.example/", []Option{WithHTTPTransport(times)}, 300 * time.Millisecond, KindTimeout, "deadline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t, "unreachable-"+tt.name, tt.seed)
			cfg.Retries = 0
			if tt.timeout > 0 {
				cfg.Timeout = tt.timeout
			}
			sum := runJob(t, cfg, &MemorySink{}, tt.opts...)
			if sum.Errors[tt.kind] != 1 || sum.RobotsSkipped != 0 || sum.ErrorsTotal() != 1 {
				t.Errorf("errors %v, robots-skipped %d; want %s=1 and nothing robots-skipped", sum.Errors, sum.RobotsSkipped, tt.kind)
			}
			host := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSuffix(tt.seed, "/"), "http://"), "https://")
			if why := sum.Unreachable[host]; !strings.HasPrefix(why, string(tt.kind)+": ") || !strings.Contains(why, tt.cause) {
				t.Errorf("Unreachable[%s] = %q, want %s and %q", host, why, tt.kind, tt.cause)
			}
			out := sum.String()
			if !strings.Contains(out, "errors: "+string(tt.kind)+"=1") || !strings.Contains(out, "unreachable: "+host+" ("+string(tt.kind)+": ") {
				t.Errorf("summary does not say why:\n%s", out)
			}
			if f := sum.Failure(); !strings.Contains(f, host+" unreachable") || strings.Contains(f, "fetched") {
				t.Errorf("Failure() = %q", f)
			}
		})
	}
}

func TestJobNameFor(t *testing.T) {
	tests := []struct {
		urls []string
		want string
	}{
		{[]string{"https://www.Harbor-Times.example/news/"}, "harbor-times.example"},
		{[]string{"http://127.0.0.1:8080/"}, "127.0.0.1-8080"},
		{[]string{"not a url", "https://[::1]:9000/x"}, "1-9000"},
		{[]string{"/relative", ""}, "default"},
		{[]string{"https://" + strings.Repeat("a", 80) + ".example/"}, strings.Repeat("a", 64)},
		{[]string{"https://bücher.example/"}, "b-cher.example"},
	}
	for _, tt := range tests {
		got := JobNameFor(tt.urls...)
		if got != tt.want {
			t.Errorf("JobNameFor(%q) = %q, want %q", tt.urls, got, tt.want)
		}
		if err := (Config{Name: got}).Validate(); err != nil && strings.Contains(err.Error(), "name must be") {
			t.Errorf("JobNameFor(%q) = %q, not a valid job name", tt.urls, got)
		}
	}
}

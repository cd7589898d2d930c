package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bleveindex "github.com/byline/byline/index/bleve"
	"github.com/byline/byline/web"
)

func TestServeFlags(t *testing.T) {
	cfgFile := filepath.Join(t.TempDir(), "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte("data: /srv/file\nserver:\n  addr: \"-\"\n  shutdown_timeout: 7s\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		want     serveOptions
		wantData string // the embedded index's data directory, or "" for Elasticsearch
		wantErr  string
	}{
		{
			name:     "defaults",
			want:     serveOptions{Addr: defaultServeAddr, ShutdownTimeout: defaultShutdownTimeout, RequestTimeout: 15 * time.Second, Title: "Byline", MaxSearches: web.DefaultMaxSearches()},
			wantData: defaultDataDir,
		},
		{
			name:     "all flags",
			args:     []string{"--addr", "0.0.0.0:9000", "--data", "/srv/byline", "--shutdown-timeout", "3s", "--request-timeout", "2s", "--remote-images", "--title", "Desk"},
			want:     serveOptions{Addr: "0.0.0.0:9000", DataDir: "/srv/byline", ShutdownTimeout: 3 * time.Second, RequestTimeout: 2 * time.Second, RemoteImages: true, Title: "Desk", MaxSearches: web.DefaultMaxSearches()},
			wantData: "/srv/byline",
		},
		{
			name: "elasticsearch",
			args: []string{"--es", "http://127.0.0.1:9200"},
			want: serveOptions{Addr: defaultServeAddr, ESURL: "http://127.0.0.1:9200", ShutdownTimeout: defaultShutdownTimeout, RequestTimeout: 15 * time.Second, Title: "Byline", MaxSearches: web.DefaultMaxSearches()},
		},
		{
			// The environment as every command reads it (README,
			// Configuration); before, serve read its flags alone.
			name:     "environment",
			env:      map[string]string{"BYLINE_SERVER_ADDR": "0.0.0.0:9001", "BYLINE_SERVER_SHUTDOWN_TIMEOUT": "4s", "BYLINE_DATA": "/srv/env"},
			want:     serveOptions{Addr: "0.0.0.0:9001", ShutdownTimeout: 4 * time.Second, RequestTimeout: 15 * time.Second, Title: "Byline", MaxSearches: web.DefaultMaxSearches()},
			wantData: "/srv/env",
		},
		{
			name:     "flags over the environment",
			args:     []string{"--addr", "127.0.0.1:9002", "--data", "/srv/flag"},
			env:      map[string]string{"BYLINE_SERVER_ADDR": "0.0.0.0:9001", "BYLINE_DATA": "/srv/env", "BYLINE_INDEX_ELASTICSEARCH_URL": "http://127.0.0.1:9200"},
			want:     serveOptions{Addr: "127.0.0.1:9002", DataDir: "/srv/flag", ShutdownTimeout: defaultShutdownTimeout, RequestTimeout: 15 * time.Second, Title: "Byline", MaxSearches: web.DefaultMaxSearches()},
			wantData: "/srv/flag",
		},
		{
			// byline run's "-" (no server) leaves serve on its default.
			name:     "file",
			args:     []string{"--config", cfgFile},
			want:     serveOptions{Config: cfgFile, Addr: defaultServeAddr, ShutdownTimeout: 7 * time.Second, RequestTimeout: 15 * time.Second, Title: "Byline", MaxSearches: web.DefaultMaxSearches()},
			wantData: "/srv/file",
		},
		{
			name: "elasticsearch from the environment",
			env:  map[string]string{"BYLINE_INDEX_ELASTICSEARCH_URL": "http://127.0.0.1:9200"},
			want: serveOptions{Addr: defaultServeAddr, ShutdownTimeout: defaultShutdownTimeout, RequestTimeout: 15 * time.Second, Title: "Byline", MaxSearches: web.DefaultMaxSearches()},
		},
		{name: "data and es exclude each other", args: []string{"--data", "d", "--es", "http://x"}, wantErr: "none of the others can be"},
		{name: "bad address", args: []string{"--addr", "8080"}, wantErr: "missing port"},
		{name: "bad shutdown timeout", args: []string{"--shutdown-timeout", "0s"}, wantErr: "must be positive"},
		{name: "no arguments", args: []string{"extra"}, wantErr: "unknown command"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var got *serveOptions
			g := &globalOptions{Stdout: io.Discard, Stderr: io.Discard}
			cmd := newServeCmdWith(g, func(_ context.Context, o *serveOptions) error { got = o; return nil })
			cmd.SetArgs(tc.args)
			cmd.SetOut(io.Discard)
			cmd.SetErr(io.Discard)
			err := cmd.ExecuteContext(context.Background())
			if tc.wantErr != "" {
				if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tc.wantErr)) {
					t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			conf := got.conf
			got.conf = nil
			if *got != tc.want {
				t.Errorf("options = %+v\nwant      %+v", *got, tc.want)
			}
			switch {
			case tc.wantData == "" && !conf.Index.Elasticsearch.Enabled():
				t.Errorf("the embedded index in %q, want Elasticsearch", conf.Data)
			case tc.wantData != "" && (conf.Index.Elasticsearch.Enabled() || conf.Data != tc.wantData):
				t.Errorf("index: data %q, elasticsearch %q; want the embedded index in %q", conf.Data, conf.Index.Elasticsearch.URL, tc.wantData)
			}
		})
	}
}

// TestServeHTTPGraceful checks that cancelling the context lets a request
// in flight finish and then returns nil.
func TestServeHTTPGraceful(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		_, _ = io.WriteString(w, "done")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- serveHTTP(ctx, ln, h, 10*time.Second, slog.New(slog.DiscardHandler)) }()

	type result struct {
		body string
		err  error
	}
	resc := make(chan result, 1)
	go func() {
		res, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			resc <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		resc <- result{string(b), err}
	}()
	<-started
	cancel() // as SIGTERM does through main's signal context
	select {
	case err := <-served:
		t.Fatalf("serveHTTP returned %v before the request in flight finished", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if r := <-resc; r.err != nil || r.body != "done" {
		t.Fatalf("request in flight: body %q, err %v", r.body, r.err)
	}
	if err := <-served; err != nil {
		t.Fatalf("serveHTTP = %v, want nil after a clean shutdown", err)
	}
}

// TestServeHTTPShutdownTimeout checks that a request that outlives the
// shutdown timeout makes serveHTTP return an error instead of hanging.
func TestServeHTTPShutdownTimeout(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveHTTP(ctx, ln, h, 20*time.Millisecond, slog.New(slog.DiscardHandler)) }()
	go func() {
		if res, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
			res.Body.Close()
		}
	}()
	<-started
	cancel()
	if err := <-served; !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("serveHTTP = %v, want a deadline error", err)
	}
}

// TestServeMetrics: byline serve answers /metrics on its listener, as
// byline run does, with requests by route template and status class and a
// latency histogram from 1 ms to 30 s; the search deployment had no
// metrics at all.
func TestServeMetrics(t *testing.T) {
	ix, err := bleveindex.Open(filepath.Join(t.TempDir(), "index"), bleveindex.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close(context.Background())
	opts := &serveOptions{RequestTimeout: 5 * time.Second, Title: "Byline", MaxSearches: 4}
	wm := web.NewMetrics()
	srv := httptest.NewServer(serveHandler(opts.webHandler(ix, slog.New(slog.DiscardHandler), wm), wm))
	defer srv.Close()
	for _, target := range []string{"/api/search?q=a", "/api/search?q=b&site=x", "/article/one", "/article/two", "/healthz"} {
		if code, body := httpGet(srv.URL + target); code == 0 {
			t.Fatalf("%s: %s", target, body)
		}
	}
	code, body := httpGet(srv.URL + "/metrics")
	if code != 200 {
		t.Fatalf("/metrics = %d", code)
	}
	for _, tc := range []struct {
		series string
		want   float64
	}{
		{`byline_http_requests_total{route="/api/search",status="2xx"}`, 2},
		{`byline_http_requests_total{route="/article/{id}",status="4xx"}`, 2},
		{`byline_http_requests_total{route="/healthz",status="2xx"}`, 1},
		{`byline_http_request_duration_seconds_count{route="/api/search"}`, 2},
		{`byline_http_request_duration_seconds_bucket{route="/api/search",le="30"}`, 2},
	} {
		if got := metricValue(body, tc.series); got != tc.want {
			t.Errorf("%s = %g, want %g", tc.series, got, tc.want)
		}
	}
	if !strings.Contains(body, `le="0.001"`) {
		t.Errorf("no 1 ms bucket in /metrics")
	}
	if strings.Contains(body, `route="/metrics"`) || strings.Contains(body, "q=a") || strings.Contains(body, "/article/one") {
		t.Errorf("raw paths, queries or /metrics itself in the labels")
	}
}

// TestServeMetricsBeforeIndexOpens: while the index is not open (serve
// --es waiting for Elasticsearch) the 503s the server answers are counted
// like the site's own, by route and as an outage (a probe's only as a
// request), and /healthz as a 2xx;
// once the index is open the site counts its requests, once each.
func TestServeMetricsBeforeIndexOpens(t *testing.T) {
	wm := web.NewMetrics()
	late := newLateHandler(wm)
	srv := httptest.NewServer(serveHandler(late, wm))
	defer srv.Close()
	for _, target := range []string{"/api/search?q=a", "/api/search?q=b", "/article/one", "/readyz", "/healthz", "/no/such/page"} {
		httpGet(srv.URL + target)
	}
	ix, err := bleveindex.Open(filepath.Join(t.TempDir(), "index"), bleveindex.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close(context.Background())
	opts := &serveOptions{RequestTimeout: 5 * time.Second, Title: "Byline", MaxSearches: 4}
	late.set(opts.webHandler(ix, slog.New(slog.DiscardHandler), wm))
	httpGet(srv.URL + "/api/search?q=c")

	_, body := httpGet(srv.URL + "/metrics")
	for _, tc := range []struct {
		series string
		want   float64
	}{
		{`byline_http_requests_total{route="/api/search",status="5xx"}`, 2},
		{`byline_http_requests_total{route="/api/search",status="2xx"}`, 1},
		{`byline_http_unavailable_total{reason="outage",route="/api/search"}`, 2},
		{`byline_http_unavailable_total{reason="outage",route="/article/{id}"}`, 1},
		{`byline_http_unavailable_total{reason="outage",route="/readyz"}`, -1}, // absent: a probe, not a reader
		{`byline_http_requests_total{route="/readyz",status="5xx"}`, 1},
		{`byline_http_unavailable_total{reason="outage",route="/"}`, 1},
		{`byline_http_requests_total{route="/healthz",status="2xx"}`, 1},
		{`byline_http_request_duration_seconds_count{route="/api/search"}`, 3},
	} {
		if got := metricValue(body, tc.series); got != tc.want {
			t.Errorf("%s = %g, want %g", tc.series, got, tc.want)
		}
	}
}

// TestServeBeforeIndexOpensHeaders: the 503s served while the index is
// not open are JSON that a browser must not sniff into a page, with
// Retry-After, like the site's own answers.
func TestServeBeforeIndexOpensHeaders(t *testing.T) {
	h := serveHandler(newLateHandler(nil), web.NewMetrics())
	for _, tc := range []struct {
		target string
		status int
	}{{"/", 503}, {"/api/search?q=%3Cscript%3E", 503}, {"/readyz", 503}, {"/healthz", 200}} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tc.target, nil))
		hd := rec.Result().Header
		if rec.Code != tc.status || !strings.HasPrefix(hd.Get("Content-Type"), "application/json") ||
			hd.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(hd.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("%s: %d, Content-Type %q, X-Content-Type-Options %q, CSP %q", tc.target, rec.Code,
				hd.Get("Content-Type"), hd.Get("X-Content-Type-Options"), hd.Get("Content-Security-Policy"))
		}
		if (tc.status == 503 && tc.target != "/readyz") != (hd.Get("Retry-After") != "") {
			t.Errorf("%s: Retry-After %q", tc.target, hd.Get("Retry-After"))
		}
	}
}

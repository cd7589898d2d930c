package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/demo"
	bleveindex "github.com/byline/byline/index/bleve"
	"github.com/byline/byline/internal/syncbuf"
)

func TestDemoFlags(t *testing.T) {
	def := demoOptions{Addr: "127.0.0.1:8080", SiteAddr: "127.0.0.1:0", ExtractWorkers: 2, ShutdownTimeout: defaultShutdownTimeout, quiet: true}
	tests := []struct {
		name    string
		args    []string
		want    demoOptions
		wantErr string
	}{
		{name: "defaults", want: def},
		{
			name: "all flags",
			args: []string{"--addr", "127.0.0.1:0", "--site-addr", "127.0.0.1:9999", "--data", "d", "--extract-workers", "1", "--exit", "--shutdown-timeout", "1s"},
			want: demoOptions{Addr: "127.0.0.1:0", SiteAddr: "127.0.0.1:9999", Data: "d", ExtractWorkers: 1, Exit: true, ShutdownTimeout: time.Second, quiet: true, addrSet: true},
		},
		{name: "bad address", args: []string{"--addr", "8080"}, wantErr: "missing port"},
		{name: "bad site address", args: []string{"--site-addr", "x"}, wantErr: "--site-addr"},
		{name: "no workers", args: []string{"--extract-workers", "0"}, wantErr: "at least 1"},
		{name: "no arguments", args: []string{"extra"}, wantErr: "unknown command"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *demoOptions
			g := &globalOptions{Stdout: io.Discard, Stderr: io.Discard}
			cmd := newDemoCmdWith(g, func(_ context.Context, o *demoOptions) error { got = o; return nil })
			cmd.SetArgs(tc.args)
			cmd.SetOut(io.Discard)
			cmd.SetErr(io.Discard)
			err := cmd.ExecuteContext(context.Background())
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if *got != tc.want {
				t.Errorf("options = %+v\nwant      %+v", *got, tc.want)
			}
		})
	}
}

func TestPrepareDemoDir(t *testing.T) {
	base := t.TempDir()
	foreign := filepath.Join(base, "foreign")
	if err := os.MkdirAll(foreign, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(foreign, "precious.txt"), []byte("x"), 0o640); err != nil {
		t.Fatal(err)
	}
	if _, _, err := prepareDemoDir(foreign); err == nil || !strings.Contains(err.Error(), "not made by byline demo") {
		t.Fatalf("foreign dir: err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(foreign, "precious.txt")); err != nil {
		t.Fatalf("foreign file touched: %v", err)
	}

	own := filepath.Join(base, "own")
	dir, cleanup, err := prepareDemoDir(own)
	if err != nil || dir != own {
		t.Fatalf("new dir: %q %v", dir, err)
	}
	cleanup()
	if err := os.WriteFile(filepath.Join(own, "old-state"), []byte("x"), 0o640); err != nil {
		t.Fatal(err)
	}
	if _, _, err := prepareDemoDir(own); err != nil {
		t.Fatalf("reuse: %v", err)
	}
	if _, err := os.Stat(filepath.Join(own, "old-state")); !os.IsNotExist(err) {
		t.Fatalf("old state kept: %v", err)
	}

	// The last demo's index held by a reader (byline serve --data): the
	// demo refuses to wipe it under the reader.
	ix, err := bleveindex.Open(filepath.Join(own, "index"), bleveindex.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	reader, err := bleveindex.Open(filepath.Join(own, "index"), bleveindex.Config{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := prepareDemoDir(own); err == nil || !strings.Contains(err.Error(), "still in use") {
		t.Errorf("index held by a reader: err = %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(own, "index", "index_meta.json")); err != nil {
		t.Errorf("the held index was touched: %v", err)
	}
	_ = reader.Close(context.Background())

	tmp, cleanup, err := prepareDemoDir("")
	if err != nil {
		t.Fatal(err)
	}
	cleanup()
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Fatalf("temporary dir %s not removed: %v", tmp, err)
	}
}

// TestDemoEndToEnd runs `byline demo` as a user does: the sample site is
// crawled through embedded NATS, the extract and index workers and the
// embedded index; every sample article must be indexed, and the search page
// must answer until the command is stopped.
func TestDemoEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end demo in -short mode")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var stdout, stderr syncbuf.Buffer
	done := make(chan int, 1)
	go func() {
		done <- runCLI(ctx, []string{"demo", "--addr", "127.0.0.1:0", "--data", filepath.Join(t.TempDir(), "demo")}, &stdout, &stderr)
	}()

	searchRE := regexp.MustCompile(`search page: (http://127\.0\.0\.1:\d+)/`)
	var base string
	for base == "" {
		select {
		case code := <-done:
			t.Fatalf("demo exited with %d before serving\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
		case <-ctx.Done():
			t.Fatalf("demo did not start serving\nstdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if m := searchRE.FindStringSubmatch(stdout.String()); m != nil {
			base = m[1]
		}
	}
	out := stdout.String()
	want := len(demo.Articles())
	if !regexp.MustCompile(`(?m)^indexed ` + strconv.Itoa(want) + ` articles `).MatchString(out) {
		t.Errorf("summary lacks \"indexed %d articles\":\n%s", want, out)
	}
	// Issue 16: the wire story run by three outlets is one cluster, and the
	// article the site edits between the two crawls is at revision 2.
	if !regexp.MustCompile(`syndicated story +"Calder ferry strike ends[^"]*" on 3 sites, one cluster \(origin: Meridian Wire\)`).MatchString(out) {
		t.Errorf("summary lacks the syndicated ferry story on 3 sites:\n%s", out)
	}
	if !regexp.MustCompile(`revised +"Port Avery extends vote[^"]*" \(The Harbor Times\) is at revision 2: headline changed;`).MatchString(out) {
		t.Errorf("summary lacks the revised ferry terminal story:\n%s", out)
	}
	for _, line := range []string{"pages fetched", "quotes found", "time taken"} {
		if !strings.Contains(out, line) {
			t.Errorf("summary lacks %q:\n%s", line, out)
		}
	}
	if m := regexp.MustCompile(`quotes found\s+(\d+)`).FindStringSubmatch(out); m == nil || m[1] == "0" {
		t.Errorf("no quotes found:\n%s", out)
	}

	client := &http.Client{Timeout: 10 * time.Second}
	get := func(path string) (int, []byte) {
		t.Helper()
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, body
	}
	if code, body := get("/?q=seawall"); code != 200 || !strings.Contains(string(body), "Seawall") {
		t.Errorf("search page: status %d, body lacks the seawall story:\n%.2000s", code, body)
	}
	code, body := get("/api/search?q=" + "ferry")
	var res struct {
		Total uint64 `json:"total"`
		Hits  []struct {
			URL      string `json:"url"`
			Headline string `json:"headline"`
		} `json:"hits"`
	}
	if code != 200 || json.Unmarshal(body, &res) != nil || res.Total == 0 {
		t.Errorf("API search: status %d, %d hits: %.500s", code, res.Total, body)
	}
	if code, _ := get("/api/search?q=*&limit=100"); code != 200 {
		t.Errorf("match-all search: status %d", code)
	}
	// The README's name examples find the sample site's people and
	// outlets by surname and part of a name (issue 14).
	for _, path := range []string{
		"/api/quotes?speaker=Okafor&q=harbor",
		"/api/search?q=" + url.QueryEscape(`site:"Harbor Times"`),
		"/api/search?q=" + url.QueryEscape("author:Nwosu"),
		"/api/search?q=" + url.QueryEscape("speaker:Okafor"),
	} {
		var r struct{ Total uint64 }
		if code, body := get(path); code != 200 || json.Unmarshal(body, &r) != nil || r.Total == 0 {
			t.Errorf("%s: status %d, no hits: %.300s", path, code, body)
		}
	}
	if code, body := get("/quotes?speaker=Okafr"); code != 200 || !strings.Contains(string(body), "Did you mean") || !strings.Contains(string(body), "Ruth Okafor</a>") {
		t.Errorf("a misspelt speaker on the demo: status %d, no suggestion", code)
	}
	for _, p := range []string{"/healthz", "/readyz"} {
		if code, _ := get(p); code != 200 {
			t.Errorf("%s: status %d", p, code)
		}
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 && code != 130 {
			t.Errorf("demo exit status %d after Ctrl-C\nstderr:\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("demo did not stop after its context was cancelled")
	}
}

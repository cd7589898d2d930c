package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

func TestScheduleCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// The errors end the command on their own; only the scheduler that
	// runs until stopped is stopped, 300 ms in. A 300 ms bound on the
	// errors too let a loaded machine stop the command (exit 130) before
	// it had read its config.
	tests := []struct {
		name      string
		args      []string
		wantCode  int
		wantErr   string
		stopAfter time.Duration // 0: the command must end by itself
	}{
		{"config required", []string{"schedule"}, 2, `required flag(s) "config" not set`, 0},
		{"bad config names the file", []string{"schedule", "--config", write("bad.yaml", "crawl:\n  jobs:\n    - name: a\n      seedz: [x]\n")},
			1, "bad.yaml: yaml: unmarshal errors:\n  line 4: field seedz not found", 0},
		{"no scheduled job", []string{"schedule", "--config", write("none.yaml", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n"),
			"--data", dir}, 1, "no job has a schedule", 0},
		{"runs until stopped", []string{"schedule", "--config", write("ok.yaml", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n      schedule: '@daily'\n"),
			"--data", dir}, 0, "", 300 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), cmp.Or(tt.stopAfter, 30*time.Second))
			defer cancel()
			var stdout, stderr bytes.Buffer
			code := runCLI(ctx, tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.wantErr)
			}
		})
	}
}

// TestScheduleWritesEachJobsFile: without --out or --nats, each job's
// pages go to its own DATA/pages/JOB.jsonl, as the help says (they all
// went to one scheduled.jsonl in the first job's data dir).
func TestScheduleWritesEachJobsFile(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><head><meta property="og:type" content="article"></head><body><article><p>` +
			strings.Repeat("Story of "+r.URL.Path+". ", 60) + `</p></article></body></html>`))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	cfg := "crawl:\n  defaults:\n    allow_private: true\n    respect_robots: false\n    max_depth: -1\n  jobs:\n" +
		"    - name: one\n      seeds: [\"" + srv.URL + "/2025/06/01/first-job-story\"]\n      schedule: '@yearly'\n      data_dir: " + filepath.Join(dir, "one") + "\n" +
		"    - name: two\n      seeds: [\"" + srv.URL + "/2025/06/01/second-job-story\"]\n      schedule: '@yearly'\n      data_dir: " + filepath.Join(dir, "two") + "\n"
	cfgFile := filepath.Join(dir, "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		filepath.Join(dir, "one", "pages", "one.jsonl"): "first-job-story",
		filepath.Join(dir, "two", "pages", "two.jsonl"): "second-job-story",
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	go func() { // stop once both jobs wrote their page
		for ctx.Err() == nil {
			n := 0
			for f := range files {
				if st, err := os.Stat(f); err == nil && st.Size() > 0 {
					n++
				}
			}
			if n == len(files) {
				cancel()
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	var stdout, stderr bytes.Buffer
	if code := runCLI(ctx, []string{"schedule", "--config", cfgFile, "--run-now"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for f, want := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Errorf("job file: %v", err)
			continue
		}
		var p article.Page
		if err := json.Unmarshal(bytes.TrimSpace(b), &p); err != nil || !strings.Contains(p.URL, want) {
			t.Errorf("%s holds %q (%v), want the page %s", f, b[:min(len(b), 120)], err, want)
		}
	}
}

// TestConfigFileStrictForEveryCommand: a misspelt top-level section
// (pipline:) is an error naming it for every command that reads --config,
// not only for config check and --nats: crawl and schedule used a parser
// that ignored it.
func TestConfigFileStrictForEveryCommand(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.yaml")
	if err := os.WriteFile(typo, []byte("crawl:\n  jobs:\n    - name: a\n      seeds: [http://127.0.0.1:1/]\n      allow_private: true\n      schedule: '@daily'\n"+
		"pipline:\n  replicas: 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"config check", []string{"config", "check", typo}, 2},
		{"crawl", []string{"crawl", "--config", typo, "--data", dir}, 1},
		{"schedule", []string{"schedule", "--config", typo, "--data", dir}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			var stdout, stderr bytes.Buffer
			code := runCLI(ctx, tt.args, &stdout, &stderr)
			const want = "field pipline not found"
			if code != tt.wantCode || !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), typo) {
				t.Errorf("exit %d, stderr %q; want exit %d and an error naming %s and saying %q", code, stderr.String(), tt.wantCode, typo, want)
			}
		})
	}
}

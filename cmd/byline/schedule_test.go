package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"config required", []string{"schedule"}, 1, `required flag(s) "config" not set`},
		{"bad config names the file", []string{"schedule", "--config", write("bad.yaml", "crawl:\n  jobs:\n    - name: a\n      seedz: [x]\n")},
			1, "bad.yaml: yaml: unmarshal errors:\n  line 4: field seedz not found"},
		{"no scheduled job", []string{"schedule", "--config", write("none.yaml", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n"),
			"--data", dir}, 1, "no job has a schedule"},
		{"runs until stopped", []string{"schedule", "--config", write("ok.yaml", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n      schedule: '@daily'\n"),
			"--data", dir}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			var stdout, stderr bytes.Buffer
			code := Main(ctx, tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.wantErr)
			}
		})
	}
}

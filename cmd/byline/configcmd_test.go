package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigCheckShowsEnvironmentJob: a file without a crawl section and
// BYLINE_CRAWL_SEEDS make byline run crawl one job; config check prints
// it, as it prints a file's jobs (before, it printed no crawl section).
func TestConfigCheckShowsEnvironmentJob(t *testing.T) {
	cfgFile := filepath.Join(t.TempDir(), "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte("data: /srv/byline\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BYLINE_CRAWL_SEEDS", "https://seed.example/")
	var stdout, stderr bytes.Buffer
	if code := runCLI(context.Background(), []string{"config", "check", cfgFile}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"- name: default", "- https://seed.example/", "data_dir: /srv/byline/crawl"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("config check lacks %q:\n%s", want, stdout.String())
		}
	}
}

// TestConfigSubcommandTypo: "config chek FILE" is an error (exit 2), not
// the help with exit 0, which made a CI step with the typo pass.
func TestConfigSubcommandTypo(t *testing.T) {
	for _, args := range [][]string{{"config", "chek", "byline.yaml"}, {"config"}} {
		var stdout, stderr bytes.Buffer
		if code := runCLI(context.Background(), args, &stdout, &stderr); code != 2 {
			t.Errorf("%q: exit %d, want 2 (stderr %q)", args, code, stderr.String())
		}
	}
}

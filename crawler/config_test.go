package crawler

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadConfigGood(t *testing.T) {
	fc, err := LoadConfig("testdata/full.good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(fc.Jobs) != 2 {
		t.Fatalf("jobs = %d, want 2", len(fc.Jobs))
	}
	news, err := fc.Job("example-news")
	if err != nil {
		t.Fatal(err)
	}
	blog, _ := fc.Job("example-blog")
	tests := []struct {
		name      string
		got, want any
	}{
		{"inherited delay", news.Delay, 2 * time.Second},
		{"own delay", blog.Delay, 5 * time.Second},
		{"inherited max_pages", blog.MaxPages, 500},
		{"inherited exclude", news.Exclude[0], `\.pdf$`},
		{"own include", news.Include[0], `/\d{4}/\d{2}/`},
		{"nested default kept", news.AutoThrottle.MaxDelay, 30 * time.Second},
		{"nested default from DefaultConfig", news.AutoThrottle.Enabled, true},
		{"respect_robots default", news.RespectRobots, true},
		{"discover_feeds off", blog.DiscoverFeeds, false},
		{"discover_feeds default", news.DiscoverFeeds, true},
		{"default parallelism", news.Parallelism, DefaultParallelism},
		{"default data dir", news.DataDir, DefaultDataDir},
		{"schedule", news.Schedule, "*/10 * * * *"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if _, err := fc.Job("nope"); err == nil || !strings.Contains(err.Error(), "example-news, example-blog") {
		t.Errorf("Job(nope) error = %v, want it to list the jobs", err)
	}
	if _, err := LoadConfig("testdata/minimal.good.yaml"); err != nil {
		t.Errorf("minimal: %v", err)
	}
}

// TestLoadConfigBad pins the error of every bad file: each must name the
// file and say what is wrong.
func TestLoadConfigBad(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"unknown-key.bad.yaml", "line 5: field max_pagez not found in type crawler.Config"},
		{"unknown-default.bad.yaml", "line 3: field dealy not found in type crawler.Config"},
		{"no-sources.bad.yaml", `crawl.jobs[0] (line 3): invalid crawl config: job "empty": no seeds, sitemaps or feeds`},
		{"bad-url.bad.yaml", `job "one": seeds: "news.example.com" is not an absolute http(s) URL`},
		{"bad-duration.bad.yaml", "line 5: cannot unmarshal !!str `soon` into time.Duration"},
		{"bad-schedule.bad.yaml", `job "one": schedule "every tuesday": expected exactly 5 fields, found 2: [every tuesday]`},
		{"bad-regexp.bad.yaml", `job "one": include: error parsing regexp: missing closing ): ` + "`/(unclosed`"},
		{"duplicate-job.bad.yaml", `crawl.jobs[1] (line 5): duplicate job name "one"`},
		{"no-crawl.bad.yaml", `no "crawl" section`},
		{"no-name.bad.yaml", "invalid crawl config: job has no name"},
		{"negative.bad.yaml", `job "one": parallelism must be >= 1, got -2`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			_, err := LoadConfig(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("error does not name the file: %v", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
	if _, err := LoadConfig("testdata/missing.yaml"); err == nil || !strings.Contains(err.Error(), "testdata/missing.yaml") {
		t.Errorf("missing file error = %v", err)
	}
}

func TestConfigValidateAndDefaults(t *testing.T) {
	cfg := Config{Name: "x", Seeds: []string{"https://a.example/"}}.withDefaults()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if cfg.MaxPages != DefaultMaxPages || cfg.GlobalConcurrency != DefaultGlobalConcurrency || cfg.Timeout != DefaultTimeout {
		t.Errorf("defaults not filled: %+v", cfg)
	}
	cfg.Name = "bad name!"
	if err := cfg.Validate(); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("Validate(bad name) = %v, want ErrInvalidConfig", err)
	}
}

// TestExplicitZeroFromFile: a config file that writes 0 for max_depth or
// max_redirects gets 0 (no link following, no redirect followed), also
// through New, while an absent key keeps its default; block_threshold: 0
// is an error, not a silent 5. In Go code a zero field still means the
// default.
func TestExplicitZeroFromFile(t *testing.T) {
	tests := []struct {
		name     string
		defaults string // keys under crawl.defaults
		job      string // keys of the job
		depth    int
		redirs   int
		block    int
		wantErr  string
	}{
		{name: "absent keys get defaults", depth: DefaultMaxDepth, redirs: DefaultMaxRedirects, block: DefaultBlockThreshold},
		{name: "max_depth 0 in the job", job: "max_depth: 0", depth: 0, redirs: DefaultMaxRedirects, block: DefaultBlockThreshold},
		{name: "max_depth 0 in defaults", defaults: "max_depth: 0", depth: 0, redirs: DefaultMaxRedirects, block: DefaultBlockThreshold},
		{name: "job overrides a default 0", defaults: "max_depth: 0", job: "max_depth: 3", depth: 3, redirs: DefaultMaxRedirects, block: DefaultBlockThreshold},
		{name: "max_depth -1 still works", job: "max_depth: -1", depth: -1, redirs: DefaultMaxRedirects, block: DefaultBlockThreshold},
		{name: "max_redirects 0", job: "max_redirects: 0", depth: DefaultMaxDepth, redirs: 0, block: DefaultBlockThreshold},
		{name: "max_redirects 0 in defaults", defaults: "max_redirects: 0", depth: DefaultMaxDepth, redirs: 0, block: DefaultBlockThreshold},
		{name: "block_threshold 0 is an error", job: "block_threshold: 0", wantErr: "block_threshold must be >= 1, got 0"},
		{name: "block_threshold 0 in defaults is an error", defaults: "block_threshold: 0", wantErr: "block_threshold must be >= 1, got 0"},
		{name: "block_threshold 1", job: "block_threshold: 1", depth: DefaultMaxDepth, redirs: DefaultMaxRedirects, block: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y := "crawl:\n"
			if tt.defaults != "" {
				y += "  defaults:\n    " + tt.defaults + "\n"
			}
			y += "  jobs:\n    - name: one\n      seeds: [https://news.example.com/]\n"
			if tt.job != "" {
				y += "      " + tt.job + "\n"
			}
			fc, err := ParseConfig([]byte(y))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c, err := New(fc.Jobs[0], &MemorySink{})
			if err != nil {
				t.Fatal(err)
			}
			for _, got := range []Config{fc.Jobs[0], c.cfg} {
				if got.MaxDepth != tt.depth || got.MaxRedirects != tt.redirs || got.BlockThreshold != tt.block {
					t.Errorf("max_depth %d, max_redirects %d, block_threshold %d; want %d, %d, %d",
						got.MaxDepth, got.MaxRedirects, got.BlockThreshold, tt.depth, tt.redirs, tt.block)
				}
			}
		})
	}
	// Go callers: zero still means the default.
	cfg := Config{Name: "x", Seeds: []string{"https://a.example/"}}.withDefaults()
	if cfg.MaxDepth != DefaultMaxDepth || cfg.MaxRedirects != DefaultMaxRedirects || cfg.BlockThreshold != DefaultBlockThreshold {
		t.Errorf("Go zero values: max_depth %d, max_redirects %d, block_threshold %d; want the defaults",
			cfg.MaxDepth, cfg.MaxRedirects, cfg.BlockThreshold)
	}
}

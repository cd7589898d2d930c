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

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/pipeline"

	bolt "go.etcd.io/bbolt"
)

// TestLoadCrawlFileResolvesJobs: crawl --config and schedule read the jobs
// as config check prints them and byline run uses them: the file's data:
// holds the crawl state (DATA/crawl), and BYLINE_CRAWL_* overrides apply.
func TestLoadCrawlFileResolvesJobs(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, yaml string
		env        map[string]string
		wantDir    string
		wantPages  int
		wantJobs   int
	}{
		{"file's data", "data: " + dir + "/d\ncrawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n", nil, dir + "/d/crawl", 10000, 1},
		{"default data", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n", nil, filepath.Join(crawler.DefaultDataDir, "crawl"), 10000, 1},
		{"job's own data_dir", "data: " + dir + "/d\ncrawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n      data_dir: " + dir + "/own\n", nil, dir + "/own", 10000, 1},
		{"environment", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n    - name: b\n      seeds: [https://b.example/]\n",
			map[string]string{"BYLINE_DATA": dir + "/e", "BYLINE_CRAWL_MAX_PAGES": "4", "BYLINE_CRAWL_JOB": "a"}, dir + "/e/crawl", 4, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			f := filepath.Join(t.TempDir(), "byline.yaml")
			if err := os.WriteFile(f, []byte(tt.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			fc, _, err := loadCrawlFile(f, true)
			if err != nil {
				t.Fatal(err)
			}
			if len(fc.Jobs) != tt.wantJobs {
				t.Fatalf("%d jobs, want %d", len(fc.Jobs), tt.wantJobs)
			}
			if j := fc.Jobs[0]; filepath.Clean(j.DataDir) != filepath.Clean(tt.wantDir) || j.MaxPages != tt.wantPages {
				t.Errorf("data_dir %q, max_pages %d; want %q, %d", j.DataDir, j.MaxPages, tt.wantDir, tt.wantPages)
			}
		})
	}
}

// TestLoadCrawlFileAdoptsLegacyState: crawl --config and schedule kept
// the state of a job without its own data_dir in ./byline-data before
// they resolved jobs as run does; the upgrade moves it to DATA/crawl
// instead of crawling every page again, and leaves it alone when the new
// place has a state already or the job names its own data_dir.
func TestLoadCrawlFileAdoptsLegacyState(t *testing.T) {
	tests := []struct {
		name, yaml string
		existing   bool   // a state at the new place already
		want       string // where the job's state is after loading
		legacyKept bool
	}{
		{"default data", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n", false, "byline-data/crawl/a.crawl.db", false},
		{"file's data", "data: d\ncrawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n", false, "d/crawl/a.crawl.db", false},
		{"new place has a state", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n", true, "byline-data/crawl/a.crawl.db", true},
		{"own data_dir", "crawl:\n  jobs:\n    - name: a\n      seeds: [https://a.example/]\n      data_dir: own\n", false, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			write := func(path, content string) {
				t.Helper()
				if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			write("byline-data/a.crawl.db", "legacy")
			if tt.existing {
				write(tt.want, "current")
			}
			write("byline.yaml", tt.yaml)
			if _, _, err := loadCrawlFile("byline.yaml", true); err != nil {
				t.Fatal(err)
			}
			if tt.want != "" {
				b, err := os.ReadFile(tt.want)
				if err != nil {
					t.Fatalf("state not at %s: %v", tt.want, err)
				}
				if want := map[bool]string{true: "current", false: "legacy"}[tt.existing]; string(b) != want {
					t.Errorf("%s holds %q, want %q", tt.want, b, want)
				}
			}
			if _, err := os.Stat("byline-data/a.crawl.db"); (err == nil) != tt.legacyKept {
				t.Errorf("legacy state kept = %v, want %v", err == nil, tt.legacyKept)
			}
		})
	}
}

func TestCrawlJobFromFlagsAndConfig(t *testing.T) {
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte(`crawl:
  jobs:
    - name: a
      seeds: [https://a.example/]
      max_pages: 7
    - name: b
      feeds: [https://b.example/rss]
`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		opts    crawlOptions
		changed []string
		env     map[string]string
		check   func(t *testing.T, c crawler.Config)
		wantErr string
	}{
		{
			name: "flags alone define a job",
			opts: crawlOptions{Seeds: []string{"https://x.example/"}, Data: "d", MaxPages: 3, UserAgent: "UA/1"},
			check: func(t *testing.T, c crawler.Config) {
				if c.Name != "x.example" || c.Seeds[0] != "https://x.example/" || c.DataDir != "d" || c.MaxPages != 3 || c.UserAgent != "UA/1" || !c.RespectRobots {
					t.Errorf("%+v", c)
				}
			},
		},
		{name: "no sources", opts: crawlOptions{}, wantErr: "nothing to crawl"},
		{name: "config needs --job", opts: crawlOptions{Config: cfgFile}, wantErr: "pick one with --job (a b)"},
		{
			name: "config job kept unless flags given",
			opts: crawlOptions{Config: cfgFile, Job: "a", MaxPages: 10000, Data: "byline-data"},
			check: func(t *testing.T, c crawler.Config) {
				if c.MaxPages != 7 || c.Seeds[0] != "https://a.example/" {
					t.Errorf("%+v", c)
				}
			},
		},
		{
			name:    "flags replace config lists",
			opts:    crawlOptions{Config: cfgFile, Job: "b", Seeds: []string{"https://b.example/"}, AllowPrivate: true, MaxPages: 2},
			changed: []string{"seed", "max-pages"},
			check: func(t *testing.T, c crawler.Config) {
				if len(c.Seeds) != 1 || len(c.Feeds) != 1 || c.MaxPages != 2 || !c.AllowPrivate {
					t.Errorf("%+v", c)
				}
			},
		},
		{name: "unknown job", opts: crawlOptions{Config: cfgFile, Job: "zz"}, wantErr: `no crawl job "zz"`},
		{
			name:    "--refetch on a config job",
			opts:    crawlOptions{Config: cfgFile, Job: "a", Refetch: true},
			changed: []string{"refetch"},
			check: func(t *testing.T, c crawler.Config) {
				if !c.Refetch || c.MaxPages != 7 {
					t.Errorf("refetch %v, max_pages %d; want true, 7", c.Refetch, c.MaxPages)
				}
			},
		},
		{
			name: "no --refetch: an ordinary run",
			opts: crawlOptions{Config: cfgFile, Job: "a"},
			check: func(t *testing.T, c crawler.Config) {
				if c.Refetch {
					t.Error("refetch without the flag")
				}
			},
		},
		{
			// Flags override the environment (README, Configuration).
			name:    "--refetch=false over BYLINE_CRAWL_REFETCH=true",
			opts:    crawlOptions{Config: cfgFile, Job: "a"},
			changed: []string{"refetch"},
			env:     map[string]string{"BYLINE_CRAWL_REFETCH": "true"},
			check: func(t *testing.T, c crawler.Config) {
				if c.Refetch {
					t.Error("a re-fetch, though --refetch=false was given")
				}
			},
		},
		{
			// Without --config the BYLINE_CRAWL_* variables describe the
			// job as the flags do (README, Configuration).
			name: "environment alone, no file",
			opts: crawlOptions{Data: "d", MaxPages: crawler.DefaultMaxPages, UserAgent: crawler.DefaultUserAgent},
			env: map[string]string{"BYLINE_CRAWL_SITEMAPS": "https://x.example/sitemap.xml", "BYLINE_CRAWL_MAX_PAGES": "9",
				"BYLINE_CRAWL_JOB": "envjob", "BYLINE_CRAWL_REFETCH": "true", "BYLINE_CRAWL_USER_AGENT": "envbot/1"},
			check: func(t *testing.T, c crawler.Config) {
				if c.Name != "envjob" || len(c.Sitemaps) != 1 || c.MaxPages != 9 || !c.Refetch || c.UserAgent != "envbot/1" {
					t.Errorf("%+v", c)
				}
			},
		},
		{
			// Laid out as DATA is everywhere: the state in DATA/crawl.
			name:    "BYLINE_DATA without a file",
			opts:    crawlOptions{Seeds: []string{"https://x.example/"}, Data: crawler.DefaultDataDir, MaxPages: 3, UserAgent: crawler.DefaultUserAgent},
			changed: []string{"seed"},
			env:     map[string]string{"BYLINE_DATA": "/srv/byline"},
			check: func(t *testing.T, c crawler.Config) {
				if c.DataDir != filepath.Join("/srv/byline", "crawl") {
					t.Errorf("data dir %q, want /srv/byline/crawl", c.DataDir)
				}
			},
		},
		{
			name:    "flags over the environment, no file",
			opts:    crawlOptions{Data: "d", Seeds: []string{"https://flag.example/"}, MaxPages: 3, UserAgent: crawler.DefaultUserAgent},
			changed: []string{"seed", "max-pages", "refetch"},
			env: map[string]string{"BYLINE_CRAWL_SEEDS": "https://env.example/", "BYLINE_CRAWL_MAX_PAGES": "9",
				"BYLINE_CRAWL_REFETCH": "true"},
			check: func(t *testing.T, c crawler.Config) {
				if len(c.Seeds) != 1 || c.Seeds[0] != "https://flag.example/" || c.MaxPages != 3 || c.Refetch {
					t.Errorf("%+v", c)
				}
			},
		},
		{
			// Flags over the environment (README, Configuration): the
			// environment picked job a, --job picks b.
			name:    "--job over BYLINE_CRAWL_JOB",
			opts:    crawlOptions{Config: cfgFile, Job: "b"},
			changed: []string{"job"},
			env:     map[string]string{"BYLINE_CRAWL_JOB": "a"},
			check: func(t *testing.T, c crawler.Config) {
				if c.Name != "b" {
					t.Errorf("job %q, want b", c.Name)
				}
			},
		},
		{
			name:    "--allow-private=false over BYLINE_CRAWL_ALLOW_PRIVATE=true",
			opts:    crawlOptions{Config: cfgFile, Job: "a"},
			changed: []string{"allow-private"},
			env:     map[string]string{"BYLINE_CRAWL_ALLOW_PRIVATE": "true"},
			check: func(t *testing.T, c crawler.Config) {
				if c.AllowPrivate {
					t.Error("private addresses allowed, though --allow-private=false was given")
				}
			},
		},
		{
			name:    "--refetch on a job given by flags",
			opts:    crawlOptions{Seeds: []string{"https://x.example/"}, Data: "d", Refetch: true},
			changed: []string{"seed", "refetch"},
			check: func(t *testing.T, c crawler.Config) {
				if !c.Refetch {
					t.Error("refetch not set")
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			opts := tt.opts
			opts.changed = func(n string) bool {
				for _, c := range tt.changed {
					if c == n {
						return true
					}
				}
				return false
			}
			conf, err := opts.effectiveConfig()
			if err != nil {
				t.Fatal(err)
			}
			c, err := crawlJob(&opts, conf, slog.Default())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

// TestCrawlCommandWritesJSONL runs `byline crawl` end to end against a
// two-page site and reads the page records back.
func TestCrawlCommandWritesJSONL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><body><a href="/2025/06/01/the-only-story-on-this-site">story</a></body></html>`))
	})
	mux.HandleFunc("/2025/06/01/the-only-story-on-this-site", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><head><meta property="og:type" content="article"></head><body><article><p>` +
			strings.Repeat("The only story on this site. ", 60) + `</p></article></body></html>`))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := runCLI(context.Background(), []string{"crawl", "--seed", srv.URL + "/", "--data", dir, "--allow-private"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "new 1") {
		t.Errorf("summary: %s", stdout.String())
	}
	// A flag-defined job is named after the seed's host.
	f, err := os.Open(filepath.Join(dir, "pages", crawler.JobNameFor(srv.URL)+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	var pages []article.Page
	for sc.Scan() {
		var p article.Page
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	if len(pages) != 1 || !strings.HasSuffix(pages[0].URL, "/the-only-story-on-this-site") || len(pages[0].Body) == 0 {
		t.Errorf("pages = %+v", pages)
	}
}

// TestCrawlCommandExit2WhenNothingFetched: a job whose every request is
// refused exits 2, so cron monitoring notices.
func TestCrawlCommandExit2WhenNothingFetched(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	var stdout, stderr bytes.Buffer
	// No --allow-private: the loopback address is refused.
	code := runCLI(context.Background(), []string{"crawl", "--seed", srv.URL + "/", "--data", t.TempDir()}, &stdout, &stderr)
	if code != 2 {
		t.Fatalf("exit %d, want 2; stderr: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "private-address=1") {
		t.Errorf("stderr does not explain: %s", stderr.String())
	}
}

// TestCrawlEnvDataAdoptsState: an ad-hoc crawl (no --config) kept its
// state in ./byline-data while BYLINE_DATA was ignored; with the variable
// read, the state moves to DATA/crawl instead of being left behind (every
// page would be handed on again as new).
func TestCrawlEnvDataAdoptsState(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	legacy := filepath.Join(crawler.DefaultDataDir, "x.example.crawl.db")
	if err := os.MkdirAll(crawler.DefaultDataDir, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(legacy, []byte("state"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BYLINE_DATA", filepath.Join(dir, "data"))
	opts := crawlOptions{Seeds: []string{"https://x.example/"}, Data: crawler.DefaultDataDir, MaxPages: 1, UserAgent: crawler.DefaultUserAgent}
	opts.changed = func(n string) bool { return n == "seed" }
	conf, err := opts.effectiveConfig()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := crawlJob(&opts, conf, slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "data", "crawl", cfg.Name+".crawl.db")); err != nil || string(b) != "state" {
		t.Errorf("job %s: state not moved to DATA/crawl (%q, %v)", cfg.Name, b, err)
	}
}

// catchNATSSink replaces the NATS page sink for the test: seen gets what
// the command would connect and publish with, and the command then fails
// with "test: no NATS here".
func catchNATSSink(t *testing.T, seen func(natsFlags, pipeline.Config)) {
	old := natsCrawlSinkWith
	t.Cleanup(func() { natsCrawlSinkWith = old })
	natsCrawlSinkWith = func(_ context.Context, n natsFlags, pc pipeline.Config, _ *pipeline.Metrics, _ *slog.Logger) (crawler.Sink, func() error, error) {
		seen(n, pc)
		return nil, nil, errors.New("test: no NATS here")
	}
}

// TestCrawlAndScheduleTakeNATSCredentialFlags: `byline crawl` and `byline
// schedule` accept the same NATS connection flags as `byline worker` and
// hand all of them to the publisher; credential flags without --nats are
// an error rather than silently writing pages to a file.
func TestCrawlAndScheduleTakeNATSCredentialFlags(t *testing.T) {
	cfgFile := filepath.Join(t.TempDir(), "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte("crawl:\n  jobs:\n    - name: j\n      seeds: [\"http://127.0.0.1:1/\"]\n      schedule: \"@hourly\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	natsArgs := []string{"--nats", "tls://nats.example:4222", "--nats-creds", "/c.creds", "--nats-nkey", "/k.nk",
		"--nats-tls-ca", "/ca.pem", "--nats-tls-cert", "/cert.pem", "--nats-tls-key", "/key.pem"}
	want := natsFlags{URL: "tls://nats.example:4222", Creds: "/c.creds", NKey: "/k.nk", TLSCA: "/ca.pem",
		TLSCert: "/cert.pem", TLSKey: "/key.pem"}
	tests := []struct {
		name string
		args []string
	}{
		{"crawl", append([]string{"crawl", "--seed", "http://127.0.0.1:1/", "--data", t.TempDir()}, natsArgs...)},
		{"schedule", append([]string{"schedule", "--config", cfgFile, "--data", t.TempDir()}, natsArgs...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got natsFlags
			catchNATSSink(t, func(n natsFlags, _ pipeline.Config) { got = n })
			var stdout, stderr bytes.Buffer
			code := runCLI(context.Background(), tt.args, &stdout, &stderr)
			if code != 1 || !strings.Contains(stderr.String(), "test: no NATS here") {
				t.Fatalf("exit %d, stderr %q: the NATS sink hook was not used", code, stderr.String())
			}
			got.forever = nil // how long to wait: not a flag
			if got != want {
				t.Errorf("hook got %+v, want %+v", got, want)
			}
		})
	}
	// Credentials in the file or environment without a URL are not the
	// flags' mistake: the file may hold them for the commands that
	// default to a local NATS. The crawl writes its file.
	t.Run("creds in the environment without URL", func(t *testing.T) {
		t.Setenv("BYLINE_NATS_CREDS", "/env.creds")
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		code := runCLI(context.Background(), []string{"crawl", "--seed", "http://127.0.0.1:1/", "--data", dir, "--max-pages", "1"}, &stdout, &stderr)
		if strings.Contains(stderr.String(), "needs --nats") {
			t.Errorf("exit %d, stderr %q: blamed a flag nobody gave", code, stderr.String())
		}
		if _, err := os.Stat(filepath.Join(dir, "pages")); err != nil {
			t.Errorf("no page records folder (exit %d, %s): %v", code, stderr.String(), err)
		}
	})
	t.Run("creds without URL", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		code := runCLI(context.Background(), []string{"crawl", "--seed", "http://127.0.0.1:1/", "--data", t.TempDir(),
			"--nats-creds", "/c.creds"}, &stdout, &stderr)
		if code != 1 || !strings.Contains(stderr.String(), "--nats-creds needs a NATS URL") {
			t.Errorf("exit %d, stderr %q", code, stderr.String())
		}
	})
}

// TestCrawlAndScheduleTakeNATSFromConfig: `byline crawl` and `byline
// schedule` read the NATS connection in the one order every command uses
// (file, BYLINE_NATS_*, flags). Before, they read --nats alone, so a file
// whose nats.url sent byline run and the workers to a cluster sent the
// crawl's pages to a local file, quietly. --out alone still asks for a file.
func TestCrawlAndScheduleTakeNATSFromConfig(t *testing.T) {
	cfgFile := filepath.Join(t.TempDir(), "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte("nats:\n  url: nats://fromfile:4222\n  creds: /file.creds\n"+
		"crawl:\n  jobs:\n    - name: j\n      seeds: [\"http://127.0.0.1:1/\"]\n      schedule: \"@hourly\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		wantURL string // "" means a file, no NATS
		creds   string
	}{
		{name: "file", wantURL: "nats://fromfile:4222", creds: "/file.creds"},
		{name: "environment over file", env: map[string]string{"BYLINE_NATS_URL": "nats://fromenv:4222"},
			wantURL: "nats://fromenv:4222", creds: "/file.creds"},
		{name: "flag over environment", env: map[string]string{"BYLINE_NATS_URL": "nats://fromenv:4222"},
			args: []string{"--nats", "nats://fromflag:4222"}, wantURL: "nats://fromflag:4222", creds: "/file.creds"},
		// A credential flag for the NATS the file names (before, it was
		// refused for want of --nats).
		{name: "credential flag, URL from the file", args: []string{"--nats-creds", "/flag.creds"},
			wantURL: "nats://fromfile:4222", creds: "/flag.creds"},
		{name: "--out alone asks for a file", args: []string{"--out", "OUT"}},
	}
	for _, cmd := range []string{"crawl", "schedule"} {
		for _, tt := range tests {
			t.Run(cmd+"/"+tt.name, func(t *testing.T) {
				for k, v := range tt.env {
					t.Setenv(k, v)
				}
				var got *natsFlags
				catchNATSSink(t, func(n natsFlags, _ pipeline.Config) { got = &n })
				dir := t.TempDir()
				args := []string{cmd, "--config", cfgFile, "--data", dir, "--log-level", "error"}
				if cmd == "crawl" {
					args = append(args, "--max-pages", "1")
				}
				for _, a := range tt.args {
					args = append(args, strings.ReplaceAll(a, "OUT", filepath.Join(dir, "pages.jsonl")))
				}
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				if cmd == "schedule" && tt.wantURL == "" {
					// A file sink: schedule runs until stopped.
					cancel()
				}
				var stdout, stderr bytes.Buffer
				code := runCLI(ctx, args, &stdout, &stderr)
				if tt.wantURL == "" {
					if got != nil {
						t.Fatalf("published to NATS %s, want a file (exit %d, %s)", got.URL, code, stderr.String())
					}
					if _, err := os.Stat(filepath.Join(dir, "pages.jsonl")); err != nil {
						t.Fatalf("no page file (exit %d, %s): %v", code, stderr.String(), err)
					}
					return
				}
				if got == nil {
					t.Fatalf("exit %d, stderr %q: pages did not go to NATS", code, stderr.String())
				}
				if got.URL != tt.wantURL || got.Creds != tt.creds {
					t.Errorf("NATS %q creds %q, want %q %q", got.URL, got.Creds, tt.wantURL, tt.creds)
				}
			})
		}
	}
}

// TestCrawlNATSSinkReadsEnvironment: `byline crawl --nats` publishes with
// the effective pipeline config, file then BYLINE_* environment, as the
// workers that read the stream do; it used to read the file alone, so a
// stream renamed in the environment got pages the workers never saw.
func TestCrawlNATSSinkReadsEnvironment(t *testing.T) {
	cfgFile := filepath.Join(t.TempDir(), "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte("crawl:\n  jobs:\n    - name: j\n      seeds: [\"http://127.0.0.1:1/\"]\n"+
		"pipeline:\n  pages_stream: FROMFILE\n  articles_stream: ARTS\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, env, config   string
		wantPages, wantArts string
	}{
		{"file only", "", cfgFile, "FROMFILE", "ARTS"},
		{"environment over file", "FROMENV", cfgFile, "FROMENV", "ARTS"},
		{"environment without file", "FROMENV", "", "FROMENV", "ARTICLES"},
		{"defaults", "", "", "PAGES", "ARTICLES"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("BYLINE_PIPELINE_PAGES_STREAM", tt.env)
			}
			var got pipeline.Config
			catchNATSSink(t, func(_ natsFlags, pc pipeline.Config) { got = pc })
			args := []string{"crawl", "--data", t.TempDir(), "--nats", "nats://127.0.0.1:1"}
			if tt.config != "" {
				args = append(args, "--config", tt.config)
			} else {
				args = append(args, "--seed", "http://127.0.0.1:1/")
			}
			var stdout, stderr bytes.Buffer
			if code := runCLI(context.Background(), args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "test: no NATS here") {
				t.Fatalf("exit %d, stderr %q: the NATS sink hook was not used", code, stderr.String())
			}
			if got.PagesStream != tt.wantPages || got.ArticlesStream != tt.wantArts {
				t.Errorf("pages stream %q, articles stream %q; want %q, %q", got.PagesStream, got.ArticlesStream, tt.wantPages, tt.wantArts)
			}
		})
	}
}

// TestCrawlCommandExit2WhenRobotsUnavailable: a site whose robots.txt
// answers 503 is not crawled at all; the run must say so with exit 2, not
// look like a quiet success.
func TestCrawlCommandExit2WhenRobotsUnavailable(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("%s fetched although robots.txt is unavailable", r.URL.Path)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := "crawl:\n  jobs:\n    - name: down\n      seeds: [\"" + srv.URL + "/\"]\n      retries: 0\n      allow_private: true\n      data_dir: " + dir + "\n"
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := runCLI(context.Background(), []string{"crawl", "--config", cfgFile}, &stdout, &stderr)
	if code != 2 || !strings.Contains(stdout.String(), "robots-skipped 1") || !strings.Contains(stderr.String(), "fetched nothing: disallowed by robots.txt 1") {
		t.Errorf("exit %d, want 2; stdout: %s\nstderr: %s", code, stdout.String(), stderr.String())
	}
}

// TestCrawlCommandNamesTheFailure: a host that refuses connections is
// reported as refused (not "robots-skipped 1, errors 0"), the summary is
// printed once, and a second ad-hoc crawl of another host in the same
// data folder is a job of its own.
func TestCrawlCommandNamesTheFailure(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	down := closed.URL + "/"
	closed.Close()
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := runCLI(context.Background(), []string{"crawl", "--seed", down, "--data", dir, "--allow-private", "--log-level", "error"}, &stdout, &stderr)
	out, errOut := stdout.String(), stderr.String()
	host := strings.TrimPrefix(closed.URL, "http://")
	if code != 2 || !strings.Contains(out, "errors: refused=1") || !strings.Contains(out, "unreachable: "+host+" (refused: ") ||
		!strings.Contains(out, "robots-skipped 0") {
		t.Errorf("exit %d; summary:\n%s", code, out)
	}
	if strings.Count(out+errOut, "requests ") != 1 || strings.Count(out+errOut, "crawl "+crawler.JobNameFor(down)+" (") != 1 {
		t.Errorf("the summary is not printed exactly once:\nstdout:\n%s\nstderr:\n%s", out, errOut)
	}
	if !strings.Contains(errOut, "fetched nothing: errors refused=1; "+host+" unreachable (refused: ") {
		t.Errorf("exit message: %s", errOut)
	}

	// Another site in the same data folder: its own job, its own queue.
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	stdout.Reset()
	runCLI(context.Background(), []string{"crawl", "--seed", srv.URL + "/", "--data", dir, "--allow-private", "--log-level", "error"}, &stdout, &stderr)
	if a, b := crawler.JobNameFor(down), crawler.JobNameFor(srv.URL); a == b || !strings.Contains(stdout.String(), "crawl "+b+" (") {
		t.Errorf("second crawl job %q (first %q):\n%s", b, a, stdout.String())
	}
}

// TestRunOnceExit2WhenNothingFetched: run --once of a job whose every
// request is refused exits 2, as byline crawl does, instead of 0 with
// "reconcile ok" over zero pages.
func TestRunOnceExit2WhenNothingFetched(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	// No --allow-private: the loopback address is refused.
	code := runCLI(ctx, []string{"run", "--once", "--seed", srv.URL + "/", "--data", t.TempDir(), "--addr", "", "--log-level", "error"}, &stdout, &stderr)
	if code != 2 {
		t.Fatalf("exit %d, want 2; stdout: %s\nstderr: %s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stderr.String(), "fetched nothing") || !strings.Contains(stderr.String(), "private-address=1") {
		t.Errorf("stderr does not explain: %s", stderr.String())
	}
}

// TestCrawlCommandExit3WhenJobRunning: a second run of a job whose data
// file another run holds (cron started it while the last one still goes)
// fails within seconds with its own exit status, not 1 like a broken job.
func TestCrawlCommandExit3WhenJobRunning(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	dir := t.TempDir()
	db, err := bolt.Open(filepath.Join(dir, "busy.crawl.db"), 0o640, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var stdout, stderr bytes.Buffer
	code := runCLI(context.Background(), []string{"crawl", "--job", "busy", "--seed", srv.URL + "/", "--allow-private", "--data", dir}, &stdout, &stderr)
	if code != exitLocked || exitLocked != 3 {
		t.Fatalf("exit %d, want 3; stderr: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "in use by another crawl") {
		t.Errorf("stderr does not explain: %s", stderr.String())
	}
}

// TestCrawlConfigPagesAndStatePlaces: crawl --config and schedule keep a
// job's crawl state in DATA/crawl since they resolve jobs as run does, but
// its page records stay where the help and README say and where they
// always were, DATA/pages/JOB.jsonl (not DATA/crawl/pages); and with
// --data given, the state an older crawl left in ./byline-data is not
// moved away from the directory the crawl then uses.
func TestCrawlConfigPagesAndStatePlaces(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><head><meta property="og:type" content="article"></head><body><article><p>` +
			strings.Repeat("Story of "+r.URL.Path+". ", 60) + `</p></article></body></html>`))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	seed := srv.URL + "/2025/06/01/a-story"
	job := "crawl:\n  defaults:\n    allow_private: true\n    respect_robots: false\n    max_depth: -1\n  jobs:\n" +
		"    - name: a\n      seeds: [\"" + seed + "\"]\n      schedule: '@yearly'\n"
	tests := []struct {
		name      string
		yaml      string
		cmd       []string
		legacy    bool   // an older crawl's state in ./byline-data
		wantPages string // relative to the working directory; "": none (the page was seen)
		wantState string
		noState   string // no state here after the command
	}{
		{"crawl, file's data", "data: d\n" + job, []string{"crawl"}, false, "d/pages/a.jsonl", "d/crawl/a.crawl.db", ""},
		{"crawl, default data", job, []string{"crawl"}, false, "byline-data/pages/a.jsonl", "byline-data/crawl/a.crawl.db", ""},
		{"crawl --data byline-data", job, []string{"crawl", "--data", "byline-data"}, true, "", "byline-data/a.crawl.db", "byline-data/crawl/a.crawl.db"},
		{"schedule, file's data", "data: d\n" + job, []string{"schedule", "--run-now"}, false, "d/pages/a.jsonl", "d/crawl/a.crawl.db", ""},
		{"schedule --data byline-data", job, []string{"schedule", "--run-now", "--data", "byline-data"}, true, "", "byline-data/a.crawl.db", "byline-data/crawl/a.crawl.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			if err := os.WriteFile("byline.yaml", []byte(tt.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			if tt.legacy {
				var stdout, stderr bytes.Buffer
				if code := runCLI(context.Background(), []string{"crawl", "--job", "a", "--seed", seed, "--allow-private", "--out", "-"}, &stdout, &stderr); code != 0 {
					t.Fatalf("older crawl: exit %d: %s", code, stderr.String())
				}
			}
			limit := 20 * time.Second
			if tt.wantPages == "" {
				limit = 2 * time.Second // schedule: the run-now crawl finds nothing new
			}
			ctx, cancel := context.WithTimeout(context.Background(), limit)
			defer cancel()
			if tt.cmd[0] == "schedule" && tt.wantPages != "" {
				go func() { // stop once the job wrote its page
					for ctx.Err() == nil {
						if st, err := os.Stat(tt.wantPages); err == nil && st.Size() > 0 {
							cancel()
							return
						}
						time.Sleep(20 * time.Millisecond)
					}
				}()
			}
			args := append(append([]string{}, tt.cmd...), "--config", "byline.yaml")
			var stdout, stderr bytes.Buffer
			if code := runCLI(ctx, args, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if st, err := os.Stat(tt.wantPages); tt.wantPages != "" && (err != nil || st.Size() == 0) {
				t.Errorf("page records not at %s: %v", tt.wantPages, err)
			}
			if _, err := os.Stat(tt.wantState); err != nil {
				t.Errorf("crawl state not at %s: %v", tt.wantState, err)
			}
			if tt.noState != "" {
				if _, err := os.Stat(tt.noState); err == nil {
					t.Errorf("the state of %s was moved to %s, which this crawl does not use", tt.wantState, tt.noState)
				}
			}
		})
	}
}

// TestRefetchCommands: BYLINE_CRAWL_REFETCH shows in config check and
// reaches the jobs of crawl --config; --refetch is for one run, so byline
// run refuses it (and the variable) without --once, and byline schedule
// has no such flag.
func TestRefetchCommands(t *testing.T) {
	cfgFile := filepath.Join(t.TempDir(), "byline.yaml")
	if err := os.WriteFile(cfgFile, []byte("crawl:\n  jobs:\n    - {name: a, seeds: [https://a.example/], schedule: \"@every 1h\"}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		env      string // BYLINE_CRAWL_REFETCH
		wantCode int
		wantOut  string // in stdout
		wantErr  string // in stderr
	}{
		{name: "config check", args: []string{"config", "check", cfgFile}, wantOut: "refetch: false"},
		{name: "config check, environment", args: []string{"config", "check", cfgFile}, env: "true", wantOut: "refetch: true"},
		{name: "config check lists the variable", args: []string{"config", "check", "--env"}, wantOut: "BYLINE_CRAWL_REFETCH\n"},
		{name: "run --refetch without --once", args: []string{"run", "--config", cfgFile, "--refetch"}, wantCode: 2, wantErr: "use it with --once"},
		{name: "run, environment, without --once", args: []string{"run", "--config", cfgFile}, env: "1", wantCode: 2, wantErr: "use it with --once"},
		{name: "schedule has no --refetch", args: []string{"schedule", "--config", cfgFile, "--refetch"}, wantCode: 2, wantErr: "unknown flag: --refetch"},
		// Nor does it take the variable, which would make every run of
		// every job a re-fetch, as run refuses it without --once.
		{name: "schedule, environment", args: []string{"schedule", "--config", cfgFile}, env: "true", wantCode: 2, wantErr: "BYLINE_CRAWL_REFETCH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("BYLINE_CRAWL_REFETCH", tt.env)
			}
			var stdout, stderr bytes.Buffer
			// Bounded: a schedule that took the variable would run on.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			code := runCLI(ctx, tt.args, &stdout, &stderr)
			if code != tt.wantCode || !strings.Contains(stdout.String(), tt.wantOut) || !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s\nwant %q in stdout, %q in stderr", code, tt.wantCode, stdout.String(), stderr.String(), tt.wantOut, tt.wantErr)
			}
		})
	}
	fc, _, err := func() (*crawler.FileConfig, map[string]string, error) {
		t.Setenv("BYLINE_CRAWL_REFETCH", "true")
		return loadCrawlFile(cfgFile, false)
	}()
	if err != nil || !fc.Jobs[0].Refetch {
		t.Errorf("crawl --config with BYLINE_CRAWL_REFETCH=true: %+v, %v; want the job a re-fetch", fc, err)
	}
}

// loadCrawlFile is how the commands read a file's crawl jobs:
// loadConfig, then crawlFileJobs.
func loadCrawlFile(path string, adopt bool) (*crawler.FileConfig, map[string]string, error) {
	c, err := loadConfig(path, nil)
	if err != nil {
		return nil, nil, err
	}
	return crawlFileJobs(c, path, adopt, slog.Default())
}

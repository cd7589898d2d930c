package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config describes one crawl job. YAML keys are the snake_case names in the
// struct tags. Build one with DefaultConfig and change what you need: New
// fills zero numeric and string fields with their defaults, but the
// booleans that default to true (RespectRobots, DiscoverSitemaps,
// DiscoverFeeds, AutoThrottle.Enabled) can only come from DefaultConfig or
// the YAML loader.
//
// Zero in Go code means the default; a config file can write 0 on
// purpose. ParseConfig keeps an explicit max_depth: 0 and max_redirects: 0
// (New does too) and rejects block_threshold: 0. In Go, ask for no link
// following or no redirect with -1.
type Config struct {
	// Name identifies the job in logs, page records and the data
	// directory. Required; letters, digits, '-', '_' and '.'.
	Name string `yaml:"name"`
	// Seeds are start pages (home and section pages). They are fetched on
	// every run (with conditional GETs) and their links followed.
	Seeds []string `yaml:"seeds"`
	// Sitemaps are sitemap or sitemap index URLs (plain or gzip).
	Sitemaps []string `yaml:"sitemaps"`
	// Feeds are RSS, Atom or JSON feed URLs.
	Feeds []string `yaml:"feeds"`
	// AllowedDomains limits the hosts crawled. A domain also allows its
	// subdomains. Empty means the hosts of Seeds, Sitemaps and Feeds.
	AllowedDomains []string `yaml:"allowed_domains"`
	// Include, when not empty, lists regular expressions (RE2) of which a
	// discovered page URL must match at least one. Seeds, sitemaps and
	// feeds given in the config are always fetched.
	Include []string `yaml:"include"`
	// Exclude lists regular expressions; a URL matching any is skipped.
	Exclude []string `yaml:"exclude"`
	// MaxDepth is how many links away from a seed, feed or sitemap the
	// crawl follows (default 2). 0 in a file, or -1, fetches the seeds and
	// the sitemap and feed entries but follows no link.
	MaxDepth int `yaml:"max_depth"`
	// MaxPages caps the HTTP fetches of one run (default 10000; robots.txt
	// fetches are not counted). What is left stays queued for the next run.
	MaxPages int `yaml:"max_pages"`
	// UserAgent is sent with every request and matched against robots.txt
	// groups (default "BylineBot/1.0 (+https://example.invalid/bot)").
	UserAgent string `yaml:"user_agent"`
	// RobotsAgent is the product token looked up in robots.txt; empty means
	// the product name in UserAgent that names a bot (bot, crawler,
	// spider), else its first product name.
	RobotsAgent string `yaml:"robots_agent"`
	// AllowPrivate lets the crawler connect to loopback, private and
	// link-local addresses (default false: they are refused at dial time).
	AllowPrivate bool `yaml:"allow_private"`
	// DataDir holds the job's seen-set and frontier (default ./byline-data).
	DataDir string `yaml:"data_dir"`
	// Delay is the minimum time between two requests to one host
	// (default 1s). A larger robots.txt Crawl-delay wins. It counts the
	// requests of every job that shares the crawler's Politeness (all the
	// jobs of a byline process); the largest Delay of the jobs crawling
	// a host at the time wins.
	Delay time.Duration `yaml:"delay"`
	// RandomDelay adds up to this much random time to each host delay
	// (default 0).
	RandomDelay time.Duration `yaml:"random_delay"`
	// Parallelism is the number of requests in flight to one host
	// (default 1), over every job that shares the crawler's Politeness;
	// the smallest of the jobs crawling a host at the time wins.
	Parallelism int `yaml:"parallelism"`
	// GlobalConcurrency is the number of the job's requests in flight
	// over all hosts (default 8).
	GlobalConcurrency int `yaml:"global_concurrency"`
	// Timeout bounds one request, body included (default 30s).
	Timeout time.Duration `yaml:"timeout"`
	// MaxBodyBytes caps a response body, after gzip decoding (default
	// 8 MiB). A larger page is counted as too-large, never published cut.
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// MaxRedirects is the longest redirect chain followed (default 10).
	// 0 in a file, or -1, follows none: a page that redirects is counted
	// too-many-redirects. robots.txt is always allowed 5 (RFC 9309).
	MaxRedirects int `yaml:"max_redirects"`
	// MaxSitemapBytes caps a sitemap, after gzip decoding (default 50 MiB,
	// the protocol's limit). Sitemaps are parsed as they stream in, so
	// the cap bounds time and disk, not memory; the URLs before the cap
	// are kept and the sitemap is counted too-large.
	MaxSitemapBytes int64 `yaml:"max_sitemap_bytes"`
	// MaxLinksPerPage caps the new URLs one HTML page adds to the
	// frontier (default 1000); the rest are counted as dropped.
	MaxLinksPerPage int `yaml:"max_links_per_page"`
	// MaxQueue caps the URLs waiting in the job's frontier (default
	// 100000); URLs found beyond it are dropped, counted, and queued when
	// found again once there is room. Config sources are always queued,
	// and the known pages a re-fetch queued (Refetch) take no room.
	MaxQueue int `yaml:"max_queue"`
	// MaxDataBytes is the disk budget of the job's data file (frontier
	// and seen-set, default 2 GiB): over it, no new URL is queued (they
	// are counted as dropped); known URLs are still fetched.
	MaxDataBytes int64 `yaml:"max_data_bytes"`
	// Retries is how many times a failed request (timeout, connection
	// error, 5xx, 429) is tried again, with exponential backoff and jitter
	// (default 2).
	Retries int `yaml:"retries"`
	// RetryBase is the first backoff (default 1s); each retry doubles it.
	RetryBase time.Duration `yaml:"retry_base"`
	// MaxRetryAfter is the longest Retry-After honoured (default 5m); a
	// host asking for more is given up for this run.
	MaxRetryAfter time.Duration `yaml:"max_retry_after"`
	// RespectRobots obeys robots.txt rules and Crawl-delay (default true).
	RespectRobots bool `yaml:"respect_robots"`
	// DiscoverSitemaps reads the Sitemap: lines of robots.txt (default
	// true).
	DiscoverSitemaps bool `yaml:"discover_sitemaps"`
	// DiscoverFeeds follows <link rel=alternate> RSS/Atom feeds found on
	// HTML pages (default true).
	DiscoverFeeds bool `yaml:"discover_feeds"`
	// BlockThreshold is how many blocked answers in a row (403, 429 after
	// retries, challenge pages) or unanswered requests in a row (timeouts,
	// refused or reset connections, after retries) make the crawler give a
	// host up for the rest of the run, and for the other jobs sharing
	// the crawler's Politeness while they crawl it (default 5; the
	// answers in a row are counted over those jobs); its URLs are tried
	// again next run. Any other HTTP answer resets the count. It is at
	// least 1: a crawler that never gives up a host that blocks it is
	// not polite, so block_threshold: 0 in a file is an error (set a
	// large number to be patient).
	BlockThreshold int `yaml:"block_threshold"`
	// AutoThrottle adapts the per-host delay to the server's latency.
	AutoThrottle AutoThrottle `yaml:"auto_throttle"`
	// PolitenessScope is "shared" (default): when the crawler's
	// Politeness has a HostGate (SharedWith; Byline gives it one whenever
	// the crawl publishes to NATS), the delay, Crawl-delay, Retry-After
	// and backoff pauses count the requests of every process that shares
	// it. "process" keeps them to the jobs of this process.
	PolitenessScope string `yaml:"politeness_scope"`
	// Schedule is a cron expression (5 fields, or @every 10m, @hourly...)
	// used by the scheduler; empty means the job only runs by hand.
	Schedule string `yaml:"schedule"`
	// Refetch makes each run of the job a re-fetch (default false), for
	// re-extracting what is stored after an extractor upgrade: every
	// article page an earlier run fetched is queued at the start of the
	// run, whether or not a listing leads to it today, and fetched again
	// (once per run, as any page), without If-None-Match or
	// If-Modified-Since, and handed to the sink even when its text hash
	// is the one handed on before (counted in Summary.Resent, not in
	// Unchanged). Listings, feeds, sitemaps, robots.txt and politeness are
	// as in any run. It costs a request for every known article page,
	// at the job's politeness: set it for one run (byline
	// crawl --refetch) rather than on a job with a Schedule, where every
	// run would fetch every known article again.
	Refetch bool `yaml:"refetch"`

	// zero lists the keys a config file set to 0 on purpose: withDefaults
	// leaves them at 0 (see ParseConfig).
	zero zeroKeys
}

// zeroKeys is a set of keys whose 0 came from a config file.
type zeroKeys uint8

const (
	zeroMaxDepth zeroKeys = 1 << iota
	zeroMaxRedirects
	zeroBlockThreshold
)

// markZeros records the keys of c that are 0 although c started from
// DefaultConfig, where they are not: the file wrote 0.
func (c *Config) markZeros() {
	for _, k := range []struct {
		v   int
		key zeroKeys
	}{{c.MaxDepth, zeroMaxDepth}, {c.MaxRedirects, zeroMaxRedirects}, {c.BlockThreshold, zeroBlockThreshold}} {
		if k.v == 0 {
			c.zero |= k.key
		} else {
			c.zero &^= k.key
		}
	}
}

// AutoThrottle configures Scrapy-style adaptive delays: after each response
// the host delay moves halfway towards latency/TargetConcurrency, never
// below Config.Delay nor above MaxDelay; a 429 or 503 doubles it.
type AutoThrottle struct {
	// Enabled turns adaptive delays on (default true).
	Enabled bool `yaml:"enabled"`
	// TargetConcurrency is the average number of requests to aim for in
	// flight per host (default 1.0).
	TargetConcurrency float64 `yaml:"target_concurrency"`
	// StartDelay is the first delay used for a host (default 1s, or Delay
	// if larger).
	StartDelay time.Duration `yaml:"start_delay"`
	// MaxDelay is the ceiling on the adaptive delay (default 60s).
	MaxDelay time.Duration `yaml:"max_delay"`
}

// Default values, also used to fill zero fields.
const (
	DefaultUserAgent         = "BylineBot/1.0 (+https://example.invalid/bot)"
	DefaultDataDir           = "byline-data"
	DefaultMaxDepth          = 2
	DefaultMaxPages          = 10000
	DefaultDelay             = time.Second
	DefaultParallelism       = 1
	DefaultGlobalConcurrency = 8
	DefaultTimeout           = 30 * time.Second
	DefaultMaxBodyBytes      = 8 << 20
	DefaultMaxRedirects      = 10
	DefaultMaxSitemapBytes   = 50 << 20
	DefaultMaxLinksPerPage   = 1000
	DefaultMaxQueue          = 100_000
	DefaultMaxDataBytes      = 2 << 30
	DefaultRetries           = 2
	DefaultRetryBase         = time.Second
	DefaultMaxRetryAfter     = 5 * time.Minute
	DefaultBlockThreshold    = 5
)

// DefaultConfig returns a job with every default set; Name and at least one
// source are still needed.
func DefaultConfig() Config {
	return Config{
		MaxDepth:          DefaultMaxDepth,
		MaxPages:          DefaultMaxPages,
		UserAgent:         DefaultUserAgent,
		DataDir:           DefaultDataDir,
		Delay:             DefaultDelay,
		Parallelism:       DefaultParallelism,
		GlobalConcurrency: DefaultGlobalConcurrency,
		Timeout:           DefaultTimeout,
		MaxBodyBytes:      DefaultMaxBodyBytes,
		MaxRedirects:      DefaultMaxRedirects,
		MaxSitemapBytes:   DefaultMaxSitemapBytes,
		MaxLinksPerPage:   DefaultMaxLinksPerPage,
		MaxQueue:          DefaultMaxQueue,
		MaxDataBytes:      DefaultMaxDataBytes,
		Retries:           DefaultRetries,
		RetryBase:         DefaultRetryBase,
		MaxRetryAfter:     DefaultMaxRetryAfter,
		RespectRobots:     true,
		DiscoverSitemaps:  true,
		DiscoverFeeds:     true,
		BlockThreshold:    DefaultBlockThreshold,
		PolitenessScope:   ScopeShared,
		AutoThrottle: AutoThrottle{
			Enabled:           true,
			TargetConcurrency: 1,
			StartDelay:        time.Second,
			MaxDelay:          time.Minute,
		},
	}
}

// withDefaults returns c with zero numeric and string fields set to their
// defaults, except those a config file set to 0 on purpose. Delay 0 is
// kept when AutoThrottle is off (politeness off is a legitimate choice for
// one's own site); negative values are left for Validate to reject.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxDepth == 0 && c.zero&zeroMaxDepth == 0 {
		c.MaxDepth = d.MaxDepth
	}
	if c.MaxPages == 0 {
		c.MaxPages = d.MaxPages
	}
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	if c.DataDir == "" {
		c.DataDir = d.DataDir
	}
	if c.Parallelism == 0 {
		c.Parallelism = d.Parallelism
	}
	if c.GlobalConcurrency == 0 {
		c.GlobalConcurrency = d.GlobalConcurrency
	}
	if c.Timeout == 0 {
		c.Timeout = d.Timeout
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.MaxRedirects == 0 && c.zero&zeroMaxRedirects == 0 {
		c.MaxRedirects = d.MaxRedirects
	}
	if c.MaxSitemapBytes == 0 {
		c.MaxSitemapBytes = d.MaxSitemapBytes
	}
	if c.MaxLinksPerPage == 0 {
		c.MaxLinksPerPage = d.MaxLinksPerPage
	}
	if c.MaxQueue == 0 {
		c.MaxQueue = d.MaxQueue
	}
	if c.MaxDataBytes == 0 {
		c.MaxDataBytes = d.MaxDataBytes
	}
	if c.RetryBase == 0 {
		c.RetryBase = d.RetryBase
	}
	if c.MaxRetryAfter == 0 {
		c.MaxRetryAfter = d.MaxRetryAfter
	}
	if c.PolitenessScope == "" {
		c.PolitenessScope = d.PolitenessScope
	}
	if c.BlockThreshold == 0 && c.zero&zeroBlockThreshold == 0 {
		c.BlockThreshold = d.BlockThreshold
	}
	if c.AutoThrottle.TargetConcurrency == 0 {
		c.AutoThrottle.TargetConcurrency = d.AutoThrottle.TargetConcurrency
	}
	if c.AutoThrottle.MaxDelay == 0 {
		c.AutoThrottle.MaxDelay = d.AutoThrottle.MaxDelay
	}
	return c
}

var jobNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// ErrInvalidConfig is wrapped by every error Validate returns.
var ErrInvalidConfig = errors.New("invalid crawl config")

// Validate reports the first problem with c (after defaults are applied),
// wrapped in ErrInvalidConfig.
func (c Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: job %q: %s", ErrInvalidConfig, c.Name, fmt.Sprintf(format, args...))
	}
	if c.Name == "" {
		return fmt.Errorf("%w: job has no name", ErrInvalidConfig)
	}
	if !jobNameRE.MatchString(c.Name) {
		return bad("name must be 1-64 letters, digits, '.', '_' or '-'")
	}
	if len(c.Seeds)+len(c.Sitemaps)+len(c.Feeds) == 0 {
		return bad("no seeds, sitemaps or feeds")
	}
	for _, group := range []struct {
		key  string
		urls []string
	}{{"seeds", c.Seeds}, {"sitemaps", c.Sitemaps}, {"feeds", c.Feeds}} {
		for _, s := range group.urls {
			u, err := url.Parse(s)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return bad("%s: %q is not an absolute http(s) URL", group.key, s)
			}
		}
	}
	for _, d := range c.AllowedDomains {
		if d == "" || strings.ContainsAny(d, "/:* ") {
			return bad("allowed_domains: %q is not a host name", d)
		}
	}
	for _, group := range []struct {
		key  string
		pats []string
	}{{"include", c.Include}, {"exclude", c.Exclude}} {
		for _, p := range group.pats {
			if _, err := regexp.Compile(p); err != nil {
				return bad("%s: %v", group.key, err)
			}
		}
	}
	switch {
	case c.MaxDepth < -1:
		return bad("max_depth must be >= -1, got %d", c.MaxDepth)
	case c.MaxPages < 0:
		return bad("max_pages must be >= 0, got %d", c.MaxPages)
	case c.Delay < 0:
		return bad("delay must be >= 0, got %s", c.Delay)
	case c.RandomDelay < 0:
		return bad("random_delay must be >= 0, got %s", c.RandomDelay)
	case c.Parallelism < 0:
		return bad("parallelism must be >= 1, got %d", c.Parallelism)
	case c.GlobalConcurrency < 0:
		return bad("global_concurrency must be >= 1, got %d", c.GlobalConcurrency)
	case c.Timeout < 0:
		return bad("timeout must be > 0, got %s", c.Timeout)
	case c.MaxBodyBytes < 0:
		return bad("max_body_bytes must be > 0, got %d", c.MaxBodyBytes)
	case c.MaxRedirects < -1:
		return bad("max_redirects must be >= -1, got %d", c.MaxRedirects)
	case c.MaxSitemapBytes < 0:
		return bad("max_sitemap_bytes must be > 0, got %d", c.MaxSitemapBytes)
	case c.MaxLinksPerPage < 0:
		return bad("max_links_per_page must be > 0, got %d", c.MaxLinksPerPage)
	case c.MaxQueue < 0:
		return bad("max_queue must be > 0, got %d", c.MaxQueue)
	case c.MaxDataBytes < 0:
		return bad("max_data_bytes must be > 0, got %d", c.MaxDataBytes)
	case c.Retries < 0:
		return bad("retries must be >= 0, got %d", c.Retries)
	case c.BlockThreshold < 0, c.BlockThreshold == 0 && c.zero&zeroBlockThreshold != 0:
		return bad("block_threshold must be >= 1, got %d (a host that blocks the crawler is always given up; set a large number to be patient)", c.BlockThreshold)
	case c.AutoThrottle.TargetConcurrency < 0:
		return bad("auto_throttle.target_concurrency must be > 0, got %g", c.AutoThrottle.TargetConcurrency)
	case c.AutoThrottle.MaxDelay < 0:
		return bad("auto_throttle.max_delay must be >= 0, got %s", c.AutoThrottle.MaxDelay)
	case c.PolitenessScope != "" && c.PolitenessScope != ScopeShared && c.PolitenessScope != ScopeProcess:
		return bad("politeness_scope must be %s or %s, got %q", ScopeShared, ScopeProcess, c.PolitenessScope)
	}
	if c.Schedule != "" {
		if _, err := parseSchedule(c.Schedule); err != nil {
			return bad("schedule %q: %v", c.Schedule, err)
		}
	}
	return nil
}

// FileConfig is a byline.yaml crawl section: shared defaults and a list of
// jobs. Each job starts from DefaultConfig, then the file's defaults, then
// its own keys.
//
//	crawl:
//	  defaults: {user_agent: ..., delay: 2s}
//	  jobs:
//	    - name: example
//	      seeds: [https://news.example.com/]
//
// The top level may also hold other sections (nats, index, ...) owned by
// other packages; LoadConfig checks only "crawl" strictly and leaves the
// rest to their owners.
type FileConfig struct {
	// Path is the file the config was read from.
	Path string `yaml:"-"`
	// Defaults are the settings every job inherits.
	Defaults Config `yaml:"-"`
	// Jobs are the crawl jobs, fully resolved (defaults applied).
	Jobs []Config `yaml:"-"`
}

// Job returns the job called name.
func (f *FileConfig) Job(name string) (Config, error) {
	for _, j := range f.Jobs {
		if j.Name == name {
			return j, nil
		}
	}
	names := make([]string, len(f.Jobs))
	for i, j := range f.Jobs {
		names[i] = j.Name
	}
	return Config{}, fmt.Errorf("%s: no crawl job %q (jobs: %s)", f.Path, name, strings.Join(names, ", "))
}

// crawlSection is the strict shape of the crawl section, used for the first
// decoding pass that rejects unknown keys with line numbers.
type crawlSection struct {
	Defaults Config   `yaml:"defaults"`
	Jobs     []Config `yaml:"jobs"`
}

// LoadConfig reads the crawl section of a YAML file. Unknown keys in the
// crawl section are errors; every error names the file.
func LoadConfig(path string) (*FileConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load crawl config: %w", err)
	}
	fc, err := ParseConfig(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	fc.Path = path
	return fc, nil
}

// ParseConfig parses the YAML text of a config file (see LoadConfig).
func ParseConfig(data []byte) (*FileConfig, error) {
	// Pass 1: strict decoding for unknown keys and bad types, with line
	// numbers. Other top-level sections land in Others unchecked.
	var strict struct {
		Crawl  *crawlSection        `yaml:"crawl"`
		Others map[string]yaml.Node `yaml:",inline"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&strict); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("empty file")
		}
		return nil, err
	}
	if strict.Crawl == nil {
		return nil, errors.New(`no "crawl" section`)
	}
	// Pass 2: layer defaults. Decoding into a filled struct overwrites
	// only the keys present, so unset keys keep inherited values.
	var loose struct {
		Crawl struct {
			Defaults yaml.Node   `yaml:"defaults"`
			Jobs     []yaml.Node `yaml:"jobs"`
		} `yaml:"crawl"`
	}
	if err := yaml.Unmarshal(data, &loose); err != nil {
		return nil, err
	}
	sec := loose.Crawl
	defaults := DefaultConfig()
	if !sec.Defaults.IsZero() {
		if err := sec.Defaults.Decode(&defaults); err != nil {
			return nil, fmt.Errorf("crawl.defaults: %w", err)
		}
	}
	if defaults.Name != "" {
		return nil, errors.New("crawl.defaults: name belongs to a job, not to defaults")
	}
	if len(sec.Jobs) == 0 {
		return nil, errors.New("crawl.jobs: no jobs defined")
	}
	fc := &FileConfig{Defaults: defaults}
	seen := map[string]bool{}
	for i, jn := range sec.Jobs {
		job := defaults.clone()
		if err := jn.Decode(&job); err != nil {
			return nil, fmt.Errorf("crawl.jobs[%d]: %w", i, err)
		}
		job.markZeros() // 0 after DefaultConfig: the file wrote it
		job = job.withDefaults()
		if err := job.Validate(); err != nil {
			return nil, fmt.Errorf("crawl.jobs[%d] (line %d): %w", i, jn.Line, err)
		}
		if seen[job.Name] {
			return nil, fmt.Errorf("crawl.jobs[%d] (line %d): duplicate job name %q", i, jn.Line, job.Name)
		}
		seen[job.Name] = true
		fc.Jobs = append(fc.Jobs, job)
	}
	return fc, nil
}

// clone returns a copy of c whose slices are not shared.
func (c Config) clone() Config {
	cp := func(s []string) []string {
		if s == nil {
			return nil
		}
		return append([]string(nil), s...)
	}
	c.Seeds, c.Sitemaps, c.Feeds = cp(c.Seeds), cp(c.Sitemaps), cp(c.Feeds)
	c.AllowedDomains, c.Include, c.Exclude = cp(c.AllowedDomains), cp(c.Include), cp(c.Exclude)
	return c
}

// Package config is Byline's one configuration: the YAML file (sections
// data, crawl, pipeline, nats, index, server), overridden by BYLINE_*
// environment variables, overridden by command-line flags. Every command
// that runs the pipeline (run, run --once, worker) builds it from a
// Config, and every other command that reads a setting (crawl, schedule,
// status, tail, search, serve) reads it in the same order. byline demo is
// the exception: a fixed sample, it reads its flags alone.
//
// Order, lowest to highest: built-in defaults, the file, the environment,
// the flags. The environment name of a key is BYLINE_ followed by its path
// in upper case with "_" between the parts: pipeline.index_flush is
// BYLINE_PIPELINE_INDEX_FLUSH, nats.url is BYLINE_NATS_URL. Lists are
// comma-separated; durations use Go syntax (1m30s). The crawl section's jobs
// are a list and have no variables of their own: BYLINE_CRAWL_* set the
// same job overrides as run's flags (see Crawl), BYLINE_CRAWL_REFETCH=true
// a re-fetch of every job's known article pages. The Elasticsearch
// credentials also keep their older names (BYLINE_ES_API_KEY,
// BYLINE_ES_USERNAME, BYLINE_ES_PASSWORD, BYLINE_ES_CLOUD_ID,
// BYLINE_ES_CA_CERT, BYLINE_ES_INDEX); the newer name wins when both are
// set.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/byline/byline/crawler"
	"github.com/byline/byline/internal/secret"
	"github.com/byline/byline/pipeline"
)

// Config is the whole configuration. The zero value is valid and means
// every default: the embedded NATS server, the embedded index in
// DefaultData, the search server on DefaultAddr.
type Config struct {
	// Data is the data directory: nats/ (embedded JetStream), index/
	// (embedded index), crawl/ (crawl state). Default DefaultData.
	Data string `yaml:"data,omitempty"`
	// Crawl holds the crawl jobs of the file's crawl section (the format of
	// crawler.ParseConfig) and the overrides applied to every job.
	Crawl Crawl `yaml:"crawl,omitempty"`
	// Pipeline tunes streams, consumers and workers.
	Pipeline Pipeline `yaml:"pipeline,omitempty"`
	// NATS selects the message bus.
	NATS NATS `yaml:"nats,omitempty"`
	// Index selects the index: the embedded Bleve index in Data/index, or
	// Elasticsearch when index.elasticsearch.url is set.
	Index Index `yaml:"index,omitempty"`
	// Server is the HTTP server of byline run (search, /metrics, /healthz,
	// /readyz) and the metrics server of byline worker.
	Server Server `yaml:"server,omitempty"`
}

// Defaults.
const (
	DefaultData            = crawler.DefaultDataDir
	DefaultAddr            = "127.0.0.1:8080"
	DefaultShutdownTimeout = 10 * time.Second
)

// Crawl is the crawl section. In the file it is crawler's format
// (defaults and jobs); the override fields come from flags and BYLINE_CRAWL_*
// variables only.
type Crawl struct {
	// Jobs are the file's jobs, defaults applied (read-only here).
	Jobs []crawler.Config `yaml:"jobs,omitempty"`

	// Job runs only the job of that name (BYLINE_CRAWL_JOB, --job).
	Job string `yaml:"-" env:"JOB"`
	// Seeds, Sitemaps and Feeds replace every job's (BYLINE_CRAWL_SEEDS,
	// _SITEMAPS, _FEEDS; --seed, --sitemap, --feed); without a file they
	// make the one job.
	Seeds    []string `yaml:"-" env:"SEEDS"`
	Sitemaps []string `yaml:"-" env:"SITEMAPS"`
	Feeds    []string `yaml:"-" env:"FEEDS"`
	// AllowPrivate lets every job fetch loopback and private addresses
	// (BYLINE_CRAWL_ALLOW_PRIVATE, --allow-private).
	AllowPrivate bool `yaml:"-" env:"ALLOW_PRIVATE"`
	// MaxPages and UserAgent replace every job's when set
	// (BYLINE_CRAWL_MAX_PAGES, _USER_AGENT; --max-pages, --user-agent).
	MaxPages  int    `yaml:"-" env:"MAX_PAGES"`
	UserAgent string `yaml:"-" env:"USER_AGENT"`
	// Refetch makes every job's run a re-fetch (crawler.Config.Refetch;
	// BYLINE_CRAWL_REFETCH, --refetch): every article page a job fetched
	// before is fetched again and handed on, to be extracted again.
	Refetch bool `yaml:"-" env:"REFETCH"`

	file bool // the file had a crawl section
}

// Pipeline is the pipeline section: pipeline.Config plus the number of
// extract workers a process runs.
type Pipeline struct {
	pipeline.Config `yaml:",inline"`
	// ExtractWorkers is how many extract workers byline run (and run
	// --once) starts; default 1. Each handles extract.concurrency pages at
	// once.
	ExtractWorkers int `yaml:"extract_workers,omitempty"`
}

// NATS is the nats section.
type NATS struct {
	// URL of an external NATS cluster, comma-separated; "" means the
	// embedded server for byline run and nats://127.0.0.1:4222 for byline
	// worker and tail. It may hold user:password (masked when printed).
	URL string `yaml:"url,omitempty"`
	// Creds is a credentials file (JWT + nkey seed); NKey an nkey seed file.
	Creds string `yaml:"creds,omitempty"`
	NKey  string `yaml:"nkey,omitempty"`
	// TLSCA verifies the server; TLSCert and TLSKey are a client
	// certificate for mutual TLS.
	TLSCA   string `yaml:"tls_ca,omitempty"`
	TLSCert string `yaml:"tls_cert,omitempty"`
	TLSKey  string `yaml:"tls_key,omitempty"`
	// Listen lets the embedded server also accept TCP clients on HOST:PORT.
	Listen string `yaml:"listen,omitempty"`
}

// Index is the index section.
type Index struct {
	Elasticsearch Elasticsearch `yaml:"elasticsearch,omitempty"`
}

// Elasticsearch configures the Elasticsearch backend (see esindex.Config).
type Elasticsearch struct {
	// URL is one or more comma-separated node URLs; setting it selects
	// Elasticsearch instead of the embedded index.
	URL string `yaml:"url,omitempty"`
	// APIKey (base64 "id:key") wins over Username/Password. Secret.
	APIKey   string `yaml:"api_key,omitempty" secret:"true" legacy:"BYLINE_ES_API_KEY"`
	Username string `yaml:"username,omitempty" legacy:"BYLINE_ES_USERNAME"`
	Password string `yaml:"password,omitempty" secret:"true" legacy:"BYLINE_ES_PASSWORD"`
	// CloudID of an Elastic Cloud deployment (instead of URL).
	CloudID string `yaml:"cloud_id,omitempty" legacy:"BYLINE_ES_CLOUD_ID"`
	// CACert is a PEM file to trust for TLS.
	CACert string `yaml:"ca_cert,omitempty" legacy:"BYLINE_ES_CA_CERT"`
	// IndexPrefix is the read alias and monthly index prefix; default
	// byline-articles.
	IndexPrefix string `yaml:"index_prefix,omitempty" legacy:"BYLINE_ES_INDEX"`
	// Shards and Replicas of each new monthly index: default 1 shard and
	// no replica, right for one node (a replica never allocates there);
	// set replicas: 1 on a cluster so a lost node loses no article.
	Shards   int `yaml:"shards,omitempty"`
	Replicas int `yaml:"replicas,omitempty"`
}

// Enabled reports whether Elasticsearch is selected.
func (e Elasticsearch) Enabled() bool { return e.URL != "" || e.CloudID != "" }

// Server is the server section.
type Server struct {
	// Addr serves search, /metrics, /healthz and /readyz (byline run;
	// default DefaultAddr; "-" disables) or /metrics, /healthz and /readyz
	// (byline worker; default none).
	Addr string `yaml:"addr,omitempty"`
	// ShutdownTimeout is the budget of the whole stop on SIGTERM (byline
	// run, byline worker): from the signal until the process is down, every
	// stage (crawl, extract and index workers, index flush, HTTP requests,
	// NATS) stops within it, and what is not finished is redelivered.
	// Size an orchestrator's grace period above it. Default 10s.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout,omitempty"`
}

// Load reads a config file strictly: unknown keys at any level are errors
// with their line, and the crawl section is checked as crawler.ParseConfig
// does. A missing section keeps its defaults.
func Load(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data)
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// Parse is Load on the YAML text.
func Parse(data []byte) (Config, error) {
	// The sections are decoded in the one strict pass over the file, so an
	// error names the line the key has in the file (decoding a section
	// re-marshalled on its own numbered its lines from the section).
	var top file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&top); err != nil && !errors.Is(err, io.EOF) {
		return Config{}, err
	}
	c := Config{Data: top.Data, Pipeline: top.Pipeline, NATS: top.NATS, Index: top.Index, Server: top.Server}
	var keys struct {
		Pipeline yaml.Node `yaml:"pipeline"`
	}
	if err := yaml.Unmarshal(data, &keys); err != nil {
		return c, err
	}
	if hasKey(&keys.Pipeline, "compress_above") {
		c.Pipeline.SetCompressAbove(c.Pipeline.CompressAbove) // 0 is a value here, not "default"
	}
	if !top.Crawl.IsZero() {
		fc, err := crawler.ParseConfig(data)
		if err != nil {
			return c, err
		}
		c.Crawl.Jobs, c.Crawl.file = fc.Jobs, true
	}
	return c, nil
}

// file is the top level of byline.yaml as Parse reads it; the crawl section
// is read by crawler.ParseConfig.
type file struct {
	Data     string    `yaml:"data"`
	Crawl    yaml.Node `yaml:"crawl"`
	Pipeline Pipeline  `yaml:"pipeline"`
	NATS     NATS      `yaml:"nats"`
	Index    Index     `yaml:"index"`
	Server   Server    `yaml:"server"`
}

// hasKey reports whether the mapping n has the key.
func hasKey(n *yaml.Node, key string) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// HasJobs reports whether the file gave crawl jobs.
func (c *Config) HasJobs() bool { return c.Crawl.file }

// ApplyEnv overrides c from BYLINE_* variables read with lookup (use
// os.LookupEnv). A variable that does not parse is an error naming it.
func (c *Config) ApplyEnv(lookup func(string) (string, bool)) error {
	// Older names first, so the newer ones win.
	if err := walk(reflect.ValueOf(c).Elem(), "BYLINE", func(name string, f reflect.StructField, v reflect.Value) error {
		if old := f.Tag.Get("legacy"); old != "" {
			if s, ok := lookup(old); ok {
				return setValue(v, s, old)
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if err := walk(reflect.ValueOf(c).Elem(), "BYLINE", func(name string, _ reflect.StructField, v reflect.Value) error {
		if s, ok := lookup(name); ok {
			return setValue(v, s, name)
		}
		return nil
	}); err != nil {
		return err
	}
	if _, ok := lookup("BYLINE_PIPELINE_COMPRESS_ABOVE"); ok {
		c.Pipeline.SetCompressAbove(c.Pipeline.CompressAbove) // 0 is a value here, not "default"
	}
	return nil
}

// EnvNames lists every BYLINE_* variable ApplyEnv reads, sorted.
func EnvNames() []string {
	var names []string
	var c Config
	_ = walk(reflect.ValueOf(&c).Elem(), "BYLINE", func(name string, f reflect.StructField, _ reflect.Value) error {
		names = append(names, name)
		if old := f.Tag.Get("legacy"); old != "" {
			names = append(names, old)
		}
		return nil
	})
	sort.Strings(names)
	return names
}

var durationType = reflect.TypeOf(time.Duration(0))

// walk calls f for every leaf field of v with its environment name.
func walk(v reflect.Value, prefix string, f func(name string, sf reflect.StructField, v reflect.Value) error) error {
	t := v.Type()
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		fv := v.Field(i)
		key, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if e := sf.Tag.Get("env"); e != "" {
			key = e
		}
		inline := strings.Contains(sf.Tag.Get("yaml"), "inline")
		if key == "-" || (key == "" && !inline && sf.Type.Kind() != reflect.Struct) {
			continue
		}
		name := prefix
		if !inline {
			name += "_" + strings.ToUpper(key)
		}
		if sf.Name == "Jobs" { // the crawl jobs are a list: no variables
			continue
		}
		if sf.Type.Kind() == reflect.Struct && sf.Type != durationType {
			if err := walk(fv, name, f); err != nil {
				return err
			}
			continue
		}
		if err := f(name, sf, fv); err != nil {
			return err
		}
	}
	return nil
}

// setValue parses s into v.
func setValue(v reflect.Value, s, name string) error {
	bad := func(err error) error { return fmt.Errorf("config: %s=%q: %w", name, s, err) }
	switch {
	case v.Type() == durationType:
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			return bad(err)
		}
		v.SetInt(int64(d))
	case v.Kind() == reflect.String:
		v.SetString(s)
	case v.Kind() == reflect.Bool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return bad(err)
		}
		v.SetBool(b)
	case v.Kind() == reflect.Int || v.Kind() == reflect.Int64:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return bad(err)
		}
		v.SetInt(n)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String:
		var out []string
		for p := range strings.SplitSeq(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		v.Set(reflect.ValueOf(out))
	case v.Kind() == reflect.Slice && v.Type().Elem() == durationType:
		var out []time.Duration
		for p := range strings.SplitSeq(s, ",") {
			d, err := time.ParseDuration(strings.TrimSpace(p))
			if err != nil {
				return bad(err)
			}
			out = append(out, d)
		}
		v.Set(reflect.ValueOf(out))
	default:
		return bad(fmt.Errorf("unsupported type %s", v.Type()))
	}
	return nil
}

// WithDefaults returns c with its own defaults filled in (the pipeline
// section gets pipeline.Config's).
func (c Config) WithDefaults() Config {
	if c.Data == "" {
		c.Data = DefaultData
	}
	c.Pipeline.Config = c.Pipeline.Config.WithDefaults()
	if c.Pipeline.ExtractWorkers == 0 {
		c.Pipeline.ExtractWorkers = 1
	}
	if c.Server.ShutdownTimeout == 0 {
		c.Server.ShutdownTimeout = DefaultShutdownTimeout
	}
	return c
}

// Validate reports the first invalid setting of a defaulted Config.
func (c Config) Validate() error {
	if err := c.Pipeline.Validate(); err != nil {
		return err
	}
	if c.Pipeline.ExtractWorkers < 0 {
		return fmt.Errorf("config: pipeline.extract_workers %d: want >= 0", c.Pipeline.ExtractWorkers)
	}
	if c.Server.ShutdownTimeout < 0 {
		return fmt.Errorf("config: server.shutdown_timeout %v: want > 0", c.Server.ShutdownTimeout)
	}
	for _, a := range []struct{ key, v string }{{"server.addr", c.Server.Addr}, {"nats.listen", c.NATS.Listen}} {
		if a.v == "" || a.v == "-" {
			continue
		}
		if _, _, err := net.SplitHostPort(a.v); err != nil {
			return fmt.Errorf("config: %s %q: %w", a.key, a.v, err)
		}
	}
	if c.NATS.URL != "" && c.NATS.Listen != "" {
		return errors.New("config: nats.listen is for the embedded server; it cannot go with nats.url")
	}
	if (c.NATS.TLSCert == "") != (c.NATS.TLSKey == "") {
		return errors.New("config: nats.tls_cert and nats.tls_key go together")
	}
	for u := range strings.SplitSeq(c.NATS.URL, ",") {
		if u = strings.TrimSpace(u); u == "" {
			continue
		}
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" {
			return fmt.Errorf("config: nats.url %q: want nats://HOST:PORT or tls://HOST:PORT", redactURL(u))
		}
	}
	es := c.Index.Elasticsearch
	for u := range strings.SplitSeq(es.URL, ",") {
		if u = strings.TrimSpace(u); u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return fmt.Errorf("config: index.elasticsearch.url %q: want http:// or https://", redactURL(u))
		}
	}
	if es.URL != "" && es.CloudID != "" {
		return errors.New("config: index.elasticsearch: set url or cloud_id, not both")
	}
	if (es.Username == "") != (es.Password == "") && es.APIKey == "" {
		return errors.New("config: index.elasticsearch: username and password go together")
	}
	if c.Crawl.MaxPages < 0 {
		return fmt.Errorf("config: crawl max_pages %d: want >= 0", c.Crawl.MaxPages)
	}
	return nil
}

// Masked returns a copy of c safe to print: the ES api_key and password
// replaced by "*****", passwords and tokens in URLs by "xxxxx".
func (c Config) Masked() Config {
	const mask = "*****"
	es := &c.Index.Elasticsearch
	if es.APIKey != "" {
		es.APIKey = mask
	}
	if es.Password != "" {
		es.Password = mask
	}
	es.URL = redactURLs(es.URL)
	c.NATS.URL = redactURLs(c.NATS.URL)
	return c
}

// YAML renders c (mask it first) with every effective crawl job.
func (c Config) YAML() ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func redactURLs(s string) string {
	if s == "" {
		return s
	}
	parts := strings.Split(s, ",")
	for i, p := range parts {
		parts[i] = redactURL(strings.TrimSpace(p))
	}
	return strings.Join(parts, ",")
}

// redactURL masks the credentials of a URL: the password of
// user:password@, and a lone user part, which NATS reads as a token
// (nats://TOKEN@host). A URL that does not parse (a password with a bare
// %, no scheme), or that parses without a user although it holds an @ (a
// token or password with an unescaped / ? or #, which ends the host
// early: nats://ab/cd@host), has everything before its last @ masked.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User == nil {
		masked, _ := secret.MaskUserinfo(s, "xxxxx")
		return masked
	}
	if _, ok := u.User.Password(); !ok {
		u.User = url.User("xxxxx")
		return u.String()
	}
	return u.Redacted()
}

// Jobs resolves the crawl jobs of a defaulted Config: the file's jobs (only
// crawl.Job when set) with the overrides applied, or, without a crawl
// section, the one job the overrides describe. A job whose data_dir is the
// default keeps its state in Data/crawl.
func (c Config) Jobs() ([]crawler.Config, error) {
	o := c.Crawl
	crawlDir := c.Data + string(os.PathSeparator) + "crawl"
	var jobs []crawler.Config
	if c.Crawl.file {
		for _, j := range o.Jobs {
			if o.Job == "" || j.Name == o.Job {
				jobs = append(jobs, j)
			}
		}
		if len(jobs) == 0 {
			names := make([]string, len(o.Jobs))
			for i, j := range o.Jobs {
				names[i] = j.Name
			}
			return nil, fmt.Errorf("config: no crawl job %q (jobs: %s)", o.Job, strings.Join(names, ", "))
		}
	} else {
		if len(o.Seeds)+len(o.Sitemaps)+len(o.Feeds) == 0 {
			return nil, errors.New("nothing to crawl: give a config file with a crawl section, or at least one seed, sitemap or feed")
		}
		j := crawler.DefaultConfig()
		j.Name = o.Job
		if j.Name == "" {
			j.Name = "default"
		}
		jobs = append(jobs, j)
	}
	for i := range jobs {
		j := &jobs[i]
		if j.DataDir == "" || j.DataDir == crawler.DefaultDataDir {
			j.DataDir = crawlDir
		}
		if len(o.Seeds) > 0 {
			j.Seeds = o.Seeds
		}
		if len(o.Sitemaps) > 0 {
			j.Sitemaps = o.Sitemaps
		}
		if len(o.Feeds) > 0 {
			j.Feeds = o.Feeds
		}
		if o.AllowPrivate {
			j.AllowPrivate = true
		}
		if o.MaxPages > 0 {
			j.MaxPages = o.MaxPages
		}
		if o.UserAgent != "" {
			j.UserAgent = o.UserAgent
		}
		if o.Refetch {
			j.Refetch = true
		}
		if err := j.Validate(); err != nil {
			return nil, fmt.Errorf("crawl job %s: %w", j.Name, err)
		}
	}
	return jobs, nil
}

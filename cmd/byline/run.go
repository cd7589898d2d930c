package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
)

func init() {
	register(newRunCmd)
}

// runOptions are the flags of `byline run`.
type runOptions struct {
	Crawl              crawlOptions // the job flags of `byline crawl`
	Once               bool
	Data               string
	Addr               string
	ES                 string
	NATS               natsFlags
	NATSListen         string
	ExtractWorkers     int
	ExtractConcurrency int
	ShutdownTimeout    time.Duration
}

func newRunCmd(g *globalOptions) *cobra.Command {
	opts := &runOptions{}
	cmd := &cobra.Command{
		Use:   "run [--config FILE] [--once [--refetch]] [--nats URL] [--data DIR] [--addr HOST:PORT]",
		Short: "Run the whole pipeline in one process: crawl, extract, index, search",
		Long: `Run Byline in one process: an embedded NATS server (JetStream in DATA/nats),
the crawl jobs, extract and index workers, the embedded index (DATA/index) and
the search server with /metrics, /healthz and /readyz on --addr.

Jobs come from --config (every job, or --job NAME) or from --seed/--sitemap/
--feed flags, as for 'byline crawl'. Jobs with a schedule run on it; jobs
without one run once at start. With --nats URL the pipeline uses an external
NATS cluster instead of the embedded server (then 'byline worker' processes
elsewhere share the work); it waits for that cluster at start as 'byline
worker' does, serving /healthz meanwhile. --nats-listen lets other processes ('byline tail',
downstream subscribers) connect to the embedded server.

Settings come from the config file, then BYLINE_* environment variables,
then flags (see 'byline config check' and the README's configuration
section).

With --once every job runs one time; the command waits until every page it
published is extracted and indexed (or dead-lettered), prints the counts and
exits. --once --refetch (or BYLINE_CRAWL_REFETCH=true) makes that run a
re-fetch, as 'byline crawl --refetch': every article page a job fetched
before is fetched again and extracted again, without new revisions. Without
--once it is refused, since each scheduled run would fetch everything again.

Exit status: 0 on success, 1 on errors (crawl failed, counts that do not
reconcile with --once), 2 when a job of --once fetched nothing because every
request failed, was blocked or was disallowed (as 'byline crawl'), on a bad
config (as 'byline config check') and on bad flags (--nats with
--nats-listen), 3 when another process holds a job's data file (a run of
the same job still going; without --once byline run logs it and goes on
with its other jobs), 4 when --once could not reach the --nats cluster within a
minute, 130 when --once is interrupted (byline run stops cleanly on SIGINT
or SIGTERM: 0).`,
		Example: `  byline run --config byline.yaml
  byline run --once --seed https://news.example.com/ --data ./data
  byline run --config byline.yaml --nats-listen 127.0.0.1:4222`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRun(cmd.Context(), g, opts, cmd.Flags().Changed)
		},
	}
	f := cmd.Flags()
	addCrawlJobFlags(f, &opts.Crawl)
	f.BoolVar(&opts.Once, "once", false, "run every job once, wait until all pages are indexed, print counts and exit")
	f.StringVar(&opts.Data, "data", config.DefaultData, "data directory: nats/ (JetStream), index/ (embedded index), crawl/ (seen-set)")
	f.StringVar(&opts.Addr, "addr", config.DefaultAddr, "search server, /metrics, /healthz and /readyz address (\"\" to disable)")
	f.StringVar(&opts.ES, "es", "", "index into Elasticsearch at this URL instead of the embedded index")
	opts.NATS.addFlags(f, "use the NATS cluster at this URL instead of the embedded server")
	f.StringVar(&opts.NATSListen, "nats-listen", "", "let the embedded NATS server also accept TCP clients on HOST:PORT")
	f.IntVar(&opts.ExtractWorkers, "extract-workers", 1, "extract workers in this process")
	f.IntVar(&opts.ExtractConcurrency, "extract-concurrency", 0, "pages each extract worker handles at once (default GOMAXPROCS)")
	f.DurationVar(&opts.ShutdownTimeout, "shutdown-timeout", config.DefaultShutdownTimeout, "time budget of the whole shutdown (drain, index flush, NATS); unfinished work is redelivered")
	cmd.MarkFlagsMutuallyExclusive("nats", "nats-listen")
	return cmd
}

// addCrawlJobFlags registers the job flags of `byline crawl` (see
// crawlJob) except --data, --out and --nats, which `run` owns.
func addCrawlJobFlags(f *pflag.FlagSet, o *crawlOptions) {
	f.StringVar(&o.Config, "config", "", "YAML config file (sections crawl, pipeline, nats, index, server)")
	f.StringVar(&o.Job, "job", "", "run only this job (default: every job in --config)")
	f.StringArrayVar(&o.Seeds, "seed", nil, "seed URL (repeatable)")
	f.StringArrayVar(&o.Sitemaps, "sitemap", nil, "sitemap or sitemap index URL (repeatable)")
	f.StringArrayVar(&o.Feeds, "feed", nil, "RSS/Atom feed URL (repeatable)")
	f.BoolVar(&o.AllowPrivate, "allow-private", false, "allow loopback, private and link-local addresses")
	f.IntVar(&o.MaxPages, "max-pages", crawler.DefaultMaxPages, "maximum fetches per job run")
	f.StringVar(&o.UserAgent, "user-agent", crawler.DefaultUserAgent, "User-Agent header, also matched in robots.txt")
	f.BoolVar(&o.Refetch, "refetch", false, refetchUsage+"; with --once only")
}

// toConfig copies the crawl job flags that were given into c.
func (o *crawlOptions) toConfig(c *config.Crawl, changed func(string) bool) {
	if changed("job") {
		c.Job = o.Job
	}
	if changed("seed") {
		c.Seeds = o.Seeds
	}
	if changed("sitemap") {
		c.Sitemaps = o.Sitemaps
	}
	if changed("feed") {
		c.Feeds = o.Feeds
	}
	if changed("allow-private") {
		c.AllowPrivate = o.AllowPrivate
	}
	if changed("max-pages") {
		c.MaxPages = o.MaxPages
	}
	if changed("user-agent") {
		c.UserAgent = o.UserAgent
	}
	if changed("refetch") {
		c.Refetch = o.Refetch
	}
}

// toConfig maps the flags of byline run that were given onto c.
func (o *runOptions) toConfig(c *config.Config, changed func(string) bool) {
	o.Crawl.toConfig(&c.Crawl, changed)
	o.NATS.toConfig(&c.NATS, changed)
	if changed("data") {
		c.Data = o.Data
	}
	if changed("addr") {
		c.Server.Addr = o.Addr
		if o.Addr == "" {
			c.Server.Addr = "-"
		}
	}
	if changed("es") {
		c.Index.Elasticsearch.URL = o.ES
	}
	if changed("nats-listen") {
		c.NATS.Listen = o.NATSListen
	}
	if changed("extract-workers") {
		c.Pipeline.ExtractWorkers = o.ExtractWorkers
	}
	if changed("extract-concurrency") {
		c.Pipeline.Extract.Concurrency = o.ExtractConcurrency
	}
	if changed("shutdown-timeout") {
		c.Server.ShutdownTimeout = o.ShutdownTimeout
	}
}

func runRun(ctx context.Context, g *globalOptions, o *runOptions, changed func(string) bool) error {
	log := g.Log
	c, err := loadConfig(o.Crawl.Config, func(c *config.Config) { o.toConfig(c, changed) })
	if err != nil {
		return usageError(err)
	}
	if c.Server.Addr == "" {
		c.Server.Addr = config.DefaultAddr
	}
	if c.Crawl.Refetch && !o.Once {
		// Every job's every run would fetch all it knows again.
		return usageError(errors.New("--refetch (BYLINE_CRAWL_REFETCH) is for one run: use it with --once, or with byline crawl"))
	}
	jobs, err := c.Jobs()
	if err != nil {
		return usageError(err)
	}
	if o.Once {
		res, err := runOnce(ctx, onceOptions{Config: c, Jobs: jobs, Logger: log})
		if err != nil {
			return err
		}
		fmt.Fprint(g.Stdout, res.String())
		if !res.Reconciled {
			return &exitError{code: 1, err: errors.New("run --once: counts do not reconcile (pages left from an earlier run, or other workers on the same NATS)")}
		}
		// As byline crawl: a job that could fetch nothing (site down,
		// blocked, robots.txt unreachable) is no success for cron.
		var failed []string
		for _, s := range res.Crawls {
			if fetchedNothing(s) {
				failed = append(failed, fmt.Sprintf("crawl %s fetched nothing: %s", s.Job, s.Failure()))
			}
		}
		if len(failed) > 0 {
			return &exitError{code: 2, err: fmt.Errorf("run --once: %s", strings.Join(failed, "; "))}
		}
		return nil
	}
	cm := newCrawlMetrics()
	p, err := newPipeline(c, wiring{stage: stageAll, name: "byline-run", jobs: jobs, logger: log,
		collectors: cm.collectors(), onCrawl: cm.add})
	if err != nil {
		return usageError(err)
	}
	return p.Run(ctx)
}

// crawlMetrics are the crawl counters of byline run, per job, added when
// each run ends (the pipeline's own counters move live). Labels are the
// job names of the config and fixed kinds: never hosts or URLs.
type crawlMetrics struct {
	pages  *prometheus.CounterVec // job, kind: fetched, new, unchanged, resent, errors
	errors *prometheus.CounterVec // job, kind: crawler.ErrorKind
}

func newCrawlMetrics() *crawlMetrics {
	return &crawlMetrics{
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "byline_crawl_pages_total", Help: "Crawl results per job and kind (fetched, new, unchanged, resent, errors), added at the end of each run."},
			[]string{"job", "kind"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "byline_crawl_errors_total", Help: "Failed URLs per job and error kind (timeout, status, dns, refused, ...), added at the end of each run."},
			[]string{"job", "kind"}),
	}
}

func (m *crawlMetrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.pages, m.errors}
}

// add counts one finished run.
func (m *crawlMetrics) add(s crawler.Summary, _ error) {
	m.pages.WithLabelValues(s.Job, "fetched").Add(float64(s.Fetched))
	m.pages.WithLabelValues(s.Job, "new").Add(float64(s.New))
	m.pages.WithLabelValues(s.Job, "unchanged").Add(float64(s.Unchanged))
	m.pages.WithLabelValues(s.Job, "resent").Add(float64(s.Resent))
	m.pages.WithLabelValues(s.Job, "errors").Add(float64(s.ErrorsTotal()))
	for kind, n := range s.Errors {
		m.errors.WithLabelValues(s.Job, string(kind)).Add(float64(n))
	}
}

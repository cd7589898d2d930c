package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
)

func init() { register(newCrawlCmd) }

// crawlOptions are the flags of `byline crawl`.
type crawlOptions struct {
	Config       string
	Job          string
	Seeds        []string
	Sitemaps     []string
	Feeds        []string
	Data         string
	AllowPrivate bool
	MaxPages     int
	UserAgent    string
	Refetch      bool      // fetch every article page fetched before again and hand it on (crawler.Config.Refetch)
	Out          string    // JSONL file for page records; "-" is stdout
	NATS         natsFlags // publish to NATS JetStream instead when NATS.URL is set (see natsCrawlSinkWith)

	metrics  *pipeline.Metrics // the NATS publisher records here (nil: nowhere)
	pipeline pipeline.Config   // the effective pipeline section: streams and settings of the NATS sink
	// pagesData is where the --config job's page records go by default
	// (PAGESDATA/pages/JOB.jsonl): see crawlFileJobs.
	pagesData string
	// envData is BYLINE_DATA when it stands in for a file's data: (no
	// --config, no --data): the job keeps its state in ENVDATA/crawl and
	// its records in ENVDATA/pages, as a file's job without data_dir does.
	envData string

	changed func(name string) bool // which flags were given
}

func newCrawlCmd(g *globalOptions) *cobra.Command {
	opts := &crawlOptions{}
	cmd := &cobra.Command{
		Use:   "crawl [--config FILE] [--job NAME] [--seed URL]... [--sitemap URL]... [--feed URL]... [--refetch]",
		Short: "Run one crawl job once and exit",
		Long: `Run one crawl job once and exit (cron or a Kubernetes CronJob runs it).

With --config, the job comes from the file's crawl section (--job picks it when
there are several); --seed, --sitemap and --feed then replace the job's lists,
and the other flags override its settings. Without --config the flags alone
define one job.

The BYLINE_CRAWL_* variables set the same overrides as the flags, with or
without --config; a flag given wins.

With --refetch (or BYLINE_CRAWL_REFETCH=true) the run also fetches every
article page the job fetched in earlier runs again, without conditional
headers, and hands it on even when its text is unchanged (counted "resent"),
so that the pipeline extracts it again after an extractor upgrade; the index
stage then replaces the stored extraction without recording a revision.
Pages left over by --max-pages are re-fetched by the next runs.

Article pages go to NATS when one is named (--nats, else BYLINE_NATS_URL,
else the file's nats.url, as every command reads it), otherwise to --out
as JSON lines (one article.Page per line, body base64), by default
DATA/pages/JOB.jsonl. --out given without --nats always writes the file.

Exit status: 0 when the job ran (single URLs may still have failed: see the
summary), 1 on a bad config or when the job could not run, 2 when it ran but
fetched nothing because every request failed, was blocked or was disallowed
by robots.txt (an unreachable robots.txt disallows everything), 3 when
another run of the same job still holds its data file (DATA/JOB.crawl.db;
the second run gives up after 2 seconds and changes nothing), 4 when --nats
could not be reached (or JetStream did not answer) within a minute, each
failed attempt logged, 130 when interrupted.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.changed = func(name string) bool { return cmd.Flags().Changed(name) }
			return runCrawl(cmd.Context(), g, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "", "YAML config file with a crawl section")
	f.StringVar(&opts.Job, "job", "", "job name (from --config, or the name of the flag-defined job)")
	f.StringArrayVar(&opts.Seeds, "seed", nil, "seed URL (repeatable)")
	f.StringArrayVar(&opts.Sitemaps, "sitemap", nil, "sitemap or sitemap index URL (repeatable)")
	f.StringArrayVar(&opts.Feeds, "feed", nil, "RSS/Atom feed URL (repeatable)")
	f.StringVar(&opts.Data, "data", crawler.DefaultDataDir, "data directory (seen-set, frontier, page records)")
	f.BoolVar(&opts.AllowPrivate, "allow-private", false, "allow loopback, private and link-local addresses")
	f.IntVar(&opts.MaxPages, "max-pages", crawler.DefaultMaxPages, "maximum fetches in this run")
	f.StringVar(&opts.UserAgent, "user-agent", crawler.DefaultUserAgent, "User-Agent header, also matched in robots.txt")
	f.BoolVar(&opts.Refetch, "refetch", false, refetchUsage)
	f.StringVar(&opts.Out, "out", "", `JSONL file for page records ("-" for stdout; default DATA/pages/JOB.jsonl)`)
	opts.NATS.addFlags(f, "publish page records to NATS JetStream at this URL instead of --out")
	return cmd
}

// refetchUsage is the help of --refetch (crawl, run --once).
const refetchUsage = "re-fetch: fetch every article page the job fetched before again, whole, and hand it on even when unchanged, " +
	"to extract it again after an upgrade (costs a request per known article page, at the job's politeness)"

// isChanged reports whether the flag was given on the command line.
func (o *crawlOptions) isChanged(name string) bool { return o.changed != nil && o.changed(name) }

// crawlJob resolves the job from the config (the --config file, if any,
// and the BYLINE_* environment, loaded into c) and the flags, which win:
// with --config the file's job with the BYLINE_CRAWL_* overrides applied,
// without it the one job the flags and those variables describe.
func crawlJob(opts *crawlOptions, c config.Config, log *slog.Logger) (crawler.Config, error) {
	changed := opts.isChanged
	var cfg crawler.Config
	if opts.Config != "" {
		fc, pagesData, err := crawlFileJobs(c, opts.Config, !changed("data"), log)
		if err != nil {
			return cfg, err
		}
		switch {
		case opts.Job != "":
			if cfg, err = fc.Job(opts.Job); err != nil {
				return cfg, err
			}
		case len(fc.Jobs) == 1:
			cfg = fc.Jobs[0]
		default:
			names := ""
			for _, j := range fc.Jobs {
				names += " " + j.Name
			}
			return cfg, fmt.Errorf("%s has %d jobs: pick one with --job (%s)", opts.Config, len(fc.Jobs), names[1:])
		}
		opts.pagesData = pagesData[cfg.Name]
	} else {
		opts.envOverrides(c.Crawl)
		cfg = crawler.DefaultConfig()
		cfg.Name = opts.Job
		if cfg.Name == "" {
			// Named after the site, so a second ad-hoc crawl of another
			// site in the same data folder has its own queue.
			cfg.Name = crawler.JobNameFor(append(append(slices.Clone(opts.Seeds), opts.Sitemaps...), opts.Feeds...)...)
		}
		if len(opts.Seeds)+len(opts.Sitemaps)+len(opts.Feeds) == 0 {
			return cfg, errors.New("nothing to crawl: give --config, or at least one --seed, --sitemap or --feed (or BYLINE_CRAWL_SEEDS, _SITEMAPS, _FEEDS)")
		}
	}
	if changed("seed") || opts.Config == "" {
		cfg.Seeds = opts.Seeds
	}
	if changed("sitemap") || opts.Config == "" {
		cfg.Sitemaps = opts.Sitemaps
	}
	if changed("feed") || opts.Config == "" {
		cfg.Feeds = opts.Feeds
	}
	switch {
	case changed("data") || opts.Config == "" && opts.envData == "":
		cfg.DataDir = opts.Data
	case opts.Config == "": // BYLINE_DATA: laid out as DATA is everywhere
		cfg.DataDir, opts.pagesData = filepath.Join(opts.envData, "crawl"), opts.envData
		// The state such a crawl kept in ./byline-data, where it went
		// while the variable was ignored, comes along.
		if err := adoptLegacyState(cfg, log); err != nil {
			return cfg, err
		}
	}
	if opts.AllowPrivate {
		cfg.AllowPrivate = true
	}
	if changed("max-pages") || opts.Config == "" {
		cfg.MaxPages = opts.MaxPages
	}
	if changed("user-agent") || opts.Config == "" {
		cfg.UserAgent = opts.UserAgent
	}
	if changed("refetch") || opts.Config == "" {
		cfg.Refetch = opts.Refetch // --refetch=false over BYLINE_CRAWL_REFETCH, as flags are over the environment
	}
	if err := cfg.Validate(); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// envOverrides fills the flags not given from the BYLINE_CRAWL_* variables
// (o, the crawl section of a config loaded without a file): flags over the
// environment, as everywhere.
func (opts *crawlOptions) envOverrides(o config.Crawl) {
	changed := opts.isChanged
	if !changed("job") && o.Job != "" {
		opts.Job = o.Job
	}
	if !changed("seed") && len(o.Seeds) > 0 {
		opts.Seeds = o.Seeds
	}
	if !changed("sitemap") && len(o.Sitemaps) > 0 {
		opts.Sitemaps = o.Sitemaps
	}
	if !changed("feed") && len(o.Feeds) > 0 {
		opts.Feeds = o.Feeds
	}
	if !changed("allow-private") && o.AllowPrivate {
		opts.AllowPrivate = true
	}
	if !changed("max-pages") && o.MaxPages > 0 {
		opts.MaxPages = o.MaxPages
	}
	if !changed("user-agent") && o.UserAgent != "" {
		opts.UserAgent = o.UserAgent
	}
	if !changed("refetch") && o.Refetch {
		opts.Refetch = true
	}
}

// crawlFileJobs reads the crawl jobs of a config file (c, loaded from path
// with loadConfig) the way every other command reads the file (config
// check, run, worker): strictly, so an unknown key in any section, a
// misspelt section name included, is an error with its line, and with the
// BYLINE_* environment applied and validated. crawler.LoadConfig checks only the crawl section. The jobs are
// resolved as byline run resolves them and config check prints them: the
// BYLINE_CRAWL_* overrides applied, and a job without its own data_dir keeps
// its state in DATA/crawl (the file's data:), not in ./byline-data.
//
// pagesData maps each job to the directory whose pages/JOB.jsonl holds its
// page records by default: DATA for a job without its own data_dir (its
// records stay in DATA/pages, where they always were, though its state
// moved to DATA/crawl), its data_dir otherwise.
//
// adopt moves the state such a job kept in ./byline-data before to DATA/crawl
// (adoptLegacyState); false when --data gives the crawl another directory,
// which the state must not be moved away from.
func crawlFileJobs(c config.Config, path string, adopt bool, log *slog.Logger) (fc *crawler.FileConfig, pagesData map[string]string, err error) {
	if !c.HasJobs() {
		return nil, nil, fmt.Errorf("%s: no \"crawl\" section", path)
	}
	jobs, err := c.Jobs()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	noDir := map[string]bool{} // the file's jobs that name no data_dir of their own
	for _, j := range c.Crawl.Jobs {
		noDir[j.Name] = j.DataDir == "" || j.DataDir == crawler.DefaultDataDir
	}
	pagesData = map[string]string{}
	for _, r := range jobs {
		if !noDir[r.Name] {
			pagesData[r.Name] = r.DataDir // its own data_dir: where its state always was
			continue
		}
		pagesData[r.Name] = c.Data
		if adopt {
			if err := adoptLegacyState(r, log); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", path, err)
			}
		}
	}
	return &crawler.FileConfig{Path: path, Jobs: jobs}, pagesData, nil
}

// adoptLegacyState moves the crawl state of job j, which names no
// data_dir of its own, from where crawl --config and schedule kept it
// before they resolved jobs as run does (./byline-data/<job>.crawl.db)
// to its place now (DATA/crawl/<job>.crawl.db), so that the upgrade does
// not crawl every page of the job again. A state already at the new place
// wins; the old file is then left alone.
func adoptLegacyState(j crawler.Config, log *slog.Logger) error {
	file := j.Name + ".crawl.db"
	legacy, cur := filepath.Join(crawler.DefaultDataDir, file), filepath.Join(j.DataDir, file)
	if filepath.Clean(legacy) == filepath.Clean(cur) {
		return nil
	}
	if _, err := os.Stat(legacy); err != nil {
		return nil // nothing to adopt
	}
	if _, err := os.Stat(cur); err == nil {
		return nil
	}
	if err := os.MkdirAll(j.DataDir, 0o750); err != nil {
		return fmt.Errorf("job %s: move crawl state %s to %s: %w", j.Name, legacy, cur, err)
	}
	if err := os.Rename(legacy, cur); err != nil {
		return fmt.Errorf("job %s: move crawl state %s to %s: %w", j.Name, legacy, cur, err)
	}
	log.Info("crawl state moved to the job's data_dir", "job", j.Name, "from", legacy, "to", cur)
	return nil
}

// natsCrawlSinkWith builds the NATS JetStream publisher for `byline crawl
// --nats` and `byline schedule --nats` from the same connection flags as
// `byline worker` (URL, creds, nkey, TLS). The returned close func flushes
// and disconnects. The publisher records into m (may be nil); the sink has
// the connection's readiness (see natsSink). Tests may replace it.
var natsCrawlSinkWith = dialNATSCrawlSink

// dialNATSCrawlSink connects to the external NATS cluster n names, creates
// the pipeline's streams if there are none yet and returns a page publisher.
//
// The workers own the streams' settings (replicas, limits, consumers), so a
// crawl never updates existing streams: an update with another config, or
// with none (one replica), would quietly turn a three-replica cluster's
// streams into single-replica ones, and the next lost NATS node would stop
// the pipeline. pc is the effective pipeline section (the file the workers
// read, the BYLINE_PIPELINE_* environment over it), used for stream names
// and for creating the streams when missing.
func dialNATSCrawlSink(ctx context.Context, n natsFlags, pc pipeline.Config, m *pipeline.Metrics, log *slog.Logger) (crawler.Sink, func() error, error) {
	limit, onFail := n.wait()
	b, err := openBus(ctx, n, "byline-crawl", limit, log, onFail)
	if err != nil {
		return nil, nil, fmt.Errorf("NATS %s: %w", bus.Redact(n.URL), err)
	}
	pages := pc.WithDefaults().PagesStream
	switch _, err := b.js.Stream(ctx, pages); {
	case errors.Is(err, jetstream.ErrStreamNotFound):
		if err := pipeline.Setup(ctx, b.js, pc); err != nil {
			b.close()
			return nil, nil, fmt.Errorf("NATS %s: set up streams: %w", bus.Redact(n.URL), err)
		}
	case err != nil:
		b.close()
		return nil, nil, fmt.Errorf("NATS %s: stream %s: %w", bus.Redact(n.URL), pages, err)
	}
	pub, err := pipeline.NewPublisher(b.js, pc, pipeline.WithLogger(log), pipeline.WithMetrics(m))
	if err != nil {
		b.close()
		return nil, nil, fmt.Errorf("NATS %s: %w", bus.Redact(n.URL), err)
	}
	return natsSink{Publisher: pub, ready: pipeline.NATSReady(b.nc, b.js), js: b.js}, func() error { b.close(); return nil }, nil
}

// natsSink is the page publisher of a crawl with the readiness of its
// connection, for byline schedule's /readyz, and the connection's
// JetStream for the cross-process politeness (pipeline.HostGate).
type natsSink struct {
	*pipeline.Publisher
	ready pipeline.ReadyCheck
	js    jetstream.JetStream // nil in tests that fake the sink
}

// readyChecks are the readiness checks of a crawl sink: none for a file.
func readyChecks(sink crawler.Sink) []pipeline.ReadyCheck {
	if s, ok := sink.(natsSink); ok {
		return []pipeline.ReadyCheck{s.ready}
	}
	return nil
}

// chooseCrawlSink picks where `byline crawl` and `byline schedule` send
// article pages: the NATS opts.NATS names (see crawlNATS), else a JSONL
// file.
func chooseCrawlSink(ctx context.Context, g *globalOptions, opts *crawlOptions, job string) (crawler.Sink, func() error, error) {
	if opts.NATS.URL != "" {
		return natsCrawlSinkWith(ctx, opts.NATS, opts.pipeline, opts.metrics, g.Log)
	}
	out := opts.Out
	if out == "" {
		out = filepath.Join(opts.Data, "pages", job+".jsonl")
	}
	if out == "-" {
		s := newJSONLSink(g.Stdout, nil)
		return s, s.Close, nil
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o750); err != nil {
		return nil, nil, fmt.Errorf("page records: %w", err)
	}
	f, err := os.OpenFile(out, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o640)
	if err != nil {
		return nil, nil, fmt.Errorf("page records: %w", err)
	}
	s := newJSONLSink(f, f)
	return s, s.Close, nil
}

// jsonlSink writes one article.Page per line. Put returns after the line is
// written out (flushed); Close syncs and closes the file.
type jsonlSink struct {
	mu   sync.Mutex
	w    *bufio.Writer
	file *os.File
	err  error
}

func newJSONLSink(w io.Writer, f *os.File) *jsonlSink {
	return &jsonlSink{w: bufio.NewWriterSize(w, 256<<10), file: f}
}

func (s *jsonlSink) Put(ctx context.Context, p *article.Page) error {
	data, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode page %s: %w", p.URL, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return s.err
	}
	s.w.Write(data)
	s.w.WriteByte('\n')
	if err := s.w.Flush(); err != nil {
		s.err = fmt.Errorf("write page records: %w", err)
		return s.err
	}
	return nil
}

func (s *jsonlSink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.w.Flush()
	if s.file != nil {
		err = errors.Join(err, s.file.Sync(), s.file.Close())
		s.file = nil
	}
	return err
}

// progressReporter shows a progress bar on a terminal and periodic log
// lines otherwise.
type progressReporter struct {
	bar  *progressbar.ProgressBar
	last atomic.Pointer[crawler.Stats]
	stop chan struct{}
	done chan struct{}
}

func newProgressReporter(g *globalOptions, job string) *progressReporter {
	p := &progressReporter{stop: make(chan struct{}), done: make(chan struct{})}
	if f, ok := g.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(g.Stderr),
			progressbar.OptionSetDescription("crawl "+job),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("pages"),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		close(p.done)
		return p
	}
	go func() {
		defer close(p.done)
		t := time.NewTicker(15 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				if st := p.last.Load(); st != nil {
					g.Log.Info("crawl progress", "job", job, "fetched", st.Fetched, "new", st.New,
						"unchanged", st.Unchanged, "resent", st.Resent, "queued", st.Queued, "in_flight", st.InFlight)
				}
			}
		}
	}()
	return p
}

func (p *progressReporter) update(st crawler.Stats) {
	p.last.Store(&st)
	if p.bar != nil {
		_ = p.bar.Set64(st.Fetched)
		desc := fmt.Sprintf("new %d, unchanged %d, queued %d", st.New, st.Unchanged, st.Queued)
		if st.Resent > 0 { // a re-fetch run (--refetch)
			desc = fmt.Sprintf("new %d, unchanged %d, resent %d, queued %d", st.New, st.Unchanged, st.Resent, st.Queued)
		}
		p.bar.Describe(desc)
	}
}

func (p *progressReporter) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
		return
	}
	close(p.stop)
	<-p.done
}

// crawlNATS is where a crawl's pages go: the NATS that --nats, else
// BYLINE_NATS_URL, else the file's nats.url (c) names, with the NATS flags
// given over c; or, when --out is given without --nats, the file (n as
// the flags say). NATS credential flags that end up without a URL are an
// error: they would be ignored, the pages going to a file. Credentials
// from the file or the environment alone are not: a file may hold them
// for the commands that default to nats://127.0.0.1:4222.
func crawlNATS(c config.NATS, n natsFlags, changed func(string) bool) (natsFlags, error) {
	outOnly := changed("out") && !changed("nats")
	if !outOnly {
		n = effectiveNATS(c, n, changed)
	}
	if n.URL == "" {
		for _, f := range []string{"nats-creds", "nats-nkey", "nats-tls-ca", "nats-tls-cert", "nats-tls-key"} {
			switch {
			case !changed(f):
			case outOnly:
				return n, fmt.Errorf("--%s is for NATS, but --out without --nats writes a file", f)
			default:
				return n, fmt.Errorf("--%s needs a NATS URL (--nats, BYLINE_NATS_URL or nats.url; without one pages would go to a file)", f)
			}
		}
	}
	return n, nil
}

// effectiveConfig loads the configuration the crawl reads besides its
// job's flags: the --config file, if any, the BYLINE_* environment over it
// and the crawl flags given over both, as byline run loads it. Without a
// file, BYLINE_DATA is kept in envData (see crawlJob).
func (opts *crawlOptions) effectiveConfig() (config.Config, error) {
	return loadConfig(opts.Config, func(c *config.Config) {
		opts.toConfig(&c.Crawl, opts.isChanged)
		if opts.Config == "" && !opts.isChanged("data") {
			opts.envData = c.Data // the defaults are not applied yet: "" unless BYLINE_DATA is set
		}
	})
}

func runCrawl(ctx context.Context, g *globalOptions, opts *crawlOptions) error {
	conf, err := opts.effectiveConfig()
	if err != nil {
		return err
	}
	cfg, err := crawlJob(opts, conf, g.Log)
	if err != nil {
		return err
	}
	if opts.NATS, err = crawlNATS(conf.NATS, opts.NATS, opts.isChanged); err != nil {
		return err
	}
	opts.pipeline = conf.Pipeline.Config
	if (opts.Config != "" || opts.envData != "") && !opts.isChanged("data") {
		opts.Data = cmp.Or(opts.pagesData, cfg.DataDir)
	}
	sink, closeSink, err := chooseCrawlSink(ctx, g, opts, cfg.Name)
	if err != nil {
		return err
	}
	prog := newProgressReporter(g, cfg.Name)
	copts := []crawler.Option{crawler.WithLogger(g.Log), crawler.WithClassifier(classifyPage), crawler.WithProgress(prog.update)}
	if s, ok := sink.(natsSink); ok && s.js != nil {
		// Polite to each host together with every crawler on this NATS.
		gate := pipeline.NewHostGate(opts.pipeline)
		gate.Bind(s.js)
		copts = append(copts, crawler.WithPoliteness(crawler.NewPoliteness(crawler.SharedWith(gate, g.Log))))
	}
	c, err := crawler.New(cfg, sink, copts...)
	if err != nil {
		prog.finish()
		return errors.Join(err, closeSink())
	}
	sum, runErr := c.Run(ctx)
	prog.finish()
	if err := closeSink(); err != nil {
		runErr = errors.Join(runErr, fmt.Errorf("close page sink: %w", err))
	}
	out := g.Stdout
	if opts.Out == "-" {
		out = g.Stderr
	}
	fmt.Fprint(out, sum.String())
	// Nothing fetched because every URL failed, was blocked or was
	// disallowed (a robots.txt that is unreachable disallows everything).
	// The summary is printed above; the exit message names the cause only.
	if runErr == nil && fetchedNothing(sum) {
		return &exitError{code: 2, err: fmt.Errorf("crawl %s fetched nothing: %s", cfg.Name, sum.Failure())}
	}
	return runErr
}

// fetchedNothing reports whether a crawl ran but fetched nothing because
// every request failed, was blocked or was disallowed (exit status 2 of
// crawl and run --once).
func fetchedNothing(s crawler.Summary) bool {
	return s.Fetched == 0 && s.ErrorsTotal()+s.BlockedTotal()+s.RobotsSkipped > 0
}

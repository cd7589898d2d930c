package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"

	"github.com/spf13/cobra"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/pipeline"
)

func init() { register(newScheduleCmd) }

// scheduleOptions are the flags of `byline schedule`.
type scheduleOptions struct {
	Config       string
	Data         string
	AllowPrivate bool
	Out          string
	NATS         natsFlags
	RunNow       bool
	MetricsAddr  string

	changed  func(name string) bool
	pipeline pipeline.Config // the effective pipeline section (the file's, the environment over it)
}

func newScheduleCmd(g *globalOptions) *cobra.Command {
	opts := &scheduleOptions{}
	cmd := &cobra.Command{
		Use:   "schedule --config FILE",
		Short: "Run the config's crawl jobs on their cron schedules until stopped",
		Long: `Run every crawl job that has a schedule (cron: "*/10 * * * *", "@hourly",
"@every 10m"; local time unless the schedule starts with CRON_TZ=ZONE) until
SIGINT or SIGTERM. Across DST changes jobs run as in cronie: a fixed time the
clocks skip runs at the end of the gap, one they repeat runs once; "*/15"-style
jobs and @every keep to real time. A job whose previous run is still going when its time comes
is skipped, with a log line: one job never runs twice at once. Ticks missed
while the process was down are not made up; --run-now runs every job once at
start. Pages go to NATS when one is named (--nats, else BYLINE_NATS_URL,
else the file's nats.url; "with --nats" below means any of them), otherwise
to --out (default DATA/pages/JOB.jsonl per job); --out given without --nats
always writes the file.

With --metrics-addr it serves /metrics (byline_crawl_pages_total and
byline_crawl_errors_total per job, added when each run ends, and with --nats
byline_pages_published_total), /healthz and /readyz (with --nats: connected
and JetStream answering) on HOST:PORT, as byline worker does. With --nats it
waits for NATS at start as byline worker does: /healthz answers and /readyz
is 503 naming NATS until it answers; the jobs start then.

There is no --refetch, and BYLINE_CRAWL_REFETCH is refused (exit 2): either
would make every run of every job fetch all the job has fetched before
again. Re-fetch once with 'byline crawl --config FILE --job NAME --refetch'
(it exits 3 while this process runs the job), or give a job refetch: true
in the file to make each of its runs a re-fetch.

Exit status: 0 after a clean stop, 1 on a bad config, 2 on bad flags (no
--config).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.changed = func(name string) bool { return cmd.Flags().Changed(name) }
			return runSchedule(cmd.Context(), g, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "", "YAML config file with a crawl section (required)")
	f.StringVar(&opts.Data, "data", "", "data directory for every job (default: each job's data_dir)")
	f.BoolVar(&opts.AllowPrivate, "allow-private", false, "allow loopback, private and link-local addresses")
	f.StringVar(&opts.Out, "out", "", `JSONL file for page records of all jobs ("-" for stdout)`)
	opts.NATS.addFlags(f, "publish page records to NATS JetStream at this URL")
	f.BoolVar(&opts.RunNow, "run-now", false, "also run every job once at start")
	f.StringVar(&opts.MetricsAddr, "metrics-addr", "", "serve /metrics, /healthz and /readyz on HOST:PORT")
	_ = cmd.MarkFlagRequired("config")
	return cmd
}

func runSchedule(ctx context.Context, g *globalOptions, opts *scheduleOptions) error {
	if opts.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(opts.MetricsAddr); err != nil {
			return usageError(fmt.Errorf("--metrics-addr %q: %w", opts.MetricsAddr, err)) // a bad flag (2), as in worker
		}
	}
	c, err := loadConfig(opts.Config, func(c *config.Config) {
		if opts.changed("allow-private") {
			c.Crawl.AllowPrivate = opts.AllowPrivate // the flag over BYLINE_CRAWL_ALLOW_PRIVATE
		}
	})
	if err != nil {
		return err
	}
	// BYLINE_CRAWL_REFETCH (the crawl section's Refetch, which only the
	// environment sets here) would make every scheduled run of every job a
	// re-fetch; refused before anything, a job's legacy state included,
	// is touched. byline run refuses it likewise without --once; a job's
	// own refetch: true is the file's to say.
	if c.Crawl.Refetch {
		return usageError(errors.New("BYLINE_CRAWL_REFETCH is for one run: use it with byline crawl --config FILE --job NAME, or run --once"))
	}
	fc, pagesData, err := crawlFileJobs(c, opts.Config, opts.Data == "", g.Log)
	if err != nil {
		return err
	}
	if opts.NATS, err = crawlNATS(c.NATS, opts.NATS, opts.changed); err != nil {
		return err
	}
	opts.pipeline = c.Pipeline.Config
	jobs := fc.Jobs
	for i := range jobs {
		if opts.Data != "" {
			jobs[i].DataDir = opts.Data
			pagesData[jobs[i].Name] = opts.Data
		}
	}
	cm := newCrawlMetrics()
	pm, _ := pipeline.NewMetrics(nil) // registers nothing, cannot fail
	// One per-host politeness for every job (NewScheduler's default,
	// made explicit): two jobs on one host share its delay and slots.
	// The sink is set once NATS answers (see below).
	sink := &lateSink{}
	// With --nats the politeness is shared with every crawler process on
	// that NATS; the gate is bound once NATS answers (see below).
	var gate *pipeline.HostGate
	var popts []crawler.PolitenessOption
	if opts.NATS.URL != "" {
		gate = pipeline.NewHostGate(opts.pipeline)
		popts = append(popts, crawler.SharedWith(gate, g.Log))
	}
	s, err := crawler.NewScheduler(jobs, sink, crawler.WithLogger(g.Log), crawler.WithClassifier(classifyPage),
		crawler.WithOnFinish(cm.add), crawler.WithPoliteness(crawler.NewPoliteness(popts...)))
	if err != nil {
		return fmt.Errorf("%s: %w", opts.Config, err)
	}
	collectors := append(cm.collectors(), pm.PublisherCollectors()...)
	if gate != nil {
		collectors = append(collectors, gate.Collectors()...)
	}
	// /healthz answers at once; /readyz says why while NATS is waited for.
	octx, stopOps := context.WithCancel(ctx)
	defer stopOps()
	ready := &lateReady{}
	waitOps, err := startOps(octx, opts.MetricsAddr, collectors, []pipeline.ReadyCheck{ready.check()}, g.Log)
	if err != nil {
		return err
	}
	opts.NATS.forever = &waitForever{onFail: ready.failed}
	out, closeSink, err := scheduleSink(ctx, g, opts, jobs, pagesData, pm)
	if err != nil {
		stopOps()
		if ctx.Err() != nil {
			return waitOps() // stopped while waiting for NATS
		}
		return errors.Join(err, waitOps())
	}
	sink.Sink = out
	if ns, ok := out.(natsSink); ok && gate != nil && ns.js != nil {
		gate.Bind(ns.js)
	}
	ready.set(readyChecks(out))
	if opts.RunNow {
		go func() {
			// Let Run install its context first.
			<-s.Started()
			s.RunNow()
		}()
	}
	runErr := s.Run(ctx)
	return errors.Join(runErr, closeSink(), waitOps())
}

// lateSink is the sink of a scheduler made before its sink is open; Sink
// is set before the scheduler runs.
type lateSink struct{ crawler.Sink }

// lateReady is the readiness of byline schedule: not ready, naming the
// last failure, while it waits for NATS; then the checks of its sink.
type lateReady struct {
	mu     sync.Mutex
	checks []pipeline.ReadyCheck
	open   bool
	err    error
}

func (r *lateReady) failed(err error) {
	r.mu.Lock()
	r.err = err
	r.mu.Unlock()
}

func (r *lateReady) set(checks []pipeline.ReadyCheck) {
	r.mu.Lock()
	r.checks, r.open = checks, true
	r.mu.Unlock()
}

// check is one ready check standing for the sink's ("nats").
func (r *lateReady) check() pipeline.ReadyCheck {
	return pipeline.ReadyCheck{Name: "nats", Check: func(ctx context.Context) error {
		r.mu.Lock()
		checks, open, err := r.checks, r.open, r.err
		r.mu.Unlock()
		switch {
		case !open && err != nil:
			return fmt.Errorf("not connected yet: %w", err)
		case !open:
			return errors.New("connecting")
		}
		for _, c := range checks {
			if err := c.Check(ctx); err != nil {
				return err
			}
		}
		return nil
	}}
}

// scheduleSink is where byline schedule sends pages: a shared NATS
// publisher (recording into pm), one --out file, or by default each job's
// DATA/pages/JOB.jsonl, as byline crawl writes it.
func scheduleSink(ctx context.Context, g *globalOptions, opts *scheduleOptions, jobs []crawler.Config, pagesData map[string]string, pm *pipeline.Metrics) (crawler.Sink, func() error, error) {
	if opts.NATS.URL == "" && opts.Out == "" {
		js := newJobFilesSink(pagesData)
		return js, js.Close, nil
	}
	return chooseCrawlSink(ctx, g, &crawlOptions{Out: opts.Out, NATS: opts.NATS, Data: jobs[0].DataDir, Config: opts.Config,
		metrics: pm, pipeline: opts.pipeline}, "scheduled")
}

// jobFilesSink writes each job's pages to its own DATA/pages/JOB.jsonl,
// opening a file at the job's first page.
type jobFilesSink struct {
	dirs map[string]string // job -> data dir

	mu    sync.Mutex
	files map[string]*jsonlSink
}

// newJobFilesSink writes the pages of each job of dirs to
// DIR/pages/JOB.jsonl.
func newJobFilesSink(dirs map[string]string) *jobFilesSink {
	return &jobFilesSink{dirs: dirs, files: map[string]*jsonlSink{}}
}

// Put appends p to its job's file.
func (s *jobFilesSink) Put(ctx context.Context, p *article.Page) error {
	s.mu.Lock()
	f, ok := s.files[p.Job]
	if !ok {
		dir, known := s.dirs[p.Job]
		if !known {
			s.mu.Unlock()
			return fmt.Errorf("page %s: unknown job %q", p.URL, p.Job)
		}
		path := filepath.Join(dir, "pages", p.Job+".jsonl")
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			s.mu.Unlock()
			return fmt.Errorf("page records: %w", err)
		}
		file, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o640)
		if err != nil {
			s.mu.Unlock()
			return fmt.Errorf("page records: %w", err)
		}
		f = newJSONLSink(file, file)
		s.files[p.Job] = f
	}
	s.mu.Unlock()
	return f.Put(ctx, p)
}

// Close flushes and closes every job's file.
func (s *jobFilesSink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, f := range s.files {
		errs = append(errs, f.Close())
	}
	s.files = map[string]*jsonlSink{}
	return errors.Join(errs...)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"byline/crawler"
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

	changed func(name string) bool
}

func newScheduleCmd(g *globalOptions) *cobra.Command {
	opts := &scheduleOptions{}
	cmd := &cobra.Command{
		Use:   "schedule --config FILE",
		Short: "Run the config's crawl jobs on their cron schedules until stopped",
		Long: `Run every crawl job that has a schedule (cron: "*/10 * * * *", "@hourly",
"@every 10m") until SIGINT or SIGTERM. A job whose previous run is still going
when its time comes is skipped, with a log line: one job never runs twice at
once. Pages go to --out (default DATA/pages/JOB.jsonl per job) or to --nats.

Exit status: 0 after a clean stop, 1 on a bad config.`,
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
	_ = cmd.MarkFlagRequired("config")
	return cmd
}

func runSchedule(ctx context.Context, g *globalOptions, opts *scheduleOptions) error {
	fc, err := crawler.LoadConfig(opts.Config)
	if err != nil {
		return err
	}
	jobs := fc.Jobs
	for i := range jobs {
		if opts.Data != "" {
			jobs[i].DataDir = opts.Data
		}
		if opts.AllowPrivate {
			jobs[i].AllowPrivate = true
		}
	}
	// One sink for all jobs: a shared NATS publisher, or one JSONL file.
	data := opts.Data
	if data == "" {
		data = jobs[0].DataDir
	}
	sink, closeSink, err := chooseCrawlSink(ctx, g, &crawlOptions{Out: opts.Out, NATS: opts.NATS, Data: data}, "scheduled")
	if err != nil {
		return err
	}
	s, err := crawler.NewScheduler(jobs, sink, crawler.WithLogger(slog.Default()))
	if err != nil {
		return errors.Join(fmt.Errorf("%s: %w", opts.Config, err), closeSink())
	}
	if opts.RunNow {
		go func() {
			// Let Run install its context first.
			<-s.Started()
			s.RunNow()
		}()
	}
	runErr := s.Run(ctx)
	return errors.Join(runErr, closeSink())
}

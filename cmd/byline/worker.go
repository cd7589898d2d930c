package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/byline/byline/config"
	"github.com/byline/byline/pipeline"
)

func init() { register(newWorkerCmd) }

// workerOptions are the flags of `byline worker`.
type workerOptions struct {
	Stage           string // "extract" or "index"
	NATS            natsFlags
	Config          string
	Concurrency     int
	Data            string
	ES              string
	MetricsAddr     string
	ShutdownTimeout time.Duration
}

func newWorkerCmd(g *globalOptions) *cobra.Command {
	opts := &workerOptions{}
	cmd := &cobra.Command{
		Use:       "worker extract|index [--nats URL] [flags]",
		Short:     "Run an extract or index worker against a NATS JetStream cluster",
		ValidArgs: []string{pipeline.StageExtract, pipeline.StageIndex},
		Long: `Run one pipeline worker until SIGINT/SIGTERM, then drain: stop pulling, finish
and acknowledge the messages in hand, and exit.

  extract  consumes PAGES (durable consumer byline-extract), extracts each page
           and publishes the article to ARTICLES
  index    consumes ARTICLES (durable consumer byline-index) and writes to the
           embedded index in DATA/index or to Elasticsearch with --es

The index worker waits for an index that does not answer yet (Elasticsearch
down or restarting): it serves /healthz at once and /readyz 503 with the
reason, retries with backoff (each failure logged as a warning) and consumes
once the index answers; articles wait in JetStream meanwhile. Bad
credentials, a URL that is not Elasticsearch, a missing CA file or a mapping
conflict end it at once with exit status 1.

Likewise a worker does not need NATS to start: while NATS cannot be reached
(connection refused, a name that does not resolve yet) or JetStream does not
answer (a cluster without quorum yet), it serves /healthz, answers /readyz 503
naming NATS, retries with backoff (0.5s doubling to 30s, with jitter; each
failure logged as a warning) and starts once NATS answers. Credentials NATS
rejects, a CA that does not verify the server, a client certificate NATS
rejects, an invalid URL or a stream config that conflicts with the existing
stream end it at once with exit status 1.

Start as many as you like on as many machines: workers of one stage share
its durable consumer, so the work spreads. Streams and consumers are created
if missing (settings from the pipeline section of --config).

Settings come from --config, then BYLINE_* environment variables, then flags.

Exit status: 0 after a clean stop (also one while waiting for NATS or the
index), 1 on errors, 2 on a bad stage, a bad config or a malformed URL.`,
		Example: `  byline worker extract --nats nats://nats:4222
  byline worker index --nats tls://nats:4222 --nats-creds byline.creds --es http://es:9200`,
		Args: cobra.MatchAll(cobra.ExactArgs(1), cobra.OnlyValidArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Stage = args[0]
			return runWorker(cmd.Context(), opts, cmd.Flags().Changed, g.Log)
		},
	}
	f := cmd.Flags()
	opts.NATS.addFlags(f, "NATS server URL(s), comma-separated (default "+"nats://127.0.0.1:4222)")
	f.StringVar(&opts.Config, "config", "", "YAML config file (sections pipeline, nats, index, server; crawl is ignored)")
	f.IntVar(&opts.Concurrency, "concurrency", 0, "messages handled at once (default GOMAXPROCS for extract, 8 for index)")
	f.StringVar(&opts.Data, "data", config.DefaultData, "data directory of the embedded index (index worker)")
	f.StringVar(&opts.ES, "es", "", "index into Elasticsearch at this URL (index worker)")
	f.StringVar(&opts.MetricsAddr, "metrics-addr", "", "serve /metrics, /healthz and /readyz on HOST:PORT")
	f.DurationVar(&opts.ShutdownTimeout, "shutdown-timeout", config.DefaultShutdownTimeout, "time budget of the whole shutdown (drain, index flush, NATS); unfinished work is redelivered")
	return cmd
}

// toConfig maps the flags of byline worker that were given onto c.
func (o *workerOptions) toConfig(c *config.Config, changed func(string) bool) {
	o.NATS.toConfig(&c.NATS, changed)
	if changed("data") {
		c.Data = o.Data
	}
	if changed("es") {
		c.Index.Elasticsearch.URL = o.ES
	}
	if changed("metrics-addr") {
		c.Server.Addr = o.MetricsAddr
	}
	if changed("shutdown-timeout") {
		c.Server.ShutdownTimeout = o.ShutdownTimeout
	}
	if changed("concurrency") {
		if o.Stage == pipeline.StageExtract {
			c.Pipeline.Extract.Concurrency = o.Concurrency
		} else {
			c.Pipeline.Index.Concurrency = o.Concurrency
		}
	}
}

func runWorker(ctx context.Context, o *workerOptions, changed func(string) bool, log *slog.Logger) error {
	log = log.With("worker", o.Stage)
	c, err := loadConfig(o.Config, func(c *config.Config) { o.toConfig(c, changed) })
	if err != nil {
		return usageError(err)
	}
	w := wiring{name: "byline-worker-" + o.Stage, logger: log}
	switch o.Stage {
	case pipeline.StageExtract:
		w.stage = stageExtract
	case pipeline.StageIndex:
		w.stage = stageIndex
	default:
		return usageError(fmt.Errorf("unknown stage %q: want extract or index", o.Stage))
	}
	// One extract worker per process: scale with processes (or
	// pipeline.extract.concurrency).
	c.Pipeline.ExtractWorkers = 1
	p, err := newPipeline(c, w)
	if err != nil {
		return usageError(err)
	}
	log.Info("worker started", "stage", o.Stage)
	return p.Run(ctx)
}

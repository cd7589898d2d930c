package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/oklog/run"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"

	"github.com/byline/byline/index"
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

Start as many as you like on as many machines: workers of one stage share
its durable consumer, so the work spreads. Streams and consumers are created
if missing (settings from the pipeline section of --config).

Exit status: 0 after a clean stop, 1 on errors or a bad stage, 2 on a bad
pipeline config, 130 when interrupted before it started.`,
		Example: `  byline worker extract --nats nats://nats:4222
  byline worker index --nats tls://nats:4222 --nats-creds byline.creds --es http://es:9200`,
		Args: cobra.MatchAll(cobra.ExactArgs(1), cobra.OnlyValidArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Stage = args[0]
			return runWorker(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	opts.NATS.addFlags(f, "NATS server URL(s), comma-separated (default "+"nats://127.0.0.1:4222)")
	f.StringVar(&opts.Config, "config", "", "YAML config file with an optional pipeline section")
	f.IntVar(&opts.Concurrency, "concurrency", 0, "messages handled at once (default GOMAXPROCS for extract, 8 for index)")
	f.StringVar(&opts.Data, "data", defaultDataDir, "data directory of the embedded index (index worker)")
	f.StringVar(&opts.ES, "es", "", "index into Elasticsearch at this URL (index worker)")
	f.StringVar(&opts.MetricsAddr, "metrics-addr", "", "serve /metrics, /healthz and /readyz on HOST:PORT")
	f.DurationVar(&opts.ShutdownTimeout, "shutdown-timeout", defaultShutdownTimeout, "how long in-flight work may take on shutdown")
	return cmd
}

// worker is what both stages share: a blocking Run.
type worker interface {
	Run(ctx context.Context) error
}

func runWorker(ctx context.Context, o *workerOptions) error {
	log := slog.Default().With("worker", o.Stage)
	pcfg, err := loadPipelineConfig(o.Config)
	if err != nil {
		return usageError(err)
	}
	if o.Concurrency > 0 {
		if o.Stage == pipeline.StageExtract {
			pcfg.Extract.Concurrency = o.Concurrency
		} else {
			pcfg.Index.Concurrency = o.Concurrency
		}
	}
	b, err := openBus(ctx, o.NATS, "byline-worker-"+o.Stage, "", "", false, log)
	if err != nil {
		return err
	}
	defer b.close()
	if err := pipeline.Setup(ctx, b.js, pcfg); err != nil {
		return err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		return err
	}
	popts := []pipeline.Option{pipeline.WithLogger(log), pipeline.WithMetrics(m)}
	var w worker
	var ix index.Index
	switch o.Stage {
	case pipeline.StageExtract:
		w, err = pipeline.NewExtractWorker(b.js, pcfg, extractPage, append(popts, pipeline.WithNotArticle(isNotArticle))...)
	case pipeline.StageIndex:
		if ix, err = openIndex(ctx, o.Data, o.ES); err != nil {
			return fmt.Errorf("worker index: open index: %w", err)
		}
		// Closed after the group returned, i.e. after the worker drained.
		defer closeIndex(ctx, ix, o.ShutdownTimeout, log, "worker")
		w, err = pipeline.NewIndexWorker(b.js, pcfg, ix, popts...)
	default:
		return usageError(fmt.Errorf("unknown stage %q: want extract or index", o.Stage))
	}
	if err != nil {
		return err
	}

	var grp run.Group
	// The worker: on interrupt it drains (finishes and acks what it holds)
	// before Run returns; the bus and index close after grp.Run returns.
	wctx, cancelWorker := context.WithCancel(context.WithoutCancel(ctx))
	grp.Add(func() error { return w.Run(wctx) }, func(error) { cancelWorker() })
	// SIGINT/SIGTERM cancel ctx (see main).
	stop := make(chan struct{})
	grp.Add(func() error {
		select {
		case <-ctx.Done():
		case <-stop:
		}
		return nil
	}, func(error) { close(stop) })
	lagCtx, cancelLag := context.WithCancel(context.WithoutCancel(ctx))
	grp.Add(func() error { pipeline.WatchLag(lagCtx, b.js, pcfg, m, 5*time.Second); return nil }, func(error) { cancelLag() })
	if o.MetricsAddr != "" {
		var lc net.ListenConfig
		ln, err := lc.Listen(ctx, "tcp", o.MetricsAddr)
		if err != nil {
			return fmt.Errorf("worker: listen on %s: %w", o.MetricsAddr, err)
		}
		h := runHandler(nil, reg, b, ix)
		hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		grp.Add(func() error { return serveHTTP(hctx, ln, h, o.ShutdownTimeout, log) }, func(error) { cancel() })
	}
	log.Info("worker started", "stage", o.Stage)
	return grp.Run()
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/byline/byline/config"
	"github.com/byline/byline/index"
	esindex "github.com/byline/byline/index/es"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/status"
)

func init() { register(newStatusCmd) }

// statusOptions are the flags of `byline status`.
type statusOptions struct {
	NATS   natsFlags
	Config string
	Data   string
	ES     string
	JSON   bool
	Wait   time.Duration
}

func newStatusCmd(g *globalOptions) *cobra.Command {
	opts := &statusOptions{}
	cmd := &cobra.Command{
		Use:   "status [--nats URL] [--es URL] [--config FILE]",
		Short: "Count what the pipeline holds: pages published, extracted, indexed, dead-lettered",
		Long: `Read the streams (PAGES, ARTICLES, DEADLETTER), their consumers and the index,
and print how many pages the crawlers published, how many became articles,
how many the extractor judged no article, how many were dead-lettered at each
stage, what is still queued or in flight, and how many articles the index
holds. The counts come from the NATS servers and the index themselves, so
they hold across worker restarts and any number of machines.

"reconcile ok" means nothing is queued or in flight and every article
message is in the index or dead-lettered (a revision replaces its article
in the index, so after re-crawls of changed pages the index holds fewer
documents than ARTICLES has messages; status says so). When nothing is
queued or in flight, status refreshes Elasticsearch before counting, so
the count holds every write and every shard copy agrees with it (this
needs the maintenance privilege on the indices; without it the count may
miss the last second's writes, and status says so).

--wait DURATION polls until nothing is queued or in flight (or the time is
up) before printing: the end of a scheduled crawl, in a script.

An index status cannot open (Elasticsearch down; the embedded index of a
running byline run, which holds it) leaves the streams' counts, with
"reconcile unknown" and the reason (exit 1).

Exit status: 0 when the counts reconcile, 1 when they do not (or when the
wait timed out) or on errors, 2 on a bad config, 4 when NATS could not be
reached within a minute (each failed attempt is logged).`,
		Example: `  byline status --nats nats://nats-1:4222,nats://nats-2:4222 --es http://es:9200
  byline status --config byline.yaml --wait 10m --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStatus(cmd.Context(), opts, cmd.Flags().Changed, g.Stdout, g.Log)
		},
	}
	f := cmd.Flags()
	opts.NATS.addFlags(f, "NATS server URL(s), comma-separated (default nats://127.0.0.1:4222)")
	f.StringVar(&opts.Config, "config", "", "YAML config file (sections pipeline, nats, index)")
	f.StringVar(&opts.Data, "data", config.DefaultData, "data directory of the embedded index")
	f.StringVar(&opts.ES, "es", "", "count the articles in Elasticsearch at this URL")
	f.BoolVar(&opts.JSON, "json", false, "print the counts as one JSON object")
	f.DurationVar(&opts.Wait, "wait", 0, "first wait up to DURATION until nothing is queued or in flight")
	return cmd
}

func runStatus(ctx context.Context, o *statusOptions, changed func(string) bool, out io.Writer, log *slog.Logger) error {
	c, err := loadConfig(o.Config, func(c *config.Config) {
		o.NATS.toConfig(&c.NATS, changed)
		if changed("data") {
			c.Data = o.Data
		}
		if changed("es") {
			c.Index.Elasticsearch.URL = o.ES
		}
	})
	if err != nil {
		return usageError(err)
	}
	b, err := openBus(ctx, natsOf(c.NATS), "byline-status", natsWait, log, nil)
	if err != nil {
		return err
	}
	defer b.close()
	if o.Wait > 0 {
		wctx, cancel := context.WithTimeout(ctx, o.Wait)
		err := pipeline.WaitIdle(wctx, b.js, c.Pipeline.Config, time.Second, nil)
		cancel()
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
	}
	r, err := readStatus(ctx, b, c, log)
	if err != nil {
		return err
	}
	if o.JSON {
		enc := json.NewEncoder(out)
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else if err := r.WriteText(out); err != nil {
		return err
	}
	switch {
	case r.IndexError != "":
		// Waiting does not help here: say why.
		return &exitError{code: 1, err: fmt.Errorf("status: reconcile unknown: the index could not be read: %s", r.IndexError)}
	case !r.Reconciled:
		return &exitError{code: 1, err: errors.New("status: the counts do not reconcile (yet)")}
	}
	return nil
}

// status refreshes Elasticsearch before it counts an idle pipeline (see
// status.Refresher): without it, two status reads a moment apart could
// count the last article on one shard copy and miss it on the other.
var _ status.Refresher = (*esindex.Index)(nil)

// readStatus opens the index the config selects (the embedded one
// read-only) and reads the status. An index it cannot open (Elasticsearch
// down; the embedded index held by a running byline run, which alone may
// open it) leaves the streams' counts, with the reason in the report.
func readStatus(ctx context.Context, b *busConn, c config.Config, log *slog.Logger) (status.Report, error) {
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var (
		ix  index.Index
		err error
	)
	if c.Index.Elasticsearch.Enabled() {
		ix, err = openES(sctx, c, true, log)
	} else {
		ix, err = openIndexReader(sctx, c.Data)
	}
	if err != nil {
		return status.Read(sctx, b.js, c.Pipeline.Config, nil, fmt.Errorf("open index: %w", err))
	}
	defer func() { _ = ix.Close(sctx) }()
	return status.Read(sctx, b.js, c.Pipeline.Config, ix, nil)
}

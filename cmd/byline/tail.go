package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/index"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/subscribe"
)

func init() { register(newTailCmd) }

// tailOptions are the flags of `byline tail`.
type tailOptions struct {
	Config     string
	NATS       natsFlags
	Site       string
	Since      time.Duration
	All        bool
	Limit      int
	Follow     bool
	Stream     string
	BodyBucket string
}

func newTailCmd(g *globalOptions) *cobra.Command {
	opts := &tailOptions{}
	cmd := &cobra.Command{
		Use:   "tail [--config FILE] [--nats URL] [--site S] [--since DURATION]",
		Short: "Print articles from the ARTICLES stream as JSON lines, as they arrive",
		Long: `Print extracted articles as one JSON object per line (the Article contract),
exactly what a downstream subscriber sees: it is built on the consumer kit
(package subscribe), so compressed articles and articles kept in the object
store print like any other. It reads the ARTICLES stream with an ordered,
ephemeral consumer: nothing is acknowledged or removed.

By default only new articles are printed; --since 1h replays the last hour
first, --all the whole stream. --site keeps one site, named as in
'byline search --site': words of the site name, any case or accents
("Harbor Times" keeps "The Harbor Times"); a host name (example.com) works
too and then reads only that host's subject, byline.articles.example_com. With --follow=false it
exits when it has caught up.

Exit status: 0 when stopped (Ctrl-C), caught up (--follow=false) or after
--limit articles; 1 on errors; 2 on bad flags (--since with --all); 4 when
NATS could not be reached within a minute (each failed attempt is logged).`,
		Example: `  byline tail --nats nats://127.0.0.1:4222 --since 1h
  byline tail --site example.com --all --follow=false | jq .headline`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			err := runTail(cmd.Context(), opts, cmd.Flags().Changed, g.Stdout, g.Log)
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "", "YAML config file (sections nats and pipeline: the articles stream and body bucket)")
	opts.NATS.addFlags(f, "NATS server URL(s) (default nats://127.0.0.1:4222; see 'byline run --nats-listen')")
	f.StringVar(&opts.Site, "site", "", "only articles of this site: words of its name, as in search --site, or its host name")
	f.DurationVar(&opts.Since, "since", 0, "first replay articles stored in the last DURATION (e.g. 30m, 24h)")
	f.BoolVar(&opts.All, "all", false, "first replay the whole stream")
	f.IntVar(&opts.Limit, "limit", 0, "exit after this many articles (0: no limit)")
	f.BoolVar(&opts.Follow, "follow", true, "keep waiting for new articles (false: exit once caught up)")
	f.StringVar(&opts.Stream, "stream", pipeline.DefaultConfig.ArticlesStream, "articles stream name")
	f.StringVar(&opts.BodyBucket, "body-bucket", pipeline.DefaultConfig.ArticleBodyBucket, "object store bucket of articles too large for a message")
	cmd.MarkFlagsMutuallyExclusive("since", "all")
	return cmd
}

func runTail(ctx context.Context, o *tailOptions, changed func(string) bool, out io.Writer, log *slog.Logger) error {
	// The file, the BYLINE_* environment over it, the flags over both.
	c, err := loadConfig(o.Config, func(c *config.Config) {
		if changed("stream") {
			c.Pipeline.ArticlesStream = o.Stream
		}
		if changed("body-bucket") {
			c.Pipeline.ArticleBodyBucket = o.BodyBucket
		}
	})
	if err != nil {
		return usageError(err)
	}
	b, err := openBus(ctx, effectiveNATS(c.NATS, o.NATS, changed), "byline-tail", natsWait, log, nil)
	if err != nil {
		return err
	}
	defer b.close()
	// The consumer kit decodes every body form (plain, zstd, object store);
	// tail is a downstream subscriber like any other.
	cfg := subscribe.Config{
		Stream:           c.Pipeline.ArticlesStream,
		BodyBucket:       c.Pipeline.ArticleBodyBucket,
		NewOnly:          !o.All && o.Since <= 0,
		StopWhenCaughtUp: !o.Follow,
		Backoff:          []time.Duration{time.Second, 5 * time.Second},
		Logger:           log,
	}
	if o.Since > 0 {
		cfg.Since = time.Now().Add(-o.Since)
	}
	subjectHost, keep := tailSiteFilter(o.Site)
	if subjectHost != "" {
		cfg.Sites = []string{subjectHost}
	}
	sub, err := subscribe.New(b.js, cfg)
	if err != nil {
		return usageError(fmt.Errorf("tail: %w", err))
	}
	w := bufio.NewWriter(out)
	defer w.Flush()
	n := 0
	err = sub.Run(ctx, func(_ context.Context, m *subscribe.Message) error {
		if !keep(m.Article) {
			return nil
		}
		line, err := json.Marshal(m.Article)
		if err != nil {
			return fmt.Errorf("encode article %s: %w", m.Article.URL, err)
		}
		w.Write(line)
		w.WriteByte('\n')
		if err := w.Flush(); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		n++
		if o.Limit > 0 && n >= o.Limit {
			return subscribe.ErrStop
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("tail: %w", err)
	}
	return ctx.Err()
}

// tailSiteFilter reads --site the way search does: words of the site name,
// case- and accent-insensitive (index.NameMatches). A value that looks
// like a host name (a dot, no spaces) also matches the article's host,
// and only then can the stream be filtered by subject: subjectHost is
// that host ("" when the whole stream must be read).
func tailSiteFilter(site string) (subjectHost string, keep func(*article.Article) bool) {
	site = strings.TrimSpace(site)
	if site == "" {
		return "", func(*article.Article) bool { return true }
	}
	host := ""
	if strings.Contains(site, ".") && !strings.ContainsAny(site, " \t/") {
		host = pipeline.SiteOf("http://" + site)
	}
	return host, func(a *article.Article) bool {
		// The producer files an article under the site of its canonical
		// URL (wire.EncodeArticle): match that as well as the fetched URL.
		return index.NameMatches(site, a.SiteName) ||
			host != "" && (pipeline.SiteOf(a.URL) == host || a.CanonicalURL != "" && pipeline.SiteOf(a.CanonicalURL) == host)
	}
}

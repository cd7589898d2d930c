package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/extract"
	"github.com/byline/byline/index"
	bleveindex "github.com/byline/byline/index/bleve"
	esindex "github.com/byline/byline/index/es"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/web"
)

// This file wires Byline's packages into the pipeline from one
// config.Config; the commands (run, run --once, worker, demo) only map
// their flags onto that Config.

// extractPage is the pipeline's ExtractFunc: the real extractor. A page over
// the extractor's size limit can never succeed, so it is dead-lettered at
// once.
func extractPage(_ context.Context, p *article.Page) (*article.Article, error) {
	a, err := extract.FromPage(p)
	if errors.Is(err, extract.ErrTooLarge) {
		return nil, pipeline.Permanent(err)
	}
	return a, err
}

// pageMemory is the pipeline's ExtractCost: the extractor's estimate of
// the memory extracting p takes (extract.EstimateMemory).
func pageMemory(p *article.Page) int64 { return extract.EstimateMemory(p.Body, extract.Options{}) }

// classifyPage is the crawler's article/listing verdict: the extractor's
// Classify, which reads the page's tokens (no parse).
func classifyPage(body []byte, u *url.URL, h crawler.ClassifyHints) bool {
	return extract.Classify(body, u, extract.ClassifyHints{NewsSitemap: h.NewsSitemap}).Article
}

// isNotArticle recognises the extractor's "no article here" errors.
func isNotArticle(err error) bool {
	return errors.Is(err, extract.ErrNotArticle) || errors.Is(err, extract.ErrNotHTML)
}

// loadConfig builds the effective configuration: the file (if path is
// set), then the BYLINE_* environment, then flags (set applies the flags
// that were given), then defaults; and validates it.
func loadConfig(path string, set func(*config.Config)) (config.Config, error) {
	var c config.Config
	if path != "" {
		var err error
		if c, err = config.Load(path); err != nil {
			return c, err
		}
	}
	if err := c.ApplyEnv(os.LookupEnv); err != nil {
		return c, err
	}
	if set != nil {
		set(&c)
	}
	c = c.WithDefaults()
	if err := c.Validate(); err != nil {
		return c, err
	}
	return c, nil
}

// splitURLs reads a comma-separated list of node URLs (one cluster).
func splitURLs(list string) []string {
	var out []string
	for a := range strings.SplitSeq(list, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, strings.TrimRight(a, "/"))
		}
	}
	return out
}

// openIndexFor opens the index the config selects: Elasticsearch when
// index.elasticsearch is set, else the embedded Bleve index in Data/index.
func openIndexFor(ctx context.Context, c config.Config, log *slog.Logger) (index.Index, error) {
	if !c.Index.Elasticsearch.Enabled() {
		return bleveindex.Open(filepath.Join(c.Data, "index"), bleveindex.Config{})
	}
	return openES(ctx, c, false, log)
}

// openES opens the Elasticsearch index of c. A reader (search, serve,
// status) opens it readOnly: it installs the template only where there is
// none, and so never replaces the index workers' shards and replicas with
// its own defaults.
func openES(ctx context.Context, c config.Config, readOnly bool, log *slog.Logger) (index.Index, error) {
	es := c.Index.Elasticsearch
	ec := esindex.Config{APIKey: es.APIKey, Username: es.Username, Password: es.Password,
		CloudID: es.CloudID, IndexPrefix: es.IndexPrefix, Shards: es.Shards, Replicas: es.Replicas,
		ReadOnly: readOnly, Logger: log}
	ec.Addresses = splitURLs(es.URL)
	if es.CACert != "" {
		b, err := os.ReadFile(es.CACert)
		if err != nil {
			return nil, fmt.Errorf("index.elasticsearch.ca_cert: %w", err)
		}
		ec.CACert = b
	}
	x, err := esindex.New(ctx, ec)
	if err != nil {
		return nil, err // not a nil *esindex.Index in a non-nil index.Index
	}
	return x, nil
}

// stage selects the parts of the pipeline a process runs.
type stage int

const (
	stageAll     stage = iota // byline run: sources, extract, index, search
	stageExtract              // byline worker extract
	stageIndex                // byline worker index
)

// wiring are the hooks a command adds to the pipeline built from a Config.
type wiring struct {
	stage   stage
	name    string               // NATS connection name
	jobs    []crawler.Config     // crawl jobs (stageAll)
	crawl   []crawler.Option     // extra crawler options (tests: a transport)
	index   index.Index          // an index already open (not closed by the pipeline)
	extract pipeline.ExtractFunc // replaces the real extractor (tests)
	notArt  func(error) bool
	// onCrawl is called with each job's summary when its run ends.
	onCrawl    func(crawler.Summary, error)
	progress   func(pipeline.Snapshot)
	crawlStats func(job string, s crawler.Stats)
	onIndexed  func(*article.Article)
	collectors []prometheus.Collector
	logger     *slog.Logger
}

// newPipeline maps c onto pipeline.Options.
func newPipeline(c config.Config, w wiring) (*pipeline.Pipeline, error) {
	log := w.logger
	if log == nil { // tests that do not read the log
		log = slog.New(slog.DiscardHandler)
	}
	o := pipeline.Options{
		Config: c.Pipeline.Config,
		Bus: pipeline.BusConfig{URL: c.NATS.URL, Creds: c.NATS.Creds, NKey: c.NATS.NKey, TLSCA: c.NATS.TLSCA,
			TLSCert: c.NATS.TLSCert, TLSKey: c.NATS.TLSKey, Listen: c.NATS.Listen, Name: w.name,
			Embedded: w.stage == stageAll, StoreDir: filepath.Join(c.Data, "nats"), Wait: natsWait},
		ExtractWorkers:  c.Pipeline.ExtractWorkers,
		ShutdownTimeout: c.Server.ShutdownTimeout,
		Collectors:      w.collectors,
		OnIndexed:       w.onIndexed,
		Progress:        w.progress,
		Logger:          log,
	}
	if c.Server.Addr != "-" {
		o.Addr = c.Server.Addr
	}
	if w.stage == stageAll || w.stage == stageExtract {
		o.Extract, o.NotArticle = extractPage, isNotArticle
		o.ExtractCost = pageMemory
		if w.extract != nil {
			o.Extract, o.NotArticle, o.ExtractCost = w.extract, w.notArt, nil
		}
	}
	if w.stage == stageAll || w.stage == stageIndex {
		if w.index != nil {
			o.Index = w.index
		} else {
			o.OpenIndex = func(ctx context.Context) (pipeline.Index, error) { return openIndexFor(ctx, c, log) }
		}
	}
	if w.stage == stageAll {
		wm := web.NewMetrics()
		o.Collectors = append(o.Collectors[:len(o.Collectors):len(o.Collectors)], wm.Collectors()...)
		o.Search = func(ix pipeline.Index) http.Handler {
			s, ok := ix.(index.Searcher)
			if !ok {
				return nil
			}
			return web.New(s, web.WithLogger(log), web.WithMetrics(wm))
		}
		o.SearchUnopened = wm.Unopened
		copts := []crawler.Option{crawler.WithLogger(log), crawler.WithClassifier(classifyPage)}
		if c.NATS.URL != "" || c.NATS.Listen != "" {
			// Other processes may crawl through this NATS: share the
			// per-host politeness with them (the bucket is bound when the
			// bus opens). The embedded server without a listener has no
			// other crawler to share it with.
			gate := pipeline.NewHostGate(c.Pipeline.Config)
			o.HostGate = gate
			o.Collectors = append(o.Collectors[:len(o.Collectors):len(o.Collectors)], gate.Collectors()...)
			copts = append(copts, crawler.WithPoliteness(crawler.NewPoliteness(crawler.SharedWith(gate, log))))
		}
		copts = append(copts, w.crawl...)
		if w.onCrawl != nil {
			copts = append(copts, crawler.WithOnFinish(w.onCrawl))
		}
		o.Sources = crawlSources(w.jobs, copts, w.crawlStats, log)
	}
	return pipeline.New(o)
}

// crawlSources turns crawl jobs into pipeline sources: jobs with a schedule
// run together on one scheduler; the others are one source each, run once.
// All of them keep one per-host politeness (delay, parallelism,
// Crawl-delay, Retry-After): a host is crawled at its configured rate
// however many jobs of the process fetch from it. copts may replace it
// (newPipeline does, with one shared across processes through NATS).
func crawlSources(jobs []crawler.Config, copts []crawler.Option, stats func(string, crawler.Stats), log *slog.Logger) []pipeline.Source {
	copts = append([]crawler.Option{crawler.WithPoliteness(crawler.NewPoliteness())}, copts...)
	var srcs []pipeline.Source
	var scheduled []crawler.Config
	for _, j := range jobs {
		if j.Schedule != "" {
			scheduled = append(scheduled, j)
			continue
		}
		srcs = append(srcs, pipeline.Source{Name: "crawl " + j.Name, Run: func(ctx context.Context, sink pipeline.Sink) error {
			opts := copts
			if stats != nil {
				opts = append(opts[:len(opts):len(opts)], crawler.WithProgress(func(s crawler.Stats) { stats(j.Name, s) }))
			}
			c, err := crawler.New(j, sink, opts...)
			if err != nil {
				return fmt.Errorf("job %s: %w", j.Name, err)
			}
			sum, err := c.Run(ctx)
			log.Info("crawl finished", "job", j.Name, "summary", strings.TrimSpace(sum.String()), "err", err)
			if err != nil {
				return fmt.Errorf("crawl %s: %w", j.Name, err)
			}
			return nil
		}})
	}
	if len(scheduled) > 0 {
		srcs = append(srcs, pipeline.Source{Name: "scheduler", Run: func(ctx context.Context, sink pipeline.Sink) error {
			s, err := crawler.NewScheduler(scheduled, sink, copts...)
			if err != nil {
				return err
			}
			return s.Run(ctx)
		}})
	}
	return srcs
}

// ---- run --once, shared by byline run --once, byline demo and the tests ----

// onceOptions configures runOnce.
type onceOptions struct {
	Config config.Config // defaulted; Jobs below win over its crawl section
	Jobs   []crawler.Config
	// Index, if set, is used instead of opening one (and is not closed).
	Index index.Index
	// Extract replaces the real extractor (tests); NotArticle goes with it.
	Extract      pipeline.ExtractFunc
	NotArticle   func(error) bool
	CrawlOptions []crawler.Option
	Progress     func(onceProgress)
	OnIndexed    func(*article.Article)
	Logger       *slog.Logger
}

// onceProgress is a pipeline snapshot with the crawl counters beside it.
type onceProgress struct {
	pipeline.Snapshot
	Job   string
	Crawl crawler.Stats
}

// onceResult are the counts of a run --once: the crawls' and the pipeline's.
type onceResult struct {
	pipeline.Result
	Crawls []crawler.Summary
}

// String prints the crawl lines, then the pipeline's counts.
func (r onceResult) String() string {
	var b strings.Builder
	for _, s := range r.Crawls {
		fmt.Fprintf(&b, "crawl %-12s fetched %d, new pages %d, unchanged %d, resent %d, errors %d (%s)\n",
			s.Job, s.Fetched, s.New, s.Unchanged, s.Resent, s.ErrorsTotal(), s.Stopped)
		if n := s.DroppedTotal(); n > 0 {
			fmt.Fprintf(&b, "         dropped %d URLs (frontier caps, or no longer wanted by the config): %s\n", n, s.DroppedByCause())
		}
	}
	b.WriteString(r.Result.String())
	return b.String()
}

// runOnce runs every job once through the pipeline and waits until every
// page is indexed (see pipeline.RunOnce).
func runOnce(ctx context.Context, o onceOptions) (onceResult, error) {
	var res onceResult
	if len(o.Jobs) == 0 {
		return res, errors.New("run --once: no crawl jobs")
	}
	var mu sync.Mutex
	var job string
	var crawl crawler.Stats
	w := wiring{stage: stageAll, name: "byline-run-once", jobs: o.Jobs, crawl: o.CrawlOptions, index: o.Index,
		extract: o.Extract, notArt: o.NotArticle, onIndexed: o.OnIndexed, logger: o.Logger,
		onCrawl: func(s crawler.Summary, _ error) {
			mu.Lock()
			res.Crawls = append(res.Crawls, s)
			mu.Unlock()
		},
		crawlStats: func(j string, s crawler.Stats) {
			mu.Lock()
			job, crawl = j, s
			mu.Unlock()
		},
	}
	if o.Progress != nil {
		w.progress = func(s pipeline.Snapshot) {
			mu.Lock()
			p := onceProgress{Snapshot: s, Job: job, Crawl: crawl}
			mu.Unlock()
			o.Progress(p)
		}
	}
	c := o.Config
	c.Server.Addr = "-"
	jobs := make([]crawler.Config, len(o.Jobs))
	for i, j := range o.Jobs {
		j.Schedule = "" // --once runs scheduled jobs one time too
		jobs[i] = j
	}
	w.jobs = jobs
	p, err := newPipeline(c.WithDefaults(), w)
	if err != nil {
		return res, err
	}
	r, err := p.RunOnce(ctx)
	res.Result = r
	if err != nil {
		return res, fmt.Errorf("run --once: %w", err)
	}
	return res, nil
}

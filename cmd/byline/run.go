package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/oklog/run"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"

	"github.com/byline/byline/article"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/extract"
	"github.com/byline/byline/index"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
	"github.com/byline/byline/web"
)

func init() {
	register(newRunCmd)
}

// ---- NATS connection flags, shared by run, worker and tail ----

// natsFlags select an external NATS cluster and its credentials. An empty
// URL means the embedded server (run) or nats.DefaultURL (worker, tail).
type natsFlags struct {
	URL     string
	Creds   string
	NKey    string
	TLSCA   string
	TLSCert string
	TLSKey  string
}

func (n *natsFlags) addFlags(f *pflag.FlagSet, urlHelp string) {
	f.StringVar(&n.URL, "nats", "", urlHelp)
	f.StringVar(&n.Creds, "nats-creds", "", "NATS credentials file (JWT + nkey seed)")
	f.StringVar(&n.NKey, "nats-nkey", "", "NATS nkey seed file")
	f.StringVar(&n.TLSCA, "nats-tls-ca", "", "CA certificate to verify the NATS server")
	f.StringVar(&n.TLSCert, "nats-tls-cert", "", "client certificate for NATS mutual TLS")
	f.StringVar(&n.TLSKey, "nats-tls-key", "", "client key for NATS mutual TLS")
}

func (n natsFlags) dialConfig(name string, log *slog.Logger) bus.DialConfig {
	return bus.DialConfig{URL: n.URL, Creds: n.Creds, NKey: n.NKey, TLSCA: n.TLSCA, TLSCert: n.TLSCert,
		TLSKey: n.TLSKey, Name: name, Logger: log}
}

// busConn is a NATS connection, and the embedded server behind it if any.
type busConn struct {
	srv *bus.Server
	nc  *nats.Conn
	js  jetstream.JetStream
}

// openBus connects to n.URL, or, when it is empty and embedded is set,
// starts the embedded server with JetStream in dataDir/nats (listening on
// listen if not ""). Without embedded an empty URL means nats.DefaultURL.
func openBus(ctx context.Context, n natsFlags, name, dataDir, listen string, embedded bool, log *slog.Logger) (*busConn, error) {
	b := &busConn{}
	var err error
	switch {
	case n.URL == "" && embedded:
		dir := filepath.Join(dataDir, "nats")
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("nats store: %w", err)
		}
		b.srv, err = bus.Start(ctx, bus.ServerConfig{StoreDir: dir, Listen: listen, Logger: log.With("component", "nats")})
		if err != nil {
			return nil, err
		}
		if b.nc, err = b.srv.Connect(nats.Name(name)); err != nil {
			b.srv.Shutdown()
			return nil, err
		}
		if u := b.srv.ClientURL(); u != "" {
			log.Info("embedded NATS listening", "url", u)
		}
	default:
		if n.URL == "" {
			n.URL = nats.DefaultURL
		}
		if b.nc, err = bus.Dial(n.dialConfig(name, log)); err != nil {
			return nil, err
		}
	}
	if b.js, err = jetstream.New(b.nc); err != nil {
		b.close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	return b, nil
}

// close flushes pending acks, closes the connection and stops the embedded
// server (which syncs JetStream to disk).
func (b *busConn) close() {
	if b.nc != nil {
		_ = b.nc.FlushTimeout(5 * time.Second)
		b.nc.Close()
	}
	if b.srv != nil {
		b.srv.Shutdown()
	}
}

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

// classifyPage is the crawler's article/listing verdict: the extractor's
// Classify on the tree the crawler already parsed.
func classifyPage(root *html.Node, u *url.URL, h crawler.ClassifyHints) bool {
	return extract.Classify(root, u, extract.ClassifyHints{NewsSitemap: h.NewsSitemap}).Article
}

// isNotArticle recognises the extractor's "no article here" errors.
func isNotArticle(err error) bool {
	return errors.Is(err, extract.ErrNotArticle) || errors.Is(err, extract.ErrNotHTML)
}

// loadPipelineConfig reads the optional "pipeline" section of a byline.yaml
// strictly (unknown keys are errors). A file without it gives defaults.
func loadPipelineConfig(path string) (pipeline.Config, error) {
	var cfg pipeline.Config
	if path == "" {
		return cfg, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("load pipeline config: %w", err)
	}
	var top struct {
		Pipeline yaml.Node `yaml:"pipeline"`
	}
	if err := yaml.Unmarshal(data, &top); err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	if top.Pipeline.IsZero() {
		return cfg, nil
	}
	raw, err := yaml.Marshal(&top.Pipeline)
	if err != nil {
		return cfg, fmt.Errorf("%s: pipeline: %w", path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("%s: pipeline (line %d): %w", path, top.Pipeline.Line, err)
	}
	if err := cfg.WithDefaults().Validate(); err != nil {
		return cfg, fmt.Errorf("%s: pipeline: %w", path, err)
	}
	return cfg, nil
}

// ---- byline run ----

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
		Use:   "run [--config FILE] [--once] [--nats URL] [--data DIR] [--addr HOST:PORT]",
		Short: "Run the whole pipeline in one process: crawl, extract, index, search",
		Long: `Run Byline in one process: an embedded NATS server (JetStream in DATA/nats),
the crawl jobs, extract and index workers, the embedded index (DATA/index) and
the search server with /metrics, /healthz and /readyz on --addr.

Jobs come from --config (every job, or --job NAME) or from --seed/--sitemap/
--feed flags, as for 'byline crawl'. Jobs with a schedule run on it; jobs
without one run once at start. With --nats URL the pipeline uses an external
NATS cluster instead of the embedded server (then 'byline worker' processes
elsewhere share the work). --nats-listen lets other processes ('byline tail',
downstream subscribers) connect to the embedded server.

With --once every job runs one time; the command waits until every page it
published is extracted and indexed (or dead-lettered), prints the counts and
exits.

Exit status: 0 on success, 1 on errors (bad config, crawl failed, counts that
do not reconcile with --once), 130 when interrupted.`,
		Example: `  byline run --config byline.yaml
  byline run --once --seed https://news.example.com/ --data ./data
  byline run --config byline.yaml --nats-listen 127.0.0.1:4222`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Crawl.changed = func(name string) bool { return cmd.Flags().Changed(name) }
			return runRun(cmd.Context(), g, opts)
		},
	}
	f := cmd.Flags()
	addCrawlJobFlags(f, &opts.Crawl)
	f.BoolVar(&opts.Once, "once", false, "run every job once, wait until all pages are indexed, print counts and exit")
	f.StringVar(&opts.Data, "data", defaultDataDir, "data directory: nats/ (JetStream), index/ (embedded index), crawl/ (seen-set)")
	f.StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "search server, /metrics, /healthz and /readyz address (\"\" to disable)")
	f.StringVar(&opts.ES, "es", "", "index into Elasticsearch at this URL instead of the embedded index")
	opts.NATS.addFlags(f, "use the NATS cluster at this URL instead of the embedded server")
	f.StringVar(&opts.NATSListen, "nats-listen", "", "let the embedded NATS server also accept TCP clients on HOST:PORT")
	f.IntVar(&opts.ExtractWorkers, "extract-workers", 1, "extract workers in this process")
	f.IntVar(&opts.ExtractConcurrency, "extract-concurrency", 0, "pages each extract worker handles at once (default GOMAXPROCS)")
	f.DurationVar(&opts.ShutdownTimeout, "shutdown-timeout", defaultShutdownTimeout, "how long in-flight work may take to finish on shutdown")
	cmd.MarkFlagsMutuallyExclusive("nats", "nats-listen")
	return cmd
}

// addCrawlJobFlags registers the job flags of `byline crawl` (see
// crawlJob) except --data, --out and --nats, which `run` owns.
func addCrawlJobFlags(f *pflag.FlagSet, o *crawlOptions) {
	f.StringVar(&o.Config, "config", "", "YAML config file (crawl section, optional pipeline section)")
	f.StringVar(&o.Job, "job", "", "run only this job (default: every job in --config)")
	f.StringArrayVar(&o.Seeds, "seed", nil, "seed URL (repeatable)")
	f.StringArrayVar(&o.Sitemaps, "sitemap", nil, "sitemap or sitemap index URL (repeatable)")
	f.StringArrayVar(&o.Feeds, "feed", nil, "RSS/Atom feed URL (repeatable)")
	f.BoolVar(&o.AllowPrivate, "allow-private", false, "allow loopback, private and link-local addresses")
	f.IntVar(&o.MaxPages, "max-pages", crawler.DefaultMaxPages, "maximum fetches per job run")
	f.StringVar(&o.UserAgent, "user-agent", crawler.DefaultUserAgent, "User-Agent header, also matched in robots.txt")
}

// runJobs resolves the crawl jobs of `byline run`: every job of --config
// (flags override their settings), or the one job crawlJob builds.
// Crawl state goes to DATA/crawl unless a job sets its own data_dir.
func runJobs(o *runOptions) ([]crawler.Config, error) {
	c := &o.Crawl
	changed := c.isChanged
	crawlDir := filepath.Join(o.Data, "crawl")
	if c.Config == "" || c.Job != "" {
		c.Data = crawlDir
		inner := *c
		inner.changed = func(name string) bool { return name == "data" || changed(name) }
		job, err := crawlJob(&inner)
		if err != nil {
			return nil, err
		}
		return []crawler.Config{job}, nil
	}
	fc, err := crawler.LoadConfig(c.Config)
	if err != nil {
		return nil, err
	}
	jobs := fc.Jobs
	for i := range jobs {
		j := &jobs[i]
		if j.DataDir == crawler.DefaultDataDir || changed("data") {
			j.DataDir = crawlDir
		}
		if changed("seed") {
			j.Seeds = c.Seeds
		}
		if changed("sitemap") {
			j.Sitemaps = c.Sitemaps
		}
		if changed("feed") {
			j.Feeds = c.Feeds
		}
		if c.AllowPrivate {
			j.AllowPrivate = true
		}
		if changed("max-pages") {
			j.MaxPages = c.MaxPages
		}
		if changed("user-agent") {
			j.UserAgent = c.UserAgent
		}
		if err := j.Validate(); err != nil {
			return nil, fmt.Errorf("job %s: %w", j.Name, err)
		}
	}
	return jobs, nil
}

func runRun(ctx context.Context, g *globalOptions, o *runOptions) error {
	log := slog.Default()
	jobs, err := runJobs(o)
	if err != nil {
		return usageError(err)
	}
	pcfg, err := loadPipelineConfig(o.Crawl.Config)
	if err != nil {
		return usageError(err)
	}
	if o.ExtractConcurrency > 0 {
		pcfg.Extract.Concurrency = o.ExtractConcurrency
	}
	if o.Once {
		res, err := RunOnce(ctx, OnceOptions{
			Jobs: jobs, DataDir: o.Data, NATS: o.NATS, ESURL: o.ES, Pipeline: pcfg,
			ExtractWorkers: o.ExtractWorkers, Logger: log,
		})
		if err != nil {
			return err
		}
		fmt.Fprint(g.Stdout, res.String())
		if !res.Reconciled {
			return &exitError{code: 1, err: errors.New("run --once: counts do not reconcile (pages left from an earlier run, or other workers on the same NATS)")}
		}
		return nil
	}
	return runServeAll(ctx, o, jobs, pcfg, log)
}

// runServeAll is `byline run` without --once.
func runServeAll(ctx context.Context, o *runOptions, jobs []crawler.Config, pcfg pipeline.Config, log *slog.Logger) error {
	b, err := openBus(ctx, o.NATS, "byline-run", o.Data, o.NATSListen, true, log)
	if err != nil {
		return err
	}
	// Deferred in reverse order of opening: the index closes before the
	// bus, after every actor of the group below has returned.
	defer b.close()
	if err := pipeline.Setup(ctx, b.js, pcfg); err != nil {
		return err
	}
	ix, err := openIndex(ctx, o.Data, o.ES)
	if err != nil {
		return fmt.Errorf("run: open index: %w", err)
	}
	defer closeIndex(ctx, ix, o.ShutdownTimeout, log, "run")

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		return err
	}
	popts := []pipeline.Option{pipeline.WithLogger(log), pipeline.WithMetrics(m), pipeline.WithNotArticle(isNotArticle)}
	pub, err := pipeline.NewPublisher(b.js, pcfg, popts...)
	if err != nil {
		return err
	}
	st := &stages{}
	var scheduled, once []crawler.Config
	for _, j := range jobs {
		if j.Schedule != "" {
			scheduled = append(scheduled, j)
		} else {
			once = append(once, j)
		}
	}
	// Crawl counters per job, added when each run ends (the pipeline's own
	// counters move live).
	crawlPages := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "byline_crawl_pages_total", Help: "Crawl results per job and kind (fetched, new, unchanged, errors), added at the end of each run."},
		[]string{"job", "kind"})
	reg.MustRegister(crawlPages)
	copts := []crawler.Option{crawler.WithLogger(log), crawler.WithClassifier(classifyPage), crawler.WithOnFinish(func(s crawler.Summary, _ error) {
		crawlPages.WithLabelValues(s.Job, "fetched").Add(float64(s.Fetched))
		crawlPages.WithLabelValues(s.Job, "new").Add(float64(s.New))
		crawlPages.WithLabelValues(s.Job, "unchanged").Add(float64(s.Unchanged))
		crawlPages.WithLabelValues(s.Job, "errors").Add(float64(s.ErrorsTotal()))
	})}
	// Stage 1, stopped first: crawling, so no new pages arrive while the
	// workers drain.
	if len(scheduled) > 0 {
		sched, err := crawler.NewScheduler(scheduled, pub, copts...)
		if err != nil {
			return err
		}
		st.add("scheduler", sched.Run)
	}
	if len(once) > 0 {
		st.add("crawl", func(ctx context.Context) error {
			for _, j := range once {
				c, err := crawler.New(j, pub, copts...)
				if err != nil {
					return err
				}
				sum, err := c.Run(ctx)
				log.Info("crawl finished", "job", j.Name, "summary", strings.TrimSpace(sum.String()), "err", err)
				if ctx.Err() != nil {
					return nil
				}
			}
			<-ctx.Done() // keep serving after the one-off jobs
			return nil
		})
	}
	// Stage 2: extract workers finish the pages they hold and publish
	// their articles before stage 3 stops.
	for i := range max(o.ExtractWorkers, 1) {
		ew, err := pipeline.NewExtractWorker(b.js, pcfg, extractPage, popts...)
		if err != nil {
			return err
		}
		st.add(fmt.Sprintf("extract-%d", i), ew.Run)
	}
	// Stage 3: the index worker flushes and acks what it holds.
	iw, err := pipeline.NewIndexWorker(b.js, pcfg, ix, popts...)
	if err != nil {
		return err
	}
	st.add("index", iw.Run)
	st.add("lag", func(ctx context.Context) error { pipeline.WatchLag(ctx, b.js, pcfg, m, 5*time.Second); return nil })

	var grp run.Group
	// Signals: ctx is cancelled on SIGINT/SIGTERM (see main).
	{
		stop := make(chan struct{})
		grp.Add(func() error {
			select {
			case <-ctx.Done():
			case <-stop:
			}
			return nil
		}, func(error) { close(stop) })
	}
	// The pipeline stages: interrupted in order crawl -> extract -> index,
	// each waiting for the previous one to return, so in-flight pages are
	// extracted and indexed (and acked) before the bus closes.
	grp.Add(st.wait, func(error) { st.stop() })
	// The HTTP server stops last among actors only by chance (all are
	// interrupted together), which is fine: it reads the index, which is
	// closed only after grp.Run returns.
	if o.Addr != "" {
		var lc net.ListenConfig
		ln, err := lc.Listen(ctx, "tcp", o.Addr)
		if err != nil {
			return fmt.Errorf("run: listen on %s: %w", o.Addr, err)
		}
		h := runHandler(web.New(ix, web.WithLogger(log)), reg, b, ix)
		hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		grp.Add(func() error { return serveHTTP(hctx, ln, h, o.ShutdownTimeout, log) }, func(error) { cancel() })
		log.Info("run: serving", "url", "http://"+ln.Addr().String()+"/")
	}
	st.start()
	return grp.Run()
}

// runHandler serves the search UI/API at / (if search is not nil) plus
// /metrics, /healthz (the process is up) and /readyz (NATS connected and,
// if ix is not nil, the index answers).
func runHandler(search http.Handler, reg *prometheus.Registry, b *busConn, ix index.Index) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		var problems []string
		if !b.nc.IsConnected() {
			problems = append(problems, "nats: "+b.nc.Status().String())
		}
		if b.srv != nil && !b.srv.Ready() {
			problems = append(problems, "embedded nats: not ready")
		}
		if ix != nil {
			if _, err := ix.Count(ctx); err != nil {
				problems = append(problems, "index: "+err.Error())
			}
		}
		if len(problems) > 0 {
			http.Error(w, strings.Join(problems, "\n"), http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ready\n")
	})
	if search != nil {
		mux.Handle("/", search)
	}
	return mux
}

// stages runs long-running stages together and stops them in the order
// they were added, each after the previous one returned.
type stages struct {
	names   []string
	runs    []func(context.Context) error
	cancels []context.CancelFunc
	dones   []chan struct{}
	errs    []error
	stopped chan struct{}
	failed  chan struct{}
	once    sync.Once
}

func (s *stages) add(name string, f func(context.Context) error) {
	s.names = append(s.names, name)
	s.runs = append(s.runs, f)
}

// start starts every stage.
func (s *stages) start() {
	s.stopped = make(chan struct{})
	s.failed = make(chan struct{}, len(s.runs))
	s.errs = make([]error, len(s.runs))
	for i, f := range s.runs {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		s.cancels = append(s.cancels, cancel)
		s.dones = append(s.dones, done)
		go func() {
			defer close(done)
			if err := f(ctx); err != nil {
				s.errs[i] = fmt.Errorf("%s: %w", s.names[i], err)
				s.failed <- struct{}{}
			}
		}()
	}
}

// wait returns when every stage returned: after stop, or after a stage
// failed (e.g. its consumer is missing), which stops the rest.
func (s *stages) wait() error {
	select {
	case <-s.stopped:
	case <-s.failed:
		s.stop()
	}
	for _, d := range s.dones {
		<-d
	}
	return errors.Join(s.errs...)
}

// stop cancels the stages in order, waiting for each.
func (s *stages) stop() {
	s.once.Do(func() {
		close(s.stopped)
		for i, cancel := range s.cancels {
			cancel()
			<-s.dones[i]
		}
	})
}

// ---- byline run --once, also used by byline demo ----

// OnceOptions configures RunOnce, the machinery of `byline run --once`.
type OnceOptions struct {
	// Jobs are the crawl jobs, each run once in order. Required.
	Jobs []crawler.Config
	// DataDir holds nats/ (embedded JetStream) and index/ (embedded index).
	DataDir string
	// NATS selects an external cluster; empty URL = embedded server.
	NATS natsFlags
	// ESURL indexes into Elasticsearch instead of DataDir/index.
	ESURL string
	// Index, if set, is used instead of opening one (and is not closed).
	Index index.Index
	// Pipeline tunes streams and consumers; zero = defaults.
	Pipeline pipeline.Config
	// ExtractWorkers is how many extract workers to run; default 1.
	ExtractWorkers int
	// Extract replaces the real extractor (tests); NotArticle goes with it.
	Extract    pipeline.ExtractFunc
	NotArticle func(error) bool
	// CrawlOptions are passed to every crawler (e.g. a test transport).
	CrawlOptions []crawler.Option
	// Progress, if set, is called about every 200ms and once at the end
	// (phase "done"); calls never overlap.
	Progress func(OnceProgress)
	// OnIndexed, if set, is called after each article is durably indexed.
	OnIndexed func(a *article.Article)
	// Logger; nil = slog.Default().
	Logger *slog.Logger
}

// OnceProgress is a snapshot passed to OnceOptions.Progress.
type OnceProgress struct {
	Phase    string        // "crawl", "drain" or "done"
	Job      string        // the job crawling now (phase crawl)
	Crawl    crawler.Stats // its counters
	Pages    pipeline.PublisherStats
	Extract  pipeline.ExtractStats
	Index    pipeline.IndexStats
	Pipeline pipeline.Progress // queues on the server (phase drain)
	Elapsed  time.Duration
}

// OnceResult are the counts of a RunOnce.
type OnceResult struct {
	Crawls     []crawler.Summary
	Pages      pipeline.PublisherStats
	Extract    pipeline.ExtractStats
	Index      pipeline.IndexStats
	Reconciled bool // every published page and article accounted for (see reconcile)
	Duration   time.Duration
}

// String prints the counts and the reconciliation:
// pages published = articles + non-articles + dead-lettered (extract), and
// articles = indexed + dead-lettered (index) + duplicate articles.
func (r OnceResult) String() string {
	var b strings.Builder
	for _, s := range r.Crawls {
		fmt.Fprintf(&b, "crawl %-12s fetched %d, new pages %d, unchanged %d, errors %d (%s)\n",
			s.Job, s.Fetched, s.New, s.Unchanged, s.ErrorsTotal(), s.Stopped)
	}
	p, e, i := r.Pages, r.Extract, r.Index
	fmt.Fprintf(&b, "pages    published %d, duplicates dropped %d, publish failures %d, large bodies offloaded %d\n",
		p.Published, p.Duplicates, p.Failed, p.Offloaded)
	fmt.Fprintf(&b, "extract  articles %d (duplicate articles %d), non-articles %d, dead-lettered %d, retried attempts %d\n",
		e.Extracted, e.DuplicateArticles, e.NonArticles, e.DeadLettered, e.Failed)
	fmt.Fprintf(&b, "index    indexed %d, dead-lettered %d, retried attempts %d\n", i.Indexed, i.DeadLettered, i.Failed)
	mark := "ok"
	if !r.Reconciled {
		mark = "MISMATCH"
	}
	fmt.Fprintf(&b, "reconcile %s: %d published = %d articles + %d non-articles + %d dead-lettered; %d articles = %d indexed + %d dead-lettered + %d duplicates\n",
		mark, p.Published, e.Extracted, e.NonArticles, e.DeadLettered, e.Extracted, i.Indexed, i.DeadLettered, e.DuplicateArticles)
	if r.Reconciled && !r.exact() {
		b.WriteString("          (more handled than published: redeliveries after a crash or a lost ack; index writes are idempotent)\n")
	}
	fmt.Fprintf(&b, "took %s\n", r.Duration.Round(time.Millisecond))
	return b.String()
}

// reconcile sets Reconciled when every published page and every article
// is accounted for. Redeliveries (a crash, a lost ack) can make a stage
// handle a message twice, so more than published is allowed; fewer means
// something is missing.
func (r *OnceResult) reconcile() {
	p, e, i := r.Pages, r.Extract, r.Index
	r.Reconciled = e.Extracted+e.NonArticles+e.DeadLettered >= p.Published &&
		i.Indexed+i.DeadLettered+e.DuplicateArticles >= e.Extracted
}

// exact reports whether the counts match one for one (no redeliveries).
func (r OnceResult) exact() bool {
	p, e, i := r.Pages, r.Extract, r.Index
	return p.Published == e.Extracted+e.NonArticles+e.DeadLettered &&
		e.Extracted == i.Indexed+i.DeadLettered+e.DuplicateArticles
}

// RunOnce runs every job once through the pipeline (embedded NATS unless
// o.NATS.URL is set), waits until every published page is extracted and
// indexed or dead-lettered, stops the workers and returns the counts. The
// counts are of this process: with other workers on a shared cluster, or
// pages left over from an interrupted run, they need not reconcile.
func RunOnce(ctx context.Context, o OnceOptions) (OnceResult, error) {
	start := time.Now()
	var res OnceResult
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	if len(o.Jobs) == 0 {
		return res, errors.New("run --once: no crawl jobs")
	}
	b, err := openBus(ctx, o.NATS, "byline-run-once", o.DataDir, "", true, log)
	if err != nil {
		return res, err
	}
	defer b.close()
	pcfg := o.Pipeline.WithDefaults()
	if err := pipeline.Setup(ctx, b.js, pcfg); err != nil {
		return res, err
	}
	ix := o.Index
	if ix == nil {
		if ix, err = openIndex(ctx, o.DataDir, o.ESURL); err != nil {
			return res, fmt.Errorf("run --once: open index: %w", err)
		}
		defer closeIndex(ctx, ix, time.Minute, log, "run --once")
	}
	exFn, notArticle := o.Extract, o.NotArticle
	if exFn == nil {
		exFn, notArticle = extractPage, isNotArticle
	}
	popts := []pipeline.Option{pipeline.WithLogger(log)}
	pub, err := pipeline.NewPublisher(b.js, pcfg, popts...)
	if err != nil {
		return res, err
	}
	eopts := slices.Clone(popts)
	if notArticle != nil {
		eopts = append(eopts, pipeline.WithNotArticle(notArticle))
	}
	var ews []*pipeline.ExtractWorker
	for range max(o.ExtractWorkers, 1) {
		ew, err := pipeline.NewExtractWorker(b.js, pcfg, exFn, eopts...)
		if err != nil {
			return res, err
		}
		ews = append(ews, ew)
	}
	iopts := slices.Clone(popts)
	if o.OnIndexed != nil {
		iopts = append(iopts, pipeline.WithOnIndexed(o.OnIndexed))
	}
	iw, err := pipeline.NewIndexWorker(b.js, pcfg, ix, iopts...)
	if err != nil {
		return res, err
	}

	// Extract workers stop before the index worker, so the articles of the
	// last pages reach the index before it drains.
	st := &stages{}
	for i, ew := range ews {
		st.add(fmt.Sprintf("extract-%d", i), ew.Run)
	}
	st.add("index", iw.Run)
	st.start()
	stErr := make(chan error, 1)
	go func() { stErr <- st.wait() }()
	stopped := false
	stopWorkers := func() error {
		if stopped {
			return nil
		}
		stopped = true
		st.stop()
		return <-stErr
	}
	defer stopWorkers()

	sumStats := func() (pipeline.ExtractStats, pipeline.IndexStats) {
		var e pipeline.ExtractStats
		for _, ew := range ews {
			s := ew.Stats()
			e.Received += s.Received
			e.Extracted += s.Extracted
			e.DuplicateArticles += s.DuplicateArticles
			e.NonArticles += s.NonArticles
			e.Failed += s.Failed
			e.DeadLettered += s.DeadLettered
		}
		return e, iw.Stats()
	}
	var (
		mu    sync.Mutex
		snap  OnceProgress
		phase atomic.Value
	)
	phase.Store("crawl")
	report := func() {
		if o.Progress == nil {
			return
		}
		mu.Lock()
		p := snap
		mu.Unlock()
		p.Phase = phase.Load().(string)
		p.Pages = pub.Stats()
		p.Extract, p.Index = sumStats()
		p.Elapsed = time.Since(start)
		o.Progress(p)
	}
	progCtx, stopProg := context.WithCancel(ctx)
	progDone := make(chan struct{})
	go func() {
		defer close(progDone)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-progCtx.Done():
				return
			case <-t.C:
				report()
			}
		}
	}()
	var stopOnce sync.Once
	stopProgress := func() { stopOnce.Do(func() { stopProg(); <-progDone }) }
	defer stopProgress()

	for _, job := range o.Jobs {
		copts := append([]crawler.Option{crawler.WithLogger(log), crawler.WithClassifier(classifyPage), crawler.WithProgress(func(s crawler.Stats) {
			mu.Lock()
			snap.Job, snap.Crawl = job.Name, s
			mu.Unlock()
		})}, o.CrawlOptions...)
		c, err := crawler.New(job, pub, copts...)
		if err != nil {
			return res, fmt.Errorf("run --once: job %s: %w", job.Name, err)
		}
		sum, err := c.Run(ctx)
		res.Crawls = append(res.Crawls, sum)
		if err != nil {
			return res, fmt.Errorf("run --once: crawl %s: %w", job.Name, err)
		}
	}
	phase.Store("drain")
	if err := pipeline.WaitIdle(ctx, b.js, pcfg, 50*time.Millisecond, func(p pipeline.Progress) {
		mu.Lock()
		snap.Pipeline = p
		mu.Unlock()
	}); err != nil {
		return res, err
	}
	if err := stopWorkers(); err != nil {
		return res, fmt.Errorf("run --once: workers: %w", err)
	}
	if err := ix.Flush(ctx); err != nil {
		return res, fmt.Errorf("run --once: flush index: %w", err)
	}
	res.Pages = pub.Stats()
	res.Extract, res.Index = sumStats()
	res.Duration = time.Since(start)
	res.reconcile()
	stopProgress() // the last call comes from here, never concurrently
	phase.Store("done")
	report()
	return res, nil
}

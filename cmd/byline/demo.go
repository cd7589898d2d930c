package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/demo"
	bleveindex "github.com/byline/byline/index/bleve"
	"github.com/byline/byline/revision"
	"github.com/byline/byline/web"
)

func init() { register(newDemoCmd) }

// demoOptions are the flags of `byline demo`.
type demoOptions struct {
	Addr            string // search page
	SiteAddr        string // the sample news site
	Data            string // "" = a temporary directory, removed at exit
	ExtractWorkers  int
	Exit            bool // print the summary and exit instead of serving
	ShutdownTimeout time.Duration
	// quiet logs only errors, so the progress line stays readable; set
	// unless --log-level was given.
	quiet bool
	// addrSet is true when --addr was given; otherwise a busy default port
	// falls back to a free one.
	addrSet bool
}

// demoMarker marks a data directory as the demo's own, so the demo may
// wipe it at the next start and never touches a directory it did not make.
const demoMarker = ".byline-demo"

func newDemoCmd(g *globalOptions) *cobra.Command {
	return newDemoCmdWith(g, func(ctx context.Context, opts *demoOptions) error { return runDemo(ctx, g, opts) })
}

// newDemoCmdWith builds the command with run as its action, so tests can
// check the parsed options without running the demo.
func newDemoCmdWith(g *globalOptions, run func(context.Context, *demoOptions) error) *cobra.Command {
	opts := &demoOptions{}
	cmd := &cobra.Command{
		Use:   "demo [--addr HOST:PORT] [--data DIR]",
		Short: "Crawl the built-in sample news site through the whole pipeline and serve the search page",
		Long: `Serve Byline's built-in sample news site (six fictional outlets, 50+
articles, sitemaps, feeds and a robots.txt) on a random loopback port, run the
whole pipeline on it — crawl, embedded NATS JetStream, extract and index
workers, embedded index — with a progress display, print a summary, then serve
the search page on --addr until Ctrl-C. Needs no network and no setup.

--data keeps the demo's NATS store, crawl state and index in DIR (it is wiped
at the next 'byline demo' with the same DIR); the default is a temporary
directory removed at exit. --exit prints the summary and exits instead of
serving.

Exit status: 0 on success (or Ctrl-C while serving), 1 when the pipeline fails
or does not index every sample article, 2 on bad flags.`,
		Example: `  byline demo
  byline demo --addr 127.0.0.1:9000 --data ./demo-data
  byline demo --exit`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, a := range []struct{ flag, addr string }{{"addr", opts.Addr}, {"site-addr", opts.SiteAddr}} {
				if _, _, err := net.SplitHostPort(a.addr); err != nil {
					return usageError(fmt.Errorf("--%s %q: %w", a.flag, a.addr, err))
				}
			}
			if opts.ExtractWorkers < 1 {
				return usageError(fmt.Errorf("--extract-workers must be at least 1, got %d", opts.ExtractWorkers))
			}
			opts.quiet = !cmd.Flags().Changed("log-level")
			opts.addrSet = cmd.Flags().Changed("addr")
			return run(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "serve the search page on HOST:PORT (port 0 picks a free one)")
	f.StringVar(&opts.SiteAddr, "site-addr", "127.0.0.1:0", "serve the sample news site on HOST:PORT")
	f.StringVar(&opts.Data, "data", "", "data directory (default: a temporary directory removed at exit)")
	f.IntVar(&opts.ExtractWorkers, "extract-workers", 2, "extract workers")
	f.BoolVar(&opts.Exit, "exit", false, "print the summary and exit instead of serving the search page")
	f.DurationVar(&opts.ShutdownTimeout, "shutdown-timeout", defaultShutdownTimeout, "how long requests in flight may take on Ctrl-C")
	return cmd
}

// demoJob is the crawl job of the demo: the sample site's home page and
// sitemap index, links followed two deep, robots.txt obeyed, politeness
// delays off (it is our own loopback server).
func demoJob(siteURL, dataDir string) crawler.Config {
	j := crawler.DefaultConfig()
	j.Name = "demo"
	j.Seeds = []string{siteURL + "/"}
	for _, o := range demo.Outlets() {
		j.Seeds = append(j.Seeds, siteURL+"/"+o.ID+"/")
	}
	j.Sitemaps = []string{siteURL + "/sitemap_index.xml"}
	j.MaxDepth = 2
	j.MaxPages = 2000
	j.AllowPrivate = true
	j.DataDir = dataDir
	j.Delay = 0
	j.AutoThrottle.Enabled = false
	j.Parallelism = 4
	j.Retries = 1
	j.RetryBase = 100 * time.Millisecond
	j.Timeout = 10 * time.Second
	return j
}

// indexNotInUse reports an error when the embedded index at path is held
// by another process (byline serve or search reading a demo's data): a
// writer refuses an index a reader holds, and wiping it under the reader
// is worse. No index there is no error.
func indexNotInUse(path string) error {
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	// A writer's open: readers share the index with each other, a writer
	// is refused while one holds it (ErrInUse, naming its pid).
	ix, err := bleveindex.Open(path, bleveindex.Config{})
	if err != nil {
		return err
	}
	return ix.Close(context.Background())
}

// prepareDemoDir returns the data directory to use and a cleanup func. A
// given directory must be empty, missing or one the demo made before (then
// its old state is removed, so every demo starts from scratch).
func prepareDemoDir(dir string) (string, func(), error) {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "byline-demo-")
		if err != nil {
			return "", nil, fmt.Errorf("demo: temporary directory: %w", err)
		}
		return tmp, func() { _ = os.RemoveAll(tmp) }, nil
	}
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return "", nil, fmt.Errorf("demo: read %s: %w", dir, err)
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(dir, demoMarker)); err != nil {
			return "", nil, fmt.Errorf("demo: %s is not empty and was not made by byline demo; choose another --data", dir)
		}
		if err := indexNotInUse(filepath.Join(dir, "index")); err != nil {
			return "", nil, fmt.Errorf("demo: %s is the last demo's, still in use; stop what reads it or choose another --data: %w", dir, err)
		}
		for _, e := range entries {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				return "", nil, fmt.Errorf("demo: clear %s: %w", dir, err)
			}
		}
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", nil, fmt.Errorf("demo: create %s: %w", dir, err)
	}
	if err := os.WriteFile(filepath.Join(dir, demoMarker), []byte("made by byline demo; wiped by the next one\n"), 0o640); err != nil {
		return "", nil, fmt.Errorf("demo: mark %s: %w", dir, err)
	}
	return dir, func() {}, nil
}

// demoSummary is what the demo prints after the pipeline ran.
type demoSummary struct {
	Fetched       int64
	RobotsSkipped int64
	Articles      int    // expected: the sample site's articles
	Indexed       uint64 // articles in the index
	Quotes        int64
	Speakers      int
	NonArticles   uint64
	DeadLettered  uint64
	Took          time.Duration
	Syndicated    []*demoStory       // clusters of copies on more than one site
	Updates       int                // articles the sample site updates between the crawls
	Refetched     uint64             // articles indexed by the second crawl
	Revised       []*article.Article // articles at revision 2 or more
}

// demoStory is one cluster as the demo saw it indexed.
type demoStory struct {
	origin   *article.Article
	originID string
	size     int
	sites    map[string]string // article id -> site name
	members  map[string]*article.Article
}

func runDemo(ctx context.Context, g *globalOptions, o *demoOptions) error {
	log := g.Log
	if o.quiet {
		log = newLogger(&globalOptions{LogLevel: "error", LogFormat: g.LogFormat, Stderr: g.Stderr})
	}
	dataDir, cleanup, err := prepareDemoDir(o.Data)
	if err != nil {
		return err
	}
	defer cleanup()

	// The sample site, on its own loopback listener.
	var lc net.ListenConfig
	siteLn, err := lc.Listen(ctx, "tcp", o.SiteAddr)
	if err != nil {
		return fmt.Errorf("demo: listen for the sample site on %s: %w", o.SiteAddr, err)
	}
	site := demo.NewHandler()
	siteCtx, stopSite := context.WithCancel(context.WithoutCancel(ctx))
	siteDone := make(chan error, 1)
	go func() { siteDone <- serveHTTP(siteCtx, siteLn, site, o.ShutdownTimeout, log) }()
	defer func() { stopSite(); <-siteDone }()
	siteURL := "http://" + siteLn.Addr().String()
	fmt.Fprintf(g.Stdout, "byline demo: sample news site at %s/ (%d outlets, %d articles)\n", siteURL, len(demo.Outlets()), len(demo.Articles()))

	ix, err := openIndex(dataDir)
	if err != nil {
		return fmt.Errorf("demo: open index: %w", err)
	}
	defer closeIndex(ctx, ix, time.Minute, log, "demo")

	var quotes atomic.Int64
	var mu sync.Mutex
	speakers := map[string]bool{}
	stories := map[string]*demoStory{}       // by cluster id
	revised := map[string]*article.Article{} // by article id
	prog := newDemoProgress(g.Stderr)
	cfg := config.Config{Data: dataDir}
	cfg.Pipeline.ExtractWorkers = o.ExtractWorkers
	crawl := func(sitemapsOnly bool) (onceResult, error) {
		defer prog.finish()
		job := demoJob(siteURL, filepath.Join(dataDir, "crawl"))
		if sitemapsOnly {
			job.Seeds = nil
		}
		return runOnce(ctx, onceOptions{
			Config:   cfg,
			Jobs:     []crawler.Config{job},
			Index:    ix,
			Progress: prog.update,
			OnIndexed: func(a *article.Article) {
				quotes.Add(int64(len(a.Quotes)))
				mu.Lock()
				defer mu.Unlock()
				for _, s := range a.Speakers {
					if s.Quotes > 0 { // quoted speakers; sources of reported speech only are not counted
						speakers[s.Name] = true
					}
				}
				st := stories[a.ClusterID]
				if st == nil {
					st = &demoStory{sites: map[string]string{}, members: map[string]*article.Article{}}
					stories[a.ClusterID] = st
				}
				st.sites[a.ID] = a.SiteName
				st.members[a.ID] = a
				// The copy indexed with the largest cluster knew the most
				// members when its origin was picked.
				if a.ClusterSize >= st.size {
					st.size, st.originID = a.ClusterSize, a.ClusterOrigin
				}
				if a.Revision > 1 {
					revised[a.ID] = a
				}
			},
			Logger: log,
		})
	}
	res, err := crawl(false)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	// The outlets publish their updates; a second crawl finds the edited
	// pages through their sitemaps' lastmod and records revision 2. It
	// reads the sitemaps only: when the listings are crawled in the same
	// run, the crawler can meet a sitemap's URL as a link first, skip it
	// as "not HTML" and not read it as a sitemap in that run (a crawler
	// ordering issue left to its owners).
	site.PublishUpdates()
	res2, err := crawl(true)
	if err != nil {
		return fmt.Errorf("demo: second crawl: %w", err)
	}
	log.Debug("second crawl", "counts", res2.String())
	count, err := ix.Count(ctx)
	if err != nil {
		return fmt.Errorf("demo: count indexed articles: %w", err)
	}
	sum := demoSummary{
		Articles: len(demo.Articles()), Indexed: count, Quotes: quotes.Load(), Speakers: len(speakers),
		NonArticles: res.Extract.NonArticles, DeadLettered: res.Extract.DeadLettered + res.Index.DeadLettered +
			res2.Extract.DeadLettered + res2.Index.DeadLettered,
		Took: res.Duration + res2.Duration, Updates: len(demo.Updates()), Refetched: res2.Index.Indexed,
	}
	for _, c := range res.Crawls {
		sum.Fetched += c.Fetched
		sum.RobotsSkipped += c.RobotsSkipped
	}
	for _, st := range stories {
		if len(st.sites) > 1 {
			st.origin = st.members[st.originID]
			if st.origin == nil { // its origin was indexed in an earlier run
				for _, a := range st.members {
					st.origin = a
					break
				}
			}
			sum.Syndicated = append(sum.Syndicated, st)
		}
	}
	sort.Slice(sum.Syndicated, func(i, j int) bool { return sum.Syndicated[i].origin.Headline < sum.Syndicated[j].origin.Headline })
	for _, a := range revised {
		sum.Revised = append(sum.Revised, a)
	}
	sort.Slice(sum.Revised, func(i, j int) bool { return sum.Revised[i].URL < sum.Revised[j].URL })
	printDemoSummary(g.Stdout, sum)
	for _, p := range demo.DisallowedPaths() {
		if site.Hits(p) > 0 {
			return &exitError{code: 1, err: fmt.Errorf("demo: the crawler fetched %s, which robots.txt disallows", p)}
		}
	}
	if int(sum.Indexed) != sum.Articles {
		return &exitError{code: 1, err: fmt.Errorf("demo: indexed %d articles, the sample site has %d", sum.Indexed, sum.Articles)}
	}
	if len(sum.Revised) != sum.Updates {
		return &exitError{code: 1, err: fmt.Errorf("demo: %d articles at revision 2 after the second crawl, the sample site updated %d", len(sum.Revised), sum.Updates)}
	}
	for _, a := range sum.Revised {
		// The index must hold the new version, not only have been handed it.
		got, err := ix.Get(ctx, a.ID)
		if err != nil {
			return fmt.Errorf("demo: read back %s: %w", a.URL, err)
		}
		if got.Revision != a.Revision || got.Headline != a.Headline {
			return &exitError{code: 1, err: fmt.Errorf("demo: the index holds revision %d (%q) of %s, want revision %d", got.Revision, got.Headline, a.URL, a.Revision)}
		}
	}
	if o.Exit {
		return nil
	}

	// Serve the search page until Ctrl-C.
	ln, err := lc.Listen(ctx, "tcp", o.Addr)
	if err != nil && !o.addrSet {
		// The default port is taken (another byline?): any free one will do.
		ln, err = lc.Listen(ctx, "tcp", "127.0.0.1:0")
	}
	if err != nil {
		return fmt.Errorf("demo: listen for the search page on %s: %w", o.Addr, err)
	}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(g.Stdout, "\nsearch page: %s/\n  try:        %s/?q=%s\n              %s/?q=%s\n  JSON API:   %s/api/search?q=%s\nCtrl-C to stop.\n",
		base, base, url.QueryEscape("seawall"), base, url.QueryEscape(`speaker:"Ruth Okafor"`), base, url.QueryEscape("ferry strike"))
	h := demoHandler(web.New(ix, web.WithLogger(log), web.WithTitle("Byline demo")), ix)
	if err := serveHTTP(ctx, ln, h, o.ShutdownTimeout, log); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

func printDemoSummary(w io.Writer, s demoSummary) {
	fmt.Fprintf(w, "\npages fetched        %d (%d skipped by robots.txt)\n", s.Fetched, s.RobotsSkipped)
	fmt.Fprintf(w, "indexed %d articles (the sample site has %d; %d pages were not articles, %d dead-lettered)\n",
		s.Indexed, s.Articles, s.NonArticles, s.DeadLettered)
	fmt.Fprintf(w, "quotes found         %d, from %d speakers\n", s.Quotes, s.Speakers)
	for _, st := range s.Syndicated {
		names := map[string]bool{}
		for _, n := range st.sites {
			names[n] = true
		}
		fmt.Fprintf(w, "syndicated story     %q on %d sites, one cluster (origin: %s)\n", st.origin.Headline, len(names), st.origin.SiteName)
	}
	fmt.Fprintf(w, "second crawl         the sample site updated %d article(s); %d re-fetched and re-indexed\n", s.Updates, s.Refetched)
	for _, a := range s.Revised {
		var d *article.ArticleDiff
		if n := len(a.Revisions); n > 0 {
			d = a.Revisions[n-1].Diff
		}
		fmt.Fprintf(w, "revised              %q (%s) is at revision %d: %s\n", a.Headline, a.SiteName, a.Revision, revision.Summary(d))
	}
	fmt.Fprintf(w, "time taken           %s\n", s.Took.Round(time.Millisecond))
}

// demoProgress draws one status line: redrawn in place on a terminal,
// printed once per phase otherwise (logs, CI).
type demoProgress struct {
	w     io.Writer
	tty   bool
	mu    sync.Mutex
	phase string
	last  string
}

func newDemoProgress(w io.Writer) *demoProgress {
	p := &demoProgress{w: w}
	if f, ok := w.(*os.File); ok {
		p.tty = term.IsTerminal(int(f.Fd()))
	}
	return p
}

func (p *demoProgress) update(s onceProgress) {
	line := fmt.Sprintf("%-5s %5.1fs  fetched %d  queued %d  published %d  extracted %d  not articles %d  indexed %d",
		s.Phase, s.Elapsed.Seconds(), s.Crawl.Fetched, s.Crawl.Queued, s.Pages.Published,
		s.Extract.Extracted, s.Extract.NonArticles, s.Index.Indexed)
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.tty:
		fmt.Fprintf(p.w, "\r\033[K%s", line)
	case s.Phase != p.phase:
		fmt.Fprintln(p.w, line)
	}
	p.phase, p.last = s.Phase, line
}

// finish ends the status line on a terminal.
func (p *demoProgress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.last != "" {
		fmt.Fprintln(p.w)
	}
}

// demoHandler serves the search page and API, with /healthz and /readyz
// (the index answers).
func demoHandler(search http.Handler, ix interface {
	Count(context.Context) (uint64, error)
}) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if _, err := ix.Count(ctx); err != nil {
			http.Error(w, "index: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ready\n")
	})
	mux.Handle("/", search)
	return mux
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/index"
	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
	"github.com/byline/byline/wire"
)

// newsSite is a loopback news site: a front page and a section page
// linking to n articles, an about page (not an article), robots.txt and a
// sitemap. Every article has a unique token in its headline and body.
type newsSite struct {
	srv      *httptest.Server
	n        int
	mu       sync.Mutex
	hits     map[string]int
	bigStory int // index of a story with a ~250 KB body (-1: none)
	onServe  func(url string)
	// rendered, when not nil, is stamped on every article page in a
	// comment, counted up: the bytes change from fetch to fetch, the
	// text does not (an ad slot, a render time).
	rendered *atomic.Int64
}

var storyTopics = []string{"harbour", "election", "drought", "railway", "vaccine", "budget", "wildfire", "orchestra",
	"satellite", "fisheries", "tariff", "museum", "glacier", "startup", "marathon", "library"}

func newNewsSite(t testing.TB, n int, bigStory int) *newsSite {
	s := &newsSite{n: n, hits: map[string]int{}, bigStory: bigStory}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

// token is the unique search word of story i.
func storyToken(i int) string { return fmt.Sprintf("zq%03dtoken", i) }

func storyPath(i int) string {
	return fmt.Sprintf("/news/2025/06/%02d/%s-story-%d", 1+i%28, storyTopics[i%len(storyTopics)], i)
}

func (s *newsSite) url(path string) string { return s.srv.URL + path }

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.mu.Unlock()
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nAllow: /\nSitemap: %s/sitemap.xml\n", s.srv.URL)
	case r.URL.Path == "/sitemap.xml":
		w.Header().Set("Content-Type", "application/xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range s.n {
			fmt.Fprintf(&b, "<url><loc>%s</loc><lastmod>2025-06-%02dT08:00:00Z</lastmod></url>", s.url(storyPath(i)), 1+i%28)
		}
		b.WriteString("</urlset>")
		w.Write([]byte(b.String()))
	case r.URL.Path == "/" || r.URL.Path == "/world/":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		b.WriteString(`<!doctype html><html lang="en"><head><title>The Loopback Times</title><meta property="og:type" content="website"></head><body><header><a href="/">The Loopback Times</a> <a href="/world/">World</a> <a href="/about">About us</a></header><main><h1>Latest news</h1><ul>`)
		for i := range s.n {
			fmt.Fprintf(&b, `<li><a href="%s">%s story %d</a></li>`, storyPath(i), strings.ToUpper(storyTopics[i%len(storyTopics)][:1])+storyTopics[i%len(storyTopics)][1:], i)
		}
		b.WriteString(`</ul></main></body></html>`)
		w.Write([]byte(b.String()))
	case r.URL.Path == "/about":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html lang="en"><head><title>About us</title><meta property="og:type" content="website"></head><body><h1>About us</h1><p>We are a small newsroom.</p><a href="/">Home</a></body></html>`))
	case strings.HasPrefix(r.URL.Path, "/news/"):
		for i := range s.n {
			if r.URL.Path == storyPath(i) {
				if s.onServe != nil {
					s.onServe(s.url(r.URL.Path))
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Write(s.story(i))
				if s.rendered != nil {
					fmt.Fprintf(w, "<!-- rendered %d -->", s.rendered.Add(1))
				}
				return
			}
		}
		http.NotFound(w, r)
	default:
		http.NotFound(w, r)
	}
}

// story renders article i as a typical news page.
func (s *newsSite) story(i int) []byte {
	topic := storyTopics[i%len(storyTopics)]
	day := 1 + i%28
	headline := fmt.Sprintf("Council approves %s plan after %s debate", topic, storyToken(i))
	var paras []string
	paras = append(paras, fmt.Sprintf("The city council on Tuesday approved a long-debated plan for the %s, ending months of argument over cost and timing. The measure, known locally as %s, passed by seven votes to four.", topic, storyToken(i)))
	paras = append(paras, fmt.Sprintf(`"This is a good day for everyone who lives here," said Mayor Alice Smith, who had championed the %s proposal since her election campaign.`, topic))
	paras = append(paras, fmt.Sprintf("Opponents said the plan would cost far more than projected. Councillor Bob Jones warned that residents would pay for the %s through higher fees for years to come, and called for an independent review.", topic))
	paras = append(paras, "Work is expected to begin in the autumn and to take about two years. The council will publish quarterly reports on progress and spending, officials said.")
	reps := 1
	if i == s.bigStory {
		reps = 400 // about 250 KB of HTML
	}
	var body strings.Builder
	for r := range reps {
		for j, p := range paras {
			if r > 0 {
				p = fmt.Sprintf("Update %d.%d: %s", r, j, p)
			}
			fmt.Fprintf(&body, "<p>%s</p>\n", p)
		}
	}
	ld, _ := json.Marshal(map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
		"datePublished": fmt.Sprintf("2025-06-%02dT08:00:00Z", day),
		"author":        []map[string]string{{"@type": "Person", "name": "Jane Doe"}},
		"publisher":     map[string]string{"@type": "Organization", "name": "The Loopback Times"},
	})
	return fmt.Appendf(nil, `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>%s | The Loopback Times</title>
<link rel="canonical" href="%s">
<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="og:site_name" content="The Loopback Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-06-%02dT08:00:00Z">
<script type="application/ld+json">%s</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/about">About us</a></nav></header>
<main><article>
<h1>%s</h1>
<p class="byline">By <span class="author">Jane Doe</span></p>
<time datetime="2025-06-%02dT08:00:00Z">June %d, 2025</time>
<div class="article-body">
%s</div>
</article></main>
<footer><p>&copy; 2025 The Loopback Times</p></footer>
</body></html>`, headline, s.url(storyPath(i)), headline, day, ld, headline, day, day, body.String())
}

func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// listeningBus starts an embedded NATS server on a temporary store that
// also listens on a loopback port, as the commands' --nats flags need; it
// is shut down when the test ends.
func listeningBus(ctx context.Context, t testing.TB) *bus.Server {
	t.Helper()
	srv, err := bus.Start(ctx, bus.ServerConfig{StoreDir: t.TempDir(), Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Shutdown)
	return srv
}

// streamsBus is listeningBus with the pipeline's streams set up (default
// config) and a TCP client of it: what `byline run --nats-listen` offers
// subscribers and `byline tail`.
func streamsBus(ctx context.Context, t testing.TB) (*bus.Server, jetstream.JetStream) {
	t.Helper()
	srv := listeningBus(ctx, t)
	js := tcpJetStream(t, srv)
	if err := pipeline.Setup(ctx, js, pipeline.Config{}); err != nil {
		t.Fatal(err)
	}
	return srv, js
}

// tcpJetStream connects to srv over TCP, as another process would; the
// connection closes when the test ends.
func tcpJetStream(t testing.TB, srv *bus.Server) jetstream.JetStream {
	t.Helper()
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// loopbackJob crawls the site with politeness off.
func loopbackJob(site *newsSite, dataDir string) crawler.Config {
	j := crawler.DefaultConfig()
	j.Name = "loopback"
	j.Seeds = []string{site.url("/")}
	j.Sitemaps = []string{site.url("/sitemap.xml")}
	j.AllowPrivate = true
	j.Delay = 0
	j.AutoThrottle.Enabled = false
	j.Parallelism = 4
	j.DataDir = filepath.Join(dataDir, "crawl")
	return j
}

// searchToken finds the articles matching a token.
func searchToken(t *testing.T, ix index.Searcher, tok string) *index.Results {
	t.Helper()
	res, err := ix.Search(context.Background(), index.Query{Text: tok, Limit: 10})
	if err != nil {
		t.Fatalf("search %q: %v", tok, err)
	}
	return res
}

// TestRunOnceEndToEnd: loopback site -> real crawler -> embedded NATS ->
// real extractor -> embedded Bleve index -> search finds every article,
// and the counts reconcile.
func TestRunOnceEndToEnd(t *testing.T) {
	const n = 12
	site := newNewsSite(t, n, 5)
	dir := t.TempDir()
	ix, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close(context.Background())
	var progress []onceProgress
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	res, err := runOnce(ctx, onceOptions{
		Jobs: []crawler.Config{loopbackJob(site, dir)},
		// The big story travels zstd-compressed: by default only bodies
		// too large for a message are.
		Config:   config.Config{Data: dir, Pipeline: config.Pipeline{Config: pipeline.Config{CompressAbove: 200 << 10}}},
		Index:    ix,
		Progress: func(p onceProgress) { progress = append(progress, p) },
		Logger:   quietLogger(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", res)
	if !res.Reconciled || !res.Exact {
		t.Errorf("counts do not reconcile one for one:\n%s", res)
	}
	if res.Extract.Extracted != n || res.Index.Indexed != n || res.Extract.DeadLettered+res.Index.DeadLettered != 0 {
		t.Errorf("extracted %d, indexed %d, dead-lettered %d; want %d, %d, 0",
			res.Extract.Extracted, res.Index.Indexed, res.Extract.DeadLettered+res.Index.DeadLettered, n, n)
	}
	if int64(res.Pages.Published) != res.Crawls[0].New {
		t.Errorf("crawler handed %d pages to the sink, %d published", res.Crawls[0].New, res.Pages.Published)
	}
	if res.Pages.Compressed == 0 {
		t.Error("the 250 KB story was not compressed")
	}
	if len(progress) == 0 || progress[len(progress)-1].Phase != "done" {
		t.Errorf("progress callback: %d calls, last not phase done", len(progress))
	}
	count, err := ix.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if count != n {
		t.Errorf("index holds %d articles, want %d", count, n)
	}
	for i := range n {
		hits := searchToken(t, ix, storyToken(i))
		if hits.Total != 1 || len(hits.Hits) != 1 || hits.Hits[0].URL != site.url(storyPath(i)) {
			t.Errorf("search %s: total %d, hits %+v; want the one story %s", storyToken(i), hits.Total, hits.Hits, storyPath(i))
		}
	}

	// A second run finds nothing new: the crawler's seen-set and the
	// pipeline's duplicate windows keep the index as it is.
	res2, err := runOnce(ctx, onceOptions{Jobs: []crawler.Config{loopbackJob(site, dir)}, Config: config.Config{Data: dir}, Index: ix, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	if !res2.Reconciled || res2.Index.Indexed != 0 {
		t.Errorf("second run:\n%s", res2)
	}
	if count, _ := ix.Count(ctx); count != n {
		t.Errorf("after second run the index holds %d articles, want %d", count, n)
	}
}

// TestRunOnceCommand runs `byline run --once` through runCLI with a config
// file (crawl and pipeline sections), then `byline search` finds the
// articles.
func TestRunOnceCommand(t *testing.T) {
	const n = 6
	site := newNewsSite(t, n, -1)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := fmt.Sprintf(`crawl:
  defaults:
    allow_private: true
    delay: 0s
    auto_throttle: {enabled: false}
  jobs:
    - name: loopback
      seeds: [%q]
pipeline:
  duplicates: 1m
  extract:
    ack_wait: 10s
    max_deliver: 3
    backoff: [100ms, 200ms]
`, site.url("/"))
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	code := runCLI(ctx, []string{"run", "--once", "--config", cfgFile, "--data", dir, "--log-level", "warn"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("byline run --once: exit %d\nstdout:\n%s\nstderr:\n%s", code, &stdout, &stderr)
	}
	out := stdout.String()
	for _, want := range []string{"crawl loopback", fmt.Sprintf("index    indexed %d,", n), "reconcile ok"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	stdout.Reset()
	if code := runCLI(ctx, []string{"search", "--data", dir, "--json", storyToken(3)}, &stdout, &stderr); code != 0 {
		t.Fatalf("byline search: exit %d: %s", code, &stderr)
	}
	var res index.Results
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("search output: %v\n%s", err, &stdout)
	}
	if res.Total != 1 || res.Hits[0].URL != site.url(storyPath(3)) {
		t.Errorf("search %s = %+v", storyToken(3), res)
	}
}

// TestRunOnceRefetch: byline run --once, then run --once --refetch over
// the same site: the second run fetches every article again and hands it
// on although its text is unchanged, the workers extract it again, and
// the index stage records no revision (the extraction is the same here:
// the same extractor).
func TestRunOnceRefetch(t *testing.T) {
	const n = 4
	site := newNewsSite(t, n, -1)
	site.rendered = &atomic.Int64{}
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := fmt.Sprintf("crawl:\n  defaults: {allow_private: true, delay: 0s, auto_throttle: {enabled: false}}\n  jobs:\n    - {name: loopback, seeds: [%q]}\n", site.url("/"))
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{nil, []string{fmt.Sprintf("new pages %d, unchanged 0, resent 0,", n), fmt.Sprintf("articles %d", n), "reconcile ok"}},
		// The same extraction again: the same article on ARTICLES,
		// dropped as a duplicate, no revision.
		{[]string{"--refetch"}, []string{fmt.Sprintf("new pages 0, unchanged 0, resent %d,", n),
			fmt.Sprintf("pages    published %d,", n), fmt.Sprintf("articles %d (duplicate articles %d)", n, n), "0 new revisions, 0 re-extracted", "reconcile ok"}},
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"run", "--once", "--config", cfgFile, "--data", dir, "--log-level", "warn"}, tc.args...)
		if code := runCLI(ctx, args, &stdout, &stderr); code != 0 {
			t.Fatalf("byline %v: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, &stdout, &stderr)
		}
		for _, want := range tc.want {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("byline %v: output lacks %q:\n%s", args, want, &stdout)
			}
		}
	}
}

// TestLoadConfig: the pipeline section of the one config file, checked
// strictly, with the environment over the file and flags over both.
func TestLoadConfig(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		env     map[string]string
		flags   func(*config.Config)
		wantErr string
		check   func(config.Config) bool
	}{
		{"no section", "crawl:\n  jobs: [{name: a, seeds: [https://a.example/]}]\n", nil, nil, "",
			func(c config.Config) bool { return c.Pipeline.PagesStream == "PAGES" && len(c.Crawl.Jobs) == 1 }},
		{"values", "pipeline:\n  articles_max_age: 48h\n  index:\n    concurrency: 3\n", nil, nil, "",
			func(c config.Config) bool {
				return c.Pipeline.ArticlesMaxAge == 48*time.Hour && c.Pipeline.Index.Concurrency == 3
			}},
		{"env over file", "pipeline:\n  index_flush: 1s\n", map[string]string{"BYLINE_PIPELINE_INDEX_FLUSH": "300ms"}, nil, "",
			func(c config.Config) bool { return c.Pipeline.IndexFlush == 300*time.Millisecond }},
		{"flag over env", "pipeline:\n  extract:\n    concurrency: 1\n", map[string]string{"BYLINE_PIPELINE_EXTRACT_CONCURRENCY": "2"},
			func(c *config.Config) { c.Pipeline.Extract.Concurrency = 4 }, "",
			func(c config.Config) bool { return c.Pipeline.Extract.Concurrency == 4 }},
		{"unknown key", "pipeline:\n  bogus: 1\n", nil, nil, "field bogus not found", nil},
		{"invalid", "pipeline:\n  storage: tape\n", nil, nil, `storage "tape"`, nil},
		{"bad env", "", map[string]string{"BYLINE_SERVER_SHUTDOWN_TIMEOUT": "soon"}, nil, "BYLINE_SERVER_SHUTDOWN_TIMEOUT", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "byline.yaml")
			if err := os.WriteFile(p, []byte(tt.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			c, err := loadConfig(p, tt.flags)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !tt.check(c) {
				t.Fatalf("config = %+v, err %v", c, err)
			}
		})
	}
}

// TestTail publishes articles for two sites to an embedded server that
// listens on a port and reads them back with `byline tail`.
func TestTail(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv, js := streamsBus(ctx, t)
	siteNames := map[string]string{"www.one.example": "The One Daily", "two.example": "Två Tidningen"}
	for i, host := range []string{"www.one.example", "two.example", "www.one.example"} {
		a := &article.Article{ID: fmt.Sprint(i), URL: fmt.Sprintf("https://%s/a/%d", host, i), Headline: fmt.Sprint("headline ", i), SiteName: siteNames[host]}
		a.Normalize()
		data, _ := json.Marshal(a)
		m := nats.NewMsg(pipeline.ArticleSubject(pipeline.SiteOf(a.URL)))
		m.Data = data
		if _, err := js.PublishMsg(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"all", []string{"--all"}, []string{"headline 0", "headline 1", "headline 2"}},
		{"site", []string{"--all", "--site", "one.example"}, []string{"headline 0", "headline 2"}},
		// --site reads site names as search --site does.
		{"site name", []string{"--all", "--site", "One Daily"}, []string{"headline 0", "headline 2"}},
		{"site name folded", []string{"--all", "--site", "tva tidningen"}, []string{"headline 1"}},
		{"site name no match", []string{"--all", "--site", "Daily One"}, nil},
		{"since", []string{"--since", "1h", "--site", "two.example"}, []string{"headline 1"}},
		{"limit", []string{"--all", "--limit", "1"}, []string{"headline 0"}},
		{"new only", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"tail", "--nats", srv.ClientURL(), "--follow=false"}, tt.args...)
			if code := runCLI(ctx, args, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, &stderr)
			}
			var got []string
			for line := range strings.Lines(stdout.String()) {
				var a article.Article
				if err := json.Unmarshal([]byte(line), &a); err != nil {
					t.Fatalf("line %q: %v", line, err)
				}
				got = append(got, a.Headline)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	// BYLINE_NATS_URL names the server as --nats does (README,
	// Configuration); before, tail read the flag alone.
	t.Run("environment", func(t *testing.T) {
		t.Setenv("BYLINE_NATS_URL", srv.ClientURL())
		var stdout, stderr bytes.Buffer
		if code := runCLI(ctx, []string{"tail", "--follow=false", "--all", "--limit", "1"}, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, &stderr)
		}
		if !strings.Contains(stdout.String(), `"headline 0"`) {
			t.Errorf("got %q, want headline 0", stdout.String())
		}
	})
	// The articles stream comes from the config as the workers read it:
	// a stream named in the file that does not exist is an error, not a
	// quiet read of ARTICLES.
	t.Run("stream from the file", func(t *testing.T) {
		cfg := filepath.Join(t.TempDir(), "byline.yaml")
		if err := os.WriteFile(cfg, []byte("pipeline:\n  articles_stream: NOSUCH\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		code := runCLI(ctx, []string{"tail", "--config", cfg, "--nats", srv.ClientURL(), "--follow=false", "--all"}, &stdout, &stderr)
		if code == 0 || !strings.Contains(stderr.String(), "NOSUCH") {
			t.Errorf("exit %d, stderr %q: want an error naming the stream NOSUCH", code, stderr.String())
		}
	})
	// Compressed articles and articles kept in the object store print like
	// any other (tail reads through the consumer kit).
	t.Run("every body form", func(t *testing.T) {
		bodies := func(ctx context.Context) (jetstream.ObjectStore, error) {
			return js.ObjectStore(ctx, pipeline.DefaultConfig.ArticleBodyBucket)
		}
		var want []string
		for i, body := range []string{strings.Repeat("zstd body ", 3000), randomWords(30000)} {
			a := &article.Article{ID: fmt.Sprint("f", i), URL: fmt.Sprintf("https://forms.example/a/%d", i), Headline: fmt.Sprint("form ", i), Body: body}
			a.Normalize()
			m, form, err := wire.EncodeArticle(ctx, a, 8<<10, bodies)
			if err != nil || form != []wire.Form{wire.FormZstd, wire.FormObject}[i] {
				t.Fatalf("encode: %s, %v", form, err)
			}
			if _, err := js.PublishMsg(ctx, m); err != nil {
				t.Fatal(err)
			}
			want = append(want, a.Headline)
		}
		var stdout, stderr bytes.Buffer
		if code := runCLI(ctx, []string{"tail", "--nats", srv.ClientURL(), "--follow=false", "--all", "--site", "forms.example"}, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, &stderr)
		}
		var got []string
		for line := range strings.Lines(stdout.String()) {
			var a article.Article
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				t.Fatalf("line %.100q: %v", line, err)
			}
			got = append(got, a.Headline)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
}

// randomWords is about n bytes of letter-salad words, which zstd cannot
// shrink much.
func randomWords(n int) string {
	r := rand.New(rand.NewPCG(5, 6))
	var b strings.Builder
	for b.Len() < n {
		for range 3 + r.IntN(8) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// TestRunServe runs `byline run` (not --once): the one-off job is crawled,
// its articles become searchable through the HTTP API, /metrics counts
// them, /readyz is ready, and cancelling (SIGTERM) shuts down cleanly.
func TestRunServe(t *testing.T) {
	const n = 4
	site := newNewsSite(t, n, -1)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := fmt.Sprintf("crawl:\n  defaults: {allow_private: true, delay: 0s, auto_throttle: {enabled: false}}\n  jobs:\n    - name: loopback\n      seeds: [%q]\n", site.url("/"))
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncbuf.Buffer
	exit := make(chan int, 1)
	go func() {
		// Port 0: run binds a free port and logs it ("serving", at info),
		// where a port picked here could be taken before run binds it.
		exit <- runCLI(ctx, []string{"run", "--config", cfgFile, "--data", dir, "--addr", "127.0.0.1:0", "--log-level", "info"}, &stdout, &stderr)
	}()
	addr := loggedAddr(t, exit, &stderr, "serving")
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	deadline := time.Now().Add(30 * time.Second)
	var metrics string
	for {
		code, body := get("/metrics")
		if code == 200 && strings.Contains(body, fmt.Sprintf("byline_articles_indexed_total %d", n)) &&
			strings.Contains(body, fmt.Sprintf(`byline_crawl_pages_total{job="loopback",kind="new"} %d`, n)) {
			metrics = body
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("articles not indexed in time; /metrics: %d\n%s\nstderr:\n%s", code, body, stderr.String())
		}
		select {
		case c := <-exit:
			t.Fatalf("byline run exited early with %d: %s", c, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	for _, want := range []string{`byline_pages_published_total 4`, `byline_pages_extracted_total{result="article"} 4`, `byline_consumer_pending{consumer="byline-extract"}`, `byline_crawl_pages_total{job="loopback",kind="new"} 4`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if code, body := get("/readyz"); code != 200 {
		t.Errorf("/readyz = %d %s", code, body)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	code, body := get("/api/search?q=" + storyToken(2))
	if code != 200 || !strings.Contains(body, storyPath(2)) {
		t.Errorf("/api/search = %d %s", code, body)
	}
	cancel()
	select {
	case c := <-exit:
		if c != 0 && c != 130 {
			t.Errorf("byline run exit %d after cancel: %s", c, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("byline run did not shut down")
	}
}

package crawler

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestRefetch runs a job twice over a site whose two article pages do not
// change between the runs (unless a case changes one): an ordinary second
// run hands neither on, a re-fetch run (Config.Refetch) fetches both whole
// and hands them on again, counted as resent, while the listing and the
// sitemap are revalidated as in any run.
func TestRefetch(t *testing.T) {
	const alpha, beta = "/2025/06/01/alpha-story-about-the-port", "/2025/06/02/beta-story-about-the-rail"
	const gamma = "/2025/06/03/gamma-story-about-the-bridge"
	sitemap := func(s *newsSite, lastmod string) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range []string{alpha, beta} {
			fmt.Fprintf(&b, "<url><loc>%s</loc><lastmod>%s</lastmod></url>", s.URL(p), lastmod)
		}
		b.WriteString("</urlset>")
		return b.String()
	}
	tests := []struct {
		name    string
		refetch bool
		// setup changes the site and the job's config before the first
		// run, between before the second.
		setup, between func(s *newsSite, cfg *Config)
		// wantSent are the article pages handed on in the second run;
		// wantResent of them with the text handed on before.
		wantSent            []string
		wantNew, wantResent int64
		wantUnchanged       int64
		// wantWhole are fetched once without conditional headers;
		// wantNotSent are fetched once and not handed on.
		wantWhole, wantNotSent []string
	}{
		{
			name:          "ordinary run, found again: not fetched",
			wantUnchanged: 2, // the listing and the sitemap answer 304
		},
		{
			name: "ordinary run, sitemap lastmod newer: 304, not handed on",
			between: func(s *newsSite, _ *Config) {
				s.xml("/sitemap.xml", sitemap(s, "2025-06-05"))
			},
			wantUnchanged: 3, // the listing and both articles answer 304
		},
		{
			name: "ordinary run, sitemap lastmod newer, no validators: same text hash, not handed on",
			between: func(s *newsSite, _ *Config) {
				s.xml("/sitemap.xml", sitemap(s, "2025-06-05"))
				for _, p := range []string{alpha, beta} {
					s.set(p, &testPage{ctype: "text/html; charset=utf-8", body: []byte(articleHTML("Story " + p)), noETag: true})
				}
			},
			wantUnchanged: 3, // the listing (304) and both articles (text hash)
		},
		{
			name:          "re-fetch run: both fetched whole, handed on again",
			refetch:       true,
			wantSent:      []string{alpha, beta},
			wantResent:    2,
			wantUnchanged: 2, // the listing and the sitemap answer 304
			wantWhole:     []string{alpha, beta},
		},
		{
			name:    "re-fetch run, one page edited: new, the other resent",
			refetch: true,
			between: func(s *newsSite, _ *Config) {
				s.html(beta, articleHTML("Story "+beta+", updated"))
			},
			wantSent:      []string{alpha, beta},
			wantNew:       1,
			wantResent:    1,
			wantUnchanged: 2,
			wantWhole:     []string{alpha, beta},
		},
		{
			// The AMP copy names alpha its canonical. A seed, it is
			// fetched before the articles, one URL at a time: in the
			// first run it is handed on and alpha is unchanged, in the
			// second both are known article pages and fetched again.
			name:    "re-fetch run, an alias of a page handed on in this run: handed on once",
			refetch: true,
			setup: func(s *newsSite, cfg *Config) {
				amp := strings.Replace(articleHTML("Story "+alpha), "<head>", `<head><link rel="canonical" href="`+alpha+`">`, 1)
				s.html("/amp"+alpha, amp)
				cfg.Seeds = append(cfg.Seeds, s.URL("/amp"+alpha))
				cfg.GlobalConcurrency = 1
			},
			wantSent:      []string{beta, "/amp" + alpha}, // sorted
			wantResent:    2,
			wantUnchanged: 3, // the listing, the sitemap, and alpha: handed on as the AMP page's canonical
			wantWhole:     []string{"/amp" + alpha, alpha, beta},
			wantNotSent:   []string{alpha},
		},
		{
			// The job knows as many articles as max_queue allows
			// waiting: the re-fetch must not crowd out what the
			// listing links to today.
			name:    "re-fetch run, as many known articles as max_queue: a new article is still new",
			refetch: true,
			setup: func(_ *newsSite, cfg *Config) {
				cfg.MaxQueue = 2
				cfg.GlobalConcurrency = 1 // the listing is read while the known pages wait
			},
			between: func(s *newsSite, _ *Config) {
				s.html("/", listingHTML("Home", "", alpha, beta, gamma))
				s.html(gamma, articleHTML("Story "+gamma))
			},
			wantSent:      []string{alpha, beta, gamma},
			wantNew:       1,
			wantResent:    2,
			wantUnchanged: 1, // the sitemap answers 304
			wantWhole:     []string{alpha, beta, gamma},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newNewsSite(t)
			s.html("/", listingHTML("Home", "", alpha, beta))
			s.xml("/sitemap.xml", sitemap(s, "2025-06-02"))
			for _, p := range []string{alpha, beta} {
				s.html(p, articleHTML("Story "+p))
			}
			cfg := testConfig(t, "refetch", s.URL("/"))
			cfg.Sitemaps = []string{s.URL("/sitemap.xml")}
			cfg.MaxDepth = 1
			if tt.setup != nil {
				tt.setup(s, &cfg)
			}
			sink := &MemorySink{}
			if sum := runJob(t, cfg, sink); sum.New != 2 || sum.Resent != 0 {
				t.Fatalf("first run New %d, Resent %d; want 2, 0", sum.New, sum.Resent)
			}
			first := map[string]int64{}
			for p, pg := range pagePaths(s, sink.Pages()) {
				first[p] = pg.FetchSeq
			}
			if tt.between != nil {
				tt.between(s, &cfg)
			}
			s.resetHits()
			sink.Reset()
			cfg.Refetch = tt.refetch
			sum := runJob(t, cfg, sink)

			var sent []string
			var resent int64
			for p, pg := range pagePaths(s, sink.Pages()) {
				sent = append(sent, p)
				if pg.FetchSeq <= first[p] {
					t.Errorf("%s handed on with fetch_seq %d, not above the first run's %d", p, pg.FetchSeq, first[p])
				}
				if pg.Resent {
					resent++
					// It names the hand-on whose text it repeats, for the
					// index stage to check that it recorded that fetch.
					if pg.ResentOf != first[p] {
						t.Errorf("%s resent of fetch %d, want the first run's %d", p, pg.ResentOf, first[p])
					}
				}
			}
			// The pages handed on again unchanged say so (Page.Resent),
			// for the index stage to take them as re-extractions.
			if resent != tt.wantResent {
				t.Errorf("%d pages marked Resent, want %d", resent, tt.wantResent)
			}
			sort.Strings(sent)
			if !slices.Equal(sent, tt.wantSent) {
				t.Errorf("handed on %v, want %v", sent, tt.wantSent)
			}
			if sum.New != tt.wantNew || sum.Resent != tt.wantResent {
				t.Errorf("New %d, Resent %d; want %d, %d", sum.New, sum.Resent, tt.wantNew, tt.wantResent)
			}
			if sum.Unchanged != tt.wantUnchanged {
				t.Errorf("Unchanged %d, want %d", sum.Unchanged, tt.wantUnchanged)
			}
			if sum.Fetched != sum.New+sum.Unchanged+sum.Resent+sum.NonArticles+sum.Sources+sum.ErrorsTotal() {
				t.Errorf("Fetched %d does not add up: %s", sum.Fetched, sum)
			}
			for _, p := range tt.wantWhole {
				if h := s.requests(p); len(h) != 1 || h[0].INM != "" || h[0].IMS != "" {
					t.Errorf("%s: want one request without conditional headers, got %+v", p, h)
				}
			}
			// Listings and sitemaps are revalidated as in any run.
			for _, p := range []string{"/", "/sitemap.xml"} {
				if h := s.requests(p); len(h) != 1 || h[0].INM == "" {
					t.Errorf("%s: want one conditional request, got %+v", p, h)
				}
			}
			for _, p := range tt.wantNotSent {
				if n := len(s.requests(p)); n != 1 {
					t.Errorf("%s fetched %d times, want 1", p, n)
				}
			}
		})
	}
}

// TestRefetchCutShort: a re-fetch run stopped by max_pages leaves the
// rest of the known article pages queued for a re-fetch, and the next
// run, an ordinary one, fetches them whole and hands them on.
func TestRefetchCutShort(t *testing.T) {
	s, links, cfg, sink := sixStoriesCrawled(t, "cut")
	sink.Reset()
	s.resetHits()
	// Seven pages are queued (the listing and six articles) and four
	// fetched. Which four depends on the workers' race to the cap (an
	// item admitted late goes back to the frontier, the listing too), so
	// the counts are checked over both runs, not per page.
	cfg.Refetch, cfg.MaxPages = true, 4
	first := runJob(t, cfg, sink)
	if first.Stopped != "max-pages" || first.Fetched != 4 || first.Queued != 3 {
		t.Errorf("re-fetch run: stopped %s, Fetched %d, Queued %d; want max-pages, 4, 3", first.Stopped, first.Fetched, first.Queued)
	}
	cfg.Refetch, cfg.MaxPages = false, 0
	next := runJob(t, cfg, sink)
	if next.Queued != 0 || next.New != 0 || first.Resent+next.Resent != 6 || sink.Len() != 6 {
		t.Errorf("next run: Queued %d, New %d; Resent %d+%d, handed on %d over both; want 0, 0, 6 in all, 6",
			next.Queued, next.New, first.Resent, next.Resent, sink.Len())
	}
	for _, l := range links {
		if h := s.requests(l); len(h) != 1 || h[0].INM != "" {
			t.Errorf("%s: want one request without conditional headers over both runs, got %+v", l, h)
		}
	}
}

// TestRefetchQueueCap: the known pages a re-fetch queues take no room
// under max_queue, in the run that queued them and, reopened after a
// crash (an item in flight), in the next: a discovered URL is queued.
func TestRefetchQueueCap(t *testing.T) {
	dir := t.TempDir()
	st, err := openStore(dir, "cap")
	if err != nil {
		t.Fatal(err)
	}
	markKnown(t, st, "http://a.example/known-0", "http://a.example/known-1", "http://a.example/known-2")
	if n, err := st.queueKnown("r1", 1); err != nil || n != 3 {
		t.Fatalf("queueKnown: %d, %v; want 3", n, err)
	}
	o := enqueueOpts{run: "r1", maxQueue: 2}
	if ok, err := st.enqueue(item{URL: "http://a.example/new-1", Kind: kindPage, Via: "link", Depth: 1}, o); err != nil || !ok {
		t.Errorf("a new URL behind 3 re-fetch items, max_queue 2: queued %v, %v; want queued", ok, err)
	}
	if _, ok, err := st.pop("r1"); err != nil || !ok {
		t.Fatalf("pop: %v, %v", ok, err)
	}
	if err := st.close(); err != nil { // the popped item is still in flight
		t.Fatal(err)
	}
	if st, err = openStore(dir, "cap"); err != nil {
		t.Fatal(err)
	}
	defer st.close()
	o.run = "r2"
	if ok, err := st.enqueue(item{URL: "http://a.example/new-2", Kind: kindPage, Via: "link", Depth: 1}, o); err != nil || !ok {
		t.Errorf("reopened, one new URL and 3 re-fetch items waiting, max_queue 2: queued %v, %v; want queued", ok, err)
	}
	if ok, err := st.enqueue(item{URL: "http://a.example/new-3", Kind: kindPage, Via: "link", Depth: 1}, o); err != nil || ok {
		t.Errorf("reopened, two new URLs waiting, max_queue 2: queued %v, %v; want dropped", ok, err)
	}
}

// TestRefetchBacklogYieldsToNews: what a re-fetch run left queued
// (max_pages) is fetched by the next runs, ordinary ones too, but not
// before what those runs discover: a new article a listing links to is
// fetched in the next ordinary run, though its budget is smaller than
// the backlog.
func TestRefetchBacklogYieldsToNews(t *testing.T) {
	s, links, cfg, sink := sixStoriesCrawled(t, "backlog")
	cfg.GlobalConcurrency = 1
	cfg.Refetch, cfg.MaxPages = true, 2 // the listing and 1 article
	if sum := runJob(t, cfg, sink); sum.Resent != 1 || sum.Queued != 5 {
		t.Fatalf("re-fetch run: Resent %d, Queued %d; want 1, 5", sum.Resent, sum.Queued)
	}
	const fresh = "/2025/06/02/a-fresh-story-after-the-refetch"
	s.html("/", listingHTML("Home", "", append([]string{fresh}, links...)...))
	s.html(fresh, articleHTML(fresh))
	sink.Reset()
	cfg.Refetch, cfg.MaxPages = false, 2 // the listing and 1 article
	sum := runJob(t, cfg, sink)
	if _, ok := pagePaths(s, sink.Pages())[fresh]; !ok || sum.New != 1 {
		t.Errorf("next ordinary run: New %d, Resent %d, handed on %v; want the new article %s", sum.New, sum.Resent, slices.Collect(maps.Keys(pagePaths(s, sink.Pages()))), fresh)
	}
}

// TestRefetchPageThatWasAListing: a page that was not an article when
// first fetched (a placeholder, noindex until published) and an article
// since is a known article page: a re-fetch run hands it on again.
func TestRefetchPageThatWasAListing(t *testing.T) {
	const story = "/2025/06/01/a-story-that-was-a-placeholder"
	s := newNewsSite(t)
	s.html("/", listingHTML("Home", "", story))
	s.html(story, listingHTML("Coming soon", ""))
	cfg := testConfig(t, "placeholder", s.URL("/"))
	cfg.MaxDepth = 1
	sink := &MemorySink{}
	if sum := runJob(t, cfg, sink); sum.New != 0 || sum.NonArticles != 2 {
		t.Fatalf("first run: New %d, NonArticles %d; want 0, 2", sum.New, sum.NonArticles)
	}
	s.html(story, articleHTML("Story "+story))
	s.html("/", listingHTML("Home, updated", "", story))
	if sum := runJob(t, cfg, sink); sum.New != 1 {
		t.Fatalf("second run: New %d, want 1 (the story, an article now)", sum.New)
	}
	sink.Reset()
	cfg.Refetch = true
	sum := runJob(t, cfg, sink)
	if p, ok := pagePaths(s, sink.Pages())[story]; !ok || !p.Resent || sum.Resent != 1 {
		t.Errorf("re-fetch run: Resent %d, handed on %v; want the story resent", sum.Resent, slices.Collect(maps.Keys(pagePaths(s, sink.Pages()))))
	}
}

// TestRefetchSeedInBacklog: a seed that is a known page a re-fetch left
// queued goes to the front in the next run, keeping its re-fetch mark.
func TestRefetchSeedInBacklog(t *testing.T) {
	st, err := openStore(t.TempDir(), "seed")
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	markKnown(t, st, "http://a.example/known-1", "http://a.example/known-2")
	if n, err := st.queueKnown("r1", 1); err != nil || n != 2 {
		t.Fatalf("queueKnown: %d, %v; want 2", n, err)
	}
	if _, err := st.enqueue(item{URL: "http://a.example/new", Kind: kindPage, Via: "link", Depth: 1}, enqueueOpts{run: "r2"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.enqueue(item{URL: "http://a.example/known-2", Kind: kindPage, Via: "seed"}, enqueueOpts{run: "r2", force: true}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range popAll(t, st, "r2") {
		got = append(got, fmt.Sprintf("%s %s %v", it.URL, it.Via, it.Refetch))
	}
	want := []string{"http://a.example/known-2 seed true", "http://a.example/new link false", "http://a.example/known-1 refetch true"}
	if !slices.Equal(got, want) || st.queueLen() != 0 || st.refetch.Load() != 0 {
		t.Errorf("popped %q, %d left (%d re-fetch); want %q", got, st.queueLen(), st.refetch.Load(), want)
	}
}

// TestQueueKnownChunkBounds: one transaction of queueKnown reads at most
// maxScan records however few of them are article pages (a seen-set of
// listings and failures must not hold the write lock while it is read
// whole), and the chunks together still queue every known page once.
func TestQueueKnownChunkBounds(t *testing.T) {
	st, err := openStore(t.TempDir(), "bounds")
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	var known []string
	for i := range 30 {
		u := fmt.Sprintf("http://a.example/listing-%02d", i)
		if err := st.update(u, func(rec *record) { rec.State, rec.Kind, rec.Listing = stateDone, kindPage, true }); err != nil {
			t.Fatal(err)
		}
		if i%10 == 9 {
			known = append(known, fmt.Sprintf("http://a.example/listing-%02d-story", i))
		}
	}
	markKnown(t, st, known...)
	var after []byte
	total, chunks := 0, 0
	for {
		var next []byte
		var added int
		err := st.db.Update(func(tx *bolt.Tx) error {
			var err error
			next, added, _, err = queueKnownChunk(tx, after, "r1", 1, 100, 7)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		total, chunks = total+added, chunks+1
		if next == nil {
			break
		}
		after = next
	}
	if total != len(known) || chunks != 5 { // 33 records, 7 a chunk
		t.Errorf("queued %d in %d chunks; want %d in 5", total, chunks, len(known))
	}
	if n, err := st.queueKnown("r1", 1); err != nil || n != 0 {
		t.Errorf("queueKnown after the chunks: %d, %v; want 0 (all queued already, marked)", n, err)
	}
}

// TestRefetchDiskBudget: the known pages a re-fetch queues are written
// past max_data_bytes, as past max_queue; once they are fetched the file
// keeps its size (bbolt reuses the pages, it does not give them back),
// and what the next runs discover must still be queued, not dropped for
// the disk budget forever.
func TestRefetchDiskBudget(t *testing.T) {
	st, err := openStore(t.TempDir(), "disk")
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	const known = 3000
	err = st.db.Update(func(tx *bolt.Tx) error {
		for i := range known {
			rec := record{State: stateDone, Kind: kindPage, Hash: "h", FetchedAt: time.Now()}
			if err := putJSON(tx.Bucket(bucketSeen), fmt.Appendf(nil, "http://a.example/2025/06/01/known-story-number-%05d", i), &rec); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var before int64
	_ = st.db.View(func(tx *bolt.Tx) error { before = tx.Size(); return nil })
	o := enqueueOpts{run: "r1", maxBytes: before + 64<<10}
	if n, err := st.queueKnown("r1", 1); err != nil || n != known {
		t.Fatalf("queueKnown: %d, %v; want %d", n, err, known)
	}
	for {
		it, ok, err := st.pop("r1")
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		if err := st.update(it.URL, func(rec *record) { rec.State = stateDone }); err != nil {
			t.Fatal(err)
		}
		if err := st.ack(it.URL); err != nil {
			t.Fatal(err)
		}
	}
	o.run = "r2"
	if ok, err := st.enqueue(item{URL: "http://a.example/2025/06/02/new", Kind: kindPage, Via: "link", Depth: 1}, o); err != nil || !ok {
		var after int64
		_ = st.db.View(func(tx *bolt.Tx) error { after = tx.Size(); return nil })
		t.Errorf("after the re-fetch (file %d bytes, %d before, budget %d): a new URL queued %v, %v; want queued", after, before, o.maxBytes, ok, err)
	}
}

// sixStoriesCrawled serves a home page linking six articles and crawls
// it once (depth 1) as job name: every story is a known article page.
func sixStoriesCrawled(t *testing.T, name string) (*newsSite, []string, Config, *MemorySink) {
	t.Helper()
	s := newNewsSite(t)
	var links []string
	for i := range 6 {
		links = append(links, fmt.Sprintf("/2025/06/01/refetched-story-number-%d", i))
	}
	s.html("/", listingHTML("Home", "", links...))
	for _, l := range links {
		s.html(l, articleHTML(l))
	}
	cfg := testConfig(t, name, s.URL("/"))
	cfg.MaxDepth = 1
	sink := &MemorySink{}
	if sum := runJob(t, cfg, sink); sum.New != 6 {
		t.Fatalf("first run New %d, want 6", sum.New)
	}
	return s, links, cfg, sink
}

// markKnown records each URL in st as an article page fetched and
// handed on in an earlier run (knownArticle).
func markKnown(t *testing.T, st *store, urls ...string) {
	t.Helper()
	for _, u := range urls {
		if err := st.update(u, func(rec *record) {
			rec.State, rec.Kind, rec.Hash, rec.FetchedAt = stateDone, kindPage, "h", time.Now()
		}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRefetchResentOf: a page a re-fetch hands on again names the hand-on
// that first handed its text on (Page.ResentOf), for the index stage to
// check it recorded that fetch: the hand-on of an alias that brought the
// text (an AMP copy naming the page canonical), not the URL's own earlier
// hand-on of another text; and the same fetch again in a second re-fetch,
// not the first re-fetch's (whose article may never have been indexed).
func TestRefetchResentOf(t *testing.T) {
	const alpha = "/2025/06/01/alpha-story-about-the-port"
	s, cfg, sink, first := alphaHandedOn(t, alpha)

	// The text changes, and an AMP copy with the new text is handed on
	// first, as an alias of alpha.
	t2 := articleHTML("Story " + alpha + ", updated")
	s.html(alpha, t2)
	s.html("/amp"+alpha, strings.Replace(t2, "<head>", `<head><link rel="canonical" href="`+alpha+`">`, 1))
	cfg.Seeds = append([]string{s.URL("/amp" + alpha)}, cfg.Seeds...)
	sink.Reset()
	runJob(t, cfg, sink)
	amp, ok := pagePaths(s, sink.Pages())["/amp"+alpha]
	if !ok || amp.FetchSeq <= first {
		t.Fatalf("the AMP copy was not handed on after alpha (%+v)", amp)
	}
	s.set("/amp"+alpha, &testPage{status: 404, ctype: "text/html", body: []byte("gone")})
	cfg.Refetch = true
	for run := 1; run <= 2; run++ {
		sink.Reset()
		runJob(t, cfg, sink)
		pg, ok := pagePaths(s, sink.Pages())[alpha]
		if !ok || !pg.Resent || pg.ResentOf != amp.FetchSeq {
			t.Errorf("re-fetch %d: alpha handed on %v, resent %v of %d; want resent of the AMP hand-on %d (alpha's own first was %d)",
				run, ok, pg.Resent, pg.ResentOf, amp.FetchSeq, first)
		}
	}
}

// TestRefetchResentOfCanonicalElsewhere: a page whose new text names
// another page canonical, handed on there first, was unchanged when
// fetched itself (the text was sent); its record takes that text with the
// sequence of the hand-on that sent it, so a re-fetch names that one, not
// the page's own hand-on of its old text.
func TestRefetchResentOfCanonicalElsewhere(t *testing.T) {
	const alpha, beta = "/2025/06/01/alpha-story-about-the-port", "/2025/06/02/beta-story-about-the-port"
	s, cfg, sink, first := alphaHandedOn(t, alpha)

	t2 := articleHTML("Story " + beta)
	s.html(beta, t2)
	s.html(alpha, strings.Replace(t2, "<head>", `<head><link rel="canonical" href="`+beta+`">`, 1))
	// Beta first, then alpha (seeds, so fetched again in an ordinary run).
	cfg.Seeds = append([]string{s.URL(beta), s.URL(alpha)}, cfg.Seeds...)
	sink.Reset()
	if sum := runJob(t, cfg, sink); sum.Unchanged != 2 { // alpha and the home page
		t.Fatalf("run 2: %d unchanged; want 2, alpha's text sent as beta's", sum.Unchanged)
	}
	pp := pagePaths(s, sink.Pages())
	b, ok := pp[beta]
	if _, again := pp[alpha]; !ok || again {
		t.Fatalf("run 2 handed on %v; want beta only (alpha's text is beta's)", pp)
	}
	// The re-fetch reaches alpha before beta (beta no seed now: both wait
	// in the re-fetch queue, in URL order); had beta gone first, alpha's
	// text would be sent in this run already and alpha not handed on.
	cfg.Seeds = cfg.Seeds[2:]
	cfg.Refetch = true
	sink.Reset()
	runJob(t, cfg, sink)
	pg, ok := pagePaths(s, sink.Pages())[alpha]
	if !ok {
		t.Fatalf("re-fetch handed on %v; want alpha", pagePaths(s, sink.Pages()))
	}
	if !pg.Resent || pg.ResentOf != b.FetchSeq {
		t.Errorf("re-fetch: alpha resent %v of %d; want resent of beta's hand-on %d (alpha's own first was %d)",
			pg.Resent, pg.ResentOf, b.FetchSeq, first)
	}
}

// alphaHandedOn crawls a site of a home page linking the article at
// path, one request at a time, and returns what the next runs need and
// the article's fetch sequence.
func alphaHandedOn(t *testing.T, path string) (*newsSite, Config, *MemorySink, int64) {
	t.Helper()
	s := newNewsSite(t)
	s.html("/", listingHTML("Home", "", path))
	s.html(path, articleHTML("Story "+path))
	cfg := testConfig(t, "resentof", s.URL("/"))
	cfg.MaxDepth = 1
	cfg.GlobalConcurrency = 1
	sink := &MemorySink{}
	runJob(t, cfg, sink)
	return s, cfg, sink, pagePaths(s, sink.Pages())[path].FetchSeq
}

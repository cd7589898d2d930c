package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
	"github.com/byline/byline/wire"
)

// editingSite is a loopback news site whose articles change between two
// crawls, as real ones do: in version 2 some stories are edited (and the
// sitemap's lastmod says so), one is re-stamped without a change, the
// rest stay as they were. Stories 6 and 7 are two copies of one wire
// story (re-headlined, the second trimmed, with a local paragraph).
type editingSite struct {
	srv     *httptest.Server
	mu      sync.Mutex
	version int
}

const editingStories = 8

// edited are the stories version 2 changes; touched is re-stamped only.
var (
	edited  = map[int]bool{1: true, 3: true, 4: true}
	touched = 5
)

func newEditingSite(t *testing.T) *editingSite {
	s := &editingSite{version: 1}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *editingSite) setVersion(v int) {
	s.mu.Lock()
	s.version = v
	s.mu.Unlock()
}

func editingPath(i int) string { return fmt.Sprintf("/news/2025/07/story-%d", i) }

func (s *editingSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	v := s.version
	s.mu.Unlock()
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nAllow: /\n")
	case r.URL.Path == "/sitemap.xml":
		w.Header().Set("Content-Type", "application/xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range editingStories {
			lastmod := "2025-07-04T08:00:00Z"
			if v == 2 && (edited[i] || i == touched) {
				lastmod = "2025-07-05T09:30:00Z"
			}
			fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>", s.srv.URL, editingPath(i), lastmod)
		}
		b.WriteString("</urlset>")
		w.Write([]byte(b.String()))
	case strings.HasPrefix(r.URL.Path, "/news/"):
		for i := range editingStories {
			if r.URL.Path == editingPath(i) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Write(s.page(i, v))
				return
			}
		}
		http.NotFound(w, r)
	default:
		http.NotFound(w, r)
	}
}

// editingTexts are six different local stories (the council and its
// officials recur, as they do on a local site).
var editingTexts = [][]string{
	{"The city council on Tuesday approved a long-debated plan for the harbour, ending months of argument over cost and timing. The measure, known locally as %s, passed by seven votes to four.",
		`"This is a good day for everyone who lives here," said Mayor Alice Smith, who had championed the seawall since her campaign.`,
		"Opponents said the plan would cost far more than projected and called for an independent review of the engineering studies.",
		"Work is expected to begin in the autumn and to take about two years, officials said."},
	{"Households will pay about four percent more for water next year under a budget the council adopted late on Monday, the first increase in six years. Officials filed the plan as %s.",
		`"Nobody likes raising rates, but the pipes under Main Street are older than my grandmother," said finance chair Rita Gomez.`,
		"The budget also sets aside money for two new library branches and a fleet of electric buses, though both depend on state grants that have not yet been approved.",
		"A public hearing on the rates is scheduled for the first week of next month at the civic centre."},
	{"Commuter trains between the valley and the capital will run every fifteen minutes from September, the regional rail authority announced, doubling the service on the busiest line. The timetable is listed as %s.",
		`"Ridership came back faster than any of our models predicted," said rail authority director Tom Brennan.`,
		"New trains ordered in 2022 arrive over the summer, and two stations will get longer platforms so that eight-car sets can stop there.",
		"Weekend service stays hourly for now, a decision that drew complaints from hospitality businesses along the line."},
	{"Farmers in the northern district have been told to cut irrigation by a third after the driest spring in forty years left reservoirs at record lows, in an order recorded as %s.",
		`"We are planting less and praying more," said Henrik Olsen, who grows potatoes and barley on land his family has worked since 1911.`,
		"The water board said the restrictions would last at least until October and could be tightened if the summer brings no rain.",
		"Gardeners in town face a ban on sprinklers, and car washes must recycle their water or close on weekends."},
	{"The natural history museum will close its dinosaur hall for eighteen months while engineers replace a roof that has leaked onto the skeletons since the winter storms. The project is catalogued as %s.",
		`"The bones have survived sixty-six million years; they can survive a little scaffolding," said curator Dana Whitfield.`,
		"Several smaller fossils will travel to schools across the region in the meantime, in a touring exhibition paid for by a local foundation.",
		"The rest of the museum, including the planetarium and the children's gallery, stays open during the work."},
	{"The city orchestra named its first new music director in two decades on Friday, choosing a thirty-four-year-old conductor who grew up in the neighbourhood around the concert hall. The appointment was announced as %s.",
		`"I used to sneak into rehearsals through the loading dock," said Lena Kovacs, who takes up the post next season.`,
		"Kovacs has promised more free concerts in parks and a festival of music by living composers in her first year.",
		"Her predecessor, who led the orchestra since 2004, will remain as conductor laureate."},
}

// editingStory is the headline, paragraphs and modified time of story i
// in version v.
func editingStory(i, v int) (headline string, paras []string, modified string) {
	tok := fmt.Sprintf("rv%03dtoken", i)
	if i < len(editingTexts) {
		for k, p := range editingTexts[i] {
			if k == 0 {
				p = fmt.Sprintf(p, tok)
			}
			paras = append(paras, p)
		}
		headline = strings.TrimSuffix(strings.SplitN(paras[0], ",", 2)[0], ".")
	}
	if i >= 6 { // the wire story, run by two outlets
		headline = "Crews contain wildfire near Redwood Valley as winds ease"
		paras = []string{
			"REDWOOD VALLEY (AP) — Firefighters on Wednesday contained most of a wildfire that forced hundreds of families from their homes, as the winds that had driven it for three days finally eased.",
			`"We turned a corner overnight," said fire chief Maria Ortega. "The crews held every line, and the weather is with us now."`,
			"The fire burned more than 4,000 acres of grass and oak woodland and destroyed eleven buildings, according to the state forestry agency. No deaths were reported.",
			"Evacuation orders for the eastern part of the valley were lifted on Wednesday afternoon, and schools are expected to reopen on Monday.",
			"Investigators have not said what started the fire, which was first reported near a highway rest stop on Sunday evening.",
		}
		if i == 7 {
			headline = "Valley families return home as fire is contained"
			paras = append(paras[:4:4], "Locally, the county fairgrounds will stay open as a shelter until Friday for anyone who cannot yet go home.")
		}
	}
	modified = "2025-07-04T08:00:00Z"
	if v == 2 && edited[i] {
		modified = "2025-07-05T09:30:00Z"
		switch i {
		case 1: // headline rewritten, a paragraph added at the end, the quote corrected
			headline = "Water bills to rise four percent as council adopts budget"
			paras[1] = strings.Replace(paras[1], "older than my grandmother", "older than my grandfather", 1)
			paras = append(paras, "The state has agreed to pay half of the cost of the new pipes, the mayor's office said on Wednesday.")
		case 3: // a paragraph removed, one edited
			paras = []string{paras[0], paras[1], strings.Replace(paras[3], "must recycle their water or close on weekends", "must recycle their water or close on Saturdays and Sundays", 1)}
		case 4: // a new top paragraph, and the quote removed
			paras = append([]string{"Update: the museum said on Thursday that the closure could be shorter if a grant for the roof comes through."}, paras[0], paras[2], paras[3])
		}
	}
	return headline, paras, modified
}

func (s *editingSite) page(i, v int) []byte {
	headline, paras, modified := editingStory(i, v)
	var body strings.Builder
	for _, p := range paras {
		fmt.Fprintf(&body, "<p>%s</p>\n", p)
	}
	outlet, published := "The Loopback Ledger", "2025-07-04T08:00:00Z"
	if i == 7 { // the copy ran two hours after the wire
		outlet, published = "The Valley Courier", "2025-07-04T10:00:00Z"
	}
	ld, _ := json.Marshal(map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
		"datePublished": published, "dateModified": modified,
		"author": []map[string]string{{"@type": "Person", "name": "Jane Doe"}},
	})
	return fmt.Appendf(nil, `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>
<link rel="canonical" href="%s%s">
<meta property="og:type" content="article">
<meta property="article:published_time" content="%s">
<meta property="article:modified_time" content="%s">
<script type="application/ld+json">%s</script>
</head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>%s</h1><p class="byline">By <span class="author">Jane Doe</span></p>
<time datetime="%s">July 4, 2025</time>
<div class="article-body">
%s</div></article></main><footer><p>&copy; 2025 %s</p></footer></body></html>`,
		headline, outlet, s.srv.URL, editingPath(i), published, modified, ld, headline, published, body.String(), outlet)
}

// TestRevisionsAcrossTwoRuns is issue 16's end-to-end Must-show: a
// loopback site crawled by `run --once` twice, its pages changed in
// between. Every changed page is at revision 2 with the right diff and a
// revision event on byline.revisions.<site>; the unchanged pages (and the
// one re-stamped without a change) stay at revision 1; nothing is
// indexed twice. The two copies of the wire story share a cluster.
func TestRevisionsAcrossTwoRuns(t *testing.T) {
	site := newEditingSite(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ix, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close(context.Background())
	job := func() crawler.Config {
		j := crawler.DefaultConfig()
		j.Name = "editing"
		j.Sitemaps = []string{site.srv.URL + "/sitemap.xml"}
		j.AllowPrivate = true
		j.Delay = 0
		j.AutoThrottle.Enabled = false
		j.Parallelism = 4
		j.DataDir = filepath.Join(dir, "crawl")
		return j
	}
	run := func() onceResult {
		res, err := runOnce(ctx, onceOptions{Jobs: []crawler.Config{job()}, Config: config.Config{Data: dir}, Index: ix, Logger: quietLogger()})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("\n%s", res)
		if !res.Reconciled || res.Extract.DeadLettered+res.Index.DeadLettered != 0 {
			t.Fatalf("run does not reconcile or dead-lettered:\n%s", res)
		}
		return res
	}
	id := func(i int) string { return article.IDFor(site.srv.URL + editingPath(i)) }
	get := func(i int) *article.Article {
		a, err := ix.Get(ctx, id(i))
		if err != nil {
			t.Fatalf("story %d: %v", i, err)
		}
		return a
	}

	res1 := run()
	if res1.Index.Indexed != editingStories || res1.Index.Revisions != 0 {
		t.Fatalf("first run: indexed %d, revision events %d; want %d, 0", res1.Index.Indexed, res1.Index.Revisions, editingStories)
	}
	for i := range editingStories {
		if a := get(i); a.Revision != 1 || a.RevisedAt != "" || len(a.Revisions) != 1 {
			t.Errorf("story %d after run 1: revision %d, revised at %q, %d revisions", i, a.Revision, a.RevisedAt, len(a.Revisions))
		}
	}
	// The two copies of the wire story: one cluster. cluster_size and
	// cluster_origin are as the cluster stood when each was indexed, so
	// the later of the two (they are fetched in parallel) knows both.
	wireA, wireB := get(6), get(7)
	later := wireA
	if wireB.ClusterSize > later.ClusterSize {
		later = wireB
	}
	if wireA.ClusterID == "" || wireA.ClusterID != wireB.ClusterID || later.ClusterSize != 2 {
		t.Errorf("the wire story's copies: clusters %q and %q, sizes %d and %d; want one cluster of 2", wireA.ClusterID, wireB.ClusterID, wireA.ClusterSize, wireB.ClusterSize)
	}
	if later.ClusterOrigin != wireA.ID {
		t.Errorf("origin %q, want the copy published first %q", later.ClusterOrigin, wireA.ID)
	}
	for i := range 6 {
		if a := get(i); a.ClusterSize != 1 || a.ClusterID != a.ID {
			t.Errorf("story %d: cluster %q of %d; the local stories share a template, not a text", i, a.ClusterID, a.ClusterSize)
		}
	}

	site.setVersion(2)
	res2 := run()
	if res2.Index.Indexed != uint64(len(edited)) || res2.Index.Revisions != uint64(len(edited)) {
		t.Errorf("second run: indexed %d, revision events %d; want %d each (the edited pages only)", res2.Index.Indexed, res2.Index.Revisions, len(edited))
	}
	if n, err := ix.Count(ctx); err != nil || n != editingStories {
		t.Errorf("index holds %d articles (%v), want %d: nothing indexed twice", n, err, editingStories)
	}
	for i := range editingStories {
		tok := fmt.Sprintf("rv%03dtoken", i)
		if i < 6 {
			if hits := searchToken(t, ix, tok); hits.Total != 1 {
				t.Errorf("search %s: %d hits, want 1", tok, hits.Total)
			}
		}
		a := get(i)
		if !edited[i] {
			if a.Revision != 1 || a.RevisedAt != "" || len(a.Revisions) != 1 {
				t.Errorf("unchanged story %d: revision %d, revised at %q", i, a.Revision, a.RevisedAt)
			}
			continue
		}
		if a.Revision != 2 || a.RevisedAt == "" || len(a.Revisions) != 2 || a.Revisions[1].Diff == nil {
			t.Errorf("edited story %d: revision %d, revised at %q, revisions %+v", i, a.Revision, a.RevisedAt, a.Revisions)
			continue
		}
		checkDiff(t, i, a.Revisions[1].Diff)
	}
	if a := get(1); a.ClusterID != a.ID {
		t.Errorf("an edited story keeps its cluster: %q", a.ClusterID)
	}

	// byline search: one hit for the wire story, its other copy counted;
	// every copy with --no-collapse; the edited articles with --revised.
	search := func(o searchOptions) string {
		t.Helper()
		o.Limit = 20
		q, err := o.buildQuery()
		if err != nil {
			t.Fatal(err)
		}
		var out, errOut strings.Builder
		if err := searchAndPrint(ctx, ix, q, &o, &out, &errOut); err != nil {
			t.Fatalf("search %+v: %v (%s)", o, err, errOut.String())
		}
		return out.String()
	}
	if out := search(searchOptions{Query: "wildfire"}); !strings.Contains(out, "Showing 1–1 of 1 story") || !strings.Contains(out, "(2 articles;") || !strings.Contains(out, "and 1 more copy on the same site") { // both outlets are on 127.0.0.1
		t.Errorf("collapsed search for the wire story:\n%s", out)
	}
	if out := search(searchOptions{Query: "wildfire", NoCollapse: true}); !strings.Contains(out, "Showing 1–2 of 2 articles") {
		t.Errorf("--no-collapse:\n%s", out)
	}
	if out := search(searchOptions{Revised: true}); !strings.Contains(out, "of 3 articles") || strings.Count(out, "updated 1 time since first seen") != 3 {
		t.Errorf("--revised:\n%s", out)
	}

	// The events on the bus, one per edited page.
	ix.Flush(ctx)
	natsDir, _, _ := pipeline.DataDirs(dir)
	srv, err := bus.Start(ctx, bus.ServerConfig{StoreDir: natsDir})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	nc, err := srv.Connect()
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	cons, err := js.OrderedConsumer(ctx, wire.DefaultRevisionsStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.FetchNoWait(100)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for m := range batch.Messages() {
		ev, err := wire.DecodeRevision(m.Data())
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject() != wire.RevisionSubject(wire.SiteOf(site.srv.URL)) || ev.Revision != 2 || ev.Diff == nil || ev.Summary == "" {
			t.Errorf("event on %s: %+v", m.Subject(), ev)
		}
		got[ev.ID]++
	}
	for i := range edited {
		if got[id(i)] != 1 {
			t.Errorf("story %d: %d revision events, want 1", i, got[id(i)])
		}
	}
	if len(got) != len(edited) {
		t.Errorf("revision events for %d articles, want %d", len(got), len(edited))
	}
}

// checkDiff checks the diff of edited story i against what version 2
// changed.
func checkDiff(t *testing.T, i int, d *article.ArticleDiff) {
	t.Helper()
	_, old, _ := editingStory(i, 1)
	h2, cur, _ := editingStory(i, 2)
	ops := func() (out []string) {
		for _, p := range d.Paragraphs {
			out = append(out, fmt.Sprintf("%s %d>%d", p.Op, p.From, p.To))
		}
		return out
	}
	qops := func() (out []string) {
		for _, q := range d.Quotes {
			out = append(out, q.Op)
		}
		return out
	}
	if len(d.Dates) != 1 || d.Dates[0].Field != "modified_at" {
		t.Errorf("story %d: dates %+v, want modified_at changed", i, d.Dates)
	}
	switch i {
	case 1:
		if d.Headline == nil || d.Headline.To != h2 {
			t.Errorf("story 1: headline change %+v", d.Headline)
		}
		if want := []string{"edited 1>1", "added -1>4"}; fmt.Sprint(ops()) != fmt.Sprint(want) {
			t.Errorf("story 1: paragraphs %v, want %v", ops(), want)
		} else if d.Paragraphs[0].Old != old[1] || d.Paragraphs[0].New != cur[1] || d.Paragraphs[1].New != cur[4] {
			t.Errorf("story 1: paragraph texts %+v", d.Paragraphs)
		}
		if len(d.Quotes) != 1 || d.Quotes[0].Op != article.OpChanged || !strings.Contains(d.Quotes[0].New, "my grandfather") {
			t.Errorf("story 1: quotes %+v, want the quote changed", d.Quotes)
		}
	case 3:
		if d.Headline != nil {
			t.Errorf("story 3: headline changed %+v", d.Headline)
		}
		if want := []string{"removed 2>-1", "edited 3>2"}; fmt.Sprint(ops()) != fmt.Sprint(want) {
			t.Errorf("story 3: paragraphs %v, want %v", ops(), want)
		}
		if len(d.Quotes) != 0 {
			t.Errorf("story 3: quotes %v", qops())
		}
	case 4:
		if want := []string{"added -1>0", "removed 1>-1"}; fmt.Sprint(ops()) != fmt.Sprint(want) {
			t.Errorf("story 4: paragraphs %v, want %v", ops(), want)
		}
		if fmt.Sprint(qops()) != "[removed]" {
			t.Errorf("story 4: quotes %v, want [removed]", qops())
		}
	}
}

package pipeline_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/wire"
)

// TestHistoryReextraction: an article with the page hash of the fetch its
// latest revision came from, extracted differently, replaces the stored
// extraction: no revision, no event, counted as re-extracted, still in
// its cluster; with another page hash it is a revision as before.
func TestHistoryReextraction(t *testing.T) {
	t0 := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	// newer is what an upgraded extractor makes of the page: a caption
	// it read as a paragraph before is gone, a credit line too.
	newer := func(ps []string) []string { return append(append([]string{}, ps[:7]...), ps[8:]...) }
	tests := []struct {
		name         string
		pageHash     string // of the fetch extracted again; the first fetch's is "page-1"
		pending      bool   // revision 2's event is not known to be published
		wantRevision int
		wantEvent    int // revision of the event returned, 0 for none
		wantReextr   uint64
	}{
		{name: "same page, another extraction", pageHash: "page-1", wantRevision: 1, wantReextr: 1},
		{name: "another page, another extraction", pageHash: "page-2", wantRevision: 2, wantEvent: 2},
		{name: "same page while the latest revision's event is pending", pageHash: "page-r", pending: true, wantRevision: 2, wantEvent: 2, wantReextr: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, h := historyOnBus(t)
			ctx := context.Background()
			u := "https://daily.example/seawall"
			a1 := histArticle(u, storyParagraphs(12), t0)
			a1.PageHash, a1.FetchSeq = "page-1", 1
			if _, err := h.Enrich(ctx, a1); err != nil {
				t.Fatal(err)
			}
			if tt.pending {
				// Revision 2 from page-r, whose event the index worker
				// has not published (its write was dead-lettered).
				ps := storyParagraphs(12)
				ps[2] = "An update: the mayor signed the plan on Wednesday."
				v2 := histArticle(u, ps, t0.Add(time.Hour))
				v2.PageHash, v2.FetchSeq = "page-r", 2
				if ev, err := h.Enrich(ctx, v2); err != nil || ev == nil || ev.Revision != 2 {
					t.Fatalf("revision 2: event %+v, err %v", ev, err)
				}
				a1 = v2
			}
			cp := histArticle("https://courier.example/news/seawall-vote", storyParagraphs(12)[:9], t0.Add(2*time.Hour))
			if _, err := h.Enrich(ctx, cp); err != nil || cp.ClusterID != a1.ClusterID {
				t.Fatalf("copy: cluster %q, err %v; want %q", cp.ClusterID, err, a1.ClusterID)
			}

			re := histArticle(u, newer(a1.Paragraphs), t0.Add(48*time.Hour))
			re.PageHash, re.FetchSeq = tt.pageHash, 10
			ev, err := h.Enrich(ctx, re)
			if err != nil {
				t.Fatal(err)
			}
			if got := eventRevision(ev); got != tt.wantEvent {
				t.Errorf("event of revision %d (%+v), want %d", got, ev, tt.wantEvent)
			}
			if re.Revision != tt.wantRevision || re.ClusterID != a1.ClusterID || re.ClusterSize != 2 {
				t.Errorf("revision %d, cluster %q size %d; want %d, %q size 2", re.Revision, re.ClusterID, re.ClusterSize, tt.wantRevision, a1.ClusterID)
			}
			if st := h.Stats(); st.Reextracted != tt.wantReextr {
				t.Errorf("stats %+v, want %d re-extracted", st, tt.wantReextr)
			}
			if tt.wantEvent != 0 {
				return
			}
			// Later diffs start from the new extraction: the page edited
			// is revision 2, whose diff has the edit only.
			ps := newer(a1.Paragraphs)
			ps[0] = strings.Replace(ps[0], "the council voted", "the council narrowly voted", 1)
			v2 := histArticle(u, ps, t0.Add(72*time.Hour))
			v2.PageHash, v2.FetchSeq = "page-3", 11
			ev, err = h.Enrich(ctx, v2)
			if err != nil || ev == nil || ev.Revision != 2 || len(ev.Diff.Paragraphs) != 1 || ev.Diff.Paragraphs[0].Op != article.OpEdited {
				t.Errorf("edit after the re-extraction: event %+v, err %v; want revision 2, one paragraph edited", ev, err)
			}
		})
	}
}

func eventRevision(ev *wire.RevisionEvent) int {
	if ev == nil {
		return 0
	}
	return ev.Revision
}

// TestIndexWorkerReextractionNoEvent runs extract and index workers with
// a History over a page fetched twice with the same crawler hash, the
// second time after an "extractor upgrade": the index holds the new
// extraction at revision 1 and REVISIONS stays empty.
func TestIndexWorkerReextractionNoEvent(t *testing.T) {
	js, cfg, h := historyOnBus(t)
	m, _ := pipeline.NewMetrics(nil)
	h.CountInto(m)
	ctx := context.Background()
	var upgraded atomic.Bool
	extractFn := func(ctx context.Context, p *article.Page) (*article.Article, error) {
		ps := storyParagraphs(8)
		if !upgraded.Load() {
			ps = append(ps, "Photo: Jane Doe/Harbour Press") // a credit the old extractor took for text
		}
		return histArticle(p.URL, ps, p.FetchedAt), nil
	}
	u := "https://daily.example/news/seawall"
	t0 := time.Now().Add(-time.Hour)
	// The bodies differ (an ad rotated), the crawler's text hash not.
	var pages []*article.Page
	for i, body := range []string{"<p>story</p><p>ad 1</p>", "<p>story</p><p>ad 2</p>"} {
		pages = append(pages, &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: t0.Add(time.Duration(i) * time.Minute), ContentType: "text/html",
			Body: []byte(body), ContentHash: "text-hash-1", FetchSeq: int64(100 + i)})
	}
	doc, iw := indexPages(t, js, cfg, h, extractFn, func(i int) { upgraded.Store(i == 1) }, pages...)
	if doc == nil || doc.Revision != 1 || len(doc.Revisions) != 1 || doc.PageHash != "text-hash-1" || doc.FetchSeq != 101 ||
		strings.Contains(doc.Body, "Harbour Press") {
		t.Fatalf("indexed %+v, want the new extraction at revision 1", doc)
	}
	if st := iw.Stats(); st.Revisions != 0 || st.Indexed != 2 {
		t.Errorf("index stats %+v, want 2 indexed and no revision event", st)
	}
	if st := h.Stats(); st.Reextracted != 1 || st.Revised != 0 {
		t.Errorf("history stats %+v, want 1 re-extracted, 0 revised", st)
	}
	if r, v := testutil.ToFloat64(m.Reextracted), testutil.ToFloat64(m.Revisions); r != 1 || v != 0 {
		t.Errorf("metrics: %v re-extracted, %v revisions; want 1, 0", r, v)
	}
	s, err := js.Stream(ctx, wire.DefaultRevisionsStream)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := s.Info(ctx); err != nil || info.State.Msgs != 0 {
		t.Errorf("REVISIONS holds %d events (err %v), want none", info.State.Msgs, err)
	}
}

// TestIndexWorkerReextractionOfOldHistory: a history recorded before
// articles carried page hashes has none to compare. A page the crawler
// re-sent unchanged (Page.Resent, the Byline-Resent header on its
// article) is the stored article's page, so its new extraction is no
// revision; the same page not marked so is compared as before.
func TestIndexWorkerReextractionOfOldHistory(t *testing.T) {
	const storedSeq = 1_764_000_000_000 // the stored article's fetch sequence (a time in ms)
	for _, tt := range []struct {
		name         string
		resent       bool
		resentOf     int64 // the crawler's last hand-on of the text (0: unknown)
		wantRevision int
		wantEvents   uint64
	}{
		{name: "re-sent unchanged by a re-fetch", resent: true, resentOf: storedSeq, wantRevision: 1},
		{name: "re-sent, last hand-on unknown", resent: true, wantRevision: 1},
		// The crawler handed the text on a run (an hour) after the stored
		// article, and that hand-on never reached the history (dead-lettered,
		// or not an article to the old extractor): the stored article is
		// not this text's, so a difference is an edit.
		{name: "re-sent, last hand-on never indexed", resent: true, resentOf: storedSeq + 3_600_000, wantRevision: 2, wantEvents: 1},
		{name: "not marked: compared as before", resent: false, wantRevision: 2, wantEvents: 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			js, cfg, h := historyOnBus(t)
			m, _ := pipeline.NewMetrics(nil)
			h.CountInto(m)
			ctx := context.Background()
			u := "https://daily.example/news/seawall"
			t0 := time.Now().Add(-time.Hour)
			// The old extraction, recorded by a release without page hashes.
			old := histArticle(u, append(storyParagraphs(8), "Photo: Jane Doe/Harbour Press"), t0)
			old.FetchSeq = storedSeq
			if _, err := h.Enrich(ctx, old); err != nil {
				t.Fatal(err)
			}
			extractFn := func(ctx context.Context, p *article.Page) (*article.Article, error) {
				return histArticle(p.URL, storyParagraphs(8), p.FetchedAt), nil
			}
			p := &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: t0.Add(time.Minute), ContentType: "text/html",
				Body: []byte("<p>story</p>"), ContentHash: "text-hash-1", FetchSeq: storedSeq + 7_200_000, Resent: tt.resent, ResentOf: tt.resentOf}
			doc, iw := indexPages(t, js, cfg, h, extractFn, nil, p)
			if doc == nil || doc.Revision != tt.wantRevision || strings.Contains(doc.Body, "Harbour Press") {
				t.Fatalf("indexed %+v, want the new extraction at revision %d", doc, tt.wantRevision)
			}
			if st := iw.Stats(); st.Revisions != tt.wantEvents {
				t.Errorf("index stats %+v, want %d revision events", st, tt.wantEvents)
			}
			if v := testutil.ToFloat64(m.Revisions); v != float64(tt.wantEvents) {
				t.Errorf("byline_revisions_total %v, want %d", v, tt.wantEvents)
			}
		})
	}
}

// TestIndexWorkerReextractionOfSecondsVersion: a history recorded before
// fetch sequences reached the index has the fetch time in whole seconds
// for its version, while the crawler's sequence of that same fetch has
// its milliseconds: the re-sent page is still the stored article's.
func TestIndexWorkerReextractionOfSecondsVersion(t *testing.T) {
	js, cfg, h := historyOnBus(t)
	u := "https://daily.example/news/seawall"
	t0 := time.Now().Add(-time.Hour).Truncate(time.Second).Add(437 * time.Millisecond)
	old := histArticle(u, append(storyParagraphs(8), "Photo: Jane Doe/Harbour Press"), t0)
	old.FetchSeq = 0 // the history's version is FetchedAt, in whole seconds
	if _, err := h.Enrich(context.Background(), old); err != nil {
		t.Fatal(err)
	}
	extractFn := func(ctx context.Context, p *article.Page) (*article.Article, error) {
		return histArticle(p.URL, storyParagraphs(8), p.FetchedAt), nil
	}
	handOn := t0.UnixMilli() // the crawler's sequence of that fetch
	p := &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: t0.Add(time.Minute), ContentType: "text/html",
		Body: []byte("<p>story</p>"), ContentHash: "text-hash-1", FetchSeq: handOn + 60000, Resent: true, ResentOf: handOn}
	doc, _ := indexPages(t, js, cfg, h, extractFn, nil, p)
	if doc == nil || doc.Revision != 1 || strings.Contains(doc.Body, "Harbour Press") {
		t.Fatalf("indexed %+v, want the new extraction at revision 1", doc)
	}
}

// indexPages runs extract and index workers with h as their enricher and
// publishes the pages one at a time, each extracted and indexed before the
// next (before(i) runs ahead of page i, when not nil); it returns the
// article indexed for the first page's URL and the index worker.
func indexPages(t *testing.T, js jetstream.JetStream, cfg pipeline.Config, h *pipeline.History, fn pipeline.ExtractFunc,
	before func(i int), pages ...*article.Page) (*article.Article, *pipeline.IndexWorker) {
	t.Helper()
	fx := newFakeIndex()
	_, iw, stop := runWorkers(t, js, cfg, fn, fx, pipeline.WithEnricher(h))
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pages {
		if before != nil {
			before(i)
		}
		if err := pub.Put(context.Background(), p); err != nil {
			t.Fatal(err)
		}
		waitIdle(t, js, cfg, 10*time.Second)
	}
	stop()
	fx.mu.Lock()
	defer fx.mu.Unlock()
	return fx.docs[article.IDFor(pages[0].URL)], iw
}

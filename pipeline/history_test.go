package pipeline_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/byline/byline/article"
	"github.com/byline/byline/cluster"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/wire"
)

// storyParagraphs is a wire story long enough to cluster.
func storyParagraphs(n int) []string {
	var ps []string
	for i := range n {
		ps = append(ps, fmt.Sprintf("Paragraph %d of the seawall story: the council voted on the harbour plan, and residents %d spoke for and against it at length.", i, i*7))
	}
	return ps
}

func histArticle(url string, ps []string, fetched time.Time) *article.Article {
	a := &article.Article{URL: url, Headline: "Council approves seawall", Paragraphs: ps, Body: strings.Join(ps, "\n\n"),
		FetchedAt: fetched.UTC().Format(time.RFC3339)}
	a.ID = a.DefaultID()
	a.Normalize()
	return a
}

// historyOnBus starts an embedded bus with the test config's streams and
// opens a History on it.
func historyOnBus(t *testing.T) (jetstream.JetStream, pipeline.Config, *pipeline.History) {
	t.Helper()
	_, js := startBus(t, 0)
	cfg := testConfig()
	setup(t, js, cfg)
	return js, cfg, openHistory(t, js, cfg)
}

func openHistory(t *testing.T, js jetstream.JetStream, cfg pipeline.Config) *pipeline.History {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	h, err := pipeline.OpenHistory(ctx, js, cfg, cluster.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return h
}

func TestHistoryRevisionsAndClusters(t *testing.T) {
	js, cfg, h := historyOnBus(t)
	ctx := context.Background()
	m, _ := pipeline.NewMetrics(nil)
	h.CountInto(m)
	t0 := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)

	a1 := histArticle("https://daily.example/seawall", storyParagraphs(10), t0)
	ev, err := h.Enrich(ctx, a1)
	if err != nil || ev != nil {
		t.Fatalf("first version: event %v, err %v", ev, err)
	}
	if a1.Revision != 1 || a1.ClusterID != a1.ID || a1.ClusterSize != 1 || a1.ClusterOrigin != a1.ID {
		t.Errorf("first version: revision %d, cluster %q size %d origin %q", a1.Revision, a1.ClusterID, a1.ClusterSize, a1.ClusterOrigin)
	}
	// The same article again (a re-fetch without change, a redelivery).
	again := histArticle(a1.URL, storyParagraphs(10), t0.Add(time.Hour))
	if ev, err := h.Enrich(ctx, again); err != nil || ev != nil || again.Revision != 1 || again.ClusterID != a1.ID {
		t.Errorf("unchanged: event %v, err %v, revision %d, cluster %q", ev, err, again.Revision, again.ClusterID)
	}
	// A trimmed copy on another site joins the cluster.
	cp := histArticle("https://courier.example/news/seawall-vote", storyParagraphs(10)[:6], t0.Add(2*time.Hour))
	if _, err := h.Enrich(ctx, cp); err != nil || cp.ClusterID != a1.ID || cp.ClusterSize != 2 {
		t.Errorf("copy: err %v, cluster %q size %d", err, cp.ClusterID, cp.ClusterSize)
	}
	// The page changes: revision 2 with its diff and an event.
	ps := storyParagraphs(10)
	ps[3] = strings.Replace(ps[3], "for and against it", "against it", 1)
	v2 := histArticle(a1.URL, ps, t0.Add(3*time.Hour))
	v2.Headline = "Council approves $40m seawall"
	ev, err = h.Enrich(ctx, v2)
	if err != nil || ev == nil {
		t.Fatalf("edited: event %v, err %v", ev, err)
	}
	if v2.Revision != 2 || v2.RevisedAt != v2.FetchedAt || len(v2.Revisions) != 2 || v2.ClusterID != a1.ID {
		t.Errorf("edited: revision %d at %q, %d revisions, cluster %q", v2.Revision, v2.RevisedAt, len(v2.Revisions), v2.ClusterID)
	}
	if ev.Revision != 2 || ev.Site != "daily.example" || ev.Diff.Headline == nil || len(ev.Diff.Paragraphs) != 1 ||
		ev.Diff.Paragraphs[0].Op != article.OpEdited || ev.Previous != a1.FetchedAt || ev.Summary != "headline changed; 1 paragraph edited" {
		t.Errorf("event %+v", ev)
	}
	// A redelivery of that fetch gives the event again (at least once).
	re := histArticle(a1.URL, ps, t0.Add(3*time.Hour))
	re.Headline = v2.Headline
	if ev, err := h.Enrich(ctx, re); err != nil || ev == nil || ev.Revision != 2 {
		t.Errorf("redelivery of the revising fetch: event %v, err %v", ev, err)
	}
	// Counted once each (the redelivery is no new revision).
	if j, v := testutil.ToFloat64(m.ClusterJoins), testutil.ToFloat64(m.Revisions); j != 1 || v != 1 {
		t.Errorf("metrics: %v cluster joins, %v revisions; want 1, 1", j, v)
	}
	// The index worker published the event: later fetches of this text
	// do not give it again.
	if err := h.Announced(ctx, ev); err != nil {
		t.Fatal(err)
	}

	// Another process (or the next run) restores the sketches and the
	// histories from the bucket.
	h2 := openHistory(t, js, cfg)
	if st := h2.Stats(); st.Articles != 2 || st.Restored != 2 {
		t.Errorf("restored %+v, want 2 articles", st)
	}
	third := histArticle("https://gazette.example/2025/07/seawall", storyParagraphs(10)[:8], t0.Add(4*time.Hour))
	if _, err := h2.Enrich(ctx, third); err != nil || third.ClusterID != a1.ID || third.ClusterSize != 3 {
		t.Errorf("copy after restart: err %v, cluster %q size %d", err, third.ClusterID, third.ClusterSize)
	}
	v3 := histArticle(a1.URL, ps, t0.Add(5*time.Hour))
	v3.Headline = v2.Headline
	if ev, err := h2.Enrich(ctx, v3); err != nil || ev != nil || v3.Revision != 2 {
		t.Errorf("unchanged after restart: event %v, err %v, revision %d", ev, err, v3.Revision)
	}
	// The first process sees the third copy through its watch.
	deadline := time.Now().Add(20 * time.Second)
	for h.Stats().Articles != 3 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := h.Stats().Articles; n != 3 {
		t.Errorf("the first process holds %d sketches, want 3 (the other's arrive by the watch)", n)
	}
}

// TestIndexWorkerPublishesRevisions runs extract and index workers with a
// History: a page fetched twice with a change is indexed at revision 2
// and a revision event is published on byline.revisions.<site>.
func TestIndexWorkerPublishesRevisions(t *testing.T) {
	js, cfg, h := historyOnBus(t)
	fx := newFakeIndex()
	ctx := context.Background()
	extractFn := func(ctx context.Context, p *article.Page) (*article.Article, error) {
		ps := storyParagraphs(8)
		if strings.Contains(string(p.Body), "edited") {
			ps = append(ps, "An update: the mayor signed the plan on Wednesday.")
		}
		return histArticle(p.URL, ps, p.FetchedAt), nil
	}
	_, iw, stop := runWorkers(t, js, cfg, extractFn, fx, pipeline.WithEnricher(h))
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	u := "https://daily.example/news/seawall"
	t0 := time.Now().Add(-time.Hour)
	for i, body := range []string{"first", "edited"} {
		p := &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: t0.Add(time.Duration(i) * time.Minute), ContentType: "text/html", Body: []byte(body)}
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
		waitIdle(t, js, cfg, 10*time.Second)
	}
	stop()
	fx.mu.Lock()
	doc := fx.docs[article.IDFor(u)]
	fx.mu.Unlock()
	if doc == nil || doc.Revision != 2 || len(doc.Revisions) != 2 || doc.Revisions[1].Diff == nil || len(doc.Revisions[1].Diff.Paragraphs) != 1 {
		t.Fatalf("indexed: %+v", doc)
	}
	if st := iw.Stats(); st.Revisions != 1 {
		t.Errorf("revision events published: %d, want 1", st.Revisions)
	}
	s, err := js.Stream(ctx, wire.DefaultRevisionsStream)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.GetLastMsgForSubject(ctx, wire.RevisionSubject("daily.example"))
	if err != nil {
		t.Fatal(err)
	}
	ev, err := wire.DecodeRevision(m.Data)
	if err != nil || ev.Revision != 2 || ev.Diff.Paragraphs[0].Op != article.OpAdded {
		t.Errorf("event: %+v, %v", ev, err)
	}
}

// rejectFetch is a fakeIndex that rejects for good the article of one
// fetch (by FetchedAt), as a mapping error would.
type rejectFetch struct {
	*fakeIndex
	fetchedAt string
}

func (r *rejectFetch) Add(ctx context.Context, a *article.Article, done func(error)) error {
	if a.FetchedAt == r.fetchedAt {
		go done(pipeline.Permanent(fmt.Errorf("rejected fetch %s", a.FetchedAt)))
		return nil
	}
	return r.fakeIndex.Add(ctx, a, done)
}

// TestRevisionEventSurvivesDeadLetteredWrite: the history records a new
// revision before the index write; when that write is dead-lettered, the
// revision's event was never published. The next fetch of the same text
// must still announce the revision on byline.revisions.<site>, or
// subscribers never learn of it although search shows it.
func TestRevisionEventSurvivesDeadLetteredWrite(t *testing.T) {
	js, cfg, h := historyOnBus(t)
	u := "https://daily.example/news/seawall"
	t0 := time.Now().Add(-time.Hour).UTC().Truncate(time.Second)
	fx := &rejectFetch{fakeIndex: newFakeIndex(), fetchedAt: t0.Add(time.Minute).Format(time.RFC3339)}
	extractFn := func(ctx context.Context, p *article.Page) (*article.Article, error) {
		ps := storyParagraphs(8)
		if strings.Contains(string(p.Body), "edited") {
			ps = append(ps, "An update: the mayor signed the plan on Wednesday.")
		}
		a := histArticle(p.URL, ps, p.FetchedAt)
		if strings.Contains(string(p.Body), "again") {
			// Past ARTICLES' duplicates window in production; here a
			// different body with the same compared fields.
			a.Body += "\n"
			a.ContentHash = article.HashContent([]byte(a.Body))
		}
		if strings.Contains(string(p.Body), "third") {
			a.Body += "\n\n"
			a.ContentHash = article.HashContent([]byte(a.Body))
		}
		return a, nil
	}
	_, iw, stop := runWorkers(t, js, cfg, extractFn, fx, pipeline.WithEnricher(h))
	pub, err := pipeline.NewPublisher(js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// v1; v2, whose write is rejected; v2 fetched again (an unchanged page),
	// which announces it; v2 fetched a third time, which must not.
	for i, body := range []string{"first", "edited", "edited, fetched again", "edited, fetched a third time"} {
		p := &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: t0.Add(time.Duration(i) * time.Minute), ContentType: "text/html", Body: []byte(body)}
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
		waitIdle(t, js, cfg, 10*time.Second)
	}
	stop()
	if st := iw.Stats(); st.DeadLettered != 1 || st.Indexed != 3 {
		t.Fatalf("index stats %+v, want 3 indexed, 1 dead-lettered", st)
	}
	// Once published, the event is marked announced (History.Announced):
	// later fetches of the same text, past the stream's duplicate window
	// in production, must not publish it again.
	if st := iw.Stats(); st.Revisions != 1 {
		t.Errorf("revision events published %d times, want once", st.Revisions)
	}
	fx.mu.Lock()
	doc := fx.docs[article.IDFor(u)]
	fx.mu.Unlock()
	if doc == nil || doc.Revision != 2 {
		t.Fatalf("indexed: %+v, want revision 2", doc)
	}
	s, err := js.Stream(ctx, wire.DefaultRevisionsStream)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.GetLastMsgForSubject(ctx, wire.RevisionSubject("daily.example"))
	if err != nil {
		t.Fatalf("revision 2 of %s was never announced: %v", u, err)
	}
	if ev, err := wire.DecodeRevision(m.Data); err != nil || ev.Revision != 2 || ev.Previous != t0.Format(time.RFC3339) {
		t.Errorf("event: %+v, %v; want revision 2 after %s", ev, err, t0.Format(time.RFC3339))
	}
}

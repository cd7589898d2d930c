package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/status"
)

func TestWorkerArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no stage", []string{"worker"}, 2}, // usage errors (issue 13)
		{"unknown stage", []string{"worker", "transform"}, 2},
		{"two stages", []string{"worker", "extract", "index"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb syncbuf.Buffer
			if code := runCLI(context.Background(), tt.args, &out, &errb); code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, errb.String())
			}
		})
	}
}

// TestWorkers runs `byline worker extract` and `byline worker index` as a
// deployment would, against a NATS server they reach over TCP: pages
// published by a crawler end up in the worker's index.
func TestWorkers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	srv := listeningBus(ctx, t)
	site := newNewsSite(t, 3, -1)
	dir := t.TempDir()

	wctx, stopWorkers := context.WithCancel(ctx)
	exits := make(chan int, 2)
	var errs [2]syncbuf.Buffer
	for i, stage := range []string{"extract", "index"} {
		go func() {
			var out syncbuf.Buffer
			exits <- runCLI(wctx, []string{"worker", stage, "--nats", srv.ClientURL(), "--data", dir, "--log-level", "warn"}, &out, &errs[i])
		}()
	}
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	if err := pipeline.Setup(ctx, js, pipeline.Config{}); err != nil {
		t.Fatal(err)
	}
	pub, err := pipeline.NewPublisher(js, pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		u := site.url(storyPath(i))
		p := &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: time.Now(), ContentType: "text/html; charset=utf-8", Body: site.story(i)}
		if err := pub.Put(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	// A page the extractor finds no article in (a crawler's classifier
	// would have kept it back; one that slips through is counted).
	about := &article.Page{URL: site.url("/about"), FinalURL: site.url("/about"), Status: 200, FetchedAt: time.Now(),
		ContentType: "text/html; charset=utf-8", Body: []byte(`<html><body><h1>About us</h1><p>We are a small newsroom.</p></body></html>`)}
	if err := pub.Put(ctx, about); err != nil {
		t.Fatal(err)
	}
	if err := pipeline.WaitIdle(ctx, js, pipeline.Config{}, 50*time.Millisecond, nil); err != nil {
		t.Fatalf("%v\nextract worker: %s\nindex worker: %s", err, errs[0].String(), errs[1].String())
	}
	stopWorkers()
	for range 2 {
		if code := <-exits; code != 0 && code != 130 {
			t.Errorf("worker exit %d: %s %s", code, errs[0].String(), errs[1].String())
		}
	}
	// byline status reads the same counts back from the server and the
	// index.
	var out, errb syncbuf.Buffer
	if code := runCLI(ctx, []string{"status", "--nats", srv.ClientURL(), "--data", dir, "--json"}, &out, &errb); code != 0 {
		t.Fatalf("byline status: exit %d: %s %s", code, out.String(), errb.String())
	}
	var st status.Report
	if err := json.Unmarshal([]byte(out.String()), &st); err != nil {
		t.Fatal(err)
	}
	if st.PagesPublished != 4 || st.ArticlesPublished != 3 || st.NotArticles != 1 || st.Indexed != 3 || st.DeadLetters != 0 || !st.Reconciled {
		t.Errorf("byline status = %+v, want 4 pages published, 3 articles, 1 not an article, 3 indexed, reconciled", st)
	}
	var text syncbuf.Buffer
	if code := runCLI(ctx, []string{"status", "--nats", srv.ClientURL(), "--data", dir}, &text, &errb); code != 0 || !strings.Contains(text.String(), "reconcile ok: 4 published = 3 articles + 1 not articles + 0 dead-lettered; 3 articles = 3 indexed + 0 dead-lettered") {
		t.Errorf("byline status: exit %d:\n%s", code, text.String())
	}
	ix, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close(ctx)
	for i := range 3 {
		if hits := searchToken(t, ix, storyToken(i)); hits.Total != 1 {
			t.Errorf("story %d: %d hits, want 1", i, hits.Total)
		}
	}
	// With the index held by another (as a running byline run holds it),
	// status still gives the streams' counts, and says why it cannot
	// reconcile; it failed with nothing before.
	var held, heldErr syncbuf.Buffer
	if code := runCLI(ctx, []string{"status", "--nats", srv.ClientURL(), "--data", dir}, &held, &heldErr); code != 1 ||
		!strings.Contains(held.String(), "pages     published 4") || !strings.Contains(held.String(), "index     indexed ?") ||
		!strings.Contains(held.String(), "reconcile unknown: the index could not be read: open index:") {
		t.Errorf("byline status with the index held: exit %d:\n%s%s", code, held.String(), heldErr.String())
	}
}

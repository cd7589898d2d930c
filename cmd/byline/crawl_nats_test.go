package main

import (
	"context"
	"testing"
	"time"

	"github.com/byline/byline/internal/syncbuf"
	"github.com/byline/byline/pipeline"
)

// TestCrawlNATSLeavesStreamsAlone: the workers own the streams' settings.
// A crawl publishing to streams they set up must not set them up again
// with its own (before, every crawl reset a 3-node cluster's streams to one
// replica, and losing that node stopped the pipeline).
func TestCrawlNATSLeavesStreamsAlone(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	srv := listeningBus(ctx, t)
	js := tcpJetStream(t, srv)
	// The workers' config keeps pages an hour and redelivers after 45s.
	workers := pipeline.Config{PagesMaxAge: time.Hour, Extract: pipeline.ConsumerConfig{AckWait: 45 * time.Second}}
	if err := pipeline.Setup(ctx, js, workers); err != nil {
		t.Fatal(err)
	}
	site := newNewsSite(t, 3, -1)
	var out, errb syncbuf.Buffer
	if code := runCLI(ctx, []string{"crawl", "--seed", site.url("/"), "--allow-private", "--data", t.TempDir(),
		"--nats", srv.ClientURL(), "--log-level", "warn"}, &out, &errb); code != 0 {
		t.Fatalf("byline crawl: exit %d\n%s%s", code, out.String(), errb.String())
	}
	s, err := js.Stream(ctx, "PAGES")
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.Config.MaxAge != time.Hour {
		t.Errorf("PAGES max age %s after the crawl, the workers set 1h", info.Config.MaxAge)
	}
	if info.State.Msgs == 0 {
		t.Errorf("the crawl published nothing on PAGES")
	}
	c, err := js.Consumer(ctx, "PAGES", "byline-extract")
	if err != nil {
		t.Fatal(err)
	}
	if ci := c.CachedInfo(); ci.Config.AckWait != 45*time.Second {
		t.Errorf("extract consumer ack wait %s after the crawl, the workers set 45s", ci.Config.AckWait)
	}
}

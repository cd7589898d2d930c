package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/wire"
)

// TestTailSiteByCanonicalHost: the producer files an article under the
// site of its canonical URL (wire.EncodeArticle), so `tail --site HOST`
// reads that subject; every article on it belongs to HOST and must be
// printed, also when the page was fetched from another host (an AMP or
// mobile copy whose rel=canonical points to HOST).
func TestTailSiteByCanonicalHost(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv, js := streamsBus(ctx, t)
	a := &article.Article{URL: "https://amp.canon.example/a/1", CanonicalURL: "https://www.canon.example/a/1",
		SiteName: "Canon Herald", Headline: "AMP copy", Body: "Text."}
	a.ID = a.DefaultID()
	a.ContentHash = article.HashContent([]byte(a.Body))
	a.Normalize()
	m, _, err := wire.EncodeArticle(ctx, a, 1<<20, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "byline.articles.canon_example" {
		t.Fatalf("published on %s", m.Subject)
	}
	if _, err := js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := runCLI(ctx, []string{"tail", "--nats", srv.ClientURL(), "--follow=false", "--all", "--site", "canon.example"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, &stderr)
	}
	if !strings.Contains(stdout.String(), `"headline":"AMP copy"`) {
		t.Errorf("tail --site canon.example printed %q; want the article published on byline.articles.canon_example", stdout.String())
	}
}

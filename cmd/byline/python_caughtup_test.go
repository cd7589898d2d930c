package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/byline/byline/article"
	"github.com/byline/byline/wire"
)

// TestPythonSubscriberCaughtUpKeepsUndecodable: the Python example's
// --until-caught-up exits once every article it can read is handled, even
// when the stream also holds an article of a newer schema version, which it
// keeps unacked for an upgraded subscriber (as the Go kit's
// StopWhenCaughtUp does). It used to wait for nothing unacked, forever.
func TestPythonSubscriberCaughtUpKeepsUndecodable(t *testing.T) {
	py := pythonWithDeps(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, js := streamsBus(ctx, t)
	page := &article.Page{
		URL:         "https://news.example/2025/06/01/ferry-vote",
		ContentType: "text/html; charset=utf-8",
		FetchedAt:   time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC),
		Body: []byte(`<!DOCTYPE html><html><head><title>Ferry vote extended</title></head><body><article>
<h1>Ferry vote extended</h1>
<p>The harbour board extended the vote on the three ferry terminal designs by two weeks on Monday, after residents asked for more time to compare them.</p>
<p>“We want every neighbourhood to have its say before anything is built,” said Mara Lind, who chairs the board.</p>
<p>The designs differ mostly in where the new waiting hall would stand and how many buses could stop beside it at once.</p>
</article></body></html>`),
	}
	a, err := extractPage(ctx, page)
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := wire.EncodeArticle(ctx, a, 1<<20, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	future := nats.NewMsg(wire.ArticleSubject("news.example"))
	future.Header.Set(wire.HeaderSchemaVersion, "99")
	future.Header.Set(wire.HeaderMsgID, "article-from-the-future")
	future.Data = []byte(`{"schema_version":99,"id":"x"}`)
	if _, err := js.PublishMsg(ctx, future); err != nil {
		t.Fatal(err)
	}

	stats := filepath.Join(t.TempDir(), "stats.json")
	cmd := exec.CommandContext(ctx, py, filepath.Join("..", "..", "examples", "python", "byline_subscriber.py"),
		"--nats", srv.ClientURL(), "--durable", "python-caught-up", "--until-caught-up", "--timeout", "60", "--stats", stats)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python subscriber: %v (it waited for the undecodable article?)\nstdout:\n%s\nstderr:\n%s", err, &stdout, &stderr)
	}
	var st map[string]int
	data, err := os.ReadFile(stats)
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	if err != nil {
		t.Fatalf("python stats: %v", err)
	}
	if st["handled"] != 1 || st["undecodable"] < 1 || !strings.Contains(stdout.String(), a.ID) {
		t.Errorf("python stats %v, printed %q: want the one readable article handled and the other kept", st, stdout.String())
	}
}

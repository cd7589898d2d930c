package esindex

// Tests against a real Elasticsearch 8 node: the one make test-es starts
// (BYLINE_ES_URL), or clusters of their own (esnode.Launch). They skip
// without one, and fail instead under BYLINE_REQUIRE_ES=1.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/index/es/esnode"
	"github.com/byline/byline/index/indextest"
)

// liveIndex opens the backend on the node at url in indices with a random
// prefix, deleted when the test ends.
func liveIndex(t *testing.T, url string, edit func(*Config)) *Index {
	t.Helper()
	cfg := Config{
		Addresses:       []string{url},
		IndexPrefix:     fmt.Sprintf("byline-test-%08x", rand.Uint32()),
		Refresh:         "wait_for",
		Replicas:        0,
		RetryBackoffMin: 10 * time.Millisecond,
		RetryBackoffMax: 200 * time.Millisecond,
	}
	if edit != nil {
		edit(&cfg)
	}
	ctx := context.Background()
	x, err := New(ctx, cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { dropLive(x) })
	return x
}

// dropLive closes x and deletes its indices and template.
func dropLive(x *Index) {
	ctx := context.Background()
	_ = x.Close(ctx)
	_, _ = x.DropBefore(ctx, time.Now().AddDate(100, 0, 0))
	if res, err := x.client.Indices.Delete([]string{x.cfg.IndexPrefix + "-undated"}); err == nil {
		res.Body.Close()
	}
	if res, err := x.client.Indices.DeleteIndexTemplate(x.cfg.IndexPrefix); err == nil {
		res.Body.Close()
	}
}

// TestLiveOlderRevisionInAnotherMonth: versions are per index in ES, and
// Byline writes an article to the index of its publication month. A late
// older revision whose publication date differs (so it lands in another
// monthly index) must not replace the newer one, whichever arrives first,
// also when both are in one bulk request.
func TestLiveOlderRevisionInAnotherMonth(t *testing.T) {
	t.Parallel() // each in indices of its own prefix (or on its own node)
	url := esnode.URL(t)
	testOlderRevisionInAnotherMonth(t, func(t *testing.T) *Index {
		return liveIndex(t, url, func(c *Config) { c.NumWorkers = 1 })
	})
}

// TestLiveRefresh: a count on a real node sees a write only once the
// shard copy that answers has refreshed, and Refresh makes every write
// acknowledged before it countable. byline status refreshes before it
// says the counts reconcile: on a cluster whose two copies of a shard had
// refreshed at different moments, status said 300 articles, reconciled,
// and the next count, served by the other copy, 299.
func TestLiveRefresh(t *testing.T) {
	t.Parallel() // in indices of its own prefix
	// No refresh with the bulk requests, as the index workers write.
	x := liveIndex(t, esnode.URL(t), func(c *Config) { c.Refresh = "" })
	ctx := context.Background()
	// No scheduled refresh on the undated index, where these go: a write
	// stays unsearchable until something refreshes it.
	undated := x.cfg.IndexPrefix + "-undated"
	res, err := x.client.Indices.PutSettings(strings.NewReader(`{"index":{"refresh_interval":"-1"}}`), x.client.Indices.PutSettings.WithIndex(undated))
	if err != nil {
		t.Fatal(err)
	}
	if err := x.check(res, "settings of "+undated); err != nil {
		t.Fatal(err)
	}
	var docs []*article.Article
	for _, a := range indextest.Corpus() {
		c := *a
		c.PublishedAt = ""
		docs = append(docs, &c)
	}
	var failed atomic.Int64
	for _, a := range docs {
		if x.IndexFor(a) != undated {
			t.Fatalf("%s goes to %s, want %s", a.ID, x.IndexFor(a), undated)
		}
		if err := x.Add(ctx, a, func(err error) {
			if err != nil {
				failed.Add(1)
				t.Errorf("write %s: %v", a.ID, err)
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Flush(ctx); err != nil || failed.Load() > 0 {
		t.Fatalf("Flush: %v (%d writes failed)", err, failed.Load())
	}
	before, err := x.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Refresh(ctx); err != nil {
		t.Fatalf("Refresh: %v", err)
	}
	after, err := x.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != uint64(len(docs)) {
		t.Errorf("count after Refresh %d, want the %d articles written", after, len(docs))
	}
	if before >= after {
		t.Errorf("count before Refresh %d, after %d: the writes were searchable without a refresh, so this test shows nothing", before, after)
	}
}

func TestOlderRevisionInAnotherMonth(t *testing.T) {
	testOlderRevisionInAnotherMonth(t, func(t *testing.T) *Index {
		x, _ := newTestIndex(t)
		t.Cleanup(func() { x.Close(context.Background()) })
		return x
	})
}

func testOlderRevisionInAnotherMonth(t *testing.T, open func(*testing.T) *Index) {
	ctx := context.Background()
	base := indextest.Corpus()[0]
	// The version is our fetch sequence (article.Version), not the
	// publisher's dates: the newer fetch is the newer revision.
	rev := func(published, modified, headline string, fetchSeq int64) *article.Article {
		a := *base
		a.PublishedAt, a.ModifiedAt, a.Headline, a.FetchSeq = published, modified, headline, fetchSeq
		return &a
	}
	for _, order := range []string{"newer first", "older first", "same batch"} {
		t.Run(order, func(t *testing.T) {
			x := open(t)
			newer := rev("2025-07-01T08:00:00Z", "2025-07-02T08:00:00Z", "Newer revision, July", 1751443200001)
			older := rev("2025-06-30T08:00:00Z", "2025-07-01T09:00:00Z", "Older revision, June", 1751443200000)
			var errs []error
			switch order {
			case "newer first":
				errs = append(add(t, x, newer), add(t, x, older)...)
			case "older first":
				errs = append(add(t, x, older), add(t, x, newer)...)
			default:
				errs = add(t, x, newer, older)
			}
			for _, err := range errs {
				if err != nil {
					t.Fatalf("done(%v)", err)
				}
			}
			if n, err := x.Count(ctx); err != nil || n != 1 {
				t.Errorf("Count = %d, %v; want 1", n, err)
			}
			a, err := x.Get(ctx, base.ID)
			if err != nil || a.Headline != newer.Headline {
				t.Fatalf("Get = %v, %v; want the newer revision", a, err)
			}
			r, err := x.Search(ctx, index.Query{Text: "revision"})
			if err != nil || r.Total != 1 || r.Hits[0].Headline != newer.Headline {
				t.Errorf("Search = %+v, %v; want the newer revision alone", r, err)
			}
		})
	}
}

// TestLiveTemplateUpgrade: indices made from an older template (without
// a field the current one maps) get the field in place when Byline starts
// with the newer template; a field whose type changed is a clear error.
func TestLiveTemplateUpgrade(t *testing.T) {
	t.Parallel() // each in indices of its own prefix (or on its own node)
	url := esnode.URL(t)
	testTemplateUpgrade(t, url, true)
}

func TestTemplateUpgrade(t *testing.T) {
	f := newFakeES(t, "byline-upgrade")
	testTemplateUpgrade(t, f.URL(), false)
}

func testTemplateUpgrade(t *testing.T, url string, live bool) {
	ctx := context.Background()
	prefix := "byline-upgrade"
	if live {
		prefix = fmt.Sprintf("byline-test-%08x", rand.Uint32())
	}
	cfg := Config{Addresses: []string{url}, IndexPrefix: prefix, Replicas: 0, Refresh: "wait_for", Logger: slog.New(slog.DiscardHandler)}
	client, err := newClient(cfg.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	call := func(req esapi.Request) string {
		t.Helper()
		res, err := req.Do(ctx, client)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.IsError() {
			t.Fatalf("%T: %s", req, b)
		}
		return string(b)
	}
	if live {
		t.Cleanup(func() {
			for _, n := range []string{"-2025.04", "-2025.05", "-2025.06", "-undated"} {
				if res, err := client.Indices.Delete([]string{prefix + n}); err == nil {
					res.Body.Close()
				}
			}
			if res, err := client.Indices.DeleteIndexTemplate(prefix); err == nil {
				res.Body.Close()
			}
		})
	}
	// oldTemplate installs the current template edited by edit, as an
	// older Byline would have, and creates a month index from it.
	oldTemplate := func(month string, edit func(props, quotes map[string]any)) {
		t.Helper()
		body, err := renderTemplate(cfg.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		var tmpl map[string]any
		if err := json.Unmarshal(body, &tmpl); err != nil {
			t.Fatal(err)
		}
		props := tmpl["template"].(map[string]any)["mappings"].(map[string]any)["properties"].(map[string]any)
		edit(props, props["quotes"].(map[string]any)["properties"].(map[string]any))
		body, _ = json.Marshal(tmpl)
		call(esapi.IndicesPutIndexTemplateRequest{Name: prefix, Body: bytes.NewReader(body)})
		call(esapi.IndicesCreateRequest{Index: prefix + "-" + month})
	}
	oldTemplate("2025.06", func(props, quotes map[string]any) {
		delete(props, "edition")
		delete(quotes, "via")
	})

	x, err := New(ctx, cfg)
	if err != nil {
		t.Fatalf("New with a newer template: %v", err)
	}
	var mapping map[string]struct {
		Mappings struct {
			Properties map[string]struct {
				Type       string                    `json:"type"`
				Properties map[string]map[string]any `json:"properties"`
			} `json:"properties"`
		} `json:"mappings"`
	}
	if err := json.Unmarshal([]byte(call(esapi.IndicesGetMappingRequest{Index: []string{prefix + "-2025.06"}})), &mapping); err != nil {
		t.Fatal(err)
	}
	props := mapping[prefix+"-2025.06"].Mappings.Properties
	if props["edition"].Type != "keyword" || props["quotes"].Properties["via"]["type"] != "keyword" {
		t.Errorf("existing month after the upgrade: edition %+v, quotes.via %v; want both keyword", props["edition"], props["quotes"].Properties["via"])
	}
	a := *indextest.Corpus()[0]
	a.PublishedAt = "2025-06-20T10:00:00Z"
	if errs := add(t, x, &a); errs[0] != nil {
		t.Fatalf("write into the upgraded month: %v", errs[0])
	}
	if err := x.Close(ctx); err != nil {
		t.Fatal(err)
	}

	// A field whose type changed cannot be upgraded in place.
	oldTemplate("2025.05", func(props, _ map[string]any) {
		props["edition"] = map[string]any{"type": "text"}
	})
	if _, err := New(ctx, cfg); err == nil || !strings.Contains(err.Error(), "[edition]") || !strings.Contains(err.Error(), "update mappings") {
		t.Errorf("New over an index whose edition is text: %v; want an error naming the field", err)
	}
	call(esapi.IndicesDeleteRequest{Index: []string{prefix + "-2025.05"}})

	// A month an older Byline filled without a field searches read: its
	// articles would fall out of name filters and collapse into one hit.
	// New (the writer's and a reader's) refuses it, naming index and
	// fields, rather than answer wrongly.
	oldTemplate("2025.04", func(props, _ map[string]any) {
		delete(props, "story")
		delete(props["site_name"].(map[string]any), "fields")
	})
	id := "0123456789abcdef0123456789abcdef"
	call(esapi.BulkRequest{Refresh: "true", Body: strings.NewReader(
		`{"index":{"_index":"` + prefix + `-2025.04","_id":"` + id + `","version":1,"version_type":"external"}}` + "\n" +
			`{"id":"` + id + `","version":1,"headline":"Old","site_name":"Old Times","published_at":"2025-04-02T10:00:00Z"}` + "\n")})
	for _, readOnly := range []bool{false, true} {
		c := cfg
		c.ReadOnly = readOnly
		_, err := New(ctx, c)
		if err == nil || !strings.Contains(err.Error(), prefix+"-2025.04 (1 articles") ||
			!strings.Contains(err.Error(), "story is unmapped") || !strings.Contains(err.Error(), "site_name.name is unmapped") {
			t.Errorf("New (read-only %v) over a filled month without story and site_name.name: %v; want an error naming both", readOnly, err)
		}
	}
}

// countingHandler counts log records whose message is msg.
type countingHandler struct {
	msg string
	n   *atomic.Int64
}

func (h countingHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h countingHandler) Handle(_ context.Context, r slog.Record) error {
	if r.Message == h.msg {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "status" && a.Value.Int64() == http.StatusTooManyRequests {
				h.n.Add(1)
			}
			return true
		})
	}
	return nil
}
func (h countingHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h countingHandler) WithGroup(string) slog.Handler      { return h }

// TestLiveBulk429: a node with a write queue of one rejects bulk shard
// requests with 429 (es_rejected_execution_exception, per item inside a
// 200 answer). The backend retries those items with backoff; an item still
// rejected after MaxRetries is reported as index.ErrUnavailable, which the
// index worker answers by keeping the message and adding it again. Doing
// the same here, every article ends up stored exactly once.
func TestLiveBulk429(t *testing.T) {
	t.Parallel() // each in indices of its own prefix (or on its own node)
	c := esnode.Launch(t, esnode.Options{Heap: "256m", WriteQueue: 1})
	ctx := context.Background()
	var retried429 atomic.Int64
	x := liveIndex(t, c.URLs[0], func(cfg *Config) {
		cfg.NumWorkers = 4
		cfg.FlushBytes = 16 << 10
		cfg.Refresh = ""
		cfg.RetryBackoffMin = 50 * time.Millisecond
		cfg.RetryBackoffMax = 2 * time.Second
		cfg.Logger = slog.New(countingHandler{msg: "retrying bulk item", n: &retried429})
	})
	// Articles spread over 12 months: every bulk request fans out to many
	// shards at once, more than two write threads and a queue of one hold.
	const n = 240
	base := indextest.Corpus()[0]
	pending := make([]*article.Article, n)
	for i := range n {
		a := *base
		a.ID = fmt.Sprintf("%032x", i+1)
		a.URL = fmt.Sprintf("https://news.example/story-%d", i)
		a.CanonicalURL = a.URL
		a.PublishedAt = time.Date(2024, time.Month(1+i%12), 1+i%28, 9, 0, 0, 0, time.UTC).Format(time.RFC3339)
		a.ModifiedAt = ""
		pending[i] = &a
	}
	var unavailable int
	for round := 1; len(pending) > 0; round++ {
		if round > 20 {
			t.Fatalf("%d articles still rejected after 20 rounds", len(pending))
		}
		errs := make([]error, len(pending))
		var calls atomic.Int64
		for i, a := range pending {
			if err := x.Add(ctx, a, func(err error) { errs[i] = err; calls.Add(1) }); err != nil {
				t.Fatal(err)
			}
		}
		fctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		err := x.Flush(fctx)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if int(calls.Load()) != len(pending) {
			t.Fatalf("done called %d times for %d articles", calls.Load(), len(pending))
		}
		var again []*article.Article
		for i, err := range errs {
			switch {
			case err == nil:
			case errors.Is(err, index.ErrUnavailable):
				again = append(again, pending[i])
			default:
				t.Fatalf("article %s: done(%v), want nil or ErrUnavailable", pending[i].ID, err)
			}
		}
		unavailable += len(again)
		pending = again
	}
	rejected := writeRejections(t, c.URLs[0])
	t.Logf("write thread pool rejections on the node: %d; items retried after a 429: %d; reported unavailable after %d retries and added again: %d",
		rejected, retried429.Load(), x.cfg.MaxRetries, unavailable)
	if rejected == 0 || retried429.Load() == 0 {
		t.Fatalf("no 429 happened (rejections %d, retries %d): the test did not test anything", rejected, retried429.Load())
	}
	res, err := x.client.Indices.Refresh(x.client.Indices.Refresh.WithIndex(x.cfg.IndexPrefix))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got, err := x.Count(ctx); err != nil || got != n {
		t.Errorf("Count = %d, %v; want %d, each article once", got, err, n)
	}
	if s := x.Stats(); s.Indexed != n {
		t.Errorf("Stats = %+v, want %d indexed", s, n)
	}
}

// writeRejections reads the write thread pool's rejected count.
func writeRejections(t *testing.T, url string) int64 {
	t.Helper()
	res, err := http.Get(url + "/_nodes/stats/thread_pool?filter_path=nodes.*.thread_pool.write.rejected")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Nodes map[string]struct {
			ThreadPool struct {
				Write struct {
					Rejected int64 `json:"rejected"`
				} `json:"write"`
			} `json:"thread_pool"`
		} `json:"nodes"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	var sum int64
	for _, n := range out.Nodes {
		sum += n.ThreadPool.Write.Rejected
	}
	return sum
}

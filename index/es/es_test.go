package esindex

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/index/indextest"
	"github.com/byline/byline/internal/syncbuf"
)

var update = flag.Bool("update", false, "rewrite the golden request files in testdata/")

// testConfig is a config for the fake: tiny backoffs, one worker, and a
// long flush interval so only Flush sends (deterministic request counts).
func testConfig(url string) Config {
	return Config{
		Addresses:       []string{url},
		NumWorkers:      1,
		FlushInterval:   time.Hour,
		RetryBackoffMin: time.Millisecond,
		RetryBackoffMax: 5 * time.Millisecond,
		MaxRetries:      3,
	}
}

func newTestIndex(t *testing.T) (*Index, *fakeES) {
	t.Helper()
	f := newFakeES(t, DefaultIndexPrefix)
	x, err := New(context.Background(), testConfig(f.URL()))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x, f
}

func TestSuiteAgainstFakeES(t *testing.T) {
	indextest.RunSuite(t, func(t *testing.T) index.Index {
		x, _ := newTestIndex(t)
		return x
	})
}

// TestSuiteLive runs the suite against a real cluster at BYLINE_ES_URL,
// in indices with a random prefix that it deletes afterwards.
func TestSuiteLive(t *testing.T) {
	t.Parallel() // in indices of its own prefixes
	if os.Getenv(EnvURL) == "" && os.Getenv(EnvCloudID) == "" {
		t.Skipf("set %s (and credentials: %s or %s/%s, %s) to run the suite against a live Elasticsearch 8",
			EnvURL, EnvAPIKey, EnvUsername, EnvPassword, EnvCACert)
	}
	indextest.RunSuite(t, func(t *testing.T) index.Index {
		cfg, err := ConfigFromEnv()
		if err != nil {
			t.Fatal(err)
		}
		cfg.IndexPrefix = fmt.Sprintf("byline-test-%08x", rand.Uint32())
		cfg.Refresh = "wait_for"
		cfg.Replicas = 0
		ctx := context.Background()
		x, err := New(ctx, cfg)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		t.Cleanup(func() {
			_, _ = x.DropBefore(ctx, time.Now().AddDate(100, 0, 0))
			names := []string{cfg.IndexPrefix + "-undated"}
			if res, err := x.client.Indices.Delete(names); err == nil {
				res.Body.Close()
			}
			if res, err := x.client.Indices.DeleteIndexTemplate(cfg.IndexPrefix); err == nil {
				res.Body.Close()
			}
		})
		return x
	})
}

func add(t *testing.T, x *Index, as ...*article.Article) []error {
	t.Helper()
	errs := make([]error, len(as))
	for i, a := range as {
		if err := x.Add(context.Background(), a, func(err error) { errs[i] = err }); err != nil {
			t.Fatalf("Add: %v", err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := x.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	return errs
}

// Refresh refreshes the alias (every index behind it), fails when a
// shard copy did not refresh (a count could still read it), and has
// nothing to do when no index is behind the alias.
func TestRefresh(t *testing.T) {
	x, f := newTestIndex(t)
	defer x.Close(context.Background())
	ctx := context.Background()
	if err := x.Refresh(ctx); err != nil {
		t.Fatalf("Refresh: %v", err)
	}
	f.mu.Lock()
	last := f.requests[len(f.requests)-1]
	f.refreshFails = 1
	f.mu.Unlock()
	if want := "POST /" + DefaultIndexPrefix + "/_refresh"; last != want {
		t.Errorf("Refresh sent %q, want %q", last, want)
	}
	if err := x.Refresh(ctx); err == nil || !strings.Contains(err.Error(), "1 of 2 shard copies failed to refresh") {
		t.Errorf("Refresh with a copy failing: %v, want an error naming the failed copy", err)
	}
	f.mu.Lock()
	clear(f.indices)
	f.mu.Unlock()
	if err := x.Refresh(ctx); err != nil {
		t.Errorf("Refresh with no index behind the alias: %v, want nil", err)
	}
}

func TestPartialBulkFailure(t *testing.T) {
	x, f := newTestIndex(t)
	defer x.Close(context.Background())
	c := indextest.Corpus()
	f.mu.Lock()
	f.itemFailures[c[0].ID] = []int{400}
	f.itemFailures[c[1].ID] = []int{429, 429}
	f.mu.Unlock()

	errs := add(t, x, c[0], c[1], c[2])
	if errs[0] == nil || errors.Is(errs[0], index.ErrUnavailable) || !errors.Is(errs[0], index.ErrRejected) || !strings.Contains(errs[0].Error(), "mapper_parsing_exception") {
		t.Errorf("item rejected with 400: done(%v), want a permanent mapper_parsing_exception error", errs[0])
	}
	if errs[1] != nil || errs[2] != nil {
		t.Errorf("retried and healthy items: done(%v), done(%v), want nil", errs[1], errs[2])
	}
	f.mu.Lock()
	attempts, statuses := f.itemAttempts[c[1].ID], f.itemStatuses[c[1].ID]
	f.mu.Unlock()
	if attempts != 3 || fmt.Sprint(statuses) != "[429 429 201]" {
		t.Errorf("429 item: %d attempts with statuses %v, want 3: [429 429 201]", attempts, statuses)
	}
	if _, err := x.Get(context.Background(), c[1].ID); err != nil {
		t.Errorf("retried item not stored: %v", err)
	}
	if _, err := x.Get(context.Background(), c[0].ID); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("rejected item: Get = %v, want ErrNotFound", err)
	}
	if s := x.Stats(); s.Failed != 1 || s.Indexed != 2 || s.Added != 3 {
		t.Errorf("Stats = %+v", s)
	}
}

func TestItemRetriesExhausted(t *testing.T) {
	x, f := newTestIndex(t)
	defer x.Close(context.Background())
	a := indextest.Corpus()[2]
	f.mu.Lock()
	f.itemFailures[a.ID] = []int{503, 503, 503, 503, 503}
	f.mu.Unlock()
	errs := add(t, x, a)
	if !errors.Is(errs[0], index.ErrUnavailable) {
		t.Errorf("done(%v), want ErrUnavailable after MaxRetries", errs[0])
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := f.itemAttempts[a.ID]; n != 4 {
		t.Errorf("%d attempts, want 1 + MaxRetries(3)", n)
	}
}

func TestWholeRequest429(t *testing.T) {
	x, f := newTestIndex(t)
	defer x.Close(context.Background())
	f.mu.Lock()
	f.bulkStatus = []int{429, 429}
	f.mu.Unlock()
	errs := add(t, x, indextest.Corpus()[0])
	if errs[0] != nil {
		t.Fatalf("done(%v) after the client backed off and retried, want nil", errs[0])
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.bulkBodies); n != 3 {
		t.Errorf("%d bulk requests, want 3 (two 429s, then success)", n)
	}
}

// TestBulkRequestStalls: a node that takes a bulk request and never
// answers fails its articles as unavailable after BulkTimeout (the index
// worker then holds and writes them again), rather than holding them, and
// the worker's messages, for as long as the connection stays open.
func TestBulkRequestStalls(t *testing.T) {
	x := newStallingIndex(t, 50*time.Millisecond, nil)
	a := indextest.Corpus()[0]
	if errs := add(t, x, a); !errors.Is(errs[0], index.ErrUnavailable) {
		t.Fatalf("stalled bulk request: done(%v), want ErrUnavailable", errs[0])
	}
	if s := x.Stats(); s.Failed != 1 || s.Indexed != 0 {
		t.Errorf("Stats after the stall = %+v, want 1 failed", s)
	}
	if errs := add(t, x, a); errs[0] != nil {
		t.Fatalf("written again once the node answers: done(%v)", errs[0])
	}
	if _, err := x.Get(context.Background(), a.ID); err != nil {
		t.Errorf("Get after the second write: %v", err)
	}
}

// TestFlushTimeoutIsNoRequestFailure: a Flush whose context ends while a
// bulk request is still out returns the context's error, and the log does
// not call that a failed bulk request (esutil reports the flush caller's
// context to OnError; a CI log read as a request hanging until the flush
// timed out). The request's own failure, later, is logged as one.
func TestFlushTimeoutIsNoRequestFailure(t *testing.T) {
	var logs syncbuf.Buffer
	x := newStallingIndex(t, 300*time.Millisecond, slog.New(slog.NewTextHandler(&logs, nil)))
	done := make(chan error, 1)
	if err := x.Add(context.Background(), indextest.Corpus()[0], func(err error) { done <- err }); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := x.Flush(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Flush past its deadline: %v, want context.DeadlineExceeded", err)
	}
	if s := logs.String(); strings.Contains(s, "bulk request failed") {
		t.Errorf("a flush that stopped waiting is logged as a failed request:\n%s", s)
	}
	if err := <-done; !errors.Is(err, index.ErrUnavailable) {
		t.Fatalf("stalled request: done(%v), want ErrUnavailable", err)
	}
	if s := logs.String(); !strings.Contains(s, `msg="elasticsearch bulk request failed"`) {
		t.Errorf("the stalled request's failure is not logged:\n%s", s)
	}
}

// newStallingIndex opens an Index on a fake node that takes the next bulk
// request and never answers it, with the given BulkTimeout (and logger,
// when not nil); the Index is closed when the test ends.
func newStallingIndex(t *testing.T, bulkTimeout time.Duration, logger *slog.Logger) *Index {
	t.Helper()
	f := newFakeES(t, DefaultIndexPrefix)
	cfg := testConfig(f.URL())
	cfg.BulkTimeout = bulkTimeout
	if logger != nil {
		cfg.Logger = logger
	}
	x, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = x.Close(ctx)
	})
	f.mu.Lock()
	f.bulkStalls = 1
	f.mu.Unlock()
	return x
}

// TestCloseBeforeRetry: an item rejected with 429 whose retry comes due
// after Close gave up waiting fails as unavailable (its message is
// redelivered) instead of crashing the process with a send on the closed
// bulk indexer.
func TestCloseBeforeRetry(t *testing.T) {
	x, f := newTestIndex(t)
	a := indextest.Corpus()[0]
	f.mu.Lock()
	f.itemFailures[a.ID] = []int{429}
	f.mu.Unlock()
	done := make(chan error, 1)
	if err := x.Add(context.Background(), a, func(err error) { done <- err }); err != nil {
		t.Fatal(err)
	}
	// Close with no time to wait: the bulk workers send the item as they
	// stop, and its retry comes due after the indexer is closed.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := x.Close(ctx); err == nil {
		t.Error("Close with a cancelled context and an article pending: nil error")
	}
	select {
	case err := <-done:
		if !errors.Is(err, index.ErrUnavailable) {
			t.Errorf("done(%v), want ErrUnavailable", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("done never called for the article whose retry came after Close")
	}
}

// TestLargeArticles: bulk requests are cut by bytes, so articles of
// several megabytes go out in requests of about FlushBytes plus one
// article, each stored; an article past MaxDocumentBytes is refused at
// Add with index.ErrRejected (dead-lettered) instead of making a request
// the cluster refuses with 413 again and again.
func TestLargeArticles(t *testing.T) {
	// big is an article whose document is about size bytes (the body
	// is stored twice: as body and as its one paragraph).
	big := func(i, size int) *article.Article {
		a := *indextest.Corpus()[i]
		a.Body = strings.Repeat("tariff ", size/14)
		a.Paragraphs = []string{a.Body}
		return &a
	}
	tests := []struct {
		name     string
		articles []*article.Article
		requests int // bulk requests sent
		rejected int // refused at Add
	}{
		{"five of 18 KiB, 64 KiB per request", []*article.Article{big(0, 18<<10), big(1, 18<<10), big(2, 18<<10), big(3, 18<<10), big(4, 18<<10)}, 2, 0},
		{"one of 3 MiB after one of 40 KiB", []*article.Article{big(0, 40<<10), big(1, 3<<20)}, 1, 0},
		{"one past MaxDocumentBytes", []*article.Article{big(0, 40<<10), big(1, 5<<20)}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeES(t, DefaultIndexPrefix)
			cfg := testConfig(f.URL())
			cfg.FlushBytes = 64 << 10
			cfg.MaxDocumentBytes = 4 << 20
			x, err := New(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close(context.Background())
			rejected := 0
			for _, a := range tt.articles {
				err := x.Add(context.Background(), a, func(err error) {
					if err != nil {
						t.Errorf("done(%v) for %s", err, a.ID)
					}
				})
				if errors.Is(err, index.ErrRejected) {
					rejected++
				} else if err != nil {
					t.Fatalf("Add: %v", err)
				}
			}
			if err := x.Flush(context.Background()); err != nil {
				t.Fatal(err)
			}
			if rejected != tt.rejected {
				t.Errorf("%d articles refused at Add, want %d", rejected, tt.rejected)
			}
			f.mu.Lock()
			bodies := slices.Clone(f.bulkBodies)
			f.mu.Unlock()
			largest := 0
			for _, a := range tt.articles {
				b, _ := json.Marshal(toDoc(a))
				largest = max(largest, len(b))
			}
			for _, b := range bodies {
				if len(b) > cfg.FlushBytes+min(largest, cfg.MaxDocumentBytes)+4<<10 {
					t.Errorf("bulk request of %d bytes, more than FlushBytes plus one article", len(b))
				}
			}
			if len(bodies) != tt.requests {
				t.Errorf("%d bulk requests, want %d", len(bodies), tt.requests)
			}
			if n, err := x.Count(context.Background()); err != nil || int(n) != len(tt.articles)-tt.rejected {
				t.Errorf("Count = %d, %v; want %d", n, err, len(tt.articles)-tt.rejected)
			}
		})
	}
}

func TestVersionConflictIsSuccess(t *testing.T) {
	x, f := newTestIndex(t)
	defer x.Close(context.Background())
	newer := indextest.Corpus()[0]
	older := *newer
	older.ModifiedAt = "2025-06-14T08:00:00Z"
	newer.ModifiedAt = "2025-06-14T10:00:00Z"
	if errs := add(t, x, newer); errs[0] != nil {
		t.Fatal(errs[0])
	}
	if errs := add(t, x, &older); errs[0] != nil {
		t.Fatalf("older version: done(%v), want nil", errs[0])
	}
	if s := x.Stats(); s.Skipped != 1 || s.Failed != 0 {
		t.Errorf("Stats = %+v, want Skipped 1", s)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.conflicts != 1 {
		t.Errorf("fake answered %d 409s, want 1", f.conflicts)
	}
}

func TestUnavailable(t *testing.T) {
	ctx := context.Background()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String()
	l.Close()

	cfg := testConfig(dead)
	cfg.MaxRetries = 1
	if _, err := New(ctx, cfg); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("New against a closed port: %v, want ErrUnavailable", err)
	}

	// A cluster that goes away after New.
	x, f := newTestIndex(t)
	f.srv.Close()
	errs := make([]error, 1)
	if err := x.Add(ctx, indextest.Corpus()[0], func(err error) { errs[0] = err }); err != nil {
		t.Fatal(err)
	}
	if err := x.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if !errors.Is(errs[0], index.ErrUnavailable) {
		t.Errorf("done(%v), want ErrUnavailable", errs[0])
	}
	if _, err := x.Search(ctx, index.Query{Text: "x"}); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Search: %v, want ErrUnavailable", err)
	}
	if _, err := x.Count(ctx); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Count: %v, want ErrUnavailable", err)
	}
	if err := x.Close(ctx); err != nil {
		t.Errorf("Close: %v", err)
	}
}

func TestMonthlyIndicesAndDropBefore(t *testing.T) {
	ctx := context.Background()
	x, f := newTestIndex(t)
	defer x.Close(ctx)
	c := indextest.Corpus()[:5] // the five articles of June to August and undated
	for _, err := range add(t, x, c...) {
		if err != nil {
			t.Fatal(err)
		}
	}
	f.mu.Lock()
	var names []string
	for n, docs := range f.indices {
		names = append(names, fmt.Sprintf("%s=%d", n, len(docs)))
	}
	f.mu.Unlock()
	got := strings.Join(sortStrings(names), " ")
	want := "byline-articles-2025.06=1 byline-articles-2025.07=2 byline-articles-2025.08=1 byline-articles-undated=1"
	if got != want {
		t.Errorf("indices = %s\nwant %s", got, want)
	}
	if got := x.IndexFor(c[0]); got != "byline-articles-2025.06" {
		t.Errorf("IndexFor = %s", got)
	}
	// Re-indexing an old article with a newer version lands on its own
	// month's document: no duplicate.
	again := *c[0]
	again.ModifiedAt = "2026-01-01T00:00:00Z"
	again.Headline = "Updated much later"
	if errs := add(t, x, &again); errs[0] != nil {
		t.Fatal(errs[0])
	}
	if n, err := x.Count(ctx); err != nil || n != 5 {
		t.Errorf("Count after re-index = %d, %v; want 5", n, err)
	}
	dropped, err := x.DropBefore(ctx, time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC))
	if err != nil || strings.Join(dropped, ",") != "byline-articles-2025.06" {
		t.Fatalf("DropBefore = %v, %v", dropped, err)
	}
	if n, err := x.Count(ctx); err != nil || n != 4 {
		t.Errorf("Count after DropBefore = %d, %v; want 4", n, err)
	}
	months, err := x.Months(ctx)
	if err != nil || strings.Join(months, ",") != "byline-articles-2025.07,byline-articles-2025.08" {
		t.Errorf("Months = %v, %v", months, err)
	}
}

func TestPublicationDateChangeLeavesNoDuplicate(t *testing.T) {
	ctx := context.Background()
	x, f := newTestIndex(t)
	defer x.Close(ctx)
	undated := *indextest.Corpus()[4]
	undated.ModifiedAt = "2025-09-01T00:00:00Z"
	if errs := add(t, x, &undated); errs[0] != nil {
		t.Fatal(errs[0])
	}
	dated := undated
	dated.PublishedAt = "2025-09-01T00:00:00Z"
	dated.ModifiedAt = "2025-09-02T00:00:00Z"
	dated.Headline = "Now with a date"
	if errs := add(t, x, &dated); errs[0] != nil {
		t.Fatal(errs[0])
	}
	if n, err := x.Count(ctx); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1 (the undated copy deleted)", n, err)
	}
	f.mu.Lock()
	_, inUndated := f.indices["byline-articles-undated"][undated.ID]
	_, inMonth := f.indices["byline-articles-2025.09"][undated.ID]
	f.mu.Unlock()
	if inUndated || !inMonth {
		t.Errorf("copies: undated %v, 2025.09 %v; want only 2025.09", inUndated, inMonth)
	}
	if a, err := x.Get(ctx, undated.ID); err != nil || a.Headline != "Now with a date" {
		t.Errorf("Get = %v, %v", a, err)
	}
}

func sortStrings(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestGoldenRequests pins the exact template, bulk NDJSON and search DSL
// the backend sends; go test ./index/es -update rewrites testdata/.
func TestGoldenRequests(t *testing.T) {
	ctx := context.Background()
	x, f := newTestIndex(t)
	defer x.Close(ctx)
	c := indextest.Corpus()
	add(t, x, c[1], c[4])
	f.mu.Lock()
	first := len(f.searchBodies) // the stale-copy search after the flush comes before
	f.mu.Unlock()
	if _, err := x.Search(ctx, index.Query{Text: `"climate change" OR speaker:"Tom Green" -tariffs`, Site: "Example News", Since: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), Sort: index.SortDate, Facets: true, Limit: 5}); err != nil {
		t.Fatal(err)
	}
	if _, err := x.SearchQuotes(ctx, index.Query{Text: `site:"Example News" volatility`, Speaker: "Maria Lopez", Limit: 10}); err != nil {
		t.Fatal(err)
	}
	tmpl, err := x.Template()
	if err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.unmapped) > 0 {
		t.Errorf("documents carry fields the template does not map: %v", f.unmapped)
	}
	golden(t, "template.golden.json", indentJSON(t, tmpl))
	golden(t, "bulk.golden.ndjson", []byte(f.bulkBodies[0]))
	golden(t, "search.golden.json", indentJSON(t, []byte(f.searchBodies[first])))
	golden(t, "search_quotes.golden.json", indentJSON(t, []byte(f.searchBodies[first+1])))
}

// TestGoldenCopyRequests pins the requests that resolve copies of an
// article in other months (checked against a real node by the live tests):
// the search for copies with their versions, the bulk delete of the
// superseded one, and the mapping upgrade New sends.
func TestGoldenCopyRequests(t *testing.T) {
	ctx := context.Background()
	x, f := newTestIndex(t)
	defer x.Close(ctx)
	undated := *indextest.Corpus()[4]
	undated.ModifiedAt = "2025-09-01T00:00:00Z"
	add(t, x, &undated)
	dated := undated
	dated.PublishedAt = "2025-09-01T00:00:00Z"
	dated.ModifiedAt = "2025-09-02T00:00:00Z"
	f.mu.Lock()
	searches, bulks := len(f.searchBodies), len(f.bulkBodies)
	f.mu.Unlock()
	add(t, x, &dated)
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.searchBodies) != searches+1 || len(f.bulkBodies) != bulks+2 {
		t.Fatalf("%d searches and %d bulk requests after the date change, want 1 and 2 (write, delete)", len(f.searchBodies)-searches, len(f.bulkBodies)-bulks)
	}
	golden(t, "find_copies.golden.json", indentJSON(t, []byte(f.searchBodies[searches])))
	golden(t, "delete_copies.golden.ndjson", []byte(f.bulkBodies[bulks+1]))
	golden(t, "put_mapping.golden.json", indentJSON(t, f.mappingBodies[0]))
}

func indentJSON(t *testing.T, b []byte) []byte {
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		t.Fatal(err)
	}
	out.WriteByte('\n')
	return out.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./index/es -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the request sent (run with -update and review the diff):\n%s", path, got)
	}
}

func TestAuthHeaders(t *testing.T) {
	tests := []struct {
		name string
		cfg  func(c *Config)
		want string
	}{
		{"api key", func(c *Config) { c.APIKey = "aWQ6a2V5" }, "APIKey aWQ6a2V5"},
		{"basic", func(c *Config) { c.Username, c.Password = "elastic", "s3cret" }, "Basic ZWxhc3RpYzpzM2NyZXQ="},
		{"api key wins", func(c *Config) { c.APIKey = "aWQ6a2V5"; c.Username, c.Password = "u", "p" }, "APIKey aWQ6a2V5"},
		{"none", func(*Config) {}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeES(t, DefaultIndexPrefix)
			cfg := testConfig(f.URL())
			tt.cfg(&cfg)
			x, err := New(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close(context.Background())
			f.mu.Lock()
			defer f.mu.Unlock()
			for _, h := range f.headers {
				if got := h.Get("Authorization"); got != tt.want {
					t.Errorf("Authorization = %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestConfigFromEnv(t *testing.T) {
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, []byte("-----BEGIN CERTIFICATE-----\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvURL, "https://a.example:9200/, https://b.example:9200")
	t.Setenv(EnvAPIKey, "key")
	t.Setenv(EnvUsername, "user")
	t.Setenv(EnvPassword, "pass")
	t.Setenv(EnvCloudID, "")
	t.Setenv(EnvCACert, ca)
	t.Setenv(EnvPrefix, "news")
	c, err := ConfigFromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.Addresses, ",") != "https://a.example:9200,https://b.example:9200" || c.APIKey != "key" ||
		c.Username != "user" || c.Password != "pass" || string(c.CACert) != "-----BEGIN CERTIFICATE-----\n" || c.IndexPrefix != "news" {
		t.Errorf("ConfigFromEnv = %+v", c)
	}
	t.Setenv(EnvCACert, filepath.Join(t.TempDir(), "missing.pem"))
	if _, err := ConfigFromEnv(); err == nil {
		t.Error("missing CA file: no error")
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		err  string
	}{
		{"ok", Config{Addresses: []string{"http://x:9200"}}, ""},
		{"cloud and addresses", Config{CloudID: "c:abc", Addresses: []string{"http://x"}}, "not both"},
		{"user without password", Config{Username: "u"}, "go together"},
		{"bad prefix", Config{IndexPrefix: "Byline*"}, "not a valid"},
		{"bad scheme", Config{Addresses: []string{"x:9200"}}, "http://"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.withDefaults().Validate()
			if (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("Validate = %v, want %q", err, tt.err)
			}
		})
	}
}

func TestBackoffGrowsAndIsCapped(t *testing.T) {
	c := Config{RetryBackoffMin: 100 * time.Millisecond, RetryBackoffMax: time.Second}.withDefaults()
	for attempt, max := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 3: 400 * time.Millisecond, 10: time.Second} {
		for range 20 {
			if d := c.backoff(attempt); d < max/2 || d > max {
				t.Errorf("backoff(%d) = %s, want in [%s, %s]", attempt, d, max/2, max)
			}
		}
	}
}

// TestReadOnlyKeepsTheWritersTemplate: a reader (search, serve, status:
// no shards or replicas configured) opened after the index workers must
// not replace their template, or every monthly index created afterwards
// would have the reader's zero replicas. On an empty cluster it still
// installs the template, so the alias exists for its searches.
func TestReadOnlyKeepsTheWritersTemplate(t *testing.T) {
	replicas := func(f *fakeES) any {
		f.mu.Lock()
		defer f.mu.Unlock()
		tmpl, _ := f.template["template"].(map[string]any)
		settings, _ := tmpl["settings"].(map[string]any)
		idx, _ := settings["index"].(map[string]any)
		return idx["number_of_replicas"]
	}
	f := newFakeES(t, DefaultIndexPrefix)
	wc := testConfig(f.URL())
	wc.Replicas = 1
	w, err := New(context.Background(), wc)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(context.Background())
	if got := fmt.Sprint(replicas(f)); got != "1" {
		t.Fatalf("writer's template: number_of_replicas %s, want 1", got)
	}
	rc := testConfig(f.URL())
	rc.ReadOnly = true
	r, err := New(context.Background(), rc)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(context.Background())
	if got := fmt.Sprint(replicas(f)); got != "1" {
		t.Errorf("after a reader opened: number_of_replicas %s, want the writer's 1", got)
	}

	empty := newFakeES(t, DefaultIndexPrefix)
	rc = testConfig(empty.URL())
	rc.ReadOnly = true
	r2, err := New(context.Background(), rc)
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close(context.Background())
	if n, err := r2.Count(context.Background()); err != nil || n != 0 {
		t.Errorf("reader on an empty cluster: Count = %d, %v; want 0, nil", n, err)
	}
}

// Package esindex is Byline's Elasticsearch 8 backend of index.Index.
//
// Layout: an index template (template.json, installed by New) maps
// byline-articles-* with explicit mappings and adds every matching index to
// the read alias byline-articles. Articles are written to one index per
// publication month (byline-articles-2025.07; byline-articles-undated for
// articles without a date), so a re-indexed old article lands on its own
// document in its own month, and old months are dropped whole with
// DropBefore. Reads go through the alias.
//
// Writes use esutil.BulkIndexer with the article id as document id and
// external versioning (version = article.Version()), so an older or
// repeated version never overwrites a newer one: ES answers 409
// version_conflict_engine_exception, reported here as done(nil) and counted
// as Skipped. Items rejected with 429 or 5xx are retried with exponential
// backoff; other item errors are reported to done, a 400 (mapping error)
// wrapping index.ErrRejected; a request that cannot reach the cluster
// reports an error wrapping index.ErrUnavailable.
package esindex

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/esutil"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// templateJSON is the canonical index template (copied to
// deploy/elasticsearch/byline-articles.template.json).
//
//go:embed template.json
var templateJSON []byte

// Index is the Elasticsearch backend. It is safe for concurrent use.
type Index struct {
	cfg    Config
	client *elasticsearch.Client
	bi     esutil.BulkIndexer

	mu     sync.RWMutex // guards closed against Add, biClosed against retries
	closed bool
	// biClosed is set before bi is closed: a retry that comes due after
	// it fails its item (sending to a closed bulk indexer panics).
	biClosed bool

	pending atomic.Int64  // added items whose done has not run yet
	changed chan struct{} // signalled when an item finishes or is re-queued

	closeOnce sync.Once
	closeErr  error

	staleMu sync.Mutex
	stale   []docRef // documents just created, whose copies in other months must be resolved

	added, flushed, failed, indexed, skipped atomic.Uint64
}

var _ index.Index = (*Index)(nil)

// New connects to Elasticsearch, installs the index template and makes sure
// the read alias exists, and starts the bulk writer.
func New(ctx context.Context, cfg Config) (*Index, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	client, err := newClient(cfg)
	if err != nil {
		return nil, err
	}
	x := &Index{cfg: cfg, client: client, changed: make(chan struct{}, 1)}
	if err := x.install(ctx); err != nil {
		return nil, startError(cfg, err)
	}
	x.bi, err = esutil.NewBulkIndexer(esutil.BulkIndexerConfig{
		Client:        client,
		NumWorkers:    cfg.NumWorkers,
		FlushBytes:    cfg.FlushBytes,
		FlushInterval: cfg.FlushInterval,
		Refresh:       cfg.Refresh,
		OnError: func(ctx context.Context, err error) {
			// esutil also reports here when its caller's ctx ends
			// while it waits: Flush's while the bulk workers are still
			// busy (a request being retried, a stale-copy search; its
			// items are still out), Add's while the queue is full (the
			// item was never queued). No request failed, and Flush or
			// Add returns that error to its caller.
			if ctx != nil && err == ctx.Err() {
				cfg.Logger.Debug("stopped waiting for the bulk workers", "url", cfg.Target(), "err", err)
				return
			}
			cfg.Logger.Warn("elasticsearch bulk request failed", "url", cfg.Target(), "err", err)
		},
		// The bulk indexer's workers send with a context that never
		// ends: bound each request by BulkTimeout.
		OnFlushStart: func(ctx context.Context) context.Context {
			ctx, cancel := context.WithTimeout(ctx, cfg.BulkTimeout)
			return context.WithValue(ctx, flushCancelKey{}, cancel)
		},
		OnFlushEnd: func(ctx context.Context) {
			if cancel, ok := ctx.Value(flushCancelKey{}).(context.CancelFunc); ok {
				defer cancel()
			}
			x.deleteStaleCopies(ctx)
		},
	})
	if err != nil {
		return nil, fmt.Errorf("elasticsearch bulk indexer: %w", err)
	}
	return x, nil
}

// flushCancelKey holds, in a bulk flush's context, the cancel of its
// BulkTimeout.
type flushCancelKey struct{}

// IndexFor names the index an article is written to: the prefix and the
// UTC publication month (prefix-2025.07), or prefix-undated.
func (x *Index) IndexFor(a *article.Article) string { return indexFor(x.cfg.IndexPrefix, a) }

func indexFor(prefix string, a *article.Article) string {
	t := a.Published()
	if t.IsZero() {
		return prefix + "-undated"
	}
	return prefix + "-" + t.UTC().Format("2006.01")
}

// do runs an esapi request with the default timeout when ctx has none; a
// transport failure wraps index.ErrUnavailable. The caller reads or closes
// the body through check or decode.
func (x *Index) do(ctx context.Context, req esapi.Request) (*esapi.Response, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, x.cfg.RequestTimeout)
		defer cancel()
		res, err := req.Do(ctx, x.client)
		if err != nil {
			return nil, unavailable(err)
		}
		// Read the body before the deferred cancel kills it.
		b, err := io.ReadAll(res.Body)
		_ = res.Body.Close()
		if err != nil {
			return nil, unavailable(err)
		}
		res.Body = io.NopCloser(bytes.NewReader(b))
		return res, nil
	}
	res, err := req.Do(ctx, x.client)
	if err != nil {
		return nil, unavailable(err)
	}
	return res, nil
}

func unavailable(err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	return &unavailableError{cause: err}
}

// unavailableError is a request that did not reach the cluster. It matches
// index.ErrUnavailable only (a timeout does not match
// context.DeadlineExceeded, as before); New reads the cause.
type unavailableError struct{ cause error }

func (e *unavailableError) Error() string {
	return index.ErrUnavailable.Error() + ": " + e.cause.Error()
}

func (e *unavailableError) Is(target error) bool { return target == index.ErrUnavailable }

// notElasticsearch is the client's product check failing: the server
// answered without X-Elastic-Product (the URL names another service).
const notElasticsearch = "the server is not Elasticsearch"

// startError is New's error, naming the cluster (Target: the password of
// a URL masked). A request that did not reach the cluster is an outage the
// caller may wait out (index.OpenWaiting) unless its cause is a
// configuration that will never work: a server that is not Elasticsearch
// or a certificate that does not verify. Those are reported as they are,
// not as ErrUnavailable. (Once running, the same failures stay
// ErrUnavailable: a certificate rotated under a running worker must not
// dead-letter its articles.)
func startError(cfg Config, err error) error {
	at := "elasticsearch at " + cfg.Target()
	var u *unavailableError
	if !errors.As(err, &u) {
		return fmt.Errorf("%s: %w", at, err)
	}
	var verify *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var host x509.HostnameError
	var invalid x509.CertificateInvalidError
	switch {
	case errors.As(u.cause, &verify), errors.As(u.cause, &unknownCA), errors.As(u.cause, &host), errors.As(u.cause, &invalid):
		return fmt.Errorf("%s: TLS: %v (check index.elasticsearch.ca_cert and the URL's host)", at, redact(u.cause.Error()))
	case strings.Contains(u.cause.Error(), notElasticsearch):
		return fmt.Errorf("%s: %v (check the URL)", at, redact(u.cause.Error()))
	}
	return fmt.Errorf("%s: %w", at, err)
}

// esError is an error response of Elasticsearch (types.ElasticsearchError).
type esError struct {
	Status int `json:"status"`
	Err    struct {
		Type     string `json:"type"`
		Reason   string `json:"reason"`
		CausedBy *struct {
			Type   string `json:"type"`
			Reason string `json:"reason"`
		} `json:"caused_by"`
		RootCause []struct {
			Type   string `json:"type"`
			Reason string `json:"reason"`
		} `json:"root_cause"`
	} `json:"error"`
	op string
}

func (e *esError) Error() string {
	s := fmt.Sprintf("%s: elasticsearch %d %s: %s", e.op, e.Status, e.Err.Type, e.Err.Reason)
	if c := e.Err.CausedBy; c != nil && c.Reason != "" {
		s += " (" + c.Type + ": " + c.Reason + ")"
	}
	return s
}

// Unwrap makes 429 and 5xx answers match index.ErrUnavailable.
func (e *esError) Unwrap() error {
	if e.Status == http.StatusTooManyRequests || e.Status >= 500 {
		return index.ErrUnavailable
	}
	return nil
}

func isType(err error, typ string) bool {
	var e *esError
	return errors.As(err, &e) && e.Err.Type == typ
}

// check closes res and turns an error status into an *esError.
func (x *Index) check(res *esapi.Response, op string) error {
	defer res.Body.Close()
	if !res.IsError() {
		_, _ = io.Copy(io.Discard, res.Body)
		return nil
	}
	return decodeError(res, op)
}

func decodeError(res *esapi.Response, op string) error {
	e := &esError{Status: res.StatusCode, op: op}
	b, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err := json.Unmarshal(b, e); err != nil || e.Err.Type == "" {
		e.Err.Type = http.StatusText(res.StatusCode)
		e.Err.Reason = strings.TrimSpace(string(b))
	}
	e.Status = res.StatusCode
	return e
}

// decode reads a successful response into v, closing the body.
func (x *Index) decode(res *esapi.Response, op string, v any) error {
	defer res.Body.Close()
	if res.IsError() {
		return decodeError(res, op)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		return fmt.Errorf("%s: decode response: %w", op, err)
	}
	return nil
}

// esDoc is the stored document: the article with speakers flattened to a
// keyword array of names (Kibana cannot facet on nested fields) and the
// per-speaker counts kept, unindexed, in speaker_details.
type esDoc struct {
	article.Article
	Speakers       []string          `json:"speakers"`
	SpeakerDetails []article.Speaker `json:"speaker_details"`
	Version        int64             `json:"version"`
	Story          string            `json:"story"` // index.StoryOf: the collapse key
}

func toDoc(a *article.Article) esDoc {
	names := []string{}
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !seen[s] {
			seen[s] = true
			names = append(names, s)
		}
	}
	for _, s := range a.Speakers {
		add(s.Name)
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			add(*q.Speaker)
		}
	}
	c := *a
	c.Normalize()
	return esDoc{Article: c, Speakers: names, SpeakerDetails: c.Speakers, Version: a.Version(), Story: index.StoryOf(a)}
}

func (d *esDoc) toArticle() *article.Article {
	a := d.Article
	a.Speakers = d.SpeakerDetails
	a.Normalize()
	return &a
}

// Add queues a for the bulk indexer; see index.Writer.
func (x *Index) Add(ctx context.Context, a *article.Article, done func(error)) error {
	if a == nil || a.ID == "" {
		return fmt.Errorf("index add: article without id")
	}
	if done == nil {
		done = func(error) {}
	}
	body, err := json.Marshal(toDoc(a))
	if err != nil {
		return fmt.Errorf("index add %s: encode: %w", a.ID, err)
	}
	if len(body) > x.cfg.MaxDocumentBytes {
		x.cfg.Logger.Warn("article too large to index", "id", a.ID, "url", a.URL, "bytes", len(body), "max", x.cfg.MaxDocumentBytes)
		return fmt.Errorf("index add %s (%s): %w: document of %d bytes, more than the %d the bulk requests allow", a.ID, a.URL, index.ErrRejected, len(body), x.cfg.MaxDocumentBytes)
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if x.closed {
		return index.ErrClosed
	}
	x.pending.Add(1)
	if err := x.bi.Add(ctx, x.item(a.ID, indexFor(x.cfg.IndexPrefix, a), a.Version(), body, 0, done)); err != nil {
		x.finish()
		return fmt.Errorf("index add %s: %w", a.ID, err)
	}
	x.added.Add(1)
	return nil
}

// item builds the bulk item for one attempt at writing an article.
func (x *Index) item(id, idx string, version int64, body []byte, attempt int, done func(error)) esutil.BulkIndexerItem {
	return esutil.BulkIndexerItem{
		Action:      "index",
		Index:       idx,
		DocumentID:  id,
		Version:     &version,
		VersionType: "external",
		Body:        bytes.NewReader(body),
		OnSuccess: func(_ context.Context, _ esutil.BulkIndexerItem, res esutil.BulkIndexerResponseItem) {
			if res.Result == "created" {
				x.staleMu.Lock()
				x.stale = append(x.stale, docRef{Index: idx, ID: id, Version: version})
				x.staleMu.Unlock()
			}
			x.indexed.Add(1)
			x.flushed.Add(1)
			done(nil)
			x.finish()
		},
		OnFailure: func(ctx context.Context, _ esutil.BulkIndexerItem, res esutil.BulkIndexerResponseItem, err error) {
			x.onFailure(ctx, id, idx, version, body, attempt, done, res, err)
		},
	}
}

// onFailure sorts a failed item: a version conflict is success, a 429 or
// 5xx is retried with backoff, anything else is reported.
func (x *Index) onFailure(ctx context.Context, id, idx string, version int64, body []byte, attempt int, done func(error), res esutil.BulkIndexerResponseItem, err error) {
	switch {
	case err != nil:
		// The whole bulk request failed after the client's own retries.
		x.failed.Add(1)
		done(fmt.Errorf("index article %s: %w", id, unavailable(err)))
		x.finish()
	case res.Status == http.StatusConflict || res.Error.Type == "version_conflict_engine_exception":
		x.skipped.Add(1)
		x.flushed.Add(1)
		done(nil)
		x.finish()
	case res.Status == http.StatusTooManyRequests || res.Status >= 500:
		if attempt+1 > x.cfg.MaxRetries {
			x.failed.Add(1)
			done(fmt.Errorf("index article %s into %s: %w: %d %s: %s after %d retries", id, idx, index.ErrUnavailable, res.Status, res.Error.Type, res.Error.Reason, attempt))
			x.finish()
			return
		}
		wait := x.cfg.backoff(attempt + 1)
		x.cfg.Logger.Debug("retrying bulk item", "id", id, "status", res.Status, "type", res.Error.Type, "attempt", attempt+1, "wait", wait)
		time.AfterFunc(wait, func() {
			if err := x.requeue(context.WithoutCancel(ctx), x.item(id, idx, version, body, attempt+1, done)); err != nil {
				x.failed.Add(1)
				done(fmt.Errorf("index article %s: re-queue: %w", id, err))
				x.finish()
				return
			}
			x.signal()
		})
	default:
		x.failed.Add(1)
		msg := fmt.Sprintf("index article %s into %s: elasticsearch %d %s: %s", id, idx, res.Status, res.Error.Type, res.Error.Reason)
		if res.Error.Cause.Reason != "" {
			msg += " (" + res.Error.Cause.Type + ": " + res.Error.Cause.Reason + ")"
		}
		x.cfg.Logger.Warn("bulk item rejected", "id", id, "index", idx, "status", res.Status, "type", res.Error.Type, "reason", res.Error.Reason)
		err := errors.New(msg)
		if res.Status == http.StatusBadRequest || res.Status == http.StatusRequestEntityTooLarge {
			// The document itself is wrong for the mapping (or too
			// large): sending it again gives the same answer.
			err = fmt.Errorf("%w: %s", index.ErrRejected, msg)
		}
		done(err)
		x.finish()
	}
}

// requeue hands a retried item back to the bulk indexer unless Close has
// closed it meanwhile (Close gave up waiting for the retries).
func (x *Index) requeue(ctx context.Context, item esutil.BulkIndexerItem) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if x.biClosed {
		return fmt.Errorf("%w: closed before the retry", index.ErrUnavailable)
	}
	return x.bi.Add(ctx, item)
}

// docRef names one stored document and its (external) version.
type docRef struct {
	Index   string
	ID      string
	Version int64
}

// deleteStaleCopies runs after each bulk flush. Versions are per index in
// Elasticsearch, and an article lives in the index of its publication
// month, so when its publication date changes a copy may be left in
// another month, and a late older revision may be created in another month
// beside a newer one. For every document just created, one search finds
// copies of its id in other indices; of all copies of an id (including
// others created in the same flushes) the highest version stays and one
// bulk request deletes the rest. Failures are logged: the extra copy stays
// until its month is dropped, and Get still returns the newest version.
// The search sees what is refreshed (index.refresh_interval, 1s): two
// revisions of one article written to different months within that second
// by concurrent bulk requests can both stay until the next revision.
func (x *Index) deleteStaleCopies(ctx context.Context) {
	x.staleMu.Lock()
	created := x.stale
	x.stale = nil
	x.staleMu.Unlock()
	if len(created) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), x.cfg.RequestTimeout)
	defer cancel()
	refresh := x.cfg.Refresh != "" && x.cfg.Refresh != "false"

	byIndex := map[string][]string{}
	for _, d := range created {
		byIndex[d.Index] = append(byIndex[d.Index], d.ID)
	}
	names := make([]string, 0, len(byIndex))
	for n := range byIndex {
		names = append(names, n)
	}
	sort.Strings(names)
	should := make([]any, 0, len(names))
	for _, n := range names {
		should = append(should, obj{"bool": obj{
			"filter":   []any{obj{"ids": obj{"values": byIndex[n]}}},
			"must_not": []any{obj{"term": obj{"_index": obj{"value": n}}}},
		}})
	}
	copies, err := x.findDocs(ctx, "find stale copies", obj{"bool": obj{"should": should, "minimum_should_match": 1}})
	if err != nil {
		x.cfg.Logger.Warn("delete stale copies", "err", err)
		return
	}
	drop := supersededCopies(created, copies)
	if len(drop) == 0 {
		return
	}
	deleted, err := x.bulkDelete(ctx, "delete stale copies", drop, refresh)
	if err != nil {
		x.cfg.Logger.Warn("delete stale copies", "err", err)
	}
	if deleted > 0 {
		x.cfg.Logger.Info("deleted copies of articles superseded in another month", "deleted", deleted)
	}
}

// supersededCopies returns every copy of an id but the one with the
// highest version, among the documents just created and the copies found
// elsewhere. On equal versions the one created last stays.
func supersededCopies(created, found []docRef) []docRef {
	all := append(slices.Clone(found), created...)
	best := map[string]int{}
	for i, d := range all {
		if j, ok := best[d.ID]; !ok || d.Version >= all[j].Version {
			best[d.ID] = i
		}
	}
	var drop []docRef
	seen := map[docRef]bool{}
	for i, d := range all {
		key := docRef{Index: d.Index, ID: d.ID}
		if best[d.ID] == i || seen[key] {
			continue
		}
		if w := all[best[d.ID]]; w.Index == d.Index {
			continue // the same document, seen twice
		}
		seen[key] = true
		drop = append(drop, docRef{Index: d.Index, ID: d.ID})
	}
	return drop
}

// findDocs returns the index, id and version of the documents behind the
// alias that match query. Callers match a few documents per article (one
// per month at most), far below the result window.
func (x *Index) findDocs(ctx context.Context, op string, query obj) ([]docRef, error) {
	var res searchResponse
	body := obj{"query": query, "size": maxResultWindow, "_source": false, "version": true, "sort": []any{"_doc"}}
	if err := x.search(ctx, op, body, &res); err != nil {
		return nil, err
	}
	out := make([]docRef, 0, len(res.Hits.Hits))
	for _, h := range res.Hits.Hits {
		out = append(out, docRef{Index: h.Index, ID: h.ID, Version: h.Version})
	}
	return out, nil
}

// bulkDelete deletes docs in one bulk request. This and findDocs do what
// _delete_by_query would, with the server's core APIs only: that endpoint
// lives in Elasticsearch's reindex module, which a minimal node such as
// deploy/es-node lacks. A document already gone (404) or changed meanwhile
// (409) is not an error.
func (x *Index) bulkDelete(ctx context.Context, op string, docs []docRef, refresh bool) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	var buf bytes.Buffer
	for _, d := range docs {
		meta, _ := json.Marshal(obj{"delete": obj{"_index": d.Index, "_id": d.ID}})
		buf.Write(meta)
		buf.WriteByte('\n')
	}
	req := esapi.BulkRequest{Body: &buf}
	if refresh {
		req.Refresh = "true"
	}
	r, err := x.do(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	var out struct {
		Items []map[string]struct {
			Index  string `json:"_index"`
			ID     string `json:"_id"`
			Status int    `json:"status"`
			Result string `json:"result"`
			Error  struct {
				Type   string `json:"type"`
				Reason string `json:"reason"`
			} `json:"error"`
		} `json:"items"`
	}
	if err := x.decode(r, op, &out); err != nil {
		return 0, err
	}
	deleted := 0
	var errs []error
	for _, item := range out.Items {
		for _, it := range item {
			switch {
			case it.Result == "deleted":
				deleted++
			case it.Status == http.StatusNotFound || it.Status == http.StatusConflict:
			default:
				errs = append(errs, fmt.Errorf("%s: delete %s from %s: elasticsearch %d %s: %s", op, it.ID, it.Index, it.Status, it.Error.Type, it.Error.Reason))
			}
		}
	}
	return deleted, errors.Join(errs...)
}

func (x *Index) finish() {
	x.pending.Add(-1)
	x.signal()
}

func (x *Index) signal() {
	select {
	case x.changed <- struct{}{}:
	default:
	}
}

// Flush sends everything queued and waits until every item added so far
// is done, including items waiting to be retried.
func (x *Index) Flush(ctx context.Context) error {
	for {
		if err := x.bi.Flush(ctx); err != nil && !errors.Is(err, esutil.ErrIndexerClosed) {
			return fmt.Errorf("flush: %w", err)
		}
		if x.pending.Load() <= 0 {
			return nil
		}
		select {
		case <-x.changed:
		case <-ctx.Done():
			return fmt.Errorf("flush: %d articles still pending: %w", x.pending.Load(), ctx.Err())
		}
	}
}

// Close flushes, waits for retries, and stops the bulk indexer; a second
// Close is a no-op. If this Index wrote anything, Close also refreshes the
// alias, so what it wrote is searchable when it returns (otherwise a search
// right after, e.g. byline search after byline run --once, could miss the
// last second of writes until the index's own refresh).
func (x *Index) Close(ctx context.Context) error {
	x.closeOnce.Do(func() {
		x.mu.Lock()
		x.closed = true
		x.mu.Unlock()
		err := x.Flush(ctx)
		x.mu.Lock()
		x.biClosed = true
		x.mu.Unlock()
		if cerr := x.bi.Close(ctx); cerr != nil && err == nil {
			err = fmt.Errorf("close bulk indexer: %w", cerr)
		}
		if err == nil && x.indexed.Load() > 0 {
			if rerr := x.Refresh(ctx); rerr != nil {
				x.cfg.Logger.Warn("refresh on close", "err", rerr)
			}
		}
		x.closeErr = err
	})
	return x.closeErr
}

// Stats returns the writer counters.
func (x *Index) Stats() index.WriterStats {
	return index.WriterStats{
		Added:    x.added.Load(),
		Flushed:  x.flushed.Load(),
		Failed:   x.failed.Load(),
		Indexed:  x.indexed.Load(),
		Skipped:  x.skipped.Load(),
		Requests: x.bi.Stats().NumRequests,
	}
}

// Get returns the article with id from whichever monthly index holds it
// (the highest version if a changed publication date left two copies).
func (x *Index) Get(ctx context.Context, id string) (*article.Article, error) {
	body := map[string]any{
		"query": map[string]any{"ids": map[string]any{"values": []string{id}}},
		"size":  1,
		"sort":  []any{map[string]any{"version": map[string]any{"order": "desc"}}},
	}
	var res searchResponse
	if err := x.search(ctx, "get "+id, body, &res); err != nil {
		return nil, err
	}
	if len(res.Hits.Hits) == 0 {
		return nil, fmt.Errorf("get %s: %w", id, index.ErrNotFound)
	}
	var d esDoc
	if err := json.Unmarshal(res.Hits.Hits[0].Source, &d); err != nil {
		return nil, fmt.Errorf("get %s: decode source: %w", id, err)
	}
	return d.toArticle(), nil
}

// Delete removes the article from every monthly index. Deleting an unknown
// id is not an error. Elasticsearch remembers a deleted document's version
// for index.gc_deletes (60s by default): re-adding the same version of the
// article within that time is skipped as an older version.
func (x *Index) Delete(ctx context.Context, id string) error {
	docs, err := x.findDocs(ctx, "delete "+id, obj{"ids": obj{"values": []string{id}}})
	if err != nil {
		return err
	}
	_, err = x.bulkDelete(ctx, "delete "+id, docs, true)
	return err
}

// Refresh makes every write Elasticsearch acknowledged before it was
// called visible to searches and counts, on every shard copy behind the
// alias. Each copy of a shard otherwise refreshes on its own schedule
// (index.refresh_interval, 1s, later on a busy node), and a search or a
// count reads one copy per shard, chosen per request: right after a write
// one count can see it and the next, served by the other copy, not. A
// refresh that some copy failed is an error. An alias with no index
// behind it has nothing to refresh.
//
// A refresh needs the maintenance privilege on the indices (an API key
// with read alone gets 403) and makes a new segment on every copy that
// had writes; callers refresh when they need an exact count, not on every
// read.
func (x *Index) Refresh(ctx context.Context) error {
	op := "refresh " + x.cfg.IndexPrefix
	res, err := x.do(ctx, esapi.IndicesRefreshRequest{Index: []string{x.cfg.IndexPrefix}})
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	var out struct {
		Shards struct {
			Total      int `json:"total"`
			Successful int `json:"successful"`
			Failed     int `json:"failed"`
		} `json:"_shards"`
	}
	if err := x.decode(res, op, &out); err != nil {
		if isType(err, "index_not_found_exception") {
			return nil
		}
		return err
	}
	if out.Shards.Failed > 0 {
		return fmt.Errorf("%s: %d of %d shard copies failed to refresh", op, out.Shards.Failed, out.Shards.Total)
	}
	return nil
}

// Count returns the number of articles behind the alias, as searches see
// them now: a write is counted once the copy that answers has refreshed
// (see Refresh).
func (x *Index) Count(ctx context.Context) (uint64, error) {
	res, err := x.do(ctx, esapi.CountRequest{Index: []string{x.cfg.IndexPrefix}})
	if err != nil {
		return 0, fmt.Errorf("count: %w", err)
	}
	var out struct {
		Count uint64 `json:"count"`
	}
	if err := x.decode(res, "count", &out); err != nil {
		if isType(err, "index_not_found_exception") {
			return 0, nil
		}
		return 0, err
	}
	return out.Count, nil
}

// Months lists the monthly indices behind the prefix, oldest first
// (the undated index is not listed).
func (x *Index) Months(ctx context.Context) ([]string, error) {
	res, err := x.do(ctx, esapi.CatIndicesRequest{Index: []string{x.cfg.IndexPrefix + "-*"}, Format: "json", H: []string{"index"}})
	if err != nil {
		return nil, fmt.Errorf("list indices: %w", err)
	}
	var rows []struct {
		Index string `json:"index"`
	}
	if err := x.decode(res, "list indices", &rows); err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		if _, ok := monthOf(x.cfg.IndexPrefix, r.Index); ok {
			out = append(out, r.Index)
		}
	}
	sort.Strings(out)
	return out, nil
}

func monthOf(prefix, name string) (time.Time, bool) {
	s, ok := strings.CutPrefix(name, prefix+"-")
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse("2006.01", s)
	return t, err == nil
}

// DropBefore deletes every monthly index for a month before the month of
// before (articles published earlier disappear; the undated index is
// kept). It returns the names of the deleted indices.
func (x *Index) DropBefore(ctx context.Context, before time.Time) ([]string, error) {
	names, err := x.Months(ctx)
	if err != nil {
		return nil, err
	}
	cut := time.Date(before.UTC().Year(), before.UTC().Month(), 1, 0, 0, 0, 0, time.UTC)
	var drop []string
	for _, n := range names {
		if m, _ := monthOf(x.cfg.IndexPrefix, n); m.Before(cut) {
			drop = append(drop, n)
		}
	}
	if len(drop) == 0 {
		return nil, nil
	}
	res, err := x.do(ctx, esapi.IndicesDeleteRequest{Index: drop})
	if err != nil {
		return nil, fmt.Errorf("drop indices %v: %w", drop, err)
	}
	if err := x.check(res, fmt.Sprintf("drop indices %v", drop)); err != nil {
		return nil, err
	}
	x.cfg.Logger.Info("dropped monthly indices", "indices", drop)
	return drop, nil
}

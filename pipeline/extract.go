package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/inprogress"
	"github.com/byline/byline/wire"
)

// ExtractFunc turns a page into an article. It must be safe for concurrent
// use and should honour ctx. It reports a page without an article with an
// error the worker's not-article test recognises (see WithNotArticle), and
// an error retrying cannot fix with Permanent. A panic is recovered and
// treated as a failure of that page.
type ExtractFunc func(ctx context.Context, p *article.Page) (*article.Article, error)

// ExtractWorker consumes PAGES with the durable extract consumer, extracts
// each page and publishes the article to ARTICLES. Run as many as you like,
// in one process or many: they share the consumer.
type ExtractWorker struct {
	js      jetstream.JetStream
	cfg     Config
	extract ExtractFunc
	opts    options
	store   lazyStore // page bodies
	bodies  lazyStore // article bodies too large for a message

	received, extracted, dupArticles, notArticles, failed, deadLettered atomic.Uint64
}

// ExtractStats are counters of an ExtractWorker since it was created.
// Every page it finished with is counted once in Extracted, NonArticles or
// DeadLettered; Failed counts attempts that will be retried.
type ExtractStats struct {
	Received          uint64 `json:"received"`           // deliveries, including redeliveries
	Extracted         uint64 `json:"extracted"`          // pages that gave an article (published or duplicate)
	DuplicateArticles uint64 `json:"duplicate_articles"` // of Extracted, dropped by the ARTICLES duplicates window
	NonArticles       uint64 `json:"non_articles"`
	Failed            uint64 `json:"failed"` // failed attempts, redelivered later
	DeadLettered      uint64 `json:"dead_lettered"`
}

// NewExtractWorker returns a worker that runs extract on every page.
func NewExtractWorker(js jetstream.JetStream, cfg Config, extract ExtractFunc, opts ...Option) (*ExtractWorker, error) {
	if extract == nil {
		return nil, errors.New("pipeline: NewExtractWorker: nil ExtractFunc")
	}
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	w := &ExtractWorker{js: js, cfg: cfg, extract: extract, opts: buildOptions(opts),
		store: lazyStore{js: js, bucket: cfg.BodyBucket}, bodies: lazyStore{js: js, bucket: cfg.ArticleBodyBucket}}
	if g := w.opts.memGate; g != nil {
		// The budget is known now, not at the first page admitted.
		w.opts.metrics.do(func(m *Metrics) { m.MemoryBudget.Set(float64(g.Budget())) })
	}
	return w, nil
}

// Run consumes until ctx is done, then drains: it stops pulling, finishes
// the messages it holds and returns. It returns an error only if the
// consumer cannot be opened.
func (w *ExtractWorker) Run(ctx context.Context) error {
	// The advisory watcher stops with the consume loop (ctx done or the
	// connection closed).
	actx, stopAdv := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		watchMaxDeliveries(actx, w.js, w.cfg.PagesStream, w.cfg.Extract.Durable, StageExtract, true, w.opts.logger, w.deadLettered1)
	}()
	defer func() { stopAdv(); <-done }()
	drain := w.opts.newDrain()
	defer drain.release()
	return consumeLoop(ctx, w.js, w.cfg.PagesStream, w.cfg.Extract, drain, w.opts.logger, w.handle)
}

// deadLettered1 counts one page dead-lettered.
func (w *ExtractWorker) deadLettered1(reason string) {
	w.deadLettered.Add(1)
	w.opts.metrics.do(func(m *Metrics) { m.DeadLettered.WithLabelValues(StageExtract).Inc() })
	if w.opts.onDeadLetter != nil {
		w.opts.onDeadLetter(StageExtract, reason)
	}
}

// Stats returns a copy of the counters.
func (w *ExtractWorker) Stats() ExtractStats {
	return ExtractStats{
		Received:          w.received.Load(),
		Extracted:         w.extracted.Load(),
		DuplicateArticles: w.dupArticles.Load(),
		NonArticles:       w.notArticles.Load(),
		Failed:            w.failed.Load(),
		DeadLettered:      w.deadLettered.Load(),
	}
}

func (w *ExtractWorker) handle(ctx context.Context, msg jetstream.Msg) {
	w.received.Add(1)
	defer w.opts.event() // after the counters below: RunOnce reads them
	stop := inprogress.Keep(msg, w.cfg.Extract.AckWait, false)
	defer stop()
	// Acks, naks and dead-letters use wctx, not the extraction deadline: a
	// page that timed out must still be dead-lettered on its last delivery.
	// Reading the page and extracting it each have Extract.Timeout; the
	// wait for memory in between (admit) has none: the message is kept
	// alive while the pages before it are extracted.
	wctx := ctx
	dctx, dcancel := context.WithTimeout(ctx, w.cfg.Extract.Timeout)
	defer dcancel()
	log := w.opts.logger.With("subject", msg.Subject(), "url", msg.Headers().Get(HeaderURL))

	page, ref, err := decodePage(dctx, msg.Headers(), msg.Data(), w.store.get)
	if err != nil {
		w.fail(wctx, msg, err)
		return
	}
	release, err := w.admit(wctx, page)
	if err != nil {
		w.fail(wctx, msg, err)
		return
	}
	ctx, cancel := context.WithTimeout(ctx, w.cfg.Extract.Timeout)
	defer cancel()
	start := time.Now()
	a, err := w.safeExtract(ctx, page, release)
	w.opts.metrics.do(func(m *Metrics) { m.ExtractDuration.Observe(time.Since(start).Seconds()) })
	if err != nil {
		if w.opts.notArticle(err) {
			if w.ack(wctx, msg, ref, log) {
				w.notArticles.Add(1)
				w.opts.metrics.do(func(m *Metrics) { m.PagesExtracted.WithLabelValues("not_article").Inc() })
			}
			return
		}
		w.fail(wctx, msg, fmt.Errorf("extract %s: %w", page.URL, err))
		return
	}
	fillArticle(a, page)
	m, _, err := wire.EncodeArticle(ctx, a, maxBody(w.js.Conn(), w.cfg.PayloadHeadroom), w.bodies.get)
	if err != nil {
		// Only storing an offloaded body can fail, and a retry may pass.
		w.fail(wctx, msg, err)
		return
	}
	if page.Resent {
		m.Header.Set(wire.HeaderResent, strconv.FormatInt(max(page.ResentOf, 1), 10)) // 1: unknown
	}
	pack, err := publishRetry(ctx, w.js, m)
	if err != nil {
		err = fmt.Errorf("publish article of %s: %w", page.URL, err)
		if errors.Is(err, nats.ErrMaxPayload) {
			err = Permanent(err) // too large even compressed: retrying cannot help
		}
		w.fail(wctx, msg, err)
		return
	}
	if !w.ack(wctx, msg, ref, log) {
		return
	}
	w.extracted.Add(1)
	result := "article"
	if pack.Duplicate {
		w.dupArticles.Add(1)
		result = "duplicate_article"
	}
	w.opts.metrics.do(func(m *Metrics) { m.PagesExtracted.WithLabelValues(result).Inc() })
}

// ack acknowledges a handled page. When its body sat in the object store it
// waits for the server to confirm the ack before deleting the object, so a
// redelivery never finds the body gone.
func (w *ExtractWorker) ack(ctx context.Context, msg jetstream.Msg, ref string, log interface {
	Warn(string, ...any)
}) bool {
	if ref == "" {
		if err := msg.Ack(); err != nil {
			log.Warn("ack page", "err", err)
			return false
		}
		return true
	}
	if err := msg.DoubleAck(ctx); err != nil {
		log.Warn("ack page", "err", err)
		return false
	}
	store, err := w.store.get(ctx)
	if err == nil {
		err = store.Delete(ctx, ref)
	}
	if err != nil && !isNotFound(err) {
		log.Warn("delete page body (the bucket TTL will)", "object", ref, "err", err)
	}
	return true
}

// fail naks msg with the configured backoff, or dead-letters it when the
// error is permanent or this was the last allowed delivery.
func (w *ExtractWorker) fail(ctx context.Context, msg jetstream.Msg, err error) {
	n := deliveries(msg)
	w.opts.metrics.do(func(m *Metrics) { m.Failures.WithLabelValues(StageExtract).Inc() })
	permanent := errors.Is(err, ErrPermanent) || errors.Is(err, ErrBadMessage)
	if !permanent && n < uint64(w.cfg.Extract.MaxDeliver) {
		w.failed.Add(1)
		delay := w.cfg.Extract.backoff(n)
		w.opts.logger.Warn("extract failed; will retry", "subject", msg.Subject(), "url", msg.Headers().Get(HeaderURL),
			"delivery", n, "retry_in", delay, "err", err)
		if nerr := msg.NakWithDelay(delay); nerr != nil {
			w.opts.logger.Warn("nak page", "err", nerr)
		}
		return
	}
	reason := err.Error()
	if !permanent {
		reason = fmt.Sprintf("after %d deliveries: %s", n, reason)
	}
	if dlErr := deadLetter(ctx, w.js, StageExtract, msg, reason); dlErr != nil {
		w.failed.Add(1)
		w.opts.logger.Error("dead-letter page", "url", msg.Headers().Get(HeaderURL), "err", dlErr)
		_ = msg.NakWithDelay(w.cfg.Extract.backoff(n))
		return
	}
	w.opts.logger.Warn("page dead-lettered", "url", msg.Headers().Get(HeaderURL), "reason", reason)
	w.deadLettered1(reason)
}

// safeExtract runs the ExtractFunc, turning a panic into an error and
// giving up when ctx (Extract.Timeout) ends even if the func ignores ctx:
// the message is then failed instead of being held forever. A func that
// never returns leaks its goroutine; that is the price of not blocking.
// release (the page's memory, admit) is called when the func returns.
func (w *ExtractWorker) safeExtract(ctx context.Context, p *article.Page, release func()) (*article.Article, error) {
	type result struct {
		a   *article.Article
		err error
	}
	ch := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if v := recover(); v != nil {
				r = result{nil, panicError{v}}
			}
			release()
			ch <- r
		}()
		r.a, r.err = w.extract(ctx, p)
		if r.err == nil && r.a == nil {
			r.err = errors.New("extract returned no article and no error")
		}
	}()
	select {
	case r := <-ch:
		return r.a, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("extract gave up after %v: %w", w.cfg.Extract.Timeout, ctx.Err())
	}
}

// fillArticle fills what the bus relies on (URL, id, content hash, fetch
// time) when the ExtractFunc left it empty, as a stub may; the real
// extractor sets them all once, and nothing it set is redone here. The
// time format is the article's: RFC 3339. The page hash and the fetch
// sequence are the page's, which the extractor does not see: the index
// stage tells a re-extraction of one page from a revision by the first
// (History) and orders writes by the second.
func fillArticle(a *article.Article, p *article.Page) {
	if a.URL == "" {
		a.URL = firstNonEmpty(p.FinalURL, p.URL)
	}
	if a.ID == "" {
		a.ID = a.DefaultID()
	}
	if a.ContentHash == "" {
		a.ContentHash = article.HashContent([]byte(a.Body))
	}
	if a.FetchedAt == "" && !p.FetchedAt.IsZero() {
		a.FetchedAt = p.FetchedAt.UTC().Format(time.RFC3339)
	}
	if a.SchemaVersion == 0 {
		a.Normalize()
	}
	if a.FetchSeq == 0 {
		a.FetchSeq = p.FetchSeq // the index's write order (article.Article.FetchSeq)
	}
	if a.PageHash == "" {
		a.PageHash = p.ContentHash // set by the crawler, or by the publisher from the body (pageEncoder.encode)
	}
}

package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/internal/inprogress"
	"github.com/byline/byline/wire"
)

// ArticleWriter is what the index worker needs from an index: the
// BulkIndexer-shaped half of index.Writer, which every index backend
// satisfies.
//
// Add queues a for writing and returns at once (blocking only while the
// writer's queue is full, until ctx is done). done is called exactly once
// per accepted article, from any goroutine, after the write is durable (nil)
// or failed (non-nil). Writes are idempotent by a.ID and a.Version(), so a
// redelivered article is harmless. Flush writes everything queued and waits.
type ArticleWriter interface {
	Add(ctx context.Context, a *article.Article, done func(error)) error
	Flush(ctx context.Context) error
}

// IndexWorker consumes ARTICLES with the durable index consumer and writes
// each article through an ArticleWriter. It acks a message in done(nil);
// when the backend is unavailable it keeps the message (InProgress) and
// retries with backoff until the backend is back (and releases the message
// if it stops meanwhile); an article the index rejects for good
// (index.ErrRejected, ErrPermanent) is dead-lettered at once; other errors
// are naked with backoff and dead-lettered when they fail delivery
// Index.MaxDeliver or later. The
// server's delivery limit of the index consumer is ten times that (see
// Setup), so an article is not dead-lettered for the deliveries that
// restarts during an outage use up, while one on which the worker crashes
// every time still is, later.
type IndexWorker struct {
	js     jetstream.JetStream
	cfg    Config
	w      ArticleWriter
	opts   options
	bodies lazyStore // article bodies too large for a message

	// pending counts articles handed to Add whose done has not settled.
	pending     sync.WaitGroup
	inFlight    atomic.Int64
	unavailable atomic.Bool
	probeDown   atomic.Bool     // the idle probe found the index down (see probeIdle)
	recovered   chan struct{}   // closed and replaced when the backend is back
	stopping    <-chan struct{} // Run's ctx.Done(): stop waiting for the backend
	mu          sync.Mutex

	received, indexed, failed, deadLettered, waits, revisions atomic.Uint64
	handled                                                   atomic.Uint64 // see Handled
}

// IndexStats are counters of an IndexWorker since it was created. Every
// article it finished with is counted once in Indexed or DeadLettered.
type IndexStats struct {
	Received     uint64 `json:"received"` // deliveries, including redeliveries
	Indexed      uint64 `json:"indexed"`
	Failed       uint64 `json:"failed"` // failed attempts, redelivered later
	DeadLettered uint64 `json:"dead_lettered"`
	Waits        uint64 `json:"waits"`     // retries while the backend was unavailable
	Revisions    uint64 `json:"revisions"` // revision events published (see History)
}

// NewIndexWorker returns a worker writing to w.
func NewIndexWorker(js jetstream.JetStream, cfg Config, w ArticleWriter, opts ...Option) (*IndexWorker, error) {
	if w == nil {
		return nil, errors.New("pipeline: NewIndexWorker: nil ArticleWriter")
	}
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &IndexWorker{js: js, cfg: cfg, w: w, opts: buildOptions(opts), recovered: make(chan struct{}),
		bodies: lazyStore{js: js, bucket: cfg.ArticleBodyBucket}}, nil
}

// Run consumes until ctx is done, then drains: it stops pulling, flushes the
// writer and waits until every article it handed over was acked or
// released. It returns an error only if the consumer cannot be opened.
func (w *IndexWorker) Run(ctx context.Context) error {
	w.stopping = ctx.Done()
	flushDone := make(chan struct{})
	fctx, stopFlush := context.WithCancel(context.WithoutCancel(ctx))
	go func() {
		defer close(flushDone)
		w.flushIdle(fctx)
	}()
	probeDone := make(chan struct{})
	go func() {
		defer close(probeDone)
		w.probeIdle(fctx)
	}()
	defer func() { <-probeDone }() // fctx ends before: see stopFlush
	// The server's limit for this consumer is indexCrashDeliveries, far
	// above Index.MaxDeliver (see Setup): reaching it means the worker
	// crashed on the article again and again.
	actx, stopAdv := context.WithCancel(ctx)
	advDone := make(chan struct{})
	go func() {
		defer close(advDone)
		watchMaxDeliveries(actx, w.js, w.cfg.ArticlesStream, w.cfg.Index.Durable, StageIndex, false, w.opts.logger, w.deadLettered1)
	}()
	defer func() { stopAdv(); <-advDone }()
	// One drain bound for both halves of the stop: the handles, then the
	// writer's done callbacks.
	drain := w.opts.newDrain()
	defer drain.release()
	err := consumeLoop(ctx, w.js, w.cfg.ArticlesStream, w.cfg.Index, drain, w.opts.logger, w.handle)
	w.settleOnStop(fctx, drain.get())
	stopFlush()
	// An idle flush inside a write the writer cannot interrupt (one Bleve
	// batch of a very large article takes seconds) does not hold the stop
	// past the drain mark; it ends on its own.
	select {
	case <-flushDone:
	case <-drain.get().Done():
	}
	return err
}

// settleOnStop pushes out what the writer still holds once every handle
// returned, and waits for the done callbacks until dctx ends (retries give
// up on shutdown; what is not acked then is redelivered). A flush that
// outlasts dctx (a writer that does not interrupt a batch for its ctx) is
// left running: its articles are acked if it ends while the connection is
// open, else redelivered.
func (w *IndexWorker) settleOnStop(fctx, dctx context.Context) {
	wait := make(chan struct{})
	go func() { w.pending.Wait(); close(wait) }()
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	flushed := w.flushOnStop(fctx, dctx)
	for {
		select {
		case <-wait:
			return
		case <-dctx.Done():
			if !isClosed(wait) {
				w.opts.logger.Warn("index drain timed out; unacked articles will be redelivered",
					"in_flight", w.inFlight.Load(), "writer_flushing", !isClosed(flushed))
			}
			return
		case <-t.C:
			if isClosed(flushed) { // one flush at a time
				flushed = w.flushOnStop(fctx, dctx)
			}
		}
	}
}

// flushOnStop flushes the writer in the background under fctx, cancelled
// at dctx's end or after 5 s; the channel is closed when Flush returned.
func (w *IndexWorker) flushOnStop(fctx, dctx context.Context) chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fc, cancel := context.WithTimeout(fctx, 5*time.Second)
		defer cancel()
		stopAtDrain := context.AfterFunc(dctx, cancel)
		defer stopAtDrain()
		if ferr := w.w.Flush(fc); ferr != nil && !w.opts.unavailable(ferr) && dctx.Err() == nil {
			w.opts.logger.Warn("flush index on shutdown", "err", ferr)
		}
	}()
	return done
}

// flushIdle flushes the writer when articles wait for their done and the
// last flush is Config.IndexFlush ago, checking every 50ms. An article
// that arrives after a quiet spell is flushed within 50ms; under steady
// load the writer gets one batch per IndexFlush, however the articles
// trickle in. (Flushing whenever 50ms passed without an article made
// dozens of tiny batches per second on a busy machine, and Bleve spent a
// fifth of the pipeline's CPU merging their segments.)
func (w *IndexWorker) flushIdle(ctx context.Context) {
	const tick = 50 * time.Millisecond
	t := time.NewTicker(min(tick, w.cfg.IndexFlush))
	defer t.Stop()
	last := time.Now().Add(-w.cfg.IndexFlush)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if w.inFlight.Load() == 0 || w.unavailable.Load() || time.Since(last) < w.cfg.IndexFlush {
			continue
		}
		fc, cancel := context.WithTimeout(ctx, 10*time.Second)
		if err := w.w.Flush(fc); err != nil && !w.opts.unavailable(err) {
			w.opts.logger.Warn("flush index", "err", err)
		}
		cancel()
		last = time.Now()
	}
}

// InFlight is how many articles were handed to the writer and are not
// yet settled.
func (w *IndexWorker) InFlight() int64 { return w.inFlight.Load() }

// Handled counts the worker's hand-offs: every message whose article
// reached the writer (again, after a retry while the backend was down) or
// that was settled otherwise (failed, redelivery asked). RunOnce flushes
// the writer when it changes.
func (w *IndexWorker) Handled() uint64 { return w.handled.Load() }

// Stats returns a copy of the counters.
func (w *IndexWorker) Stats() IndexStats {
	return IndexStats{
		Received:     w.received.Load(),
		Indexed:      w.indexed.Load(),
		Failed:       w.failed.Load(),
		DeadLettered: w.deadLettered.Load(),
		Waits:        w.waits.Load(),
		Revisions:    w.revisions.Load(),
	}
}

func (w *IndexWorker) handle(ctx context.Context, msg jetstream.Msg) {
	w.received.Add(1)
	w.process(ctx, msg)
	// Counted after the article is in the writer (or settled otherwise),
	// then signalled: RunOnce flushes once every article is handled, and
	// an article counted before it reached the writer could miss that
	// flush and wait for AckWait.
	w.handled.Add(1)
	w.opts.event()
}

// process decodes msg, enriches its article and hands it to the writer, or
// settles it when any of that fails.
func (w *IndexWorker) process(ctx context.Context, msg jetstream.Msg) {
	// Decoding a large body and enriching can outlast AckWait: keep the
	// message, or the server hands it to another slot and, after
	// MaxDeliver such timeouts, it is dead-lettered as if we had crashed.
	stop := inprogress.Keep(msg, w.cfg.Index.AckWait, false)
	defer stop()
	dctx, cancel := context.WithTimeout(ctx, w.cfg.Index.Timeout)
	a, _, err := wire.DecodeArticle(dctx, msg.Headers(), msg.Data(), w.bodies.get)
	cancel()
	if err != nil {
		w.pending.Add(1)
		w.settleFailure(ctx, msg, err)
		return
	}
	// While the backend is down, do not pile more work on it: wait here
	// (holding this slot, so the consumer stops pulling) until a retry
	// succeeds.
	if !w.waitAvailable(ctx, msg) {
		_ = msg.Nak()
		return
	}
	var ev *wire.RevisionEvent
	if w.opts.enricher != nil {
		ectx, cancel := context.WithTimeout(ctx, w.cfg.Index.Timeout)
		if v := msg.Headers().Get(wire.HeaderResent); v != "" {
			of, _ := strconv.ParseInt(v, 10, 64) // "1" (an older extract worker, or unknown): 1
			ectx = withResent(ectx, of)
		}
		ev, err = w.opts.enricher.Enrich(ectx, a)
		cancel()
		if err != nil {
			w.pending.Add(1)
			w.settleFailure(ctx, msg, fmt.Errorf("cluster and revision history of %s (%s): %w", a.ID, a.URL, err))
			return
		}
	}
	stop() // add keeps the message alive while the writer holds it
	w.pending.Add(1)
	w.add(ctx, msg, a, ev, 0)
}

// add hands a to the writer; attempt counts retries while unavailable.
// ev, if not nil, is published once the write is durable.
func (w *IndexWorker) add(ctx context.Context, msg jetstream.Msg, a *article.Article, ev *wire.RevisionEvent, attempt int) {
	w.inFlight.Add(1)
	actx, cancel := context.WithTimeout(ctx, w.cfg.Index.Timeout)
	defer cancel()
	// Kept while the writer holds it, which can outlast AckWait too.
	stop := inprogress.Keep(msg, w.cfg.Index.AckWait, false)
	var once sync.Once
	err := w.w.Add(actx, a, func(err error) {
		once.Do(func() {
			stop()
			w.inFlight.Add(-1)
			w.settle(ctx, msg, a, ev, attempt, err)
		})
	})
	if err != nil {
		once.Do(func() {
			stop()
			w.inFlight.Add(-1)
			w.settle(ctx, msg, a, ev, attempt, err)
		})
	}
}

// settle acts on the outcome of one write. It runs from the writer's done
// callback, so it must not block on the writer.
func (w *IndexWorker) settle(ctx context.Context, msg jetstream.Msg, a *article.Article, ev *wire.RevisionEvent, attempt int, err error) {
	if err == nil {
		w.setAvailable()
		if ev != nil {
			// After the write, before the ack: a failed publish redelivers
			// the article, whose history then gives the event again.
			pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.cfg.Index.Timeout)
			perr := publishRevision(pctx, w.js, ev)
			cancel()
			if perr != nil {
				w.settleFailure(ctx, msg, perr)
				return
			}
			w.revisions.Add(1)
			if an, ok := w.opts.enricher.(announcer); ok {
				actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.cfg.Index.Timeout)
				if aerr := an.Announced(actx, ev); aerr != nil {
					w.opts.logger.Warn("revision event published; it may be published again", "id", ev.ID, "revision", ev.Revision, "err", aerr)
				}
				cancel()
			}
		}
		if aerr := msg.Ack(); aerr != nil {
			// The write is durable and idempotent; a redelivery rewrites it.
			w.opts.logger.Warn("ack article", "id", a.ID, "err", aerr)
		}
		w.indexed.Add(1)
		w.opts.metrics.do(func(m *Metrics) {
			m.ArticlesIndexed.Inc()
			if t, perr := time.Parse(time.RFC3339Nano, a.FetchedAt); perr == nil {
				m.IndexLatency.Observe(time.Since(t).Seconds())
			}
		})
		if w.opts.onIndexed != nil {
			w.opts.onIndexed(a)
		}
		w.pending.Done()
		w.opts.event()
		return
	}
	if w.opts.unavailable(err) && ctx.Err() == nil {
		w.waits.Add(1)
		w.opts.metrics.do(func(m *Metrics) { m.IndexWaits.Inc() })
		w.setUnavailable(err)
		go w.retryLater(ctx, msg, a, ev, attempt+1)
		return
	}
	if !w.opts.unavailable(err) {
		// The backend answered with something other than "unavailable":
		// it is up. Without this, an outage whose retried article then
		// fails otherwise leaves the worker waiting for a recovery that
		// only a successful write would signal, and it never pulls again.
		w.setAvailable()
	}
	w.settleFailure(ctx, msg, fmt.Errorf("index article %s (%s): %w", a.ID, a.URL, err))
}

// retryLater keeps msg (InProgress) for a backoff delay and writes a again.
func (w *IndexWorker) retryLater(ctx context.Context, msg jetstream.Msg, a *article.Article, ev *wire.RevisionEvent, attempt int) {
	delay := min(50*time.Millisecond<<min(attempt, 10), w.cfg.Index.backoff(uint64(w.cfg.Index.MaxDeliver)))
	stop := inprogress.Keep(msg, w.cfg.Index.AckWait, true)
	t := time.NewTimer(delay)
	select {
	case <-t.C:
	case <-w.recoveredCh():
		t.Stop()
	case <-ctx.Done():
		t.Stop()
	case <-w.stopping:
		t.Stop()
	}
	stop()
	if ctx.Err() != nil || isClosed(w.stopping) {
		// Shutting down: let another worker have it.
		_ = msg.Nak()
		w.pending.Done()
		w.opts.event()
		return
	}
	w.add(ctx, msg, a, ev, attempt)
	// Back in the writer: counted and signalled as at first, so RunOnce
	// flushes it at once rather than on the writer's own timer.
	w.handled.Add(1)
	w.opts.event()
}

// settleFailure naks with backoff or dead-letters, then releases pending.
func (w *IndexWorker) settleFailure(ctx context.Context, msg jetstream.Msg, err error) {
	defer w.opts.event()
	defer w.pending.Done()
	n := deliveries(msg)
	w.opts.metrics.do(func(m *Metrics) { m.Failures.WithLabelValues(StageIndex).Inc() })
	// A newer schema is not a broken message: an index worker older than
	// the extractor (a rolling upgrade) may be replaced before the retries
	// run out. Content the backend refused (index.ErrRejected) is.
	permanent := errors.Is(err, ErrPermanent) || errors.Is(err, ErrBadMessage) && !errors.Is(err, wire.ErrNewerSchema) ||
		errors.Is(err, index.ErrRejected)
	if !permanent && n < uint64(w.cfg.Index.MaxDeliver) {
		w.failed.Add(1)
		delay := w.cfg.Index.backoff(n)
		w.opts.logger.Warn("index failed; will retry", "subject", msg.Subject(), "delivery", n, "retry_in", delay, "err", err)
		_ = msg.NakWithDelay(delay)
		return
	}
	reason := err.Error()
	if !permanent {
		reason = fmt.Sprintf("after %d deliveries: %s", n, reason)
	}
	if dlErr := deadLetter(ctx, w.js, StageIndex, msg, reason); dlErr != nil {
		w.failed.Add(1)
		w.opts.logger.Error("dead-letter article", "err", dlErr)
		_ = msg.NakWithDelay(w.cfg.Index.backoff(n))
		return
	}
	w.opts.logger.Warn("article dead-lettered", "subject", msg.Subject(), "reason", reason)
	w.deadLettered1(reason)
}

// deadLettered1 counts one article dead-lettered.
func (w *IndexWorker) deadLettered1(reason string) {
	w.deadLettered.Add(1)
	w.opts.metrics.do(func(m *Metrics) { m.DeadLettered.WithLabelValues(StageIndex).Inc() })
	if w.opts.onDeadLetter != nil {
		w.opts.onDeadLetter(StageIndex, reason)
	}
}

func (w *IndexWorker) recoveredCh() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.recovered
}

func (w *IndexWorker) setUnavailable(err error) {
	if !w.unavailable.Swap(true) {
		w.opts.logger.Warn("index unavailable; holding articles until it is back", "err", err)
		w.syncGauge()
	}
}

// setAvailable records a write the backend answered: it is up, whatever
// the idle probe last found.
func (w *IndexWorker) setAvailable() {
	probed := w.probeDown.Swap(false)
	if w.unavailable.Swap(false) {
		w.opts.logger.Info("index available again")
		w.mu.Lock()
		close(w.recovered)
		w.recovered = make(chan struct{})
		w.mu.Unlock()
		probed = true
	}
	if probed {
		w.syncGauge()
	}
}

// syncGauge sets byline_index_unavailable from what the writes and the
// idle probe found.
func (w *IndexWorker) syncGauge() {
	w.opts.metrics.do(func(m *Metrics) {
		w.mu.Lock()
		defer w.mu.Unlock()
		v := 0.0
		if w.unavailable.Load() || w.probeDown.Load() {
			v = 1
		}
		m.IndexUnavailable.Set(v)
	})
}

// counter is the index's readiness check (index.Index has it).
type counter interface {
	Count(ctx context.Context) (uint64, error)
}

// probeIdle asks the index for its count every WithIndexProbe interval
// while the worker is idle (nothing in the writer, no outage a write
// already noticed), until ctx ends. Without it byline_index_unavailable
// learnt of an outage only from a failed write, and an idle worker showed
// 0 while the index was down. It only moves the gauge: the writes still
// find out for themselves.
func (w *IndexWorker) probeIdle(ctx context.Context) {
	c, ok := w.w.(counter)
	every := cmp.Or(w.opts.indexProbe, defaultIndexProbe)
	if !ok || every < 0 {
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if w.inFlight.Load() > 0 || w.unavailable.Load() {
			continue
		}
		pctx, cancel := context.WithTimeout(ctx, min(every, 5*time.Second))
		_, err := c.Count(pctx)
		cancel()
		if ctx.Err() != nil {
			return
		}
		w.setProbed(err)
	}
}

// setProbed records the idle probe's answer.
func (w *IndexWorker) setProbed(err error) {
	down := err != nil
	if w.probeDown.Swap(down) == down {
		return
	}
	if down {
		w.opts.logger.Warn("index does not answer the idle probe", "err", err)
	} else {
		w.opts.logger.Info("index answers the idle probe again")
	}
	w.syncGauge()
}

// waitAvailable blocks while the backend is unavailable. It returns false
// if ctx ended first. msg is kept alive by process's inprogress.Keep; one
// InProgress at once restarts its AckWait as the wait begins.
func (w *IndexWorker) waitAvailable(ctx context.Context, msg jetstream.Msg) bool {
	if !w.unavailable.Load() {
		return true
	}
	_ = msg.InProgress()
	for w.unavailable.Load() {
		select {
		case <-w.recoveredCh():
		case <-ctx.Done():
			return false
		case <-w.stopping:
			return false
		}
	}
	return true
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

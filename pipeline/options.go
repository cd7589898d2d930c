package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// ErrPermanent marks an error that retrying cannot fix; a worker
// dead-letters the message at once instead of redelivering it. Wrap an error
// with Permanent.
var ErrPermanent = errors.New("permanent failure")

// ErrNotArticle may be returned (wrapped) by an ExtractFunc for a page that
// holds no article; the page is acked and counted as a non-article. Use
// WithNotArticle to recognise the extractor's own sentinel instead.
var ErrNotArticle = errors.New("pipeline: not an article")

// Permanent wraps err so that errors.Is(err, ErrPermanent) holds.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrPermanent, err)
}

// Option configures a Publisher or a worker.
type Option func(*options)

type options struct {
	logger       *slog.Logger
	metrics      *Metrics
	notArticle   func(error) bool
	unavailable  func(error) bool
	onIndexed    func(a *article.Article)
	onDeadLetter func(stage, reason string)
	enricher     Enricher
	indexProbe   time.Duration // see WithIndexProbe; 0 = defaultIndexProbe
	drain        time.Duration // see WithDrainTimeout; 0 = drainTimeout
	shutdown     *shutdown     // see withShutdown; overrides drain
	memGate      *MemoryGate   // see WithMemoryGate
	memCost      ExtractCost
	// onEvent, if set, is called (from any goroutine, must not block) each
	// time a worker finishes with a message or hands an article to the
	// index writer: RunOnce wakes on it to notice the end of a run at once
	// instead of polling the server.
	onEvent func()
}

// event calls onEvent if set.
func (o *options) event() {
	if o.onEvent != nil {
		o.onEvent()
	}
}

// withOnEvent sets options.onEvent.
func withOnEvent(f func()) Option { return func(o *options) { o.onEvent = f } }

func buildOptions(opts []Option) options {
	o := options{
		notArticle:  func(err error) bool { return errors.Is(err, ErrNotArticle) },
		unavailable: func(err error) bool { return errors.Is(err, index.ErrUnavailable) },
	}
	for _, f := range opts {
		f(&o)
	}
	if o.logger == nil {
		o.logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// WithDrainTimeout bounds how long a stopping worker waits for the
// messages it holds (default 30s); what is not done by then is released
// and redelivered after AckWait. A Pipeline's workers drain within its
// ShutdownTimeout budget instead.
func WithDrainTimeout(d time.Duration) Option { return func(o *options) { o.drain = d } }

// withShutdown makes a worker drain under a Pipeline's shared shutdown
// budget instead of a drain timeout of its own.
func withShutdown(s *shutdown) Option { return func(o *options) { o.shutdown = s } }

// newDrain returns the drain of a worker's stop: the shared budget's, or
// the drain timeout counted from the moment the worker notices the stop.
func (o *options) newDrain() *lazyDrain {
	if o.shutdown != nil {
		return &lazyDrain{open: o.shutdown.drainContext}
	}
	d := o.drainTimeout()
	return &lazyDrain{open: func() (context.Context, context.CancelFunc) { return context.WithTimeout(context.Background(), d) }}
}

// drainTimeout is the drain bound of a worker.
func (o *options) drainTimeout() time.Duration {
	if o.drain > 0 {
		return o.drain
	}
	return drainTimeout
}

// WithLogger sets the logger; the default discards.
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }

// WithMetrics records into m; the default records nothing.
func WithMetrics(m *Metrics) Option { return func(o *options) { o.metrics = m } }

// WithNotArticle sets how the extract worker recognises "this page is not an
// article" errors from its ExtractFunc; the default matches ErrNotArticle.
func WithNotArticle(f func(error) bool) Option { return func(o *options) { o.notArticle = f } }

// WithUnavailable sets how the index worker recognises "backend down, try
// later" errors; the default matches index.ErrUnavailable. Such errors never
// dead-letter: the worker keeps the message (sending InProgress) and retries
// with backoff until the backend is back.
func WithUnavailable(f func(error) bool) Option { return func(o *options) { o.unavailable = f } }

// defaultIndexProbe is how often an idle index worker asks the index
// whether it answers.
const defaultIndexProbe = 15 * time.Second

// WithIndexProbe sets how often an idle index worker (nothing in the
// writer, no outage already noticed by a write) asks the index for its
// count (default 15s; negative disables), so byline_index_unavailable
// shows an index that went down while no article came. It applies when the
// index worker's writer has Count, as every index.Index has.
func WithIndexProbe(every time.Duration) Option { return func(o *options) { o.indexProbe = every } }

// WithOnIndexed calls f after each article is durably indexed and acked.
func WithOnIndexed(f func(a *article.Article)) Option { return func(o *options) { o.onIndexed = f } }

// WithOnDeadLetter calls f after a message was dead-lettered.
func WithOnDeadLetter(f func(stage, reason string)) Option {
	return func(o *options) { o.onDeadLetter = f }
}

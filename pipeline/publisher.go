package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
)

// attemptTimeout bounds one publish attempt; Put retries until its own
// deadline.
const attemptTimeout = 5 * time.Second

// Publisher puts fetched pages on the PAGES stream. It implements
// crawler.Sink: Put returns only after the server stored the page (or
// recognised it as a duplicate), so a crawl that saw no Put error lost
// nothing. It is safe for concurrent use.
type Publisher struct {
	js    jetstream.JetStream
	cfg   Config
	opts  options
	store lazyStore

	published, duplicates, failed, offloaded, compressed atomic.Uint64
}

// PublisherStats are counters of a Publisher since it was created.
type PublisherStats struct {
	Published  uint64 `json:"published"`  // stored on PAGES
	Duplicates uint64 `json:"duplicates"` // dropped by the duplicates window
	Failed     uint64 `json:"failed"`     // Put returned an error
	Offloaded  uint64 `json:"offloaded"`  // body stored in the object store
	Compressed uint64 `json:"compressed"` // body zstd-compressed
}

// NewPublisher returns a Publisher for js. It does not create streams; call
// Setup first.
func NewPublisher(js jetstream.JetStream, cfg Config, opts ...Option) (*Publisher, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Publisher{js: js, cfg: cfg, opts: buildOptions(opts), store: lazyStore{js: js, bucket: cfg.BodyBucket}}, nil
}

// Put publishes p to byline.pages.<host> with Nats-Msg-Id = PageMsgID
// (URL + hash of the body bytes, final URL and content type) and waits for the server's acknowledgement. While the server is
// unreachable it retries until ctx is done or Config.PublishTimeout passed.
func (p *Publisher) Put(ctx context.Context, pg *article.Page) error {
	if err := p.put(ctx, pg); err != nil {
		p.failed.Add(1)
		p.opts.metrics.do(func(m *Metrics) { m.PublishFailed.Inc() })
		return err
	}
	return nil
}

func (p *Publisher) put(ctx context.Context, pg *article.Page) error {
	ctx, cancel := context.WithTimeout(ctx, p.cfg.PublishTimeout)
	defer cancel()
	enc := pageEncoder{
		compressAbove: p.cfg.CompressAbove,
		maxBody:       maxBody(p.js.Conn(), p.cfg.PayloadHeadroom),
		bodies:        p.store.get,
	}
	e, err := enc.encode(ctx, pg)
	if err != nil {
		return err
	}
	ack, attempts, err := publishRetryN(ctx, p.js, e.msg)
	if err != nil {
		if attempts == 1 && ctx.Err() == nil {
			// Rejected outright: nothing was stored. After a timeout the
			// page may be stored and need its body; the TTL cleans up.
			p.dropObject(e.object)
		}
		return fmt.Errorf("pipeline: publish page %s: %w", pg.URL, err)
	}
	if e.compressed {
		p.compressed.Add(1)
	}
	if ack.Duplicate && e.object != "" && attempts > 1 {
		// An earlier attempt failed, maybe only its ack was lost: then the
		// stored "original" is this very message and references our body,
		// which must stay. It is another Put's only if it is still there
		// with another body (once consumed, it cannot be told).
		if ref := p.storedRef(ctx, ack); ref == "" || ref == e.object {
			ack.Duplicate = false
		}
	}
	if ack.Duplicate {
		// The stored original references its own object (if any).
		p.dropObject(e.object)
		p.duplicates.Add(1)
		p.opts.metrics.do(func(m *Metrics) { m.PagesDuplicate.Inc() })
		return nil
	}
	if e.object != "" {
		p.offloaded.Add(1)
		p.opts.metrics.do(func(m *Metrics) { m.PagesOffloaded.Inc() })
	}
	p.published.Add(1)
	p.opts.metrics.do(func(m *Metrics) { m.PagesPublished.Inc() })
	return nil
}

// storedRef returns the Byline-Body-Ref of the message ack points at, or ""
// if it cannot be read.
func (p *Publisher) storedRef(ctx context.Context, ack *jetstream.PubAck) string {
	s, err := p.js.Stream(ctx, ack.Stream)
	if err != nil {
		return ""
	}
	raw, err := s.GetMsg(ctx, ack.Sequence)
	if err != nil {
		return ""
	}
	return raw.Header.Get(HeaderBodyRef)
}

// dropObject deletes an object whose message was not stored. A failure
// leaves an orphan that the bucket TTL removes.
func (p *Publisher) dropObject(name string) {
	if name == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), attemptTimeout)
	defer cancel()
	store, err := p.store.get(ctx)
	if err == nil {
		err = store.Delete(ctx, name)
	}
	if err != nil {
		p.opts.logger.Warn("delete unused page body", "object", name, "err", err)
	}
}

// Stats returns a copy of the counters.
func (p *Publisher) Stats() PublisherStats {
	return PublisherStats{
		Published:  p.published.Load(),
		Duplicates: p.duplicates.Load(),
		Failed:     p.failed.Load(),
		Offloaded:  p.offloaded.Load(),
		Compressed: p.compressed.Load(),
	}
}

// publishRetry publishes m, retrying with backoff while the server is
// unreachable or slow, until ctx is done. Republishing is safe because m
// carries a Nats-Msg-Id.
func publishRetry(ctx context.Context, js jetstream.JetStream, m *nats.Msg) (*jetstream.PubAck, error) {
	ack, _, err := publishRetryN(ctx, js, m)
	return ack, err
}

// publishRetryN is publishRetry that also reports how many attempts it
// made: after more than one, a Duplicate ack may be the message itself.
func publishRetryN(ctx context.Context, js jetstream.JetStream, m *nats.Msg) (*jetstream.PubAck, int, error) {
	var ack *jetstream.PubAck
	attempts := 0
	err := retryUnreachable(ctx, func(ctx context.Context) error {
		attempts++
		actx, cancel := context.WithTimeout(ctx, attemptTimeout)
		defer cancel()
		var err error
		ack, err = js.PublishMsg(actx, m)
		return err
	})
	if err != nil {
		return nil, attempts, err
	}
	return ack, attempts, nil
}

// retryUnreachable calls f until it succeeds, fails with an error that
// retrying cannot fix, or ctx is done, waiting 50 ms, doubling up to 2 s,
// between attempts. Publishes and body puts retry through it.
func retryUnreachable(ctx context.Context, f func(ctx context.Context) error) error {
	wait := 50 * time.Millisecond
	for {
		err := f(ctx)
		if err == nil || !retryable(err) || errors.Is(err, jetstream.ErrBucketNotFound) {
			return err
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w (last error: %w)", ctx.Err(), err)
		case <-t.C:
		}
		wait = min(2*wait, 2*time.Second)
	}
}

func retryable(err error) bool {
	switch {
	case errors.Is(err, nats.ErrConnectionClosed), errors.Is(err, nats.ErrBadSubject),
		errors.Is(err, nats.ErrMaxPayload), errors.Is(err, nats.ErrInvalidMsg):
		return false
	case errors.Is(err, context.Canceled):
		return false
	}
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) && apiErr.Code >= 400 && apiErr.Code < 500 && apiErr.Code != 408 {
		// Rejected by the stream (e.g. message too large): no retry helps,
		// except "maximum bytes/messages exceeded" which frees up as workers
		// drain the queue.
		return isStreamFull(apiErr)
	}
	return true
}

func isStreamFull(e *jetstream.APIError) bool {
	return e.ErrorCode == 10077 || e.ErrorCode == 10054 // maximum messages/bytes exceeded
}

// maxBody is the largest message body that fits beside the headers.
func maxBody(nc *nats.Conn, headroom int) int {
	mp := int(nc.MaxPayload())
	if mp <= 0 {
		mp = 1 << 20
	}
	return max(mp-headroom, 1024)
}

// lazyStore opens the body bucket on first use.
type lazyStore struct {
	js     jetstream.JetStream
	bucket string
	mu     sync.Mutex
	store  jetstream.ObjectStore
}

func (l *lazyStore) get(ctx context.Context) (jetstream.ObjectStore, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.store != nil {
		return l.store, nil
	}
	s, err := l.js.ObjectStore(ctx, l.bucket)
	if err != nil {
		return nil, fmt.Errorf("open object store %s: %w", l.bucket, err)
	}
	l.store = s
	return s, nil
}

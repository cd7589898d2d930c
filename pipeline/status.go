package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Progress is the server-side state of the pipeline: what is still queued
// or in flight at each stage.
type Progress struct {
	PagesQueued       uint64 `json:"pages_queued"`        // messages on PAGES (work queue: not yet acked)
	ExtractPending    uint64 `json:"extract_pending"`     // PAGES messages not yet delivered
	ExtractAckPending int    `json:"extract_ack_pending"` // delivered to an extract worker, not acked
	IndexPending      uint64 `json:"index_pending"`       // ARTICLES messages the index consumer has not seen
	IndexAckPending   int    `json:"index_ack_pending"`
	Articles          uint64 `json:"articles"`     // messages on ARTICLES
	DeadLetters       uint64 `json:"dead_letters"` // messages on DEADLETTER

	// PagesPublished is every page the crawlers stored on PAGES (its last
	// sequence: acked pages leave the work queue, their numbers stay);
	// duplicates JetStream dropped by message id are not counted.
	PagesPublished uint64 `json:"pages_published"`
	// ArticlesPublished is every article message stored on ARTICLES
	// (its last sequence), revisions included.
	ArticlesPublished uint64 `json:"articles_published"`
	// DeadExtract and DeadIndex split DeadLetters by the stage that gave
	// up on the message.
	DeadExtract uint64 `json:"dead_extract"`
	DeadIndex   uint64 `json:"dead_index"`
}

// NotArticles is the number of published pages that left PAGES without an
// article or a dead letter: pages the extractor judged no article, and
// pages whose article was already on ARTICLES (same id and content).
func (p Progress) NotArticles() uint64 {
	done := p.PagesPublished - min(p.PagesPublished, p.PagesQueued)
	used := p.ArticlesPublished + p.DeadExtract
	if used >= done {
		return 0
	}
	return done - used
}

// Idle reports whether nothing is queued or in flight.
func (p Progress) Idle() bool {
	return p.PagesQueued == 0 && p.ExtractPending == 0 && p.ExtractAckPending == 0 &&
		p.IndexPending == 0 && p.IndexAckPending == 0
}

// Status reads the pipeline's Progress from the server.
func Status(ctx context.Context, js jetstream.JetStream, cfg Config) (Progress, error) {
	cfg = cfg.WithDefaults()
	var p Progress
	pages, err := streamInfo(ctx, js, cfg.PagesStream)
	if err != nil {
		return p, err
	}
	p.PagesQueued, p.PagesPublished = pages.State.Msgs, pages.State.LastSeq
	articles, err := streamInfo(ctx, js, cfg.ArticlesStream)
	if err != nil {
		return p, err
	}
	p.Articles, p.ArticlesPublished = articles.State.Msgs, articles.State.LastSeq
	dl, err := streamInfo(ctx, js, cfg.DeadLetterStream, jetstream.WithSubjectFilter(DeadLetterSubjectPrefix+".>"))
	if err != nil {
		return p, err
	}
	p.DeadLetters = dl.State.Msgs
	p.DeadExtract = dl.State.Subjects[DeadLetterSubject(StageExtract)]
	p.DeadIndex = dl.State.Subjects[DeadLetterSubject(StageIndex)]
	ec, err := consumerInfo(ctx, js, cfg.PagesStream, cfg.Extract.Durable)
	if err != nil {
		return p, err
	}
	p.ExtractPending, p.ExtractAckPending = ec.NumPending, ec.NumAckPending
	ic, err := consumerInfo(ctx, js, cfg.ArticlesStream, cfg.Index.Durable)
	if err != nil {
		return p, err
	}
	p.IndexPending, p.IndexAckPending = ic.NumPending, ic.NumAckPending
	return p, nil
}

// WaitIdle polls Status every interval until the pipeline is Idle, calling
// progress (if not nil) with each reading. It returns ctx's error if ctx ends
// first.
func WaitIdle(ctx context.Context, js jetstream.JetStream, cfg Config, interval time.Duration, progress func(Progress)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		p, err := Status(sctx, js, cfg)
		cancel()
		if err == nil {
			if progress != nil {
				progress(p)
			}
			if p.Idle() {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			if err != nil {
				return fmt.Errorf("pipeline: wait for idle: %w (last status error: %w)", ctx.Err(), err)
			}
			return fmt.Errorf("pipeline: wait for idle: %w (%+v)", ctx.Err(), p)
		case <-t.C:
		}
	}
}

// WatchLag updates m's consumer gauges from the server every interval until
// ctx is done.
func WatchLag(ctx context.Context, js jetstream.JetStream, cfg Config, m *Metrics, interval time.Duration) {
	if m == nil {
		return
	}
	cfg = cfg.WithDefaults()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		updateLag(ctx, js, cfg, m)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// updateLag reads each stage's consumer once and sets m's gauges. A
// consumer that cannot be read (NATS unreachable, the consumer deleted)
// loses its series until it can be read again: a frozen last value would
// show a lag that nobody measures any more, and hide the gap from an
// alert on absent() or on a stale lag.
func updateLag(ctx context.Context, js jetstream.JetStream, cfg Config, m *Metrics) {
	for _, c := range []struct{ stream, durable string }{
		{cfg.PagesStream, cfg.Extract.Durable}, {cfg.ArticlesStream, cfg.Index.Durable},
	} {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ci, err := consumerInfo(sctx, js, c.stream, c.durable)
		cancel()
		if err != nil {
			if ctx.Err() == nil { // not merely shutting down
				m.ConsumerPending.DeleteLabelValues(c.durable)
				m.ConsumerAckPend.DeleteLabelValues(c.durable)
			}
			continue
		}
		m.ConsumerPending.WithLabelValues(c.durable).Set(float64(ci.NumPending))
		m.ConsumerAckPend.WithLabelValues(c.durable).Set(float64(ci.NumAckPending))
	}
}

func streamInfo(ctx context.Context, js jetstream.JetStream, name string, opts ...jetstream.StreamInfoOpt) (*jetstream.StreamInfo, error) {
	var info *jetstream.StreamInfo
	err := askAgain(ctx, func(ctx context.Context) error {
		s, err := js.Stream(ctx, name)
		if err != nil {
			return fmt.Errorf("pipeline: stream %s: %w", name, err)
		}
		if info, err = s.Info(ctx, opts...); err != nil {
			return fmt.Errorf("pipeline: stream %s info: %w", name, err)
		}
		return nil
	})
	return info, err
}

func consumerInfo(ctx context.Context, js jetstream.JetStream, stream, durable string) (*jetstream.ConsumerInfo, error) {
	var info *jetstream.ConsumerInfo
	err := askAgain(ctx, func(ctx context.Context) error {
		c, err := js.Consumer(ctx, stream, durable)
		if err != nil {
			return fmt.Errorf("pipeline: consumer %s on %s: %w", durable, stream, err)
		}
		if info, err = c.Info(ctx); err != nil {
			return fmt.Errorf("pipeline: consumer %s on %s info: %w", durable, stream, err)
		}
		return nil
	})
	return info, err
}

// requestTimeout bounds one attempt of askAgain.
var requestTimeout = 3 * time.Second

// askAgain runs req with a deadline of requestTimeout, again each time
// that deadline (not ctx's) passes, until ctx is done. nats.go waits for a
// JetStream API reply until the context's deadline, and a request sent
// while the client reconnects or a stream changes leader gets no reply at
// all: under a caller's 30-second context, byline status during a node's
// failover waited those 30 s and failed, where asking again answers.
func askAgain(ctx context.Context, req func(context.Context) error) error {
	for {
		rctx, cancel := context.WithTimeout(ctx, requestTimeout)
		err := req(rctx)
		cancel()
		if err == nil || ctx.Err() != nil || !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
	}
}

package subscribe

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/internal/inprogress"
)

const (
	// fetchWait is how long one pull request waits for articles.
	fetchWait = 2 * time.Second
	// caughtUpPoll is the shorter wait when StopWhenCaughtUp and only
	// unsettled articles remain.
	caughtUpPoll = 100 * time.Millisecond
	// drainTimeout bounds how long Run waits for handlers on the way out;
	// what is not acked by then is delivered again after AckWait.
	drainTimeout = 30 * time.Second
)

// consumer creates the durable, or updates an existing one while keeping
// its start position (which the server does not let change).
func (s *Subscriber) consumer(ctx context.Context) (jetstream.Consumer, error) {
	pol, t, seq := s.cfg.deliverPolicy()
	cc := jetstream.ConsumerConfig{
		Durable:        s.cfg.Durable,
		Description:    "Byline subscriber (github.com/byline/byline/subscribe)",
		AckPolicy:      jetstream.AckExplicitPolicy,
		AckWait:        s.cfg.AckWait,
		MaxDeliver:     -1, // never give up on an article
		MaxAckPending:  s.cfg.MaxAckPending,
		FilterSubjects: Subjects(s.cfg.Sites),
		DeliverPolicy:  pol,
		OptStartTime:   t,
		OptStartSeq:    seq,
	}
	existing, err := s.js.Consumer(ctx, s.cfg.Stream, s.cfg.Durable)
	switch {
	case err == nil:
		old := existing.CachedInfo().Config
		cc.DeliverPolicy, cc.OptStartTime, cc.OptStartSeq = old.DeliverPolicy, old.OptStartTime, old.OptStartSeq
	case !errors.Is(err, jetstream.ErrConsumerNotFound):
		return nil, fmt.Errorf("subscribe: look up consumer %s on %s: %w", s.cfg.Durable, s.cfg.Stream, err)
	}
	cons, err := s.js.CreateOrUpdateConsumer(ctx, s.cfg.Stream, cc)
	if err != nil {
		return nil, fmt.Errorf("subscribe: create consumer %s on %s: %w", s.cfg.Durable, s.cfg.Stream, err)
	}
	return cons, nil
}

// runDurable pulls only as many articles as it has free handler slots, so
// no article waits in a client buffer while its AckWait runs out, and
// other processes sharing the durable get the rest.
func (s *Subscriber) runDurable(ctx context.Context, h Handler) error {
	cons, err := s.consumer(ctx)
	if err != nil {
		return err
	}
	// Handlers get a ctx that outlives ctx, so the ones in progress finish.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopped := make(chan struct{})
	var stopOnce sync.Once
	stop := func() { stopOnce.Do(func() { close(stopped) }) }
	conc := s.cfg.Concurrency
	sem := make(chan struct{}, conc)
	var wg sync.WaitGroup
	var runErr error
	errWait := 50 * time.Millisecond
pull:
	for ctx.Err() == nil {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			break pull
		case <-stopped:
			break pull
		}
		n := 1
	more:
		for n < conc {
			select {
			case sem <- struct{}{}:
				n++
			default:
				break more
			}
		}
		release := func(k int) {
			for range k {
				<-sem
			}
		}
		wait := fetchWait
		if s.cfg.StopWhenCaughtUp && s.lastPendingZero.Load() {
			wait = caughtUpPoll // the last delivery said nothing follows
		}
		if s.cfg.StopWhenCaughtUp && n == conc {
			// No handler in progress: done when nothing is pending or
			// waiting for redelivery. While only acks in flight or naked
			// articles remain, look again soon.
			info, err := cons.Info(ctx)
			if err == nil && info.NumPending == 0 {
				// Articles kept as undecodable stay unacked for good
				// (until an upgrade): do not wait for them.
				if info.NumAckPending <= s.heldCount() {
					release(n)
					break pull
				}
				wait = caughtUpPoll
			}
		}
		fctx, cancel := context.WithTimeout(ctx, wait)
		batch, err := cons.Fetch(n, jetstream.FetchContext(fctx))
		used := 0
		if err == nil {
			for msg := range batch.Messages() {
				used++
				wg.Go(func() {
					defer func() { <-sem }()
					if s.handleDurable(work, msg, h) {
						stop()
					}
				})
			}
			err = batch.Error()
		}
		cancel()
		release(n - used)
		switch {
		case err == nil, ctx.Err() != nil, isFetchTimeout(err):
			errWait = 50 * time.Millisecond
		case errors.Is(err, nats.ErrConnectionClosed):
			runErr = fmt.Errorf("subscribe: fetch articles for consumer %s on stream %s: %w", s.cfg.Durable, s.cfg.Stream, err)
			break pull
		default:
			s.log.Debug("fetch articles", "stream", s.cfg.Stream, "consumer", s.cfg.Durable, "err", err)
			sleep(ctx, errWait)
			errWait = min(2*errWait, 2*time.Second)
		}
	}
	s.drain(ctx, &wg, cancelWork)
	return runErr
}

// drain waits for the handlers in progress (bounded), then pushes out
// their acks.
func (s *Subscriber) drain(ctx context.Context, wg *sync.WaitGroup, cancelWork func()) {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	t := time.NewTimer(drainTimeout)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		s.log.Warn("handlers still running at shutdown; their articles will be delivered again", "consumer", s.cfg.Durable)
		cancelWork()
		<-done
	}
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := s.js.Conn().FlushWithContext(fctx); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		s.log.Warn("flush acks", "consumer", s.cfg.Durable, "err", err)
	}
}

// handleDurable decodes, runs the handler and settles msg. It reports
// whether the handler asked to stop.
func (s *Subscriber) handleDurable(ctx context.Context, msg jetstream.Msg, h Handler) bool {
	stopKeep := inprogress.Keep(msg, s.cfg.AckWait, false)
	defer stopKeep()
	m, err := s.decode(ctx, msg)
	s.lastPendingZero.Store(m.Pending == 0)
	if err != nil {
		if errors.Is(err, ErrUndecodable) {
			s.noteUndecodable(msg, err)
			s.hold(m.Seq, true)
			s.nak(msg, s.cfg.UndecodableDelay)
			return false
		}
		s.decodeRetries.Add(1)
		delay := s.cfg.backoff(m.Deliveries)
		s.log.Warn("decode article; will retry", "subject", msg.Subject(), "delivery", m.Deliveries, "retry_in", delay, "err", err)
		s.nak(msg, delay)
		return false
	}
	s.hold(m.Seq, false)
	if !s.wanted(m.Article) {
		// Another host on the subject of one in Sites.
		s.skipped.Add(1)
		if aerr := msg.Ack(); aerr != nil {
			s.log.Warn("ack article of another site", "subject", msg.Subject(), "consumer", s.cfg.Durable, "err", aerr)
		}
		return false
	}
	s.countDelivery(m)
	err = call(ctx, h, m)
	switch {
	case err == nil || errors.Is(err, ErrStop):
		if aerr := msg.Ack(); aerr != nil {
			s.log.Warn("ack article (it will be delivered again)", "consumer", s.cfg.Durable, "subject", msg.Subject(), "seq", m.Seq, "id", m.Article.ID, "err", aerr)
		}
		s.acked.Add(1)
		return errors.Is(err, ErrStop)
	case errors.Is(err, ErrRejected):
		s.rejected.Add(1)
		if terr := msg.TermWithReason(oneLine(err.Error(), 512)); terr != nil {
			s.log.Warn("terminate rejected article", "id", m.Article.ID, "err", terr)
		}
	case s.cfg.MaxDeliver > 0 && m.Deliveries >= uint64(s.cfg.MaxDeliver):
		s.gaveUp.Add(1)
		s.log.Error("handler failed on the last delivery (MaxDeliver); article terminated", "consumer", s.cfg.Durable,
			"subject", msg.Subject(), "seq", m.Seq, "id", m.Article.ID, "url", m.Article.URL, "delivery", m.Deliveries, "err", err)
		if terr := msg.TermWithReason(oneLine(fmt.Sprintf("max deliver %d: %v", s.cfg.MaxDeliver, err), 512)); terr != nil {
			s.log.Warn("terminate article", "id", m.Article.ID, "err", terr)
		}
	default:
		s.retried.Add(1)
		delay := s.cfg.backoff(m.Deliveries)
		s.log.Warn("handler failed; article will be delivered again", "consumer", s.cfg.Durable, "subject", msg.Subject(), "seq", m.Seq,
			"id", m.Article.ID, "url", m.Article.URL,
			"delivery", m.Deliveries, "retry_in", delay, "err", err)
		s.nak(msg, delay)
	}
	return false
}

// hold records (or forgets) an article kept as undecodable.
func (s *Subscriber) hold(seq uint64, undecodable bool) {
	if seq == 0 {
		return
	}
	s.heldMu.Lock()
	defer s.heldMu.Unlock()
	if undecodable {
		s.held[seq] = struct{}{}
	} else {
		delete(s.held, seq)
	}
}

func (s *Subscriber) heldCount() int {
	s.heldMu.Lock()
	defer s.heldMu.Unlock()
	return len(s.held)
}

func (s *Subscriber) nak(msg jetstream.Msg, delay time.Duration) {
	if err := msg.NakWithDelay(delay); err != nil {
		s.log.Warn("nak article (it will be delivered again after AckWait)", "subject", msg.Subject(), "err", err)
	}
}

// runOrdered reads with an ordered consumer: one article at a time, in
// stream order, nothing acked. A handler error ends Run (the stream keeps
// the article: resume with StartSeq); an article that cannot be decoded is
// reported and skipped, since an ordered consumer cannot hold it back.
func (s *Subscriber) runOrdered(ctx context.Context, h Handler) error {
	pol, t, seq := s.cfg.deliverPolicy()
	cons, err := s.js.OrderedConsumer(ctx, s.cfg.Stream, jetstream.OrderedConsumerConfig{
		FilterSubjects: Subjects(s.cfg.Sites),
		DeliverPolicy:  pol,
		OptStartTime:   t,
		OptStartSeq:    seq,
		// nats.go recreates the server-side consumer on every Next and,
		// by default, retries that for ever without looking at the fetch
		// context: on a closed connection Next would never return. One
		// attempt per Next; the loop below retries (honouring ctx) and
		// gives up once the connection is closed.
		MaxResetAttempts: 1,
	})
	if err != nil {
		return fmt.Errorf("subscribe: ordered consumer on %s: %w", s.cfg.Stream, err)
	}
	checkCaughtUp := s.cfg.StopWhenCaughtUp
	errWait := 50 * time.Millisecond
	for ctx.Err() == nil {
		if checkCaughtUp {
			info, err := cons.Info(ctx)
			if err == nil && info.NumPending == 0 {
				return nil
			}
			checkCaughtUp = false
		}
		fctx, cancel := context.WithTimeout(ctx, fetchWait)
		msg, err := cons.Next(jetstream.FetchContext(fctx))
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			if isFetchTimeout(err) {
				checkCaughtUp = s.cfg.StopWhenCaughtUp
				continue
			}
			if errors.Is(err, nats.ErrConnectionClosed) || s.js.Conn().IsClosed() {
				return fmt.Errorf("subscribe: next article from stream %s: %w", s.cfg.Stream, err)
			}
			// The server is away (reconnecting): try again, stream
			// position kept by the ordered consumer.
			s.log.Debug("next article", "stream", s.cfg.Stream, "err", err)
			sleep(ctx, errWait)
			errWait = min(2*errWait, 2*time.Second)
			continue
		}
		errWait = 50 * time.Millisecond
		m, err := s.decodeRetrying(ctx, msg)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			s.noteUndecodable(msg, err)
			checkCaughtUp = s.cfg.StopWhenCaughtUp && m.Pending == 0
			continue
		}
		if !s.wanted(m.Article) {
			// Another host on the subject of one in Sites.
			s.skipped.Add(1)
			checkCaughtUp = s.cfg.StopWhenCaughtUp && m.Pending == 0
			continue
		}
		s.countDelivery(m)
		err = call(ctx, h, m)
		switch {
		case err == nil:
			s.acked.Add(1)
		case errors.Is(err, ErrStop):
			s.acked.Add(1)
			return nil
		case errors.Is(err, ErrRejected):
			s.rejected.Add(1)
		default:
			s.retried.Add(1)
			return fmt.Errorf("subscribe: handler failed on article %s (%s, stream %s sequence %d; resume with StartSeq %d): %w",
				m.Article.ID, m.Subject, s.cfg.Stream, m.Seq, m.Seq, err)
		}
		checkCaughtUp = s.cfg.StopWhenCaughtUp && m.Pending == 0
	}
	return nil
}

// decodeRetrying decodes msg, retrying transient failures with Backoff
// (an ordered consumer cannot nak). After the last delay the failure
// counts as undecodable.
func (s *Subscriber) decodeRetrying(ctx context.Context, msg jetstream.Msg) (*Message, error) {
	for attempt := 1; ; attempt++ {
		m, err := s.decode(ctx, msg)
		if err == nil || errors.Is(err, ErrUndecodable) {
			return m, err
		}
		s.decodeRetries.Add(1)
		if attempt > len(s.cfg.Backoff) {
			return m, fmt.Errorf("%w: gave up after %d attempts: %w", ErrUndecodable, attempt, err)
		}
		s.log.Warn("decode article; will retry", "subject", msg.Subject(), "attempt", attempt, "err", err)
		if !sleep(ctx, s.cfg.backoff(uint64(attempt))) {
			return m, ctx.Err()
		}
	}
}

// oneLine makes s a single-line reason of at most n bytes.
func oneLine(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	if len(s) > n {
		s = s[:n]
	}
	return s
}

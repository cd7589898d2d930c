package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// drainTimeout bounds how long a stopping worker waits for in-flight
// messages, unless WithDrainTimeout says otherwise (a Pipeline's workers
// share its ShutdownTimeout budget instead); what is not acked by then is
// redelivered after AckWait.
const drainTimeout = 30 * time.Second

// lazyDrain is the context a stopping worker drains under, made when the
// worker notices the stop (from open: a Pipeline's shared shutdown budget,
// or WithDrainTimeout counted from then) and the same for the rest of the
// stop.
type lazyDrain struct {
	open   func() (context.Context, context.CancelFunc)
	ctx    context.Context
	cancel context.CancelFunc
}

// get returns the drain context, making it at the first call. It is not
// safe for concurrent use.
func (l *lazyDrain) get() context.Context {
	if l.ctx == nil {
		l.ctx, l.cancel = l.open()
	}
	return l.ctx
}

// release frees the drain context's timer.
func (l *lazyDrain) release() {
	if l.cancel != nil {
		l.cancel()
	}
}

// fetchWait is how long one pull request waits for messages.
const fetchWait = 2 * time.Second

// consumeLoop reads msgs from the durable consumer cc.Durable on stream and
// runs handle for each, at most cc.Concurrency at a time. It pulls only as
// many messages as it has free slots, so no message waits unattended in a
// client buffer (where its AckWait would run out) and idle workers elsewhere
// get the rest. handle gets a ctx that is not cancelled with ctx, so
// in-flight work finishes. When ctx is done consumeLoop stops pulling and
// returns after every handle returned (bounded by drain's context: when it
// ends the handles' ctx is cancelled). It also returns when the connection
// is closed.
func consumeLoop(ctx context.Context, js jetstream.JetStream, stream string, cc ConsumerConfig, drain *lazyDrain, log *slog.Logger,
	handle func(ctx context.Context, msg jetstream.Msg)) error {
	cons, err := openConsumer(ctx, js, stream, cc.Durable, log)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped before it held a message: nothing to drain
		}
		return err
	}
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	sem := make(chan struct{}, cc.Concurrency)
	var wg sync.WaitGroup
	errWait := 50 * time.Millisecond
pull:
	for ctx.Err() == nil {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			break pull
		}
		n := 1
	more:
		for n < cc.Concurrency {
			select {
			case sem <- struct{}{}:
				n++
			default:
				break more
			}
		}
		fctx, cancel := context.WithTimeout(ctx, fetchWait)
		batch, err := cons.Fetch(n, jetstream.FetchContext(fctx))
		used := 0
		if err == nil {
			for msg := range batch.Messages() {
				used++
				wg.Go(func() {
					defer func() { <-sem }()
					handle(work, msg)
				})
			}
			err = batch.Error()
		}
		cancel()
		for range n - used {
			<-sem
		}
		switch {
		case err == nil, ctx.Err() != nil, errors.Is(err, context.DeadlineExceeded), errors.Is(err, nats.ErrTimeout):
			errWait = 50 * time.Millisecond
		case errors.Is(err, nats.ErrConnectionClosed):
			log.Warn("connection closed; worker stops", "consumer", cc.Durable)
			break pull
		default:
			log.Debug("fetch", "consumer", cc.Durable, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(errWait):
			}
			errWait = min(2*errWait, 2*time.Second)
		}
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	dctx := drain.get()
	select {
	case <-done:
	case <-dctx.Done():
		log.Warn("drain timed out; unacked messages will be redelivered", "consumer", cc.Durable)
		cancelWork()
		<-done
	}
	// Acks are fire-and-forget; push them out before reporting done (or,
	// past the drain deadline, leave them to the connection's close).
	fctx, cancel := context.WithTimeout(dctx, 5*time.Second)
	defer cancel()
	if err := js.Conn().FlushWithContext(fctx); err != nil && !errors.Is(err, nats.ErrConnectionClosed) && dctx.Err() == nil {
		log.Warn("flush acks", "consumer", cc.Durable, "err", err)
	}
	return nil
}

// openConsumer looks the durable consumer up, and again while the server
// does not answer: a worker started (or restarted) while NATS is down or
// failing over waits for it instead of dying on its first request. A
// consumer or stream that does not exist is an error at once; so is ctx
// ending.
func openConsumer(ctx context.Context, js jetstream.JetStream, stream, durable string, log *slog.Logger) (jetstream.Consumer, error) {
	wait := 100 * time.Millisecond
	for {
		cons, err := js.Consumer(ctx, stream, durable)
		switch {
		case err == nil:
			return cons, nil
		case ctx.Err() != nil, errors.Is(err, jetstream.ErrConsumerNotFound), errors.Is(err, jetstream.ErrStreamNotFound),
			errors.Is(err, nats.ErrConnectionClosed):
			return nil, fmt.Errorf("pipeline: open consumer %s on %s: %w", durable, stream, err)
		}
		log.Warn("consumer not reachable yet; retrying", "consumer", durable, "stream", stream, "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("pipeline: open consumer %s on %s: %w", durable, stream, err)
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

// deadLetter copies msg to the DEADLETTER stream with the failure reason,
// stage, delivery count and origin in headers, then terminates it so the
// server never delivers it again. The copy's Nats-Msg-Id is derived from the
// original's stream sequence, so a retried dead-letter is stored once.
func deadLetter(ctx context.Context, js jetstream.JetStream, stage string, msg jetstream.Msg, reason string) error {
	reason = oneLine(reason, 1024)
	var stream string
	var seq, n uint64
	if md, err := msg.Metadata(); err == nil {
		stream, seq, n = md.Stream, md.Sequence.Stream, md.NumDelivered
	}
	m := deadLetterMsg(stage, msg.Subject(), msg.Headers(), msg.Data(), stream, seq, n, reason)
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := publishRetry(pctx, js, m); err != nil {
		return fmt.Errorf("pipeline: dead-letter %s message %s/%d: %w", stage, stream, seq, err)
	}
	if err := msg.TermWithReason(reason); err != nil {
		return fmt.Errorf("pipeline: terminate dead-lettered %s message %s/%d: %w", stage, stream, seq, err)
	}
	return nil
}

// deadLetterMsg builds the DEADLETTER copy of a message.
func deadLetterMsg(stage, subject string, h nats.Header, data []byte, stream string, seq, deliveries uint64, reason string) *nats.Msg {
	m := nats.NewMsg(DeadLetterSubject(stage))
	for k, vs := range h {
		if k == HeaderMsgID || strings.HasPrefix(k, "Nats-") {
			continue
		}
		m.Header[k] = append([]string(nil), vs...)
	}
	m.Header.Set(HeaderDLReason, oneLine(reason, 1024))
	m.Header.Set(HeaderDLStage, stage)
	m.Header.Set(HeaderDLDeliveries, strconv.FormatUint(deliveries, 10))
	m.Header.Set(HeaderDLSubject, subject)
	m.Header.Set(HeaderDLStream, stream)
	m.Header.Set(HeaderDLSequence, strconv.FormatUint(seq, 10))
	m.Header.Set(HeaderDLTime, time.Now().UTC().Format(time.RFC3339))
	m.Header.Set(HeaderMsgID, "dl:"+stage+":"+stream+":"+strconv.FormatUint(seq, 10))
	m.Data = data
	return m
}

// maxDeliveriesSubject is the server advisory sent when a message reached
// a consumer's MaxDeliver without being acked or terminated.
func maxDeliveriesSubject(stream, durable string) string {
	return "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + stream + "." + durable
}

// watchMaxDeliveries dead-letters messages that used up MaxDeliver without
// any worker settling them: the worker crashed (or was killed) on every
// delivery, so the normal dead-letter path never ran. Without this such a
// page would sit in PAGES forever. Every worker of a stage receives the
// advisory; the dead-letter Msg-Id makes the copies one. It returns after
// ctx is done. onDone is called for each message this call dead-lettered.
func watchMaxDeliveries(ctx context.Context, js jetstream.JetStream, stream, durable, stage string, removeFromStream bool,
	log *slog.Logger, onDone func(reason string)) {
	work := make(chan *nats.Msg, 64)
	sub, err := js.Conn().ChanSubscribe(maxDeliveriesSubject(stream, durable), work)
	if err != nil {
		log.Warn("subscribe to max-deliveries advisories; crashed-on messages will not be dead-lettered", "err", err)
		return
	}
	defer func() { _ = sub.Unsubscribe() }()
	for {
		var data []byte
		select {
		case <-ctx.Done():
			return
		case m := <-work:
			data = m.Data
		}
		var adv struct {
			StreamSeq  uint64 `json:"stream_seq"`
			Deliveries uint64 `json:"deliveries"`
		}
		if err := json.Unmarshal(data, &adv); err != nil || adv.StreamSeq == 0 {
			continue
		}
		reason := fmt.Sprintf("reached max deliveries (%d) without being acked: the worker crashed, was killed or hung on it", adv.Deliveries)
		if err := deadLetterSeq(ctx, js, stream, stage, adv.StreamSeq, adv.Deliveries, reason, removeFromStream); err != nil {
			if errors.Is(err, errAlreadyHandled) {
				continue
			}
			log.Error("dead-letter message after max deliveries", "stream", stream, "seq", adv.StreamSeq, "err", err)
			continue
		}
		log.Warn("message dead-lettered after max deliveries", "stream", stream, "seq", adv.StreamSeq, "deliveries", adv.Deliveries)
		if onDone != nil {
			onDone(reason)
		}
	}
}

var errAlreadyHandled = errors.New("already dead-lettered")

// deadLetterSeq copies stream message seq to DEADLETTER and (for the work
// queue) deletes it.
func deadLetterSeq(ctx context.Context, js jetstream.JetStream, stream, stage string, seq, deliveries uint64, reason string, remove bool) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	if err != nil {
		return err
	}
	raw, err := s.GetMsg(ctx, seq)
	if err != nil {
		if isNotFound(err) {
			return errAlreadyHandled
		}
		return fmt.Errorf("get %s/%d: %w", stream, seq, err)
	}
	m := deadLetterMsg(stage, raw.Subject, raw.Header, raw.Data, stream, seq, deliveries, reason)
	ack, err := publishRetry(ctx, js, m)
	if err != nil {
		return fmt.Errorf("publish dead letter of %s/%d: %w", stream, seq, err)
	}
	if remove {
		if err := s.DeleteMsg(ctx, seq); err != nil && !isNotFound(err) {
			return fmt.Errorf("delete %s/%d: %w", stream, seq, err)
		}
	}
	if ack.Duplicate {
		return errAlreadyHandled
	}
	return nil
}

// oneLine makes s a valid single-line header value of at most n bytes.
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

// deliveries returns how often msg was delivered (1 when unknown).
func deliveries(msg jetstream.Msg) uint64 {
	if md, err := msg.Metadata(); err == nil && md.NumDelivered > 0 {
		return md.NumDelivered
	}
	return 1
}

// panicError is a recovered panic from injected code.
type panicError struct{ v any }

func (p panicError) Error() string { return fmt.Sprintf("panic: %v", p.v) }

// Package subscribe is Byline's consumer kit: it reads extracted articles
// from the ARTICLES stream on NATS JetStream and hands each one to a
// handler as an article.Article, whatever form it travelled in (plain
// JSON, zstd-compressed JSON, or JSON kept in the object store because it
// was too large for a message; see package wire).
//
//	sub, err := subscribe.New(js, subscribe.Config{
//		Durable: "my-service",
//		Sites:   []string{"example.com"},
//		Since:   time.Now().Add(-24 * time.Hour),
//	})
//	err = sub.Run(ctx, func(ctx context.Context, m *subscribe.Message) error {
//		return store(ctx, m.Article) // nil acks; an error redelivers later
//	})
//
// Delivery is at least once: an article whose handler did not return nil
// (or whose process died) is delivered again, with the same Message.Seq
// and Message.MsgID. A re-publication of the same article (a later crawl
// of an unchanged page) has a new Seq and the same MsgID; a changed
// article (any field but its fetch time and sequence: body, headline,
// summary, tags, bylines, dates, ...) keeps its Article.ID and gets a new
// MsgID. Dedupe on MsgID, or upsert by Article.ID (see Seen and the
// README).
//
// The subscriber never terminates a message because of how Byline encoded
// it: an article it cannot decode (a newer schema version, an encoding it
// does not know, a body the object store does not return) is kept and
// delivered again later, so upgrading the subscriber recovers it. Only the
// handler can reject an article for good (Reject).
package subscribe

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/wire"
)

// Errors.
var (
	// ErrInvalidConfig is wrapped by every Config error.
	ErrInvalidConfig = errors.New("subscribe: invalid config")
	// ErrUndecodable is wrapped by the error passed to
	// Config.OnUndecodable: the message is not an article this subscriber
	// can read. The subscriber keeps it (it is delivered again after
	// Config.UndecodableDelay) and never terminates it.
	ErrUndecodable = errors.New("subscribe: undecodable article message")
	// ErrNewerSchema is wrapped (with ErrUndecodable) when the message has
	// a Byline-Schema-Version, or its article a schema_version, above
	// article.SchemaVersion: upgrade github.com/byline/byline to read it.
	// It is wire.ErrNewerSchema.
	ErrNewerSchema = wire.ErrNewerSchema
	// ErrStop, returned (wrapped or not) by a Handler, acks the article
	// and makes Run return nil once the articles in hand are settled.
	ErrStop = errors.New("subscribe: stop")
	// ErrRejected is wrapped by the errors Reject makes.
	ErrRejected = errors.New("rejected by the handler")
)

// Reject wraps err so that, returned by a Handler, the article is
// terminated: never delivered to this consumer again. Use it only for
// articles your service can never accept; the subscriber itself never
// rejects. Reject(nil) is nil.
func Reject(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrRejected, err)
}

// Handler handles one article. Its return value decides what happens to
// the message:
//
//	nil               ack: done, never delivered to this consumer again
//	ErrStop           ack, then Run returns nil
//	Reject(err)       terminate: never delivered again (counted in Stats.Rejected)
//	any other error   nak: delivered again after Config.Backoff (ordered
//	                  consumer: Run returns the error, with Message.Seq to resume from);
//	                  terminated instead on the Config.MaxDeliver-th delivery
//
// A panic counts as an error. The ctx is cancelled only if the handler
// outlives Run's drain; the subscriber tells the server the article is in
// progress while the handler runs, so a slow handler is not redelivered
// elsewhere. Handlers run concurrently only with Config.Concurrency > 1.
type Handler func(ctx context.Context, m *Message) error

// Message is one delivered article and what the bus says about it.
type Message struct {
	// Article is the decoded article.
	Article *article.Article
	// JSON is the article as the producer wrote it: fields this version of
	// Article does not know (a newer producer's additions within the same
	// schema version) are kept here, for a service that forwards or
	// stores articles whole.
	JSON []byte
	// Subject is byline.articles.<site token>.
	Subject string
	// MsgID is the Nats-Msg-Id header,
	// "article:<id>:<content_hash>:<fingerprint>" (wire.ArticleMsgID): the
	// same for every publication of the same article, new when any field
	// but fetched_at, fetch_seq and page_hash changed. Treat it as opaque.
	MsgID string
	// Seq is the stream sequence: the same when a message is redelivered,
	// new when an article is published again.
	Seq uint64
	// Stored is when the stream stored the message.
	Stored time.Time
	// Deliveries counts deliveries of this message to this consumer; 1 the
	// first time.
	Deliveries uint64
	// Pending is how many matching messages after this one the consumer
	// has not delivered yet.
	Pending uint64
	// SchemaVersion is the Byline-Schema-Version header (0 if absent).
	SchemaVersion int
	// Form is how the body travelled: plain, zstd or object.
	Form wire.Form
	// Header holds every header of the message (see package wire).
	Header nats.Header
}

// Redelivered reports whether this consumer saw this message before
// (its handler failed, or the process stopped before the ack).
func (m *Message) Redelivered() bool { return m.Deliveries > 1 }

// Config configures a Subscriber. Zero fields take the defaults named in
// their comments; the zero Config reads every article from the start of
// the stream with an ordered consumer.
type Config struct {
	// Stream is the articles stream; default "ARTICLES".
	Stream string
	// BodyBucket is the object store bucket holding articles too large for
	// a message; default "byline-article-bodies". The subscriber's NATS
	// user needs read access to it.
	BodyBucket string
	// Durable names a durable consumer (letters, digits, - and _). The
	// server keeps its position: a restarted subscriber resumes after the
	// last acked article, and processes using the same name share the
	// articles. Empty: an ordered consumer, which keeps no state on the
	// server, acks nothing and delivers in stream order to this process
	// alone (what `byline tail` uses).
	Durable string
	// Sites keeps only the articles of these sites: host names as in the
	// article's canonical URL (its URL when it has none), the host its
	// subject is named after, with or without "www." ("example.com").
	// Empty: every site. The consumer filters on their subjects; since
	// different hosts can share a subject token (news.example.com and
	// news_example.com), an article of another host on the same subject is
	// acked without a handler call (Stats.Skipped).
	Sites []string
	// Since starts with the articles the stream stored at or after Since.
	// At most one of Since, StartSeq and NewOnly may be set; none means the
	// whole stream (it keeps 30 days by default). For a durable they apply
	// when it is created: an existing durable resumes where it stopped.
	Since time.Time
	// StartSeq starts at this stream sequence (to resume an ordered
	// consumer after the last Message.Seq it handled, pass that plus one).
	StartSeq uint64
	// NewOnly starts with the articles stored from now on.
	NewOnly bool
	// StopWhenCaughtUp makes Run return nil once every matching article
	// stored so far is handled, instead of waiting for new ones. Articles
	// it cannot decode are kept on the server but not waited for.
	StopWhenCaughtUp bool

	// AckWait is how long the server waits for an ack before it delivers
	// the article again (durable only); default 30s. The subscriber sends
	// "in progress" while a handler runs, so it matters only when a
	// process dies.
	AckWait time.Duration
	// MaxAckPending caps articles delivered but not yet acked across all
	// processes of a durable; default 1000.
	MaxAckPending int
	// Concurrency is how many handlers run at once (durable only; an
	// ordered consumer handles one article at a time); default 1, which
	// keeps stream order except for redeliveries.
	Concurrency int
	// Backoff are the delays before an article whose handler failed is
	// delivered again, after the 1st, 2nd, ... failure; the last repeats.
	// Default 1s, 5s, 30s, 1m, 5m. There is no delivery limit unless
	// MaxDeliver is set.
	Backoff []time.Duration
	// MaxDeliver, if > 0, is how many deliveries an article gets (durable
	// only): when the handler fails on the MaxDeliver-th, the article is
	// terminated (Stats.GaveUp, logged with its subject, sequence and the
	// error) so that one article your service can never take does not
	// come back for ever. Default 0: no limit, an article is never
	// dropped because its handler kept failing (an outage of your
	// database loses nothing). Articles the subscriber cannot decode are
	// kept whatever MaxDeliver says.
	MaxDeliver int
	// UndecodableDelay is how long an article this subscriber cannot
	// decode waits before it is delivered again; default 10m.
	UndecodableDelay time.Duration
	// OnUndecodable, if set, is called for each such delivery, with an
	// error wrapping ErrUndecodable (and ErrNewerSchema when that is the
	// cause). The message is kept either way.
	OnUndecodable func(subject string, h nats.Header, err error)
	// Logger gets warnings (handler failures, undecodable messages); nil
	// discards them.
	Logger *slog.Logger
}

// Defaults for zero Config fields.
var (
	DefaultBackoff          = []time.Duration{time.Second, 5 * time.Second, 30 * time.Second, time.Minute, 5 * time.Minute}
	DefaultAckWait          = 30 * time.Second
	DefaultMaxAckPending    = 1000
	DefaultUndecodableDelay = 10 * time.Minute
)

func (c Config) withDefaults() Config {
	if c.Stream == "" {
		c.Stream = wire.DefaultArticlesStream
	}
	if c.BodyBucket == "" {
		c.BodyBucket = wire.DefaultArticleBodyBucket
	}
	if c.AckWait == 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxAckPending == 0 {
		c.MaxAckPending = DefaultMaxAckPending
	}
	if c.Concurrency == 0 {
		c.Concurrency = 1
	}
	if len(c.Backoff) == 0 {
		c.Backoff = DefaultBackoff
	}
	if c.UndecodableDelay == 0 {
		c.UndecodableDelay = DefaultUndecodableDelay
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

func (c Config) validate() error {
	if c.Durable != "" && !validName(c.Durable) {
		return fmt.Errorf("%w: durable %q: want letters, digits, - and _", ErrInvalidConfig, c.Durable)
	}
	n := 0
	for _, set := range []bool{!c.Since.IsZero(), c.StartSeq > 0, c.NewOnly} {
		if set {
			n++
		}
	}
	if n > 1 {
		return fmt.Errorf("%w: set at most one of Since, StartSeq and NewOnly", ErrInvalidConfig)
	}
	for _, s := range c.Sites {
		if siteOf(s) == "" {
			return fmt.Errorf("%w: site %q: want a host name such as example.com", ErrInvalidConfig, s)
		}
	}
	if c.AckWait < 0 || c.MaxAckPending < 0 || c.Concurrency < 0 || c.UndecodableDelay < 0 || c.MaxDeliver < 0 {
		return fmt.Errorf("%w: negative AckWait, MaxAckPending, Concurrency, UndecodableDelay or MaxDeliver", ErrInvalidConfig)
	}
	for _, d := range c.Backoff {
		if d <= 0 {
			return fmt.Errorf("%w: backoff %v: want > 0", ErrInvalidConfig, d)
		}
	}
	return nil
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// siteOf turns a Config.Sites entry (a host name or a URL) into a site.
func siteOf(s string) string {
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	return wire.SiteOf(s)
}

// Subjects returns the filter subjects for sites: one
// byline.articles.<site token> each, or byline.articles.> for none.
func Subjects(sites []string) []string {
	if len(sites) == 0 {
		return []string{wire.ArticlesSubjectPrefix + ".>"}
	}
	var out []string
	for _, s := range sites {
		subj := wire.ArticleSubject(siteOf(s))
		if !contains(out, subj) {
			out = append(out, subj)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Stats are counters of a Subscriber since it was created.
type Stats struct {
	// Delivered counts handler calls, redeliveries included.
	Delivered uint64 `json:"delivered"`
	// Redelivered counts, of Delivered, messages seen before.
	Redelivered uint64 `json:"redelivered"`
	// Acked counts articles the handler accepted (nil or ErrStop).
	Acked uint64 `json:"acked"`
	// Retried counts handler errors: naked, delivered again later.
	Retried uint64 `json:"retried"`
	// Rejected counts articles terminated because the handler said
	// Reject. The subscriber terminates nothing on its own, but for
	// GaveUp.
	Rejected uint64 `json:"rejected"`
	// GaveUp counts articles terminated because the handler failed on
	// their Config.MaxDeliver-th delivery.
	GaveUp uint64 `json:"gave_up"`
	// Undecodable counts deliveries the subscriber could not decode; they
	// are kept and delivered again later.
	Undecodable uint64 `json:"undecodable"`
	// DecodeRetries counts decode attempts that failed on a transient
	// error (the object store did not answer).
	DecodeRetries uint64 `json:"decode_retries"`
	// Skipped counts articles of a host not in Config.Sites that share a
	// subject token with one that is: acked (durable) without a handler
	// call.
	Skipped uint64 `json:"skipped"`
	// Plain, Zstd and Object count Delivered by body form.
	Plain  uint64 `json:"plain"`
	Zstd   uint64 `json:"zstd"`
	Object uint64 `json:"object"`
}

// Subscriber reads articles from the ARTICLES stream. Create it with New
// and call Run once.
type Subscriber struct {
	js  jetstream.JetStream
	cfg Config
	log *slog.Logger
	// sites are the sites of Config.Sites; nil for every site.
	sites map[string]bool

	storeMu sync.Mutex
	store   jetstream.ObjectStore

	// lastPendingZero: the latest delivery had nothing after it.
	lastPendingZero atomic.Bool

	// held are the stream sequences of articles this subscriber could not
	// decode and keeps (naked for UndecodableDelay): they stay unacked on
	// the server, and StopWhenCaughtUp does not wait for them.
	heldMu sync.Mutex
	held   map[uint64]struct{}

	delivered, redelivered, acked, retried, rejected, undecodable, decodeRetries, skipped, gaveUp atomic.Uint64
	plain, zstd, object                                                                           atomic.Uint64
}

// New returns a Subscriber reading through js. It checks cfg but does not
// talk to the server; Run does.
func New(js jetstream.JetStream, cfg Config) (*Subscriber, error) {
	if js == nil {
		return nil, fmt.Errorf("%w: nil JetStream", ErrInvalidConfig)
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	s := &Subscriber{js: js, cfg: cfg, log: cfg.Logger, held: map[uint64]struct{}{}}
	for _, site := range cfg.Sites {
		if s.sites == nil {
			s.sites = map[string]bool{}
		}
		s.sites[siteOf(site)] = true
	}
	return s, nil
}

// wanted reports whether a is of a site the subscriber asked for.
func (s *Subscriber) wanted(a *article.Article) bool {
	return s.sites == nil || s.sites[wire.ArticleSite(a)]
}

// Stats returns a copy of the counters.
func (s *Subscriber) Stats() Stats {
	return Stats{
		Delivered: s.delivered.Load(), Redelivered: s.redelivered.Load(), Acked: s.acked.Load(),
		Retried: s.retried.Load(), Rejected: s.rejected.Load(), Undecodable: s.undecodable.Load(),
		DecodeRetries: s.decodeRetries.Load(), Skipped: s.skipped.Load(), GaveUp: s.gaveUp.Load(),
		Plain: s.plain.Load(), Zstd: s.zstd.Load(), Object: s.object.Load(),
	}
}

// Run creates or resumes the consumer and hands every article to h until
// ctx is done, h returns ErrStop, the consumer caught up (with
// Config.StopWhenCaughtUp), or an ordered consumer's handler fails. It
// returns nil in the first three cases. On the way out it lets the
// handlers in progress finish and settles their messages.
func (s *Subscriber) Run(ctx context.Context, h Handler) error {
	if h == nil {
		return fmt.Errorf("%w: nil Handler", ErrInvalidConfig)
	}
	if s.cfg.Durable == "" {
		return s.runOrdered(ctx, h)
	}
	return s.runDurable(ctx, h)
}

// deliverPolicy maps the start fields onto JetStream's.
func (c Config) deliverPolicy() (jetstream.DeliverPolicy, *time.Time, uint64) {
	switch {
	case !c.Since.IsZero():
		t := c.Since
		return jetstream.DeliverByStartTimePolicy, &t, 0
	case c.StartSeq > 0:
		return jetstream.DeliverByStartSequencePolicy, nil, c.StartSeq
	case c.NewOnly:
		return jetstream.DeliverNewPolicy, nil, 0
	}
	return jetstream.DeliverAllPolicy, nil, 0
}

// bodies opens the article body bucket on first use.
func (s *Subscriber) bodies(ctx context.Context) (jetstream.ObjectStore, error) {
	s.storeMu.Lock()
	defer s.storeMu.Unlock()
	if s.store != nil {
		return s.store, nil
	}
	st, err := s.js.ObjectStore(ctx, s.cfg.BodyBucket)
	if err != nil {
		return nil, fmt.Errorf("open article body bucket %s: %w", s.cfg.BodyBucket, err)
	}
	s.store = st
	return st, nil
}

// decode turns a delivery into a Message. Errors wrapping ErrUndecodable
// are permanent for this subscriber version; others are transient.
func (s *Subscriber) decode(ctx context.Context, msg jetstream.Msg) (*Message, error) {
	h := msg.Headers()
	m := &Message{Subject: msg.Subject(), Header: h, MsgID: h.Get(wire.HeaderMsgID), Deliveries: 1}
	if md, err := msg.Metadata(); err == nil {
		m.Seq, m.Stored, m.Pending = md.Sequence.Stream, md.Timestamp, md.NumPending
		m.Deliveries = max(md.NumDelivered, 1)
	}
	v, err := wire.SchemaVersionOf(h)
	if err != nil {
		return m, fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	if v > article.SchemaVersion {
		return m, fmt.Errorf("%w: %w: message has %d, this subscriber reads up to %d", ErrUndecodable, ErrNewerSchema, v, article.SchemaVersion)
	}
	m.SchemaVersion = v
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	a, raw, form, err := wire.DecodeArticleJSON(dctx, h, msg.Data(), s.bodies)
	m.Form = form
	if err != nil {
		if errors.Is(err, wire.ErrBadMessage) {
			return m, fmt.Errorf("%w: %w", ErrUndecodable, err)
		}
		return m, err
	}
	m.Article, m.JSON = a, raw
	return m, nil
}

// countForm counts a decoded delivery.
func (s *Subscriber) countDelivery(m *Message) {
	s.delivered.Add(1)
	if m.Redelivered() {
		s.redelivered.Add(1)
	}
	switch m.Form {
	case wire.FormZstd:
		s.zstd.Add(1)
	case wire.FormObject:
		s.object.Add(1)
	default:
		s.plain.Add(1)
	}
}

func (s *Subscriber) noteUndecodable(msg jetstream.Msg, err error) {
	s.undecodable.Add(1)
	s.log.Error("article message this subscriber cannot decode; kept for a later delivery (upgrade the subscriber if the schema is newer)",
		"stream", s.cfg.Stream, "consumer", s.cfg.Durable, "subject", msg.Subject(), "msg_id", msg.Headers().Get(wire.HeaderMsgID), "err", err)
	if s.cfg.OnUndecodable != nil {
		s.cfg.OnUndecodable(msg.Subject(), msg.Headers(), err)
	}
}

// call runs h, turning a panic into an error.
func call(ctx context.Context, h Handler, m *Message) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("subscribe: handler panicked: %v", v)
		}
	}()
	return h(ctx, m)
}

// backoff is the delay after the n-th failed delivery (n >= 1).
func (c Config) backoff(n uint64) time.Duration {
	i := int(min(n, uint64(len(c.Backoff)))) - 1
	return c.Backoff[max(i, 0)]
}

// sleep waits d or until ctx is done; it reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// isFetchTimeout reports errors that only mean "nothing arrived".
func isFetchTimeout(err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout) || errors.Is(err, jetstream.ErrNoMessages)
}

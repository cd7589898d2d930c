package pipeline

import (
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/wire"
)

// ErrInvalidConfig is wrapped by every Config.Validate error.
var ErrInvalidConfig = errors.New("pipeline: invalid config")

// Config holds the stream, bucket and consumer settings of the pipeline. The
// zero value of a field means "use the default" (see DefaultConfig); call
// WithDefaults then Validate, or let the constructors do it.
type Config struct {
	// Storage is "file" (default) or "memory" for all streams.
	Storage string `yaml:"storage,omitempty"`
	// Replicas for every stream; default 1. Use 3 on a cluster.
	Replicas int `yaml:"replicas,omitempty"`

	// PagesStream is the work-queue stream of fetched pages; default "PAGES".
	PagesStream string `yaml:"pages_stream,omitempty"`
	// PagesMaxAge drops pages nobody extracted; default 7 days. It is also
	// the TTL of the body bucket.
	PagesMaxAge time.Duration `yaml:"pages_max_age,omitempty"`
	// PagesMaxBytes caps the PAGES stream; default 0 = unlimited. When full
	// new pages are rejected (DiscardNew), so the publisher sees an error
	// instead of old work being dropped.
	PagesMaxBytes int64 `yaml:"pages_max_bytes,omitempty"`
	// Duplicates is the de-duplication window of PAGES and ARTICLES: a
	// message whose Nats-Msg-Id was seen within it is stored once; default 2m.
	Duplicates time.Duration `yaml:"duplicates,omitempty"`

	// ArticlesStream is the stream of extracted articles; default "ARTICLES".
	ArticlesStream string `yaml:"articles_stream,omitempty"`
	// ArticlesMaxAge is how long articles stay replayable; default 30 days.
	ArticlesMaxAge time.Duration `yaml:"articles_max_age,omitempty"`
	// ArticlesMaxBytes caps ARTICLES (old articles are dropped first);
	// default 0 = unlimited.
	ArticlesMaxBytes int64 `yaml:"articles_max_bytes,omitempty"`

	// DeadLetterStream holds failed messages; default "DEADLETTER".
	DeadLetterStream string `yaml:"deadletter_stream,omitempty"`
	// DeadLetterMaxAge; default 30 days.
	DeadLetterMaxAge time.Duration `yaml:"deadletter_max_age,omitempty"`

	// BodyBucket is the object store bucket for page bodies too large for a
	// message; default "byline-bodies".
	BodyBucket string `yaml:"body_bucket,omitempty"`
	// ArticleBodyBucket is the object store bucket for articles whose JSON
	// is too large for a message even zstd-compressed (rare: a page with
	// megabytes of text); default "byline-article-bodies". Unlike page
	// bodies these are never deleted on ack, since every subscriber reads
	// them: the bucket's TTL is ArticlesMaxAge plus a day, so a body
	// outlives its message. Subscribers need read access to it.
	ArticleBodyBucket string `yaml:"article_body_bucket,omitempty"`
	// CompressAbove zstd-compresses page bodies larger than this many
	// bytes. The default, -1, compresses only a body that would not fit in
	// a message as it is (above the server's max payload less
	// PayloadHeadroom), so fewer bodies need the object store. Most news
	// pages (median ~120 KB) travel as they are: PAGES is a work queue
	// whose messages live seconds, so compressing them costs CPU on both
	// ends (4% of run --once's CPU at 256 KiB, about a tenth at 32 KiB)
	// and saves nothing lasting. compress_above: 0 in a config file
	// compresses every body; in Go a zero CompressAbove means the
	// default, so use SetCompressAbove(0).
	CompressAbove int `yaml:"compress_above"`
	// compressAboveSet records that CompressAbove was set on purpose, so
	// WithDefaults keeps a 0.
	compressAboveSet bool
	// PayloadHeadroom is kept free below the server's max payload for
	// headers; a body larger than MaxPayload-PayloadHeadroom after
	// compression goes to BodyBucket. Default 64 KiB.
	PayloadHeadroom int `yaml:"payload_headroom,omitempty"`
	// PublishTimeout bounds one Publisher.Put including retries while the
	// server is unreachable, when the caller's ctx has no earlier deadline;
	// default 30s.
	PublishTimeout time.Duration `yaml:"publish_timeout,omitempty"`

	// RevisionsStream keeps the revision events (byline.revisions.<site>,
	// wire.RevisionEvent) for ArticlesMaxAge; default "REVISIONS".
	RevisionsStream string `yaml:"revisions_stream,omitempty"`
	// StateBucket is the key-value bucket where the index stage keeps what
	// it knows across articles: each article's revision history (key
	// "a.<id>") and its similarity sketch and cluster ("s.<id>"); default
	// "byline-index-state". It is the index stage's memory, on one machine
	// (the embedded server's disk) as on a cluster (replicated like the
	// streams), and every index worker process reads the sketches of the
	// others from it.
	StateBucket string `yaml:"state_bucket,omitempty"`
	// NoHistory turns clustering and revision history off: articles are
	// indexed as the extractor made them.
	NoHistory bool `yaml:"no_history,omitempty"`

	// IndexFlush is the longest an article waits in the index writer's
	// batch before the index worker calls Flush; an article after a quiet
	// spell is flushed at once (within 50ms). Default 500ms: under load
	// that is one index batch per half second, and fetch-to-searchable
	// stays well under a second. Lower means fresher search results and
	// more, smaller index segments to merge.
	IndexFlush time.Duration `yaml:"index_flush,omitempty"`

	// Extract configures the extract workers' durable consumer.
	Extract ConsumerConfig `yaml:"extract,omitempty"`
	// Index configures the index workers' durable consumer.
	Index ConsumerConfig `yaml:"index,omitempty"`
}

// ConsumerConfig configures one durable pull consumer and the workers that
// share it. Every worker process using the same Durable name shares the work.
type ConsumerConfig struct {
	// Durable is the consumer name; defaults "byline-extract", "byline-index".
	Durable string `yaml:"durable,omitempty"`
	// AckWait is how long the server waits for an ack before redelivering;
	// default 30s. Workers send InProgress while slow work runs. After a
	// failed delivery n the server waits AckWait+BackOff[n-1].
	AckWait time.Duration `yaml:"ack_wait,omitempty"`
	// MaxDeliver is how often a message is delivered before it is
	// dead-lettered; default 5. For the index consumer it counts on the
	// worker's side: a failed delivery numbered MaxDeliver or later is
	// dead-lettered, but deliveries released while the index was
	// unavailable never are (see IndexWorker); the server's limit there is
	// ten times MaxDeliver, for a worker that crashes on an article.
	MaxDeliver int `yaml:"max_deliver,omitempty"`
	// BackOff are the redelivery delays after the 1st, 2nd, ... failure
	// (also used as the NakWithDelay delay); default 1s, 5s, 30s, 1m. At most
	// MaxDeliver entries; the last one repeats.
	BackOff []time.Duration `yaml:"backoff,omitempty"`
	// MaxAckPending caps unacknowledged messages across all workers of the
	// consumer; default 1000.
	MaxAckPending int `yaml:"max_ack_pending,omitempty"`
	// Concurrency is how many messages one worker handles at a time; default
	// GOMAXPROCS for extract and 8 for index.
	Concurrency int `yaml:"concurrency,omitempty"`
	// Timeout bounds the handling of one message (extract call, index
	// write); default 1m.
	Timeout time.Duration `yaml:"timeout,omitempty"`
}

// Defaults.
var (
	// DefaultConfig is the configuration used for zero fields.
	DefaultConfig = Config{
		Storage:           "file",
		Replicas:          1,
		PagesStream:       "PAGES",
		PagesMaxAge:       7 * 24 * time.Hour,
		Duplicates:        2 * time.Minute,
		ArticlesStream:    "ARTICLES",
		ArticlesMaxAge:    30 * 24 * time.Hour,
		DeadLetterStream:  "DEADLETTER",
		DeadLetterMaxAge:  30 * 24 * time.Hour,
		BodyBucket:        "byline-bodies",
		ArticleBodyBucket: wire.DefaultArticleBodyBucket,
		CompressAbove:     -1,
		PayloadHeadroom:   64 << 10,
		PublishTimeout:    30 * time.Second,
		IndexFlush:        500 * time.Millisecond,
		RevisionsStream:   wire.DefaultRevisionsStream,
		StateBucket:       "byline-index-state",
		Extract:           DefaultExtractConsumer,
		Index:             DefaultIndexConsumer,
	}
	// DefaultExtractConsumer is the default extract consumer.
	DefaultExtractConsumer = ConsumerConfig{
		Durable:       "byline-extract",
		AckWait:       30 * time.Second,
		MaxDeliver:    5,
		BackOff:       []time.Duration{time.Second, 5 * time.Second, 30 * time.Second, time.Minute},
		MaxAckPending: 1000,
		Timeout:       time.Minute,
	}
	// DefaultIndexConsumer is the default index consumer.
	DefaultIndexConsumer = ConsumerConfig{
		Durable:       "byline-index",
		AckWait:       30 * time.Second,
		MaxDeliver:    5,
		BackOff:       []time.Duration{time.Second, 5 * time.Second, 30 * time.Second, time.Minute},
		MaxAckPending: 1000,
		Concurrency:   8,
		Timeout:       time.Minute,
	}
)

// SetCompressAbove sets CompressAbove to n, 0 included: WithDefaults
// keeps an explicit 0 (compress every page body) where it replaces a
// plain zero field by the default -1. Config loaders call it for a
// compress_above they read.
func (c *Config) SetCompressAbove(n int) {
	c.CompressAbove, c.compressAboveSet = n, true
}

// WithDefaults returns c with every zero field set from DefaultConfig
// (CompressAbove: unless SetCompressAbove chose 0).
func (c Config) WithDefaults() Config {
	d := DefaultConfig
	setStr(&c.Storage, d.Storage)
	setInt(&c.Replicas, d.Replicas)
	setStr(&c.PagesStream, d.PagesStream)
	setDur(&c.PagesMaxAge, d.PagesMaxAge)
	setDur(&c.Duplicates, d.Duplicates)
	setStr(&c.ArticlesStream, d.ArticlesStream)
	setDur(&c.ArticlesMaxAge, d.ArticlesMaxAge)
	setStr(&c.DeadLetterStream, d.DeadLetterStream)
	setDur(&c.DeadLetterMaxAge, d.DeadLetterMaxAge)
	setStr(&c.BodyBucket, d.BodyBucket)
	setStr(&c.ArticleBodyBucket, d.ArticleBodyBucket)
	if !c.compressAboveSet {
		setInt(&c.CompressAbove, d.CompressAbove)
	}
	setInt(&c.PayloadHeadroom, d.PayloadHeadroom)
	setDur(&c.PublishTimeout, d.PublishTimeout)
	setDur(&c.IndexFlush, d.IndexFlush)
	setStr(&c.RevisionsStream, d.RevisionsStream)
	setStr(&c.StateBucket, d.StateBucket)
	c.Extract = c.Extract.withDefaults(DefaultExtractConsumer, runtime.GOMAXPROCS(0))
	c.Index = c.Index.withDefaults(DefaultIndexConsumer, DefaultIndexConsumer.Concurrency)
	return c
}

func (c ConsumerConfig) withDefaults(d ConsumerConfig, conc int) ConsumerConfig {
	setStr(&c.Durable, d.Durable)
	setDur(&c.AckWait, d.AckWait)
	setInt(&c.MaxDeliver, d.MaxDeliver)
	if c.BackOff == nil {
		c.BackOff = append([]time.Duration(nil), d.BackOff...)
	}
	setInt(&c.MaxAckPending, d.MaxAckPending)
	setInt(&c.Concurrency, conc)
	setDur(&c.Timeout, d.Timeout)
	return c
}

// Validate reports the first invalid setting of a defaulted Config.
func (c Config) Validate() error {
	switch c.Storage {
	case "file", "memory":
	default:
		return fmt.Errorf("%w: storage %q: want file or memory", ErrInvalidConfig, c.Storage)
	}
	if c.Replicas < 1 || c.Replicas > 5 {
		return fmt.Errorf("%w: replicas %d: want 1..5", ErrInvalidConfig, c.Replicas)
	}
	names := map[string]bool{}
	for _, n := range []string{c.PagesStream, c.ArticlesStream, c.DeadLetterStream, c.RevisionsStream} {
		if !validName(n) {
			return fmt.Errorf("%w: stream name %q: want letters, digits, - and _", ErrInvalidConfig, n)
		}
		if names[n] {
			return fmt.Errorf("%w: stream name %q used twice", ErrInvalidConfig, n)
		}
		names[n] = true
	}
	for _, n := range []string{c.BodyBucket, c.ArticleBodyBucket, c.StateBucket} {
		if !validName(n) {
			return fmt.Errorf("%w: bucket name %q: want letters, digits, - and _", ErrInvalidConfig, n)
		}
	}
	if c.BodyBucket == c.ArticleBodyBucket {
		return fmt.Errorf("%w: body_bucket and article_body_bucket are both %q: page bodies are deleted once extracted, article bodies are kept for subscribers", ErrInvalidConfig, c.BodyBucket)
	}
	if c.Duplicates <= 0 || c.Duplicates > c.PagesMaxAge {
		return fmt.Errorf("%w: duplicates window %v: want > 0 and <= pages_max_age %v", ErrInvalidConfig, c.Duplicates, c.PagesMaxAge)
	}
	if c.Duplicates > c.ArticlesMaxAge {
		return fmt.Errorf("%w: duplicates window %v longer than articles_max_age %v", ErrInvalidConfig, c.Duplicates, c.ArticlesMaxAge)
	}
	if c.PayloadHeadroom < 1024 {
		return fmt.Errorf("%w: payload_headroom %d: want >= 1024", ErrInvalidConfig, c.PayloadHeadroom)
	}
	if c.PublishTimeout <= 0 {
		return fmt.Errorf("%w: publish_timeout %v: want > 0", ErrInvalidConfig, c.PublishTimeout)
	}
	if c.IndexFlush <= 0 {
		return fmt.Errorf("%w: index_flush %v: want > 0", ErrInvalidConfig, c.IndexFlush)
	}
	if err := c.Extract.validate("extract"); err != nil {
		return err
	}
	if err := c.Index.validate("index"); err != nil {
		return err
	}
	if c.Extract.Durable == c.Index.Durable {
		return fmt.Errorf("%w: extract and index consumers share durable name %q", ErrInvalidConfig, c.Index.Durable)
	}
	return nil
}

func (c ConsumerConfig) validate(name string) error {
	if !validName(c.Durable) {
		return fmt.Errorf("%w: %s.durable %q: want letters, digits, - and _", ErrInvalidConfig, name, c.Durable)
	}
	if c.AckWait <= 0 {
		return fmt.Errorf("%w: %s.ack_wait %v: want > 0", ErrInvalidConfig, name, c.AckWait)
	}
	if c.MaxDeliver < 1 {
		return fmt.Errorf("%w: %s.max_deliver %d: want >= 1", ErrInvalidConfig, name, c.MaxDeliver)
	}
	if len(c.BackOff) > c.MaxDeliver {
		return fmt.Errorf("%w: %s.backoff has %d entries, more than max_deliver %d", ErrInvalidConfig, name, len(c.BackOff), c.MaxDeliver)
	}
	for i, d := range c.BackOff {
		if d <= 0 {
			return fmt.Errorf("%w: %s.backoff[%d] %v: want > 0", ErrInvalidConfig, name, i, d)
		}
	}
	if c.MaxAckPending < 1 {
		return fmt.Errorf("%w: %s.max_ack_pending %d: want >= 1", ErrInvalidConfig, name, c.MaxAckPending)
	}
	if c.Concurrency < 1 {
		return fmt.Errorf("%w: %s.concurrency %d: want >= 1", ErrInvalidConfig, name, c.Concurrency)
	}
	if c.Timeout <= 0 {
		return fmt.Errorf("%w: %s.timeout %v: want > 0", ErrInvalidConfig, name, c.Timeout)
	}
	return nil
}

// backoff is the delay before redelivering a message that failed on its
// n-th delivery (n >= 1).
func (c ConsumerConfig) backoff(n uint64) time.Duration {
	if len(c.BackOff) == 0 {
		return c.AckWait
	}
	i := int(n) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(c.BackOff) {
		i = len(c.BackOff) - 1
	}
	return c.BackOff[i]
}

// jsConsumerConfig is the server-side configuration of the consumer
// reading filter from stream.
func (c ConsumerConfig) jsConsumerConfig(description string) jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       c.Durable,
		Description:   description,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver,
		BackOff:       c.ackBackOff(),
		MaxAckPending: c.MaxAckPending,
	}
}

// ackBackOff is the server-side BackOff: how long the server waits for the
// ack of the n-th delivery before redelivering (a crashed or stuck worker).
// The first delivery gets AckWait; later ones AckWait plus the failure
// backoff, so a message that crashes its worker is retried as slowly as one
// that fails cleanly. The server requires BackOff[0] == AckWait in effect.
func (c ConsumerConfig) ackBackOff() []time.Duration {
	if len(c.BackOff) == 0 {
		return nil
	}
	out := []time.Duration{c.AckWait}
	for _, d := range c.BackOff {
		if len(out) >= c.MaxDeliver {
			break
		}
		out = append(out, c.AckWait+d)
	}
	return out
}

func (c Config) storage() jetstream.StorageType {
	if c.Storage == "memory" {
		return jetstream.MemoryStorage
	}
	return jetstream.FileStorage
}

// validName reports whether s is a usable stream or consumer name.
func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, ch := range []byte(s) {
		switch {
		case ch >= 'A' && ch <= 'Z', ch >= 'a' && ch <= 'z', ch >= '0' && ch <= '9', ch == '-', ch == '_':
		default:
			return false
		}
	}
	return true
}

func setStr(p *string, d string) {
	if *p == "" {
		*p = d
	}
}

func setInt(p *int, d int) {
	if *p == 0 {
		*p = d
	}
}

func setDur(p *time.Duration, d time.Duration) {
	if *p == 0 {
		*p = d
	}
}

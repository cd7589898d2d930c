package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/wire"
)

// Setup creates or updates the PAGES, ARTICLES, REVISIONS and DEADLETTER
// streams, the page and article body buckets, the index stage's state
// bucket and both durable consumers, so that every process (publisher,
// workers, tail) can start in any order. It is idempotent. cfg is defaulted
// and validated first.
//
// Setup never lowers the replica count of streams that exist: a process
// started without the cluster's config (the default is one replica) would
// otherwise shrink a three-way replicated cluster to one copy, and remap
// the consumers under the workers that hold their messages. Scale down on
// purpose with the NATS tools.
func Setup(ctx context.Context, js jetstream.JetStream, cfg Config) error {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return err
	}
	cfg.Replicas = max(cfg.Replicas, existingReplicas(ctx, js, cfg.PagesStream, cfg.ArticlesStream, cfg.RevisionsStream, cfg.DeadLetterStream))
	streams := []jetstream.StreamConfig{
		{
			Name:        cfg.PagesStream,
			Description: "Byline fetched pages awaiting extraction (work queue)",
			Subjects:    []string{PagesSubjectPrefix + ".>"},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     cfg.storage(),
			Replicas:    cfg.Replicas,
			MaxAge:      cfg.PagesMaxAge,
			MaxBytes:    orUnlimited(cfg.PagesMaxBytes),
			Discard:     jetstream.DiscardNew,
			Duplicates:  cfg.Duplicates,
		},
		{
			Name:        cfg.ArticlesStream,
			Description: "Byline extracted articles (Article JSON), replayable for MaxAge",
			Subjects:    []string{ArticlesSubjectPrefix + ".>"},
			Retention:   jetstream.LimitsPolicy,
			Storage:     cfg.storage(),
			Replicas:    cfg.Replicas,
			MaxAge:      cfg.ArticlesMaxAge,
			MaxBytes:    orUnlimited(cfg.ArticlesMaxBytes),
			Discard:     jetstream.DiscardOld,
			Duplicates:  cfg.Duplicates,
		},
		{
			Name:        cfg.RevisionsStream,
			Description: "Byline revision events: what changed when a re-fetched page gave a different article",
			Subjects:    []string{wire.RevisionsSubjectPrefix + ".>"},
			Retention:   jetstream.LimitsPolicy,
			Storage:     cfg.storage(),
			Replicas:    cfg.Replicas,
			MaxAge:      cfg.ArticlesMaxAge,
			Discard:     jetstream.DiscardOld,
			Duplicates:  cfg.Duplicates,
		},
		{
			Name:        cfg.DeadLetterStream,
			Description: "Byline messages that failed for good, with the reason in headers",
			Subjects:    []string{DeadLetterSubjectPrefix + ".>"},
			Retention:   jetstream.LimitsPolicy,
			Storage:     cfg.storage(),
			Replicas:    cfg.Replicas,
			MaxAge:      cfg.DeadLetterMaxAge,
			Discard:     jetstream.DiscardOld,
			Duplicates:  cfg.Duplicates,
		},
	}
	for _, sc := range streams {
		if _, err := js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("pipeline: set up stream %s: %w", sc.Name, err)
		}
	}
	if _, err := js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket:      cfg.BodyBucket,
		Description: "Byline page bodies too large for a PAGES message",
		TTL:         cfg.PagesMaxAge,
		Storage:     cfg.storage(),
		Replicas:    cfg.Replicas,
	}); err != nil {
		return fmt.Errorf("pipeline: set up object store %s: %w", cfg.BodyBucket, err)
	}
	if _, err := js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket:      cfg.ArticleBodyBucket,
		Description: "Byline article JSON too large for an ARTICLES message; read by subscribers",
		TTL:         cfg.ArticlesMaxAge + 24*time.Hour,
		Storage:     cfg.storage(),
		Replicas:    cfg.Replicas,
	}); err != nil {
		return fmt.Errorf("pipeline: set up object store %s: %w", cfg.ArticleBodyBucket, err)
	}
	if _, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      cfg.StateBucket,
		Description: "Byline index stage state: revision histories (a.<id>) and similarity sketches (s.<id>)",
		History:     1,
		Storage:     cfg.storage(),
		Replicas:    cfg.Replicas,
	}); err != nil {
		return fmt.Errorf("pipeline: set up key-value bucket %s: %w", cfg.StateBucket, err)
	}
	// The index consumer's server-side MaxDeliver is indexCrashDeliveries,
	// not Index.MaxDeliver: the server counts every delivery, including
	// the ones a worker restarted during an index outage releases (and
	// those a cancelled pull request swallows), so Index.MaxDeliver there
	// would dead-letter articles that never failed. The index worker
	// dead-letters what fails after Index.MaxDeliver deliveries itself; the
	// server's limit only ends the loop of an article on which the worker
	// crashes every time.
	index := cfg.Index.jsConsumerConfig("Byline index workers")
	index.MaxDeliver = indexCrashDeliveries(cfg.Index.MaxDeliver)
	consumers := []struct {
		stream string
		cc     jetstream.ConsumerConfig
	}{
		{cfg.PagesStream, cfg.Extract.jsConsumerConfig("Byline extract workers")},
		{cfg.ArticlesStream, index},
	}
	for _, c := range consumers {
		if _, err := js.CreateOrUpdateConsumer(ctx, c.stream, c.cc); err != nil {
			return fmt.Errorf("pipeline: set up consumer %s on %s: %w", c.cc.Durable, c.stream, err)
		}
	}
	return nil
}

// existingReplicas is the largest replica count among the named streams
// that exist (0 when none does).
func existingReplicas(ctx context.Context, js jetstream.JetStream, names ...string) int {
	n := 0
	for _, name := range names {
		if s, err := js.Stream(ctx, name); err == nil {
			n = max(n, s.CachedInfo().Config.Replicas)
		}
	}
	return n
}

func orUnlimited(n int64) int64 {
	if n <= 0 {
		return -1
	}
	return n
}

// isNotFound reports whether err means a missing object or message.
func isNotFound(err error) bool {
	return errors.Is(err, jetstream.ErrObjectNotFound) || errors.Is(err, jetstream.ErrMsgNotFound)
}

// indexCrashDeliveries is the server-side MaxDeliver of the index consumer:
// ten times the configured one, so that restarts during an outage (one or
// two deliveries each) do not reach it while a worker crashing on one
// article every time still has that article dead-lettered, after about 50
// deliveries and 45 minutes of backoff with the defaults.
func indexCrashDeliveries(maxDeliver int) int { return 10 * maxDeliver }

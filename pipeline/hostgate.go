package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
)

// PolitenessBucket is the key-value bucket where crawler processes share
// per-host politeness (see HostGate).
const PolitenessBucket = "byline-politeness"

// politenessTTL is the bucket's TTL: a host no process asked about for
// that long is forgotten. Longer than any pause a crawler sets (a
// Retry-After is honoured up to max_retry_after, 5m by default).
const politenessTTL = 24 * time.Hour

// errUnbound is a HostGate's error before Bind.
var errUnbound = errors.New("pipeline: politeness gate not bound to NATS yet")

// HostGate is the crawler's cross-process politeness (it satisfies
// crawler.HostGate) on a JetStream key-value bucket, PolitenessBucket:
// one key per host holding the start of the last request booked and the
// earliest start of the next one. A crawler books its slot with a
// compare-and-set (Update at the revision it read; on a conflict it reads
// again and retries), then waits until the slot, so the processes sharing
// the bucket start requests to a host one gap apart, and a pause one of
// them sets (Retry-After, backoff) holds back all.
//
// The times are each process's wall clock: clocks should be synchronised
// (NTP); a skew of s between two nodes can shorten a gap between their
// requests by up to s, or lengthen a wait by s (the crawler waits no longer
// than its own longest pause, max_retry_after plus the delay, and warns).
//
// It is made before the connection exists and bound to it with Bind
// (a Pipeline binds Options.HostGate when its bus opens); the bucket is
// created on first use, with the pipeline's storage and replicas.
type HostGate struct {
	storage  jetstream.StorageType
	replicas int

	mu sync.Mutex
	js jetstream.JetStream
	kv jetstream.KeyValue

	errs        prometheus.Counter
	unavailable prometheus.Gauge
}

// NewHostGate returns an unbound gate whose bucket, once created, has
// cfg's storage and replicas.
func NewHostGate(cfg Config) *HostGate {
	cfg = cfg.WithDefaults()
	return &HostGate{
		storage:  cfg.storage(),
		replicas: cfg.Replicas,
		errs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_politeness_shared_errors_total",
			Help: "Calls to the cross-process politeness bucket that failed; the crawler then keeps to its own process's politeness for a while."}),
		unavailable: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "byline_politeness_shared_unavailable",
			Help: "1 while the cross-process politeness bucket does not answer (the crawl is polite within its process only), 0 once it does."}),
	}
}

// Bind sets the JetStream the gate uses.
func (g *HostGate) Bind(js jetstream.JetStream) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.js, g.kv = js, nil
}

// Collectors are the gate's metrics.
func (g *HostGate) Collectors() []prometheus.Collector {
	return []prometheus.Collector{g.errs, g.unavailable}
}

// bucket opens the bucket, creating it if it does not exist. An existing
// bucket is used as it is (its replicas are never lowered). No lock is
// held over the requests: a server that does not answer must hold up
// only the call that asked, each within its own context.
func (g *HostGate) bucket(ctx context.Context) (jetstream.KeyValue, error) {
	g.mu.Lock()
	js, kv := g.js, g.kv
	g.mu.Unlock()
	if kv != nil {
		return kv, nil
	}
	if js == nil {
		return nil, errUnbound
	}
	kv, err := js.KeyValue(ctx, PolitenessBucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		kv, err = js.CreateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket:      PolitenessBucket,
			Description: "Byline per-host politeness shared by crawler processes: start of the last request, earliest start of the next",
			History:     1,
			TTL:         politenessTTL,
			Storage:     g.storage,
			Replicas:    g.replicas,
		})
		if errors.Is(err, jetstream.ErrBucketExists) {
			kv, err = js.KeyValue(ctx, PolitenessBucket)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("pipeline: politeness bucket %s: %w", PolitenessBucket, err)
	}
	g.mu.Lock()
	if g.js == js { // not bound to another connection meanwhile
		g.kv = kv
	}
	g.mu.Unlock()
	return kv, nil
}

// hostSlot is a host's value in the bucket, in Unix nanoseconds.
type hostSlot struct {
	Last int64 `json:"last"` // start of the last request booked
	Next int64 `json:"next"` // earliest start of the next request
}

// Reserve books the host's next request (see crawler.HostGate): it starts
// at the latest of now, the host's next start and the last start plus
// gap, and the next start after it is gap later.
func (g *HostGate) Reserve(ctx context.Context, host string, gap time.Duration) (time.Time, error) {
	var start int64
	err := g.update(ctx, host, func(s *hostSlot, now int64) bool {
		start = max(now, s.Next, s.Last+int64(gap))
		s.Last, s.Next = start, start+int64(gap)
		return true
	})
	return time.Unix(0, start), err
}

// Hold keeps the host's next start at until or later.
func (g *HostGate) Hold(ctx context.Context, host string, until time.Time) error {
	return g.update(ctx, host, func(s *hostSlot, _ int64) bool {
		if until.UnixNano() <= s.Next {
			return false
		}
		s.Next = until.UnixNano()
		return true
	})
}

// update applies f to the host's slot with an optimistic compare-and-set,
// reading again after a conflict; f returns false to write nothing.
func (g *HostGate) update(ctx context.Context, host string, f func(s *hostSlot, now int64) bool) error {
	err := g.cas(ctx, host, f)
	if err != nil {
		g.errs.Inc()
		g.unavailable.Set(1)
		return err
	}
	g.unavailable.Set(0)
	return nil
}

func (g *HostGate) cas(ctx context.Context, host string, f func(s *hostSlot, now int64) bool) error {
	key, err := hostKey(host)
	if err != nil {
		return err
	}
	kv, err := g.bucket(ctx)
	if err != nil {
		return err
	}
	for {
		var s hostSlot
		var rev uint64
		e, err := kv.Get(ctx, key)
		switch {
		case errors.Is(err, jetstream.ErrKeyNotFound):
		case err != nil:
			return fmt.Errorf("pipeline: politeness of %s: %w", host, err)
		default:
			rev = e.Revision()
			_ = json.Unmarshal(e.Value(), &s) // a bad value is overwritten
		}
		if !f(&s, time.Now().UnixNano()) {
			return nil
		}
		b, _ := json.Marshal(s)
		if rev == 0 {
			_, err = kv.Create(ctx, key, b)
		} else {
			_, err = kv.Update(ctx, key, b, rev)
		}
		if err == nil {
			return nil
		}
		if !casConflict(err) {
			return fmt.Errorf("pipeline: politeness of %s: %w", host, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// casConflict reports whether err is a compare-and-set that lost a race:
// another process wrote the key since it was read.
func casConflict(err error) bool {
	var api *jetstream.APIError
	if errors.As(err, &api) {
		return api.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence ||
			api.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequenceConstant
	}
	return errors.Is(err, jetstream.ErrKeyExists)
}

// hostKey is the bucket key of a host (host or host:port, as in a URL):
// lower-cased, letters, digits and '-' kept, '.' written '_', and every
// other byte (':', '[', ']', '_', ...) as '=' and two upper-case hex
// digits. Keys allow [-/_=.a-zA-Z0-9]; this one is a single token, and
// two hosts never share a key: "news.example.com:8080" is
// "news_example_com=3A8080".
func hostKey(host string) (string, error) {
	if host == "" {
		return "", errors.New("pipeline: politeness: empty host")
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for _, c := range []byte(strings.ToLower(host)) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
			b.WriteByte(c)
		case c == '.':
			b.WriteByte('_')
		default:
			b.WriteByte('=')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String(), nil
}

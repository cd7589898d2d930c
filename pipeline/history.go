package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"

	"github.com/byline/byline/article"
	"github.com/byline/byline/cluster"
	"github.com/byline/byline/revision"
	"github.com/byline/byline/wire"
)

// Enricher gives an article what only the articles before it can tell
// (its near-duplicate cluster, its revision history) just before the
// index worker writes it. It returns the revision event to publish once
// the write is durable, or nil. It must be safe for concurrent use.
type Enricher interface {
	Enrich(ctx context.Context, a *article.Article) (*wire.RevisionEvent, error)
}

// WithEnricher makes the index worker pass every article through e
// before writing it, and publish the revision events e returns after the
// write is durable (before the ack).
func WithEnricher(e Enricher) Option { return func(o *options) { o.enricher = e } }

// History is the index stage's memory across articles, an Enricher. It
// clusters near-duplicate articles (package cluster) and keeps each
// article's revision history (package revision).
//
// Where it runs and why: both need state across articles, so neither
// belongs in the extractor, which is a pure function of one page. They run
// in the index worker, the one stage that sees every article last and in
// fetch order per URL, just before the write, so the index never holds an
// article without its cluster and revision.
//
// Where the state lives and why: in a NATS JetStream key-value bucket
// (Config.StateBucket), the bus Byline already runs. On one machine that
// is the embedded server's disk; past one machine it is the NATS cluster,
// replicated like the streams, so no other store is needed and every
// index worker process shares it. Keys:
//
//	a.<id>  the revision history: every revision's diff and the last
//	        version's compared fields (revision.History), and the cluster
//	s.<id>  the similarity sketch (532 bytes), the cluster and what the
//	        origin rule needs (site, publication date, wire credit)
//
// The sketches are also held in memory, in a cluster.Index (about 2.6
// KiB per article, see BENCHMARKS.md), which OpenHistory fills from the
// bucket and a watch keeps current with the other workers' writes. The
// search index was the other candidate store: it would serve the previous
// version for diffs, but a banded sketch lookup is not a query either
// backend answers in constant time, and Elasticsearch shows a write only
// after its refresh, so two copies a second apart would miss each other.
//
// Concurrency: one article's history is read and written under a per-id
// lock in this process and a compare-and-set on the bucket across
// processes (a lost race fails the delivery, which is retried). Two
// copies of one story clustered at the same instant by two processes can
// each start a cluster; within one process that cannot happen.
type History struct {
	js     jetstream.JetStream
	kv     jetstream.KeyValue
	idx    *cluster.Index
	log    *slog.Logger
	writer string // this process's mark on the sketches it writes
	locks  [64]sync.Mutex

	stopWatch func()
	watchDone chan struct{}

	revised, reextracted, joined, restored atomic.Uint64
	metrics                                *Metrics // see CountInto
}

// CountInto makes h count the revisions, re-extractions and cluster joins
// it records into m as well as into its Stats. Call it before the index
// worker that h enriches for starts.
func (h *History) CountInto(m *Metrics) { h.metrics = m }

// HistoryStats are counters of a History since it was opened.
type HistoryStats struct {
	Restored uint64 `json:"restored"` // sketches loaded from the bucket or another worker
	Joined   uint64 `json:"joined"`   // articles that joined an existing cluster
	Revised  uint64 `json:"revised"`  // new revisions recorded (revision 2 and up)
	// Reextracted counts articles of the page their latest revision came
	// from, extracted differently (a re-fetch after an extractor
	// upgrade): the stored extraction replaced, no revision recorded.
	Reextracted uint64 `json:"reextracted"`
	Articles    int    `json:"articles"` // articles in the in-memory cluster index
	Clusters    int    `json:"clusters"` // clusters, singletons included
}

// sketchRecord is the value of s.<id>.
type sketchRecord struct {
	Cluster   string `json:"c"`
	Sketch    []byte `json:"k"`
	Site      string `json:"site,omitempty"`
	Published string `json:"pub,omitempty"`
	Wire      bool   `json:"wire,omitempty"`
	Writer    string `json:"w"`
}

// stateRecord is the value of a.<id>.
type stateRecord struct {
	History *revision.History `json:"history"`
	Cluster string            `json:"cluster"`
	// Unannounced is set while the latest revision's event is not known
	// to be published: the history records a revision before the index
	// write, which can still be dead-lettered (and the event with it).
	// Every later fetch of that text, or of its page extracted anew
	// (revision.Reextracted), gives the event again until Announced
	// clears it.
	Unannounced bool `json:"unannounced,omitempty"`
}

// OpenHistory opens the state bucket of cfg (Setup creates it), loads
// every sketch into memory and keeps watching for the other workers'.
// It returns when the load is done. Close stops the watch.
func OpenHistory(ctx context.Context, js jetstream.JetStream, cfg Config, ccfg cluster.Config, log *slog.Logger) (*History, error) {
	cfg = cfg.WithDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	kv, err := js.KeyValue(ctx, cfg.StateBucket)
	if err != nil {
		return nil, fmt.Errorf("pipeline: open state bucket %s: %w", cfg.StateBucket, err)
	}
	idx, err := cluster.NewIndex(ccfg)
	if err != nil {
		return nil, err
	}
	h := &History{js: js, kv: kv, idx: idx, log: log, writer: nuid.Next(), watchDone: make(chan struct{})}
	wctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	h.stopWatch = stop
	w, err := kv.Watch(wctx, "s.>", jetstream.IgnoreDeletes())
	if err != nil {
		stop()
		return nil, fmt.Errorf("pipeline: watch state bucket %s: %w", cfg.StateBucket, err)
	}
	loaded := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(h.watchDone)
		defer func() { _ = w.Stop() }()
		initial := true
		for {
			select {
			case <-wctx.Done():
				return
			case e, ok := <-w.Updates():
				if !ok {
					return
				}
				if e == nil { // the end of the stored values
					if initial {
						initial = false
						close(loaded)
					}
					continue
				}
				h.restore(e)
			}
		}
	}()
	select {
	case <-loaded:
		log.Info("index state loaded", "articles", idx.Len(), "clusters", idx.Clusters(), "took", time.Since(start).Round(time.Millisecond))
		return h, nil
	case <-ctx.Done():
		h.Close()
		return nil, fmt.Errorf("pipeline: load state bucket %s: %w", cfg.StateBucket, ctx.Err())
	}
}

// restore puts a sketch written by another process (or by an earlier run)
// into the in-memory index.
func (h *History) restore(e jetstream.KeyValueEntry) {
	var rec sketchRecord
	if err := json.Unmarshal(e.Value(), &rec); err != nil {
		h.log.Warn("state bucket: bad sketch record", "key", e.Key(), "err", err)
		return
	}
	if rec.Writer == h.writer {
		return // our own write, already in memory
	}
	var s cluster.Sketch
	if err := s.UnmarshalBinary(rec.Sketch); err != nil {
		h.log.Warn("state bucket: bad sketch", "key", e.Key(), "err", err)
		return
	}
	pub, _ := time.Parse(time.RFC3339, rec.Published)
	h.idx.Restore(e.Key()[2:], rec.Cluster, &s, cluster.Meta{Site: rec.Site, Published: pub, Wire: rec.Wire})
	h.restored.Add(1)
}

// Close stops watching the bucket.
func (h *History) Close() {
	h.stopWatch()
	<-h.watchDone
}

// Stats returns a copy of the counters.
func (h *History) Stats() HistoryStats {
	return HistoryStats{Restored: h.restored.Load(), Joined: h.joined.Load(), Revised: h.revised.Load(),
		Reextracted: h.reextracted.Load(), Articles: h.idx.Len(), Clusters: h.idx.Clusters()}
}

func (h *History) lock(id string) *sync.Mutex {
	f := fnv.New32a()
	f.Write([]byte(id))
	return &h.locks[f.Sum32()%uint32(len(h.locks))]
}

// Enrich sets a's revision fields from its history and its cluster
// fields, records both in the bucket, and returns the revision event when
// a is a new revision, or its latest revision whose event is not known to
// be published (a redelivery of the fetch that made it, or a later fetch
// of the same text, or of the same page extracted again, after that
// fetch's write was dead-lettered): events are at least once, keyed by id
// and revision. An article of the page its latest revision came from,
// extracted differently (revision.Reextracted: a re-fetch after an
// extractor upgrade), replaces the stored extraction and gives no event
// of its own.
func (h *History) Enrich(ctx context.Context, a *article.Article) (*wire.RevisionEvent, error) {
	if a.ID == "" {
		return nil, Permanent(errors.New("history: article without id"))
	}
	mu := h.lock(a.ID)
	mu.Lock()
	defer mu.Unlock()

	key := stateKey(a.ID)
	var st stateRecord
	var last uint64
	e, err := h.kv.Get(ctx, key)
	switch {
	case errors.Is(err, jetstream.ErrKeyNotFound):
	case err != nil:
		return nil, fmt.Errorf("history: read %s: %w", key, err)
	default:
		if err := decodeState(e.Value(), &st); err != nil {
			h.log.Warn("state bucket: bad history record; starting the article's history again", "key", key, "err", err)
			st = stateRecord{}
		}
		last = e.Revision()
	}
	var prevSeen string
	if st.History != nil && len(st.History.Revisions) > 0 {
		prevSeen = st.History.Revisions[len(st.History.Revisions)-1].SeenAt
	}
	if of, ok := resent(ctx); ok && st.History != nil && st.History.PageHash == "" && a.PageHash != "" &&
		(of <= 1 || st.History.Version >= of-999) {
		// A history recorded before articles carried page hashes, and
		// the crawler saying this is the page its stored article came
		// from, handed on again unchanged by a re-fetch: that page's
		// hash is this one, so the article is a re-extraction. Unless
		// the fetch that first handed that text on (of) never reached
		// the history (dead-lettered, or not an article to the extractor
		// then): the stored article is older than the text repeated, and
		// is compared with it as any article is. (A version that is a
		// fetch time in whole seconds, from before fetch sequences reached
		// the index, names the same fetch up to 999 ms below it.)
		st.History.PageHash = a.PageHash
	}
	hist, res := revision.Apply(st.History, a)
	as, err := h.assignCluster(ctx, a, st.Cluster, res)
	if err != nil {
		return nil, err
	}
	a.ClusterID, a.ClusterSize, a.ClusterOrigin = as.ClusterID, as.Size, as.Origin

	// A text seen again (Unchanged, or its page extracted anew) keeps
	// its revision's event pending until Announced.
	again := res == revision.Unchanged || res == revision.Reextracted
	unannounced := res == revision.Revised || (again && st.Unannounced)
	if res != revision.Stale {
		st = stateRecord{History: hist, Cluster: as.ClusterID, Unannounced: unannounced}
		b, err := h.encodeState(&st)
		if err != nil {
			return nil, Permanent(fmt.Errorf("history: encode %s: %w", key, err))
		}
		if last == 0 {
			_, err = h.kv.Create(ctx, key, b)
		} else {
			_, err = h.kv.Update(ctx, key, b, last)
		}
		if err != nil {
			// Another worker wrote the history since we read it (or the
			// bucket is down): fail this delivery; the retry reads again.
			return nil, fmt.Errorf("history: write %s: %w", key, err)
		}
	}
	if res == revision.Reextracted {
		h.reextracted.Add(1)
		h.metrics.do(func(m *Metrics) { m.Reextracted.Inc() })
	}
	switch {
	case res == revision.Revised:
		h.revised.Add(1)
		h.metrics.do(func(m *Metrics) { m.Revisions.Inc() })
	case again && a.Revision > 1 && (unannounced || a.RevisedAt == a.FetchedAt):
		// A redelivery of the fetch that made this revision, or a later
		// fetch of its text while its event is not known to be out.
		if n := len(a.Revisions); n > 1 {
			prevSeen = a.Revisions[n-2].SeenAt
		}
	default:
		return nil, nil
	}
	last1 := a.Revisions[len(a.Revisions)-1]
	site := wire.SiteOf(firstNonEmpty(a.CanonicalURL, a.URL))
	return &wire.RevisionEvent{ID: a.ID, URL: a.URL, Site: site, Headline: a.Headline, Revision: a.Revision,
		RevisedAt: a.RevisedAt, Previous: prevSeen, Summary: revision.Summary(last1.Diff), Diff: last1.Diff,
		ClusterID: a.ClusterID}, nil
}

// assignCluster finds a's cluster after revision.Apply said res, and
// records a's sketch when it made one. A new text (First, Revised) is
// clustered again; the same text (Unchanged, Stale) keeps the recorded
// cluster, recorded; the same page extracted anew (Reextracted) stays in
// its recorded cluster, without matching, which could move it, but with
// the sketch of its new extraction, which the articles clustered after
// it are matched against.
func (h *History) assignCluster(ctx context.Context, a *article.Article, recorded string, res revision.Result) (cluster.Assignment, error) {
	var as cluster.Assignment
	if recorded != "" && res != revision.First && res != revision.Revised {
		as.ClusterID = recorded
		as.Size, as.Origin = h.idx.Cluster(recorded)
	}
	if as.Size > 0 && res != revision.Reextracted {
		return as, nil
	}
	s := cluster.SketchArticle(a)
	if as.Size > 0 {
		as = h.idx.Restore(a.ID, recorded, &s, cluster.MetaOf(a))
	} else {
		as = h.idx.Add(a.ID, &s, cluster.MetaOf(a))
		if as.New && as.Match != "" {
			h.joined.Add(1)
			h.metrics.do(func(m *Metrics) { m.ClusterJoins.Inc() })
		}
	}
	if err := h.putSketch(ctx, a, &s, as.ClusterID); err != nil {
		return cluster.Assignment{}, err
	}
	return as, nil
}

// Announced records that ev was published, so later fetches of the same
// text do not give it again. It is called by the index worker after the
// publish; a failure only means the event may be published once more.
func (h *History) Announced(ctx context.Context, ev *wire.RevisionEvent) error {
	mu := h.lock(ev.ID)
	mu.Lock()
	defer mu.Unlock()
	key := stateKey(ev.ID)
	e, err := h.kv.Get(ctx, key)
	if err != nil {
		return fmt.Errorf("history: read %s to mark revision %d announced: %w", key, ev.Revision, err)
	}
	var st stateRecord
	if err := decodeState(e.Value(), &st); err != nil {
		return fmt.Errorf("history: decode %s to mark revision %d announced: %w", key, ev.Revision, err)
	}
	if !st.Unannounced || st.History == nil || st.History.Revision != ev.Revision {
		return nil // a newer revision, or already marked
	}
	st.Unannounced = false
	b, err := h.encodeState(&st)
	if err != nil {
		return fmt.Errorf("history: encode %s: %w", key, err)
	}
	if _, err := h.kv.Update(ctx, key, b, e.Revision()); err != nil {
		return fmt.Errorf("history: mark revision %d of %s announced: %w", ev.Revision, key, err)
	}
	return nil
}

// announcer is implemented by an Enricher that wants to know when a
// revision event it returned was published (History).
type announcer interface {
	Announced(ctx context.Context, ev *wire.RevisionEvent) error
}

// stateKey is the bucket key of an article's state record.
func stateKey(id string) string { return "a." + id }

// compressStateAbove is the size of a state record's JSON above which it
// is stored zstd-compressed.
const compressStateAbove = 16 << 10

// encodeState encodes a state record: JSON, zstd-compressed when large;
// a text that still does not fit a message is kept without its
// paragraphs and quotes (revision.History.DropText).
func (h *History) encodeState(st *stateRecord) ([]byte, error) {
	for {
		b, err := json.Marshal(st)
		if err != nil || len(b) <= compressStateAbove {
			return b, err
		}
		if b, err = wire.Compress(b); err != nil {
			return nil, err
		}
		limit := int(h.js.Conn().MaxPayload()) - 64<<10
		switch {
		case len(b) <= limit || st.History == nil:
			return b, nil
		case !st.History.Partial:
			h.log.Warn("article text too large to keep for its next diff; its paragraphs and quotes will not be compared", "bytes", len(b))
			st.History.DropText()
		default:
			// The diffs themselves are too large: keep their outline.
			for i := range st.History.Revisions {
				if d := st.History.Revisions[i].Diff; d != nil && (d.Paragraphs != nil || d.Quotes != nil) {
					c := *d
					c.Paragraphs, c.Quotes = nil, nil
					st.History.Revisions[i].Diff = &c
				} else if i == len(st.History.Revisions)-1 {
					return b, nil // nothing left to drop
				}
			}
		}
	}
}

// decodeState reads what encodeState wrote.
func decodeState(b []byte, st *stateRecord) error {
	if len(b) >= 4 && string(b[:4]) == "\x28\xb5\x2f\xfd" { // zstd frame magic
		var err error
		if b, err = wire.Decompress(b); err != nil {
			return err
		}
	}
	return json.Unmarshal(b, st)
}

// putSketch records a's sketch and cluster for the other workers and the
// next start.
func (h *History) putSketch(ctx context.Context, a *article.Article, s *cluster.Sketch, clusterID string) error {
	m := cluster.MetaOf(a)
	kb, _ := s.MarshalBinary()
	rec := sketchRecord{Cluster: clusterID, Sketch: kb, Site: m.Site, Wire: m.Wire, Writer: h.writer}
	if !m.Published.IsZero() {
		rec.Published = m.Published.Format(time.RFC3339)
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return Permanent(fmt.Errorf("history: encode sketch of %s: %w", a.ID, err))
	}
	if _, err := h.kv.Put(ctx, "s."+a.ID, b); err != nil {
		return fmt.Errorf("history: write sketch of %s: %w", a.ID, err)
	}
	return nil
}

// publishRevision publishes a revision event on REVISIONS.
func publishRevision(ctx context.Context, js jetstream.JetStream, ev *wire.RevisionEvent) error {
	m, err := wire.EncodeRevision(ev)
	if err != nil {
		return Permanent(err)
	}
	if _, err := publishRetry(ctx, js, m); err != nil {
		return fmt.Errorf("publish revision %d of %s: %w", ev.Revision, ev.ID, err)
	}
	return nil
}

// resentKey marks a context as carrying the article of a page a re-fetch
// handed on again unchanged (wire.HeaderResent).
type resentKey struct{}

// withResent marks ctx: Enrich is given the article of a page the crawler
// handed on again unchanged (article.Page.Resent), whose text was first
// handed on at sequence of (article.Page.ResentOf; 1 or less: unknown).
func withResent(ctx context.Context, of int64) context.Context {
	return context.WithValue(ctx, resentKey{}, of)
}

// resent reports whether ctx was marked by withResent, and with which
// sequence.
func resent(ctx context.Context) (of int64, ok bool) {
	of, ok = ctx.Value(resentKey{}).(int64)
	return of, ok
}

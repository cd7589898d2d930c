// Package bleveindex is Byline's embedded search backend: a Bleve (scorch)
// index on disk in the data directory, implementing index.Index with the
// same query features as the Elasticsearch backend.
//
// Articles and their quotes are stored in one index as two document types
// ("article" and "quote"); a quote document carries its article's id, URL,
// headline, site and date so quote search needs no join. Writes are queued
// and applied in bleve batches by one background writer; each article's
// stored version decides whether a write is newer (applied) or a redelivery
// or older version (skipped, reported as done(nil)).
package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	zapx "github.com/blevesearch/zapx/v17"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// Config tunes the writer. A zero value means "use the default".
type Config struct {
	// BatchSize is how many queued articles make one bleve batch and trigger
	// a write. Default 256.
	BatchSize int
	// FlushInterval bounds how long an article waits in the queue. Default 1s.
	FlushInterval time.Duration
	// QueueSize caps queued, unwritten articles; Add blocks when it is full.
	// Default 4 * BatchSize.
	QueueSize int
	// Writers is the number of batches written concurrently; articles are
	// sharded by id, so two versions of one article never race. A second
	// writer analyses its batch while the first waits for its batch to be
	// persisted. Default 2.
	Writers int
	// Logger receives write errors; nil means slog.Default().
	Logger *slog.Logger
	// ReadOnly opens an existing index for searching only: Open creates
	// nothing (ErrNoIndex when there is no index) and Add fails. Several
	// read-only openers share an index; none can open it while a writer
	// has it, nor a writer while one reads.
	ReadOnly bool
	// LockTimeout is how long Open waits for another process to release
	// the index before failing with ErrInUse. Default 1s.
	LockTimeout time.Duration
}

// Errors of Open.
var (
	// ErrNoIndex means there is no index at the path (ReadOnly opens).
	ErrNoIndex = errors.New("no index")
	// ErrInUse means another process holds the index's lock.
	ErrInUse = errors.New("index is in use by another process")
	// ErrReadOnly is returned by Add on an index opened ReadOnly.
	ErrReadOnly = errors.New("index opened read-only")
)

func (c Config) withDefaults() Config {
	if c.BatchSize <= 0 {
		c.BatchSize = 256
	}
	if c.FlushInterval <= 0 {
		c.FlushInterval = time.Second
	}
	if c.QueueSize <= 0 {
		c.QueueSize = 4 * c.BatchSize
	}
	if c.Writers <= 0 {
		c.Writers = 2
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.LockTimeout <= 0 {
		c.LockTimeout = time.Second
	}
	return c
}

// Index is the embedded backend. It is safe for concurrent use.
type Index struct {
	idx  bleve.Index
	cfg  Config
	path string

	mu     sync.Mutex // guards closed
	closed bool
	shards []*shard

	slots   chan struct{} // one token per queued article (backpressure)
	kick    chan struct{} // wakes the writer when a batch is full
	stop    chan struct{}
	stopped chan struct{}

	closeOnce sync.Once
	closeErr  error

	added, flushed, failed, indexed, skipped, requests atomic.Uint64
}

// shard is the queue and write lock of the articles whose id hashes to it.
type shard struct {
	mu      sync.Mutex // guards queue
	queue   []pending
	writeMu sync.Mutex // serialises this shard's batch writes and deletes
}

type pending struct {
	a    *article.Article
	done func(error)
}

var _ index.Index = (*Index)(nil)

// Open opens the index at path, creating it (and its parent directories)
// when absent, unless cfg.ReadOnly. It never waits for another process
// longer than cfg.LockTimeout: a held index is ErrInUse, naming the
// holder's pid where the system tells it (Linux).
func Open(path string, cfg Config) (*Index, error) {
	cfg = cfg.withDefaults()
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	runtime := map[string]any{"bolt_timeout": cfg.LockTimeout.String(), "scorchMergePlanOptions": mergePlan}
	var bi bleve.Index
	if _, statErr := os.Stat(filepath.Join(path, "index_meta.json")); statErr == nil {
		if cfg.ReadOnly {
			runtime["read_only"] = true
		}
		bi, err = bleve.OpenUsing(path, runtime)
		if err != nil {
			return nil, openError(path, err)
		}
		v, err := bi.GetInternal([]byte("byline_mapping"))
		if err != nil || string(v) != mappingVersion {
			_ = bi.Close()
			return nil, fmt.Errorf("open bleve index %s: mapping %q, want %q: rebuild the index in a fresh directory", path, v, mappingVersion)
		}
	} else {
		if cfg.ReadOnly {
			return nil, fmt.Errorf("%w at %s", ErrNoIndex, path)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create index directory %s: %w", path, err)
		}
		bi, err = bleve.NewUsing(path, m, scorch.Name, scorch.Name, runtime)
		if err != nil {
			return nil, openError(path, err)
		}
		if err := bi.SetInternal([]byte("byline_mapping"), []byte(mappingVersion)); err != nil {
			_ = bi.Close()
			return nil, fmt.Errorf("create bleve index %s: %w", path, err)
		}
	}
	return start(bi, path, cfg), nil
}

// mergePlan tunes scorch's merge planner. Its default floor of 2,000
// documents makes the whole of an index smaller than that a budget of one
// segment: every batch's segment is merged at once into one segment with
// all the rest, so each document of a young index is rewritten at every
// flush (in a run --once over 181 pages, about 15% of the CPU). A floor of
// 100 documents lets up to ten small segments stand before they merge;
// past a few thousand documents the tiers are as before, one tier more.
var mergePlan = map[string]any{"FloorSegmentSize": 100}

// zap pre-sizes the buffer of each new segment from the previous one (any
// index's in the process): its bytes per document times the documents in
// the batch plus 100. After a batch holding one large article (a megabyte
// of text) every later batch, a single small article included, reserved
// over 100 MB: with the pipeline's short and eager flushes the cmd tests'
// process reached 24 GB and was killed. Without the estimate (its factor
// 0) the buffer grows by doubling as the segment is written.
func init() { zapx.NewSegmentBufferNumResultsFactor = 0 }

// openError explains a failed open; a lock held past the timeout is
// ErrInUse with the holder's pid when it can be found.
func openError(path string, err error) error {
	if errors.Is(err, bolterrors.ErrTimeout) {
		return &inUseError{path: path, pids: lockHolders(filepath.Join(path, "store", "root.bolt"))}
	}
	return fmt.Errorf("open bleve index %s: %w", path, err)
}

// inUseError is ErrInUse with the index and, when known, its holders.
type inUseError struct {
	path string
	pids []int
}

func (e *inUseError) Error() string {
	if len(e.pids) == 0 {
		return fmt.Sprintf("index at %s is in use by another process", e.path)
	}
	return fmt.Sprintf("index at %s is in use by another process (pid %s)", e.path, joinInts(e.pids))
}

func (e *inUseError) Is(target error) bool { return target == ErrInUse }

// OpenMem opens an index held in memory only, for tests and demos.
func OpenMem(cfg Config) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	// Scorch with no path keeps its segments in memory; it is far faster
	// than bleve.NewMemOnly's upsidedown/gtreap store.
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create in-memory bleve index: %w", err)
	}
	return start(bi, "", cfg), nil
}

func start(bi bleve.Index, path string, cfg Config) *Index {
	cfg = cfg.withDefaults()
	x := &Index{
		idx:     bi,
		cfg:     cfg,
		path:    path,
		slots:   make(chan struct{}, cfg.QueueSize),
		kick:    make(chan struct{}, 1),
		stop:    make(chan struct{}),
		stopped: make(chan struct{}),
	}
	for range cfg.Writers {
		x.shards = append(x.shards, &shard{})
	}
	go x.writer()
	return x
}

// Path returns the directory of the index ("" for an in-memory index).
func (x *Index) Path() string { return x.path }

// Add queues a for writing; see index.Writer.
func (x *Index) Add(ctx context.Context, a *article.Article, done func(error)) error {
	if a == nil || a.ID == "" {
		return fmt.Errorf("index add: article without id")
	}
	if x.cfg.ReadOnly {
		return fmt.Errorf("index add %s: %w", a.ID, ErrReadOnly)
	}
	if done == nil {
		done = func(error) {}
	}
	x.mu.Lock()
	closed := x.closed
	x.mu.Unlock()
	if closed {
		return index.ErrClosed
	}
	select {
	case x.slots <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("index add %s: %w", a.ID, ctx.Err())
	}
	x.mu.Lock()
	closed = x.closed
	x.mu.Unlock()
	if closed {
		<-x.slots
		return index.ErrClosed
	}
	s := x.shardFor(a.ID)
	s.mu.Lock()
	s.queue = append(s.queue, pending{a: a, done: done})
	full := len(s.queue) >= x.cfg.BatchSize
	s.mu.Unlock()
	x.added.Add(1)
	if full {
		select {
		case x.kick <- struct{}{}:
		default:
		}
	}
	return nil
}

// writer flushes the queue when a batch is full or the interval passes.
func (x *Index) writer() {
	defer close(x.stopped)
	t := time.NewTicker(x.cfg.FlushInterval)
	defer t.Stop()
	for {
		select {
		case <-x.stop:
			return
		case <-x.kick:
		case <-t.C:
		}
		x.flushQueue()
	}
}

// Flush writes every queued article and waits.
func (x *Index) Flush(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index flush: %w", err)
	}
	x.flushQueue()
	return nil
}

// Close flushes and closes the index; a second Close is a no-op.
func (x *Index) Close(ctx context.Context) error {
	x.closeOnce.Do(func() {
		x.mu.Lock()
		x.closed = true
		x.mu.Unlock()
		close(x.stop)
		select {
		case <-x.stopped:
		case <-ctx.Done():
			x.closeErr = fmt.Errorf("close index: %w", ctx.Err())
		}
		x.flushQueue()
		for _, s := range x.shards {
			s.writeMu.Lock()
			defer s.writeMu.Unlock()
		}
		if err := x.idx.Close(); err != nil && x.closeErr == nil {
			x.closeErr = fmt.Errorf("close bleve index %s: %w", x.path, err)
		}
	})
	return x.closeErr
}

// Stats returns the writer counters.
func (x *Index) Stats() index.WriterStats {
	return index.WriterStats{
		Added:    x.added.Load(),
		Flushed:  x.flushed.Load(),
		Failed:   x.failed.Load(),
		Indexed:  x.indexed.Load(),
		Skipped:  x.skipped.Load(),
		Requests: x.requests.Load(),
	}
}

// shardFor returns the shard that owns id.
func (x *Index) shardFor(id string) *shard {
	h := fnv.New32a()
	_, _ = h.Write([]byte(id))
	return x.shards[h.Sum32()%uint32(len(x.shards))]
}

// flushQueue writes every shard's queue, the shards concurrently.
func (x *Index) flushQueue() {
	var wg sync.WaitGroup
	for _, s := range x.shards {
		wg.Go(func() { x.flushShard(s) })
	}
	wg.Wait()
}

// flushShard takes a shard's queue and writes it in batches.
func (x *Index) flushShard(s *shard) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	for {
		s.mu.Lock()
		n := min(len(s.queue), x.cfg.BatchSize)
		items := s.queue[:n:n]
		s.queue = s.queue[n:]
		if len(s.queue) == 0 {
			s.queue = nil
		}
		s.mu.Unlock()
		if n == 0 {
			return
		}
		x.writeBatch(items)
		for range items {
			<-x.slots
		}
	}
}

// writeBatch applies one batch: newest version per id, skip what is not
// newer than the stored version, then one bleve batch for the rest.
func (x *Index) writeBatch(items []pending) {
	x.requests.Add(1)
	// Newest version per id inside the batch; the others are skipped.
	best := map[string]int{}
	var skip []int
	for i, p := range items {
		j, ok := best[p.a.ID]
		if !ok {
			best[p.a.ID] = i
			continue
		}
		if p.a.Version() > items[j].a.Version() {
			best[p.a.ID] = i
			skip = append(skip, j)
		} else {
			skip = append(skip, i)
		}
	}
	ids := make([]string, 0, len(best))
	for id := range best {
		ids = append(ids, id)
	}
	stored, err := x.storedVersions(ids)
	if err != nil {
		x.failAll(items, fmt.Errorf("%w: read stored versions: %v", index.ErrUnavailable, err))
		return
	}

	b := x.idx.NewBatch()
	var write []int
	for id, i := range best {
		a := items[i].a
		old, exists := stored[id]
		if exists && old.version >= a.Version() {
			skip = append(skip, i)
			continue
		}
		ad, qds, err := docs(a)
		if err != nil {
			x.failed.Add(1)
			items[i].done(err)
			continue
		}
		if err := b.Index(id, ad); err != nil {
			x.failed.Add(1)
			items[i].done(fmt.Errorf("index article %s: %w", id, err))
			continue
		}
		for qi, qd := range qds {
			if err := b.Index(quoteID(id, qi), qd); err != nil {
				x.cfg.Logger.Warn("index quote", "article", id, "quote", qi, "err", err)
			}
		}
		for qi := len(qds); qi < old.quotes; qi++ {
			b.Delete(quoteID(id, qi))
		}
		write = append(write, i)
	}
	if len(write) > 0 {
		if err := x.idx.Batch(b); err != nil {
			err = fmt.Errorf("%w: write batch of %d articles: %v", index.ErrUnavailable, len(write), err)
			x.cfg.Logger.Error("bleve batch failed", "err", err)
			for _, i := range write {
				x.failed.Add(1)
				items[i].done(err)
			}
			write = nil
		}
	}
	for _, i := range write {
		x.indexed.Add(1)
		x.flushed.Add(1)
		items[i].done(nil)
	}
	for _, i := range skip {
		x.skipped.Add(1)
		x.flushed.Add(1)
		items[i].done(nil)
	}
}

func (x *Index) failAll(items []pending, err error) {
	x.cfg.Logger.Error("bleve write failed", "err", err)
	for _, p := range items {
		x.failed.Add(1)
		p.done(err)
	}
}

type storedVersion struct {
	version int64
	quotes  int
}

// storedVersions reads the stored version and quote count of each id.
func (x *Index) storedVersions(ids []string) (map[string]storedVersion, error) {
	out := make(map[string]storedVersion, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldVersion, fieldQuoteCount}
	res, err := x.idx.Search(req)
	if err != nil {
		return nil, err
	}
	for _, h := range res.Hits {
		v, _ := h.Fields[fieldVersion].(float64)
		qc, _ := h.Fields[fieldQuoteCount].(float64)
		out[h.ID] = storedVersion{version: int64(v), quotes: int(qc)}
	}
	return out, nil
}

// Delete removes an article and its quotes. Deleting an unknown id is not
// an error.
func (x *Index) Delete(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("delete %s: %w", id, err)
	}
	s := x.shardFor(id)
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	stored, err := x.storedVersions([]string{id})
	if err != nil {
		return x.wrap("delete "+id, err)
	}
	b := x.idx.NewBatch()
	b.Delete(id)
	for qi := 0; qi < stored[id].quotes; qi++ {
		b.Delete(quoteID(id, qi))
	}
	if err := x.idx.Batch(b); err != nil {
		return x.wrap("delete "+id, err)
	}
	return nil
}

// Count returns the number of articles (quote documents are not counted).
func (x *Index) Count(ctx context.Context) (uint64, error) {
	req := bleve.NewSearchRequestOptions(typeQuery(typeArticle), 0, 0, false)
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return 0, x.wrap("count", err)
	}
	return res.Total, nil
}

// Get returns the stored article with id.
func (x *Index) Get(ctx context.Context, id string) (*article.Article, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery([]string{id}), typeQuery(typeArticle)), 1, 0, false)
	req.Fields = []string{fieldSource, fieldBody}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, x.wrap("get "+id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("get %s: %w", id, index.ErrNotFound)
	}
	src, _ := res.Hits[0].Fields[fieldSource].(string)
	body, _ := res.Hits[0].Fields[fieldBody].(string)
	a, err := decodeSource(src, body)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	return a, nil
}

// wrap annotates a bleve error; a closed index maps to index.ErrClosed.
func (x *Index) wrap(op string, err error) error {
	if errors.Is(err, bleve.ErrorIndexClosed) {
		return fmt.Errorf("%s: %w", op, index.ErrClosed)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", op, err)
	}
	return fmt.Errorf("%s: bleve %s: %w", op, x.path, err)
}

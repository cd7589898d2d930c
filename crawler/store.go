package crawler

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// ErrLocked means another process has the job's data file open.
var ErrLocked = errors.New("data file is in use by another crawl")

var (
	bucketQueue = []byte("queue") // seq (8 bytes, big endian) -> item JSON
	// front holds the config's sources (seeds, feeds, sitemaps), popped
	// before the queue: a backlog left by max_pages or a cut-short run
	// must not delay the next run's look at the news.
	bucketFront = []byte("front") // seq (from the queue's sequence) -> item JSON
	bucketSeen  = []byte("seen")  // canonical URL -> record JSON
	// inflight holds popped items until they are acknowledged, so a
	// crash (kill -9, OOM, power cut after a sync) does not lose URLs
	// that were being worked on: openStore puts them back in the queue.
	bucketInflight = []byte("inflight") // canonical URL -> item JSON
	// retry holds URLs whose last attempt failed (network, 5xx, sink,
	// block, robots), so the next run tries them again even when nothing
	// leads to them any more (their listing answers 304).
	bucketRetry = []byte("retry") // canonical URL -> item JSON
	// refetch holds the known article pages a re-fetch run queued
	// (queueKnown), popped after the queue: a backlog of them, left by
	// max_pages or a cut-short run, must not delay what the runs
	// discover either.
	bucketRefetch = []byte("refetch") // seq (from the queue's sequence) -> item JSON
)

// maxRunRetries is how many runs in a row a failed URL is tried again
// before it waits to be found again.
const maxRunRetries = 3

// kind says what a URL is to the crawler.
type kind string

const (
	kindPage    kind = "page"    // an HTML page (article or listing)
	kindSitemap kind = "sitemap" // a sitemap or sitemap index
	kindFeed    kind = "feed"    // an RSS/Atom/JSON feed
)

// item is one entry of the on-disk frontier.
type item struct {
	URL     string    `json:"u"`
	Kind    kind      `json:"k"`
	Depth   int       `json:"d"`
	Via     string    `json:"v"`           // seed, sitemap, feed, link, robots
	Lastmod time.Time `json:"m,omitzero"`  // from a sitemap
	News    bool      `json:"n,omitempty"` // listed in a Google News sitemap
	Attempt int       `json:"a,omitempty"`
	// Nest is how many sitemap indexes led to this sitemap.
	Nest int `json:"x,omitempty"`
	// Refetch marks an article page queued by a re-fetch run
	// (Config.Refetch): fetched whole and handed on even when its text
	// is the one handed on before, in whichever run pops it.
	Refetch bool `json:"rf,omitempty"`
}

// state of a URL in the seen-set.
type state string

const (
	stateQueued state = "queued"
	stateDone   state = "done"
	stateFailed state = "failed" // fetched again next run
)

// record is what the seen-set keeps per canonical URL.
type record struct {
	State        state     `json:"s"`
	Kind         kind      `json:"k"`
	Listing      bool      `json:"l,omitempty"` // an HTML page that was not an article
	Seq          uint64    `json:"q,omitempty"` // queue key while queued
	ETag         string    `json:"e,omitempty"`
	LastModified string    `json:"lm,omitempty"`
	Hash         string    `json:"h,omitempty"`
	Lastmod      time.Time `json:"m,omitzero"` // sitemap lastmod last seen
	LastRun      string    `json:"r,omitempty"`
	FetchedAt    time.Time `json:"f,omitzero"`
	FetchSeq     int64     `json:"n,omitempty"` // last Page.FetchSeq handed on
	// HashSeq is the Page.FetchSeq of the hand-on that first handed Hash
	// on (under this URL or as an alias): what a re-fetch names as the
	// hand-on it repeats (Page.ResentOf). 0 in older records.
	HashSeq int64 `json:"hn,omitempty"`
	// Sent is the crawl id of the run that last handed Hash on (under
	// this URL or as an alias of the URL fetched): a re-fetch run hands
	// a text on once, however many of its URLs it fetches.
	Sent string `json:"sr,omitempty"`
}

// store is a job's frontier and seen-set in one bbolt file. bbolt keeps
// both on disk (memory-mapped), so the heap does not grow with the number
// of URLs. Commits skip fsync (NoSync) for speed; Sync runs every few
// seconds and at Close, so a crash loses at most the last seconds of
// state, which the next run simply fetches again.
type store struct {
	db     *bolt.DB
	queued atomic.Int64
	// refetch is how many of the queued items are a re-fetch's
	// (item.Refetch): known pages, which max_queue does not cap, so they
	// do not take the room of what runs discover.
	refetch atomic.Int64
	// recovered is how many in-flight items of a run that died were put
	// back in the queue when the store was opened.
	recovered int
}

func openStore(dir, job string) (*store, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("open data dir %s: %w", dir, err)
	}
	path := filepath.Join(dir, job+".crawl.db")
	db, err := bolt.Open(path, 0o640, &bolt.Options{Timeout: 2 * time.Second, NoFreelistSync: true})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.NoSync = true
	s := &store{db: db}
	err = db.Update(func(tx *bolt.Tx) error {
		q, err := tx.CreateBucketIfNotExists(bucketQueue)
		if err != nil {
			return err
		}
		seen, err := tx.CreateBucketIfNotExists(bucketSeen)
		if err != nil {
			return err
		}
		inf, err := tx.CreateBucketIfNotExists(bucketInflight)
		if err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(bucketRetry); err != nil {
			return err
		}
		front, err := tx.CreateBucketIfNotExists(bucketFront)
		if err != nil {
			return err
		}
		rf, err := tx.CreateBucketIfNotExists(bucketRefetch)
		if err != nil {
			return err
		}
		// Stats sees committed pages only: count before recovering.
		n := q.Stats().KeyN + front.Stats().KeyN + rf.Stats().KeyN
		if s.recovered, err = recoverInflight(q, seen, inf); err != nil {
			return err
		}
		s.queued.Store(int64(n + s.recovered))
		s.refetch.Store(int64(countRefetch(q) + countRefetch(front) + countRefetch(rf)))
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("init %s: %w", path, err)
	}
	return s, nil
}

// recoverInflight moves the items a dead run had popped but not finished
// back to the end of the queue.
func recoverInflight(q, seen, inf *bolt.Bucket) (int, error) {
	var keys [][]byte
	err := inf.ForEach(func(k, v []byte) error {
		var it item
		if err := json.Unmarshal(v, &it); err != nil {
			return fmt.Errorf("decode in-flight item %s: %w", k, err)
		}
		seq, err := q.NextSequence()
		if err != nil {
			return err
		}
		var rec record
		if v := seen.Get(k); v != nil {
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("decode record of %s: %w", k, err)
			}
		}
		rec.State, rec.Seq, rec.LastRun = stateQueued, seq, ""
		if rec.Kind == "" {
			rec.Kind = it.Kind
		}
		if err := putJSON(seen, k, &rec); err != nil {
			return err
		}
		keys = append(keys, k)
		return putJSON(q, seqKey(seq), &it)
	})
	if err != nil {
		return 0, err
	}
	for _, k := range keys {
		if err := inf.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
}

// countRefetch counts the items of a queue bucket marked item.Refetch.
// The mark is the item's last field and the only place `"rf":true` can be
// in its JSON (a quote in the URL is escaped), so the items are not
// decoded.
func countRefetch(b *bolt.Bucket) int {
	n := 0
	_ = b.ForEach(func(_, v []byte) error {
		if bytes.Contains(v, []byte(`"rf":true`)) {
			n++
		}
		return nil
	})
	return n
}

// ack drops a finished item from the in-flight set.
func (s *store) ack(u string) error {
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketInflight).Delete([]byte(u)) })
	if err != nil {
		return fmt.Errorf("ack %s: %w", u, err)
	}
	return nil
}

func (s *store) sync() error { return s.db.Sync() }

func (s *store) close() error {
	errSync := s.db.Sync()
	return errors.Join(errSync, s.db.Close())
}

// enqueueOpts says when a known URL is fetched again, and how far the
// frontier may grow.
type enqueueOpts struct {
	run   string // current crawl id
	force bool   // config seeds, feeds and sitemaps: once every run, whatever the caps
	// maxQueue caps the items waiting in the frontier; maxBytes the size
	// of the data file. Zero means no cap. A URL dropped for a cap is not
	// recorded as seen, so it is queued when found again with room.
	maxQueue int64
	maxBytes int64
	// With capAdd, at most maxAdd URLs are queued by this call (what is
	// left of a page's max_links_per_page); the rest are dropped.
	capAdd bool
	maxAdd int
}

// enqueueResult counts what one enqueueMany did with its items.
type enqueueResult struct {
	added     int // queued
	queueFull int // dropped: the frontier held maxQueue items
	diskFull  int // dropped: the data file was over maxBytes
	overAdd   int // dropped: over maxAdd
}

// enqueue adds it to the frontier unless the seen-set says it is not
// needed. It reports whether the URL was queued.
func (s *store) enqueue(it item, o enqueueOpts) (bool, error) {
	r, err := s.enqueueMany([]item{it}, o)
	return r.added == 1, err
}

// enqueueMany is enqueue for a batch, in one transaction.
func (s *store) enqueueMany(items []item, o enqueueOpts) (enqueueResult, error) {
	var res enqueueResult
	if len(items) == 0 {
		return res, nil
	}
	refetch := 0 // of res.added, the items of a re-fetch (not capped)
	err := s.db.Update(func(tx *bolt.Tx) error {
		res, refetch = enqueueResult{}, 0
		seen, q, front, rf := tx.Bucket(bucketSeen), tx.Bucket(bucketQueue), tx.Bucket(bucketFront), tx.Bucket(bucketRefetch)
		to := q
		if o.force {
			to = front
		}
		diskFull := !o.force && o.maxBytes > 0 && inUse(tx) > o.maxBytes
		for _, it := range items {
			key := []byte(it.URL)
			var rec record
			if v := seen.Get(key); v != nil {
				if err := json.Unmarshal(v, &rec); err != nil {
					return fmt.Errorf("decode record of %s: %w", it.URL, err)
				}
				if o.force && rec.State == stateQueued {
					// A source an earlier run left in the queue
					// (max_pages, cancelled, died), or a seed that is
					// a known page a re-fetch queued: to the front,
					// its re-fetch mark kept.
					if from := waitingIn(rec.Seq, q, rf); from != nil {
						if err := toFront(from, front, rec.Seq, it); err != nil {
							return err
						}
						continue
					}
				}
				if !needsFetch(&rec, it, o, q, front, rf) {
					continue
				}
			} else {
				rec = record{Kind: it.Kind}
			}
			switch {
			case o.capAdd && res.added >= o.maxAdd:
				res.overAdd++
				continue
			case diskFull:
				res.diskFull++
				continue
			case !o.force && !it.Refetch && o.maxQueue > 0 && s.queued.Load()-s.refetch.Load()+int64(res.added-refetch) >= o.maxQueue:
				res.queueFull++
				continue
			}
			seq, err := q.NextSequence()
			if err != nil {
				return err
			}
			rec.State, rec.Seq = stateQueued, seq
			if rec.Kind == "" {
				rec.Kind = it.Kind
			}
			if err := putJSON(seen, key, &rec); err != nil {
				return err
			}
			if err := putJSON(to, seqKey(seq), &it); err != nil {
				return err
			}
			res.added++
			if it.Refetch {
				refetch++
			}
		}
		return nil
	})
	if err != nil {
		return enqueueResult{}, fmt.Errorf("enqueue %d URLs (first %s): %w", len(items), items[0].URL, err)
	}
	s.queued.Add(int64(res.added))
	s.refetch.Add(int64(refetch))
	return res, nil
}

// inUse is the size of the data file less its free pages (as of the last
// transaction): bbolt reuses free pages but never shrinks its file, so
// the file's size alone, once a burst of writes (a re-fetch's queue,
// fetched since) took it over the budget, would keep every later URL out.
func inUse(tx *bolt.Tx) int64 {
	return tx.Size() - int64(tx.DB().Stats().FreeAlloc)
}

// requeue puts a popped item back at the end of the frontier, for an
// item interrupted by cancellation or over the page cap.
func (s *store) requeue(it item) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		seen, q := tx.Bucket(bucketSeen), tx.Bucket(bucketQueue)
		seq, err := q.NextSequence()
		if err != nil {
			return err
		}
		var rec record
		if v := seen.Get([]byte(it.URL)); v != nil {
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
		}
		rec.State, rec.Seq, rec.LastRun = stateQueued, seq, ""
		if rec.Kind == "" {
			rec.Kind = it.Kind
		}
		if err := putJSON(seen, []byte(it.URL), &rec); err != nil {
			return err
		}
		if err := tx.Bucket(bucketInflight).Delete([]byte(it.URL)); err != nil {
			return err
		}
		return putJSON(q, seqKey(seq), &it)
	})
	if err != nil {
		return fmt.Errorf("requeue %s: %w", it.URL, err)
	}
	s.queued.Add(1)
	if it.Refetch {
		s.refetch.Add(1)
	}
	return nil
}

// waitingIn returns the bucket of queues that holds the item queued
// under seq, nil when none does.
func waitingIn(seq uint64, queues ...*bolt.Bucket) *bolt.Bucket {
	for _, b := range queues {
		if b.Get(seqKey(seq)) != nil {
			return b
		}
	}
	return nil
}

// toFront moves the item queued in from under seq to front as it, with
// the re-fetch mark of the item it replaces.
func toFront(from, front *bolt.Bucket, seq uint64, it item) error {
	var old item
	if err := json.Unmarshal(from.Get(seqKey(seq)), &old); err != nil {
		return fmt.Errorf("decode queue item: %w", err)
	}
	it.Refetch = it.Refetch || old.Refetch
	if err := from.Delete(seqKey(seq)); err != nil {
		return err
	}
	return putJSON(front, seqKey(seq), &it)
}

// needsFetch decides whether a URL already in the seen-set is fetched
// again in this run; queues are the buckets an item waits in.
func needsFetch(rec *record, it item, o enqueueOpts, queues ...*bolt.Bucket) bool {
	if rec.State == stateQueued {
		// Queued, unless the run that queued it died after popping it.
		return waitingIn(rec.Seq, queues...) == nil && rec.LastRun != o.run
	}
	if rec.LastRun == o.run {
		return false // fetched in this run already
	}
	switch {
	case o.force, rec.State == stateFailed:
		return true
	case rec.Kind == kindFeed || rec.Kind == kindSitemap || rec.Listing:
		// Listings, feeds and sitemaps change: fetch them with a
		// conditional GET whenever they are found again, unless a
		// sitemap lastmod says the sitemap did not change.
		return it.Lastmod.IsZero() || rec.Lastmod.IsZero() || it.Lastmod.After(rec.Lastmod)
	case !it.Lastmod.IsZero() && (rec.Lastmod.IsZero() || it.Lastmod.After(rec.Lastmod)):
		return true // a sitemap says the article changed
	}
	return false
}

// knownArticle reports whether rec is an article page an earlier run
// fetched and took the text hash of: not a listing, nor an alias only
// ever named by another page's canonical URL (never fetched itself), nor
// a page that never gave HTML.
func knownArticle(rec *record) bool {
	return rec.Kind == kindPage && !rec.Listing && rec.Hash != "" && !rec.FetchedAt.IsZero()
}

// A queueKnown transaction queues at most refetchChunk pages and reads at
// most refetchScan records: a seen-set of a million URLs with few article
// pages among them must not hold the write lock, which every crawl
// worker's record write waits for, while it reads them all.
const (
	refetchChunk = 5000
	refetchScan  = 50000
)

// queueKnown queues every known article page (knownArticle) not yet
// fetched in this run for a re-fetch (item.Refetch) at depth, and marks
// those already waiting in the frontier for one. The frontier caps do not
// apply: these pages are known, not discovered, and must all be fetched
// again, after what the runs discover (bucketRefetch). It reports how
// many it queued.
func (s *store) queueKnown(run string, depth int) (int, error) {
	var after []byte // the last key of the chunk before
	total := 0
	for {
		var next []byte
		added, marked := 0, 0
		err := s.db.Update(func(tx *bolt.Tx) error {
			var err error
			next, added, marked, err = queueKnownChunk(tx, after, run, depth, refetchChunk, refetchScan)
			return err
		})
		if err != nil {
			return total, fmt.Errorf("queue known article pages for a re-fetch: %w", err)
		}
		s.queued.Add(int64(added))
		s.refetch.Add(int64(added + marked))
		total += added
		if next == nil {
			return total, nil
		}
		after = next
	}
}

// queueKnownChunk does queueKnown for the records after the key after
// (from the first when nil), up to maxPages pages to queue or mark and
// maxScan records read. next is the last key it read, nil when it
// reached the end of the seen-set; added counts the items it queued,
// marked those waiting already that it marked.
func queueKnownChunk(tx *bolt.Tx, after []byte, run string, depth, maxPages, maxScan int) (next []byte, added, marked int, err error) {
	seen, q, front, rf := tx.Bucket(bucketSeen), tx.Bucket(bucketQueue), tx.Bucket(bucketFront), tx.Bucket(bucketRefetch)
	type entry struct {
		key []byte
		rec record
	}
	var batch []entry
	c := seen.Cursor()
	k, v := c.First()
	if after != nil {
		if k, v = c.Seek(after); k != nil && bytes.Equal(k, after) {
			k, v = c.Next()
		}
	}
	var last []byte // valid while tx is
	for scanned := 0; k != nil && len(batch) < maxPages && scanned < maxScan; k, v = c.Next() {
		scanned++
		var rec record
		if err := json.Unmarshal(v, &rec); err != nil {
			return nil, 0, 0, fmt.Errorf("decode record of %s: %w", k, err)
		}
		if knownArticle(&rec) && rec.LastRun != run {
			batch = append(batch, entry{bytes.Clone(k), rec})
		}
		last = k
	}
	if k != nil {
		next = bytes.Clone(last)
	}
	// The cursor is done with: the writes below do not disturb it.
	for _, e := range batch {
		if e.rec.State == stateQueued {
			ok, err := markQueuedRefetch(q, front, e.rec.Seq)
			if err != nil {
				return nil, 0, 0, fmt.Errorf("mark %s for a re-fetch: %w", e.key, err)
			}
			if ok {
				marked++
			}
			continue
		}
		seq, err := q.NextSequence()
		if err != nil {
			return nil, 0, 0, err
		}
		rec := e.rec
		rec.State, rec.Seq = stateQueued, seq
		if err := putJSON(seen, e.key, &rec); err != nil {
			return nil, 0, 0, err
		}
		it := item{URL: string(e.key), Kind: kindPage, Depth: depth, Via: "refetch", Refetch: true}
		if err := putJSON(rf, seqKey(seq), &it); err != nil {
			return nil, 0, 0, err
		}
		added++
	}
	return next, added, marked, nil
}

// markQueuedRefetch sets Refetch on the item queued under seq, in the
// queue or the front; ok reports whether it was not set before.
func markQueuedRefetch(q, front *bolt.Bucket, seq uint64) (ok bool, err error) {
	for _, b := range []*bolt.Bucket{q, front} {
		v := b.Get(seqKey(seq))
		if v == nil {
			continue
		}
		var it item
		if err := json.Unmarshal(v, &it); err != nil {
			return false, fmt.Errorf("decode queue item: %w", err)
		}
		if it.Refetch {
			return false, nil
		}
		it.Refetch = true
		return true, putJSON(b, seqKey(seq), &it)
	}
	return false, nil
}

// pop moves the oldest queued source, else the oldest queued item, else
// the oldest known page a re-fetch queued, to the in-flight set (see ack)
// and stamps its record with the run, so it is not queued twice in one
// run; ok is false when the frontier is empty.
func (s *store) pop(run string) (it item, ok bool, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		var c *bolt.Cursor
		var k, v []byte
		for _, b := range [][]byte{bucketFront, bucketQueue, bucketRefetch} {
			c = tx.Bucket(b).Cursor()
			if k, v = c.First(); k != nil {
				break
			}
		}
		if k == nil {
			return nil
		}
		if err := json.Unmarshal(v, &it); err != nil {
			return fmt.Errorf("decode queue item: %w", err)
		}
		ok = true
		if err := c.Delete(); err != nil {
			return err
		}
		seen := tx.Bucket(bucketSeen)
		var rec record
		if v := seen.Get([]byte(it.URL)); v != nil {
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("decode record of %s: %w", it.URL, err)
			}
		}
		rec.LastRun = run
		if err := putJSON(tx.Bucket(bucketInflight), []byte(it.URL), &it); err != nil {
			return err
		}
		return putJSON(seen, []byte(it.URL), &rec)
	})
	if err != nil {
		return item{}, false, fmt.Errorf("pop frontier: %w", err)
	}
	if ok {
		s.queued.Add(-1)
		if it.Refetch {
			s.refetch.Add(-1)
		}
	}
	return it, ok, nil
}

// get returns the record of a URL, if any.
func (s *store) get(u string) (record, bool, error) {
	var rec record
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSeen).Get([]byte(u))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &rec)
	})
	if err != nil {
		return record{}, false, fmt.Errorf("read record of %s: %w", u, err)
	}
	return rec, ok, nil
}

// update applies f to the record of u (a zero record if absent) and saves it.
func (s *store) update(u string, f func(*record)) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeen)
		var rec record
		if v := b.Get([]byte(u)); v != nil {
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
		}
		f(&rec)
		if rec.State != stateFailed {
			if err := tx.Bucket(bucketRetry).Delete([]byte(u)); err != nil {
				return err
			}
		}
		return putJSON(b, []byte(u), &rec)
	})
	if err != nil {
		return fmt.Errorf("update record of %s: %w", u, err)
	}
	return nil
}

// drop records that a queued URL was taken off the frontier unfetched
// (the config no longer wants it). A URL no run ever fetched is forgotten,
// as a URL dropped for a cap is not recorded, so it is queued when found
// again under a config that wants it; marked done, it would pass for
// crawled for good. A URL fetched before goes back to done, as it was.
func (s *store) drop(u string) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		seen, key := tx.Bucket(bucketSeen), []byte(u)
		var rec record
		if v := seen.Get(key); v != nil {
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("decode record: %w", err)
			}
		}
		if err := tx.Bucket(bucketRetry).Delete(key); err != nil {
			return err
		}
		if rec.FetchedAt.IsZero() {
			return seen.Delete(key)
		}
		rec.State = stateDone
		return putJSON(seen, key, &rec)
	})
	if err != nil {
		return fmt.Errorf("drop %s from the frontier: %w", u, err)
	}
	return nil
}

// fail marks it failed and keeps it for the next runs (see bucketRetry).
func (s *store) fail(it item) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeen)
		var rec record
		if v := b.Get([]byte(it.URL)); v != nil {
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
		}
		rec.State = stateFailed
		if rec.Kind == "" {
			rec.Kind = it.Kind
		}
		if err := putJSON(b, []byte(it.URL), &rec); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bucketRetry), []byte(it.URL), &it)
	})
	if err != nil {
		return fmt.Errorf("mark %s failed: %w", it.URL, err)
	}
	return nil
}

// takeRetries empties the retry set and returns the items that have been
// tried in fewer than maxRunRetries runs, their Attempt counted up.
func (s *store) takeRetries() ([]item, error) {
	var out []item
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		b := tx.Bucket(bucketRetry)
		var keys [][]byte
		err := b.ForEach(func(k, v []byte) error {
			keys = append(keys, k)
			var it item
			if err := json.Unmarshal(v, &it); err != nil {
				return fmt.Errorf("decode retry item %s: %w", k, err)
			}
			if it.Attempt < maxRunRetries {
				it.Attempt++
				out = append(out, it)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range keys {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read failed URLs to retry: %w", err)
	}
	return out, nil
}

// queueLen is the number of items in the frontier.
func (s *store) queueLen() int64 { return s.queued.Load() }

func seqKey(n uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return b[:]
}

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}

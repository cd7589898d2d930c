package cluster

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

// Config tunes an Index. The zero value means the defaults.
type Config struct {
	// Threshold is the estimated containment at or above which an article
	// joins the cluster of its closest earlier copy. Default 0.5.
	Threshold float64
	// MinJaccard is a floor on the estimated Jaccard similarity as well,
	// so a short text whose few shingles all occur in a long one (a
	// shared quote, a boilerplate paragraph) does not join it. Default
	// 0.05.
	MinJaccard float64
	// MinShingles is the size under which a body is too short to cluster:
	// it keeps a cluster of its own. Default 20 (about 25 words).
	MinShingles uint32
	// Rows is the number of signature values per LSH band; there are
	// NumHashes/Rows bands. Two texts of Jaccard similarity J share a
	// band with probability 1-(1-J^Rows)^bands: with the default 2 (64
	// bands), 0.93 at J = 0.2 and 0.47 at J = 0.1, while unrelated texts
	// (J ≈ 0.01) meet one time in 150.
	Rows int
	// MaxChain bounds how many earlier articles one band bucket yields,
	// newest first, so a band shared by very many articles (boilerplate)
	// cannot make a lookup slow. Default 64.
	MaxChain int
}

// DefaultConfig are the settings the labelled set was tuned on (see
// eval.ClusterSet and `byline eval clusters`).
var DefaultConfig = Config{Threshold: 0.5, MinJaccard: 0.05, MinShingles: 20, Rows: 2, MaxChain: 64}

func (c Config) withDefaults() Config {
	d := DefaultConfig
	if c.Threshold > 0 {
		d.Threshold = c.Threshold
	}
	if c.MinJaccard > 0 {
		d.MinJaccard = c.MinJaccard
	}
	if c.MinShingles > 0 {
		d.MinShingles = c.MinShingles
	}
	if c.Rows > 0 {
		d.Rows = c.Rows
	}
	if c.MaxChain > 0 {
		d.MaxChain = c.MaxChain
	}
	return d
}

// Validate reports settings that cannot work.
func (c Config) Validate() error {
	c = c.withDefaults()
	if c.Threshold > 1 || c.MinJaccard > 1 {
		return fmt.Errorf("cluster: threshold %.2f / min jaccard %.2f: want at most 1", c.Threshold, c.MinJaccard)
	}
	if c.Rows > NumHashes {
		return fmt.Errorf("cluster: rows %d: want at most %d", c.Rows, NumHashes)
	}
	return nil
}

// Meta is what the origin rule needs to know of a member.
type Meta struct {
	Site      string
	Published time.Time // zero when unknown
	Wire      bool      // credited to a news agency (see IsWire)
}

// Assignment is the cluster an article was put in.
type Assignment struct {
	ClusterID string  // the id of the cluster's first article
	Size      int     // members, the article included
	Origin    string  // id of the probable origin (see Index.Origin)
	Match     string  // id of the closest earlier copy; "" when it started the cluster
	Score     float64 // estimated containment with Match
	New       bool    // the article was not in the index before
}

// member is one sketch in the index.
type member struct {
	id      string
	cluster int32 // index into clusters
	meta    Meta
	seq     uint64 // arrival order of the article's first sketch
	dead    bool   // replaced by a newer sketch of the same article
}

type clusterState struct {
	id      string
	members []int32
	origin  int32
}

// Index holds the sketches of every clustered article in memory and
// assigns each new article to a cluster. It is safe for concurrent use.
//
// Memory per article: the signature (4*NumHashes = 512 bytes), one bucket
// entry and one chain link per band (64 bands at the default Rows), the
// id and the member record: about 2 KiB in all, measured by
// BenchmarkIndexMemory (BENCHMARKS.md has the figure).
type Index struct {
	mu       sync.RWMutex
	cfg      Config
	bands    int
	members  []member
	sigs     []uint32 // NumHashes per member
	sizes    []uint32
	next     []int32 // bands per member: the previous member with the same band key
	heads    map[uint64]int32
	byID     map[string]int32
	clusters []clusterState
	byClust  map[string]int32
	seq      uint64
	dead     int // members replaced by a newer sketch, not yet compacted away
}

// NewIndex returns an empty index.
func NewIndex(cfg Config) (*Index, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	return &Index{cfg: cfg, bands: NumHashes / cfg.Rows, heads: map[uint64]int32{}, byID: map[string]int32{}, byClust: map[string]int32{}}, nil
}

// Len is the number of articles in the index.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.byID)
}

// Clusters is the number of clusters, singletons included.
func (x *Index) Clusters() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.clusters)
}

// bandKey hashes band b of sig.
func (x *Index) bandKey(sig *[NumHashes]uint32, b int) uint64 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for _, v := range sig[b*x.cfg.Rows : (b+1)*x.cfg.Rows] {
		h = mix64(h ^ uint64(v))
	}
	return h
}

// Add assigns the article id with sketch s to a cluster and adds it. An
// id already in the index (a revision) has its sketch and meta replaced;
// it keeps its cluster while its new text still matches another member of
// it, by the thresholds that clustering uses. Otherwise (a page reused for
// another story) it leaves and is clustered again: it joins the closest
// matching article's cluster or starts one, and the cluster it left loses
// it from its size and origin.
func (x *Index) Add(id string, s *Sketch, m Meta) Assignment {
	x.mu.Lock()
	defer x.mu.Unlock()
	i, known := x.byID[id]
	if known {
		c := x.members[i].cluster
		if x.matchesCluster(s, i) {
			x.insert(id, s, m, c)
			cs := &x.clusters[c]
			return Assignment{ClusterID: cs.id, Size: len(cs.members), Origin: x.members[cs.origin].id}
		}
	}
	best, score := x.closest(s, id)
	var c int32
	a := Assignment{New: !known}
	switch {
	case best < 0 && known && len(x.clusters[x.members[i].cluster].members) == 1:
		c = x.members[i].cluster // alone in its cluster already: it keeps the id
	case best < 0:
		c = x.freshCluster(id)
	default:
		c = x.members[best].cluster
		a.Match, a.Score = x.members[best].id, score // before insert, which can compact
	}
	x.insert(id, s, m, c)
	cs := &x.clusters[c]
	a.ClusterID, a.Size, a.Origin = cs.id, len(cs.members), x.members[cs.origin].id
	return a
}

// Restore puts an article back into the cluster recorded for it, without
// matching: how a process rebuilds the index from its store at start. It
// returns the cluster as it now stands.
func (x *Index) Restore(id, clusterID string, s *Sketch, m Meta) Assignment {
	x.mu.Lock()
	defer x.mu.Unlock()
	if clusterID == "" {
		clusterID = id
	}
	c, ok := x.byClust[clusterID]
	if !ok {
		c = x.newCluster(clusterID)
	}
	if i, ok := x.byID[id]; ok && x.members[i].cluster != c {
		// The record moved it: leave the old cluster.
		x.leave(i)
	}
	x.insert(id, s, m, c)
	cs := &x.clusters[c]
	return Assignment{ClusterID: cs.id, Size: len(cs.members), Origin: x.members[cs.origin].id}
}

// Cluster returns the size and origin of a cluster ("", 0 when unknown).
func (x *Index) Cluster(clusterID string) (size int, origin string) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	c, ok := x.byClust[clusterID]
	if !ok || len(x.clusters[c].members) == 0 {
		return 0, ""
	}
	cs := &x.clusters[c]
	return len(cs.members), x.members[cs.origin].id
}

// Members returns the ids of a cluster's articles in arrival order.
func (x *Index) Members(clusterID string) []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	c, ok := x.byClust[clusterID]
	if !ok {
		return nil
	}
	var ids []string
	for _, i := range x.clusters[c].members {
		ids = append(ids, x.members[i].id)
	}
	return ids
}

// matchesCluster reports whether s, a new sketch of member i, still
// matches a member of i's cluster other than i; when i is alone there, its
// own earlier sketch stands for the cluster. It stops at the first match:
// a revision that only edits the text costs a comparison or two.
func (x *Index) matchesCluster(s *Sketch, i int32) bool {
	if s.Shingles < x.cfg.MinShingles {
		return false
	}
	cs := &x.clusters[x.members[i].cluster]
	for _, j := range cs.members {
		if j != i || len(cs.members) == 1 {
			if _, pass := x.score(s, j); pass {
				return true
			}
		}
	}
	return false
}

// freshCluster starts a cluster for the article id, named after it; when
// a cluster of that name still has members (the article started it and
// left it), the name takes a suffix: id~2, id~3, ...
func (x *Index) freshCluster(id string) int32 {
	for n := 1; ; n++ {
		cid := id
		if n > 1 {
			cid = fmt.Sprintf("%s~%d", id, n)
		}
		c, ok := x.byClust[cid]
		if !ok {
			return x.newCluster(cid)
		}
		if len(x.clusters[c].members) == 0 {
			return c
		}
	}
}

func (x *Index) newCluster(id string) int32 {
	c := int32(len(x.clusters))
	x.clusters = append(x.clusters, clusterState{id: id, origin: -1})
	x.byClust[id] = c
	return c
}

// insert appends a member with its bands, replacing an earlier sketch of
// the same id.
func (x *Index) insert(id string, s *Sketch, m Meta, c int32) {
	i := int32(len(x.members))
	x.seq++
	seq := x.seq
	if old, ok := x.byID[id]; ok {
		// A new sketch of a known article: it keeps its arrival order,
		// which the origin rule breaks ties by (first seen), unless it
		// moves to another cluster, which sees it first now.
		if x.members[old].cluster == c {
			seq = x.members[old].seq
		}
		x.members[old].dead = true
		x.dead++
		x.leave(old)
	}
	x.members = append(x.members, member{id: id, cluster: c, meta: m, seq: seq})
	x.sigs = append(x.sigs, s.Sig[:]...)
	x.sizes = append(x.sizes, s.Shingles)
	x.byID[id] = i
	x.chain(i, &s.Sig, s.Shingles)
	cs := &x.clusters[c]
	cs.members = append(cs.members, i)
	// Only the new member can displace the origin: comparing it with the
	// origin keeps adding to a large cluster constant-time.
	if cs.origin < 0 || x.before(i, cs.origin) {
		cs.origin = i
	}
	if x.dead > len(x.byID) {
		x.compact()
	}
}

// chain links member i, of signature sig, into the band chains: its
// entry per band points to the previous head, and it becomes the head when
// it has shingles enough to be matched.
func (x *Index) chain(i int32, sig *[NumHashes]uint32, shingles uint32) {
	for b := range x.bands {
		k := x.bandKey(sig, b)
		prev, ok := x.heads[k]
		if !ok {
			prev = -1
		}
		x.next = append(x.next, prev)
		if shingles >= x.cfg.MinShingles {
			x.heads[k] = i
		}
	}
}

// compact drops the replaced sketches once they outnumber the live ones,
// so the index holds its articles' current sketches (amortised O(1) per
// insert), not every sketch an often-revised page ever had. The band
// chains are rebuilt in arrival order, as insert made them.
func (x *Index) compact() {
	remap := make([]int32, len(x.members))
	live := len(x.members) - x.dead
	members := make([]member, 0, live)
	sigs := make([]uint32, 0, live*NumHashes)
	sizes := make([]uint32, 0, live)
	for i, m := range x.members {
		if m.dead {
			remap[i] = -1
			continue
		}
		remap[i] = int32(len(members))
		members = append(members, m)
		sigs = append(sigs, x.sigs[i*NumHashes:(i+1)*NumHashes]...)
		sizes = append(sizes, x.sizes[i])
	}
	x.members, x.sigs, x.sizes, x.dead = members, sigs, sizes, 0
	x.next = make([]int32, 0, live*x.bands)
	x.heads = make(map[uint64]int32, len(x.heads))
	var sig [NumHashes]uint32
	for i := range x.members {
		copy(sig[:], x.sigs[i*NumHashes:])
		x.chain(int32(i), &sig, x.sizes[i])
	}
	for id, i := range x.byID {
		x.byID[id] = remap[i]
	}
	for c := range x.clusters {
		cs := &x.clusters[c]
		for k, i := range cs.members {
			cs.members[k] = remap[i]
		}
		if cs.origin >= 0 {
			cs.origin = remap[cs.origin]
		}
	}
}

// leave takes member i out of its cluster's member list.
func (x *Index) leave(i int32) {
	cs := &x.clusters[x.members[i].cluster]
	cs.members = slices.DeleteFunc(cs.members, func(j int32) bool { return j == i })
	if cs.origin == i || cs.origin < 0 {
		x.pickOrigin(cs)
	}
}

// closest returns the member most contained in (or containing) s above
// the thresholds, or -1. The article self (its earlier sketch) is not
// one.
func (x *Index) closest(s *Sketch, self string) (int32, float64) {
	if s.Shingles < x.cfg.MinShingles {
		return -1, 0
	}
	best, bestScore := int32(-1), 0.0
	seen := make(map[int32]struct{}, 16)
	for b := range x.bands {
		i, ok := x.heads[x.bandKey(&s.Sig, b)]
		for n := 0; ok && i >= 0 && n < x.cfg.MaxChain; n++ {
			if _, dup := seen[i]; !dup {
				seen[i] = struct{}{}
				if !x.members[i].dead && x.members[i].id != self {
					if sc, pass := x.score(s, i); pass && sc > bestScore {
						best, bestScore = i, sc
					}
				}
			}
			i = x.next[int(i)*x.bands+b]
		}
	}
	return best, bestScore
}

// score compares s with member i.
func (x *Index) score(s *Sketch, i int32) (float64, bool) {
	sig := x.sigs[int(i)*NumHashes : (int(i)+1)*NumHashes]
	n := 0
	for k, v := range sig {
		if s.Sig[k] == v {
			n++
		}
	}
	j := float64(n) / NumHashes
	c := containment(j, s.Shingles, x.sizes[i])
	return c, j >= x.cfg.MinJaccard && c >= x.cfg.Threshold && x.sizes[i] >= x.cfg.MinShingles
}

// pickOrigin sets the cluster's probable origin: a wire-credited member
// before any other, then the earliest published (members with no date
// after those with one), then the first seen.
func (x *Index) pickOrigin(cs *clusterState) {
	cs.origin = -1
	for _, i := range cs.members {
		if cs.origin < 0 || x.before(i, cs.origin) {
			cs.origin = i
		}
	}
	if cs.origin < 0 && len(cs.members) == 0 {
		cs.origin = -1
	}
}

// before reports whether member a is a likelier origin than b.
func (x *Index) before(a, b int32) bool {
	ma, mb := &x.members[a].meta, &x.members[b].meta
	if ma.Wire != mb.Wire {
		return ma.Wire
	}
	pa, pb := ma.Published, mb.Published
	switch {
	case pa.IsZero() != pb.IsZero():
		return !pa.IsZero()
	case !pa.Equal(pb):
		return pa.Before(pb)
	}
	return x.members[a].seq < x.members[b].seq
}

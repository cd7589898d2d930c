package cluster

import (
	"fmt"
	"github.com/byline/byline/article"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// The origin rule breaks a tie by the first copy seen. Re-adding an article
// (a revision: a typo fixed) must not make it "seen" later than the copies
// that arrived after it.
func TestOriginTieSurvivesRevision(t *testing.T) {
	day := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	story := text(40, 10)
	x, _ := NewIndex(Config{})
	s := NewSketch(story)
	x.Add("first", &s, Meta{Published: day})
	x.Add("second", &s, Meta{Published: day})
	revised := append([]string{}, story...)
	revised[3] = "A corrected paragraph with a few words of its own."
	s2 := NewSketch(revised)
	a := x.Add("first", &s2, Meta{Published: day})
	if a.Origin != "first" {
		t.Errorf("origin after the first copy was revised: %q, want first", a.Origin)
	}
}

// restoreOneCluster restores n copies of one story into one cluster (a
// process starting with a large cluster in its bucket).
func restoreOneCluster(n int) *Index {
	s := NewSketch(text(41, 10))
	x, _ := NewIndex(Config{})
	for i := range n {
		x.Restore(fmt.Sprint(i), "c", &s, Meta{Published: time.Unix(int64(n-i), 0)})
	}
	return x
}

// BenchmarkClusterRestore: adding a member to a cluster must not cost time
// in the cluster's size; restoring 4n members takes about 4 times as long
// as n (it took 13 times before the origin was kept incrementally).
func BenchmarkClusterRestore(b *testing.B) {
	for _, n := range []int{4000, 16000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				restoreOneCluster(n)
			}
		})
	}
}

// A revised article replaces its sketch: the index must hold what its
// articles are now, not every sketch they ever had. A live page revised
// thousands of times must not grow the index by 2.6 KiB a revision.
func TestRevisionsDoNotGrowIndex(t *testing.T) {
	x, _ := NewIndex(Config{})
	other := NewSketch(text(42, 10))
	x.Add("other", &other, Meta{})
	var last []string
	for i := range 4000 {
		last = text(uint64(1000+i), 10)
		s := NewSketch(last)
		x.Add("live", &s, Meta{})
	}
	if n := len(x.members); n > 2*x.Len()+2 {
		t.Errorf("index holds %d sketches for %d articles", n, x.Len())
	}
	if len(x.next) != len(x.members)*x.bands || len(x.sigs) != len(x.members)*NumHashes {
		t.Fatalf("inconsistent index: %d members, %d links, %d sig values", len(x.members), len(x.next), len(x.sigs))
	}
	// The index still works: a copy of the latest text finds it, the
	// other article keeps its cluster.
	s := NewSketch(last[2:])
	if a := x.Add("copy", &s, Meta{}); a.ClusterID != "live" || a.Size != 2 {
		t.Errorf("copy of the revised article: %+v", a)
	}
	if n, o := x.Cluster("other"); n != 1 || o != "other" {
		t.Errorf("other cluster: %d members, origin %q", n, o)
	}
	s = NewSketch(text(42, 10)[1:])
	if a := x.Add("copy2", &s, Meta{}); a.ClusterID != "other" || a.Match != "other" {
		t.Errorf("copy of the other article: %+v", a)
	}
}

// Agency datelines are written in the place's own capitals: "SÃO PAULO
// (Reuters) -", "ZÜRICH (dpa) -", "BOGOTÁ (AP) —".
func TestIsWireAccentedDateline(t *testing.T) {
	for _, p := range []string{
		"SÃO PAULO (Reuters) - Brazil's central bank held rates on Wednesday.",
		"ZÜRICH (dpa) - Die Nationalbank senkte den Leitzins.",
		"BOGOTÁ, Colombia (AP) — Voters went to the polls on Sunday.",
	} {
		a := article.Article{Paragraphs: []string{p, "More text."}}
		if !IsWire(&a) {
			t.Errorf("IsWire(%q) = false", p)
		}
		d := article.Article{Dateline: p[:strings.Index(p, ")")+1]}
		if !IsWire(&d) {
			t.Errorf("IsWire(dateline %q) = false", d.Dateline)
		}
	}
}

// hanText makes a Chinese text of n clauses of 8 to 15 characters,
// separated by full-width commas and full stops, as Chinese is written:
// no spaces between words.
func hanText(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	for i := range n {
		for range 8 + r.IntN(8) {
			b.WriteRune(rune(0x4e00 + r.IntN(0x1800)))
		}
		if i%3 == 2 {
			b.WriteString("。")
		} else {
			b.WriteString("，")
		}
	}
	return b.String()
}

// A Chinese news brief of some 200 characters (a hundred-odd words'
// worth) is no "body under about 25 words": its copies must cluster, and
// a copy with one character changed in each of a few clauses too.
func TestCJKCopiesCluster(t *testing.T) {
	story := hanText(1, 16)
	x, _ := NewIndex(Config{})
	s := NewSketch([]string{story})
	x.Add("orig", &s, Meta{})
	same := NewSketch([]string{story})
	if a := x.Add("copy", &same, Meta{}); a.ClusterID != "orig" {
		t.Errorf("identical Chinese copy (%d shingles): cluster %q, want orig", same.Shingles, a.ClusterID)
	}
	// A copy that corrects three characters.
	rs := []rune(story)
	for _, k := range []int{30, 90, 150} {
		rs[k] = '的'
	}
	ed := NewSketch([]string{string(rs)})
	if a := x.Add("edited", &ed, Meta{}); a.ClusterID != "orig" {
		t.Errorf("Chinese copy with 3 characters changed: cluster %q (score %.2f), want orig", a.ClusterID, a.Score)
	}
	other := NewSketch([]string{hanText(2, 16)})
	if a := x.Add("other", &other, Meta{}); a.ClusterID != "other" {
		t.Errorf("another Chinese story joined %q", a.ClusterID)
	}
}

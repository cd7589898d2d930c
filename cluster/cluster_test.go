package cluster

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// text makes n paragraphs of 40 pseudo-random words from a 5,000-word
// vocabulary; the same seed gives the same text.
func text(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 16))
	ps := make([]string, n)
	for i := range ps {
		w := make([]string, 40)
		for j := range w {
			w[j] = fmt.Sprintf("w%d", r.IntN(5000))
		}
		ps[i] = strings.Join(w, " ") + "."
	}
	return ps
}

func TestSketchSimilarity(t *testing.T) {
	orig := text(1, 12)
	other := text(2, 12)
	split := append([]string{}, orig...)
	split[3] = strings.Join(strings.Fields(orig[3])[:20], " ")
	split = append(split[:4], append([]string{strings.Join(strings.Fields(orig[3])[20:], " ")}, split[4:]...)...)
	punct := make([]string, len(orig))
	for i, p := range orig {
		punct[i] = strings.ToUpper(strings.ReplaceAll(p, " ", ", "))
	}
	local := append(append([]string{}, orig[:6]...), text(3, 3)...)
	tests := []struct {
		name       string
		b          []string
		jMin, jMax float64
		cMin, cMax float64
	}{
		{"identical", orig, 1, 1, 1, 1},
		{"paragraph split in two", split, 0.9, 1, 0.9, 1},
		{"case and punctuation", punct, 1, 1, 1, 1},
		{"trimmed to half", orig[:6], 0.35, 0.65, 0.85, 1},
		{"trimmed, local paragraphs added", local, 0.25, 0.55, 0.6, 1},
		{"another text", other, 0, 0.03, 0, 0.06},
	}
	a := NewSketch(orig)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewSketch(tt.b)
			j, c := Jaccard(&a, &b), Containment(&a, &b)
			if j < tt.jMin || j > tt.jMax {
				t.Errorf("jaccard %.3f, want %.2f..%.2f", j, tt.jMin, tt.jMax)
			}
			if c < tt.cMin || c > tt.cMax {
				t.Errorf("containment %.3f, want %.2f..%.2f", c, tt.cMin, tt.cMax)
			}
			if Jaccard(&b, &a) != j {
				t.Error("jaccard is not symmetric")
			}
		})
	}
}

func TestSketchEdgeCases(t *testing.T) {
	empty := NewSketch(nil)
	if empty.Shingles != 0 || Jaccard(&empty, &empty) != 0 {
		t.Errorf("empty: %d shingles, jaccard %v", empty.Shingles, Jaccard(&empty, &empty))
	}
	short := NewSketch([]string{"Three short words"})
	if short.Shingles != 1 {
		t.Errorf("short: %d shingles, want 1", short.Shingles)
	}
	if s := NewSketch([]string{"Ünïcödé wörds — «quoted» ‘here’ don’t don't stop"}); s.Shingles != 3 {
		t.Errorf("unicode words: %d shingles, want 3 (7 words, 5-shingles)", s.Shingles)
	}
	orig := NewSketch(text(7, 5))
	b, _ := orig.MarshalBinary()
	var back Sketch
	if err := back.UnmarshalBinary(b); err != nil || back != orig {
		t.Errorf("binary round trip: %v, equal %v", err, back == orig)
	}
	if err := back.UnmarshalBinary(b[:10]); err != ErrBadSketch {
		t.Errorf("short input: %v, want ErrBadSketch", err)
	}
}

func TestIndexClusters(t *testing.T) {
	x, err := NewIndex(Config{})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	story := text(10, 14)
	add := func(id string, ps []string, m Meta) Assignment {
		s := NewSketch(ps)
		return x.Add(id, &s, m)
	}
	first := add("local-1", append(append([]string{}, story[:8]...), text(11, 2)...), Meta{Site: "a", Published: day.Add(2 * time.Hour)})
	if first.ClusterID != "local-1" || first.Size != 1 || first.Match != "" || !first.New {
		t.Fatalf("first copy: %+v", first)
	}
	wire := add("wire", story, Meta{Site: "ap", Published: day.Add(3 * time.Hour), Wire: true})
	if wire.ClusterID != "local-1" || wire.Size != 2 || wire.Origin != "wire" {
		t.Errorf("wire copy: %+v, want cluster local-1, size 2, origin wire (a wire credit beats an earlier date)", wire)
	}
	early := add("early", story[:5], Meta{Site: "b", Published: day})
	if early.ClusterID != "local-1" || early.Size != 3 || early.Origin != "wire" {
		t.Errorf("trimmed copy: %+v", early)
	}
	other := add("other", text(12, 14), Meta{Site: "a", Published: day})
	if other.ClusterID != "other" || other.Size != 1 {
		t.Errorf("another story: %+v", other)
	}
	tiny := add("tiny", story[0:1][:1], Meta{})
	if s := NewSketch(story[:1]); s.Shingles >= DefaultConfig.MinShingles && tiny.ClusterID != "local-1" {
		t.Errorf("one paragraph copy: %+v", tiny)
	}
	brief := add("brief", []string{"Officials said on Tuesday the bridge would reopen."}, Meta{})
	if brief.ClusterID != "brief" {
		t.Errorf("a text under MinShingles clusters with nothing: %+v", brief)
	}
	// A revision of a member that still matches keeps its cluster.
	rev := add("early", story[:6], Meta{Site: "b", Published: day})
	if rev.ClusterID != "local-1" || rev.New {
		t.Errorf("revised member: %+v", rev)
	}
	before := rev.Size
	// Rewritten into another story, it leaves (TestRevisionRegroups).
	rev = add("early", text(13, 6), Meta{Site: "b", Published: day})
	if rev.ClusterID != "early" || rev.New || rev.Size != 1 {
		t.Errorf("rewritten member: %+v", rev)
	}
	if n, o := x.Cluster("local-1"); o != "wire" || n != before-1 {
		t.Errorf("Cluster: %d, %q, want %d, wire", n, o, before-1)
	}
	if got := x.Members("local-1"); len(got) != before-1 {
		t.Errorf("members %v, want %d", got, before-1)
	}
	if x.Len() != 6 {
		t.Errorf("Len %d, want 6", x.Len())
	}
}

func TestOriginRule(t *testing.T) {
	day := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		members []Meta
		want    int
	}{
		{"earliest published", []Meta{{Published: day.Add(time.Hour)}, {Published: day}, {Published: day.Add(2 * time.Hour)}}, 1},
		{"a wire credit first", []Meta{{Published: day}, {Published: day.Add(time.Hour), Wire: true}}, 1},
		{"earliest of the wire copies", []Meta{{Wire: true, Published: day.Add(time.Hour)}, {Wire: true, Published: day}}, 1},
		{"a date before none", []Meta{{}, {Published: day}}, 1},
		{"first seen on a tie", []Meta{{Published: day}, {Published: day}}, 0},
	}
	story := text(20, 10)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, _ := NewIndex(Config{})
			var a Assignment
			for i, m := range tt.members {
				s := NewSketch(story)
				a = x.Add(fmt.Sprint(i), &s, m)
			}
			if a.Origin != fmt.Sprint(tt.want) {
				t.Errorf("origin %s, want %d", a.Origin, tt.want)
			}
		})
	}
}

func TestRestore(t *testing.T) {
	x, _ := NewIndex(Config{})
	story := text(30, 10)
	s := NewSketch(story)
	x.Restore("a", "c1", &s, Meta{})
	x.Restore("b", "c1", &s, Meta{Wire: true})
	if n, o := x.Cluster("c1"); n != 2 || o != "b" {
		t.Errorf("restored cluster: %d members, origin %q", n, o)
	}
	// A new copy finds the restored cluster.
	s2 := NewSketch(story[:6])
	if a := x.Add("c", &s2, Meta{}); a.ClusterID != "c1" || a.Size != 3 {
		t.Errorf("copy of a restored article: %+v", a)
	}
	// A record that moves an article takes it out of its old cluster.
	x.Restore("a", "c2", &s, Meta{})
	if n, _ := x.Cluster("c1"); n != 2 {
		t.Errorf("after the move c1 has %d members, want 2", n)
	}
}

func TestIsWire(t *testing.T) {
	tests := []struct {
		name string
		a    article.Article
		want bool
	}{
		{"AP byline", article.Article{Authors: []string{"The Associated Press"}}, true},
		{"AP code", article.Article{Authors: []string{"Jane Doe", "AP"}}, true},
		{"Reuters", article.Article{Authors: []string{"Reuters Staff"}}, true},
		{"dateline credit", article.Article{Paragraphs: []string{"WASHINGTON (AP) — The Senate voted on Tuesday."}}, true},
		{"AFP dateline", article.Article{Paragraphs: []string{"PARIS (AFP) - Ministers met."}}, true},
		{"dateline field", article.Article{Dateline: "LONDON (Reuters)"}, true},
		{"any agency's dateline credit", article.Article{Paragraphs: []string{"PORT AVERY, Calder (Meridian Wire) — Ferry workers voted."}}, true},
		{"reporting by", article.Article{Paragraphs: []string{"Text.", "(Reporting by Jane Doe; Editing by John Roe)"}}, true},
		{"staff", article.Article{Authors: []string{"Jane Doe"}, Paragraphs: []string{"WASHINGTON — The Senate voted."}}, false},
		{"a word containing ap", article.Article{Authors: []string{"Apolline Apt"}}, false},
		{"lower-case ap", article.Article{Paragraphs: []string{"The app (ap) - is new"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsWire(&tt.a); got != tt.want {
				t.Errorf("IsWire = %v, want %v", got, tt.want)
			}
		})
	}
}

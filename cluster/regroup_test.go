package cluster

import (
	"slices"
	"testing"
	"time"
)

// A revision whose text no longer matches its cluster (a live page reused,
// a CMS slot recycled) leaves it and is clustered afresh; one that still
// matches keeps its cluster id, which the search collapses on.
func TestRevisionRegroups(t *testing.T) {
	day := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	storyA, storyB, storyC := text(50, 12), text(51, 12), text(52, 12)
	edited := append([]string{}, storyA...)
	edited[4] = text(53, 1)[0] // one paragraph rewritten
	type add struct {
		id   string
		ps   []string
		meta Meta
	}
	// Story A on three sites, a1 first; story B on one site.
	base := []add{
		{"a1", storyA, Meta{Site: "one", Published: day}},
		{"a2", storyA[:9], Meta{Site: "two", Published: day}},
		{"a3", storyA[2:], Meta{Site: "three", Published: day}},
		{"b1", storyB, Meta{Site: "four", Published: day}},
	}
	tests := []struct {
		name       string
		rev        add
		wantID     string // the revision's cluster
		wantSize   int
		wantOrigin string
		wantJoin   bool   // it joined another cluster (Match is one of its members)
		aSize      int    // story A's cluster (a1) after the revision
		aOrigin    string //
	}{
		{"a paragraph edited keeps the cluster", add{"a2", edited, Meta{Site: "two", Published: day}}, "a1", 3, "a1", false, 3, "a1"},
		{"rewritten into an unrelated story", add{"a2", storyC, Meta{Site: "two", Published: day}}, "a2", 1, "a2", false, 2, "a1"},
		{"rewritten into a story already seen", add{"a3", storyB[1:], Meta{Site: "three", Published: day}}, "b1", 2, "b1", true, 2, "a1"},
		{"the origin rewritten: the origin moves", add{"a1", storyC, Meta{Site: "one", Published: day}}, "a1~2", 1, "a1", false, 2, "a2"},
		{"rewritten to a stub too short to cluster", add{"a3", []string{"This article has been removed."}, Meta{Site: "three"}}, "a3", 1, "a3", false, 2, "a1"},
		{"a single copy rewritten into a story seen", add{"b1", storyA[3:], Meta{Site: "four", Published: day}}, "a1", 4, "a1", true, 4, "a1"},
		{"a single copy edited keeps its id", add{"b1", append(append([]string{}, storyB[:11]...), text(54, 1)...), Meta{Site: "four", Published: day}}, "b1", 1, "b1", false, 3, "a1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, _ := NewIndex(Config{})
			for _, b := range base {
				s := NewSketch(b.ps)
				x.Add(b.id, &s, b.meta)
			}
			if n, o := x.Cluster("a1"); n != 3 || o != "a1" {
				t.Fatalf("story A before the revision: %d members, origin %q", n, o)
			}
			s := NewSketch(tt.rev.ps)
			a := x.Add(tt.rev.id, &s, tt.rev.meta)
			if a.ClusterID != tt.wantID || a.Size != tt.wantSize || a.Origin != tt.wantOrigin || (a.Match != "") != tt.wantJoin || a.New {
				t.Errorf("revision: %+v, want cluster %s size %d origin %s, joined %v", a, tt.wantID, tt.wantSize, tt.wantOrigin, tt.wantJoin)
			}
			if a.Match != "" && (a.Match == tt.rev.id || !slices.Contains(x.Members(a.ClusterID), a.Match)) {
				t.Errorf("match %s: not another member of %s", a.Match, a.ClusterID)
			}
			if n, o := x.Cluster(a.ClusterID); n != a.Size || o != a.Origin {
				t.Errorf("Cluster(%s) = %d, %q; the assignment said %d, %q", a.ClusterID, n, o, a.Size, a.Origin)
			}
			if n, o := x.Cluster("a1"); n != tt.aSize || o != tt.aOrigin {
				t.Errorf("story A after the revision: %d members, origin %q; want %d, %q", n, o, tt.aSize, tt.aOrigin)
			}
			if got := x.Members(tt.wantID); len(got) != tt.wantSize {
				t.Errorf("members of %s: %v", tt.wantID, got)
			}
			if x.Len() != 4 {
				t.Errorf("Len %d, want 4", x.Len())
			}
			// The index still finds the revised text: a copy of it joins
			// the revision's cluster.
			if s.Shingles >= DefaultConfig.MinShingles {
				c := NewSketch(tt.rev.ps[1:])
				if got := x.Add("copy", &c, Meta{}); got.ClusterID != tt.wantID {
					t.Errorf("a copy of the revised text went to %s, want %s", got.ClusterID, tt.wantID)
				}
			}
		})
	}
}

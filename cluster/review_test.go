package cluster

import (
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

package extract

import (
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// TestAbsCutCaptions checks that the no-date comparison of captions
// takes only the day's spans out of the original's captions: the cut
// day's leftovers match, any other change does not.
func TestAbsCutCaptions(t *testing.T) {
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	a := &article.Article{Images: []article.Image{
		{Caption: "Fencing blocks the path near the bridge on Tuesday, March 5, 2024."},
		{Caption: "Cyclists ride along the detour."},
		{Caption: "Bus listrik melintas di Jalan Juanda, Selasa (5/3/2024)."},
	}}
	got := absCutCaptions(a, day)
	want := "Fencing blocks the path near the bridge on , , . | Cyclists ride along the detour. | Bus listrik melintas di Jalan Juanda, Selasa (//)."
	t.Logf("cut captions: %q", got)
	if got != want {
		t.Errorf("absCutCaptions = %q, want %q", got, want)
	}
	// Another day, or no day, stays as written.
	b := &article.Article{Images: []article.Image{{Caption: "Taken on Monday, March 4, 2024."}}}
	if got := absCutCaptions(b, day); got != b.Images[0].Caption {
		t.Errorf("absCutCaptions cut another day: %q", got)
	}
}

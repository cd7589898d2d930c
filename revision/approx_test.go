package revision

import (
	"testing"

	"github.com/byline/byline/article"
)

// A publication date counted back from a relative age ("2 hours ago")
// moves with the fetch time: a re-fetch whose date agrees with the latest
// revision's within its precision is the same revision and keeps that
// revision's date; an exact date is never replaced by an approximate one;
// a date outside the precision, or any other edit, is still a revision.
func TestApproximatePublished(t *testing.T) {
	type pub struct{ at, prec string }
	tests := []struct {
		name       string
		first      pub
		second     pub
		edit       func(a *article.Article)
		want       Result
		wantPub    pub  // the second article's date after Apply
		dateInDiff bool // on Revised: the diff shows published_at
	}{
		{name: "hours ago, fetched 40 minutes later",
			first: pub{"2025-07-04T08:00:00Z", article.PrecisionHour}, second: pub{"2025-07-04T08:40:00Z", article.PrecisionHour},
			want: Unchanged, wantPub: pub{"2025-07-04T08:00:00Z", article.PrecisionHour}},
		{name: "minutes ago, then hours ago",
			first: pub{"2025-07-04T09:20:00Z", article.PrecisionMinute}, second: pub{"2025-07-04T09:00:00Z", article.PrecisionHour},
			want: Unchanged, wantPub: pub{"2025-07-04T09:20:00Z", article.PrecisionMinute}},
		{name: "yesterday, fetched across midnight",
			first: pub{"2025-07-03T18:30:00Z", article.PrecisionDay}, second: pub{"2025-07-04T18:30:00Z", article.PrecisionDay},
			want: Unchanged, wantPub: pub{"2025-07-03T18:30:00Z", article.PrecisionDay}},
		{name: "an exact date is not replaced by an age",
			first: pub{"2025-07-04T08:12:00+02:00", ""}, second: pub{"2025-07-04T06:40:00Z", article.PrecisionHour},
			want: Unchanged, wantPub: pub{"2025-07-04T08:12:00+02:00", ""}},
		{name: "an age, then the exact date the page states",
			first: pub{"2025-07-04T08:00:00Z", article.PrecisionHour}, second: pub{"2025-07-04T08:12:00Z", ""},
			want: Unchanged, wantPub: pub{"2025-07-04T08:12:00Z", ""}},
		{name: "hours ago, text edited",
			first: pub{"2025-07-04T08:00:00Z", article.PrecisionHour}, second: pub{"2025-07-04T08:40:00Z", article.PrecisionHour},
			edit: func(a *article.Article) { a.Paragraphs[2] = "Work starts in October and should take three years." },
			want: Revised, wantPub: pub{"2025-07-04T08:00:00Z", article.PrecisionHour}},
		{name: "hours ago, further off than an hour",
			first: pub{"2025-07-04T08:00:00Z", article.PrecisionHour}, second: pub{"2025-07-04T05:00:00Z", article.PrecisionHour},
			want: Revised, wantPub: pub{"2025-07-04T05:00:00Z", article.PrecisionHour}, dateInDiff: true},
		{name: "an exact date changed by 40 minutes",
			first: pub{"2025-07-04T08:00:00Z", ""}, second: pub{"2025-07-04T08:40:00Z", ""},
			want: Revised, wantPub: pub{"2025-07-04T08:40:00Z", ""}, dateInDiff: true},
		{name: "an exact date replaced by an age far from it",
			first: pub{"2025-07-01T08:00:00Z", ""}, second: pub{"2025-07-04T08:40:00Z", article.PrecisionHour},
			want: Revised, wantPub: pub{"2025-07-04T08:40:00Z", article.PrecisionHour}, dateInDiff: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v1 := base()
			v1.PublishedAt, v1.PublishedPrecision = tt.first.at, tt.first.prec
			h, _ := Apply(nil, &v1)
			v2 := base()
			v2.PublishedAt, v2.PublishedPrecision = tt.second.at, tt.second.prec
			v2.FetchedAt = "2025-07-04T10:40:00Z"
			if tt.edit != nil {
				tt.edit(&v2)
			}
			h, res := Apply(h, &v2)
			if res != tt.want {
				t.Fatalf("Apply = %v, want %v (revision %d, %+v)", res, tt.want, v2.Revision, v2.Revisions[len(v2.Revisions)-1].Diff)
			}
			if got := (pub{v2.PublishedAt, v2.PublishedPrecision}); got != tt.wantPub {
				t.Errorf("published %v, want %v", got, tt.wantPub)
			}
			if got := (pub{h.Last.PublishedAt, h.Last.PublishedPrecision}); got != tt.wantPub {
				t.Errorf("history's latest published %v, want %v", got, tt.wantPub)
			}
			if res != Revised {
				return
			}
			d := v2.Revisions[len(v2.Revisions)-1].Diff
			if got := len(d.Dates) > 0; got != tt.dateInDiff {
				t.Errorf("published_at in the diff: %v, want %v (%+v)", got, tt.dateInDiff, d.Dates)
			}
		})
	}
}

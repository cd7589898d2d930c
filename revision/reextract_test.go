package revision

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// TestReextract: an article whose page hash is the latest fetch's is that
// page extracted again; a different extraction replaces the latest
// snapshot without a revision. Another page hash, no page hash, or a
// history recorded before page hashes, is compared as before.
func TestReextract(t *testing.T) {
	const pageA, pageB = "page-a", "page-b"
	better := func(a *article.Article) { // what a newer extractor might make of the page
		a.Paragraphs = append(a.Paragraphs[:3:3], "Opponents, led by Tom Bell, said the cost was too high.")
		a.Headline = "Council approves seawall plan"
	}
	type pub struct{ at, prec string }
	tests := []struct {
		name     string
		first    string // the first version's page hash
		old      bool   // the history is stored as a version without page hashes wrote it
		second   string // the page hash of the fetch extracted again
		edit     func(a *article.Article)
		firstPub pub // the first version's date, when not base()'s
		second2  pub // the second's
		want     Result
		wantPub  pub // the second article's date after Apply, when set
	}{
		{name: "same page, another extraction", first: pageA, second: pageA, edit: better, want: Reextracted},
		{name: "same page, the same extraction", first: pageA, second: pageA, want: Unchanged},
		{name: "another page, another extraction", first: pageA, second: pageB, edit: better, want: Revised},
		{name: "another page, the same extraction", first: pageA, second: pageB, want: Unchanged},
		{name: "no page hash, another extraction", first: pageA, second: "", edit: better, want: Revised},
		{name: "no page hash before, another extraction", first: "", second: pageA, edit: better, want: Revised},
		{name: "old history, same page, another extraction", first: pageA, old: true, second: pageA, edit: better, want: Revised},
		{name: "old history, same page, the same extraction", first: pageA, old: true, second: pageA, want: Unchanged},
		{name: "same page, its age counted back from a fetch days later",
			first: pageA, second: pageA, edit: better,
			firstPub: pub{"2025-07-04T07:00:00Z", article.PrecisionHour}, second2: pub{"2025-07-07T07:00:00Z", article.PrecisionHour},
			want: Reextracted, wantPub: pub{"2025-07-04T07:00:00Z", article.PrecisionHour}},
		{name: "same page, only its age counted back from a fetch days later",
			first: pageA, second: pageA,
			firstPub: pub{"2025-07-04T07:00:00Z", article.PrecisionHour}, second2: pub{"2025-07-07T07:00:00Z", article.PrecisionHour},
			want: Unchanged, wantPub: pub{"2025-07-04T07:00:00Z", article.PrecisionHour}},
		{name: "same page, an exact date where an age was read",
			first: pageA, second: pageA,
			firstPub: pub{"2025-07-04T07:00:00Z", article.PrecisionHour}, second2: pub{"2025-07-04T06:12:00Z", ""},
			want: Reextracted, wantPub: pub{"2025-07-04T06:12:00Z", ""}},
		{name: "another page, its age counted back from a fetch days later",
			first: pageA, second: pageB,
			firstPub: pub{"2025-07-04T07:00:00Z", article.PrecisionHour}, second2: pub{"2025-07-07T07:00:00Z", article.PrecisionHour},
			want: Revised, wantPub: pub{"2025-07-07T07:00:00Z", article.PrecisionHour}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v1 := base()
			v1.PageHash, v1.FetchSeq = tt.first, 100
			if tt.firstPub.at != "" {
				v1.PublishedAt, v1.PublishedPrecision = tt.firstPub.at, tt.firstPub.prec
			}
			h, _ := Apply(nil, &v1)
			if tt.old {
				h = storedWithoutPageHash(t, h)
			}
			before := *h
			v2 := base()
			v2.PageHash, v2.FetchSeq, v2.FetchedAt = tt.second, 200, "2025-07-07T10:00:00Z"
			if tt.second2.at != "" {
				v2.PublishedAt, v2.PublishedPrecision = tt.second2.at, tt.second2.prec
			}
			if tt.edit != nil {
				tt.edit(&v2)
			}
			h, res := Apply(h, &v2)
			if res != tt.want {
				t.Fatalf("Apply = %v, want %v", res, tt.want)
			}
			if tt.wantPub.at != "" && (v2.PublishedAt != tt.wantPub.at || v2.PublishedPrecision != tt.wantPub.prec) {
				t.Errorf("published %s (%s), want %s (%s)", v2.PublishedAt, v2.PublishedPrecision, tt.wantPub.at, tt.wantPub.prec)
			}
			if h.Version != 200 || h.PageHash != tt.second {
				t.Errorf("history at version %d of page %q, want 200 of %q", h.Version, h.PageHash, tt.second)
			}
			switch res {
			case Reextracted, Unchanged:
				if h.Revision != 1 || v2.Revision != 1 || len(v2.Revisions) != 1 || v2.Revisions[0] != before.Revisions[0] {
					t.Errorf("revision %d (article %d, %+v), want revision 1 as recorded", h.Revision, v2.Revision, v2.Revisions)
				}
				if h.Last.Hash() != Of(&v2).Hash() {
					t.Errorf("the latest snapshot is not the new extraction: %+v", h.Last)
				}
			case Revised:
				if h.Revision != 2 || v2.Revision != 2 {
					t.Errorf("revision %d (article %d), want 2", h.Revision, v2.Revision)
				}
			}
			if res != Reextracted {
				return
			}
			// A redelivery of the re-extracted article changes nothing.
			again := v2
			again.Revisions = nil
			if _, res := Apply(h, &again); res != Unchanged || again.Revision != 1 {
				t.Errorf("redelivery: %v, revision %d; want unchanged, 1", res, again.Revision)
			}
			// Later diffs start from the new extraction: an edit of the
			// page is a revision whose diff shows only the edit.
			edited := v2
			edited.Revisions, edited.PageHash, edited.FetchSeq = nil, pageB, 300
			edited.Summary = "The vote was 7-2."
			if _, res := Apply(h, &edited); res != Revised {
				t.Fatalf("edit after the re-extraction: %v, want revised", res)
			}
			if d := edited.Revisions[1].Diff; d.Summary == nil || d.Headline != nil || d.Paragraphs != nil {
				t.Errorf("diff after the re-extraction %+v, want the summary only", d)
			}
		})
	}
}

// storedWithoutPageHash returns h as a version before page hashes stored
// it, read back by this one: the same JSON without page_hash.
func storedWithoutPageHash(t *testing.T, h *History) *History {
	t.Helper()
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if _, ok := m["page_hash"]; !ok {
		t.Fatalf("history JSON without page_hash: %s", b)
	}
	delete(m, "page_hash")
	if b, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	var old History
	if err := json.Unmarshal(b, &old); err != nil {
		t.Fatal(err)
	}
	if old.PageHash != "" || old.Revision != 1 || !strings.Contains(string(b), `"version":100`) {
		t.Fatalf("old history read back as %+v", old)
	}
	return &old
}

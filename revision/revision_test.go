package revision

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/byline/byline/article"
)

func strp(s string) *string { return &s }

func base() article.Article {
	return article.Article{
		Headline:    "Council approves seawall",
		Authors:     []string{"Jane Doe"},
		PublishedAt: "2025-07-04T09:00:00Z",
		ModifiedAt:  "2025-07-04T09:00:00Z",
		FetchedAt:   "2025-07-04T10:00:00Z",
		Paragraphs: []string{
			"The council voted 7-2 on Tuesday to build a seawall along the harbour.",
			"\"This protects every home on the front,\" said Mayor Ana Ruiz.",
			"Work starts in September and should take two years.",
			"Opponents said the cost was too high.",
		},
		Quotes: []article.Quote{{Text: "This protects every home on the front,", Speaker: strp("Ana Ruiz")}},
	}
}

func TestDiff(t *testing.T) {
	tests := []struct {
		name string
		edit func(a *article.Article)
		want *article.ArticleDiff
	}{
		{"nothing", func(a *article.Article) {}, nil},
		{"white space only", func(a *article.Article) { a.Paragraphs[0] += "  " }, nil},
		{"headline", func(a *article.Article) { a.Headline = "Council approves $40m seawall" }, &article.ArticleDiff{
			Headline: &article.TextChange{From: "Council approves seawall", To: "Council approves $40m seawall"}}},
		{"byline and dates", func(a *article.Article) {
			a.Authors = []string{"Jane Doe", "Sam Lee"}
			a.PublishedAt = "2025-07-04T08:00:00Z"
		}, &article.ArticleDiff{
			Authors: &article.ListChange{Added: []string{"Sam Lee"}},
			Dates:   []article.FieldChange{{Field: "published_at", From: "2025-07-04T09:00:00Z", To: "2025-07-04T08:00:00Z"}}}},
		{"paragraph added, one removed, one edited", func(a *article.Article) {
			a.Paragraphs = []string{
				"The council voted 7-2 on Tuesday to build a seawall along the harbour.",
				"\"This protects every home on the front,\" said Mayor Ana Ruiz.",
				"Work starts in October and should take three years.",
				"The state will pay half of the $40 million cost.",
			}
		}, &article.ArticleDiff{Paragraphs: []article.ParagraphChange{
			{Op: article.OpEdited, From: 2, To: 2, Old: "Work starts in September and should take two years.", New: "Work starts in October and should take three years."},
			{Op: article.OpRemoved, From: 3, To: -1, Old: "Opponents said the cost was too high."},
			{Op: article.OpAdded, From: -1, To: 3, New: "The state will pay half of the $40 million cost."},
		}}},
		{"paragraph inserted at the top", func(a *article.Article) {
			a.Paragraphs = append([]string{"Update: the vote was unanimous after a recount."}, a.Paragraphs...)
		}, &article.ArticleDiff{Paragraphs: []article.ParagraphChange{
			{Op: article.OpAdded, From: -1, To: 0, New: "Update: the vote was unanimous after a recount."}}}},
		{"quote corrected and one added", func(a *article.Article) {
			a.Quotes = []article.Quote{
				{Text: "This protects every house on the front,", Speaker: strp("Ana Ruiz")},
				{Text: "It is a waste,", Speaker: strp("Tom Bell")},
			}
		}, &article.ArticleDiff{Quotes: []article.QuoteChange{
			{Op: article.OpChanged, Old: "This protects every home on the front,", New: "This protects every house on the front,", OldSpeaker: "Ana Ruiz", Speaker: "Ana Ruiz"},
			{Op: article.OpAdded, New: "It is a waste,", Speaker: "Tom Bell"}}}},
		{"quote credited to someone else", func(a *article.Article) { a.Quotes[0].Speaker = strp("Tom Bell") }, &article.ArticleDiff{
			Quotes: []article.QuoteChange{{Op: article.OpChanged, Old: "This protects every home on the front,", New: "This protects every home on the front,", OldSpeaker: "Ana Ruiz", Speaker: "Tom Bell"}}}},
		{"quote removed", func(a *article.Article) { a.Quotes = nil }, &article.ArticleDiff{
			Quotes: []article.QuoteChange{{Op: article.OpRemoved, Old: "This protects every home on the front,", OldSpeaker: "Ana Ruiz"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := base(), base()
			b.Paragraphs = append([]string{}, a.Paragraphs...)
			b.Quotes = append([]article.Quote{}, a.Quotes...)
			tt.edit(&b)
			sa, sb := Of(&a), Of(&b)
			got := Diff(&sa, &sb)
			if !reflect.DeepEqual(got, tt.want) {
				g, _ := json.MarshalIndent(got, "", " ")
				w, _ := json.MarshalIndent(tt.want, "", " ")
				t.Errorf("diff\n%s\nwant\n%s", g, w)
			}
		})
	}
}

func TestApply(t *testing.T) {
	v1 := base()
	h, res := Apply(nil, &v1)
	if res != First || v1.Revision != 1 || v1.RevisedAt != "" || len(v1.Revisions) != 1 || v1.Revisions[0].Diff != nil {
		t.Fatalf("first version: %v, revision %d, %+v", res, v1.Revision, v1.Revisions)
	}
	// A re-fetch with only a new modified date is the same revision.
	same := base()
	same.ModifiedAt, same.FetchedAt = "2025-07-04T11:00:00Z", "2025-07-04T11:00:00Z"
	if h, res = Apply(h, &same); res != Unchanged || same.Revision != 1 {
		t.Errorf("modified date only: %v, revision %d", res, same.Revision)
	}
	v2 := base()
	v2.Headline, v2.FetchedAt = "Council approves $40m seawall", "2025-07-04T12:00:00Z"
	if h, res = Apply(h, &v2); res != Revised || v2.Revision != 2 || v2.RevisedAt != "2025-07-04T12:00:00Z" || len(v2.Revisions) != 2 {
		t.Fatalf("edited: %v, revision %d at %q, %d revisions", res, v2.Revision, v2.RevisedAt, len(v2.Revisions))
	}
	if d := v2.Revisions[1].Diff; d == nil || d.Headline == nil || len(d.Dates) != 1 || d.Dates[0].Field != "modified_at" {
		t.Errorf("diff of revision 2: %+v", d)
	}
	// A redelivery of revision 1 (an older fetch) reports revision 1 and
	// changes nothing.
	late := base()
	if h, res = Apply(h, &late); res != Stale || late.Revision != 1 || h.Revision != 2 {
		t.Errorf("late redelivery: %v, revision %d, history at %d", res, late.Revision, h.Revision)
	}
	// A redelivery of revision 2 is unchanged.
	again := v2
	again.Revisions = nil
	if h, res = Apply(h, &again); res != Unchanged || again.Revision != 2 {
		t.Errorf("redelivery: %v, revision %d", res, again.Revision)
	}
	// A newer fetch going back to the first text is revision 3.
	back := base()
	back.FetchedAt = "2025-07-05T12:00:00Z"
	if h, res = Apply(h, &back); res != Revised || back.Revision != 3 {
		t.Errorf("reverted: %v, revision %d", res, back.Revision)
	}
	// The history survives JSON (it lives in a store).
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var h2 History
	if err := json.Unmarshal(b, &h2); err != nil || !reflect.DeepEqual(*h, h2) {
		t.Errorf("history round trip: %v", err)
	}
}

func TestApplyKeepsMaxRevisions(t *testing.T) {
	var h *History
	for i := range article.MaxRevisions + 5 {
		a := base()
		a.Headline = "Headline " + string(rune('A'+i))
		a.FetchedAt = fmt.Sprintf("2025-07-04T10:%02d:00Z", i)
		h, _ = Apply(h, &a)
		if a.Revision != i+1 {
			t.Fatalf("version %d: revision %d", i, a.Revision)
		}
		if len(a.Revisions) > article.MaxRevisions {
			t.Fatalf("%d revisions kept", len(a.Revisions))
		}
	}
	if h.Revisions[0].Revision != 6 {
		t.Errorf("oldest kept revision %d, want 6", h.Revisions[0].Revision)
	}
}

func TestSummary(t *testing.T) {
	d := &article.ArticleDiff{
		Headline:   &article.TextChange{},
		Paragraphs: []article.ParagraphChange{{Op: article.OpAdded}, {Op: article.OpAdded}, {Op: article.OpEdited}},
		Quotes:     []article.QuoteChange{{Op: article.OpChanged}},
		Dates:      []article.FieldChange{{Field: "published_at"}},
	}
	want := "headline changed; published date changed; 2 paragraphs added, 1 edited; 1 quote changed"
	if got := Summary(d); got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
	d.Paragraphs = []article.ParagraphChange{{Op: article.OpAdded}, {Op: article.OpRemoved}}
	if got := Summary(d); got != "headline changed; published date changed; 1 paragraph added, 1 removed; 1 quote changed" {
		t.Errorf("Summary = %q", got)
	}
	if got := Summary(nil); got != "no change" {
		t.Errorf("Summary(nil) = %q", got)
	}
}

func TestWordDiff(t *testing.T) {
	got := WordDiff("Work starts in September and should take two years.", "Work starts in October and should take three years.")
	want := []Span{{'=', "Work starts in"}, {'-', "September"}, {'+', "October"}, {'=', "and should take"}, {'-', "two"}, {'+', "three"}, {'=', "years."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WordDiff = %q, want %q", got, want)
	}
	if got := WordDiff("", "new text"); !reflect.DeepEqual(got, []Span{{'+', "new text"}}) {
		t.Errorf("from empty: %q", got)
	}
}

package web

import (
	"slices"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/revision"
)

// revisionView is one revision of an article as the article page shows
// it: what changed from the one before, edited text as a word diff.
type revisionView struct {
	Revision   int
	SeenAt     string
	Summary    string
	Headline   *article.TextChange
	Summary2   *article.TextChange // the standfirst
	Authors    *article.ListChange
	Dates      []article.FieldChange
	Paragraphs []paragraphChangeView
	Quotes     []article.QuoteChange
}

// paragraphChangeView is a paragraph added, removed or edited.
type paragraphChangeView struct {
	Op    string // added, removed, edited
	Label string // "Added paragraph 5", ...
	Spans []spanView
}

// spanView is a run of words: kept ("same"), inserted ("ins") or deleted
// ("del").
type spanView struct {
	Kind, Text string
}

// revisionViews lists the article's revisions after the first, newest
// first.
func revisionViews(a *article.Article) []revisionView {
	var out []revisionView
	for _, r := range slices.Backward(a.Revisions) {
		if r.Revision < 2 {
			continue
		}
		v := revisionView{Revision: r.Revision, SeenAt: r.SeenAt, Summary: revision.Summary(r.Diff)}
		if d := r.Diff; d != nil {
			v.Headline, v.Summary2, v.Authors, v.Dates, v.Quotes = d.Headline, d.Summary, d.Authors, d.Dates, d.Quotes
			for _, p := range d.Paragraphs {
				pv := paragraphChangeView{Op: p.Op}
				switch p.Op {
				case article.OpAdded:
					pv.Label = "Added paragraph " + itoa(p.To+1)
					pv.Spans = []spanView{{"ins", p.New}}
				case article.OpRemoved:
					pv.Label = "Removed paragraph " + itoa(p.From+1)
					pv.Spans = []spanView{{"del", p.Old}}
				default:
					pv.Label = "Edited paragraph " + itoa(p.To+1)
					for _, s := range revision.WordDiff(p.Old, p.New) {
						kind := "same"
						switch s.Op {
						case '+':
							kind = "ins"
						case '-':
							kind = "del"
						}
						pv.Spans = append(pv.Spans, spanView{kind, s.Text})
					}
				}
				v.Paragraphs = append(v.Paragraphs, pv)
			}
		}
		out = append(out, v)
	}
	return out
}

// moreCopies labels the copies of a story folded into a hit: "and 2 more
// sites" when each is on another site, else "and 3 more copies".
func moreCopies(h index.Hit) string {
	switch {
	case h.Copies == 0:
		return ""
	case len(h.OtherSites) == h.Copies:
		return "and " + itoa(h.Copies) + " more " + plural(uint64(h.Copies), "site", "sites")
	}
	return "and " + itoa(h.Copies) + " more " + plural(uint64(h.Copies), "copy", "copies")
}

func itoa(n int) string {
	if n < 0 {
		return "?"
	}
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}

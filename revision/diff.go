package revision

import (
	"fmt"
	"slices"
	"strings"

	"github.com/byline/byline/article"
)

// editedMin is the word similarity (Dice over word multisets) at which a
// removed and an added paragraph or quote count as one edited one.
const editedMin = 0.5

// Diff returns the changes from old to cur, or nil when there are none.
func Diff(old, cur *Snapshot) *article.ArticleDiff {
	d := &article.ArticleDiff{}
	if old.Headline != cur.Headline {
		d.Headline = &article.TextChange{From: old.Headline, To: cur.Headline}
	}
	if old.Summary != cur.Summary {
		d.Summary = &article.TextChange{From: old.Summary, To: cur.Summary}
	}
	if added, removed := listDiff(old.Authors, cur.Authors); len(added)+len(removed) > 0 {
		d.Authors = &article.ListChange{Added: added, Removed: removed}
	}
	// An approximate date ("2 hours ago") and the date the page states
	// later, within its precision, are one date told more precisely.
	if !article.SamePublished(old.PublishedAt, old.PublishedPrecision, cur.PublishedAt, cur.PublishedPrecision) {
		d.Dates = append(d.Dates, article.FieldChange{Field: "published_at", From: old.PublishedAt, To: cur.PublishedAt})
	}
	if old.ModifiedAt != cur.ModifiedAt {
		d.Dates = append(d.Dates, article.FieldChange{Field: "modified_at", From: old.ModifiedAt, To: cur.ModifiedAt})
	}
	d.Paragraphs = paragraphDiff(old.Paragraphs, cur.Paragraphs)
	d.Quotes = quoteDiff(old.Quotes, cur.Quotes)
	if d.Empty() {
		return nil
	}
	return d
}

// listDiff returns the values of b not in a and of a not in b, in order.
func listDiff(a, b []string) (added, removed []string) {
	in := func(s []string, v string) bool {
		for _, x := range s {
			if x == v {
				return true
			}
		}
		return false
	}
	for _, v := range b {
		if !in(a, v) {
			added = append(added, v)
		}
	}
	for _, v := range a {
		if !in(b, v) {
			removed = append(removed, v)
		}
	}
	return added, removed
}

// paragraphDiff aligns the paragraphs by a longest common subsequence of
// equal paragraphs. Between two aligned ones, a removed and an added
// paragraph alike enough are one edited paragraph; the rest are removed
// or added.
func paragraphDiff(a, b []string) []article.ParagraphChange {
	var out []article.ParagraphChange
	// The word bags are made once per paragraph, and the pairing compares
	// at most maxPairs removed/added pairs in all: a text replaced by
	// another would otherwise cost the product of their lengths in
	// comparisons. Past the budget the rest are plain removals and
	// additions.
	var vocab map[string]int32
	var bagA, bagB []bag
	budget := maxPairs
	flush := func(rem, add []int) {
		if len(rem) > 0 && len(add) > 0 {
			if vocab == nil {
				vocab = map[string]int32{}
				bagA, bagB = make([]bag, len(a)), make([]bag, len(b))
			}
			for _, i := range rem {
				if bagA[i] == nil {
					bagA[i] = bagOf(a[i], vocab)
				}
			}
			for _, j := range add {
				if bagB[j] == nil {
					bagB[j] = bagOf(b[j], vocab)
				}
			}
		}
		// Pair each removed paragraph with the first added one after the
		// last pairing that is alike enough, keeping order.
		pairs := map[int]int{}
		next := 0
		for _, i := range rem {
			for k := next; k < len(add) && budget > 0; k++ {
				budget--
				if dice(bagA[i], bagB[add[k]]) >= editedMin {
					pairs[i], next = k, k+1
					break
				}
			}
		}
		// Emit in reading order: pairs are in order on both sides, so
		// the added paragraphs before a pair's new half come before it.
		pos := 0
		for _, i := range rem {
			k, ok := pairs[i]
			if !ok {
				out = append(out, article.ParagraphChange{Op: article.OpRemoved, From: i, To: -1, Old: a[i]})
				continue
			}
			for ; pos < k; pos++ {
				out = append(out, article.ParagraphChange{Op: article.OpAdded, From: -1, To: add[pos], New: b[add[pos]]})
			}
			out = append(out, article.ParagraphChange{Op: article.OpEdited, From: i, To: add[k], Old: a[i], New: b[add[k]]})
			pos = k + 1
		}
		for ; pos < len(add); pos++ {
			out = append(out, article.ParagraphChange{Op: article.OpAdded, From: -1, To: add[pos], New: b[add[pos]]})
		}
	}
	var rem, add []int
	for _, op := range align(a, b) {
		switch {
		case op.i >= 0 && op.j >= 0:
			flush(rem, add)
			rem, add = rem[:0], add[:0]
		case op.i >= 0:
			rem = append(rem, op.i)
		default:
			add = append(add, op.j)
		}
	}
	flush(rem, add)
	return out
}

// maxPairs bounds the removed/added paragraph pairs one diff compares.
const maxPairs = 1 << 20

// bag is a text's words as sorted ids, a multiset.
type bag []int32

func bagOf(s string, vocab map[string]int32) bag {
	ws := words(s)
	out := make(bag, 0, len(ws)+1)
	for _, w := range ws {
		id, ok := vocab[w]
		if !ok {
			id = int32(len(vocab))
			vocab[w] = id
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out // never nil, even for no words: made
}

// dice is similarity on bags.
func dice(x, y bag) float64 {
	if len(x)+len(y) == 0 {
		return 1
	}
	common := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] == y[j]:
			common++
			i++
			j++
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(x)+len(y))
}

type pair struct{ i, j int } // i in a, j in b; -1 when absent

// maxCells bounds the LCS table; longer texts are aligned greedily.
const maxCells = 4 << 20

// align returns the alignment of a and b as a sequence of pairs: equal
// (both set), removed (j = -1) or added (i = -1), in order.
func align(a, b []string) []pair {
	// Common head and tail first: most edits touch a few paragraphs.
	h := 0
	for h < len(a) && h < len(b) && a[h] == b[h] {
		h++
	}
	t := 0
	for t < len(a)-h && t < len(b)-h && a[len(a)-1-t] == b[len(b)-1-t] {
		t++
	}
	var out []pair
	for k := range h {
		out = append(out, pair{k, k})
	}
	ma, mb := a[h:len(a)-t], b[h:len(b)-t]
	n, m := len(ma), len(mb)
	if n*m > maxCells {
		for i := range n {
			out = append(out, pair{h + i, -1})
		}
		for j := range m {
			out = append(out, pair{-1, h + j})
		}
	} else {
		l := make([]int32, (n+1)*(m+1))
		at := func(i, j int) *int32 { return &l[i*(m+1)+j] }
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					*at(i, j) = *at(i+1, j+1) + 1
				} else {
					*at(i, j) = max(*at(i+1, j), *at(i, j+1))
				}
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && ma[i] == mb[j]:
				out = append(out, pair{h + i, h + j})
				i++
				j++
			case j < m && (i == n || *at(i, j+1) >= *at(i+1, j)):
				out = append(out, pair{-1, h + j})
				j++
			default:
				out = append(out, pair{h + i, -1})
				i++
			}
		}
	}
	for k := range t {
		out = append(out, pair{len(a) - t + k, len(b) - t + k})
	}
	return out
}

// quoteDiff matches quotes by text and speaker, then by text alone (the
// speaker changed), then by likeness (the words were corrected).
func quoteDiff(a, b []Quote) []article.QuoteChange {
	usedA, usedB := make([]bool, len(a)), make([]bool, len(b))
	match := func(ok func(x, y Quote) bool, changed bool, out *[]article.QuoteChange) {
		for i, x := range a {
			if usedA[i] {
				continue
			}
			for j, y := range b {
				if usedB[j] || !ok(x, y) {
					continue
				}
				usedA[i], usedB[j] = true, true
				if changed {
					*out = append(*out, article.QuoteChange{Op: article.OpChanged, Old: x.Text, New: y.Text, OldSpeaker: x.Speaker, Speaker: y.Speaker})
				}
				break
			}
		}
	}
	var out []article.QuoteChange
	match(func(x, y Quote) bool { return x == y }, false, &out)
	match(func(x, y Quote) bool { return x.Text == y.Text }, true, &out)
	match(func(x, y Quote) bool { return similarity(x.Text, y.Text) >= editedMin }, true, &out)
	for i, x := range a {
		if !usedA[i] {
			out = append(out, article.QuoteChange{Op: article.OpRemoved, Old: x.Text, OldSpeaker: x.Speaker})
		}
	}
	for j, y := range b {
		if !usedB[j] {
			out = append(out, article.QuoteChange{Op: article.OpAdded, New: y.Text, Speaker: y.Speaker})
		}
	}
	return out
}

// similarity is the Dice coefficient of the two texts' word multisets,
// case-insensitive.
func similarity(a, b string) float64 {
	vocab := map[string]int32{}
	return dice(bagOf(a, vocab), bagOf(b, vocab))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

// Summary describes d in one line for people: "headline changed; 2
// paragraphs added, 1 edited; 1 quote changed".
func Summary(d *article.ArticleDiff) string {
	if d.Empty() {
		return "no change"
	}
	var parts []string
	if d.Headline != nil {
		parts = append(parts, "headline changed")
	}
	if d.Summary != nil {
		parts = append(parts, "summary changed")
	}
	if d.Authors != nil {
		parts = append(parts, "byline changed")
	}
	for _, f := range d.Dates {
		parts = append(parts, strings.TrimSuffix(f.Field, "_at")+" date changed")
	}
	count := func(what string, ops map[string]int) {
		var ps []string
		for _, op := range []string{article.OpAdded, article.OpRemoved, article.OpEdited, article.OpChanged} {
			n := ops[op]
			if n == 0 {
				continue
			}
			if len(ps) == 0 { // the noun goes with the first count
				noun := what
				if n != 1 {
					noun += "s"
				}
				ps = append(ps, fmt.Sprintf("%d %s %s", n, noun, op))
				continue
			}
			ps = append(ps, fmt.Sprintf("%d %s", n, op))
		}
		if len(ps) > 0 {
			parts = append(parts, strings.Join(ps, ", "))
		}
	}
	po := map[string]int{}
	for _, p := range d.Paragraphs {
		po[p.Op]++
	}
	count("paragraph", po)
	qo := map[string]int{}
	for _, q := range d.Quotes {
		qo[q.Op]++
	}
	count("quote", qo)
	return strings.Join(parts, "; ")
}

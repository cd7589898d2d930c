package index

import (
	"fmt"
	"time"
)

// Per-query cost bounds, checked by Parse and Query.Check so that every
// backend and every caller (web, CLI) refuses the same queries.
const (
	// MaxTerms caps the words, phrases and field filters of one query
	// text. Each term is a posting-list scan and a highlight pass; 48
	// concurrent queries of 400 ORed terms took an embedded server to
	// 1.4 GB.
	MaxTerms = 64
	// MaxWindow is the deepest hit a query may reach (From+Limit), as
	// Elasticsearch's default index.max_result_window.
	MaxWindow = 10000
)

// Dates a query may filter on. Bleve keeps dates as int64 nanoseconds
// since 1970, which end in 1677 and 2262; Elasticsearch accepts more, but
// both backends answer the same.
var (
	MinDate = time.Date(1678, 1, 1, 0, 0, 0, 0, time.UTC)
	MaxDate = time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC)
)

// Check reports, as ErrBadQuery, what makes q unanswerable whatever the
// index holds: a window past MaxWindow (or a From so large that From+Limit
// overflows), dates outside MinDate..MaxDate, or a text Parse refuses.
// Backends call it before searching; callers may call it to fail early.
func (q Query) Check() error {
	n := q.Normalize()
	if n.From > MaxWindow-n.Limit {
		return fmt.Errorf("%w: results beyond the first %d cannot be reached (from %d, limit %d); narrow the search", ErrBadQuery, MaxWindow, q.From, n.Limit)
	}
	for _, d := range []struct {
		name string
		t    time.Time
	}{{"since", q.Since}, {"until", q.Until}} {
		if !d.t.IsZero() && (d.t.Before(MinDate) || d.t.After(MaxDate)) {
			return fmt.Errorf("%w: %s %s is outside the dates the index can filter on (%s to %s)", ErrBadQuery,
				d.name, d.t.Format(time.DateOnly), MinDate.Format(time.DateOnly), MaxDate.Format(time.DateOnly))
		}
	}
	_, err := Parse(q.Text)
	return err
}

// countTerms returns the number of Terms in n.
func countTerms(n Node) int {
	switch n := n.(type) {
	case *Term:
		return 1
	case *And:
		c := 0
		for _, k := range n.Children {
			c += countTerms(k)
		}
		return c
	case *Or:
		c := 0
		for _, k := range n.Children {
			c += countTerms(k)
		}
		return c
	case *Not:
		return countTerms(n.Child)
	}
	return 0
}

// checkCost refuses a parsed query with more than MaxTerms terms.
func checkCost(n Node) error {
	if c := countTerms(n); c > MaxTerms {
		return fmt.Errorf("%w: %d terms; a query may have at most %d", ErrBadQuery, c, MaxTerms)
	}
	return nil
}

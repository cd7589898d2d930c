package web

import (
	"fmt"
	"strconv"
	"time"

	"github.com/byline/byline/index"
)

// A timeline is a bar chart of matches over time, drawn on the server as
// inline SVG: no script, so the strict Content Security Policy stays as it
// is. Each bar is a link that narrows the search to its day, week or
// month. The bin follows the span shown: days up to two months, weeks up to
// eighteen months, months beyond.

// Timeline geometry, in SVG user units (the SVG scales to the page width).
const (
	tlHeight    = 100
	tlBarHeight = 92 // the tallest bar; the rest is the baseline's margin
	tlMaxDays   = 62
	tlMaxWeeks  = 78
)

// timelineView is the data of the timeline partial.
type timelineView struct {
	Unit    string // "day", "week" or "month"
	Noun    string // "articles" or "quotes"
	Width   int    // viewBox width
	Height  int
	Base    int // y of the baseline
	Bars    []timelineBar
	First   string // label of the first bin
	Last    string // label of the last bin
	Total   uint64
	Max     uint64
	Summary string // the chart in words, for screen readers
}

// timelineBar is one bin.
type timelineBar struct {
	X, Y, W, H int
	SlotW      int // the bar and its gap: the width a click or tap lands on
	Count      uint64
	Label      string // "week of 3 Mar 2026"
	URL        string // narrows to the bin; "" when empty
	Since      string
	Until      string
	Active     bool // the bin is the whole selected range
}

// newTimeline bins per-day counts into a timeline between the selected
// range (p.Since, p.Until) or, where open, the first and last day with
// matches. It returns nil without dated matches.
func newTimeline(p params, days []index.Facet, noun string) *timelineView {
	type dc struct {
		t time.Time
		n uint64
	}
	var pts []dc
	for _, d := range days {
		t, err := time.Parse(index.DayKey, d.Value)
		if err != nil || d.Count == 0 {
			continue
		}
		pts = append(pts, dc{t, d.Count})
	}
	if len(pts) == 0 {
		return nil
	}
	first, last := pts[0].t, pts[0].t
	for _, pt := range pts {
		first = minTime(first, pt.t)
		last = maxTime(last, pt.t)
	}
	if t, err := time.Parse(dateLayout, p.Since); err == nil {
		first = t
	}
	if t, err := time.Parse(dateLayout, p.Until); err == nil && !t.Before(first) {
		last = t
	}
	span := int(last.Sub(first).Hours()/24) + 1
	unit := "month"
	switch {
	case span <= tlMaxDays:
		unit = "day"
	case span <= tlMaxWeeks*7:
		unit = "week"
	}
	start := binStart(first, unit)
	var bins []time.Time
	for t := start; !t.After(last); t = nextBin(t, unit) {
		bins = append(bins, t)
	}
	counts := make([]uint64, len(bins))
	var total, peak uint64
	for _, pt := range pts {
		if pt.t.Before(start) || pt.t.After(last) {
			continue
		}
		i := binIndex(start, pt.t, unit)
		if i >= 0 && i < len(counts) {
			counts[i] += pt.n
			total += pt.n
		}
	}
	for _, c := range counts {
		peak = max(peak, c)
	}
	if total == 0 {
		return nil
	}
	// Bars are as wide as a phone allows: the SVG stretches to the page.
	barW := 10
	gap := 2
	if len(bins) > 60 {
		barW, gap = 6, 1
	}
	tv := &timelineView{
		Unit: unit, Noun: noun, Height: tlHeight, Base: tlHeight - 1,
		Width: len(bins) * (barW + gap), Total: total, Max: peak,
		First: binLabel(bins[0], unit), Last: binLabel(bins[len(bins)-1], unit),
	}
	busiest := 0
	for i, t := range bins {
		end := nextBin(t, unit).AddDate(0, 0, -1)
		since, until := t.Format(dateLayout), end.Format(dateLayout)
		b := timelineBar{
			X: i * (barW + gap), W: barW, SlotW: barW + gap, Count: counts[i], Label: binLabel(t, unit),
			Since: since, Until: until, Active: p.Since == since && p.Until == until,
		}
		if counts[i] > 0 {
			b.H = max(2, int(uint64(tlBarHeight)*counts[i]/peak))
			b.URL = p.Range(since, until)
		}
		b.Y = tv.Base - b.H
		tv.Bars = append(tv.Bars, b)
		if counts[i] > counts[busiest] {
			busiest = i
		}
	}
	tv.Summary = fmt.Sprintf("%s per %s from %s to %s; most in %s (%d).", countLabel(total, noun), unit, tv.First, tv.Last,
		tv.Bars[busiest].Label, counts[busiest])
	return tv
}

// binStart is the first day of the bin holding t.
func binStart(t time.Time, unit string) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch unit {
	case "week": // weeks start on Monday (ISO 8601)
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case "month":
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

func nextBin(t time.Time, unit string) time.Time {
	switch unit {
	case "week":
		return t.AddDate(0, 0, 7)
	case "month":
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

func binIndex(start, t time.Time, unit string) int {
	switch unit {
	case "week":
		return int(t.Sub(start).Hours()/24) / 7
	case "month":
		return (t.Year()-start.Year())*12 + int(t.Month()) - int(start.Month())
	}
	return int(t.Sub(start).Hours() / 24)
}

func binLabel(t time.Time, unit string) string {
	switch unit {
	case "week":
		return "week of " + t.Format("2 Jan 2006")
	case "month":
		return t.Format("January 2006")
	}
	return t.Format("Mon 2 Jan 2006")
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// countLabel is "1 article" or "12 articles" for a bar's title.
func countLabel(n uint64, noun string) string {
	if n == 1 && len(noun) > 1 {
		return "1 " + noun[:len(noun)-1]
	}
	return strconv.FormatUint(n, 10) + " " + noun
}

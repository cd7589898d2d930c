package crawler

import (
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// DST and cron. The cron library finds the next time by stepping the clock
// in real time, so a wall-clock time the clocks skip (02:30 on the
// spring-forward night in most of Europe) never comes and the job is
// skipped that day, and one they repeat (02:30 on the fall-back night)
// comes twice and the job runs twice.
//
// dstSchedule gives a schedule the semantics of Vixie cron and cronie
// (cron.c: find_jobs, and the "time jumped" cases of its main loop):
//
//   - A fixed-time job (neither the minute nor the hour field starts with
//     '*': "30 2 * * *", "0 0,12 * * *", @daily, @weekly...) is a job at
//     wall-clock times. A time in a spring-forward gap runs once, at the
//     first instant after the gap (03:00 for 02:30 in Berlin); a time in a
//     fall-back overlap runs once, on its first occurrence.
//   - A wildcard job (the minute or the hour field starts with '*':
//     "*/15 * * * *", "30 * * * *", "0 */2 * * *", @hourly) runs on real
//     time, as cronie runs such jobs: at every instant whose wall clock
//     matches, so in both passes of a repeated hour, and not for times a
//     gap skips. That is what the cron library means to do, and does for
//     one-hour changes; it loses runs across Lord Howe's 30-minute fall
//     back (02:00-02:29 of "0 */2 * * *"), so the search is done here.
//   - @every is a fixed period of real time and is not wrapped.
//
// cronie notices DST as a jump of the system clock; this works from the
// zone's rules instead, so it holds for the zone of a CRON_TZ= prefix as for
// the local one, and for any size of change.

// wallClockJob reports whether expr (a schedule cronParser accepts, after
// any CRON_TZ= or TZ= prefix) names fixed wall-clock times in cronie's sense:
// a descriptor other than @hourly and @every, or fields whose minute and
// hour both do not start with '*' ('?' is the cron library's synonym).
func wallClockJob(expr string) bool {
	expr = strings.TrimSpace(cutZone(expr))
	if strings.HasPrefix(expr, "@") {
		return expr != "@hourly" && !strings.HasPrefix(expr, "@every")
	}
	f := strings.Fields(expr)
	if len(f) < 2 {
		return false
	}
	star := func(s string) bool { return strings.HasPrefix(s, "*") || strings.HasPrefix(s, "?") }
	return !star(f[0]) && !star(f[1])
}

// hasZone reports whether expr starts with a CRON_TZ=ZONE or TZ=ZONE
// prefix.
func hasZone(expr string) bool {
	return strings.HasPrefix(expr, "TZ=") || strings.HasPrefix(expr, "CRON_TZ=")
}

// cutZone returns expr without a leading CRON_TZ=ZONE or TZ=ZONE.
func cutZone(expr string) string {
	if hasZone(expr) {
		_, rest, _ := strings.Cut(expr, " ")
		return rest
	}
	return expr
}

// dstSchedule is a cron schedule with the DST rules above: it searches
// the schedule's fields on a clock without DST (UTC) and places the
// wall-clock times it finds in the schedule's zone.
type dstSchedule struct {
	spec  *cron.SpecSchedule // as parsed: its zone is the schedule's
	wall  *cron.SpecSchedule // the same fields in UTC, a clock without DST
	fixed bool               // a fixed-time job, else a wildcard one
}

func newDSTSchedule(spec *cron.SpecSchedule, fixed bool) dstSchedule {
	wall := *spec
	wall.Location = time.UTC
	return dstSchedule{spec: spec, wall: &wall, fixed: fixed}
}

// Next returns the first run after t, in t's location (as the cron library
// does), or the zero time if there is none within five years.
func (s dstSchedule) Next(t time.Time) time.Time {
	loc := s.spec.Location
	if loc == time.Local { // no CRON_TZ: the zone of the times given, as cron does
		loc = t.Location()
	}
	if !s.fixed {
		return s.nextRealTime(t, loc)
	}
	// The wall-clock times of the schedule that come after t's wall clock,
	// in order; placed in the zone they come in order too (a gap's times
	// all at its end, an overlap's at their first pass), so the first one
	// after t is the run. In the second pass of an overlap, the times up
	// to the end of the overlap are placed before t and passed over.
	w := wallClock(t.In(loc))
	for {
		w = s.wall.Next(w)
		if w.IsZero() {
			return w
		}
		if at := firstInstant(w, loc); at.After(t) {
			return at.In(t.Location())
		}
	}
}

// nextRealTime returns the first instant after t whose clock reading in loc
// matches, searching one zone period (a span of one UTC offset, where
// clock readings and instants go together) after another.
func (s dstSchedule) nextRealTime(t time.Time, loc *time.Location) time.Time {
	at := t.In(loc)
	after := wallClock(at) // the search is for readings after this one
	for {
		_, end := at.ZoneBounds()
		_, off := at.Zone()
		w := s.wall.Next(after)
		if w.IsZero() {
			return w
		}
		if next := w.Add(-time.Duration(off) * time.Second); end.IsZero() || next.Before(end) {
			return next.In(t.Location())
		}
		// None before the offset changes: go on from the change, whose
		// own reading may match.
		at = end
		after = wallClock(end).Add(-time.Nanosecond)
	}
}

// wallClock returns t's clock reading as a UTC time.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// firstInstant returns the first instant at which loc's clocks read w (a
// wall-clock time as UTC); if they never do (a spring-forward gap), the
// first instant after the gap. time.Date is no help alone: for either case
// it may return either of the two offsets involved.
func firstInstant(w time.Time, loc *time.Location) time.Time {
	at := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), loc)
	start, end := at.ZoneBounds()
	if c := wallClock(at); !c.Equal(w) {
		// In a gap: time.Date read w with the offset of one side of it.
		if c.After(w) && !start.IsZero() {
			return start // the offset after the gap: its zone starts at the gap's end
		}
		if c.Before(w) && !end.IsZero() {
			return end // the offset before: its zone ends where the gap ends
		}
		return at
	}
	// w exists. If the zone before at's reads w too (at is in the second
	// pass of a fall-back overlap), the first pass is the run.
	if !start.IsZero() {
		_, off := start.Add(-time.Nanosecond).Zone()
		if first := w.Add(-time.Duration(off) * time.Second).In(loc); first.Before(start) && wallClock(first).Equal(w) {
			return first
		}
	}
	return at
}

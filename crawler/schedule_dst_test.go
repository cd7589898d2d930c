package crawler

import (
	"strings"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

// TestScheduleDST: Next across the DST changes of zones with a one-hour
// change on either side of UTC and one with a 30-minute change, as cronie
// does it: a fixed-time job whose time the clocks skip runs at the first
// instant after the gap, one whose time they repeat runs once (the first
// time); wildcard and @every jobs keep to real time through both changes;
// ordinary days and hours DST does not touch are as before.
//
// 2025 changes: Berlin 03-30 02:00→03:00 and 10-26 03:00→02:00; New York
// 03-09 02:00→03:00 and 11-02 02:00→01:00; Lord Howe (+10:30/+11)
// 10-05 02:00→02:30 and 04-06 02:00→01:30.
func TestScheduleDST(t *testing.T) {
	tests := []struct {
		name     string
		schedule string
		from     string   // RFC 3339
		want     []string // successive Next, RFC 3339
	}{
		// Spring forward: the job runs at the end of the gap.
		{"berlin gap", "CRON_TZ=Europe/Berlin 30 2 * * *", "2025-03-29T12:00:00+01:00",
			[]string{"2025-03-30T03:00:00+02:00", "2025-03-31T02:30:00+02:00"}},
		{"berlin gap from just before", "CRON_TZ=Europe/Berlin 30 2 * * *", "2025-03-30T01:59:59+01:00",
			[]string{"2025-03-30T03:00:00+02:00"}},
		{"berlin gap, from UTC", "CRON_TZ=Europe/Berlin 30 2 * * *", "2025-03-29T12:00:00Z",
			[]string{"2025-03-30T01:00:00Z"}},
		{"berlin gap, local zone", "30 2 * * *", "2025-03-29T12:00:00+01:00", // no CRON_TZ: the zone of the times given
			[]string{"2025-03-30T03:00:00+02:00", "2025-03-31T02:30:00+02:00"}},
		{"berlin two times in the gap and one after it run once each", "CRON_TZ=Europe/Berlin 0,30 2-3 * * *", "2025-03-30T01:00:00+01:00",
			[]string{"2025-03-30T03:00:00+02:00", "2025-03-30T03:30:00+02:00", "2025-03-31T02:00:00+02:00"}},
		{"berlin weekly on the night", "CRON_TZ=Europe/Berlin 15 2 * * 0", "2025-03-29T12:00:00+01:00",
			[]string{"2025-03-30T03:00:00+02:00", "2025-04-06T02:15:00+02:00"}},
		{"new york gap", "CRON_TZ=America/New_York 30 2 * * *", "2025-03-08T12:00:00-05:00",
			[]string{"2025-03-09T03:00:00-04:00", "2025-03-10T02:30:00-04:00"}},
		{"lord howe gap", "CRON_TZ=Australia/Lord_Howe 15 2 * * *", "2025-10-04T12:00:00+10:30",
			[]string{"2025-10-05T02:30:00+11:00", "2025-10-06T02:15:00+11:00"}},

		// Fall back: the job runs on the first pass only.
		{"berlin overlap", "CRON_TZ=Europe/Berlin 30 2 * * *", "2025-10-25T12:00:00+02:00",
			[]string{"2025-10-26T02:30:00+02:00", "2025-10-27T02:30:00+01:00"}},
		{"berlin overlap from the second pass", "CRON_TZ=Europe/Berlin 30 2 * * *", "2025-10-26T02:10:00+01:00",
			[]string{"2025-10-27T02:30:00+01:00"}},
		{"berlin overlap, local zone", "30 2 * * *", "2025-10-25T12:00:00+02:00",
			[]string{"2025-10-26T02:30:00+02:00", "2025-10-27T02:30:00+01:00"}},
		{"new york overlap", "CRON_TZ=America/New_York 30 1 * * *", "2025-11-01T12:00:00-04:00",
			[]string{"2025-11-02T01:30:00-04:00", "2025-11-03T01:30:00-05:00"}},
		{"new york overlap, two times", "CRON_TZ=America/New_York 0,45 1 * * *", "2025-11-02T00:30:00-04:00",
			[]string{"2025-11-02T01:00:00-04:00", "2025-11-02T01:45:00-04:00", "2025-11-03T01:00:00-05:00"}},
		{"lord howe overlap", "CRON_TZ=Australia/Lord_Howe 45 1 * * *", "2025-04-05T12:00:00+11:00",
			[]string{"2025-04-06T01:45:00+11:00", "2025-04-07T01:45:00+10:30"}},

		// Wildcard minute or hour, and @every: real time, as before.
		{"every 15 minutes through the overlap", "CRON_TZ=Europe/Berlin */15 * * * *", "2025-10-26T02:20:00+02:00",
			[]string{"2025-10-26T02:30:00+02:00", "2025-10-26T02:45:00+02:00", "2025-10-26T02:00:00+01:00",
				"2025-10-26T02:15:00+01:00", "2025-10-26T02:30:00+01:00"}},
		{"every 15 minutes through the gap", "CRON_TZ=Europe/Berlin */15 * * * *", "2025-03-30T01:20:00+01:00",
			[]string{"2025-03-30T01:30:00+01:00", "2025-03-30T01:45:00+01:00", "2025-03-30T03:00:00+02:00"}},
		{"hourly at :30 through the overlap", "CRON_TZ=Europe/Berlin 30 * * * *", "2025-10-26T01:00:00+02:00",
			[]string{"2025-10-26T01:30:00+02:00", "2025-10-26T02:30:00+02:00", "2025-10-26T02:30:00+01:00", "2025-10-26T03:30:00+01:00"}},
		{"hourly at :30 through the gap", "CRON_TZ=Europe/Berlin 30 * * * *", "2025-03-30T01:00:00+01:00",
			[]string{"2025-03-30T01:30:00+01:00", "2025-03-30T03:30:00+02:00"}},
		{"every minute of hour 2 through the overlap", "CRON_TZ=America/New_York * 1 * * *", "2025-11-02T01:58:00-04:00",
			[]string{"2025-11-02T01:59:00-04:00", "2025-11-02T01:00:00-05:00", "2025-11-02T01:01:00-05:00"}},
		{"every two hours through the lord howe overlap", "CRON_TZ=Australia/Lord_Howe 0 */2 * * *", "2025-04-06T01:00:00+11:00",
			[]string{"2025-04-06T02:00:00+10:30", "2025-04-06T04:00:00+10:30"}},
		{"every minute of 02:xx, lord howe overlap", "CRON_TZ=Australia/Lord_Howe * 2 * * *", "2025-04-06T01:58:00+10:30",
			[]string{"2025-04-06T02:00:00+10:30", "2025-04-06T02:01:00+10:30"}},
		{"@hourly through the overlap", "CRON_TZ=America/New_York @hourly", "2025-11-02T00:30:00-04:00",
			[]string{"2025-11-02T01:00:00-04:00", "2025-11-02T01:00:00-05:00", "2025-11-02T02:00:00-05:00"}},
		{"every 15 minutes through the lord howe overlap", "CRON_TZ=Australia/Lord_Howe */15 * * * *", "2025-04-06T01:40:00+11:00",
			[]string{"2025-04-06T01:45:00+11:00", "2025-04-06T01:30:00+10:30", "2025-04-06T01:45:00+10:30", "2025-04-06T02:00:00+10:30"}},
		{"every 15 minutes through the lord howe gap", "CRON_TZ=Australia/Lord_Howe */15 * * * *", "2025-10-05T01:40:00+10:30",
			[]string{"2025-10-05T01:45:00+10:30", "2025-10-05T02:30:00+11:00", "2025-10-05T02:45:00+11:00"}},
		{"@every 1h through the overlap", "@every 1h", "2025-10-26T01:30:00+02:00",
			[]string{"2025-10-26T02:30:00+02:00", "2025-10-26T02:30:00+01:00", "2025-10-26T03:30:00+01:00"}},
		{"@every 15m through the lord howe gap", "@every 15m", "2025-10-05T01:50:00+10:30",
			[]string{"2025-10-05T02:35:00+11:00", "2025-10-05T02:50:00+11:00"}},

		// Ordinary days, and hours the change does not touch.
		{"berlin summer day", "CRON_TZ=Europe/Berlin 30 2 * * *", "2025-06-01T00:00:00+02:00",
			[]string{"2025-06-01T02:30:00+02:00", "2025-06-02T02:30:00+02:00"}},
		{"new york weekdays", "CRON_TZ=America/New_York 0 9 * * 1-5", "2025-06-06T10:00:00-04:00",
			[]string{"2025-06-09T09:00:00-04:00", "2025-06-10T09:00:00-04:00"}},
		{"berlin 04:00 on the spring night", "CRON_TZ=Europe/Berlin 0 4 * * *", "2025-03-29T12:00:00+01:00",
			[]string{"2025-03-30T04:00:00+02:00", "2025-03-31T04:00:00+02:00"}},
		{"berlin 01:30 on the autumn night", "CRON_TZ=Europe/Berlin 30 1 * * *", "2025-10-25T12:00:00+02:00",
			[]string{"2025-10-26T01:30:00+02:00", "2025-10-27T01:30:00+01:00"}},
		{"@daily on the autumn night", "CRON_TZ=Europe/Berlin @daily", "2025-10-25T12:00:00+02:00",
			[]string{"2025-10-26T00:00:00+02:00", "2025-10-27T00:00:00+01:00"}},
		{"lord howe summer day", "CRON_TZ=Australia/Lord_Howe 15 2 * * *", "2025-12-01T00:00:00+11:00",
			[]string{"2025-12-01T02:15:00+11:00", "2025-12-02T02:15:00+11:00"}},
		{"leap day", "CRON_TZ=America/New_York 0 12 29 2 *", "2025-01-01T00:00:00-05:00",
			[]string{"2028-02-29T12:00:00-05:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sched, err := parseSchedule(tt.schedule)
			if err != nil {
				t.Fatal(err)
			}
			at := inZone(t, tt.schedule, tt.from)
			var got, want []string
			for _, w := range tt.want {
				at = sched.Next(at)
				got = append(got, at.Format(time.RFC3339))
				want = append(want, inZone(t, tt.schedule, w).Format(time.RFC3339))
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s from %s:\n got  %v\n want %v", tt.schedule, tt.from, got, want)
			}
		})
	}
}

// inZone parses an RFC 3339 time and puts it in the schedule's CRON_TZ
// zone, or Europe/Berlin for a schedule without one (which takes the zone
// of the times given, as cron.Cron gives time.Local); a time in UTC ("Z")
// stays in UTC.
func inZone(t *testing.T, schedule, s string) time.Time {
	t.Helper()
	at, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(s, "Z") {
		return at
	}
	zone := "Europe/Berlin"
	if rest, ok := strings.CutPrefix(schedule, "CRON_TZ="); ok {
		zone, _, _ = strings.Cut(rest, " ")
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	return at.In(loc)
}

// TestScheduleDSTAgainstMinuteScan checks Next against a scan of every
// minute of real time around each DST change of 2024-2026 in three zones
// (and a day without one): a wildcard job runs at each minute whose clock
// reading matches; a fixed-time job runs at a matching reading not seen
// before, and once at the end of a gap that skips a matching reading.
func TestScheduleDSTAgainstMinuteScan(t *testing.T) {
	exprs := []string{
		"30 2 * * *", "45 1 * * *", "0,30 2-3 * * *", "15 2 * * 0", "0 0 * * *", "59 1 * * *",
		"*/15 * * * *", "30 * * * *", "0 */2 * * *", "* 2 * * *", "@hourly",
	}
	for _, zone := range []string{"Europe/Berlin", "America/New_York", "Australia/Lord_Howe"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		windows := []time.Time{time.Date(2025, 7, 15, 12, 0, 0, 0, loc), time.Date(2025, 1, 15, 12, 0, 0, 0, loc)}
		for at, limit := time.Date(2024, 1, 1, 0, 0, 0, 0, loc), time.Date(2027, 1, 1, 0, 0, 0, 0, loc); ; {
			_, end := at.ZoneBounds()
			if end.IsZero() || end.After(limit) {
				break
			}
			windows = append(windows, end)
			at = end
		}
		if len(windows) < 8 {
			t.Fatalf("%s: %d DST changes in 2024-2026, want 6", zone, len(windows)-2)
		}
		for _, expr := range exprs {
			schedule := "CRON_TZ=" + zone + " " + expr
			sched, err := parseSchedule(schedule)
			if err != nil {
				t.Fatal(err)
			}
			spec, err := cronParser.Parse(schedule)
			if err != nil {
				t.Fatal(err)
			}
			for _, mid := range windows {
				from, to := mid.Add(-26*time.Hour), mid.Add(26*time.Hour)
				want := scanRuns(spec.(*cron.SpecSchedule), wallClockJob(expr), loc, from, to)
				var got []string
				for at := sched.Next(from); !at.After(to); at = sched.Next(at) {
					got = append(got, at.In(loc).Format(time.RFC3339))
				}
				if i := firstDiff(got, want); i >= 0 {
					t.Errorf("%s around %s: run %d (of %d, want %d) is %s, want %s",
						schedule, mid.Format(time.RFC3339), i, len(got), len(want), nth(got, i), nth(want, i))
				}
			}
		}
	}
}

// scanRuns returns the runs in (from, to] by stepping real time a minute at
// a time (from is on a whole minute).
func scanRuns(spec *cron.SpecSchedule, fixed bool, loc *time.Location, from, to time.Time) []string {
	const layout = "2006-01-02 15:04"
	matches := func(clock string) bool {
		c, err := time.Parse(layout, clock)
		if err != nil {
			panic(err)
		}
		return specMatches(spec, c)
	}
	var runs []string
	seen := map[string]bool{}
	prev := ""
	for at := from.Add(-6 * time.Hour); !at.After(to); at = at.Add(time.Minute) {
		clock := at.In(loc).Format(layout)
		run := matches(clock)
		if fixed {
			run = run && !seen[clock]
			// A gap just before this minute: the clock jumped over readings.
			if p, err := time.Parse(layout, prev); err == nil {
				c, _ := time.Parse(layout, clock)
				for x := p.Add(time.Minute); x.Before(c); x = x.Add(time.Minute) {
					run = run || matches(x.Format(layout))
				}
			}
		}
		seen[clock], prev = true, clock
		if run && at.After(from) {
			runs = append(runs, at.In(loc).Format(time.RFC3339))
		}
	}
	return runs
}

// specMatches reports whether the clock reading c (in UTC) matches spec's
// minute, hour, day and month: cron's definition of a match.
func specMatches(spec *cron.SpecSchedule, c time.Time) bool {
	const star = 1 << 63
	bit := func(set uint64, n int) bool { return set&(1<<uint(n)) != 0 }
	dom, dow := bit(spec.Dom, c.Day()), bit(spec.Dow, int(c.Weekday()))
	day := dom || dow
	if spec.Dom&star != 0 || spec.Dow&star != 0 {
		day = dom && dow
	}
	return day && bit(spec.Minute, c.Minute()) && bit(spec.Hour, c.Hour()) && bit(spec.Month, int(c.Month()))
}

// firstDiff returns the index of the first difference of a and b, or -1.
func firstDiff(a, b []string) int {
	for i := range max(len(a), len(b)) {
		if nth(a, i) != nth(b, i) {
			return i
		}
	}
	return -1
}

// nth returns s[i], or "none" past its end.
func nth(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "none"
}

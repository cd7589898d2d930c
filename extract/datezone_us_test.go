package extract

import (
	"testing"
	"time"
)

// TestUSZoneDaylight: "ET", "CT", "MT", "PT" after a 12-hour clock take
// the offset in force on that day, by the rule of its year: since 2007
// from the second Sunday of March to the first Sunday of November, from
// 1987 to 2006 from the first Sunday of April to the last Sunday of
// October, each at 2 a.m.
func TestUSZoneDaylight(t *testing.T) {
	dp := &dateParser{w: vocab(), maxY: 2026}
	tests := []struct{ in, want string }{
		{"March 10, 2024 1:59 a.m. ET", "2024-03-10T01:59:00-05:00"},
		{"March 10, 2024 3:00 a.m. ET", "2024-03-10T03:00:00-04:00"},
		{"July 4, 2024 9:30 p.m. PT", "2024-07-04T21:30:00-07:00"},
		{"Nov 3, 2024 2:30 a.m. CT", "2024-11-03T02:30:00-06:00"},
		{"Jan 4, 2024 9:30 a.m. MT", "2024-01-04T09:30:00-07:00"},
		// "a.m" and "p.m" without their last stop
		{"July 4, 2024 9:30 a.m ET", "2024-07-04T09:30:00-04:00"},
		{"July 4, 2024 9:30 p.m PT", "2024-07-04T21:30:00-07:00"},
		{"July 4, 2024 9:30 p.m EDT", "2024-07-04T21:30:00-04:00"},
		// 1987 to 2006
		{"March 15, 2006 9:30 a.m. ET", "2006-03-15T09:30:00-05:00"},
		{"April 2, 2006 1:30 a.m. ET", "2006-04-02T01:30:00-05:00"},
		{"April 2, 2006 9:30 p.m. ET", "2006-04-02T21:30:00-04:00"},
		{"Oct 29, 2005 9:30 p.m. ET", "2005-10-29T21:30:00-04:00"},
		{"Oct 30, 2005 9:30 p.m. ET", "2005-10-30T21:30:00-05:00"},
		{"Nov 2, 2005 9:30 a.m. PT", "2005-11-02T09:30:00-08:00"},
	}
	for _, tc := range tests {
		v, ok := dp.parseTextDate(tc.in)
		if got := v.t.Format(time.RFC3339); !ok || !v.hasZone || got != tc.want {
			t.Errorf("parseTextDate(%q) = %s (zone %v, ok %v), want %s", tc.in, got, v.hasZone, ok, tc.want)
		}
	}
}

package extract

import "testing"

func TestSolarHijriToGregorian(t *testing.T) {
	for _, c := range [][6]int{
		{1402, 12, 13, 2024, 3, 3},  // Esfand
		{1403, 1, 1, 2024, 3, 20},   // Nowruz 1403
		{1402, 1, 1, 2023, 3, 21},   // Nowruz 1402
		{1399, 12, 30, 2021, 3, 20}, // leap year's last day
		{1403, 10, 11, 2024, 12, 31},
	} {
		y, m, d := solarHijriToGregorian(c[0], c[1], c[2])
		if y != c[3] || m != c[4] || d != c[5] {
			t.Errorf("%d-%d-%d: %d-%d-%d, want %d-%d-%d", c[0], c[1], c[2], y, m, d, c[3], c[4], c[5])
		}
	}
}

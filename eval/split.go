package eval

import "crypto/sha1"

// The development corpora are split in two halves by a hash of each page's
// id (its file name without suffix, see ItemKey): rules are written while
// looking at tune pages only and kept when they also help on check pages.
// Both halves' figures are reported.
const (
	HalfAll   = "all"
	HalfTune  = "tune"
	HalfCheck = "check"
)

// Half returns HalfTune or HalfCheck for a page id: the low bit of the
// first byte of its SHA-1 (0 is tune), as ../shared/README.md suggests.
func Half(id string) string {
	sum := sha1.Sum([]byte(id))
	if sum[0]&1 == 0 {
		return HalfTune
	}
	return HalfCheck
}

// InHalf reports whether the page id belongs to half (HalfAll holds every
// page).
func InHalf(id, half string) bool {
	return half == HalfAll || half == "" || Half(id) == half
}

// Halves are the three views every eval reports.
var Halves = []string{HalfAll, HalfTune, HalfCheck}

// MergeRows lays out the tables of several halves side by side: one row
// per metric name (in the order of the first table) and one column per
// table.
func MergeRows(tables [][]Row) (names []string, cols [][]string) {
	index := map[string]int{}
	for _, t := range tables {
		for _, r := range t {
			if _, ok := index[r.Name]; !ok {
				index[r.Name] = len(names)
				names = append(names, r.Name)
			}
		}
	}
	cols = make([][]string, len(tables))
	for i, t := range tables {
		cols[i] = make([]string, len(names))
		for _, r := range t {
			cols[i][index[r.Name]] = r.Value
		}
	}
	return names, cols
}

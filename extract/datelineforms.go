package extract

import "strings"

// This file holds the dateline forms datelineIn (dateline.go) reads
// beside its own: a wire's bracket before the place ("(ANSA) - ROMA, 5
// MAR -").

// withoutLeadingWire returns par without a wire's bracket and the dash
// after it that open it ("(ANSA) - ROMA, 5 MAR - …", as ANSA and other
// agencies print the agency before the place), and whether it had one.
// Only a wire of the lexicon counts.
func withoutLeadingWire(par string) (string, bool) {
	if !strings.HasPrefix(par, "(") {
		return par, false
	}
	i := strings.IndexByte(par, ')')
	if i <= 1 || i > 40 || !wireName(par[1:i]) {
		return par, false
	}
	rest := strings.TrimLeft(par[i+1:], " ")
	for _, dash := range []string{"—", "–", "-"} {
		if strings.HasPrefix(rest, dash) {
			return strings.TrimLeft(strings.TrimLeft(rest, dash+"-"), " "), true
		}
	}
	return par, false
}

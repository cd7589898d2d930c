package extract

import "strings"

// This file keeps dates that a label gives to something else than the
// page out of the date readers: a product's or a film's release ("Release
// date: March 8, 2024", "Marktstart 15.02.2024" in a review's spec sheet),
// a match's kick-off, a forum member's registration ("Registriert: Sa 14.
// Jan 2006") beside their post, a deadline, and the clock a masthead
// shows ("Сегодня: 12 марта 2024", "Today: …"). Once a page's machine
// dates are gone such a date was read as the publication (found by
// TestMetamorphicAbsent's no-date variant). The labels are the lexicon's
// other_date_labels; one written with a closing colon ("today:") counts
// only before a colon, as the word alone is prose ("today, 5 March").
// General: the labels are words every review, forum and event template
// prints in its language, no site's markup; a date so labelled never says
// when the page ran.

// otherDateLabel is one label of other_date_labels, tokenised.
type otherDateLabel struct {
	toks  []dtok
	colon bool // counts only before a colon
}

// otherDateLabelsOf tokenises the lexicon's labels.
func otherDateLabelsOf(list []string) []otherDateLabel {
	var out []otherDateLabel
	for _, l := range list {
		l = strings.ToLower(strings.TrimSpace(l))
		colon := strings.HasSuffix(l, ":")
		if toks := dateTokens(strings.TrimSuffix(l, ":"), nil); len(toks) > 0 {
			out = append(out, otherDateLabel{toks, colon})
		}
	}
	return out
}

// otherLabelBefore reports whether the date at toks[i] follows one of
// the labels: right before it, or across a colon, a dash or a weekday
// ("Registriert: Sa 14. Jan 2006"); from is the end of the date before
// (its label is not this one's).
func (w *words) otherLabelBefore(toks []dtok, from, i int) bool {
	k, colon := i-1, false
	for steps := 0; k >= from && steps < 4; steps++ {
		t := toks[k]
		if t.kind == 'p' {
			colon = colon || t.s == ":"
			k--
			continue
		}
		if t.kind == 'w' && (w.isMonthOrWeekday(t.s) || w.isWeekdayShort(t.s)) {
			k--
			continue
		}
		break
	}
	for _, l := range w.otherDateLabels {
		start := k - len(l.toks) + 1
		if start < from || l.colon && !colon {
			continue
		}
		same := true
		for j, lt := range l.toks {
			if t := toks[start+j]; t.kind != lt.kind || t.s != lt.s {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

package revision

import "strings"

// Span is a run of words of a word diff: kept, inserted or deleted.
type Span struct {
	Op   byte   // '=' kept, '+' inserted, '-' deleted
	Text string // the words with the spacing between them
}

// maxWords bounds the word diff's table; longer texts show as one
// deletion and one insertion.
const maxWords = 2000

// WordDiff diffs two texts word by word (a longest common subsequence of
// words), for showing an edited paragraph or quote to people.
func WordDiff(old, cur string) []Span {
	a, b := strings.Fields(old), strings.Fields(cur)
	n, m := len(a), len(b)
	var spans []Span
	emit := func(op byte, w string) {
		if k := len(spans) - 1; k >= 0 && spans[k].Op == op {
			spans[k].Text += " " + w
			return
		}
		spans = append(spans, Span{Op: op, Text: w})
	}
	if n > maxWords || m > maxWords {
		if old != "" {
			spans = append(spans, Span{'-', old})
		}
		if cur != "" {
			spans = append(spans, Span{'+', cur})
		}
		return spans
	}
	l := make([]int32, (n+1)*(m+1))
	at := func(i, j int) int32 { return l[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i*(m+1)+j] = at(i+1, j+1) + 1
			} else {
				l[i*(m+1)+j] = max(at(i+1, j), at(i, j+1))
			}
		}
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			emit('=', a[i])
			i++
			j++
		case i < n && (j == m || at(i+1, j) >= at(i, j+1)):
			emit('-', a[i])
			i++
		default:
			emit('+', b[j])
			j++
		}
	}
	return spans
}

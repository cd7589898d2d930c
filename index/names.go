package index

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NameQuery asks Searcher.SuggestNames for the indexed names nearest to
// Value in a name field.
type NameQuery struct {
	// Field is FieldSite, FieldAuthor or FieldSpeaker.
	Field string `json:"field"`
	// Value is the name as the user typed it.
	Value string `json:"value"`
	// Quotes counts quotes by each speaker (Field must be FieldSpeaker)
	// rather than articles.
	Quotes bool `json:"quotes,omitempty"`
	// Limit caps the suggestions: default DefaultSuggestions, at most
	// MaxSuggestions.
	Limit int `json:"limit,omitempty"`
}

// Suggestion limits.
const (
	DefaultSuggestions = 5
	MaxSuggestions     = 20
	// SuggestCandidates is how many names a backend collects (the most
	// frequent among those sharing a word, a misspelling or a prefix with
	// the value) before RankNames picks the nearest.
	SuggestCandidates = 200
	maxNameLen        = 200
)

// Normalize validates q and applies the default limit. Errors wrap
// ErrBadQuery.
func (q NameQuery) Normalize() (NameQuery, error) {
	if !IsNameField(q.Field) {
		return q, fmt.Errorf("%w: names are suggested for site, author and speaker, not %q", ErrBadQuery, q.Field)
	}
	if q.Quotes && q.Field != FieldSpeaker {
		return q, fmt.Errorf("%w: quote counts exist for speakers only, not %s", ErrBadQuery, q.Field)
	}
	q.Value = strings.TrimSpace(q.Value)
	if len(q.Value) > maxNameLen || !utf8.ValidString(q.Value) {
		return q, fmt.Errorf("%w: a name is valid UTF-8 of at most %d bytes", ErrBadQuery, maxNameLen)
	}
	if q.Limit <= 0 {
		q.Limit = DefaultSuggestions
	}
	q.Limit = min(q.Limit, MaxSuggestions)
	return q, nil
}

// foldTable maps letters that Unicode decomposition leaves alone to their
// ASCII spelling, as Lucene's ASCIIFoldingFilter (Elasticsearch's
// asciifolding) and Bleve's asciifolding char filter do.
var foldTable = map[rune]string{
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th",
	'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŋ': "n", 'Ŋ': "n", 'ſ': "s",
	'‘': "'", '’': "'", 'ʼ': "'", '‛': "'", '′': "'",
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-",
}

// Fold lower-cases s and removes diacritics ("Müller" → "muller", "Łódź"
// → "lodz", "O’Brien" → "o'brien"): the folding the name analysers of both
// backends apply.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// NameTokens splits a name into its folded words: runs of letters and
// digits, with an apostrophe kept inside a word ("O'Brien" is one word,
// "Ngo-Anh" two), as the backends' name analysers tokenise.
func NameTokens(s string) []string {
	f := Fold(s)
	var out []string
	start := -1
	rs := []rune(f)
	for i, r := range rs {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if r == '\'' && start >= 0 && i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])) {
			word = true
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, string(rs[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, string(rs[start:]))
	}
	return out
}

// NameMatches reports whether the name filter value matches name: the
// words of value appear in name as whole words, in the same order and
// next to each other, ignoring case and diacritics. This is what the
// backends' name fields do (a phrase query on the folded words), for code
// that filters names outside an index, such as byline tail.
func NameMatches(value, name string) bool {
	vt := NameTokens(value)
	if len(vt) == 0 {
		return strings.EqualFold(strings.TrimSpace(value), strings.TrimSpace(name))
	}
	nt := NameTokens(name)
	for i := 0; i+len(vt) <= len(nt); i++ {
		if slices.Equal(nt[i:i+len(vt)], vt) {
			return true
		}
	}
	return false
}

// Fuzziness is the edit distance a backend allows when it looks for names
// near a word: 0 for one or two letters, 1 up to five, 2 beyond, like
// Elasticsearch's "AUTO".
func Fuzziness(word string) int {
	switch n := utf8.RuneCountInString(word); {
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// minSimilarity is the least NameSimilarity a suggestion needs.
const minSimilarity = 0.5

// RankNames orders candidate names by their similarity to value (ties:
// the larger count, then the name), drops those too far from it and keeps
// at most n. Backends call it on the names they collected.
func RankNames(value string, candidates []Facet, n int) []Facet {
	type scored struct {
		Facet
		score float64
	}
	var ss []scored
	seen := map[string]bool{}
	for _, c := range candidates {
		if c.Value == "" || seen[c.Value] {
			continue
		}
		seen[c.Value] = true
		if s := NameSimilarity(value, c.Value); s >= minSimilarity {
			ss = append(ss, scored{c, s})
		}
	}
	slices.SortFunc(ss, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		case a.Count != b.Count:
			if a.Count > b.Count {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Value, b.Value)
	})
	out := make([]Facet, 0, min(n, len(ss)))
	for _, s := range ss {
		if len(out) == n {
			break
		}
		out = append(out, s.Facet)
	}
	return out
}

// NameSimilarity scores how close name is to what the user typed, from 0
// to 1: each typed word is paired with the most similar word of the name
// (a prefix of it counts as close) and the scores are averaged; the whole
// folded strings are compared too and the better score wins.
func NameSimilarity(typed, name string) float64 {
	tt, nt := NameTokens(typed), NameTokens(name)
	if len(tt) == 0 || len(nt) == 0 {
		return 0
	}
	sum := 0.0
	for _, a := range tt {
		best := 0.0
		for _, b := range nt {
			s := wordSimilarity(a, b)
			if utf8.RuneCountInString(a) >= 2 && strings.HasPrefix(b, a) {
				s = max(s, 0.8)
			}
			best = max(best, s)
		}
		sum += best
	}
	words := sum / float64(len(tt))
	whole := wordSimilarity(strings.Join(tt, " "), strings.Join(nt, " "))
	return max(words, whole)
}

// wordSimilarity is 1 - Levenshtein distance / length of the longer word.
func wordSimilarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if n == 0 {
		return 1
	}
	return 1 - float64(levenshtein(ra, rb))/float64(n)
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

package bleveindex

import (
	"fmt"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"
	htmlformat "github.com/blevesearch/bleve/v2/search/highlight/format/html"
	simplefragmenter "github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehighlighter "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
)

// Highlighting: bleve's "html" highlighter cuts fragments at a fixed number
// of characters, often inside a word. Byline registers its own highlighter:
// the same simple highlighter and HTML formatter (text escaped, matches in
// <mark>), with a fragmenter that moves each cut to a word boundary. The
// simple highlighter puts one "…" where a fragment starts or ends inside
// the field, so a fragment reads "…to ask voters to <mark>pray</mark>…".
const (
	highlighterName = "byline_html"
	fragmenterName  = "byline_words"
	// fragmentSize is the fragment length in characters before the cuts
	// move to word boundaries (bleve's default).
	fragmentSize = 200
)

func init() {
	if err := registry.RegisterFragmenter(fragmenterName, func(map[string]any, *registry.Cache) (highlight.Fragmenter, error) {
		return wordFragmenter{inner: simplefragmenter.NewFragmenter(fragmentSize)}, nil
	}); err != nil {
		panic(fmt.Sprintf("bleve: register fragmenter: %v", err))
	}
	if err := registry.RegisterHighlighter(highlighterName, func(_ map[string]any, cache *registry.Cache) (highlight.Highlighter, error) {
		frag, err := cache.FragmenterNamed(fragmenterName)
		if err != nil {
			return nil, fmt.Errorf("byline highlighter: %w", err)
		}
		format, err := cache.FragmentFormatterNamed(htmlformat.Name)
		if err != nil {
			return nil, fmt.Errorf("byline highlighter: %w", err)
		}
		return simplehighlighter.NewHighlighter(frag, format, simplehighlighter.DefaultSeparator), nil
	}); err != nil {
		panic(fmt.Sprintf("bleve: register highlighter: %v", err))
	}
}

// wordFragmenter wraps a fragmenter and moves each fragment's cuts to word
// boundaries: a start inside a word moves forward past it, an end inside a
// word moves back before it, never past a matched term, and the spaces and
// commas left at a cut are trimmed.
type wordFragmenter struct{ inner highlight.Fragmenter }

func (w wordFragmenter) Fragment(orig []byte, ot highlight.TermLocations) []*highlight.Fragment {
	frags := w.inner.Fragment(orig, ot)
	for _, f := range frags {
		// The matched terms inside this fragment bound how far a cut may
		// move.
		first, last := f.End, f.Start
		for _, tl := range ot {
			if tl.Start >= f.Start && tl.End <= f.End {
				first = min(first, tl.Start)
				last = max(last, tl.End)
			}
		}
		f.Start = cutStart(orig, f.Start, first)
		f.End = cutEnd(orig, f.End, max(last, f.Start))
	}
	return frags
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

// cutStart moves a fragment start inside a word to the next word, and past
// the spaces and punctuation after a cut, stopping at limit.
func cutStart(b []byte, start, limit int) int {
	if start <= 0 || start >= len(b) {
		return max(start, 0)
	}
	prev, _ := utf8.DecodeLastRune(b[:start])
	i := start
	if isWordRune(prev) {
		for i < limit {
			r, n := utf8.DecodeRune(b[i:])
			if !isWordRune(r) {
				break
			}
			i += n
		}
	}
	for i < limit {
		r, n := utf8.DecodeRune(b[i:])
		if !unicode.IsSpace(r) && !strings.ContainsRune(",;:)]}.!?", r) {
			break
		}
		i += n
	}
	if i > limit {
		return start
	}
	return i
}

// cutEnd moves a fragment end inside a word back to the end of the word
// before, and before the spaces and commas of the cut, stopping at limit.
func cutEnd(b []byte, end, limit int) int {
	if end >= len(b) || end <= 0 {
		return min(max(end, 0), len(b))
	}
	next, _ := utf8.DecodeRune(b[end:])
	i := end
	if isWordRune(next) {
		for i > limit {
			r, n := utf8.DecodeLastRune(b[:i])
			if !isWordRune(r) {
				break
			}
			i -= n
		}
	}
	for i > limit {
		r, n := utf8.DecodeLastRune(b[:i])
		if !unicode.IsSpace(r) && !strings.ContainsRune(",;:([{—–-", r) {
			break
		}
		i -= n
	}
	if i < limit {
		return end
	}
	return i
}

// markLocations returns text HTML-escaped with the byte ranges of the term
// locations wrapped in <mark>, or "" when there are none.
func markLocations(text string, tlm search.TermLocationMap) string {
	var spans [][2]int
	for _, locs := range tlm {
		for _, l := range locs {
			if int(l.Start) < int(l.End) && int(l.End) <= len(text) {
				spans = append(spans, [2]int{int(l.Start), int(l.End)})
			}
		}
	}
	if len(spans) == 0 {
		return ""
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	var b strings.Builder
	cur := 0
	for _, sp := range spans {
		if sp[0] < cur { // overlapping: extend the open mark
			continue
		}
		b.WriteString(html.EscapeString(text[cur:sp[0]]))
		b.WriteString("<mark>" + html.EscapeString(text[sp[0]:sp[1]]) + "</mark>")
		cur = sp[1]
	}
	b.WriteString(html.EscapeString(text[cur:]))
	return b.String()
}

// Package eval scores extraction predictions against the gold data of the
// shared corpora, with exactly the metrics of the reference scorer
// (shared/tools/score.py): the article-extraction-benchmark shingle metric
// (aeb), the trafilatura with/without snippets with title, author and date
// checks (snippets), and publication dates (dates).
//
// Every scorer is a pure function of (gold, predictions); loading gold
// files and predictions JSONL is separate.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"github.com/byline/byline/article"
)

// Prediction is one extractor output line as `byline extract --jsonl`
// prints it; only the scored fields are kept.
type Prediction struct {
	Source      string          `json:"source"`
	Body        string          `json:"body"`
	Headline    string          `json:"headline"`
	PublishedAt string          `json:"published_at"`
	Authors     []string        `json:"authors"`
	Quotes      []article.Quote `json:"quotes"`
	Error       string          `json:"error,omitempty"`
}

// Predictions maps an item key (see ItemKey) to its prediction.
type Predictions map[string]Prediction

var suffixes = []string{".html.gz", ".htm.gz", ".html", ".htm", ".gz"}

// ItemKey is the basename of a path with the first matching known suffix
// (.html.gz, .htm.gz, .html, .htm, .gz) removed; predictions and gold
// items are matched by it.
func ItemKey(path string) string {
	base := filepath.Base(strings.TrimRight(path, "/"))
	for _, s := range suffixes {
		if strings.HasSuffix(base, s) && len(base) > len(s) {
			return base[:len(base)-len(s)]
		}
	}
	return base
}

// NewPredictions indexes predictions by item key; later entries win.
func NewPredictions(ps []Prediction) Predictions {
	m := make(Predictions, len(ps))
	for _, p := range ps {
		m[ItemKey(p.Source)] = p
	}
	return m
}

// ReadPredictions reads predictions JSONL (one object per line with a
// "source" field).
func ReadPredictions(r io.Reader) (Predictions, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	var ps []Prediction
	for line := 1; sc.Scan(); line++ {
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var p Prediction
		if err := json.Unmarshal([]byte(b), &p); err != nil {
			return nil, fmt.Errorf("predictions line %d: %w", line, err)
		}
		if p.Source == "" {
			return nil, fmt.Errorf("predictions line %d: no \"source\" field", line)
		}
		ps = append(ps, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	return NewPredictions(ps), nil
}

// ReadPredictionsFile reads a predictions JSONL file.
func ReadPredictionsFile(path string) (Predictions, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := ReadPredictions(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// Coverage counts gold items without a prediction and predictions that
// match no gold item.
func Coverage(goldKeys []string, preds Predictions) (missing, extra int) {
	set := make(map[string]bool, len(goldKeys))
	for _, k := range goldKeys {
		set[k] = true
		if _, ok := preds[k]; !ok {
			missing++
		}
	}
	for k := range preds {
		if !set[k] {
			extra++
		}
	}
	return missing, extra
}

// isPySpace reports whether Python's str.isspace is true for r.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// collapseWS is Python's " ".join(s.split()).
func collapseWS(s string) string {
	return strings.Join(strings.FieldsFunc(s, isPySpace), " ")
}

var folder = cases.Fold()

// casefold is Python's str.casefold.
func casefold(s string) string { return folder.String(s) }

// normTitle collapses white space and case-folds.
func normTitle(s string) string { return casefold(collapseWS(s)) }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// FScore is the harmonic mean of p and r (0 when both are 0).
func FScore(p, r float64) float64 {
	if p+r > 0 {
		return 2 * p * r / (p + r)
	}
	return 0
}

// datePart returns YYYY-MM-DD from an RFC 3339 timestamp or a plain date
// (also "2022-11-1" and "2022-01.26"), else "" — score.py's date_part.
// Its \d is any Unicode decimal digit (category Nd), as in Python: the
// year is kept as written, month and day are read as numbers (int()), so
// "２０２０-٠١-05" is a date there too.
func datePart(v string) string {
	s := strings.TrimLeftFunc(v, isPySpace)
	// digits reads up to max decimal digits (at least min): their text and
	// value.
	digits := func(s string, min, max int) (string, int, string, bool) {
		n, i, k := 0, 0, 0
		for k < max && i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.Is(unicode.Nd, r) {
				break
			}
			n = n*10 + digitValue(r)
			i += size
			k++
		}
		return s[:i], n, s[i:], k >= min
	}
	isDigit := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return s != "" && unicode.Is(unicode.Nd, r)
	}
	y, _, rest, ok := digits(s, 4, 4)
	if !ok || rest == "" || !strings.ContainsRune("-./", rune(rest[0])) {
		return ""
	}
	_, mo, rest, ok := digits(rest[1:], 1, 2)
	if !ok || rest == "" || !strings.ContainsRune("-./", rune(rest[0])) {
		return ""
	}
	// Python's \d{1,2} backtracks, but (?!\d) then fails either way when a
	// third digit follows.
	_, d, rest, ok := digits(rest[1:], 1, 2)
	if !ok || isDigit(rest) {
		return ""
	}
	return fmt.Sprintf("%s-%02d-%02d", y, mo, d)
}

// digitValue is the value of a Unicode decimal digit (category Nd), as
// Python's int() reads it. Unicode encodes Nd digits in contiguous runs of
// ten, 0 to 9, so the value is the distance from the start of the run of
// Nd characters that holds r, modulo ten (adjacent runs, such as the
// mathematical digits, each start at a zero).
func digitValue(r rune) int {
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// mean is the arithmetic mean (0 for no values).
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// stdev is the sample standard deviation (statistics.stdev).
func stdev(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)-1))
}

package eval

// This file scores extracted quotes against the hand-annotated quote gold
// (../shared/corpus/quotes/gold.json). It reproduces cmd_quotes of the
// reference scorer ../shared/tools/score.py exactly, so that
// `byline eval quotes` and `score.py quotes` agree to three decimals:
//
//   - a quote's text is reduced to tokens (QuoteTokens: casefold, quotation
//     marks and punctuation become spaces, an apostrophe between two letters
//     or digits is dropped, split on white space); quotes without tokens are
//     ignored on both sides;
//   - gold and predicted quotes of one item are matched one to one, greedily
//     by best token-set Jaccard: a pair matches when Jaccard >= 0.6, or when
//     the shorter token list (>= 5 tokens) occurs contiguously in the longer;
//   - a matched quote has the right speaker when the gold speaker's last
//     token is among the predicted speaker's tokens (a null gold speaker
//     needs an empty predicted speaker).

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/cases"

	"github.com/byline/byline/article"
)

// QuoteGoldFile is the quote gold file: {"about": ..., "items": [...]}.
type QuoteGoldFile struct {
	About string          `json:"about"`
	Items []QuoteGoldItem `json:"items"`
}

// QuoteGoldItem is the gold of one article: its id (the aeb page id, the
// basename of the page file without ".html.gz") and its quotes.
type QuoteGoldItem struct {
	ID     string      `json:"id"`
	URL    string      `json:"url"`
	Quotes []QuoteGold `json:"quotes"`
}

// QuoteGold is one annotated quote. Speaker is nil when nobody is credited;
// Cue and Note are informative and not scored.
type QuoteGold struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Cue     *string `json:"cue"`
	Note    string  `json:"note,omitempty"`
}

// PredictedQuote is one quote as predicted for scoring: only the text and
// the speaker are compared. Speaker is nil (or empty) when none was found.
type PredictedQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

// PredictionQuotes is the prediction for one article.
type PredictionQuotes struct {
	Quotes []PredictedQuote `json:"quotes"`
}

// QuoteScores are the metrics of cmd_quotes in score.py, with the same names
// in their JSON form.
type QuoteScores struct {
	Precision           float64 `json:"precision"`
	Recall              float64 `json:"recall"`
	F1                  float64 `json:"f1"`
	SpeakerAccuracy     float64 `json:"speaker_accuracy"` // right speakers / matched quotes
	AttributedPrecision float64 `json:"attributed_precision"`
	AttributedRecall    float64 `json:"attributed_recall"`
	AttributedF1        float64 `json:"attributed_f1"` // a quote counts only with its right speaker
	GoldQuotes          int     `json:"gold_quotes"`
	PredictedQuotes     int     `json:"predicted_quotes"`
	Matched             int     `json:"matched"`
	MatchedRightSpeaker int     `json:"matched_right_speaker"`
	Documents           int     `json:"documents"`
	Missing             int     `json:"missing"` // gold items without a prediction (scored as empty)
	Extra               int     `json:"extra"`   // predictions matching no gold item (ignored)
}

// Quote matching thresholds, as in score.py.
const (
	quoteJaccardMin       = 0.6
	quoteMinContainTokens = 5
)

// LoadQuoteGold reads the quote gold file at path (the JSON file itself, or
// a folder holding gold.json).
func LoadQuoteGold(p string) ([]QuoteGoldItem, error) {
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		p = path.Join(p, "gold.json")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("load quote gold: %w", err)
	}
	var f QuoteGoldFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("load quote gold %s: %w", p, err)
	}
	return f.Items, nil
}

// QuoteItemKey returns the key that matches a prediction's "source" to a
// gold item id: the basename with the first of ".html.gz", ".htm.gz",
// ".html", ".htm", ".gz" removed (item_key in score.py).
func QuoteItemKey(source string) string {
	base := path.Base(strings.ReplaceAll(strings.TrimRight(source, "/"), "\\", "/"))
	if source == "" {
		base = ""
	}
	for _, suf := range []string{".html.gz", ".htm.gz", ".html", ".htm", ".gz"} {
		if strings.HasSuffix(base, suf) && len(base) > len(suf) {
			return base[:len(base)-len(suf)]
		}
	}
	return base
}

// PredictionFromArticle turns an extracted article into the prediction the
// scorer compares.
func PredictionFromArticle(a *article.Article) PredictionQuotes {
	var p PredictionQuotes
	for _, q := range a.Quotes {
		p.Quotes = append(p.Quotes, PredictedQuote{Text: q.Text, Speaker: q.Speaker})
	}
	return p
}

// LoadQuotePredictions reads predictions in the JSONL form score.py reads:
// one object per line with "source" and "quotes"; a later line wins over an
// earlier one with the same key. The map is keyed by QuoteItemKey(source).
func LoadQuotePredictions(r io.Reader) (map[string]PredictionQuotes, error) {
	return loadQuotePredictions(r, "quote predictions", QuoteItemKey)
}

// loadQuotePredictions reads quote predictions JSONL keyed by key(source);
// what names the input in errors. Quotes that are not objects are
// ignored, as the Python scorers do.
func loadQuotePredictions(r io.Reader, what string, key func(string) string) (map[string]PredictionQuotes, error) {
	dec := json.NewDecoder(r)
	preds := map[string]PredictionQuotes{}
	for n := 1; ; n++ {
		var line struct {
			Source *string           `json:"source"`
			Quotes []json.RawMessage `json:"quotes"`
		}
		if err := dec.Decode(&line); err == io.EOF {
			return preds, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s, object %d: %w", what, n, err)
		}
		if line.Source == nil {
			return nil, fmt.Errorf("%s, object %d: no \"source\" field", what, n)
		}
		var p PredictionQuotes
		for _, raw := range line.Quotes {
			var q PredictedQuote
			if json.Unmarshal(raw, &q) != nil {
				continue
			}
			p.Quotes = append(p.Quotes, q)
		}
		preds[key(*line.Source)] = p
	}
}

// ScoreQuotes scores predictions (keyed by QuoteItemKey of their source)
// against the gold items, exactly as `score.py quotes` does.
func ScoreQuotes(gold []QuoteGoldItem, preds map[string]PredictionQuotes) QuoteScores {
	var s QuoteScores
	keys := map[string]bool{}
	for _, it := range gold {
		keys[QuoteItemKey(it.ID)] = true
	}
	for k := range keys {
		if _, ok := preds[k]; !ok {
			s.Missing++
		}
	}
	for k := range preds {
		if !keys[k] {
			s.Extra++
		}
	}
	s.Documents = len(gold)
	for _, it := range gold {
		var gt [][]string
		var gs []*string
		for _, q := range it.Quotes {
			if t := QuoteTokens(q.Text); len(t) > 0 {
				gt = append(gt, t)
				gs = append(gs, q.Speaker)
			}
		}
		var pt [][]string
		var ps []*string
		for _, q := range preds[QuoteItemKey(it.ID)].Quotes {
			if t := QuoteTokens(q.Text); len(t) > 0 {
				pt = append(pt, t)
				ps = append(ps, q.Speaker)
			}
		}
		s.GoldQuotes += len(gt)
		s.PredictedQuotes += len(pt)
		for _, m := range matchQuoteTokens(gt, pt) {
			s.Matched++
			if SpeakerRight(gs[m[0]], ps[m[1]]) {
				s.MatchedRightSpeaker++
			}
		}
	}
	s.Precision = safeDiv(s.Matched, s.PredictedQuotes)
	s.Recall = safeDiv(s.Matched, s.GoldQuotes)
	s.F1 = fScore(s.Precision, s.Recall)
	s.SpeakerAccuracy = safeDiv(s.MatchedRightSpeaker, s.Matched)
	s.AttributedPrecision = safeDiv(s.MatchedRightSpeaker, s.PredictedQuotes)
	s.AttributedRecall = safeDiv(s.MatchedRightSpeaker, s.GoldQuotes)
	s.AttributedF1 = fScore(s.AttributedPrecision, s.AttributedRecall)
	return s
}

// Rows renders the scores as score.py prints its table.
func (s QuoteScores) Rows() []Row {
	return []Row{
		{"quote F1", f3(s.F1)},
		{"precision", f3(s.Precision)},
		{"recall", f3(s.Recall)},
		{"speaker accuracy", fmt.Sprintf("%s  (matched=%d)", f3(s.SpeakerAccuracy), s.Matched)},
		{"attributed F1", f3(s.AttributedF1)},
		{"gold/predicted quotes", fmt.Sprintf("%d/%d", s.GoldQuotes, s.PredictedQuotes)},
		{"documents", fmt.Sprint(s.Documents)},
		{"missing predictions", fmt.Sprint(s.Missing)},
	}
}

// WriteTable prints the scores as score.py prints its table.
func (s QuoteScores) WriteTable(w io.Writer, title string) error {
	var b strings.Builder
	WriteTable(&b, title, s.Rows())
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write quote scores: %w", err)
	}
	return nil
}

func f3(v float64) string { return fmt.Sprintf("%.3f", v) }

func safeDiv(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func fScore(p, r float64) float64 {
	if p+r <= 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// isQuoteMark reports the characters score.py treats as quotation marks.
func isQuoteMark(r rune) bool {
	return strings.ContainsRune("\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u300c\u300d\u300e\u300f\u301d\u301e\u301f\uff02\uff07", r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// pyAlnum is Python's str.isalnum for one character.
func pyAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// pySpace is Python's str.isspace for one character.
func pySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// QuoteTokens reduces a text to the tokens score.py compares (quote_tokens):
// casefolded; an apostrophe between two letters or digits is dropped (don't,
// O'Neill stay whole); other quotation marks and punctuation become spaces;
// split on white space.
func QuoteTokens(text string) []string {
	if text == "" {
		return nil
	}
	s := []rune(cases.Fold().String(text))
	var b strings.Builder
	for i, ch := range s {
		if isApostrophe(ch) && i > 0 && i < len(s)-1 && pyAlnum(s[i-1]) && pyAlnum(s[i+1]) {
			continue
		}
		if isQuoteMark(ch) || unicode.IsPunct(ch) {
			b.WriteByte(' ')
		} else {
			b.WriteRune(ch)
		}
	}
	return strings.FieldsFunc(b.String(), pySpace)
}

// SpeakerRight reports whether a predicted speaker counts as right for a
// gold speaker: the gold speaker's last token is among the predicted
// speaker's tokens; a gold speaker without tokens needs a predicted speaker
// without tokens.
func SpeakerRight(gold, pred *string) bool {
	var gs, ps string
	if gold != nil {
		gs = *gold
	}
	if pred != nil {
		ps = *pred
	}
	g, p := QuoteTokens(gs), QuoteTokens(ps)
	if len(g) == 0 {
		return len(p) == 0
	}
	for _, t := range p {
		if t == g[len(g)-1] {
			return true
		}
	}
	return false
}

// quoteOverlap is the Jaccard overlap of two token lists and whether they
// match (quote_overlap in score.py).
func quoteOverlap(g, p []string) (float64, bool) {
	if len(g) == 0 || len(p) == 0 {
		return 0, false
	}
	jac := jaccard(g, p)
	if jac >= quoteJaccardMin {
		return jac, true
	}
	short, long := g, p
	if len(g) > len(p) {
		short, long = p, g
	}
	if len(short) >= quoteMinContainTokens &&
		strings.Contains(" "+strings.Join(long, " ")+" ", " "+strings.Join(short, " ")+" ") {
		return jac, true
	}
	return 0, false
}

// matchQuoteTokens pairs gold and predicted token lists one to one, greedily
// by best overlap, ties broken by gold then prediction index (match_quotes).
func matchQuoteTokens(gold, pred [][]string) [][2]int {
	return matchTokens(gold, pred, quoteOverlap)
}

// matchTokens pairs gold and predicted token lists one to one, greedily by
// best overlap (as overlap scores a pair), ties broken by gold then
// prediction index.
func matchTokens(gold, pred [][]string, overlap func(g, p []string) (float64, bool)) [][2]int {
	type cand struct {
		s    float64
		i, j int
	}
	var cands []cand
	for i, g := range gold {
		for j, p := range pred {
			if s, ok := overlap(g, p); ok {
				cands = append(cands, cand{s, i, j})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.s != y.s {
			return x.s > y.s
		}
		if x.i != y.i {
			return x.i < y.i
		}
		return x.j < y.j
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.i] || usedP[c.j] {
			continue
		}
		usedG[c.i], usedP[c.j] = true, true
		pairs = append(pairs, [2]int{c.i, c.j})
	}
	return pairs
}

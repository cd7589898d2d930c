package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// AEBGold is the ground truth of the article-extraction benchmark:
// id -> {articleBody, url}.
type AEBGold map[string]struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// LoadAEBGold reads ground-truth.json from dir (or the file itself).
func LoadAEBGold(path string) (AEBGold, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path = filepath.Join(path, "ground-truth.json")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g AEBGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// AEBDoc is the score of one document.
type AEBDoc struct {
	Key               string
	TP, FP, FN        float64 // normalised shingle counts
	Exact             bool    // token lists identical
	Precision, Recall float64
}

// AEBResult is the benchmark metric over a corpus.
type AEBResult struct {
	F1        float64  `json:"f1"`
	Precision float64  `json:"precision"`
	Recall    float64  `json:"recall"`
	Accuracy  float64  `json:"accuracy"`
	F1Std     float64  `json:"f1_std"`
	PrecStd   float64  `json:"precision_std"`
	RecallStd float64  `json:"recall_std"`
	AccStd    float64  `json:"accuracy_std"`
	Documents int      `json:"documents"`
	Missing   int      `json:"missing"`
	Extra     int      `json:"extra"`
	Docs      []AEBDoc `json:"-"`
}

// isWordRune is Python's \w for str patterns: letters, numbers, '_'.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// aebTokens is re.findall(r"\w+", text).
func aebTokens(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

const shingle = 4

// aebShingles counts 4-token shingles; a text shorter than 4 tokens yields
// one shorter shingle, an empty one none.
func aebShingles(toks []string) map[string]int {
	m := map[string]int{}
	n := max(1, len(toks)-shingle+1)
	for i := 0; i < n; i++ {
		end := min(i+shingle, len(toks))
		if i >= end {
			continue
		}
		m[strings.Join(toks[i:end], "\x00")]++
	}
	return m
}

// ScoreAEBDoc scores one predicted body against the true one.
func ScoreAEBDoc(trueText, predText string) AEBDoc {
	tt, pt := aebTokens(trueText), aebTokens(predText)
	ts, ps := aebShingles(tt), aebShingles(pt)
	var tp, fp, fn int
	for k, a := range ts {
		b := ps[k]
		tp += min(a, b)
		fn += max(0, a-b)
	}
	for k, b := range ps {
		a := ts[k]
		fp += max(0, b-a)
	}
	d := AEBDoc{}
	if total := tp + fp + fn; total > 0 {
		d.TP, d.FP, d.FN = float64(tp)/float64(total), float64(fp)/float64(total), float64(fn)/float64(total)
	}
	d.Exact = len(tt) == len(pt)
	if d.Exact {
		for i := range tt {
			if tt[i] != pt[i] {
				d.Exact = false
				break
			}
		}
	}
	d.Precision = aebPrecision(d.TP, d.FP, d.FN)
	d.Recall = aebRecall(d.TP, d.FP, d.FN)
	return d
}

func aebPrecision(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fp == 0 {
		return 0
	}
	return tp / (tp + fp)
}

func aebRecall(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fn == 0 {
		return 0
	}
	return tp / (tp + fn)
}

func aebAggregate(docs []AEBDoc) (f1, p, r float64) {
	var ps, rs []float64
	for _, d := range docs {
		if d.TP+d.FP > 0 {
			ps = append(ps, aebPrecision(d.TP, d.FP, d.FN))
		}
		if d.TP+d.FN > 0 {
			rs = append(rs, aebRecall(d.TP, d.FP, d.FN))
		}
	}
	p, r = mean(ps), mean(rs)
	return FScore(p, r), p, r
}

// ScoreAEB scores predictions on the aeb corpus like score.py aeb, with
// bootstrap standard deviations (n samples, Python's random with seed 0
// reproduced, so the figures agree with the reference).
func ScoreAEB(gold AEBGold, preds Predictions, nBootstrap int) AEBResult {
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var res AEBResult
	res.Missing, res.Extra = Coverage(keys, preds)
	accs := make([]float64, 0, len(keys))
	for _, k := range keys {
		d := ScoreAEBDoc(gold[k].ArticleBody, preds[k].Body)
		d.Key = k
		res.Docs = append(res.Docs, d)
		if d.Exact {
			accs = append(accs, 1)
		} else {
			accs = append(accs, 0)
		}
	}
	res.F1, res.Precision, res.Recall = aebAggregate(res.Docs)
	res.Accuracy = mean(accs)
	res.Documents = len(keys)
	n := len(res.Docs)
	if n > 0 && nBootstrap > 0 {
		rng := newPyRandom(0)
		var f1s, pss, rss, acs []float64
		sample := make([]AEBDoc, n)
		sacc := make([]float64, n)
		for range nBootstrap {
			for i := range n {
				j := rng.randbelow(n)
				sample[i] = res.Docs[j]
				sacc[i] = accs[j]
			}
			f, p, r := aebAggregate(sample)
			f1s, pss, rss = append(f1s, f), append(pss, p), append(rss, r)
			acs = append(acs, mean(sacc))
		}
		res.F1Std, res.PrecStd, res.RecallStd, res.AccStd = stdev(f1s), stdev(pss), stdev(rss), stdev(acs)
	}
	return res
}

// Rows renders the result as the table score.py prints.
func (r AEBResult) Rows() []Row {
	return []Row{
		{"f1", fmt.Sprintf("%.3f ± %.3f", r.F1, r.F1Std)},
		{"precision", fmt.Sprintf("%.3f ± %.3f", r.Precision, r.PrecStd)},
		{"recall", fmt.Sprintf("%.3f ± %.3f", r.Recall, r.RecallStd)},
		{"accuracy", fmt.Sprintf("%.3f ± %.3f", r.Accuracy, r.AccStd)},
		{"documents", fmt.Sprint(r.Documents)},
		{"missing predictions", fmt.Sprint(r.Missing)},
	}
}

// Worst returns the documents sorted by F1, worst first.
func (r AEBResult) Worst() []AEBDoc {
	d := append([]AEBDoc(nil), r.Docs...)
	sort.SliceStable(d, func(i, j int) bool {
		return FScore(d[i].Precision, d[i].Recall) < FScore(d[j].Precision, d[j].Recall)
	})
	return d
}

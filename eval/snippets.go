package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Row is one line of a printed score table.
type Row struct {
	Name  string
	Value string
}

// WriteTable prints rows aligned like score.py's tables.
func WriteTable(w io.Writer, title string, rows []Row) {
	if title != "" {
		fmt.Fprintln(w, title)
	}
	width := 0
	for _, r := range rows {
		width = max(width, len([]rune(r.Name)))
	}
	for _, r := range rows {
		fmt.Fprintf(w, "  %-*s  %s\n", width, r.Name, r.Value)
	}
}

// GoldItem is one entry of a gold.json list (trafilatura and htmldate
// sets).
type GoldItem struct {
	Key     string   `json:"-"`
	URL     string   `json:"url"`
	HTML    string   `json:"html"`
	File    string   `json:"file"`
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Date    string   `json:"-"`
	Authors []string `json:"-"`
	With    []string `json:"with"`
	Without []string `json:"without"`

	RawDate    json.RawMessage `json:"date"`
	RawAuthors json.RawMessage `json:"authors"`
}

// Path is the page file of the item relative to the gold folder.
func (g GoldItem) Path() string {
	for _, s := range []string{g.HTML, g.File, g.ID} {
		if s != "" {
			return s
		}
	}
	return ""
}

// LoadGoldItems reads gold.json from dir (or the file itself): a list of
// items, or {"items": [...]}.
func LoadGoldItems(path string) ([]GoldItem, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path = filepath.Join(path, "gold.json")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var items []GoldItem
	if err := json.Unmarshal(b, &items); err != nil {
		var wrap struct {
			Items []GoldItem `json:"items"`
		}
		if err2 := json.Unmarshal(b, &wrap); err2 != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		items = wrap.Items
	}
	for i := range items {
		it := &items[i]
		src := it.Path()
		if src == "" {
			return nil, fmt.Errorf("%s: gold item %d has no \"html\" entry", path, i)
		}
		it.Key = ItemKey(src)
		it.Date = jsonText(it.RawDate)
		var list []string
		if err := json.Unmarshal(it.RawAuthors, &list); err == nil {
			it.Authors = list
		} else if s := jsonText(it.RawAuthors); s != "" {
			it.Authors = []string{s}
		}
	}
	return items, nil
}

// jsonText is score.py's text_of over a raw JSON value: strings as they
// are, null as "", anything else as Python's str() would print it for
// the values the gold files hold (numbers).
func jsonText(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	var f float64
	if err := json.Unmarshal(raw, &f); err == nil {
		return strings.TrimSpace(string(raw))
	}
	return string(raw)
}

// DateResult holds the publication-date metrics.
type DateResult struct {
	Items            int     `json:"date_items"`
	Accuracy         float64 `json:"date_accuracy"`
	Coverage         float64 `json:"date_coverage"`
	Precision        float64 `json:"date_precision"`
	Correct          int     `json:"date_correct"`
	Undated          int     `json:"undated_items"`
	UndatedPredicted int     `json:"undated_predicted"`
}

// ScoreDates compares predicted publication dates (date part only) with
// the gold ones; gold items without a usable date ("nan", "") are counted
// apart.
func ScoreDates(items []GoldItem, preds Predictions) DateResult {
	var d DateResult
	predicted := 0
	for _, it := range items {
		g := datePart(it.Date)
		p := datePart(preds[it.Key].PublishedAt)
		if g == "" {
			d.Undated++
			if p != "" {
				d.UndatedPredicted++
			}
			continue
		}
		d.Items++
		if p != "" {
			predicted++
			if p == g {
				d.Correct++
			}
		}
	}
	d.Accuracy = ratio(float64(d.Correct), float64(d.Items))
	d.Coverage = ratio(float64(predicted), float64(d.Items))
	d.Precision = ratio(float64(d.Correct), float64(predicted))
	return d
}

// SnippetsResult holds the trafilatura comparison metrics.
type SnippetsResult struct {
	TP, FN, FP, TN int
	F1             float64 `json:"f1"`
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	Accuracy       float64 `json:"accuracy"`
	TitleItems     int     `json:"title_items"`
	TitleAccuracy  float64 `json:"title_accuracy"`
	AuthorNames    int     `json:"author_names"`
	AuthorRecall   float64 `json:"author_recall"`
	Documents      int     `json:"documents"`
	Missing        int     `json:"missing"`
	Extra          int     `json:"extra"`
	DateResult
	// Failed lists the keys of items with a wrong snippet, for inspection.
	Failed map[string][]string `json:"-"`
}

// ScoreSnippets scores like score.py snippets: each "with" snippet found
// in the body is a true positive, each "without" found a false positive;
// plus headline equality, author recall and date accuracy.
func ScoreSnippets(items []GoldItem, preds Predictions) SnippetsResult {
	var r SnippetsResult
	r.Failed = map[string][]string{}
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	r.Missing, r.Extra = Coverage(keys, preds)
	titleOK, authOK := 0, 0
	for _, it := range items {
		pred := preds[it.Key]
		body := collapseWS(pred.Body)
		for _, s := range it.With {
			if strings.Contains(body, collapseWS(s)) {
				r.TP++
			} else {
				r.FN++
				r.Failed[it.Key] = append(r.Failed[it.Key], "missing: "+s)
			}
		}
		for _, s := range it.Without {
			if strings.Contains(body, collapseWS(s)) {
				r.FP++
				r.Failed[it.Key] = append(r.Failed[it.Key], "unwanted: "+s)
			} else {
				r.TN++
			}
		}
		if gt := normTitle(it.Title); gt != "" {
			r.TitleItems++
			if normTitle(pred.Headline) == gt {
				titleOK++
			}
		}
		var pa []string
		for _, a := range pred.Authors {
			pa = append(pa, collapseWS(a))
		}
		joined := casefold(strings.Join(pa, " ; "))
		for _, a := range it.Authors {
			a = casefold(collapseWS(a))
			if a == "" {
				continue
			}
			r.AuthorNames++
			if strings.Contains(joined, a) {
				authOK++
			}
		}
	}
	r.Precision = ratio(float64(r.TP), float64(r.TP+r.FP))
	r.Recall = ratio(float64(r.TP), float64(r.TP+r.FN))
	r.F1 = FScore(r.Precision, r.Recall)
	r.Accuracy = ratio(float64(r.TP+r.TN), float64(r.TP+r.FN+r.FP+r.TN))
	r.TitleAccuracy = ratio(float64(titleOK), float64(r.TitleItems))
	r.AuthorRecall = ratio(float64(authOK), float64(r.AuthorNames))
	r.Documents = len(items)
	r.DateResult = ScoreDates(items, preds)
	return r
}

// Rows renders the result as the table score.py prints.
func (r SnippetsResult) Rows() []Row {
	return []Row{
		{"F1", fmt3(r.F1)}, {"precision", fmt3(r.Precision)}, {"recall", fmt3(r.Recall)}, {"accuracy", fmt3(r.Accuracy)},
		{"TP/FN/FP/TN", fmt.Sprintf("%d/%d/%d/%d", r.TP, r.FN, r.FP, r.TN)},
		{"title accuracy", fmt.Sprintf("%.3f  (n=%d)", r.TitleAccuracy, r.TitleItems)},
		{"date accuracy", fmt.Sprintf("%.3f  (n=%d, coverage %.3f)", r.DateResult.Accuracy, r.DateResult.Items, r.DateResult.Coverage)},
		{"author recall", fmt.Sprintf("%.3f  (names=%d)", r.AuthorRecall, r.AuthorNames)},
		{"documents", fmt.Sprint(r.Documents)}, {"missing predictions", fmt.Sprint(r.Missing)},
	}
}

// DatesReport is the result of the dates command.
type DatesReport struct {
	DateResult
	Documents int `json:"documents"`
	Missing   int `json:"missing"`
	Extra     int `json:"extra"`
}

// ScoreDatesReport scores a dates corpus like score.py dates.
func ScoreDatesReport(items []GoldItem, preds Predictions) DatesReport {
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	var r DatesReport
	r.Missing, r.Extra = Coverage(keys, preds)
	r.DateResult = ScoreDates(items, preds)
	r.Documents = len(items)
	return r
}

// Rows renders the result as the table score.py prints.
func (r DatesReport) Rows() []Row {
	return []Row{
		{"accuracy", fmt3(r.Accuracy)}, {"coverage", fmt3(r.Coverage)}, {"precision", fmt3(r.DateResult.Precision)},
		{"dated documents", fmt.Sprintf("%d (%d correct)", r.Items, r.Correct)},
		{"undated gold", fmt.Sprintf("%d (%d given a date anyway)", r.Undated, r.UndatedPredicted)},
		{"missing predictions", fmt.Sprint(r.Missing)},
	}
}

func fmt3(v float64) string { return fmt.Sprintf("%.3f", v) }

// WriteColumns prints several tables side by side under their headers
// (MergeRows), aligned.
func WriteColumns(w io.Writer, title string, headers []string, tables [][]Row) {
	if title != "" {
		fmt.Fprintln(w, title)
	}
	names, cols := MergeRows(tables)
	nameW := 0
	for _, n := range names {
		nameW = max(nameW, len([]rune(n)))
	}
	colW := make([]int, len(cols))
	for i, c := range cols {
		colW[i] = len([]rune(headers[i]))
		for _, v := range c {
			colW[i] = max(colW[i], len([]rune(v)))
		}
	}
	fmt.Fprintf(w, "  %-*s", nameW, "")
	for i, h := range headers {
		fmt.Fprintf(w, "  %-*s", colW[i], h)
	}
	fmt.Fprintln(w)
	for k, n := range names {
		fmt.Fprintf(w, "  %-*s", nameW, n)
		for i := range cols {
			fmt.Fprintf(w, "  %-*s", colW[i], cols[i][k])
		}
		fmt.Fprintln(w)
	}
}

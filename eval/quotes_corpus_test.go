package eval

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/extract/quotes"
)

var quotesJSONL = flag.String("quotes-jsonl", "", "write the corpus quote predictions as JSONL to this file (for score.py)")
var polnearPred = flag.String("polnear-pred", "", "score this byline extract --jsonl file of polnear-train with both scorers")

// sharedDir returns ../shared beside the checkout; without it the test
// skips, unless BYLINE_REQUIRE_SHARED=1 (CI), where it fails.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("BYLINE_REQUIRE_SHARED") == "1" {
			t.Fatalf("shared corpus not found at %s but BYLINE_REQUIRE_SHARED=1: %v", dir, err)
		}
		t.Skipf("shared corpus not found at %s: %v", dir, err)
	}
	return dir
}

// aebParagraphs returns the aeb ground-truth article bodies split into
// paragraphs (non-empty lines), by page id.
func aebParagraphs(t testing.TB) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "corpus", "aeb", "ground-truth.json"))
	if err != nil {
		t.Fatalf("read aeb ground truth: %v", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &gt); err != nil {
		t.Fatalf("parse aeb ground truth: %v", err)
	}
	out := map[string][]string{}
	for id, v := range gt {
		var ps []string
		for _, line := range strings.Split(v.ArticleBody, "\n") {
			if strings.TrimSpace(line) != "" {
				ps = append(ps, strings.TrimSpace(line))
			}
		}
		out[id] = ps
	}
	return out
}

// TestQuoteCorpus runs the quote layer over the gold bodies of the quote
// corpus and checks the speaker issue's bar: quote F1 >= 0.95, speaker
// accuracy >= 0.93, attributed F1 >= 0.90. With -v it logs each wrong
// speaker.
func TestQuoteCorpus(t *testing.T) {
	gold, err := LoadQuoteGold(filepath.Join(sharedDir(t), "corpus", "quotes", "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	bodies := aebParagraphs(t)
	preds := map[string]PredictionQuotes{}
	var lines []string
	for _, it := range gold {
		paras, ok := bodies[it.ID]
		if !ok {
			t.Fatalf("gold item %s has no aeb body", it.ID)
		}
		res := quotes.Analyze(paras, time.Time{}, "en")
		var p PredictionQuotes
		for _, q := range res.Quotes {
			p.Quotes = append(p.Quotes, PredictedQuote{Text: q.Text, Speaker: q.Speaker})
		}
		preds[QuoteItemKey(it.ID)] = p
		line, err := json.Marshal(map[string]any{"source": it.ID + ".html.gz", "quotes": p.Quotes})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(line))
		if testing.Verbose() {
			logQuoteErrors(t, it, p)
		}
	}
	if *quotesJSONL != "" {
		if err := os.WriteFile(*quotesJSONL, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatalf("write %s: %v", *quotesJSONL, err)
		}
	}
	s := ScoreQuotes(gold, preds)
	var b strings.Builder
	if err := s.WriteTable(&b, "quotes: corpus/quotes/gold.json on aeb gold bodies"); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if s.F1 < 0.95 || s.SpeakerAccuracy < 0.93 || s.AttributedF1 < 0.90 {
		t.Errorf("below the bar: F1 %.3f (>= 0.95), speaker accuracy %.3f (>= 0.93), attributed F1 %.3f (>= 0.90)",
			s.F1, s.SpeakerAccuracy, s.AttributedF1)
	}
}

func logQuoteErrors(t *testing.T, it QuoteGoldItem, p PredictionQuotes) {
	var gt, pt [][]string
	var gi, pi []int
	for i, q := range it.Quotes {
		if tk := QuoteTokens(q.Text); len(tk) > 0 {
			gt, gi = append(gt, tk), append(gi, i)
		}
	}
	for i, q := range p.Quotes {
		if tk := QuoteTokens(q.Text); len(tk) > 0 {
			pt, pi = append(pt, tk), append(pi, i)
		}
	}
	usedG, usedP := map[int]bool{}, map[int]bool{}
	str := func(s *string) string {
		if s == nil {
			return "<nil>"
		}
		return *s
	}
	short := func(s string) string {
		if r := []rune(s); len(r) > 70 {
			return string(r[:70]) + "…"
		}
		return s
	}
	for _, m := range matchQuoteTokens(gt, pt) {
		usedG[m[0]], usedP[m[1]] = true, true
		g, q := it.Quotes[gi[m[0]]], p.Quotes[pi[m[1]]]
		if !SpeakerRight(g.Speaker, q.Speaker) {
			t.Logf("%s SPEAKER gold=%q pred=%q  %q", it.ID[:8], str(g.Speaker), str(q.Speaker), short(g.Text))
		}
	}
	for i := range gt {
		if !usedG[i] {
			t.Logf("%s MISSED  %q [%s]", it.ID[:8], short(it.Quotes[gi[i]].Text), str(it.Quotes[gi[i]].Speaker))
		}
	}
	for j := range pt {
		if !usedP[j] {
			t.Logf("%s EXTRA   %q [%s]", it.ID[:8], short(p.Quotes[pi[j]].Text), str(p.Quotes[pi[j]].Speaker))
		}
	}
}

// TestScoreQuotesMatchesScorePy compares ScoreQuotes with the metrics
// score.py printed (--json) for a fixture of edge cases: casefolding (ß),
// apostrophes inside words, containment matches, null and empty speakers,
// non-object quotes, a missing and an extra prediction. Regenerate
// expected.json with:
//
//	python3 ../shared/tools/score.py quotes eval/testdata/quotes/gold.json \
//	  eval/testdata/quotes/pred.jsonl --json | tail -1 > eval/testdata/quotes/expected.json
func TestScoreQuotesMatchesScorePy(t *testing.T) {
	dir := filepath.Join("testdata", "quotes")
	gold, err := LoadQuoteGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "pred.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	preds, err := LoadQuotePredictions(f)
	if err != nil {
		t.Fatal(err)
	}
	got := ScoreQuotes(gold, preds)
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want QuoteScores
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("parse expected.json: %v", err)
	}
	if fmt.Sprintf("%.9f", []float64{got.F1, got.Precision, got.Recall, got.SpeakerAccuracy, got.AttributedF1, got.AttributedPrecision, got.AttributedRecall}) !=
		fmt.Sprintf("%.9f", []float64{want.F1, want.Precision, want.Recall, want.SpeakerAccuracy, want.AttributedF1, want.AttributedPrecision, want.AttributedRecall}) ||
		got.GoldQuotes != want.GoldQuotes || got.PredictedQuotes != want.PredictedQuotes || got.Matched != want.Matched ||
		got.MatchedRightSpeaker != want.MatchedRightSpeaker || got.Documents != want.Documents || got.Missing != want.Missing || got.Extra != want.Extra {
		t.Errorf("ScoreQuotes = %+v\nscore.py    = %+v", got, want)
	}
}

func TestQuoteTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"It’s not over, “really”!", "its not over really"},
		{"O'Neill's 'quoted' word", "oneills quoted word"},
		{"Straße — $20 billion…", "strasse $20 billion"},
		{"'leading and trailing'", "leading and trailing"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(QuoteTokens(tc.in), " "); got != tc.want {
			t.Errorf("QuoteTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

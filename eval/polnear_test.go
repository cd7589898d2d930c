package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/byline/byline/extract"
)

// TestScorePolnearMatchesPolnearPy compares ScorePolnear with the metrics
// polnear.py printed (--json) for a fixture of edge cases: minimum words,
// headline quotes, each source kind, given-name initials ("Bill Clinton" is
// not "Hillary Clinton"), titles before given names, possessives,
// containment matches with a low Jaccard, NFKC and symbols, coreference
// guesses, non-object quotes, a missing and an extra prediction.
// Regenerate the expected files with:
//
//	for n in 1 3; do python3 ../shared/tools/polnear.py score eval/testdata/polnear \
//	  eval/testdata/polnear/pred.jsonl --min-words $n --json | tail -1 \
//	  > eval/testdata/polnear/expected-min$n.json; done
func TestScorePolnearMatchesPolnearPy(t *testing.T) {
	dir := filepath.Join("testdata", "polnear")
	gold, err := LoadPolnearGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "pred.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	preds, err := LoadPolnearPredictions(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, mw := range []int{1, 3} {
		want, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("expected-min%d.json", mw)))
		if err != nil {
			t.Fatal(err)
		}
		comparePolnear(t, fmt.Sprintf("min-words %d", mw), ScorePolnear(gold, preds, mw), want)
	}
}

// comparePolnear checks every metric of got against the JSON object the
// reference scorer printed.
func comparePolnear(t *testing.T, what string, got PolnearScores, want []byte) {
	t.Helper()
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var g, w map[string]float64
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: parse expected: %v", what, err)
	}
	var keys []string
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		gv, ok := g[k]
		if !ok {
			t.Errorf("%s: %s missing from ScorePolnear's JSON", what, k)
			continue
		}
		if math.Abs(gv-w[k]) > 1e-9 {
			t.Errorf("%s: %s = %v, polnear.py %v", what, k, gv, w[k])
		}
	}
	if len(g) != len(w) {
		t.Errorf("%s: %d metrics, polnear.py prints %d", what, len(g), len(w))
	}
}

// TestPolnearSourceKind holds the source analysis to polnear.py's own
// self-test cases.
func TestPolnearSourceKind(t *testing.T) {
	tests := []struct{ src, kind, surname string }{
		{"Donald Trump", "name", "Trump"},
		{"he", "pronoun", ""},
		{"the influential US daily", "nominal", ""},
		{"The Post", "nominal", ""},
		{"Washington Post", "name", "Post"},
		{"Clinton\u2019s campaign", "nominal", ""},
		{"Clinton\u2019s communications director, Jennifer Palmieri", "name", "Palmieri"},
		{"Edward Alden of the Council on Foreign Relations", "name", "Alden"},
		{"Secretary of State Hillary Clinton", "name", "Clinton"},
		{"Rep. Emanuel Cleaver II (D-Mo.)", "name", "Cleaver"},
		{"emails released by WikiLeaks", "nominal", ""},
		{"Pence himself", "name", "Pence"},
		{"the journalist Olivia Messer", "name", "Messer"},
		{"", "none", ""},
		// Python's isupper is the Uppercase property (Other_Uppercase too:
		// Roman numerals) and is false on a titlecase letter.
		{"Louis \u216b", "name", "\u216b"},
		{"\u01c5ukic said", "nominal", ""},
	}
	for _, tc := range tests {
		kind, sur, _ := PolnearSourceKind(tc.src)
		if kind != tc.kind || sur != tc.surname {
			t.Errorf("PolnearSourceKind(%q) = %s %q, want %s %q", tc.src, kind, sur, tc.kind, tc.surname)
		}
	}
	right := []struct {
		pred string
		want bool
	}{
		{"Hillary Rodham Clinton", true}, {"Clinton's campaign", true}, {"Bill Clinton", false},
		{"Donald Trump", false}, {"", false}, {"Sen. Hillary Clinton", true},
	}
	for _, tc := range right {
		if got := PolnearSpeakerRight("Clinton", "Hillary", tc.pred); got != tc.want {
			t.Errorf("PolnearSpeakerRight(Clinton, Hillary, %q) = %v", tc.pred, got)
		}
	}
}

// TestScorePolnearCorpusMatchesPolnearPy scores a prediction file of the
// whole polnear-train corpus with both scorers when the corpus, python3 and
// a prediction file (-polnear-pred, made with byline extract --jsonl) are
// at hand.
func TestScorePolnearCorpusMatchesPolnearPy(t *testing.T) {
	if *polnearPred == "" {
		t.Skip("no -polnear-pred file")
	}
	dir := filepath.Join(sharedDir(t), "corpus", "polnear-train")
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, filepath.Join(sharedDir(t), "tools", "polnear.py"), "score", dir, *polnearPred, "--min-words", "3", "--json").Output()
	if err != nil {
		t.Fatalf("polnear.py: %v", err)
	}
	lines := bytes.Split(bytes.TrimSpace(out), []byte("\n"))
	gold, err := LoadPolnearGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(*polnearPred)
	if err != nil {
		t.Fatal(err)
	}
	preds, err := LoadPolnearPredictions(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	comparePolnear(t, "polnear-train", ScorePolnear(gold, preds, 3), lines[len(lines)-1])
}

// TestPolnearCorpus runs the extractor over the polnear-train pages and
// holds the speaker issue's bar on the check half (quotes of 3+ words):
// quote F1 >= 0.95, named-speaker accuracy >= 0.93, attributed F1 >= 0.90.
// The tune half is logged beside it. With -v it logs the whole table.
func TestPolnearCorpus(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "polnear-train")
	gold, err := LoadPolnearGold(dir)
	if err != nil {
		t.Skipf("no polnear-train gold: %v", err)
	}
	preds := map[string]PredictionQuotes{}
	for _, it := range gold.Items {
		page, err := os.ReadFile(filepath.Join(dir, "html", it.ID+".html"))
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(extract.Input{HTML: page}, extract.Options{})
		if err != nil {
			continue // a page without an article: scored as predicting nothing
		}
		preds[it.ID] = PredictionFromArticle(a)
	}
	var tables [][]Row
	for _, h := range Halves {
		tables = append(tables, ScorePolnear(gold.Half(h), preds, 3).Rows())
	}
	var b strings.Builder
	WriteColumns(&b, "polnear-train, quotes of 3+ words", Halves, tables)
	t.Log("\n" + b.String())
	s := ScorePolnear(gold.Half(HalfCheck), preds, 3)
	if s.F1 < 0.95 || s.SpeakerAccuracyName < 0.93 || s.AttributedF1 < 0.90 {
		t.Errorf("check half below the bar: quote F1 %.3f (>= 0.95), named-speaker accuracy %.3f (>= 0.93), attributed F1 %.3f (>= 0.90)",
			s.F1, s.SpeakerAccuracyName, s.AttributedF1)
	}
}

package eval

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestItemKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"../shared/corpus/aeb/html/abc.html.gz", "abc"},
		{"x/y.htm.gz", "y"},
		{"page.html", "page"},
		{"a.b.gz", "a.b"},
		{".html", ".html"},
		{"dir/", "dir"},
		{"plain", "plain"},
	}
	for _, tc := range tests {
		if got := ItemKey(tc.in); got != tc.want {
			t.Errorf("ItemKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAEBTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world! It's 2019_x.", []string{"Hello", "world", "It", "s", "2019_x"}},
		{"Grüße aus Köln", []string{"Grüße", "aus", "Köln"}},
		{"東京 都", []string{"東京", "都"}},
		{"½ and ²", []string{"½", "and", "²"}},
		// Combining marks are not \w in Python: the word splits there.
		{"नमस्ते", []string{"नमस", "त"}},
		{"", nil},
	}
	for _, tc := range tests {
		got := aebTokens(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("aebTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScoreAEBDoc(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		p, r        float64
		exact       bool
	}{
		{"identical", "a b c d e", "a b c d e", 1, 1, true},
		{"both empty", "", "", 1, 1, true},
		{"empty prediction", "a b c d e", "", 0, 0, false},
		{"short texts", "a b", "a b", 1, 1, true},
		{"extra tail", "a b c d e", "a b c d e f", 2.0 / 3, 1, false},
		{"missing tail", "a b c d e f", "a b c d e", 1, 2.0 / 3, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := ScoreAEBDoc(tc.truth, tc.pred)
			if math.Abs(d.Precision-tc.p) > 1e-9 || math.Abs(d.Recall-tc.r) > 1e-9 || d.Exact != tc.exact {
				t.Errorf("got p=%v r=%v exact=%v, want p=%v r=%v exact=%v", d.Precision, d.Recall, d.Exact, tc.p, tc.r, tc.exact)
			}
		})
	}
}

func TestDatePart(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-07-04T06:30:00-04:00", "2025-07-04"},
		{"2022-11-1", "2022-11-01"},
		{"2022-01.26", "2022-01-26"},
		{" 2020/1/2", "2020-01-02"},
		{"2020-01-123", ""},
		{"nan", ""},
		{"", ""},
		{"20-01-01", ""},
		// Python's \d is any Unicode decimal digit: the year stays as
		// written, month and day go through int().
		{"２０２０-01-05", "２０２０-01-05"},
		{"2020-٠١-5T00:00:00Z", "2020-01-05"},
		{"2020-01-0٥", "2020-01-05"},
		{"2020-01-05٥", ""},
		{"\u00a02020.1.5x", "2020-01-05"},
	}
	for _, tc := range tests {
		if got := datePart(tc.in); got != tc.want {
			t.Errorf("datePart(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestScoreDatesUnicodeDigits: score.py counts a date written in other
// digits as predicted (and right when its day is the gold day); eval used
// to read ASCII digits only, which left such dates out of the coverage
// and precision denominators.
func TestScoreDatesUnicodeDigits(t *testing.T) {
	items := []GoldItem{{Key: "a", Date: "2020-01-05"}, {Key: "b", Date: "2020-01-06"}, {Key: "c", Date: "2020-01-07"}}
	preds := NewPredictions([]Prediction{
		{Source: "a.html", PublishedAt: "2020-01-05"},
		{Source: "b.html", PublishedAt: "２０２０-01-06"}, // score.py: predicted, wrong (the year is not ASCII)
		{Source: "c.html", PublishedAt: "2020-٠١-07"}, // score.py: predicted, right
	})
	d := ScoreDates(items, preds)
	if d.Correct != 2 || d.Coverage != 1 || d.Precision != 2.0/3 {
		t.Errorf("correct %d coverage %.3f precision %.3f, want 2, 1.000, 0.667 (score.py)", d.Correct, d.Coverage, d.Precision)
	}
}

func TestPyRandom(t *testing.T) {
	// random.seed(0); [random.randint(0, 120) for _ in range(5)]
	r := newPyRandom(0)
	want := []int{108, 49, 97, 113, 53}
	for i, w := range want {
		if got := r.randbelow(121); got != w {
			t.Fatalf("draw %d = %d, want %d", i, got, w)
		}
	}
}

func TestSnippets(t *testing.T) {
	items := []GoldItem{
		{Key: "a", Title: "The Title", With: []string{"keep  this", "and that"}, Without: []string{"menu"}, Authors: []string{"Jane Doe"}, Date: "2020-01-02"},
		{Key: "b", Title: "Other", With: []string{"missing"}, Without: []string{"cookie"}, Date: "nan"},
	}
	preds := NewPredictions([]Prediction{
		{Source: "x/a.html.gz", Body: "we keep this\n\nand that; menu", Headline: "the  title", Authors: []string{"Jane Doe", "X"}, PublishedAt: "2020-01-02T10:00:00Z"},
		{Source: "b.html", Body: "nothing", PublishedAt: "2020-01-01"},
	})
	r := ScoreSnippets(items, preds)
	if r.TP != 2 || r.FN != 1 || r.FP != 1 || r.TN != 1 {
		t.Errorf("TP/FN/FP/TN = %d/%d/%d/%d, want 2/1/1/1", r.TP, r.FN, r.FP, r.TN)
	}
	if r.TitleAccuracy != 0.5 || r.AuthorRecall != 1 || r.DateResult.Accuracy != 1 || r.UndatedPredicted != 1 {
		t.Errorf("title %v authors %v date %v undated predicted %d", r.TitleAccuracy, r.AuthorRecall, r.DateResult.Accuracy, r.UndatedPredicted)
	}
}

// TestAgreesWithScorePy scores the same predictions with score.py and
// with this package and compares the figures to three decimals. It needs
// python3 and the shared corpora, and skips without them.
func TestAgreesWithScorePy(t *testing.T) {
	shared := filepath.Join("..", "..", "shared")
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(filepath.Join(shared, "tools", "score.py")); err != nil {
		t.Skipf("shared data not found: %v", err)
	}
	aeb, err := LoadAEBGold(filepath.Join(shared, "corpus", "aeb"))
	if err != nil {
		t.Fatal(err)
	}
	// Synthetic predictions with every edge case: exact, truncated,
	// padded, empty and missing documents.
	var lines []string
	var preds []Prediction
	i := 0
	for k, v := range aeb {
		body := v.ArticleBody
		switch i % 5 {
		case 1:
			body = body[:len(body)/2]
		case 2:
			body = "Subscribe now! Share this. " + body + " Related stories: more news here."
		case 3:
			body = ""
		case 4:
			i++
			continue // no prediction
		}
		i++
		p := Prediction{Source: "html/" + k + ".html.gz", Body: body}
		preds = append(preds, p)
		b, _ := json.Marshal(p)
		lines = append(lines, string(b))
	}
	predFile := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(predFile, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join(shared, "tools", "score.py"), "aeb", filepath.Join(shared, "corpus", "aeb"), predFile, "--json", "--n-bootstrap", "200").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	outLines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var want map[string]float64
	if err := json.Unmarshal([]byte(outLines[len(outLines)-1]), &want); err != nil {
		t.Fatalf("score.py output: %v\n%s", err, out)
	}
	got := ScoreAEB(aeb, NewPredictions(preds), 200)
	for name, g := range map[string]float64{
		"f1": got.F1, "precision": got.Precision, "recall": got.Recall, "accuracy": got.Accuracy,
		"f1_std": got.F1Std, "precision_std": got.PrecStd, "recall_std": got.RecallStd,
	} {
		if math.Abs(g-want[name]) > 0.0005 {
			t.Errorf("%s = %.4f, score.py says %.4f", name, g, want[name])
		}
	}
}

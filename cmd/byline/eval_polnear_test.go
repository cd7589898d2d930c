package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalPolnearFrom scores the scorer fixture's predictions with `byline
// eval polnear --from`: the three halves side by side, and with --json the
// figures polnear.py prints for the fixture (min-words 3).
func TestEvalPolnearFrom(t *testing.T) {
	dir := filepath.Join("..", "..", "eval", "testdata", "polnear")
	var out, errb bytes.Buffer
	opts := &evalOptions{Metric: "polnear", Dir: dir, From: filepath.Join(dir, "pred.jsonl"), MinWord: 3, JSON: true, Stdout: &out, Stderr: &errb}
	if err := runEval(context.Background(), opts); err != nil {
		t.Fatalf("eval polnear: %v\n%s", err, errb.String())
	}
	text := out.String()
	for _, want := range []string{"named-speaker accuracy", "attributed F1", "all", "tune", "check"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	lines := strings.Split(strings.TrimSpace(text), "\n")
	var m map[string]map[string]float64
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &m); err != nil {
		t.Fatalf("last line is no JSON: %v", err)
	}
	// polnear.py score eval/testdata/polnear eval/testdata/polnear/pred.jsonl --min-words 3
	if got := m["all"]["speaker_accuracy_name"]; got < 0.6666 || got > 0.6667 {
		t.Errorf("all-pages named-speaker accuracy %v, want 0.667 (4/6)", got)
	}
	if got := m["all"]["attributed_f1"]; got < 0.5714 || got > 0.5715 {
		t.Errorf("all-pages attributed F1 %v, want 0.571", got)
	}
}

// TestEvalFromBadLine: a prediction line that is not JSON is named by
// file and line (it was "read prediction: invalid character ...").
func TestEvalFromBadLine(t *testing.T) {
	dir := filepath.Join("..", "..", "eval", "testdata", "polnear")
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	good, err := os.ReadFile(filepath.Join(dir, "pred.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := bytes.Cut(good, []byte("\n"))
	if err := os.WriteFile(pred, append(append(first, '\n'), "garbage\n"...), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	opts := &evalOptions{Metric: "polnear", Dir: dir, From: pred, MinWord: 3, Stdout: &out, Stderr: &errb}
	err = runEval(context.Background(), opts)
	if err == nil || !strings.Contains(err.Error(), pred+" line 2") {
		t.Errorf("err = %v, want one naming %s line 2", err, pred)
	}
}

// TestEvalRulesWithoutRuleGold: --rules on a corpus whose gold is quotes
// (no gold for any rule's field) counts the rules and judges none; it
// used to dereference a nil judge.
func TestEvalRulesWithoutRuleGold(t *testing.T) {
	fixture := filepath.Join("..", "..", "eval", "testdata", "polnear")
	dir := t.TempDir()
	gold, err := os.ReadFile(filepath.Join(fixture, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct{ Items []struct{ ID string } }
	if err := json.Unmarshal(gold, &g); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gold.json"), gold, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o700); err != nil {
		t.Fatal(err)
	}
	const page = `<html><head><title>Clinton wins</title></head><body><article><h1>Clinton wins</h1>
<p class="byline">By Jane Doe</p><p>"We will win this election and we will govern well," Hillary Clinton said on Tuesday night in a speech to supporters.</p></article></body></html>`
	for _, it := range g.Items {
		if err := os.WriteFile(filepath.Join(dir, "html", it.ID+".html"), []byte(page), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	trace := filepath.Join(dir, "trace.jsonl")
	var out, errb bytes.Buffer
	opts := &evalOptions{Metric: "polnear", Dir: dir, MinWord: 3, Rules: true, TraceTo: trace, Stdout: &out, Stderr: &errb}
	if err := runEval(context.Background(), opts); err != nil {
		t.Fatalf("eval polnear --rules: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "rules for authors") {
		t.Errorf("no rule report:\n%s", out.String())
	}
	b, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, []byte("\n")); n != len(g.Items) {
		t.Errorf("trace has %d lines, want one per page (%d)", n, len(g.Items))
	}
	if bytes.Contains(b, []byte(`"judged"`)) {
		t.Errorf("a rule was judged without gold for its field:\n%s", b)
	}
}

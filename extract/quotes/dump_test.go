package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestDumpSeed prints the analysis of the seed page when QUOTES_DUMP is set
// (a development aid).
func TestDumpSeed(t *testing.T) {
	if os.Getenv("QUOTES_DUMP") == "" {
		t.Skip("set QUOTES_DUMP=1 to print the seed analysis")
	}
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "seed", "newslooks-trump-putin.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	res := Analyze(g.BodyParagraphs, time.Date(2025, 7, 4, 6, 30, 0, 0, time.FixedZone("", -4*3600)), "en")
	out, _ := json.MarshalIndent(res, "", " ")
	t.Log(string(out))
}

package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/internal/cputime"
)

// aebBodies returns the aeb ground-truth bodies split into paragraphs.
func aebBodies(b testing.TB) [][]string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(sharedDir(b), "corpus", "aeb", "ground-truth.json"))
	if err != nil {
		b.Fatalf("read aeb ground truth: %v", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &gt); err != nil {
		b.Fatalf("parse aeb ground truth: %v", err)
	}
	var out [][]string
	for _, v := range gt {
		var ps []string
		for _, line := range strings.Split(v.ArticleBody, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				ps = append(ps, line)
			}
		}
		out = append(out, ps)
	}
	return out
}

// BenchmarkAnalyze runs the whole quote layer over every aeb article body;
// one op is one page (ns/op is the time per page).
func BenchmarkAnalyze(b *testing.B) {
	bodies := aebBodies(b)
	pub := time.Date(2019, 11, 20, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	c0 := cputime.Process()
	for b.Loop() {
		Analyze(bodies[i%len(bodies)], pub, "en")
		i++
	}
	if c := cputime.Process() - c0; c > 0 && i > 0 {
		b.ReportMetric(float64(c.Nanoseconds())/float64(i), "cpu-ns/op")
	}
}

// TestLongParagraph guards against quadratic blow-ups: a long paragraph
// full of quotes and cues must stay fast (no timing assertion; a hang shows).
func TestLongParagraph(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 400; i++ {
		b.WriteString(`“We will win this one,” Jane Smith said on Monday. He said it “again and again and again.” `)
		b.WriteString(`The Acme Records statement said the company agreed, and the company said so. The Kremlin aide, who spoke to reporters, said who and who said. `)
	}
	res := Analyze([]string{b.String(), b.String()}, time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), "en")
	if len(res.Quotes) != 1600 {
		t.Errorf("got %d quotes, want 1600", len(res.Quotes))
	}
}

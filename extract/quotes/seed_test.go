package quotes

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// sharedDir is ../shared beside the repository, seen from this package.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus not found at %s: %v", dir, err)
	}
	return dir
}

type seedGold struct {
	PublishedAt    string   `json:"published_at"`
	BodyParagraphs []string `json:"body_paragraphs"`
	Quotes         []struct {
		Text, Cue string
		Speaker   *string
		Via       *string
		Paragraph int
		Start     int
	} `json:"quotes"`
	Attributions []struct {
		Speaker   *string
		Cue, Text string
		Via       *string
		Paragraph int
		Anonymous bool
		Optional  bool
		Start     int
	} `json:"attributions"`
	Dates []struct {
		Text      string
		Resolved  *string
		Paragraph int
		Start     int
	} `json:"dates_mentioned"`
}

func ps(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestSeed checks every quote, attribution and date of the seed page's gold
// exactly; optional attributions may be present or absent, nothing else may
// be extra.
func TestSeed(t *testing.T) {
	path := filepath.Join(sharedDir(t), "seed", "newslooks-trump-putin.gold.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read seed gold: %v", err)
	}
	var g seedGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	pub, err := time.Parse(time.RFC3339, "2025-07-04T06:30:00-04:00")
	if err != nil {
		t.Fatal(err)
	}
	res := Analyze(g.BodyParagraphs, pub, "en")

	got := map[string]bool{}
	for _, q := range res.Quotes {
		got[fmt.Sprintf("%d|%d|%s|%s|%s|%s", q.Paragraph, q.Start, q.Text, ps(q.Speaker), ps(q.Via), q.Cue)] = true
	}
	want := map[string]bool{}
	for _, q := range g.Quotes {
		k := fmt.Sprintf("%d|%d|%s|%s|%s|%s", q.Paragraph, q.Start, q.Text, ps(q.Speaker), ps(q.Via), q.Cue)
		want[k] = true
		if !got[k] {
			t.Errorf("quote missing:\n  want %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("quote extra or wrong:\n  got  %s", k)
		}
	}

	gotA := map[string]bool{}
	for _, a := range res.Attributions {
		gotA[fmt.Sprintf("%d|%d|%s|%s|%s|%s|%v", a.Paragraph, a.Start, a.Speaker, a.Cue, a.Text, ps(a.Via), a.Anonymous)] = true
	}
	wantA := map[string]bool{}
	for _, a := range g.Attributions {
		spk := ""
		if a.Speaker != nil {
			spk = *a.Speaker
		}
		k := fmt.Sprintf("%d|%d|%s|%s|%s|%s|%v", a.Paragraph, a.Start, spk, a.Cue, a.Text, ps(a.Via), a.Anonymous)
		wantA[k] = true
		if !gotA[k] && !a.Optional {
			t.Errorf("attribution missing:\n  want %s", k)
		}
	}
	for k := range gotA {
		if !wantA[k] {
			t.Errorf("attribution extra or wrong:\n  got  %s", k)
		}
	}

	gotD := map[string]bool{}
	for _, d := range res.Dates {
		gotD[fmt.Sprintf("%d|%d|%s|%s", d.Paragraph, d.Start, d.Text, ps(d.Resolved))] = true
	}
	wantD := map[string]bool{}
	for _, d := range g.Dates {
		k := fmt.Sprintf("%d|%d|%s|%s", d.Paragraph, d.Start, d.Text, ps(d.Resolved))
		wantD[k] = true
		if !gotD[k] {
			t.Errorf("date missing:\n  want %s", k)
		}
	}
	for k := range gotD {
		if !wantD[k] {
			t.Errorf("date extra or wrong:\n  got  %s", k)
		}
	}
}

package quotes

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// The pathological paragraph shapes fixed for super-linear time: each
// benchmark analyses one paragraph of n repetitions per op, at n and 4n,
// so a regression shows as a ratio far above 4 between the two.
func benchParagraph(b *testing.B, unit string, ns ...int) {
	pub := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	for _, n := range ns {
		paras := []string{strings.Repeat(unit, n)}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(paras[0])))
			for b.Loop() {
				Analyze(paras, pub, "en")
			}
		})
	}
}

// BenchmarkPathoEndlessSentence: one sentence (no full stop) holding n
// reporting cues; each cue's content ran to the sentence end.
func BenchmarkPathoEndlessSentence(b *testing.B) {
	benchParagraph(b, "he said that the plan works, and ", 2000, 8000)
}

// BenchmarkPathoCapitalRun: n capitalised words in a row, one name run
// (stripDescriptors joined every suffix of it).
func BenchmarkPathoCapitalRun(b *testing.B) {
	benchParagraph(b, "Word ", 5000, 20000)
}

// BenchmarkPathoUnclosedSingles: n single quotes opened and never closed
// ("'a 'a 'a ..."); each opener looked for its closer to the end.
func BenchmarkPathoUnclosedSingles(b *testing.B) {
	benchParagraph(b, "'a ", 5000, 20000)
}

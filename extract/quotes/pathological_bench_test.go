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

// benchParagraphs analyses n copies of the paragraphs units per op, at n
// and 4n.
func benchParagraphs(b *testing.B, units []string, ns ...int) {
	pub := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	for _, n := range ns {
		var paras []string
		size := 0
		for range n {
			paras = append(paras, units...)
			for _, u := range units {
				size += len(u)
			}
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				Analyze(paras, pub, "en")
			}
		})
	}
}

// BenchmarkPathoColonIntros: n paragraphs ending on a colon, each before
// a paragraph that is only a quote (colonParagraphIntro, attribute.go).
func BenchmarkPathoColonIntros(b *testing.B) {
	benchParagraphs(b, []string{"Mayor Jane Doe of Harbour Town issued the following statement:", "“We are pleased with the plan and the work will start before the winter comes.”"}, 500, 2000)
}

// BenchmarkPathoAgeSpeakers: one sentence naming n people, then a quote
// "the 54-year-old said": the age looks back over the named people
// (resolveDefinite, antecedent; placeName on each).
func BenchmarkPathoAgeSpeakers(b *testing.B) {
	var s strings.Builder
	for i := range 400 {
		s.WriteString("Harbour Street Person" + strconv.Itoa(i) + " Smith, ")
	}
	benchParagraphs(b, []string{"Met were " + s.String() + "and others.", "“It works,” the 54-year-old said."}, 50, 200)
}

// BenchmarkPathoOpenSingles: n paragraphs opening on a curly single quote
// never closed in the paragraph (British style over several paragraphs;
// singleSpans, text.go).
func BenchmarkPathoOpenSingles(b *testing.B) {
	benchParagraphs(b, []string{"‘We will build the harbour wall before the storms come, and then the road to the ferry " + strings.Repeat("and ‘more ", 200)}, 500, 2000)
}

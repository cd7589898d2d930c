package extract

import (
	"runtime/debug"
	"strings"
	"testing"
)

// livePeak extracts page with the collector at GOGC=10, so that the heap
// sampled is close to the live heap (what a GOMEMLIMIT lets a process
// keep), and returns its peak above the heap before.
func livePeak(page []byte, opts Options) uint64 {
	old := debug.SetGCPercent(10)
	defer debug.SetGCPercent(old)
	h := startHeapSampler()
	_, _ = Extract(Input{HTML: page, URL: "https://news.example/a"}, opts)
	return h.Stop()
}

// TestEstimateMemory holds EstimateMemory's contract: above the measured
// peak on every synthetic shape and, when the shared corpus is there, on
// every aeb page; and within 3× of it on the shapes whose memory is their
// markup or their text (so that admission by the estimate does not waste
// most of a budget).
func TestEstimateMemory(t *testing.T) {
	pages := map[string][]byte{
		"quotes": pathoPage(strings.Repeat("<p>"+strings.Repeat("'a ", 3000)+"</p>", 120)),
	}
	for _, shape := range bigShapes {
		pages[shape] = bigPage(shape, 1<<20)
	}
	for name, page := range pages {
		est, peak := EstimateMemory(page, Options{}), livePeak(page, Options{})
		t.Logf("%-8s %8d bytes: peak %6.1f MiB, estimate %6.1f MiB", name, len(page), float64(peak)/(1<<20), float64(est)/(1<<20))
		if uint64(est) < peak {
			t.Errorf("%s: estimate %d under the measured peak %d", name, est, peak)
		}
		if tight := name == "listing" || name == "dense"; tight && uint64(est) > 3*peak {
			t.Errorf("%s: estimate %d over 3× the measured peak %d", name, est, peak)
		}
	}
	if testing.Short() {
		return
	}
	for i, page := range loadAEBPages(t) {
		if est, peak := EstimateMemory(page, Options{}), livePeak(page, Options{}); uint64(est) < peak {
			t.Errorf("aeb page %d: estimate %d under the measured peak %d", i, est, peak)
		}
	}
}

// TestEstimateMemoryScan checks the token scan against hand counts: a
// script's and a style's content is one text run, a comment is nothing,
// link text is not quote text.
func TestEstimateMemoryScan(t *testing.T) {
	for _, c := range []struct {
		page         string
		tokens, text int64
	}{
		{"<p>Hello</p>", 2, 5},
		{"<p>a<!-- <b>x</b> -->b</p>", 3, 2},
		{"<script>if (a<b) { x = '<p>' }</script><p>t</p>", 4, 1},
		{"<style>p{}</style><a href=x>link text</a> more", 5, 5},
		{"<svg><path d='M0'/></svg>", 2, 0},
	} {
		tokens, text := scanTokens([]byte(c.page))
		if tokens != c.tokens || text != c.text {
			t.Errorf("%q: %d tokens, %d text bytes; want %d, %d", c.page, tokens, text, c.tokens, c.text)
		}
	}
	// A page over the size cap is refused before parsing: no memory.
	if got := EstimateMemory(make([]byte, 10), Options{MaxBytes: 5}); got != memBase {
		t.Errorf("over the cap: %d, want %d", got, memBase)
	}
	// Large pages are scanned, and the scan leaves scripts out.
	page := bigPage("scripts", 4<<20)
	if est := EstimateMemory(page, Options{}); est > 24<<20 {
		t.Errorf("4 MiB of scripts: estimate %d, want under 24 MiB", est)
	}
}

package crawler

import (
	"testing"
)

// TestFetchSeqAdvancesPerURL: each page handed on carries a FetchSeq above
// the URL's previous one and not below the fetch time (our clock); an
// unchanged page is not handed on and does not advance it.
func TestFetchSeqAdvancesPerURL(t *testing.T) {
	s := newNewsSite(t)
	const path = "/2025/06/01/story-that-gets-edited"
	s.html(path, articleHTML("First version"))
	cfg := testConfig(t, "seq", s.URL(path))
	cfg.MaxDepth = -1
	sink := &MemorySink{}
	runJob(t, cfg, sink)
	runJob(t, cfg, sink)                        // unchanged: 304
	s.html(path, articleHTML("Edited version")) // same dates, new text
	runJob(t, cfg, sink)
	pages := sink.Pages()
	if len(pages) != 2 {
		t.Fatalf("sink got %d pages, want 2 (first fetch and the edit)", len(pages))
	}
	for _, p := range pages {
		if p.FetchSeq < p.FetchedAt.UnixMilli() {
			t.Errorf("FetchSeq %d below the fetch time %d", p.FetchSeq, p.FetchedAt.UnixMilli())
		}
	}
	if pages[1].FetchSeq <= pages[0].FetchSeq {
		t.Errorf("edit has FetchSeq %d <= first fetch's %d", pages[1].FetchSeq, pages[0].FetchSeq)
	}
}

package extract

import (
	"sync"
	"testing"
)

// TestExtractConcurrent runs Extract on pages that reach the shared word
// tables (bylines with joiners, labels, dates, quotes) from many
// goroutines at once, as the extract workers do; `make race` runs it
// under the race detector. Every run must give the same article.
func TestExtractConcurrent(t *testing.T) {
	pages := []string{
		fcBylinePage("en", `<p class="byline">By Jane Doe, John Roe and Ann Poe in Holmby</p><time datetime="2024-03-03T09:30:00Z">March 3, 2024</time>`, fcProse(0, 5)),
		fcBylinePage("de", `<p class="author">Von Jana Müller und Max Muster</p><p>Veröffentlicht am 3. März 2024 | Aktualisiert am 4. März 2024</p>`, fcProse(1, 5)),
		fcBylinePage("en", `<p class="byline">By Tove Lindqvist in Kyiv and Nils Brandt in Moscow</p>`, fcProse(2, 5)+`<p>"We will sail every day," said Anna Berg, the harbour master.</p>`),
	}
	want := make([]string, len(pages))
	for i, p := range pages {
		a, err := Extract(Input{HTML: []byte(p), URL: "https://holmby-courier.example/news/ferry"}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = a.ContentHash + "|" + join(a.Authors) + "|" + a.PublishedAt
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(pages)
				a, err := Extract(Input{HTML: []byte(pages[i]), URL: "https://holmby-courier.example/news/ferry"}, Options{})
				if err != nil {
					t.Error(err)
					return
				}
				if got := a.ContentHash + "|" + join(a.Authors) + "|" + a.PublishedAt; got != want[i] {
					t.Errorf("page %d: %q, want %q", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func join(ss []string) string {
	out := ""
	for _, s := range ss {
		out += s + ";"
	}
	return out
}

package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestExtractIsDeterministic extracts every whole invented page twice,
// quotes and all, and wants the same article: a rule that ranges over a
// map, or breaks a tie by anything but the page, would make two crawls
// of one page disagree (and the index's content hash churn).
func TestExtractIsDeterministic(t *testing.T) {
	for _, s := range allCMSPageSets() {
		for _, p := range s.pages {
			page, err := os.ReadFile(filepath.Join("testdata", "cms", p.file))
			if err != nil {
				t.Fatal(err)
			}
			var first []byte
			for i := range 2 {
				a, err := Extract(Input{HTML: page, FetchedAt: s.fetched}, Options{})
				if err != nil {
					t.Fatalf("%s: %v", p.file, err)
				}
				got, err := json.Marshal(a)
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					first = got
				} else if string(got) != string(first) {
					t.Errorf("%s: extraction %d differs from the first:\n%s\n%s", p.file, i+1, first, got)
					break
				}
			}
		}
	}
}

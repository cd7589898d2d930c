package web

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGoldenPages compares whole rendered pages with testdata/golden, so a
// reviewer sees every change to the markup as a diff. Run
// `go test ./web -run TestGoldenPages -update` after an intended change.
func TestGoldenPages(t *testing.T) {
	f, h := newTestServer(t)
	f.took = 1500 * time.Microsecond
	rich := f.byHeadline(t, "Central bank holds")
	xss := f.byHeadline(t, "Researchers publish")
	tests := []struct{ name, target string }{
		{"search", "/?q=interest+rates&site=Capital+Wire"},
		{"search-empty", "/?q=nothingmatchesthis"},
		{"article", "/article/" + rich.ID},
		{"article-payloads", "/article/" + xss.ID},
		{"quotes", "/quotes?speaker=Elena+Varga"},
		{"not-found", "/article/ffffffffffffffffffffffffffffffff"},
		{"api-search", "/api/search?q=inflation&limit=1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, body := get(t, h, "GET", tc.target)
			ext := ".html"
			if filepath.Base(tc.name)[:3] == "api" {
				ext = ".json"
			}
			path := filepath.Join("testdata", "golden", tc.name+ext)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run with -update to create it): %v", err)
			}
			if body != string(want) {
				t.Errorf("%s differs from %s; run `go test ./web -run TestGoldenPages -update` and review the diff.\ngot:\n%s", tc.target, path, body)
			}
		})
	}
}

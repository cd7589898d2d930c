package demo

import (
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden pages in testdata/golden")

// TestGoldenPages pins one article page and one listing per outlet kind,
// plus robots.txt and the sitemap index, byte for byte, so a template change
// shows up as a reviewable diff (go test ./demo -update rewrites them).
func TestGoldenPages(t *testing.T) {
	h := NewHandler()
	pages := map[string]string{"robots.txt": "/robots.txt", "sitemap_index.xml": "/sitemap_index.xml"}
	seen := map[string]bool{}
	for _, a := range Articles() {
		if seen[a.Kind] {
			continue
		}
		seen[a.Kind] = true
		pages[a.Kind+"-article.html"] = a.Path
		pages[a.Kind+"-list.html"] = "/" + a.Outlet + "/"
	}
	for name, path := range pages {
		t.Run(name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080"+path, nil))
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: %d", path, rec.Code)
			}
			file := filepath.Join("testdata", "golden", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, rec.Body.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./demo -update)", err)
			}
			if rec.Body.String() != string(want) {
				t.Errorf("%s differs from %s; review the change and run go test ./demo -update", path, file)
			}
		})
	}
}

package crawler

import (
	"path/filepath"
	"testing"
)

// TestExampleConfig keeps examples/byline.yaml loadable.
func TestExampleConfig(t *testing.T) {
	fc, err := LoadConfig(filepath.Join("..", "examples", "byline.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(fc.Jobs) != 2 {
		t.Errorf("jobs = %d, want 2", len(fc.Jobs))
	}
}

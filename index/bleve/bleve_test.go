package bleveindex

import (
	"context"
	"path/filepath"
	"testing"

	"go.uber.org/goleak"

	"github.com/byline/byline/index"
	"github.com/byline/byline/index/indextest"
)

// TestMain checks for leaked goroutines; bleve's package-level analysis
// workers live for the whole process by design.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("github.com/blevesearch/bleve_index_api.AnalysisWorker"))
}

func TestSuiteOnDisk(t *testing.T) {
	indextest.RunSuite(t, func(t *testing.T) index.Index {
		ix, err := Open(filepath.Join(t.TempDir(), "index"), Config{BatchSize: 16})
		if err != nil {
			t.Fatal(err)
		}
		return ix
	})
}

func TestSuiteInMemory(t *testing.T) {
	indextest.RunSuite(t, func(t *testing.T) index.Index {
		ix, err := OpenMem(Config{})
		if err != nil {
			t.Fatal(err)
		}
		return ix
	})
}

func TestReopenKeepsArticles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index")
	ix, err := Open(path, Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := indextest.Corpus()[0]
	if err := ix.Add(ctx, a, nil); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(ctx); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(path, Config{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close(ctx)
	got, err := ix.Get(ctx, a.ID)
	if err != nil || got.Headline != a.Headline {
		t.Fatalf("Get after reopen: %v %+v", err, got)
	}
}

package extract

import (
	"os"
	"path/filepath"
	"testing"
)

func TestZZCMS12dTrace(t *testing.T) {
	f := os.Getenv("CMS12D_FILE")
	if f == "" {
		t.Skip()
	}
	page, _ := os.ReadFile(filepath.Join("testdata", "cms", f))
	tr := &Trace{}
	a, _ := Extract(Input{HTML: page, FetchedAt: cmsFetched}, Options{NoQuotes: true, Trace: tr})
	for _, e := range tr.Events {
		if e.Field == os.Getenv("CMS12D_FIELD") {
			t.Logf("%v %s %q", e.Chosen, e.Rule, e.Value)
		}
	}
	t.Logf("authors=%q pub=%s dl=%q", a.Authors, a.PublishedAt, a.Dateline)
}

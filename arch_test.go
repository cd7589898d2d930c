// Package byline_test holds repository-wide checks. The architecture test
// keeps the stage boundaries the README promises: extraction is pure, the
// crawler hands pages to a sink it does not know, the index knows no bus,
// the article type depends on nothing, colly stays in crawler/ and the
// Elasticsearch client in index/es.
package byline_test

import (
	"os/exec"
	"strings"
	"testing"
)

// rule forbids packages matching from (a prefix) to depend, directly or
// not, on any import path starting with one of deny.
type rule struct {
	from string
	deny []string
	why  string
}

var rules = []rule{
	{"byline/article", []string{"byline/", "github.com/", "golang.org/", "go.etcd.io/", "gopkg.in/"}, "the article type depends on nothing"},
	{"byline/extract", []string{"byline/crawler", "byline/pipeline", "byline/index", "byline/web", "github.com/gocolly/", "github.com/nats-io/", "github.com/elastic/", "github.com/blevesearch/"}, "extraction is a pure function: no crawler, bus or store"},
	{"byline/crawler", []string{"byline/extract", "byline/pipeline", "byline/index", "byline/web", "github.com/nats-io/"}, "the crawler hands pages to a Sink it does not know"},
	{"byline/index", []string{"byline/pipeline", "byline/crawler", "byline/extract", "github.com/nats-io/", "github.com/gocolly/"}, "the index is a store that knows no bus"},
	{"byline/web", []string{"byline/pipeline", "byline/crawler", "byline/extract", "byline/index/es", "byline/index/bleve", "github.com/nats-io/", "github.com/elastic/", "github.com/blevesearch/"}, "the search page reads the index through index.Searcher only"},
	{"byline/pipeline", []string{"byline/extract", "byline/crawler", "byline/index/es", "byline/index/bleve", "byline/web", "github.com/gocolly/", "github.com/elastic/", "github.com/blevesearch/"}, "the pipeline takes extraction and indexing as small interfaces"},
}

// only lists third-party modules allowed in one package tree alone.
var only = map[string]string{
	"github.com/gocolly/colly":            "byline/crawler",
	"github.com/elastic/go-elasticsearch": "byline/index/es",
	"github.com/blevesearch/bleve":        "byline/index/bleve",
}

func TestArchitecture(t *testing.T) {
	out, err := exec.Command("go", "list", "-e", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		pkg, deps := fields[0], fields[1:]
		if strings.HasSuffix(pkg, ".test") || strings.Contains(pkg, "/internal/") && strings.HasPrefix(pkg, "byline/cmd") {
			continue
		}
		for _, r := range rules {
			if pkg != r.from && !strings.HasPrefix(pkg, r.from+"/") {
				continue
			}
			for _, d := range deps {
				for _, bad := range r.deny {
					if strings.HasPrefix(d, bad) && !(strings.HasPrefix(d, r.from) && bad == "byline/") {
						t.Errorf("%s imports %s: %s", pkg, d, r.why)
					}
				}
			}
		}
		for _, d := range deps {
			for mod, home := range only {
				if strings.HasPrefix(d, mod) && !strings.HasPrefix(pkg, home) && !strings.HasPrefix(pkg, "byline/cmd") && !strings.HasPrefix(pkg, mod) {
					t.Errorf("%s imports %s, which belongs in %s only", pkg, d, home)
				}
			}
		}
	}
}

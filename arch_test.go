// Package byline_test holds repository-wide checks. The architecture test
// keeps the stage boundaries the README promises: extraction is pure, the
// crawler hands pages to a sink it does not know, the index knows no bus,
// the article type depends on nothing, colly stays in crawler/ and the
// Elasticsearch client in index/es; the consumer kit (subscribe, wire)
// stays free of the workers so other services can import it.
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

// mod is this repository's module path.
const mod = "github.com/byline/byline"

var rules = []rule{
	{mod + "/article", []string{mod + "/", "github.com/", "golang.org/", "go.etcd.io/", "gopkg.in/"}, "the article type depends on nothing"},
	{mod + "/extract", []string{mod + "/crawler", mod + "/pipeline", mod + "/index", mod + "/web", "github.com/gocolly/", "github.com/nats-io/", "github.com/elastic/", "github.com/blevesearch/"}, "extraction is a pure function: no crawler, bus or store"},
	{mod + "/crawler", []string{mod + "/extract", mod + "/pipeline", mod + "/index", mod + "/web", "github.com/nats-io/"}, "the crawler hands pages to a Sink it does not know"},
	{mod + "/index", []string{mod + "/pipeline", mod + "/crawler", mod + "/extract", "github.com/nats-io/", "github.com/gocolly/"}, "the index is a store that knows no bus"},
	{mod + "/web", []string{mod + "/pipeline", mod + "/crawler", mod + "/extract", mod + "/index/es", mod + "/index/bleve", "github.com/nats-io/", "github.com/elastic/", "github.com/blevesearch/"}, "the search page reads the index through index.Searcher only"},
	{mod + "/config", []string{mod + "/extract", mod + "/index/", mod + "/web", "github.com/elastic/", "github.com/blevesearch/"}, "the configuration is data: it knows the crawl and pipeline settings, not the backends"},
	{mod + "/wire", []string{mod + "/pipeline", mod + "/subscribe", mod + "/extract", mod + "/crawler", mod + "/index", mod + "/web", mod + "/schema", "github.com/nats-io/nats-server/", "github.com/prometheus/"}, "the wire format depends on the article type, nats.go and zstd only"},
	{mod + "/subscribe", []string{mod + "/pipeline", mod + "/extract", mod + "/crawler", mod + "/index", mod + "/web", "github.com/nats-io/nats-server/", "github.com/prometheus/"}, "the consumer kit is for other services: article, wire and nats.go only, never the workers"},
	{mod + "/schema", []string{mod + "/", "github.com/", "golang.org/"}, "the published schema is a file; its generator is a test"},
	{mod + "/status", []string{mod + "/extract", mod + "/crawler", mod + "/index/es", mod + "/index/bleve", mod + "/web", "github.com/elastic/", "github.com/blevesearch/"}, "status reads the streams and counts the index through a one-method interface: no backend"},
	{mod + "/pipeline", []string{mod + "/extract", mod + "/crawler", mod + "/index/es", mod + "/index/bleve", mod + "/web", "github.com/gocolly/", "github.com/elastic/", "github.com/blevesearch/"}, "the pipeline takes extraction and indexing as small interfaces"},
}

// only lists third-party modules allowed in one package tree alone.
var only = map[string]string{
	"github.com/gocolly/colly":            mod + "/crawler",
	"github.com/elastic/go-elasticsearch": mod + "/index/es",
	"github.com/blevesearch/bleve":        mod + "/index/bleve",
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
		if strings.HasSuffix(pkg, ".test") || strings.Contains(pkg, "/internal/") && strings.HasPrefix(pkg, mod+"/cmd") {
			continue
		}
		for _, r := range rules {
			if pkg != r.from && !strings.HasPrefix(pkg, r.from+"/") {
				continue
			}
			for _, d := range deps {
				for _, bad := range r.deny {
					if strings.HasPrefix(d, bad) && !strings.HasPrefix(d, r.from) {
						t.Errorf("%s imports %s: %s", pkg, d, r.why)
					}
				}
			}
		}
		for _, d := range deps {
			for dep, home := range only {
				// config reaches colly only through crawler's job type.
				if strings.HasPrefix(d, dep) && !strings.HasPrefix(pkg, home) && !strings.HasPrefix(pkg, mod+"/cmd") && !strings.HasPrefix(pkg, dep) &&
					(pkg != mod+"/config" || dep != "github.com/gocolly/colly") {
					t.Errorf("%s imports %s, which belongs in %s only", pkg, d, home)
				}
			}
		}
	}
}

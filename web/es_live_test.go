package web

// The pages over a real Elasticsearch 8 node (make test-es), loaded with
// the fixtures: the browser test and the Bleve table on ES. They skip
// without a node, and fail instead under BYLINE_REQUIRE_ES=1.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"

	"github.com/byline/byline/index"
	esindex "github.com/byline/byline/index/es"
	"github.com/byline/byline/index/es/esnode"
)

// loadES opens the Elasticsearch backend on the node at url, in indices of
// a fresh prefix dropped when the test ends, holding the fixtures.
func loadES(t *testing.T, url string, f *fakeSearcher) index.Index {
	t.Helper()
	prefix := fmt.Sprintf("byline-web-%08x", rand.Uint32())
	ix, err := esindex.New(context.Background(), esindex.Config{Addresses: []string{url}, IndexPrefix: prefix, Refresh: "wait_for"})
	if err != nil {
		t.Fatalf("open elasticsearch: %v", err)
	}
	t.Cleanup(func() {
		_ = ix.Close(context.Background())
		if err := esnode.DropIndices(context.Background(), url, prefix); err != nil {
			t.Errorf("clean up %s: %v", prefix, err)
		}
	})
	loadFixtureArticles(t, ix, f)
	return ix
}

// TestLiveBrowserES runs the browser test on Elasticsearch.
func TestLiveBrowserES(t *testing.T) {
	url := esnode.URL(t)
	runBrowser(t, "es-", func(t *testing.T, f *fakeSearcher) index.Searcher { return loadES(t, url, f) })
}

// savedObjectFieldUses lists the fields the Kibana saved objects use (the
// checks of TestKibanaSavedObjects report malformed objects).
func savedObjectFieldUses(objs []savedObject) (uses []fieldUse, dataViews []string) {
	for _, o := range objs {
		refNames := map[string]bool{}
		for _, r := range o.References {
			refNames[r.Name] = true
		}
		var u []fieldUse
		switch o.Type {
		case "index-pattern":
			u, _ = checkDataView(o)
			var a struct{ Title string }
			_ = json.Unmarshal(o.Attributes, &a)
			dataViews = append(dataViews, a.Title)
		case "search":
			u, _ = checkSearch(o, refNames)
		case "lens":
			u, _ = checkLens(o, refNames)
		}
		uses = append(uses, u...)
	}
	return uses, dataViews
}

// TestLiveKibanaFields checks the Kibana saved objects against a real node
// holding the fixtures: every field they use is in the field capabilities
// Kibana builds the data view from (_field_caps over the data view's
// pattern), aggregatable where they aggregate or sort, the time field a
// date; and every field the template maps is in the real _mapping of a
// monthly index with the same type.
func TestLiveKibanaFields(t *testing.T) {
	url := esnode.URL(t)
	f := loadFixtures(t)
	prefix := fmt.Sprintf("byline-kibana-%08x", rand.Uint32())
	ix, err := esindex.New(context.Background(), esindex.Config{Addresses: []string{url}, IndexPrefix: prefix, Refresh: "wait_for"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = ix.Close(context.Background())
		if err := esnode.DropIndices(context.Background(), url, prefix); err != nil {
			t.Errorf("clean up %s: %v", prefix, err)
		}
	})
	loadFixtureArticles(t, ix, f)

	getJSON := func(path string, v any) {
		t.Helper()
		res, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if res.StatusCode != http.StatusOK {
			b, _ := io.ReadAll(res.Body)
			t.Fatalf("GET %s: %s: %s", path, res.Status, b)
		}
		if err := json.NewDecoder(res.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}

	uses, dataViews := savedObjectFieldUses(loadSavedObjects(t))
	if len(uses) == 0 || len(dataViews) == 0 {
		t.Fatalf("no field uses (%d) or data views (%d) in %s", len(uses), len(dataViews), kibanaFile)
	}
	for _, title := range dataViews {
		pattern := strings.Replace(title, esindex.DefaultIndexPrefix, prefix, 1)
		var caps struct {
			Indices []string `json:"indices"`
			Fields  map[string]map[string]struct {
				Type                     string
				Searchable, Aggregatable bool
			} `json:"fields"`
		}
		getJSON("/"+pattern+"/_field_caps?fields=*", &caps)
		if len(caps.Indices) == 0 {
			t.Fatalf("data view %q (%s here) matches no index", title, pattern)
		}
		for _, u := range uses {
			byType := caps.Fields[u.field]
			if len(byType) == 0 {
				t.Errorf("%s uses %q, which data view %q does not have on the real node", u.where, u.field, title)
				continue
			}
			for typ, c := range byType {
				if u.agg && !c.Aggregatable {
					t.Errorf("%s aggregates or sorts on %q (%s), which the real node says is not aggregatable", u.where, u.field, typ)
				}
				if u.where == "data view time field" && typ != "date" {
					t.Errorf("time field %q is %s on the real node, want date", u.field, typ)
				}
			}
		}
	}

	// The template's fields, as the real node mapped them in a month.
	want, _, _ := loadESMapping(t)
	var mapping map[string]struct {
		Mappings struct {
			Properties map[string]esField `json:"properties"`
		} `json:"mappings"`
	}
	month := prefix + "-2025.06"
	getJSON("/"+month+"/_mapping", &mapping)
	got := map[string]string{}
	var walk func(p string, fs map[string]esField)
	walk = func(p string, fs map[string]esField) {
		for name, f := range fs {
			typ := f.Type
			if typ == "" {
				typ = "object"
			}
			got[p+name] = typ
			for sub, sf := range f.Fields {
				got[p+name+"."+sub] = sf.Type
			}
			walk(p+name+".", f.Properties)
		}
	}
	walk("", mapping[month].Mappings.Properties)
	for field, typ := range want {
		if got[field] != typ {
			t.Errorf("template maps %q as %s; the real %s has %q", field, typ, month, got[field])
		}
	}
	for field := range got {
		if _, ok := want[field]; !ok {
			t.Errorf("the real %s maps %q (%s), which the template does not: dynamic mapping is on?", month, field, got[field])
		}
	}
}

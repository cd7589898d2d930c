package esindex

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"sort"
	"strings"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// The index template and the mappings of the indices behind the prefix:
// installing the template, checking that indices an older Byline filled
// still map every field searches read, and upgrading the others in place.

// Template returns the index template body New installs, with the
// configured prefix, shards and replicas.
func (x *Index) Template() ([]byte, error) { return renderTemplate(x.cfg) }

func renderTemplate(cfg Config) ([]byte, error) {
	var t map[string]any
	if err := json.Unmarshal(templateJSON, &t); err != nil {
		return nil, fmt.Errorf("parse embedded template: %w", err)
	}
	t["index_patterns"] = []string{cfg.IndexPrefix + "-*"}
	tmpl := t["template"].(map[string]any)
	tmpl["aliases"] = map[string]any{cfg.IndexPrefix: map[string]any{}}
	settings := tmpl["settings"].(map[string]any)["index"].(map[string]any)
	settings["number_of_shards"] = cfg.Shards
	settings["number_of_replicas"] = cfg.Replicas
	return json.Marshal(t)
}

// install puts the index template and creates the undated index so the
// alias exists before the first write.
func (x *Index) install(ctx context.Context) error {
	if x.cfg.ReadOnly {
		res, err := x.do(ctx, esapi.IndicesExistsIndexTemplateRequest{Name: x.cfg.IndexPrefix})
		if err != nil {
			return fmt.Errorf("look up index template %s: %w", x.cfg.IndexPrefix, err)
		}
		switch res.StatusCode {
		case http.StatusOK:
			_ = x.check(res, "")
			// The writers' template and indices: leave them as they are,
			// but do not search indices that would answer wrongly.
			return x.checkMappings(ctx)
		case http.StatusNotFound:
			_ = res.Body.Close() // none yet: install it, so the alias exists
		default:
			return x.check(res, "look up index template "+x.cfg.IndexPrefix)
		}
	}
	body, err := renderTemplate(x.cfg)
	if err != nil {
		return err
	}
	res, err := x.do(ctx, esapi.IndicesPutIndexTemplateRequest{Name: x.cfg.IndexPrefix, Body: bytes.NewReader(body)})
	if err != nil {
		return fmt.Errorf("install index template %s: %w", x.cfg.IndexPrefix, err)
	}
	if err := x.check(res, "install index template "+x.cfg.IndexPrefix); err != nil {
		return err
	}
	undated := x.cfg.IndexPrefix + "-undated"
	res, err = x.do(ctx, esapi.IndicesCreateRequest{Index: undated})
	if err != nil {
		return fmt.Errorf("create index %s: %w", undated, err)
	}
	if err := x.check(res, "create index "+undated); err != nil && !isType(err, "resource_already_exists_exception") {
		return err
	}
	if err := x.checkMappings(ctx); err != nil {
		return err
	}
	return x.upgradeMappings(ctx, body)
}

// searchedFields are the fields searches, filters, facets and collapsing
// read, with the type the template maps each with ("text/ANALYZER" for
// text). A document stored in an index whose mapping lacked one of them
// has nothing indexed under it: it silently falls out of name filters, and
// collapsing on story folds every such document into one hit.
var searchedFields = map[string]string{
	"headline":          "text/english",
	"summary":           "text/english",
	"bullets":           "text/english",
	"body":              "text/english",
	fSite:               "keyword",
	fSite + ".name":     "text/byline_name",
	fSection:            "keyword",
	fLanguage:           "keyword",
	fAuthors:            "keyword",
	"authors.name":      "text/byline_name",
	fSpeakers:           "keyword",
	fSpeakers + ".name": "text/byline_name",
	fPublished:          "date",
	fQuotes:             "nested",
	fQText:              "text/english",
	fQSpeaker:           "keyword",
	fQSpeakerName:       "text/byline_name",
	"quotes.cue":        "keyword",
	fStory:              "keyword",
	fRevision:           "integer",
	"version":           "long",
}

// mappedAs returns how props maps the dotted path ("text/ANALYZER" for
// text), looking in properties and multi-fields; "" when it is not mapped.
func mappedAs(props map[string]any, path string) string {
	var m map[string]any
	for i, name := range strings.Split(path, ".") {
		if i > 0 {
			next, _ := m["properties"].(map[string]any)
			if _, ok := next[name]; !ok {
				next, _ = m["fields"].(map[string]any)
			}
			props = next
		}
		m, _ = props[name].(map[string]any)
		if m == nil {
			return ""
		}
	}
	typ, _ := m["type"].(string)
	if typ == "" {
		typ = "object"
	}
	if typ == "text" {
		a, _ := m["analyzer"].(string)
		if a == "" {
			a = "standard"
		}
		typ += "/" + a
	}
	return typ
}

// checkMappings refuses indices behind the prefix that hold documents
// but map a searched field otherwise than this Byline does or not at all
// (made by an older Byline): searching them would give wrong results
// without an error, and putting the new mapping on them would not index
// the documents already there. An empty index is fine: upgradeMappings
// adds the missing fields to it.
func (x *Index) checkMappings(ctx context.Context) error {
	pattern := x.cfg.IndexPrefix + "-*"
	res, err := x.do(ctx, esapi.IndicesGetMappingRequest{Index: []string{pattern}})
	if err != nil {
		return fmt.Errorf("read mappings of %s: %w", pattern, err)
	}
	var got map[string]struct {
		Mappings struct {
			Properties map[string]any `json:"properties"`
		} `json:"mappings"`
	}
	if err := x.decode(res, "read mappings of "+pattern, &got); err != nil {
		if isType(err, "index_not_found_exception") {
			return nil
		}
		return err
	}
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	var bad []string
	for _, n := range names {
		var diffs []string
		for _, f := range slices.Sorted(maps.Keys(searchedFields)) {
			if have, want := mappedAs(got[n].Mappings.Properties, f), searchedFields[f]; have != want {
				diffs = append(diffs, fmt.Sprintf("%s is %s, want %s", f, cmp.Or(have, "unmapped"), want))
			}
		}
		if len(diffs) == 0 {
			continue
		}
		res, err := x.do(ctx, esapi.CountRequest{Index: []string{n}})
		if err != nil {
			return fmt.Errorf("count %s: %w", n, err)
		}
		var c struct {
			Count uint64 `json:"count"`
		}
		if err := x.decode(res, "count "+n, &c); err != nil {
			return err
		}
		if c.Count > 0 {
			bad = append(bad, fmt.Sprintf("%s (%d articles: %s)", n, c.Count, strings.Join(diffs, "; ")))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("indices made by an older Byline would give wrong search results: %s; reindex them into indices made from the current template, or drop them", strings.Join(bad, ", "))
	}
	return nil
}

// upgradeMappings puts the template's mappings on the indices that exist
// already (the undated one and every month), so a field a newer Byline
// maps is indexed in the current month too, not only in months created
// from now on. Elasticsearch adds new fields and sub-fields in place; a
// field whose type changed cannot be, and that is an error naming it (the
// months concerned need a reindex or must be dropped). Documents stored
// before keep the new field unindexed until they are written again.
func (x *Index) upgradeMappings(ctx context.Context, template []byte) error {
	var t struct {
		Template struct {
			Mappings json.RawMessage `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(template, &t); err != nil {
		return fmt.Errorf("parse template mappings: %w", err)
	}
	pattern := x.cfg.IndexPrefix + "-*"
	res, err := x.do(ctx, esapi.IndicesPutMappingRequest{Index: []string{pattern}, Body: bytes.NewReader(t.Template.Mappings)})
	if err != nil {
		return fmt.Errorf("update mappings of %s: %w", pattern, err)
	}
	if err := x.check(res, "update mappings of existing indices "+pattern+" to the template"); err != nil && !isType(err, "index_not_found_exception") {
		return err
	}
	return nil
}

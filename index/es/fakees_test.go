package esindex

// This file is a test double of Elasticsearch 8: an httptest server that
// checks every request the backend sends and answers as ES 8 does, for the
// subset of the API and query DSL the backend uses. It stores documents in
// memory per index, applies the installed template (mapped fields, date
// fields, alias), external versioning and the bulk item protocol, and
// evaluates bool/filter/term/range/multi_match/ids/nested queries with
// inner_hits, terms/date_histogram/nested/filter aggregations, sort and
// highlight, and fuzzy, prefix and match_phrase queries. Each field is
// analysed as the template declares: "english" fields like Lucene's
// EnglishAnalyzer (possessives, lower case, English stop words leaving
// position gaps, Porter stemming); "standard" ones split and lower-cased;
// the template's custom byline_name analyzer also folded to ASCII with
// bleve's port of Lucene's ASCIIFoldingFilter (the filter ES's asciifolding
// is), so the fake checks the analyzer the template declares, not Byline's
// own folding. Scores are simple boosted term counts, not BM25.
// Anything the backend sends that this double does not know fails the test.
//
// Where it differed from a real node (TestLiveFakeAgreesWithNode and
// TestLiveFakeResponseShapes compare them under make test-es) the node
// was taken as right. One difference stays: searches here see every write
// at once, a real node only after its next refresh (1s), which is why the
// backend refreshes the alias on Close.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

type fakeDoc struct {
	id      string
	version int64
	source  map[string]any
	seq     int
}

type fakeES struct {
	t      testing.TB
	srv    *httptest.Server
	prefix string

	mu       sync.Mutex
	template map[string]any
	indices  map[string]map[string]*fakeDoc // index -> id -> doc
	deleted  map[string]map[string]int64    // index -> id -> version of the delete tombstone
	mappings map[string]map[string]any      // index -> mapped properties
	seq      int

	// Failure injection, consumed in order.
	bulkStatus   []int            // statuses for whole _bulk requests
	bulkStalls   int              // _bulk requests answered only when the client gives up
	stop         chan struct{}    // closed when the test ends: stalled requests return
	itemFailures map[string][]int // per document id: statuses for bulk items
	refreshFails int              // shard copies the next _refresh reports failed

	// Observations.
	requests      []string         // "METHOD path"
	bulkBodies    []string         // raw NDJSON bodies
	searchBodies  []string         // raw search bodies
	mappingBodies [][]byte         // raw put-mapping bodies
	itemAttempts  map[string]int   // per document id
	itemStatuses  map[string][]int // per document id, statuses answered
	headers       []http.Header    // request headers
	conflicts     int              // 409s answered
	unmapped      map[string]bool  // source fields the mapping lacks
	curIndex      string           // index of the document being evaluated

	analyzers map[string]bool // analyzers the template may use
	folding   []string        // template analyzers that fold to ASCII
}

func newFakeES(t testing.TB, prefix string) *fakeES {
	f := &fakeES{
		t: t, prefix: prefix,
		indices:      map[string]map[string]*fakeDoc{},
		deleted:      map[string]map[string]int64{},
		mappings:     map[string]map[string]any{},
		itemFailures: map[string][]int{},
		itemAttempts: map[string]int{},
		itemStatuses: map[string][]int{},
		unmapped:     map[string]bool{},
		stop:         make(chan struct{}),
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	t.Cleanup(func() { close(f.stop) }) // before srv.Close: it waits for stalled requests
	return f
}

func (f *fakeES) URL() string { return f.srv.URL }

// reply writes an ES-style response with the product header the client
// checks.
func reply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("X-Elastic-Product", "Elasticsearch")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func esErr(status int, typ, reason string) map[string]any {
	e := map[string]any{"type": typ, "reason": reason}
	return map[string]any{"error": map[string]any{"root_cause": []any{e}, "type": typ, "reason": reason}, "status": status}
}

func (f *fakeES) fail(w http.ResponseWriter, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	f.t.Errorf("fake ES: %s", msg)
	reply(w, 400, esErr(400, "parsing_exception", msg))
}

func (f *fakeES) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if strings.HasSuffix(r.URL.Path, "/_bulk") {
		f.mu.Lock()
		stall := f.bulkStalls > 0
		if stall {
			f.bulkStalls--
			f.requests = append(f.requests, r.Method+" "+r.URL.Path+" (stalled)")
		}
		f.mu.Unlock()
		if stall {
			// A node that took the request and hangs (a GC pause, a
			// partition): no answer until the client goes away.
			select {
			case <-r.Context().Done():
			case <-f.stop:
			}
			return
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests = append(f.requests, r.Method+" "+r.URL.Path)
	f.headers = append(f.headers, r.Header.Clone())
	if ct := r.Header.Get("Content-Type"); len(body) > 0 && !strings.HasPrefix(ct, "application/json") && !strings.HasPrefix(ct, "application/x-ndjson") && !strings.HasPrefix(ct, "application/vnd.elasticsearch") {
		f.fail(w, "%s %s: content type %q", r.Method, r.URL.Path, ct)
		return
	}
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch {
	case r.Method == http.MethodPut && len(parts) == 2 && parts[0] == "_index_template":
		f.putTemplate(w, parts[1], body)
	case r.Method == http.MethodHead && len(parts) == 2 && parts[0] == "_index_template":
		status := http.StatusNotFound
		if f.template != nil && parts[1] == f.prefix {
			status = http.StatusOK
		}
		w.Header().Set("X-Elastic-Product", "Elasticsearch")
		w.WriteHeader(status)
	case r.Method == http.MethodPost && (r.URL.Path == "/_bulk" || len(parts) == 2 && parts[1] == "_bulk"):
		f.bulk(w, r, body)
	case r.Method == http.MethodGet && len(parts) == 3 && parts[0] == "_cat" && parts[1] == "indices":
		f.catIndices(w, r, parts[2])
	case (r.Method == http.MethodPost || r.Method == http.MethodGet) && len(parts) == 2 && parts[1] == "_search":
		f.searchBodies = append(f.searchBodies, string(body))
		f.search(w, parts[0], body)
	case (r.Method == http.MethodPost || r.Method == http.MethodGet) && len(parts) == 2 && parts[1] == "_count":
		f.count(w, parts[0], body)
	case r.Method == http.MethodPost && len(parts) == 2 && parts[1] == "_refresh":
		// Searches here see every write at once; a refresh changes nothing.
		if _, ok := f.resolve(parts[0]); !ok {
			reply(w, 404, esErr(404, "index_not_found_exception", "no such index ["+parts[0]+"]"))
			return
		}
		failed := f.refreshFails
		f.refreshFails = 0
		reply(w, 200, map[string]any{"_shards": map[string]any{"total": 1 + failed, "successful": 1, "failed": failed}})
	case r.Method == http.MethodPut && len(parts) == 2 && parts[1] == "_mapping":
		f.putMapping(w, parts[0], body)
	case r.Method == http.MethodGet && len(parts) == 2 && parts[1] == "_mapping":
		f.getMapping(w, parts[0])
	case r.Method == http.MethodPut && len(parts) == 1:
		f.createIndex(w, parts[0], body)
	case r.Method == http.MethodDelete && len(parts) == 1:
		f.deleteIndices(w, parts[0])
	default:
		f.t.Errorf("fake ES: unexpected request %s %s", r.Method, r.URL)
		reply(w, 405, esErr(405, "method_not_allowed", r.Method+" "+r.URL.Path))
	}
}

func (f *fakeES) putTemplate(w http.ResponseWriter, name string, body []byte) {
	var t map[string]any
	if err := json.Unmarshal(body, &t); err != nil {
		f.fail(w, "template %s: %v", name, err)
		return
	}
	if name != f.prefix {
		f.fail(w, "template name %q, want %q", name, f.prefix)
		return
	}
	if p := fmt.Sprint(t["index_patterns"]); p != "["+f.prefix+"-*]" {
		f.fail(w, "template index_patterns %s", p)
		return
	}
	tmpl, _ := t["template"].(map[string]any)
	aliases, _ := tmpl["aliases"].(map[string]any)
	if _, ok := aliases[f.prefix]; !ok {
		f.fail(w, "template has no alias %q: %v", f.prefix, aliases)
		return
	}
	m, _ := tmpl["mappings"].(map[string]any)
	if m["dynamic"] != false {
		f.fail(w, "mapping must not add fields dynamically: dynamic = %v", m["dynamic"])
		return
	}
	props, _ := m["properties"].(map[string]any)
	want := map[string]string{
		"published_at": "date", "modified_at": "date", "quotes": "nested", "speakers": "keyword",
		"site_name": "keyword", "headline": "text", "body": "text", "paragraphs": "text", "version": "long",
	}
	for field, typ := range want {
		p, _ := props[field].(map[string]any)
		if p["type"] != typ {
			f.fail(w, "mapping %s: type %v, want %s", field, p["type"], typ)
			return
		}
	}
	if h := props["headline"].(map[string]any); h["analyzer"] != "english" || h["fields"] == nil {
		f.fail(w, "headline needs the english analyzer and a keyword subfield: %v", h)
		return
	}
	q := props["quotes"].(map[string]any)["properties"].(map[string]any)
	if q["speaker"].(map[string]any)["type"] != "keyword" {
		f.fail(w, "quotes.speaker must be keyword")
		return
	}
	settings, _ := tmpl["settings"].(map[string]any)["index"].(map[string]any)
	analysis, _ := settings["analysis"].(map[string]any)
	analyzers, _ := analysis["analyzer"].(map[string]any)
	f.analyzers = map[string]bool{"standard": true, "english": true}
	for name, raw := range analyzers {
		a, _ := raw.(map[string]any)
		if a["type"] != "custom" || a["tokenizer"] != "standard" {
			f.fail(w, "analyzer %s: the fake knows custom analyzers on the standard tokenizer only: %v", name, a)
			return
		}
		filters := fmt.Sprint(a["filter"])
		if filters != "[lowercase asciifolding]" && filters != "[lowercase]" {
			f.fail(w, "analyzer %s: filters %s not supported by the fake", name, filters)
			return
		}
		f.analyzers[name] = true
		if filters == "[lowercase asciifolding]" {
			f.folding = append(f.folding, name)
		}
	}
	if err := f.checkAnalyzers(props); err != nil {
		f.fail(w, "%v", err)
		return
	}
	f.template = t
	reply(w, 200, map[string]any{"acknowledged": true})
}

// checkAnalyzers fails on a field or subfield whose analyzer the template
// does not define.
func (f *fakeES) checkAnalyzers(props map[string]any) error {
	for name, raw := range props {
		p, _ := raw.(map[string]any)
		if a, ok := p["analyzer"].(string); ok && !f.analyzers[a] {
			return fmt.Errorf("field %s: analyzer %q is not defined", name, a)
		}
		if sub, ok := p["fields"].(map[string]any); ok {
			if err := f.checkAnalyzers(sub); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		if sub, ok := p["properties"].(map[string]any); ok {
			if err := f.checkAnalyzers(sub); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
	}
	return nil
}

// mappingOf returns the mapping of a dotted field path, subfields
// ("speakers.name") and nested properties ("quotes.speaker.name")
// included, or nil.
func (f *fakeES) mappingOf(path string) map[string]any {
	props := f.props()
	var cur map[string]any
	for _, seg := range strings.Split(path, ".") {
		if props == nil {
			return nil
		}
		next, ok := props[seg].(map[string]any)
		if !ok {
			return nil
		}
		cur = next
		props, _ = cur["properties"].(map[string]any)
		if props == nil {
			props, _ = cur["fields"].(map[string]any)
		}
	}
	return cur
}

// folds reports whether a field is analysed with an ASCII-folding analyzer.
func (f *fakeES) folds(path string) bool {
	m := f.mappingOf(path)
	a, _ := m["analyzer"].(string)
	return a != "" && slices.Contains(f.folding, a)
}

// analyze tokenises a value of field path as the mapping says.
func (f *fakeES) analyze(path, v string) []string {
	if f.folds(path) {
		v = string(asciifolding.New().Filter([]byte(v)))
	}
	return tokens(v)
}

func (f *fakeES) props() map[string]any {
	return f.template["template"].(map[string]any)["mappings"].(map[string]any)["properties"].(map[string]any)
}

// matchesTemplate reports whether index name gets the template (and alias).
func (f *fakeES) matchesTemplate(name string) bool {
	return f.template != nil && strings.HasPrefix(name, f.prefix+"-")
}

func (f *fakeES) createIndex(w http.ResponseWriter, name string, body []byte) {
	if len(bytes.TrimSpace(body)) > 0 {
		f.fail(w, "create index %s with a body; settings belong in the template", name)
		return
	}
	if _, ok := f.indices[name]; ok {
		reply(w, 400, esErr(400, "resource_already_exists_exception", "index ["+name+"/abc] already exists"))
		return
	}
	if !f.matchesTemplate(name) {
		f.fail(w, "index %s created before the template or outside its pattern", name)
		return
	}
	f.newIndex(name)
	reply(w, 200, map[string]any{"acknowledged": true, "shards_acknowledged": true, "index": name})
}

// newIndex creates an index with the template's mappings as they are now.
func (f *fakeES) newIndex(name string) {
	f.indices[name] = map[string]*fakeDoc{}
	f.mappings[name] = deepCopy(f.props())
}

func deepCopy(m map[string]any) map[string]any {
	b, _ := json.Marshal(m)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

// indexNames resolves a concrete name or a prefix* wildcard.
func (f *fakeES) indexNames(expr string) []string {
	var out []string
	for n := range f.indices {
		if p, ok := strings.CutSuffix(expr, "*"); ok && strings.HasPrefix(n, p) || n == expr {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// putMapping merges new fields into the mappings of the matching indices,
// as ES does: new fields and sub-fields are added, a changed type is a
// 400 illegal_argument_exception and changes nothing.
func (f *fakeES) putMapping(w http.ResponseWriter, expr string, body []byte) {
	f.mappingBodies = append(f.mappingBodies, body)
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		f.fail(w, "put mapping: %v", err)
		return
	}
	for k := range m {
		if !slices.Contains([]string{"properties", "dynamic", "_source"}, k) {
			f.fail(w, "put mapping: unexpected key %q", k)
			return
		}
	}
	names := f.indexNames(expr)
	if len(names) == 0 {
		reply(w, 404, esErr(404, "index_not_found_exception", "no such index ["+expr+"]"))
		return
	}
	props, _ := m["properties"].(map[string]any)
	for _, n := range names {
		if err := mergeProps(deepCopy(f.mappings[n]), props, ""); err != nil {
			reply(w, 400, esErr(400, "illegal_argument_exception", err.Error()))
			return
		}
	}
	for _, n := range names {
		_ = mergeProps(f.mappings[n], props, "")
	}
	reply(w, 200, map[string]any{"acknowledged": true})
}

func fieldType(m map[string]any) string {
	if t, ok := m["type"].(string); ok {
		return t
	}
	return "object"
}

func mergeProps(old, add map[string]any, path string) error {
	for k, v := range add {
		nv, _ := v.(map[string]any)
		ov, ok := old[k].(map[string]any)
		if !ok {
			old[k] = deepCopy(nv)
			continue
		}
		if ot, nt := fieldType(ov), fieldType(nv); ot != nt {
			return fmt.Errorf("mapper [%s%s] cannot be changed from type [%s] to [%s]", path, k, ot, nt)
		}
		for _, sub := range []string{"properties", "fields"} {
			if np, ok := nv[sub].(map[string]any); ok {
				op, _ := ov[sub].(map[string]any)
				if op == nil {
					op = map[string]any{}
					ov[sub] = op
				}
				if err := mergeProps(op, np, path+k+"."); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (f *fakeES) getMapping(w http.ResponseWriter, expr string) {
	names := f.indexNames(expr)
	if len(names) == 0 {
		reply(w, 404, esErr(404, "index_not_found_exception", "no such index ["+expr+"]"))
		return
	}
	out := map[string]any{}
	for _, n := range names {
		out[n] = map[string]any{"mappings": map[string]any{"dynamic": "false", "properties": f.mappings[n]}}
	}
	reply(w, 200, out)
}

func (f *fakeES) deleteIndices(w http.ResponseWriter, names string) {
	for _, n := range strings.Split(names, ",") {
		if strings.ContainsAny(n, "*") || n == f.prefix {
			f.fail(w, "delete index %q: only concrete index names", n)
			return
		}
		if _, ok := f.indices[n]; !ok {
			reply(w, 404, esErr(404, "index_not_found_exception", "no such index ["+n+"]"))
			return
		}
	}
	for _, n := range strings.Split(names, ",") {
		delete(f.indices, n)
	}
	reply(w, 200, map[string]any{"acknowledged": true})
}

func (f *fakeES) catIndices(w http.ResponseWriter, r *http.Request, pattern string) {
	if r.URL.Query().Get("format") != "json" {
		f.fail(w, "_cat/indices without format=json")
		return
	}
	prefix := strings.TrimSuffix(pattern, "*")
	rows := []map[string]any{}
	for n := range f.indices {
		if strings.HasPrefix(n, prefix) {
			rows = append(rows, map[string]any{"index": n})
		}
	}
	reply(w, 200, rows)
}

// resolve turns an index expression (the alias or a concrete name) into
// index names; ok is false when nothing matches.
func (f *fakeES) resolve(expr string) ([]string, bool) {
	if expr == f.prefix {
		var out []string
		for n := range f.indices {
			if f.matchesTemplate(n) {
				out = append(out, n)
			}
		}
		sort.Strings(out)
		return out, len(out) > 0
	}
	_, ok := f.indices[expr]
	return []string{expr}, ok
}

var monthIndexRE = regexp.MustCompile(`^(.*)-(\d{4}\.\d{2}|undated)$`)

// validateSource applies the mapping: unknown top-level fields are kept
// in _source but not indexed (dynamic: false; recorded so tests can insist
// every field is mapped), dates must parse.
func (f *fakeES) validateSource(src map[string]any) (string, string) {
	props := f.props()
	for k, v := range src {
		p, ok := props[k].(map[string]any)
		if !ok {
			f.unmapped[k] = true
			continue
		}
		if p["type"] == "date" && v != nil {
			s, _ := v.(string)
			if _, err := time.Parse(time.RFC3339, s); err != nil {
				return "mapper_parsing_exception", fmt.Sprintf("failed to parse field [%s] of type [date] in document. Preview of field's value: '%v'", k, v)
			}
		}
	}
	return "", ""
}

func (f *fakeES) bulk(w http.ResponseWriter, r *http.Request, body []byte) {
	f.bulkBodies = append(f.bulkBodies, string(body))
	if ct := r.Header.Get("Content-Type"); !strings.Contains(ct, "json") {
		f.fail(w, "_bulk content type %q", ct)
		return
	}
	if len(f.bulkStatus) > 0 {
		st := f.bulkStatus[0]
		f.bulkStatus = f.bulkStatus[1:]
		reply(w, st, esErr(st, "es_rejected_execution_exception", "rejected execution of coordinating operation"))
		return
	}
	if !bytes.HasSuffix(body, []byte("\n")) {
		f.fail(w, "bulk body must end with a newline")
		return
	}
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var items []any
	hasErrors := false
	for sc.Scan() {
		var action map[string]map[string]any
		if err := json.Unmarshal(sc.Bytes(), &action); err != nil || len(action) != 1 {
			f.fail(w, "bulk action line %q: %v", sc.Text(), err)
			return
		}
		if meta, ok := action["delete"]; ok {
			item, err := f.deleteItem(meta)
			if err != nil {
				f.fail(w, "%v", err)
				return
			}
			if _, bad := item["error"]; bad {
				hasErrors = true
			}
			items = append(items, map[string]any{"delete": item})
			continue
		}
		meta, ok := action["index"]
		if !ok {
			f.fail(w, "bulk action %v: want index or delete", action)
			return
		}
		if !sc.Scan() {
			f.fail(w, "bulk action without a source line")
			return
		}
		var src map[string]any
		if err := json.Unmarshal(sc.Bytes(), &src); err != nil {
			f.fail(w, "bulk source line: %v", err)
			return
		}
		idx, _ := meta["_index"].(string)
		id, _ := meta["_id"].(string)
		vf, _ := meta["version"].(float64)
		version := int64(vf)
		for k := range meta {
			if !slices.Contains([]string{"_index", "_id", "version", "version_type"}, k) {
				f.fail(w, "bulk metadata has unexpected %q", k)
				return
			}
		}
		if meta["version_type"] != "external" {
			f.fail(w, "bulk item %s: version_type %v, want external", id, meta["version_type"])
			return
		}
		if id == "" || src["id"] != id {
			f.fail(w, "bulk item _id %q does not match source id %v", id, src["id"])
			return
		}
		if sv, _ := src["version"].(float64); int64(sv) != version {
			f.fail(w, "bulk item %s: metadata version %d, source version %v", id, version, src["version"])
			return
		}
		m := monthIndexRE.FindStringSubmatch(idx)
		if m == nil || m[1] != f.prefix {
			f.fail(w, "bulk item %s: index %q is not a monthly index of %s", id, idx, f.prefix)
			return
		}
		wantMonth := "undated"
		if p, _ := src["published_at"].(string); p != "" {
			if t, err := time.Parse(time.RFC3339, p); err == nil {
				wantMonth = t.UTC().Format("2006.01")
			}
		}
		if m[2] != wantMonth {
			f.fail(w, "bulk item %s: index %s, but published_at %v belongs in %s", id, idx, src["published_at"], wantMonth)
			return
		}
		if _, ok := src["body_html"]; ok {
			f.fail(w, "raw HTML in the source")
			return
		}
		f.itemAttempts[id]++
		item := f.applyItem(idx, id, version, src)
		st := item["status"].(int)
		f.itemStatuses[id] = append(f.itemStatuses[id], st)
		if _, bad := item["error"]; bad {
			hasErrors = true
		}
		items = append(items, map[string]any{"index": item})
	}
	reply(w, 200, map[string]any{"took": 3, "errors": hasErrors, "items": items})
}

// applyItem runs one bulk index item and returns its response item.
func (f *fakeES) applyItem(idx, id string, version int64, src map[string]any) map[string]any {
	item := map[string]any{"_index": idx, "_id": id}
	errItem := func(status int, typ, reason string) map[string]any {
		item["status"] = status
		item["error"] = map[string]any{"type": typ, "reason": reason, "index": idx, "shard": "0", "index_uuid": "aAbBcC"}
		return item
	}
	if q := f.itemFailures[id]; len(q) > 0 {
		st := q[0]
		f.itemFailures[id] = q[1:]
		switch st {
		case 429:
			return errItem(429, "es_rejected_execution_exception", "rejected execution of primary operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, primary_operation_bytes=1024, max_coordinating_and_primary_bytes=0]")
		case 400:
			e := errItem(400, "mapper_parsing_exception", "failed to parse field [published_at] of type [date] in document with id '"+id+"'")
			e["error"].(map[string]any)["caused_by"] = map[string]any{"type": "illegal_argument_exception", "reason": "failed to parse date field [yesterday]"}
			return e
		default:
			return errItem(st, "unavailable_shards_exception", "primary shard is not active")
		}
	}
	if typ, reason := f.validateSource(src); typ != "" {
		return errItem(400, typ, reason)
	}
	docs, ok := f.indices[idx]
	if !ok {
		f.newIndex(idx)
		docs = f.indices[idx]
	}
	result, status := "created", 201
	current, exists := int64(0), false
	if old, ok := docs[id]; ok {
		current, exists = old.version, true
		result, status = "updated", 200
	} else if v, ok := f.deleted[idx][id]; ok {
		// ES keeps a deleted document's version for index.gc_deletes (60s).
		current, exists = v, true
	}
	if exists && current >= version {
		f.conflicts++
		return errItem(409, "version_conflict_engine_exception", fmt.Sprintf("[%s]: version conflict, current version [%d] is higher or equal to the one provided [%d]", id, current, version))
	}
	delete(f.deleted[idx], id)
	f.seq++
	docs[id] = &fakeDoc{id: id, version: version, source: src, seq: f.seq}
	item["_version"] = version
	item["result"] = result
	item["_shards"] = map[string]any{"total": 2, "successful": 1, "failed": 0}
	item["_seq_no"] = f.seq
	item["_primary_term"] = 1
	item["status"] = status
	return item
}

// deleteItem runs one bulk delete item as ES 8 does: a document that
// exists is deleted with an internal version one above its own, which the
// index remembers (a tombstone) so that the same or an older external
// version written within index.gc_deletes conflicts; a missing document
// answers 404 "not_found" without an error.
func (f *fakeES) deleteItem(meta map[string]any) (map[string]any, error) {
	idx, _ := meta["_index"].(string)
	id, _ := meta["_id"].(string)
	for k := range meta {
		if k != "_index" && k != "_id" {
			return nil, fmt.Errorf("bulk delete metadata has unexpected %q", k)
		}
	}
	if idx == "" || id == "" || strings.ContainsAny(idx, "*,") || idx == f.prefix {
		return nil, fmt.Errorf("bulk delete of %q from %q: want a concrete index and id", id, idx)
	}
	f.seq++
	item := map[string]any{"_index": idx, "_id": id, "_shards": map[string]any{"total": 2, "successful": 1, "failed": 0},
		"_seq_no": f.seq, "_primary_term": 1}
	docs, ok := f.indices[idx]
	if !ok {
		item["status"] = 404
		item["error"] = map[string]any{"type": "index_not_found_exception", "reason": "no such index [" + idx + "]", "index": idx}
		return item, nil
	}
	d, ok := docs[id]
	if !ok {
		item["_version"] = 1
		item["result"] = "not_found"
		item["status"] = 404
		return item, nil
	}
	delete(docs, id)
	if f.deleted[idx] == nil {
		f.deleted[idx] = map[string]int64{}
	}
	f.deleted[idx][id] = d.version + 1
	item["_version"] = d.version + 1
	item["result"] = "deleted"
	item["status"] = 200
	return item, nil
}

func (f *fakeES) allDocs(expr string) ([]*fakeDoc, []string, bool) {
	names, ok := f.resolve(expr)
	if !ok {
		return nil, nil, false
	}
	var docs []*fakeDoc
	var idxOf []string
	for _, n := range names {
		ids := make([]string, 0, len(f.indices[n]))
		for id := range f.indices[n] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			docs = append(docs, f.indices[n][id])
			idxOf = append(idxOf, n)
		}
	}
	return docs, idxOf, true
}

func (f *fakeES) count(w http.ResponseWriter, expr string, body []byte) {
	docs, _, ok := f.allDocs(expr)
	if !ok {
		reply(w, 404, esErr(404, "index_not_found_exception", "no such index ["+expr+"]"))
		return
	}
	q := map[string]any{"match_all": map[string]any{}}
	if len(bytes.TrimSpace(body)) > 0 {
		var b map[string]any
		if err := json.Unmarshal(body, &b); err != nil {
			f.fail(w, "count body: %v", err)
			return
		}
		q, _ = b["query"].(map[string]any)
	}
	n := 0
	for _, d := range docs {
		m, _, err := f.eval(q, d.source, "")
		if err != nil {
			f.fail(w, "count: %v", err)
			return
		}
		if m {
			n++
		}
	}
	reply(w, 200, map[string]any{"count": n, "_shards": map[string]any{"total": 1, "successful": 1, "skipped": 0, "failed": 0}})
}

// ---- query evaluation ----

var tokenRE = regexp.MustCompile(`[\p{L}\p{N}']+`)

func tokens(s string) []string {
	ts := tokenRE.FindAllString(strings.ToLower(s), -1)
	for i, t := range ts {
		ts[i] = strings.Trim(t, "'")
	}
	return ts
}

// englishStop is Lucene's English stop word set, which the "english"
// analyzer removes.
var englishStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with") {
		englishStop[w] = true
	}
}

// analyze is the "english" analyzer of the template's text fields, as
// Lucene's EnglishAnalyzer does it: words, possessive 's removed, lower
// case, stop words removed (each leaves an empty token, a position gap),
// Porter stems. The real node taught the fake this: "tariff" finds
// "tariffs", "winning" finds "win" and "the" finds nothing.
func analyze(s string) []string {
	ts := tokens(s)
	for i, t := range ts {
		t = strings.TrimSuffix(t, "'s")
		if englishStop[t] {
			ts[i] = ""
			continue
		}
		ts[i] = porterstemmer.StemString(t)
	}
	return ts
}

// terms drops the position gaps of analysed tokens.
func terms(ts []string) []string {
	return slices.DeleteFunc(slices.Clone(ts), func(t string) bool { return t == "" })
}

// values returns the strings at a dotted path of src ("authors.keyword"
// reads authors; multi-fields share their parent's value).
func values(src map[string]any, path string) []string {
	path = strings.TrimSuffix(path, ".keyword")
	var cur any = src
	for _, p := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			// A subfield ("speakers.name") indexes its parent's value.
			if p == "name" || p == "text" {
				break
			}
			return nil
		}
		cur = m[p]
	}
	switch v := cur.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	case float64:
		return []string{strconv.FormatFloat(v, 'f', -1, 64)}
	}
	return nil
}

// containsSeq counts the places where needle occurs in hay; an empty
// needle token (a stop word's gap) matches any position.
func containsSeq(hay, needle []string) int {
	for len(needle) > 0 && needle[0] == "" {
		needle = needle[1:]
	}
	for len(needle) > 0 && needle[len(needle)-1] == "" {
		needle = needle[:len(needle)-1]
	}
	if len(needle) == 0 {
		return 0
	}
	n := 0
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, w := range needle {
			if w != "" && hay[i+j] != w {
				continue outer
			}
		}
		n++
	}
	return n
}

// eval evaluates a query clause against a source; prefix is the nested path
// ("quotes.") inside a nested query. It returns match, score, error.
func (f *fakeES) eval(q map[string]any, src map[string]any, prefix string) (bool, float64, error) {
	if len(q) != 1 {
		return false, 0, fmt.Errorf("query clause must have one key: %v", q)
	}
	for typ, raw := range q {
		body, _ := raw.(map[string]any)
		switch typ {
		case "match_all":
			return true, 1, nil
		case "ids":
			for _, v := range body["values"].([]any) {
				if src["id"] == v {
					return true, 1, nil
				}
			}
			return false, 0, nil
		case "term":
			for field, spec := range body {
				s, _ := spec.(map[string]any)
				want, _ := s["value"].(string)
				if field == "_index" {
					return f.curIndex == want, 1, nil
				}
				if s["case_insensitive"] != true {
					return false, 0, fmt.Errorf("term on %s without case_insensitive", field)
				}
				for _, v := range values(src, strings.TrimPrefix(field, prefix)) {
					if strings.EqualFold(v, want) {
						return true, 1, nil
					}
				}
			}
			return false, 0, nil
		case "range":
			for field, spec := range body {
				s, _ := spec.(map[string]any)
				vs := values(src, field)
				if len(vs) == 0 {
					return false, 0, nil
				}
				if ok, isNum := numericRange(vs[0], s); isNum { // an integer field (revision)
					if !ok {
						return false, 0, nil
					}
					continue
				}
				t, err := time.Parse(time.RFC3339, vs[0])
				if err != nil {
					return false, 0, nil
				}
				for op, bound := range s {
					b, err := time.Parse(time.RFC3339, bound.(string))
					if err != nil {
						return false, 0, fmt.Errorf("range %s %s: %v", field, op, err)
					}
					ok := map[string]bool{"gte": !t.Before(b), "gt": t.After(b), "lt": t.Before(b), "lte": !t.After(b)}[op]
					if !ok {
						return false, 0, nil
					}
				}
			}
			return true, 1, nil
		case "multi_match":
			qt := analyze(body["query"].(string))
			if len(terms(qt)) == 0 {
				return false, 0, nil // every word a stop word: zero_terms_query none
			}
			phrase := body["type"] == "phrase"
			if !phrase && body["operator"] != "and" {
				return false, 0, fmt.Errorf("multi_match without operator and: %v", body)
			}
			best := 0.0
			for _, fr := range body["fields"].([]any) {
				name, boostS, _ := strings.Cut(fr.(string), "^")
				boost := 1.0
				if boostS != "" {
					boost, _ = strconv.ParseFloat(boostS, 64)
				}
				var toks []string
				for _, v := range values(src, strings.TrimPrefix(name, prefix)) {
					toks = append(toks, analyze(v)...)
					toks = append(toks, "\x00") // no phrase across values
				}
				score := 0.0
				if phrase {
					score = float64(containsSeq(toks, qt))
				} else {
					for _, w := range terms(qt) {
						c := float64(containsSeq(toks, []string{w}))
						if c == 0 {
							score = 0
							break
						}
						score += c
					}
				}
				best = max(best, score*boost)
			}
			return best > 0, best, nil
		case "match_phrase":
			for field, spec := range body {
				s, _ := spec.(map[string]any)
				want := f.analyze(field, fmt.Sprint(s["query"]))
				if len(want) == 0 {
					return false, 0, nil
				}
				for _, v := range values(src, strings.TrimPrefix(field, prefix)) {
					// Each value on its own: the position gap keeps a
					// phrase from spanning two values of an array.
					if containsSeq(f.analyze(field, v), want) > 0 {
						return true, 1, nil
					}
				}
			}
			return false, 0, nil
		case "fuzzy", "prefix":
			for field, spec := range body {
				s, _ := spec.(map[string]any)
				want, _ := s["value"].(string)
				fuzz := intOf(s["fuzziness"], 0)
				if typ == "fuzzy" && (fuzz < 0 || fuzz > 2) {
					return false, 0, fmt.Errorf("fuzzy %s: fuzziness %v", field, s["fuzziness"])
				}
				for _, v := range values(src, strings.TrimPrefix(field, prefix)) {
					for _, tok := range f.analyze(field, v) {
						if typ == "prefix" && strings.HasPrefix(tok, want) || typ == "fuzzy" && editDistance(tok, want) <= fuzz {
							return true, 1, nil
						}
					}
				}
			}
			return false, 0, nil
		case "bool":
			score := 0.0
			for _, k := range []string{"must", "filter"} {
				for _, c := range list(body[k]) {
					m, s, err := f.eval(c, src, prefix)
					if err != nil || !m {
						return false, 0, err
					}
					if k == "must" {
						score += s
					}
				}
			}
			for _, c := range list(body["must_not"]) {
				m, _, err := f.eval(c, src, prefix)
				if err != nil || m {
					return false, 0, err
				}
			}
			if should := list(body["should"]); len(should) > 0 {
				n := 0
				for _, c := range should {
					m, s, err := f.eval(c, src, prefix)
					if err != nil {
						return false, 0, err
					}
					if m {
						n++
						score += s
					}
				}
				if n < 1 {
					return false, 0, nil
				}
			}
			for k := range body {
				if !slices.Contains([]string{"must", "filter", "must_not", "should", "minimum_should_match"}, k) {
					return false, 0, fmt.Errorf("bool with unknown key %q", k)
				}
			}
			return true, max(score, 1e-9), nil
		case "nested":
			m, s, _, err := f.evalNested(body, src)
			return m, s, err
		default:
			return false, 0, fmt.Errorf("query type %q not supported by the fake", typ)
		}
	}
	return false, 0, nil
}

type nestedHit struct {
	obj   map[string]any
	score float64
}

func (f *fakeES) evalNested(body map[string]any, src map[string]any) (bool, float64, []nestedHit, error) {
	path, _ := body["path"].(string)
	if path != "quotes" {
		return false, 0, nil, fmt.Errorf("nested path %q", path)
	}
	inner, _ := body["query"].(map[string]any)
	objs, _ := src[path].([]any)
	var hits []nestedHit
	best := 0.0
	for _, o := range objs {
		m, _ := o.(map[string]any)
		ok, s, err := f.eval(inner, m, path+".")
		if err != nil {
			return false, 0, nil, err
		}
		if ok {
			hits = append(hits, nestedHit{m, s})
			best = max(best, s)
		}
	}
	return len(hits) > 0, best, hits, nil
}

func list(v any) []map[string]any {
	var out []map[string]any
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
	case map[string]any:
		out = append(out, v)
	}
	return out
}

// queryTerms collects the words of every multi_match in positive clauses,
// per field name, for highlighting.
func queryTerms(q map[string]any, out map[string][][]string) {
	for typ, raw := range q {
		body, _ := raw.(map[string]any)
		switch typ {
		case "multi_match":
			toks := analyze(body["query"].(string))
			for _, fr := range body["fields"].([]any) {
				name, _, _ := strings.Cut(fr.(string), "^")
				if body["type"] == "phrase" {
					out[name] = append(out[name], toks)
				} else {
					for _, t := range terms(toks) {
						out[name] = append(out[name], []string{t})
					}
				}
			}
		case "bool":
			for _, k := range []string{"must", "should", "filter"} {
				for _, c := range list(body[k]) {
					queryTerms(c, out)
				}
			}
		}
	}
}

var wordSpanRE = regexp.MustCompile(`[\p{L}\p{N}']+`)

// highlightText wraps matched words (or phrase words) in tags and escapes
// the rest as the html encoder does. Words are compared analysed, so
// "tariff" marks "tariffs"; stop words inside a phrase stay unmarked.
func highlightText(s string, queries [][]string, pre, post string) (string, bool) {
	spans := wordSpanRE.FindAllStringIndex(s, -1)
	words := make([]string, len(spans))
	for i, sp := range spans {
		a := analyze(s[sp[0]:sp[1]])
		if len(a) == 1 {
			words[i] = a[0]
		}
	}
	mark := make([]bool, len(spans))
	found := false
	for _, t := range queries {
		for len(t) > 0 && t[0] == "" {
			t = t[1:]
		}
		for len(t) > 0 && t[len(t)-1] == "" {
			t = t[:len(t)-1]
		}
		if len(t) == 0 {
			continue
		}
	next:
		for i := 0; i+len(t) <= len(words); i++ {
			for j, w := range t {
				if w != "" && words[i+j] != w {
					continue next
				}
			}
			for j, w := range t {
				if w != "" {
					mark[i+j] = true
				}
			}
			found = true
		}
	}
	var b strings.Builder
	cur := 0
	for i, sp := range spans {
		if !mark[i] {
			continue
		}
		b.WriteString(html.EscapeString(s[cur:sp[0]]))
		b.WriteString(pre + html.EscapeString(s[sp[0]:sp[1]]) + post)
		cur = sp[1]
	}
	b.WriteString(html.EscapeString(s[cur:]))
	return b.String(), found
}

func (f *fakeES) search(w http.ResponseWriter, expr string, body []byte) {
	var req map[string]any
	if err := json.Unmarshal(body, &req); err != nil {
		f.fail(w, "search body: %v", err)
		return
	}
	for k := range req {
		if !slices.Contains([]string{"query", "from", "size", "sort", "_source", "highlight", "aggs", "track_total_hits", "version", "collapse"}, k) {
			f.fail(w, "search body key %q not supported", k)
			return
		}
	}
	docs, idxOf, ok := f.allDocs(expr)
	if !ok {
		reply(w, 404, esErr(404, "index_not_found_exception", "no such index ["+expr+"]"))
		return
	}
	scored := req["sort"] == nil
	// ES computes scores when the sort has none only if _score is among
	// the sort keys; otherwise hits carry "_score": null.
	for _, s := range asAnyList(req["sort"]) {
		if m, ok := s.(map[string]any); ok && m["_score"] != nil || s == "_score" {
			scored = true
		}
	}
	q, _ := req["query"].(map[string]any)
	if q == nil {
		q = map[string]any{"match_all": map[string]any{}}
	}
	type hit struct {
		doc    *fakeDoc
		index  string
		score  float64
		nested []nestedHit
	}
	var hits []hit
	for i, d := range docs {
		f.curIndex = idxOf[i]
		m, s, err := f.eval(q, d.source, "")
		if err != nil {
			f.fail(w, "search: %v", err)
			return
		}
		if m {
			h := hit{doc: d, index: idxOf[i], score: s}
			if n := findNested(q); n != nil {
				_, _, h.nested, _ = f.evalNested(n, d.source)
			}
			hits = append(hits, h)
		}
	}
	// Sort.
	sortSpec, _ := req["sort"].([]any)
	slices.SortStableFunc(hits, func(a, b hit) int {
		for _, s := range sortSpec {
			spec, ok := s.(map[string]any)
			if !ok {
				// "_doc" (index order) or a field name, ascending.
				spec = map[string]any{s.(string): map[string]any{"order": "asc"}}
			}
			for field, spec := range spec {
				desc := spec.(map[string]any)["order"] == "desc"
				var c int
				switch field {
				case "_doc":
					c = 0 // hits are already in index order
				case "_score":
					c = cmpF(a.score, b.score)
				case "version":
					c = cmpF(float64(a.doc.version), float64(b.doc.version))
				default:
					av, bv := values(a.doc.source, field), values(b.doc.source, field)
					switch {
					case len(av) == 0 && len(bv) == 0:
						c = 0
					case len(av) == 0:
						return 1 // missing: _last
					case len(bv) == 0:
						return -1
					default:
						c = strings.Compare(av[0], bv[0])
					}
				}
				if desc {
					c = -c
				}
				if c != 0 {
					return c
				}
			}
		}
		return 0
	})
	total := len(hits)
	matched := hits
	// Field collapsing, as ES does it: one hit per value of the field (the
	// first in sort order), hits.total still counting documents, and the
	// group's documents as named inner hits (the lead among them).
	var groups map[string][]hit
	var collapseField, groupName string
	var groupSize int
	var groupSource []string
	var groupSorted bool
	if c, ok := req["collapse"].(map[string]any); ok {
		collapseField, _ = c["field"].(string)
		if ih, ok := c["inner_hits"].(map[string]any); ok {
			groupName, _ = ih["name"].(string)
			groupSize = intOf(ih["size"], 3)
			groupSorted = ih["sort"] != nil
			for _, v := range asAnyList(ih["_source"]) {
				groupSource = append(groupSource, v.(string))
			}
		}
		groups = map[string][]hit{}
		var leads []hit
		for _, h := range hits {
			vs := values(h.doc.source, collapseField)
			key := ""
			if len(vs) > 0 {
				key = vs[0]
			}
			if _, seen := groups[key]; !seen {
				leads = append(leads, h)
			}
			groups[key] = append(groups[key], h)
		}
		hits = leads
	}
	from, size := intOf(req["from"], 0), intOf(req["size"], 10)
	page := hits[min(from, len(hits)):min(from+size, len(hits))]

	hl, _ := req["highlight"].(map[string]any)
	terms := map[string][][]string{}
	queryTerms(q, terms)
	var includes []string
	for _, s := range asAnyList(req["_source"]) {
		includes = append(includes, s.(string))
	}
	out := []any{}
	for _, h := range page {
		src := h.doc.source
		if includes != nil {
			src = map[string]any{}
			for _, k := range includes {
				if v, ok := h.doc.source[k]; ok {
					src[k] = v
				}
			}
		}
		e := map[string]any{"_index": h.index, "_id": h.doc.id, "_score": nil}
		if scored {
			e["_score"] = h.score
		}
		if req["_source"] != false {
			e["_source"] = src
		}
		if req["version"] == true {
			e["_version"] = h.doc.version
		}
		if sortSpec != nil {
			e["sort"] = []any{}
		}
		if hl != nil {
			if hl["encoder"] != "html" {
				f.fail(w, "highlight without the html encoder")
				return
			}
			pre := asAnyList(hl["pre_tags"])[0].(string)
			post := asAnyList(hl["post_tags"])[0].(string)
			hm := map[string]any{}
			for field, specRaw := range hl["fields"].(map[string]any) {
				spec := specRaw.(map[string]any)
				whole := intOf(spec["number_of_fragments"], 5) == 0
				var frags []string
				for _, v := range values(h.doc.source, field) {
					parts := []string{v}
					if !whole {
						parts = strings.Split(v, "\n\n")
					}
					for _, p := range parts {
						if s, ok := highlightText(p, terms[field], pre, post); ok {
							frags = append(frags, s)
						}
					}
				}
				if n := intOf(spec["number_of_fragments"], 5); n > 0 && len(frags) > n {
					frags = frags[:n]
				}
				if len(frags) > 0 {
					hm[field] = frags
				}
			}
			if len(hm) > 0 {
				e["highlight"] = hm
			}
		}
		if h.nested != nil {
			// inner_hits _source filtering: paths are written from the
			// root ("quotes.text") and apply to the nested object.
			nq := findNested(q)
			ihSpec, _ := nq["inner_hits"].(map[string]any)
			var innerIncludes []string
			for _, p := range asAnyList(ihSpec["_source"]) {
				innerIncludes = append(innerIncludes, strings.TrimPrefix(p.(string), "quotes."))
			}
			ihl, _ := ihSpec["highlight"].(map[string]any)
			innerTerms := map[string][][]string{}
			if inner, ok := nq["query"].(map[string]any); ok {
				queryTerms(inner, innerTerms)
			}
			var ih []any
			for i, n := range h.nested {
				src := n.obj
				if innerIncludes != nil {
					src = map[string]any{}
					for _, k := range innerIncludes {
						if v, ok := n.obj[k]; ok {
							src[k] = v
						}
					}
				}
				e := map[string]any{
					"_index": h.index, "_id": h.doc.id, "_nested": map[string]any{"field": "quotes", "offset": i},
					"_score": n.score, "_source": src,
				}
				if ihl != nil {
					if ihl["encoder"] != "html" {
						f.fail(w, "inner_hits highlight without the html encoder")
						return
					}
					hm := map[string]any{}
					for field := range ihl["fields"].(map[string]any) {
						for _, v := range values(n.obj, strings.TrimPrefix(field, "quotes.")) {
							if s, ok := highlightText(v, innerTerms[field], "<mark>", "</mark>"); ok {
								hm[field] = []any{s}
							}
						}
					}
					if len(hm) > 0 {
						e["highlight"] = hm
					}
				}
				ih = append(ih, e)
			}
			e["inner_hits"] = map[string]any{"quotes": map[string]any{"hits": map[string]any{
				"total": map[string]any{"value": len(ih), "relation": "eq"}, "max_score": 1.0, "hits": ih,
			}}}
		}
		if groups != nil && groupName != "" {
			vs := values(h.doc.source, collapseField)
			key := ""
			if len(vs) > 0 {
				key = vs[0]
			}
			g := groups[key]
			var ih []any
			for _, m := range g[:min(groupSize, len(g))] {
				src := map[string]any{}
				for _, k := range groupSource {
					if v, ok := m.doc.source[k]; ok {
						src[k] = v
					}
				}
				inner := map[string]any{"_index": m.index, "_id": m.doc.id, "_score": m.score, "_source": src}
				if groupSorted {
					inner["sort"] = []any{} // shape only, as for the outer hits
				}
				ih = append(ih, inner)
			}
			// The node returns the collapse key of each lead as a field.
			if key != "" {
				e["fields"] = map[string]any{collapseField: []any{key}}
			}
			e["inner_hits"] = map[string]any{groupName: map[string]any{"hits": map[string]any{
				"total": map[string]any{"value": len(g), "relation": "eq"}, "max_score": nil, "hits": ih,
			}}}
		}
		out = append(out, e)
	}
	resp := map[string]any{
		"took": 1, "timed_out": false,
		"_shards": map[string]any{"total": 1, "successful": 1, "skipped": 0, "failed": 0},
		"hits":    map[string]any{"total": map[string]any{"value": total, "relation": "eq"}, "max_score": nil, "hits": out},
	}
	if aggs, ok := req["aggs"].(map[string]any); ok {
		var srcs []map[string]any
		for _, h := range matched { // aggregations see every match, collapsed or not
			srcs = append(srcs, h.doc.source)
		}
		res, err := f.aggregate(aggs, srcs)
		if err != nil {
			f.fail(w, "aggs: %v", err)
			return
		}
		resp["aggregations"] = res
	}
	reply(w, 200, resp)
}

// numericRange checks a numeric field value against numeric bounds; isNum
// is false when the bounds are not numbers (a date range).
func numericRange(v string, bounds map[string]any) (ok, isNum bool) {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return false, false
	}
	for op, b := range bounds {
		y, isF := b.(float64)
		if !isF {
			return false, false
		}
		if !map[string]bool{"gte": x >= y, "gt": x > y, "lt": x < y, "lte": x <= y}[op] {
			return false, true
		}
	}
	return true, true
}

func findNested(q map[string]any) map[string]any {
	for typ, raw := range q {
		body, _ := raw.(map[string]any)
		if typ == "nested" {
			return body
		}
		if typ == "bool" {
			for _, k := range []string{"must", "filter", "should"} {
				for _, c := range list(body[k]) {
					if n := findNested(c); n != nil {
						return n
					}
				}
			}
		}
	}
	return nil
}

func (f *fakeES) aggregate(aggs map[string]any, srcs []map[string]any) (map[string]any, error) {
	out := map[string]any{}
	for name, raw := range aggs {
		spec := raw.(map[string]any)
		sub, _ := spec["aggs"].(map[string]any)
		switch {
		case spec["cardinality"] != nil:
			field := spec["cardinality"].(map[string]any)["field"].(string)
			distinct := map[string]bool{}
			for _, s := range srcs {
				for _, v := range values(s, field) {
					distinct[v] = true
				}
			}
			out[name] = map[string]any{"value": len(distinct)}
		case spec["terms"] != nil:
			t := spec["terms"].(map[string]any)
			field := t["field"].(string)
			var include []string
			for _, v := range asAnyList(t["include"]) {
				include = append(include, v.(string))
			}
			counts := map[string]int{}
			members := map[string][]map[string]any{}
			for _, s := range srcs {
				seen := map[string]bool{}
				for _, v := range values(s, field) {
					if include != nil && !slices.Contains(include, v) {
						continue
					}
					if !seen[v] {
						seen[v] = true
						counts[v]++
						members[v] = append(members[v], s)
					}
				}
			}
			keys := make([]string, 0, len(counts))
			for k := range counts {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool {
				if counts[keys[i]] != counts[keys[j]] {
					return counts[keys[i]] > counts[keys[j]]
				}
				return keys[i] < keys[j]
			})
			size := intOf(t["size"], 10)
			buckets := []any{}
			other := 0
			for i, k := range keys {
				if i >= size {
					other += counts[k]
					continue
				}
				b := map[string]any{"key": k, "doc_count": counts[k]}
				if sub != nil {
					res, err := f.aggregate(sub, members[k])
					if err != nil {
						return nil, err
					}
					maps.Copy(b, res)
				}
				buckets = append(buckets, b)
			}
			out[name] = map[string]any{"doc_count_error_upper_bound": 0, "sum_other_doc_count": other, "buckets": buckets}
		case spec["date_histogram"] != nil:
			d := spec["date_histogram"].(map[string]any)
			layout := ""
			switch {
			case d["calendar_interval"] == "month" && d["format"] == "yyyy-MM":
				layout = "2006-01"
			case d["calendar_interval"] == "day" && d["format"] == "yyyy-MM-dd":
				layout = "2006-01-02"
			default:
				return nil, fmt.Errorf("date_histogram %v: the fake knows monthly yyyy-MM and daily yyyy-MM-dd only", d)
			}
			if intOf(d["min_doc_count"], 0) != 1 {
				return nil, fmt.Errorf("date_histogram %v: the fake returns non-empty buckets only (min_doc_count 1)", d)
			}
			members := map[time.Time][]map[string]any{}
			for _, s := range srcs {
				for _, v := range values(s, d["field"].(string)) {
					if t, err := time.Parse(time.RFC3339, v); err == nil {
						t = t.UTC()
						k := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
						if layout == "2006-01-02" {
							k = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
						}
						members[k] = append(members[k], s)
					}
				}
			}
			keys := make([]time.Time, 0, len(members))
			for k := range members {
				keys = append(keys, k)
			}
			slices.SortFunc(keys, func(a, b time.Time) int { return a.Compare(b) })
			buckets := []any{}
			for _, k := range keys {
				b := map[string]any{"key_as_string": k.Format(layout), "key": k.UnixMilli(), "doc_count": len(members[k])}
				if sub != nil {
					res, err := f.aggregate(sub, members[k])
					if err != nil {
						return nil, err
					}
					maps.Copy(b, res)
				}
				buckets = append(buckets, b)
			}
			out[name] = map[string]any{"buckets": buckets}
		case spec["nested"] != nil:
			path := spec["nested"].(map[string]any)["path"].(string)
			var objs []map[string]any
			for _, s := range srcs {
				for _, o := range asAnyList(s[path]) {
					objs = append(objs, prefixed(path, o.(map[string]any)))
				}
			}
			res, err := f.aggregate(sub, objs)
			if err != nil {
				return nil, err
			}
			res["doc_count"] = len(objs)
			out[name] = res
		case spec["filter"] != nil:
			var kept []map[string]any
			for _, s := range srcs {
				m, _, err := f.eval(spec["filter"].(map[string]any), s, "")
				if err != nil {
					return nil, err
				}
				if m {
					kept = append(kept, s)
				}
			}
			res, err := f.aggregate(sub, kept)
			if err != nil {
				return nil, err
			}
			res["doc_count"] = len(kept)
			out[name] = res
		default:
			return nil, fmt.Errorf("aggregation %s: %v not supported by the fake", name, spec)
		}
	}
	return out, nil
}

// prefixed re-roots a nested object under its path so "quotes.speaker"
// resolves inside nested aggregations.
func prefixed(path string, o map[string]any) map[string]any { return map[string]any{path: o} }

func asAnyList(v any) []any {
	l, _ := v.([]any)
	return l
}

func intOf(v any, def int) int {
	if f, ok := v.(float64); ok {
		return int(f)
	}
	return def
}

// editDistance is the Levenshtein distance of two words.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev = cur
	}
	return prev[len(rb)]
}

func cmpF(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

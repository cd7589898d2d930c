package web

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// The Kibana saved objects live in deploy/kibana (no Go there); this test
// keeps them consistent with themselves, the Article schema and the
// Elasticsearch mapping of index/es.
var (
	kibanaFile  = filepath.Join("..", "deploy", "kibana", "byline.ndjson")
	esTemplate  = filepath.Join("..", "index", "es", "template.json")
	kibanaTypes = map[string]bool{"index-pattern": true, "search": true, "lens": true, "visualization": true, "dashboard": true}
)

type savedObject struct {
	ID         string          `json:"id"`
	Type       string          `json:"type"`
	Attributes json.RawMessage `json:"attributes"`
	References []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"references"`
	CoreMigrationVersion string `json:"coreMigrationVersion"`
	TypeMigrationVersion string `json:"typeMigrationVersion"`

	line int
}

// fieldUse is one field a saved object depends on; agg marks fields used
// in aggregations or as the time field, which must be aggregatable.
type fieldUse struct {
	where, field string
	agg          bool
}

func loadSavedObjects(t *testing.T) []savedObject {
	t.Helper()
	fh, err := os.Open(kibanaFile)
	if err != nil {
		t.Fatalf("open %s: %v", kibanaFile, err)
	}
	defer fh.Close()
	var objs []savedObject
	var summary *struct {
		ExportedCount   *int `json:"exportedCount"`
		MissingRefCount int  `json:"missingRefCount"`
	}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			t.Fatalf("%s:%d: blank line", kibanaFile, n)
		}
		if summary != nil {
			t.Fatalf("%s:%d: object after the export summary line", kibanaFile, n)
		}
		var probe map[string]json.RawMessage
		if err := json.Unmarshal(line, &probe); err != nil {
			t.Fatalf("%s:%d: not JSON: %v", kibanaFile, n, err)
		}
		if _, ok := probe["exportedCount"]; ok {
			if err := json.Unmarshal(line, &summary); err != nil {
				t.Fatalf("%s:%d: summary: %v", kibanaFile, n, err)
			}
			continue
		}
		var o savedObject
		if err := json.Unmarshal(line, &o); err != nil {
			t.Fatalf("%s:%d: %v", kibanaFile, n, err)
		}
		o.line = n
		objs = append(objs, o)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", kibanaFile, err)
	}
	if summary == nil || summary.ExportedCount == nil {
		t.Fatalf("%s: no export summary line", kibanaFile)
	}
	if *summary.ExportedCount != len(objs) || summary.MissingRefCount != 0 {
		t.Errorf("summary says %d objects, %d missing refs; file has %d objects", *summary.ExportedCount, summary.MissingRefCount, len(objs))
	}
	return objs
}

func TestKibanaSavedObjects(t *testing.T) {
	objs := loadSavedObjects(t)
	byKey := map[string]savedObject{}
	count := map[string]int{}
	for _, o := range objs {
		if o.ID == "" || !kibanaTypes[o.Type] || len(o.Attributes) < 3 {
			t.Errorf("line %d: bad object: id %q, type %q", o.line, o.ID, o.Type)
		}
		if !strings.HasPrefix(o.CoreMigrationVersion, "8.") || o.TypeMigrationVersion == "" {
			t.Errorf("line %d (%s): migration versions %q/%q, want Kibana 8", o.line, o.ID, o.CoreMigrationVersion, o.TypeMigrationVersion)
		}
		key := o.Type + "/" + o.ID
		if _, dup := byKey[key]; dup {
			t.Errorf("line %d: duplicate %s", o.line, key)
		}
		byKey[key] = o
		count[o.Type]++
	}
	for _, typ := range []string{"index-pattern", "search", "dashboard"} {
		if count[typ] == 0 {
			t.Errorf("no %s in %s", typ, kibanaFile)
		}
	}
	if count["lens"]+count["visualization"] < 2 {
		t.Errorf("want at least two visualisations, have %d", count["lens"]+count["visualization"])
	}

	var uses []fieldUse
	for _, o := range objs {
		refNames := map[string]bool{}
		for _, r := range o.References {
			if _, ok := byKey[r.Type+"/"+r.ID]; !ok {
				t.Errorf("%s %s: reference %q points at %s/%s, which is not in the file", o.Type, o.ID, r.Name, r.Type, r.ID)
			}
			if refNames[r.Name] {
				t.Errorf("%s %s: duplicate reference name %q", o.Type, o.ID, r.Name)
			}
			refNames[r.Name] = true
		}
		var u []fieldUse
		var err error
		switch o.Type {
		case "index-pattern":
			u, err = checkDataView(o)
		case "search":
			u, err = checkSearch(o, refNames)
		case "lens":
			u, err = checkLens(o, refNames)
		case "dashboard":
			err = checkDashboard(o, refNames)
		}
		if err != nil {
			t.Errorf("%s %s (line %d): %v", o.Type, o.ID, o.line, err)
		}
		uses = append(uses, u...)
	}

	// Every field exists in the Article schema (top-level JSON name) ...
	articleFields := jsonFieldNames(reflect.TypeFor[article.Article]())
	for _, u := range uses {
		top, _, _ := strings.Cut(u.field, ".")
		if !articleFields[top] {
			t.Errorf("%s uses field %q, which is not in the Article schema", u.where, u.field)
		}
	}
	// ... and in the Elasticsearch mapping, aggregatable where it must be.
	t.Run("es mapping", func(t *testing.T) {
		props, patterns, aliases := loadESMapping(t)
		for _, u := range uses {
			typ, ok := props[u.field]
			if !ok {
				t.Errorf("%s uses field %q, which the ES mapping lacks", u.where, u.field)
				continue
			}
			if u.agg && !aggregatable[typ] {
				t.Errorf("%s aggregates on %q of type %q, which is not aggregatable", u.where, u.field, typ)
			}
		}
		for _, o := range objs {
			if o.Type != "index-pattern" {
				continue
			}
			var a struct{ Title string }
			_ = json.Unmarshal(o.Attributes, &a)
			matched := false
			for _, name := range append(aliases, strings.ReplaceAll(patterns[0], "*", "2025.06")) {
				if ok, _ := path.Match(a.Title, name); ok {
					matched = true
				}
			}
			if !matched {
				t.Errorf("data view %q matches neither the alias %v nor the indices %v", a.Title, aliases, patterns)
			}
		}
	})
}

var aggregatable = map[string]bool{"keyword": true, "date": true, "long": true, "integer": true, "boolean": true}

func checkDataView(o savedObject) ([]fieldUse, error) {
	var a struct {
		Title, Name, TimeFieldName string
		FieldAttrs                 string
	}
	if err := json.Unmarshal(o.Attributes, &a); err != nil {
		return nil, err
	}
	if a.Title == "" || a.TimeFieldName == "" {
		return nil, fmt.Errorf("title %q, timeFieldName %q: both required", a.Title, a.TimeFieldName)
	}
	uses := []fieldUse{{"data view time field", a.TimeFieldName, true}}
	if a.FieldAttrs != "" {
		var attrs map[string]any
		if err := json.Unmarshal([]byte(a.FieldAttrs), &attrs); err != nil {
			return nil, fmt.Errorf("fieldAttrs is not a JSON string: %w", err)
		}
		for f := range attrs {
			uses = append(uses, fieldUse{"data view fieldAttrs", f, false})
		}
	}
	return uses, nil
}

func checkSearch(o savedObject, refs map[string]bool) ([]fieldUse, error) {
	var a struct {
		Title                 string
		Columns               []string
		Sort                  [][]string
		KibanaSavedObjectMeta struct{ SearchSourceJSON string }
	}
	if err := json.Unmarshal(o.Attributes, &a); err != nil {
		return nil, err
	}
	var src struct {
		IndexRefName string
		Query        struct{ Query, Language string }
	}
	if err := json.Unmarshal([]byte(a.KibanaSavedObjectMeta.SearchSourceJSON), &src); err != nil {
		return nil, fmt.Errorf("searchSourceJSON: %w", err)
	}
	if !refs[src.IndexRefName] {
		return nil, fmt.Errorf("indexRefName %q has no reference", src.IndexRefName)
	}
	var uses []fieldUse
	for _, c := range a.Columns {
		uses = append(uses, fieldUse{"saved search column", c, false})
	}
	for _, s := range a.Sort {
		if len(s) != 2 || (s[1] != "asc" && s[1] != "desc") {
			return nil, fmt.Errorf("bad sort %v", s)
		}
		uses = append(uses, fieldUse{"saved search sort", s[0], true})
	}
	return uses, nil
}

func checkLens(o savedObject, refs map[string]bool) ([]fieldUse, error) {
	var a struct {
		Title             string
		VisualizationType string
		State             struct {
			DatasourceStates struct {
				FormBased struct {
					Layers map[string]struct {
						ColumnOrder []string
						Columns     map[string]struct {
							OperationType string
							SourceField   string
							IsBucketed    bool
						}
					}
				}
			}
			Visualization struct {
				Layers []struct {
					LayerID        string
					Accessors      []string
					XAccessor      string
					SplitAccessor  string
					LayerType      string
					SeriesType     string
					PalettePalette any
				}
			}
		}
	}
	if err := json.Unmarshal(o.Attributes, &a); err != nil {
		return nil, err
	}
	if a.Title == "" || a.VisualizationType != "lnsXY" {
		return nil, fmt.Errorf("title %q, visualizationType %q", a.Title, a.VisualizationType)
	}
	layers := a.State.DatasourceStates.FormBased.Layers
	if len(layers) == 0 {
		return nil, fmt.Errorf("no formBased layers")
	}
	var uses []fieldUse
	for id, l := range layers {
		if !refs["indexpattern-datasource-layer-"+id] {
			return nil, fmt.Errorf("layer %q has no data view reference", id)
		}
		if len(l.ColumnOrder) != len(l.Columns) {
			return nil, fmt.Errorf("layer %q: columnOrder %v does not list the %d columns", id, l.ColumnOrder, len(l.Columns))
		}
		for _, c := range l.ColumnOrder {
			col, ok := l.Columns[c]
			if !ok {
				return nil, fmt.Errorf("layer %q: columnOrder names unknown column %q", id, c)
			}
			if col.SourceField != "" && col.SourceField != "___records___" {
				uses = append(uses, fieldUse{fmt.Sprintf("lens %s %s", o.ID, col.OperationType), col.SourceField, true})
			}
		}
	}
	for _, vl := range a.State.Visualization.Layers {
		l, ok := layers[vl.LayerID]
		if !ok {
			return nil, fmt.Errorf("visualization layer %q is not a datasource layer", vl.LayerID)
		}
		for _, acc := range append(append([]string{}, vl.Accessors...), vl.XAccessor, vl.SplitAccessor) {
			if _, ok := l.Columns[acc]; acc != "" && !ok {
				return nil, fmt.Errorf("visualization layer %q uses unknown column %q", vl.LayerID, acc)
			}
		}
	}
	return uses, nil
}

func checkDashboard(o savedObject, refs map[string]bool) error {
	var a struct {
		Title      string
		PanelsJSON string
	}
	if err := json.Unmarshal(o.Attributes, &a); err != nil {
		return err
	}
	var panels []struct {
		PanelIndex   string
		PanelRefName string
		Type         string
		GridData     struct{ X, Y, W, H int }
	}
	if err := json.Unmarshal([]byte(a.PanelsJSON), &panels); err != nil {
		return fmt.Errorf("panelsJSON: %w", err)
	}
	if len(panels) == 0 {
		return fmt.Errorf("no panels")
	}
	type cell struct{ x, y int }
	used := map[cell]string{}
	for _, p := range panels {
		if !refs[p.PanelIndex+":"+p.PanelRefName] {
			return fmt.Errorf("panel %q: no reference named %q", p.PanelIndex, p.PanelIndex+":"+p.PanelRefName)
		}
		g := p.GridData
		if g.W <= 0 || g.H <= 0 || g.X < 0 || g.Y < 0 || g.X+g.W > 48 {
			return fmt.Errorf("panel %q: grid %+v outside the 48-column grid", p.PanelIndex, g)
		}
		for x := g.X; x < g.X+g.W; x++ {
			for y := g.Y; y < g.Y+g.H; y++ {
				if other, ok := used[cell{x, y}]; ok {
					return fmt.Errorf("panels %q and %q overlap", other, p.PanelIndex)
				}
				used[cell{x, y}] = p.PanelIndex
			}
		}
	}
	return nil
}

// jsonFieldNames returns the JSON names of a struct's fields.
func jsonFieldNames(t reflect.Type) map[string]bool {
	out := map[string]bool{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out[name] = true
		}
	}
	return out
}

// loadESMapping flattens the index template's mapping into field path ->
// type, including multi-field subfields (authors.keyword) and object or
// nested properties (quotes.speaker).
func loadESMapping(t *testing.T) (props map[string]string, patterns, aliases []string) {
	t.Helper()
	b, err := os.ReadFile(esTemplate)
	if os.IsNotExist(err) {
		t.Skipf("%s not present yet; skipping the mapping cross-check", esTemplate)
	}
	if err != nil {
		t.Fatal(err)
	}
	var tpl struct {
		IndexPatterns []string `json:"index_patterns"`
		Template      struct {
			Aliases  map[string]any `json:"aliases"`
			Mappings struct {
				Properties map[string]esField `json:"properties"`
			} `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(b, &tpl); err != nil {
		t.Fatalf("parse %s: %v", esTemplate, err)
	}
	props = map[string]string{}
	var walk func(prefix string, fs map[string]esField)
	walk = func(prefix string, fs map[string]esField) {
		for name, f := range fs {
			p := prefix + name
			typ := f.Type
			if typ == "" {
				typ = "object"
			}
			props[p] = typ
			for sub, sf := range f.Fields {
				props[p+"."+sub] = sf.Type
			}
			walk(p+".", f.Properties)
		}
	}
	walk("", tpl.Template.Mappings.Properties)
	for a := range tpl.Template.Aliases {
		aliases = append(aliases, a)
	}
	if len(tpl.IndexPatterns) == 0 {
		t.Fatalf("%s: no index_patterns", esTemplate)
	}
	return props, tpl.IndexPatterns, aliases
}

type esField struct {
	Type       string             `json:"type"`
	Fields     map[string]esField `json:"fields"`
	Properties map[string]esField `json:"properties"`
}

package article

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// schemaNode is the part of a JSON Schema the sync test reads.
type schemaNode struct {
	Type       any                    `json:"type"`
	Required   []string               `json:"required"`
	Properties map[string]*schemaNode `json:"properties"`
	Items      *schemaNode            `json:"items"`
}

// TestSchemaMatchesTypes keeps article.schema.json and the Go types in step:
// every JSON field of every type is in the schema and the reverse, and every
// field without omitempty is required.
func TestSchemaMatchesTypes(t *testing.T) {
	var root schemaNode
	if err := json.Unmarshal(JSONSchema, &root); err != nil {
		t.Fatalf("parse article.schema.json: %v", err)
	}
	checkSchema(t, "Article", reflect.TypeFor[Article](), &root)
}

func checkSchema(t *testing.T, path string, typ reflect.Type, node *schemaNode) {
	t.Helper()
	seen := map[string]bool{}
	for f := range typ.Fields() {
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" || name == "-" {
			continue
		}
		seen[name] = true
		prop, ok := node.Properties[name]
		if !ok {
			t.Errorf("%s.%s (json %q) is missing from the schema", path, f.Name, name)
			continue
		}
		omit := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		if !omit && !slices.Contains(node.Required, name) {
			t.Errorf("%s.%s is always serialised but not required in the schema", path, name)
		}
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
			if prop.Items == nil {
				t.Errorf("%s.%s: schema has no items", path, name)
				continue
			}
			checkSchema(t, path+"."+name+"[]", ft.Elem(), prop.Items)
		}
	}
	for name := range node.Properties {
		if !seen[name] {
			t.Errorf("schema property %s.%s has no Go field", path, name)
		}
	}
}

func TestIDForIsStable(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://example.com/a", IDFor("https://example.com/a")},
	}
	for _, tt := range tests {
		got := IDFor(tt.url)
		if got != tt.want || len(got) != 32 {
			t.Errorf("IDFor(%q) = %q", tt.url, got)
		}
	}
	if IDFor("https://example.com/a") == IDFor("https://example.com/b") {
		t.Error("different URLs share an id")
	}
}

func TestNormalizeGivesArrays(t *testing.T) {
	var a Article
	a.Normalize()
	b, err := json.Marshal(&a)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"authors", "bullets", "paragraphs", "images", "tags", "quotes", "attributions", "speakers", "dates_mentioned"} {
		if !strings.Contains(string(b), `"`+f+`":[]`) {
			t.Errorf("%s is not an empty array in %s", f, b)
		}
	}
	if a.SchemaVersion != SchemaVersion {
		t.Errorf("schema_version = %d", a.SchemaVersion)
	}
}

func TestVersionOrdersModifiedThenFetched(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want int64
	}{
		{"modified wins", Article{ModifiedAt: "2025-07-04T07:10:00-04:00", PublishedAt: "2025-07-04T06:30:00-04:00"}, 1751627400000},
		{"fetched when no modified", Article{FetchedAt: "2025-07-05T00:00:00Z", PublishedAt: "2025-07-04T06:30:00-04:00"}, 1751673600000},
		{"published last", Article{PublishedAt: "2025-07-04T06:30:00-04:00"}, 1751625000000},
		{"nothing", Article{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Version(); got != tt.want {
				t.Errorf("Version() = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestDefaultIDPrefersCanonical(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"canonical", Article{URL: "https://x.example/a?utm=1", CanonicalURL: "https://x.example/a"}, IDFor("https://x.example/a")},
		{"url when no canonical", Article{URL: "https://x.example/b"}, IDFor("https://x.example/b")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.DefaultID(); got != tt.want {
				t.Errorf("DefaultID() = %s, want %s", got, tt.want)
			}
		})
	}
}

package schema_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
	validator "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/byline/byline/article"
	"github.com/byline/byline/schema"
)

var update = flag.Bool("update", false, "rewrite article.schema.json from the Go types")

// The generator is github.com/invopop/jsonschema: it reads the json tags
// (omitempty = optional), turns nested structs into $defs and field
// comments into descriptions. Two things it does not know are fixed here:
// pointer fields marshal nil as null, and fields added within a
// schema_version must stay optional.

// frozenVersion is the article.SchemaVersion whose always-present fields
// are listed in frozenRequired.
const frozenVersion = 1

// frozenRequired are the fields schema_version 1 shipped as always
// present, per type. A field added later within the version is optional in
// the schema even when the Go type always writes it, so that articles
// published before it existed (ARTICLES replays 30 days) still validate.
// Dropping one of these, or making it omitempty, breaks consumers: that
// takes a new article.SchemaVersion, and then a new list.
var frozenRequired = map[string][]string{
	"Article": {"schema_version", "id", "url", "headline", "authors", "bullets", "body", "paragraphs", "images", "tags",
		"paywalled", "content_hash", "extractor_version", "quotes", "attributions", "speakers", "dates_mentioned", "word_count"},
	"Image":       {"url"},
	"Quote":       {"text", "speaker", "via", "paragraph", "start", "end"},
	"Attribution": {"speaker", "cue", "text", "via", "anonymous", "paragraph", "start"},
	"Speaker":     {"name", "quotes", "attributions"},
	"DateMention": {"text", "resolved", "paragraph", "start"},
}

const description = `One news article extracted by Byline: the JSON form of the Go type ` +
	`github.com/byline/byline/article.Article, as published on the ARTICLES stream, served by the search API ` +
	`and printed by byline extract. This is schema_version 1. Within a schema_version changes are additive: ` +
	`new fields may appear (always optional here), so a consumer must ignore fields it does not know; no field ` +
	`is removed, renamed, made optional or given another type or meaning without a new schema_version.`

// generate builds the schema from the Go types.
func generate(t *testing.T) []byte {
	t.Helper()
	t.Chdir("..") // AddGoComments keys comments by the path it walks
	r := &jsonschema.Reflector{AllowAdditionalProperties: true, ExpandedStruct: true, Anonymous: true}
	if err := r.AddGoComments("github.com/byline/byline", "./article"); err != nil {
		t.Fatalf("read article/ comments: %v", err)
	}
	s := r.Reflect(&article.Article{})
	s.ID = jsonschema.ID(schema.ID)
	s.Title = "Byline article"
	s.Description = description
	s.Comments = "Generated from article.Article by `go generate ./schema`; do not edit."

	types := map[string]reflect.Type{}
	collectStructs(reflect.TypeFor[article.Article](), types)
	fixup(t, s, types["Article"])
	for name, def := range s.Definitions {
		typ, ok := types[name]
		if !ok {
			t.Fatalf("$defs %s has no Go struct type reachable from Article", name)
		}
		fixup(t, def, typ)
	}
	sv, ok := s.Properties.Get("schema_version")
	if !ok {
		t.Fatal("no schema_version property")
	}
	sv.Const = article.SchemaVersion
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// collectStructs maps the names of the struct types reachable from t.
func collectStructs(t reflect.Type, out map[string]reflect.Type) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || out[t.Name()] != nil {
		return
	}
	out[t.Name()] = t
	for f := range t.Fields() {
		collectStructs(f.Type, out)
	}
}

// fixup makes nil-able pointer fields nullable and keeps only the frozen
// fields required.
func fixup(t *testing.T, s *jsonschema.Schema, typ reflect.Type) {
	t.Helper()
	name := typ.Name()
	if frozen, ok := frozenRequired[name]; ok {
		for _, f := range frozen {
			if !slices.Contains(s.Required, f) {
				t.Errorf("%s.%s was always present in schema_version %d and no longer is (gone, renamed or omitempty): "+
					"that breaks consumers; keep it, or bump article.SchemaVersion and refreeze frozenRequired", name, f, frozenVersion)
			}
		}
		s.Required = slices.DeleteFunc(s.Required, func(f string) bool { return !slices.Contains(frozen, f) })
	}
	for f := range typ.Fields() {
		jname, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Type.Kind() != reflect.Pointer || jname == "" || jname == "-" {
			continue
		}
		p, ok := s.Properties.Get(jname)
		if !ok {
			t.Fatalf("%s.%s: no property %q", name, f.Name, jname)
		}
		desc := p.Description
		p.Description = ""
		s.Properties.Set(jname, &jsonschema.Schema{AnyOf: []*jsonschema.Schema{p, {Type: "null"}}, Description: desc})
	}
}

// TestArticleSchemaUpToDate fails while schema/article.schema.json differs
// from what the Go types generate; -update (go generate ./schema) rewrites
// it.
func TestArticleSchemaUpToDate(t *testing.T) {
	if article.SchemaVersion != frozenVersion {
		t.Fatalf("article.SchemaVersion is %d but frozenRequired lists version %d's fields: refreeze it", article.SchemaVersion, frozenVersion)
	}
	got := generate(t) // changes the working directory to the repo root
	const file = "schema/article.schema.json"
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, schema.Article) {
		t.Errorf("%s is stale: the article types changed. Run `go generate ./schema` and commit the result.\n%s", file, firstDiff(schema.Article, got))
	}
}

// firstDiff shows the first differing line.
func firstDiff(old, new []byte) string {
	a, b := strings.Split(string(old), "\n"), strings.Split(string(new), "\n")
	for i := range max(len(a), len(b)) {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  checked in: %s\n  generated:  %s", i+1, x, y)
		}
	}
	return ""
}

// compile compiles the checked-in schema, asserting formats (date-time).
func compile(t *testing.T) *validator.Schema {
	t.Helper()
	doc, err := validator.UnmarshalJSON(bytes.NewReader(schema.Article))
	if err != nil {
		t.Fatal(err)
	}
	c := validator.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(schema.ID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(schema.ID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func strp(s string) *string { return &s }

// full is an article with every field set.
func full() *article.Article {
	a := &article.Article{
		ID: article.IDFor("https://example.com/a"), URL: "https://example.com/a?x=1", CanonicalURL: "https://example.com/a",
		SiteName: "Example News", Section: "World", Language: "en", Headline: "Harbour plan approved", Summary: "The dek.",
		Authors: []string{"Jane Doe"}, Dateline: "LONDON", PublishedAt: "2025-07-04T06:30:00-04:00",
		ModifiedAt: "2025-07-04T07:10:00-04:00", Bullets: []string{"One."}, Body: "Para one.\n\nPara two.",
		Paragraphs: []string{"Para one.", "Para two."},
		Images:     []article.Image{{URL: "https://example.com/a.jpg", Caption: "A harbour.", Credit: "AP"}},
		Tags:       []string{"harbour"}, Paywalled: true, ExtractorVersion: "test",
		Quotes: []article.Quote{
			{Text: "It is a good day", Speaker: strp("Alice Smith"), SpeakerTitle: "Mayor", Via: strp("a spokesman"), Cue: "said", Paragraph: 1, Start: 1, End: 17},
			{Text: "Nobody said this", Paragraph: 0, Start: 0, End: 16},
		},
		Attributions:   []article.Attribution{{Speaker: "Bob Jones", Cue: "warned", Text: "costs would rise", Anonymous: false, Paragraph: 1, Start: 20}},
		Speakers:       []article.Speaker{{Name: "Alice Smith", Title: "Mayor", Quotes: 1}},
		DatesMentioned: []article.DateMention{{Text: "Tuesday", Resolved: strp("2025-07-01"), Paragraph: 0}, {Text: "soon"}},
		Subheadline:    "Sub.", Edition: "Morning Edition", FetchedAt: "2025-07-05T00:00:00.123Z", WordCount: 4,
	}
	a.ContentHash = article.HashContent([]byte(a.Body))
	a.Normalize()
	return a
}

func toInstance(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := validator.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// TestSchemaAcceptsAndRejects checks the schema against articles the Go
// type makes and against broken ones.
func TestSchemaAcceptsAndRejects(t *testing.T) {
	s := compile(t)
	asMap := func(a *article.Article) map[string]any {
		var m map[string]any
		b, _ := json.Marshal(a)
		_ = json.Unmarshal(b, &m)
		return m
	}
	minimal := &article.Article{URL: "https://example.com/b"}
	minimal.Normalize()
	tests := []struct {
		name  string
		doc   func() any
		valid bool
	}{
		{"every field set, nulls included", func() any { return full() }, true},
		{"minimal", func() any { return minimal }, true},
		{"an unknown field (added in a later 1.x)", func() any { m := asMap(full()); m["fetch_seq"] = 3; return m }, true},
		{"schema_version 2", func() any { m := asMap(full()); m["schema_version"] = 2; return m }, false},
		{"missing headline", func() any { m := asMap(full()); delete(m, "headline"); return m }, false},
		{"authors null", func() any { m := asMap(full()); m["authors"] = nil; return m }, false},
		{"word_count a string", func() any { m := asMap(full()); m["word_count"] = "4"; return m }, false},
		{"published_at not RFC 3339", func() any { m := asMap(full()); m["published_at"] = "4 July 2025"; return m }, false},
		{"quote speaker a number", func() any {
			m := asMap(full())
			m["quotes"].([]any)[0].(map[string]any)["speaker"] = 7
			return m
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Validate(toInstance(t, tt.doc()))
			if (err == nil) != tt.valid {
				t.Errorf("valid = %v, want %v (%v)", err == nil, tt.valid, err)
			}
		})
	}
}

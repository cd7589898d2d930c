package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	validator "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/byline/byline/schema"
)

// articleSchema compiles the published article schema, asserting formats.
func articleSchema(t testing.TB) *validator.Schema {
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

// validateArticleJSON validates one article JSON document.
func validateArticleJSON(s *validator.Schema, doc []byte) error {
	inst, err := validator.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// sharedDir is ../shared beside the checkout. Without it the test skips,
// unless BYLINE_REQUIRE_SHARED=1 (CI), where it fails.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "corpus")); err != nil {
		if os.Getenv("BYLINE_REQUIRE_SHARED") == "1" {
			t.Fatalf("shared corpora not found at %s but BYLINE_REQUIRE_SHARED=1: %v", dir, err)
		}
		t.Skipf("shared corpora not found at %s: %v", dir, err)
	}
	return dir
}

// TestSchemaValidatesCorpusArticles runs `byline extract --jsonl` on every
// page of the development corpora (../shared/corpus/*, and the seed page)
// and validates every article it prints against schema/article.schema.json.
func TestSchemaValidatesCorpusArticles(t *testing.T) {
	shared := sharedDir(t)
	var files []string
	for _, root := range []string{filepath.Join(shared, "corpus"), filepath.Join(shared, "seed")} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".html.gz")) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 1500 {
		t.Fatalf("found %d corpus pages, expected the ~1,900 of ../shared/corpus", len(files))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	args := append([]string{"extract", "--jsonl", "--"}, files...)
	if code := runCLI(ctx, args, &stdout, &stderr); code != 0 && code != 1 {
		t.Fatalf("byline extract: exit %d: %s", code, &stderr)
	}
	s := articleSchema(t)
	var articles, notArticles, invalid int
	for line := range strings.Lines(stdout.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("extract printed a line that is not JSON: %v\n%.200s", err, line)
		}
		src, _ := m["source"].(string)
		if _, failed := m["error"]; failed {
			notArticles++
			continue
		}
		articles++
		delete(m, "source") // added by --jsonl, not part of the article
		doc, _ := json.Marshal(m)
		if err := validateArticleJSON(s, doc); err != nil {
			invalid++
			if invalid <= 10 {
				t.Errorf("%s: article does not validate: %v", src, err)
			}
		}
	}
	t.Logf("%d pages: %d articles validated against schema/article.schema.json, %d invalid; %d pages gave no article",
		len(files), articles, invalid, notArticles)
	if articles+notArticles != len(files) {
		t.Errorf("%d lines for %d pages", articles+notArticles, len(files))
	}
	if invalid > 0 {
		t.Errorf("%d of %d corpus articles do not validate against the schema", invalid, articles)
	}
	if articles < len(files)*9/10 {
		t.Errorf("only %d of %d pages gave an article", articles, len(files))
	}
}

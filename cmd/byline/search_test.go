package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/index"
	bleveindex "github.com/byline/byline/index/bleve"
	"github.com/byline/byline/index/indextest"
)

func TestSearchBuildQuery(t *testing.T) {
	tests := []struct {
		name string
		opts searchOptions
		want index.Query
		err  string
	}{
		{name: "defaults", opts: searchOptions{Query: "tariffs", Limit: 20, Sort: "relevance"},
			want: index.Query{Text: "tariffs", Limit: 20, Sort: index.SortRelevance}},
		{name: "filters and dates", opts: searchOptions{Site: "BBC", Speaker: "Ann", Since: "2025-07-01", Until: "2025-07-31", Limit: 5, Sort: "date", JSON: true},
			want: index.Query{Site: "BBC", Speaker: "Ann", Since: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), Limit: 5, Sort: index.SortDate, Facets: true}},
		{name: "rfc3339 until is exclusive", opts: searchOptions{Until: "2025-07-31T12:00:00Z", Limit: 1, Sort: "relevance"},
			want: index.Query{Until: time.Date(2025, 7, 31, 12, 0, 0, 0, time.UTC), Limit: 1, Sort: index.SortRelevance}},
		{name: "bad sort", opts: searchOptions{Limit: 1, Sort: "random"}, err: "--sort"},
		{name: "bad limit", opts: searchOptions{Limit: 0, Sort: "date"}, err: "--limit"},
		{name: "bad date", opts: searchOptions{Limit: 1, Sort: "date", Since: "yesterday"}, err: "--since"},
		{name: "since after until", opts: searchOptions{Limit: 1, Sort: "date", Since: "2025-08-01", Until: "2025-07-01"}, err: "not before"},
		{name: "bad query", opts: searchOptions{Limit: 1, Sort: "date", Query: "a ) b"}, err: "bad query"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opts.buildQuery()
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("query = %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestSearchCommand runs `byline search` end to end against an embedded
// index built from the suite's fixtures.
func TestSearchCommand(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	ix, err := bleveindex.Open(filepath.Join(data, "index"), bleveindex.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range indextest.Corpus() {
		if err := ix.Add(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Close(ctx); err != nil {
		t.Fatal(err)
	}

	run := func(args ...string) (string, string, int) {
		var out, errOut bytes.Buffer
		code := Main(ctx, append([]string{"search", "--data", data}, args...), &out, &errOut)
		return out.String(), errOut.String(), code
	}

	out, errOut, code := run("--json", "payload")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Total  uint64 `json:"total"`
		Hits   []map[string]any
		Facets map[string][]index.Facet
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out)
	}
	if res.Total != 1 || len(res.Hits) != 1 || res.Facets["site"] == nil {
		t.Fatalf("--json = %s", out)
	}
	for _, k := range []string{"id", "url", "headline", "site_name", "published_at", "score", "highlights"} {
		if _, ok := res.Hits[0][k]; !ok {
			t.Errorf("hit lacks %q: %v", k, res.Hits[0])
		}
	}

	out, errOut, code = run("--json", "--quotes", "--speaker", "Maria Lopez")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"text": "We expect further volatility"`) || !strings.Contains(out, `"speaker": "Maria Lopez"`) || !strings.Contains(out, `"headline": "Markets fall as tariffs bite"`) {
		t.Errorf("--quotes --json = %s", out)
	}

	out, _, code = run("--site", "The Daily", "--sort", "date", "browser")
	if code != 0 || !strings.Contains(out, "1 article\n") || !strings.Contains(out, "Browser bug lets <script> tags through") || !strings.Contains(out, "«browser»") {
		t.Errorf("human output (exit %d):\n%s", code, out)
	}

	if _, errOut, code = run("a ) b"); code != 2 || !strings.Contains(errOut, "bad query") {
		t.Errorf("bad query: exit %d, stderr %q", code, errOut)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/index"
	bleveindex "github.com/byline/byline/index/bleve"
	"github.com/byline/byline/index/export"
	"github.com/byline/byline/index/indextest"
)

func TestSearchBuildQuery(t *testing.T) {
	tests := []struct {
		name string
		opts searchOptions
		want index.Query
		err  string
	}{
		{name: "defaults", opts: searchOptions{Query: "tariffs", Limit: 20},
			want: index.Query{Text: "tariffs", Limit: 20}},
		{name: "relevance", opts: searchOptions{Query: "tariffs", Limit: 20, Sort: "relevance"},
			want: index.Query{Text: "tariffs", Limit: 20, Sort: index.SortRelevance}},
		{name: "filters and dates", opts: searchOptions{Site: "BBC", Speaker: "Ann", Since: "2025-07-01", Until: "2025-07-31", Limit: 5, Sort: "date", JSON: true},
			want: index.Query{Site: "BBC", Speaker: "Ann", Since: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), Limit: 5, Sort: index.SortNewest, Facets: true}},
		{name: "format json has facets", opts: searchOptions{Limit: 5, Sort: "oldest", Format: "json"},
			want: index.Query{Limit: 5, Sort: index.SortOldest, Facets: true}},
		{name: "export limit", opts: searchOptions{Limit: 5000, Format: "csv"},
			want: index.Query{Limit: 5000, NoCollapse: true}}, // exports list every copy
		{name: "no collapse, revised", opts: searchOptions{Query: "ferry", Limit: 20, NoCollapse: true, Revised: true},
			want: index.Query{Text: "ferry", Limit: 20, NoCollapse: true, Revised: true}},
		{name: "rfc3339 until is exclusive", opts: searchOptions{Until: "2025-07-31T12:00:00Z", Limit: 1, Sort: "relevance"},
			want: index.Query{Until: time.Date(2025, 7, 31, 12, 0, 0, 0, time.UTC), Limit: 1, Sort: index.SortRelevance}},
		{name: "facets count stories", opts: searchOptions{Limit: 5, Sort: "newest", Facets: true, Count: "stories"},
			want: index.Query{Limit: 5, Sort: index.SortNewest, Facets: true, FacetStories: true}},
		{name: "bad count", opts: searchOptions{Limit: 1, Sort: "date", Count: "copies"}, err: "--count"},
		{name: "bad sort", opts: searchOptions{Limit: 1, Sort: "random"}, err: "--sort"},
		{name: "bad format", opts: searchOptions{Limit: 1, Format: "xml"}, err: "--format"},
		{name: "bad limit", opts: searchOptions{Limit: 0, Sort: "date"}, err: "--limit"},
		{name: "text limit", opts: searchOptions{Limit: 5000}, err: "--limit"},
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
		code := runCLI(ctx, append([]string{"search", "--data", data}, args...), &out, &errOut)
		return out.String(), errOut.String(), code
	}

	out, errOut, code := run("--json", "payload")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// BYLINE_DATA names the index as --data does (README, Configuration),
	// and --data wins over it.
	t.Run("environment", func(t *testing.T) {
		t.Setenv("BYLINE_DATA", data)
		var eout, eerr bytes.Buffer
		if code := runCLI(ctx, []string{"search", "--json", "payload"}, &eout, &eerr); code != 0 || eout.String() != out {
			t.Errorf("BYLINE_DATA: exit %d, %s%s; want the --data output", code, eout.String(), eerr.String())
		}
		t.Setenv("BYLINE_DATA", t.TempDir())
		eout.Reset()
		eerr.Reset()
		if code := runCLI(ctx, []string{"search", "--data", data, "--json", "payload"}, &eout, &eerr); code != 0 || eout.String() != out {
			t.Errorf("--data over BYLINE_DATA: exit %d, %s%s", code, eout.String(), eerr.String())
		}
	})
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
	if code != 0 || !strings.Contains(out, "Showing 1–1 of 1 article, newest first.\n") || !strings.Contains(out, "Browser bug lets <script> tags through") || !strings.Contains(out, "«browser»") {
		t.Errorf("human output (exit %d):\n%s", code, out)
	}

	// A surname, a part of a site name, no accents: the names match.
	out, _, code = run("--quotes", "--speaker", "olafsdottir", "--site", "zeitung", "")
	if code != 0 || !strings.HasPrefix(out, "Showing 1–2 of 2 quotes, newest first.\n") || strings.Count(out, "— Zoë Ólafsdóttir") != 2 {
		t.Errorf("surname search (exit %d):\n%s", code, out)
	}
	out, _, code = run("--quotes", "--limit", "1", "--from", "1", "--sort", "oldest", "")
	if code != 0 || !strings.HasPrefix(out, "Showing 2–2 of 7 quotes, oldest first.\n") {
		t.Errorf("paged quotes (exit %d):\n%s", code, out)
	}
	// Quote hits show the words that matched.
	out, _, code = run("--quotes", "volatility")
	if code != 0 || !strings.Contains(out, "“We expect further «volatility»”") {
		t.Errorf("quote highlight (exit %d):\n%s", code, out)
	}

	// Nothing matches the name: the nearest names, with their counts.
	out, _, code = run("--quotes", "--speaker", "Lopes", "")
	if code != 0 || !strings.Contains(out, "No quotes found.\n") || !strings.Contains(out, `No speaker matches "Lopes". Nearest: Maria Lopez (2).`) {
		t.Errorf("suggestion (exit %d):\n%s", code, out)
	}
	out, _, code = run("--json", "author:Writter")
	var js struct {
		Total       uint64
		Suggestions []struct {
			Field, Value string
			Nearest      []index.Facet
		}
	}
	if err := json.Unmarshal([]byte(out), &js); code != 0 || err != nil || js.Total != 0 || len(js.Suggestions) != 1 ||
		js.Suggestions[0].Field != "author" || len(js.Suggestions[0].Nearest) == 0 || js.Suggestions[0].Nearest[0] != (index.Facet{Value: "Ann Writer", Count: 2}) {
		t.Errorf("json suggestion (exit %d, %v):\n%s", code, err, out)
	}
	// A name that matches, with words that do not: no suggestion.
	out, _, _ = run("--speaker", "Lopez", "zyzzyva")
	if strings.Contains(out, "Nearest") {
		t.Errorf("suggested names for a speaker who matches:\n%s", out)
	}

	// Exports: every hit, one row each, a header row for CSV.
	out, errOut, code = run("--format", "csv", "")
	if code != 0 {
		t.Fatalf("csv: exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv output is not CSV: %v\n%s", err, out)
	}
	if len(rows) != 1+len(indextest.Corpus()) || strings.Join(rows[0], ",") != strings.Join(export.ArticleColumns, ",") {
		t.Errorf("csv: %d rows, header %v\n%s", len(rows), rows[0], out)
	}
	if rows[1][0] != "Browser bug lets <script> tags through" || rows[1][4] != "Dee Tech" {
		t.Errorf("csv: first row (newest) = %q", rows[1])
	}
	out, _, code = run("--format", "jsonl", "--quotes", "--limit", "3", "")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 3 {
		t.Errorf("jsonl --limit 3 (exit %d):\n%s", code, out)
	} else {
		for _, l := range lines {
			var rec export.QuoteRecord
			if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.Quote == "" || rec.ArticleID == "" {
				t.Errorf("jsonl line %q: %v", l, err)
			}
		}
	}
	_, errOut, _ = run("--format", "jsonl", "--quotes", "--limit", "3", "")
	if !strings.Contains(errOut, "wrote 3 of 7 hits (--limit 3)") {
		t.Errorf("a capped export says nothing: %q", errOut)
	}
	if _, errOut, code = run("--json", "--format", "csv", "x"); code == 0 {
		t.Errorf("--json with --format csv: exit 0, stderr %q", errOut)
	}

	if _, errOut, code = run("a ) b"); code != 2 || !strings.Contains(errOut, "bad query") {
		t.Errorf("bad query: exit %d, stderr %q", code, errOut)
	}
}

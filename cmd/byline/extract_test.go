package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testArticle = `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens after repairs</title></head><body>
<article><h1>Bridge reopens after repairs</h1>
<p>The river bridge reopened to traffic on Monday after six months of repairs that cost the county more than four million dollars, officials said.</p>
<p>Drivers had used a detour through the north of the town while crews replaced the deck and repainted the steel, work that finished two weeks ahead of schedule.</p>
</article></body></html>`

// writeInputs writes the extract command's test inputs into a temp dir.
func writeInputs(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{}
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files[name] = p
	}
	write("good.html", []byte(testArticle))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(testArticle))
	zw.Close()
	write("good.html.gz", gz.Bytes())
	write("bad.html.gz", []byte("\x1f\x8b\x08\x00this is not gzip"))
	write("empty.html", nil)
	write("binary.html", []byte("\x00\x01\x02\x03\x04PK\x05\x06"))
	write("section.html", []byte(`<html><head><title>Local news</title><meta property="og:title" content="Local news">`+
		`<meta property="og:site_name" content="The Daily Example"><meta property="article:published_time" content="2025-06-01T08:00:00Z"></head>`+
		`<body><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul></body></html>`))
	write("listing.html", []byte(`<html><body><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul></body></html>`))
	return files
}

func TestExtractCommand(t *testing.T) {
	f := writeInputs(t)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		check    func(t *testing.T, stdout, stderr string)
	}{
		{
			name: "one document prints indented JSON",
			args: []string{"extract", "--no-quotes", f["good.html"]},
			check: func(t *testing.T, stdout, _ string) {
				var a map[string]any
				if err := json.Unmarshal([]byte(stdout), &a); err != nil {
					t.Fatalf("not JSON: %v\n%s", err, stdout)
				}
				if a["headline"] != "Bridge reopens after repairs" || !strings.Contains(stdout, "\n  \"") {
					t.Errorf("want indented article, got %s", stdout)
				}
			},
		},
		{
			name:  "stdin",
			args:  []string{"extract", "--no-quotes", "--url", "https://news.example/bridge", "-"},
			stdin: testArticle,
			check: func(t *testing.T, stdout, _ string) {
				if !strings.Contains(stdout, `"url": "https://news.example/bridge"`) {
					t.Errorf("url not used: %s", stdout)
				}
			},
		},
		{
			name:     "jsonl batch keeps order and goes on after failures",
			args:     []string{"extract", "--no-quotes", "--jsonl", "-j", "3", f["good.html.gz"], f["bad.html.gz"], f["empty.html"], f["binary.html"], f["listing.html"], f["good.html"], filepath.Join(filepath.Dir(f["good.html"]), "missing.html")},
			wantCode: 1,
			check: func(t *testing.T, stdout, stderr string) {
				lines := strings.Split(strings.TrimSpace(stdout), "\n")
				if len(lines) != 7 {
					t.Fatalf("got %d lines, want 7:\n%s", len(lines), stdout)
				}
				wantErr := []string{"", "gunzip", "empty document", "binary", "no article found", "", "no such file"}
				for i, l := range lines {
					var r struct {
						Source, Error, Headline string
					}
					if err := json.Unmarshal([]byte(l), &r); err != nil {
						t.Fatalf("line %d not JSON: %v", i, err)
					}
					if !strings.HasSuffix(r.Source, []string{"good.html.gz", "bad.html.gz", "empty.html", "binary.html", "listing.html", "good.html", "missing.html"}[i]) {
						t.Errorf("line %d source %q out of order", i, r.Source)
					}
					if wantErr[i] == "" && (r.Error != "" || r.Headline == "") {
						t.Errorf("line %d: error %q, headline %q; want an article", i, r.Error, r.Headline)
					}
					if wantErr[i] != "" && !strings.Contains(r.Error, wantErr[i]) {
						t.Errorf("line %d: error %q, want it to mention %q", i, r.Error, wantErr[i])
					}
				}
				if !strings.Contains(stderr, "5 of 7 documents failed") {
					t.Errorf("stderr = %q", stderr)
				}
			},
		},
		{
			name:     "single failure exits non-zero with the reason",
			args:     []string{"extract", f["bad.html.gz"]},
			wantCode: 1,
			check: func(t *testing.T, stdout, stderr string) {
				if stdout != "" || !strings.Contains(stderr, "gunzip") {
					t.Errorf("stdout %q stderr %q", stdout, stderr)
				}
			},
		},
		{
			// The README's promise: a page with no article still prints
			// what it says about itself beside the error, also alone.
			name:     "single page with no article prints its metadata and the error",
			args:     []string{"extract", f["section.html"]},
			wantCode: 1,
			check: func(t *testing.T, stdout, stderr string) {
				var r struct {
					Source, Error, Headline string
					Site                    string `json:"site_name"`
					Published               string `json:"published_at"`
				}
				if err := json.Unmarshal([]byte(stdout), &r); err != nil {
					t.Fatalf("stdout not JSON: %v\n%q", err, stdout)
				}
				if !strings.Contains(r.Error, "no article found") || r.Headline != "Local news" || r.Site != "The Daily Example" ||
					r.Published == "" || !strings.HasSuffix(r.Source, "section.html") {
					t.Errorf("got %+v; want the error with headline, site and date", r)
				}
				if !strings.Contains(stdout, "\n  \"") {
					t.Errorf("want indented JSON, got %s", stdout)
				}
				if !strings.Contains(stderr, "no article found") {
					t.Errorf("stderr = %q, want the error there too", stderr)
				}
			},
		},
		{
			name:     "size cap",
			args:     []string{"extract", "--max-bytes", "100", f["good.html"]},
			wantCode: 1,
			check: func(t *testing.T, _, stderr string) {
				// The file's size, not the one byte past the cap the read
				// stopped at.
				fi, err := os.Stat(f["good.html"])
				if err != nil {
					t.Fatal(err)
				}
				if want := fmt.Sprintf("is %d bytes, the limit is 100", fi.Size()); !strings.Contains(stderr, "too large") || !strings.Contains(stderr, want) {
					t.Errorf("stderr = %q, want %q", stderr, want)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			old := os.Stdin
			if tc.stdin != "" {
				r, w, _ := os.Pipe()
				w.Write([]byte(tc.stdin))
				w.Close()
				os.Stdin = r
				defer func() { os.Stdin = old }()
			}
			code := runCLI(context.Background(), tc.args, &stdout, &stderr)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.wantCode, stderr.String())
			}
			tc.check(t, stdout.String(), stderr.String())
		})
	}
}

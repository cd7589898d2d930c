package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract"
	"github.com/byline/byline/index"
	"github.com/byline/byline/index/export"
)

// realPagesCorpus is the corpus of real news pages the analysts' search
// test crawls (../shared beside the repository, seen from cmd/byline).
const realPagesCorpus = "../../../shared/corpus/aeb"

// realPage is one page of the corpus as served on 127.0.0.1.
type realPage struct {
	path string // /<original host><original path>
	body []byte
}

// loadRealPages reads the 121 pages of corpus/aeb, or skips (fails with
// BYLINE_REQUIRE_SHARED=1, as CI sets) when ../shared is missing.
func loadRealPages(t *testing.T) []realPage {
	t.Helper()
	if _, err := os.Stat(realPagesCorpus); err != nil {
		if os.Getenv("BYLINE_REQUIRE_SHARED") == "1" {
			t.Fatalf("../shared/corpus/aeb not found but BYLINE_REQUIRE_SHARED=1: %v", err)
		}
		t.Skipf("../shared/corpus/aeb not found (%v); skipping the real-pages search test", err)
	}
	raw, err := os.ReadFile(filepath.Join(realPagesCorpus, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatalf("ground-truth.json: %v", err)
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range gt {
			if !yield(id) {
				return
			}
		}
	})
	seen := map[string]bool{}
	var pages []realPage
	for _, id := range ids {
		u, err := url.Parse(gt[id].URL)
		if err != nil {
			t.Fatalf("%s: %v", gt[id].URL, err)
		}
		// The original host and path keep the URL shape the crawler's
		// article-or-listing rules read.
		p := "/" + u.Hostname() + strings.TrimSuffix(u.EscapedPath(), "/")
		for seen[p] {
			p += "-2"
		}
		seen[p] = true
		f, err := os.Open(filepath.Join(realPagesCorpus, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		body, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		pages = append(pages, realPage{path: p, body: body})
	}
	return pages
}

// serveRealPages serves the pages on 127.0.0.1 with a sitemap listing them
// all and no robots.txt.
func serveRealPages(t *testing.T, pages []realPage) *httptest.Server {
	t.Helper()
	byPath := map[string][]byte{}
	for _, p := range pages {
		byPath[p.path] = p.body
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/sitemap.xml" {
			var b strings.Builder
			b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for _, p := range pages {
				fmt.Fprintf(&b, "<url><loc>%s%s</loc></url>", srv.URL, p.path)
			}
			b.WriteString("</urlset>")
			w.Header().Set("Content-Type", "application/xml")
			_, _ = io.WriteString(w, b.String())
			return
		}
		body, ok := byPath[r.URL.EscapedPath()]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestRealPagesSearch (issue 14): index real news pages through a
// loopback crawl with `byline run --once`, then search them as an analyst
// does: a surname finds only and all of that person's quotes; an empty
// query lists articles newest first; --format csv is valid CSV with a
// header row and one row per hit.
func TestRealPagesSearch(t *testing.T) {
	if testing.Short() && os.Getenv("BYLINE_REQUIRE_SHARED") != "1" {
		t.Skip("the real-pages crawl is skipped in -short mode")
	}
	pages := loadRealPages(t)
	srv := serveRealPages(t, pages)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "byline.yaml")
	cfg := fmt.Sprintf(`crawl:
  defaults:
    allow_private: true
    delay: 0s
    auto_throttle: {enabled: false}
    parallelism: 4
    max_depth: -1
    discover_feeds: false
  jobs:
    - name: realpages
      sitemaps: [%q]
`, srv.URL+"/sitemap.xml")
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	run := func(args ...string) (string, string) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := runCLI(ctx, args, &stdout, &stderr); code != 0 {
			t.Fatalf("byline %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, &stdout, &stderr)
		}
		return stdout.String(), stderr.String()
	}
	out, _ := run("run", "--once", "--config", cfgFile, "--data", dir, "--log-level", "error")
	t.Logf("byline run --once over %d real pages:\n%s", len(pages), out)
	if !strings.Contains(out, fmt.Sprintf("fetched %d,", len(pages)+1)) { // and the sitemap
		t.Errorf("the crawl did not fetch every page once:\n%s", out)
	}
	search := func(args ...string) string {
		t.Helper()
		out, _ := run(append([]string{"search", "--data", dir}, args...)...)
		return out
	}

	// The articles in the index, by URL.
	indexed := map[string]bool{}
	for line := range strings.Lines(search("--format", "jsonl", "")) {
		var r export.ArticleRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("jsonl line %q: %v", line, err)
		}
		indexed[r.URL] = true
	}
	// What the extractor makes of the same pages: the quotes the index
	// should hold, by speaker.
	type quote struct{ article, text string }
	extracted := map[string][]quote{} // speaker -> quotes
	articles := 0
	var notIndexed []string
	for _, p := range pages {
		a, err := extract.FromPage(&article.Page{URL: srv.URL + p.path, Status: 200, ContentType: "text/html; charset=utf-8", Body: p.body})
		if err != nil {
			continue
		}
		if !indexed[srv.URL+p.path] {
			// The crawler did not take it for an article (its own
			// article-or-listing rules), so it was never published.
			notIndexed = append(notIndexed, p.path)
			continue
		}
		articles++
		for _, q := range a.Quotes {
			if q.Speaker != nil && strings.TrimSpace(*q.Speaker) != "" {
				s := strings.TrimSpace(*q.Speaker)
				extracted[s] = append(extracted[s], quote{a.Headline, q.Text})
			}
		}
	}
	var total struct{ Total uint64 }
	if err := json.Unmarshal([]byte(search("--format", "json", "--limit", "1", "")), &total); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages, %d indexed; the extractor takes the %d others for articles too, but the crawler did not publish them: %q",
		len(pages), total.Total, len(notIndexed), notIndexed)
	if total.Total == 0 || int(total.Total) != articles || len(indexed) != articles {
		t.Fatalf("the index holds %d articles (%d URLs); the extractor finds %d of them", total.Total, len(indexed), articles)
	}

	// 1. Surnames: for the most quoted people whose surname no other
	// speaker's name contains, --quotes --speaker SURNAME returns exactly
	// the quotes the extractor credits to any name with that surname.
	type cand struct {
		surname string
		names   []string
		n       int
	}
	surnameOf := map[string][]string{} // folded last word -> speaker names
	for s := range extracted {
		toks := index.NameTokens(s)
		if len(toks) < 2 {
			continue // "Trump", "an officer": not a full name
		}
		last := toks[len(toks)-1]
		surnameOf[last] = append(surnameOf[last], s)
	}
	var cands []cand
	for sur, names := range surnameOf {
		// Unique: no other speaker has this word anywhere in the name
		// except as the same person's surname ("Volker", "Kurt Volker").
		clash := false
		for s := range extracted {
			if slices.Contains(index.NameTokens(s), sur) && !slices.Contains(names, s) && len(index.NameTokens(s)) > 1 {
				clash = true
			}
		}
		if clash || len([]rune(sur)) < 4 {
			continue
		}
		n := 0
		for s := range extracted {
			if index.NameMatches(sur, s) {
				n += len(extracted[s])
			}
		}
		cands = append(cands, cand{sur, names, n})
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].n != cands[j].n {
			return cands[i].n > cands[j].n
		}
		return cands[i].surname < cands[j].surname
	})
	if len(cands) < 3 || cands[0].n < 5 {
		t.Fatalf("too few quoted people to test surnames: %v", cands)
	}
	checks := []string{}
	for _, c := range cands[:3] {
		// The surname as an analyst types it: capitalised, or all lower
		// case.
		checks = append(checks, strings.ToUpper(c.surname[:1])+c.surname[1:])
	}
	checks = append(checks, cands[0].surname)
	for _, typed := range checks {
		var want []string
		var people []string
		for s, qs := range extracted {
			if !index.NameMatches(typed, s) {
				continue
			}
			people = append(people, s)
			for _, q := range qs {
				want = append(want, q.article+" | "+strings.Join(strings.Fields(q.text), " "))
			}
		}
		out := search("--quotes", "--speaker", typed, "--format", "jsonl", "")
		var got []string
		speakers := map[string]bool{}
		for line := range strings.Lines(out) {
			var r export.QuoteRecord
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("jsonl line %q: %v", line, err)
			}
			speakers[r.Speaker] = true
			got = append(got, r.Headline+" | "+strings.Join(strings.Fields(r.Quote), " "))
		}
		slices.Sort(got)
		slices.Sort(want)
		for s := range speakers {
			if !slices.Contains(people, s) {
				t.Errorf("--speaker %s returned a quote by %q, not that person", typed, s)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("--quotes --speaker %s: %d quotes, want the %d the extractor credits to %q\n got %q\nwant %q", typed, len(got), len(want), people, got, want)
		}
		t.Logf("--quotes --speaker %s: %d quotes by %q (all of them, nobody else's); the hand-annotated gold, on 22 of the pages, has %d",
			typed, len(got), people, goldQuotesBy(t, typed))
		// The text output says how many, newest first.
		if txt := search("--quotes", "--speaker", typed, ""); !strings.HasPrefix(txt, fmt.Sprintf("Showing 1–%d of %d quote", min(len(want), index.DefaultLimit), len(want))) {
			t.Errorf("text output for %s starts %q", typed, strings.SplitN(txt, "\n", 2)[0])
		}
	}

	// 2. An empty query lists articles newest first, undated last.
	txt := search("")
	if !strings.HasPrefix(txt, fmt.Sprintf("Showing 1–%d of %d articles, newest first.", min(total.Total, index.DefaultLimit), total.Total)) {
		t.Errorf(`byline search "" starts %q`, strings.SplitN(txt, "\n", 2)[0])
	}
	var dates []time.Time
	undated := false
	for line := range strings.Lines(search("--format", "jsonl", "")) {
		var r export.ArticleRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("jsonl line %q: %v", line, err)
		}
		d, err := time.Parse(time.RFC3339, r.PublishedAt)
		if err != nil {
			undated = true
			continue
		}
		if undated {
			t.Errorf("%s (%s) listed after an undated article", r.Headline, r.PublishedAt)
		}
		dates = append(dates, d)
	}
	if len(dates) < int(total.Total)/2 {
		t.Errorf("only %d of %d articles dated", len(dates), total.Total)
	}
	if !slices.IsSortedFunc(dates, func(a, b time.Time) int { return b.Compare(a) }) {
		t.Errorf("byline search \"\" is not newest first: %v", dates)
	}
	t.Logf(`byline search "": %d articles, %d dated, newest %s, oldest %s`, total.Total, len(dates), dates[0].Format(time.DateOnly), dates[len(dates)-1].Format(time.DateOnly))

	// 3. CSV: a header row, then one row per hit.
	rows, err := csv.NewReader(strings.NewReader(search("--format", "csv", ""))).ReadAll()
	if err != nil {
		t.Fatalf("byline search --format csv \"\" is not valid CSV: %v", err)
	}
	if len(rows) != int(total.Total)+1 {
		t.Errorf("csv: %d rows, want a header and %d hits", len(rows), total.Total)
	}
	if strings.Join(rows[0], ",") != "headline,url,site,published_at,authors,summary,id,score" {
		t.Errorf("csv header = %q", rows[0])
	}
	ids := map[string]bool{}
	for _, r := range rows[1:] {
		if len(r) != len(rows[0]) || r[0] == "" || !strings.HasPrefix(r[1], srv.URL) || ids[r[6]] {
			t.Errorf("csv row %q", r)
		}
		ids[r[6]] = true
	}
	t.Logf("byline search --format csv \"\": %d rows + header", len(rows)-1)
}

// goldQuotesBy counts the quotes of ../shared/corpus/quotes/gold.json (hand
// annotated on these pages) whose speaker's name has this surname, for the
// log: the index holds what the extractor found, which is not the gold.
func goldQuotesBy(t *testing.T, surname string) int {
	raw, err := os.ReadFile(filepath.Join(realPagesCorpus, "..", "quotes", "gold.json"))
	if err != nil {
		return -1
	}
	var gold struct {
		Items []struct {
			Quotes []struct {
				Speaker *string `json:"speaker"`
			} `json:"quotes"`
		} `json:"items"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Logf("quotes gold: %v", err)
		return -1
	}
	n := 0
	for _, it := range gold.Items {
		for _, q := range it.Quotes {
			if q.Speaker != nil && index.NameMatches(surname, *q.Speaker) {
				n++
			}
		}
	}
	return n
}

package web

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/byline/byline/index"
	"github.com/byline/byline/index/export"
)

// TestAnalystFeatures covers what an analyst reaches for after the first
// search: names as typed, suggestions, sort orders, "showing A–B of N",
// the timeline, CSV downloads and the speaker page.
func TestAnalystFeatures(t *testing.T) {
	f, h := newTestServer(t, WithPageSize(2))
	tests := []struct {
		name    string
		target  string
		status  int
		want    []string
		notWant []string
	}{
		{name: "surname", target: "/quotes?speaker=varga", status: 200,
			want: []string{"4 quotes", "Showing 1–2 of 4 · newest first", `href="/speakers/Elena%20Varga"`}},
		{name: "part of a site name", target: "/?site=wire", status: 200,
			want: []string{"3 articles", "Capital Wire"}, notWant: []string{"Harbor Times</span>"}},
		{name: "suggestion for a misspelt speaker", target: "/quotes?speaker=Vargas", status: 200,
			want: []string{"No quotes found", "No speaker matches <q>Vargas</q>. Did you mean:",
				`<a href="/quotes?speaker=Elena&#43;Varga">Elena Varga</a> <span class="count">(4)</span>`}},
		{name: "suggestion for a name in the query text", target: "/?q=" + url.QueryEscape("rates author:Lopes"), status: 200,
			want: []string{"No author matches <q>Lopes</q>", `href="/?q=%28rates&#43;AND&#43;author%3A%22Maria&#43;Lopez%22%29"`, "Maria Lopez</a> <span class=\"count\">(2)</span>"}},
		{name: "no suggestion when the name matches", target: "/?q=zyzzyva&speaker=Varga", status: 200,
			notWant: []string{"Did you mean"}},
		{name: "oldest first", target: "/?sort=oldest", status: 200,
			want: []string{"Showing 1–2 of 8 · oldest first", `<option value="oldest" selected>`}},
		{name: "the old sort name", target: "/?q=rates&sort=date", status: 200,
			want: []string{"newest first", `<option value="newest" selected>`}},
		{name: "second page", target: "/?page=2", status: 200, want: []string{"Showing 3–4 of 8 · newest first"}},
		{name: "timeline of a search", target: "/?q=rates", status: 200,
			want: []string{`<svg class="timeline-chart"`, "Articles per day", `class="timeline-link" href="/?q=rates&amp;since=2025-06-18&amp;until=2025-06-18"`}},
		{name: "timeline of quotes narrowed to a day", target: "/quotes?speaker=Elena+Varga&since=2025-06-18&until=2025-06-18", status: 200,
			want: []string{"Quotes per day", `class="timeline-bar active"`, `data-count="2"`}},
		{name: "download link", target: "/?q=rates&site=Harbor+Times", status: 200,
			want: []string{`href="/search.csv?q=rates&amp;site=Harbor&#43;Times" download>Download CSV</a>`, "all 1"}},
		{name: "speaker page", target: "/speakers/Elena%20Varga", status: 200,
			want: []string{"<h1>Elena Varga</h1>", "4 quotes in 3 articles, 21 May 2025 to 19 Jun 2025.", "Quotes per", "Showing 1–2 of 4",
				`href="/quotes.csv?exact=1&amp;speaker=Elena&#43;Varga"`, "Harbor Times</a> <span class=\"count\">(1)</span>"}},
		{name: "speaker page is the whole name", target: "/speakers/Varga", status: 404,
			want: []string{"Nobody called <q>Varga</q> is quoted. Did you mean:", `<a href="/speakers/Elena%20Varga">Elena Varga</a>`}},
		{name: "speaker page with words", target: "/speakers/Elena%20Varga?q=shock", status: 200,
			want: []string{"The worst of the price <mark>shock</mark> is behind us", "Showing 1–1 of 1"}},
		{name: "exact names by parameter", target: "/quotes?speaker=Varga&exact=1", status: 200, want: []string{"No quotes found"}},
		{name: "bad exact", target: "/quotes?exact=maybe", status: 400},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := get(t, h, http.MethodGet, tc.target)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d; body:\n%.2000s", res.StatusCode, tc.status, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q; body:\n%s", w, mainOf(body))
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("body has %q", w)
				}
			}
		})
	}

	t.Run("csv download", func(t *testing.T) {
		res, body := get(t, h, http.MethodGet, "/search.csv?site=Harbor+Times")
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
			!strings.HasPrefix(res.Header.Get("Content-Disposition"), `attachment; filename="byline-articles-`) ||
			res.Header.Get("X-Byline-Export-Cap") != "10000" {
			t.Fatalf("status %d, headers %v", res.StatusCode, res.Header)
		}
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatalf("not CSV: %v\n%s", err, body)
		}
		if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(export.ArticleColumns, ",") {
			t.Fatalf("rows = %q", rows)
		}
		if rows[1][2] != "Harbor Times" || rows[1][3] != "2025-06-18T14:30:00Z" || rows[3][3] != "2025-02-14T12:00:00Z" {
			t.Errorf("rows not newest first: %q", rows[1:])
		}
		res, body = get(t, h, http.MethodGet, "/quotes.csv?speaker=Elena+Varga&exact=1&sort=oldest")
		rows, err = csv.NewReader(strings.NewReader(body)).ReadAll()
		if res.StatusCode != 200 || err != nil || len(rows) != 5 || rows[0][0] != "quote" || rows[1][1] != "Elena Varga" {
			t.Errorf("quotes.csv: status %d, %v, rows %q", res.StatusCode, err, rows)
		}
		res, body = get(t, h, http.MethodGet, "/search.csv?since=June")
		if res.StatusCode != 400 || !strings.Contains(body, `"status":400`) {
			t.Errorf("bad export: status %d, %s", res.StatusCode, body)
		}
		f.mu.Lock()
		f.err = index.ErrUnavailable
		f.mu.Unlock()
		res, _ = get(t, h, http.MethodGet, "/search.csv")
		if res.StatusCode != 503 {
			t.Errorf("export with the index down: status %d, want 503", res.StatusCode)
		}
		f.mu.Lock()
		f.err = nil
		f.mu.Unlock()
	})
}

// mainOf returns the <main> of a page, for shorter failure messages.
func mainOf(body string) string {
	if i := strings.Index(body, "<main"); i >= 0 {
		body = body[i:]
	}
	return regexp.MustCompile(`\n\s*\n`).ReplaceAllString(body, "\n")
}

func TestTimelineBins(t *testing.T) {
	day := func(s string, n uint64) index.Facet { return index.Facet{Value: s, Count: n} }
	p := params{Filters: map[string]string{}, path: "/"}
	tests := []struct {
		name                string
		p                   params
		days                []index.Facet
		unit                string
		bars                int
		first, last         string
		firstSince, lastUnt string
	}{
		{"days", p, []index.Facet{day("2025-06-01", 2), day("2025-06-30", 1)}, "day", 30, "Sun 1 Jun 2025", "Mon 30 Jun 2025", "2025-06-01", "2025-06-30"},
		{"weeks start on Monday", p, []index.Facet{day("2025-06-04", 1), day("2025-09-30", 3)}, "week", 18, "week of 2 Jun 2025", "week of 29 Sep 2025", "2025-06-02", "2025-10-05"},
		{"months", p, []index.Facet{day("2024-01-15", 1), day("2025-12-01", 1)}, "month", 24, "January 2024", "December 2025", "2024-01-01", "2025-12-31"},
		{"the selected range", params{Filters: map[string]string{}, path: "/", Since: "2025-06-01", Until: "2025-06-07"},
			[]index.Facet{day("2025-06-03", 4)}, "day", 7, "Sun 1 Jun 2025", "Sat 7 Jun 2025", "2025-06-01", "2025-06-07"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tv := newTimeline(tc.p, tc.days, "articles")
			if tv == nil {
				t.Fatal("no timeline")
			}
			if tv.Unit != tc.unit || len(tv.Bars) != tc.bars || tv.First != tc.first || tv.Last != tc.last {
				t.Errorf("unit %s, %d bars, %s – %s", tv.Unit, len(tv.Bars), tv.First, tv.Last)
			}
			if b, l := tv.Bars[0], tv.Bars[len(tv.Bars)-1]; b.Since != tc.firstSince || l.Until != tc.lastUnt {
				t.Errorf("bins %s…%s", b.Since, l.Until)
			}
			var total uint64
			for _, b := range tv.Bars {
				total += b.Count
				if (b.Count > 0) != (b.URL != "") || b.Y+b.H != tv.Base || b.H > tlBarHeight {
					t.Errorf("bar %+v", b)
				}
			}
			var want uint64
			for _, d := range tc.days {
				want += d.Count
			}
			if total != want || tv.Total != want {
				t.Errorf("bars count %d (Total %d), want %d", total, tv.Total, want)
			}
		})
	}
	if newTimeline(p, nil, "articles") != nil || newTimeline(p, []index.Facet{{Value: "junk", Count: 3}}, "articles") != nil {
		t.Error("a timeline without dated matches")
	}
}

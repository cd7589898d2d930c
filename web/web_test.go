package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

func newTestServer(t *testing.T, opts ...Option) (*fakeSearcher, http.Handler) {
	t.Helper()
	f := loadFixtures(t)
	return f, New(f, opts...)
}

func get(t *testing.T, h http.Handler, method, target string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("read body of %s: %v", target, err)
	}
	return res, string(b)
}

func TestHandlers(t *testing.T) {
	f, h := newTestServer(t)
	rates := f.byHeadline(t, "Central bank holds")
	xss := f.byHeadline(t, "Researchers publish")

	tests := []struct {
		name        string
		method      string
		target      string
		status      int
		contentType string
		want        []string // substrings of the body
		notWant     []string
		checkQuery  func(t *testing.T, q index.Query)
	}{
		{
			name: "home lists newest first", target: "/", status: 200, contentType: "text/html",
			want: []string{"8 articles", "Central bank holds", `<form class="search-form" action="/"`, `<a class="skip-link" href="#main">`,
				`<meta name="viewport"`, `<label for="q"`},
			checkQuery: func(t *testing.T, q index.Query) {
				if q.Normalize().Sort != index.SortNewest || q.Text != "" || !q.Facets || !q.Timeline || q.Limit != DefaultPageSize {
					t.Errorf("query = %+v, want newest first, facets, timeline, limit %d", q, DefaultPageSize)
				}
			},
		},
		{
			name: "query highlights matches", target: "/?q=inflation", status: 200, contentType: "text/html",
			want: []string{"2 articles match", "<mark>Inflation</mark> falls to lowest", "<mark>inflation</mark>",
				`href="/article/` + rates.ID + `"`},
			notWant: []string{"Harbor FC"},
			checkQuery: func(t *testing.T, q index.Query) {
				if q.Text != "inflation" || q.Normalize().Sort != index.SortRelevance {
					t.Errorf("query = %+v", q)
				}
			},
		},
		{
			name: "facet links add a filter and keep the query", target: "/?q=rates", status: 200, contentType: "text/html",
			want: []string{`href="/?q=rates&amp;site=Capital&#43;Wire"`, `href="/?q=rates&amp;speaker=Elena&#43;Varga"`,
				`href="/?q=rates&amp;since=2025-06-01&amp;until=2025-06-30"`, "June 2025"},
		},
		{
			name: "site filter", target: "/?q=inflation&site=Northern+Ledger", status: 200, contentType: "text/html",
			want:    []string{"1 article matches", "falls to lowest level", `aria-label="Remove filter Site: Northern Ledger"`, `href="/?q=inflation"`},
			notWant: []string{"Central bank holds"},
			checkQuery: func(t *testing.T, q index.Query) {
				if q.Site != "Northern Ledger" {
					t.Errorf("Site = %q", q.Site)
				}
			},
		},
		{
			name: "date range is inclusive", target: "/?since=2025-06-01&until=2025-06-18", status: 200, contentType: "text/html",
			want:    []string{"2 articles", "Central bank holds", "City council approves"},
			notWant: []string{"What the interest rates decision"},
			checkQuery: func(t *testing.T, q index.Query) {
				if !q.Since.Equal(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)) || !q.Until.Equal(time.Date(2025, 6, 19, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("Since, Until = %v, %v", q.Since, q.Until)
				}
			},
		},
		{
			name: "all filters reach the query", target: "/?q=x&section=Business&author=Ana+Costa&speaker=Elena+Varga&lang=en&sort=date&page=3",
			status: 200, contentType: "text/html",
			checkQuery: func(t *testing.T, q index.Query) {
				want := index.Query{Text: "x", Section: "Business", Author: "Ana Costa", Speaker: "Elena Varga", Language: "en",
					Sort: index.SortNewest, From: 40, Limit: 20, Facets: true, Timeline: true}
				if fmt.Sprint(q) != fmt.Sprint(want) {
					t.Errorf("query = %+v\nwant    %+v", q, want)
				}
			},
		},
		{name: "bad date", target: "/?since=June", status: 400, contentType: "text/html", want: []string{"must be a date like 2025-06-30"}},
		{name: "until before since", target: "/?since=2025-06-02&until=2025-06-01", status: 400, contentType: "text/html", want: []string{"is before"}},
		{name: "bad sort", target: "/?sort=random", status: 400, contentType: "text/html", want: []string{"sort"}},
		{name: "bad page", target: "/?page=0", status: 400, contentType: "text/html", want: []string{"page"}},
		{name: "page beyond the window", target: "/?page=600", status: 400, contentType: "text/html", want: []string{"beyond the first 10000"}},
		{name: "query syntax error", target: "/?q=" + url.QueryEscape("rates )"), status: 400, contentType: "text/html", want: []string{"cannot read the query"}},
		{
			name: "article view", target: "/article/" + rates.ID, status: 200, contentType: "text/html",
			want: []string{"<h1>Central bank holds interest rates steady as inflation cools</h1>", "Key points", "Benchmark rate unchanged at 4.25%",
				"Elena Varga", `<span class="speaker-title">Governor</span> <span class="count">2 quotes</span>`, "Tom Reilly",
				"Credit: J. Smith / Harbor Times", `href="https://harbortimes.example/img/varga.jpg"`, "LONDON",
				`href="https://harbortimes.example/business/2025/06/central-bank-holds-rates"`, "Dates mentioned",
				`<time datetime="2025-12">2025-12</time>`, "not resolved", `<span class="dateline">LONDON —</span> The central bank`, `href="/?author=Maria&#43;Lopez"`, "Maria Lopez",
				`href="/speakers/Elena%20Varga"`},
		},
		{name: "unknown article", target: "/article/0123456789abcdef0123456789abcdef", status: 404, contentType: "text/html", want: []string{"no article with this id"}},
		{name: "unknown page", target: "/nope", status: 404, contentType: "text/html", want: []string{"no page at this address"}},
		{name: "post is not allowed", method: "POST", target: "/", status: 405, contentType: "text/html"},
		{
			name: "quotes page by speaker", target: "/quotes?speaker=Elena+Varga", status: 200, contentType: "text/html",
			want:    []string{"4 quotes", "The worst of the price shock is behind us", "Borrowers should not expect", `<label for="speaker">`},
			notWant: []string{"Nobody asked us"},
			checkQuery: func(t *testing.T, q index.Query) {
				if q.Speaker != "Elena Varga" {
					t.Errorf("Speaker = %q", q.Speaker)
				}
			},
		},
		{name: "quotes page with words", target: "/quotes?q=jobs", status: 200, contentType: "text/html", want: []string{"1 quote matches", "Dana Whitfield"}},
		{name: "api search", target: "/api/search?q=interest+rates&limit=2", status: 200, contentType: "application/json", want: []string{`"total":3`, `"facets"`}},
		{name: "api search offset", target: "/api/search?from=2&limit=2&sort=date", status: 200, contentType: "application/json",
			checkQuery: func(t *testing.T, q index.Query) {
				if q.From != 2 || q.Limit != 2 || q.Sort != index.SortNewest {
					t.Errorf("query = %+v", q)
				}
			}},
		{name: "api search limit too big", target: "/api/search?limit=1000", status: 400, contentType: "application/json", want: []string{`"error":"parameter \"limit\" must be at most 100, got 1000"`, `"status":400`}},
		{name: "api bad query", target: "/api/search?q=" + url.QueryEscape("a )"), status: 400, contentType: "application/json", want: []string{`"error":"cannot read the query`}},
		{name: "api quotes", target: "/api/quotes?speaker=Elena+Varga", status: 200, contentType: "application/json", want: []string{`"total":4`, `"speaker":"Elena Varga"`}},
		{name: "api article", target: "/api/articles/" + rates.ID, status: 200, contentType: "application/json", want: []string{`"id":"` + rates.ID + `"`, `"quotes":[`}},
		{name: "api unknown article", target: "/api/articles/nope", status: 404, contentType: "application/json", want: []string{`"error":"no article has this id"`, `"status":404`}},
		{name: "api unknown endpoint", target: "/api/nope", status: 404, contentType: "application/json", want: []string{`"error"`}},
		{name: "api post is not allowed", method: "POST", target: "/api/search?q=x", status: 405, contentType: "application/json", want: []string{`"status":405`}},
		{name: "head works", method: "HEAD", target: "/?q=rates", status: 200, contentType: "text/html"},
		{name: "healthz", target: "/healthz", status: 200, contentType: "application/json", want: []string{`{"status":"ok"}`}},
		{name: "readyz", target: "/readyz", status: 200, contentType: "application/json", want: []string{`{"status":"ready"}`}},
		{name: "stylesheet", target: "/static/style.css", status: 200, contentType: "text/css", want: []string{":focus-visible"}},
		{name: "script", target: "/static/app.js", status: 200, contentType: "text/javascript", want: []string{"data-autosubmit"}},
		{name: "xss article escaped in api", target: "/api/articles/" + xss.ID, status: 200, contentType: "application/json",
			want: []string{`\u003cscript\u003ewindow.__xss=1`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method := tc.method
			if method == "" {
				method = http.MethodGet
			}
			f.firstQuery() // forget the queries of earlier cases
			res, body := get(t, h, method, tc.target)
			if res.StatusCode != tc.status {
				t.Errorf("status = %d, want %d; body:\n%.600s", res.StatusCode, tc.status, body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.contentType) {
				t.Errorf("Content-Type = %q, want %s", ct, tc.contentType)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q; body:\n%.3000s", w, body)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("body has %q", w)
				}
			}
			if tc.checkQuery != nil {
				tc.checkQuery(t, f.firstQuery())
			}
			for k, want := range map[string]string{
				"X-Content-Type-Options": "nosniff",
				"Referrer-Policy":        "no-referrer",
			} {
				if got := res.Header.Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			csp := res.Header.Get("Content-Security-Policy")
			for _, d := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"} {
				if !strings.Contains(csp, d) {
					t.Errorf("CSP %q lacks %q", csp, d)
				}
			}
			if strings.Contains(csp, "unsafe-inline") {
				t.Errorf("CSP allows inline code: %q", csp)
			}
		})
	}
}

// TestUntrustedTextIsEscaped renders the article whose text holds script
// and img payloads on every page that shows it and checks no payload
// survives as markup.
func TestUntrustedTextIsEscaped(t *testing.T) {
	f, h := newTestServer(t)
	xss := f.byHeadline(t, "Researchers publish")
	pages := []struct {
		target string
		want   []string
	}{
		{"/?q=exploit", []string{"&lt;script&gt;window.__xss=1&lt;/script&gt;", "<mark>exploit</mark>"}},
		{"/?q=variant", []string{"&lt;img src=x onerror=&#34;window.__xss=2&#34;&gt;"}},
		{"/?q=researchers&author=" + url.QueryEscape("<b>Eve</b> Hacker"), []string{"&lt;b&gt;Eve&lt;/b&gt; Hacker"}},
		{"/quotes?q=trust", []string{"Never <mark>trust</mark> &lt;script&gt;window.__xss=3&lt;/script&gt;", "Mallory &lt;i&gt;Jones&lt;/i&gt;"}},
		{"/article/" + xss.ID, []string{
			"Researchers publish &lt;script&gt;window.__xss=1&lt;/script&gt; exploit details",
			"&lt;img src=x onerror=&#34;window.__xss=2&#34;&gt;",
			"&lt;script&gt;window.__xss=4&lt;/script&gt; in a bullet",
			"&lt;script&gt;window.__xss=6&lt;/script&gt; caption",
			"&lt;script&gt;window.__xss=7&lt;/script&gt;",
			"&lt;em&gt;yesterday&lt;/em&gt;",
			"Mallory &lt;i&gt;Jones&lt;/i&gt;",
		}},
	}
	for _, p := range pages {
		t.Run(p.target, func(t *testing.T) {
			res, body := get(t, h, "GET", p.target)
			if res.StatusCode != 200 {
				t.Fatalf("status %d; body:\n%.500s", res.StatusCode, body)
			}
			for _, w := range p.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks escaped %q; body:\n%.4000s", w, body)
				}
			}
			for _, bad := range []string{"<script>window", "<img src=x", "onerror=\"", "<b>Eve", "<i>Jones", "<em>yesterday", "javascript:"} {
				if strings.Contains(body, bad) {
					t.Errorf("body contains live markup %q", bad)
				}
			}
			if n := strings.Count(body, "<script"); n != 1 {
				t.Errorf("found %d <script elements, want only the embedded app.js", n)
			}
		})
	}
}

func TestSearcherErrors(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		status  int
		message string
	}{
		{"unavailable", fmt.Errorf("es: dial: %w", index.ErrUnavailable), 503, "unavailable"},
		{"timeout", fmt.Errorf("search: %w", context.DeadlineExceeded), 504, "took too long"},
		{"internal", errors.New("disk on fire at /secret/path"), 500, "internal error"},
	}
	for _, tc := range tests {
		for _, target := range []string{"/", "/quotes", "/api/search", "/api/quotes", "/article/abc", "/api/articles/abc"} {
			t.Run(tc.name+target, func(t *testing.T) {
				f, h := newTestServer(t)
				f.err = tc.err
				res, body := get(t, h, "GET", target)
				if res.StatusCode != tc.status {
					t.Errorf("status = %d, want %d", res.StatusCode, tc.status)
				}
				if !strings.Contains(body, tc.message) {
					t.Errorf("body lacks %q:\n%.500s", tc.message, body)
				}
				if strings.Contains(body, "/secret/path") {
					t.Errorf("internal error details leaked to the client")
				}
				if ra := res.Header.Get("Retry-After"); (tc.status == http.StatusServiceUnavailable) != (ra != "") {
					t.Errorf("status %d with Retry-After %q", res.StatusCode, ra)
				}
				if strings.HasPrefix(target, "/api/") {
					var e apiError
					if err := json.Unmarshal([]byte(body), &e); err != nil || e.Status != tc.status {
						t.Errorf("API error body %q: %v", body, err)
					}
				}
			})
		}
	}
}

func TestAPISearchDecodes(t *testing.T) {
	_, h := newTestServer(t)
	_, body := get(t, h, "GET", "/api/search?q=rates&site=Capital+Wire")
	var res index.Results
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	if res.Total != 2 || len(res.Hits) != 2 {
		t.Fatalf("total %d, %d hits; want 2", res.Total, len(res.Hits))
	}
	for _, hit := range res.Hits {
		if hit.SiteName != "Capital Wire" || hit.ID == "" || hit.URL == "" {
			t.Errorf("hit %+v", hit)
		}
	}
	if len(res.Facets["site"]) != 1 {
		t.Errorf("site facet = %+v", res.Facets["site"])
	}

	_, body = get(t, h, "GET", "/api/articles/"+article.IDFor("https://harbortimes.example/culture/2025/02/festival"))
	var a article.Article
	if err := json.Unmarshal([]byte(body), &a); err != nil || a.Headline != "Harbour festival returns with record line-up" {
		t.Fatalf("article: %v %+v", err, a)
	}
}

// TestRemoteImagesOff: by default (issue 13) the article view makes the
// reader's browser fetch no URL a crawled page named.
func TestRemoteImagesOff(t *testing.T) {
	f, h := newTestServer(t)
	a := f.byHeadline(t, "Harbor FC")
	res, body := get(t, h, "GET", "/article/"+a.ID)
	if strings.Contains(body, "<img") {
		t.Errorf("remote images off, but the page has an <img>")
	}
	if !strings.Contains(body, `<a href="https://northernledger.example/img/fc.jpg"`) || !strings.Contains(body, "Fans outside the stadium.") {
		t.Errorf("image links or captions missing:\n%s", body)
	}
	if csp := res.Header.Get("Content-Security-Policy"); strings.Contains(csp, "https:") {
		t.Errorf("CSP allows remote content: %q", csp)
	}
}

func TestSafeHighlight(t *testing.T) {
	tests := []struct {
		name, in string
		want     template.HTML
	}{
		{"plain", "no marks", "no marks"},
		{"escaped text with marks", "a &lt;b&gt; <mark>rates</mark> &amp; c", "a &lt;b&gt; <mark>rates</mark> &amp; c"},
		{"raw script from a careless backend", "<script>alert(1)</script> <mark>x</mark>", "&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>"},
		{"raw img", `<img src=x onerror="alert(1)">`, "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"},
		{"unclosed mark is closed", "<mark>open", "<mark>open</mark>"},
		{"stray close is text", "a</mark>b", "a&lt;/mark&gt;b"},
		{"mark with attributes is text", `<mark onclick="x">y</mark>`, "&lt;mark onclick=&#34;x&#34;&gt;y&lt;/mark&gt;"},
		{"double-escaped stays visible", "&amp;lt;script&amp;gt;", "&amp;lt;script&amp;gt;"},
		{"quotes", `he said "hi" &#39;there&#39;`, "he said &#34;hi&#34; &#39;there&#39;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := safeHighlight(tc.in); got != tc.want {
				t.Errorf("safeHighlight(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzSafeHighlight(f *testing.F) {
	for _, s := range []string{"", "<mark>a</mark>", "<script>x</script>", "&lt;<mark>&amp;</mark>", "<mark><mark>", "</mark><mark"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4096 {
			return
		}
		out := string(safeHighlight(in))
		rest := strings.NewReplacer(markOpen, "", markClose, "").Replace(out)
		if strings.ContainsAny(rest, "<>\"") {
			t.Fatalf("safeHighlight(%q) = %q has markup besides <mark>", in, out)
		}
		if strings.Count(out, markOpen) != strings.Count(out, markClose) {
			t.Fatalf("safeHighlight(%q) = %q has unbalanced marks", in, out)
		}
	})
}

func TestPager(t *testing.T) {
	p := params{path: "/", Q: "x", Filters: map[string]string{}}
	tests := []struct {
		page  int
		total uint64
		want  string // numbers, 0 for a gap
	}{
		{1, 5, ""},
		{1, 45, "1* 2 3"},
		{5, 200, "1 0 3 4 5* 6 7 0 10"},
		{1, 200, "1* 2 3 0 10"},
		{10, 200, "1 0 8 9 10*"},
		{1, 1_000_000, "1* 2 3 0 500"},
	}
	for _, tc := range tests {
		p.Page = tc.page
		pg := newPager(p, tc.total, 20)
		var parts []string
		for _, l := range pg.Links {
			s := fmt.Sprint(l.N)
			if l.Current {
				s += "*"
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("page %d of total %d: links %q, want %q", tc.page, tc.total, got, tc.want)
		}
		if tc.page > 1 && pg.Prev != p.PageURL(tc.page-1) {
			t.Errorf("Prev = %q", pg.Prev)
		}
	}
}

func TestGroupQuotes(t *testing.T) {
	s := func(v string) *string { return &v }
	a := &article.Article{
		Quotes: []article.Quote{
			{Text: "a", Speaker: s("Ann")}, {Text: "b", Speaker: nil}, {Text: "c", Speaker: s("Bob"), SpeakerTitle: "Mayor"},
			{Text: "d", Speaker: s("Bob")}, {Text: "e", Speaker: s(" ")},
		},
		Speakers: []article.Speaker{{Name: "Ann", Title: "Chief economist"}},
	}
	var got []string
	for _, g := range groupQuotes(a) {
		var texts []string
		for _, q := range g.Quotes {
			texts = append(texts, q.Text)
		}
		got = append(got, fmt.Sprintf("%s(%s):%s", g.Speaker, g.Title, strings.Join(texts, ",")))
	}
	want := "Bob(Mayor):c,d Ann(Chief economist):a ():b,e"
	if strings.Join(got, " ") != want {
		t.Errorf("groups = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestElide(t *testing.T) {
	tests := []struct {
		in   template.HTML
		want template.HTML
	}{
		{"The whole sentence.", "The whole sentence."},
		{"cut at both ends", "…cut at both ends…"},
		{"<mark>Rates</mark> rose", "<mark>Rates</mark> rose…"},
		{"said &#34;no&#34;", "…said &#34;no&#34;"},
		{"“Quoted,” he said.", "“Quoted,” he said."},
		{"…already cut by the backend…", "…already cut by the backend…"},
		{"...cut with dots", "...cut with dots…"},
	}
	for _, tc := range tests {
		if got := elide(tc.in); got != tc.want {
			t.Errorf("elide(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSnippets(t *testing.T) {
	tests := []struct {
		name    string
		h       map[string][]string
		summary string
		want    []template.HTML
	}{
		{"marked fragments, summary first", map[string][]string{
			"headline": {"<mark>Rates</mark> hold"}, "body": {"the <mark>rates</mark> held…", "no match here."}, "summary": {"Why <mark>rates</mark> held."},
		}, "Why rates held.", []template.HTML{"Why <mark>rates</mark> held.", "…the <mark>rates</mark> held…"}},
		{"unmarked fragments give way to the summary", map[string][]string{"body": {"Start of the body…"}}, "A summary.", nil},
		{"no summary: first fragment", map[string][]string{"body": {"Start of the body…"}}, "", []template.HTML{"Start of the body…"}},
		{"at most three", map[string][]string{"body": {"<mark>a</mark>.", "<mark>b</mark>.", "<mark>c</mark>.", "<mark>d</mark>."}}, "",
			[]template.HTML{"…<mark>a</mark>.", "…<mark>b</mark>.", "…<mark>c</mark>."}},
		{"unknown fields too, escaped", map[string][]string{"captions": {"<mark>x</mark> <b>y</b>"}}, "", []template.HTML{"…<mark>x</mark> &lt;b&gt;y&lt;/b&gt;…"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := snippets(tc.h, tc.summary)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("snippets = %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzParams feeds arbitrary query strings to the parameter parser: it must
// never panic, and what it accepts must survive a round trip through the
// links it builds.
func FuzzParams(f *testing.F) {
	for _, s := range []string{
		"", "q=rates", "q=a&site=b&section=c&author=d&speaker=e&lang=en", "since=2025-06-01&until=2025-06-30",
		"sort=date&page=3", "from=10&limit=100", "page=0", "since=bad", "q=%ff", "limit=101", "until=2025-01-01&since=2025-02-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if len(raw) > 8192 {
			return
		}
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.URL.RawQuery = raw
		p, err := parseParams(r, "/")
		if err != nil {
			if !errors.Is(err, errBadRequest) {
				t.Fatalf("error %v does not wrap errBadRequest", err)
			}
			return
		}
		if _, err := p.query(0, DefaultPageSize); err != nil {
			t.Fatalf("query of accepted params: %v", err)
		}
		link, err := url.Parse(p.PageURL(p.Page))
		if err != nil {
			t.Fatalf("PageURL %q does not parse: %v", p.PageURL(p.Page), err)
		}
		r2 := httptest.NewRequest(http.MethodGet, "/", nil)
		r2.URL.RawQuery = link.RawQuery
		p2, err := parseParams(r2, "/")
		if err != nil {
			t.Fatalf("round trip of %q via %q: %v", raw, link.RawQuery, err)
		}
		if fmt.Sprint(p2.Q, p2.Filters, p2.Since, p2.Until, p2.Sort, p2.Page) != fmt.Sprint(p.Q, p.Filters, p.Since, p.Until, p.Sort, p.Page) {
			t.Fatalf("round trip changed the params: %+v -> %+v", p, p2)
		}
	})
}

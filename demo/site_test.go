package demo

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"
	"github.com/temoto/robotstxt"
)

// server serves the demo site on a loopback port for the test.
func server(t testing.TB) (*Handler, *httptest.Server) {
	t.Helper()
	h := NewHandler()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return h, srv
}

// get fetches path from srv and returns status, content type and body.
func get(t testing.TB, srv *httptest.Server, path string) (int, string, []byte) {
	t.Helper()
	// A copy: srv.Client() is shared, and tests call get concurrently.
	client := *srv.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := client.Get(srv.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), body
}

func TestArticlesData(t *testing.T) {
	as := Articles()
	if len(as) < 50 {
		t.Fatalf("got %d articles, want at least 50", len(as))
	}
	kinds := map[string]int{}
	quotes := 0
	paywalled := 0
	for _, a := range as {
		kinds[a.Kind]++
		quotes += a.Quotes()
		if a.Paywalled {
			paywalled++
		}
		if len(a.Paragraphs) == 0 || a.Headline == "" || len(a.Authors) == 0 || a.SiteName == "" {
			t.Errorf("%s: incomplete article %+v", a.Path, a)
		}
		if !strings.HasPrefix(a.Path, "/"+a.Outlet+"/") {
			t.Errorf("%s: path outside its outlet %q", a.Path, a.Outlet)
		}
	}
	for _, k := range []string{KindWordPress, KindWire, KindNewspaper, KindLiveBlog, KindPaywall, KindAMP} {
		if kinds[k] == 0 {
			t.Errorf("no article of kind %s", k)
		}
	}
	if len(Outlets()) < 5 {
		t.Errorf("got %d outlets, want at least 5", len(Outlets()))
	}
	if quotes < len(as) {
		t.Errorf("only %d quotes in %d articles", quotes, len(as))
	}
	if paywalled == 0 {
		t.Error("no paywalled article")
	}
}

func TestLoadRejectsBadData(t *testing.T) {
	outlets := "- {id: o, name: O, kind: wire, language: en, sections: [News], feed: rss, abbrev: OO}\n"
	good := "- outlet: o\n  slug: s\n  section: News\n  headline: H\n  authors: [A]\n  dateline: TOWN\n  published: 2026-05-01T10:00:00Z\n  body: Text.\n"
	tests := []struct {
		name     string
		outlets  string
		articles string
		want     string // substring of the error; "" means success
	}{
		{"good", outlets, good, ""},
		{"unknown field", outlets, good + "  colour: red\n", "field colour not found"},
		{"unknown outlet", outlets, strings.Replace(good, "outlet: o", "outlet: x", 1), `unknown outlet "x"`},
		{"no headline", outlets, strings.Replace(good, "headline: H", "headline: ''", 1), "no headline"},
		{"no authors", outlets, strings.Replace(good, "authors: [A]", "authors: []", 1), "no authors"},
		{"late date", outlets, strings.Replace(good, "2026-05-01", "2026-12-01", 1), "outside 2026"},
		{"bad section", outlets, strings.Replace(good, "section: News", "section: Sport", 1), "section"},
		{"wire without dateline", outlets, strings.Replace(good, "  dateline: TOWN\n", "", 1), "dateline"},
		{"empty body", outlets, strings.Replace(good, "body: Text.", "body: ''", 1), "empty body"},
		{"duplicate path", outlets, good + strings.Replace(good, "slug: s", "slug: s", 1), "same path"},
		{"unknown kind", strings.Replace(outlets, "kind: wire", "kind: radio", 1), good, "unknown kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"data/outlets.yaml":    {Data: []byte(tc.outlets)},
				"data/articles-x.yaml": {Data: []byte(tc.articles)},
			}
			_, err := load(fsys)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("load: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("load error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestEveryPageServes(t *testing.T) {
	h, srv := server(t)
	paths := h.Paths()
	if len(paths) < len(Articles())+len(Outlets())*3 {
		t.Fatalf("only %d paths", len(paths))
	}
	for _, p := range paths {
		status, ct, body := get(t, srv, p)
		if status != http.StatusOK {
			t.Errorf("GET %s: status %d", p, status)
			continue
		}
		if len(body) == 0 || ct == "" {
			t.Errorf("GET %s: empty body or content type %q", p, ct)
		}
		if strings.HasPrefix(ct, "text/html") && bytes.Contains(body, []byte("<no value>")) {
			t.Errorf("GET %s: template printed <no value>", p)
		}
	}
	for _, tc := range []struct {
		method, path string
		status       int
	}{
		{http.MethodGet, "/no/such/page", http.StatusNotFound},
		{http.MethodPost, "/wire/", http.StatusMethodNotAllowed},
		{http.MethodHead, "/wire/", http.StatusOK},
		{http.MethodGet, "/brief", http.StatusMovedPermanently},
	} {
		req, err := http.NewRequest(tc.method, srv.URL+tc.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		client := srv.Client()
		client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", tc.method, tc.path, err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s %s: status %d, want %d", tc.method, tc.path, resp.StatusCode, tc.status)
		}
	}
}

// TestLinksResolve follows every same-host link, image and <link> on every
// HTML page and checks it answers 200.
func TestLinksResolve(t *testing.T) {
	h, srv := server(t)
	base, _ := url.Parse(srv.URL)
	checked := map[string]bool{}
	for _, p := range h.Paths() {
		status, ct, body := get(t, srv, p)
		if status != 200 || !strings.HasPrefix(ct, "text/html") {
			continue
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		pageURL := base.ResolveReference(&url.URL{Path: p})
		doc.Find("a[href], link[href], img[src], amp-img[src]").Each(func(_ int, s *goquery.Selection) {
			ref, ok := s.Attr("href")
			if !ok {
				ref, _ = s.Attr("src")
			}
			u, err := pageURL.Parse(ref)
			if err != nil {
				t.Errorf("%s: bad link %q: %v", p, ref, err)
				return
			}
			if u.Host != base.Host || (u.Path == pageURL.Path && u.Fragment != "") {
				return // external, mailto, or an anchor on the same page
			}
			if checked[u.Path] {
				return
			}
			checked[u.Path] = true
			if status, _, _ := get(t, srv, u.Path); status != http.StatusOK {
				t.Errorf("%s links to %s: status %d", p, u.Path, status)
			}
		})
	}
	if len(checked) < len(Articles()) {
		t.Errorf("only %d distinct links checked", len(checked))
	}
}

type sitemapDoc struct {
	XMLName  xml.Name
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"sitemap"`
	URLs []struct {
		Loc  string `xml:"loc"`
		News *struct {
			Publication struct {
				Name     string `xml:"name"`
				Language string `xml:"language"`
			} `xml:"publication"`
			PublicationDate string `xml:"publication_date"`
			Title           string `xml:"title"`
		} `xml:"http://www.google.com/schemas/sitemap-news/0.9 news"`
	} `xml:"url"`
}

func TestSitemaps(t *testing.T) {
	_, srv := server(t)
	status, _, body := get(t, srv, "/sitemap_index.xml")
	if status != 200 {
		t.Fatalf("sitemap index: status %d", status)
	}
	var idx sitemapDoc
	if err := xml.Unmarshal(body, &idx); err != nil {
		t.Fatalf("parse sitemap index: %v", err)
	}
	if idx.XMLName.Local != "sitemapindex" || len(idx.Sitemaps) != len(Outlets()) {
		t.Fatalf("sitemap index: root %q with %d sitemaps", idx.XMLName.Local, len(idx.Sitemaps))
	}
	seen := map[string]int{}
	news := 0
	for _, sm := range idx.Sitemaps {
		if _, err := time.Parse(time.RFC3339, sm.LastMod); err != nil {
			t.Errorf("%s: lastmod %q: %v", sm.Loc, sm.LastMod, err)
		}
		u, err := url.Parse(sm.Loc)
		if err != nil || !strings.HasPrefix(sm.Loc, srv.URL+"/") {
			t.Fatalf("sitemap loc %q not on the site", sm.Loc)
		}
		status, _, body := get(t, srv, u.Path)
		if status != 200 {
			t.Fatalf("%s: status %d", u.Path, status)
		}
		var set sitemapDoc
		if err := xml.Unmarshal(body, &set); err != nil {
			t.Fatalf("parse %s: %v", u.Path, err)
		}
		if set.XMLName.Local != "urlset" || len(set.URLs) == 0 {
			t.Fatalf("%s: root %q with %d urls", u.Path, set.XMLName.Local, len(set.URLs))
		}
		for _, e := range set.URLs {
			seen[e.Loc]++
			if n := e.News; n != nil {
				news++
				if n.Publication.Name == "" || n.Publication.Language == "" || n.Title == "" {
					t.Errorf("%s: incomplete news entry %+v", e.Loc, n)
				}
				if _, err := time.Parse(time.RFC3339, n.PublicationDate); err != nil {
					t.Errorf("%s: publication_date: %v", e.Loc, err)
				}
			}
		}
	}
	if news == 0 {
		t.Error("no Google News sitemap entries")
	}
	for _, a := range Articles() {
		if seen[a.URL(srv.URL)] != 1 {
			t.Errorf("%s listed %d times in sitemaps, want 1", a.Path, seen[a.URL(srv.URL)])
		}
	}
	for _, p := range DisallowedPaths() {
		if seen[srv.URL+p] != 0 {
			t.Errorf("disallowed %s is in a sitemap", p)
		}
	}
}

func TestFeeds(t *testing.T) {
	_, srv := server(t)
	d := data()
	for _, o := range d.outlets {
		status, ct, body := get(t, srv, feedPath(o))
		if status != 200 || !strings.Contains(ct, "xml") {
			t.Fatalf("%s: status %d, type %q", feedPath(o), status, ct)
		}
		f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("parse feed %s: %v", feedPath(o), err)
		}
		want := d.articlesOf(o, "")
		if f.Title != o.Name || len(f.Items) != len(want) {
			t.Errorf("%s: title %q with %d items, want %q with %d", feedPath(o), f.Title, len(f.Items), o.Name, len(want))
		}
		for i, it := range f.Items {
			if i < len(want) && (it.Link != want[i].URL(srv.URL) || it.Title != want[i].Headline) {
				t.Errorf("%s item %d: %q %q", feedPath(o), i, it.Link, it.Title)
			}
			if it.PublishedParsed == nil || len(it.Authors) == 0 {
				t.Errorf("%s item %d: no date or author", feedPath(o), i)
			}
		}
	}
}

func TestRobots(t *testing.T) {
	h, srv := server(t)
	status, _, body := get(t, srv, "/robots.txt")
	if status != 200 {
		t.Fatalf("robots.txt: status %d", status)
	}
	r, err := robotstxt.FromBytes(body)
	if err != nil {
		t.Fatalf("parse robots.txt: %v", err)
	}
	if !slices.Contains(r.Sitemaps, srv.URL+"/sitemap_index.xml") {
		t.Errorf("robots.txt sitemaps = %v", r.Sitemaps)
	}
	g := r.FindGroup("Byline/1.0")
	for _, p := range DisallowedPaths() {
		if g.Test(p) {
			t.Errorf("robots.txt allows %s", p)
		}
		if status, _, _ := get(t, srv, p); status != 200 {
			t.Errorf("disallowed page %s must still exist (status %d) so a rude crawler would index it", p, status)
		}
		if h.Hits(p) != 1 {
			t.Errorf("Hits(%s) = %d after one request", p, h.Hits(p))
		}
	}
	for _, a := range Articles() {
		if !g.Test(a.Path) {
			t.Errorf("robots.txt disallows article %s", a.Path)
		}
	}
	if r.TestAgent("/wire/", "GPTBot") {
		t.Error("GPTBot should be disallowed everywhere")
	}
}

// ldArticle is the part of the JSON-LD the test reads.
type ldArticle struct {
	Type          string `json:"@type"`
	Headline      string `json:"headline"`
	DatePublished string `json:"datePublished"`
	Author        []struct {
		Name string `json:"name"`
	} `json:"author"`
	IsAccessibleForFree *bool `json:"isAccessibleForFree"`
	LiveBlogUpdate      []any `json:"liveBlogUpdate"`
}

// TestArticlePages checks each article page's metadata and that the
// paragraphs Articles reports are on the page, in order.
func TestArticlePages(t *testing.T) {
	_, srv := server(t)
	straight := strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")
	for _, a := range Articles() {
		_, _, body := get(t, srv, a.Path)
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("parse %s: %v", a.Path, err)
		}
		var ld *ldArticle
		doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
			var v struct {
				ldArticle
				Graph []json.RawMessage `json:"@graph"`
			}
			if err := json.Unmarshal([]byte(s.Text()), &v); err != nil {
				t.Errorf("%s: JSON-LD: %v", a.Path, err)
				return
			}
			if v.Type != "" {
				ld = &v.ldArticle
			}
			for _, raw := range v.Graph {
				var g ldArticle
				if json.Unmarshal(raw, &g) == nil && g.Type == "NewsArticle" {
					ld = &g
				}
			}
		})
		if ld == nil {
			t.Errorf("%s: no article JSON-LD", a.Path)
			continue
		}
		wantType := "NewsArticle"
		if a.Kind == KindLiveBlog {
			wantType = "LiveBlogPosting"
			if len(ld.LiveBlogUpdate) < 3 {
				t.Errorf("%s: %d liveBlogUpdate entries", a.Path, len(ld.LiveBlogUpdate))
			}
		}
		if ld.Type != wantType || ld.Headline != a.Headline || ld.DatePublished != a.Published.Format(time.RFC3339) {
			t.Errorf("%s: JSON-LD %s %q %s", a.Path, ld.Type, ld.Headline, ld.DatePublished)
		}
		if len(ld.Author) != len(a.Authors) || ld.Author[0].Name != a.Authors[0] {
			t.Errorf("%s: JSON-LD authors %+v, want %v", a.Path, ld.Author, a.Authors)
		}
		if a.Paywalled && (ld.IsAccessibleForFree == nil || *ld.IsAccessibleForFree) {
			t.Errorf("%s: paywalled but isAccessibleForFree is not false", a.Path)
		}
		if got, _ := doc.Find(`meta[property="og:title"]`).Attr("content"); got != a.Headline {
			t.Errorf("%s: og:title %q", a.Path, got)
		}
		if got, _ := doc.Find(`link[rel="canonical"]`).Attr("href"); got != a.URL(srv.URL) {
			t.Errorf("%s: canonical %q", a.Path, got)
		}
		if a.Kind == KindAMP {
			if _, ok := doc.Find("html").Attr("⚡"); !ok {
				t.Errorf("%s: AMP page without the ⚡ attribute", a.Path)
			}
		}
		var texts []string
		doc.Find("p").Each(func(_ int, s *goquery.Selection) {
			texts = append(texts, straight.Replace(strings.Join(strings.Fields(s.Text()), " ")))
		})
		i := 0
		for _, want := range a.Paragraphs {
			for i < len(texts) && texts[i] != want {
				i++
			}
			if i == len(texts) {
				t.Errorf("%s: paragraph not on the page (in order): %q", a.Path, want)
				break
			}
		}
	}
}

func TestHitsConcurrent(t *testing.T) {
	h, srv := server(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { get(t, srv, "/wire/") })
	}
	wg.Wait()
	if got := h.Hits("/wire/"); got != 8 {
		t.Fatalf("Hits = %d, want 8", got)
	}
}

func TestTexturize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"Hello," she said.`, "&#8220;Hello,&#8221; she said."},
		{`It's <b> & "x"`, "It&#8217;s &lt;b&gt; &amp; &#8220;x&#8221;"},
		{`(‘quoted’) — "yes"`, "(‘quoted’) &#8212; &#8220;yes&#8221;"},
	}
	for _, tc := range tests {
		if got := string(texturizeHTML(tc.in)); got != tc.want {
			t.Errorf("texturizeHTML(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := curly(`He said "it's fine."`); got != "He said \u201cit\u2019s fine.\u201d" {
		t.Errorf("curly = %q", got)
	}
}

func FuzzTexturize(f *testing.F) {
	for _, s := range []string{`"a" 'b'`, "<script>alert(1)</script>", "&amp;", "\xff\"", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := string(texturizeHTML(s))
		if strings.ContainsAny(out, `<>"'`) {
			t.Fatalf("texturizeHTML(%q) = %q leaves markup characters", s, out)
		}
	})
}

func TestSectionSlug(t *testing.T) {
	for in, want := range map[string]string{"Business & Tech": "business-tech", "City": "city", " A  b ": "a-b", "M. Lavigne": "m-lavigne"} {
		if got := sectionSlug(in); got != want {
			t.Errorf("sectionSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkRenderArticle(b *testing.B) {
	h := NewHandler()
	for _, kind := range []string{KindWordPress, KindNewspaper, KindLiveBlog} {
		var path string
		for _, a := range Articles() {
			if a.Kind == kind {
				path = a.Path
				break
			}
		}
		b.Run("kind="+kind, func(b *testing.B) {
			b.ReportAllocs()
			req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080"+path, nil)
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatal(errors.New(rec.Body.String()))
				}
			}
		})
	}
}

// FuzzLoad feeds arbitrary article files to the loader: it must return an
// error or valid data, never panic.
func FuzzLoad(f *testing.F) {
	outlets := []byte("- {id: o, name: O, kind: liveblog, language: en, sections: [News], feed: rss}\n")
	f.Add([]byte("- outlet: o\n  slug: s\n  section: News\n  headline: H\n  authors: [A]\n  published: 2026-05-01T10:00:00Z\n  body: Intro.\n  entries:\n    - {time: 2026-05-01T11:00:00Z, title: T, body: B}\n    - {time: 2026-05-01T12:00:00Z, title: T, body: B}\n    - {time: 2026-05-01T13:00:00Z, title: T, body: B}\n"))
	f.Add([]byte("- outlet: o\n  paywalled: true\n  teaser: 9\n"))
	f.Add([]byte("[[[\n"))
	f.Fuzz(func(t *testing.T, articles []byte) {
		if len(articles) > 1<<14 {
			return
		}
		s, err := load(fstest.MapFS{
			"data/outlets.yaml":    {Data: outlets},
			"data/articles-x.yaml": {Data: articles},
		})
		if err != nil {
			return
		}
		for _, a := range s.articles {
			if a.Path == "" || len(a.Paragraphs) == 0 {
				t.Fatalf("loaded an article without path or paragraphs: %+v", a)
			}
		}
	})
}

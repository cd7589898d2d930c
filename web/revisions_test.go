package web

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
	"github.com/byline/byline/revision"
)

// TestArticleRevisions: an article at revision 3 says "Updated 2 times"
// and shows each change, newest first, edited words struck and inserted.
func TestArticleRevisions(t *testing.T) {
	f, h := newTestServer(t)
	a := *f.articles[0]
	a.ID = "0123456789abcdef0123456789abcd16"
	v1 := a
	v1.Headline = "Council weighs seawall"
	v1.FetchedAt = "2026-11-01T08:00:00Z"
	v1.Paragraphs = []string{"The council met on Tuesday.", "Work starts in September and takes two years.", "Opponents said the cost was too high."}
	v2 := v1
	v2.FetchedAt = "2026-11-01T12:00:00Z"
	v2.Headline = "Council approves <b>seawall</b>"
	v2.Paragraphs = []string{"The council met on Tuesday.", "Work starts in October and takes three years."}
	v3 := v2
	v3.FetchedAt = "2026-11-02T09:00:00Z"
	v3.Paragraphs = append(append([]string{}, v2.Paragraphs...), "The state pays half.")
	hist, _ := revision.Apply(nil, &v1)
	hist, _ = revision.Apply(hist, &v2)
	_, res := revision.Apply(hist, &v3)
	if res != revision.Revised || v3.Revision != 3 {
		t.Fatalf("setup: %v, revision %d", res, v3.Revision)
	}
	f.articles = append(f.articles, &v3)
	resp, body := get(t, h, "GET", "/article/"+v3.ID)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, want := range []string{
		`Updated 2 times</a> since Byline first saw it`,
		`<h2 id="revisions-h">Updated 2 times</h2>`,
		`Revision 3`, `Revision 2`,
		`1 paragraph added`,
		`<ins>The state pays half.</ins>`,
		`<del>Council weighs seawall</del> <ins>Council approves &lt;b&gt;seawall&lt;/b&gt;</ins>`, // escaped: untrusted text
		`Work starts in <del>September</del> <ins>October</ins> and takes <del>two</del> <ins>three</ins> years.`,
		`Removed paragraph 3`, `<del>Opponents said the cost was too high.</del>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if i, j := strings.Index(body, "Revision 3"), strings.Index(body, "Revision 2"); i > j {
		t.Error("revisions are not newest first")
	}
	// An article seen once says nothing about updates.
	_, body = get(t, h, "GET", "/article/"+f.articles[0].ID)
	if strings.Contains(body, "Updated ") && strings.Contains(body, "since Byline first saw it") {
		t.Error("an article at revision 1 claims updates")
	}
}

// TestCollapsedResults: three copies of a wire story on three sites are
// one result, "and 2 more sites" opening onto their names and a link that
// lists every copy; collapse=0 lists them; revised=1 keeps edited ones.
func TestCollapsedResults(t *testing.T) {
	f, h := newTestServer(t)
	base := *f.articles[0]
	var copies []*article.Article
	for i, site := range []string{"Meridian Wire", "The Harbor Times", "Coastline Mobile"} {
		c := base
		c.ID = "0123456789abcdef0123456789abcd2" + string(rune('0'+i))
		c.URL = "https://copy" + string(rune('0'+i)) + ".example/ferry"
		c.SiteName = site
		c.Headline = "Ferry zqstrike ends (" + site + ")"
		c.ClusterID = "0123456789abcdef0123456789abcd20"
		copies = append(copies, &c)
	}
	copies[1].Revision = 2
	f.articles = append(f.articles, copies...)
	_, body := get(t, h, "GET", "/?q=zqstrike")
	for _, want := range []string{"1 story (3 articles) matches", "<summary>and 2 more sites</summary>", "Also run by", "collapse=0", "List every copy"} {
		if !strings.Contains(body, want) {
			t.Errorf("collapsed results lack %q", want)
		}
	}
	if n := strings.Count(body, `class="hit"`); n != 1 {
		t.Errorf("%d hits, want 1", n)
	}
	_, body = get(t, h, "GET", "/?q=zqstrike&collapse=0")
	if n := strings.Count(body, `class="hit"`); n != 3 || !strings.Contains(body, "3 articles match") {
		t.Errorf("collapse=0: %d hits, want 3", n)
	}
	_, body = get(t, h, "GET", "/?q=zqstrike&revised=1&collapse=0")
	if n := strings.Count(body, `class="hit"`); n != 1 || !strings.Contains(body, "Updated 1 time</a> since first seen") {
		t.Errorf("revised=1: %d hits, want 1 with its badge", n)
	}
	_, body = get(t, h, "GET", "/?q=zqstrike&collapse=0&count=stories")
	if !strings.Contains(body, "Filters count <a") || !strings.Contains(body, "<strong>stories</strong>") {
		t.Error("count=stories: the toggle does not say the filters count stories")
	}
	if resp, _ := get(t, h, "GET", "/?q=zqstrike&count=copies"); resp.StatusCode != 400 {
		t.Errorf("count=copies: status %d, want 400", resp.StatusCode)
	}
	if resp, _ := get(t, h, "GET", "/?q=zqstrike&collapse=maybe"); resp.StatusCode != 400 {
		t.Errorf("collapse=maybe: status %d, want 400", resp.StatusCode)
	}
}

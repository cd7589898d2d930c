package web

import (
	"strings"
	"testing"

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

package demo

import (
	"strings"
	"testing"
)

// TestPublishUpdates: after PublishUpdates the updated article serves its
// new headline and text, and the sitemaps and their index give it a newer
// lastmod, so a crawler that trusts them fetches it again and nothing
// else.
func TestPublishUpdates(t *testing.T) {
	ups := Updates()
	if len(ups) == 0 {
		t.Fatal("no article has an update: the demo shows no revision")
	}
	h, srv := server(t)
	u := ups[0]
	var orig Article
	for _, a := range Articles() {
		if a.Path == u.Path {
			orig = a
		}
	}
	_, _, before := get(t, srv, u.Path)
	_, _, idxBefore := get(t, srv, "/sitemap_index.xml")
	if !strings.Contains(string(before), orig.Headline) || strings.Contains(string(before), u.Headline) {
		t.Fatalf("before the update the page does not show the original headline %q", orig.Headline)
	}
	h.PublishUpdates()
	_, _, after := get(t, srv, u.Path)
	if !strings.Contains(string(after), u.Headline) {
		t.Errorf("after the update the page lacks the new headline %q", u.Headline)
	}
	last := u.Paragraphs[len(u.Paragraphs)-1]
	if !strings.Contains(string(after), last[len(last)-40:]) {
		t.Errorf("after the update the page lacks the added paragraph %q", last)
	}
	stamp := u.Modified.Format("2006-01-02T15:04:05")
	if _, _, sm := get(t, srv, "/sitemap_index.xml"); string(sm) == string(idxBefore) {
		t.Error("the sitemap index did not change")
	}
	found := false
	for _, o := range Outlets() {
		if o.ID == orig.Outlet {
			_, _, sm := get(t, srv, sitemapPath(&o))
			found = strings.Contains(string(sm), stamp)
		}
	}
	if !found {
		t.Errorf("the outlet's sitemap lacks the update's lastmod %s", stamp)
	}
}

package extract

import (
	"net/url"
	"strings"
	"testing"
)

// TestIsSelfLinkSpelling checks isSelfLink, which parses only the links
// that spell the page's last path segment, against parsing every link.
func TestIsSelfLinkSpelling(t *testing.T) {
	pages := []struct{ base, canonical string }{
		{"https://www.holmby-courier.example/news/ferry-first-crossing", ""},
		{"https://holmby-courier.example/news/ferry-first-crossing/", "/news/2024/ferry-first-crossing-1.234"},
		{"https://holmby-courier.example/news/caf%C3%A9-hires", "https://holmby-courier.example/news/café-hires"},
		{"https://holmby-courier.example/", ""},
		{"https://holmby-courier.example/story.html?id=7", "https://m.holmby-courier.example/story.html"},
		{"https://holmby-courier.example/a/b/", ""},
	}
	hrefs := []string{
		"", "#top", "?page=2", "./", ".", "..", "../b/", "x/..", "/news/ferry-first-crossing",
		"https://holmby-courier.example/news/ferry-first-crossing/#comments", "//WWW.Holmby-Courier.example/news/ferry-first-crossing",
		"/news/ferry-first-crossing-2", "/news/2024/ferry-first-crossing-1.234", "ferry-first-crossing", "/news/café-hires",
		"/news/caf%C3%A9-hires", "/news/caf%c3%a9-hires", "/NEWS/ferry-first-crossing", "/", "https://holmby-courier.example",
		"story.html", "/story.html", "https://m.holmby-courier.example/story.html?x=1", "/b", "/a/b", "/a/b/.", "/a/./b/",
		"mailto:desk@holmby-courier.example", "javascript:void(0)", "  /news/ferry-first-crossing  ", "/other/story",
	}
	for _, p := range pages {
		base, err := url.Parse(p.base)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc{base: base, canonical: p.canonical}
		for _, h := range hrefs {
			if got, want := d.isSelfLink(h), parsedSelfLink(base, p.canonical, h); got != want {
				t.Errorf("page %s (canonical %q): isSelfLink(%q) = %v, parsing every link says %v", p.base, p.canonical, h, got, want)
			}
		}
	}
}

// parsedSelfLink is isSelfLink without the spelling shortcut.
func parsedSelfLink(base *url.URL, canonical, href string) bool {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' {
		return false
	}
	u, err := base.Parse(href)
	if err != nil {
		return false
	}
	if samePage(u, base) {
		return true
	}
	if canonical != "" {
		if c, err := base.Parse(canonical); err == nil && samePage(u, c) {
			return true
		}
	}
	return false
}

// FuzzIsSelfLink compares isSelfLink with parsing every link on made-up
// pages and links.
func FuzzIsSelfLink(f *testing.F) {
	f.Add("https://holmby-courier.example/news/caf%C3%A9-hires/", "/news/2024/x", "../news/café-hires")
	f.Add("https://holmby-courier.example/a/b", "", "?page=2")
	f.Fuzz(func(t *testing.T, page, canonical, href string) {
		base, err := url.Parse(page)
		if err != nil {
			return
		}
		d := &doc{base: base, canonical: canonical}
		if got, want := d.isSelfLink(href), parsedSelfLink(base, canonical, href); got != want {
			t.Errorf("page %q (canonical %q): isSelfLink(%q) = %v, parsing every link says %v", page, canonical, href, got, want)
		}
	})
}

// TestHomeHrefAndBelowSelfHosts checks that the two link tests of the
// author rules compare hosts as sameSite does: case-blind, "www." or
// "WWW." alike, another host never the page's own.
func TestHomeHrefAndBelowSelfHosts(t *testing.T) {
	base, err := url.Parse("https://www.holmby-courier.example/live/ferry-strike")
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{base: base}
	for _, c := range []struct {
		href        string
		home, below bool
	}{
		{"/", true, false},
		{"https://holmby-courier.example/", true, false},
		{"https://WWW.Holmby-Courier.example", true, false},
		{"https://marlowe.example/", false, false},
		{"https://holmby-courier.example/?ref=byline", false, false},
		{"/live/ferry-strike/posts/2", false, true},
		{"https://WWW.HOLMBY-COURIER.example/live/ferry-strike/posts/2", false, true},
		{"https://other.example/live/ferry-strike/posts/2", false, false},
		{"/live/ferry-strike", false, false},
	} {
		if got := d.homeHref(c.href); got != c.home {
			t.Errorf("homeHref(%q) = %v, want %v", c.href, got, c.home)
		}
		if got := d.belowSelf(c.href); got != c.below {
			t.Errorf("belowSelf(%q) = %v, want %v", c.href, got, c.below)
		}
	}
}

package extract

import (
	"net/url"
	"strings"
)

// selfRef holds what isSelfLink compares a link with, worked out once per
// page (and again if the canonical URL turns up after the first links):
// the page's canonical URL resolved, and the last path segments of the
// page's URL and canonical URL, which any link to the page must spell.
type selfRef struct {
	canon    string   // d.canonical these were made for
	canonURL *url.URL // nil when there is none or it does not parse
	segs     []string // last non-empty path segments, escaped and decoded
	parseAll bool     // a path whose last segment is empty: parse every link
	ready    bool
}

// isSelfLink reports whether href points to the page itself (its URL or
// its canonical URL, fragment and query aside).
func (d *doc) isSelfLink(href string) bool {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' || d.base == nil {
		return false
	}
	ref := d.selfRef()
	if !ref.maySpell(href) {
		return false
	}
	u, err := d.base.Parse(href)
	if err != nil {
		return false
	}
	return samePage(u, d.base) || ref.canonURL != nil && samePage(u, ref.canonURL)
}

// selfRef returns the page's own addresses, made on first use.
func (d *doc) selfRef() *selfRef {
	r := &d.self
	if r.ready && r.canon == d.canonical {
		return r
	}
	*r = selfRef{canon: d.canonical, ready: true}
	urls := []*url.URL{d.base}
	if d.canonical != "" {
		if c, err := d.base.Parse(d.canonical); err == nil {
			r.canonURL = c
			urls = append(urls, c)
		}
	}
	for _, u := range urls {
		// as escaped and as decoded: a link may spell "café" either way
		for _, p := range []string{u.EscapedPath(), u.Path} {
			p = strings.TrimSuffix(p, "/") // as samePage trims it
			if p == "" {
				continue // the root: never the page
			}
			if seg := p[strings.LastIndexByte(p, '/')+1:]; seg != "" {
				r.segs = append(r.segs, seg)
			} else {
				r.parseAll = true // "/a//": no segment to look for
			}
		}
	}
	return r
}

// maySpell reports whether href may resolve to the page: it holds the
// last segment of the page's path, or its form leaves the path to be
// worked out (a query or dot segments, "?page=2", "./"; a percent escape,
// which may spell the segment otherwise). A link to the page must name
// its last segment (samePage wants the same path, not the root), so this
// spares parsing every other link of the page.
func (r *selfRef) maySpell(href string) bool {
	if r.parseAll {
		return true
	}
	if len(r.segs) == 0 {
		return false // a root or empty path is never the page (samePage)
	}
	if href[0] == '?' || href[0] == '.' || strings.Contains(href, "/.") || strings.IndexByte(href, '%') >= 0 {
		return true
	}
	for _, s := range r.segs {
		if strings.Contains(href, s) {
			return true
		}
	}
	return false
}

// samePage reports whether two URLs name one page: the same host (www.
// aside, any case) and the same path (a closing slash aside), the root
// excepted.
func samePage(a, b *url.URL) bool {
	host := func(u *url.URL) string { return strings.TrimPrefix(strings.ToLower(u.Host), "www.") }
	return host(a) == host(b) && strings.TrimSuffix(a.Path, "/") == strings.TrimSuffix(b.Path, "/") && a.Path != "" && a.Path != "/"
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sourceAgency returns the news agency a page names alone, with no label
// and no "By", in an element beside its date at the article's head: an
// element whose class names the text's source or agency ("<span
// class=article-source>ELTA</span>", "<span class=agency>Keystone-SDA
// </span>", the lexicon's source_classes) or marked
// itemprop=sourceOrganization (schema.org), a sibling of a <time> or date
// element. Portals carrying agency copy print the agency there, where
// their own stories print the writer. Only a known agency counts (the
// lexicon's wires; a dateline wire, "MAP", "SPA", only in capitals), in
// no picture's credit, and only at the head: after the headline and
// before the text's second paragraph (a standfirst may come first), out
// of the chrome, so a study's "Source:" line, a teaser's source label and
// an agency named in a sentence are never read. It decides no development
// page (none prints an agency so with no byline); kept as the convention
// of portals and regionals running agency copy in many languages (the
// SDA, Kyodo and ELTA pages of cms11a and cms12a, failclass_fix17_agency
// rows), tried only when no rule before found a person or organisation.
func (d *doc) sourceAgency() []string {
	if d.headlineNode == nil || d.bodyRes == nil || len(d.bodyRes.paraBlocks) == 0 {
		return nil
	}
	end := d.bodyRes.paraBlocks[min(1, len(d.bodyRes.paraBlocks)-1)]
	if end == nil || end.container == nil {
		return nil
	}
	for _, list := range [2][]*html.Node{d.times, d.dateNodes} {
		for _, t := range list {
			if t.Parent == nil || !precedes(d.headlineNode, t) || !precedes(t, end.container) || inChrome(t) {
				continue
			}
			for c := t.Parent.FirstChild; c != nil; c = c.NextSibling {
				if c == t || c.Type != html.ElementNode || !d.sourceElem(c) {
					continue
				}
				if names := d.agencyNames(shortText(c, 80)); len(names) > 0 {
					return names
				}
			}
		}
	}
	return nil
}

// sourceElem reports whether n's class or itemprop names where the text
// came from, and nothing names it a picture's credit.
func (d *doc) sourceElem(n *html.Node) bool {
	toks := d.tokensOf(n)
	if !hasAny(toks, d.w.sourceClasses) && !strings.EqualFold(attr(n, "itemprop"), "sourceOrganization") {
		return false
	}
	if hasAny(toks, photoClassWords) || hasAny(toks, d.w.captionWords) || creditNamed(toks) {
		return false
	}
	return findAncestor(n, atom.Figure) == nil && findAncestor(n, atom.Figcaption) == nil && !d.inPlayerMeta(n)
}

// inPlayerMeta reports whether n stands in a media player's box, within
// three levels below the article: one named as a player ("video-player",
// "media-video") or holding the player itself (<video>, <audio>,
// <iframe>). A lead clip prints the agency that supplied it beside its
// date or duration ("<div class=video-meta><time>1:30</time> <span
// class=video-source>Reuters</span>"), which credits the clip, not the
// text.
func (d *doc) inPlayerMeta(n *html.Node) bool {
	for up, p := 0, n; up < 3 && p != nil && p.Type == html.ElementNode && p != d.bodyRes.scope; up, p = up+1, p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main || p.DataAtom == atom.Body {
			return false
		}
		if hasAny(d.tokensOf(p), playerWords) {
			return true
		}
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Video || c.DataAtom == atom.Audio || c.DataAtom == atom.Iframe {
				return true
			}
		}
	}
	return false
}

// agencyNames splits s into agencies ("dpa/AFP", "AFP, Reuters") when it
// names nothing else: each part a wire written as a bracket's would be
// (bracketWire), so "Keystone-SDA" counts and "Map" does not.
func (d *doc) agencyNames(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || textOver(s, 60) || strings.ContainsAny(s, "0123456789:") {
		return nil
	}
	names := d.w.splitAuthorNames(s, false)
	if strings.Contains(s, "/") {
		names = strings.Split(s, "/") // "dpa/AFP", which the byline splitter keeps whole as a desk code's
	}
	for i, n := range names {
		if names[i] = strings.TrimSpace(n); !bracketWire(names[i]) {
			return nil
		}
	}
	return names
}

// allWires reports whether every part of a slash-joined credit is a news
// agency of the lexicon ("RND/dpa", "dpa/AFP"): two agencies, not an
// author's code glued to one ("det/dpa").
func (w *words) allWires(s string) bool {
	for _, p := range strings.Split(s, "/") {
		if !w.wires[strings.ToLower(strings.TrimSpace(p))] {
			return false
		}
	}
	return true
}

// splitKey is a line and its source's trust, split by splitAuthorNames
// with the words w.
type splitKey struct {
	w       *words
	s       string
	trusted bool
}

// splitOnce is d.w.splitAuthorNames(s, trusted) read from the doc's memo
// when it was split before: the author sources often read the same line
// (a meta tag, the JSON-LD, the byline element), and the wire-place read
// (wireBylinePlace) splits the sources' lines again. Its result must not
// be modified.
func (d *doc) splitOnce(s string, trusted bool) []string {
	if d.splits == nil {
		d.splits = map[splitKey][]string{}
	}
	k := splitKey{d.w, s, trusted}
	names, ok := d.splits[k]
	if !ok {
		names = d.w.splitAuthorNames(s, trusted)
		d.splits[k] = names
	}
	return names
}

// metaPeople returns the people a meta author tag names, without desks;
// none when it names only login handles ("comunicacao-serra", Plone's
// DC.creator user id; "jdoe") and another source names a person in full
// ("Texto: Marina Kowalski"): the tag holds the CMS account that posted
// the page, the page's own line who wrote it. A handle alone still
// stands as a blog's user name.
func (d *doc) metaPeople(people []string) []string {
	people = d.w.withoutDesks(people)
	for _, p := range people {
		if strings.ContainsRune(p, ' ') || strings.ToLower(p) != p {
			return people
		}
	}
	for j, src := range authorSources {
		if src.orgs || src.name == "meta-author" || !src.personal {
			continue
		}
		for _, n := range d.people(d.authorNames()[j], true) {
			if strings.ContainsRune(n, ' ') && strings.ToLower(n) != n {
				return nil
			}
		}
	}
	return people
}

// withoutDeskWords drops the desk words from a name: "IGN Staff" → "IGN",
// "Redaktion Eurailpress" → "Eurailpress"; the site's own desk credited
// beside a writer is the site.
func (w *words) withoutDeskWords(n string) string {
	var kept []string
	for _, f := range strings.Fields(n) {
		if !w.desk[strings.ToLower(f)] {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}

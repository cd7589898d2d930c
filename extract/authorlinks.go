package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A byline that is only a link to the writer's author page: many CMSs
// link the writer's name to an author archive (WordPress /author/slug/,
// newspaper chains' /staff/id/slug/, /autor/, /auteur/, /redacteur/...:
// the lexicon's author_path_words), and some templates print nothing
// else, no "By" label, no byline class, no structured data. Such a link,
// name-shaped, standing on its own line between the headline and the
// text's first paragraph, names the writer. Menus, footers, related
// cards, comments and bio boxes are no header (inChrome, ofTeaser, and
// the walk stops where the text begins); a columnist's page linked from
// the prose is inside a paragraph, not on a line of its own.

// authorLinkWalk bounds the walk from the headline: nodes visited, and
// text met before the byline's place is left behind.
const (
	authorLinkSteps = 600
	authorLinkText  = 800
	// authorLinkProse is the text of a paragraph that begins the body.
	authorLinkProse = 150
)

// authorPageLinks returns the names of the author-page links between the
// headline and the text.
func (d *doc) authorPageLinks() []string {
	if d.headlineNode == nil {
		return nil
	}
	var out []string
	seen := 0
	cur, descend := d.headlineNode, false
	for steps := 0; steps < authorLinkSteps && seen < authorLinkText; steps++ {
		if cur = nextInOrder(cur, descend); cur == nil {
			break
		}
		descend = false
		if cur.Type == html.TextNode {
			seen += len(strings.TrimSpace(cur.Data))
			continue
		}
		if cur.Type != html.ElementNode {
			continue
		}
		switch cur.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Script, atom.Style, atom.Noscript, atom.Template,
			atom.Svg, atom.Button, atom.Select, atom.Iframe, atom.Figure, atom.Figcaption, atom.Picture:
			continue
		case atom.P:
			if len(shortText(cur, authorLinkProse+10)) >= authorLinkProse {
				return out
			}
		case atom.A:
			if name := d.authorLinkName(cur); name != "" {
				out = append(out, name)
			}
			continue
		}
		descend = true
	}
	return out
}

// nextInOrder is the node after n in document order, into n's children
// only when descend.
func nextInOrder(n *html.Node, descend bool) *html.Node {
	if descend && n.FirstChild != nil {
		return n.FirstChild
	}
	for n != nil && n.NextSibling == nil {
		n = n.Parent
	}
	if n == nil {
		return nil
	}
	return n.NextSibling
}

// authorLinkName returns the text of the link a when it points to an
// author archive, reads as a person's name of two to four words and
// stands on its own line outside the page's chrome; else "".
func (d *doc) authorLinkName(a *html.Node) string {
	if !d.w.authorArchive(attr(a, "href")) {
		return ""
	}
	t := shortText(a, 120)
	if n := len(strings.Fields(t)); n < 2 || n > 4 || !looksLikeName(t, d.w) {
		return ""
	}
	if inChrome(a) || d.ofTeaser(a) || !d.w.ownLine(a) {
		return ""
	}
	return t
}

// authorArchive reports whether href's path names a writer's archive: a
// step of the lexicon's author_path_words followed by another (the
// writer's slug or id): "/author/jane-doe/", "/staff/123/jane-doe/". An
// archive's index ("/authors/") names no one.
func (w *words) authorArchive(href string) bool {
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		} else {
			return false
		}
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	// Step by step, without splitting (no allocation per link).
	for rest := strings.Trim(href, "/"); rest != ""; {
		step, next, more := strings.Cut(rest, "/")
		if more && strings.Trim(next, "/") != "" && w.authorPaths[strings.ToLower(step)] {
			return true
		}
		rest = next
	}
	return false
}

// authorLineWords is the most words a byline's line holds besides its
// author links: a date, the paper's name, "and".
const authorLineWords = 10

// ownLine reports whether the link a stands on a line of its own: in its
// nearest block, the text before it (author links aside) is at most a
// label or a joiner ("By", "and", ","), the rest is a few words, and the
// block is no sentence (it does not end on a full stop).
func (w *words) ownLine(a *html.Node) bool {
	block := a.Parent
	for block != nil && !(block.Type == html.ElementNode && isBlockAtom(block.DataAtom)) {
		block = block.Parent
	}
	if block == nil {
		return false
	}
	var before, rest strings.Builder
	after := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n == a {
			after = true
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A && w.authorArchive(attr(n, "href")) {
			return
		}
		if n.Type == html.TextNode {
			if !after {
				before.WriteString(n.Data)
			}
			writeFlat(&rest, n.Data) // the bound counts text, not indentation
			rest.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil && rest.Len() < 400; c = c.NextSibling {
			walk(c)
		}
	}
	walk(block)
	pre := squash(before.String())
	if utf8.RuneCountInString(pre) > 5 || strings.ContainsRune(pre, ':') {
		return false
	}
	all := squash(rest.String())
	return len(strings.Fields(all)) <= authorLineWords && !strings.HasSuffix(all, ".")
}

package extract

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The cutting tools of TestMetamorphicAbsent (metamorphic_absent_test.go):
// they take a string out of a parsed page's text, attributes, JSON-LD
// and scripts, and tell text of the article's body from the rest.

// absPage is a parsed page being cut, with the original extraction's
// body (squashed) to tell body prose from the rest.
type absPage struct {
	root *html.Node
	body string
}

func absParse(page []byte, body string) *absPage {
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	return &absPage{root: root, body: absSquash(body)}
}

func (p *absPage) render() []byte {
	var b bytes.Buffer
	if html.Render(&b, p.root) != nil {
		return nil
	}
	return b.Bytes()
}

func absSquash(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// absWordsRe matches s's words with any white space (or none) between
// them, case folded when fold.
func absWordsRe(s string, fold bool) *regexp.Regexp {
	ws := strings.Fields(strings.ReplaceAll(s, "\u00a0", " "))
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	expr := strings.Join(ws, `[\s\x{a0}]*`)
	if fold {
		expr = "(?i)" + expr
	}
	return regexp.MustCompile(expr)
}

// absRawTags hold text the parser keeps raw; JSON-LD among them is
// handled apart.
var absRawTags = set("script", "style", "noscript", "template", "textarea", "title", "iframe", "xmp", "noembed", "noframes")

// absEach calls f on every node under n in document order.
func absEach(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		absEach(c, f)
	}
}

// absBlockTags end a run of text (the container absContainer returns).
var absBlockTags = set("p", "div", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "caption", "h1", "h2", "h3",
	"h4", "h5", "h6", "section", "article", "aside", "header", "footer", "main", "figure", "body", "ul", "ol", "table",
	"tr", "address", "pre", "nav", "form", "details", "summary", "label")

// absContainer is the nearest block element above n.
func absContainer(n *html.Node) *html.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && absBlockTags[a.Data] {
			return a
		}
	}
	return n.Parent
}

func absText(n *html.Node) string {
	var b strings.Builder
	absEach(n, func(c *html.Node) {
		if c.Type == html.TextNode && (c.Parent == nil || !absRawTags[c.Parent.Data]) {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
	})
	return absSquash(b.String())
}

// inProse reports whether text node n is in a paragraph of the
// original article's body of at least eight words.
func (p *absPage) inProse(n *html.Node) bool {
	t := absText(absContainer(n))
	return (len(strings.Fields(t)) >= 8 || utf8.RuneCountInString(t) >= 40) && strings.Contains(p.body, t)
}

// visibleRuns are the runs of visible text nodes, one per block
// container, in document order.
func (p *absPage) visibleRuns() [][]*html.Node {
	var runs [][]*html.Node
	var last *html.Node
	var walk func(n *html.Node, body bool)
	walk = func(n *html.Node, body bool) {
		if n.Type == html.ElementNode {
			if absRawTags[n.Data] || n.Data == "head" {
				return
			}
			body = body || n.Data == "body"
		}
		if n.Type == html.TextNode && body {
			if c := absContainer(n); c != last || len(runs) == 0 {
				runs, last = append(runs, nil), c
			}
			runs[len(runs)-1] = append(runs[len(runs)-1], n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, body)
		}
	}
	walk(p.root, false)
	return runs
}

// cutRun takes every match of re out of the joined text of the nodes
// (a match may span them) and returns the texts cut.
func cutRun(nodes []*html.Node, re *regexp.Regexp) []string {
	return cutSpans(nodes, func(s string) [][]int { return re.FindAllStringIndex(s, -1) })
}

// cutSpans takes the spans find gives of the nodes' joined text out of
// them.
func cutSpans(nodes []*html.Node, find func(string) [][]int) []string {
	var joined strings.Builder
	starts := make([]int, len(nodes))
	for i, n := range nodes {
		starts[i] = joined.Len()
		joined.WriteString(n.Data)
	}
	s := joined.String()
	ms := find(s)
	if len(ms) == 0 {
		return nil
	}
	var cut []string
	keep := make([]bool, len(s))
	for i := range keep {
		keep[i] = true
	}
	for _, m := range ms {
		if m[0] == m[1] {
			continue
		}
		cut = append(cut, s[m[0]:m[1]])
		for i := m[0]; i < m[1]; i++ {
			keep[i] = false
		}
	}
	for i, n := range nodes {
		var b strings.Builder
		for j := range len(n.Data) {
			if keep[starts[i]+j] {
				b.WriteByte(n.Data[j])
			}
		}
		n.Data = b.String()
	}
	return cut
}

// absLeftovers are what a cut may leave of a credit's or a byline's
// wrapping: an empty bracket, a lone separator.
var absLeftovers = regexp.MustCompile(`^[\s\x{a0}]*(\(\s*\)|\[\s*\]|[|/·•,;:–—-])?[\s\x{a0}]*$`)

// tidy empties text nodes that a cut left as mere leftovers.
func tidy(nodes []*html.Node) {
	for _, n := range nodes {
		if absLeftovers.MatchString(n.Data) && strings.TrimSpace(n.Data) != "" {
			n.Data = " "
		}
	}
}

// cutText takes re's matches out of every visible run that keep
// accepts, returning the texts cut.
func (p *absPage) cutText(re *regexp.Regexp, keep func(run []*html.Node) bool) []string {
	var cut []string
	for _, run := range p.visibleRuns() {
		if keep != nil && !keep(run) {
			continue
		}
		if c := cutRun(run, re); len(c) > 0 {
			tidy(run)
			cut = append(cut, c...)
		}
	}
	return cut
}

// cutRaw takes re's matches out of the raw text of scripts (not
// JSON-LD) and <noscript>s, <title> excepted.
func (p *absPage) cutRaw(re *regexp.Regexp) int {
	n := 0
	absEach(p.root, func(c *html.Node) {
		if c.Type != html.TextNode || c.Parent == nil || !absRawTags[c.Parent.Data] || c.Parent.Data == "title" ||
			c.Parent.Data == "style" || absIsLD(c.Parent) {
			return
		}
		if out := re.ReplaceAllString(c.Data, ""); out != c.Data {
			c.Data, n = out, n+1
		}
	})
	return n
}

func absIsLD(n *html.Node) bool {
	return n.Data == "script" && strings.Contains(strings.ToLower(absAttr(n, "type")), "ld+json")
}

func absAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// editAttrs calls f on every attribute of every element; f returns the
// new value and whether to keep the attribute.
func (p *absPage) editAttrs(f func(n *html.Node, key, val string) (string, bool)) int {
	changed := 0
	absEach(p.root, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		out := n.Attr[:0]
		for _, a := range n.Attr {
			v, keep := f(n, a.Key, a.Val)
			if v != a.Val || !keep {
				changed++
			}
			if keep {
				a.Val = v
				out = append(out, a)
			}
		}
		n.Attr = out
	})
	return changed
}

// remove takes every element drop names out of the page.
func (p *absPage) remove(drop func(n *html.Node) bool) int {
	var gone []*html.Node
	absEach(p.root, func(n *html.Node) {
		if n.Type == html.ElementNode && drop(n) {
			gone = append(gone, n)
		}
	})
	for _, n := range gone {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return len(gone)
}

// editLD rewrites every JSON-LD block: edit gets each object (with
// its @type) and may delete keys; strings are then passed to str. A
// block that does not parse has str applied to its raw text.
func (p *absPage) editLD(edit func(obj map[string]any), str func(string) string) int {
	changed := 0
	absEach(p.root, func(n *html.Node) {
		if n.Type != html.ElementNode || !absIsLD(n) || n.FirstChild == nil {
			return
		}
		t := n.FirstChild
		var v any
		if json.Unmarshal([]byte(t.Data), &v) != nil {
			if out := str(t.Data); out != t.Data {
				t.Data, changed = out, changed+1
			}
			return
		}
		v = absWalkJSON(v, edit, str)
		b, err := json.Marshal(v)
		if err == nil && string(b) != t.Data {
			t.Data, changed = string(b), changed+1
		}
	})
	return changed
}

func absWalkJSON(v any, edit func(map[string]any), str func(string) string) any {
	switch x := v.(type) {
	case map[string]any:
		edit(x)
		for k, e := range x {
			x[k] = absWalkJSON(e, edit, str)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = absWalkJSON(e, edit, str)
		}
		return x
	case string:
		return str(x)
	}
	return v
}

// absLDType is an object's @type, lower case, joined when a list.
func absLDType(obj map[string]any) string {
	switch t := obj["@type"].(type) {
	case string:
		return strings.ToLower(t)
	case []any:
		var b strings.Builder
		for _, e := range t {
			if s, ok := e.(string); ok {
				b.WriteString(strings.ToLower(s) + " ")
			}
		}
		return b.String()
	}
	return ""
}

// absMediaType: objects whose author is a picture's, not the article's.
func absMediaType(obj map[string]any) bool {
	t := absLDType(obj)
	return strings.Contains(t, "image") || strings.Contains(t, "photo") || strings.Contains(t, "video") ||
		strings.Contains(t, "media") || strings.Contains(t, "audio")
}

// absMentions reports whether a JSON value holds a string re matches.
func absMentions(v any, re *regexp.Regexp) bool {
	switch x := v.(type) {
	case string:
		return re.MatchString(x)
	case map[string]any:
		for _, e := range x {
			if absMentions(e, re) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if absMentions(e, re) {
				return true
			}
		}
	}
	return false
}

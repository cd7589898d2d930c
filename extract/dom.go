package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeAttr returns the value of attribute key of n, or "".
func nodeAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isElem reports whether n is an element with atom a.
func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// squashSpace collapses every run of Unicode white space (including
// no-break spaces) into one space and trims the ends. It allocates only
// when s needs changing.
func squashSpace(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
			if sp && (prevSpace || c != ' ') {
				clean = false
				break
			}
			prevSpace = sp
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			clean = false
			break
		}
		prevSpace = false
		i += size
	}
	if clean && !prevSpace {
		return s
	}
	if clean && s == "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			if r == '\u200b' || r == '\ufeff' {
				continue
			}
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nodeText returns the collapsed text of n's subtree, skipping script and
// style content.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlockAtom(n.DataAtom) {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return squashSpace(b.String())
}

// isBlockAtom reports whether elements of tag a start a new text block.
func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption,
		atom.Figure, atom.Figcaption, atom.Hr, atom.Address, atom.Form, atom.Fieldset,
		atom.Details, atom.Summary, atom.Center, atom.Body, atom.Html, atom.Legend, atom.Hgroup:
		return true
	}
	return false
}

// isHeadingAtom reports whether a is h1..h6.
func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isInvisibleAtom reports whether elements of tag a never carry article
// text.
func isInvisibleAtom(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Canvas,
		atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Select, atom.Button,
		atom.Input, atom.Textarea, atom.Option, atom.Head, atom.Link, atom.Meta, atom.Title,
		atom.Map, atom.Dialog, atom.Label:
		return true
	}
	return false
}

// isHidden reports whether n is hidden by markup (hidden attribute,
// aria-hidden, inline display:none).
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// classTokens splits the class and id of n into lower-case words:
// "td-post-content tagdiv-type" gives td, post, content, tagdiv, type;
// camelCase is split too ("articleBody" gives article, body).
func classTokens(n *html.Node, dst []string) []string {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		dst = splitWords(a.Val, dst)
	}
	return dst
}

// splitWords appends the lower-case words of an identifier list to dst.
func splitWords(s string, dst []string) []string {
	start := -1
	var prev byte
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		isAlnum := (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		boundary := !isAlnum || (c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z')
		if boundary && start >= 0 {
			dst = append(dst, strings.ToLower(s[start:i]))
			start = -1
		}
		if isAlnum && start < 0 {
			start = i
		}
		prev = c
	}
	return dst
}

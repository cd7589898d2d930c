package web

import (
	"html"
	"html/template"
	"strings"

	"github.com/byline/byline/index"
)

const (
	markOpen  = "<mark>"
	markClose = "</mark>"
)

// safeHighlight turns a highlight fragment from a backend (text
// HTML-escaped, matches wrapped in <mark>) into HTML that is safe whatever
// the backend did: it splits the fragment on the <mark> tags, unescapes
// each piece back to plain text, escapes it again and puts back only
// balanced <mark> tags. Any other markup, escaped or not, ends up as
// visible text.
func safeHighlight(frag string) template.HTML {
	var b strings.Builder
	b.Grow(len(frag) + 16)
	open := false
	for frag != "" {
		tag := markOpen
		if open {
			tag = markClose
		}
		i := strings.Index(frag, tag)
		if i < 0 {
			b.WriteString(template.HTMLEscapeString(html.UnescapeString(frag)))
			break
		}
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(frag[:i])))
		b.WriteString(tag)
		open = !open
		frag = frag[i+len(tag):]
	}
	if open {
		b.WriteString(markClose)
	}
	return template.HTML(b.String()) //nolint:gosec // built from escaped text and literal <mark> tags only
}

// highlightFields is the order in which a hit's highlight fields are shown.
var highlightFields = []string{"headline", "summary", "body", "paragraphs", "quotes", "quotes.text", "bullets"}

// maxSnippets caps the fragments shown per hit.
const maxSnippets = 3

// snippets picks up to maxSnippets highlight fragments of a hit, known
// fields first, the headline excluded (it is the title). Only fragments
// with a match count; backends also return unmatched leading text when the
// query has no words, and that only repeats the summary. With no matching
// fragment the hit shows its summary, or else the first fragment.
func snippets(h map[string][]string, summary string) []template.HTML {
	var marked []template.HTML
	var first template.HTML
	seen := map[string]bool{"headline": true}
	add := func(field string) {
		seen[field] = true
		for _, f := range h[field] {
			if f = strings.TrimSpace(f); f == "" {
				continue
			}
			if !strings.Contains(f, markOpen) {
				if first == "" {
					first = elide(safeHighlight(f))
				}
				continue
			}
			if len(marked) < maxSnippets {
				marked = append(marked, elide(safeHighlight(f)))
			}
		}
	}
	for _, f := range highlightFields {
		if !seen[f] {
			add(f)
		}
	}
	for _, f := range sortedKeys(h) {
		if !seen[f] {
			add(f)
		}
	}
	switch {
	case len(marked) > 0:
		return marked
	case strings.TrimSpace(summary) != "" || first == "":
		return nil
	default:
		return []template.HTML{first}
	}
}

// headlineHighlight returns the highlighted headline when the backend
// produced one that matches the plain headline, else the plain headline
// escaped.
func headlineHighlight(h map[string][]string, headline string) template.HTML {
	if frags := h["headline"]; len(frags) > 0 {
		hl := safeHighlight(frags[0])
		plain := strings.NewReplacer(markOpen, "", markClose, "").Replace(string(hl))
		if html.UnescapeString(plain) == headline {
			return hl
		}
	}
	return template.HTML(template.HTMLEscapeString(headline)) //nolint:gosec // escaped
}

// elide marks a fragment cut out of a longer text with "…" where it does
// not start like a sentence or end like one, unless the backend already
// marked the cut (index.Hit promises it does; this keeps the page right
// if one does not).
func elide(h template.HTML) template.HTML {
	return template.HTML(index.MarkCuts(string(h))) //nolint:gosec // h is safe HTML; only "…" is added
}

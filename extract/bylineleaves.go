package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// nameBylines returns d.bylines without the leaves inside another byline
// element that name no one: a box's label of topic links ("Related
// Topics", a topic label of the lexicon) and a job title set after the
// name in a span of its own ("<a>Jane Doe</a>, <span
// class=byline__role>Agriculture Editor</span>": one to three
// capitalised words ending on a lexicon role, jobTitle). Without them
// the element that holds the name and the job is the leaf the byline
// rules read, and the job is cut off it as after any name. A job that
// opens its box ("<span class=byline__name>Courier Staff</span>") is the
// desk's credit and stays. An author box's description of the writer
// (descTokens) goes too, wherever it is. d.bylines is returned when
// nothing goes.
func (d *doc) nameBylines() []*html.Node {
	if d.nameBylineVals == nil {
		d.nameBylineVals = d.withoutNotNames()
	}
	return d.nameBylineVals
}

// withoutNotNames computes nameBylines.
func (d *doc) withoutNotNames() []*html.Node {
	var out []*html.Node
	for i, n := range d.bylines {
		if d.notNameLeaf(n) {
			if out == nil {
				out = append(make([]*html.Node, 0, len(d.bylines)), d.bylines[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, n)
		}
	}
	if out == nil {
		return d.bylines
	}
	return out
}

// notNameLeaf reports whether n is a byline leaf inside another byline
// element that holds a topic label or a job after other words, or a
// leaf whose class says it is the text about the writer (descTokens).
func (d *doc) notNameLeaf(n *html.Node) bool {
	var box *html.Node
	desc := false
	for _, tok := range d.tokensOf(n) {
		desc = desc || descTokens[tok]
	}
	for _, o := range d.bylines {
		if o == n || !contains(o, n) {
			if o != n && contains(n, o) {
				return false // not a leaf
			}
			continue
		}
		if box == nil || contains(box, o) {
			box = o // the innermost byline element around n
		}
	}
	if desc || box == nil {
		return desc
	}
	t := strings.Trim(shortText(n, 80), " :：|,·•")
	if t == "" || textOver(t, 60) {
		return false
	}
	if d.w.topicLabels[strings.ToLower(t)] {
		return true
	}
	if !d.w.jobTitle(t) {
		return false
	}
	whole := shortText(box, 300)
	i := strings.Index(whole, t)
	return i > 0 && strings.IndexFunc(whole[:i], unicode.IsLetter) >= 0
}

// descTokens are class tokens of the part of an author box that
// describes the writer ("jeg_author_desc", "author-description"): its
// sentence names the writer's employer or beat ("X, agence nationale de
// presse."), no byline.
var descTokens = map[string]bool{"desc": true, "description": true}

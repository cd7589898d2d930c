package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file drops the writer's bio that closes the text: a short line
// about one of the page's own authors after the story's last paragraph,
// whatever the box around it is called in the template's language
// ("author-box", "avtor-okvir", "skrywer-kassie", Hestia's "card
// profile", an unclassed <p>). Two forms, both shared by news and blog
// templates in every language:
//
//   - a bio sentence: the author's full name (or "The author", "Der
//     Autor": the lexicon's bio_subjects), a copula ("is", "ist", "est":
//     bio_copulas) and a job within four words ("is a business
//     reporter", "ist Redakteurin", "est journaliste": role_words);
//   - a profile card: a line that is the author's name alone, or a
//     short line that opens with it ("<b>Dipl.-Ing. Jan Roth</b> ist
//     Fachjournalist …", a compound job no role word lists; Hungarian
//     "<b>Szabó Anna</b> újságíró, …", family name first and no
//     copula), in an element after the text that also holds a picture
//     (the headshot), with at most a few short lines after it.
//
// A third form needs no name: one short closing line in a box the
// page's class names as its author's, with a picture (authorBox).
//
// The name must be one of the resolved authors, written out in full: a
// profile whose subject "is a reporter who…", or shares the author's
// surname, stays; so does a credit ("Jane Doe contributed reporting"),
// which has no copula. A bio sentence with no name at all, opening on
// its copula in lower case ("is a business reporter covering …": the
// name left to a script), is the bio whatever the authors: no sentence
// of a story opens on its verb.

// maxBioLines is how many closing paragraphs a bio may span, and
// maxBioBytes their total length.
const (
	maxBioLines = 4
	maxBioBytes = 600
)

// dropAuthorBio removes the bio closing the body (see above).
func (d *doc) dropAuthorBio(authors []string) {
	res := d.bodyRes
	n := len(res.paragraphs)
	if n < 3 || len(res.paraBlocks) != n {
		return
	}
	cut := -1
	for i := n - 1; i >= 2 && i >= n-maxBioLines; i-- {
		if textLen(res.paragraphs[i:]) > maxBioBytes {
			break
		}
		if d.opensBio(i, authors) {
			cut = i
		}
	}
	if cut < 0 {
		return
	}
	d.dropBodyFrom(cut, "author-bio")
}

// opensBio reports whether paragraph i opens a bio that runs to the end
// of the body: a bio sentence, or the author's name in a box with a
// picture, or any line in a box with a picture that the page names as
// the author's (authorBox), every later paragraph in the same box.
func (d *doc) opensBio(i int, authors []string) bool {
	res := d.bodyRes
	p := res.paragraphs[i]
	sentence := d.bioSentence(p, authors)
	named := isAuthorName(p, authors) || nameOpens(p, authors) && nameSetOff(res.paraBlocks[i].container, authors)
	box := bioBox(res.paraBlocks[i-1], res.paraBlocks[i])
	if box == nil || !sentence && !named && !(i == len(res.paragraphs)-1 && !textOver(p, 200) && d.authorBox(box)) {
		return false
	}
	for _, b := range res.paraBlocks[i+1:] {
		if b == nil || !contains(box, b.container) {
			return false
		}
	}
	return sentence || findFirst(box, atom.Img) != nil
}

// bioBox returns the element holding block cur below its lowest common
// ancestor with prev, the paragraph before it: the box the bio stands
// in (or cur's own element when both share a container); nil if it
// cannot be told.
func bioBox(prev, cur *block) *html.Node {
	if prev == nil || cur == nil || prev.container == nil || cur.container == nil {
		return nil
	}
	l := lca(prev.container, cur.container)
	box := cur.container
	if box == l {
		return nil
	}
	for box.Parent != nil && box.Parent != l {
		box = box.Parent
	}
	return box
}

// isAuthorName reports whether s is one of the authors' names alone.
func isAuthorName(s string, authors []string) bool {
	s = strings.TrimSpace(s)
	for _, a := range authors {
		if strings.EqualFold(s, a) {
			return true
		}
	}
	return false
}

// nameOpens reports whether s, a short line, opens with an author's full
// name of two words or more, in either order (Hungarian, Japanese and
// Chinese pages print the family name first where the byline's metadata
// gives it last).
func nameOpens(s string, authors []string) bool {
	if textOver(s, 300) {
		return false
	}
	f := strings.Fields(s)
	for _, a := range authors {
		af := strings.Fields(a)
		if len(af) < 2 || len(af) >= len(f) {
			continue
		}
		head := slices.Clone(f[:len(af)])
		all := true
		for _, w := range af {
			k := slices.IndexFunc(head, func(h string) bool { return strings.EqualFold(strings.TrimRight(h, ",:;"), w) })
			if k < 0 {
				all = false
				break
			}
			head[k] = "" // (one match each: a name repeating a word)
		}
		if all {
			return true
		}
	}
	return false
}

// nameSetOff reports whether the element c opens with an inline element
// of six words or fewer ("<strong>Dipl.-Ing. Jan Roth</strong> ist …",
// "<b>Szabó Anna</b> újságíró") that holds every word of an author's
// name: an author card sets the name off so. A story's sentence that
// opens with the author's name ("Jane Doe and her daughter stood …",
// a picture beside it) runs on in plain text.
func nameSetOff(c *html.Node, authors []string) bool {
	var first *html.Node
	for k := c.FirstChild; k != nil && first == nil; k = k.NextSibling {
		if k.Type == html.ElementNode || k.Type == html.TextNode && strings.TrimSpace(k.Data) != "" {
			first = k
		}
	}
	if first == nil || first.Type != html.ElementNode {
		return false
	}
	switch first.DataAtom {
	case atom.B, atom.Strong, atom.A, atom.Span, atom.Em, atom.I:
	default:
		return false
	}
	if !textFits(first, 120) {
		return false
	}
	words := strings.Fields(shortText(first, 120))
	if len(words) > 6 {
		return false
	}
	return nameWithin(words, authors)
}

// nameWithin reports whether words hold every word of an author's name
// of two words or more (a title before it: "Dipl.-Ing. Jan Roth").
func nameWithin(words []string, authors []string) bool {
	for _, a := range authors {
		af := strings.Fields(a)
		if len(af) < 2 {
			continue
		}
		all := true
		for _, w := range af {
			all = all && slices.ContainsFunc(words, func(x string) bool { return strings.EqualFold(strings.TrimRight(x, ",:;"), w) })
		}
		if all {
			return true
		}
	}
	return false
}

// bioSentence reports whether s, a short line, opens with an author's
// full name or a bio subject ("The author"), then a copula and a job
// within four words: "Jane Doe is a staff writer at the Courier".
func (d *doc) bioSentence(s string, authors []string) bool {
	if textOver(s, 300) {
		return false
	}
	rest := ""
	for _, a := range authors {
		if len(a) > len(s) || !strings.EqualFold(s[:len(a)], a) {
			continue
		}
		if len(strings.Fields(a)) >= 2 {
			rest = s[len(a):]
			break
		}
	}
	if rest == "" && startsLower(s) {
		// The name left to a script, or cut: "<span class="name"></span>
		// is a business reporter …" (no sentence opens on its verb).
		rest = s
	}
	if rest == "" {
		lower := strings.ToLower(s)
		for _, sub := range d.w.bioSubjects {
			if strings.HasPrefix(lower, sub+" ") {
				rest = lower[len(sub):] // (lower: ToLower may change byte lengths)
				break
			}
		}
	}
	f := strings.Fields(rest)
	if len(f) < 2 || !d.w.bioCopulas[strings.ToLower(f[0])] {
		return false
	}
	for _, w := range f[1:min(len(f), 5)] {
		if d.bioRole(strings.ToLower(strings.Trim(w, ".,;:()"))) {
			return true
		}
	}
	return false
}

// bioRole reports whether w names a job in a bio sentence: a role word
// of the lexicon, but none of the short or interface words role_words
// also lists so that no byline takes them for names ("more", "all",
// "view", "read", "follow", "updated": "Jane Doe is more than…").
func (d *doc) bioRole(w string) bool {
	return len(w) > 4 && d.w.role[w] && !d.w.ui[w] && !d.w.published[w] && !d.w.update[w]
}

// authorBox reports whether box, holding the text's closing lines, is
// an element the page names as its author's (a byline element by class,
// in the template's language: "avtor-okvir", "cikk__szerzo-doboz",
// "skrywer-kassie") that shows a picture (the headshot): an author box,
// whose lines are the writer's bio however they open ("Novinarka
// notranjepolitičnega uredništva.", "újságíró, a szegedi …", "Annelie
// is ’n joernalis …"), with or without the name beside them
// (TestMetamorphicAbsent cut it). No story's paragraph stands in a box
// named for its author.
func (d *doc) authorBox(box *html.Node) bool {
	if findFirst(box, atom.Img) == nil {
		return false
	}
	// (a byline is an element: the walk stopping at the document is
	// the same)
	return ancestorWithin(box, 2, func(a *html.Node) bool { return slices.Contains(d.bylines, a) }) != nil
}

package extract

import "strings"

// This file drops the readers' comments a template sets after the story
// inside the element the body is read from: a box of its own that opens
// with a comment section's heading ("3 Comments", "Kommentare",
// "Commentaires (4)": the lexicon's comment_labels, counted or not) and
// holds every paragraph of the body after it. Named by a class
// ("comments") the box is chrome already; named otherwise ("discussion",
// a theme's own word, none at all) its commenters' lines and remarks
// read as the story's last paragraphs. Found by TestMetamorphicChrome's
// comments; general because it reads a heading's words, the box's place
// and shape, no site's names. A story's own section headed so stands in
// the text's container (no box of its own) or repeats the boxes of the
// story's sections (storySection), and is kept.

// dropCommentBox removes the comment box closing the body (see above).
func (d *doc) dropCommentBox() {
	res := d.bodyRes
	n := len(res.paragraphs)
	if n < 2 || len(res.paraBlocks) != n {
		return
	}
	for i := range d.blocks {
		b := &d.blocks[i]
		if !isHeadingAtom(b.tag) || b.container == nil || !d.commentHeading(b.text) {
			continue
		}
		if cut := d.commentCut(b); cut > 0 {
			d.dropBodyFrom(cut, "comment-box")
			return
		}
	}
}

// commentHeading reports whether s, a heading's text, names a comment
// section: a comment label alone or with its count ("3 Comments",
// "Comments (4)").
func (d *doc) commentHeading(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) > 60 {
		return false
	}
	return d.w.commentLabels[s] || d.w.commentLabels[uncounted(s)]
}

// commentCut returns the index of the body's first paragraph from the
// heading block head on (the heading itself where the body kept it) when
// head opens a box of its own that holds every paragraph from there on
// and none before; else 0.
func (d *doc) commentCut(head *block) int {
	res := d.bodyRes
	cut := -1
	for i, pb := range res.paraBlocks {
		if pb != nil && pb.container != nil && (pb.container == head.container || precedes(head.container, pb.container)) {
			cut = i
			break
		}
	}
	if cut < 1 {
		return 0
	}
	box := bioBox(res.paraBlocks[cut-1], head)
	if box == nil || box == head.container || storySection(box, res.paraBlocks[:cut]) ||
		!strings.HasPrefix(strings.TrimSpace(visibleText(box)), strings.TrimSpace(head.text)) {
		return 0
	}
	for _, pb := range res.paraBlocks[cut:] {
		if pb == nil || !contains(box, pb.container) {
			return 0
		}
	}
	return cut
}

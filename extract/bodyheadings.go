package extract

import "golang.org/x/net/html/atom"

// dropEmptyHeadings removes the body's headings that head nothing: those
// at the end, and those a heading of the same or a higher rank follows
// with no text between ("A cura di", "Persone" over cards of links a
// municipal template prints under the story, whose links went as
// furniture). A heading over a lower-ranked one ("h2 Chapter", "h3
// Section") heads that section and stays. isHead[i] says whether
// paragraph i is a heading.
func (d *doc) dropEmptyHeadings(isHead *[]bool) {
	res := d.bodyRes
	for n := len(res.paragraphs); n > 0 && (*isHead)[n-1]; n-- {
		d.trace.add(bodyDrop, "trailing-heading", res.paragraphs[n-1], true)
		res.paragraphs, res.paraBlocks, *isHead = res.paragraphs[:n-1], res.paraBlocks[:n-1], (*isHead)[:n-1]
	}
	for i := len(res.paragraphs) - 2; i >= 0; i-- {
		h := *isHead
		if !h[i] || !h[i+1] || res.paraBlocks[i] == nil || res.paraBlocks[i+1] == nil ||
			headingRank(res.paraBlocks[i+1].tag) > headingRank(res.paraBlocks[i].tag) {
			continue
		}
		d.removeParagraph(i, "empty-section-heading")
		*isHead = append(h[:i:i], h[i+1:]...)
	}
}

// headingRank is a heading's level, 1 for <h1> to 6 for <h6>.
func headingRank(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	}
	return 6
}

package extract

// Edits of the resolved body after its filters: the passes that drop a
// byline line, a repeated headline, a closing bio or staff lines from
// the paragraphs remove them here, the paragraph and its block together,
// and trace each one under their rule.

// removeParagraph drops paragraph i of the body (a byline line, a repeated
// headline), tracing it under rule.
func (d *doc) removeParagraph(i int, rule string) {
	res := d.bodyRes
	d.trace.add(bodyDrop, rule, res.paragraphs[i], true)
	res.paragraphs = append(res.paragraphs[:i:i], res.paragraphs[i+1:]...)
	res.paraBlocks = append(res.paraBlocks[:i:i], res.paraBlocks[i+1:]...)
}

// dropBodyFrom drops the body's paragraphs from index cut to its end (a
// writer's bio, a run of staff lines closing the text), tracing each
// under rule.
func (d *doc) dropBodyFrom(cut int, rule string) {
	res := d.bodyRes
	for _, p := range res.paragraphs[cut:] {
		d.trace.add(bodyDrop, rule, p, true)
	}
	res.paragraphs, res.paraBlocks = res.paragraphs[:cut], res.paraBlocks[:cut]
}

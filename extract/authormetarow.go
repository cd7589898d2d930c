package extract

import "strings"

// This file reads a portal's meta row beside the headline, its fields
// parted by bars or dots ("Dodano: 2008-03-10 16:35 | Autor: X |
// Czytano: 734 razy"), for dateNameLines (authorlines.go).

// labelledSeg reports whether a field of a meta row opens with a byline
// label and goes on to a name's words ("Autor: Bożena Kubieniec").
func (d *doc) labelledSeg(seg string) bool {
	bare := strings.TrimLeft(seg, " |:-–—•·,")
	rest := strings.TrimSpace(d.w.stripLabel(bare))
	return rest != "" && len(rest) < len(bare) && textUnder(rest, 60)
}

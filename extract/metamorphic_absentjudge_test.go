package extract

import (
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/byline/byline/article"
)

// absShownOtherwise tells how the changed page still gives the day got
// names although the no-date cuts took every form of the publication
// day: "" when it does not. Two forms the cuts leave by design, as they
// are no form of the publication day:
//
//   - "update-marked": an element whose markup names an update (a class
//     or id word such as hAtom's "updated", itemprop dateModified) holds
//     that day, and the extractor returns it as the modification too. A
//     template prints the update beside the publication (hidden by its
//     style sheet when the two agree); with the publication cut, the
//     update is what the page says, and a page published no later than
//     it was updated gets it as its publication by design (published.go,
//     "modified-as-published"). No false date: the page labels it, in
//     markup rather than in words.
//   - "relative": a visible line gives the day as an age or a relative
//     day read from the fetch ("Vandaag, 07:14", "Atualizado há uma
//     semana"): the page shows it, in a form no finder of the day can
//     cut (it names the fetch, not the day).
func absShownOtherwise(changed []byte, a *article.Article, fetched time.Time) string {
	got := a.PublishedAt[:min(10, len(a.PublishedAt))]
	day, err := time.Parse(time.DateOnly, got)
	if err != nil {
		return ""
	}
	if strings.HasPrefix(a.ModifiedAt, got) && absUpdateMarked(changed, day) {
		return "update-marked"
	}
	d, err := parse(Input{HTML: changed, FetchedAt: fetched}, Options{})
	if err != nil {
		return ""
	}
	d.resolveLanguage()
	pk := d.dates()
	p := absParse(changed, "")
	for _, run := range p.visibleRuns() {
		if v, ok := pk.ageIn(absRunText(run)); ok && strings.HasPrefix(pk.finish(v).Format(time.RFC3339), got) {
			return "relative"
		}
	}
	return ""
}

// absUpdateMarked reports whether an element of the page whose class, id
// or itemprop names an update (timeHintKind) holds day in its text.
func absUpdateMarked(page []byte, day time.Time) bool {
	p := absParse(page, "")
	if p == nil {
		return false
	}
	found := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found {
			return
		}
		if n.Type == html.ElementNode {
			hint := strings.ToLower(absAttr(n, "class") + " " + absAttr(n, "id") + " " + absAttr(n, "itemprop"))
			if k, ok := timeHintKind(hint); ok && k == timeMod && len(mdLeft(strings.ToLower(textOf(n, textOpts{max: 300, spaced: true})), day)) > 0 {
				found = true
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.root)
	return found
}

// absCutCaptions are the original's captions with the no-date cut done
// on each as on the page's text (cutSpans of absDaySpans): what a
// caption that wrote the day reads once the cut took it ("… on Tuesday,
// March 5, 2024." → "… on , , ."), white space squashed as the
// extractor squashes it. Nothing else of the caption is dropped.
func absCutCaptions(a *article.Article, day time.Time) string {
	caps := make([]string, len(a.Images))
	for i, im := range a.Images {
		n := &html.Node{Type: html.TextNode, Data: im.Caption}
		if len(cutSpans([]*html.Node{n}, func(s string) [][]int { return absDaySpans(s, day) })) > 0 {
			caps[i] = absSquash(n.Data)
		} else {
			caps[i] = im.Caption
		}
	}
	return strings.Join(caps, " | ")
}

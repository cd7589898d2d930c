package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pictureLine reports whether text, a block's text in container between
// the headline and the body, is the line printed under a picture: the
// nearest element around container that shows a picture (within three
// levels, plain wrappers not counted, inside the story's scope) shows it
// before container and holds no other text than the line, or than the
// line and its credit after it ("<div class=news-photo><img><div
// class=photo-sign>The embankment. Фото: X</div></div>", "<div
// class=image><img><div class=image__caption>Freight cars …</div>
// <figcaption>Jane Doe/Getty Images</figcaption></div>"). findLead and
// standfirst read it as no lead or standfirst, though the box be named
// so ("content-lede-image", "image__lede"): a caption says what the
// picture shows, not what the story tells. A picture after the line
// (the writer's portrait in the byline under a dek) makes it no
// caption. General: it asks only for the picture before the line in one
// box, whatever the box is named.
func (d *doc) pictureLine(container, scope *html.Node, text string) bool {
	box := container
	for i := 0; i < 3; {
		box = box.Parent
		if box == nil || box == scope {
			return false
		}
		if plainWrapper(box) {
			continue // a wrapper of one element is no level
		}
		i++
		if !showsImage(box) {
			continue
		}
		if !imageBefore(box, container) {
			return false
		}
		rest, ok := strings.CutPrefix(squash(visibleText(box)), squash(text))
		rest = strings.TrimSpace(rest)
		return ok && (rest == "" || textUnder(rest, 100) && (d.wholeCredit(rest) || d.creditAlone(rest) || nameSlashCredit(rest) || d.spacedSlashCredit(rest)))
	}
	return false
}

// imageBefore reports whether an <img> comes before stop in box's
// subtree, in document order.
func imageBefore(box, stop *html.Node) bool {
	found, done := false, false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !done; c = c.NextSibling {
			if c == stop {
				done = true
				return
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.Img {
				found, done = true, true
				return
			}
			walk(c)
		}
	}
	walk(box)
	return found
}

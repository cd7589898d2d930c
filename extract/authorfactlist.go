package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// factListItem reports whether the labelled line n ("Autrice: Ludovica
// Sartorelli") is an item of a list of labelled facts about the work a
// review or a listing covers: a <li> whose list holds three other
// "Label: value" items, two of them labels no byline or picture credit
// uses ("Titolo:", "Editore:", "Publisher:", "Runtime:") and one value
// with a number ("Pagine: 312", "Prezzo: 19 euro", "Year: 2024"). The
// book's author, the film's director there is the work's, not the
// review's writer (TestMetamorphicAbsent read it as the author once the
// writer's name was cut). A list of the story's own credits ("Text: X",
// "Fotos: Y", "Grafik: Z") names no number.
func (d *doc) factListItem(n *html.Node) bool {
	li := n
	for i := 0; li != nil && li.Type == html.ElementNode && li.DataAtom != atom.Li && i < 3; i++ {
		li = li.Parent
	}
	if li == nil || li.DataAtom != atom.Li || li.Parent == nil {
		return false
	}
	labelled, other, numbers := 0, 0, 0
	for s := li.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == li || s.Type != html.ElementNode || s.DataAtom != atom.Li {
			continue
		}
		t := shortText(s, 200)
		i, w := colonAt(t)
		if i <= 0 || i > 24 {
			continue
		}
		labelled++
		if low := strings.ToLower(t); !d.w.isLabel(strings.TrimSpace(low[:i])) && len(d.w.openingCreditLabels(low)) == 0 {
			other++
		}
		if strings.ContainsFunc(t[i+w:], unicode.IsDigit) {
			numbers++
		}
	}
	return labelled >= 3 && other >= 2 && numbers >= 1
}

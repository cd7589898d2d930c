package extract

import (
	"strconv"
	"strings"
	"testing"
)

// TestPullQuoteBound: dropPullQuotes compares at most maxPullQuotes boxes
// with the story, so a page of thousands of boxes named as pull quotes
// costs paragraphs, not boxes × paragraphs (BenchmarkPathoPullQuotes);
// the boxes past the bound stay in the body.
func TestPullQuoteBound(t *testing.T) {
	n := 20 // maxPullQuotes (16) and four more
	var s strings.Builder
	for i := range n {
		q := "The ferry made crossing number " + strconv.Itoa(i) + " with forty passengers on board."
		s.WriteString("<p>" + fcSentences[i%len(fcSentences)] + " " + q + "</p><div class=\"pullquote\"><p>" + q + "</p></div>")
	}
	page := fcPage("en", `<title>Ferry to Grest</title>`, `<article><h1>Ferry to Grest</h1>`+s.String()+`</article>`)
	a, err := Extract(Input{HTML: []byte(page), URL: "https://holmby-courier.example/news/ferry"}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	boxes := 0
	for _, p := range a.Paragraphs {
		if strings.HasPrefix(p, "The ferry made crossing number") {
			boxes++
		}
	}
	if len(a.Paragraphs) != n+4 || boxes != 4 {
		t.Errorf("%d paragraphs, %d of them boxes; want %d and the 4 boxes past the bound", len(a.Paragraphs), boxes, n+4)
	}
}

package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSharedHelpers checks the small helpers the tidy round made of
// repeated code (occurrences, afterSourceHead, staffCut, colonClock,
// pictureWord, ancestorWithin) on the forms their callers read.
func TestSharedHelpers(t *testing.T) {
	checked := 0
	check := func(name string, got, want any) {
		t.Helper()
		checked++
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	idx := func(s, sub string) []int { return slices.Collect(occurrences(s, sub)) }
	check("occurrences aaaa/aa", idx("aaaa", "aa"), []int{0, 2})
	check("occurrences none", idx("abc", "x"), []int(nil))
	check("occurrences empty", idx("abc", ""), []int(nil))
	check("fullStops", slices.Collect(fullStops("A. B. C")), []int{1, 4})

	for _, c := range []struct {
		s, rest string
		ok      bool
	}{
		{"PDC.net / 07:48 PM", "07:48 PM", true},
		{"Port Louis - 05 mar 2024 - 13:40 CET", "05 mar 2024 - 13:40 CET", true},
		{"Route 66 - 05 mar 2024", "", false},
		{"One two three four - 5 March", "", false},
		{"no separator", "", false},
	} {
		rest, ok := afterSourceHead(c.s)
		check("afterSourceHead "+c.s, [2]any{rest, ok}, [2]any{c.rest, c.ok})
	}

	label, name, ok := staffCut("编辑 丨 王某")
	check("staffCut", [3]any{label, name, ok}, [3]any{"编辑", "王某", true})
	_, _, ok = staffCut("no bar")
	check("staffCut none", ok, false)

	check("colonClock", colonClock("Posté à 14:32 -"), true)
	check("colonClock none", colonClock("Score 3-2"), false)

	for w, want := range map[string]bool{"photos": true, "imgtext": true, "bildquelle": true, "imagen": true, "illustration": true, "text": false, "video": false} {
		check("pictureWord "+w, pictureWord(w), want)
	}

	doc, err := html.Parse(strings.NewReader(`<div class="event"><p><span><b id=x>x</b></span></p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	b := findElem(doc, func(n *html.Node) bool { return attr(n, "id") == "x" })
	event := func(a *html.Node) bool { return attr(a, "class") == "event" }
	check("ancestorWithin 4", ancestorWithin(b, 4, event) != nil, true)
	check("ancestorWithin 3", ancestorWithin(b, 3, event) != nil, false)
	check("ancestorWithin stops at document", ancestorWithin(b, 99, func(a *html.Node) bool { return a.Type != html.ElementNode }) == nil, true)

	t.Logf("%d helper cases checked", checked)
	if checked < 20 {
		t.Fatalf("only %d cases checked, want 20 or more", checked)
	}
}

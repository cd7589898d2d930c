package extract

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// TestInfoListTerm: the term of a definition list whose definitions are
// all byline, date and counter lines goes with them; a list with a real
// definition keeps its term, and so does a "Details" heading.
func TestInfoListTerm(t *testing.T) {
	head := `<title>Ferry to Grest makes first crossing</title>`
	tests := []struct {
		name     string
		article  string
		want     []string // in the body
		unwanted []string // not in the body
	}{
		{"byline info list", `<dl class="meta"><dt>Details</dt><dd>Written by Tove Lindqvist</dd><dd>Published on Sunday, 03 March 2024 09:30</dd><dd>Hits: 212</dd></dl>` + fcProse(0, 4),
			[]string{"forty passengers"}, []string{"Details", "Hits: 212"}},
		{"grouped in divs", `<dl><div><dt>Info</dt><dd>By Tove Lindqvist</dd></div><div><dd>Published 03.03.2024</dd></div></dl>` + fcProse(0, 4),
			[]string{"forty passengers"}, []string{"Info"}},
		{"a real definition keeps its term", `<dl><dt>Details</dt><dd>The ferry seats forty passengers and runs four times a day from the north pier, weather permitting, until the end of May.</dd><dd>Hits: 212</dd></dl>` + fcProse(0, 4),
			[]string{"Details", "north pier"}, nil},
		{"a Details heading in the text stays", fcProse(0, 2) + `<h3>Details</h3>` + fcProse(2, 2),
			[]string{"forty passengers", "Details"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(fcPage("en", head, `<article><h1>Ferry to Grest makes first crossing</h1>`+tc.article+`</article>`))}, Options{NoQuotes: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(a.Body, w) {
					t.Errorf("body lacks %q:\n%s", w, a.Body)
				}
			}
			for _, u := range tc.unwanted {
				if strings.Contains(a.Body, u) {
					t.Errorf("body has %q:\n%s", u, a.Body)
				}
			}
		})
	}
}

// TestWrappedParagraphIsSibling: a paragraph in a wrapper of its own
// ("<div class=sourced-paragraph><p>…</p></div>") beside the top
// candidate joins the body as the bare paragraph would, however little
// its wrapper scores.
func TestWrappedParagraphIsSibling(t *testing.T) {
	page := fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><div id="col">
<div id="lead"><p>Grest (Courier) The first ferry to Grest crossed on Tuesday morning with thirty cars and a brass band on deck.</p></div>
<div id="two"><div><p>A photo.</p></div><div><p>Another.</p></div></div>
<div id="top">`+fcProse(0, 10)+`</div></div></article>`)
	d, err := parse(Input{HTML: []byte(page)}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	d.resolve()
	byID := func(id string) *html.Node {
		return findElem(d.root, func(n *html.Node) bool { return attr(n, "id") == id })
	}
	top := byID("top")
	if !d.siblingIsText(byID("lead"), top, false) {
		t.Error("a paragraph in a wrapper of its own is not read as text beside the body")
	}
	if d.siblingIsText(byID("two"), top, false) {
		t.Error("a wrapper of two short paragraphs is read as text beside the body")
	}
}

// TestTailLabelLanguages: the end-matter labels of the lexicon read in
// each language that has them; prose that starts alike does not.
func TestTailLabelLanguages(t *testing.T) {
	d := &doc{w: vocab()}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Read more:", true},
		{"Leia também:", true},
		{"Читайте также", true},
		{"اقرأ أيضا", true},
		{"เรื่องที่เกี่ยวข้อง", true},
		{"Baca juga:", true},
		{"相关新闻", true},
		{"Lue myös", true},
		{"Leia também o que o ministro disse sobre a reforma na semana passada em Brasília", false},
		{"The ferry made its first crossing on Monday.", false},
	} {
		if got := d.isTailLabel(tc.line); got != tc.want {
			t.Errorf("isTailLabel(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestCommentsNotStoryText: readers' comments do not become the text of
// a story with little of its own (the thread-of-posts reading of body.go
// is for pages whose posts are the text): below a paywalled story's
// <article>, in a blog's comment list inside the <article>, and as
// <div>s beside a comment box.
func TestCommentsNotStoryText(t *testing.T) {
	head := `<title>Ferry to Grest makes first crossing</title>`
	var posts strings.Builder
	for i := 0; i < 3; i++ {
		posts.WriteString(`<div class="comment"><div class="comment-text">` + fcSentences[2*i] + " " + fcSentences[2*i+1] + `</div></div>`)
	}
	for _, tc := range []struct{ name, page string }{
		{"paywalled story, comments after its article", fcPage("en", head, `<main><article class="has-paywall"><h1>Ferry to Grest makes first crossing</h1><p>Subscribe to read on.</p></article>
<div id="comments" class="page-comment"><ol class="comment-list"><li class="comment"><div class="comment-content"><p>`+fcSentences[0]+" "+fcSentences[1]+`</p></div></li>
<li class="comment"><div class="comment-content"><p>`+fcSentences[2]+" "+fcSentences[3]+`</p></div></li><li class="comment"><div class="comment-content"><p>`+fcSentences[4]+" "+fcSentences[5]+`</p></div></li></ol></div></main>`)},
		{"video story, a comment list inside its article", fcPage("en", head, `<main><article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content"><video src="/v/ferry.mp4"></video><p>Watch the crossing.</p></div>
<div id="comments" class="comments-area"><h2>3 comments</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><div class="comment-content"><p>`+fcSentences[0]+" "+fcSentences[1]+`</p></div></article></li>
<li class="comment"><article class="comment-body"><div class="comment-content"><p>`+fcSentences[2]+" "+fcSentences[3]+`</p></div></article></li><li class="comment"><article class="comment-body"><div class="comment-content"><p>`+fcSentences[4]+" "+fcSentences[5]+`</p></div></article></li></ol></div></article></main>`)},
		{"short story, comment divs beside a comment box", fcPage("en", head, `<main><div class="video-page"><h1>Ferry to Grest makes first crossing</h1><video src="/v/ferry.mp4"></video><p>Watch the ferry arrive at Grest.</p></div>
<section class="discussion">`+posts.String()+`<form><textarea name="comment"></textarea><button>Post</button></form></section></main>`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(tc.page), URL: "https://holmby-courier.example/news/ferry-first-crossing"}, Options{NoQuotes: true})
			if err == nil {
				fcWantBody(t, a, nil, []string{"forty passengers"})
			} else if !errors.Is(err, ErrNotArticle) {
				t.Fatal(err)
			}
		})
	}
}

// TestTopCandidateTies: candidates that score alike come in document
// order, the first of them the top one, on every run (they are gathered
// from a map, whose order changes from run to run).
func TestTopCandidateTies(t *testing.T) {
	// Straight under <body>, which is no candidate: no wrapper sums them.
	page := "<html><body>" + strings.Repeat(`<div class="box"><p>`+longPara+`</p></div>`, 6) + "</body></html>"
	for range 20 {
		gq, err := goquery.NewDocumentFromReader(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		d := newDoc(gq.Nodes[0], nil, time.Time{}, nil)
		d.score()
		top, cands := d.topCandidate()
		boxes := gq.Find("div.box").Nodes
		if top != boxes[0] {
			t.Fatalf("top candidate %v, want the first box", top)
		}
		var got []*html.Node
		for _, c := range cands {
			if slices.Contains(boxes, c) {
				got = append(got, c)
			}
		}
		if !slices.Equal(got, boxes) {
			t.Fatalf("equal boxes out of document order in the candidates")
		}
	}
}

// TestCounterLines: a counter line ("Comments (12)", "12 Kommentare") is
// furniture; a count after another boiler word is not a counter ("Top
// (10)", a list's heading), and neither is a number before a story's
// words.
func TestCounterLines(t *testing.T) {
	gq, err := goquery.NewDocumentFromReader(strings.NewReader("<html><body><p>x</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(gq.Nodes[0], nil, time.Time{}, nil)
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Comments (12)", true}, {"12 comments", true}, {"Kommentare (3)", true}, {"12 Kommentare", true}, {"Reacties (0)", true},
		{"Top (10)", false}, {"Video (3)", false}, {"2 Premium", false}, {"12 comments were left before the vote on Tuesday", false},
	} {
		if got := d.isBoilerLine(tc.line); got != tc.want {
			t.Errorf("isBoilerLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

package extract

import (
	"bytes"
	"fmt"
	"html"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/lexicon"
)

// The reverse probe of TestMetamorphicLabels: every label of the page's
// language, kind by kind, put alone in the page's chrome, where it
// labels nothing, must change no field:
//
//   - chrome-nav: a nav bar at the top of the body with one link per
//     label ("Published", "By", "Foto" as a gallery's link);
//   - chrome-aside: a sidebar at the end of the body with one heading per
//     label that goes on with no name and no date ("By the numbers");
//   - subhead: the same headings as subheadings inside the story, before
//     its middle paragraph, where "By the numbers" and "Published works"
//     stand on real pages (compared with the control's extraction, the
//     control's word read as the label in the text).
//
// Each probe is compared with a control of the same markup whose link
// and heading words are an invented word: a page the control already
// changes (the markup itself moved a field) is skipped. A kind whose
// probe changes a field is tried label by label, and each label that
// changes it alone is reported.

// mlNeutral is the control's word in place of a label: no word of any
// lexicon list, no name.
const mlNeutral = "Quellorin"

// mlFiller is what a sidebar heading says after its label: no name, no
// date.
func mlFiller(lex *lexicon.Lexicon) string {
	if lex.Language == "en" {
		return "the numbers"
	}
	var ws []string
	for _, w := range lex.StopWords {
		if utf8.RuneCountInString(w) >= 3 && len(ws) < 2 {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, " ")
}

// mlChromeHTML writes the nav bar (aside false) or the sidebar with one
// entry per word.
func mlChromeHTML(words []string, aside bool, filler string) string {
	var b strings.Builder
	if !aside {
		b.WriteString(`<nav class="site-menu"><ul>`)
		for i, w := range words {
			fmt.Fprintf(&b, `<li><a href="/menu/%d/">%s</a></li>`, i, html.EscapeString(w))
		}
		b.WriteString(`</ul></nav>`)
		return b.String()
	}
	b.WriteString(`<aside class="sidebar">`)
	for i, w := range words {
		fmt.Fprintf(&b, `<section class="widget"><h3>%s %s</h3><ul><li><a href="/widget/%d/">→</a></li></ul></section>`,
			html.EscapeString(w), html.EscapeString(filler), i)
	}
	b.WriteString(`</aside>`)
	return b.String()
}

// mlInsert puts chrome at the body's start (aside false) or end.
func mlInsert(raw []byte, chrome string, aside bool) ([]byte, bool) {
	low := bytes.ToLower(raw)
	if aside {
		i := bytes.LastIndex(low, []byte("</body"))
		if i < 0 {
			return nil, false
		}
		return slices2(raw[:i], chrome, raw[i:]), true
	}
	i := bytes.Index(low, []byte("<body"))
	if i < 0 {
		return nil, false
	}
	j := bytes.IndexByte(raw[i:], '>')
	if j < 0 {
		return nil, false
	}
	return slices2(raw[:i+j+1], chrome, raw[i+j+1:]), true
}

func slices2(a []byte, mid string, b []byte) []byte {
	out := make([]byte, 0, len(a)+len(mid)+len(b))
	return append(append(append(out, a...), mid...), b...)
}

// mlChrome runs the chrome probes of one page.
func mlChrome(raw []byte, fetched time.Time, orig *article.Article, skip map[string]bool, lex *lexicon.Lexicon, kinds []mlKind) []mkupResult {
	var out []mkupResult
	filler := mlFiller(lex)
	var all [][]mlLabel
	n := 0
	for _, k := range kinds {
		ls := k.labels(lex)
		all = append(all, ls)
		n = max(n, len(ls))
	}
	ctl := slices.Repeat([]string{mlNeutral}, n)
	for _, aside := range []bool{false, true} {
		variant := "chrome-nav"
		if aside {
			variant = "chrome-aside"
		}
		run := func(words []string) (mkupResult, bool) {
			page, ok := mlInsert(raw, mlChromeHTML(words, aside, filler), aside)
			if !ok {
				return mkupResult{}, false
			}
			return mlCompare(page, fetched, orig, skip, nil, false), true
		}
		if r, ok := run(ctl); !ok || len(r.diffs) > 0 {
			out = append(out, mkupResult{variant: variant, skip: true})
			continue
		}
		out = append(out, mkupResult{variant: variant + "|"})
		for _, ls := range all {
			if len(ls) == 0 {
				continue
			}
			words := slices.Clone(ctl)
			for i, l := range ls {
				words[i] = mlTitle(l.base)
			}
			if r, _ := run(words); len(r.diffs) == 0 {
				continue
			}
			for i, l := range ls { // which label moves it, alone among the control's words
				one := slices.Clone(ctl)
				one[i] = words[i]
				if r, _ := run(one); len(r.diffs) > 0 {
					r.variant = variant + "|" + l.entry
					out = append(out, r)
				}
			}
		}
	}
	return append(out, mlSubheads(raw, fetched, orig, skip, all, filler)...)
}

// mlSubheads runs the subhead probe: each kind's labels as subheadings
// in the story, compared with the extraction of as many subheadings of
// the control's word (their text is the story's: the label's words may
// stand where the control's did); a kind that moves a field is tried
// label by label, each alone against one control subheading.
func mlSubheads(raw []byte, fetched time.Time, orig *article.Article, skip map[string]bool, all [][]mlLabel, filler string) []mkupResult {
	extract := func(words []string) (*article.Article, []byte) {
		page, ok := mlInsertSubhead(raw, orig, words, filler)
		if !ok {
			return nil, nil
		}
		a, err := Extract(Input{HTML: page, FetchedAt: fetched}, Options{NoQuotes: true})
		if err != nil {
			return nil, nil
		}
		return a, page
	}
	compare := func(words []string, base *article.Article) mkupResult {
		_, page := extract(words)
		var pairs [][2]string
		for _, w := range words {
			pairs = append(pairs, [2]string{mlNeutral, w})
		}
		return mlCompare(page, fetched, base, skip, pairs, false)
	}
	var out []mkupResult
	var one *article.Article
	for _, ls := range all {
		if len(ls) == 0 {
			continue
		}
		base, _ := extract(slices.Repeat([]string{mlNeutral}, len(ls)))
		if base == nil {
			return []mkupResult{{variant: "subhead", skip: true}}
		}
		if len(out) == 0 {
			out = append(out, mkupResult{variant: "subhead|"})
		}
		words := make([]string, len(ls))
		for i, l := range ls {
			words[i] = mlTitle(l.base)
		}
		if r := compare(words, base); len(r.diffs) == 0 {
			continue
		}
		if one == nil {
			one, _ = extract([]string{mlNeutral})
		}
		for i, l := range ls {
			if r := compare(words[i:i+1], one); len(r.diffs) > 0 {
				r.variant = "subhead|" + l.entry
				out = append(out, r)
			}
		}
	}
	return out
}

// mlInsertSubhead puts one subheading per word (with the filler after
// it) before the paragraph of the story in the middle of its text.
func mlInsertSubhead(raw []byte, orig *article.Article, words []string, filler string) ([]byte, bool) {
	if len(orig.Paragraphs) < 3 {
		return nil, false
	}
	para := orig.Paragraphs[len(orig.Paragraphs)/2]
	probe := para[:min(len(para), 24)]
	i := bytes.Index(raw, []byte(probe))
	if i < 0 || strings.ContainsAny(probe, "&<") {
		return nil, false
	}
	j := bytes.LastIndex(raw[:i], []byte("<p"))
	if j < 0 || bytes.Contains(raw[j:i], []byte("</p")) {
		return nil, false
	}
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "<h3>%s %s</h3>\n", html.EscapeString(w), html.EscapeString(filler))
	}
	return slices2(raw[:j], b.String(), raw[j:]), true
}

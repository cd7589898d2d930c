package extract

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/byline/byline/article"
)

// TestMetamorphicStrip takes away a whole invented page's metadata as
// many real pages lack it or carry it broken, and checks that every
// field the page still SHOWS keeps the row's answer. Each variant alone:
//
//   - no-ld: every <script type="application/ld+json"> removed;
//   - no-meta: every <meta> whose name or property is og:*, article:*,
//     twitter:*, dc.*, dcterms.*, parsely-*, sailthru.*, or names an
//     author, a creator, a byline, a date, a time, a publication or a
//     modification removed;
//   - bare: both, and the microdata attributes (itemprop, itemscope,
//     itemtype, itemid, itemref) removed;
//   - ld-comma: the JSON-LD block that carries the article given a
//     trailing comma before its last closing brace (a template's fault:
//     the block no longer parses);
//   - ld-trunc: on a page with several JSON-LD objects, the one that
//     carries the article cut off in its second half.
//
// A field is checked on the changed page only when its answer is still
// visible in the text of the page's body (stripStillVisible): the row's
// headline, every author's name (case folded), a form of the row's day
// (mdLeft, the date test's finder), the dateline, the original page's
// summary, the row's captions and credits. A row that wants none (no
// author, no day, "-" for the dateline) is checked too: taking metadata
// away must not invent one. Other fields may legitimately change and
// are skipped and counted. A row's known-wrong fields are skipped.
func TestMetamorphicStrip(t *testing.T) {
	jobs, results := mkupRunAll(func(j mkupJob) []mkupResult { return stripRun(j.page, j.set.fetched) })
	stripReport(t, jobs, results)
}

// stripVariant is one way of taking metadata away (apply returns false
// when the page has nothing to take).
type stripVariant struct {
	name  string
	floor int // the fewest fields the variant must check
	apply func(page []byte, seed uint64) ([]byte, bool)
}

var stripVariants = []stripVariant{
	{"no-ld", 750, func(p []byte, _ uint64) ([]byte, bool) { return stripLD(p) }},
	{"no-meta", 2000, func(p []byte, _ uint64) ([]byte, bool) { return stripMeta(p) }},
	{"bare", 2000, func(p []byte, _ uint64) ([]byte, bool) {
		a, okA := stripLD(p)
		b, okB := stripMeta(a)
		c, okC := stripMicrodata(b)
		return c, okA || okB || okC
	}},
	{"ld-comma", 750, func(p []byte, seed uint64) ([]byte, bool) { return stripBreakLD(p, seed, false) }},
	{"ld-trunc", 740, func(p []byte, seed uint64) ([]byte, bool) { return stripBreakLD(p, seed, true) }},
}

var stripFieldNames = []string{"headline", "authors", "published", "dateline", "summary", "captions", "credits"}

// stripExemption names pages (without ".html") whose field a variant
// changes although its answer is visible, with why.
type stripExemption struct {
	variant, field, why string
	files               []string
}

var stripExempt = []stripExemption{
	// Right: the change is the page's own signal taken away.
	{"no-meta", "authors", "right: the organisation the row names as author is in the metadata's author only; the text names it as the release's subject (PR wire), not in a byline", []string{"cms11d-prwire-release"}},
	{"bare", "authors", "right: the organisation the row names as author is in the metadata's author only; the text names it as the release's subject (PR wire), not in a byline", []string{"cms11d-prwire-release"}},
	{"bare", "published", "right: the page shows only a time of today ('Publié à 14 h 32'); the day was the metadata's (as in the date test's exemptions)", []string{"cms13d-qc-daily"}},
	{"no-meta", "published", "right: the page shows no publication day: 'Vandaag, 07:14' (today, read as the fetch day) or only the update ('Actualizado Lunes, 4 marzo'); the row's day is found only in a related story's or the match report's text", []string{"cms13b-nl-weeralarm", "cms13b-es-cronica-partido"}},
	{"bare", "published", "right: the page shows no publication day: 'Vandaag, 07:14' (today, read as the fetch day) or only the update ('Actualizado Lunes, 4 marzo'); the row's day is found only in a related story's or the match report's text", []string{"cms13b-nl-weeralarm", "cms13b-es-cronica-partido"}},
	{"no-ld", "authors", "right: the paper is the author in the JSON-LD alone (an Organization); the page prints no byline, its name only in the logo's alt and the copyright line ('Copyright © 2024 北陸中央新聞社'), which name the publisher, no writer", []string{"cms12c-ja-shashin"}},
	{"bare", "authors", "right: the paper is the author in the JSON-LD alone (an Organization); the page prints no byline, its name only in the logo's alt and the copyright line ('Copyright © 2024 北陸中央新聞社'), which name the publisher, no writer", []string{"cms12c-ja-shashin"}},
	{"ld-trunc", "authors", "right: the block is cut inside its author (the paper, an Organization); the paper is the author in the JSON-LD alone (an Organization); the page prints no byline, its name only in the logo's alt and the copyright line ('Copyright © 2024 北陸中央新聞社'), which name the publisher, no writer", []string{"cms12c-ja-shashin"}},
	{"bare", "captions", "right: the picture is only og:image's; without it the page has no picture to give the visible caption to", []string{"cms12c-br-ogimage-only"}},
	{"bare", "credits", "right: the picture is only og:image's; without it the page has no picture to give the visible credit to", []string{"cms12c-br-ogimage-only"}},
	{"no-meta", "summary", "right: the page shows a longer standfirst under the <h1> than og:description ('… segundo a Defesa Civil. Não há registro de feridos.'); without the description that visible standfirst is the summary (dek-under-headline)", []string{"cms12c-br-ogimage-only"}},
	{"bare", "summary", "right: the page shows a longer standfirst under the <h1> than og:description ('… segundo a Defesa Civil. Não há registro de feridos.'); without the description that visible standfirst is the summary (dek-under-headline)", []string{"cms12c-br-ogimage-only"}},
	{"no-meta", "authors", "right: the municipality is the author in DCTERMS.creator alone; the page prints no byline, its name only in the <title>'s site part, the logo's alt and the footer's contact, which name the publisher, no writer", []string{"cms16b-iprox-gemeente-nl"}},
	{"bare", "authors", "right: the municipality is the author in DCTERMS.creator alone; the page prints no byline, its name only in the <title>'s site part, the logo's alt and the footer's contact, which name the publisher, no writer", []string{"cms16b-iprox-gemeente-nl"}},
}

// stripRun extracts each variant of one page and checks the fields
// still visible. A result's diffs carry the failures; its err field is
// unused; skip marks a variant that did not apply. The fields checked
// and skipped are carried as diffs with field "+name" and "-name".
func stripRun(c cmsPage, fetched time.Time) []mkupResult {
	page, err := os.ReadFile(filepath.Join("testdata", "cms", c.file))
	if err != nil {
		return []mkupResult{{variant: "read", err: err.Error()}}
	}
	h := fnv.New64a()
	h.Write([]byte(c.file))
	seed := h.Sum64()
	orig, skipField, err := mkupOriginal(page, fetched, c)
	if err != nil {
		return []mkupResult{{variant: "original", err: err.Error()}}
	}
	visible := stripVisibleText(page)
	shown := stripStillVisible(c, orig, visible)
	var out []mkupResult
	for _, v := range stripVariants {
		r := mkupResult{variant: v.name}
		changed, ok := v.apply(page, seed)
		if !ok || bytes.Equal(changed, page) {
			r.skip = true
			out = append(out, r)
			continue
		}
		// STRIP_DUMP="file variant" writes the changed page to
		// /tmp/strip_dump.html and prints the rules' proposals.
		var tr *Trace
		if os.Getenv("STRIP_DUMP") == c.file+" "+v.name {
			os.WriteFile("/tmp/strip_dump.html", changed, 0o644)
			tr = &Trace{}
		}
		a, err := Extract(Input{HTML: changed, FetchedAt: fetched}, Options{NoQuotes: true, Trace: tr})
		if tr != nil {
			for _, ev := range tr.Events {
				if !strings.HasPrefix(ev.Field, "body") {
					fmt.Printf("trace %+v\n", ev)
				}
			}
		}
		if err != nil {
			r.diffs = append(r.diffs, mkupDiff{"article", "an article", err.Error()})
			out = append(out, r)
			continue
		}
		for _, f := range stripFieldNames {
			if skipField[f] || !shown[f] {
				r.diffs = append(r.diffs, mkupDiff{"-" + f, "", ""})
				continue
			}
			r.diffs = append(r.diffs, mkupDiff{"+" + f, "", ""})
			if want, got, ok := stripCheck(f, c, orig, a); !ok {
				r.diffs = append(r.diffs, mkupDiff{f, want, got})
			}
		}
		out = append(out, r)
	}
	return out
}

// stripCheck compares one field of the stripped page's article with the
// row's answer (the original extraction's for the summary).
func stripCheck(f string, c cmsPage, orig, a *article.Article) (want, got string, ok bool) {
	switch f {
	case "headline":
		return c.headline, a.Headline, a.Headline == c.headline
	case "authors":
		return strings.Join(c.authors, "; "), strings.Join(a.Authors, "; "), slices.Equal(a.Authors, c.authors)
	case "published":
		day, _, _ := strings.Cut(a.PublishedAt, "T")
		return c.published, a.PublishedAt, day == c.published
	case "dateline":
		want := c.dateline
		if want == "-" {
			want = ""
		}
		return want, a.Dateline, a.Dateline == want
	case "summary":
		return orig.Summary, a.Summary, a.Summary == orig.Summary
	}
	var caps, creds []string
	for _, im := range a.Images {
		caps, creds = append(caps, im.Caption), append(creds, im.Credit)
	}
	if f == "captions" {
		return strings.Join(c.captions, " | "), strings.Join(caps, " | "), cmsAllIn(c.captions, caps)
	}
	return strings.Join(c.credits, " | "), strings.Join(creds, " | "), cmsAllIn(c.credits, creds)
}

// stripStillVisible says which fields' answers the page shows in its
// body's text (visible, folded by stripFold).
func stripStillVisible(c cmsPage, orig *article.Article, visible string) map[string]bool {
	in := func(s string) bool { return s != "" && strings.Contains(visible, stripFold(s)) }
	all := func(ss []string) bool {
		for _, s := range ss {
			if !in(s) {
				return false
			}
		}
		return true
	}
	shown := map[string]bool{
		"headline": in(c.headline),
		"authors":  all(c.authors),
		"dateline": c.dateline == "-" || in(c.dateline),
		// A summary the body opens with is the lead, no standfirst: the
		// page shows none of its own.
		"summary":  orig.Summary == "" || in(orig.Summary) && !strings.Contains(stripFold(orig.Body), stripFold(orig.Summary)),
		"captions": c.captions != nil && all(c.captions),
		"credits":  c.credits != nil && all(c.credits),
	}
	if c.published == "" {
		shown["published"] = true
	} else if day, err := time.Parse(time.DateOnly, c.published); err == nil {
		shown["published"] = len(mdLeft(visible, day)) > 0
	}
	return shown
}

// stripFold lower-cases s and makes every run of white space (the
// no-break space too) one space.
func stripFold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "\u00a0", " "))), " ")
}

// stripVisibleText is the text of the page's body a reader sees (no
// script, style, template, noscript or hidden element), blocks apart,
// folded by stripFold.
func stripVisibleText(page []byte) string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		switch n.Type {
		case html.TextNode:
			if inBody {
				b.WriteString(n.Data)
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "template", "noscript", "head":
				return
			case "body":
				inBody = true
			}
			for _, a := range n.Attr {
				if a.Key == "hidden" || a.Key == "aria-hidden" && a.Val == "true" ||
					a.Key == "style" && strings.Contains(strings.ReplaceAll(a.Val, " ", ""), "display:none") {
					return
				}
			}
			if mkupBlockTags[n.Data] {
				b.WriteByte('\n')
				defer b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	return stripFold(b.String())
}

// --- the variants --------------------------------------------------------

// stripLD removes every JSON-LD script.
func stripLD(page []byte) ([]byte, bool) {
	toks := mkupTokens(page)
	var b bytes.Buffer
	dropped, in := 0, false
	for i := range toks {
		t := &toks[i]
		if t.typ == html.StartTagToken && t.name == "script" && stripIsLD(t) {
			in = true
			dropped++
			continue
		}
		if in {
			if t.typ == html.EndTagToken && t.name == "script" {
				in = false
			}
			continue
		}
		b.Write(t.raw)
	}
	return b.Bytes(), dropped > 0
}

func stripIsLD(t *mkupTok) bool {
	v, _ := t.attr("type")
	return strings.Contains(strings.ToLower(v), "ld+json")
}

// stripMetaName reports whether a <meta>'s name or property is one the
// no-meta variant removes.
func stripMetaName(key string) bool {
	key = strings.ToLower(strings.TrimSpace(key))
	for _, p := range []string{"og:", "article:", "twitter:", "dc.", "dcterms.", "parsely-", "sailthru."} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	for _, w := range []string{"author", "creator", "byl", "date", "time", "publish", "modified", "created", "updated"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// stripMeta removes the metas stripMetaName names (in <noscript> too).
func stripMeta(page []byte) ([]byte, bool) {
	toks := mkupTokens(page)
	var b bytes.Buffer
	dropped := 0
	for i := range toks {
		t := &toks[i]
		if t.typ == html.StartTagToken || t.typ == html.SelfClosingTagToken {
			if t.name == "meta" {
				n, _ := t.attr("name")
				p, _ := t.attr("property")
				if stripMetaName(n) || stripMetaName(p) {
					dropped++
					continue
				}
			}
		}
		b.Write(t.raw)
	}
	return b.Bytes(), dropped > 0
}

// stripMicrodata removes the microdata attributes of every tag.
func stripMicrodata(page []byte) ([]byte, bool) {
	dropped := 0
	out := mkupRewriteTags(page, func(t *mkupTok) bool {
		n := len(t.attrs)
		t.attrs = slices.DeleteFunc(t.attrs, func(a html.Attribute) bool {
			switch a.Key {
			case "itemprop", "itemscope", "itemtype", "itemid", "itemref":
				return true
			}
			return false
		})
		if len(t.attrs) == n {
			return false
		}
		dropped++
		t.style = mkupStyleDouble
		return true
	})
	return out, dropped > 0
}

// stripBreakLD breaks the JSON-LD block that carries the article (the
// first that names a headline, an author or a publication date; seeded
// among several): with trunc it is cut off at a point in its second half
// (only on a page with another JSON-LD object besides it, in its own
// block or in the same @graph), else a comma goes before its last
// closing brace.
func stripBreakLD(page []byte, seed uint64, trunc bool) ([]byte, bool) {
	toks := mkupTokens(page)
	var carriers []int
	objects := 0
	for i := range toks {
		t := &toks[i]
		if t.typ != html.TextToken || t.rawIn != "script" || i == 0 || !stripIsLD(&toks[i-1]) {
			continue
		}
		s := string(t.raw)
		objects += max(1, strings.Count(s, `"@type"`))
		if strings.Contains(s, `"headline"`) || strings.Contains(s, `"author"`) || strings.Contains(s, `"datePublished"`) {
			carriers = append(carriers, i)
		}
	}
	if len(carriers) == 0 || trunc && objects < 2 {
		return nil, false
	}
	i := carriers[seed%uint64(len(carriers))]
	s := string(toks[i].raw)
	if trunc {
		cut := len(s)/2 + int(seed>>8)%max(1, len(s)/2-1)
		toks[i].raw = []byte(s[:cut])
	} else {
		end := strings.LastIndexByte(s, '}')
		if end < 0 {
			return nil, false
		}
		k := end
		for k > 0 && strings.ContainsRune(" \t\r\n", rune(s[k-1])) {
			k--
		}
		toks[i].raw = []byte(s[:k] + "," + s[k:])
	}
	var b bytes.Buffer
	for j := range toks {
		b.Write(toks[j].raw)
	}
	return b.Bytes(), true
}

// --- the report --------------------------------------------------------------

// stripReport fails on every changed visible field no exemption names,
// on every exemption no longer needed and on every variant that checked
// fewer fields than its floor; it logs the fields checked and skipped
// per variant and field.
func stripReport(t *testing.T, jobs []mkupJob, results [][]mkupResult) {
	t.Helper()
	exempt := newExemptSet()
	for _, e := range stripExempt {
		for _, f := range e.files {
			exempt.add(f+".html|"+e.variant+"|"+e.field, e.why)
		}
	}
	checked, skipped, failed := map[string]int{}, map[string]int{}, map[string]int{}
	for i, rs := range results {
		file := jobs[i].page.file
		for _, r := range rs {
			if r.err != "" {
				t.Errorf("%s %s: %s", file, r.variant, r.err)
				continue
			}
			if r.skip {
				skipped[r.variant+"|page"]++
				continue
			}
			for _, d := range r.diffs {
				switch {
				case strings.HasPrefix(d.field, "+"):
					checked[r.variant]++
					checked[r.variant+"|"+d.field[1:]]++
				case strings.HasPrefix(d.field, "-"):
					skipped[r.variant+"|"+d.field[1:]]++
				default:
					failed[r.variant+"|"+d.field]++
					key := file + "|" + r.variant + "|" + d.field
					if why, ok := exempt.take(key); ok {
						t.Logf("exempt %s: %q → %q (%s)", key, d.was, d.got, why)
						continue
					}
					t.Errorf("%s %s: %s %q → %q", file, r.variant, d.field, d.was, d.got)
				}
			}
		}
	}
	exempt.failUnused(t, " (or the field was skipped)")
	for _, v := range stripVariants {
		var parts []string
		for _, f := range stripFieldNames {
			k := v.name + "|" + f
			parts = append(parts, fmt.Sprintf("%s %d/%d/%d", f, checked[k], skipped[k], failed[k]))
		}
		t.Logf("%-9s pages skipped %3d; fields checked/skipped/failed: %s", v.name, skipped[v.name+"|page"], strings.Join(parts, ", "))
		if checked[v.name] < v.floor {
			t.Errorf("%s: only %d fields checked, want at least %d", v.name, checked[v.name], v.floor)
		}
	}
}

package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/lexicon"
)

// The comparison and the report of TestMetamorphicLabels
// (metamorphic_labels_test.go).

// mlCompare extracts a changed page and compares its fields with the
// original's; a field may differ by the swapped label's own words.
//
// keep: the field keeps the new label's words by design (a credit keeps
// "Courtesy of": it says how the picture came, see creditValue).
func mlCompare(page []byte, fetched time.Time, orig *article.Article, skip map[string]bool, pairs [][2]string, keep bool) mkupResult {
	var r mkupResult
	a, err := Extract(Input{HTML: page, FetchedAt: fetched}, Options{NoQuotes: true})
	if err != nil {
		r.diffs = append(r.diffs, mkupDiff{"article", "an article", err.Error()})
		return r
	}
	was, got := mkupFields(orig), mkupFields(a)
	for _, f := range mkupFieldNames {
		if skip[f] {
			continue
		}
		if mlTolerant(was[f], got[f], pairs, keep) {
			continue
		}
		r.diffs = append(r.diffs, mkupDiff{f, was[f], got[f]})
	}
	return r
}

// mlCommon is the length of the common start of a and b.
func mlCommon(a, b string) int {
	d := 0
	for d < len(a) && d < len(b) && a[d] == b[d] {
		d++
	}
	return d
}

func mlSquash(s string) string { return strings.Join(strings.Fields(s), " ") }

// mlTolerant reports whether field g is field w with some of the swapped
// labels w kept replaced by the new label (a body line "By Jane Doe"),
// or dropped (w kept a label the new page's field reads as one).
func mlTolerant(w, g string, pairs [][2]string, keep bool) bool {
	w, g = mlSquash(w), mlSquash(g)
	for range 64 {
		if w == g {
			return true
		}
		d := mlCommon(w, g)
		ok := false
		// try turns w into c when that matches g further than d
		try := func(c string) {
			if c = mlSquash(c); !ok && mlCommon(c, g) > d {
				w, ok = c, true
			}
		}
		for _, pr := range pairs {
			old, nw := mlSquash(pr[0]), mlSquash(pr[1])
			for _, rep := range []string{nw, ""} {
				for s := max(0, d-len(old)); s <= d; s++ {
					if strings.HasPrefix(w[s:], old) && strings.HasPrefix(g[s:], rep) {
						try(w[:s] + rep + " " + w[s+len(old):])
					}
				}
			}
			for s := d; keep && s >= max(0, d-len(nw)); s-- {
				if strings.HasPrefix(g[s:], nw) {
					try(w[:s] + nw + " " + w[s:])
				}
			}
			if ok {
				break
			}
		}
		if !ok {
			return false
		}
	}
	return false
}

// mlReport fails on every changed field no exemption names, on every
// exemption no longer needed and on every variant under its floors, and
// logs per language how many labels of each kind were exercised.
func mlReport(t *testing.T, jobs []mkupJob, results [][]mkupResult, exempts []mlExemption, floors map[string]mlFloor) {
	t.Helper()
	exempt := newExemptSet()
	for _, e := range exempts {
		for _, f := range e.files {
			exempt.add(f+".html|"+e.variant+"|"+e.label, e.why)
		}
	}
	pages, labels := map[string]map[string]bool{}, map[string]map[string]bool{}
	perLang := map[string]map[string]bool{} // lang|kind → entries checked
	for i, rs := range results {
		file := jobs[i].page.file
		for _, r := range rs {
			if r.err != "" {
				t.Errorf("%s %s: %s", file, r.variant, r.err)
				continue
			}
			if r.skip {
				continue
			}
			parts := strings.SplitN(r.variant, "|", 4)
			variant, label := parts[0], ""
			if len(parts) == 4 {
				label = parts[2]
				if perLang[parts[1]+"|"+variant] == nil {
					perLang[parts[1]+"|"+variant] = map[string]bool{}
				}
				perLang[parts[1]+"|"+variant][label] = true
			} else if len(parts) > 1 {
				label = parts[1]
			}
			if pages[variant] == nil {
				pages[variant], labels[variant] = map[string]bool{}, map[string]bool{}
			}
			pages[variant][file] = true
			if len(parts) == 4 {
				labels[variant][parts[1]+"|"+label] = true
			}
			for _, d := range r.diffs {
				_, ok := exempt.take(file + "|" + variant + "|" + label)
				if !ok {
					_, ok = exempt.take(file + "|" + variant + "|") // every label of the variant
				}
				if ok {
					t.Logf("exempt %s %s: %s changed: %s", file, r.variant, d.field, mkupDescribe(d))
					continue
				}
				t.Errorf("%s %s: %s changed: %s", file, r.variant, d.field, mkupDescribe(d))
			}
		}
	}
	exempt.failUnused(t, " (or the page was skipped)")
	mlLogLanguages(t, perLang)
	for _, v := range slices.Sorted(func(yield func(string) bool) {
		for v := range floors {
			if !yield(v) {
				return
			}
		}
	}) {
		f := floors[v]
		t.Logf("%-13s labels checked %3d, pages checked %3d", v, len(labels[v]), len(pages[v]))
		if len(labels[v]) < f.labels || len(pages[v]) < f.pages {
			t.Errorf("%s: %d labels on %d pages checked, want at least %d labels on %d pages", v, len(labels[v]), len(pages[v]), f.labels, f.pages)
		}
	}
}

// mlLogLanguages logs per language how many of its labels of each kind
// were swapped in on some page.
func mlLogLanguages(t *testing.T, perLang map[string]map[string]bool) {
	t.Helper()
	kinds := mlKinds()
	for _, lang := range lexicon.Languages() {
		lex := lexicon.Get(lang)
		var parts []string
		for _, k := range kinds {
			n := len(k.labels(lex))
			if n == 0 {
				continue
			}
			parts = append(parts, fmt.Sprintf("%s %d/%d", k.name, len(perLang[lang+"|"+k.name]), n))
		}
		if len(parts) > 0 {
			t.Logf("labels exercised %s: %s", lang, strings.Join(parts, ", "))
		}
	}
}

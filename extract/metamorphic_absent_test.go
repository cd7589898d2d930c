package extract

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/lexicon"
)

// TestMetamorphicAbsent takes the TRUE answer of one field out of every
// whole invented page completely, and requires that the extractor then
// returns NOTHING for that field (or only a fallback the page still
// labels), while the other fields stay the original's: precision where
// the answer is missing, as it often is on pages nobody has seen. The
// answer is the original page's extraction. Each variant alone:
//
//   - no-author: every author's name cut from the page's text (byline,
//     author box), attributes, metas, scripts and JSON-LD; the byline
//     elements' labels that are left alone emptied; <a>/<link>
//     rel=author, author metas, JSON-LD author/creator (but pictures')
//     and itemprop=author removed, links to the author's page unlinked.
//     A page that names its author in its body's prose, or whose
//     headline names them, is skipped. Want: no author.
//   - no-caption: every caption cut from the text (outside the body's
//     prose) and from attributes but alt and title, JSON-LD picture
//     captions removed. A picture whose caption was only its alt or
//     title, or is still shown, is skipped. Want: no caption on it, the
//     other pictures' captions and every credit as before.
//   - no-credit: every credit cut, with its label ("Photo:", "©"), from
//     the text outside the body's prose and from attributes but alt and
//     title; JSON-LD picture credit fields removed. Want: no credit on
//     that picture, the rest as before.
//   - no-dateline: the dateline (with its agency and separator) cut
//     from the start of the first paragraph. Want: no dateline, the
//     body the original's less the cut.
//   - no-date: every machine date removed (date metas, JSON-LD date*,
//     <time datetime>, itemprop date*, data-…date/time attributes, the
//     day's ISO form in scripts, date segments of the page's own URLs)
//     and every shown form of the published day cut outside the body's
//     prose. Want: no published date, or one the page still labels as
//     published or updated (logged); a date from a teaser, a clock, a
//     copyright line, a comment or an event in prose fails.
//
// The fields not taken are compared with the original's (the body less
// the lines that held what was cut). In no-date, a caption that wrote
// the day changes by the cut itself ("… on Tuesday, March 5, 2024." →
// "… on , , ."): the captions are compared with the original's after
// the very same cut of the day's spans (absCutCaptions), so a caption
// that changes in any other way still fails.
func TestMetamorphicAbsent(t *testing.T) {
	jobs, results := mkupRunAll(func(j mkupJob) []mkupResult { return absRun(j.page, j.set.fetched) })
	var floors []mkupFloor
	for _, v := range absVariants {
		floors = append(floors, mkupFloor{v.name, v.floor})
	}
	for i, rs := range results {
		for k := range rs {
			r := &rs[k]
			r.diffs = slices.DeleteFunc(r.diffs, func(d mkupDiff) bool {
				if strings.HasPrefix(d.field, "note ") {
					t.Logf("%s %s: %s %s", jobs[i].page.file, r.variant, d.field, d.got)
					return true
				}
				return false
			})
		}
	}
	mkupReport(t, jobs, results, absExempt, floors)
}

type absJob struct {
	c       cmsPage
	page    []byte
	fetched time.Time
	orig    *article.Article
	skip    map[string]bool // the row's known-wrong fields
}

type absVariant struct {
	name  string
	floor int
	run   func(j absJob, r *mkupResult)
}

var absVariants = []absVariant{
	{"no-author", 320, absNoAuthor},
	{"no-caption", 315, absNoCaption},
	{"no-credit", 290, absNoCredit},
	{"no-dateline", 65, absNoDateline},
	{"no-date", 390, absNoDate},
}

func absRun(c cmsPage, fetched time.Time) []mkupResult {
	page, err := os.ReadFile(filepath.Join("testdata", "cms", c.file))
	if err != nil {
		return []mkupResult{{variant: "read", err: err.Error()}}
	}
	orig, skip, err := mkupOriginal(page, fetched, c)
	if err != nil {
		return []mkupResult{{variant: "original", err: err.Error()}}
	}
	if d := os.Getenv("ABSENT_DUMP"); d != "" && !strings.HasPrefix(d, c.file+" ") {
		return nil
	}
	j := absJob{c, page, fetched, orig, skip}
	var out []mkupResult
	for _, v := range absVariants {
		r := mkupResult{variant: v.name}
		v.run(j, &r)
		out = append(out, r)
	}
	return out
}

// extract extracts the changed page; ABSENT_DUMP="file variant" writes
// it to absent_dump.html in os.TempDir() ($TMPDIR, else /tmp: sessions
// sharing a machine dump apart) and prints the rules' proposals but the
// body's.
func (j absJob) extract(variant string, changed []byte, r *mkupResult) *article.Article {
	var tr *Trace
	if os.Getenv("ABSENT_DUMP") == j.c.file+" "+variant {
		os.WriteFile(filepath.Join(os.TempDir(), "absent_dump.html"), changed, 0o644)
		tr = &Trace{}
		defer func() {
			for _, ev := range tr.Events {
				if !strings.HasPrefix(ev.Field, "body") {
					fmt.Printf("trace %+v\n", ev)
				}
			}
		}()
	}
	a, err := Extract(Input{HTML: changed, FetchedAt: j.fetched}, Options{NoQuotes: true, Trace: tr})
	if err != nil {
		r.diffs = append(r.diffs, mkupDiff{"article", "an article", err.Error()})
		return nil
	}
	return a
}

// same compares the fields not in taken, the body and summary through
// clean (which drops what the cut took).
func (j absJob) same(a *article.Article, r *mkupResult, clean func(string) string, taken ...string) {
	was, got := mkupFields(j.orig), mkupFields(a)
	for _, f := range mkupFieldNames {
		if j.skip[f] || slices.Contains(taken, f) {
			continue
		}
		w, g := was[f], got[f]
		if (f == "body" || f == "summary") && clean != nil {
			w, g = clean(w), clean(g)
		}
		if w != g {
			r.diffs = append(r.diffs, mkupDiff{f, w, g})
		}
	}
}

// absParas drops the paragraphs of s that drop names and squashes the rest.
func absParas(s string, drop func(string) bool) string {
	var keep []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = absSquash(p); p != "" && !drop(p) {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n\n")
}

// --- no-author ---------------------------------------------------------

func absNoAuthor(j absJob, r *mkupResult) {
	names := j.orig.Authors
	if len(names) == 0 || j.skip["authors"] {
		r.skip = true
		return
	}
	var alts []string
	for _, n := range names {
		if strings.Contains(strings.ToLower(j.orig.Headline), strings.ToLower(n)) {
			r.skip = true
			return
		}
		alts = append(alts, absWordsRe(n, false).String())
		if f := strings.Fields(n); len(f) == 2 {
			// the family name first, as Hungarian and East Asian pages
			// print it beside a catalogue's given-name-first form
			alts = append(alts, absWordsRe(f[1]+" "+f[0], false).String())
		}
	}
	re := regexp.MustCompile("(?i)(?:" + strings.Join(alts, "|") + ")")
	p := absParse(j.page, j.orig.Body)
	left := absCutAuthors(p, names, re)
	changed := p.render()
	vis := stripVisibleText(changed)
	for _, n := range names {
		if strings.Contains(vis, stripFold(n)) {
			r.skip = true // named in the body's prose
			return
		}
	}
	a := j.extract(r.variant, changed, r)
	if a == nil {
		return
	}
	for _, au := range a.Authors {
		if absFallback(au, left) {
			r.diffs = append(r.diffs, mkupDiff{"note fallback", "", au + " still in the byline"})
			continue
		}
		r.diffs = append(r.diffs, mkupDiff{"authors (false)", strings.Join(names, "; "), au})
	}
	drop := func(s string) bool { return re.MatchString(s) }
	taken := []string{"authors"}
	for _, f := range []string{"captions", "credits"} {
		if re.MatchString(mkupFields(j.orig)[f]) {
			taken = append(taken, f)
		}
	}
	j.same(a, r, func(s string) string { return absParas(s, drop) }, taken...)
}

// --- no-date ----------------------------------------------------------

var (
	absDateKey  = regexp.MustCompile(`(?i)date|time|publish|modified|created|updated|issued`)
	absURLDate  = regexp.MustCompile(`(?i)/(?:19|20)\d\d/(?:\d\d|[a-z]{3})(?:/\d\d)?|[/_-]?(?:19|20)\d\d-?\d\d-?\d\d`)
	absSelfURLs = set("canonical", "amphtml", "shortlink", "alternate")
)

func absNoDate(j absJob, r *mkupResult) {
	day, err := time.Parse(time.DateOnly, j.c.published)
	if j.orig.PublishedAt == "" || err != nil || j.skip["published"] || !strings.HasPrefix(j.orig.PublishedAt, j.c.published) {
		r.skip = true
		return
	}
	iso := regexp.MustCompile(regexp.QuoteMeta(j.c.published) + `(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?`)
	p := absParse(j.page, j.orig.Body)
	p.remove(func(n *html.Node) bool {
		if n.Data != "meta" {
			return false
		}
		key := absAttr(n, "name") + " " + absAttr(n, "property") + " " + absAttr(n, "itemprop") + " " + absAttr(n, "http-equiv")
		return absDateKey.MatchString(key)
	})
	p.editAttrs(func(n *html.Node, key, val string) (string, bool) {
		switch {
		case key == "datetime", strings.HasPrefix(key, "data-") && absDateKey.MatchString(key):
			return val, false
		case key == "content" && absDateKey.MatchString(absAttr(n, "itemprop")+" "+absAttr(n, "property")):
			return val, false
		case key == "href" && n.Data == "link" && absSelfURLs[strings.ToLower(absAttr(n, "rel"))],
			key == "content" && strings.HasSuffix(strings.ToLower(absAttr(n, "property")+absAttr(n, "name")), ":url"):
			return absURLDate.ReplaceAllString(val, ""), true
		case key != "href" && key != "src" && key != "srcset":
			return iso.ReplaceAllString(val, ""), true
		}
		return val, true
	})
	p.editLD(func(obj map[string]any) {
		for k := range obj {
			if strings.HasPrefix(k, "date") || k == "uploadDate" || k == "startDate" {
				delete(obj, k)
			}
		}
		for _, k := range []string{"url", "@id", "mainEntityOfPage"} {
			if s, ok := obj[k].(string); ok {
				obj[k] = absURLDate.ReplaceAllString(s, "")
			}
		}
	}, func(s string) string { return iso.ReplaceAllString(s, "") })
	p.cutRaw(iso)
	for _, run := range p.visibleRuns() {
		if p.inProse(run[0]) || !strings.ContainsFunc(absRunText(run), unicode.IsDigit) {
			continue
		}
		if len(cutSpans(run, func(s string) [][]int { return absDaySpans(s, day) })) == 0 {
			continue
		}
		tidy(run)
	}
	changed := p.render()
	a := j.extract(r.variant, changed, r)
	if a == nil {
		return
	}
	switch {
	case strings.HasPrefix(a.PublishedAt, j.c.published):
		// The true day, read from a form the cuts above do not know (a
		// Persian calendar day, "2024.03.05", a relative age): the page
		// still shows it, so it is no false date.
		r.diffs = append(r.diffs, mkupDiff{"note uncut", "", a.PublishedAt + ": the true day, in a form left on the page"})
	case a.PublishedAt != "":
		absJudgeDate(changed, a.PublishedAt, r)
		if last := &r.diffs[len(r.diffs)-1]; last.field == "published (false)" {
			if how := absShownOtherwise(changed, a, j.fetched); how != "" {
				*last = mkupDiff{"note " + how, "", a.PublishedAt + ": the page still gives the day so"}
			}
		}
	}
	// A caption that wrote the day changes by the cut itself: it is
	// compared with the original's less the same cut (absCutCaptions),
	// so that any other change still fails.
	taken := []string{"published"}
	if !j.skip["captions"] {
		taken = append(taken, "captions")
		if w, g := absCutCaptions(j.orig, day), mkupFields(a)["captions"]; w != g {
			r.diffs = append(r.diffs, mkupDiff{"captions", w, g})
		}
	}
	hasDay := func(s string) bool { return len(mdLeft(s, day)) > 0 }
	j.same(a, r, func(s string) string { return absParas(s, hasDay) }, taken...)
}

// absJudgeDate notes a published date the page still labels as
// published or updated and fails any other.
func absJudgeDate(changed []byte, got string, r *mkupResult) {
	d, err := time.Parse(time.DateOnly, got[:min(10, len(got))])
	if err != nil {
		r.diffs = append(r.diffs, mkupDiff{"published (false)", "", got})
		return
	}
	labels := absDateLabels()
	p := absParse(changed, "")
	var seen []string
	runs := p.visibleRuns()
	for i, run := range runs {
		t := strings.ToLower(absRunText(run))
		if len(mdLeft(t, d)) == 0 {
			continue
		}
		// The label may stand in the element before ("Published:" <time>).
		if i > 0 {
			t = strings.ToLower(absRunText(runs[i-1])) + " " + t
		}
		seen = append(seen, t)
		if m := absDaySpans(strings.ToLower(absRunText(run)), d); len(m) > 0 && m[0][0] < 60 && len(strings.Fields(absRunText(run))) >= 8 {
			// A paragraph's dateline ("VALENCIA, 5 mar (EFE).-"): the
			// wire's own date of filing.
			r.diffs = append(r.diffs, mkupDiff{"note dateline", "", got + " in " + strings.TrimSpace(t)})
			return
		}
		for _, l := range labels {
			if strings.Contains(t, l) {
				r.diffs = append(r.diffs, mkupDiff{"note labelled", "", got + " in " + strings.TrimSpace(t)})
				return
			}
		}
	}
	r.diffs = append(r.diffs, mkupDiff{"published (false)", "", got + " from " + strings.Join(seen, " // ")})
}

func absDateLabels() []string {
	u := lexicon.Union()
	var out []string
	for _, w := range slices.Concat(u.UpdateWords, u.PublishedWords, u.TimestampPrefixes) {
		if w = strings.TrimSpace(strings.ToLower(w)); len(w) >= 3 && w != "date" {
			out = append(out, w)
		}
	}
	return out
}

// absDaySpans are the spans of s that write day, in any form the date
// test's finders know.
func absDaySpans(s string, day time.Time) [][]int {
	var out [][]int
	names := mdNamesOf("*")
	for _, find := range []func(string, *mdNames, time.Time, time.Time) ([]mdEdit, []string){mdNumeric, mdShort, mdCJK, mdRuns, mdMonthNames} {
		e, _ := find(s, names, day, day)
		for _, x := range e {
			out = append(out, []int{x.s, x.e})
		}
	}
	for _, cal := range mdCalendars(day) {
		e, _ := mdMonthNames(s, cal.names, cal.day, cal.day)
		for _, x := range e {
			out = append(out, []int{x.s, x.e})
		}
	}
	return out
}

var (
	absLabelOnce sync.Once
	absLabelSet  map[string]bool
)

// absLabelWords are the words of the lexicon's labels, weekdays and
// months, and function words: what a byline's or a date line's label
// is made of.
func absLabelWords() map[string]bool {
	absLabelOnce.Do(func() {
		u := lexicon.Union()
		absLabelSet = map[string]bool{}
		for _, l := range slices.Concat(u.BylineLabels, u.PublishedWords, u.UpdateWords, u.LabelNouns, u.WrittenByLabels,
			u.StopWords, u.WeekdayAbbrevs, u.TimestampPrefixes, u.RoleWords, slices.Collect(maps.Keys(u.Weekdays)),
			slices.Collect(maps.Keys(u.Months))) {
			for _, w := range strings.Fields(strings.ToLower(l)) {
				absLabelSet[strings.Trim(w, ":.,")] = true
			}
		}
	})
	return absLabelSet
}

// absOnlyLabels reports whether s is only label words, punctuation and
// no digit.
func absOnlyLabels(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !absLabelWords()[w] {
			return false
		}
	}
	return true
}

// absFallback reports whether au is what a byline still says besides
// the names cut ("dpa" of "Von X, dpa"), and not a label.
func absFallback(au string, left []string) bool {
	if absOnlyLabels(au) {
		return false
	}
	for _, l := range left {
		if strings.Contains(l, strings.ToLower(au)) {
			return true
		}
	}
	return false
}

func absRunText(run []*html.Node) string {
	var b strings.Builder
	for _, n := range run {
		b.WriteString(n.Data + " ")
	}
	return absSquash(b.String())
}

// absCutAuthors takes the names (re) out of the page as no-author says
// and returns what the bylines still say without them.
func absCutAuthors(p *absPage, names []string, re *regexp.Regexp) []string {
	var left []string // what the bylines still say
	for _, run := range p.visibleRuns() {
		if p.inProse(run[0]) || len(cutRun(run, re)) == 0 {
			continue
		}
		tidy(run)
		// The byline's label left alone ("By", "Von", "Text:") goes too.
		t := absText(absContainer(run[0]))
		if absOnlyLabels(t) {
			for _, n := range run {
				n.Data = ""
			}
		} else {
			left = append(left, strings.ToLower(t))
		}
	}
	absEach(p.root, func(n *html.Node) {
		if n.Type == html.TextNode && n.Parent != nil && n.Parent.Data == "title" {
			n.Data = re.ReplaceAllString(n.Data, "")
		}
	})
	p.remove(func(n *html.Node) bool {
		rel := strings.ToLower(absAttr(n, "rel"))
		if (n.Data == "a" || n.Data == "link") && slices.Contains(strings.Fields(rel), "author") {
			return true
		}
		if n.Data == "meta" {
			key := strings.ToLower(absAttr(n, "name") + " " + absAttr(n, "property"))
			return strings.Contains(key, "author") || strings.Contains(key, "creator") || strings.Contains(key, "byl")
		}
		return false
	})
	var slugs []string
	for _, n := range names {
		f := strings.Fields(strings.ToLower(n))
		slugs = append(slugs, strings.Join(f, "-"), strings.Join(f, "_"), strings.Join(f, "+"), strings.Join(f, "%20"))
	}
	p.editAttrs(func(n *html.Node, key, val string) (string, bool) {
		switch key {
		case "href":
			for _, s := range slugs {
				if strings.Contains(strings.ToLower(val), s) {
					return val, false
				}
			}
			return val, true
		case "src", "srcset":
			return val, true
		case "itemprop":
			f := strings.Fields(val)
			f = slices.DeleteFunc(f, func(s string) bool { return s == "author" || s == "creator" })
			return strings.Join(f, " "), len(f) > 0
		}
		return re.ReplaceAllString(val, ""), true
	})
	p.editLD(func(obj map[string]any) {
		for _, k := range []string{"author", "creator"} {
			if v, ok := obj[k]; ok && (!absMediaType(obj) || absMentions(v, re)) {
				delete(obj, k)
			}
		}
	}, func(s string) string { return re.ReplaceAllString(s, "") })
	p.cutRaw(re)
	return left
}

package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract/lexicon"
)

// TestMetamorphicAbsent's picture and dateline variants
// (metamorphic_absent_test.go).

func absNoCaption(j absJob, r *mkupResult) { absNoPic(j, r, true) }
func absNoCredit(j absJob, r *mkupResult)  { absNoPic(j, r, false) }

// absCreditLabel matches a credit's label before it ("Photo:", "©").
var absCreditLabel = func() string {
	ls := []string{"©", `\(c\)`, "copyright"}
	for _, l := range lexicon.Union().CreditLabels {
		if l = strings.TrimSpace(l); l != "" {
			ls = append(ls, regexp.QuoteMeta(l))
		}
	}
	slices.SortFunc(ls, func(a, b string) int { return len(b) - len(a) })
	return `(?:(?i:` + strings.Join(ls, "|") + `)[\s\x{a0}]*)*`
}()

// absPicKeys are the JSON-LD keys of a picture that hold its caption or
// its credit.
var absPicKeys = map[bool][]string{
	true:  {"caption", "description"},
	false: {"creditText", "copyrightHolder", "copyrightNotice", "credit", "author", "creator", "provider", "sourceOrganization"},
}

// absNoPic cuts every caption (caption) or credit of the original's
// pictures and checks that the pictures have none.
func absNoPic(j absJob, r *mkupResult, caption bool) {
	field := map[bool]string{true: "captions", false: "credits"}[caption]
	if j.skip[field] {
		r.skip = true
		return
	}
	of := func(im article.Image) string {
		if caption {
			return im.Caption
		}
		return im.Credit
	}
	p := absParse(j.page, j.orig.Body)
	cut := map[string]bool{}
	for _, im := range j.orig.Images {
		s := of(im)
		if s == "" || cut[s] || strings.Contains(absSquash(j.orig.Body), absSquash(s)) && caption ||
			strings.Contains(j.orig.Headline, s) {
			continue
		}
		expr := absWordsRe(s, false).String()
		if !caption {
			// The credit with its label, its brackets and the separator
			// before it.
			expr = `(?:[\s\x{a0}]*[—–|·•/])?[\s\x{a0}]*[(\[（]?[\s\x{a0}]*` + absCreditLabel + expr + `[\s\x{a0}]*[)\]）]?`
		}
		re := regexp.MustCompile(expr)
		n := len(p.cutText(re, func(run []*html.Node) bool { return !p.inProse(run[0]) }))
		n += p.editAttrs(func(_ *html.Node, key, val string) (string, bool) {
			switch key {
			case "alt", "title", "href", "src", "srcset":
				return val, true
			}
			return re.ReplaceAllString(val, ""), true
		})
		n += p.editLD(func(obj map[string]any) {
			if !absMediaType(obj) {
				return
			}
			for _, k := range absPicKeys[caption] {
				if v, ok := obj[k]; ok && absMentions(v, re) {
					delete(obj, k)
				}
			}
		}, func(s string) string { return s })
		if n > 0 {
			cut[s] = true
		}
	}
	changed := p.render()
	if caption {
		vis := stripVisibleText(changed)
		for s := range cut {
			if strings.Contains(vis, stripFold(s)) {
				delete(cut, s) // still shown
			}
		}
	}
	if len(cut) == 0 {
		r.skip = true
		return
	}
	a := j.extract(r.variant, changed, r)
	if a == nil {
		return
	}
	absCheckPics(j.orig, a, cut, caption, r)
	j.same(a, r, nil, "captions", "credits")
}

// --- no-dateline -------------------------------------------------------

func absNoDateline(j absJob, r *mkupResult) {
	d := j.orig.Dateline
	if d == "" || j.skip["dateline"] {
		r.skip = true
		return
	}
	re := regexp.MustCompile(`(?i)^[\s\x{a0}]*` + absWordsRe(d, false).String() +
		`(?:[^—–:\n]{0,60}?(?:[\s\x{a0}]*(?:—|–|--|:)|[\s\x{a0}]+-|-[\s\x{a0}])[\s\x{a0}]*|[\s\x{a0}]*[,.:]?[\s\x{a0}]*)`)
	p := absParse(j.page, j.orig.Body)
	var cut []string
	var rest string // the cut paragraph's words after the cut
	for _, run := range p.visibleRuns() {
		// The first paragraph of the body that opens with the dateline.
		t := absText(absContainer(run[0]))
		m := re.FindString(t)
		// (not a compound the place opens, "Ankara-İzmir hattı": the
		// dateline's dash stands apart from the words around it)
		if m == "" || len(strings.Fields(t)) < 8 || glued(t, m) || !strings.Contains(p.body, absSquash(strings.TrimPrefix(t, absSquash(m)))) {
			continue
		}
		if cut = cutRun(run, re); len(cut) > 0 {
			rest = absHead(absSquash(t[len(m):]), 24)
			break
		}
	}
	if len(cut) == 0 {
		r.skip = true
		return
	}
	changed := p.render()
	a := j.extract(r.variant, changed, r)
	if a == nil {
		return
	}
	if a.Dateline != "" {
		if absPlaceAlone(changed, a.Dateline) {
			// The byline's own place element ("Valencia" under the
			// name): the page still says where it was filed.
			r.diffs = append(r.diffs, mkupDiff{"note place element", "", a.Dateline})
		} else {
			r.diffs = append(r.diffs, mkupDiff{"dateline (false)", d, a.Dateline})
		}
	}
	// The place is dropped where the cut took it, before the words
	// that followed it: not its first mention elsewhere (the lead's
	// "Hameln" when the cut took the first paragraph's, or the
	// paragraph's own later "… in Hameln mit …" once the cut has gone).
	c := absSquash(cut[0])
	clean := func(s string) string {
		s = absSquash(s)
		for _, sep := range []string{" ", ""} {
			if i := strings.Index(s, c+sep+rest); i >= 0 {
				return absSquash(s[:i] + " " + s[i+len(c):])
			}
		}
		return s
	}
	j.same(a, r, clean, "dateline")
}

// absHead returns s's first n runes.
func absHead(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// absPlaceAlone reports whether the page shows place in an element of
// its own (its text the place alone, punctuation aside).
func absPlaceAlone(page []byte, place string) bool {
	want := strings.ToLower(place)
	p := absParse(page, "")
	for _, run := range p.visibleRuns() {
		if strings.ToLower(strings.Trim(absRunText(run), " ,.:;–—-|")) == want {
			return true
		}
	}
	return false
}

// absCheckPics wants no caption (caption) or credit on the original's
// pictures whose one was cut, and the rest of every picture unchanged.
func absCheckPics(orig, a *article.Article, cut map[string]bool, caption bool, r *mkupResult) {
	field := map[bool]string{true: "captions", false: "credits"}[caption]
	of := func(im article.Image) string {
		if caption {
			return im.Caption
		}
		return im.Credit
	}
	got := map[string]article.Image{}
	for _, im := range a.Images {
		got[im.URL] = im
	}
	for _, im := range orig.Images {
		g, ok := got[im.URL]
		switch {
		case cut[of(im)]:
			if ok && of(g) != "" {
				r.diffs = append(r.diffs, mkupDiff{field + " (false)", im.URL, of(g)})
			}
			if ok && caption && g.Credit != im.Credit || !ok && caption && im.Credit != "" {
				r.diffs = append(r.diffs, mkupDiff{"credits", im.Credit, g.Credit})
			}
			if ok && !caption && g.Caption != im.Caption || !ok && !caption && im.Caption != "" {
				r.diffs = append(r.diffs, mkupDiff{"captions", im.Caption, g.Caption})
			}
		case !ok && (im.Caption != "" || im.Credit != ""):
			r.diffs = append(r.diffs, mkupDiff{"picture lost", im.URL, ""})
		case ok && (g.Caption != im.Caption || g.Credit != im.Credit):
			r.diffs = append(r.diffs, mkupDiff{"other picture", im.Caption + " / " + im.Credit, g.Caption + " / " + g.Credit})
		}
	}
}

// glued reports whether the match m that opens t ends where a hyphen
// glues the place to the next word ("Ankara" of "Ankara-İzmir").
func glued(t, m string) bool {
	rest := strings.TrimPrefix(strings.TrimLeft(t, " \u00a0"), strings.TrimLeft(m, " \u00a0"))
	return strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "- ") && !strings.HasPrefix(rest, "--")
}

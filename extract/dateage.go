package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/extract/lexicon"
)

// This file reads relative ages that sites print instead of a date next
// to the headline ("3 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace
// 2 horas", "2 gün önce", "3天前"): the fetch time minus the age. The words
// are the lexicon's (age_before, age_after, age_units), matched within one
// language at a time. Months and years are not read: "2 months ago" names
// no day. A wire dateline's month and day without a year ("LONDON, March
// 5 (Reuters) -") is dated to the fetch's year, or the year before.

// ageLang is one language's age words, tokenised.
type ageLang struct {
	before, after [][]string // phrases as words
	one           lexicon.Set
	units         map[string]int
	days          map[string]int // relative_days
}

// ageLangs returns the age words of every language that has them.
var ageLangs = sync.OnceValue(func() []ageLang {
	var out []ageLang
	split := func(list []string) [][]string {
		var ps [][]string
		for _, p := range list {
			ps = append(ps, strings.Fields(p))
		}
		return ps
	}
	for _, code := range lexicon.Languages() {
		l := lexicon.Get(code)
		if len(l.AgeUnits) > 0 {
			out = append(out, ageLang{before: split(l.AgeBefore), after: split(l.AgeAfter), units: l.AgeUnits, days: l.RelativeDays, one: lexicon.NewSet(l.AgeOne)})
		}
	}
	return out
})

// wordsAt reports whether the word tokens at toks[k:] are phrase.
func wordsAt(toks []dtok, k int, phrase []string) bool {
	for j, w := range phrase {
		if t := tokAt(toks, k+j); t.kind != 'w' || t.s != w {
			return false
		}
	}
	return len(phrase) > 0
}

// ageAt reads an age whose number is toks[i]: "14 hours ago", "vor 2
// Tagen", "3天前" (unit and "ago" in one token), "2日前"; it returns the
// age and its unit in seconds.
func ageAt(toks []dtok, i int) (secs, unit int, ok bool) {
	n, u := toks[i], tokAt(toks, i+1)
	if n.kind == 'n' && n.digits > 3 || n.kind == 'p' || u.kind != 'w' {
		return 0, 0, false
	}
	for _, l := range ageLangs() {
		count := n.n
		if n.kind == 'w' {
			if !l.one[n.s] {
				continue
			}
			count = 1 // "a day ago", "vor einem Tag"
		}
		unit, fused := l.units[u.s], false
		if unit == 0 {
			// No space between the unit and the word for "ago": 3天前.
			for _, a := range l.after {
				if len(a) == 1 && strings.HasSuffix(u.s, a[0]) && l.units[strings.TrimSuffix(u.s, a[0])] != 0 {
					unit, fused = l.units[strings.TrimSuffix(u.s, a[0])], true
					break
				}
			}
		}
		if unit == 0 {
			continue
		}
		ok := fused
		for _, a := range l.after {
			ok = ok || wordsAt(toks, i+2, a)
		}
		for _, b := range l.before {
			ok = ok || wordsAt(toks, i-len(b), b)
		}
		if ok {
			return count * unit, unit, true
		}
	}
	return 0, 0, false
}

// ageIn returns the date an age in txt names, counted back from the
// fetch: a day for ages of a day or more, else a UTC time. The date's
// approx is the age's unit: two fetches of the page give dates that far
// apart.
func (pk *datePicker) ageIn(txt string) (dateVal, bool) {
	var buf [64]dtok
	toks := dateTokens(txt, buf[:0])
	for i := range toks {
		if v, ok := pk.relativeDayAt(toks, i); ok {
			return v, true
		}
		secs, unit, ok := ageAt(toks, i)
		if !ok {
			continue
		}
		t := pk.fetched.UTC().Add(-time.Duration(secs) * time.Second)
		approx := time.Duration(unit) * time.Second
		if secs < 86400 {
			return dateVal{t: t, hasTime: true, hasZone: true, approx: approx}, true
		}
		y, m, d := t.Date()
		return dateVal{t: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), approx: max(approx, 24*time.Hour)}, true
	}
	return dateVal{}, false
}

// relativeAge reads an age in the article's date elements, <time>
// elements and bylines, or in those just around its headline, outside
// the chrome, the page header and other pages' teasers (whose "2 hours
// ago" are theirs).
func (pk *datePicker) relativeAge() (dateVal, bool) {
	d := pk.d
	scope := d.scope()
	var near *html.Node
	if h := pk.anchor; h != nil && h.Parent != nil {
		near = h.Parent.Parent
	}
	for _, list := range [...][]*html.Node{d.dateNodes, d.times, d.bylines} {
		for _, n := range list {
			if !contains(scope, n) && (near == nil || !contains(near, n)) || inChrome(n) || d.inPageHeader(n) || d.inOtherTeaser(n) {
				continue
			}
			if txt := shortText(n, 600); textUnder(txt, 200) {
				if v, ok := pk.ageIn(txt); ok && pk.valid(v) {
					// "<time datetime=…>1 day ago</time>": the
					// attribute is the shown age as a timestamp.
					// Right on one development page; general, as
					// the HTML standard gives the attribute that role.
					if m, ok := pk.machineTime(n); ok {
						return m, true
					}
					if pk.updatedBefore(v) {
						return dateVal{}, false
					}
					return v, true
				}
			}
		}
	}
	return dateVal{}, false
}

// ageSlack is how far before an age counted back from the fetch the
// page's machine modification date may fall (zones, a clock set wrong,
// an age's rounding) before the two contradict each other.
const ageSlack = 48 * time.Hour

// updatedBefore reports whether the page's machine modification date
// (JSON-LD, meta, microdata or <time> markup; not a shown update line)
// falls well before v, an age counted back from the fetch: a page is not
// changed before it was published, so its "vor 5 Stunden" or "Heute,
// 09:12" was printed on another day than the fetch (a saved or cached
// copy read later, an archive), and counting it back from the fetch
// gives a day the page never had. General: it compares two of the
// page's own dates, no markup or words; a live page fetched as it is
// served has its modification after its age, and keeps it.
func (pk *datePicker) updatedBefore(v dateVal) bool {
	for _, r := range modRules {
		if r.name == "shown-update" {
			continue
		}
		if m, ok := r.find(pk.d); ok {
			return m.t.Before(v.t.Add(-v.approx - ageSlack))
		}
	}
	return false
}

// machineTime reads the datetime attribute of n or of the one <time>
// element inside it.
func (pk *datePicker) machineTime(n *html.Node) (dateVal, bool) {
	t := n
	if t.DataAtom != atom.Time {
		if t = findFirst(n, atom.Time); t == nil {
			return dateVal{}, false
		}
	}
	if s := attr(t, "datetime"); s != "" {
		if v, ok := pk.machine(s); ok && pk.valid(v) {
			return v, true
		}
	}
	return dateVal{}, false
}

// relativeDayAt reads a day named relative to the fetch day at toks[i]
// ("Yesterday at 6:30 pm", "Heute, 09:12 Uhr", "Hier à 18h30"): only with
// a time of day after it, or alone, as date elements print it; in other
// text the word is prose ("hier" is "here" in Dutch). The day may be off
// by one (a fetch on the other side of midnight): its approx is a day.
func (pk *datePicker) relativeDayAt(toks []dtok, i int) (dateVal, bool) {
	t := toks[i]
	if t.kind != 'w' {
		return dateVal{}, false
	}
	for _, l := range ageLangs() {
		off, next, ok := 0, i+1, false
		if n := tokAt(toks, i+1); n.kind == 'w' && n.space {
			off, ok = l.days[t.s+" "+n.s]
			next = i + 2
		}
		if !ok {
			off, ok = l.days[t.s]
			next = i + 1
		}
		if !ok {
			continue
		}
		y, m, d := pk.fetched.UTC().AddDate(0, 0, off).Date()
		v := pk.dp.withTime(dateVal{t: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), approx: 24 * time.Hour}, toks, next)
		if v.hasTime || len(toks) == 1 {
			return v, true
		}
	}
	return dateVal{}, false
}

// wireDay reads the month and day of a wire dateline that opens the
// article's first paragraph ("LONDON, March 5 (Reuters) - ", "OSLO, 5
// March (NTB) —"): wire copy is printed within days of its dateline.
func (pk *datePicker) wireDay() (dateVal, bool) {
	d := pk.d
	if len(d.bodyRes.paragraphs) == 0 {
		return dateVal{}, false
	}
	par := d.bodyRes.paragraphs[0]
	if wireDateline(par) == "" {
		return dateVal{}, false
	}
	par = truncRunes(par, 80)
	return pk.yearless(par, true)
}

// yearlessElement reads a month and day without a year in the article's
// first date element ("Mar 5" under a blog post, as Medium-style
// templates print dates of the current year).
func (pk *datePicker) yearlessElement() (dateVal, bool) {
	d := pk.d
	scope := d.scope()
	for _, n := range d.dateNodes {
		if !contains(scope, n) || inChrome(n) || d.inPageHeader(n) || d.inOtherTeaser(n) {
			continue
		}
		if txt := shortText(n, 240); textUnder(txt, 80) {
			if v, ok := pk.yearless(txt, false); ok {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// yearless reads the first month and day without a year in txt ("March
// 5", "5 March"), in the year the lead image was uploaded in that month
// (see uploadYear), else in the latest year that puts it no later than
// the fetch. In a dateline (dashEnds) a dash ends the search.
func (pk *datePicker) yearless(txt string, dashEnds bool) (dateVal, bool) {
	var buf [32]dtok
	toks := dateTokens(txt, buf[:0])
	for i := 0; i+1 < len(toks); i++ {
		if t := toks[i]; dashEnds && t.kind == 'p' && (t.s == "-" || t.s == "—" || t.s == "–") {
			break
		}
		if v, ok := pk.markedDay(toks, i); ok {
			return v, true // "3/5(火)" (dateweekday.go)
		}
		m, next := pk.dp.monthAt(toks, i)
		day, end := tokAt(toks, next), next+1
		if m == 0 {
			// "5 March", "5. März" (the ordinal dot of German, the
			// Nordic languages, Czech and Polish)
			day = toks[i]
			at := i + 1
			if dot := tokAt(toks, at); dot.kind == 'p' && dot.s == "." {
				at++
			}
			if m, end = pk.dp.monthAt(toks, at); m == 0 || day.kind != 'n' {
				continue
			}
		} else if day.kind != 'n' {
			continue
		}
		if after := tokAt(toks, end); day.digits > 2 || day.n < 1 || day.n > 31 || after.kind == 'n' ||
			after.kind == 'p' && strings.Contains(",./-:", after.s) && tokAt(toks, end+1).kind == 'n' {
			return dateVal{}, false // a year or a time follows: not a yearless day
		}
		if y := pk.d.uploadYear(time.Month(m)); y > 0 {
			if t, ok := pk.dp.makeDate(y, m, day.n); ok && pk.valid(dateVal{t: t}) {
				return dateVal{t: t}, true
			}
		}
		for y := pk.fetched.Year(); y >= pk.fetched.Year()-1; y-- {
			if t, ok := pk.dp.makeDate(y, m, day.n); ok {
				if v := (dateVal{t: t}); pk.valid(v) {
					return v, true
				}
			}
		}
		return dateVal{}, false
	}
	return dateVal{}, false
}

// uploadYearRE finds a year and month folder in an image address:
// WordPress and most CMSs file uploads under /YYYY/MM/.
var uploadYearRE = regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/`)

// uploadYear returns the year the page's lead image was filed under when
// its month folder is month m and the image is the story's own (its file
// name shares two words with the page's address or <title>, as a
// site-wide default image's does not): the story's own picture, uploaded
// when it was written, dates a yearless "Nov 20" better than the fetch
// does (the fetch is right only for this year's pages). 0 otherwise.
// Right on one development page; kept because the folder must match the
// shown month, and the layout is the default of WordPress.
func (d *doc) uploadYear(m time.Month) int {
	img := d.metaImage()
	sm := uploadYearRE.FindStringSubmatchIndex(img)
	if sm == nil {
		return 0
	}
	y, _ := strconv.Atoi(img[sm[2]:sm[3]])
	mo, _ := strconv.Atoi(img[sm[4]:sm[5]])
	if time.Month(mo) != m {
		return 0
	}
	page := strings.ToLower(d.title)
	if d.base != nil {
		page += " " + strings.ToLower(d.base.Path)
	}
	shared := 0
	for _, w := range strings.FieldsFunc(imageStem(img[sm[1]:]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 && strings.Contains(page, w) {
			shared++
		}
	}
	if shared < 2 {
		return 0
	}
	return y
}

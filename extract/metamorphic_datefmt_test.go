package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/byline/byline/extract/lexicon"
)

// TestMetamorphicDateFormats re-renders the visible publication day of
// every whole invented page in other formats real sites use for the
// page's language, after taking the date metadata away, and checks the
// extractor still gives the row's day. The date test (metamorphic_dates)
// moves the day; this one keeps the day and changes how it is written.
//
// On each page whose row knows its day D: the meta and JSON-LD dates are
// removed (mdDropMachine, the date test's); every form of D the page
// shows in its body's text (the date test's finders: numeric, yearless,
// CJK and month-name dates with their weekday) is found, with a time of
// day next to it ("5 March 2024, 15:41", "14:05 · 5.3.2024"); each is
// written in the variant's format ("07.12.2026", "Montag, 7. Dezember
// 2026", "Dec. 7, 2026", "7th December 2026", "14h05 · 7 déc. 2026",
// "Veröffentlicht am 7. Dezember 2026"). The attributes that carry D (a
// <time>'s datetime, a content or data- attribute with its ISO day) are
// dropped, or kept in the "+dt" variants. A page is skipped for all
// variants (and counted) when some form of D is left in its visible
// text or its metadata that the finders cannot rewrite (a day split over
// tags, a relative day), and for a variant when its language does not
// write that format, or the rendering is ambiguous: a numeric day and
// month both at most 12 on a page whose language writes both orders
// (English not marked with a region).
func TestMetamorphicDateFormats(t *testing.T) {
	jobs, results := mkupRunAll(func(j mkupJob) []mkupResult { return dfRun(j.page, j.set.fetched) })
	dfReport(t, jobs, results)
}

// dfLang is how one language writes dates: its numeric forms and the
// templates of its long forms ({d} day, {dd} day in two digits, {m} {mm}
// month, {y} {yy} year, {M} month name, {Mb} its short form, {W}
// weekday, {o} English ordinal suffix).
type dfLang struct {
	order      byte   // 'd' day first, 'm' month first, 0 both
	dot, short string // day-first dotted forms ("{dd}.{mm}.{y}", "{d}.{m}.{yy}")
	slash      bool   // day (or month on 'm') / month / year
	dash       bool   // "{d}-{m}-{y}"
	num        string // another numeric form (year first: Hungarian, Korean)
	long       string
	longW      string
	abbr       string
	ordinal    string
	t24        string // the time of day
	at         string // what joins the date and its time
	gen        bool   // the month name in dates is the second of the lexicon's (genitive)
	title      bool   // month and weekday names capitalised
	h12        bool   // 12-hour times
}

var dfLangs = map[string]dfLang{
	"en": {order: 0, slash: true, long: "{M} {d}, {y}", longW: "{W}, {M} {d}, {y}", abbr: "{Mb} {d}, {y}", ordinal: "{M} {d}{o}, {y}",
		t24: "{HH}:{MI}", at: " at ", title: true, h12: true},
	"en-us": {order: 'm', slash: true, dash: true, long: "{M} {d}, {y}", longW: "{W}, {M} {d}, {y}", abbr: "{Mb} {d}, {y}", ordinal: "{M} {d}{o}, {y}",
		t24: "{HH}:{MI}", at: " at ", title: true, h12: true},
	"en-gb": {order: 'd', slash: true, long: "{d} {M} {y}", longW: "{W} {d} {M} {y}", abbr: "{d} {Mb} {y}", ordinal: "{d}{o} {M} {y}",
		t24: "{HH}:{MI}", at: ", ", title: true},
	"de": {order: 'd', dot: "{dd}.{mm}.{y}", short: "{d}.{m}.{yy}", long: "{d}. {M} {y}", longW: "{W}, {d}. {M} {y}", abbr: "{d}. {Mb} {y}",
		t24: "{HH}.{MI} Uhr", at: ", ", title: true},
	"fr": {order: 'd', slash: true, long: "{d} {M} {y}", longW: "{W} {d} {M} {y}", abbr: "{d} {Mb} {y}", t24: "{HH}h{MI}", at: " à "},
	"es": {order: 'd', slash: true, dash: true, long: "{d} de {M} de {y}", longW: "{W}, {d} de {M} de {y}", abbr: "{d} {Mb} {y}", t24: "{HH}:{MI}", at: " - "},
	"it": {order: 'd', slash: true, long: "{d} {M} {y}", longW: "{W} {d} {M} {y}", abbr: "{d} {Mb} {y}", t24: "{HH}:{MI}", at: " ore "},
	"pt": {order: 'd', slash: true, long: "{d} de {M} de {y}", longW: "{W}, {d} de {M} de {y}", abbr: "{d} {Mb} {y}", t24: "{HH}h{MI}", at: " às "},
	"ca": {order: 'd', slash: true, long: "{d} de {M} de {y}", t24: "{HH}:{MI}", at: " - "},
	"nl": {order: 'd', slash: true, dash: true, long: "{d} {M} {y}", longW: "{W} {d} {M} {y}", abbr: "{d} {Mb} {y}", t24: "{HH}:{MI}", at: ", "},
	"sv": {order: 'd', long: "{d} {M} {y}", longW: "{W} {d} {M} {y}", abbr: "{d} {Mb} {y}", t24: "{HH}.{MI}", at: " kl. "},
	"da": {order: 'd', dot: "{d}.{m}.{y}", long: "{d}. {M} {y}", longW: "{W} {d}. {M} {y}", abbr: "{d}. {Mb} {y}", t24: "{HH}.{MI}", at: " kl. "},
	"no": {order: 'd', dot: "{dd}.{mm}.{y}", long: "{d}. {M} {y}", longW: "{W} {d}. {M} {y}", abbr: "{d}. {Mb} {y}", t24: "{HH}.{MI}", at: " kl. "},
	"fi": {order: 'd', dot: "{d}.{m}.{y}", long: "{d}. {M} {y}", gen: true, t24: "{HH}.{MI}", at: " klo "},
	"pl": {order: 'd', dot: "{dd}.{mm}.{y}", long: "{d} {M} {y}", gen: true, t24: "{HH}:{MI}", at: ", "},
	"cs": {order: 'd', dot: "{d}. {m}. {y}", long: "{d}. {M} {y}", gen: true, t24: "{HH}:{MI}", at: " "},
	"sk": {order: 'd', dot: "{d}. {m}. {y}", long: "{d}. {M} {y}", gen: true, t24: "{HH}:{MI}", at: " "},
	"ru": {order: 'd', dot: "{dd}.{mm}.{y}", short: "{dd}.{mm}.{yy}", long: "{d} {M} {y}", gen: true, t24: "{HH}:{MI}", at: ", "},
	"uk": {order: 'd', dot: "{dd}.{mm}.{y}", long: "{d} {M} {y}", gen: true, t24: "{HH}:{MI}", at: ", "},
	"tr": {order: 'd', dot: "{dd}.{mm}.{y}", long: "{d} {M} {y}", longW: "{d} {M} {y} {W}", t24: "{HH}:{MI}", at: " ", title: true},
	"hu": {order: 'd', num: "{y}. {mm}. {dd}.", long: "{y}. {M} {d}.", t24: "{HH}:{MI}", at: " "},
	"ja": {order: 'd', num: "{y}.{mm}.{dd}", long: "{y}年{m}月{d}日", t24: "{HH}:{MI}", at: " "},
	"zh": {order: 'd', num: "{y}.{mm}.{dd}", long: "{y}年{m}月{d}日", t24: "{HH}:{MI}", at: " "},
	"ko": {order: 'd', num: "{y}. {m}. {d}.", long: "{y}년 {m}월 {d}일", t24: "{HH}:{MI}", at: " "},
	"id": {order: 'd', slash: true, dash: true, long: "{d} {M} {y}", longW: "{W}, {d} {M} {y}", abbr: "{d} {Mb} {y}", t24: "{HH}:{MI}", at: ", ", title: true},
}

// dfLangOf returns the page's language key in dfLangs ("" when the
// language has no entry) and its lexicon language.
func dfLangOf(page string) (string, string) {
	lang := mdPageLang(page)
	if lang == "en" {
		m := mdLangRe.FindStringSubmatch(page)
		tag := ""
		if m != nil {
			tag = strings.ToLower(m[1])
		}
		switch tag {
		case "en-us":
			return "en-us", lang
		case "en-gb", "en-au", "en-ie", "en-nz", "en-za", "en-in":
			return "en-gb", lang
		}
		return "en", lang
	}
	if _, ok := dfLangs[lang]; ok {
		return lang, lang
	}
	return "", lang
}

// dfVariant is one format; render returns the date's new text, or why
// the page's language does not write it.
type dfVariant struct {
	name      string
	floor     int  // the fewest pages checked (a third of the pages is checked per variant)
	keepDT    bool // the attributes carrying D stay
	labelOnly bool // only dates standing alone in their element are rendered with a label
	render    func(r *dfRender) (string, string)
}

// dfRender holds what one rendering needs.
type dfRender struct {
	lang  dfLang
	key   string
	names *mdNames
	lex   string // the lexicon language
	day   time.Time
	label string
	// label0 is the lexicon's first published word ("Published",
	// "Veröffentlicht"), for "label: date".
	label0 string
}

var dfVariants = []dfVariant{
	{"dot", 28, false, false, func(r *dfRender) (string, string) { return r.tmpl(r.lang.dot, "no dotted form") }},
	{"dot-short", 19, false, false, func(r *dfRender) (string, string) { return r.tmpl(r.lang.short, "no short dotted form") }},
	{"slash", 54, false, false, func(r *dfRender) (string, string) { return r.numeric("/", "{dd}", "{mm}", "{y}", r.lang.slash) }},
	{"dash", 17, false, false, func(r *dfRender) (string, string) { return r.numeric("-", "{d}", "{m}", "{y}", r.lang.dash) }},
	{"iso", 110, false, false, func(r *dfRender) (string, string) { return r.tmpl("{y}-{mm}-{dd}", "") }},
	{"ymd-slash", 100, false, false, func(r *dfRender) (string, string) { return r.tmpl("{y}/{mm}/{dd}", "") }},
	{"other-num", 3, false, false, func(r *dfRender) (string, string) { return r.tmpl(r.lang.num, "no other numeric form") }},
	{"long", 112, false, false, func(r *dfRender) (string, string) { return r.tmpl(r.lang.long, "no long form") }},
	{"long-weekday", 88, false, false, func(r *dfRender) (string, string) { return r.tmpl(r.lang.longW, "no weekday form") }},
	{"abbr-dot", 80, false, false, func(r *dfRender) (string, string) { return r.abbr(true) }},
	{"abbr", 80, false, false, func(r *dfRender) (string, string) { return r.abbr(false) }},
	{"ordinal", 50, false, false, func(r *dfRender) (string, string) { return r.tmpl(r.lang.ordinal, "no ordinal form") }},
	{"time-after", 94, false, false, func(r *dfRender) (string, string) {
		d, why := r.tmpl(r.lang.long, "no long form")
		return d + r.lang.at + r.clock(), why
	}},
	{"time-before", 108, false, false, func(r *dfRender) (string, string) {
		d, why := r.mainNumeric()
		return r.clock() + " · " + d, why
	}},
	{"num-time", 110, false, false, func(r *dfRender) (string, string) {
		d, why := r.mainNumeric()
		return d + " " + r.clock(), why
	}},
	{"label-long", 68, false, true, func(r *dfRender) (string, string) {
		d, why := r.tmpl(r.lang.long, "no long form")
		return r.label + " " + d, why
	}},
	{"label-num", 72, false, true, func(r *dfRender) (string, string) {
		d, why := r.mainNumeric()
		return r.label0 + ": " + d + ", " + r.clock(), why
	}},
	{"long+dt", 94, true, false, func(r *dfRender) (string, string) { return r.tmpl(r.lang.long, "no long form") }},
	{"num+dt", 113, true, false, func(r *dfRender) (string, string) { return r.mainNumeric() }},
}

// tmpl fills a template; an empty one is why the language has no such form.
func (r *dfRender) tmpl(t, why string) (string, string) {
	if t == "" {
		return "", why
	}
	d := r.day
	month, short := r.monthNames()
	if strings.Contains(t, "{M") && month == "" {
		return "", "no month name"
	}
	week := r.names.weeks[r.lex]
	wd := ""
	if len(week) == 7 {
		wd = week[d.Weekday()]
	}
	if strings.Contains(t, "{W}") && wd == "" {
		return "", "no weekday name"
	}
	if r.lang.title {
		month, short, wd = dfTitle(month), dfTitle(short), dfTitle(wd)
	}
	return strings.NewReplacer("{dd}", fmt.Sprintf("%02d", d.Day()), "{d}", strconv.Itoa(d.Day()),
		"{mm}", fmt.Sprintf("%02d", int(d.Month())), "{m}", strconv.Itoa(int(d.Month())),
		"{yy}", fmt.Sprintf("%02d", d.Year()%100), "{y}", strconv.Itoa(d.Year()),
		"{Mb}", short, "{M}", month, "{W}", wd, "{o}", mdOrdinal(d.Day())).Replace(t), ""
}

// numeric writes day, month and year joined by sep in the language's
// order; on a language writing both orders a day and month both at most
// 12 (and unequal) are ambiguous.
func (r *dfRender) numeric(sep, dd, mm, y string, ok bool) (string, string) {
	if !ok {
		return "", "no " + sep + " form"
	}
	d := r.day
	switch r.lang.order {
	case 'm':
		return r.tmpl(mm+sep+dd+sep+y, "")
	case 0:
		if d.Day() <= 12 && d.Day() != int(d.Month()) {
			return "", "ambiguous order"
		}
		if d.Day() <= 12 || d.Year()%2 == 0 {
			return r.tmpl(mm+sep+dd+sep+y, "")
		}
	}
	return r.tmpl(dd+sep+mm+sep+y, "")
}

// mainNumeric is the language's first numeric form: dotted, slashed,
// its other form, else ISO.
func (r *dfRender) mainNumeric() (string, string) {
	switch {
	case r.lang.dot != "":
		return r.tmpl(r.lang.dot, "")
	case r.lang.num != "":
		return r.tmpl(r.lang.num, "")
	case r.lang.slash && r.lang.order != 0:
		return r.numeric("/", "{dd}", "{mm}", "{y}", true)
	}
	return r.tmpl("{y}-{mm}-{dd}", "")
}

// abbr writes the abbreviated form with the short month name, with a
// final dot or without.
func (r *dfRender) abbr(dot bool) (string, string) {
	month, short := r.monthNames()
	if r.lang.abbr == "" {
		return "", "no abbreviated form"
	}
	if short == month || short == "" {
		return "", "month not abbreviated"
	}
	t := r.lang.abbr
	if dot {
		t = strings.Replace(t, "{Mb}", "{Mb}.", 1)
	}
	return r.tmpl(t, "")
}

// monthNames returns the month's name as dates write it and its short
// form (the shortest of at least three letters that begins the name).
func (r *dfRender) monthNames() (string, string) {
	forms := r.names.months[r.lex]
	if len(forms) <= int(r.day.Month()) {
		return "", ""
	}
	var long []string
	for _, f := range forms[r.day.Month()] {
		if utf8.RuneCountInString(f) > 3 || len(forms[r.day.Month()]) == 1 {
			long = append(long, f)
		}
	}
	if len(long) == 0 {
		return "", ""
	}
	name := long[0]
	if r.lang.gen && len(long) > 1 {
		name = long[1]
	}
	short := name
	for _, f := range forms[r.day.Month()] {
		if n := utf8.RuneCountInString(f); n >= 3 && n < utf8.RuneCountInString(short) && strings.HasPrefix(long[0], f) {
			short = f
		}
	}
	return name, short
}

// clock writes the hour of the rendering (12-hour with am/pm in English).
func (r *dfRender) clock() string {
	h, m := r.day.Hour(), r.day.Minute()
	if r.lang.h12 {
		p := "am"
		if h >= 12 {
			p = "pm"
		}
		return fmt.Sprintf("%d:%02d %s", (h+11)%12+1, m, p)
	}
	return strings.NewReplacer("{HH}", fmt.Sprintf("%02d", h), "{MI}", fmt.Sprintf("%02d", m)).Replace(r.lang.t24)
}

func dfTitle(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// dfLabel is the language's publication label: the lexicon's first
// published word ending in one of its date connectors ("veröffentlicht
// am", "publié le"), else its first, capitalised.
func dfLabel(lang string) (string, string) {
	lx := lexicon.Get(lang)
	if lx == nil || len(lx.PublishedWords) == 0 {
		return "", ""
	}
	first := dfTitle(lx.PublishedWords[0])
	for _, w := range lx.PublishedWords {
		f := strings.Fields(w)
		for _, c := range lx.DateConnectors {
			if len(f) > 1 && f[len(f)-1] == c {
				return dfTitle(w), first
			}
		}
	}
	return first, first
}

// --- finding the visible day ------------------------------------------------

// dfOcc is one visible form of D: text token tok's raw[s:e], alone in
// its element or not.
type dfOcc struct {
	tok, s, e int
	alone     bool
}

// dfPage is a page prepared for rendering.
type dfPage struct {
	toks []mkupTok
	occ  []dfOcc
}

var (
	dfTimeAfterRe  = regexp.MustCompile(`(?i)^(?:[\s,·|–-]|&nbsp;|&#160;)*(?:(?:um|at|à|a las|alle|ore|às|kl\.|klo|om|o)\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?\b`)
	dfTimeBeforeRe = regexp.MustCompile(`(?i)\b\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?(?:[\s,·|–-]|&nbsp;|&#160;)*$`)
	dfAloneRe      = regexp.MustCompile(`^(?:[\s,.:;|·()\[\]–-]|&nbsp;|&#160;)*$`)
)

// dfPrepare drops the page's machine dates and finds every visible form
// of day; it returns why the page cannot be rewritten cleanly.
func dfPrepare(raw string, day time.Time, lex string) (*dfPage, string) {
	page, why := mdDropMachine(raw, day)
	if why != "" {
		return nil, why
	}
	names := *mdNamesOf(lex)
	names.order = mdOrder(raw, lex)
	p := &dfPage{toks: mkupTokens([]byte(page))}
	inHead := true
	for i := range p.toks {
		t := &p.toks[i]
		switch {
		case t.typ == html.StartTagToken && t.name == "body" || t.typ == html.EndTagToken && t.name == "head":
			inHead = false
		case t.typ == html.TextToken && !inHead && t.rawIn == "":
			occ, stuck := dfFind(string(t.raw), &names, day)
			if stuck {
				return nil, "unrewritable form"
			}
			for _, o := range occ {
				o.tok = i
				p.occ = append(p.occ, o)
			}
		}
	}
	if len(p.occ) == 0 {
		return nil, "no visible form in one text"
	}
	// Every visible form gone, none may be left.
	if left := mdLeft(stripVisibleText([]byte(p.write(func(dfOcc) string { return "\u2063" }, false, day))), day); len(left) > 0 {
		return nil, "form left"
	}
	return p, ""
}

// dfFind lists the forms of day in one text, each with the time of day
// next to it; stuck when a form cannot be written.
func dfFind(text string, names *mdNames, day time.Time) ([]dfOcc, bool) {
	var edits []mdEdit
	for _, find := range []func(string, *mdNames, time.Time, time.Time) ([]mdEdit, []string){mdNumeric, mdShort, mdCJK, mdMonthNames, dfDotted} {
		e, s := find(text, names, day, day)
		if len(s) > 0 {
			return nil, true
		}
		edits = append(edits, e...)
	}
	if len(edits) == 0 {
		return nil, false
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].s < edits[j].s })
	var out []dfOcc
	for _, e := range edits {
		if n := len(out); n > 0 && e.s-out[n-1].e <= 6 {
			out[n-1].e = max(out[n-1].e, e.e)
			continue
		}
		out = append(out, dfOcc{s: e.s, e: e.e})
	}
	for i := range out {
		o := &out[i]
		// A dot after a year or a day ("5. März 2024."), a Hungarian
		// or Korean date's final dot, an ordinal suffix.
		for o.e < len(text) && (text[o.e] == '.' || text[o.e] == 'd' && strings.HasPrefix(text[o.e:], "d.")) && (o.e+1 >= len(text) || text[o.e+1] == ' ' || text[o.e+1] == '<' || text[o.e+1] == '\n') {
			o.e++
		}
		if m := dfTimeAfterRe.FindStringIndex(text[o.e:]); m != nil && (i+1 >= len(out) || o.e+m[1] <= out[i+1].s) {
			o.e += m[1]
		}
		if m := dfTimeBeforeRe.FindStringIndex(text[:o.s]); m != nil && (i == 0 || m[0] >= out[i-1].e) {
			o.s = m[0]
		}
		o.alone = dfAloneRe.MatchString(text[:o.s]) && dfAloneRe.MatchString(text[o.e:])
	}
	return out, false
}

var dfMiddleDotRe = regexp.MustCompile(`(\d{1,2})\s?·\s?(\d{1,2})\s?·\s?(\d{4}|\d{2})`)

// dfDotted finds day-first dates joined by middle dots ("05·03·24"),
// which the date test's finders do not know.
func dfDotted(text string, _ *mdNames, day, _ time.Time) ([]mdEdit, []string) {
	var out []mdEdit
	for _, m := range dfMiddleDotRe.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		if d == day.Day() && mo == int(day.Month()) && (y == day.Year() || y == day.Year()%100) && !mdDigit(text, m[0]-1) && !mdDigit(text, m[1]) {
			out = append(out, mdEdit{m[0], m[1], ""})
		}
	}
	return out, nil
}

// write writes the page with every form rendered by f, the attributes
// carrying day dropped unless keep.
func (p *dfPage) write(f func(dfOcc) string, keep bool, day time.Time) string {
	var b bytes.Buffer
	iso, run := day.Format(time.DateOnly), day.Format("20060102")
	k := 0
	for i := range p.toks {
		t := &p.toks[i]
		if t.typ == html.TextToken && k < len(p.occ) && p.occ[k].tok == i {
			at := 0
			for ; k < len(p.occ) && p.occ[k].tok == i; k++ {
				o := p.occ[k]
				b.Write(t.raw[at:o.s])
				b.WriteString(html.EscapeString(f(o)))
				at = o.e
			}
			b.Write(t.raw[at:])
			continue
		}
		if !keep && (t.typ == html.StartTagToken || t.typ == html.SelfClosingTagToken) && t.name != "meta" {
			n := len(t.attrs)
			var kept []html.Attribute
			for _, a := range t.attrs {
				switch {
				case a.Key == "datetime",
					(a.Key == "content" || a.Key == "title" || strings.HasPrefix(a.Key, "data-")) && (strings.Contains(a.Val, iso) || strings.Contains(a.Val, run)):
					continue
				}
				kept = append(kept, a)
			}
			if len(kept) != n {
				c := *t
				c.attrs, c.style = kept, mkupStyleDouble
				c.write(&b)
				continue
			}
		}
		b.Write(t.raw)
	}
	return b.String()
}

// --- running and reporting ---------------------------------------------------

// dfRun renders each variant of one page and checks the day. A result's
// diffs carry the failure; its skip reason is carried as a diff with
// field "-why", a check as "+".
func dfRun(c cmsPage, fetched time.Time) []mkupResult {
	skipAll := func(why string) []mkupResult {
		return []mkupResult{{variant: "*", diffs: []mkupDiff{{"-" + why, "", ""}}}}
	}
	if _, wrong := c.wrong["published"]; wrong || c.published == "" {
		return skipAll("no day")
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "cms", c.file))
	if err != nil {
		return []mkupResult{{variant: "read", err: err.Error()}}
	}
	day, err := time.Parse(time.DateOnly, c.published)
	if err != nil {
		return []mkupResult{{variant: "read", err: err.Error()}}
	}
	key, lex := dfLangOf(string(raw))
	if key == "" {
		key = "iso-only"
	}
	p, why := dfPrepare(string(raw), day, lex)
	if why != "" {
		return skipAll(why)
	}
	// A time of day on D, before the fetch.
	h := mdHash(c.file)
	at := day.Add(time.Duration(7+h%12)*time.Hour + time.Duration(1+h/12%58)*time.Minute)
	if at.After(fetched) {
		at = day.Add(time.Duration(max(5, int(fetched.Sub(day).Minutes())-30)) * time.Minute)
	}
	r := &dfRender{lang: dfLangs[key], key: key, names: mdNamesOf(lex), lex: lex, day: at}
	r.label, r.label0 = dfLabel(lex)
	var out []mkupResult
	for _, v := range dfVariants {
		res := mkupResult{variant: v.name}
		if mdHash(c.file+"|"+v.name)%3 != 0 {
			res.diffs = append(res.diffs, mkupDiff{"-another third", "", ""})
			out = append(out, res)
			continue
		}
		text, why := v.render(r)
		if why == "" && v.labelOnly && r.label == "" {
			why = "no label"
		}
		if why == "" && v.labelOnly && !p.anyAlone() {
			why = "no date alone in its element"
		}
		if why != "" {
			res.diffs = append(res.diffs, mkupDiff{"-" + why, "", ""})
			out = append(out, res)
			continue
		}
		plain := text
		if v.labelOnly {
			plain, _ = v.render(&dfRender{lang: r.lang, key: key, names: r.names, lex: lex, day: at})
			plain = strings.TrimLeft(plain, " :")
		}
		changed := p.write(func(o dfOcc) string {
			if o.alone {
				return text
			}
			return plain
		}, v.keepDT, day)
		res.diffs = append(res.diffs, mkupDiff{"+", "", ""})
		if os.Getenv("DF_DUMP") == c.file+" "+v.name {
			os.WriteFile("/tmp/df_dump.html", []byte(changed), 0o644)
		}
		a, err := Extract(Input{HTML: []byte(changed), FetchedAt: fetched}, Options{NoQuotes: true})
		if err != nil {
			res.diffs = append(res.diffs, mkupDiff{"published", c.published, err.Error()})
		} else if got, _, _ := strings.Cut(a.PublishedAt, "T"); got != c.published {
			res.diffs = append(res.diffs, mkupDiff{"published", c.published + " as " + text, a.PublishedAt})
		}
		out = append(out, res)
	}
	return out
}

func (p *dfPage) anyAlone() bool {
	for _, o := range p.occ {
		if o.alone {
			return true
		}
	}
	return false
}

// dfExempt lists the pages (file and variant) whose day a rendering
// changes, with why.
var dfExempt = map[string]string{
	// The page shows no publication day of its own: the day the row
	// knows was its metadata's, and the forms of it left in the text are
	// a match report's prose, a comment's or a related story's (the
	// date and strip tests exempt the same pages).
	"cms13b-es-cronica-partido.html *": "not a defect: only the update date is shown ('Actualizado Martes, 8 abril … - 08:10'), the update day is the best shown",
	"cms13b-nl-weeralarm.html *":       "not a defect: the shown day is 'Vandaag, 07:14' (today), the fetch day",
	"cms13d-qc-daily.html *":           "not a defect: only a time of today is shown ('Publié à 14 h 32')",
}

// dfReport fails on every changed day no exemption names, on every
// exemption no longer needed and on every variant that checked fewer
// pages than its floor; it logs the pages checked and skipped.
func dfReport(t *testing.T, jobs []mkupJob, results [][]mkupResult) {
	t.Helper()
	checked, failed := map[string]int{}, map[string]int{}
	skipped := map[string]map[string]int{}
	exempt := exemptSet{dfExempt, map[string]bool{}}
	for i, rs := range results {
		file := jobs[i].page.file
		for _, r := range rs {
			if r.err != "" {
				t.Errorf("%s %s: %s", file, r.variant, r.err)
				continue
			}
			for _, d := range r.diffs {
				switch {
				case d.field == "+":
					checked[r.variant]++
				case strings.HasPrefix(d.field, "-"):
					if skipped[r.variant] == nil {
						skipped[r.variant] = map[string]int{}
					}
					skipped[r.variant][d.field[1:]]++
				default:
					failed[r.variant]++
					key := file + " " + r.variant
					why, ok := exempt.take(key)
					if !ok {
						key = file + " *"
						why, ok = exempt.take(key)
					}
					if ok {
						t.Logf("exempt %s: %s → %q (%s)", key, d.was, d.got, why)
						continue
					}
					t.Errorf("%s %s: %s → %q", file, r.variant, d.was, d.got)
				}
			}
		}
	}
	exempt.failUnused(t, "")
	t.Logf("pages skipped for every variant: %v", skipped["*"])
	for _, v := range dfVariants {
		t.Logf("%-13s checked %3d, failed %3d, skipped %v", v.name, checked[v.name], failed[v.name], skipped[v.name])
		if checked[v.name] < v.floor {
			t.Errorf("%s: only %d pages checked, want at least %d", v.name, checked[v.name], v.floor)
		}
	}
}

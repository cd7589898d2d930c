package extract

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads date candidates for the rules of published.go: machine
// dates, date-named elements, the text around the headline and the
// bylines, labelled lines and script state, and puts them in the page's
// zone. The URL is read in dateurl.go; machine and shown dates are
// reconciled in datereconcile.go.

// machine parses a machine-written date and checks it.
func (pk *datePicker) machine(s string) (dateVal, bool) {
	if s == "" {
		return dateVal{}, false
	}
	v, ok := pk.dp.parseMachineDate(s)
	if !ok || !pk.valid(v) {
		return dateVal{}, false
	}
	return v, true
}

// text parses a date in visible text and checks it.
func (pk *datePicker) text(s string) (dateVal, bool) {
	v, ok := pk.dp.parseTextDate(s)
	if !ok || !pk.valid(v) {
		return dateVal{}, false
	}
	return v, true
}

// valid drops dates after the fetch time (the whole day when only a date
// is known) and implausibly old ones.
func (pk *datePicker) valid(v dateVal) bool {
	if v.t.Year() < minYear {
		return false
	}
	if v.hasTime {
		return !v.t.After(pk.fetched)
	}
	// A bare date is a day: it is in the future only if that day starts
	// after the fetch in every zone (allow for the widest offset).
	return !v.t.Add(-14 * time.Hour).After(pk.fetched)
}

// finish puts a parsed date in the page's zone: a UTC time is shown in the
// page's offset when the page has one, and a time without a zone is taken
// to be in it.
func (pk *datePicker) finish(v dateVal) time.Time {
	if v.hasZone {
		if _, off := v.t.Zone(); off == 0 && pk.loc != nil && pk.loc != time.UTC {
			return v.t.In(pk.loc)
		}
		return v.t
	}
	loc := pk.loc
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := v.t.Date()
	hh, mm, ss := v.t.Clock()
	t := time.Date(y, m, d, hh, mm, ss, 0, loc)
	if t.After(pk.fetched) && !v.hasTime {
		// The page's day began after the fetch in this zone, so the page
		// is in a zone further east: take the nearest offset (up to
		// +14:00) in which that day had begun.
		_, cur := t.Zone()
		for off := cur + 3600; off <= 14*3600; off += 3600 {
			if e := time.Date(y, m, d, 0, 0, 0, 0, time.FixedZone(offsetName(off), off)); !e.After(pk.fetched) {
				return e
			}
		}
	}
	return t
}

// element reads a date from an element's datetime, content or title
// attribute, else from its text.
func (pk *datePicker) element(n *html.Node) (dateVal, bool) {
	for _, k := range [...]string{"datetime", "content", "title", "data-timestamp", "data-time", "data-date"} {
		if s := attr(n, k); s != "" {
			if v, ok := pk.machine(s); ok {
				return v, true
			}
		}
	}
	return pk.markedText(shortText(n, 300))
}

// fromDateNodes reads small elements whose class or id says date, in the
// article and near the headline, skipping chrome, the page header (where
// sites print today's date and a clock) and teasers of other pages. A date
// introduced by an "updated" or print-edition word is read only with
// updated set, and then only when no other is found.
func (pk *datePicker) fromDateNodes(updated bool) (dateVal, bool) {
	d := pk.d
	scope := d.scope()
	var fallback dateVal
	var haveFallback bool
	// Those in the article first, then those only near its headline (a
	// "today" strip above the article in the same wrapper comes last).
	for pass := 0; pass < 2; pass++ {
		for _, n := range d.dateNodes {
			if v, ok, stop := pk.dateNode(n, scope, pass, updated); stop {
				return v, ok
			} else if ok && !haveFallback {
				fallback, haveFallback = v, true
			}
		}
	}
	return fallback, haveFallback
}

// dateNode reads one date element for fromDateNodes in the given pass:
// stop when it decides (a publication date), else ok with an "updated"
// date as the fallback.
func (pk *datePicker) dateNode(n, scope *html.Node, pass int, updated bool) (v dateVal, ok, stop bool) {
	d := pk.d
	in := contains(scope, n) || scope == d.body
	h := pk.anchor
	near := !in && h != nil && h.Parent != nil && contains(h.Parent.Parent, n)
	if h != nil && !contains(scope, h) {
		// The <article> is not the headline's (a teaser): one pass, in
		// page order.
		in, near = in || near, false
	}
	if pass == 0 && !in || pass == 1 && !near || inChrome(n) || d.inPageHeader(n) || d.inOtherTeaser(n) || d.ofEvent(n) || d.farAboveHeadline(n, scope) || inCommentItem(n) || d.inCommentBox(n) || d.ofReply(n) || d.inMatchFacts(n) {
		return
	}
	// Large containers ("post-meta" around the whole post) would read
	// a date out of the body: only small elements count.
	// The text without the children named for an update: "<span
	// class=fecha-actualizacion>08.03.2024</span> <span>05.03.2024</span>".
	// When only such a child holds a date, it is an update date, unless
	// the child is named only by hAtom's "updated" (see hAtomUpdated).
	full := shortText(n, 900)
	txt := full
	if hasUpdateChild(n, false) {
		txt = textOf(n, textOpts{max: 900, spaced: true, noUpdates: true})
	}
	if textOver(txt, 300) {
		return
	}
	date, isUpdate, found := pk.textDates(txt)
	if !found && full != txt && !textOver(full, 300) {
		var upd bool
		date, upd, found = pk.textDates(full)
		isUpdate = found && (upd || hasUpdateChild(n, true))
	}
	if !found {
		// An empty element or a "7 days ago" a script fills in keeps
		// its time in an attribute.
		date, found = pk.attrDate(n)
		isUpdate = found && timeKind(n) == timeMod
	} else if !date.hasTime {
		date = pk.attrMoment(n, date)
	}
	isUpdate = isUpdate || found && pk.updateLabelBefore(n)
	switch {
	case !found:
		return
	case !isUpdate && updated:
		return dateVal{}, false, true // a publication date is shown: no fallback
	case !isUpdate:
		return date, true, true
	}
	return date, updated, false
}

// ofEvent reports whether the date element n, or the box around it, is
// named for an event ("event-date", "tribe-events-schedule",
// "eventStart"): the day of a concert or meeting an article announces,
// as event listings (WordPress' The Events Calendar, Drupal and Joomla
// event modules) mark it, not when the article was published.
func (d *doc) ofEvent(n *html.Node) bool {
	return ancestorWithin(n, 2, func(a *html.Node) bool { return hasWordEvent(classHint(a)) }) != nil
}

// hasWordEvent reports whether the lower-case class+id string h has the
// word "event" or "events" (not "prevent", "eventdate").
func hasWordEvent(h string) bool {
	letter := func(i int) bool { return i >= 0 && i < len(h) && h[i] >= 'a' && h[i] <= 'z' }
	for from := 0; ; {
		i := strings.Index(h[from:], "event")
		if i < 0 {
			return false
		}
		i += from
		end := i + len("event")
		if end < len(h) && h[end] == 's' {
			end++
		}
		if !letter(i-1) && !letter(end) {
			return true
		}
		from = i + 1
	}
}

// hasUpdateChild reports whether an element under n (among its first
// 64) is named only for an update (updateOnly); with named, by more than
// hAtom's bare "updated" class.
func hasUpdateChild(n *html.Node, named bool) bool {
	seen := 0
	var walk func(*html.Node) bool
	walk = func(p *html.Node) bool {
		for c := p.FirstChild; c != nil && seen < 64; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			seen++
			if updateOnly(c) && !(named && hAtomUpdated(c)) || walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// fromBylines reads a date from the byline elements outside the page's
// chrome (class-named bylines and labelled lines), in page order: "von
// Marianne am 20.09.2020", "By Jane Doe on March 3, 2021".
func (pk *datePicker) fromBylines() (dateVal, bool) {
	for _, list := range [2][]*html.Node{pk.d.bylines, pk.d.labelled} {
		for _, n := range list {
			if n.DataAtom == atom.Input || n.DataAtom == atom.Img || n.DataAtom == atom.Meta || inChrome(n) || pk.d.otherPostDate(n) {
				continue
			}
			txt := shortText(n, 600)
			if textOver(txt, 200) || txt == "" {
				continue
			}
			if v, isUpdate, ok := pk.textDates(txt); ok && !isUpdate {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// textDates returns the first date of txt not introduced by an "updated"
// word; isUpdate tells when the only dates found were so introduced.
func (pk *datePicker) textDates(txt string) (v dateVal, isUpdate, ok bool) {
	v, isUpdate, _, ok = pk.textDatesAfter(txt)
	return v, isUpdate, ok
}

// textDatesAfter is textDates that also says whether the date it returns
// follows a word of running text ("dropped out of the race May 3, 2016",
// "Video available until 28.02.2021"), not punctuation, the start of the
// text, a publication word or a date connector ("Created: 01.11.2023",
// "Jane Doe, Oslo, 3 March 2024", "Erstellt am 01.11.2023").
func (pk *datePicker) textDatesAfter(txt string) (v dateVal, isUpdate, afterWord, ok bool) {
	return pk.scanTextDates(txt, false)
}

// lastTextDate is textDates reading the last date that is no update's:
// the one nearest the end of txt (the text before a headline, read up to
// it).
func (pk *datePicker) lastTextDate(txt string) (v dateVal, isUpdate, ok bool) {
	v, isUpdate, _, ok = pk.scanTextDates(txt, true)
	return v, isUpdate, ok
}

// scanTextDates is textDatesAfter; with last, the last date no update
// label marks wins over the first.
func (pk *datePicker) scanTextDates(txt string, last bool) (v dateVal, isUpdate, afterWord, ok bool) {
	// These regions are small and about the article: two-digit years
	// ("31.10.23") are read too.
	saved := pk.dp.loose
	pk.dp.loose = true
	defer func() { pk.dp.loose = saved }()
	var buf [128]dtok
	toks := dateTokens(txt, buf[:0])
	var first dateVal
	haveFirst, firstAfterWord := false, false
	w := pk.d.w
	wordBefore := func(i int) bool {
		for k := i - 1; k >= 0; k-- {
			t := toks[k]
			if t.kind == 'p' && t.s == "," && k > 0 && w.isMonthOrWeekday(toks[k-1].s) {
				continue // "am Samstag, 9. März"
			}
			if t.kind != 'w' {
				return false
			}
			if !w.dateConnectors[t.s] && !w.isMonthOrWeekday(t.s) {
				return !w.published[t.s]
			}
		}
		return false
	}
	prevEnd := 0
	for i := 0; i < len(toks); i++ {
		d, next, found := pk.dp.dateAt(toks, i)
		if !found {
			continue
		}
		d = pk.dp.timeAround(d, toks, i, next)
		if !pk.valid(d) || w.otherLabelBefore(toks, prevEnd, i) {
			i = next - 1 // (a release's, a member's, a masthead clock's: datesubject.go)
			continue
		}
		upd, print := pk.updateBefore(toks, prevEnd, i)
		prevEnd = next
		d.print = print
		if k := next; k < len(toks) && toks[k].kind == 'p' && toks[k].s == "," {
			d.goesOn = k+1 < len(toks) && toks[k+1].kind == 'w'
		} else {
			d.goesOn = k < len(toks) && toks[k].kind == 'w'
		}
		if !upd && !last {
			d.ends = sentenceEnds(toks[:i])
			return d, false, wordBefore(i), true
		}
		if !upd {
			v, afterWord, ok = d, wordBefore(i), true
		} else if !haveFirst {
			first, haveFirst, firstAfterWord = d, true, wordBefore(i)
		}
		i = next - 1
	}
	if ok {
		return v, false, afterWord, true
	}
	return first, haveFirst, firstAfterWord, haveFirst
}

// shownUpdate reads the update date a meta line by the headline shows
// beside the publication date ("Published March 3, 2024 · Updated March
// 4, 2024", "Veröffentlicht am … | Aktualisiert am …", "Publié le … Mis
// à jour le …"): a short block after the headline holding both, the
// publication date after a publication word, at most 20 words (prose
// that mentions two dates is no meta line), the update no earlier.
func (pk *datePicker) shownUpdate() (dateVal, bool) {
	if pk.anchor == nil {
		return dateVal{}, false
	}
	saved := pk.dp.loose
	pk.dp.loose = true
	defer func() { pk.dp.loose = saved }()
	for _, txt := range followingBlocks(pk.anchor, 400) {
		if textOver(txt, 160) || wordCount(txt) > 20 {
			continue
		}
		var buf [64]dtok
		toks := dateTokens(txt, buf[:0])
		var pub, upd dateVal
		havePub, haveUpd := false, false
		prevEnd := 0
		for i := 0; i < len(toks); i++ {
			d, next, found := pk.dp.dateAt(toks, i)
			if !found {
				continue
			}
			if d = pk.dp.timeAround(d, toks, i, next); pk.valid(d) {
				u, print := pk.updateBefore(toks, prevEnd, i)
				prevEnd = next
				if u = u || pk.d.w.labelBefore(toks, i); u && !print && !haveUpd {
					upd, haveUpd = d, true
				} else if !u && !havePub && pk.publishedBefore(toks, i) {
					pub, havePub = d, true
				}
			}
			i = next - 1
		}
		if havePub && haveUpd && !upd.t.Before(pub.t) {
			return upd, true
		}
	}
	return dateVal{}, false
}

// publishedBefore reports whether a publication word ("published",
// "veröffentlicht", "publié") stands among the four tokens before toks[i].
func (pk *datePicker) publishedBefore(toks []dtok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].kind == 'w' && pk.d.w.published[toks[k].s] {
			return true
		}
	}
	return false
}

// nearHeadline reads a date in the text just after the headline (or the
// first byline), then just before it, then inside it.
func (pk *datePicker) nearHeadline() (dateVal, bool) {
	n := pk.anchor
	if n == nil {
		return dateVal{}, false
	}
	// (a forum's reply after a short topic post dates the reply: forumposts.go)
	after, isUpd, inProse, ok := pk.textDatesAfter(followingTextNoCaptions(n, 700, pk.d.inReply))
	isUpd = isUpd || ok && pk.pairUpdateShows(after)
	if ok && !isUpd {
		// A date inside running text, words before and after it ("sẽ
		// thông xe vào ngày 9/3/2024, sớm hơn", a standfirst's), is an
		// event's: a date line right above the headline, no sentence's,
		// says when the story ran.
		if inProse && after.goesOn {
			if v, upd, line, ok := pk.scanTextDates(pk.d.precedingText(n, 300), true); ok && !upd && !line && !v.goesOn {
				return v, true
			}
			if eventInProse(after) {
				return dateVal{}, false
			}
		}
		return after, true
	}
	// Only an update date follows ("Actualizado el 5 de marzo"): a date
	// after it (a "today" strip above the headline) is not when the
	// story was first published.
	notAfterUpdate := func(v dateVal) bool { return !ok || !v.t.After(after.t) }
	// Before the headline, the date nearest it: a list of other
	// stories may come first (a news module's column left of the
	// article, TYPO3's and Contao's).
	if v, _, ok := pk.lastTextDate(pk.d.precedingText(n, 300)); ok && notAfterUpdate(v) && !v.print {
		return v, true // (a print issue's date, "Nr. 10 · 6 maart 2024", is not the story's)
	}
	if v, ok := pk.mastheadDay(n); ok && notAfterUpdate(v) {
		return v, true
	}
	// A date inside the headline element ("<h1>Title<small>02.02.2022")
	if v, upd, ok := pk.textDates(shortText(n, 400)); ok && !upd && notAfterUpdate(v) {
		return v, true
	}
	return dateVal{}, false
}

// labelled reads a short visible line that labels a publication date:
// "Erstellt am: 01.11.2023", "Published: 3 March 2021", "Publié le 5 mai".
func (pk *datePicker) labelled() (dateVal, bool) {
	d := pk.d
	for i, b := range d.blocks {
		if textOver(b.text, 120) || b.container == nil || inChrome(b.container) || d.inOtherTeaser(b.container) {
			continue
		}
		low := strings.ToLower(b.text)
		for _, l := range d.w.publishedLabels {
			if !strings.HasPrefix(low, l) || len(low) > len(l) && isWordByte(low[len(l)]) {
				continue
			}
			rest := b.text[len(l):]
			if strings.Trim(rest, " :：") == "" && i+1 < len(d.blocks) {
				rest = d.blocks[i+1].text // "<span>Erschienen am:</span><h2>13.10.2021</h2>"
			}
			if v, upd, ok := pk.textDates(rest); ok && !upd {
				if _, _, whole := pk.textDates(b.text); !whole && rest == b.text[len(l):] {
					break // "Date de l'événement : 12 mars": the label goes on into another's
				}
				if p, ok := pk.publishedBeside(i, rest, l); ok {
					return p, true // "Created: … | Published: …"
				}
				return v, true
			}
			break
		}
	}
	return dateVal{}, false
}

// scriptDateKeys are the keys app state uses for a publication date.
// Arc XP's content (ANS) says "first_publish_date" and "display_date"
// and keeps "publish_date" for the latest republication: its keys come
// before that one.
var scriptDateKeys = []string{"datePublished", "publishedAt", "published_at", "publishDate", "first_publish_date", "display_date", "publish_date",
	"publishedDate", "published_date", "pubDate", "firstPublished", "firstPublishedAt", "date_published",
	"publicationDate", "publication_date", "createdAt", "created_at", "dateCreated"}

// fromScripts reads a publication date from the JSON a page's scripts
// carry (Next.js and similar app state): the first of scriptDateKeys, in
// key order.
func (pk *datePicker) fromScripts() (dateVal, bool) {
	for _, k := range scriptDateKeys {
		for _, n := range pk.d.scripts {
			raw := n.FirstChild.Data
			if len(raw) > maxLDBytes*4 {
				raw = raw[:maxLDBytes*4]
			}
			for _, q := range [...]string{`"`, `\"`} {
				if v := scriptValue(raw, q+k+q, q); v != "" {
					if d, ok := pk.machine(v); ok {
						return d, true
					}
				}
			}
		}
	}
	return dateVal{}, false
}

// scriptValue returns the string after key (quoted with q) and a colon,
// or "".
func scriptValue(raw, key, q string) string {
	i := strings.Index(raw, key)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(raw[i+len(key):], " \t")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	if !strings.HasPrefix(rest, q) {
		return ""
	}
	rest = rest[len(q):]
	end := strings.Index(rest, q)
	if end < 0 || end > 64 {
		return ""
	}
	return rest[:end]
}

// updateBefore reports whether the date at toks[i] is introduced by an
// "updated" or print-edition word ("Updated 3 March", "Printausgabe vom
// 4. März"): not when the story was published. The word may stand up to
// four tokens back, or up to eight across a name ("Medically reviewed by
// Dr. Per Sandvik on March 11") when no number or publication word comes
// between. A clock between them ("Updated 9:15 AM EST, Sun December 6")
// is no such number. The search stops at from, the end of the date
// before (in "Updated 6 December 2026 5 December 2026" the word is the
// first date's).
func (pk *datePicker) updateBefore(toks []dtok, from, i int) (upd, print bool) {
	w := pk.d.w
	if w.issueNumberBefore(toks, i) {
		return true, true
	}
	number := false
	for k := i - 1; k >= from && k >= i-8; k-- {
		t := toks[k]
		if t.kind == 'w' && (w.update[t.s] || w.print[t.s]) {
			return true, !w.update[t.s]
		}
		number = number || t.kind == 'n' && !clockPart(toks, k)
		if k <= i-4 && (number || t.kind == 'w' && w.published[t.s]) {
			return false, false
		}
	}
	return false, false
}

// labelBefore reports whether the date at toks[i] follows an update label
// of the lexicon and its colon ("Stand: 03.03.2024"). Read only in a
// meta line that also shows the publication (shownUpdate): alone, the
// date such a label gives is the one the page shows, and reading it as
// an update lost a tune and a check page of the development corpus.
func (w *words) labelBefore(toks []dtok, i int) bool {
	t, c := tokAt(toks, i-2), tokAt(toks, i-1)
	return t.kind == 'w' && w.updateLabels[t.s] && c.kind == 'p' && c.s == ":"
}

// labelledUpdate reports whether the text just before n ends in an
// "updated" word ("Updated <time>…", "<span>Aktualisiert am </span><time>…",
// "Last updated on <time>…"): the element is the modification time. Only
// the nearest preceding text node is read.
func (pk *datePicker) labelledUpdate(n *html.Node) bool {
	t := prevTextNode(n)
	if t == nil {
		return false
	}
	s := strings.TrimRight(t.Data, " \t\r\n\f") // "Updated:⏎  <time>": the words, not the indentation
	if len(s) > 40 {
		s = s[len(s)-40:]
	}
	var buf [16]dtok
	toks := dateTokens(s, buf[:0])
	words := 0
	for k := len(toks) - 1; k >= 0 && words < 3; k-- {
		t := toks[k]
		switch {
		case t.kind == 'n':
			return false
		case t.kind == 'w' && pk.d.w.update[t.s]:
			return true
		case t.kind == 'w' && pk.d.w.published[t.s]:
			return false
		case t.kind == 'w':
			words++
		}
	}
	return false
}

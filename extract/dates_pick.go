package extract

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file chooses a page's publication and modification dates among
// everything that looks like one, in the order htmldate-style extractors
// trust them: structured data, then meta tags, then microdata and <time>,
// then the URL, then visible text near the headline. A date after the
// fetch time or before 1995 is never returned.

// pubMetaKeys are meta keys (lower case) that carry the publication date,
// most trusted first.
var pubMetaKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "og:published_time",
	"datepublished", "published_time", "article.published", "article:publication_date", "article:published_date",
	"publishdate", "publish_date", "publish-date", "published-date", "published_date", "publication_date",
	"pubdate", "og:pubdate", "og:publish_date", "sailthru.date", "parsely-pub-date", "article:post_date",
	"dc.date.issued", "dcterms.issued", "dc.date.publication", "citation_publication_date", "citation_date",
	"datecreated", "date_published", "originalpublicationdate", "article_date_original",
	"cxenseparse:recs:publishtime", "rnews:datepublished", "displaydate", "publish_time",
	"shareaholic:article_published_time", "twt-published-at", "vr:published_time", "mediator_published_time",
	"dcsext.articlefirstpublished", "bt:pubdate", "rbpubdate",
}

// weakPubMetaKeys are generic date keys: CMSs fill them with the date a
// page was generated or last saved as often as with the publication date,
// so a date shown next to the headline wins over them.
var weakPubMetaKeys = []string{
	"dc.date", "dcterms.date", "dc:date", "dc.date.created", "dcterms.created", "dc.created", "date", "created",
	"content_create_date", "ptime", "pdate", "doc_date", "gentime", "release_date", "video:release_date", "timestamp",
}

// modMetaKeys are meta keys that carry the modification date.
var modMetaKeys = []string{
	"article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time", "og:modified_time",
	"datemodified", "modified_time", "updated_time", "article:updated_time", "dcterms.modified", "dc.modified",
	"dc.date.modified", "last-modified", "lastmodified", "revision_date", "article:post_modified", "bt:moddate",
	"modificationdate", "utime", "lastmod", "parsely-updated", "sailthru.lastmodified",
}

// updateWords, found just before a date in running text, say the date is
// a modification date.
var updateWords = map[string]bool{
	"updated": true, "update": true, "modified": true, "edited": true, "revised": true, "aktualisiert": true,
	"aktualisierung": true, "geändert": true, "actualizado": true, "actualización": true, "actualizada": true,
	"aggiornato": true, "aggiornamento": true, "atualizado": true, "atualização": true, "bijgewerkt": true,
	"gewijzigd": true, "обновлено": true, "обновлен": true, "обновлено:": true, "zaktualizowano": true,
	"aktualizacja": true, "güncellendi": true, "güncelleme": true, "jour": true, "modifié": true, "actualisé": true,
	"opdateret": true, "uppdaterad": true, "oppdatert": true, "päivitetty": true, "frissítve": true, "aktualizováno": true,
	"actualitzat": true, "ενημερώθηκε": true, "оновлено": true,
}

// datePicker holds the state of choosing one page's dates.
type datePicker struct {
	dp      dateParser
	fetched time.Time
	loc     *time.Location // the page's own offset, from the first zoned date seen
}

// pickDates returns the publication and modification dates (zero when
// unknown). When the page gives a zone the times keep it; a date without a
// time is midnight in the page's zone, or UTC.
func (p *metaPage) pickDates(ld *ldInfo, base *url.URL, fetched time.Time, order dateOrder, headline *html.Node) (pub, mod time.Time) {
	pk := &datePicker{dp: dateParser{order: order, maxY: fetched.Year()}, fetched: fetched}
	if headline == nil {
		// Without a headline element, a byline is the next best anchor:
		// dates sit next to it.
		headline = p.firstByline()
	}
	// Learn the page's own UTC offset: the first non-UTC offset of a
	// machine date (JSON-LD, meta, <time datetime>). Sites often give UTC
	// in one place and local time in another; the local one is the date
	// readers see.
	pk.loc = p.pageZone(ld, &pk.dp)
	if pk.loc == nil {
		// Only UTC (or no) offsets: the day is the one of the country the
		// page's language tag names ("fr-CA", "de-AT"), when it has one.
		pk.loc = regionZone(p.regionTag(ld))
	}
	var pubV, modV dateVal
	var pubOK, modOK bool
	try := func(s string) {
		if !pubOK {
			pubV, pubOK = pk.machine(s)
		}
	}
	tryMod := func(s string) {
		if !modOK {
			modV, modOK = pk.machine(s)
		}
	}

	// 1. JSON-LD of the article, 2. meta tags.
	try(ld.Published)
	tryMod(ld.Modified)
	tryMetas := func(keys []string) {
		for _, k := range keys {
			if pubOK {
				return
			}
			for i := range p.metas {
				if p.metas[i].key == k {
					try(p.metas[i].content)
					if pubOK {
						break
					}
				}
			}
		}
	}
	tryMetas(pubMetaKeys)
	// JSON-LD and the meta tags sometimes disagree (one of them is the
	// creation or an update time); the date the page shows decides.
	if pubOK {
		pubV = pk.disagreement(pubV, ld, p, headline)
	}
	for _, k := range modMetaKeys {
		if modOK {
			break
		}
		for i := range p.metas {
			if p.metas[i].key == k {
				tryMod(p.metas[i].content)
			}
		}
	}
	// 3. Microdata outside <meta>.
	for _, n := range p.itemprops {
		if n.DataAtom == atom.Meta {
			continue
		}
		prop := strings.ToLower(mdAttr(n, "itemprop"))
		switch prop {
		case "datepublished", "datecreated", "dateposted", "uploaddate":
			if !pubOK {
				pubV, pubOK = pk.element(n)
			}
		case "datemodified", "dateupdated":
			if !modOK {
				modV, modOK = pk.element(n)
			}
		}
	}
	// 4. <time> elements.
	if !pubOK || !modOK {
		pk.fromTimes(p, &pubV, &pubOK, &modV, &modOK)
	}
	// 5. The URL.
	if !pubOK && base != nil {
		pubV, pubOK = pk.fromURL(base)
	}
	// 6. Elements whose class says date, then text near the headline.
	if !pubOK {
		pubV, pubOK = pk.fromDateNodes(p, headline)
	}
	if !pubOK && headline != nil {
		pubV, pubOK = pk.nearNode(headline)
	}
	// 6b. A byline that dates itself ("von Marianne am 20.09.2020", "By
	// Jane Doe on March 3, 2021").
	if !pubOK {
		pubV, pubOK = pk.fromBylines(p)
	}
	// 7. Generic meta dates, weaker structured sources, then a date in
	// the page title
	// ("Title | Site | 23.05.2011").
	tryMetas(weakPubMetaKeys)
	try(ld.Created)
	try(ld.PageDatePub)
	tryMod(ld.PageDateMod)
	if !pubOK {
		for _, t := range []string{p.meta("og:title"), p.title} {
			if v, upd, ok := pk.textDates(t); ok && !upd {
				pubV, pubOK = v, true
				break
			}
		}
	}

	if pubOK {
		pub = pk.finish(pubV)
		if pubV.hasZone {
			pub = pk.confirmDay(pub, p, base, headline)
		}
	}
	if modOK {
		mod = pk.finish(modV)
		if pubOK && mod.Before(pub) {
			mod = time.Time{}
		}
	}
	if !pubOK && modOK {
		// A page that only says when it was updated was published no later.
		pub = mod
	}
	// Never a date after the fetch, whatever the zone arithmetic did.
	if pub.After(fetched) {
		pub = time.Time{}
	}
	if mod.After(fetched) {
		mod = time.Time{}
	}
	return pub, mod
}

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

// valid drops dates after the fetch time (the whole day when only a date is
// known) and implausibly old ones.
func (pk *datePicker) valid(v dateVal) bool {
	if v.t.Year() < mdMinYear {
		return false
	}
	if v.hasTime {
		return !v.t.After(pk.fetched)
	}
	// A bare date is a day: it is in the future only if that day starts
	// after the fetch (in any zone: allow for the widest offset).
	return !v.t.Add(-14 * time.Hour).After(pk.fetched)
}

// finish puts a parsed date in the page's zone: a UTC time is shown in
// the page's offset when the page has one, and a time without a zone is
// taken to be in it.
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
			if e := time.Date(y, m, d, 0, 0, 0, 0, time.FixedZone(mdOffsetName(off), off)); !e.After(pk.fetched) {
				return e
			}
		}
	}
	return t
}

// element reads a date from an element's content or datetime attribute,
// else from its text.
func (pk *datePicker) element(n *html.Node) (dateVal, bool) {
	for _, k := range [...]string{"datetime", "content", "title", "data-timestamp", "data-time", "data-date"} {
		if s := mdAttr(n, k); s != "" {
			if v, ok := pk.machine(s); ok {
				return v, true
			}
		}
	}
	return pk.text(mdText(n, 300))
}

// fromTimes reads <time> elements: ones marked as the publication time
// first (pubdate, itemprop, a class that says so), then the first <time>
// of the article that is not in chrome.
func (pk *datePicker) fromTimes(p *metaPage, pubV *dateVal, pubOK *bool, modV *dateVal, modOK *bool) {
	scope := p.scope()
	var firstInScope *html.Node
	for _, n := range p.times {
		if mdInChrome(n) {
			continue
		}
		hint := strings.ToLower(mdAttr(n, "class") + " " + mdAttr(n, "id") + " " + mdAttr(n, "itemprop"))
		if n.Parent != nil {
			hint += " " + strings.ToLower(mdAttr(n.Parent, "class"))
		}
		isMod := strings.Contains(hint, "update") || strings.Contains(hint, "modif")
		isPub := mdHasAttr(n, "pubdate") || strings.Contains(hint, "publish") || strings.Contains(hint, "created") ||
			strings.Contains(hint, "post-date") || strings.Contains(hint, "entry-date") || strings.Contains(hint, "posted")
		switch {
		case isMod && !isPub:
			if !*modOK {
				*modV, *modOK = pk.element(n)
			}
		case isPub:
			if !*pubOK {
				*pubV, *pubOK = pk.element(n)
			}
		default:
			if firstInScope == nil && mdInside(n, scope) {
				firstInScope = n
			}
		}
	}
	if !*pubOK && firstInScope != nil {
		*pubV, *pubOK = pk.element(firstInScope)
	}
}

// fromURL reads a full date from the URL path: /2021/03/14/, 2021-03-14,
// /2021-03/14/, 20210314 as a path segment or slug part, and 14-03-2021.
func (pk *datePicker) fromURL(u *url.URL) (dateVal, bool) {
	path := u.Path
	isSep := func(c byte) bool { return c == '/' || c == '-' || c == '_' || c == '.' }
	isDigit := func(i int) bool { return i >= 0 && i < len(path) && path[i] >= '0' && path[i] <= '9' }
	try := func(y, m, d int) (dateVal, bool) {
		if t, ok := pk.dp.makeDate(y, m, d); ok {
			if v := (dateVal{t: t}); pk.valid(v) {
				return v, true
			}
		}
		return dateVal{}, false
	}
	// digits returns the run of digits at i and its end.
	digits := func(i int) (int, int) {
		j := i
		for j < len(path) && isDigit(j) {
			j++
		}
		return mdAtoi(path[i:j]), j
	}
	for i := 0; i < len(path); i++ {
		if !isDigit(i) || isDigit(i-1) {
			continue
		}
		a, end := digits(i)
		na := end - i
		switch {
		case na == 4 && end+1 < len(path) && isSep(path[end]) && isDigit(end+1):
			// YYYY sep MM sep DD
			m, e2 := digits(end + 1)
			if e2-end-1 > 2 || e2+1 >= len(path) || !isSep(path[e2]) || !isDigit(e2+1) {
				continue
			}
			d, e3 := digits(e2 + 1)
			if e3-e2-1 > 2 {
				continue
			}
			if v, ok := try(a, m, d); ok {
				return v, true
			}
		case na == 2 && end+1 < len(path) && (path[end] == '-' || path[end] == '_' || path[end] == '.') && isDigit(end+1):
			// DD-MM-YYYY
			m, e2 := digits(end + 1)
			if e2-end-1 != 2 || e2+1 >= len(path) || path[e2] != path[end] || !isDigit(e2+1) {
				continue
			}
			y, e3 := digits(e2 + 1)
			if e3-e2-1 != 4 {
				continue
			}
			if v, ok := try(y, m, a); ok {
				return v, true
			}
		case na == 8 && (i == 0 || isSep(path[i-1])):
			if v, ok := try(mdAtoi(path[i:i+4]), mdAtoi(path[i+4:i+6]), mdAtoi(path[i+6:i+8])); ok {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// fromDateNodes reads elements whose class or id says date, in the article
// and near the headline, skipping chrome.
func (pk *datePicker) fromDateNodes(p *metaPage, headline *html.Node) (dateVal, bool) {
	scope := p.scope()
	var fallback dateVal
	var haveFallback bool
	for _, n := range p.dateNodes {
		if mdInChrome(n) {
			continue
		}
		inScope := mdInside(n, scope) || (headline != nil && headline.Parent != nil && mdInside(n, headline.Parent.Parent))
		if !inScope && scope != p.body {
			continue
		}
		// Large containers ("post-meta" around the whole post) would read
		// a date out of the body: only small elements count.
		txt := mdText(n, 400)
		if len(txt) > 300 || txt == "" {
			continue
		}
		v, isUpdate, ok := pk.textDates(txt)
		if !ok {
			continue
		}
		if !isUpdate {
			return v, true
		}
		if !haveFallback {
			fallback, haveFallback = v, true
		}
	}
	return fallback, haveFallback
}

// fromBylines reads a date from the byline elements outside the page's
// chrome (class-named bylines and "By"/"von" labelled lines), in page
// order.
func (pk *datePicker) fromBylines(p *metaPage) (dateVal, bool) {
	for _, list := range [2][]*html.Node{p.bylines, p.labelled} {
		for _, n := range list {
			if n.DataAtom == atom.Input || n.DataAtom == atom.Img || n.DataAtom == atom.Meta || mdInChrome(n) {
				continue
			}
			txt := mdText(n, 300)
			if len(txt) > 200 || txt == "" {
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
	// These regions are small and about the article: two-digit years
	// ("31.10.23") are read too.
	saved := pk.dp.loose
	pk.dp.loose = true
	defer func() { pk.dp.loose = saved }()
	var buf [128]dtok
	toks := dateTokens(txt, buf[:0])
	var first dateVal
	haveFirst := false
	for i := 0; i < len(toks); i++ {
		d, next, found := pk.dp.dateAt(toks, i)
		if !found {
			continue
		}
		d = pk.dp.withTime(d, toks, next)
		if !pk.valid(d) {
			i = next - 1
			continue
		}
		upd := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if toks[k].kind == 'w' && updateWords[toks[k].s] {
				upd = true
				break
			}
		}
		if !upd {
			return d, false, true
		}
		if !haveFirst {
			first, haveFirst = d, true
		}
		i = next - 1
	}
	return first, haveFirst, haveFirst
}

// nearNode reads a date in the text just after n (the headline), then
// just before it, within a few hundred characters.
func (pk *datePicker) nearNode(n *html.Node) (dateVal, bool) {
	after := mdFollowingText(n, 700)
	if v, upd, ok := pk.textDates(after); ok && !upd {
		return v, true
	}
	before := mdPrecedingText(n, 300)
	if v, _, ok := pk.textDates(before); ok {
		return v, true
	}
	// A date inside the headline element ("<h1>Title<small>02.02.2022")
	if v, upd, ok := pk.textDates(mdText(n, 400)); ok && !upd {
		return v, true
	}
	return dateVal{}, false
}

// mdFollowingText returns up to max bytes of visible text that follows n's
// subtree in document order. It stops at the first long paragraph: dates
// and bylines sit between the headline and the body, and dates inside the
// body are about other things.
func mdFollowingText(n *html.Node, max int) string {
	var b strings.Builder
	cur := n
	descend := false
	for steps := 0; steps < 3000 && b.Len() < max; steps++ {
		// Next node in document order; into children only when descend.
		if descend && cur.FirstChild != nil {
			cur = cur.FirstChild
		} else {
			for cur != nil && cur.NextSibling == nil {
				cur = cur.Parent
			}
			if cur == nil {
				break
			}
			cur = cur.NextSibling
		}
		descend = false
		switch cur.Type {
		case html.TextNode:
			b.WriteString(cur.Data)
			continue
		case html.ElementNode:
		default:
			continue
		}
		switch cur.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Script, atom.Style, atom.Noscript, atom.Template,
			atom.Svg, atom.Button, atom.Select, atom.Iframe:
			continue
		case atom.P, atom.Blockquote, atom.Ul, atom.Ol, atom.Table:
			t := mdText(cur, 400)
			if len(t) > 200 {
				// The body starts; keep its opening words, which may be
				// a dateline ("27.1.2022 – Bei der ...").
				b.WriteString(mdTruncRunes(t, 60))
				return mdSquash(b.String())
			}
			b.WriteString(t)
			b.WriteByte(' ')
			continue
		}
		if mdIsBlock(cur.DataAtom) {
			b.WriteByte(' ')
		}
		descend = true
	}
	return mdSquash(b.String())
}

// mdPrecedingText returns up to max bytes of visible text just before n,
// nearest last.
func mdPrecedingText(n *html.Node, max int) string {
	var parts []string
	total := 0
	cur := n
	for steps := 0; steps < 200 && total < max; steps++ {
		for cur != nil && cur.PrevSibling == nil {
			cur = cur.Parent
		}
		if cur == nil {
			break
		}
		cur = cur.PrevSibling
		if cur.Type == html.ElementNode {
			switch cur.DataAtom {
			case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Head:
				continue
			}
		}
		t := mdText(cur, max)
		if t == "" {
			continue
		}
		parts = append(parts, t)
		total += len(t)
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		b.WriteByte(' ')
	}
	return b.String()
}

// mdHasAttr reports whether n has attribute key.
func mdHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// pageZone returns the first non-UTC offset given by the page's machine
// dates, or nil.
func (p *metaPage) pageZone(ld *ldInfo, dp *dateParser) *time.Location {
	try := func(s string) *time.Location {
		if s == "" {
			return nil
		}
		v, ok := dp.parseMachineDate(s)
		if !ok || !v.hasZone {
			return nil
		}
		if _, off := v.t.Zone(); off != 0 {
			return v.t.Location()
		}
		return nil
	}
	for _, s := range []string{ld.Published, ld.Modified, ld.PageDatePub} {
		if loc := try(s); loc != nil {
			return loc
		}
	}
	for _, keys := range [][]string{pubMetaKeys, modMetaKeys, weakPubMetaKeys} {
		for _, k := range keys {
			for i := range p.metas {
				if p.metas[i].key == k {
					if loc := try(p.metas[i].content); loc != nil {
						return loc
					}
				}
			}
		}
	}
	for _, n := range p.times {
		if loc := try(mdAttr(n, "datetime")); loc != nil {
			return loc
		}
	}
	return nil
}

// confirmDay checks a zoned publication time against the day the page
// shows (in its URL, or next to the headline). When that day is the one
// before or after, the time is right but was written in another zone
// (usually UTC): it is shown in the nearest offset that gives the page's
// day.
func (pk *datePicker) confirmDay(t time.Time, p *metaPage, base *url.URL, headline *html.Node) time.Time {
	var shown dateVal
	ok := false
	if base != nil {
		shown, ok = pk.fromURL(base)
	}
	if !ok {
		shown, ok = pk.fromDateNodes(p, headline)
	}
	if !ok && headline != nil {
		shown, ok = pk.nearNode(headline)
	}
	if !ok {
		return t
	}
	y, m, d := t.Date()
	local := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	sy, sm, sd := shown.t.Date()
	want := time.Date(sy, sm, sd, 0, 0, 0, 0, time.UTC)
	diff := want.Sub(local)
	if diff != 24*time.Hour && diff != -24*time.Hour {
		return t
	}
	_, cur := t.Zone()
	best, bestDist := 0, -1
	for off := -12 * 3600; off <= 14*3600; off += 3600 {
		ty, tm, td := t.In(time.FixedZone("", off)).Date()
		if ty != sy || tm != sm || td != sd {
			continue
		}
		dist := off - cur
		if dist < 0 {
			dist = -dist
		}
		// A page's zone and the zone its machine dates were written in
		// are rarely further apart than this.
		if dist > 10*3600 {
			continue
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = off, dist
		}
	}
	if bestDist < 0 {
		return t
	}
	if best == 0 {
		return t.UTC()
	}
	return t.In(time.FixedZone(mdOffsetName(best), best))
}

// disagreement returns, among the JSON-LD and meta publication dates, the
// one whose day the page shows next to the headline, when they disagree;
// else v.
func (pk *datePicker) disagreement(v dateVal, ld *ldInfo, p *metaPage, headline *html.Node) dateVal {
	var cands []dateVal
	add := func(s string) {
		if c, ok := pk.machine(s); ok {
			cands = append(cands, c)
		}
	}
	add(ld.Published)
	for _, k := range pubMetaKeys {
		if s := p.meta(k); s != "" {
			add(s)
			break
		}
	}
	if len(cands) < 2 || sameDay(pk.finish(cands[0]), pk.finish(cands[1])) {
		return v
	}
	shown, ok := pk.fromDateNodes(p, headline)
	if !ok && headline != nil {
		shown, ok = pk.nearNode(headline)
	}
	if !ok {
		return v
	}
	for _, c := range cands {
		if sameDay(pk.finish(c), shown.t) {
			return c
		}
	}
	return v
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own zone.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// firstByline returns the first byline or labelled author element of the
// article that is not chrome, or nil.
func (p *metaPage) firstByline() *html.Node {
	scope := p.scope()
	for _, list := range [][]*html.Node{p.bylines, p.labelled} {
		for _, n := range list {
			if mdInside(n, scope) && !mdInChrome(n) && len(mdText(n, 300)) < 200 {
				return n
			}
		}
	}
	return nil
}

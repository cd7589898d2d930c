package extract

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file chooses a page's publication and modification dates among
// everything that looks like one, in the order htmldate-style extractors
// trust them: structured data, meta tags, microdata and <time>, the URL,
// then visible text near the headline. A date after the fetch time or
// before 1995 is never returned. The candidate readers are in dates.go.

// pubRules find the publication date, most trusted first.
var pubRules = []rule[dateVal]{
	{"jsonld-published", func(d *doc) (dateVal, bool) { return d.dates().machine(d.ld.Published) }},
	{"meta-published", func(d *doc) (dateVal, bool) {
		if v, ok := d.dates().fromMetas(pubMetaKeys); ok {
			return v, true
		}
		return d.dates().parselyPage()
	}},
	{"microdata-published", func(d *doc) (dateVal, bool) {
		return d.dates().fromItemprops("datepublished", "datecreated", "dateposted", "uploaddate")
	}},
	// RDFa Dublin Core on a body element: <span property="dc:date
	// dc:created" content="2024-03-05T15:41:00+00:00">, as Drupal 7 core
	// prints every node's "Submitted by" line; Drupal 8 and later map the
	// node's creation to schema.org instead (<span
	// property="schema:dateCreated" content="…" class="rdf-meta">). Right
	// on two development pages; general because it is Drupal core's
	// markup, not a theme's; probe row drupal-schema-rdfa in
	// failclass_probes4_test.go.
	{"rdfa-created", func(d *doc) (dateVal, bool) { return d.dates().fromRDFa("created", "issued", "date") }},
	{"time-published", func(d *doc) (dateVal, bool) { return d.dates().fromTimes(timePub) }},
	{"time-in-article", func(d *doc) (dateVal, bool) { return d.dates().fromTimes(timeOther) }},
	// A data-publish-date (data-published, data-pubdate) attribute on
	// the article or in it: the time a script front end shows. Decides no
	// development page (their front ends also print a machine date);
	// kept because it reads an attribute's name, no site's markup, and
	// pages rendered by scripts keep their dates only so.
	{"data-attr-published", func(d *doc) (dateVal, bool) { return d.dates().fromDataDates() }},
	// The page's URL, else its canonical or og:url (a page saved without
	// its address still says where it lives).
	{"url", func(d *doc) (dateVal, bool) { return d.dates().fromURLs() }},
	{"labelled-date", func(d *doc) (dateVal, bool) { return d.dates().labelled() }},
	{"date-element", func(d *doc) (dateVal, bool) { return d.dates().shownElement() }},
	// "3 hours ago", "vor 2 Tagen" in a date element or byline, counted
	// back from the fetch: before near-headline, whose text may go on
	// into the first paragraph's dates. Decides one development page (a
	// tune page's "vor 5 Stunden", judged wrong only because eval fetches
	// archived pages now); kept because live crawls fetch pages within
	// hours of their age and the words are the lexicon's, not a site's.
	{"relative-age", func(d *doc) (dateVal, bool) { return d.dates().relativeAge() }},
	{"near-headline", func(d *doc) (dateVal, bool) { return d.dates().nearHeadline() }},
	{"byline-date", func(d *doc) (dateVal, bool) { return d.dates().fromBylines() }},
	{"meta-generic-date", func(d *doc) (dateVal, bool) { return d.dates().fromMetas(weakPubMetaKeys) }},
	{"jsonld-created", func(d *doc) (dateVal, bool) { return d.dates().machine(d.ld.Created) }},
	{"jsonld-page-published", func(d *doc) (dateVal, bool) { return d.dates().machine(d.ld.PageDatePub) }},
	{"title-date", func(d *doc) (dateVal, bool) {
		for _, t := range []string{d.meta("og:title"), d.title} {
			if v, upd, ok := d.dates().textDates(t); ok && !upd {
				return v, true
			}
		}
		return dateVal{}, false
	}},
	// The page's own teaser in a list on it ("related", "latest") dates
	// it.
	{"own-teaser", func(d *doc) (dateVal, bool) { return d.dates().ownTeaser() }},
	// A JSON-LD block too broken to parse (a stray comma, an unescaped
	// quote) still states datePublished: salvaged rather than losing
	// every date of the page. Right on one development page; kept
	// because malformed JSON-LD is a CMS-wide failure, not a site's.
	{"jsonld-broken-published", func(d *doc) (dateVal, bool) { return d.dates().machine(d.ld.BrokenPublished) }},
	// Last resorts: a date in the app state a script carries, an
	// "updated" date shown by the headline.
	{"script-state", func(d *doc) (dateVal, bool) { return d.dates().fromScripts() }},
	{"date-element-updated", func(d *doc) (dateVal, bool) { return d.dates().fromDateNodes(true) }},
	{"signature-date", func(d *doc) (dateVal, bool) {
		if d.hasModified() {
			return dateVal{}, false // the machine's modification date is the better fallback
		}
		return d.dates().signature()
	}},
	// "Last updated on March 9, 2024" alone under the headline, in an
	// element no class names for a date. Decides no development page;
	// as a proposal right on 11 of 13 pages of the three date corpora,
	// and it reads only the lexicon's update words and a short line's
	// place after the headline. After signature-date: a signature
	// closing the text ("Jane Doe, Oslo, 5 March 2024") says when it was
	// published, the update line only when it was last changed.
	{"shown-update-only", func(d *doc) (dateVal, bool) { return d.dates().shownUpdateOnly() }},
	// "LONDON, March 5 (Reuters) -": a month and day without a year,
	// dated to the fetch's year. Last, and not over a modification date:
	// an archived page fetched later would get the wrong year. Decides no
	// development page; kept because wire copy (Reuters, AFP, NTB) prints
	// its day so on every site that runs it.
	{"wire-dateline-day", func(d *doc) (dateVal, bool) {
		if d.hasModified() {
			return dateVal{}, false
		}
		return d.dates().wireDay()
	}},
	// "Mar 5" in the article's date element: the fetch's year, as
	// Medium-style templates omit it for the current year. Last, and not
	// over a modification date, for the same reason; decides no
	// development page (wrong on two as a proposal, after the rule that
	// decided). Probe rows in date_layouts_test.go, edges_test.go,
	// failclass_test.go and failclass_misses_test.go.
	{"yearless-date-element", func(d *doc) (dateVal, bool) {
		if d.hasModified() {
			return dateVal{}, false
		}
		return d.dates().yearlessElement()
	}},
}

// hasModified reports whether a modification rule finds a date.
func (d *doc) hasModified() bool {
	for _, r := range modRules {
		if _, ok := r.find(d); ok {
			return true
		}
	}
	return false
}

// signature reads the date of a short line that closes the article: a
// signature ("Jane Doe, Oslo, 3 March 2024") or a dated sign-off, among
// the last three lines of the article's scope. A last resort, taken only
// when no other rule dates the page: as a proposal it is right about half
// the time (9 of 17 trafilatura pages), but taken it was right on the one
// development page it decides (a check page, in two corpora); it reads no
// markup, only where a short dated line sits.
func (pk *datePicker) signature() (dateVal, bool) {
	d := pk.d
	scope, seen := d.scope(), 0
	// The container itself may be the comment or widget box: inNav is
	// asked from inside it.
	for i := len(d.blocks) - 1; i >= 0 && seen < 3; i-- {
		b := d.blocks[i]
		if b.container == nil || !contains(scope, b.container) {
			continue
		}
		seen++
		if textOver(b.text, 80) || b.container.FirstChild == nil || inChrome(b.container) || inNav(b.container.FirstChild) || d.inOtherTeaser(b.container) || d.inCommentBox(b.container) {
			continue
		}
		// A date in a sentence ("... dropped out of the race May 3,
		// 2016.", "Video available until ...") is about an event; a
		// signature's follows punctuation or a label.
		if v, upd, afterWord, ok := pk.textDatesAfter(b.text); ok && !upd && !afterWord {
			return v, true
		}
	}
	return dateVal{}, false
}

// modRules find the modification date.
var modRules = []rule[dateVal]{
	{"jsonld-modified", func(d *doc) (dateVal, bool) { return d.dates().machine(d.ld.Modified) }},
	{"meta-modified", func(d *doc) (dateVal, bool) { return d.dates().fromMetas(modMetaKeys) }},
	{"microdata-modified", func(d *doc) (dateVal, bool) { return d.dates().fromItemprops("datemodified", "dateupdated") }},
	{"time-modified", func(d *doc) (dateVal, bool) { return d.dates().fromTimes(timeMod) }},
	{"jsonld-page-modified", func(d *doc) (dateVal, bool) { return d.dates().machine(d.ld.PageDateMod) }},
	{"jsonld-broken-modified", func(d *doc) (dateVal, bool) { return d.dates().machine(d.ld.BrokenModified) }},
	// Last: the update date a meta line shows beside the publication
	// date. Decides no development page; general because "Published …
	// Updated …" is how CMSs in every language print both.
	{"shown-update", func(d *doc) (dateVal, bool) { return d.dates().shownUpdate() }},
}

// resolveDates returns the publication and modification dates (zero when
// unknown). When the page gives a zone the times keep it; a date without a
// time is midnight in the page's zone, or UTC. approx is how far pub may
// be off when it was counted back from the fetch (see dateVal), else 0.
func (d *doc) resolveDates() (pub, mod time.Time, approx time.Duration) {
	pk := d.dates()
	show := func(v dateVal) string { return pk.finish(v).Format(time.RFC3339) }
	pubV, pubBy := resolve(d, "published", pubRules, show)
	modV, modBy := resolve(d, "modified", modRules, show)
	switch pubBy {
	case "jsonld-published", "meta-published", "microdata-published", "time-published":
		// JSON-LD and the meta tags sometimes disagree (one of them is
		// the creation or an update time): the day the page shows decides.
		if pubBy == "jsonld-published" || pubBy == "meta-published" {
			pubV = pk.disagreement(pubV)
		}
		if v, ok := pk.shownOverMachine(pubV); ok {
			d.trace.add("published", "shown-date-over-machine", show(v), true)
			pubV = v
		} else if v, ok := pk.shownUpdateOverMachine(pubV); ok {
			d.trace.add("published", "shown-update-over-machine", show(v), true)
			pubV = v
		}
	}
	if pubBy != "" {
		pub, approx = pk.shownZone(pk.finish(pubV)), pubV.approx
		if pubV.hasZone {
			pub = pk.confirmDay(pub)
		}
	}
	if modBy != "" {
		mod = pk.finish(modV)
		if pubBy != "" && mod.Before(pub) {
			mod = time.Time{}
		}
	}
	if pubBy == "" && modBy != "" {
		// A page that only says when it was updated was published no later.
		pub = mod
		d.trace.add("published", "modified-as-published", mod.Format(time.RFC3339), true)
	}
	// Never a date after the fetch, whatever the zone arithmetic did.
	if pub.After(d.fetched) {
		pub, approx = time.Time{}, 0
	}
	if mod.After(d.fetched) {
		mod = time.Time{}
	}
	return pub, mod, approx
}

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
	// Keys of htmldate's list the ones above lacked: Open Graph's
	// "published" spellings, Korean news CMSs' og:regDate, the
	// article.created and analytics keys of publishing suites.
	"og:article:published", "og:datepublished", "article:publicationdate", "article.created", "dateposted",
	"og:regdate", "analyticsattributes.articledate", "og:question:published_time",
}

// weakPubMetaKeys are generic date keys: CMSs fill them with the date a
// page was generated or last saved as often as with the publication date,
// so a date shown next to the headline wins over them.
var weakPubMetaKeys = []string{
	"dc.date", "dcterms.date", "dc:date", "dc.date.created", "dcterms.created", "dc.created", "date", "created",
	"content_create_date", "ptime", "pdate", "doc_date", "gentime", "release_date", "video:release_date", "timestamp",
	"date_created", "dc:created",
}

// modMetaKeys are meta keys that carry the modification date.
var modMetaKeys = []string{
	"article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time", "og:modified_time",
	"datemodified", "modified_time", "updated_time", "article:updated_time", "dcterms.modified", "dc.modified",
	"dc.date.modified", "last-modified", "lastmodified", "revision_date", "article:post_modified", "bt:moddate",
	"modificationdate", "utime", "lastmod", "parsely-updated", "sailthru.lastmodified",
}

// datePicker holds the state of choosing one page's dates.
type datePicker struct {
	d       *doc
	dp      dateParser
	fetched time.Time
	loc     *time.Location // the page's own offset, from the first zoned date seen
	anchor  *html.Node     // the headline element, else the first byline: dates sit next to it

	// the date elements' publication date (fromDateNodes(false)), read
	// once: a rule and three reconciliation steps ask for it
	shown             dateVal
	shownOK, shownSet bool
	// the <time> elements showing only a clock (clockOnly), counted once
	clocks    int
	clocksSet bool
}

// shownElement returns fromDateNodes(false), computed once per page.
func (pk *datePicker) shownElement() (dateVal, bool) {
	if !pk.shownSet {
		pk.shown, pk.shownOK = pk.fromDateNodes(false)
		pk.shownSet = true
	}
	return pk.shown, pk.shownOK
}

// dates returns the page's date picker, made once.
func (d *doc) dates() *datePicker {
	if d.picker != nil {
		return d.picker
	}
	pk := &datePicker{d: d, dp: dateParser{order: d.numericOrder(), maxY: d.fetched.Year(), latest: d.fetched, w: d.w, lang: d.lang}, fetched: d.fetched}
	d.picker = pk
	pk.anchor = d.headlineNode
	if pk.anchor == nil {
		pk.anchor = d.firstByline()
	}
	// Learn the page's own UTC offset: the first non-UTC offset of a
	// machine date. Sites often give UTC in one place and local time in
	// another; the local one is the date readers see.
	pk.loc = pk.pageZone()
	if pk.loc == nil {
		// Only UTC (or no) offsets: the day is the one of the country the
		// page's language tag names ("fr-CA", "de-AT"), when it has one.
		pk.loc = regionZone(d.regionTag())
	}
	return pk
}

// firstByline returns the first byline or labelled author element of the
// article that is not chrome, or nil.
func (d *doc) firstByline() *html.Node {
	scope := d.scope()
	for _, list := range [][]*html.Node{d.bylines, d.labelled} {
		for _, n := range list {
			if contains(scope, n) && !inChrome(n) && len(shortText(n, 300)) < 200 {
				return n
			}
		}
	}
	return nil
}

// fromMetas reads the first meta tag of keys (in key order) that holds a
// valid date.
//
// A <meta itemprop> in the body belongs to a microdata item: when that
// item is another page's teaser (TYPO3's news list prints
// <meta itemprop="datePublished"> in every list entry), it is not read.
func (pk *datePicker) fromMetas(keys []string) (dateVal, bool) {
	for _, k := range keys {
		for _, m := range pk.d.metas {
			if m.key == k && !pk.d.otherItem(m.node) {
				if v, ok := pk.machine(m.content); ok {
					return v, true
				}
			}
		}
	}
	return dateVal{}, false
}

// fromItemprops reads the first non-<meta> microdata element with one of
// the properties (lower case). Themes mark every teaser of a list as an
// item too (<li itemscope itemtype="…/NewsArticle"> with its own
// datePublished): an element of an item that is a teaser of another page
// is read only when no other has a date.
func (pk *datePicker) fromItemprops(props ...string) (dateVal, bool) {
	var teaser dateVal
	haveTeaser := false
	for _, n := range pk.d.itemprops {
		if n.DataAtom == atom.Meta || !slices.Contains(props, strings.ToLower(attr(n, "itemprop"))) || inCommentItem(n) {
			continue
		}
		v, ok := pk.element(n)
		if !ok {
			continue
		}
		if !pk.d.inOtherTeaser(n) && !pk.d.otherItem(n) {
			return v, true
		}
		if !haveTeaser {
			teaser, haveTeaser = v, true
		}
	}
	return teaser, haveTeaser
}

// fromRDFa reads the first body element outside the page chrome whose
// RDFa property is one of the Dublin Core terms (dc: or dcterms:), or
// schema.org's dateCreated or datePublished (schema:).
func (pk *datePicker) fromRDFa(terms ...string) (dateVal, bool) {
	for _, n := range pk.d.itemprops {
		prop := attr(n, "property")
		if prop == "" || n.DataAtom == atom.Meta || inChrome(n) {
			continue
		}
		for _, tok := range strings.Fields(strings.ToLower(prop)) {
			vocab, term, ok := strings.Cut(tok, ":")
			if ok && ((vocab == "dc" || vocab == "dcterms") && slices.Contains(terms, term) ||
				vocab == "schema" && (term == "datecreated" || term == "datepublished") && !rdfaComment(n)) {
				if v, ok := pk.element(n); ok {
					return v, true
				}
			}
		}
	}
	return dateVal{}, false
}

// otherItem reports whether the microdata item n belongs to (its nearest
// itemscope) is about another page: it does not hold the headline nor
// more than a teaser's text (the article's own item below its headline,
// its address in another form than the page's or the page read without
// one), and the address it names for itself (itemURL) is elsewhere (a
// teaser's). The answer is memoised by item: every meta and itemprop of
// one item asks it (up to maxMetas of them), and itemURL reads the whole
// item.
func (d *doc) otherItem(n *html.Node) bool {
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if !hasAttr(a, "itemscope") {
			continue
		}
		if d.otherItems == nil {
			d.otherItems = map[*html.Node]bool{}
		}
		return memoized(d.otherItems, a, d.itemOfOtherPage)
	}
	return false
}

// itemOfOtherPage is otherItem's answer for the item a.
func (d *doc) itemOfOtherPage(a *html.Node) bool {
	if d.storyFrame(a) || !textFits(a, teaserMaxText) {
		return false
	}
	href := d.itemURL(a)
	return href != "" && !d.isSelfLink(href)
}

// itemURL returns the address a microdata item gives itself: its own
// itemprop="url" (a link's href, a <meta>'s content; not one of an item
// inside it, such as its author's), else the link of its first heading.
// Not just any first link: the article's own item often starts with its
// writer's or section's.
func (d *doc) itemURL(item *html.Node) string {
	var find func(*html.Node) *html.Node
	find = func(p *html.Node) *html.Node {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if hasToken(strings.ToLower(attr(c, "itemprop")), "url") {
				return c
			}
			if !hasAttr(c, "itemscope") {
				if f := find(c); f != nil {
					return f
				}
			}
		}
		return nil
	}
	if u := find(item); u != nil {
		return firstNonEmpty(attr(u, "href"), attr(u, "content"))
	}
	if h := d.firstHeading(item); h != nil {
		if isElem(h.Parent, atom.A) {
			return attr(h.Parent, "href")
		}
		if l := findFirst(h, atom.A); l != nil {
			return attr(l, "href")
		}
	}
	return ""
}

// rdfaComment reports whether the RDFa subject n describes (the nearest
// element with a typeof) is a comment: Drupal marks each comment's date
// with the same schema:dateCreated as the node's.
func rdfaComment(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if t := attr(a, "typeof"); t != "" {
			return strings.Contains(strings.ToLower(t), "comment")
		}
	}
	return false
}

// inQuotedPost reports whether n sits in a <blockquote>: the embed code
// of Instagram, Twitter/X, TikTok, Threads, Bluesky and Facebook posts is
// a blockquote holding the post, whose <time> says when the post was made,
// not the article.
func inQuotedPost(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Blockquote {
			return true
		}
	}
	return false
}

// The kinds of <time> element fromTimes reads.
const (
	timePub   = iota // marked as the publication time (pubdate, a class that says so)
	timeMod          // marked as an update
	timeOther        // neither: the first one in the article counts
)

// timeKind tells what a <time> element's markup says it is: its own
// class, id and itemprop first, then its parent's class. A theme marks
// the pair it prints with the time's own class ("<span class="posted-on">
// <time class="updated">…<time class="entry-date published">", as
// GeneratePress prints an edited post), so the parent's word decides only
// when the time's own says nothing, or says "updated" on the wrapper's
// one <time> (hAtom's mark on the only date a theme shows: "<span
// class="posted-on"><time class="date updated">").
func timeKind(n *html.Node) int {
	if hasAttr(n, "pubdate") {
		return timePub
	}
	k, ok := timeHintKind(strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop")))
	if ok && (k != timeMod || n.Parent == nil || timeBeside(n)) {
		return k
	}
	if n.Parent != nil {
		if pk, pok := timeHintKind(strings.ToLower(attr(n.Parent, "class"))); pok && (!ok || pk == timePub) {
			return pk
		}
	}
	if ok {
		return k
	}
	return timeOther
}

// timeBeside reports whether another <time> element is a sibling of n.
func timeBeside(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.DataAtom == atom.Time {
			return true
		}
	}
	return false
}

// timeHintKind reads class words: a word naming both a date and its
// update ("wp-block-post-date__modified-date", a block theme's modified
// date beside its "wp-block-post-date") is the update; else a word naming
// the publication wins over an update word ("entry-date updated", hAtom's
// mark on the one date a theme shows).
func timeHintKind(hint string) (int, bool) {
	pub, mod := false, false
	for tok := range strings.FieldsSeq(hint) {
		p, m := containsAnyOf(tok, "publish", "created", "post-date", "entry-date", "posted"), updateHint(tok)
		if p && m {
			return timeMod, true
		}
		pub, mod = pub || p, mod || m
	}
	switch {
	case pub:
		return timePub, true
	case mod:
		return timeMod, true
	}
	return 0, false
}

// fromTimes reads the first <time> element of a kind outside the page's
// chrome (for timeOther: inside the article scope).
func (pk *datePicker) fromTimes(kind int) (dateVal, bool) {
	var upd *html.Node // the update of a pair (pubBesideUpdate)
	if kind == timePub {
		v, ok, u := pk.pubBesideUpdate()
		if ok {
			return v, ok
		}
		upd = u
	}
	scope := pk.d.scope()
	for _, n := range pk.d.times {
		if n == upd || timeKind(n) != kind || inChrome(n) || kind == timeOther && !contains(scope, n) || inQuotedPost(n) || pk.d.otherPostDate(n) {
			continue
		}
		if kind == timeOther && (pk.labelledUpdate(n) || pk.d.inOtherTeaser(n) || pk.clockOnly(n) || pk.inSentence(n)) {
			continue // "Updated <time>March 7</time> · Published <time>March 5</time>"
		}
		if v, ok := pk.element(n); ok || kind == timeOther {
			return v, ok
		}
	}
	return dateVal{}, false
}

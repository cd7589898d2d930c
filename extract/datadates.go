package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reads dates that a page keeps in attributes for its scripts
// rather than in text: Unix seconds or milliseconds, or ISO times, in
// data-timestamp, data-time or data-publish-date attributes, which
// "time ago" widgets and JavaScript front ends fill in after the page
// loads (the element is empty, or says "7 days ago", in the HTML); the
// moment a shown day's element keeps in an attribute; the JSON of
// Parse.ly's parsely-page meta.

// dateAttrs are the attributes a date element keeps its time in, most
// explicit first.
var dateAttrs = [...]string{"datetime", "data-timestamp", "data-time", "data-date", "data-utime", "data-epoch", "title"}

// noteDataDate records n when the attribute key names a publication
// date for scripts: data-publish-date, data-published(-at), data-pubdate.
func (d *doc) noteDataDate(n *html.Node, key string) {
	if len(key) > 8 && key[:8] == "data-pub" && len(d.dataDates) < maxListed {
		if len(d.dataDates) == 0 || d.dataDates[len(d.dataDates)-1] != n {
			d.dataDates = append(d.dataDates, n)
		}
	}
}

// attrDate reads the date a date element keeps in its attributes.
func (pk *datePicker) attrDate(n *html.Node) (dateVal, bool) {
	for _, k := range dateAttrs {
		// A title is read only when short enough to be a date, not a
		// tooltip sentence.
		if s := attr(n, k); s != "" && (k != "title" || !textOver(s, 40)) {
			if v, ok := pk.machine(s); ok {
				return v, true
			}
		}
	}
	return pk.dataPubAttr(n)
}

// dataPubAttr reads the first data-pub… attribute of n that holds a date.
func (pk *datePicker) dataPubAttr(n *html.Node) (dateVal, bool) {
	for _, a := range n.Attr {
		if strings.HasPrefix(a.Key, "data-pub") {
			if v, ok := pk.machine(a.Val); ok {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// fromDataDates reads the first data-publish… attribute on the article
// or inside it, outside the chrome and other pages' teasers (whose cards
// carry their own).
func (pk *datePicker) fromDataDates() (dateVal, bool) {
	d := pk.d
	scope := d.scope()
	for _, n := range d.dataDates {
		if !contains(scope, n) && !contains(n, scope) || inChrome(n) || d.inOtherTeaser(n) {
			continue
		}
		if v, ok := pk.dataPubAttr(n); ok {
			return v, true
		}
	}
	return dateVal{}, false
}

// attrMoment returns the moment of the shown day v that n or an element
// in it (among the first 32) keeps in an attribute: hAtom's <abbr
// class="published" title="2024-03-05T15:41:00+00:00">5 March
// 2024</abbr> in a byline, a span's data-time; not an element marked as
// the update ("Updated <time datetime=…>18:00</time>"). Else v.
func (pk *datePicker) attrMoment(n *html.Node, v dateVal) dateVal {
	seen := 0
	var found dateVal
	var walk func(*html.Node) bool
	walk = func(p *html.Node) bool {
		if p != n && (updateOnly(p) || timeKind(p) == timeMod || pk.labelledUpdate(p)) {
			return false // the same day's update time
		}
		if a, ok := pk.attrDate(p); ok && a.hasTime && sameDay(a.t, v.t) {
			found = a
			return true
		}
		for c := p.FirstChild; c != nil && seen < 32; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if seen++; walk(c) {
					return true
				}
			}
		}
		return false
	}
	if walk(n) {
		return found
	}
	return v
}

// parselyPage reads the pub_date of Parse.ly's older single meta tag,
// <meta name="parsely-page" content='{"title": …, "pub_date":
// "2024-03-05T15:41:00Z", …}'>, which its WordPress plugin and many news
// CMSs still print in place of parsely-pub-date. Decides no development
// page; general because the tag is the analytics vendor's documented
// markup, not a site's.
func (pk *datePicker) parselyPage() (dateVal, bool) {
	raw := pk.d.meta("parsely-page")
	if raw == "" {
		return dateVal{}, false
	}
	return pk.machine(scriptValue(raw, `"pub_date"`, `"`))
}

package cluster

import (
	"regexp"
	"strings"

	"github.com/byline/byline/article"
)

// SketchArticle sketches an article's body: its paragraphs, or its body
// text when it has none. Headline, summary and captions are left out: a
// copy is often re-headlined, and its body is what it shares.
func SketchArticle(a *article.Article) Sketch {
	if len(a.Paragraphs) > 0 {
		return NewSketch(a.Paragraphs)
	}
	return NewSketch([]string{a.Body})
}

// MetaOf returns what the origin rule needs of a: site, publication time
// and wire credit.
func MetaOf(a *article.Article) Meta {
	site := a.SiteName
	if site == "" {
		site = hostOf(firstNonEmpty(a.CanonicalURL, a.URL))
	}
	return Meta{Site: site, Published: a.Published(), Wire: IsWire(a)}
}

// agencies are the news agencies whose credit marks a copy as the wire
// original, as bylines and datelines write them. Matching is on whole
// words, case-insensitive for the long names and case-sensitive for the
// short ones ("AP", "AFP", "dpa"), which are also ordinary words or parts
// of them in some languages.
var (
	agencyNames = regexp.MustCompile(`(?i)\b(associated press|reuters|agence france[- ]presse|deutsche presse-agentur|press association|australian associated press|canadian press|kyodo news|yonhap|xinhua|efe|ansa|united press international)\b`)
	agencyCodes = regexp.MustCompile(`\b(AP|AFP|UPI|PA|AAP|CP|dpa|DPA|EFE|ANSA|APA|KNA|epd)\b`)
	// A dateline credit: a place in capitals (accented ones too: "SÃO
	// PAULO", "ZÜRICH"), perhaps a region, then the agency in parentheses
	// and a dash, opening the first paragraph:
	// "WASHINGTON (AP) —", "PARIS (Reuters) -", "PORT AVERY, Calder
	// (Meridian Wire) —", "ZÜRICH (dpa) -". Local staff datelines carry no
	// parentheses.
	datelineCredit = regexp.MustCompile(`^\p{Lu}[\p{Lu} .,'’-]{1,60}(,\s*\p{Lu}[\pL .'-]{1,30})?\s*\(([A-Z][\pL.&' -]{0,40}|dpa|epd)\)\s*[—–-]`)
	// Reuters closes its stories with a credit line.
	reportingBy = regexp.MustCompile(`^\(?(Reporting|Additional reporting) by [^;)]+(;[^)]*)?\)?$`)
)

// IsWire reports whether a is credited to a news agency: by its byline,
// its dateline, a dateline credit opening the first paragraph, or a
// closing "(Reporting by ...; Editing by ...)" line.
func IsWire(a *article.Article) bool {
	for _, au := range a.Authors {
		if agencyNames.MatchString(au) || agencyCodes.MatchString(au) {
			return true
		}
	}
	if a.Dateline != "" && (agencyNames.MatchString(a.Dateline) || datelineCredit.MatchString(a.Dateline+" -") || strings.Contains(a.Dateline, "(AP)")) {
		return true
	}
	if len(a.Paragraphs) > 0 {
		if datelineCredit.MatchString(a.Paragraphs[0]) {
			return true
		}
		last := strings.TrimSpace(a.Paragraphs[len(a.Paragraphs)-1])
		if reportingBy.MatchString(last) {
			return true
		}
	}
	return false
}

func hostOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, ':'); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(strings.ToLower(u), "www.")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
